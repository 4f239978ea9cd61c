//! `math`: CPython 3.12's Modules/mathmodule.c, its error rules included. The elementary
//! functions call the C library (as CPython does) so that results agree to the last bit;
//! gamma and lgamma are CPython's own Lanczos evaluation, not libm's.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use crate::objects::float::to_f64;
use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

fn f1(vm: &mut Vm, a: &Args) -> PyResult<f64> {
    match a.pos.first() {
        Some(v) => to_f64(vm, v),
        None => Err(vm.type_error("math function takes exactly one argument (0 given)")),
    }
}

/// math_1's rules for the result `r` of a function of `x`: a NaN from a non-NaN is a domain
/// error (ValueError); an infinity from a finite `x` is an OverflowError when the function
/// can overflow, else a singularity (ValueError).
fn math_1(vm: &mut Vm, r: f64, x: f64, can_overflow: bool) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            vm.overflow_error("math range error")
        } else {
            vm.value_error("math domain error")
        });
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($name:ident, $f:expr, $can_overflow:expr) => {
        fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
            let x = f1(vm, &a)?;
            let f: fn(f64) -> f64 = $f;
            math_1(vm, f(x), x, $can_overflow)
        }
    };
}
// the FUNC1 table of mathmodule.c: which functions can overflow
unary!(m_sin, libm::sin, false);
unary!(m_cos, libm::cos, false);
unary!(m_tan, libm::tan, false);
unary!(m_asin, libm::asin, false);
unary!(m_acos, libm::acos, false);
unary!(m_atan, libm::atan, false);
unary!(m_sinh, libm::sinh, true);
unary!(m_cosh, libm::cosh, true);
unary!(m_tanh, libm::tanh, false);
unary!(m_exp, libm::exp, true);
unary!(m_exp2, libm::exp2, true);
unary!(m_expm1, libm::expm1, true);
unary!(m_log1p, libm::log1p, false);
unary!(m_fabs, f64::abs, false);
unary!(m_sqrt, f64::sqrt, false);
unary!(m_acosh, libm::acosh, false);
unary!(m_asinh, libm::asinh, false);
unary!(m_atanh, libm::atanh, false);
unary!(m_cbrt, libm::cbrt, false);
unary!(m_erf, libm::erf, false);
unary!(m_erfc, libm::erfc, false);

/// `math.degrees` / `math.radians`: a plain product, no range check (an overflow gives inf).
fn m_degrees(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Float(f1(vm, &a)? * (180.0 / std::f64::consts::PI)))
}
fn m_radians(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Float(f1(vm, &a)? * (std::f64::consts::PI / 180.0)))
}

/// The C library's functions, which CPython calls (Rust's own versions of some, cbrt for
/// one, differ in the last bit).
#[allow(unsafe_code)]
mod libm {
    macro_rules! c1 {
        ($($name:ident),*) => {
            mod c {
                extern "C" {
                    $(pub fn $name(x: f64) -> f64;)*
                }
            }
            $(
                pub fn $name(x: f64) -> f64 {
                    // SAFETY: a pure function of a double in the C library that Rust's std
                    // links on every Unix target; it reads no memory of ours.
                    unsafe { c::$name(x) }
                }
            )*
        };
    }
    c1!(
        sin, cos, tan, asin, acos, atan, sinh, cosh, tanh, exp, exp2, expm1, log, log2, log10,
        log1p, erf, erfc, acosh, asinh, atanh
    );

    mod dl {
        extern "C" {
            pub fn dlsym(handle: *mut u8, symbol: *const std::ffi::c_char) -> *mut u8;
        }
    }
    /// The C library's cbrt. Rust's compiler-builtins carries a cbrt of its own that the
    /// static link prefers to the C library's (the results differ in the last bit), so the
    /// C library's is looked up by name once.
    pub fn cbrt(x: f64) -> f64 {
        use std::sync::OnceLock;
        static CBRT: OnceLock<Option<extern "C" fn(f64) -> f64>> = OnceLock::new();
        let f = CBRT.get_or_init(|| {
            // SAFETY: dlsym with RTLD_DEFAULT (null) and a NUL-terminated name only reads
            // the name; a non-null result is the address of libm's `double cbrt(double)`.
            let p = unsafe { dl::dlsym(std::ptr::null_mut(), c"cbrt".as_ptr()) };
            if p.is_null() {
                None
            } else {
                // SAFETY: see above: the symbol has this C signature.
                Some(unsafe { std::mem::transmute::<*mut u8, extern "C" fn(f64) -> f64>(p) })
            }
        });
        match f {
            Some(f) => f(x),
            None => x.cbrt(),
        }
    }

