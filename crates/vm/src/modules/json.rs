//! `_json`: the JSON scanner and encoder in Rust (CPython's `Modules/_json.c`).
//!
//! lib/json keeps its Python scanner (`py_scanstring`, the `_Scanner` class) and its Python
//! writer as the fallback and for what CPython also does in Python (`iterencode` for `dump`);
//! `json.loads`/`json.dumps` go through this module when it is present:
//!
//! - `scanstring(s, end, strict=True)` -> `(str, end)`: the string whose opening quote is at
//!   `end - 1`, as `_json.scanstring`.
//! - `make_scanner(context)` -> `scan_once(string, idx)`: reads `strict`, `object_hook`,
//!   `object_pairs_hook`, `parse_float`, `parse_int`, `parse_constant` from the decoder as
//!   `c_make_scanner` does; raises `StopIteration(idx)` where no value starts (the decoder
//!   turns it into "Expecting value") and `json.decoder.JSONDecodeError` with `_json.c`'s
//!   messages and positions otherwise.
//! - `encode_basestring(s)`, `encode_basestring_ascii(s)`: a str as a JSON string literal.
//! - `make_encoder(check_circular, default, ensure_ascii, indent, key_separator,
//!   item_separator, sort_keys, skipkeys, allow_nan)` -> `encode(o)` -> str: the whole text of
//!   `o` at once (`c_make_encoder`'s rules; with an indent, the layout of json.encoder's
//!   `_make_iterencode`, which CPython uses then).
//!
//! Positions: pydive's `str` is UTF-8, so the scanner works on bytes and converts byte offsets
//! to character positions only where it reports one (the end of a value, an error).

use std::collections::HashSet;
use std::rc::Rc;

use crate::objects::function::{Args, Builtin, BuiltinKind, NativeFn};
use crate::objects::str_index;
use crate::value::{DictRef, Value};
use crate::vm::PyErr;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, NativeFn)] = &[
        ("scanstring", j_scanstring),
        ("make_scanner", j_make_scanner),
        ("encode_basestring", j_encode_basestring),
        ("encode_basestring_ascii", j_encode_basestring_ascii),
        ("make_encoder", j_make_encoder),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    Ok(())
}

/// A native function carrying `data` (passed back to `func` as its first argument).
fn closure(name: &str, func: NativeFn, data: Value) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name: Rc::from(name),
        func,
        kind: BuiltinKind::Function,
        bound: None,
        owner: None,
        data: Some(data),
        module: Default::default(),
        c_units: Default::default(),
        spec: None,
    }))
}

