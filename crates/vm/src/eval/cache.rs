//! Inline caches of LOAD_GLOBAL, LOAD_ATTR and STORE_ATTR (the idea of CPython's
//! specializing interpreter, kept in the VM's own copy of the code: `co_code` stays pristine).
//!
//! Each such instruction of a code object owns one `Slot` (its number is `Instr::cache`).
//! A slot remembers what the last execution found, together with the stamps that prove the
//! answer still holds:
//! - a dict's `version()` changes on every mutation and is unique across dicts, so
//!   (address, version) equal means "this dict, unchanged";
//! - class-level facts are valid while `watched_epoch()` stays put: the dicts along the
//!   MRO of a class a slot learnt about are watched, and any change to a watched dict
//!   moves the epoch on (class dicts rarely change once the program runs).
//!
//! Besides plain instances with a dict, a slot can hold a builtin receiver's method
//! (`l.append(x)` calls `list.append` with `l` first, no bound method made) or the index of
//! a `__slots__` member.
//!
//! A miss (or anything unusual: a custom `__getattribute__`, a data descriptor)
//! takes the ordinary path, which is the semantics; a hit only skips the lookups whose
//! result is known.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use super::Instr;
use crate::objects::typeobj::Type;
use crate::value::{DictRef, Value};

/// What one cached instruction learnt.
#[derive(Clone, Default)]
pub enum Slot {
    #[default]
    Empty,
    /// LOAD_GLOBAL: where the value is (its entry position in globals, or in builtins),
    /// valid while globals and builtins are unchanged. Not the value itself: a cache must
    /// not keep a deleted global alive (its `__del__` runs at `del`, as in CPython).
    Global {
        globals: usize,
        gver: u64,
        builtins: usize,
        bver: u64,
        pos: u32,
        in_builtins: bool,
    },
    /// LOAD_ATTR / STORE_ATTR on an instance of `class` whose type has the ordinary
    /// `__getattribute__` / `__setattr__`, no data descriptor and no slot for the name:
    /// the instance dict decides, then `descr` (None; a plain function or method descriptor to
    /// bind; or a class attribute that is no descriptor, read as it is).
    Instance {
        class: Weak<Type>,
        stamp: u64,
        descr: Option<Value>,
        /// The entry position of the instance dict where the name was found last (instances
        /// of one class usually get their attributes in the same order, so the same place):
        /// tried first, by a pointer compare of the interned name (`Dict::get_attr_hinted`).
        hint: Cell<u32>,
    },
    /// LOAD_ATTR's method form on a receiver whose type is a builtin one (list, dict, str,
    /// generator, ...) and whose attribute is a plain method descriptor of that type:
    /// `method` is the unbound descriptor, called with the receiver as first argument.
    BuiltinMethod {
        ty: Weak<Type>,
        stamp: u64,
        method: Value,
        /// The receiver's value kind when that alone names `ty` (`method_cache.rs`), else 0.
        kind: u8,
    },
    /// LOAD_ATTR on a module: the value its dict held, valid while that dict (its address
    /// and version) is unchanged.
    ModuleAttr {
        dict: usize,
        version: u64,
        value: Value,
    },
    /// LOAD_ATTR / STORE_ATTR of a `__slots__` member on an instance of `class` (ordinary
    /// `__getattribute__` / `__setattr__`, the name resolving to the slot's own member
    /// descriptor): the value lives at `index` of the instance's slots.
    Member {
        class: Weak<Type>,
        stamp: u64,
        index: usize,
    },
    /// FOR_ITER that has run a generator once: CPython's warm-up counter has expired, so from
    /// now on it is FOR_ITER_GEN, which runs the generator past the CACHE entry.
    ForIterGen,
}

/// The slots of one code object, plus the hashes of its `co_names`.
#[derive(Default)]
pub struct Caches {
    slots: RefCell<Vec<Slot>>,
    pub name_hashes: Vec<i64>,
    /// One bit per code unit: the CALL there has run once (`first_call`).
    calls_run: RefCell<Vec<u64>>,
}

/// The stamp of the class-level facts about `ty`: the dicts along its MRO become watched
/// (`Dict::watch`), so any later change to any of them moves `watched_epoch()` on.
pub fn type_stamp(ty: &Type) -> u64 {
    let watch = |t: &Type| {
        if !t.dict.borrow().is_watched() {
            t.dict.borrow_mut().watch();
        }
    };
    watch(ty);
    for t in ty.mro.borrow().iter().skip(1) {
        watch(t);
    }
    crate::objects::dict::watched_epoch()
}

impl Caches {
    pub fn new(instrs: &[Instr], names: &[Value]) -> Caches {
        let n = instrs
            .iter()
            .filter(|i| i.cache != NO_CACHE)
            .map(|i| i.cache as usize + 1)
            .max()
            .unwrap_or(0);
        Caches {
            slots: RefCell::new(vec![Slot::Empty; n]),
            calls_run: RefCell::new(Vec::new()),
            name_hashes: names
                .iter()
                .map(|v| match v {
                    Value::Str(s) => crate::objects::hash::hash_str(s),
                    _ => 0,
                })
                .collect(),
        }
    }

    /// Whether this is the first run of the CALL at code unit `index` (and it is marked run):
    /// CPython 3.12's adaptive counter of a CALL starts at 1, so its first execution takes
    /// the generic path, the following ones the specialized form.
    #[inline]
    pub fn first_call(&self, index: u32) -> bool {
        let Ok(mut run) = self.calls_run.try_borrow_mut() else {
            return false;
        };
        let (word, bit) = ((index / 64) as usize, 1u64 << (index % 64));
        if word >= run.len() {
            run.resize(word + 1, 0);
        }
        let first = run[word] & bit == 0;
        run[word] |= bit;
        first
    }

