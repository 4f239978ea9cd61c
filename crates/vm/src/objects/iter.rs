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
    /// Over a dict or set table; `len` detects "changed size during iteration".
    Dict {
        dict: Value,
        pos: usize,
        len: usize,
        view: DictView,
    },
    Enumerate {
        it: Value,
        count: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
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
    Exhausted,
}

impl Iter {
    pub fn type_name(&self) -> &'static str {
        match self {
            Iter::Seq { seq, .. } => match seq {
                Value::List(_) => "list_iterator",
                Value::Tuple(_) => "tuple_iterator",
                Value::Str(_) => "str_ascii_iterator",
                Value::Bytes(_) => "bytes_iterator",
                _ => "iterator",
            },
            Iter::Reversed { seq, .. } => match seq {
                Value::List(_) => "list_reverseiterator",
                _ => "reversed",
            },
            Iter::Range { .. } => "range_iterator",
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
            Iter::Callable { .. } => "callable_iterator",
            Iter::Vec { .. } => "iterator",
            Iter::Exhausted => "iterator",
        }
    }
}
