//! Formatting: `format(value, spec)` (the format-spec mini-language), `str.format`, and
//! printf-style `%` formatting.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use crate::value::Value;
use crate::vm::{PyResult, Vm};

#[derive(Default, Debug, Clone)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alt: bool,
    /// `z`: a negative zero (after rounding) is shown without its sign.
    pub z: bool,
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

/// `v` is the value formatted (its type names it in the message of a spec with trailing
/// characters).
pub fn parse_spec(vm: &mut Vm, spec: &str, v: &Value) -> PyResult<Spec> {
    let cs: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut sp = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if cs.len() >= 2 && is_align(cs[1]) {
        sp.fill = Some(cs[0]);
        sp.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        sp.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
        sp.sign = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == 'z' {
        sp.z = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        sp.alt = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '0' {
        sp.zero = true;
        i += 1;
    }
    let start = i;
    while i < cs.len() && cs[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: usize = cs[start..i]
            .iter()
            .collect::<String>()
            .parse()
            .unwrap_or(usize::MAX);
        if w > isize::MAX as usize {
            return Err(vm.value_error("Too many decimal digits in format string"));
        }
        crate::objects::arith::check_alloc(vm, w.saturating_mul(4))?;
        sp.width = Some(w);
    }
    if i < cs.len() && matches!(cs[i], ',' | '_') {
        sp.grouping = Some(cs[i]);
        i += 1;
        if i < cs.len() && matches!(cs[i], ',' | '_') {
            return Err(vm.value_error("Cannot specify both ',' and '_'."));
        }
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        let start = i;
        while i < cs.len() && cs[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err(vm.value_error("Format specifier missing precision"));
        }
        let p: usize = cs[start..i]
            .iter()
            .collect::<String>()
            .parse()
            .unwrap_or(usize::MAX);
        if p > isize::MAX as usize {
            return Err(vm.value_error("Too many decimal digits in format string"));
        }
        sp.precision = Some(p);
    }
    if i < cs.len() {
        sp.ty = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() {
        let tn = vm.type_name(v);
        return Err(vm.value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{tn}'"
        )));
    }
    if let (Some(g), Some(t)) = (sp.grouping, sp.ty) {
        let ok = if g == ',' { "deEfFgG%" } else { "deEfFgG%boxX" };
        if !ok.contains(t) {
            return Err(vm.value_error(format!("Cannot specify '{g}' with '{t}'.")));
        }
    }
    Ok(sp)
}

fn pad(body: &str, sp: &Spec, default_align: char) -> String {
    let width = sp.width.unwrap_or(0);
    let len = body.chars().count();
    if len >= width {
        return body.to_string();
    }
    // a `0` before the width fills with zeros whatever the alignment
    let fill = sp.fill.unwrap_or(if sp.zero { '0' } else { ' ' });
    let n = width - len;
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match sp.align.unwrap_or(default_align) {
        '<' => format!("{body}{}", f(n)),
        '^' => format!("{}{body}{}", f(n / 2), f(n - n / 2)),
        _ => format!("{}{body}", f(n)),
    }
}

/// Pad a number: sign and prefix go before `=`-style padding.
fn pad_number(sign: &str, prefix: &str, digits: &str, sp: &Spec) -> String {
    let width = sp.width.unwrap_or(0);
    let zero_pad = sp.align.is_none() && sp.zero;
    if zero_pad || sp.align == Some('=') {
        let fill = if zero_pad && sp.fill.is_none() {
            '0'
        } else {
            sp.fill.unwrap_or(if sp.zero { '0' } else { ' ' })
        };
        let len = sign.len() + prefix.len() + digits.chars().count();
        let n = width.saturating_sub(len);
        let mut digits = digits.to_string();
        // (not for inf/nan: CPython pads those with plain zeros)
        let finite = !["inf", "nan"].contains(&&*digits.to_ascii_lowercase());
        if zero_pad && fill == '0' && sp.grouping.is_some() && finite {
            // grouping applies to the zero padding too
            let g = sp.grouping.unwrap_or(',');
            let raw: String = digits.chars().filter(|c| *c != g).collect();
            let target = width.saturating_sub(sign.len() + prefix.len());
            let mut padded = raw.clone();
            // binary, octal and hex digits go in fours
            let size = if matches!(sp.ty, Some('b' | 'o' | 'x' | 'X')) {
                4
            } else {
                3
            };
            while group(&padded, g, size).chars().count() < target {
                padded.insert(0, '0');
            }
            digits = group(&padded, g, size);
            return format!("{sign}{prefix}{digits}");
        }
        return format!(
            "{sign}{prefix}{}{digits}",
            std::iter::repeat_n(fill, n).collect::<String>()
        );
    }
    pad(&format!("{sign}{prefix}{digits}"), sp, '>')
}

/// What CPython's parse_field reports for a replacement field that the string ends inside.
fn unterminated_field(field: &[char]) -> &'static str {
    let mut k = 0;
    while k < field.len() {
        match field[k] {
            '{' => return "unexpected '{' in field name",
            '[' => {
                while k < field.len() && field[k] != ']' {
                    k += 1;
                }
            }
            '!' => {
                if k + 1 >= field.len() {
                    return "end of string while looking for conversion specifier";
                }
                if k + 2 < field.len() && field[k + 2] != ':' {
                    return "expected ':' after conversion specifier";
                }
                return "unmatched '{' in format spec";
            }
            ':' => return "unmatched '{' in format spec",
            _ => {}
        }
        k += 1;
    }
    "expected '}' before end of string"
}

