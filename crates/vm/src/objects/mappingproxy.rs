//! `mappingproxy` (`types.MappingProxyType`, Objects/descrobject.c): the read-only view of a
//! mapping that `C.__dict__` and `vars(C)` give for classes and builtin types alike.
//!
//! A proxy is an instance of the builtin `mappingproxy` type whose `base` holds the mapping
//! (for a type's `__dict__`, the type's own dict, so the view is live). Reads go to the
//! mapping; item assignment and deletion fail as in CPython because the type has no
//! `__setitem__`/`__delitem__`. For a builtin type the view also answers the data descriptors
//! pydive keeps outside the dict (`int.__dict__['real']`, objects/descriptors.rs).

use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::typeobj::Type;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A new proxy over `mapping` (no checks: the constructor does them).
pub fn new(vm: &mut Vm, mapping: Value) -> Value {
    let t = vm.types.mappingproxy.clone();
    let inst = crate::ops::new_instance(vm, &t);
    if let Value::Instance(i) = &inst {
        i.set_base(Some(mapping));
    }
    inst
}

/// `T.__dict__` / `vars(T)`: a proxy over the type's dict.
pub fn of_type(vm: &mut Vm, t: &Rc<Type>) -> Value {
    let p = new(vm, Value::Dict(t.dict.clone()));
    if t.builtin {
        // Remember the type (in the instance's slot storage) for the data descriptors it
        // answers outside its dict.
        if let Value::Instance(i) = &p {
            i.slots().borrow_mut().push(Some(Value::Type(t.clone())));
        }
    }
    p
}

/// Is `v` a mappingproxy (item assignment and deletion refuse it, objects/items.rs)?
pub fn is_proxy(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Instance(i) if Rc::ptr_eq(&i.class(), &vm.types.mappingproxy))
}

/// `types.MappingProxyType(mapping)` (`mappingproxy_new`): any mapping but a list or tuple.
pub fn construct(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mapping = match (a.pos.as_slice(), a.kwarg("mapping")) {
        ([m], None) => m.clone(),
        ([], Some(m)) => m,
        _ => {
            let n = a.pos.len() + a.kw.len();
            return Err(vm.type_error(format!(
                "mappingproxy() takes exactly 1 argument ({n} given)"
            )));
        }
    };
    let is_mapping = !matches!(mapping, Value::List(_) | Value::Tuple(_))
        && match &mapping {
            Value::Dict(_) => true,
            Value::Instance(i) if matches!(&i.base(), Some(Value::List(_) | Value::Tuple(_))) => {
                false
            }
            other => vm.type_of(other).lookup("__getitem__").is_some(),
        };
    if !is_mapping {
        let tn = vm.type_of(&mapping).name();
        return Err(vm.type_error(format!(
            "mappingproxy() argument must be a mapping, not {tn}"
        )));
    }
    Ok(new(vm, mapping))
}

/// The mapping a proxy shows, and for a builtin type's `__dict__` the type.
fn parts(vm: &Vm, p: &Value) -> PyResult<(Value, Option<Rc<Type>>)> {
    if let Value::Instance(i) = p {
        if Rc::ptr_eq(&i.class(), &vm.types.mappingproxy) {
            if let Some(m) = i.base() {
                let ty = match i.slots().borrow().first() {
                    Some(Some(Value::Type(t))) => Some(t.clone()),
                    _ => None,
                };
                return Ok((m, ty));
            }
        }
    }
    Err(vm.type_error("descriptor requires a 'mappingproxy' object"))
}

/// `mapping[key]`, with a builtin type's data descriptors after its dict.
fn lookup(vm: &mut Vm, p: &Value, key: &Value) -> PyResult<Option<Value>> {
    let (m, ty) = parts(vm, p)?;
    if let Value::Dict(d) = &m {
        let hit = d.borrow().get_str(key.as_str().unwrap_or("\0"));
        if let (Some(v), Value::Str(_)) = (hit, key) {
            return Ok(Some(v));
        }
        if !matches!(key, Value::Str(_)) {
            return match vm.getitem(&m, key) {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.err_is(&e, "KeyError") => Ok(None),
                Err(e) => Err(e),
            };
        }
        if let (Some(t), Some(name)) = (ty, key.as_str()) {
            return Ok(crate::objects::descriptors::builtin_data_descriptor(
                vm, &t, name,
            ));
        }
        return Ok(None);
    }
    match vm.getitem(&m, key) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.err_is(&e, "KeyError") => Ok(None),
        Err(e) => Err(e),
    }
}

