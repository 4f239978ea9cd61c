//! Building values: tuples, lists, sets, dicts, strings, slices; unpacking; pattern matching.

use std::rc::Rc;

use super::{peek, pop, popn, push, Flow};
use crate::frame::FrameRef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// BUILD_TUPLE (values[n] -- tuple)
pub fn build_tuple(_vm: &mut Vm, f: &FrameRef, n: u32) -> PyResult<Flow> {
    let items = popn(f, n as usize);
    push(f, Value::tuple(items));
    Ok(Flow::Next)
}

pub fn build_list(_vm: &mut Vm, f: &FrameRef, n: u32) -> PyResult<Flow> {
    let items = popn(f, n as usize);
    push(f, Value::list(items));
    Ok(Flow::Next)
}

pub fn build_set(vm: &mut Vm, f: &FrameRef, n: u32) -> PyResult<Flow> {
    let items = popn(f, n as usize);
    let s = vm.new_set(items)?;
    push(f, Value::Set(s));
    Ok(Flow::Next)
}

/// BUILD_MAP (key, value pairs[2n] -- dict)
pub fn build_map(vm: &mut Vm, f: &FrameRef, n: u32) -> PyResult<Flow> {
    let items = popn(f, 2 * n as usize);
    let d = vm.new_dict();
    let all_str = items.chunks(2).all(|p| matches!(p[0], Value::Str(_)));
    d.borrow_mut().keys_model = crate::objects::dict::KeysModel::presized(n as usize, all_str);
    for pair in items.chunks(2) {
        vm.dict_set(&d, pair[0].clone(), pair[1].clone())?;
    }
    push(f, Value::Dict(d));
    Ok(Flow::Next)
}

/// BUILD_CONST_KEY_MAP (values[n], keys -- dict)
pub fn build_const_key_map(vm: &mut Vm, f: &FrameRef, n: u32) -> PyResult<Flow> {
    let keys = pop(f);
    let values = popn(f, n as usize);
    let d = vm.new_dict();
    if let Value::Tuple(ks) = &keys {
        let all_str = ks.iter().all(|k| matches!(k, Value::Str(_)));
        d.borrow_mut().keys_model = crate::objects::dict::KeysModel::presized(ks.len(), all_str);
    }
    if let Value::Tuple(ks) = keys {
        for (k, v) in ks.iter().zip(values) {
            vm.dict_set(&d, k.clone(), v)?;
        }
    }
    push(f, Value::Dict(d));
    Ok(Flow::Next)
}

/// BUILD_STRING (pieces[n] -- str)
pub fn build_string(vm: &mut Vm, f: &FrameRef, n: u32) -> PyResult<Flow> {
    let pieces = popn(f, n as usize);
    let len = pieces.iter().map(|p| p.as_str().map_or(8, str::len)).sum();
    let mut s = String::with_capacity(len);
    for p in pieces {
        match p {
            Value::Str(x) => s.push_str(&x),
            other => s.push_str(&vm.str(&other)?),
        }
    }
    push(f, Value::Str(Rc::from(s)));
    Ok(Flow::Next)
}

/// BUILD_SLICE (start, stop[, step] -- slice)
pub fn build_slice(_vm: &mut Vm, f: &FrameRef, n: u32) -> PyResult<Flow> {
    let step = if n == 3 { pop(f) } else { Value::None };
    let stop = pop(f);
    let start = pop(f);
    push(
        f,
        Value::Slice(Rc::new(crate::objects::misc::Slice { start, stop, step })),
    );
    Ok(Flow::Next)
}

/// LIST_APPEND (list, unused[i-1], v -- list, unused[i-1])
pub fn list_append(vm: &mut Vm, f: &FrameRef, i: u32) -> PyResult<Flow> {
    let v = pop(f);
    match peek(f, i as usize) {
        Value::List(l) => crate::objects::list::push(&mut l.borrow_mut(), v),
        _ => return Err(vm.system_error("LIST_APPEND on a non-list")),
    }
    Ok(Flow::Next)
}

pub fn list_extend(vm: &mut Vm, f: &FrameRef, i: u32) -> PyResult<Flow> {
    let it = pop(f);
    let items = match vm.collect(&it) {
        Ok(v) => v,
        // Only an object that cannot be iterated at all (no __iter__, no __getitem__) gets this
        // message; a TypeError raised while iterating passes through (ceval.c, LIST_EXTEND).
        Err(e)
            if vm.err_is(&e, "TypeError") && {
                let t = vm.type_of(&it);
                // a native type's __getitem__ is a mapping's (re.Match), not sq_item
                let seq = match t.lookup("__getitem__") {
                    Some(Value::Builtin(_)) => !t.immutable.get(),
                    g => g.is_some(),
                };
                t.lookup("__iter__").is_none() && !seq
            } =>
        {
            let tn = vm.type_name(&it);
            return Err(vm.type_error(format!("Value after * must be an iterable, not {tn}")));
        }
        Err(e) => return Err(e),
    };
    match peek(f, i as usize) {
        Value::List(l) => l.borrow_mut().extend(items),
        _ => return Err(vm.system_error("LIST_EXTEND on a non-list")),
    }
    Ok(Flow::Next)
}