    mod c2 {
        extern "C" {
            pub fn atan2(y: f64, x: f64) -> f64;
            pub fn pow(x: f64, y: f64) -> f64;
            pub fn fmod(x: f64, y: f64) -> f64;
        }
    }
    // SAFETY (the three): as above, pure functions of two doubles.
    pub fn atan2(y: f64, x: f64) -> f64 {
        unsafe { c2::atan2(y, x) }
    }
    pub fn pow(x: f64, y: f64) -> f64 {
        unsafe { c2::pow(x, y) }
    }
    pub fn fmod(x: f64, y: f64) -> f64 {
        unsafe { c2::fmod(x, y) }
    }
}

/// The float after `x` towards `y` (C99 nextafter), by stepping the bit pattern.
fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { bits + 1 } else { bits - 1 })
}

// ---- gamma and lgamma: mathmodule.c's m_tgamma / m_lgamma -----------------------------------
// Lanczos' approximation with N = 13, g = 6.024680040776729583740234375 (Boost's parameters),
// the sum written as a rational function; the reflection formula for x < 0.

#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
/// x*(x+1)*...*(x+11) expanded
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
#[allow(clippy::excessive_precision)]
const LOGPI: f64 = 1.144729885849400174143427351353058711647;

/// Lanczos' sum for x > 0: as a rational function in x below 5, in 1/x above (no overflow).
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi*x) for finite x, exact at the integers and half-integers.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = libm::fmod(x.abs(), 2.0);
    let r = match (2.0 * y).round() as i32 {
        0 => libm::sin(PI * y),
        1 => libm::cos(PI * (y - 0.5)),
        2 => libm::sin(PI * (1.0 - y)),
        3 => -libm::cos(PI * (y - 1.5)),
        _ => libm::sin(PI * (y - 2.0)),
    };
    1.0f64.copysign(x) * r
}

/// Errors the way C's errno would report them: EDOM (ValueError) or ERANGE (OverflowError).
enum MathErr {
    Domain,
    Range,
}

fn tgamma(x: f64) -> Result<f64, MathErr> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(MathErr::Domain)
        };
    }
    if x == 0.0 {
        return Err(MathErr::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathErr::Domain);
        }
        if x <= 23.0 {
            // (x-1)! is exact in a double up to 22!
            return Ok((1..x as u64).map(|k| k as f64).product());
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(MathErr::Range)
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sinpi(x))
        } else {
            Err(MathErr::Range)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // the rounding error of y, to correct the pow/exp below
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -std::f64::consts::PI / sinpi(absx) / absx * libm::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / libm::exp(y);
        r += z * r;
        if absx < 140.0 {
            r *= libm::pow(y, absx - 0.5);
        } else {
            let sqrtpow = libm::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(MathErr::Range);
    }
    Ok(r)
}

fn lgamma(x: f64) -> Result<f64, MathErr> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(MathErr::Domain)
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-libm::log(absx));
    }
    let mut r = libm::log(lanczos_sum(absx)) - LANCZOS_G;
    r += (absx - 0.5) * (libm::log(absx + LANCZOS_G - 0.5) - 1.0);
    if x < 0.0 {
        r = LOGPI - libm::log(sinpi(absx).abs()) - libm::log(absx) - r;
    }
    if r.is_infinite() {
        return Err(MathErr::Range);
    }
    Ok(r)
}

/// math_1a: the function reports its own errors (errno).
fn math_1a(vm: &mut Vm, r: Result<f64, MathErr>) -> PyResult<Value> {
    match r {
        Ok(r) => Ok(Value::Float(r)),
        Err(MathErr::Domain) => Err(vm.value_error("math domain error")),
        Err(MathErr::Range) => Err(vm.overflow_error("math range error")),
    }
}
fn m_gamma(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = f1(vm, &a)?;
    math_1a(vm, tgamma(x))
}
fn m_lgamma(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = f1(vm, &a)?;
    math_1a(vm, lgamma(x))
}

