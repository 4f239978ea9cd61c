//! Builtin iterator objects: the states of list/tuple/str/range/dict iterators and of the
//! iterator builtins (enumerate, zip, map, filter, reversed).

use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

pub enum Iter {
    /// Index-based iteration over a sequence (list, tuple, str, bytes, ...).
    Seq {
        seq: Value,
        index: usize,
    },
    Reversed {
        seq: Value,
        index: isize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// A range whose items go past 64 bits (`longrange_iterator`): `remaining` items from
    /// `next` on, `step` apart.
    LongRange {
        next: num_bigint::BigInt,
        step: num_bigint::BigInt,
        remaining: num_bigint::BigInt,
    },
    /// Over a dict or set table; `len` detects "changed size during iteration".
    Dict {
        dict: Value,
        pos: usize,
        len: usize,
        view: DictView,
    },
    /// `result`: the last tuple returned (None before the first), reused while nothing
    /// else holds it (CPython's `en_result`).
    Enumerate {
        it: Value,
        count: Value,
        result: Value,
    },
    /// `result` as for Enumerate (zip's `result`).
    Zip {
        its: Vec<Value>,
        strict: bool,
        result: Value,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// A value list produced eagerly (dict views of sets, sorted results, ...).
    Vec {
        items: Vec<Value>,
        index: usize,
    },
    /// A finished iterator, keeping its type's name.
    Exhausted(&'static str),
}

impl Iter {
    /// Drops what the iterator holds once it is finished.
    pub fn exhaust(&mut self) {
        *self = Iter::Exhausted(self.type_name());
    }

    pub fn type_name(&self) -> &'static str {
        match self {
            Iter::Seq { seq, .. } => match seq {
                Value::List(_) => "list_iterator",
                Value::Tuple(_) => "tuple_iterator",
                Value::Str(s) if s.is_ascii() => "str_ascii_iterator",
                Value::Str(_) => "str_iterator",
                Value::Bytes(_) => "bytes_iterator",
                Value::ByteArray(_) => "bytearray_iterator",
                _ => "iterator",
            },
            Iter::Reversed { seq, .. } => match seq {
                Value::List(_) => "list_reverseiterator",
                _ => "reversed",
            },
            Iter::Range { .. } => "range_iterator",
            Iter::LongRange { .. } => "longrange_iterator",
            Iter::Dict { view, dict, .. } => match (view, dict) {
                (_, Value::Set(_) | Value::FrozenSet(_)) => "set_iterator",
                (DictView::Keys, _) => "dict_keyiterator",
                (DictView::Values, _) => "dict_valueiterator",
                (DictView::Items, _) => "dict_itemiterator",
            },
            Iter::Enumerate { .. } => "enumerate",
            Iter::Zip { .. } => "zip",
            Iter::Map { .. } => "map",
            Iter::Filter { .. } => "filter",
            // obj[0], obj[1], ...: the sequence protocol's `iterator`
            Iter::Callable { sentinel, .. } if sentinel.is_null() => "iterator",
            Iter::Callable { .. } => "callable_iterator",
            Iter::Vec { .. } => "iterator",
            Iter::Exhausted(name) => name,
        }
    }
}

/// `type(it)` for a native iterator.
pub fn iter_type(t: &crate::vm::Types, it: &Iter) -> std::rc::Rc<crate::objects::typeobj::Type> {
    match it.type_name() {
        "list_iterator" => t.list_iterator.clone(),
        "tuple_iterator" => t.tuple_iterator.clone(),
        "str_ascii_iterator" => t.str_ascii_iterator.clone(),
        "bytes_iterator" => t.bytes_iterator.clone(),
        "bytearray_iterator" => t.bytearray_iterator.clone(),
        "list_reverseiterator" => t.list_reverseiterator.clone(),
        "reversed" => t.reversed.clone(),
        "range_iterator" => t.range_iterator.clone(),
        "longrange_iterator" => t.longrange_iterator.clone(),
        "set_iterator" => t.set_iterator.clone(),
        "dict_keyiterator" => t.dict_keyiterator.clone(),
        "dict_valueiterator" => t.dict_valueiterator.clone(),
        "dict_itemiterator" => t.dict_itemiterator.clone(),
        "enumerate" => t.enumerate.clone(),
        "zip" => t.zip.clone(),
        "map" => t.map.clone(),
        "filter" => t.filter.clone(),
        "callable_iterator" => t.callable_iterator.clone(),
        _ => t.iterator.clone(),
    }
}

use crate::vm::{PyResult, Vm};

/// `it.__next__()` of the builtin iterators: the next item, or StopIteration.
fn iter_dunder_next(vm: &mut Vm, a: crate::objects::function::Args) -> PyResult<Value> {
    let mut it = a.pos.first().cloned().unwrap_or(Value::None);
    if let Value::Instance(_) = it {
        // An instance of a subclass (`class Z(zip)`) wraps the iterator its `__new__` made;
        // `vm.next` of the instance itself would come back here.
        match crate::ops::unwrap_base(&it) {
            Some(b @ Value::Iter(_)) => it = b,
            _ => {
                let tn = vm.type_name(&it);
                return Err(vm.type_error(format!(
                    "descriptor '__next__' requires an iterator object but received a '{tn}'"
                )));
            }
        }
    }
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => {
            let t = vm.exc_type("StopIteration");
            Err(vm.new_exception(&t, vec![]))
        }
    }
}

/// `it.__iter__()`: the iterator itself.
fn iter_dunder_iter(_vm: &mut Vm, a: crate::objects::function::Args) -> PyResult<Value> {
    Ok(a.pos.first().cloned().unwrap_or(Value::None))
}

/// `it.__length_hint__()` of the sequence, range and reversed iterators: the items left.
fn iter_length_hint(vm: &mut Vm, a: crate::objects::function::Args) -> PyResult<Value> {
    let it = a.pos.first().cloned().unwrap_or(Value::None);
    let Value::Iter(cell) = &it else {
        return Ok(Value::Int(0));
    };
    let (seq, left) = match &*cell.borrow() {
        Iter::Seq { seq, index } => (Some(seq.clone()), -(*index as i64)),
        Iter::Reversed { seq, index } => (Some(seq.clone()), *index as i64 + 1),
        Iter::Range { next, stop, step } => {
            let span = (*stop as i128 - *next as i128) * step.signum() as i128;
            let n = (span + step.unsigned_abs() as i128 - 1) / step.unsigned_abs() as i128;
            return Ok(Value::Int(n.max(0) as i64));
        }
        Iter::LongRange { remaining, .. } => return Ok(Value::from_bigint(remaining.clone())),
        Iter::Vec { items, index } => (None, items.len() as i64 - *index as i64),
        // dictiter_len / setiter_len: the entries left, 0 once the size changed
        Iter::Dict { dict, pos, len, .. } => {
            let mut left = 0;
            let mut p = *pos;
            match dict {
                Value::Dict(d) if d.borrow().len() == *len => {
                    while let Some((q, _)) = d.borrow().next_from(p) {
                        (left, p) = (left + 1, q + 1);
                    }
                }
                Value::Set(s) | Value::FrozenSet(s) if s.borrow().len() == *len => {
                    while let Some((q, _)) = s.borrow().next_from(p) {
                        (left, p) = (left + 1, q + 1);
                    }
                }
                _ => {}
            }
            (None, left)
        }
        _ => (None, 0),
    };
    let n = match seq {
        // listreviter_len: nothing once the list shrank below the index
        Some(s) if left > 0 => {
            let len = vm.len(&s)? as i64;
            if len < left {
                0
            } else {
                left
            }
        }
        Some(s) => vm.len(&s)? as i64 + left,
        None => left,
    };
    Ok(Value::Int(n.max(0)))
}

/// Install `__next__`/`__iter__` on the builtin iterator types (called from
/// `modules::register`), so `it.__next__` works as in CPython (heapq.merge binds it).
pub fn init_dunders(vm: &mut Vm) {
    let t = &vm.types;
    let types = [
        t.list_iterator.clone(),
        t.tuple_iterator.clone(),
        t.str_ascii_iterator.clone(),
        t.bytes_iterator.clone(),
        t.bytearray_iterator.clone(),
        t.list_reverseiterator.clone(),
        t.reversed.clone(),
        t.range_iterator.clone(),
        t.longrange_iterator.clone(),
        t.set_iterator.clone(),
        t.dict_keyiterator.clone(),
        t.dict_valueiterator.clone(),
        t.dict_itemiterator.clone(),
        t.enumerate.clone(),
        t.zip.clone(),
        t.map.clone(),
        t.filter.clone(),
        t.callable_iterator.clone(),
        t.iterator.clone(),
    ];
    // the sequence, range, set and dict iterators (not enumerate/zip/map/filter/callable)
    for ty in &types[..13] {
        if ty.lookup("__length_hint__").is_none() {
            vm.add_method(ty, "__length_hint__", iter_length_hint);
        }
    }
    for ty in &types {
        if ty.lookup("__next__").is_none() {
            vm.add_method(ty, "__next__", iter_dunder_next);
        }
        if ty.lookup("__iter__").is_none() {
            vm.add_method(ty, "__iter__", iter_dunder_iter);
        }
    }
}
