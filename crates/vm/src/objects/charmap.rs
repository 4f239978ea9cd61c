//! Single-byte ("charmap") codecs: cp1252, cp437, iso8859-15, koi8-r, mac-roman and the other
//! tables of CPython's `encodings` package (`charmap_tables.rs`, generated from CPython 3.12
//! by `scripts/gen_charmap_tables.py`).
//!
//! Name lookup follows `encodings.search_function`: lower case, `normalize_encoding` (runs of
//! characters other than letters, digits and `.` become one `_`), then `encodings.aliases`,
//! then the module name itself. Errors read as CPython's `charmap_decode`/`charmap_encode`
//! (Objects/unicodeobject.c): an undefined byte is one error "character maps to <undefined>";
//! on encoding, a run of unencodable characters is one error, and `replace` writes the codec's
//! own '?' byte for each.

use std::rc::Rc;

use super::charmap_tables::{CharmapTable, ALIASES, TABLES};
use crate::objects::exceptions::unicode_error;
use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

const UNDEFINED: u16 = 0xFFFE;
const REASON: &str = "character maps to <undefined>";

/// `encodings.normalize_encoding` of the lower-cased name.
fn normalize(name: &str) -> String {
    let mut out = String::new();
    let mut punct = false;
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            out.push(c);
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

fn by_module(module: &str) -> Option<&'static CharmapTable> {
    TABLES.iter().find(|t| t.module == module)
}

fn alias(key: &str) -> Option<&'static str> {
    ALIASES
        .binary_search_by(|(a, _)| (*a).cmp(key))
        .ok()
        .map(|i| ALIASES[i].1)
}

/// The single-byte codec an encoding name means, as CPython's codec registry finds it.
pub fn find(name: &str) -> Option<&'static CharmapTable> {
    let norm = normalize(name);
    let module = alias(&norm)
        .or_else(|| alias(&norm.replace('.', "_")))
        .unwrap_or(&norm);
    by_module(module)
}

fn char_of(t: &CharmapTable, b: u8) -> Option<char> {
    match t.decode[b as usize] {
        UNDEFINED => None,
        u => char::from_u32(u as u32),
    }
}

fn byte_of(t: &CharmapTable, c: char) -> Option<u8> {
    let n = c as u32;
    if n > 0xFFFF {
        return None;
    }
    t.encode
        .binary_search_by(|(u, _)| u.cmp(&(n as u16)))
        .ok()
        .map(|i| t.encode[i].1)
}

/// bytes -> str through table `t`; `obj` is the decoded object (for the exception).
pub fn decode(
    vm: &mut Vm,
    obj: &Value,
    data: &[u8],
    t: &CharmapTable,
    errors: &str,
) -> PyResult<String> {
    let mut out = String::with_capacity(data.len());
    for (i, &b) in data.iter().enumerate() {
        if let Some(c) = char_of(t, b) {
            out.push(c);
            continue;
        }
        match errors {
            "strict" => {
                let o = match obj {
                    Value::Bytes(_) => obj.clone(),
                    _ => Value::Bytes(data.to_vec().into()),
                };
                let e = unicode_error(vm, "UnicodeDecodeError", "charmap", o, i, i + 1, REASON);
                return Err(e);
            }
            "replace" => out.push('\u{fffd}'),
            "ignore" => {}
            "backslashreplace" => out.push_str(&format!("\\x{b:02x}")),
            other => return Err(unknown_handler(vm, other)),
        }
    }
    Ok(out)
}

fn unknown_handler(vm: &mut Vm, name: &str) -> crate::vm::PyErr {
    vm.new_error(
        "LookupError",
        format!("unknown error handler name '{name}'"),
    )
}