fn f2(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(f64, f64)> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!("{name} expected 2 arguments, got {}", a.pos.len())));
    }
    Ok((to_f64(vm, &a.pos[0])?, to_f64(vm, &a.pos[1])?))
}

/// math_2's rules: a NaN from non-NaN arguments is a domain error, an infinity from finite
/// ones an overflow.
fn math_2(vm: &mut Vm, r: f64, x: f64, y: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn m_nextafter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = f2(vm, &a, "nextafter")?;
    Ok(Value::Float(nextafter(x, y)))
}

/// IEEE 754 remainder (mathmodule.c m_remainder): x - n*y with n the integer nearest x/y,
/// ties to even; exact.
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = libm::fmod(ax, ay);
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // half-way: pick the even multiple
            m - 2.0 * libm::fmod(0.5 * (ax - m), ay)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}
fn m_remainder(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = f2(vm, &a, "remainder")?;
    math_2(vm, remainder(x, y), x, y)
}

/// `math.ulp(x)`: the gap from |x| to the next float away from zero (mathmodule.c math_ulp_impl).
fn m_ulp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = f1(vm, &a)?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let up = nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        let down = nextafter(x, 0.0);
        return Ok(Value::Float(x - down));
    }
    Ok(Value::Float(up - x))
}
/// `math.sumprod(p, q)` as CPython 3.12 runs it: a leading run of int pairs summed as ints
/// (while an i64 holds them), then a run of float pairs (or float with int) summed in
/// extended precision and rounded once, the rest with the generic `*` and `+`.
fn m_sumprod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!("sumprod expected 2 arguments, got {}", a.pos.len())));
    }
    let p = vm.collect(&a.pos[0])?;
    let q = vm.collect(&a.pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("Inputs are not the same length"));
    }
    let n = p.len();
    let mut i = 0;
    // the int path: exact ints (not bools) whose products and sum fit an i64
    let mut int_total: i64 = 0;
    let mut float_path = true;
    while i < n {
        let (Value::Int(x), Value::Int(y)) = (&p[i], &q[i]) else {
            break;
        };
        match x.checked_mul(*y).and_then(|m| m.checked_add(int_total)) {
            Some(t) => int_total = t,
            None => {
                // the pair falls to the generic path, and so does every later one
                float_path = false;
                break;
            }
        }
        i += 1;
    }
    let mut total = Value::Int(int_total);
    if float_path {
        // the float path: pairs of floats, or a float with an int, while all is finite
        let mut terms: Vec<(BigInt, i64)> = Vec::new();
        let mut running = 0.0f64;
        while i < n {
            let Some((x, y)) = float_pair(&p[i], &q[i]) else {
                break;
            };
            // CPython leaves the float path when its running total stops being finite
            if !(running + x * y).is_finite() {
                break;
            }
            running += x * y;
            let (mx, ex) = float_parts(x);
            let (my, ey) = float_parts(y);
            terms.push((mx * my, ex + ey));
            i += 1;
        }
        if !terms.is_empty() {
            let f = exact_sum(&terms);
            total = vm.binary_op(&total, &Value::Float(f), crate::ops::BinOp::Add, false)?;
        }
    }
    while i < n {
        let m = vm.binary_op(&p[i], &q[i], crate::ops::BinOp::Mul, false)?;
        total = vm.binary_op(&total, &m, crate::ops::BinOp::Add, false)?;
        i += 1;
    }
    Ok(total)
}

/// The two doubles of a sumprod pair on its float path (float*float, float*int, int*float).
fn float_pair(x: &Value, y: &Value) -> Option<(f64, f64)> {
    let as_int = |v: &Value| -> Option<f64> {
        match v {
            Value::Int(i) => Some(*i as f64),
            Value::Bool(b) => Some(*b as i64 as f64),
            Value::BigInt(b) => b.to_f64().filter(|f| f.is_finite()),
            _ => None,
        }
    };
    match (x, y) {
        (Value::Float(a), Value::Float(b)) => Some((*a, *b)),
        (Value::Float(a), other) => Some((*a, as_int(other)?)),
        (other, Value::Float(b)) => Some((as_int(other)?, *b)),
        _ => None,
    }
}