/// Where a replacement field's name ends (parse_field): at its first ':' or '!' outside an
/// index's brackets ('{a[:]}' names key ':').
fn field_name_end(field: &str) -> usize {
    let mut in_index = false;
    for (k, c) in field.char_indices() {
        match c {
            '[' => in_index = true,
            ']' => in_index = false,
            ':' | '!' if !in_index => return k,
            _ => {}
        }
    }
    field.len()
}

fn group(digits: &str, sep: char, every: usize) -> String {
    let (int, rest) = match digits.find(|c: char| !c.is_ascii_alphanumeric()) {
        Some(i) => (&digits[..i], &digits[i..]),
        None => (digits, ""),
    };
    let chars: Vec<char> = int.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if i > 0 && (chars.len() - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(*c);
    }
    out + rest
}

impl Vm {
    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<Value> {
        match v {
            Value::Instance(_) => {
                if let Some(m) = self.lookup_special(v, "__format__")? {
                    if !matches!(&m, Value::Builtin(b) if b.owner.as_deref() == Some("object")) {
                        let r = self.call(&m, vec![Value::str(spec)])?;
                        if !matches!(r, Value::Str(_))
                            && !matches!(crate::ops::unwrap_base(&r), Some(Value::Str(_)))
                        {
                            let tn = self.type_name(&r);
                            return Err(
                                self.type_error(format!("__format__ must return a str, not {tn}"))
                            );
                        }
                        return Ok(r);
                    }
                }
                if let Some(b) = crate::ops::unwrap_base(v) {
                    return self.format(&b, spec);
                }
                if !spec.is_empty() {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {tn}.__format__"
                    )));
                }
                Ok(Value::Str(self.str(v)?))
            }
            // format(s, '') is s itself (unicode___format___impl returns it unchanged)
            Value::Str(_) if spec.is_empty() => Ok(v.clone()),
            _ => Ok(Value::Str(Rc::from(self.format_builtin(v, spec)?))),
        }
    }

    fn format_builtin(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            if matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                return Ok(self.str(v)?.to_string());
            }
            // PyObject_Format calls the type's `__format__` (a C method: one unit of the C
            // recursion budget) unless the value is an exact int or str
            let s = self.with_c(" while calling a Python object", |vm| vm.str(v))?;
            return Ok(s.to_string());
        }
        let sp = parse_spec(self, spec, v)?;
        match v {
            Value::Str(s) => {
                if let Some(t) = sp.ty {
                    if t != 's' {
                        return Err(self.value_error(format!(
                            "Unknown format code '{t}' for object of type 'str'"
                        )));
                    }
                }
                if sp.grouping.is_some() && sp.ty.is_none() {
                    let g = sp.grouping.unwrap_or(',');
                    return Err(self.value_error(format!("Cannot specify '{g}' with 's'.")));
                }
                if sp.sign.is_some() {
                    return Err(self.value_error("Sign not allowed in string format specifier"));
                }
                if sp.z {
                    return Err(self.value_error(
                        "Negative zero coercion (z) not allowed in string format specifier",
                    ));
                }
                if sp.alt {
                    return Err(self
                        .value_error("Alternate form (#) not allowed in string format specifier"));
                }
                if sp.align == Some('=') {
                    return Err(
                        self.value_error("'=' alignment not allowed in string format specifier")
                    );
                }
                let body: String = match sp.precision {
                    Some(p) => s.chars().take(p).collect(),
                    None => s.to_string(),
                };
                Ok(pad(&body, &sp, '<'))
            }
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                if matches!(sp.ty, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) {
                    let f = crate::objects::float::to_f64(self, v)?;
                    return self.format_float(f, &sp);
                }
                // bool.__format__ is int.__format__: only an empty spec gives 'True'
                let n = self.to_bigint(v).unwrap_or_default();
                self.format_int(&n, &sp)
            }
            Value::Float(f) => self.format_float(*f, &sp),
            Value::Complex(..) if sp.align == Some('=') || sp.zero || sp.fill == Some('0') => {
                let what = if sp.zero || sp.fill == Some('0') {
                    "Zero padding is"
                } else {
                    "'=' alignment flag is"
                };
                Err(self.value_error(format!("{what} not allowed in complex format specifier")))
            }
            Value::Complex(re, im) if sp.ty.is_some_and(|t| "eEfFgGn".contains(t)) => {
                // format_complex_internal: both parts with the type, the imaginary one
                // always signed, then the whole padded.
                let (re, im) = (*re, *im);
                let part = Spec {
                    fill: None,
                    align: None,
                    width: None,
                    zero: false,
                    ..sp.clone()
                };
                let re_s = self.format_float(re, &part)?;
                let im_s = self.format_float(
                    im,
                    &Spec {
                        sign: Some('+'),
                        ..part.clone()
                    },
                )?;
                Ok(pad(&format!("{re_s}{im_s}j"), &sp, '>'))
            }
            Value::Complex(_, _) if sp.ty.is_some() => {
                let t = sp.ty.unwrap_or('?');
                Err(self.value_error(format!(
                    "Unknown format code '{t}' for object of type 'complex'"
                )))
            }
            Value::Complex(re, im)
                if sp.ty.is_none() && (sp.precision.is_some() || sp.sign.is_some()) =>
            {
                // format_complex_internal with no type: like str() (the sign applies to the
                // real part), but a precision makes both parts 'g'; a +0.0 real part is left
                // out, as str() leaves it.
                let (re, im) = (*re, *im);
                let skip_re = re == 0.0 && re.is_sign_positive();
                let part = Spec {
                    fill: None,
                    align: None,
                    width: None,
                    zero: false,
                    ty: sp.precision.map(|_| 'g'),
                    ..sp.clone()
                };
                let im_sign = if skip_re { part.sign } else { Some('+') };
                // Without a precision the parts are repr()s with no '.0' added ('r').
                let no_dot_0 = |s: String| match s.strip_suffix(".0") {
                    Some(t) if sp.precision.is_none() => t.to_string(),
                    _ => s,
                };
                let im_s = no_dot_0(self.format_float(
                    im,
                    &Spec {
                        sign: im_sign,
                        ..part.clone()
                    },
                )?);
                let s = if skip_re {
                    format!("{im_s}j")
                } else {
                    format!("({}{im_s}j)", no_dot_0(self.format_float(re, &part)?))
                };
                Ok(pad(&s, &sp, '>'))
            }
            Value::Complex(..) => {
                let s = self.str(v)?;
                Ok(pad(&s, &sp, '>'))
            }
            _ => {
                let tn = self.type_name(v);
                Err(self.type_error(format!(
                    "unsupported format string passed to {tn}.__format__"
                )))
            }
        }
    }

    fn format_int(&mut self, n: &BigInt, sp: &Spec) -> PyResult<String> {
        if let Some(t) = sp.ty.filter(|t| !"dnboxXc".contains(*t)) {
            // format_long_internal checks the presentation type before the precision
            return Err(self.value_error(format!(
                "Unknown format code '{t}' for object of type 'int'"
            )));
        }
        if sp.precision.is_some() {
            return Err(self.value_error("Precision not allowed in integer format specifier"));
        }
        if sp.z {
            return Err(self.value_error(
                "Negative zero coercion (z) not allowed in integer format specifier",
            ));
        }
        let sign = if n.is_negative() {
            "-"
        } else {
            match sp.sign {
                Some('+') => "+",
                Some(' ') => " ",
                _ => "",
            }
        };
        let a = n.abs();
        let (digits, prefix) = match sp.ty {
            None | Some('d') | Some('n') => (crate::objects::int::bigint_to_decimal(self, &a)?, ""),
            Some('b') => (a.to_str_radix(2), "0b"),
            Some('o') => (a.to_str_radix(8), "0o"),
            Some('x') => (a.to_str_radix(16), "0x"),
            Some('X') => (a.to_str_radix(16).to_uppercase(), "0X"),
            Some('c') => {
                // PyLong_AsLong first: past a C long it is that conversion's error
                if num_traits::ToPrimitive::to_i64(n).is_none() {
                    return Err(self.overflow_error("Python int too large to convert to C long"));
                }
                let c = num_traits::ToPrimitive::to_u32(n).and_then(char::from_u32);
                return match c {
                    Some(c) => Ok(pad(&c.to_string(), sp, '<')),
                    None => Err(self.overflow_error("%c arg not in range(0x110000)")),
                };
            }
            Some(t) => {
                return Err(self.value_error(format!(
                    "Unknown format code '{t}' for object of type 'int'"
                )));
            }
        };
        let prefix = if sp.alt { prefix } else { "" };
        let digits = match sp.grouping {
            Some(g) => {
                let every = if matches!(sp.ty, Some('b' | 'o' | 'x' | 'X')) {
                    4
                } else {
                    3
                };
                if g == ',' && matches!(sp.ty, Some('b' | 'o' | 'x' | 'X')) {
                    return Err(self.value_error(format!(
                        "Cannot specify ',' with '{}'.",
                        sp.ty.unwrap_or('d')
                    )));
                }
                group(&digits, g, every)
            }
            None => digits,
        };
        Ok(pad_number(sign, prefix, &digits, sp))
    }

    fn format_float(&mut self, f: f64, sp: &Spec) -> PyResult<String> {
        let neg = f.is_sign_negative() && !(f.is_nan());
        let sign = if neg {
            "-"
        } else {
            match sp.sign {
                Some('+') => "+",
                Some(' ') => " ",
                _ => "",
            }
        };
        let a = f.abs();
        let upper = matches!(sp.ty, Some('E' | 'F' | 'G'));
        if sp.precision.is_some_and(|p| p > i32::MAX as usize) {
            return Err(self.value_error("precision too big"));
        }
        crate::objects::arith::check_alloc(self, sp.precision.unwrap_or(0))?;
        if let Some(t) = sp.ty.filter(|t| !"eEfFgGn%".contains(*t)) {
            // checked before looking at the value: format(inf, 'r') is an error too
            return Err(self.value_error(format!(
                "Unknown format code '{t}' for object of type 'float'"
            )));
        }
        let mut body = if !a.is_finite() {
            let word = if a.is_nan() { "nan" } else { "inf" };
            if sp.ty == Some('%') {
                format!("{word}%")
            } else {
                word.to_string()
            }
        } else {
            // Rust's formatter panics past a precision of u16::MAX; a double's exact decimal
            // expansion ends within 1100 digits, so the digits past that are zeros.
            let prec = sp.precision.unwrap_or(6);
            let zeros = "0".repeat(prec.saturating_sub(1100));
            let prec = prec.min(1100);
            match sp.ty {
                Some('f' | 'F') => format!("{:.*}{zeros}", prec, a),
                Some('e' | 'E') => fmt_exp(a, prec, sp.alt).replacen('e', &format!("{zeros}e"), 1),
                Some('%') => format!("{:.*}{zeros}%", prec, a * 100.0),
                Some('g' | 'G') => fmt_general(a, prec, sp.alt, false),
                None => match sp.precision {
                    Some(_) => fmt_general(a, prec, sp.alt, true),
                    None => crate::objects::float::float_repr(a),
                },
                Some('n') => fmt_general(a, prec, sp.alt, false),
                Some(t) => {
                    return Err(self.value_error(format!(
                        "Unknown format code '{t}' for object of type 'float'"
                    )));
                }
            }
        };
        if upper {
            body = body.to_uppercase();
        }
        if sp.alt && !body.contains('.') && a.is_finite() {
            // `#`: the decimal point always shows, before any exponent or percent sign
            let at = body.find(['e', 'E', '%']).unwrap_or(body.len());
            body.insert(at, '.');
        }
        if let Some(g) = sp.grouping {
            body = group(&body, g, 3);
        }
        let sign = if neg
            && sp.z
            && !body.bytes().any(|b| b.is_ascii_digit() && b != b'0')
            && a.is_finite()
        {
            // `z`: the value rounded to zero loses its minus sign
            match sp.sign {
                Some('+') => "+",
                Some(' ') => " ",
                _ => "",
            }
        } else {
            sign
        };
        Ok(pad_number(sign, "", &body, sp))
    }
}