    pub fn get(&self, i: u16) -> Slot {
        self.slots
            .borrow()
            .get(i as usize)
            .cloned()
            .unwrap_or_default()
    }

    pub fn set(&self, i: u16, s: Slot) {
        if let Some(x) = self.slots.borrow_mut().get_mut(i as usize) {
            *x = s;
        }
    }

    /// LOAD_GLOBAL's cached value, if globals and builtins did not change since.
    pub fn global(&self, i: u16, g: &DictRef, b: &DictRef) -> Option<Value> {
        let slots = self.slots.borrow();
        match slots.get(i as usize)? {
            Slot::Global {
                globals,
                gver,
                builtins,
                bver,
                pos,
                in_builtins,
            } if *globals == Rc::as_ptr(g) as usize
                && *builtins == Rc::as_ptr(b) as usize
                && *gver == g.borrow().version()
                && *bver == b.borrow().version() =>
            {
                let d = if *in_builtins { b } else { g };
                let v = d.borrow().value_at(*pos as usize).cloned();
                v
            }
            _ => None,
        }
    }

    /// Whether slot `i` holds valid type-level facts for an instance of `class` (as
    /// `instance`, without cloning the descriptor).
    #[inline]
    pub fn instance_valid(&self, i: u16, class: &Rc<Type>) -> bool {
        match self.slots.borrow().get(i as usize) {
            Some(Slot::Instance {
                class: c, stamp, ..
            }) => {
                std::ptr::eq(c.as_ptr(), Rc::as_ptr(class))
                    && *stamp == crate::objects::dict::watched_epoch()
            }
            _ => false,
        }
    }

    /// The hit path of LOAD_ATTR / STORE_ATTR on an instance: when slot `i` holds for an
    /// instance of `class`, `f` of its descriptor and dict-position hint (`f` runs while the
    /// slots are borrowed: it must not run Python code).
    #[inline(always)]
    pub fn with_instance<R>(
        &self,
        i: u16,
        class: &Rc<Type>,
        f: impl FnOnce(&Option<Value>, &Cell<u32>) -> Option<R>,
    ) -> Option<R> {
        let slots = self.slots.try_borrow().ok()?;
        match slots.get(i as usize)? {
            Slot::Instance {
                class: c,
                stamp,
                descr,
                hint,
            } if std::ptr::eq(c.as_ptr(), Rc::as_ptr(class))
                && *stamp == crate::objects::dict::watched_epoch() =>
            {
                f(descr, hint)
            }
            _ => None,
        }
    }

    /// The cached type-level facts for an instance of `class`, if still valid.
    pub fn instance(&self, i: u16, class: &Rc<Type>) -> Option<Option<Value>> {
        let slots = self.slots.borrow();
        match slots.get(i as usize)? {
            Slot::Instance {
                class: c,
                stamp,
                descr,
                ..
            } if std::ptr::eq(c.as_ptr(), Rc::as_ptr(class))
                && *stamp == crate::objects::dict::watched_epoch() =>
            {
                Some(descr.clone())
            }
            _ => None,
        }
    }
}

impl Caches {
    /// The cached unbound method for a receiver of type `ty`, if still valid.
    #[inline]
    pub fn builtin_method(&self, i: u16, ty: &Rc<Type>) -> Option<Value> {
        match self.slots.borrow().get(i as usize)? {
            Slot::BuiltinMethod {
                ty: t,
                stamp,
                method,
                ..
            } if std::ptr::eq(t.as_ptr(), Rc::as_ptr(ty))
                && *stamp == crate::objects::dict::watched_epoch() =>
            {
                Some(method.clone())
            }
            _ => None,
        }
    }

    /// The cached unbound method for a receiver of value kind `kind` (`method_cache.rs`), if
    /// still valid.
    #[inline]
    pub fn builtin_method_of_kind(&self, i: u16, kind: u8) -> Option<Value> {
        match self.slots.try_borrow().ok()?.get(i as usize)? {
            Slot::BuiltinMethod {
                kind: k,
                stamp,
                method,
                ..
            } if *k == kind && *stamp == crate::objects::dict::watched_epoch() => {
                Some(method.clone())
            }
            _ => None,
        }
    }

    /// The cached attribute of the module whose dict is `d`, if that dict did not change.
    #[inline]
    pub fn module_attr(&self, i: u16, d: &DictRef) -> Option<Value> {
        match self.slots.borrow().get(i as usize)? {
            Slot::ModuleAttr {
                dict,
                version,
                value,
            } if *dict == Rc::as_ptr(d) as usize && *version == d.borrow().version() => {
                Some(value.clone())
            }
            _ => None,
        }
    }

    /// The cached slot index of a `__slots__` member for an instance of `class`.
    #[inline]
    pub fn member(&self, i: u16, class: &Rc<Type>) -> Option<usize> {
        match self.slots.borrow().get(i as usize)? {
            Slot::Member {
                class: c,
                stamp,
                index,
            } if std::ptr::eq(c.as_ptr(), Rc::as_ptr(class))
                && *stamp == crate::objects::dict::watched_epoch() =>
            {
                Some(*index)
            }
            _ => None,
        }
    }
}

/// `Instr::cache` of instructions without a cache.
pub const NO_CACHE: u16 = u16::MAX;