/// A finite double as m * 2**e with m an integer.
fn float_parts(x: f64) -> (BigInt, i64) {
    if x == 0.0 {
        return (BigInt::zero(), 0);
    }
    let (m, e) = crate::objects::hash::frexp(x);
    // m * 2**53 is an integer below 2**53 in magnitude
    (BigInt::from((m * 9007199254740992.0) as i64), e as i64 - 53)
}

/// The sum of the m * 2**e, computed exactly and rounded to the nearest double.
fn exact_sum(terms: &[(BigInt, i64)]) -> f64 {
    let Some(low) = terms.iter().filter(|t| !t.0.is_zero()).map(|t| t.1).min() else {
        return 0.0;
    };
    let mut total = BigInt::zero();
    for (m, e) in terms {
        if !m.is_zero() {
            total += m << ((e - low) as usize);
        }
    }
    if total.is_zero() {
        return 0.0;
    }
    let (x, e) = bigint_frexp(&total.abs());
    let r = ldexp(x, e.saturating_add(low));
    if total.is_negative() {
        -r
    } else {
        r
    }
}

/// (x, e) with n = x * 2**e, 0.5 <= x < 1, x rounded half-even to 53 bits (_PyLong_Frexp).
fn bigint_frexp(n: &BigInt) -> (f64, i64) {
    let bits = n.bits() as i64;
    if bits <= 53 {
        let f = n.to_f64().unwrap_or(0.0);
        let (m, e) = crate::objects::hash::frexp(f);
        return (m, e as i64);
    }
    let shift = (bits - 53) as usize;
    let mut top = n >> shift;
    let rest = n - (&top << shift);
    let half = BigInt::one() << (shift - 1);
    if rest > half || (rest == half && top.is_odd()) {
        top += 1;
    }
    let mut e = bits;
    if top.bits() > 53 {
        top >>= 1;
        e += 1;
    }
    (top.to_f64().unwrap_or(0.0) / 9007199254740992.0, e)
}

/// loghelper: the logarithm `f` of an int (any size: log(x) + e*log(2) past the float
/// range, non-positive ints a domain error) or of a float (math_1's rules).
fn loghelper(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    let big = match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.to_bigint(v),
        Value::Instance(_) => vm.to_bigint(v),
        _ => None,
    };
    if let Some(b) = big {
        if !b.is_positive() {
            return Err(vm.value_error("math domain error"));
        }
        return Ok(match b.to_f64().filter(|x| x.is_finite()) {
            Some(x) => f(x),
            None => {
                let (x, e) = bigint_frexp(&b);
                f(x) + f(2.0) * e as f64
            }
        });
    }
    let x = to_f64(vm, v)?;
    let r = if x.is_nan() || x == f64::INFINITY {
        x
    } else if x > 0.0 {
        f(x)
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    };
    match math_1(vm, r, x, false)? {
        Value::Float(r) => Ok(r),
        _ => Ok(r),
    }
}

fn m_log(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() || a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "log expected at least 1 argument, got {}",
            a.pos.len()
        )));
    }
    let num = loghelper(vm, &a.pos[0], libm::log)?;
    match a.pos.get(1) {
        Some(b) => {
            let den = loghelper(vm, b, libm::log)?;
            if den == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
        None => Ok(Value::Float(num)),
    }
}
fn m_log2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    Ok(Value::Float(loghelper(vm, &v, libm::log2)?))
}
fn m_log10(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    Ok(Value::Float(loghelper(vm, &v, libm::log10)?))
}

/// An integral float as an int, exactly (PyLong_FromDouble).
fn to_int_result(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    if f.abs() < 9.0e18 {
        Ok(Value::Int(f as i64))
    } else {
        Ok(Value::from_bigint(BigInt::from_f64(f).unwrap_or_default()))
    }
}