/// `%e` with CPython's 2-digit minimum exponent.
pub fn fmt_exp(a: f64, prec: usize, alt: bool) -> String {
    let s = format!("{:.*e}", prec, a);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    let mant = if alt && prec == 0 {
        format!("{mant}.")
    } else {
        mant.to_string()
    };
    format!("{mant}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// `%g`: `repr_mode` is the no-type float format with a precision (at least one digit
/// after the point is kept when it is an integral value... as CPython's 'r'-like rule).
pub fn fmt_general(a: f64, prec: usize, alt: bool, repr_mode: bool) -> String {
    let p = if prec == 0 { 1 } else { prec };
    if a == 0.0 {
        return if repr_mode && p == 1 {
            // the no-type rule's exponent limit is p - 1 = 0: zero goes scientific too
            if alt { "0.e+00" } else { "0e+00" }.into()
        } else if alt {
            format!("{:.*}", p - 1, 0.0)
        } else if repr_mode {
            "0.0".into()
        } else {
            "0".into()
        };
    }
    let s = format!("{:.*e}", p - 1, a);
    let (_, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let x: i32 = exp.parse().unwrap_or(0);
    // no presentation type (repr_mode, Py_DTSF_ADD_DOT_0): exponent one digit earlier,
    // as format_float_short (`format(1.5, '.1')` is '2e+00')
    let limit = if repr_mode { p as i32 - 1 } else { p as i32 };
    let mut out = if x < -4 || x >= limit {
        let m = fmt_exp(a, p - 1, alt);
        if alt {
            m
        } else {
            let (mant, e) = m.split_once('e').unwrap_or((&m, ""));
            let mant = if mant.contains('.') {
                mant.trim_end_matches('0').trim_end_matches('.')
            } else {
                mant
            };
            format!("{mant}e{e}")
        }
    } else {
        let f = format!("{:.*}", (p as i32 - 1 - x).max(0) as usize, a);
        if alt {
            f
        } else if f.contains('.') {
            f.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            f
        }
    };
    if repr_mode
        && !out.contains('.')
        && !out.contains('e')
        && !out.contains("inf")
        && !out.contains("nan")
    {
        out.push_str(".0");
    }
    out
}

/// printf-style `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    percent_format_impl(vm, fmt, args, false)
}

/// `bytes % args`: `fmt` and the result are latin-1 views of bytes; `%s`/`%b` insert the
/// bytes of bytes-like arguments.
pub fn percent_format_bytes(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    percent_format_impl(vm, fmt, args, true)
}

/// The bytes `%b`/`%s` of `bytes % args` inserts: a bytes-like object's bytes, or what its
/// `__bytes__` returns; anything else is CPython's TypeError.
fn percent_b_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(_) | Value::ByteArray(_) => return crate::objects::bytes::bytes_of(vm, v),
        Value::Instance(_) => match crate::objects::bytes::bytes_of(vm, v) {
            Ok(d) => return Ok(d),
            Err(e) if !vm.err_is(&e, "TypeError") => return Err(e),
            Err(_) => {}
        },
        _ => {}
    }
    if let Some(m) = vm.lookup_special(v, "__bytes__")? {
        let r = vm.call(&m, vec![])?;
        return match &r {
            Value::Bytes(b) => Ok(b.to_vec()),
            _ => {
                let tn = vm.type_name(&r);
                Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")))
            }
        };
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
    )))
}