pub fn set_add(vm: &mut Vm, f: &FrameRef, i: u32) -> PyResult<Flow> {
    let v = pop(f);
    match peek(f, i as usize) {
        Value::Set(s) => vm.set_add(&s, v)?,
        _ => return Err(vm.system_error("SET_ADD on a non-set")),
    }
    Ok(Flow::Next)
}

pub fn set_update(vm: &mut Vm, f: &FrameRef, i: u32) -> PyResult<Flow> {
    let it = pop(f);
    match peek(f, i as usize) {
        Value::Set(s) => vm.set_update_from(&s, &it)?,
        _ => return Err(vm.system_error("SET_UPDATE on a non-set")),
    }
    Ok(Flow::Next)
}

/// MAP_ADD (dict, unused[i-1], key, value -- dict, unused[i-1])
pub fn map_add(vm: &mut Vm, f: &FrameRef, i: u32) -> PyResult<Flow> {
    let v = pop(f);
    let k = pop(f);
    match peek(f, i as usize) {
        Value::Dict(d) => vm.dict_set(&d, k, v)?,
        _ => return Err(vm.system_error("MAP_ADD on a non-dict")),
    }
    Ok(Flow::Next)
}

pub fn dict_update(vm: &mut Vm, f: &FrameRef, i: u32) -> PyResult<Flow> {
    let other = pop(f);
    let Value::Dict(d) = peek(f, i as usize) else {
        return Err(vm.system_error("DICT_UPDATE on a non-dict"));
    };
    // PyDict_Update wants a mapping: without keys() it is not one (an iterable of pairs is
    // only for dict.update()).
    if !matches!(other, Value::Dict(_)) && !vm.hasattr(&other, "keys")? {
        let tn = vm.type_name(&other);
        return Err(vm.type_error(format!("'{tn}' object is not a mapping")));
    }
    if let Err(e) = crate::objects::dict_update_from(vm, &d, &other) {
        if vm.err_is(&e, "AttributeError") {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("'{tn}' object is not a mapping")));
        }
        return Err(e);
    }
    Ok(Flow::Next)
}

/// DICT_MERGE: like DICT_UPDATE but duplicate keys are an error (`f(**a, **b)`).
pub fn dict_merge(vm: &mut Vm, f: &FrameRef, i: u32) -> PyResult<Flow> {
    let other = pop(f);
    let Value::Dict(d) = peek(f, i as usize) else {
        return Err(vm.system_error("DICT_MERGE on a non-dict"));
    };
    let func = peek(f, i as usize + 2);
    let keys = match &other {
        Value::Dict(o) => o.borrow().items(),
        _ => {
            let ks = match vm.call_method(&other, "keys", vec![]) {
                Ok(k) => k,
                Err(e) if vm.err_is(&e, "AttributeError") => {
                    let fname = crate::builtins::callable_name(vm, &func);
                    let tn = vm.type_name(&other);
                    return Err(vm.type_error(format!(
                        "{fname} argument after ** must be a mapping, not {tn}"
                    )));
                }
                Err(e) => return Err(e),
            };
            let mut out = Vec::new();
            for k in vm.collect(&ks)? {
                let v = vm.getitem(&other, &k)?;
                out.push((k, v));
            }
            out
        }
    };
    for (k, v) in keys {
        if vm.dict_get(&d, &k)?.is_some() {
            let fname = crate::builtins::callable_name(vm, &func);
            let kr = vm.str(&k)?;
            return Err(vm.type_error(format!(
                "{fname} got multiple values for keyword argument '{kr}'"
            )));
        }
        vm.dict_set(&d, k, v)?;
    }
    Ok(Flow::Next)
}