fn int_or_dunder(vm: &mut Vm, a: &Args, dunder: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    if matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
        return Ok(Value::from_bigint(vm.to_bigint(&v).unwrap_or_default()));
    }
    if let Value::Instance(_) = &v {
        if let Some(m) = vm.lookup_special(&v, dunder)? {
            return vm.call(&m, vec![]);
        }
    }
    let x = to_f64(vm, &v)?;
    to_int_result(vm, f(x))
}
fn m_floor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    int_or_dunder(vm, &a, "__floor__", f64::floor)
}
fn m_ceil(vm: &mut Vm, a: Args) -> PyResult<Value> {
    int_or_dunder(vm, &a, "__ceil__", f64::ceil)
}
fn m_trunc(vm: &mut Vm, a: Args) -> PyResult<Value> {
    int_or_dunder(vm, &a, "__trunc__", f64::trunc)
}

fn two(vm: &mut Vm, a: &Args) -> PyResult<(f64, f64)> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "math function expected 2 arguments, got {}",
            a.pos.len()
        )));
    }
    Ok((to_f64(vm, &a.pos[0])?, to_f64(vm, &a.pos[1])?))
}

/// `math.pow` (math_pow_impl): IEEE special cases decided here, finite ** finite by libm,
/// a NaN result a domain error, 0 ** negative a domain error, other infinities overflow.
fn m_pow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &a)?;
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && libm::fmod(y.abs(), 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(Value::Float(r));
    }
    let r = libm::pow(x, y);
    if r.is_nan() || (r.is_infinite() && x == 0.0) {
        return Err(vm.value_error("math domain error"));
    }
    if r.is_infinite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}
fn m_atan2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (y, x) = two(vm, &a)?;
    math_2(vm, libm::atan2(y, x), y, x)
}
/// `math.fmod`: fmod(x, +-inf) is x for finite x; a NaN from non-NaNs a domain error.
fn m_fmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &a)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::Float(r))
}
fn m_copysign(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &a)?;
    Ok(Value::Float(x.copysign(y)))
}
/// `math.hypot(*coordinates)`: the Euclidean norm (vector_norm).
fn m_hypot(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut v = Vec::with_capacity(a.pos.len());
    for x in &a.pos {
        v.push(to_f64(vm, x)?.abs());
    }
    Ok(Value::Float(vector_norm(&mut v)))
}

/// x*y as hi + lo exactly (the fma gives the rounding error of the product).
fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let z = x * y;
    (z, x.mul_add(y, -z))
}

/// a + b as hi + lo exactly, for |a| >= |b|.
fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, b - z)
}

/// sqrt(sum(x*x)) of non-negative values as CPython's vector_norm computes it: scaled by a
/// power of two below 1, squares kept exactly (hi + lo), the sum compensated (started at 1.0
/// so that its hi part stays the larger addend), then one Newton correction of the square
/// root. Infinity wins over NaN.
fn vector_norm(v: &mut [f64]) -> f64 {
    let max = v.iter().fold(0.0f64, |m, x| if *x > m { *x } else { m });
    if v.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if v.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    if max == 0.0 || v.len() <= 1 {
        return max;
    }
    let (_, max_e) = crate::objects::hash::frexp(max);
    if max_e < -1023 {
        // 2**-max_e would overflow: bring the subnormals up first
        const DBL_MIN: f64 = 2.2250738585072014e-308;
        for x in v.iter_mut() {
            *x /= DBL_MIN;
        }
        return DBL_MIN * vector_norm(v);
    }
    let scale = ldexp(1.0, -(max_e as i64));
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for x in v.iter() {
        let x = x * scale;
        let (hi, lo) = dl_mul(x, x);
        let (s, e) = dl_fast_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += e;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = dl_mul(-h, h);
    let (s, e) = dl_fast_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += e;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}
fn m_isnan(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(f1(vm, &a)?.is_nan()))
}
fn m_isinf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(f1(vm, &a)?.is_infinite()))
}
fn m_isfinite(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(f1(vm, &a)?.is_finite()))
}
fn ints(vm: &mut Vm, a: &Args) -> PyResult<Vec<BigInt>> {
    let mut out = Vec::new();
    for v in &a.pos {
        match vm.to_bigint(v) {
            Some(b) => out.push(b),
            None => {
                if let Some(m) = vm.lookup_special(v, "__index__")? {
                    let r = vm.call(&m, vec![])?;
                    if let Some(b) = vm.to_bigint(&r) {
                        out.push(b);
                        continue;
                    }
                }
                let tn = vm.type_name(v);
                return Err(
                    vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                );
            }
        }
    }
    Ok(out)
}
fn m_gcd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = ints(vm, &a)?;
    let r = v.iter().fold(BigInt::zero(), |acc, x| acc.gcd(x));
    Ok(Value::from_bigint(r))
}
fn m_lcm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = ints(vm, &a)?;
    let r = v.iter().fold(BigInt::one(), |acc, x| {
        if x.is_zero() || acc.is_zero() {
            BigInt::zero()
        } else {
            acc.lcm(x)
        }
    });
    Ok(Value::from_bigint(r))
}

