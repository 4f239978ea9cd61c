//! Loads and stores: constants, fast locals, names, globals, attributes, cells, subscripts,
//! imports.

use std::rc::Rc;

use super::cache::{self, Slot};
use super::{pop, push, top, Flow, Instr};
use crate::frame::FrameRef;
use crate::objects::function::{BoundMethod, BuiltinKind};
use crate::objects::instance::Instance;
use crate::objects::typeobj::Type;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn name_of(f: &FrameRef, i: u32) -> Value {
    f.borrow()
        .code
        .names
        .get(i as usize)
        .cloned()
        .unwrap_or_else(|| Value::str("?"))
}

fn name_str(f: &FrameRef, i: u32) -> Rc<str> {
    match name_of(f, i) {
        Value::Str(s) => s,
        _ => Rc::from("?"),
    }
}

/// LOAD_CONST (-- co_consts[i])
pub fn load_const(_vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let v = f
        .borrow()
        .code
        .consts
        .get(arg as usize)
        .cloned()
        .unwrap_or(Value::None);
    push(f, v);
    Ok(Flow::Next)
}

fn unbound_local(vm: &mut Vm, f: &FrameRef, arg: u32) -> Value {
    let name = f
        .borrow()
        .code
        .co
        .localsplusnames
        .get(arg as usize)
        .cloned()
        .unwrap_or_else(|| "?".into());
    vm.new_error(
        "UnboundLocalError",
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// LOAD_FAST (-- localsplus[i])
pub fn load_fast(vm: &mut Vm, f: &FrameRef, arg: u32, _check: bool) -> PyResult<Flow> {
    let v = f.borrow().localsplus.get(arg as usize).cloned().flatten();
    match v {
        Some(v) => {
            push(f, v);
            Ok(Flow::Next)
        }
        None => Err(unbound_local(vm, f, arg)),
    }
}

/// LOAD_FAST_AND_CLEAR (-- localsplus[i] or NULL); the slot becomes unbound (comprehensions).
pub fn load_fast_and_clear(_vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let v = f
        .borrow_mut()
        .localsplus
        .get_mut(arg as usize)
        .and_then(|s| s.take());
    push(f, v.unwrap_or(Value::Null));
    Ok(Flow::Next)
}

/// STORE_FAST (v --) localsplus[i] = v
pub fn store_fast(_vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let v = pop(f);
    let mut fr = f.borrow_mut();
    if let Some(slot) = fr.localsplus.get_mut(arg as usize) {
        *slot = if v.is_null() { None } else { Some(v) };
    }
    Ok(Flow::Next)
}

/// DELETE_FAST: unbind localsplus[i]
pub fn delete_fast(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let old = f
        .borrow_mut()
        .localsplus
        .get_mut(arg as usize)
        .and_then(|s| s.take());
    if old.is_none() {
        return Err(unbound_local(vm, f, arg));
    }
    Ok(Flow::Next)
}

/// LOAD_NAME (-- v): locals, then globals, then builtins.
pub fn load_name(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    {
        // A str name found in a plain locals dict (module level): looked up with the hash
        // the code object keeps for its co_names.
        let fr = f.borrow();
        if let (Some(Value::Dict(d)), Some(Value::Str(name)), Some(&h)) = (
            fr.locals.as_deref(),
            fr.code.names.get(arg as usize),
            fr.code.caches.name_hashes.get(arg as usize),
        ) {
            // Not a local (the locals dict read, not busy): the globals (unless they are the
            // same dict, as at module level) and the builtins, with the same hash.
            let hit = match d.try_borrow() {
                Ok(l) => l.get_str_h(name, h).or_else(|| {
                    drop(l);
                    match Rc::ptr_eq(d, &fr.globals) {
                        true => None,
                        false => fr.globals.try_borrow().ok()?.get_str_h(name, h),
                    }
                    .or_else(|| fr.builtins.try_borrow().ok()?.get_str_h(name, h))
                }),
                Err(_) => None,
            };
            if let Some(v) = hit {
                drop(fr);
                push(f, v);
                return Ok(Flow::Next);
            }
        }
    }
    let name = name_of(f, arg);
    let locals = f.borrow().locals.as_deref().cloned();
    if let Some(l) = locals {
        if let Some(v) = lookup_mapping(vm, &l, &name)? {
            push(f, v);
            return Ok(Flow::Next);
        }
    }
    let v = load_global_value(vm, f, &name)?;
    push(f, v);
    Ok(Flow::Next)
}

fn lookup_mapping(vm: &mut Vm, m: &Value, key: &Value) -> PyResult<Option<Value>> {
    match m {
        Value::Dict(d) => vm.dict_get(d, key),
        other => match vm.getitem(other, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if vm.err_is(&e, "KeyError") => Ok(None),
            Err(e) => Err(e),
        },
    }
}

fn load_global_value(vm: &mut Vm, f: &FrameRef, name: &Value) -> PyResult<Value> {
    let s = name.as_str().unwrap_or("?");
    let (g, b) = {
        let fr = f.borrow();
        (fr.globals.clone(), fr.builtins.clone())
    };
    if let Some(v) = g.borrow().get_str(s) {
        return Ok(v);
    }
    if let Some(v) = b.borrow().get_str(s) {
        return Ok(v);
    }
    Err(vm.name_error(s))
}

/// STORE_NAME (v --) locals[name] = v
pub fn store_name(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let name = name_of(f, arg);
    let v = pop(f);
    let locals = f.borrow().locals.as_deref().cloned();
    match locals {
        Some(Value::Dict(d)) => {
            let h = f
                .borrow()
                .code
                .caches
                .name_hashes
                .get(arg as usize)
                .copied();
            // The value replaced is dropped after the dict's borrow ends (its __del__ may
            // read the dict).
            let old = match (h, &name) {
                (Some(h), Value::Str(_)) => d.borrow_mut().replace_str_h(&name, h, v),
                _ => {
                    d.borrow_mut().set_strv(name, v);
                    None
                }
            };
            drop(old);
        }
        Some(other) => vm.setitem(&other, &name, v)?,
        None => {
            return Err(vm.system_error(format!(
                "no locals found when storing {}",
                name.as_str().unwrap_or("")
            )))
        }
    }
    Ok(Flow::Next)
}

pub fn delete_name(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let name = name_of(f, arg);
    let locals = f.borrow().locals.as_deref().cloned();
    let removed = match locals {
        Some(Value::Dict(d)) => d
            .borrow_mut()
            .del_str(name.as_str().unwrap_or(""))
            .is_some(),
        Some(other) => vm.delitem(&other, &name).is_ok(),
        None => false,
    };
    if !removed {
        return Err(vm.name_error(name.as_str().unwrap_or("")));
    }
    Ok(Flow::Next)
}

/// LOAD_GLOBAL (-- [NULL], v): the low oparg bit asks for a NULL first (call convention).
/// The value is cached per instruction while globals and builtins stay unchanged.
pub fn load_global(vm: &mut Vm, f: &FrameRef, ins: &Instr) -> PyResult<Flow> {
    let arg = ins.arg;
    let found = {
        let fr = f.borrow();
        let caches = &fr.code.caches;
        match caches.global(ins.cache, &fr.globals, &fr.builtins) {
            Some(v) => Ok(v),
            None => {
                let idx = (arg >> 1) as usize;
                let name = fr
                    .code
                    .names
                    .get(idx)
                    .and_then(|n| n.as_str())
                    .unwrap_or("?");
                let h = caches.name_hashes.get(idx).copied().unwrap_or(0);
                let find = |d: &crate::value::DictRef| {
                    let d = d.borrow();
                    let p = d.find_str_h(name, h)?;
                    Some((p, d.value_at(p)?.clone()))
                };
                let (v, in_builtins) = match find(&fr.globals) {
                    Some(v) => (Some(v), false),
                    None => (find(&fr.builtins), true),
                };
                match v {
                    Some((pos, v)) => {
                        caches.set(
                            ins.cache,
                            Slot::Global {
                                globals: Rc::as_ptr(&fr.globals) as usize,
                                gver: fr.globals.borrow().version(),
                                builtins: Rc::as_ptr(&fr.builtins) as usize,
                                bver: fr.builtins.borrow().version(),
                                pos: pos as u32,
                                in_builtins,
                            },
                        );
                        Ok(v)
                    }
                    None => Err(Rc::<str>::from(name)),
                }
            }
        }
    };
    let v = match found {
        Ok(v) => v,
        Err(name) => return Err(vm.name_error(&name)),
    };
    if arg & 1 != 0 {
        push(f, Value::Null);
    }
    push(f, v);
    Ok(Flow::Next)
}

pub fn store_global(_vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let name = name_of(f, arg);
    let v = pop(f);
    let g = f.borrow().globals.clone();
    g.borrow_mut().set_strv(name, v);
    Ok(Flow::Next)
}

pub fn delete_global(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let name = name_str(f, arg);
    let g = f.borrow().globals.clone();
    let removed = g.borrow_mut().del_str(&name);
    if removed.is_none() {
        return Err(vm.name_error(&name));
    }
    Ok(Flow::Next)
}

/// The instance-attribute fast path of LOAD_ATTR: `Some((value, is_method))` when the
/// instruction's cache holds for this instance's class (see `cache`); `is_method` says the
/// value is the class's plain function, to call with the instance as first argument.
fn cached_instance_attr(
    f: &FrameRef,
    ins: &Instr,
    idx: usize,
    inst: &Instance,
) -> Option<(Value, bool)> {
    let fr = f.borrow();
    let caches = &fr.code.caches;
    // Ok(slot index) for a `__slots__` member, else Err(the class's attribute, if any).
    let hit = inst.with_class(|class| match caches.member(ins.cache, class) {
        Some(i) => Some(Ok(i)),
        None => caches.instance(ins.cache, class).map(Err),
    })?;
    let descr = match hit {
        // A `__slots__` member: an unset one takes the ordinary path (its AttributeError).
        Ok(i) => {
            return inst
                .slots()
                .borrow()
                .get(i)
                .cloned()
                .flatten()
                .map(|v| (v, false))
        }
        Err(descr) => descr,
    };
    let name = fr.code.names.get(idx)?.as_str()?;
    let h = *caches.name_hashes.get(idx)?;
    if let Some(d) = &inst.dict_if_any() {
        if let Some(v) = d.borrow().get_str_h(name, h) {
            return Some((v, false));
        }
    }
    match descr {
        Some(func @ (Value::Function(_) | Value::Builtin(_))) => Some((func, true)),
        // A plain class attribute (`_state = "PENDING"` as a default for instances).
        Some(v) => Some((v, false)),
        None => None,
    }
}

/// A class attribute that is no descriptor: its type has no `__get__` (nor `__set__`), so
/// reading it through an instance gives the value itself.
fn is_plain_class_value(v: &Value) -> bool {
    matches!(
        v,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Complex(..)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Tuple(_)
            | Value::FrozenSet(_)
            | Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
    )
}

/// A method descriptor of a native type (`deque.append`) that LOAD_ATTR may push unbound,
/// with the receiver after it.
fn is_plain_method_descriptor(v: &Value) -> bool {
    matches!(v, Value::Builtin(b) if b.kind == BuiltinKind::Method
        && b.bound.is_none()
        && !matches!(b.data, Some(Value::Str(_))))
}

/// Record in the instruction's cache what the type of `inst` says about the attribute, when
/// the case is a plain one: the ordinary `__getattribute__` (and `__setattr__` for a store),
/// no data descriptor, no slot, no exception or builtin-base instance, no dunder name.
fn fill_instance_cache(f: &FrameRef, ins: &Instr, idx: usize, inst: &Instance, store: bool) {
    // Instances of builtin subclasses (`class C(int)`) read data attributes of their value;
    // a native object's (`deque`) Rust data has none.
    if ins.cache == cache::NO_CACHE
        || inst.exc().is_some()
        || matches!(&inst.base(), Some(b) if !matches!(b, Value::Native(_)))
    {
        return;
    }
    let fr = f.borrow();
    let Some(name) = fr.code.names.get(idx).and_then(|n| n.as_str()) else {
        return;
    };
    if name.starts_with("__") {
        return;
    }
    let ty = inst.class();
    let is_object_builtin = |v: Option<Value>| matches!(&v, Some(Value::Builtin(b)) if b.owner.as_deref() == Some("object"));
    if !is_object_builtin(ty.lookup("__getattribute__")) {
        return;
    }
    if store && !is_object_builtin(ty.lookup("__setattr__")) {
        return;
    }
    let descr = ty.lookup(name);
    if let Some(index) = ty.slots.iter().position(|s| &**s == name) {
        // The name must still resolve to the slot's own member descriptor (a subclass may
        // hide it behind a property or a class attribute).
        if is_slot_member(&descr) {
            fr.code.caches.set(
                ins.cache,
                Slot::Member {
                    class: Rc::downgrade(&ty),
                    stamp: cache::type_stamp(&ty),
                    index,
                },
            );
        }
        return;
    }
    match &descr {
        None | Some(Value::Function(_)) => {}
        Some(d) if is_plain_method_descriptor(d) || is_plain_class_value(d) => {}
        _ => return,
    }
    fr.code.caches.set(
        ins.cache,
        Slot::Instance {
            class: Rc::downgrade(&ty),
            stamp: cache::type_stamp(&ty),
            descr,
            hint: std::cell::Cell::new(u32::MAX),
        },
    );
}

/// LOAD_ATTR on a plain instance, run on the borrowed frame when the instruction's cache
/// holds (CPython's LOAD_ATTR_INSTANCE_VALUE / LOAD_ATTR_METHOD_WITH_VALUES): the type is
/// the one the cache saw (a pointer compare) and no class dict along its MRO changed since
/// (the epoch), so the name is no data descriptor and `__getattribute__` is object's; the
/// instance dict is read at the position the name had last time (a pointer compare of the
/// interned name), else scanned. `false`, with nothing changed, sends the instruction to
/// `load_attr`: another type, a stale cache, a borrowed dict, or an instance whose only
/// reference is the stack's (popping it could free it under the frame borrow).
#[inline]
pub(super) fn fast_load_attr(
    f: &mut crate::frame::Frame,
    code: &crate::objects::code::PyCode,
    ins: &Instr,
) -> bool {
    let method_form = ins.arg & 1 != 0;
    let idx = (ins.arg >> 1) as usize;
    let (Some(Value::Str(name)), Some(&h)) =
        (code.names.get(idx), code.caches.name_hashes.get(idx))
    else {
        return false;
    };
    let Some(Value::Instance(inst)) = f.stack.last() else {
        return super::method_cache::fast_builtin_method(f, code, ins);
    };
    if Rc::strong_count(inst) < 2 {
        return false;
    }
    // (value, whether it is a method to bind to the instance); nothing below runs Python
    // code, as `with_class` asks.
    let found = inst.with_class(|class| {
        code.caches.with_instance(ins.cache, class, |descr, hint| {
            // A lazy dict not made yet holds nothing.
            if let Some(d) = &inst.dict_if_any() {
                let d = d.try_borrow().ok()?;
                if let Some(v) = d.get_attr_hinted(name, h, hint) {
                    let v = match v {
                        Value::Int(i) => Value::Int(*i),
                        v => v.clone(),
                    };
                    return Some((v, false));
                }
            }
            match descr {
                Some(func @ Value::Function(_)) => Some((func.clone(), true)),
                // A native method descriptor (`fut.done()`): pushed unbound in the method form
                // only (no trace hook is set here); a bound one is `load_attr`'s.
                Some(m @ Value::Builtin(_)) if method_form => Some((m.clone(), true)),
                Some(Value::Builtin(_)) | None => None,
                // A plain class attribute, read as it is.
                Some(v) => Some((v.clone(), false)),
            }
        })
    });
    let Some((v, is_method)) = found else {
        return false;
    };
    // The instance on top is replaced in place (it stays referenced elsewhere).
    let top = f.stack.len() - 1;
    match (is_method, method_form) {
        (false, false) => f.stack[top] = v,
        (false, true) => {
            f.stack[top] = Value::Null;
            f.stack.push(v);
        }
        (true, true) => {
            let owner = std::mem::replace(&mut f.stack[top], v);
            f.stack.push(owner);
        }
        (true, false) => {
            let owner = std::mem::replace(&mut f.stack[top], Value::Null);
            f.stack[top] = Value::Method(Rc::new(BoundMethod {
                func: v,
                self_: owner,
            }));
        }
    }
    true
}

/// STORE_ATTR on a plain instance, on the borrowed frame, when the instruction's cache holds
/// (see [`fast_load_attr`]) and nothing can be freed: the instance stays referenced
/// elsewhere and the value replaced, if any, is held inline. `false`, with nothing changed,
/// sends the instruction to `store_attr`.
#[inline]
pub(super) fn fast_store_attr(
    f: &mut crate::frame::Frame,
    code: &crate::objects::code::PyCode,
    ins: &Instr,
) -> bool {
    let n = f.stack.len();
    if n < 2 {
        return false;
    }
    let (below, top) = f.stack.split_at_mut(n - 1);
    let Value::Instance(inst) = &top[0] else {
        return false;
    };
    if Rc::strong_count(inst) < 2 {
        return false;
    }
    // A lazy dict not made yet sends the store to `store_attr`, which makes it.
    let Some(d) = inst.dict_if_any() else {
        return false;
    };
    let idx = ins.arg as usize;
    let (Some(name @ Value::Str(key)), Some(&h)) =
        (code.names.get(idx), code.caches.name_hashes.get(idx))
    else {
        return false;
    };
    // Where the value goes: `Some(pos)` replaces an inline value, `None` adds the name.
    let place = inst.with_class(|class| {
        code.caches.with_instance(ins.cache, class, |_, hint| {
            let d = d.try_borrow().ok()?;
            match d.find_attr_hinted(key, h, hint) {
                Some(p) if d.value_at(p).is_some_and(super::inline_value) => Some(Some(p)),
                Some(_) => None,
                None => Some(None),
            }
        })
    });
    let Some(place) = place else {
        return false;
    };
    let Ok(mut dm) = d.try_borrow_mut() else {
        return false;
    };
    let v = std::mem::replace(&mut below[n - 2], Value::Null);
    match place {
        Some(p) => dm.set_value_at(p, v),
        None => dm.push(h, name.clone(), v),
    }
    drop(dm);
    f.stack.truncate(n - 2);
    true
}

/// Is `d` the `member_descriptor` a class made for one of its `__slots__`?
fn is_slot_member(d: &Option<Value>) -> bool {
    matches!(d, Some(Value::Instance(i)) if {
        let c = i.class();
        c.builtin && &*c.name() == "member_descriptor"
    })
}

/// Receivers whose attribute lookup is `generic_getattr` on a builtin type, with data
/// attributes (`builtin_attr`) that depend on the type and the name only.
fn plain_builtin_receiver(v: &Value) -> bool {
    matches!(
        v,
        Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Complex(..)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::Tuple(_)
            | Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Range(_)
            | Value::Slice(_)
            | Value::Generator(_)
            | Value::Iter(_)
    )
}

/// Record in the instruction's cache the unbound method `name` of `ty` for LOAD_ATTR's
/// method form, when `owner.name` is exactly that method bound (a plain method descriptor
/// of the type, not shadowed by a data attribute of the object).
fn fill_builtin_method(vm: &mut Vm, f: &FrameRef, ins: &Instr, owner: &Value, ty: &Rc<Type>) {
    if ins.cache == cache::NO_CACHE || !ty.builtin {
        return;
    }
    let name = name_str(f, ins.arg >> 1);
    let Some(m) = ty.lookup(&name) else {
        return;
    };
    let Value::Builtin(b) = &m else {
        return;
    };
    if b.kind != BuiltinKind::Method || b.bound.is_some() || matches!(b.data, Some(Value::Str(_))) {
        return;
    }
    if !matches!(
        crate::objects::attrs::builtin_attr(vm, owner, &name),
        Ok(None)
    ) {
        return;
    }
    f.borrow().code.caches.set(
        ins.cache,
        Slot::BuiltinMethod {
            ty: Rc::downgrade(ty),
            stamp: cache::type_stamp(ty),
            method: m,
            kind: super::method_cache::receiver_kind(owner).unwrap_or(0),
        },
    );
}

/// LOAD_ATTR (owner -- attr) or, with the low oparg bit, (owner -- meth, self | NULL, attr).
pub fn load_attr(vm: &mut Vm, f: &FrameRef, ins: &Instr) -> PyResult<Flow> {
    let arg = ins.arg;
    let idx = (arg >> 1) as usize;
    let owner = pop(f);
    if arg & 1 != 0 && plain_builtin_receiver(&owner) && !vm.sys_trace.on {
        // `l.append(x)`: push the unbound method and the receiver (CPython's
        // LOAD_ATTR_METHOD_NO_DICT); CALL passes the receiver as first argument.
        let ty = vm.type_of(&owner);
        let hit = f.borrow().code.caches.builtin_method(ins.cache, &ty);
        if let Some(m) = hit {
            push(f, m);
            push(f, owner);
            return Ok(Flow::Next);
        }
        let name = name_str(f, idx as u32);
        let v = vm.getattr(&owner, &name)?;
        fill_builtin_method(vm, f, ins, &owner, &ty);
        push(f, Value::Null);
        push(f, v);
        return Ok(Flow::Next);
    }
    if let Value::Instance(inst) = &owner {
        match cached_instance_attr(f, ins, idx, inst) {
            Some((m, true))
                if arg & 1 != 0 && (!vm.sys_trace.on || matches!(m, Value::Function(_))) =>
            {
                push(f, m);
                push(f, owner);
                return Ok(Flow::Next);
            }
            Some((Value::Builtin(b), true)) => {
                let v = crate::ops::bind_builtin(&b, owner.clone());
                if arg & 1 != 0 {
                    push(f, Value::Null);
                }
                push(f, v);
                return Ok(Flow::Next);
            }
            Some((func, true)) => {
                let v = Value::Method(Rc::new(BoundMethod {
                    func,
                    self_: owner.clone(),
                }));
                push(f, v);
                return Ok(Flow::Next);
            }
            Some((v, false)) => {
                if arg & 1 != 0 {
                    push(f, Value::Null);
                }
                push(f, v);
                return Ok(Flow::Next);
            }
            None => fill_instance_cache(f, ins, idx, inst, false),
        }
    }
    if let Value::Module(m) = &owner {
        let hit = f.borrow().code.caches.module_attr(ins.cache, &m.dict);
        let v = match hit {
            Some(v) => v,
            None => {
                let name = name_str(f, idx as u32);
                let v = vm.getattr(&owner, &name)?;
                // Only what the module's dict itself holds (not its `__getattr__`'s answers).
                if ins.cache != cache::NO_CACHE && m.dict.borrow().contains_str(&name) {
                    f.borrow().code.caches.set(
                        ins.cache,
                        Slot::ModuleAttr {
                            dict: Rc::as_ptr(&m.dict) as usize,
                            version: m.dict.borrow().version(),
                            value: v.clone(),
                        },
                    );
                }
                v
            }
        };
        if arg & 1 != 0 {
            push(f, Value::Null);
        }
        push(f, v);
        return Ok(Flow::Next);
    }
    let name = name_str(f, arg >> 1);
    if arg & 1 != 0 {
        // Method form: avoid making a bound method for plain functions found on the type.
        if let Value::Instance(inst) = &owner {
            let ty = inst.class();
            if let Some(m @ Value::Function(_)) = ty.lookup(&name) {
                let shadowed = inst
                    .dict_if_any()
                    .as_ref()
                    .is_some_and(|d| d.borrow().contains_str(&name));
                if !shadowed
                    && ty.lookup("__getattribute__").is_none_or(
                        |g| matches!(&g, Value::Builtin(b) if b.owner.as_deref() == Some("object")),
                    )
                {
                    push(f, m);
                    push(f, owner);
                    return Ok(Flow::Next);
                }
            }
        }
        let v = vm.getattr(&owner, &name)?;
        push(f, Value::Null);
        push(f, v);
    } else {
        let v = vm.getattr(&owner, &name)?;
        push(f, v);
    }
    Ok(Flow::Next)
}

/// STORE_ATTR (v, owner --) owner.name = v
pub fn store_attr(vm: &mut Vm, f: &FrameRef, ins: &Instr) -> PyResult<Flow> {
    let idx = ins.arg as usize;
    let owner = pop(f);
    let v = pop(f);
    if let Value::Instance(inst) = &owner {
        let member = f.borrow().code.caches.member(ins.cache, &inst.class());
        if let Some(i) = member {
            let old = {
                let mut slots = inst.slots().borrow_mut();
                if slots.len() <= i {
                    slots.resize(i + 1, None);
                }
                slots[i].replace(v)
            };
            // The replaced value goes with no borrow held (it may run `__del__`).
            drop(old);
            return Ok(Flow::Next);
        }
        if let Some(d) = &inst.dict() {
            let fr = f.borrow();
            let caches = &fr.code.caches;
            if caches.instance_valid(ins.cache, &inst.class()) {
                if let (Some(name @ Value::Str(_)), Some(&h)) =
                    (fr.code.names.get(idx), caches.name_hashes.get(idx))
                {
                    let old = d.borrow_mut().replace_str_h(name, h, v);
                    drop(fr);
                    // The replaced value goes with no borrow held (it may run `__del__`).
                    drop(old);
                    return Ok(Flow::Next);
                }
            }
        }
        fill_instance_cache(f, ins, idx, inst, true);
    }
    let name = name_str(f, ins.arg);
    vm.setattr(&owner, &name, v)?;
    Ok(Flow::Next)
}

pub fn delete_attr(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let name = name_str(f, arg);
    let owner = pop(f);
    vm.delattr(&owner, &name)?;
    Ok(Flow::Next)
}

/// LOAD_SUPER_ATTR (global_super, class, self -- attr) or the method form
/// (-- meth, self | NULL, attr) when the low bit is set; bit 1 says the call had 2 args.
pub fn load_super_attr(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let name = name_str(f, arg >> 2);
    let self_ = pop(f);
    let class = pop(f);
    let global_super = pop(f);
    let sup = if global_super.is(&Value::Type(vm.types.super_.clone())) {
        crate::builtins::make_super(vm, &class, &self_)?
    } else {
        vm.call(&global_super, vec![class, self_.clone()])?
    };
    let v = vm.getattr(&sup, &name)?;
    if arg & 1 != 0 {
        push(f, Value::Null);
    }
    push(f, v);
    Ok(Flow::Next)
}

/// MAKE_CELL: localsplus[i] = cell(localsplus[i])
pub fn make_cell(_vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let mut fr = f.borrow_mut();
    if let Some(slot) = fr.localsplus.get_mut(arg as usize) {
        let init = slot.take();
        *slot = Some(Value::Cell(Rc::new(std::cell::RefCell::new(init))));
    }
    Ok(Flow::Next)
}

/// COPY_FREE_VARS: the function's closure cells into the last `n` slots.
pub fn copy_free_vars(_vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let done = copy_free_vars_into(&mut f.borrow_mut(), arg as usize);
    if !done {
        // Slots that held values already (not at a frame's start): their old values are
        // dropped after the frame's borrow ends.
        let old: Vec<Option<Value>> = {
            let mut fr = f.borrow_mut();
            let crate::frame::Frame {
                func, localsplus, ..
            } = &mut *fr;
            let Some(cells) = func.as_ref().and_then(|func| func.closure.as_ref()) else {
                return Ok(Flow::Next);
            };
            let start = localsplus.len().saturating_sub(arg as usize);
            cells
                .iter()
                .take(arg as usize)
                .zip(localsplus[start..].iter_mut())
                .map(|(c, slot)| slot.replace(c.clone()))
                .collect()
        };
        drop(old);
    }
    Ok(Flow::Next)
}

/// COPY_FREE_VARS on the borrowed frame whose last `n` slots are empty (a frame's start):
/// the closure's cells go there without copying the closure tuple's reference; `false`,
/// nothing changed, when a slot holds a value.
#[inline]
pub(crate) fn copy_free_vars_into(fr: &mut crate::frame::Frame, n: usize) -> bool {
    let crate::frame::Frame {
        func, localsplus, ..
    } = fr;
    let Some(cells) = func.as_ref().and_then(|func| func.closure.as_ref()) else {
        return true;
    };
    let start = localsplus.len().saturating_sub(n);
    let slots = &mut localsplus[start..];
    if slots.iter().any(|s| s.is_some()) {
        return false;
    }
    for (slot, c) in slots.iter_mut().zip(cells.iter().take(n)) {
        *slot = Some(c.clone());
    }
    true
}

/// LOAD_CLOSURE (-- cell)
pub fn load_closure(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    load_fast(vm, f, arg, false)
}

fn cell_at(f: &FrameRef, arg: u32) -> Option<crate::value::CellRef> {
    match f.borrow().localsplus.get(arg as usize) {
        Some(Some(Value::Cell(c))) => Some(c.clone()),
        _ => None,
    }
}

fn free_var_error(vm: &mut Vm, f: &FrameRef, arg: u32) -> Value {
    let (name, is_free) = {
        let fr = f.borrow();
        let co = &fr.code.co;
        let name = co
            .localsplusnames
            .get(arg as usize)
            .cloned()
            .unwrap_or_else(|| "?".into());
        let kind = co.localspluskinds.get(arg as usize).copied().unwrap_or(0);
        (name, kind & pydive_bytecode::code::local_kind::FREE != 0)
    };
    if is_free {
        vm.new_error(
            "NameError",
            format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    } else {
        vm.new_error(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }
}

/// LOAD_DEREF (-- cell.contents)
pub fn load_deref(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let v = cell_at(f, arg).and_then(|c| c.borrow().clone());
    match v {
        Some(v) => {
            push(f, v);
            Ok(Flow::Next)
        }
        None => Err(free_var_error(vm, f, arg)),
    }
}

pub fn store_deref(_vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let v = pop(f);
    match cell_at(f, arg) {
        Some(c) => *c.borrow_mut() = Some(v),
        None => {
            if let Some(slot) = f.borrow_mut().localsplus.get_mut(arg as usize) {
                *slot = Some(Value::Cell(Rc::new(std::cell::RefCell::new(Some(v)))));
            }
        }
    }
    Ok(Flow::Next)
}

pub fn delete_deref(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    match cell_at(f, arg) {
        Some(c) => {
            if c.borrow_mut().take().is_none() {
                return Err(free_var_error(vm, f, arg));
            }
            Ok(Flow::Next)
        }
        None => Err(free_var_error(vm, f, arg)),
    }
}

/// LOAD_FROM_DICT_OR_DEREF (mapping -- v): class bodies reading a free variable.
pub fn load_from_dict_or_deref(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let mapping = pop(f);
    let name = Value::Str(
        f.borrow()
            .code
            .co
            .localsplusnames
            .get(arg as usize)
            .cloned()
            .map(|s| Rc::from(&*s))
            .unwrap_or_else(|| Rc::from("?")),
    );
    if let Some(v) = lookup_mapping(vm, &mapping, &name)? {
        push(f, v);
        return Ok(Flow::Next);
    }
    load_deref(vm, f, arg)
}

/// LOAD_FROM_DICT_OR_GLOBALS (mapping -- v)
pub fn load_from_dict_or_globals(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let mapping = pop(f);
    let name = name_of(f, arg);
    if let Some(v) = lookup_mapping(vm, &mapping, &name)? {
        push(f, v);
        return Ok(Flow::Next);
    }
    let v = load_global_value(vm, f, &name)?;
    push(f, v);
    Ok(Flow::Next)
}

pub fn load_locals(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let l = f.borrow().locals.as_deref().cloned();
    match l {
        Some(l) => {
            push(f, l);
            Ok(Flow::Next)
        }
        None => Err(vm.system_error("no locals found")),
    }
}

pub fn load_build_class(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let b = f.borrow().builtins.clone();
    let v = b.borrow().get_str("__build_class__");
    match v {
        Some(v) => {
            push(f, v);
            Ok(Flow::Next)
        }
        None => Err(vm.new_error("NameError", "__build_class__ not found")),
    }
}

/// STORE_SUBSCR (v, container, sub --) container[sub] = v
pub fn store_subscr(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let sub = pop(f);
    let container = pop(f);
    let v = pop(f);
    vm.setitem(&container, &sub, v)?;
    Ok(Flow::Next)
}

pub fn delete_subscr(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let sub = pop(f);
    let container = pop(f);
    vm.delitem(&container, &sub)?;
    Ok(Flow::Next)
}

/// BINARY_SUBSCR (container, sub -- container[sub])
pub fn binary_subscr(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let sub = pop(f);
    let container = pop(f);
    let v = vm.getitem(&container, &sub)?;
    push(f, v);
    Ok(Flow::Next)
}

/// BINARY_SLICE (container, start, stop -- container[start:stop])
pub fn binary_slice(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let stop = pop(f);
    let start = pop(f);
    let container = pop(f);
    let s = Value::Slice(Rc::new(crate::objects::misc::Slice {
        start,
        stop,
        step: Value::None,
    }));
    let v = vm.getitem(&container, &s)?;
    push(f, v);
    Ok(Flow::Next)
}

/// STORE_SLICE (v, container, start, stop --)
pub fn store_slice(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let stop = pop(f);
    let start = pop(f);
    let container = pop(f);
    let v = pop(f);
    let s = Value::Slice(Rc::new(crate::objects::misc::Slice {
        start,
        stop,
        step: Value::None,
    }));
    vm.setitem(&container, &s, v)?;
    Ok(Flow::Next)
}

/// IMPORT_NAME (level, fromlist -- module)
pub fn import_name(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let name = name_str(f, arg);
    let fromlist = pop(f);
    let level = pop(f);
    let level = match level {
        Value::Int(i) => i,
        _ => 0,
    };
    let globals = f.borrow().globals.clone();
    let m = vm.import_module_level(&name, &globals, &fromlist, level)?;
    push(f, m);
    Ok(Flow::Next)
}

/// IMPORT_FROM (module -- module, attr)
pub fn import_from(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let name = name_str(f, arg);
    let module = top(f);
    let v = vm.import_from(&module, &name)?;
    push(f, v);
    Ok(Flow::Next)
}

pub fn setup_annotations(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let locals = f.borrow().locals.as_deref().cloned();
    match locals {
        Some(Value::Dict(d)) if !d.borrow().contains_str("__annotations__") => {
            let nd = vm.new_dict();
            d.borrow_mut().set_str("__annotations__", Value::Dict(nd));
        }
        Some(Value::Dict(_)) => {}
        // Any other mapping (exec's locals, a __prepare__ namespace): looked up by
        // __getitem__, and only a KeyError means "not there yet".
        Some(m) => {
            let key = Value::str("__annotations__");
            match vm.getitem(&m, &key) {
                Ok(_) => {}
                Err(e) if vm.err_is(&e, "KeyError") => {
                    let nd = Value::Dict(vm.new_dict());
                    vm.setitem(&m, &key, nd)?;
                }
                Err(e) => return Err(e),
            }
        }
        None => {}
    }
    Ok(Flow::Next)
}
