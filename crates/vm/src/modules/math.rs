//! `math`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

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

fn domain(vm: &mut Vm, r: f64, x: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return Err(vm.value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($name:ident, $f:expr) => {
        fn $name(vm: &mut Vm, a: Args) -> PyResult<Value> {
            let x = f1(vm, &a)?;
            let f: fn(f64) -> f64 = $f;
            domain(vm, f(x), x)
        }
    };
}
unary!(m_sin, f64::sin);
unary!(m_cos, f64::cos);
unary!(m_tan, f64::tan);
unary!(m_asin, f64::asin);
unary!(m_acos, f64::acos);
unary!(m_atan, f64::atan);
unary!(m_sinh, f64::sinh);
unary!(m_cosh, f64::cosh);
unary!(m_tanh, f64::tanh);
unary!(m_exp, f64::exp);
unary!(m_fabs, f64::abs);
unary!(m_log2, f64::log2);
unary!(m_log10, f64::log10);
unary!(m_degrees, f64::to_degrees);
unary!(m_radians, f64::to_radians);
unary!(m_expm1, f64::exp_m1);
unary!(m_log1p, f64::ln_1p);

unary!(m_acosh, libm::acosh);
unary!(m_asinh, libm::asinh);
unary!(m_atanh, libm::atanh);
unary!(m_cbrt, f64::cbrt);
unary!(m_exp2, f64::exp2);

/// The C library's special functions (CPython 3.12 calls libm's erf/erfc too; its own
/// gamma/lgamma agree with libm's to within an ulp or two).
#[allow(unsafe_code)]
mod libm {
    extern "C" {
        #[link_name = "erf"]
        fn c_erf(x: f64) -> f64;
        #[link_name = "erfc"]
        fn c_erfc(x: f64) -> f64;
        #[link_name = "tgamma"]
        fn c_tgamma(x: f64) -> f64;
        #[link_name = "lgamma"]
        fn c_lgamma(x: f64) -> f64;
        #[link_name = "remainder"]
        fn c_remainder(x: f64, y: f64) -> f64;
        #[link_name = "acosh"]
        fn c_acosh(x: f64) -> f64;
        #[link_name = "asinh"]
        fn c_asinh(x: f64) -> f64;
        #[link_name = "atanh"]
        fn c_atanh(x: f64) -> f64;
    }
    // Rust's f64::acosh/asinh/atanh are computed in Rust and differ from libm's (which
    // CPython calls) in the last bit: these call libm.
    // SAFETY (all eight): pure functions of doubles in the C library that Rust's std links on
    // every Unix target; they read no memory of ours. lgamma writes the global `signgam`,
    // which nothing else reads (the VM is single-threaded).
    pub fn erf(x: f64) -> f64 {
        unsafe { c_erf(x) }
    }
    pub fn erfc(x: f64) -> f64 {
        unsafe { c_erfc(x) }
    }
    pub fn tgamma(x: f64) -> f64 {
        unsafe { c_tgamma(x) }
    }
    pub fn lgamma(x: f64) -> f64 {
        unsafe { c_lgamma(x) }
    }
    pub fn remainder(x: f64, y: f64) -> f64 {
        unsafe { c_remainder(x, y) }
    }
    pub fn acosh(x: f64) -> f64 {
        unsafe { c_acosh(x) }
    }
    pub fn asinh(x: f64) -> f64 {
        unsafe { c_asinh(x) }
    }
    pub fn atanh(x: f64) -> f64 {
        unsafe { c_atanh(x) }
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

fn m_erf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = f1(vm, &a)?;
    Ok(Value::Float(libm::erf(x)))
}
fn m_erfc(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = f1(vm, &a)?;
    Ok(Value::Float(libm::erfc(x)))
}
/// `math.gamma`: poles at 0 and the negative integers are domain errors (math_1's rules).
fn m_gamma(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = f1(vm, &a)?;
    if x.is_nan() || x == f64::INFINITY {
        return Ok(Value::Float(x));
    }
    if x == f64::NEG_INFINITY || (x <= 0.0 && x == x.floor()) {
        return Err(vm.value_error("math domain error"));
    }
    let r = libm::tgamma(x);
    if r.is_infinite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}
fn m_lgamma(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = f1(vm, &a)?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if x.is_infinite() {
        return Ok(Value::Float(f64::INFINITY));
    }
    if x <= 0.0 && x == x.floor() {
        return Err(vm.value_error("math domain error"));
    }
    let r = libm::lgamma(x);
    if r.is_infinite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}
fn f2(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(f64, f64)> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!("{name} expected 2 arguments, got {}", a.pos.len())));
    }
    Ok((to_f64(vm, &a.pos[0])?, to_f64(vm, &a.pos[1])?))
}
fn m_nextafter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = f2(vm, &a, "nextafter")?;
    Ok(Value::Float(nextafter(x, y)))
}
fn m_remainder(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = f2(vm, &a, "remainder")?;
    if (x.is_infinite() && !y.is_nan()) || (y == 0.0 && !x.is_nan()) {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::Float(libm::remainder(x, y)))
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
/// `math.sumprod(p, q)` for numbers: ints stay exact, floats add in order.
fn m_sumprod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!("sumprod expected 2 arguments, got {}", a.pos.len())));
    }
    let p = vm.collect(&a.pos[0])?;
    let q = vm.collect(&a.pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("Inputs are not the same length"));
    }
    let mut total = Value::Int(0);
    for (x, y) in p.iter().zip(q.iter()) {
        let m = vm.binary_op(x, y, crate::ops::BinOp::Mul, false)?;
        total = vm.binary_op(&total, &m, crate::ops::BinOp::Add, false)?;
    }
    Ok(total)
}

