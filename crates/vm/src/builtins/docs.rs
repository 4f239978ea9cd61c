//! `__doc__` and `__text_signature__` of native callables and builtin types, from the table
//! `scripts/gen_builtin_docs.py` reads off CPython 3.12 (`docs_table.rs`). A native function
//! knows its owner type (methods) but not its module: the native modules' functions are
//! recorded here when the module is made (`note_module`), everything else is `builtins`.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::objects::function::Builtin;
use crate::objects::typeobj::Type;
use crate::value::{DictRef, Value};

use super::docs_table::DOCS;

thread_local! {
    /// Native function address -> the native module that holds it.
    static MODULE_OF: RefCell<HashMap<usize, &'static str>> = RefCell::new(HashMap::new());
}

/// The table's row for `key`: (text signature, or "" for none; doc).
fn row(key: &str) -> Option<(&'static str, Option<&'static str>)> {
    DOCS.binary_search_by(|(k, _, _)| (*k).cmp(key))
        .ok()
        .map(|i| (DOCS[i].1, DOCS[i].2))
}

/// Records the module of the native functions module `name`'s dict `d` holds.
pub fn note_module(name: &str, d: &DictRef) {
    let Some(name) = ["math", "_time", "posix"].into_iter().find(|m| *m == name) else {
        return;
    };
    let fns: Vec<usize> = d
        .borrow()
        .values()
        .into_iter()
        .filter_map(|v| match v {
            Value::Builtin(b) if b.owner.is_none() => Some(b.func as usize),
            _ => None,
        })
        .collect();
    MODULE_OF.with(|m| {
        let mut m = m.borrow_mut();
        for f in fns {
            m.insert(f, name);
        }
    });
}

fn key_of(b: &Builtin) -> String {
    match &b.owner {
        Some(o) => format!("{o}.{}", b.name),
        None => {
            let module = MODULE_OF.with(|m| m.borrow().get(&(b.func as usize)).copied());
            format!("{}.{}", module.unwrap_or("builtins"), b.name)
        }
    }
}

/// `b.__doc__`: CPython's docstring of the same callable, else None.
pub fn builtin_doc(b: &Builtin) -> Value {
    match row(&key_of(b)) {
        Some((_, Some(d))) => Value::str(d),
        _ => Value::None,
    }
}

/// `b.__text_signature__`: CPython's text signature ("($module, obj, /)"), else None.
pub fn builtin_text_signature(b: &Builtin) -> Value {
    match row(&key_of(b)) {
        Some((s, _)) if !s.is_empty() => Value::str(s),
        _ => Value::None,
    }
}

/// A builtin type's `__doc__` / `__text_signature__` (`which`) when its dict has none.
pub fn type_doc(t: &Type, which: &str) -> Option<Value> {
    if !t.builtin {
        return None;
    }
    let (sig, doc) = row(&format!("type:{}", t.name()))?;
    Some(match which {
        "__doc__" => doc.map_or(Value::None, Value::str),
        _ if sig.is_empty() => Value::None,
        _ => Value::str(sig),
    })
}