/// n! for n >= 0 by splitting the range in halves (products of similar sizes).
fn factorial(n: u64) -> BigInt {
    fn range_product(lo: u64, hi: u64) -> BigInt {
        // product of lo..=hi
        if hi < lo {
            return BigInt::one();
        }
        if hi - lo < 16 {
            let mut r = BigInt::one();
            for i in lo..=hi {
                r *= i;
            }
            return r;
        }
        let mid = lo + (hi - lo) / 2;
        range_product(lo, mid) * range_product(mid + 1, hi)
    }
    range_product(2, n)
}
fn m_factorial(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "factorial() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    }
    let n = ints(vm, &a)?.remove(0);
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.overflow_error("factorial() argument should not exceed 9223372036854775807"));
    };
    Ok(Value::from_bigint(factorial(n as u64)))
}
fn m_comb(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!("comb expected 2 arguments, got {}", a.pos.len())));
    }
    let v = ints(vm, &a)?;
    let (n, k) = (v[0].clone(), v[1].clone());
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(r))
}
fn m_perm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() || a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "perm expected at most 2 arguments, got {}",
            a.pos.len()
        )));
    }
    let with_k = matches!(a.pos.get(1), Some(k) if !matches!(k, Value::None));
    let pos = if with_k {
        a.pos.to_vec()
    } else {
        vec![a.pos[0].clone()]
    };
    let v = ints(vm, &Args::new(pos))?;
    let n = v[0].clone();
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    let k = if with_k { v[1].clone() } else { n.clone() };
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(Value::from_bigint(r))
}
fn m_isqrt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = ints(vm, &a)?;
    let n = v.first().cloned().unwrap_or_default();
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}
fn m_prod(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let start = a.take_kw("start").unwrap_or(Value::Int(1));
    let items = vm.collect(a.pos.first().unwrap_or(&Value::None))?;
    let mut acc = start;
    for it in items {
        acc = vm.binary_op(&acc, &it, crate::ops::BinOp::Mul, false)?;
    }
    Ok(acc)
}
fn m_fsum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // Shewchuk's exact partial sums, as math.fsum: infinities and NaNs summed apart, zeros
    // never kept as partials, the top partials added with half-even rounding at the end.
    let items = vm.collect(a.pos.first().unwrap_or(&Value::None))?;
    let mut partials: Vec<f64> = Vec::new();
    let (mut special, mut inf_sum) = (0.0f64, 0.0f64);
    for it in items {
        let mut x = to_f64(vm, &it)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let mut n = partials.len();
    let mut hi = 0.0f64;
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}
/// `math.modf`: the fractional part keeps the sign of x (C's modf); modf(+-inf) is
/// (+-0.0, +-inf).
fn m_modf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = f1(vm, &a)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        ((x - x.trunc()).copysign(x), x.trunc())
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}
fn m_frexp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = f1(vm, &a)?;
    let (m, e) = crate::objects::hash::frexp(x);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}
/// 2**k exactly, for -1074 <= k <= 1023.
fn pow2(k: i64) -> f64 {
    if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    }
}

/// x * 2**i with a single rounding (C's ldexp): x = m * 2**e with 0.5 <= |m| < 1, then m
/// times an exact power of two.
fn ldexp(x: f64, i: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, e) = frexp(x);
    let total = (e as i64).saturating_add(i);
    if total > 1024 {
        f64::INFINITY.copysign(m)
    } else if total == 1024 {
        (m * 2.0) * pow2(1023)
    } else if total < -1074 {
        0.0f64.copysign(m)
    } else {
        m * pow2(total)
    }
}

