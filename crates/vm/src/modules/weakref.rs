//! `_weakref`: real weak references over pydive's reference counting. A reference is a handle
//! (an int) into a per-thread table holding a `Weak` to the referent. Instances of classes
//! report their death from `Instance::drop` (`referent_dropped`), which queues the callbacks;
//! the VM runs them at its next instruction boundary with the `__del__` methods. Functions
//! classes, generators, sets and frozensets, builtin functions, bound methods, modules and code
//! objects can be referenced too, but their death runs no callback (no hook).
//! `lib/weakref.py` builds `ref`, `WeakValueDictionary`, `WeakKeyDictionary`, `WeakSet` and
//! `finalize` on top.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use crate::objects::function::Args;
use crate::objects::instance::Instance;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

enum Target {
    Instance(Weak<Instance>),
    Function(Weak<crate::objects::function::Function>),
    Type(Weak<crate::objects::typeobj::Type>),
    Generator(Weak<crate::objects::generator::Generator>),
    /// A set or a frozenset (`frozen`): CPython gives both a weak reference list.
    Set(Weak<RefCell<crate::objects::set::Set>>, bool),
    /// A builtin function or method (`weakref.ref(len)`), a bound method, a module, a code
    /// object: CPython gives each a weak reference list.
    Builtin(Weak<crate::objects::function::Builtin>),
    Method(Weak<crate::objects::function::BoundMethod>),
    Module(Weak<crate::objects::module::Module>),
    Code(Weak<crate::objects::code::PyCode>),
}

struct Entry {
    target: Target,
    /// The address of the referent, the key of `BY_ADDR`.
    addr: usize,
    /// `(callback, the ref object)`, called as `callback(ref)` when the referent dies if the
    /// ref object is still alive (it is held weakly, as CPython's callbacks need a live ref).
    callback: Option<(Value, Weak<Instance>)>,
    /// The ref or proxy object holding this handle (`getweakrefs`).
    owner: Option<Weak<Instance>>,
    /// 1 for a basic ref (`weakref.ref(x)` without callback, reused while alive), 2 for a
    /// basic proxy, 0 otherwise.
    basic: u8,
}

thread_local! {
    static TABLE: RefCell<HashMap<i64, Entry>> = RefCell::new(HashMap::new());
    static BY_ADDR: RefCell<HashMap<usize, Vec<i64>>> = RefCell::new(HashMap::new());
    static NEXT: Cell<i64> = const { Cell::new(1) };
    /// How many instances and generators are weakly referenced (the referents that report
    /// their death): `referent_dropped` returns at once when 0.
    static WATCHED: Cell<usize> = const { Cell::new(0) };
    static PENDING: RefCell<Vec<(Value, Value)>> = const { RefCell::new(Vec::new()) };
}

/// Called by `Instance::drop`: forget the references to the instance at `addr` and queue
/// their callbacks.
pub fn referent_dropped(addr: usize) {
    if WATCHED.try_with(|w| w.get()).unwrap_or(0) == 0 {
        return;
    }
    let Ok(Some(handles)) = BY_ADDR.try_with(|b| b.borrow_mut().remove(&addr)) else {
        return;
    };
    let _ = WATCHED.try_with(|w| w.set(w.get().saturating_sub(1)));
    let mut queued = false;
    for h in handles {
        let entry = TABLE.try_with(|t| t.borrow_mut().remove(&h)).ok().flatten();
        if let Some(Entry {
            callback: Some((cb, r)),
            ..
        }) = entry
        {
            if let Some(r) = r.upgrade() {
                let _ = PENDING.try_with(|p| p.borrow_mut().push((cb, Value::Instance(r))));
                queued = true;
            }
        }
    }
    if queued {
        crate::generator::request_finalizers();
    }
}

/// For the cycle collector (`handle_weakrefs`): drop the queued callbacks whose ref object is
/// itself garbage (`is_garbage(address of the ref)`), as CPython calls none of those.
pub fn forget_callbacks_of(is_garbage: &dyn Fn(usize) -> bool) {
    let _ = PENDING.try_with(|p| p.borrow_mut().retain(|(_, r)| !is_garbage(r.id())));
}

/// Are callbacks of references whose referents died waiting to run (`run_callbacks`)?
pub fn callbacks_pending() -> bool {
    PENDING
        .try_with(|p| !p.borrow().is_empty())
        .unwrap_or(false)
}

/// Run the callbacks of the references whose referents died; an exception is reported as
/// unraisable, as CPython does.
pub fn run_callbacks(vm: &mut Vm) {
    loop {
        let batch = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
        if batch.is_empty() {
            break;
        }
        for (cb, r) in batch {
            let saved_exc = vm.exc_info.clone();
            if let Err(e) = vm.call(&cb, vec![r]) {
                vm.write_unraisable(&e, Some(&cb));
            }
            vm.exc_info = saved_exc;
        }
    }
}

