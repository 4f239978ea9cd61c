//! int: unbounded integers (i64 inline, BigInt beyond), parsing, methods.

use num_bigint::BigInt;
use num_traits::{Num, Signed, ToPrimitive, Zero};

use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Parse `int(s, base)` text as CPython does (underscores, prefixes, whitespace).
/// The value of a Unicode decimal digit (category Nd), as `_PyUnicode_ToDecimalDigit`.
pub fn unicode_decimal(c: char) -> Option<u32> {
    const STARTS: &[u32] = &[
        0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
        0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
        0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
        0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
        0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x11F50, 0x16A60,
        0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0,
        0x1E950, 0x1FBF0,
    ];
    let n = c as u32;
    STARTS
        .iter()
        .find(|&&s| (s..s + 10).contains(&n))
        .map(|&s| n - s)
}

/// `sys.set_int_max_str_digits`: the most decimal digits an int <-> str conversion may have
/// (0: no limit). Process-wide, as CPython's is per interpreter.
pub static MAX_STR_DIGITS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(4300);
/// Below this many digits the limit is never checked (`_PY_LONG_MAX_STR_DIGITS_THRESHOLD`).
pub const STR_DIGITS_THRESHOLD: usize = 640;

fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}

/// The limit check of `int(s, base)`, made before parsing as CPython does: the digits of the
/// leading run (after sign, spaces and prefix) count; power-of-two bases are exempt.
pub fn check_str_to_int(vm: &mut Vm, s: &str, base: u32) -> PyResult<()> {
    let limit = max_str_digits();
    if limit == 0 || s.len() <= STR_DIGITS_THRESHOLD {
        return Ok(());
    }
    let t = s.trim_start().trim_start_matches(['+', '-']);
    let lower = t.get(..2).map(|p| p.to_ascii_lowercase());
    let prefixed = matches!(lower.as_deref(), Some("0x" | "0o" | "0b"));
    if base.is_power_of_two() || (base == 0 && prefixed) {
        return Ok(());
    }
    let radix = if base == 0 { 10 } else { base };
    let is_digit = |c: char| c == '_' || c.is_digit(radix) || unicode_decimal(c).is_some();
    let digits = t
        .chars()
        .take_while(|&c| is_digit(c))
        .filter(|&c| c != '_')
        .count();
    if !t.trim_start_matches(is_digit).trim().is_empty() {
        return Ok(()); // an invalid literal is reported as such
    }
    if digits > STR_DIGITS_THRESHOLD && digits > limit {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has \
             {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

/// `str(b)` in decimal, with the `sys.set_int_max_str_digits` limit.
pub fn bigint_to_decimal(vm: &mut Vm, b: &BigInt) -> PyResult<String> {
    let limit = max_str_digits();
    let err = |vm: &mut Vm| {
        vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use \
             sys.set_int_max_str_digits() to increase the limit"
        ))
    };
    // a number of n bits has at least (n-1)*log10(2) + 1 digits: refuse before converting
    let bits = b.bits();
    if limit > 0 && bits > 2200 && (bits - 1) as f64 * std::f64::consts::LOG10_2 > limit as f64 {
        return Err(err(vm));
    }
    let text = b.to_string();
    let digits = text.len() - usize::from(text.starts_with('-'));
    if limit > 0 && digits > STR_DIGITS_THRESHOLD && digits > limit {
        return Err(err(vm));
    }
    Ok(text)
}

pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    // Non-ASCII decimal digits count as their ASCII values (`_PyUnicode_TransformDecimalAndSpaceToASCII`).
    let ascii: String;
    let s = if s.is_ascii() {
        s
    } else {
        ascii = s
            .chars()
            .map(|c| match unicode_decimal(c) {
                Some(d) if !c.is_ascii() => char::from_digit(d, 10).unwrap_or(c),
                _ => c,
            })
            .collect();
        &ascii
    };
    let t = s.trim();
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = match base {
        0 => {
            if let Some(r) = lower.strip_prefix("0x") {
                (16, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0o") {
                (8, r.to_string())
            } else if let Some(r) = lower.strip_prefix("0b") {
                (2, r.to_string())
            } else {
                if lower.len() > 1
                    && lower.starts_with('0')
                    && !lower.trim_start_matches(['0', '_']).is_empty()
                {
                    return None;
                }
                (10, lower.clone())
            }
        }
        16 => (16, lower.strip_prefix("0x").unwrap_or(&lower).to_string()),
        8 => (8, lower.strip_prefix("0o").unwrap_or(&lower).to_string()),
        2 => (2, lower.strip_prefix("0b").unwrap_or(&lower).to_string()),
        b => (b, lower.clone()),
    };
    let digits = digits
        .strip_prefix('_')
        .filter(|_| base != 10 || s.contains("0"))
        .unwrap_or(&digits)
        .to_string();
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let v = BigInt::from_str_radix(&clean, base).ok()?;
    Some(if neg { -v } else { v })
}

/// The int value of an int-like (bool, int, BigInt, int subclass instance).
pub fn as_bigint(vm: &Vm, v: &Value) -> Option<BigInt> {
    vm.to_bigint(v)
}

pub fn int_to_string_radix(v: &BigInt, radix: u32) -> String {
    v.abs().to_str_radix(radix)
}

fn this(vm: &mut Vm, a: &Args) -> PyResult<BigInt> {
    match a.pos.first().and_then(|v| vm.to_bigint(v)) {
        Some(b) => Ok(b),
        None => match a.pos.first() {
            Some(v) => Err(vm.descr_requires("int", v)),
            None => Err(vm.type_error("descriptor requires an 'int' object")),
        },
    }
}

fn int_bit_length(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = this(vm, &a)?;
    Ok(Value::Int(b.abs().bits() as i64))
}

fn int_bit_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = this(vm, &a)?;
    let n: u64 = b
        .abs()
        .to_u64_digits()
        .1
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(n as i64))
}

