//! Instances of user classes (and of builtin classes without their own value layout, like
//! `object()` and exceptions).

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

use crate::objects::dict::Dict;
use crate::objects::typeobj::{Layout, Type};
use crate::value::{DictRef, Value};

/// The fields every exception carries (`PyBaseExceptionObject`).
#[derive(Clone)]
pub struct ExcData {
    pub args: Value,
    pub traceback: Value,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    pub notes: Value,
}

impl Default for ExcData {
    fn default() -> Self {
        ExcData {
            args: Value::tuple(vec![]),
            traceback: Value::None,
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            notes: Value::None,
        }
    }
}

/// An instance: 48 bytes, 64 with the `Rc` counts (jemalloc's 64-byte class; a Task, its
/// Future and its Context are one each). What most instances never have (`__slots__`
/// values, exception fields) is boxed in [`Extra`], made on first use.
///
/// The replaceable fields are `Cell`s of 8 and 24 bytes rather than `RefCell`s (16 and 32),
/// which is what keeps an instance in the 64-byte class: they are read by moving the value
/// out and back (`with_class`, `with_base`), so the closures given those must not run Python
/// code (which could read the same field and find it empty); [`Instance::class`] and
/// [`Instance::base`] hand out a new reference instead.
pub struct Instance {
    /// `__class__` (`o.__class__ = C` replaces it). Empty only inside `with_class`.
    class: Cell<Option<Rc<Type>>>,
    /// `__dict__`; `None` for classes whose `__slots__` leave it out, and also until first
    /// use for instances whose dict is made lazily ([`lazy_dict`]: exceptions, instances
    /// of classes whose `__init__` sets nothing). Replaceable (`o.__dict__ = d` makes d the
    /// instance's dict): read it with [`Instance::dict`] (which makes a lazy one) or
    /// [`Instance::dict_if_any`] (which does not).
    dict: Cell<Option<DictRef>>,
    /// For subclasses of builtin value types (`class C(int)`, `class L(list)`): the value;
    /// for instances of native types, their `Value::Native` data.
    base: Cell<Option<Value>>,
    extra: OnceCell<Box<Extra>>,
}

/// The rarer parts of an instance.
#[derive(Default)]
struct Extra {
    /// Values of `__slots__` members, in the order of `Type::slots` (native types keep
    /// their own fields here too).
    slots: RefCell<Vec<Option<Value>>>,
    /// For exceptions: boxed, so that the instances of classes with `__slots__` (asyncio's
    /// handles, ...) carry 8 bytes for it instead of 136.
    exc: Option<Box<RefCell<ExcData>>>,
}

impl Instance {
    /// A new instance (not registered with the cycle collector: callers do that).
    pub fn new(
        class: Rc<Type>,
        dict: Option<DictRef>,
        slots: Vec<Option<Value>>,
        base: Option<Value>,
        exc: Option<ExcData>,
    ) -> Instance {
        let extra = OnceCell::new();
        if !slots.is_empty() || exc.is_some() {
            let _ = extra.set(Box::new(Extra {
                slots: RefCell::new(slots),
                exc: exc.map(|e| Box::new(RefCell::new(e))),
            }));
        }
        Instance {
            class: Cell::new(Some(class)),
            dict: Cell::new(dict),
            base: Cell::new(base),
            extra,
        }
    }

    /// The instance's class (a new reference).
    #[inline]
    pub fn class(&self) -> Rc<Type> {
        self.with_class(Rc::clone)
    }

    /// Runs `f` on the class without a new reference (for pointer comparisons and cache
    /// checks on the hot paths). `f` must not run Python code: the field is empty meanwhile.
    #[inline]
    pub fn with_class<R>(&self, f: impl FnOnce(&Rc<Type>) -> R) -> R {
        let c = self.class.take();
        let r = f(c.as_ref().expect("instance class read inside with_class"));
        self.class.set(c);
        r
    }

    /// `o.__class__ = new`: returns the old class, for the caller to drop.
    pub fn set_class(&self, new: Rc<Type>) -> Rc<Type> {
        self.class
            .replace(Some(new))
            .expect("instance class read inside with_class")
    }

