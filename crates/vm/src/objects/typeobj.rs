//! Type objects: builtin types and user classes alike. A type has a name, its bases, its
//! method resolution order (C3, as `Objects/typeobject.c` `mro_implementation`), and a dict.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::dict::Dict;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

/// Which builtin layout instances of a type carry (the `tp_base` chain's solid base).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    /// Instances are the builtin value itself (int, str, list, ...): not instantiable as
    /// `Instance` except through a user subclass that keeps the value in `Instance::base`.
    Builtin,
    Exception,
}

pub struct Type {
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub bases: RefCell<Vec<Rc<Type>>>,
    pub mro: RefCell<Vec<Rc<Type>>>,
    pub dict: DictRef,
    /// The metaclass; `None` means `type`.
    pub metaclass: RefCell<Option<Rc<Type>>>,
    pub layout: Layout,
    /// Builtin types cannot get new attributes (`TypeError: cannot set ... of immutable type`).
    pub builtin: bool,
    /// `__slots__` names, when the class (or a base) declared them and no `__dict__`.
    pub slots: Vec<Rc<str>>,
    pub has_dict: bool,
    /// The class (or a base) defines `__del__`: its instances are finalized when their last
    /// reference drops (objects/instance.rs).
    pub has_del: std::cell::Cell<bool>,
    /// CPython's `tp_name` when it is not `__name__`: "module.name" for the types that are
    /// C types of other modules there ('collections.deque'); error messages use it.
    pub tp_name: RefCell<Option<Rc<str>>>,
    /// A lib/ class standing for a C type (`_pydive.set_immutable`): like a builtin type,
    /// `cls.x = 1` raises "cannot set 'x' attribute of immutable type" (CPython's
    /// Py_TPFLAGS_IMMUTABLETYPE).
    pub immutable: std::cell::Cell<bool>,
}

impl Type {
    pub fn new_builtin(name: &str, base: Option<&Rc<Type>>, layout: Layout) -> Rc<Type> {
        let bases: Vec<Rc<Type>> = base.into_iter().cloned().collect();
        let t = Rc::new(Type {
            name: RefCell::new(Rc::from(name)),
            qualname: RefCell::new(Rc::from(name)),
            bases: RefCell::new(bases.clone()),
            mro: RefCell::new(Vec::new()),
            dict: Rc::new(RefCell::new(Dict::new())),
            metaclass: RefCell::new(None),
            layout,
            builtin: true,
            slots: Vec::new(),
            // A bare `object()` has no __dict__.
            has_dict: layout != Layout::Builtin && name != "object",
            has_del: std::cell::Cell::new(false),
            tp_name: RefCell::new(None),
            immutable: std::cell::Cell::new(false),
        });
        let mut mro = vec![t.clone()];
        if let Some(b) = base {
            mro.extend(b.mro.borrow().iter().cloned());
        }
        *t.mro.borrow_mut() = mro;
        // builtin types list their builtin subclasses too (int.__subclasses__() has bool)
        crate::builtins::constructors::note_class(&t);
        t
    }

    pub fn name(&self) -> Rc<str> {
        self.name.borrow().clone()
    }

    /// Attributes cannot be set or deleted on the type itself (`type_setattro`'s
    /// Py_TPFLAGS_IMMUTABLETYPE check): builtin types and lib/ classes marked as C types.
    pub fn is_immutable(&self) -> bool {
        self.builtin || self.immutable.get()
    }

    /// Look `name` up along the MRO (`_PyType_Lookup`), through the type-attribute cache
    /// (see `lookup_cache`): a hit costs no hashing and no dict probe.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(hit) = lookup_cache::get(self, name) {
            return hit;
        }
        let found = self.lookup_uncached(name);
        lookup_cache::put(self, name, &found);
        found
    }

    /// `lookup` without the cache: the walk along the MRO.
    pub fn lookup_uncached(&self, name: &str) -> Option<Value> {
        let h = crate::objects::hash::hash_str(name);
        if let Some(v) = self.dict.borrow().get_str_h(name, h) {
            if !(self.builtin && name == "__module__") {
                return Some(v);
            }
        }
        let mro = self.mro.borrow();
        for t in mro.iter().skip(1) {
            if let Some(v) = t.dict.borrow().get_str_h(name, h) {
                // A builtin type keeps its module in its dict for `type.__module__` and
                // reprs, but in CPython that is computed by `type`, not an attribute that
                // instances (`(1).__module__`) or subclasses' lookups can see.
                if t.builtin && name == "__module__" {
                    continue;
                }
                return Some(v);
            }
        }
        None
    }

    /// `issubclass(self, other)` by MRO.
    pub fn is_subtype(self: &Rc<Type>, other: &Rc<Type>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.borrow().iter().any(|t| Rc::ptr_eq(t, other))
    }

    /// The module the type was defined in (`__module__`), for reprs.
    pub fn module(&self) -> Option<Rc<str>> {
        match self.dict.borrow().get_str("__module__") {
            Some(Value::Str(s)) => Some(s),
            _ => None,
        }
    }
}