fn mp_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, ty) = parts(vm, &a.pos[0])?;
    if ty.is_none() {
        return vm.getitem(&m, &a.pos[1]);
    }
    match lookup(vm, &a.pos[0], &a.pos[1])? {
        Some(v) => Ok(v),
        None => vm.getitem(&m, &a.pos[1]),
    }
}

fn mp_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() < 2 || a.pos.len() > 3 {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!("get expected at most 2 arguments, got {n}")));
    }
    let default = a.pos.get(2).cloned().unwrap_or(Value::None);
    let (m, ty) = parts(vm, &a.pos[0])?;
    if ty.is_none() && !matches!(m, Value::Dict(_)) {
        return vm.call_method(&m, "get", vec![a.pos[1].clone(), default]);
    }
    Ok(lookup(vm, &a.pos[0], &a.pos[1])?.unwrap_or(default))
}

fn mp_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, ty) = parts(vm, &a.pos[0])?;
    if ty.is_none() {
        return Ok(Value::Bool(vm.contains(&m, &a.pos[1])?));
    }
    Ok(Value::Bool(lookup(vm, &a.pos[0], &a.pos[1])?.is_some()))
}

fn mp_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, _) = parts(vm, &a.pos[0])?;
    Ok(Value::Int(vm.len(&m)? as i64))
}

fn mp_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, _) = parts(vm, &a.pos[0])?;
    vm.iter(&m)
}

fn forward(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    let (m, _) = parts(vm, &a.pos[0])?;
    vm.call_method(&m, name, a.pos[1..].to_vec())
}

fn mp_keys(vm: &mut Vm, a: Args) -> PyResult<Value> {
    forward(vm, &a, "keys")
}
fn mp_values(vm: &mut Vm, a: Args) -> PyResult<Value> {
    forward(vm, &a, "values")
}
fn mp_items(vm: &mut Vm, a: Args) -> PyResult<Value> {
    forward(vm, &a, "items")
}
fn mp_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    forward(vm, &a, "copy")
}
fn mp_reversed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, _) = parts(vm, &a.pos[0])?;
    let r = vm.builtins.borrow().get_str("reversed");
    match r {
        Some(r) => vm.call(&r, vec![m]),
        None => Err(vm.type_error("reversed")),
    }
}

/// `hash(proxy)`: the mapping's hash (3.12 `mappingproxy_hash`), so a dict's is refused.
fn mp_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, _) = parts(vm, &a.pos[0])?;
    Ok(Value::Int(vm.hash(&m)?))
}

fn mp_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, _) = parts(vm, &a.pos[0])?;
    let r = vm.repr(&m)?;
    Ok(Value::str(&format!("mappingproxy({r})")))
}

fn mp_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, _) = parts(vm, &a.pos[0])?;
    let s = vm.str(&m)?;
    Ok(Value::Str(s))
}

/// `proxy == other` (and the other comparisons): the mapping's.
fn compare(vm: &mut Vm, a: &Args, op: crate::ops::CmpOp) -> PyResult<Value> {
    let (m, _) = parts(vm, &a.pos[0])?;
    let other = match parts(vm, &a.pos[1]) {
        Ok((o, _)) => o,
        Err(_) => a.pos[1].clone(),
    };
    vm.compare(&m, &other, op)
}
fn mp_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, &a, crate::ops::CmpOp::Eq)
}
fn mp_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    compare(vm, &a, crate::ops::CmpOp::Ne)
}

/// `proxy | other` and `other | proxy` (`mappingproxy_or`): the mapping's `|`, so a dict.
fn mp_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, _) = parts(vm, &a.pos[0])?;
    let other = match parts(vm, &a.pos[1]) {
        Ok((o, _)) => o,
        Err(_) => a.pos[1].clone(),
    };
    vm.binary_op(&m, &other, crate::ops::BinOp::Or, false)
}
fn mp_ror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, _) = parts(vm, &a.pos[0])?;
    let other = match parts(vm, &a.pos[1]) {
        Ok((o, _)) => o,
        Err(_) => a.pos[1].clone(),
    };
    vm.binary_op(&other, &m, crate::ops::BinOp::Or, false)
}
fn mp_ior(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let _ = a;
    Err(vm.type_error("'|=' is not supported by mappingproxy; use '|' instead"))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.mappingproxy.clone();
    let methods: &[(&str, crate::objects::function::NativeFn)] = &[
        ("__getitem__", mp_getitem),
        ("__contains__", mp_contains),
        ("__len__", mp_len),
        ("__iter__", mp_iter),
        ("__reversed__", mp_reversed),
        ("__repr__", mp_repr),
        ("__hash__", mp_hash),
        ("__str__", mp_str),
        ("__eq__", mp_eq),
        ("__ne__", mp_ne),
        ("__or__", mp_or),
        ("__ror__", mp_ror),
        ("__ior__", mp_ior),
        ("get", mp_get),
        ("keys", mp_keys),
        ("values", mp_values),
        ("items", mp_items),
        ("copy", mp_copy),
    ];
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
}

