//! Subscription: `obj[key]`, `obj[key] = v`, `del obj[key]`, with slices.

use std::rc::Rc;

use crate::objects::misc::Slice;
use crate::objects::str_index;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `PySlice_GetIndicesEx`: (start, stop, step, length) for a sequence of `len` items.
pub fn slice_indices(vm: &mut Vm, s: &Slice, len: i64) -> PyResult<(i64, i64, i64, usize)> {
    let step = if s.step.is_none() {
        1
    } else {
        slice_int(vm, &s.step)?
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    // PySlice_Unpack: -PY_SSIZE_T_MAX at least, so that -step cannot overflow.
    let step = step.max(-i64::MAX);
    let (lo, hi) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: i64| -> i64 {
        if v < 0 {
            (v + len).max(lo)
        } else {
            v.min(hi)
        }
    };
    let start = if s.start.is_none() {
        if step < 0 {
            hi
        } else {
            lo
        }
    } else {
        clamp(slice_int(vm, &s.start)?)
    };
    let stop = if s.stop.is_none() {
        if step < 0 {
            lo
        } else {
            hi
        }
    } else {
        clamp(slice_int(vm, &s.stop)?)
    };
    let n = if step > 0 {
        if stop > start {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok((start, stop, step, n as usize))
}

fn slice_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(b) => Ok(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        }),
        _ => match vm.index_value(v) {
            Ok(i) => Ok(i),
            Err(_) => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
    }
}

fn seq_index(vm: &mut Vm, key: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(vm.index_error("cannot fit 'int' into an index-sized integer".to_string()))
        }
        _ => match vm.index_value(key) {
            Ok(i) => i,
            // an __index__ that raised or returned a non-int: its own error
            Err(e)
                if matches!(key, Value::Instance(_))
                    && vm.lookup_special(key, "__index__")?.is_some() =>
            {
                return Err(e)
            }
            Err(_) => {
                let tn = vm.type_name(key);
                if what == "str" {
                    return Err(
                        vm.type_error(format!("string indices must be integers, not '{tn}'"))
                    );
                }
                return Err(vm.type_error(format!(
                    "{what} indices must be integers or slices, not {tn}"
                )));
            }
        },
    };
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        let msg = match what {
            "str" => "string index out of range".to_string(),
            "bytes" => "index out of range".to_string(),
            _ => format!("{what} index out of range"),
        };
        return Err(vm.index_error(msg));
    }
    Ok(j as usize)
}

fn pick<T: Clone>(items: &[T], start: i64, step: i64, n: usize) -> Vec<T> {
    let mut out = Vec::with_capacity(n);
    let mut i = start;
    for _ in 0..n {
        out.push(items[i as usize].clone());
        i += step;
    }
    out
}

