//! bytes and bytearray: repr and the common methods.

use std::rc::Rc;

use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn bytes_repr(b: &[u8]) -> String {
    bytes_repr_quoted(b, false)
}

/// The `b'...'` inside a bytearray's repr: bytearray_repr escapes every single quote, even
/// inside double quotes (`bytearray(b"\'")`).
pub fn bytearray_repr_body(b: &[u8]) -> String {
    bytes_repr_quoted(b, true)
}

fn bytes_repr_quoted(b: &[u8], escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote || (escape_single && c == b'\'') => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

pub fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.to_vec()),
        Value::ByteArray(b) => Ok(b.borrow().clone()),
        Value::Instance(_) => match crate::objects::memoryview::raw_bytes(vm, v) {
            Some(r) => r,
            None => match crate::ops::unwrap_base(v) {
                Some(b) => bytes_of(vm, &b),
                // a Python class exporting a buffer (array.array)
                None => match crate::objects::memoryview::exported_bytes(vm, v) {
                    Some(r) => r,
                    None => {
                        let tn = vm.type_name(v);
                        Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
                    }
                },
            },
        },
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

fn wrap(like: &Value, data: Vec<u8>) -> Value {
    match like {
        Value::ByteArray(_) => Value::ByteArray(Rc::new(std::cell::RefCell::new(data))),
        _ => Value::Bytes(data.into()),
    }
}

/// The error handler `errors` for the undecodable bytes `data[start..end]`: what it puts in
/// `out`, or the `UnicodeDecodeError` ("strict") / `LookupError` (an unknown name).
#[allow(clippy::too_many_arguments)]
fn decode_error(
    vm: &mut Vm,
    obj: &Value,
    data: &[u8],
    codec: &str,
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
    out: &mut String,
) -> PyResult<()> {
    use crate::objects::exceptions::unicode_error;
    match errors {
        "strict" => {
            // the decoded object itself when it is a bytes (a bytearray's is a bytes copy)
            let o = match obj {
                Value::Bytes(_) => obj.clone(),
                _ => Value::Bytes(data.to_vec().into()),
            };
            Err(unicode_error(
                vm,
                "UnicodeDecodeError",
                codec,
                o,
                start,
                end,
                reason,
            ))
        }
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "ignore" => Ok(()),
        "backslashreplace" => {
            for c in &data[start..end] {
                out.push_str(&format!("\\x{c:02x}"));
            }
            Ok(())
        }
        other => Err(vm.new_error(
            "LookupError",
            format!("unknown error handler name '{other}'"),
        )),
    }
}

/// The unicode_escape (`raw`: raw_unicode_escape) decoder: Python string-literal escapes,
/// other bytes as Latin-1; the raw form knows only `\\uXXXX` and `\\UXXXXXXXX`.
fn unicode_escape_decode(
    vm: &mut Vm,
    obj: &Value,
    data: &[u8],
    raw: bool,
    errors: &str,
) -> PyResult<String> {
    let codec = if raw {
        "rawunicodeescape"
    } else {
        "unicodeescape"
    };
    let (mut out, mut i) = (String::new(), 0);
    while i < data.len() {
        let c = data[i];
        // in the raw form only an odd run of backslashes before u/U escapes
        let run = data[i..].iter().take_while(|&&b| b == b'\\').count();
        let next = data.get(i + run.max(1)).copied();
        if c != b'\\' || (raw && (run % 2 == 0 || !matches!(next, Some(b'u' | b'U')))) {
            let n = if c == b'\\' { run } else { 1 };
            out.extend(data[i..i + n].iter().map(|&b| b as char));
            i += n;
            continue;
        }
        if raw {
            out.extend(std::iter::repeat_n('\\', run - 1));
            i += run - 1;
        }
        let Some(e) = data.get(i + 1).copied() else {
            decode_error(
                vm,
                obj,
                data,
                codec,
                i,
                i + 1,
                "\\ at end of string",
                errors,
                &mut out,
            )?;
            break;
        };
        let simple = match e {
            b'\n' => Some(None),
            b'\\' | b'\'' | b'"' => Some(Some(e as char)),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            b'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(ch) = simple {
            out.extend(ch);
            i += 2;
            continue;
        }
        if (b'0'..=b'7').contains(&e) {
            let len = data[i + 1..]
                .iter()
                .take(3)
                .take_while(|b| (b'0'..=b'7').contains(*b))
                .count();
            let n = data[i + 1..i + 1 + len]
                .iter()
                .fold(0u32, |acc, &b| acc * 8 + (b - b'0') as u32);
            out.push(char::from_u32(n).unwrap_or('\u{fffd}'));
            i += 1 + len;
            continue;
        }
        let (width, what) = match e {
            b'x' => (2, "truncated \\xXX escape"),
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            b'N' => (0, "malformed \\N character escape"),
            _ => {
                vm.warn(
                    "DeprecationWarning",
                    &format!("invalid escape sequence '\\{}'", e as char),
                )?;
                out.push('\\');
                out.push(e as char);
                i += 2;
                continue;
            }
        };
        let (found, end) = if e == b'N' {
            let close = data[i + 2..].iter().position(|&b| b == b'}');
            match (data.get(i + 2), close) {
                (Some(b'{'), Some(k)) if k > 1 => {
                    let name = String::from_utf8_lossy(&data[i + 3..i + 2 + k]);
                    match unicode_names2::character(&name) {
                        Some(ch) => (Ok(ch), i + 3 + k),
                        None => (Err("unknown Unicode character name"), i + 3 + k),
                    }
                }
                _ => (Err(what), data.len().min(i + 3)),
            }
        } else {
            let hex = data[i + 2..]
                .iter()
                .take(width)
                .take_while(|b| b.is_ascii_hexdigit())
                .count();
            let text = std::str::from_utf8(&data[i + 2..i + 2 + hex]).unwrap_or("0");
            let n = u32::from_str_radix(text, 16).unwrap_or(0);
            let bad = if raw {
                "\\Uxxxxxxxx out of range"
            } else {
                "illegal Unicode character"
            };
            match char::from_u32(n) {
                _ if hex < width => (Err(what), i + 2 + hex),
                Some(ch) => (Ok(ch), i + 2 + hex),
                None => (Err(bad), i + 2 + hex),
            }
        };
        match found {
            Ok(ch) => out.push(ch),
            Err(why) => decode_error(vm, obj, data, codec, i, end, why, errors, &mut out)?,
        }
        i = end;
    }
    Ok(out)
}