/// The type-attribute cache (CPython's method cache, `typeobject.c` `_PyType_Lookup`): a
/// small table keyed by type identity and attribute name, remembering what the walk along
/// the MRO found (or that it found nothing).
///
/// An entry holds while `watched_epoch()` stays put: filling it watches the dict of every
/// class along the MRO (`Dict::watch`), so any later change of one of them (a method patched,
/// a class attribute assigned or deleted) moves the epoch on and empties the cache at once.
/// A type's MRO changes only by assigning `__bases__` (`set_bases`), which marks the dicts of
/// the classes concerned changed; the type is named by a `Weak` so its address is not reused
/// while the entry exists.
mod lookup_cache {
    use std::cell::RefCell;
    use std::rc::{Rc, Weak};

    use super::Type;
    use crate::objects::dict::watched_epoch;
    use crate::value::Value;

    const SLOTS: usize = 4096;

    struct Entry {
        ty: Weak<Type>,
        epoch: u64,
        name: Rc<str>,
        value: Option<Value>,
    }

    thread_local! {
        static TABLE: RefCell<Vec<Option<Entry>>> = const { RefCell::new(Vec::new()) };
    }

    /// The slot of (`ty`, `name`): from the addresses, so it costs no hashing of the name; a
    /// name spelt by another string only lands elsewhere (the entry compares the text).
    fn slot(ty: &Type, name: &str) -> usize {
        let t = ty as *const Type as usize;
        let n = name.as_ptr() as usize;
        ((t >> 4) ^ (t >> 13) ^ (n >> 3) ^ (n >> 11) ^ name.len().wrapping_mul(31)) % SLOTS
    }

    /// `Some(answer)` when the cache knows what the MRO walk of `ty` gives for `name`.
    #[inline]
    pub(super) fn get(ty: &Type, name: &str) -> Option<Option<Value>> {
        let epoch = watched_epoch();
        TABLE.with(|t| {
            let t = t.try_borrow().ok()?;
            match t.get(slot(ty, name))? {
                Some(e)
                    if std::ptr::eq(e.ty.as_ptr(), ty) && e.epoch == epoch && &*e.name == name =>
                {
                    Some(e.value.clone())
                }
                _ => None,
            }
        })
    }

    /// Remember `value` as the answer for (`ty`, `name`) when every dict along the MRO can
    /// be watched (none is borrowed right now).
    pub(super) fn put(ty: &Type, name: &str, value: &Option<Value>) {
        // The type is alive (we hold `&Type`) and its MRO starts with the Rc that owns it,
        // once the type is made; a type still being made is not cached.
        let Ok(mro) = ty.mro.try_borrow() else {
            return;
        };
        let weak = match mro.first() {
            Some(first) if std::ptr::eq(Rc::as_ptr(first), ty) => Rc::downgrade(first),
            _ => return,
        };
        for t in mro.iter() {
            let Ok(mut d) = t.dict.try_borrow_mut() else {
                return;
            };
            if !d.is_watched() {
                d.watch();
            }
        }
        drop(mro);
        let entry = Entry {
            ty: weak,
            epoch: watched_epoch(),
            name: Rc::from(name),
            value: value.clone(),
        };
        let old = TABLE.with(|t| {
            let Ok(mut t) = t.try_borrow_mut() else {
                return None;
            };
            if t.is_empty() {
                t.resize_with(SLOTS, || None);
            }
            let i = slot(ty, name);
            t[i].replace(entry)
        });
        // The replaced entry may hold the last reference to something with a `__del__`:
        // it goes with the table no longer borrowed.
        drop(old);
    }
}