pub fn getitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    match obj {
        Value::List(l) => {
            if let Value::Slice(s) = key {
                let items = l.borrow().clone();
                let (start, _, step, n) = slice_indices(vm, s, items.len() as i64)?;
                return Ok(Value::list(pick(&items, start, step, n)));
            }
            let len = l.borrow().len();
            let i = seq_index(vm, key, len, "list")?;
            Ok(l.borrow()[i].clone())
        }
        Value::Tuple(t) => {
            if let Value::Slice(s) = key {
                let (start, _, step, n) = slice_indices(vm, s, t.len() as i64)?;
                return Ok(Value::tuple(pick(t, start, step, n)));
            }
            let i = seq_index(vm, key, t.len(), "tuple")?;
            Ok(t[i].clone())
        }
        Value::Str(s) => {
            if str_index::is_ascii(s) {
                if let Value::Slice(sl) = key {
                    let (start, _, step, n) = slice_indices(vm, sl, s.len() as i64)?;
                    if step == 1 {
                        return Ok(Value::str(&s[start as usize..start as usize + n]));
                    }
                    let bytes = pick(s.as_bytes(), start, step, n);
                    return Ok(Value::Str(Rc::from(
                        String::from_utf8(bytes).unwrap_or_default(),
                    )));
                }
                let i = seq_index(vm, key, s.len(), "str")?;
                return Ok(Value::str(&s[i..i + 1]));
            }
            if let Value::Slice(sl) = key {
                let (start, _, step, n) = slice_indices(vm, sl, str_index::char_len(s) as i64)?;
                if step == 1 {
                    let from = str_index::byte_offset(s, start as usize);
                    let to = str_index::byte_offset(s, start as usize + n);
                    return Ok(Value::str(&s[from..to]));
                }
                let chars: Vec<char> = s.chars().collect();
                return Ok(Value::Str(Rc::from(
                    pick(&chars, start, step, n).into_iter().collect::<String>(),
                )));
            }
            let i = seq_index(vm, key, str_index::char_len(s), "str")?;
            let c = str_index::char_at(s, i);
            let mut buf = [0u8; 4];
            Ok(Value::str(c.encode_utf8(&mut buf)))
        }
        Value::Bytes(b) => {
            if let Value::Slice(sl) = key {
                let (start, _, step, n) = slice_indices(vm, sl, b.len() as i64)?;
                return Ok(Value::Bytes(pick(b, start, step, n).into()));
            }
            let i = seq_index(vm, key, b.len(), "bytes")?;
            Ok(Value::Int(b[i] as i64))
        }
        Value::ByteArray(b) => {
            // Indices first (`__index__` may run Python code), then one borrow, no copy.
            let len = b.borrow().len();
            if let Value::Slice(sl) = key {
                let (start, _, step, n) = slice_indices(vm, sl, len as i64)?;
                let data = b.borrow();
                let n = if data.len() == len { n } else { 0 };
                return Ok(Value::ByteArray(Rc::new(std::cell::RefCell::new(pick(
                    &data, start, step, n,
                )))));
            }
            let i = seq_index(vm, key, len, "bytearray")?;
            match b.borrow().get(i) {
                Some(&byte) => Ok(Value::Int(byte as i64)),
                None => Err(vm.index_error("bytearray index out of range")),
            }
        }
        Value::Range(r) if r.big.is_some() || matches!(key, Value::Slice(_) | Value::BigInt(_)) => {
            if let Value::Slice(sl) = key {
                return crate::objects::rangeobj::range_slice(vm, r, sl);
            }
            let i = match key {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.to_bigint(key),
                Value::Instance(_) => Some(vm.index_value(key)?.into()),
                _ => None,
            };
            let Some(mut i) = i else {
                let tn = vm.type_name(key);
                return Err(vm.type_error(format!(
                    "range indices must be integers or slices, not {tn}"
                )));
            };
            let len = r.exact_len();
            let zero = num_bigint::BigInt::from(0);
            if i < zero {
                i += &len;
            }
            if i < zero || i >= len {
                return Err(vm.index_error("range object index out of range"));
            }
            Ok(Value::from_bigint(r.exact_item(&i)))
        }
        Value::Range(r) => {
            let i = seq_index(vm, key, r.len() as usize, "range object")?;
            Ok(Value::Int(r.item(i as i64)))
        }
        Value::Dict(d) => match vm.dict_get(d, key)? {
            Some(v) => Ok(v),
            None => Err(vm.key_error(key.clone())),
        },
        Value::Type(t) => {
            // A metaclass's __getitem__ comes first (`Color["RED"]` on an Enum).
            let meta = vm.type_of(obj);
            if !Rc::ptr_eq(&meta, &vm.types.type_) {
                if let Some(m) = vm.lookup_special(obj, "__getitem__")? {
                    return vm.call(&m, vec![key.clone()]);
                }
            }
            // `list[int]` and friends: generic aliases
            if let Some(m) = t.lookup("__class_getitem__") {
                let f = match m {
                    Value::ClassMethod(f) => f.borrow().clone(),
                    other => other,
                };
                if let Value::Builtin(b) = &f {
                    return (b.func)(
                        vm,
                        crate::objects::function::Args::new(vec![obj.clone(), key.clone()]),
                    );
                }
                return vm.call(&f, vec![obj.clone(), key.clone()]);
            }
            // The builtins module's types CPython leaves without __class_getitem__ (and the
            // exceptions) are not subscriptable; pydive's other builtin types stand in for
            // generic library classes.
            const NOT_GENERIC: &[&str] = &[
                "bool",
                "memoryview",
                "bytearray",
                "bytes",
                "classmethod",
                "complex",
                "filter",
                "float",
                "property",
                "int",
                "map",
                "object",
                "range",
                "reversed",
                "slice",
                "staticmethod",
                "str",
                "super",
                "zip",
            ];
            if t.builtin && !NOT_GENERIC.contains(&&*t.name()) && !vm.is_exception_type(t) {
                return Ok(crate::objects::typecall::generic_alias(vm, obj, key));
            }
            let tn = crate::vm::Vm::tp_name_of(t);
            Err(vm.type_error(format!("type '{tn}' is not subscriptable")))
        }
        _ => {
            if let Some(m) = vm.lookup_special(obj, "__getitem__")? {
                return vm.call(&m, vec![key.clone()]);
            }
            // a dict view holds its dict as its base, but is no mapping itself
            let view = crate::objects::dictview::as_view(obj).is_some();
            if let Some(b) = crate::ops::unwrap_base(obj).filter(|_| !view) {
                return getitem(vm, &b, key);
            }
            let tn = vm.type_name(obj);
            Err(vm.type_error(format!("'{tn}' object is not subscriptable")))
        }
    }
}