// ---- the `__dict__` / `__weakref__` entries of a new class (type_new_descriptors) ----

/// Builtin types whose instances already have a `__dict__` (`tp_dictoffset != 0`).
fn builtin_has_dict(vm: &Vm, t: &Rc<Type>) -> bool {
    vm.is_exception_type(t) || matches!(&*t.name(), "type" | "function" | "module")
}

/// Builtin types whose instances already take weak references, or that are variable-sized
/// (`tp_itemsize != 0`): a subclass gets no `__weakref__` of its own.
fn builtin_no_weak(t: &Rc<Type>) -> bool {
    matches!(
        &*t.name(),
        "type"
            | "function"
            | "module"
            | "set"
            | "frozenset"
            | "generator"
            | "coroutine"
            | "async_generator"
            | "code"
            | "method"
            | "property"
            | "int"
            | "bool"
            | "tuple"
            | "bytes"
    )
}

/// `best_base` of typeobject.c: the base whose solid (builtin-layout) base is the most derived;
/// the first base when none has one.
fn best_base(vm: &Vm, bases: &[Rc<Type>]) -> Option<Rc<Type>> {
    let mut winner: Option<Rc<Type>> = None;
    let mut base = None;
    for b in bases {
        let cand =
            crate::objects::typecall::solid_base(vm, b).unwrap_or_else(|| vm.types.object.clone());
        match &winner {
            None => {
                winner = Some(cand);
                base = Some(b.clone());
            }
            Some(w) if w.is_subtype(&cand) => {}
            Some(_) => {
                winner = Some(cand);
                base = Some(b.clone());
            }
        }
    }
    base
}

/// Does `t` (through its `tp_base` chain) give its instances `__dict__` (`weak` false) or
/// forbid a subclass its own `__weakref__` (`weak` true)?
fn provides(vm: &Vm, t: &Rc<Type>, weak: bool) -> bool {
    let mut cur = t.clone();
    loop {
        if cur.builtin {
            return if weak {
                builtin_no_weak(&cur)
            } else {
                builtin_has_dict(vm, &cur)
            };
        }
        let name = if weak { "__weakref__" } else { "__dict__" };
        let own = cur.dict.borrow().get_str(name);
        if own.is_some_and(|d| crate::objects::descriptors::is_getset(&d)) {
            return true;
        }
        let bases = cur.bases.borrow().clone();
        match best_base(vm, &bases) {
            Some(b) => cur = b,
            None => return false,
        }
    }
}

/// Add the `__dict__` and `__weakref__` getset descriptors the new class `t` introduces, as
/// `type_new_descriptors` does: when no base already provides them (without `__slots__`),
/// or when `__slots__` names them (`declared` = (`__dict__`, `__weakref__`) named).
pub fn add_class_getsets(vm: &mut Vm, t: &Rc<Type>, declared: Option<(bool, bool)>) {
    let bases = t.bases.borrow().clone();
    let (may_dict, may_weak) = match best_base(vm, &bases) {
        Some(b) => (!provides(vm, &b, false), !provides(vm, &b, true)),
        None => (true, true),
    };
    let (add_dict, add_weak) = match declared {
        None => (may_dict, may_weak),
        Some((d, w)) => (d && may_dict, w && may_weak),
    };
    let owner = t.name();
    let mut d = t.dict.borrow_mut();
    if add_dict {
        d.set_str(
            "__dict__",
            crate::objects::descriptors::class_getset("__dict__", &owner),
        );
    }
    if add_weak {
        d.set_str(
            "__weakref__",
            crate::objects::descriptors::class_getset("__weakref__", &owner),
        );
    }
}