    /// The builtin value or native data this instance wraps, if any (a new reference).
    #[inline]
    pub fn base(&self) -> Option<Value> {
        self.with_base(|b| b.cloned())
    }

    /// Runs `f` on the wrapped value without a new reference. `f` must not run Python code
    /// (the field is empty meanwhile).
    #[inline]
    pub fn with_base<R>(&self, f: impl FnOnce(Option<&Value>) -> R) -> R {
        let b = self.base.take();
        let r = f(b.as_ref());
        self.base.set(b);
        r
    }

    /// For the cycle collector's walks: runs `f` on the class and the wrapped value without
    /// new references; `None` if the class is being read (inside `with_class`).
    #[inline]
    pub fn try_with_parts<R>(&self, f: impl FnOnce(&Rc<Type>, Option<&Value>) -> R) -> Option<R> {
        let c = self.class.take()?;
        let b = self.base.take();
        let r = f(&c, b.as_ref());
        self.base.set(b);
        self.class.set(Some(c));
        Some(r)
    }

    /// Sets the wrapped value; returns the old one, for the caller to drop.
    pub fn set_base(&self, v: Option<Value>) -> Option<Value> {
        self.base.replace(v)
    }

    /// The instance's `__dict__` (a new reference), if its class gives it one; a lazy one
    /// is made now (empty).
    #[inline]
    pub fn dict(&self) -> Option<DictRef> {
        let d = self.dict.take();
        if let Some(d) = d {
            let r = d.clone();
            self.dict.set(Some(d));
            return Some(r);
        }
        if !self.dict_is_lazy() {
            return None;
        }
        let d = Rc::new(RefCell::new(Dict::new()));
        self.dict.set(Some(d.clone()));
        Some(d)
    }

    /// The `__dict__` if it exists already (a lazy one not yet made is `None`, as a missing
    /// one): for lookups, which find nothing in an empty dict.
    #[inline]
    pub fn dict_if_any(&self) -> Option<DictRef> {
        let d = self.dict.take();
        let r = d.clone();
        self.dict.set(d);
        r
    }

    /// Whether the instance has a `__dict__` (made or still lazy).
    #[inline]
    pub fn has_dict(&self) -> bool {
        let d = self.dict.take();
        let r = d.is_some();
        self.dict.set(d);
        r || self.dict_is_lazy()
    }

    /// No dict yet, and the class says the instance has one to be made on first use.
    fn dict_is_lazy(&self) -> bool {
        self.with_class(|c| lazy_dict(c))
    }

    /// Runs `f` on the `__dict__` without making a new reference to it, for the cycle
    /// collector's walks (`Rc::strong_count` of the dict must not see one more) and the
    /// attribute fast paths (`None` for a lazy dict not made yet). The field is empty while
    /// `f` runs: `f` must not read this instance's dict.
    #[inline]
    pub fn with_dict<R>(&self, f: impl FnOnce(Option<&DictRef>) -> R) -> R {
        let d = self.dict.take();
        let r = f(d.as_ref());
        self.dict.set(d);
        r
    }

    /// `o.__dict__ = d`: d becomes the instance's dict (only for instances that have one);
    /// returns the old dict, to be dropped by the caller once nothing borrows it.
    pub fn set_dict(&self, d: DictRef) -> Option<DictRef> {
        if self.has_dict() {
            self.dict.replace(Some(d))
        } else {
            None
        }
    }

    /// The `__slots__` values (made empty on first use).
    pub fn slots(&self) -> &RefCell<Vec<Option<Value>>> {
        &self.extra.get_or_init(Default::default).slots
    }

    /// The `__slots__` values, if this instance has any storage for them.
    pub fn slots_if_any(&self) -> Option<&RefCell<Vec<Option<Value>>>> {
        self.extra.get().map(|e| &e.slots)
    }

    /// The exception fields, for instances of exception classes.
    pub fn exc(&self) -> Option<&RefCell<ExcData>> {
        self.extra.get().and_then(|e| e.exc.as_deref())
    }
}