fn percent_format_impl(vm: &mut Vm, fmt: &str, args: &Value, bytes: bool) -> PyResult<String> {
    // A tuple subclass (a namedtuple) is the argument tuple itself, as in CPython.
    let tuple_base = match crate::ops::unwrap_base(args) {
        Some(Value::Tuple(t)) => Some(t),
        _ => None,
    };
    let items: Vec<Value> = match (args, &tuple_base) {
        (Value::Tuple(t), _) | (_, Some(t)) => t.to_vec(),
        (other, None) => vec![other.clone()],
    };
    let mapping = match args {
        Value::Dict(_) => Some(args.clone()),
        Value::Instance(_)
            if tuple_base.is_none() && vm.lookup_special(args, "__getitem__")?.is_some() =>
        {
            Some(args.clone())
        }
        _ => None,
    };
    let mut idx = 0;
    let mut out = String::new();
    let cs: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    let next_arg = |vm: &mut Vm, idx: &mut usize| -> PyResult<Value> {
        let v = items.get(*idx).cloned();
        *idx += 1;
        v.ok_or_else(|| vm.type_error("not enough arguments for format string"))
    };
    let mut used_mapping = false;
    while i < cs.len() {
        let c = cs[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= cs.len() {
            return Err(vm.value_error("incomplete format"));
        }
        // only a `%` right after the `%` is a literal one: `%5%` takes an argument and then
        // fails as an unsupported format character, as CPython's unicode_format_arg
        let spec_start = i;
        let mut key_value: Option<Value> = None;
        if cs[i] == '(' {
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < cs.len() && depth > 0 {
                if cs[i] == '(' {
                    depth += 1;
                } else if cs[i] == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            let key: String = cs[start..i - 1].iter().collect();
            let Some(m) = &mapping else {
                return Err(vm.type_error("format requires a mapping"));
            };
            // bytes % mapping looks the key up as bytes
            let key = if bytes {
                let raw: Vec<u8> = key.chars().map(|c| c as u32 as u8).collect();
                Value::Bytes(raw.into())
            } else {
                Value::str(&key)
            };
            key_value = Some(vm.getitem(m, &key)?);
            used_mapping = true;
            // as CPython, a keyed field leaves nothing for the positional ones after it
            idx = items.len();
        }
        let mut flags = String::new();
        while i < cs.len() && matches!(cs[i], '-' | '+' | ' ' | '#' | '0') {
            flags.push(cs[i]);
            i += 1;
        }
        let mut width = String::new();
        if i < cs.len() && cs[i] == '*' {
            let w = next_arg(vm, &mut idx)?;
            width = vm.index_value(&w)?.to_string();
            i += 1;
        }
        while i < cs.len() && cs[i].is_ascii_digit() {
            width.push(cs[i]);
            i += 1;
        }
        if !width.starts_with('-')
            && width.parse::<u64>().map_or(true, |w| w > isize::MAX as u64)
            && !width.is_empty()
        {
            return Err(vm.value_error("width too big"));
        }
        let mut prec: Option<String> = None;
        if i < cs.len() && cs[i] == '.' {
            i += 1;
            let mut p = String::new();
            if i < cs.len() && cs[i] == '*' {
                let w = next_arg(vm, &mut idx)?;
                p = vm.index_value(&w)?.to_string();
                i += 1;
            }
            while i < cs.len() && cs[i].is_ascii_digit() {
                p.push(cs[i]);
                i += 1;
            }
            if !p.starts_with('-')
                && p.parse::<u64>().map_or(true, |n| n > i32::MAX as u64)
                && !p.is_empty()
            {
                return Err(vm.value_error("precision too big"));
            }
            prec = Some(if p.is_empty() { "0".into() } else { p });
        }
        while i < cs.len() && matches!(cs[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= cs.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = cs[i];
        i += 1;
        if conv == '%' && i - 1 == spec_start {
            out.push('%');
            continue;
        }
        let v = match key_value {
            Some(v) => v,
            None => next_arg(vm, &mut idx)?,
        };
        // the common bare `%s` of a str and `%d` of an int: written as they are
        if !bytes && flags.is_empty() && width.is_empty() && prec.is_none() {
            match (conv, &v) {
                ('s', Value::Str(s)) => {
                    out.push_str(s);
                    continue;
                }
                ('s' | 'd' | 'i', Value::Int(n)) => {
                    out.push_str(&n.to_string());
                    continue;
                }
                _ => {}
            }
        }
        let mut spec = String::new();
        let left = flags.contains('-');
        if left {
            spec.push('<');
        }
        if flags.contains('+') {
            spec.push('+');
        } else if flags.contains(' ') {
            spec.push(' ');
        }
        if flags.contains('#') {
            spec.push('#');
        }
        if flags.contains('0') && !left {
            spec.push('0');
        }
        spec.push_str(&width);
        let piece = match conv {
            's' | 'r' | 'a' | 'b' => {
                let s = match conv {
                    's' | 'b' if bytes => {
                        let data = percent_b_arg(vm, &v)?;
                        data.iter().map(|&c| c as char).collect()
                    }
                    's' => vm.str(&v)?.to_string(),
                    // bytes: `%r` is `%a`
                    'r' if !bytes => vm.repr(&v)?.to_string(),
                    _ => crate::objects::str::ascii_escape(&vm.repr(&v)?),
                };
                let s: String = match &prec {
                    Some(p) => s.chars().take(p.parse().unwrap_or(0)).collect(),
                    None => s,
                };
                let sp = Spec {
                    align: Some(if left { '<' } else { '>' }),
                    width: width.parse().ok(),
                    ..Default::default()
                };
                pad(&s, &sp, '>')
            }
            'd' | 'i' | 'u' => {
                let n = match &v {
                    Value::Float(f) => {
                        if !f.is_finite() {
                            return Err(
                                vm.overflow_error("cannot convert float infinity to integer")
                            );
                        }
                        Value::from_bigint(BigInt::from(f.trunc() as i128))
                    }
                    Value::Int(_) | Value::BigInt(_) => v.clone(),
                    // '%d' % True is '1' (int.__format__ with no spec would say 'True')
                    Value::Bool(b) => Value::Int(i64::from(*b)),
                    other => {
                        if let Some(m) = vm.lookup_special(other, "__int__")? {
                            vm.call(&m, vec![])?
                        } else {
                            let tn = vm.type_name(other);
                            return Err(vm.type_error(format!(
                                "%{conv} format: a real number is required, not {tn}"
                            )));
                        }
                    }
                };
                match &prec {
                    Some(p) => {
                        let p = p.parse().unwrap_or(0);
                        percent_int_prec(vm, &n, 'd', &flags, &width, p)?
                    }
                    None => vm.format(&n, &spec)?.as_str().unwrap_or("").to_string(),
                }
            }
            'x' | 'X' | 'o' => {
                let is_int =
                    |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
                let mut v = v.clone();
                if let (false, Value::Instance(_)) = (is_int(&v), &v) {
                    // an int subclass, or a class with __index__ (PyNumber_Index)
                    if let Some(m) = vm.lookup_special(&v, "__index__")? {
                        v = vm.call(&m, vec![])?;
                    } else if let Some(b) = crate::ops::unwrap_base(&v) {
                        v = b;
                    }
                }
                if !is_int(&v) {
                    let tn = vm.type_name(&v);
                    return Err(
                        vm.type_error(format!("%{conv} format: an integer is required, not {tn}"))
                    );
                }
                if let Some(p) = &prec {
                    let p = p.parse().unwrap_or(0);
                    percent_int_prec(vm, &v, conv, &flags, &width, p)?
                } else {
                    let mut sp2 = spec.clone();
                    sp2.push(conv);
                    vm.format(&v, &sp2)?.as_str().unwrap_or("").to_string()
                }
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match crate::objects::float::to_f64(vm, &v) {
                    Ok(f) => f,
                    Err(_) => {
                        let tn = vm.type_name(&v);
                        return Err(vm.type_error(format!("must be real number, not {tn}")));
                    }
                };
                let mut sp2 = spec.clone();
                sp2.push('.');
                sp2.push_str(prec.as_deref().unwrap_or("6"));
                sp2.push(conv);
                vm.format(&Value::Float(f), &sp2)?
                    .as_str()
                    .unwrap_or("")
                    .to_string()
            }
            'c' => {
                let s = match &v {
                    Value::Int(i) if (0..if bytes { 256 } else { 0x110000 }).contains(i) => {
                        char::from_u32(*i as u32)
                            .map(|c| c.to_string())
                            .unwrap_or_default()
                    }
                    Value::Int(_) | Value::BigInt(_) => {
                        let range = if bytes { "256" } else { "0x110000" };
                        return Err(vm.overflow_error(format!("%c arg not in range({range})")));
                    }
                    Value::Str(s) if !bytes && s.chars().count() == 1 => s.to_string(),
                    Value::Bytes(b) if bytes && b.len() == 1 => char::from(b[0]).to_string(),
                    Value::ByteArray(b) if bytes && b.borrow().len() == 1 => {
                        char::from(b.borrow()[0]).to_string()
                    }
                    _ if bytes => {
                        return Err(
                            vm.type_error("%c requires an integer in range(256) or a single byte")
                        )
                    }
                    _ => return Err(vm.type_error("%c requires int or char")),
                };
                let sp = Spec {
                    align: Some(if left { '<' } else { '>' }),
                    width: width.parse().ok(),
                    ..Default::default()
                };
                pad(&s, &sp, '>')
            }
            other => {
                return Err(vm.value_error(format!(
                    "unsupported format character '{other}' ({:#x}) at index {}",
                    other as u32,
                    i - 1
                )));
            }
        };
        out.push_str(&piece);
    }
    if !used_mapping && idx < items.len() && !matches!(args, Value::Dict(_)) && mapping.is_none() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kw: &[(Rc<str>, Value)],
) -> PyResult<String> {
    let d = vm.new_dict();
    for (k, v) in kw {
        d.borrow_mut().set_str(k, v.clone());
    }
    format_impl(vm, fmt, args, &Value::Dict(d), &mut 0, 2)
}

pub fn str_format_map(vm: &mut Vm, fmt: &str, mapping: &Value) -> PyResult<String> {
    format_impl(vm, fmt, &[], mapping, &mut 0, 2)
}

fn format_impl(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kw: &Value,
    auto: &mut usize,
    depth: u32,
) -> PyResult<String> {
    let cs: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c == '{' {
            if i + 1 < cs.len() && cs[i + 1] == '{' {
                out.push('{');
                i += 2;
                continue;
            }
            // find matching }
            let mut j = i + 1;
            let mut nest = 1;
            // in the field name, an index's brackets hold any character ('{[}]}'), as
            // parse_field skips them
            let mut in_name = true;
            while j < cs.len() {
                if in_name && cs[j] == '[' {
                    while j < cs.len() && cs[j] != ']' {
                        j += 1;
                    }
                    continue;
                }
                if matches!(cs[j], ':' | '!') {
                    in_name = false;
                }
                if cs[j] == '{' {
                    nest += 1;
                } else if cs[j] == '}' {
                    nest -= 1;
                    if nest == 0 {
                        break;
                    }
                }
                j += 1;
            }
            if i + 1 == cs.len() {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            if j >= cs.len() {
                return Err(vm.value_error(unterminated_field(&cs[i + 1..])));
            }
            let field: String = cs[i + 1..j].iter().collect();
            i = j + 1;
            let name_end = field_name_end(&field);
            let (name_conv, spec) = match field[name_end..].find(':') {
                Some(p) => (
                    field[..name_end + p].to_string(),
                    field[name_end + p + 1..].to_string(),
                ),
                None => (field.clone(), String::new()),
            };
            let (name, conv) = match name_conv[name_end..].find('!').map(|p| p + name_end) {
                Some(p) => {
                    // exactly one conversion character, then ':' or the end of the field
                    let n = name_conv[p + 1..].chars().count();
                    if n > 1 || (n == 0 && i < cs.len()) {
                        return Err(vm.value_error("expected ':' after conversion specifier"));
                    }
                    if n == 0 {
                        return Err(vm.value_error("unmatched '{' in format spec"));
                    }
                    (
                        name_conv[..p].to_string(),
                        name_conv[p + 1..].chars().next(),
                    )
                }
                None => (name_conv.clone(), None),
            };
            // first part of the name: index or key
            let split = name.find(['.', '[']).unwrap_or(name.len());
            let (head, mut rest) = (&name[..split], &name[split..]);
            // `auto` counts the automatic fields; usize::MAX once a field was numbered
            // (str.format refuses to mix the two, as CPython's MarkupIterator)
            let mut v = if head.is_empty() {
                if *auto == usize::MAX {
                    return Err(vm.value_error(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                let k = *auto;
                *auto += 1;
                args.get(k).cloned().ok_or_else(|| {
                    vm.index_error(format!(
                        "Replacement index {k} out of range for positional args tuple"
                    ))
                })?
            } else if let Ok(k) = head.parse::<usize>() {
                if *auto != 0 && *auto != usize::MAX {
                    return Err(vm.value_error(
                        "cannot switch from automatic field numbering to manual field specification",
                    ));
                }
                *auto = usize::MAX;
                args.get(k).cloned().ok_or_else(|| {
                    vm.index_error(format!(
                        "Replacement index {k} out of range for positional args tuple"
                    ))
                })?
            } else {
                match vm.getitem(kw, &Value::str(head)) {
                    Ok(v) => v,
                    Err(e) if vm.err_is(&e, "KeyError") => {
                        return Err(vm.key_error(Value::str(head)))
                    }
                    Err(e) => return Err(e),
                }
            };
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let end = r.find(['.', '[']).unwrap_or(r.len());
                    if end == 0 {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    v = vm.getattr(&v, &r[..end])?;
                    rest = &r[end..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let end = r.find(']').unwrap_or(r.len());
                    let key = &r[..end];
                    if key.is_empty() {
                        return Err(vm.value_error("Empty attribute in format string"));
                    }
                    let k = match key.parse::<i64>() {
                        Ok(n) => Value::Int(n),
                        Err(_) => Value::str(key),
                    };
                    v = vm.getitem(&v, &k)?;
                    rest = r.get(end + 1..).unwrap_or("");
                    if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                        return Err(vm.value_error(
                            "Only '.' or '[' may follow ']' in format field specifier",
                        ));
                    }
                } else {
                    break;
                }
            }
            let v = match conv {
                Some('r') => Value::Str(vm.repr(&v)?),
                Some('s') => Value::Str(vm.str(&v)?),
                Some('a') => Value::str(&crate::objects::str::ascii_escape(&vm.repr(&v)?)),
                Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
                None => v,
            };
            let spec = if spec.contains('{') {
                // build_string at recursion depth 0: a spec nested twice
                if depth <= 1 {
                    return Err(vm.value_error("Max string recursion exceeded"));
                }
                format_impl(vm, &spec, args, kw, auto, depth - 1)?
            } else {
                spec
            };
            let r = vm.format(&v, &spec)?;
            out.push_str(r.as_str().unwrap_or(""));
        } else if c == '}' {
            if i + 1 < cs.len() && cs[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

#[allow(dead_code)]
fn _z(b: &BigInt) -> bool {
    b.is_zero()
}

/// `%d`, `%x`, `%X`, `%o` with a precision: the digits zero-padded to it, then the sign and
/// the `#` prefix, then the width (spaces, or zeros after sign and prefix with the `0` flag).
fn percent_int_prec(
    vm: &mut Vm,
    n: &Value,
    conv: char,
    flags: &str,
    width: &str,
    prec: usize,
) -> PyResult<String> {
    crate::objects::arith::check_alloc(vm, prec)?;
    let b = vm.to_bigint(n).unwrap_or_default();
    let a = b.abs();
    let mut digits = match conv {
        'x' => a.to_str_radix(16),
        'X' => a.to_str_radix(16).to_uppercase(),
        'o' => a.to_str_radix(8),
        _ => crate::objects::int::bigint_to_decimal(vm, &a)?,
    };
    if digits.len() < prec {
        digits = format!("{}{digits}", "0".repeat(prec - digits.len()));
    }
    let sign = if b.is_negative() {
        "-"
    } else if flags.contains('+') {
        "+"
    } else if flags.contains(' ') {
        " "
    } else {
        ""
    };
    let prefix = match conv {
        'x' if flags.contains('#') => "0x",
        'X' if flags.contains('#') => "0X",
        'o' if flags.contains('#') => "0o",
        _ => "",
    };
    let w: usize = width.trim_start_matches('-').parse().unwrap_or(0);
    let pad = w.saturating_sub(sign.len() + prefix.len() + digits.len());
    crate::objects::arith::check_alloc(vm, pad)?;
    Ok(if flags.contains('-') || width.starts_with('-') {
        format!("{sign}{prefix}{digits}{}", " ".repeat(pad))
    } else if flags.contains('0') {
        format!("{sign}{prefix}{}{digits}", "0".repeat(pad))
    } else {
        format!("{}{sign}{prefix}{digits}", " ".repeat(pad))
    })
}