pub fn setitem(vm: &mut Vm, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
    match obj {
        Value::List(l) => {
            if let Value::Slice(s) = key {
                let items = vm.collect(&value)?;
                let len = l.borrow().len() as i64;
                let (start, stop, step, n) = slice_indices(vm, s, len)?;
                if step == 1 {
                    let stop = stop.max(start);
                    // list_ass_slice resizes as list_resize does, growing or shrinking.
                    let mut lb = l.borrow_mut();
                    let old = lb.len();
                    let newsize = (old as i64 + items.len() as i64 - (stop - start)) as usize;
                    if newsize > old {
                        crate::objects::list::grow_for(&mut lb, newsize);
                    }
                    let removed: Vec<Value> =
                        lb.splice(start as usize..stop as usize, items).collect();
                    if newsize < old {
                        crate::objects::list::shrunk_from(&mut lb, old);
                    }
                    drop(lb);
                    // list_ass_slice releases the replaced items last to first
                    crate::value::drop_last_first(removed);
                    return Ok(());
                }
                if items.len() != n {
                    return Err(vm.value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {n}",
                        items.len()
                    )));
                }
                let mut i = start;
                let mut lb = l.borrow_mut();
                for it in items {
                    lb[i as usize] = it;
                    i += step;
                }
                return Ok(());
            }
            let len = l.borrow().len();
            let i = match seq_index(vm, key, len, "list") {
                Ok(i) => i,
                Err(e) => {
                    if vm.err_is(&e, "IndexError") {
                        return Err(vm.index_error("list assignment index out of range"));
                    }
                    return Err(e);
                }
            };
            l.borrow_mut()[i] = value;
            Ok(())
        }
        Value::Dict(d) => vm.dict_set(d, key.clone(), value),
        Value::ByteArray(b) => {
            if let Value::Slice(s) = key {
                return bytearray_set_slice(vm, b, s, &value);
            }
            let len = b.borrow().len();
            let i = seq_index(vm, key, len, "bytearray")?;
            let v = vm.index_value(&value)?;
            if !(0..256).contains(&v) {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            }
            b.borrow_mut()[i] = v as u8;
            Ok(())
        }
        _ => {
            if let Some(m) = vm.lookup_special(obj, "__setitem__")? {
                vm.call(&m, vec![key.clone(), value])?;
                return Ok(());
            }
            if let Some(b) = crate::ops::unwrap_base(obj) {
                if !crate::objects::mappingproxy::is_proxy(vm, obj) {
                    return setitem(vm, &b, key, value);
                }
            }
            let tn = vm.type_name(obj);
            Err(vm.type_error(format!("'{tn}' object does not support item assignment")))
        }
    }
}

/// The bytes a bytearray slice assignment stores: a buffer's bytes, or an iterable of ints
/// in range(0, 256); str and int are refused as CPython's bytearray_setslice does.
fn bytes_to_assign(vm: &mut Vm, value: &Value) -> PyResult<Vec<u8>> {
    match value {
        Value::Bytes(b) => return Ok(b.to_vec()),
        Value::ByteArray(b) => return Ok(b.borrow().clone()),
        Value::Str(_) | Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            return Err(vm.type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ))
        }
        _ => {}
    }
    if vm.isinstance_type(value, &vm.types.memoryview.clone()) {
        let t = Value::Type(vm.types.bytes.clone());
        if let Value::Bytes(b) = vm.call(&t, vec![value.clone()])? {
            return Ok(b.to_vec());
        }
    }
    let items = vm.collect(value).map_err(|e| {
        if vm.err_is(&e, "TypeError") {
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        } else {
            e
        }
    })?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        let v = vm.index_value(it)?;
        if !(0..256).contains(&v) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        out.push(v as u8);
    }
    Ok(out)
}

