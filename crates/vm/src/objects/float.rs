//! float: repr (shortest round-trip, CPython's layout), arithmetic helpers, methods.

use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `repr(float)`: one implementation, shared with the bytecode crate's constant reprs.
pub fn float_repr(v: f64) -> String {
    pydive_bytecode::pyrepr::float_repr(v)
}

/// `repr(complex)`: `1j`, `(1+2j)`, `(-0-1j)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    pydive_bytecode::pyrepr::complex_repr(re, im)
}

// NaN identity. Floats are held inline (`Value::Float`), so `is`, `id()` and the
// identity-first comparison of `in`, `count`, `index` and dict/set lookups compare bits.
// CPython's NaNs are objects: `x in [x]` is True, `float('nan') in [float('nan')]` False.
// Each NaN a program makes (`float('nan')`, an arithmetic result) therefore gets a payload of
// its own: a marker in mantissa bits 32..50 and a serial number in bits 0..31, so copies of one
// NaN stay `is`-identical and two NaNs made apart do not. Bytes written out (marshal,
// memoryview, struct) hold CPython's plain quiet NaN (`canonical_nan`). Other NaN sources (a
// math function's result, struct.unpack) keep the bits they have.
const NAN_MARK: u64 = 0x0005_A5A5_0000_0000;
const NAN_MARK_MASK: u64 = 0x0007_FFFF_0000_0000;
static NAN_SERIAL: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

/// A NaN distinct (under `is`) from every NaN made before it; `negative` sets the sign bit.
pub fn fresh_nan(negative: bool) -> f64 {
    let serial = NAN_SERIAL.fetch_add(1, std::sync::atomic::Ordering::Relaxed) as u64;
    let sign = if negative { 1u64 << 63 } else { 0 };
    f64::from_bits(sign | 0x7FF8_0000_0000_0000 | NAN_MARK | serial)
}

/// An arithmetic result: a NaN becomes a new object (as CPython's float ops always make one).
#[inline]
pub fn new_result(r: f64) -> f64 {
    if r.is_nan() {
        fresh_nan(r.is_sign_negative())
    } else {
        r
    }
}

/// `v` with a marked NaN's payload replaced by CPython's quiet NaN (sign kept), for bytes.
pub fn canonical_nan(v: f64) -> f64 {
    let bits = v.to_bits();
    if v.is_nan() && bits & NAN_MARK_MASK == NAN_MARK {
        f64::from_bits((bits & (1 << 63)) | 0x7FF8_0000_0000_0000)
    } else {
        v
    }
}

/// float(x) for a value that may be int, bool, float, str.
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => {
            use num_traits::ToPrimitive;
            let f = b.to_f64().unwrap_or(f64::INFINITY);
            if f.is_infinite() {
                return Err(vm.overflow_error("int too large to convert to float"));
            }
            Ok(f)
        }
        Value::Instance(_) => {
            // PyFloat_AsDouble: a float subclass instance is its value (no __float__ call)
            if let Some(Value::Float(f)) = crate::ops::unwrap_base(v) {
                return Ok(f);
            }
            number_float(vm, v)
        }
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("must be real number, not {tn}")))
        }
    }
}

/// PyNumber_Float's order for an instance: `__float__` (its result checked), `__index__`,
/// then the value of a builtin base.
pub fn number_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Instance(_) => {
            if let Some(m) = vm.lookup_special(v, "__float__")? {
                let r = vm.call(&m, vec![])?;
                return float_result(vm, v, r);
            }
            if let Some(m) = vm.lookup_special(v, "__index__")? {
                let r = vm.call(&m, vec![])?;
                return to_f64(vm, &r);
            }
            if let Some(b) = crate::ops::unwrap_base(v) {
                return to_f64(vm, &b);
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("must be real number, not {tn}")))
        }
        _ => to_f64(vm, v),
    }
}

/// What `v.__float__()` returned, checked as PyFloat_AsDouble does: a float, or (deprecated)
/// an instance of a float subclass; anything else is a TypeError. (Converting the result
/// again would recurse forever on a `__float__` that returns `self`.)
fn float_result(vm: &mut Vm, v: &Value, r: Value) -> PyResult<f64> {
    if let Value::Float(f) = r {
        return Ok(f);
    }
    let owner = vm.type_name(v);
    let tn = vm.type_name(&r);
    if let (Value::Instance(_), Some(Value::Float(f))) = (&r, crate::ops::unwrap_base(&r)) {
        vm.warn(
            "DeprecationWarning",
            &format!(
                "{owner}.__float__ returned non-float (type {tn}).  The ability to return an \
                 instance of a strict subclass of float is deprecated, and may be removed in a \
                 future version of Python."
            ),
        )?;
        return Ok(f);
    }
    Err(vm.type_error(format!("{owner}.__float__ returned non-float (type {tn})")))
}

pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim().replace('_', "");
    let lower = t.to_ascii_lowercase();
    match lower.trim_start_matches(['+', '-']) {
        "inf" | "infinity" => {
            return Some(if lower.starts_with('-') {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            });
        }
        "nan" => return Some(fresh_nan(lower.starts_with('-'))),
        _ => {}
    }
    if s.trim().starts_with('_') || s.trim().ends_with('_') || s.contains("__") {
        return None;
    }
    t.parse::<f64>().ok()
}

fn float_is_integer(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = to_f64(vm, &a.pos[0])?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = to_f64(vm, &a.pos[0])?;
    if f == 0.0 {
        return Ok(Value::str(if f.is_sign_negative() {
            "-0x0.0p+0"
        } else {
            "0x0.0p+0"
        }));
    }
    if f.is_infinite() {
        return Ok(Value::str(if f < 0.0 { "-inf" } else { "inf" }));
    }
    if f.is_nan() {
        return Ok(Value::str("nan"));
    }
    // float_hex: always 13 hex digits; subnormals as 0x0.xxxp-1022.
    let bits = f.abs().to_bits();
    let mant = bits & ((1u64 << 52) - 1);
    let biased = (bits >> 52) as i64;
    let (lead, e) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let sign = if f < 0.0 { "-" } else { "" };
    Ok(Value::str(&format!(
        "{sign}0x{lead}.{mant:013x}p{}{}",
        if e < 0 { "-" } else { "+" },
        e.abs()
    )))
}

fn float_as_integer_ratio(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = to_f64(vm, &a.pos[0])?;
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (m, e) = crate::objects::hash::frexp(f);
    let mut m = m;
    let mut e = e;
    for _ in 0..300 {
        if m.fract() == 0.0 {
            break;
        }
        m *= 2.0;
        e -= 1;
    }
    let num = num_bigint::BigInt::from(m as i64);
    let (num, den) = if e > 0 {
        (num << e as usize, num_bigint::BigInt::from(1))
    } else {
        (num, num_bigint::BigInt::from(1) << (-e) as usize)
    };
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

fn float_conjugate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Float(to_f64(vm, &a.pos[0])?))
}

/// `float.fromhex(s)` (`float_fromhex`): `[sign] ['0x'] hexdigits ['.' hexdigits] ['p' exp]`,
/// or inf/nan.
/// `float.__getformat__('double')`: how floats are stored (always IEEE here).
fn float_getformat(vm: &mut Vm, a: crate::objects::function::Args) -> PyResult<Value> {
    match a.pos.get(1) {
        Some(Value::Str(s)) if &**s == "double" || &**s == "float" => {
            Ok(Value::str("IEEE, little-endian"))
        }
        Some(Value::Str(_)) => {
            Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'"))
        }
        other => {
            let tn = match other {
                Some(v) => vm.type_name(v).to_string(),
                None => "nothing".to_string(),
            };
            Err(vm.type_error(format!("__getformat__() argument must be str, not {tn}")))
        }
    }
}

