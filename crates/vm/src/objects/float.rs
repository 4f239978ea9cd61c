//! float: repr (shortest round-trip, CPython's layout), arithmetic helpers, methods.

use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Shortest round-trip digits and decimal exponent: v = 0.d1d2d3... * 10**exp.
fn shortest_digits(v: f64) -> (String, i32) {
    // Rust's `{:e}` gives the shortest round-trip representation: "d.ddde-x".
    let s = format!("{:e}", v.abs());
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0').to_string();
    let digits = if digits.is_empty() {
        "0".to_string()
    } else {
        digits
    };
    (digits, exp + 1)
}

/// `repr(float)` (`float_repr`, format code 'r').
pub fn float_repr(v: f64) -> String {
    if v.is_nan() {
        return "nan".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if v == 0.0 {
        return if v.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (digits, decpt) = shortest_digits(v);
    let sign = if v < 0.0 { "-" } else { "" };
    format!("{sign}{}", layout_repr(&digits, decpt))
}

/// Lay out digits like `format_float_short` with repr's rules: fixed notation for
/// -4 < decpt <= 16, otherwise exponent with at least 2 digits.
fn layout_repr(digits: &str, decpt: i32) -> String {
    let n = digits.len() as i32;
    if decpt > -4 && decpt <= 16 {
        if decpt <= 0 {
            format!("0.{}{}", "0".repeat((-decpt) as usize), digits)
        } else if decpt >= n {
            format!("{}{}.0", digits, "0".repeat((decpt - n) as usize))
        } else {
            format!(
                "{}.{}",
                &digits[..decpt as usize],
                &digits[decpt as usize..]
            )
        }
    } else {
        let e = decpt - 1;
        let mant = if n == 1 {
            digits.to_string()
        } else {
            format!("{}.{}", &digits[..1], &digits[1..])
        };
        format!("{mant}e{}{:02}", if e < 0 { "-" } else { "+" }, e.abs())
    }
}

pub fn complex_repr(re: f64, im: f64) -> String {
    let fmt = |x: f64| -> String {
        let r = float_repr(x);
        r.strip_suffix(".0").map(String::from).unwrap_or(r)
    };
    if re == 0.0 && !re.is_sign_negative() {
        format!("{}j", fmt(im))
    } else {
        let ims = fmt(im);
        let sign = if im.is_sign_negative() || im.is_nan() && ims.starts_with('-') {
            ""
        } else {
            "+"
        };
        format!("({}{}{}j)", fmt(re), sign, ims)
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
            if let Some(m) = vm.lookup_special(v, "__float__")? {
                let r = vm.call(&m, vec![])?;
                return to_f64(vm, &r);
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
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("must be real number, not {tn}")))
        }
    }
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
        "nan" => return Some(f64::NAN),
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
    let (m, e) = crate::objects::hash::frexp(f.abs());
    let mut mant = (m * 2.0 * (1u64 << 52) as f64) as u64;
    mant &= (1u64 << 52) - 1;
    let mut hex = format!("{mant:013x}");
    while hex.ends_with('0') && hex.len() > 1 {
        hex.pop();
    }
    let sign = if f < 0.0 { "-" } else { "" };
    let e = e - 1;
    Ok(Value::str(&format!(
        "{sign}0x1.{hex}p{}{}",
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

pub fn init(vm: &mut Vm) {
    let t = vm.types.float.clone();
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