/// `math.ldexp(x, i)`: i must be an int (no __index__); past the i64 range it saturates.
fn m_ldexp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!("ldexp expected 2 arguments, got {}", a.pos.len())));
    }
    let x = to_f64(vm, &a.pos[0])?;
    let i = match &a.pos[1] {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => {
            vm.to_bigint(&a.pos[1])
        }
        _ => None,
    };
    let Some(i) = i else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    let i = i
        .to_i64()
        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
    let r = ldexp(x, i);
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

/// (m, e) with x = m * 2**e and 0.5 <= |m| < 1 (x finite and nonzero).
fn frexp(x: f64) -> (f64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // subnormal: normalize first
        let (m, e) = frexp(x * pow2(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

fn m_isclose(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let rel = match a.take_kw("rel_tol") {
        Some(v) => to_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs = match a.take_kw("abs_tol") {
        Some(v) => to_f64(vm, &v)?,
        None => 0.0,
    };
    let (x, y) = two(vm, &a)?;
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let d = (x - y).abs();
    Ok(Value::Bool(
        d <= (rel * y).abs() || d <= (rel * x).abs() || d <= abs,
    ))
}
/// `math.dist(p, q)`: the norm of the differences.
fn m_dist(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!("dist expected 2 arguments, got {}", a.pos.len())));
    }
    let p = vm.collect(&a.pos[0])?;
    let q = vm.collect(&a.pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut v = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(q.iter()) {
        let d = to_f64(vm, x)? - to_f64(vm, y)?;
        v.push(d.abs());
    }
    Ok(Value::Float(vector_norm(&mut v)))
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("sin", m_sin),
        ("cos", m_cos),
        ("tan", m_tan),
        ("asin", m_asin),
        ("acos", m_acos),
        ("atan", m_atan),
        ("sinh", m_sinh),
        ("cosh", m_cosh),
        ("tanh", m_tanh),
        ("exp", m_exp),
        ("expm1", m_expm1),
        ("log1p", m_log1p),
        ("fabs", m_fabs),
        ("log", m_log),
        ("log2", m_log2),
        ("log10", m_log10),
        ("degrees", m_degrees),
        ("radians", m_radians),
        ("sqrt", m_sqrt),
        ("floor", m_floor),
        ("ceil", m_ceil),
        ("trunc", m_trunc),
        ("pow", m_pow),
        ("atan2", m_atan2),
        ("fmod", m_fmod),
        ("copysign", m_copysign),
        ("hypot", m_hypot),
        ("isnan", m_isnan),
        ("isinf", m_isinf),
        ("isfinite", m_isfinite),
        ("gcd", m_gcd),
        ("lcm", m_lcm),
        ("factorial", m_factorial),
        ("comb", m_comb),
        ("perm", m_perm),
        ("isqrt", m_isqrt),
        ("prod", m_prod),
        ("fsum", m_fsum),
        ("modf", m_modf),
        ("frexp", m_frexp),
        ("ldexp", m_ldexp),
        ("isclose", m_isclose),
        ("dist", m_dist),
        ("acosh", m_acosh),
        ("asinh", m_asinh),
        ("atanh", m_atanh),
        ("cbrt", m_cbrt),
        ("exp2", m_exp2),
        ("erf", m_erf),
        ("erfc", m_erfc),
        ("gamma", m_gamma),
        ("lgamma", m_lgamma),
        ("nextafter", m_nextafter),
        ("remainder", m_remainder),
        ("ulp", m_ulp),
        ("sumprod", m_sumprod),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    let mut dd = d.borrow_mut();
    dd.set_str("pi", Value::Float(std::f64::consts::PI));
    dd.set_str("e", Value::Float(std::f64::consts::E));
    dd.set_str("tau", Value::Float(std::f64::consts::TAU));
    dd.set_str("inf", Value::Float(f64::INFINITY));
    dd.set_str("nan", Value::Float(f64::NAN));
    Ok(())
}