/// `ba[start:stop:step] = value`. A plain slice is replaced by any number of bytes; an
/// extended slice needs exactly as many, except that assigning nothing deletes it (CPython).
fn bytearray_set_slice(
    vm: &mut Vm,
    b: &Rc<std::cell::RefCell<Vec<u8>>>,
    s: &Slice,
    value: &Value,
) -> PyResult<()> {
    let new = bytes_to_assign(vm, value)?;
    let len = b.borrow().len() as i64;
    let (start, stop, step, n) = slice_indices(vm, s, len)?;
    if step == 1 {
        let stop = stop.max(start);
        b.borrow_mut().splice(start as usize..stop as usize, new);
        return Ok(());
    }
    if new.is_empty() {
        let mut idx: Vec<usize> = (0..n).map(|k| (start + k as i64 * step) as usize).collect();
        idx.sort_unstable();
        let mut bb = b.borrow_mut();
        for i in idx.into_iter().rev() {
            bb.remove(i);
        }
        return Ok(());
    }
    if new.len() != n {
        return Err(vm.value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {n}",
            new.len()
        )));
    }
    let mut bb = b.borrow_mut();
    for (k, byte) in new.into_iter().enumerate() {
        bb[(start + k as i64 * step) as usize] = byte;
    }
    Ok(())
}

pub fn delitem(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<()> {
    match obj {
        Value::List(l) => {
            if let Value::Slice(s) = key {
                let len = l.borrow().len() as i64;
                let (start, _stop, step, n) = slice_indices(vm, s, len)?;
                let mut idx: Vec<usize> =
                    (0..n).map(|k| (start + k as i64 * step) as usize).collect();
                idx.sort_unstable();
                let mut lb = l.borrow_mut();
                let mut removed: Vec<Value> = idx.into_iter().rev().map(|i| lb.remove(i)).collect();
                crate::objects::list::shrunk_from(&mut lb, len as usize);
                drop(lb);
                // list_ass_subscript: a step of 1 or -1 is list_ass_slice (last released
                // first), another step releases the items in index order
                if step.abs() != 1 {
                    removed.reverse();
                }
                drop(removed);
                return Ok(());
            }
            let len = l.borrow().len();
            let i = match seq_index(vm, key, len, "list") {
                Ok(i) => i,
                Err(e) => {
                    if vm.err_is(&e, "IndexError") {
                        return Err(vm.index_error("list assignment index out of range"));
                    }
                    return Err(e);
                }
            };
            let mut lb = l.borrow_mut();
            lb.remove(i);
            crate::objects::list::shrunk_from(&mut lb, len);
            Ok(())
        }
        Value::Dict(d) => match vm.dict_del(d, key)? {
            Some(_) => Ok(()),
            None => Err(vm.key_error(key.clone())),
        },
        Value::ByteArray(b) => {
            let len = b.borrow().len();
            if let Value::Slice(s) = key {
                let (start, _stop, step, n) = slice_indices(vm, s, len as i64)?;
                let mut idx: Vec<usize> =
                    (0..n).map(|k| (start + k as i64 * step) as usize).collect();
                idx.sort_unstable();
                let mut bb = b.borrow_mut();
                if step == 1 && n > 0 {
                    bb.drain(idx[0]..idx[0] + n);
                } else {
                    for i in idx.into_iter().rev() {
                        bb.remove(i);
                    }
                }
                return Ok(());
            }
            let i = match seq_index(vm, key, len, "bytearray") {
                Ok(i) => i,
                Err(e) => {
                    if vm.err_is(&e, "IndexError") {
                        return Err(vm.index_error("bytearray index out of range"));
                    }
                    return Err(e);
                }
            };
            b.borrow_mut().remove(i);
            Ok(())
        }
        _ => {
            if let Some(m) = vm.lookup_special(obj, "__delitem__")? {
                vm.call(&m, vec![key.clone()])?;
                return Ok(());
            }
            if let Some(b) = crate::ops::unwrap_base(obj) {
                if !crate::objects::mappingproxy::is_proxy(vm, obj) {
                    return delitem(vm, &b, key);
                }
            }
            let tn = vm.type_name(obj);
            // PySequence_DelItem (an index key, a type with sequence methods) spells it
            // "doesn't"; PyObject_DelItem "does not"
            let index_key = matches!(key, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
                || (matches!(key, Value::Instance(_))
                    && vm.lookup_special(key, "__index__")?.is_some());
            let has_sq = !matches!(
                obj,
                Value::Int(_)
                    | Value::Bool(_)
                    | Value::BigInt(_)
                    | Value::Float(_)
                    | Value::Complex(..)
                    | Value::None
            );
            let does = if index_key && has_sq {
                "doesn't"
            } else {
                "does not"
            };
            Err(vm.type_error(format!("'{tn}' object {does} support item deletion")))
        }
    }
}