fn m_sqrt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = f1(vm, &a)?;
    if x < 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::Float(x.sqrt()))
}

fn m_log(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = a.pos.first().cloned().unwrap_or(Value::None);
    let ln = |vm: &mut Vm, v: &Value| -> PyResult<f64> {
        if let Some(b) = vm.to_bigint(v) {
            if !b.is_positive() {
                return Err(vm.value_error("math domain error"));
            }
            if let Some(f) = b.to_f64().filter(|f| f.is_finite()) {
                return Ok(f.ln());
            }
            let bits = b.bits();
            let shifted = (&b >> (bits - 53) as usize).to_f64().unwrap_or(1.0);
            return Ok(shifted.ln() + (bits - 53) as f64 * std::f64::consts::LN_2);
        }
        let f = to_f64(vm, v)?;
        if f <= 0.0 {
            return Err(vm.value_error("math domain error"));
        }
        Ok(f.ln())
    };
    let lx = ln(vm, &x)?;
    match a.pos.get(1) {
        Some(b) => {
            let lb = ln(vm, b)?;
            if lb == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(Value::Float(lx / lb))
        }
        None => Ok(Value::Float(lx)),
    }
}

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
        Ok(Value::from_bigint(BigInt::from(f as i128)))
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
fn m_pow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &a)?;
    if x == 0.0 && y < 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    let r = x.powf(y);
    domain(vm, r, x + y)
}
fn m_atan2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (y, x) = two(vm, &a)?;
    Ok(Value::Float(y.atan2(x)))
}
fn m_fmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &a)?;
    if y == 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(Value::Float(x % y))
}
fn m_copysign(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &a)?;
    Ok(Value::Float(x.copysign(y)))
}
fn m_hypot(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut s = 0.0f64;
    for v in &a.pos {
        let f = to_f64(vm, v)?;
        s = s.hypot(f);
    }
    Ok(Value::Float(s))
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
fn m_factorial(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = ints(vm, &a)?;
    let n = v.first().cloned().unwrap_or_default();
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().unwrap_or(0);
    let mut r = BigInt::one();
    for i in 2..=n {
        r *= i;
    }
    Ok(Value::from_bigint(r))
}
fn m_comb(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = ints(vm, &a)?;
    let (n, k) = (v[0].clone(), v[1].clone());
    if n.is_negative() || k.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().unwrap_or(0).min((&n - &k).to_u64().unwrap_or(0));
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(r))
}
fn m_perm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = ints(vm, &a)?;
    let n = v[0].clone();
    let k = v.get(1).cloned().unwrap_or_else(|| n.clone());
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut r = BigInt::one();
    let k = k.to_u64().unwrap_or(0);
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
fn m_modf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = f1(vm, &a)?;
    Ok(Value::tuple(vec![
        Value::Float(x.fract()),
        Value::Float(x.trunc()),
    ]))
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

/// `math.ldexp(x, i)`: x * 2**i with a single rounding (C's ldexp): x = m * 2**e with
/// 0.5 <= |m| < 1, then m times an exact power of two.
fn m_ldexp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = to_f64(vm, &a.pos[0])?;
    let i = vm.index_value(&a.pos[1])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let (m, e) = frexp(x);
    let total = (e as i64).saturating_add(i);
    let r = if total > 1024 {
        f64::INFINITY
    } else if total == 1024 {
        (m * 2.0) * pow2(1023)
    } else if total < -1074 {
        0.0f64.copysign(m)
    } else {
        m * pow2(total)
    };
    if r.is_infinite() {
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
fn m_dist(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = vm.collect(&a.pos[0])?;
    let q = vm.collect(&a.pos[1])?;
    let mut s = 0.0f64;
    for (x, y) in p.iter().zip(q.iter()) {
        let d = to_f64(vm, x)? - to_f64(vm, y)?;
        s = s.hypot(d);
    }
    Ok(Value::Float(s))
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