/// The `errors` argument of `str.encode` / `bytes.decode` (second positional or keyword),
/// "strict" when absent.
pub(crate) fn errors_arg(a: &Args) -> String {
    a.pos
        .get(2)
        .cloned()
        .or_else(|| a.kwarg("errors"))
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_else(|| "strict".into())
}

/// The codecs pydive writes in Python (lib/encodings/idna.py, punycode.py): `a.pos[0]`
/// encoded or decoded through their module's `getregentry()`.
pub(crate) fn lib_codec(vm: &mut Vm, name: &str, encode: bool, a: &Args) -> PyResult<Value> {
    let module = vm.import_module(&format!("encodings.{name}"))?;
    let info = vm.call_method(&module, "getregentry", vec![])?;
    let method = if encode { "encode" } else { "decode" };
    let errors = Value::str(&errors_arg(a));
    let pair = vm.call_method(&info, method, vec![a.pos[0].clone(), errors])?;
    vm.getitem(&pair, &Value::Int(0))
}

/// The `encoding` and `errors` arguments of `str.encode` / `bytes.decode` (`method`), by
/// position or keyword, must be str (or a str subclass).
pub(crate) fn check_codec_args(vm: &Vm, a: &Args, method: &str) -> PyResult<()> {
    for (i, what) in [(1, "encoding"), (2, "errors")] {
        let v = a.pos.get(i).cloned().or_else(|| a.kwarg(what));
        let not_str = |v: &Value| {
            !matches!(v, Value::Str(_))
                && !matches!(crate::ops::unwrap_base(v), Some(Value::Str(_)))
        };
        if let Some(v) = v.filter(not_str) {
            let tn = vm.type_name(&v);
            return Err(vm.type_error(format!(
                "{method}() argument '{what}' must be str, not {tn}"
            )));
        }
    }
    Ok(())
}