/// Whether instances of `class` make their `__dict__` on first use, holding none until
/// then (`dict: None` at creation): user classes and exception types with a dict. Builtin
/// types whose instances have no dict though the type's `has_dict` says so (dict views,
/// hidden wrappers) are left out, so `None` keeps meaning "no `__dict__`" for them.
#[inline]
pub fn lazy_dict(class: &Type) -> bool {
    class.has_dict && (!class.builtin || class.layout == Layout::Exception)
}

// ---- __del__: an instance whose last reference drops is finalized (PEP 442) ----

thread_local! {
    /// Instances resurrected by `Drop` for their `__del__`, in drop order.
    static PENDING_DEL: RefCell<Vec<Rc<Instance>>> = const { RefCell::new(Vec::new()) };
    /// Addresses of instances whose `__del__` already ran (it runs once per object).
    static FINALIZED: RefCell<std::collections::HashSet<usize>> =
        RefCell::new(std::collections::HashSet::new());
}

impl Drop for Instance {
    fn drop(&mut self) {
        crate::gc::untrack_freed();
        crate::modules::weakref::referent_dropped(self as *const Instance as usize);
        let Some(cls) = self.class.get_mut().take() else {
            return;
        };
        if !cls.has_del.get() {
            return;
        }
        let me = self as *const Instance as usize;
        if FINALIZED
            .try_with(|f| f.borrow_mut().remove(&me))
            .unwrap_or(true)
        {
            return;
        }
        // Resurrect: move the fields into a new instance that the VM hands to __del__ at
        // its next instruction boundary (Drop cannot run Python code).
        let inst = Rc::new(Instance {
            class: Cell::new(Some(cls)),
            dict: Cell::new(self.dict.take()),
            base: Cell::new(self.base.get_mut().take()),
            extra: std::mem::take(&mut self.extra),
        });
        crate::gc::track_instance(&inst);
        let addr = Rc::as_ptr(&inst) as usize;
        let _ = FINALIZED.try_with(|f| f.borrow_mut().insert(addr));
        let _ = PENDING_DEL.try_with(|p| p.borrow_mut().push(inst));
        crate::generator::request_finalizers();
    }
}

/// For the cycle collector: record that `o`'s `__del__` is about to run; false if it already
/// ran (PEP 442: once per object).
pub fn mark_finalized(o: &Rc<Instance>) -> bool {
    let addr = Rc::as_ptr(o) as usize;
    FINALIZED
        .try_with(|f| f.borrow_mut().insert(addr))
        .unwrap_or(false)
}

/// `gc.is_finalized(o)`: has `o`'s `__del__` run (and `o` survived)?
pub fn is_finalized(o: &Rc<Instance>) -> bool {
    let addr = Rc::as_ptr(o) as usize;
    FINALIZED
        .try_with(|f| f.borrow().contains(&addr))
        .unwrap_or(false)
}

/// Call the `__del__` of the instances dropped since the last check; an exception is
/// reported as unraisable (`Exception ignored in: ...`), as `PyObject_CallFinalizer` does.
pub fn run_pending_dels(vm: &mut crate::vm::Vm) {
    crate::modules::weakref::run_callbacks(vm);
    loop {
        let batch = PENDING_DEL.with(|p| std::mem::take(&mut *p.borrow_mut()));
        if batch.is_empty() {
            break;
        }
        for inst in batch {
            let cls = inst.class();
            let Some(del) = cls.lookup("__del__") else {
                continue;
            };
            let saved_exc = vm.exc_info.clone();
            let obj = Value::Instance(inst);
            if let Err(e) = vm.call(&del, vec![obj.clone()]) {
                vm.write_unraisable(&e, Some(&del));
            }
            vm.exc_info = saved_exc;
        }
    }
}

#[cfg(all(test, target_pointer_width = "64"))]
mod tests {
    /// A Task, its Future and its Context are instances: 48 bytes (64 with the `Rc` counts,
    /// jemalloc's 64-byte class; 80 before the class and base were `Cell`s, 112 before
    /// `Extra`). Only ever smaller.
    #[test]
    fn instance_stays_small() {
        assert!(std::mem::size_of::<super::Instance>() <= 48);
    }
}
