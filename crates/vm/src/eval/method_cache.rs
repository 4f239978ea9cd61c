//! LOAD_ATTR's method form on a core-type receiver (`s.lower()`, `l.append(x)`,
//! `d.get(k)`), run under the frame borrow of the loop's fast path: CPython's
//! LOAD_ATTR_METHOD_NO_DICT. The instruction's cache slot (`Slot::BuiltinMethod`, filled by
//! `load_store::load_attr`) holds the unbound method descriptor found for a receiver of one
//! value kind; the receiver's kind, not its type object, is the key, since each kind here
//! has exactly one type (a subclass instance is a `Value::Instance`, never one of them) and
//! a builtin type's dict only changes through the VM (the watched epoch then moves on).

use super::Instr;
use crate::frame::Frame;
use crate::objects::code::PyCode;
use crate::value::Value;

/// The cache key of a receiver whose type its value kind alone decides; `None` for the rest
/// (instances, iterators and generators, whose kind covers several types, ...).
#[inline]
pub(crate) fn receiver_kind(v: &Value) -> Option<u8> {
    Some(match v {
        Value::Str(_) => 1,
        Value::List(_) => 2,
        Value::Dict(_) => 3,
        Value::Tuple(_) => 4,
        Value::Int(_) | Value::BigInt(_) => 5,
        Value::Float(_) => 6,
        Value::Bytes(_) => 7,
        Value::ByteArray(_) => 8,
        Value::Set(_) => 9,
        Value::FrozenSet(_) => 10,
        Value::Bool(_) => 11,
        _ => return None,
    })
}

/// LOAD_ATTR (owner -- meth, owner) when the slot holds the method for the receiver's kind:
/// the unbound method and the receiver are pushed, CALL then passes the receiver first.
/// `false`, with nothing changed, for anything else (`load_attr` decides).
#[inline]
pub(super) fn fast_builtin_method(f: &mut Frame, code: &PyCode, ins: &Instr) -> bool {
    if ins.arg & 1 == 0 {
        return false;
    }
    let Some(kind) = f.stack.last().and_then(receiver_kind) else {
        return false;
    };
    let Some(m) = code.caches.builtin_method_of_kind(ins.cache, kind) else {
        return false;
    };
    let top = f.stack.len() - 1;
    let owner = std::mem::replace(&mut f.stack[top], m);
    f.stack.push(owner);
    true
}