fn b_decode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    check_codec_args(vm, &a, "decode")?;
    let data = bytes_of(vm, &a.pos[0])?;
    let enc = a
        .pos
        .get(1)
        .cloned()
        .or_else(|| a.kwarg("encoding"))
        .and_then(|v| v.as_str().map(|s| s.to_lowercase()))
        .unwrap_or_else(|| "utf-8".into());
    let errors = errors_arg(&a);
    match enc.replace('_', "-").as_str() {
        "utf-8" | "utf8" | "utf-8-sig" | "utf8-sig" => {
            let mut out = String::new();
            // utf-8-sig: a byte order mark at the start is not text
            let bom = enc.ends_with("sig") && data.starts_with(b"\xef\xbb\xbf");
            let mut i = if bom { 3 } else { 0 };
            while i < data.len() {
                match std::str::from_utf8(&data[i..]) {
                    Ok(t) => {
                        out.push_str(t);
                        break;
                    }
                    Err(e) => {
                        let good = i + e.valid_up_to();
                        out.push_str(std::str::from_utf8(&data[i..good]).unwrap_or_default());
                        let bad = e.error_len().unwrap_or(data.len() - good);
                        // CPython's reasons (Objects/stringlib/codecs.h)
                        let reason = if matches!(data[good], 0x80..=0xc1 | 0xf5..=0xff) {
                            "invalid start byte"
                        } else if e.error_len().is_none() {
                            "unexpected end of data"
                        } else {
                            "invalid continuation byte"
                        };
                        decode_error(
                            vm,
                            &a.pos[0],
                            &data,
                            "utf-8",
                            good,
                            good + bad,
                            reason,
                            &errors,
                            &mut out,
                        )?;
                        i = good + bad;
                    }
                }
            }
            Ok(Value::str(&out))
        }
        e @ ("unicode-escape" | "raw-unicode-escape") => {
            let raw = e.starts_with("raw");
            let text = unicode_escape_decode(vm, &a.pos[0], &data, raw, &errors)?;
            Ok(Value::str(&text))
        }
        codec @ ("idna" | "punycode") => lib_codec(vm, codec, false, &a),
        "latin-1" | "latin1" | "iso-8859-1" => Ok(Value::str(
            &data.iter().map(|&c| c as char).collect::<String>(),
        )),
        "ascii" => {
            let mut out = String::new();
            for (p, &c) in data.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                } else {
                    let why = "ordinal not in range(128)";
                    decode_error(
                        vm,
                        &a.pos[0],
                        &data,
                        "ascii",
                        p,
                        p + 1,
                        why,
                        &errors,
                        &mut out,
                    )?;
                }
            }
            Ok(Value::str(&out))
        }
        other => {
            match crate::objects::str::wide_codec(other) {
                Some((unit, order)) => {
                    let lossy = errors == "replace" || errors == "ignore";
                    match crate::objects::str::decode_wide(&data, unit, order, lossy) {
                        Ok(s) if errors == "ignore" => Ok(Value::str(&s.replace('\u{fffd}', ""))),
                        Ok(s) => Ok(Value::str(&s)),
                        Err((pos, why, big)) => {
                            let bits = unit * 8;
                            let name = format!("utf-{bits}-{}", if big { "be" } else { "le" });
                            let end = (pos + unit).min(data.len());
                            let msg = if end - pos == 1 {
                                format!("'{name}' codec can't decode byte {:#04x} in position {pos}: {why}", data[pos])
                            } else {
                                format!(
                                    "'{name}' codec can't decode bytes in position {pos}-{}: {why}",
                                    end - 1
                                )
                            };
                            Err(vm.new_error("UnicodeDecodeError", msg))
                        }
                    }
                }
                None => match crate::objects::charmap::find(&enc) {
                    Some(table) => {
                        let text =
                            crate::objects::charmap::decode(vm, &a.pos[0], &data, table, &errors)?;
                        Ok(Value::str(&text))
                    }
                    None => Err(vm.new_error("LookupError", format!("unknown encoding: {other}"))),
                },
            }
        }
    }
}

fn b_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let data = bytes_of(vm, &a.pos[0])?;
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let hex: Vec<[u8; 2]> = data
        .iter()
        .map(|&b| [DIGITS[(b >> 4) as usize], DIGITS[(b & 15) as usize]])
        .collect();
    let text = |hex: &[[u8; 2]]| -> Value {
        let flat: Vec<u8> = hex.iter().flatten().copied().collect();
        Value::str(std::str::from_utf8(&flat).unwrap_or_default())
    };
    let sep = match a.pos.get(1).cloned().or_else(|| a.kwarg("sep")) {
        None => return Ok(text(&hex)),
        Some(Value::Str(s)) => s.to_string(),
        Some(v @ (Value::Bytes(_) | Value::ByteArray(_))) => {
            bytes_of(vm, &v)?.iter().map(|&c| c as char).collect()
        }
        Some(v) => {
            // _Py_strhex_impl takes the length first
            if vm.len(&v)? != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            return Err(vm.type_error("sep must be str or bytes."));
        }
    };
    if sep.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    let per = match a.pos.get(2).cloned().or_else(|| a.kwarg("bytes_per_sep")) {
        Some(v) => vm.index_value(&v)?,
        None => 1,
    };
    if per == 0 || hex.is_empty() {
        return Ok(text(&hex));
    }
    // Groups of |per| bytes, counted from the right for a positive count.
    let n = per.unsigned_abs() as usize;
    let len = hex.len();
    let mut out = String::new();
    for (i, h) in hex.iter().enumerate() {
        let boundary = if per > 0 {
            (len - i).is_multiple_of(n)
        } else {
            i.is_multiple_of(n)
        };
        if i > 0 && boundary {
            out.push_str(&sep);
        }
        out.push(h[0] as char);
        out.push(h[1] as char);
    }
    Ok(Value::str(&out))
}

fn b_fromhex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // _PyBytes_FromHex: pairs of hex digits, ASCII white space allowed before each pair; the
    // error names the position of the first character that does not fit (the length when
    // the last pair is cut short, the first non-ASCII character of a non-ASCII string).
    let s = match a.pos.get(1) {
        Some(Value::Str(s)) => s.clone(),
        other => {
            let tn = match other {
                None | Some(Value::None) => Rc::from("None"),
                Some(v) => vm.type_name(v),
            };
            return Err(vm.type_error(format!("fromhex() argument must be str, not {tn}")));
        }
    };
    let bad = |vm: &mut Vm, at: usize| {
        vm.value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {at}"
        ))
    };
    if !s.is_ascii() {
        let at = s.chars().take_while(char::is_ascii).count();
        return Err(bad(vm, at));
    }
    let b = s.as_bytes();
    let digit = |c: u8| (c as char).to_digit(16).map(|d| d as u8);
    let mut out = Vec::with_capacity(b.len() / 2);
    let mut i = 0;
    while i < b.len() {
        if matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            i += 1;
            continue;
        }
        let Some(top) = digit(b[i]) else {
            return Err(bad(vm, i));
        };
        let Some(bot) = b.get(i + 1).copied().and_then(digit) else {
            return Err(bad(vm, i + 1));
        };
        out.push((top << 4) | bot);
        i += 2;
    }
    Ok(match a.pos.first() {
        Some(Value::Type(t)) if &*t.name() == "bytearray" => {
            Value::ByteArray(Rc::new(std::cell::RefCell::new(out)))
        }
        _ => Value::Bytes(out.into()),
    })
}