/// The `str` inside `v`: a str, or an instance of a str subclass.
fn str_of(v: &Value) -> Option<Rc<str>> {
    match v {
        Value::Str(s) => Some(s.clone()),
        Value::Instance(i) => match &i.base() {
            Some(Value::Str(s)) => Some(s.clone()),
            _ => None,
        },
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------

/// Why a scan stopped: no value at this byte offset (`StopIteration`), or an exception.
enum Fail {
    Stop(usize),
    Err(PyErr),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Err(e)
    }
}

type Scan<T> = Result<T, Fail>;

/// One scan over one document.
struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    doc: Value,
    /// Byte offset and character position of where this scan started.
    base_byte: usize,
    base_char: usize,
    ascii: bool,
    strict: bool,
    object_hook: Value,
    pairs_hook: Value,
    /// `None` when the hook is `float` / `int` itself (converted here, as `_json.c` does).
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Value,
    /// One str object per distinct key (`_json.c`'s memo dict).
    memo: HashSet<Rc<str>>,
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

fn hex4(b: &[u8]) -> Option<u32> {
    let mut v = 0u32;
    for &c in b {
        v = (v << 4) | (c as char).to_digit(16)?;
    }
    Some(v)
}

impl<'a> Scanner<'a> {
    /// The character position of byte offset `b` (at or after where the scan started).
    fn char_pos(&self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        let b = b.min(self.bytes.len());
        if b >= self.base_byte {
            self.base_char
                + self.bytes[self.base_byte..b]
                    .iter()
                    .filter(|&&c| (c & 0xc0) != 0x80)
                    .count()
        } else {
            self.text[..b].chars().count()
        }
    }

    fn error(&self, vm: &mut Vm, msg: &str, at: usize) -> Fail {
        // `scanstring(s, 0)` has its "opening quote" at -1, as in CPython
        let pos = if at == usize::MAX {
            -1
        } else {
            self.char_pos(at) as i64
        };
        Fail::Err(decode_error(vm, msg, &self.doc, pos))
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while i < self.bytes.len() && is_ws(self.bytes[i]) {
            i += 1;
        }
        i
    }

    /// `scanstring_unicode`: the string whose opening quote is at byte `end - 1`;
    /// returns it and the byte offset after its closing quote.
    fn string(&mut self, vm: &mut Vm, end: usize) -> Scan<(Rc<str>, usize)> {
        let b = self.bytes;
        let n = b.len();
        let begin = end.wrapping_sub(1);
        let mut out: Option<String> = None;
        let mut lone: Option<u32> = None;
        let mut i = end;
        loop {
            let mut j = i;
            while j < n {
                let c = b[j];
                if c == b'"' || c == b'\\' {
                    break;
                }
                if c <= 0x1f && self.strict {
                    return Err(self.error(vm, "Invalid control character at", j));
                }
                j += 1;
            }
            if j >= n {
                return Err(self.error(vm, "Unterminated string starting at", begin));
            }
            if b[j] == b'"' {
                if let Some(code) = lone {
                    return Err(Fail::Err(vm.not_implemented(&format!(
                        "a lone surrogate (\\u{code:04x}) in a str"
                    ))));
                }
                let run = &self.text[i..j];
                let s: Rc<str> = match out {
                    None => Rc::from(run),
                    Some(mut o) => {
                        o.push_str(run);
                        Rc::from(o)
                    }
                };
                return Ok((s, j + 1));
            }
            let o = out.get_or_insert_with(String::new);
            o.push_str(&self.text[i..j]);
            let esc = j + 1;
            if esc >= n {
                return Err(self.error(vm, "Unterminated string starting at", begin));
            }
            if b[esc] != b'u' {
                let ch = match b[esc] {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\u{8}',
                    b'f' => '\u{c}',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(self.error(vm, "Invalid \\escape", j)),
                };
                o.push(ch);
                i = esc + 1;
                continue;
            }
            // \uXXXX: four hex digits, and at least one character after them
            let hex_end = esc + 5;
            if hex_end >= n {
                return Err(self.error(vm, "Invalid \\uXXXX escape", esc));
            }
            let Some(mut code) = hex4(&b[esc + 1..hex_end]) else {
                return Err(self.error(vm, "Invalid \\uXXXX escape", esc));
            };
            let mut after = hex_end;
            // a high surrogate escaped right before a low one is one character
            if (0xd800..=0xdbff).contains(&code)
                && after + 6 < n
                && b[after] == b'\\'
                && b[after + 1] == b'u'
            {
                let Some(low) = hex4(&b[after + 2..after + 6]) else {
                    return Err(self.error(vm, "Invalid \\uXXXX escape", after + 1));
                };
                if (0xdc00..=0xdfff).contains(&low) {
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                    after += 6;
                }
            }
            match char::from_u32(code) {
                Some(ch) => o.push(ch),
                // reported once the string is complete: an error further on comes first
                None => lone = lone.or(Some(code)),
            }
            i = after;
        }
    }

    /// `scan_once_unicode`: the value starting at byte `i`, and the byte after it.
    fn value(&mut self, vm: &mut Vm, i: usize) -> Scan<(Value, usize)> {
        let b = self.bytes;
        if i >= b.len() {
            return Err(Fail::Stop(i));
        }
        let rest = &b[i..];
        match b[i] {
            b'"' => {
                let (s, end) = self.string(vm, i + 1)?;
                return Ok((Value::Str(s), end));
            }
            b'{' | b'[' => {
                let what = if b[i] == b'{' {
                    " while decoding a JSON object from a unicode string"
                } else {
                    " while decoding a JSON array from a unicode string"
                };
                if let Err(e) = vm.enter_c(what) {
                    return Err(Fail::Err(e));
                }
                let r = if b[i] == b'{' {
                    self.object(vm, i + 1)
                } else {
                    self.array(vm, i + 1)
                };
                vm.leave_c();
                return r;
            }
            b'n' if rest.starts_with(b"null") => return Ok((Value::None, i + 4)),
            b't' if rest.starts_with(b"true") => return Ok((Value::Bool(true), i + 4)),
            b'f' if rest.starts_with(b"false") => return Ok((Value::Bool(false), i + 5)),
            b'N' if rest.starts_with(b"NaN") => return self.constant(vm, "NaN", i),
            b'I' if rest.starts_with(b"Infinity") => return self.constant(vm, "Infinity", i),
            b'-' if rest.starts_with(b"-Infinity") => return self.constant(vm, "-Infinity", i),
            _ => {}
        }
        self.number(vm, i)
    }

    fn constant(&mut self, vm: &mut Vm, word: &str, i: usize) -> Scan<(Value, usize)> {
        let v = vm.call(&self.parse_constant.clone(), vec![Value::str(word)])?;
        Ok((v, i + word.len()))
    }

    /// `_match_number_unicode`: an int or float; a '.' or exponent without digits after it
    /// ends the number before it.
    fn number(&mut self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let b = self.bytes;
        let n = b.len();
        let digit = |k: usize| k < n && b[k].is_ascii_digit();
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
            if i >= n {
                return Err(Fail::Stop(start));
            }
        }
        match b[i] {
            b'1'..=b'9' => {
                i += 1;
                while digit(i) {
                    i += 1;
                }
            }
            b'0' => i += 1,
            _ => return Err(Fail::Stop(start)),
        }
        let mut is_float = false;
        if i + 1 < n && b[i] == b'.' && digit(i + 1) {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if i + 1 < n && (b[i] == b'e' || b[i] == b'E') {
            let e_start = i;
            i += 1;
            if i + 1 < n && (b[i] == b'-' || b[i] == b'+') {
                i += 1;
            }
            while digit(i) {
                i += 1;
            }
            if b[i - 1].is_ascii_digit() {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        let text = &self.text[start..i];
        let hook = if is_float {
            self.parse_float.clone()
        } else {
            self.parse_int.clone()
        };
        let v = match hook {
            Some(h) => vm.call(&h, vec![Value::str(text)])?,
            None if is_float => Value::Float(text.parse::<f64>().unwrap_or(f64::NAN)),
            None => match text.parse::<i64>() {
                Ok(k) => Value::Int(k),
                Err(_) => {
                    let int = Value::Type(vm.types.int.clone());
                    vm.call(&int, vec![Value::str(text)])?
                }
            },
        };
        Ok((v, i))
    }

    /// `_parse_object_unicode`, after the '{'.
    fn object(&mut self, vm: &mut Vm, i: usize) -> Scan<(Value, usize)> {
        let b = self.bytes;
        let n = b.len();
        let pairs_wanted = !self.pairs_hook.is_none();
        let mut pairs: Vec<Value> = Vec::new();
        let dict = if pairs_wanted {
            None
        } else {
            Some(vm.new_dict())
        };
        let mut i = self.skip_ws(i);
        if i >= n || b[i] != b'}' {
            loop {
                if i >= n || b[i] != b'"' {
                    return Err(self.error(
                        vm,
                        "Expecting property name enclosed in double quotes",
                        i,
                    ));
                }
                let (key, after) = self.string(vm, i + 1)?;
                let key = match self.memo.get(&*key) {
                    Some(k) => k.clone(),
                    None => {
                        self.memo.insert(key.clone());
                        key
                    }
                };
                i = self.skip_ws(after);
                if i >= n || b[i] != b':' {
                    return Err(self.error(vm, "Expecting ':' delimiter", i));
                }
                i = self.skip_ws(i + 1);
                let (value, after) = self.value(vm, i)?;
                match &dict {
                    Some(d) => d.borrow_mut().set_strv(Value::Str(key), value),
                    None => pairs.push(Value::tuple(vec![Value::Str(key), value])),
                }
                i = self.skip_ws(after);
                if i < n && b[i] == b'}' {
                    break;
                }
                if i >= n || b[i] != b',' {
                    return Err(self.error(vm, "Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        let end = i + 1;
        let v = match dict {
            None => {
                let hook = self.pairs_hook.clone();
                vm.call(&hook, vec![Value::list(pairs)])?
            }
            Some(d) if !self.object_hook.is_none() => {
                let hook = self.object_hook.clone();
                vm.call(&hook, vec![Value::Dict(d)])?
            }
            Some(d) => Value::Dict(d),
        };
        Ok((v, end))
    }

    /// `_parse_array_unicode`, after the '['.
    fn array(&mut self, vm: &mut Vm, i: usize) -> Scan<(Value, usize)> {
        let b = self.bytes;
        let n = b.len();
        let mut items = Vec::new();
        let mut i = self.skip_ws(i);
        if i >= n || b[i] != b']' {
            loop {
                let (v, after) = self.value(vm, i)?;
                items.push(v);
                i = self.skip_ws(after);
                if i < n && b[i] == b']' {
                    break;
                }
                if i >= n || b[i] != b',' {
                    return Err(self.error(vm, "Expecting ',' delimiter", i));
                }
                i = self.skip_ws(i + 1);
            }
        }
        Ok((Value::list(items), i + 1))
    }
}

/// `json.decoder.JSONDecodeError(msg, doc, pos)`, imported when needed as `_json.c` does.
fn decode_error(vm: &mut Vm, msg: &str, doc: &Value, pos: i64) -> PyErr {
    let cls = vm
        .import_module("json.decoder")
        .and_then(|m| vm.getattr(&m, "JSONDecodeError"));
    match cls {
        Ok(cls) => match vm.call(&cls, vec![Value::str(msg), doc.clone(), Value::Int(pos)]) {
            Ok(e) | Err(e) => e,
        },
        Err(e) => e,
    }
}

/// The decoder's settings, as `make_scanner` stores them in its closure's data.
fn scanner_for<'a>(vm: &mut Vm, settings: &[Value], text: &'a Rc<str>, doc: Value) -> Scanner<'a> {
    let is_type = |v: &Value, t: &Rc<crate::objects::typeobj::Type>| matches!(v, Value::Type(x) if Rc::ptr_eq(x, t));
    let parse_float = &settings[3];
    let parse_int = &settings[4];
    Scanner {
        text,
        bytes: text.as_bytes(),
        doc,
        base_byte: 0,
        base_char: 0,
        ascii: str_index::is_ascii(text),
        strict: matches!(settings[0], Value::Bool(true)),
        object_hook: settings[1].clone(),
        pairs_hook: settings[2].clone(),
        parse_float: (!is_type(parse_float, &vm.types.float)).then(|| parse_float.clone()),
        parse_int: (!is_type(parse_int, &vm.types.int)).then(|| parse_int.clone()),
        parse_constant: settings[5].clone(),
        memo: HashSet::new(),
    }
}

fn arg(a: &Args, at: usize, name: &str) -> Option<Value> {
    a.pos.get(at).cloned().or_else(|| a.kwarg(name))
}

/// `make_scanner(context)`: the decoder's `scan_once`.
fn j_make_scanner(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(ctx) = arg(&a, 0, "context") else {
        return Err(vm.type_error("make_scanner() missing required argument 'context' (pos 1)"));
    };
    let strict = vm.getattr(&ctx, "strict")?;
    let strict = vm.truthy(&strict)?;
    let mut settings = vec![Value::Bool(strict)];
    for name in [
        "object_hook",
        "object_pairs_hook",
        "parse_float",
        "parse_int",
        "parse_constant",
    ] {
        settings.push(vm.getattr(&ctx, name)?);
    }
    Ok(closure("scan_once", j_scan_once, Value::tuple(settings)))
}

/// `scan_once(string, idx)` -> (value, end index); StopIteration(idx) when no value is there.
/// The C scanner's `tp_call`: `_PyObject_MakeTpCall` takes a unit of the C recursion budget.
fn j_scan_once(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.with_c(" while calling a Python object", |vm| scan_once(vm, a))
}

fn scan_once(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Tuple(settings)) = a.pos.first().cloned() else {
        return Err(vm.system_error("scan_once without its settings"));
    };
    let (Some(doc), Some(idx)) = (arg(&a, 1, "string"), arg(&a, 2, "idx")) else {
        return Err(vm.type_error("scan_once() takes exactly 2 arguments"));
    };
    let Some(text) = str_of(&doc) else {
        let t = vm.type_name(&doc);
        return Err(vm.type_error(format!("first argument must be a string, not {t}")));
    };
    let idx = vm.index_value(&idx)?;
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let idx = idx as usize;
    if idx >= str_index::char_len(&text) {
        return Err(vm.stop_iteration(Value::Int(idx as i64)));
    }
    let mut sc = scanner_for(vm, &settings, &text, doc);
    let start = str_index::byte_offset(&text, idx);
    sc.base_byte = start;
    sc.base_char = idx;
    match sc.value(vm, start) {
        Ok((v, end)) => {
            let end = sc.char_pos(end);
            Ok(Value::tuple(vec![v, Value::Int(end as i64)]))
        }
        Err(Fail::Stop(at)) => Err(vm.stop_iteration(Value::Int(sc.char_pos(at) as i64))),
        Err(Fail::Err(e)) => Err(e),
    }
}

/// `scanstring(s, end, strict=True)` -> (str, index after the closing quote).
fn j_scanstring(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (Some(doc), Some(end)) = (arg(&a, 0, "s"), arg(&a, 1, "end")) else {
        return Err(vm.type_error("scanstring() takes at least 2 arguments"));
    };
    let strict = match arg(&a, 2, "strict") {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    let Some(text) = str_of(&doc) else {
        let t = vm.type_name(&doc);
        return Err(vm.type_error(format!("first argument must be a string, not {t}")));
    };
    let end = vm.index_value(&end)?;
    if end < 0 || end as usize > str_index::char_len(&text) {
        return Err(vm.value_error("end is out of bounds"));
    }
    let end = end as usize;
    let settings = [
        Value::Bool(strict),
        Value::None,
        Value::None,
        Value::None,
        Value::None,
        Value::None,
    ];
    let mut sc = scanner_for(vm, &settings, &text, doc);
    let start = str_index::byte_offset(&text, end);
    sc.base_byte = start;
    sc.base_char = end;
    match sc.string(vm, start) {
        Ok((s, after)) => {
            let after = sc.char_pos(after);
            Ok(Value::tuple(vec![Value::Str(s), Value::Int(after as i64)]))
        }
        Err(Fail::Err(e)) => Err(e),
        Err(Fail::Stop(_)) => Err(vm.system_error("scanstring stopped")),
    }
}

// ---------------------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------------------

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_u_escape(out: &mut String, code: u32) {
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((code >> shift) & 0xf) as usize] as char);
    }
}

/// `s` as a JSON string literal: quote, backslash and control characters escaped, and with
/// `ascii` every character outside printable ASCII as `\uXXXX` (a surrogate pair beyond the
/// BMP).
fn quote_into(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &c) in bytes.iter().enumerate() {
        let plain = if ascii {
            (b' '..=b'~').contains(&c) && c != b'"' && c != b'\\'
        } else {
            c >= b' ' && c != b'"' && c != b'\\'
        };
        if plain {
            continue;
        }
        if c >= 0x80 && (c & 0xc0) == 0x80 {
            continue; // a continuation byte: handled with its lead byte
        }
        out.push_str(&s[start..i]);
        match c {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            0..=0x7f => push_u_escape(out, c as u32),
            _ => {
                let ch = s[i..].chars().next().unwrap_or('\u{fffd}');
                let code = ch as u32;
                if code >= 0x10000 {
                    let v = code - 0x10000;
                    push_u_escape(out, 0xd800 | (v >> 10));
                    push_u_escape(out, 0xdc00 | (v & 0x3ff));
                } else {
                    push_u_escape(out, code);
                }
                start = i + ch.len_utf8();
                continue;
            }
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

fn quote_arg(vm: &mut Vm, a: &Args, ascii: bool) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    let Some(s) = str_of(&v) else {
        let t = vm.type_name(&v);
        return Err(vm.type_error(format!("first argument must be a string, not {t}")));
    };
    let mut out = String::with_capacity(s.len() + 2);
    quote_into(&mut out, &s, ascii);
    Ok(Value::str(&out))
}

fn j_encode_basestring(vm: &mut Vm, a: Args) -> PyResult<Value> {
    quote_arg(vm, &a, false)
}

fn j_encode_basestring_ascii(vm: &mut Vm, a: Args) -> PyResult<Value> {
    quote_arg(vm, &a, true)
}

/// One encoding run (`PyEncoderObject` plus the markers of the containers being written).
struct Encoder {
    markers: Option<HashSet<usize>>,
    default: Value,
    ascii: bool,
    indent: Option<Rc<str>>,
    key_sep: Rc<str>,
    item_sep: Rc<str>,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
}

impl Encoder {
    fn enter(&mut self, vm: &mut Vm, o: &Value) -> PyResult<()> {
        if let Some(m) = &mut self.markers {
            if !m.insert(o.id()) {
                return Err(vm.value_error("Circular reference detected"));
            }
        }
        Ok(())
    }

    fn leave(&mut self, o: &Value) {
        if let Some(m) = &mut self.markers {
            m.remove(&o.id());
        }
    }

    /// `Py_EnterRecursiveCall` for a container (`encoder_listencode_obj`); `unnest` leaves.
    fn nest(&mut self, vm: &mut Vm) -> PyResult<()> {
        vm.enter_c(" while encoding a JSON object")
    }

    fn unnest(&mut self, vm: &mut Vm) {
        vm.leave_c();
    }

    /// `encoder_encode_float`.
    fn float(&self, vm: &mut Vm, o: &Value, f: f64, out: &mut String) -> PyResult<()> {
        if f.is_finite() {
            out.push_str(&crate::objects::float::float_repr(f));
            return Ok(());
        }
        if !self.allow_nan {
            let r = vm.repr(o)?;
            return Err(vm.value_error(format!(
                "Out of range float values are not JSON compliant: {r}"
            )));
        }
        out.push_str(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        });
        Ok(())
    }

    /// `encoder_listencode_obj`.
    fn obj(&mut self, vm: &mut Vm, o: &Value, level: usize, out: &mut String) -> PyResult<()> {
        match o {
            Value::None => out.push_str("null"),
            Value::Bool(true) => out.push_str("true"),
            Value::Bool(false) => out.push_str("false"),
            Value::Str(s) => quote_into(out, s, self.ascii),
            Value::Int(i) => out.push_str(&i.to_string()),
            Value::BigInt(_) => out.push_str(&vm.repr(o)?),
            Value::Float(f) => self.float(vm, o, *f, out)?,
            Value::List(_) | Value::Tuple(_) => {
                self.nest(vm)?;
                let r = self.list(vm, o, o, level, out);
                self.unnest(vm);
                r?
            }
            Value::Dict(d) => {
                self.nest(vm)?;
                let items = d.borrow().items();
                let r = self.dict(vm, o, items, level, out);
                self.unnest(vm);
                r?
            }
            Value::Instance(inst) => {
                let base = inst.base();
                match base {
                    Some(Value::Str(s)) => quote_into(out, &s, self.ascii),
                    Some(b @ (Value::Int(_) | Value::BigInt(_))) => {
                        let r = vm.repr(&b)?;
                        out.push_str(&r);
                    }
                    Some(Value::Float(f)) => self.float(vm, o, f, out)?,
                    Some(b @ (Value::List(_) | Value::Tuple(_))) => {
                        self.nest(vm)?;
                        let r = self.list(vm, o, &b, level, out);
                        self.unnest(vm);
                        r?
                    }
                    Some(Value::Dict(_)) => {
                        // PyMapping_Items: a dict subclass's own items()
                        self.nest(vm)?;
                        let r = self.dict_subclass(vm, o, level, out);
                        self.unnest(vm);
                        r?
                    }
                    _ => self.other(vm, o, level, out)?,
                }
            }
            _ => self.other(vm, o, level, out)?,
        }
        Ok(())
    }

    fn dict_subclass(
        &mut self,
        vm: &mut Vm,
        o: &Value,
        level: usize,
        out: &mut String,
    ) -> PyResult<()> {
        if vm.len(o)? == 0 {
            out.push_str("{}");
            return Ok(());
        }
        let items = vm.call_method(o, "items", vec![])?;
        let items = vm.collect(&items)?;
        let mut pairs = Vec::with_capacity(items.len());
        for it in items {
            let kv = vm.collect(&it)?;
            if kv.len() != 2 {
                return Err(vm.value_error("items must return 2-tuples"));
            }
            let mut kv = kv.into_iter();
            let k = kv.next().unwrap_or(Value::None);
            let v = kv.next().unwrap_or(Value::None);
            pairs.push((k, v));
        }
        self.dict(vm, o, pairs, level, out)
    }

    /// Not a JSON type: `default(o)` stands for it.
    fn other(&mut self, vm: &mut Vm, o: &Value, level: usize, out: &mut String) -> PyResult<()> {
        self.enter(vm, o)?;
        let default = self.default.clone();
        let new = vm.call(&default, vec![o.clone()])?;
        self.nest(vm)?;
        let r = self.obj(vm, &new, level, out);
        self.unnest(vm);
        r?;
        self.leave(o);
        Ok(())
    }

    /// The text between items, and before the closing bracket, at nesting `level`.
    fn layout(&self, level: usize) -> Option<(String, String)> {
        let ind = self.indent.as_ref()?;
        let inner = format!("\n{}", ind.repeat(level + 1));
        Some((inner, format!("\n{}", ind.repeat(level))))
    }

    /// `encoder_listencode_list`; `me` is the object (for the markers), `seq` its items.
    fn list(
        &mut self,
        vm: &mut Vm,
        me: &Value,
        seq: &Value,
        level: usize,
        out: &mut String,
    ) -> PyResult<()> {
        let len = |seq: &Value| match seq {
            Value::List(l) => l.borrow().len(),
            Value::Tuple(t) => t.len(),
            _ => 0,
        };
        if len(seq) == 0 {
            out.push_str("[]");
            return Ok(());
        }
        self.enter(vm, me)?;
        out.push('[');
        let layout = self.layout(level);
        if let Some((inner, _)) = &layout {
            out.push_str(inner);
        }
        let mut i = 0;
        loop {
            let item = match seq {
                Value::List(l) => l.borrow().get(i).cloned(),
                Value::Tuple(t) => t.get(i).cloned(),
                _ => None,
            };
            let Some(item) = item else { break };
            if i > 0 {
                out.push_str(&self.item_sep);
                if let Some((inner, _)) = &layout {
                    out.push_str(inner);
                }
            }
            self.obj(vm, &item, level + 1, out)?;
            i += 1;
        }
        if let Some((_, tail)) = &layout {
            out.push_str(tail);
        }
        out.push(']');
        self.leave(me);
        Ok(())
    }

    /// `encoder_listencode_dict` over the (key, value) pairs of `me`.
    fn dict(
        &mut self,
        vm: &mut Vm,
        me: &Value,
        mut items: Vec<(Value, Value)>,
        level: usize,
        out: &mut String,
    ) -> PyResult<()> {
        if items.is_empty() {
            out.push_str("{}");
            return Ok(());
        }
        self.enter(vm, me)?;
        out.push('{');
        let layout = self.layout(level);
        if let Some((inner, _)) = &layout {
            out.push_str(inner);
        }
        if self.sort_keys {
            let tuples = items
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect();
            let sorted = crate::objects::list::sort_values(vm, tuples, None, false)?;
            items = sorted
                .into_iter()
                .map(|t| match t {
                    Value::Tuple(t) => (t[0].clone(), t[1].clone()),
                    _ => (Value::None, Value::None),
                })
                .collect();
        }
        let mut first = true;
        for (k, v) in items {
            let mut key = String::new();
            match &k {
                Value::Str(s) => quote_into(&mut key, s, self.ascii),
                Value::Float(f) => {
                    let mut t = String::new();
                    self.float(vm, &k, *f, &mut t)?;
                    quote_into(&mut key, &t, self.ascii)
                }
                Value::Bool(b) => key.push_str(if *b { "\"true\"" } else { "\"false\"" }),
                Value::None => key.push_str("\"null\""),
                Value::Int(i) => {
                    key.push('"');
                    key.push_str(&i.to_string());
                    key.push('"');
                }
                Value::BigInt(_) => {
                    let r = vm.repr(&k)?;
                    quote_into(&mut key, &r, self.ascii)
                }
                Value::Instance(inst) => {
                    let base = inst.base();
                    match base {
                        Some(Value::Str(s)) => quote_into(&mut key, &s, self.ascii),
                        Some(Value::Float(f)) => {
                            let mut t = String::new();
                            self.float(vm, &k, f, &mut t)?;
                            quote_into(&mut key, &t, self.ascii)
                        }
                        Some(b @ (Value::Int(_) | Value::BigInt(_))) => {
                            let r = vm.repr(&b)?;
                            quote_into(&mut key, &r, self.ascii)
                        }
                        _ if self.skipkeys => continue,
                        _ => return Err(self.bad_key(vm, &k)),
                    }
                }
                _ if self.skipkeys => continue,
                _ => return Err(self.bad_key(vm, &k)),
            }
            if first {
                first = false;
            } else {
                out.push_str(&self.item_sep);
                if let Some((inner, _)) = &layout {
                    out.push_str(inner);
                }
            }
            out.push_str(&key);
            out.push_str(&self.key_sep);
            self.obj(vm, &v, level + 1, out)?;
        }
        if let Some((_, tail)) = &layout {
            out.push_str(tail);
        }
        out.push('}');
        self.leave(me);
        Ok(())
    }

    fn bad_key(&self, vm: &mut Vm, k: &Value) -> PyErr {
        let t = vm.type_name(k);
        vm.type_error(format!(
            "keys must be str, int, float, bool or None, not {t}"
        ))
    }
}

/// `make_encoder(check_circular, default, ensure_ascii, indent, key_separator,
/// item_separator, sort_keys, skipkeys, allow_nan)` -> `encode(o)` -> str.
fn j_make_encoder(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 9 {
        return Err(vm.type_error("make_encoder() takes exactly 9 arguments"));
    }
    let mut settings: Vec<Value> = a.pos.iter().cloned().collect();
    for at in [0, 2, 6, 7, 8] {
        let t = vm.truthy(&settings[at])?;
        settings[at] = Value::Bool(t);
    }
    for at in [4, 5] {
        if str_of(&settings[at]).is_none() {
            let t = vm.type_name(&settings[at]);
            return Err(vm.type_error(format!("make_encoder() argument must be str, not {t}")));
        }
    }
    if !settings[3].is_none() && str_of(&settings[3]).is_none() {
        return Err(vm.type_error("make_encoder() indent must be a str or None"));
    }
    Ok(closure("encode", j_encode, Value::tuple(settings)))
}

/// The C encoder's `tp_call`: `_PyObject_MakeTpCall` takes a unit of the C recursion budget.
fn j_encode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.with_c(" while calling a Python object", |vm| encode(vm, a))
}

fn encode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Tuple(s)) = a.pos.first().cloned() else {
        return Err(vm.system_error("encode without its settings"));
    };
    let Some(o) = a.pos.get(1).cloned() else {
        return Err(vm.type_error("encode() takes exactly one argument"));
    };
    let flag = |v: &Value| matches!(v, Value::Bool(true));
    let mut enc = Encoder {
        markers: flag(&s[0]).then(HashSet::new),
        default: s[1].clone(),
        ascii: flag(&s[2]),
        indent: str_of(&s[3]),
        key_sep: str_of(&s[4]).unwrap_or_else(|| Rc::from(": ")),
        item_sep: str_of(&s[5]).unwrap_or_else(|| Rc::from(", ")),
        sort_keys: flag(&s[6]),
        skipkeys: flag(&s[7]),
        allow_nan: flag(&s[8]),
    };
    let mut out = String::new();
    enc.obj(vm, &o, 0, &mut out)?;
    Ok(Value::Str(Rc::from(out)))
}
