//! dict and set methods.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::iter::{DictView, Iter};
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

pub fn this(vm: &mut Vm, v: &Value) -> PyResult<DictRef> {
    match v {
        Value::Dict(d) => Ok(d.clone()),
        other => match crate::ops::unwrap_base(other) {
            Some(Value::Dict(d)) => Ok(d),
            _ => Err(vm.descr_requires("dict", other)),
        },
    }
}

/// `d.update(other)`: a mapping (has `keys`) or an iterable of pairs.
pub fn dict_update_from(vm: &mut Vm, d: &DictRef, other: &Value) -> PyResult<()> {
    match other {
        Value::Dict(o) => {
            let (items, model) = {
                let o = o.borrow();
                (o.items(), o.keys_model)
            };
            let clone = {
                let mut dm = d.borrow_mut();
                let used = dm.len();
                dm.keys_model.before_merge(used, &model, items.len())
            };
            for (k, v) in items {
                vm.dict_set(d, k, v)?;
            }
            if let Some(m) = clone {
                d.borrow_mut().keys_model = m;
            }
            Ok(())
        }
        _ => {
            if vm.hasattr(other, "keys")? {
                let keys = vm.call_method(other, "keys", vec![])?;
                for k in vm.collect(&keys)? {
                    let v = vm.getitem(other, &k)?;
                    vm.dict_set(d, k, v)?;
                }
                return Ok(());
            }
            let items = vm.collect(other)?;
            for (i, it) in items.into_iter().enumerate() {
                let pair = match vm.collect(&it) {
                    Ok(p) => p,
                    Err(_) => {
                        return Err(vm.type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        )));
                    }
                };
                if pair.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        pair.len()
                    )));
                }
                vm.dict_set(d, pair[0].clone(), pair[1].clone())?;
            }
            Ok(())
        }
    }
}

fn view(d: &Value, v: DictView) -> Value {
    let len = match d {
        Value::Dict(x) => x.borrow().len(),
        _ => 0,
    };
    Value::Iter(Rc::new(RefCell::new(Iter::Dict {
        dict: d.clone(),
        pos: 0,
        len,
        view: v,
    })))
}

fn d_keys(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a.pos[0])?;
    Ok(crate::objects::dictview::make_view(
        Value::Dict(d),
        DictView::Keys,
    ))
}
fn d_values(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a.pos[0])?;
    Ok(crate::objects::dictview::make_view(
        Value::Dict(d),
        DictView::Values,
    ))
}
fn d_items(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a.pos[0])?;
    Ok(crate::objects::dictview::make_view(
        Value::Dict(d),
        DictView::Items,
    ))
}
fn d_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a.pos[0])?;
    if a.pos.len() > 3 {
        let n = a.pos.len() - 1;
        return Err(vm.type_error(format!("get expected at most 2 arguments, got {n}")));
    }
    // no key: the missing-argument guard of call_builtin reports it
    let k = a.pos[1].clone();
    Ok(vm
        .dict_get(&d, &k)?
        .unwrap_or_else(|| a.pos.get(2).cloned().unwrap_or(Value::None)))
}
fn d_setdefault(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a.pos[0])?;
    let k = a.pos[1].clone();
    if let Some(v) = vm.dict_get(&d, &k)? {
        return Ok(v);
    }
    let v = a.pos.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, k, v.clone())?;
    Ok(v)
}
fn d_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a.pos[0])?;
    let k = a.pos[1].clone();
    match vm.dict_del(&d, &k)? {
        Some(v) => Ok(v),
        None => match a.pos.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(vm.key_error(k)),
        },
    }
}
fn d_popitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a.pos[0])?;
    let last = d.borrow().last_pos();
    match last.and_then(|p| d.borrow_mut().remove_at(p)) {
        Some(e) => Ok(Value::tuple(vec![e.key, e.value])),
        None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
    }
}
fn d_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a.pos[0])?;
    if let Some(o) = a.pos.get(1) {
        dict_update_from(vm, &d, o)?;
    }
    for (k, v) in a.kw {
        d.borrow_mut().set_str(&k, v);
    }
    Ok(Value::None)
}
fn d_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    this(vm, &a.pos[0])?.borrow_mut().clear();
    Ok(Value::None)
}
fn d_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a.pos[0])?;
    let mut c = d.borrow().clone();
    c.keys_model = c.keys_model.copied(c.len());
    Ok(Value::dict(c))
}
fn d_fromkeys(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let keys = vm.collect(&a.pos[1])?;
    let v = a.pos.get(2).cloned().unwrap_or(Value::None);
    let d = vm.new_dict();
    for k in keys {
        vm.dict_set(&d, k, v.clone())?;
    }
    match &a.pos[0] {
        Value::Type(t) if !t.builtin => {
            let inst = vm.call(&a.pos[0], vec![])?;
            for (k, v) in d.borrow().items() {
                vm.setitem(&inst, &k, v)?;
            }
            Ok(inst)
        }
        _ => Ok(Value::Dict(d)),
    }
}
fn d_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a.pos[0])?;
    Ok(Value::Bool(vm.dict_get(&d, &a.pos[1])?.is_some()))
}
fn d_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a.pos[0])?;
    match vm.dict_get(&d, &a.pos[1])? {
        Some(v) => Ok(v),
        None => {
            // dict subclasses: __missing__
            if let Value::Instance(_) = &a.pos[0] {
                if let Some(m) = vm.lookup_special(&a.pos[0], "__missing__")? {
                    return vm.call(&m, vec![a.pos[1].clone()]);
                }
            }
            Err(vm.key_error(a.pos[1].clone()))
        }
    }
}
fn d_setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a.pos[0])?;
    vm.dict_set(&d, a.pos[1].clone(), a.pos[2].clone())?;
    Ok(Value::None)
}
fn d_delitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a.pos[0])?;
    match vm.dict_del(&d, &a.pos[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(a.pos[1].clone())),
    }
}
fn d_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a.pos[0])?;
    let n = d.borrow().len();
    Ok(Value::Int(n as i64))
}
fn d_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a.pos[0])?;
    Ok(view(&Value::Dict(d), DictView::Keys))
}
fn d_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    d_update(vm, a)
}
fn d_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a.pos[0])?;
    Ok(Value::Str(vm.repr(&Value::Dict(d))?))
}
fn d_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a.pos[0])?;
    let other = crate::ops::unwrap_base(&a.pos[1]).unwrap_or_else(|| a.pos[1].clone());
    if !matches!(other, Value::Dict(_)) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(&Value::Dict(d), &other, crate::ops::CmpOp::Eq)
}