fn b_join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sep = bytes_of(vm, &a.pos[0])?;
    let it = match vm.iter(&a.pos[1]) {
        Err(e) if vm.err_is(&e, "TypeError") => {
            return Err(vm.type_error("can only join an iterable"))
        }
        other => other?,
    };
    let items = vm.collect(&it)?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(bytes_of(vm, it)?);
    }
    Ok(wrap(&a.pos[0], out))
}

fn b_upper(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = bytes_of(vm, &a.pos[0])?;
    Ok(wrap(&a.pos[0], d.to_ascii_uppercase()))
}
fn b_lower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = bytes_of(vm, &a.pos[0])?;
    Ok(wrap(&a.pos[0], d.to_ascii_lowercase()))
}
fn b_strip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip_impl(vm, a, true, true)
}
fn b_lstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip_impl(vm, a, true, false)
}
fn b_rstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    strip_impl(vm, a, false, true)
}
fn strip_impl(vm: &mut Vm, a: Args, left: bool, right: bool) -> PyResult<Value> {
    let d = bytes_of(vm, &a.pos[0])?;
    let chars = match a.pos.get(1) {
        Some(Value::None) | None => b" \t\n\r\x0b\x0c".to_vec(),
        Some(v) => bytes_of(vm, v)?,
    };
    let start = if left {
        d.iter().position(|c| !chars.contains(c)).unwrap_or(d.len())
    } else {
        0
    };
    let end = if right {
        d.iter()
            .rposition(|c| !chars.contains(c))
            .map(|p| p + 1)
            .unwrap_or(start)
    } else {
        d.len()
    };
    Ok(wrap(&a.pos[0], d[start..end.max(start)].to_vec()))
}
fn b_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    split_impl(vm, &a, false)
}
fn b_rsplit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    split_impl(vm, &a, true)
}
/// bytes.split / rsplit (`stringlib/split.h`): runs of ASCII whitespace (`Py_ISSPACE`: space,
/// \t \n \v \f \r) or a separator, at most `maxsplit` times, from the left or the right.
fn split_impl(vm: &mut Vm, a: &Args, right: bool) -> PyResult<Value> {
    let d = bytes_of(vm, &a.pos[0])?;
    let sep = a.pos.get(1).cloned().or_else(|| a.kwarg("sep"));
    let mut max = match a.pos.get(2).cloned().or_else(|| a.kwarg("maxsplit")) {
        Some(v) => usize::try_from(vm.index_value(&v)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let mut parts: Vec<&[u8]> = Vec::new();
    match sep.filter(|s| !s.is_none()) {
        None => {
            let ws = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
            let (mut i, mut j) = (0, d.len());
            loop {
                while i < j && ws(if right { d[j - 1] } else { d[i] }) {
                    if right {
                        j -= 1
                    } else {
                        i += 1
                    }
                }
                if i == j {
                    break;
                }
                if max == 0 {
                    parts.push(&d[i..j]);
                    break;
                }
                let edge = if right { j } else { i };
                while i < j && !ws(if right { d[j - 1] } else { d[i] }) {
                    if right {
                        j -= 1
                    } else {
                        i += 1
                    }
                }
                parts.push(if right { &d[j..edge] } else { &d[edge..i] });
                max -= 1;
            }
        }
        Some(sep) => {
            let sep = bytes_of(vm, &sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let n = sep.len();
            let (mut start, mut end) = (0, d.len());
            if right {
                let mut i = d.len();
                while max > 0 && i >= n {
                    if d[i - n..i] == sep[..] {
                        parts.push(&d[i..end]);
                        i -= n;
                        end = i;
                        max -= 1;
                    } else {
                        i -= 1;
                    }
                }
            } else {
                let mut i = 0;
                while max > 0 && i + n <= d.len() {
                    if d[i..i + n] == sep[..] {
                        parts.push(&d[start..i]);
                        i += n;
                        start = i;
                        max -= 1;
                    } else {
                        i += 1;
                    }
                }
            }
            parts.push(&d[start..end]);
        }
    }
    if right {
        parts.reverse();
    }
    Ok(Value::list(
        parts
            .into_iter()
            .map(|p| wrap(&a.pos[0], p.to_vec()))
            .collect(),
    ))
}
/// The first argument of startswith/endswith/find/count must be bytes-like (or, for the
/// first two, a tuple of them; for the last two, a byte value); then the work, with the
/// optional start/end and tuples, is str's on the latin-1 image (`via_str`).
fn bytes_search(vm: &mut Vm, a: Args, name: &str) -> PyResult<Value> {
    let Some(arg) = a.pos.get(1) else {
        return Err(vm.type_error(format!("{name}() takes at least 1 argument (0 given)")));
    };
    let bytes_like = |v: &Value| {
        matches!(v, Value::Bytes(_) | Value::ByteArray(_))
            || matches!(
                crate::ops::unwrap_base(v),
                Some(Value::Bytes(_) | Value::ByteArray(_))
            )
    };
    let prefix_like = matches!(name, "startswith" | "endswith");
    if let (Value::Tuple(items), true) = (arg, prefix_like) {
        // Each prefix in turn, checked only when reached (as CPython's tailmatch loop).
        for item in items.iter() {
            if !bytes_like(item) {
                let tn = vm.type_name(item);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
            }
            let mut one = a.pos.clone();
            one[1] = item.clone();
            let found = native_search(vm, &Args::new(one), name)?;
            if vm.truthy(&found)? {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let ok = match arg {
        Value::Int(_) | Value::Bool(_) if !prefix_like => true,
        v => bytes_like(v),
    };
    if !ok {
        let tn = vm.type_name(arg);
        return Err(vm.type_error(if prefix_like {
            format!("{name} first arg must be bytes or a tuple of bytes, not {tn}")
        } else {
            format!("argument should be integer or bytes-like object, not '{tn}'")
        }));
    }
    native_search(vm, &a, name)
}

/// A slice bound of the search methods: None, or an index clamped as `_PyEval_SliceIndex`
/// does, then adjusted against `len` as `ADJUST_INDICES`.
fn search_bound(vm: &mut Vm, v: Option<&Value>, default: i64, len: i64) -> PyResult<i64> {
    let raw = match v {
        None | Some(Value::None) => return Ok(default),
        Some(Value::BigInt(b)) => {
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }
        }
        Some(v) => vm.index_value(v).map_err(|e| {
            if vm.err_is(&e, "TypeError") {
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            } else {
                e
            }
        })?,
    };
    Ok(if raw < 0 { (raw + len).max(0) } else { raw })
}

/// find/rfind/index/rindex/count/startswith/endswith on the bytes themselves (one borrow
/// of the receiver's buffer, no copy of it).
fn native_search(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    if !a.kw.is_empty() {
        let tn = match &a.pos[0] {
            Value::ByteArray(_) => "bytearray",
            _ => "bytes",
        };
        return Err(vm.type_error(format!("{tn}.{name}() takes no keyword arguments")));
    }
    if a.pos.len() > 4 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    let sub: Vec<u8> = match &a.pos[1] {
        Value::Int(n) => {
            if !(0..256).contains(n) {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            }
            vec![*n as u8]
        }
        Value::Bool(b) => vec![*b as u8],
        v => bytes_of(vm, v)?,
    };
    let me = match &a.pos[0] {
        Value::Instance(_) => crate::ops::unwrap_base(&a.pos[0]).unwrap_or(Value::None),
        v => v.clone(),
    };
    let len = match &me {
        Value::Bytes(b) => b.len(),
        Value::ByteArray(b) => b.borrow().len(),
        _ => return Err(vm.type_error("a bytes-like object is required")),
    } as i64;
    let start = search_bound(vm, a.pos.get(2), 0, len)?;
    let end = search_bound(vm, a.pos.get(3), len, len)?.min(len);
    // No Python code runs from here on, so the buffer can stay borrowed.
    let guard;
    let data: &[u8] = match &me {
        Value::Bytes(b) => b,
        Value::ByteArray(b) => {
            guard = b.borrow();
            &guard
        }
        _ => &[],
    };
    let m = sub.len() as i64;
    let window = |lo: i64, hi: i64| -> &[u8] {
        if lo >= hi {
            &[]
        } else {
            &data[lo as usize..hi as usize]
        }
    };
    match name {
        "startswith" | "endswith" => {
            if start > len || end - start < m {
                return Ok(Value::Bool(false));
            }
            let at = if name == "startswith" { start } else { end - m };
            Ok(Value::Bool(data[at as usize..(at + m) as usize] == sub[..]))
        }
        "count" => {
            if start > len {
                return Ok(Value::Int(0));
            }
            if m == 0 {
                return Ok(Value::Int(if end >= start { end - start + 1 } else { 0 }));
            }
            let hay = window(start, end);
            let (mut n, mut i) = (0i64, 0usize);
            while i + sub.len() <= hay.len() {
                if hay[i..i + sub.len()] == sub[..] {
                    n += 1;
                    i += sub.len();
                } else {
                    i += 1;
                }
            }
            Ok(Value::Int(n))
        }
        _ => {
            let found = if start > len || end - start < m {
                None
            } else if m == 0 {
                Some(if name.starts_with('r') { end } else { start })
            } else {
                let hay = window(start, end);
                let pos = if name.starts_with('r') {
                    hay.windows(sub.len()).rposition(|w| w == &sub[..])
                } else {
                    hay.windows(sub.len()).position(|w| w == &sub[..])
                };
                pos.map(|p| start + p as i64)
            };
            match found {
                Some(i) => Ok(Value::Int(i)),
                None if name.ends_with("index") => Err(vm.value_error("subsection not found")),
                None => Ok(Value::Int(-1)),
            }
        }
    }
}
fn b_startswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    bytes_search(vm, a, "startswith")
}
fn b_endswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    bytes_search(vm, a, "endswith")
}
fn b_find(vm: &mut Vm, a: Args) -> PyResult<Value> {
    bytes_search(vm, a, "find")
}
fn b_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    bytes_search(vm, a, "count")
}
fn b_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    bytes_search(vm, a, "index")
}
fn b_rindex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    bytes_search(vm, a, "rindex")
}
fn b_rfind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    bytes_search(vm, a, "rfind")
}
fn b_replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = bytes_of(vm, &a.pos[0])?;
    let old = bytes_of(vm, &a.pos[1])?;
    let new = bytes_of(vm, &a.pos[2])?;
    let s: String = d.iter().map(|&c| c as char).collect();
    let o: String = old.iter().map(|&c| c as char).collect();
    let n: String = new.iter().map(|&c| c as char).collect();
    let count = match a.pos.get(3).cloned().or_else(|| a.kwarg("count")) {
        Some(v) => usize::try_from(vm.index_value(&v)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let r = s.replacen(&o, &n, count);
    Ok(wrap(&a.pos[0], r.chars().map(|c| c as u32 as u8).collect()))
}
fn ba_append(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Value::ByteArray(b) = &a.pos[0] else {
        return Err(vm.type_error("bytearray required"));
    };
    let v = vm.index_value(&a.pos[1])?;
    if !(0..256).contains(&v) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    b.borrow_mut().push(v as u8);
    Ok(Value::None)
}
fn ba_extend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Value::ByteArray(b) = &a.pos[0] else {
        return Err(vm.type_error("bytearray required"));
    };
    let data = match &a.pos[1] {
        v @ (Value::Bytes(_) | Value::ByteArray(_)) => bytes_of(vm, v)?,
        v => {
            let items = match vm.collect(v) {
                Err(e) if vm.err_is(&e, "TypeError") && vm.iter(v).is_err() => {
                    let tn = vm.type_name(v);
                    return Err(vm.type_error(format!("can't extend bytearray with {tn}")));
                }
                other => other?,
            };
            let mut out = Vec::new();
            for i in items {
                out.push(vm.index_value(&i)? as u8);
            }
            out
        }
    };
    b.borrow_mut().extend(data);
    Ok(Value::None)
}

