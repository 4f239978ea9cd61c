//! bytes and bytearray: repr and the common methods.

use std::rc::Rc;

use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn bytes_repr(b: &[u8]) -> String {
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
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
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
        Value::Instance(_) => match crate::ops::unwrap_base(v) {
            Some(b) => bytes_of(vm, &b),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
            }
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

fn b_decode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let data = bytes_of(vm, &a.pos[0])?;
    let enc = a
        .pos
        .get(1)
        .cloned()
        .or_else(|| a.kwarg("encoding"))
        .and_then(|v| v.as_str().map(|s| s.to_lowercase()))
        .unwrap_or_else(|| "utf-8".into());
    let errors = a
        .pos
        .get(2)
        .cloned()
        .or_else(|| a.kwarg("errors"))
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_else(|| "strict".into());
    match enc.replace('_', "-").as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(&data) {
            Ok(s) => Ok(Value::str(s)),
            Err(e) => {
                if errors == "replace" || errors == "ignore" {
                    let s = String::from_utf8_lossy(&data).to_string();
                    return Ok(Value::str(&if errors == "ignore" {
                        s.replace('\u{fffd}', "")
                    } else {
                        s
                    }));
                }
                let pos = e.valid_up_to();
                Err(vm.new_error(
                    "UnicodeDecodeError",
                    format!("'utf-8' codec can't decode byte {:#04x} in position {pos}: invalid start byte", data[pos]),
                ))
            }
        },
        "latin-1" | "latin1" | "iso-8859-1" => Ok(Value::str(
            &data.iter().map(|&c| c as char).collect::<String>(),
        )),
        "ascii" => {
            if let Some(p) = data.iter().position(|&c| c >= 0x80) {
                return Err(vm.new_error(
                    "UnicodeDecodeError",
                    format!("'ascii' codec can't decode byte {:#04x} in position {p}: ordinal not in range(128)", data[p]),
                ));
            }
            Ok(Value::str(
                &data.iter().map(|&c| c as char).collect::<String>(),
            ))
        }
        other => Err(vm.new_error("LookupError", format!("unknown encoding: {other}"))),
    }
}

fn b_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let data = bytes_of(vm, &a.pos[0])?;
    Ok(Value::str(
        &data.iter().map(|b| format!("{b:02x}")).collect::<String>(),
    ))
}

fn b_fromhex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = a
        .pos
        .get(1)
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default();
    let clean: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let mut out = Vec::new();
    let cs: Vec<char> = clean.chars().collect();
    for pair in cs.chunks(2) {
        let t: String = pair.iter().collect();
        match u8::from_str_radix(&t, 16) {
            Ok(b) if pair.len() == 2 => out.push(b),
            _ => return Err(vm.value_error("non-hexadecimal number found in fromhex() arg")),
        }
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
    let items = vm.collect(&a.pos[1])?;
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
    let d = bytes_of(vm, &a.pos[0])?;
    let parts: Vec<Vec<u8>> = match a.pos.get(1) {
        Some(Value::None) | None => d
            .split(|c| c.is_ascii_whitespace())
            .filter(|p| !p.is_empty())
            .map(|p| p.to_vec())
            .collect(),
        Some(v) => {
            let sep = bytes_of(vm, v)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            let mut out = Vec::new();
            let mut start = 0;
            let mut i = 0;
            while i + sep.len() <= d.len() {
                if d[i..i + sep.len()] == sep[..] {
                    out.push(d[start..i].to_vec());
                    i += sep.len();
                    start = i;
                } else {
                    i += 1;
                }
            }
            out.push(d[start..].to_vec());
            out
        }
    };
    Ok(Value::list(
        parts.into_iter().map(|p| wrap(&a.pos[0], p)).collect(),
    ))
}
fn b_startswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = bytes_of(vm, &a.pos[0])?;
    let p = bytes_of(vm, &a.pos[1])?;
    Ok(Value::Bool(d.starts_with(&p)))
}
fn b_endswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = bytes_of(vm, &a.pos[0])?;
    let p = bytes_of(vm, &a.pos[1])?;
    Ok(Value::Bool(d.ends_with(&p)))
}
fn b_find(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = bytes_of(vm, &a.pos[0])?;
    let p = match &a.pos[1] {
        Value::Int(i) => vec![*i as u8],
        v => bytes_of(vm, v)?,
    };
    let pos = if p.is_empty() {
        Some(0)
    } else {
        d.windows(p.len()).position(|w| w == &p[..])
    };
    Ok(Value::Int(pos.map(|x| x as i64).unwrap_or(-1)))
}
fn b_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = bytes_of(vm, &a.pos[0])?;
    let p = match &a.pos[1] {
        Value::Int(i) => vec![*i as u8],
        v => bytes_of(vm, v)?,
    };
    if p.is_empty() {
        return Ok(Value::Int(d.len() as i64 + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while i + p.len() <= d.len() {
        if d[i..i + p.len()] == p[..] {
            n += 1;
            i += p.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::Int(n))
}
fn b_replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = bytes_of(vm, &a.pos[0])?;
    let old = bytes_of(vm, &a.pos[1])?;
    let new = bytes_of(vm, &a.pos[2])?;
    let s: String = d.iter().map(|&c| c as char).collect();
    let o: String = old.iter().map(|&c| c as char).collect();
    let n: String = new.iter().map(|&c| c as char).collect();
    let r = s.replace(&o, &n);
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
            let items = vm.collect(v)?;
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

pub fn init(vm: &mut Vm) {
    for t in [vm.types.bytes.clone(), vm.types.bytearray.clone()] {
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
    }
    let ba = vm.types.bytearray.clone();
    vm.add_method(&ba, "append", ba_append);
    vm.add_method(&ba, "extend", ba_extend);
}