fn int_to_bytes(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let b = this(vm, &a)?;
    let length = match a.pos.get(1).cloned().or_else(|| a.take_kw("length")) {
        Some(v) => vm.index_value(&v)? as usize,
        None => 1,
    };
    let order = a.pos.get(2).cloned().or_else(|| a.take_kw("byteorder"));
    let order = byteorder_arg(vm, order, "to_bytes")?;
    let signed = match a.take_kw("signed") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if b.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        b.to_signed_bytes_le()
    } else {
        b.to_bytes_le().1
    };
    if b.is_zero() {
        bytes = Vec::new(); // no significant byte: fits any length, even 0
    }
    if bytes.len() > length {
        // to_signed_bytes may include a sign byte that still fits
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if b.is_negative() { 0xff } else { 0 };
    crate::objects::arith::check_alloc(vm, length)?;
    bytes.resize(length, fill);
    if order == "big" {
        bytes.reverse();
    }
    Ok(Value::Bytes(bytes.into()))
}

/// The `byteorder` argument of `to_bytes`/`from_bytes` (default "big"): a str, else
/// CPython's TypeError.
fn byteorder_arg(vm: &mut Vm, v: Option<Value>, fname: &str) -> PyResult<String> {
    let order = match v {
        None => return Ok("big".into()),
        Some(Value::Str(s)) => s.to_string(),
        Some(v) => match crate::ops::unwrap_base(&v) {
            Some(Value::Str(s)) => s.to_string(),
            _ => {
                let tn = vm.type_name(&v);
                return Err(vm.type_error(format!(
                    "{fname}() argument 'byteorder' must be str, not {tn}"
                )));
            }
        },
    };
    if order != "big" && order != "little" {
        return Err(vm.value_error("byteorder must be either 'little' or 'big'"));
    }
    Ok(order)
}

fn int_from_bytes(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let data = a.pos.get(1).cloned().or_else(|| a.take_kw("bytes"));
    let Some(data) = data else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let order = a.pos.get(2).cloned().or_else(|| a.take_kw("byteorder"));
    let order = byteorder_arg(vm, order, "from_bytes")?;
    let signed = match a.take_kw("signed") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut bytes: Vec<u8> = match &data {
        Value::Bytes(b) => b.to_vec(),
        Value::ByteArray(b) => b.borrow().clone(),
        // PyBytes_FromObject: a str is refused before trying it as an iterable
        Value::Str(_) => {
            return Err(vm.type_error("cannot convert 'str' object to bytes"));
        }
        other => {
            if vm.iter(other).is_err() {
                if let Ok(d) = crate::objects::bytes::bytes_of(vm, other) {
                    d
                } else {
                    let tn = vm.type_name(other);
                    return Err(vm.type_error(format!("cannot convert '{tn}' object to bytes")));
                }
            } else {
                let items = vm.collect(other)?;
                let mut out = Vec::new();
                for i in items {
                    match vm.index_value(&i)? {
                        n @ 0..=255 => out.push(n as u8),
                        _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
                    }
                }
                out
            }
        }
    };
    if order == "big" {
        bytes.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes)
    };
    Ok(Value::from_bigint(v))
}

fn int_conjugate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::from_bigint(this(vm, &a)?))
}

fn int_as_integer_ratio(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::tuple(vec![
        Value::from_bigint(this(vm, &a)?),
        Value::Int(1),
    ]))
}

fn int_is_integer(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn int_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::from_bigint(this(vm, &a)?))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.int.clone();
    vm.add_method(&t, "bit_length", int_bit_length);
    vm.add_method(&t, "bit_count", int_bit_count);
    vm.add_method(&t, "to_bytes", int_to_bytes);
    vm.add_classmethod(&t, "from_bytes", int_from_bytes);
    vm.add_method(&t, "conjugate", int_conjugate);
    vm.add_method(&t, "as_integer_ratio", int_as_integer_ratio);
    vm.add_method(&t, "is_integer", int_is_integer);
    vm.add_method(&t, "__index__", int_index);
    vm.add_method(&t, "__int__", int_index);
}

pub fn to_i64(b: &BigInt) -> Option<i64> {
    b.to_i64()
}