/// FORMAT_VALUE (value, [spec] -- str): flags 0x03 pick the conversion, 0x04 a spec.
pub fn format_value(vm: &mut Vm, f: &FrameRef, flags: u32) -> PyResult<Flow> {
    if flags == 0 {
        // No conversion, no spec: a str stays itself and an int is its decimal digits.
        let mut fr = f.borrow_mut();
        match fr.stack.last_mut() {
            Some(Value::Str(_)) => return Ok(Flow::Next),
            Some(v @ Value::Int(_)) => {
                if let Value::Int(i) = v {
                    *v = Value::Str(Rc::from(i.to_string()));
                }
                return Ok(Flow::Next);
            }
            _ => {}
        }
    }
    let spec = if flags & 0x04 != 0 {
        pop(f)
    } else {
        Value::Str(Rc::from(""))
    };
    let v = pop(f);
    let v = match flags & 0x03 {
        1 => Value::Str(vm.str(&v)?),
        2 => Value::Str(vm.repr(&v)?),
        3 => Value::Str(Rc::from(crate::objects::str::ascii_escape(&vm.repr(&v)?))),
        _ => v,
    };
    let spec_s = spec.as_str().unwrap_or("").to_string();
    let r = if let (Value::Str(_), true) = (&v, spec_s.is_empty()) {
        v
    } else {
        vm.format(&v, &spec_s)?
    };
    push(f, r);
    Ok(Flow::Next)
}

/// UNPACK_SEQUENCE (seq -- values[n]), pushed so the first item ends on top.
pub fn unpack_sequence(vm: &mut Vm, f: &FrameRef, n: u32) -> PyResult<Flow> {
    let seq = pop(f);
    let items = unpack_items(vm, &seq)?;
    let n = n as usize;
    if items.len() != n {
        if items.len() > n {
            return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
        }
        return Err(vm.value_error(format!(
            "not enough values to unpack (expected {n}, got {})",
            items.len()
        )));
    }
    let mut fr = f.borrow_mut();
    fr.stack.extend(items.into_iter().rev());
    Ok(Flow::Next)
}

fn unpack_items(vm: &mut Vm, seq: &Value) -> PyResult<Vec<Value>> {
    match vm.collect(seq) {
        Ok(v) => Ok(v),
        Err(e)
            if vm.err_is(&e, "TypeError")
                && vm.lookup_special(seq, "__iter__")?.is_none()
                && !matches!(seq, Value::Iter(_) | Value::Generator(_)) =>
        {
            let tn = vm.type_name(seq);
            Err(vm.type_error(format!("cannot unpack non-iterable {tn} object")))
        }
        Err(e) => Err(e),
    }
}