/// Bytes as a str of U+0000..U+00FF, one char a byte (latin-1), so that the structural
/// str methods can serve bytes.
fn latin1(b: &[u8]) -> Value {
    Value::str(&b.iter().map(|&c| c as char).collect::<String>())
}

fn from_latin1(like: &Value, v: Value) -> Value {
    match v {
        Value::Str(s) => wrap(like, s.chars().map(|c| c as u32 as u8).collect()),
        Value::List(l) => {
            let items: Vec<Value> = l
                .borrow()
                .iter()
                .map(|x| from_latin1(like, x.clone()))
                .collect();
            Value::list(items)
        }
        Value::Tuple(t) => Value::tuple(t.iter().map(|x| from_latin1(like, x.clone())).collect()),
        other => other,
    }
}

/// Run the str method `name` on the latin-1 view of the bytes (arguments that are bytes, or
/// for searches an int byte, converted the same way) and convert the result back.
fn via_str(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    let me = bytes_of(vm, &a.pos[0])?;
    let searches = matches!(
        name,
        "index" | "rindex" | "rfind" | "find" | "count" | "startswith" | "endswith"
    );
    let mut args = Vec::new();
    for (i, v) in a.pos[1..].iter().enumerate() {
        args.push(match v {
            Value::Bytes(_) | Value::ByteArray(_) => latin1(&bytes_of(vm, v)?),
            Value::Int(n) if searches && i == 0 => {
                if !(0..256).contains(n) {
                    return Err(vm.value_error("byte must be in range(0, 256)"));
                }
                latin1(&[*n as u8])
            }
            Value::Tuple(t) => {
                let mut items = Vec::new();
                for x in t.iter() {
                    items.push(latin1(&bytes_of(vm, x)?));
                }
                Value::tuple(items)
            }
            // a bytes-like separator or affix (a memoryview too); else CPython's TypeError
            other
                if i == 0
                    && matches!(
                        name,
                        "partition" | "rpartition" | "removeprefix" | "removesuffix"
                    ) =>
            {
                latin1(&bytes_of(vm, other)?)
            }
            other => other.clone(),
        });
    }
    if let (Some(fill), "center" | "ljust" | "rjust") = (a.pos.get(2), name) {
        let ok = match fill {
            Value::Bytes(b) => b.len() == 1,
            Value::ByteArray(b) => b.borrow().len() == 1,
            _ => false,
        };
        if !ok {
            let tn = vm.type_name(fill);
            return Err(vm.type_error(format!(
                "{name}() argument 2 must be a byte string of length 1, not {tn}"
            )));
        }
    }
    let mut kw = Vec::new();
    for (k, v) in a.kw.iter() {
        let v = match v {
            Value::Bytes(_) | Value::ByteArray(_) => latin1(&bytes_of(vm, v)?),
            other => other.clone(),
        };
        kw.push((k.clone(), v));
    }
    let m = vm.getattr(&latin1(&me), name)?;
    let r = vm.call_args(
        &m,
        Args {
            pos: args.into(),
            kw,
        },
    );
    let r = match r {
        Err(e) if vm.err_is(&e, "ValueError") && name.ends_with("index") => {
            return Err(vm.value_error("subsection not found"));
        }
        other => other?,
    };
    Ok(from_latin1(&a.pos[0], r))
}