/// Whether instances of `t` take weak references (CPython: `tp_weaklistoffset != 0`): a class
/// of its line has a `__weakref__` slot (added by type.__new__ unless `__slots__` leaves it
/// out, or a base varies in size), or its builtin base is weakly referenceable itself (not
/// object, exceptions or the value types). Native objects (deque, ...) are not asked.
fn weakrefable(vm: &Vm, t: &Rc<crate::objects::typeobj::Type>) -> bool {
    let mro = t.mro.borrow();
    mro.iter().any(|c| {
        if c.builtin {
            match c.layout {
                crate::objects::typeobj::Layout::Builtin => matches!(
                    &*c.name(),
                    "set" | "frozenset" | "type" | "function" | "module" | "generator"
                ),
                _ => !Rc::ptr_eq(c, &vm.types.object) && !vm.is_exception_type(c),
            }
        } else {
            c.dict
                .borrow()
                .get_str("__weakref__")
                .is_some_and(|d| crate::objects::descriptors::is_getset(&d))
        }
    })
}

/// `new(obj, callback, ref)`: a handle for a weak reference to obj.
fn w_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = a.pos.first().cloned().unwrap_or(Value::None);
    let (target, addr) = match &obj {
        Value::Instance(i)
            if !matches!(i.base(), Some(Value::Native(_))) && !weakrefable(vm, &i.class()) =>
        {
            let tn = vm.type_name(&obj);
            return Err(vm.type_error(format!("cannot create weak reference to '{tn}' object")));
        }
        Value::Instance(i) => (Target::Instance(Rc::downgrade(i)), Rc::as_ptr(i) as usize),
        Value::Function(f) => (Target::Function(Rc::downgrade(f)), Rc::as_ptr(f) as usize),
        Value::Type(t) => (Target::Type(Rc::downgrade(t)), Rc::as_ptr(t) as usize),
        Value::Generator(g) => (Target::Generator(Rc::downgrade(g)), Rc::as_ptr(g) as usize),
        Value::Set(s) => (Target::Set(Rc::downgrade(s), false), Rc::as_ptr(s) as usize),
        Value::FrozenSet(s) => (Target::Set(Rc::downgrade(s), true), Rc::as_ptr(s) as usize),
        Value::Builtin(b) => (Target::Builtin(Rc::downgrade(b)), Rc::as_ptr(b) as usize),
        Value::Method(m) => (Target::Method(Rc::downgrade(m)), Rc::as_ptr(m) as usize),
        Value::Module(m) => (Target::Module(Rc::downgrade(m)), Rc::as_ptr(m) as usize),
        Value::Code(c) => (Target::Code(Rc::downgrade(c)), Rc::as_ptr(c) as usize),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("cannot create weak reference to '{tn}' object")));
        }
    };
    let owner = match a.pos.get(2) {
        Some(Value::Instance(r)) => Some(Rc::downgrade(r)),
        _ => None,
    };
    let basic = match a.pos.get(3) {
        Some(Value::Int(k @ 1..=2)) => *k as u8,
        _ => 0,
    };
    let callback = match (a.pos.get(1), a.pos.get(2)) {
        (Some(cb), Some(Value::Instance(r))) if !matches!(cb, Value::None) => {
            Some((cb.clone(), Rc::downgrade(r)))
        }
        _ => None,
    };
    let h = NEXT.with(|n| {
        let h = n.get();
        n.set(h + 1);
        h
    });
    // Every handle is listed by its referent's address (`getweakrefs`); instances and
    // generators report their death (`Generator::drop`, before their finalizer, as
    // `gen_dealloc` clears the weak references first). The other referents' allocations stay
    // while their `Weak` does, so their address is not reused meanwhile.
    let reports_death = matches!(target, Target::Instance(_) | Target::Generator(_));
    BY_ADDR.with(|b| {
        let mut b = b.borrow_mut();
        let list = b.entry(addr).or_default();
        if list.is_empty() && reports_death {
            WATCHED.with(|w| w.set(w.get() + 1));
        }
        list.push(h);
    });
    TABLE.with(|t| {
        t.borrow_mut().insert(
            h,
            Entry {
                target,
                addr,
                callback,
                owner,
                basic,
            },
        )
    });
    Ok(Value::Int(h))
}

/// `get(handle)`: the referent, or None once it died.
fn w_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = vm.index_value(a.pos.first().unwrap_or(&Value::Int(0)))?;
    Ok(TABLE.with(|t| {
        let t = t.borrow();
        let Some(e) = t.get(&h) else {
            return Value::None;
        };
        match &e.target {
            Target::Instance(w) => w.upgrade().map(Value::Instance),
            Target::Function(w) => w.upgrade().map(Value::Function),
            Target::Type(w) => w.upgrade().map(Value::Type),
            Target::Generator(w) => w.upgrade().map(Value::Generator),
            Target::Set(w, false) => w.upgrade().map(Value::Set),
            Target::Set(w, true) => w.upgrade().map(Value::FrozenSet),
            Target::Builtin(w) => w.upgrade().map(Value::Builtin),
            Target::Method(w) => w.upgrade().map(Value::Method),
            Target::Module(w) => w.upgrade().map(Value::Module),
            Target::Code(w) => w.upgrade().map(Value::Code),
        }
        .unwrap_or(Value::None)
    }))
}