/// str -> bytes through table `t`.
pub fn encode(vm: &mut Vm, text: &Rc<str>, t: &CharmapTable, errors: &str) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = byte_of(t, chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && byte_of(t, chars[j]).is_none() {
            j += 1;
        }
        let strict = |vm: &mut Vm| {
            unicode_error(
                vm,
                "UnicodeEncodeError",
                "charmap",
                Value::Str(text.clone()),
                i,
                j,
                REASON,
            )
        };
        match errors {
            "strict" => return Err(strict(vm)),
            "ignore" => {}
            "replace" => {
                let q = byte_of(t, '?').ok_or_else(|| strict(vm))?;
                out.extend(std::iter::repeat_n(q, j - i));
            }
            "backslashreplace" | "xmlcharrefreplace" | "namereplace" => {
                let mut s = String::new();
                for &c in &chars[i..j] {
                    let n = c as u32;
                    let name = match errors {
                        "namereplace" => crate::modules::unicodedata::char_name(n),
                        _ => None,
                    };
                    match (errors, name) {
                        ("xmlcharrefreplace", _) => s.push_str(&format!("&#{n};")),
                        (_, Some(name)) => s.push_str(&format!("\\N{{{name}}}")),
                        _ if n < 0x100 => s.push_str(&format!("\\x{n:02x}")),
                        _ if n < 0x10000 => s.push_str(&format!("\\u{n:04x}")),
                        _ => s.push_str(&format!("\\U{n:08x}")),
                    }
                }
                for c in s.chars() {
                    out.push(byte_of(t, c).ok_or_else(|| strict(vm))?);
                }
            }
            other => return Err(unknown_handler(vm, other)),
        }
        i = j;
    }
    Ok(out)
}

fn arg_str(vm: &mut Vm, a: &Args, i: usize, what: &str) -> PyResult<Rc<str>> {
    match a.pos.get(i) {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(v) => Err(vm.type_error(format!("{what} must be str, not {}", vm.type_name(v)))),
        None => Err(vm.type_error(format!("{what} missing"))),
    }
}

fn table_arg(vm: &mut Vm, a: &Args, i: usize) -> PyResult<&'static CharmapTable> {
    let m = arg_str(vm, a, i, "codec")?;
    by_module(&m).ok_or_else(|| vm.new_error("LookupError", format!("unknown encoding: {m}")))
}

/// `_charmap.lookup(name)`: (module, CodecInfo name) of a single-byte codec, or None.
fn cm_lookup(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = arg_str(vm, &a, 0, "encoding")?;
    Ok(match find(&name) {
        Some(t) => Value::tuple(vec![Value::str(t.module), Value::str(t.name)]),
        None => Value::None,
    })
}

/// `_charmap.decoding_table(module)`: the 256-character decoding table ('\ufffe' undefined).
fn cm_decoding_table(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = table_arg(vm, &a, 0)?;
    let s: String = t
        .decode
        .iter()
        .map(|&u| char::from_u32(u as u32).unwrap_or('\u{fffe}'))
        .collect();
    Ok(Value::str(&s))
}

/// `_charmap.decode(data, module, errors)`.
fn cm_decode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = table_arg(vm, &a, 1)?;
    let errors = arg_str(vm, &a, 2, "errors")?;
    let obj = a.pos[0].clone();
    let data = crate::objects::bytes::bytes_of(vm, &obj)?;
    Ok(Value::str(&decode(vm, &obj, &data, t, &errors)?))
}

/// `_charmap.encode(text, module, errors)`.
fn cm_encode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let text = arg_str(vm, &a, 0, "argument 1")?;
    let t = table_arg(vm, &a, 1)?;
    let errors = arg_str(vm, &a, 2, "errors")?;
    Ok(Value::Bytes(encode(vm, &text, t, &errors)?.into()))
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("lookup", cm_lookup),
        ("decoding_table", cm_decoding_table),
        ("decode", cm_decode),
        ("encode", cm_encode),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_resolve_as_cpython() {
        assert_eq!(find("latin9").unwrap().name, "iso8859-15");
        assert!(find("latin-9").is_none()); // latin_9 is no alias
        assert!(find("iso8859_1").is_none()); // an alias of latin_1, not this table
        assert_eq!(find("Windows-1252").unwrap().module, "cp1252");
        assert_eq!(find("KOI8_R").unwrap().name, "koi8-r");
        assert!(find("cp-1252").is_none());
        assert!(ALIASES.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