macro_rules! via_str_methods {
    ($($f:ident => $name:literal),* $(,)?) => {
        $(fn $f(vm: &mut Vm, a: Args) -> PyResult<Value> { via_str(vm, &a, $name) })*
    };
}

via_str_methods! {
    b_partition => "partition", b_rpartition => "rpartition",
    b_center => "center", b_ljust => "ljust", b_rjust => "rjust",
    b_zfill => "zfill", b_expandtabs => "expandtabs", b_removeprefix => "removeprefix", b_removesuffix => "removesuffix",
}

/// `bytes.splitlines`: only `\n`, `\r` and `\r\n` end a line (str's `\x0b`, `\x1c`, `\x85`...
/// do not).
fn b_splitlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = bytes_of(vm, &a.pos[0])?;
    let keep = match a.pos.get(1).cloned().or_else(|| a.kwarg("keepends")) {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < me.len() {
        let eol = match me[i] {
            b'\r' if me.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        let end = if keep { i + eol } else { i };
        out.push(wrap(&a.pos[0], me[start..end].to_vec()));
        i += eol;
        start = i;
    }
    if start < me.len() {
        out.push(wrap(&a.pos[0], me[start..].to_vec()));
    }
    Ok(Value::list(out))
}

/// Case methods and predicates of bytes touch ASCII letters only (`Py_TOUPPER` and friends).
fn ascii_map(vm: &mut Vm, a: &Args, f: impl Fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let me = bytes_of(vm, &a.pos[0])?;
    Ok(wrap(&a.pos[0], f(&me)))
}
fn b_swapcase(vm: &mut Vm, a: Args) -> PyResult<Value> {
    ascii_map(vm, &a, |b| {
        b.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}
fn b_capitalize(vm: &mut Vm, a: Args) -> PyResult<Value> {
    ascii_map(vm, &a, |b| {
        b.iter()
            .enumerate()
            .map(|(i, &c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}
fn b_title(vm: &mut Vm, a: Args) -> PyResult<Value> {
    ascii_map(vm, &a, |b| {
        let mut prev = false;
        b.iter()
            .map(|&c| {
                let r = if prev {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}
fn b_pred(vm: &mut Vm, a: &Args, f: impl Fn(u8) -> bool) -> PyResult<Value> {
    let me = bytes_of(vm, &a.pos[0])?;
    Ok(Value::Bool(!me.is_empty() && me.iter().all(|&c| f(c))))
}
fn b_isdigit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    b_pred(vm, &a, |c| c.is_ascii_digit())
}
fn b_isalpha(vm: &mut Vm, a: Args) -> PyResult<Value> {
    b_pred(vm, &a, |c| c.is_ascii_alphabetic())
}
fn b_isalnum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    b_pred(vm, &a, |c| c.is_ascii_alphanumeric())
}
fn b_isspace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    b_pred(vm, &a, |c| {
        matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
    })
}
fn b_isascii(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = bytes_of(vm, &a.pos[0])?;
    Ok(Value::Bool(me.is_ascii()))
}
fn b_isupper(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = bytes_of(vm, &a.pos[0])?;
    Ok(Value::Bool(
        me.iter().any(|c| c.is_ascii_uppercase()) && !me.iter().any(|c| c.is_ascii_lowercase()),
    ))
}
fn b_islower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = bytes_of(vm, &a.pos[0])?;
    Ok(Value::Bool(
        me.iter().any(|c| c.is_ascii_lowercase()) && !me.iter().any(|c| c.is_ascii_uppercase()),
    ))
}

/// `bytes.istitle()`: ASCII letters only; uppercase only where a word starts.
fn b_istitle(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = bytes_of(vm, &a.pos[0])?;
    let (mut cased, mut previous_cased) = (false, false);
    for &c in &me {
        if c.is_ascii_uppercase() {
            if previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !previous_cased {
                return Ok(Value::Bool(false));
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

/// `bytes.maketrans(frm, to)` (a static method: called on the class or an instance, the
/// first argument is skipped): the 256-byte table mapping each byte of `frm` to `to`'s.
fn b_maketrans(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "maketrans expected 2 arguments, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    let from = bytes_of(vm, &a.pos[1])?;
    let to = bytes_of(vm, &a.pos[2])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(Value::Bytes(table.into()))
}

/// `bytes.translate(table, /, delete=b'')`: drop the bytes of `delete`, map the rest
/// through `table` (None keeps them).
fn b_translate(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let delete = match a.take_kw("delete").or_else(|| a.pos.get(2).cloned()) {
        Some(d) => bytes_of(vm, &d)?,
        None => Vec::new(),
    };
    let table = match a.pos.get(1) {
        None => {
            return Err(vm.type_error("translate() takes at least 1 positional argument (0 given)"))
        }
        Some(Value::None) => None,
        Some(t) => {
            let t = bytes_of(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let me = bytes_of(vm, &a.pos[0])?;
    let out: Vec<u8> = me
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    Ok(wrap(&a.pos[0], out))
}

fn ba_this(vm: &mut Vm, v: &Value) -> PyResult<Rc<std::cell::RefCell<Vec<u8>>>> {
    match v {
        Value::ByteArray(b) => Ok(b.clone()),
        _ => Err(vm.descr_requires("bytearray", v)),
    }
}
fn byte_arg(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = vm.index_value(v)?;
    if !(0..256).contains(&n) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(n as u8)
}
fn ba_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = ba_this(vm, &a.pos[0])?;
    let len = b.borrow().len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let mut i = match a.pos.get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    if i < 0 {
        i += len;
    }
    if !(0..len).contains(&i) {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = b.borrow_mut().remove(i as usize);
    Ok(Value::Int(v as i64))
}
fn ba_insert(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = ba_this(vm, &a.pos[0])?;
    let len = b.borrow().len() as i64;
    let mut i = vm.index_value(a.pos.get(1).unwrap_or(&Value::Int(0)))?;
    let x = byte_arg(vm, a.pos.get(2).unwrap_or(&Value::None))?;
    if i < 0 {
        i = (i + len).max(0);
    }
    let i = i.min(len) as usize;
    b.borrow_mut().insert(i, x);
    Ok(Value::None)
}
fn ba_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = ba_this(vm, &a.pos[0])?;
    let x = byte_arg(vm, a.pos.get(1).unwrap_or(&Value::None))?;
    let pos = b.borrow().iter().position(|&c| c == x);
    match pos {
        Some(p) => {
            b.borrow_mut().remove(p);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}
fn ba_reverse(vm: &mut Vm, a: Args) -> PyResult<Value> {
    ba_this(vm, &a.pos[0])?.borrow_mut().reverse();
    Ok(Value::None)
}
fn ba_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    ba_this(vm, &a.pos[0])?.borrow_mut().clear();
    Ok(Value::None)
}
fn ba_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = ba_this(vm, &a.pos[0])?;
    let data = b.borrow().clone();
    Ok(Value::ByteArray(Rc::new(std::cell::RefCell::new(data))))
}

pub fn init(vm: &mut Vm) {
    for t in [vm.types.bytes.clone(), vm.types.bytearray.clone()] {
        let more: &[(&str, crate::objects::function::NativeFn)] = &[
            ("rsplit", b_rsplit),
            ("partition", b_partition),
            ("rpartition", b_rpartition),
            ("splitlines", b_splitlines),
            ("center", b_center),
            ("ljust", b_ljust),
            ("rjust", b_rjust),
            ("zfill", b_zfill),
            ("expandtabs", b_expandtabs),
            ("index", b_index),
            ("rindex", b_rindex),
            ("rfind", b_rfind),
            ("removeprefix", b_removeprefix),
            ("removesuffix", b_removesuffix),
            ("swapcase", b_swapcase),
            ("capitalize", b_capitalize),
            ("title", b_title),
            ("isdigit", b_isdigit),
            ("isalpha", b_isalpha),
            ("isalnum", b_isalnum),
            ("isspace", b_isspace),
            ("isascii", b_isascii),
            ("isupper", b_isupper),
            ("islower", b_islower),
            ("istitle", b_istitle),
            ("translate", b_translate),
        ];
        for (n, f) in more {
            vm.add_method(&t, n, *f);
        }
        let methods: &[(&str, crate::objects::function::NativeFn)] = &[
            ("decode", b_decode),
            ("hex", b_hex),
            ("join", b_join),
            ("upper", b_upper),
            ("lower", b_lower),
            ("strip", b_strip),
            ("lstrip", b_lstrip),
            ("rstrip", b_rstrip),
            ("split", b_split),
            ("startswith", b_startswith),
            ("endswith", b_endswith),
            ("find", b_find),
            ("count", b_count),
            ("replace", b_replace),
        ];
        for (n, f) in methods {
            vm.add_method(&t, n, *f);
        }
        vm.add_classmethod(&t, "fromhex", b_fromhex);
        vm.add_classmethod(&t, "maketrans", b_maketrans);
    }
    let ba = vm.types.bytearray.clone();
    vm.add_method(&ba, "append", ba_append);
    vm.add_method(&ba, "extend", ba_extend);
    vm.add_method(&ba, "pop", ba_pop);
    vm.add_method(&ba, "insert", ba_insert);
    vm.add_method(&ba, "remove", ba_remove);
    vm.add_method(&ba, "reverse", ba_reverse);
    vm.add_method(&ba, "clear", ba_clear);
    vm.add_method(&ba, "copy", ba_copy);
}