// ---- set ----

fn sthis(vm: &mut Vm, v: &Value) -> PyResult<Rc<RefCell<crate::objects::set::Set>>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Ok(s.clone()),
        other => match crate::ops::unwrap_base(other) {
            Some(Value::Set(s) | Value::FrozenSet(s)) => Ok(s),
            _ => Err(vm.descr_requires("set", other)),
        },
    }
}
fn s_add(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = sthis(vm, &a.pos[0])?;
    vm.set_add(&s, a.pos[1].clone())?;
    Ok(Value::None)
}
fn s_discard(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = sthis(vm, &a.pos[0])?;
    vm.set_discard(&s, &a.pos[1])?;
    Ok(Value::None)
}
fn s_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = sthis(vm, &a.pos[0])?;
    if !vm.set_discard(&s, &a.pos[1])? {
        return Err(vm.key_error(a.pos[1].clone()));
    }
    Ok(Value::None)
}
fn s_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = sthis(vm, &a.pos[0])?;
    let r = s.borrow_mut().pop_first();
    r.ok_or_else(|| vm.key_error(Value::str("pop from an empty set")))
}
fn s_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    sthis(vm, &a.pos[0])?.borrow_mut().clear();
    Ok(Value::None)
}
/// `set.__reduce__` (set_reduce): `(type(s), (list(s),), s.__getstate__())`, what copy and
/// pickle rebuild a set, or an instance of a subclass, from.
fn s_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = sthis(vm, &a.pos[0])?;
    let keys = s.borrow().keys();
    let ty = Value::Type(vm.type_of(&a.pos[0]));
    let state = vm.call_method(&a.pos[0], "__getstate__", vec![])?;
    Ok(Value::tuple(vec![
        ty,
        Value::tuple(vec![Value::list(keys)]),
        state,
    ]))
}
fn s_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // frozenset_copy: an exact frozenset is its own copy
    if let Value::FrozenSet(_) = &a.pos[0] {
        return Ok(a.pos[0].clone());
    }
    let s = sthis(vm, &a.pos[0])?;
    // make_new_set + set_merge: the copy's table is sized for its length.
    let c = vm.new_set(Vec::new())?;
    vm.set_update_from(&c, &Value::Set(s))?;
    // a subclass instance's copy is of the base type: frozenset or set
    let frozen = matches!(
        crate::ops::unwrap_base(&a.pos[0]),
        Some(Value::FrozenSet(_))
    );
    Ok(if frozen {
        Value::FrozenSet(c)
    } else {
        Value::Set(c)
    })
}
fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => Ok(v.clone()),
        other => {
            let items = vm.collect(other)?;
            Ok(Value::Set(vm.new_set(items)?))
        }
    }
}
fn set_op(vm: &mut Vm, a: &Args, op: crate::ops::BinOp) -> PyResult<Value> {
    let mut acc = a.pos[0].clone();
    if let Some(b) = crate::ops::unwrap_base(&acc) {
        acc = b;
    }
    if a.pos.len() == 1 {
        let s = sthis(vm, &acc)?;
        let c = Rc::new(RefCell::new(s.borrow().clone()));
        return Ok(match acc {
            Value::FrozenSet(_) => Value::FrozenSet(c),
            _ => Value::Set(c),
        });
    }
    for other in &a.pos[1..] {
        let o = as_set(vm, other)?;
        acc = crate::objects::setops::set_binop(vm, &acc, &o, op)?.unwrap_or(acc);
    }
    Ok(acc)
}
fn s_union(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_op(vm, &a, crate::ops::BinOp::Or)
}
fn s_intersection(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_op(vm, &a, crate::ops::BinOp::And)
}
fn s_difference(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_op(vm, &a, crate::ops::BinOp::Sub)
}
fn s_symdiff(vm: &mut Vm, a: Args) -> PyResult<Value> {
    set_op(vm, &a, crate::ops::BinOp::Xor)
}
fn s_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = sthis(vm, &a.pos[0])?;
    for other in &a.pos[1..] {
        vm.set_update_from(&s, other)?;
    }
    Ok(Value::None)
}
fn inplace(vm: &mut Vm, a: &Args, op: crate::ops::BinOp) -> PyResult<Value> {
    for other in &a.pos[1..] {
        let o = as_set(vm, other)?;
        crate::objects::setops::set_inplace(vm, &a.pos[0], &o, op)?;
    }
    Ok(Value::None)
}
fn s_difference_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace(vm, &a, crate::ops::BinOp::Sub)
}
fn s_intersection_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace(vm, &a, crate::ops::BinOp::And)
}
fn s_symdiff_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    inplace(vm, &a, crate::ops::BinOp::Xor)
}
fn s_issubset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = as_set(vm, &a.pos[1])?;
    Ok(Value::Bool(crate::objects::setops::is_subset(
        vm, &a.pos[0], &o,
    )?))
}
fn s_issuperset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let o = as_set(vm, &a.pos[1])?;
    Ok(Value::Bool(crate::objects::setops::is_subset(
        vm, &o, &a.pos[0],
    )?))
}
fn s_isdisjoint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = sthis(vm, &a.pos[0])?;
    for k in vm.collect(&a.pos[1])? {
        if vm.set_contains(&s, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    let methods: &[(&str, crate::objects::function::NativeFn)] = &[
        ("keys", d_keys),
        ("values", d_values),
        ("items", d_items),
        ("get", d_get),
        ("setdefault", d_setdefault),
        ("pop", d_pop),
        ("popitem", d_popitem),
        ("update", d_update),
        ("clear", d_clear),
        ("copy", d_copy),
        ("__contains__", d_contains),
        ("__getitem__", d_getitem),
        ("__setitem__", d_setitem),
        ("__delitem__", d_delitem),
        ("__len__", d_len),
        ("__iter__", d_iter),
        ("__init__", d_init),
        ("__repr__", d_repr),
        ("__eq__", d_eq),
    ];
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
    vm.add_classmethod(&t, "fromkeys", d_fromkeys);
    for t in [vm.types.set.clone(), vm.types.frozenset.clone()] {
        let methods: &[(&str, crate::objects::function::NativeFn)] = &[
            ("copy", s_copy),
            ("union", s_union),
            ("intersection", s_intersection),
            ("difference", s_difference),
            ("symmetric_difference", s_symdiff),
            ("issubset", s_issubset),
            ("issuperset", s_issuperset),
            ("isdisjoint", s_isdisjoint),
            ("__reduce__", s_reduce),
        ];
        for (n, f) in methods {
            vm.add_method(&t, n, *f);
        }
    }
    let t = vm.types.set.clone();
    let methods: &[(&str, crate::objects::function::NativeFn)] = &[
        ("add", s_add),
        ("discard", s_discard),
        ("remove", s_remove),
        ("pop", s_pop),
        ("clear", s_clear),
        ("update", s_update),
        ("difference_update", s_difference_update),
        ("intersection_update", s_intersection_update),
        ("symmetric_difference_update", s_symdiff_update),
    ];
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
}