/// `forget(handle)`: drop a reference (its ref object died or was detached): no callback.
fn w_forget(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = vm.index_value(a.pos.first().unwrap_or(&Value::Int(0)))?;
    let Some(e) = TABLE.with(|t| t.borrow_mut().remove(&h)) else {
        return Ok(Value::None);
    };
    BY_ADDR.with(|b| {
        let mut b = b.borrow_mut();
        if let Some(list) = b.get_mut(&e.addr) {
            list.retain(|&x| x != h);
            if list.is_empty() {
                b.remove(&e.addr);
                if matches!(e.target, Target::Instance(_) | Target::Generator(_)) {
                    WATCHED.with(|w| w.set(w.get().saturating_sub(1)));
                }
            }
        }
    });
    Ok(Value::None)
}

/// The address a weak reference to `v` is listed under, for the kinds `new` accepts.
fn referent_addr(v: &Value) -> Option<usize> {
    match v {
        Value::Instance(_)
        | Value::Function(_)
        | Value::Type(_)
        | Value::Generator(_)
        | Value::Set(_)
        | Value::FrozenSet(_)
        | Value::Builtin(_)
        | Value::Method(_)
        | Value::Module(_)
        | Value::Code(_) => Some(v.id()),
        _ => None,
    }
}

/// The live ref/proxy objects to `obj` with their kind (`Entry::basic`), in CPython's list
/// order: the basic ref, the basic proxy, then the others newest first (`insert_after` the
/// basic ones).
fn live_refs(obj: &Value) -> Vec<(u8, Value)> {
    let Some(addr) = referent_addr(obj) else {
        return Vec::new();
    };
    let handles = BY_ADDR.with(|b| b.borrow().get(&addr).cloned().unwrap_or_default());
    let mut out: Vec<(u8, Value)> = TABLE.with(|t| {
        let t = t.borrow();
        handles
            .iter()
            .rev()
            .filter_map(|h| {
                let e = t.get(h)?;
                let r = e.owner.as_ref()?.upgrade()?;
                Some((e.basic, Value::Instance(r)))
            })
            .collect()
    });
    out.sort_by_key(|(k, _)| match k {
        0 => 2,
        k => *k - 1,
    });
    out
}

/// `basic(obj, kind)`: the live basic ref (kind 1) or proxy (kind 2) to obj, or None.
fn w_basic(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = a.pos.first().cloned().unwrap_or(Value::None);
    let kind = vm.index_value(a.pos.get(1).unwrap_or(&Value::Int(1)))?;
    Ok(live_refs(&obj)
        .into_iter()
        .find(|(k, _)| i64::from(*k) == kind)
        .map_or(Value::None, |(_, r)| r))
}

/// `refs(obj)`: `weakref.getweakrefs(obj)`.
fn w_refs(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = a.pos.first().cloned().unwrap_or(Value::None);
    Ok(Value::list(
        live_refs(&obj).into_iter().map(|(_, r)| r).collect(),
    ))
}

/// `count(obj)`: how many live ref/proxy objects refer to obj.
fn w_count(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = a.pos.first().cloned().unwrap_or(Value::None);
    Ok(Value::Int(live_refs(&obj).len() as i64))
}

/// The one object of `_weakref.getweakrefcount(ob, /)` / `getweakrefs(ob, /)` (METH_O).
fn one_object(vm: &Vm, a: &Args, name: &str) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("_weakref.{name}() takes no keyword arguments")));
    }
    match a.pos.as_slice() {
        [ob] => Ok(ob.clone()),
        more => Err(vm.type_error(format!(
            "_weakref.{name}() takes exactly one argument ({} given)",
            more.len()
        ))),
    }
}

/// `weakref.getweakrefcount(ob)`.
fn w_getweakrefcount(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = one_object(vm, &a, "getweakrefcount")?;
    Ok(Value::Int(live_refs(&obj).len() as i64))
}

/// `weakref.getweakrefs(ob)`.
fn w_getweakrefs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = one_object(vm, &a, "getweakrefs")?;
    Ok(Value::list(
        live_refs(&obj).into_iter().map(|(_, r)| r).collect(),
    ))
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("getweakrefcount", w_getweakrefcount),
        ("getweakrefs", w_getweakrefs),
        ("new", w_new),
        ("get", w_get),
        ("forget", w_forget),
        ("count", w_count),
        ("basic", w_basic),
        ("refs", w_refs),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    Ok(())
}