fn float_fromhex(vm: &mut Vm, a: crate::objects::function::Args) -> PyResult<Value> {
    let Some(Value::Str(src)) = a.pos.get(1) else {
        // CPython's PyUnicode_AsUTF8AndSize of a non-str
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    let bad = |vm: &mut Vm| vm.value_error("invalid hexadecimal floating-point string");
    let t = src.trim();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(fresh_nan(false)),
        _ => None,
    };
    if let Some(v) = special {
        return Ok(Value::Float(if neg { -v } else { v }));
    }
    let digits = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match digits.find('p') {
        Some(i) => (&digits[..i], Some(&digits[i + 1..])),
        None => (digits, None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty()
        || !int_part
            .chars()
            .chain(frac_part.chars())
            .all(|c| c.is_ascii_hexdigit())
    {
        return Err(bad(vm));
    }
    let mut e: i64 = match exp {
        Some(x) => match x.parse::<i64>() {
            Ok(v) if !x.starts_with('+') || x.len() > 1 => v,
            _ => return Err(bad(vm)),
        },
        None => 0,
    };
    let all: String = format!("{int_part}{frac_part}");
    let all = all.trim_start_matches('0');
    e -= 4 * frac_part.len() as i64;
    let m =
        num_bigint::BigUint::parse_bytes(if all.is_empty() { b"0" } else { all.as_bytes() }, 16)
            .unwrap_or_default();
    use num_traits::ToPrimitive;
    // Keep 64 significant bits (plus a sticky bit) so the conversion rounds once.
    let bits = m.bits() as i64;
    let (m, e) = if bits > 64 {
        let shift = (bits - 64) as usize;
        let sticky = (&m & ((num_bigint::BigUint::from(1u8) << shift) - 1u8)) != 0u8.into();
        let top = (&m >> shift).to_u64().unwrap_or(0) | sticky as u64;
        (top, e + shift as i64)
    } else {
        (m.to_u64().unwrap_or(0), e)
    };
    let mut v = m as f64;
    // Scale in steps so intermediate powers stay finite.
    let mut e = e;
    while e > 0 {
        let step = e.min(1000);
        v *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        v /= 2f64.powi(step as i32);
        e += step;
    }
    if v.is_infinite() {
        return Err(vm.overflow_error("hexadecimal value too large to represent as a float"));
    }
    Ok(Value::Float(if neg { -v } else { v }))
}

/// `complex("1+2j")` (`complex_from_string_inner`): optional parentheses and spaces,
/// `a`, `bj`, `a±bj`, `j`.
pub fn parse_complex(src: &str) -> Option<(f64, f64)> {
    let mut t = src.trim();
    if let Some(inner) = t.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        t = inner.trim();
    }
    if t.is_empty() || t.contains(char::is_whitespace) {
        return None;
    }
    let float = |x: &str| -> Option<f64> {
        let lower = x.to_ascii_lowercase();
        let body = lower.trim_start_matches(['+', '-']);
        if body.is_empty()
            || !(body.starts_with(|c: char| c.is_ascii_digit() || c == '.')
                || ["inf", "infinity", "nan"].contains(&body))
        {
            return None;
        }
        lower.replace('_', "").parse::<f64>().ok()
    };
    let Some(body) = t.strip_suffix(['j', 'J']) else {
        return Some((float(t)?, 0.0));
    };
    // Split at the sign that starts the imaginary part (not one after an exponent 'e').
    let bytes = body.as_bytes();
    let mut split = None;
    for i in (1..bytes.len()).rev() {
        if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
            split = Some(i);
            break;
        }
    }
    let imag = |x: &str| -> Option<f64> {
        match x {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => float(x),
        }
    };
    match split {
        Some(i) => Some((float(&body[..i])?, imag(&body[i..])?)),
        None => Some((0.0, imag(body)?)),
    }
}

fn complex_conjugate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match crate::ops::unwrap_base(&a.pos[0]).unwrap_or_else(|| a.pos[0].clone()) {
        Value::Complex(r, i) => Ok(Value::Complex(r, -i)),
        _ => Err(vm.type_error("descriptor 'conjugate' requires a 'complex' object")),
    }
}

pub fn init(vm: &mut Vm) {
    let c = vm.types.complex.clone();
    vm.add_method(&c, "conjugate", complex_conjugate);
    let t = vm.types.float.clone();
    vm.add_classmethod(&t, "fromhex", float_fromhex);
    vm.add_classmethod(&t, "__getformat__", float_getformat);
    vm.add_method(&t, "is_integer", float_is_integer);
    vm.add_method(&t, "hex", float_hex);
    vm.add_method(&t, "as_integer_ratio", float_as_integer_ratio);
    vm.add_method(&t, "conjugate", float_conjugate);
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    #[test]
    fn reprs_match_cpython() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(1e16), "1e+16");
        assert_eq!(float_repr(1234567890123456.0), "1234567890123456.0");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(0.0001), "0.0001");
        assert_eq!(float_repr(-2.5e-10), "-2.5e-10");
        assert_eq!(float_repr(1.5e300), "1.5e+300");
        assert_eq!(float_repr(0.1 + 0.2), "0.30000000000000004");
    }
}