/// C3 linearization of `bases`; `Err` with CPython's message when no consistent order exists.
pub fn c3_mro(this: &Rc<Type>, bases: &[Rc<Type>]) -> Result<Vec<Rc<Type>>, String> {
    // mro_implementation's check_duplicates comes first
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| Rc::ptr_eq(x, b)) {
            return Err(format!("duplicate base class {}", b.name()));
        }
    }
    let mut seqs: Vec<Vec<Rc<Type>>> = bases.iter().map(|b| b.mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![this.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, cand)));
            if !in_tail {
                found = Some(cand.clone());
                break;
            }
        }
        let Some(next) = found else {
            let names: Vec<String> = seqs.iter().map(|s| s[0].name().to_string()).collect();
            let mut uniq: Vec<String> = Vec::new();
            for n in names {
                if !uniq.contains(&n) {
                    uniq.push(n);
                }
            }
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                uniq.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

/// `C.__bases__ = value` (`type_set_bases`): checks in CPython's order and words, then the
/// MRO of `t` and of every class below it recomputed (all restored when one has no
/// consistent order), and `t` moved to the end of its bases' `__subclasses__()`.
pub fn set_bases(vm: &mut Vm, t: &Rc<Type>, value: &Value) -> PyResult<()> {
    let tn = crate::vm::Vm::tp_name_of(t);
    let Value::Tuple(items) = value else {
        let vn = vm.type_name(value);
        return Err(vm.type_error(format!("can only assign tuple to {tn}.__bases__, not {vn}")));
    };
    if items.is_empty() {
        return Err(vm.type_error(format!(
            "can only assign non-empty tuple to {tn}.__bases__, not ()"
        )));
    }
    let mut bases = Vec::with_capacity(items.len());
    for item in items.iter() {
        let Value::Type(b) = item else {
            let vn = vm.type_name(item);
            return Err(vm.type_error(format!(
                "{tn}.__bases__ must be tuple of classes, not '{vn}'"
            )));
        };
        if b.is_subtype(t) {
            return Err(vm.type_error("a __bases__ item causes an inheritance cycle"));
        }
        bases.push(b.clone());
    }
    // compatible_for_assignment(old tp_base, best_base(new)): same deallocator, same layout.
    let new_base = best_base(vm, &bases);
    let old_base = best_base(vm, &t.bases.borrow());
    let (nn, on) = (new_base.name(), old_base.name());
    if frees_as_gc(&new_base) != frees_as_gc(&old_base) {
        return Err(vm.type_error(format!(
            "__bases__ assignment: '{nn}' deallocator differs from '{on}'"
        )));
    }
    if !Rc::ptr_eq(&layout_of(vm, &new_base), &layout_of(vm, &old_base)) {
        return Err(vm.type_error(format!(
            "__bases__ assignment: '{nn}' object layout differs from '{on}'"
        )));
    }
    let below = crate::builtins::constructors::subclasses_below(t);
    let old_bases = std::mem::replace(&mut *t.bases.borrow_mut(), bases);
    let mut saved: Vec<(Rc<Type>, Vec<Rc<Type>>)> = Vec::new();
    for c in std::iter::once(t.clone()).chain(below) {
        let c_bases = c.bases.borrow().clone();
        match c3_mro(&c, &c_bases) {
            Ok(mro) => {
                let old = std::mem::replace(&mut *c.mro.borrow_mut(), mro);
                c.dict.borrow_mut().mark_changed();
                saved.push((c, old));
            }
            Err(msg) => {
                for (c, old) in saved {
                    *c.mro.borrow_mut() = old;
                    c.dict.borrow_mut().mark_changed();
                }
                *t.bases.borrow_mut() = old_bases;
                return Err(vm.type_error(msg));
            }
        }
    }
    crate::builtins::constructors::note_class_again(t);
    Ok(())
}

/// `best_base`: the base whose layout is the most derived (the first one otherwise): a
/// class's `__base__`.
pub fn best_base(vm: &Vm, bases: &[Rc<Type>]) -> Rc<Type> {
    let mut winner: Option<(Rc<Type>, Rc<Type>)> = None;
    for b in bases {
        let solid = layout_of(vm, b);
        match &winner {
            Some((w, _)) if w.is_subtype(&solid) => {}
            _ => winner = Some((solid, b.clone())),
        }
    }
    winner
        .map(|(_, b)| b)
        .unwrap_or_else(|| vm.types.object.clone())
}

/// The class whose instance layout `t`'s instances have (CPython's `solid_base`): a builtin
/// base, a class adding `__slots__`, BaseException for exceptions, else `object`.
fn layout_of(vm: &Vm, t: &Rc<Type>) -> Rc<Type> {
    if let Some(b) = crate::objects::typecall::layout_base(vm, t) {
        return b;
    }
    match vm.exc_types.get("BaseException") {
        Some(be) if t.is_subtype(be) => be.clone(),
        _ => vm.types.object.clone(),
    }
}

/// Whether CPython frees `t`'s instances with `PyObject_GC_Del` (classes, and builtins whose
/// instances the collector tracks) rather than `PyObject_Free` (object, int, str, ...).
fn frees_as_gc(t: &Rc<Type>) -> bool {
    !t.builtin
        || t.layout == Layout::Exception
        || matches!(
            &*t.name(),
            "list" | "dict" | "set" | "frozenset" | "tuple" | "type" | "function" | "property"
        )
}