/// UNPACK_EX (seq -- before, list, after): `a, *b, c = seq`, oparg = before | after << 8.
pub fn unpack_ex(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let before = (arg & 0xff) as usize;
    let after = (arg >> 8) as usize;
    let seq = pop(f);
    let items = unpack_items(vm, &seq)?;
    if items.len() < before + after {
        return Err(vm.value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let mut out = Vec::with_capacity(before + after + 1);
    out.extend(items[..before].iter().cloned());
    out.push(Value::list(items[before..items.len() - after].to_vec()));
    out.extend(items[items.len() - after..].iter().cloned());
    let mut fr = f.borrow_mut();
    fr.stack.extend(out.into_iter().rev());
    Ok(Flow::Next)
}

/// GET_LEN (obj -- obj, len(obj))
pub fn get_len(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let v = peek(f, 1);
    let n = vm.len(&v)?;
    push(f, Value::Int(n as i64));
    Ok(Flow::Next)
}

/// MATCH_MAPPING (subject -- subject, is_mapping)
pub fn match_mapping(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let v = peek(f, 1);
    let r = match &v {
        Value::Dict(_) => true,
        Value::Instance(_) => {
            let t = vm.type_of(&v);
            t.is_subtype(&vm.types.dict) || t.lookup("__match_mapping__").is_some() || {
                let abc = vm.getattr_opt_module("collections.abc", "Mapping");
                match abc {
                    Some(m) => vm.isinstance(&v, &m)?,
                    None => false,
                }
            }
        }
        _ => false,
    };
    push(f, Value::Bool(r));
    Ok(Flow::Next)
}

/// MATCH_SEQUENCE (subject -- subject, is_sequence)
pub fn match_sequence(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let v = peek(f, 1);
    let r = match &v {
        Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
        Value::Instance(_) => {
            let t = vm.type_of(&v);
            t.is_subtype(&vm.types.list) || t.is_subtype(&vm.types.tuple) || {
                let abc = vm.getattr_opt_module("collections.abc", "Sequence");
                match abc {
                    Some(m) => vm.isinstance(&v, &m)?,
                    None => false,
                }
            }
        }
        _ => false,
    };
    push(f, Value::Bool(r));
    Ok(Flow::Next)
}

/// MATCH_KEYS (subject, keys -- subject, keys, values_or_none)
pub fn match_keys(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let keys = peek(f, 1);
    let subject = peek(f, 2);
    let Value::Tuple(ks) = keys else {
        return Err(vm.system_error("MATCH_KEYS expects a tuple"));
    };
    let mut vals = Vec::new();
    for k in ks.iter() {
        let got = match &subject {
            Value::Dict(d) => vm.dict_get(d, k)?,
            other => {
                let dflt = Value::Null;
                let get = vm.getattr(other, "get")?;
                let r = vm.call(&get, vec![k.clone(), Value::tuple(vec![dflt.clone()])])?;
                if matches!(&r, Value::Tuple(t) if t.len() == 1 && t[0].is_null()) {
                    None
                } else {
                    Some(r)
                }
            }
        };
        match got {
            Some(v) => vals.push(v),
            None => {
                push(f, Value::None);
                return Ok(Flow::Next);
            }
        }
    }
    push(f, Value::tuple(vals));
    Ok(Flow::Next)
}

/// MATCH_CLASS's check that no attribute gets two sub-patterns (one positional through
/// `__match_args__`, one by keyword).
fn match_class_seen(vm: &mut Vm, cls: &Value, seen: &mut Vec<String>, n: &str) -> PyResult<()> {
    if seen.iter().any(|s| s == n) {
        let cn = match cls {
            Value::Type(t) => t.name(),
            _ => Rc::from("?"),
        };
        let r = vm.repr(&Value::str(n))?;
        return Err(vm.type_error(format!(
            "{cn}() got multiple sub-patterns for attribute {r}"
        )));
    }
    seen.push(n.to_string());
    Ok(())
}

/// MATCH_CLASS (subject, type, names -- attrs_or_none)
pub fn match_class(vm: &mut Vm, f: &FrameRef, nargs: u32) -> PyResult<Flow> {
    let names = pop(f);
    let cls = pop(f);
    let subject = pop(f);
    if !vm.isinstance(&subject, &cls)? {
        push(f, Value::None);
        return Ok(Flow::Next);
    }
    let mut out = Vec::new();
    // the attribute names looked up so far: one named twice is an error, as CPython's
    let mut seen: Vec<String> = Vec::new();
    let nargs = nargs as usize;
    if nargs > 0 {
        let match_args = vm.getattr(&cls, "__match_args__").ok();
        let self_match = matches!(&cls, Value::Type(t) if ["bool","bytearray","bytes","dict","float","frozenset","int","list","set","str","tuple"].contains(&&*t.name()) && t.builtin);
        if let Some(ma) = match_args
            .as_ref()
            .filter(|v| !matches!(v, Value::Tuple(_)))
        {
            let cn = match &cls {
                Value::Type(t) => t.name(),
                _ => Rc::from("?"),
            };
            let tn = vm.type_name(ma);
            return Err(vm.type_error(format!("{cn}.__match_args__ must be a tuple (got {tn})")));
        }
        match match_args {
            Some(Value::Tuple(ma)) => {
                if nargs > ma.len() {
                    let cn = match &cls {
                        Value::Type(t) => t.name(),
                        _ => Rc::from("?"),
                    };
                    return Err(vm.type_error(format!(
                        "{cn}() accepts {} positional sub-pattern{} ({nargs} given)",
                        ma.len(),
                        if ma.len() == 1 { "" } else { "s" }
                    )));
                }
                for name in ma.iter().take(nargs) {
                    let Some(n) = name.as_str().map(str::to_string) else {
                        let tn = vm.type_name(name);
                        return Err(vm.type_error(format!(
                            "__match_args__ elements must be strings (got {tn})"
                        )));
                    };
                    match_class_seen(vm, &cls, &mut seen, &n)?;
                    match vm.getattr(&subject, &n) {
                        Ok(v) => out.push(v),
                        Err(e) if vm.err_is(&e, "AttributeError") => {
                            push(f, Value::None);
                            return Ok(Flow::Next);
                        }
                        Err(e) => return Err(e),
                    }
                }
            }
            _ if self_match && nargs == 1 => out.push(subject.clone()),
            _ => {
                let cn = match &cls {
                    Value::Type(t) => t.name(),
                    _ => Rc::from("?"),
                };
                // a self-matching builtin takes one positional sub-pattern
                let allowed = usize::from(self_match);
                return Err(vm.type_error(format!(
                    "{cn}() accepts {allowed} positional sub-pattern{} ({nargs} given)",
                    if allowed == 1 { "" } else { "s" }
                )));
            }
        }
    }
    if let Value::Tuple(ns) = names {
        for name in ns.iter() {
            let n = name.as_str().unwrap_or("").to_string();
            match_class_seen(vm, &cls, &mut seen, &n)?;
            match vm.getattr(&subject, &n) {
                Ok(v) => out.push(v),
                Err(e) if vm.err_is(&e, "AttributeError") => {
                    push(f, Value::None);
                    return Ok(Flow::Next);
                }
                Err(e) => return Err(e),
            }
        }
    }
    push(f, Value::tuple(out));
    Ok(Flow::Next)
}
