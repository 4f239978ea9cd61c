//! The cycle collector: frees reference cycles that reference counting alone never frees,
//! as CPython's `Modules/gcmodule.c` does, by trial deletion.
//!
//! - **Registry.** Instances, functions, generators, classes, lists and dicts (those made by
//!   `Value::list`, `Value::dict`, `Vm::new_dict` and module namespaces) are registered when
//!   made (`track_*`: one push of a `Weak` into a per-thread vector), so a cycle of lists and
//!   dicts only (`l = []; l.append(l)`) is found. Tuples, sets, cells, frames, tracebacks,
//!   bound methods and instances' and classes' own dicts are not: a collection discovers them
//!   by walking from the registered objects. Young collections start from the young
//!   registered objects (less the lists and dicts of atoms only) and stop at the old
//!   registered ones, lists and dicts included; full ones, and `gc.collect()`, start from everything and walk
//!   functions' `__globals__` too (a namespace made by `exec` can be garbage).
//! - **Trial deletion** (`update_refs` / `subtract_refs` / `move_unreachable`): for each
//!   object found, `gc_refs = Rc::strong_count - 1` (the collector's own handle); each
//!   reference from another found object subtracts one. What is left above zero is held from
//!   outside the graph — a frame on the VM's stack, a Rust local, a module, the VM's current
//!   exception — and survives with everything it reaches; the rest is garbage. An object
//!   whose `RefCell` is borrowed (in use right now) always survives, so nothing in use can be
//!   cleared; an edge the walk does not know only makes its target look external.
//! - **Finalization**, in CPython's order: weak references to the garbage die and the
//!   callbacks of the live ones run (`handle_weakrefs`), then `__del__` of instances and the
//!   close / "never awaited" warning of generators and coroutines, once each (PEP 442, in
//!   allocation order); then the garbage is counted again and what a finalizer made
//!   reachable is resurrected (`handle_resurrected_objects`); the rest is cleared (`tp_clear`:
//!   lists, dicts, cells, frames, instance fields emptied), which breaks the cycles, and the
//!   reference counts free the objects.
//! - **Automatic collection**: when generation 0's count (CPython's: allocations less
//!   deallocations since the last collection) reaches `threshold0` (700), the VM collects at
//!   its next instruction boundary (the finalizer check of the evaluation loop, as 3.12's
//!   eval breaker). Registrations add to the count as they come and the frees of instances,
//!   functions and generators are noted (`untrack_freed`); the dead lists and dicts are found
//!   when the count reaches the threshold, which drops the young generation's dead entries
//!   and settles the count (`Registry::prune`). Two generations: a young
//!   collection walks from the objects registered since the last collection only (older
//!   instances, functions, generators and classes are a border, held from outside); a full
//!   one runs when the promoted objects outnumber the old ones, which keeps long programs
//!   linear.

use std::cell::RefCell;
use std::mem::ManuallyDrop;
use std::rc::{Rc, Weak};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::frame::FrameRef;
use crate::objects::function::Function;
use crate::objects::generator::{GenKind, GenState, Generator};
use crate::objects::instance::Instance;
use crate::objects::iter::Iter as It;
use crate::objects::typeobj::Type;
use crate::value::{ListRef, Value};
use crate::vm::Vm;

/// A registered object: a `Weak` of one of six kinds in one word, the kind in the low three
/// bits of the pointer (8 bytes a registration where an enum of the six `Weak`s takes 16).
/// `Weak::into_raw` points at the value inside the shared allocation, which is aligned to
/// at least `usize` (its counts come first), so those bits are always zero in the pointer.
struct Tracked(std::ptr::NonNull<u8>);

const KIND_BITS: usize = 0b111;
const K_INSTANCE: usize = 0;
const K_FUNCTION: usize = 1;
const K_GENERATOR: usize = 2;
const K_TYPE: usize = 3;
const K_LIST: usize = 4;
const K_DICT: usize = 5;

type DictCell = RefCell<crate::objects::dict::Dict>;

impl Tracked {
    /// Registers `w` as kind `k` (owning the weak count it holds).
    fn new<T>(w: Weak<T>, k: usize) -> Tracked {
        let p = Weak::into_raw(w) as *const u8;
        debug_assert!(std::mem::align_of::<usize>() > KIND_BITS);
        debug_assert_eq!(p as usize & KIND_BITS, 0);
        // `map_addr` keeps the pointer's provenance; the pointer is never null (`Rc`).
        let tagged = p.map_addr(|a| a | k).cast_mut();
        Tracked(std::ptr::NonNull::new(tagged).expect("Rc allocations are not null"))
    }

    fn kind(&self) -> usize {
        self.0.as_ptr() as usize & KIND_BITS
    }

    /// The pointer `Weak::into_raw` gave, as `*const T`.
    fn raw<T>(&self) -> *const T {
        self.0
            .as_ptr()
            .map_addr(|a| a & !KIND_BITS)
            .cast_const()
            .cast()
    }

    /// Is this a kind whose `Drop` calls `untrack_freed`?
    fn counts_free(&self) -> bool {
        matches!(self.kind(), K_INSTANCE | K_FUNCTION | K_GENERATOR)
    }

    /// A copy of the registered object that holds no count (see `alias`), if it is alive:
    /// no increment and decrement of its count as `upgrade` then a drop would make.
    #[inline]
    #[allow(unsafe_code)]
    fn alias(&self) -> Option<ManuallyDrop<Value>> {
        // SAFETY (each arm): `raw::<T>()` is the pointer `Weak::<T>::into_raw` gave in `new`
        // for this entry's kind `T`, and this entry still owns that weak count, so the
        // allocation is there. The `Weak` rebuilt by `from_raw` is never dropped (the count
        // stays the entry's). The object is alive when its strong count is above zero (held
        // by someone else while the walk runs no code); the `Rc` rebuilt from the pointer
        // is never dropped, so the count stays the owners'.
        unsafe fn rc<T>(p: *const T) -> Option<Rc<T>> {
            let w = ManuallyDrop::new(Weak::from_raw(p));
            (w.strong_count() > 0).then(|| Rc::from_raw(p))
        }
        unsafe {
            let v = match self.kind() {
                K_INSTANCE => Value::Instance(rc(self.raw::<Instance>())?),
                K_FUNCTION => Value::Function(rc(self.raw::<Function>())?),
                K_GENERATOR => Value::Generator(rc(self.raw::<Generator>())?),
                K_TYPE => Value::Type(rc(self.raw::<Type>())?),
                K_LIST => Value::List(rc(self.raw::<crate::value::ListItems>())?),
                _ => Value::Dict(rc(self.raw::<DictCell>())?),
            };
            Some(ManuallyDrop::new(v))
        }
    }
}

impl Drop for Tracked {
    #[allow(unsafe_code)]
    fn drop(&mut self) {
        // SAFETY: as in `alias`: the pointer and kind are those `new` was given, and the weak
        // count is this entry's, given back here once (the entry is being dropped).
        unsafe {
            match self.kind() {
                K_INSTANCE => drop(Weak::from_raw(self.raw::<Instance>())),
                K_FUNCTION => drop(Weak::from_raw(self.raw::<Function>())),
                K_GENERATOR => drop(Weak::from_raw(self.raw::<Generator>())),
                K_TYPE => drop(Weak::from_raw(self.raw::<Type>())),
                K_LIST => drop(Weak::from_raw(self.raw::<crate::value::ListItems>())),
                _ => drop(Weak::from_raw(self.raw::<DictCell>())),
            }
        }
    }
}

struct Registry {
    items: Vec<Tracked>,
    /// The young objects (`gc.get_count()[0]`: CPython counts allocations less
    /// deallocations): the live ones at the last `prune`, plus the registrations since.
    count: usize,
    /// `threshold0` (`usize::MAX`: no automatic collection; see `rearm`).
    threshold: usize,
    /// `prune` when `count` reaches this.
    check_at: usize,
    /// Compact `items` (drop dead entries) when it grows past this.
    compact_at: usize,
    /// `items[young_start..]` were registered since the last collection (the young
    /// generation); the others survived one (the old generation).
    young_start: usize,
    /// Old objects right after the last full collection, and promoted since.
    old_at_full: usize,
    promoted: usize,
    /// Young collections since the last full one.
    young_collections: usize,
    /// Instances, functions and generators freed since the last collection (`untrack_freed`),
    /// and how many of them were young (dead young entries of those kinds dropped since):
    /// the others were old, and CPython's count goes down for those too.
    freed: usize,
    young_freed: usize,
    /// Dead young entries (of every kind) dropped since the last `prune`.
    young_dead: usize,
    /// Old instances, functions and generators freed since the old generation was last
    /// compacted: their entries still hold their memory (a `Weak`), so past a quarter of the
    /// old entries `prune` compacts them all (asyncio's handles die old, one per task step).
    old_dead: usize,
}

impl Registry {
    /// CPython's count of generation 0 (allocations less deallocations since the last
    /// collection, never below zero): the registrations since the last `prune` are in
    /// `count` already; take away the young objects found dead since (every kind) and the
    /// old instances, functions and generators freed since. Right after `compact_young`.
    fn settle_count(&mut self) {
        let old_freed = self.freed.saturating_sub(self.young_freed);
        self.old_dead += old_freed;
        self.count = self
            .count
            .saturating_sub(self.young_dead)
            .saturating_sub(old_freed);
        self.freed = 0;
        self.young_freed = 0;
        self.young_dead = 0;
    }

    /// Drop the dead entries, keeping the order (and so the generations).
    fn compact(&mut self) {
        self.compact_from(0, |_| {});
    }

    /// Drop the dead entries of the young generation only (a young collection must not
    /// cost in proportion to the old objects).
    fn compact_young(&mut self) {
        self.compact_from(self.young_start, |_| {});
    }

    /// Drop the dead entries of `items[from..]` (`from` is 0 or `young_start`), keeping the
    /// order (and so the generations), and hand each live one to `root` (a copy that holds
    /// no count, `Tracked::alias`): a collection's roots and the compaction in one pass.
    fn compact_from(&mut self, from: usize, mut root: impl FnMut(ManuallyDrop<Value>)) {
        let young_start = self.young_start;
        let mut i = from;
        let mut old = 0;
        let (mut young_freed, mut young_dead) = (0, 0);
        for j in from..self.items.len() {
            if let Some(v) = self.items[j].alias() {
                root(v);
                if j < young_start {
                    old += 1;
                }
                self.items.swap(i, j);
                i += 1;
            } else if j >= young_start {
                young_dead += 1;
                young_freed += self.items[j].counts_free() as usize;
            }
        }
        self.young_freed += young_freed;
        self.young_dead += young_dead;
        self.items.truncate(i);
        if from == 0 {
            self.old_dead = 0;
            self.young_start = old;
            self.compact_at = (self.items.len() * 2).max(1024);
        }
    }

    /// The count reached `check_at`: drop the young generation's dead entries (and so the
    /// memory of those objects, which a `Weak` holds), take the objects freed since the last
    /// prune off the count (`settle_count`: lists and dicts are seen dead here, not in a
    /// `Drop`), and ask for a collection when it still reaches the threshold.
    fn prune(&mut self) {
        self.compact_young();
        self.settle_count();
        if self.old_dead > 256 && self.old_dead > self.young_start / 4 {
            self.compact();
        }
        if self.count >= self.threshold {
            REQUESTED.store(true, Ordering::Relaxed);
            crate::generator::request_finalizers();
            // Until the collection (`rearm`).
            self.check_at = usize::MAX;
        } else {
            // The pass costs one step per young entry: at least a quarter of them are
            // registered before the next one.
            let young = self.items.len() - self.young_start;
            let step = (self.threshold / 4).max(young / 4);
            self.check_at = self.threshold.max(self.count.saturating_add(step));
        }
    }
}

/// Settings and statistics of the `gc` module.
struct State {
    enabled: bool,
    thresholds: (i64, i64, i64),
    collecting: bool,
    callbacks: Option<ListRef>,
    collections: usize,
    collected: usize,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = const {
        RefCell::new(Registry {
            items: Vec::new(),
            count: 0,
            threshold: 700,
            check_at: 700,
            compact_at: 1024,
            young_start: 0,
            old_at_full: 0,
            promoted: 0,
            young_collections: 0,
            freed: 0,
            young_freed: 0,
            young_dead: 0,
            old_dead: 0,
        })
    };
    static STATE: RefCell<State> = const {
        RefCell::new(State {
            enabled: true,
            thresholds: (700, 10, 10),
            collecting: false,
            callbacks: None,
            collections: 0,
            collected: 0,
        })
    };
}

/// An automatic collection is due (read by `Vm::run_pending_finalizers`).
static REQUESTED: AtomicBool = AtomicBool::new(false);

/// Register a new object (`_PyObject_GC_TRACK`; `gc_alloc` counts it in generation 0).
#[inline]
fn track(t: Tracked) {
    let _ = REGISTRY.try_with(|r| {
        let Ok(mut r) = r.try_borrow_mut() else {
            return;
        };
        r.items.push(t);
        r.count += 1;
        if r.count >= r.check_at {
            r.prune();
        } else if r.items.len() >= r.compact_at {
            r.compact();
        }
    });
}

/// An instance, function or generator was freed (`PyObject_GC_Del` lowers the count of
/// generation 0): counted, for `Registry::settle_count`.
#[inline]
pub fn untrack_freed() {
    let _ = REGISTRY.try_with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            r.freed += 1;
        }
    });
}

/// Register a new instance (`_PyObject_GC_TRACK`).
#[inline]
pub fn track_instance(o: &Rc<Instance>) {
    track(Tracked::new(Rc::downgrade(o), K_INSTANCE));
}

/// Register a new function.
#[inline]
pub fn track_function(o: &Rc<Function>) {
    track(Tracked::new(Rc::downgrade(o), K_FUNCTION));
}

/// Register a new generator, coroutine or async generator.
#[inline]
pub fn track_generator(o: &Rc<Generator>) {
    track(Tracked::new(Rc::downgrade(o), K_GENERATOR));
}

/// Register a new class.
#[inline]
pub fn track_type(o: &Rc<Type>) {
    track(Tracked::new(Rc::downgrade(o), K_TYPE));
}

/// Register a new list (CPython tracks every list: a cycle of lists only is found).
#[inline]
pub fn track_list(o: &ListRef) {
    track(Tracked::new(Rc::downgrade(o), K_LIST));
}

/// Register a new dict.
#[inline]
pub fn track_dict(o: &crate::value::DictRef) {
    track(Tracked::new(Rc::downgrade(o), K_DICT));
}

/// Is an automatic collection due?
#[inline]
pub fn requested() -> bool {
    REQUESTED.load(Ordering::Relaxed)
}

/// The threshold of generation 0 as the registry uses it (`usize::MAX`: never collect).
fn threshold0() -> usize {
    STATE.with(|s| {
        let s = s.borrow();
        match s.thresholds.0 {
            t if s.enabled && t > 0 => t as usize,
            _ => usize::MAX,
        }
    })
}

/// After a collection: the young generation is empty.
fn rearm() {
    let t = threshold0();
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.count = 0;
        r.threshold = t;
        r.check_at = t;
        r.old_dead += r.freed.saturating_sub(r.young_freed);
        r.freed = 0;
        r.young_freed = 0;
        r.young_dead = 0;
    });
}

// ---- the object graph ----

/// A reference held by an object, as the walk sees it.
enum Ref<'a> {
    V(&'a Value),
    Type(&'a Rc<Type>),
    Frame(&'a FrameRef),
    Func(&'a Rc<Function>),
    Dict(&'a crate::value::DictRef),
    /// A function's `__globals__`: walked by full collections only.
    Globals(&'a crate::value::DictRef),
    Tuple(&'a crate::value::TupleRef),
    Tb(&'a Rc<crate::objects::misc::Traceback>),
    /// An object only the walked one holds (`Rc::strong_count` 1) that can be taken as part
    /// of it (`own_part`): a tuple, bound method or builtin. The visitor returns true to have
    /// it walked as part of the referrer (it is no node), false if it is a node already.
    Own(&'a Value),
    /// An instance's or function's `__dict__` that only its owner holds: as `Own` (CPython
    /// 3.12 keeps an instance's attributes inline, with no dict object, until asked for one).
    OwnDict(&'a crate::value::DictRef),
    /// A list or tuple of atoms only, skipped by a collection's walks (`atoms_only`): no node,
    /// no edge.
    Leaf(&'a Value),
}

impl Ref<'_> {
    /// The referent, if it is an object the collector walks.
    fn node(&self) -> Option<(usize, Value)> {
        let v = match self {
            Ref::V(v) | Ref::Own(v) => {
                if !is_node(v) {
                    return None;
                }
                (*v).clone()
            }
            Ref::OwnDict(d) => Value::Dict((*d).clone()),
            Ref::Leaf(_) => return None,
            Ref::Type(t) => Value::Type((*t).clone()),
            Ref::Frame(f) => Value::Frame((*f).clone()),
            Ref::Func(f) => Value::Function((*f).clone()),
            Ref::Dict(d) | Ref::Globals(d) => Value::Dict((*d).clone()),
            Ref::Tuple(t) => Value::Tuple((*t).clone()),
            Ref::Tb(t) => Value::Traceback((*t).clone()),
        };
        Some((v.id(), v))
    }

    /// A copy of the referent that holds no count (`alias`), if the collector walks it.
    #[inline]
    #[allow(unsafe_code)]
    fn alias(&self) -> Option<ManuallyDrop<Value>> {
        // SAFETY (each arm): a bitwise copy of the `Rc` the referrer holds, never dropped.
        unsafe {
            Some(ManuallyDrop::new(match self {
                Ref::V(v) | Ref::Own(v) => {
                    if !is_node(v) {
                        return None;
                    }
                    std::ptr::read(*v)
                }
                Ref::OwnDict(d) => Value::Dict(std::ptr::read(*d)),
                Ref::Leaf(_) => return None,
                Ref::Type(t) => Value::Type(std::ptr::read(*t)),
                Ref::Frame(f) => Value::Frame(std::ptr::read(*f)),
                Ref::Func(f) => Value::Function(std::ptr::read(*f)),
                Ref::Dict(d) | Ref::Globals(d) => Value::Dict(std::ptr::read(*d)),
                Ref::Tuple(t) => Value::Tuple(std::ptr::read(*t)),
                Ref::Tb(t) => Value::Traceback(std::ptr::read(*t)),
            }))
        }
    }

    /// Where a young collection stops when the referent is not young: a module namespace,
    /// an object of a registered kind (`registered_kind`), or a registered list or dict (its
    /// registry entry is a `Weak`): the young ones are nodes already, so one met here is old
    /// (or of atoms only), as gen0 collections in CPython stop at older lists and dicts.
    /// Walking old ones made building a 100,000-deep nest of lists quadratic (0.37 s, 200,000
    /// 2.4 s: the whole chain walked at each young collection).
    #[inline]
    fn border(&self) -> bool {
        match self {
            Ref::V(Value::List(l)) => Rc::weak_count(l) > 0,
            Ref::V(Value::Dict(d)) => Rc::weak_count(d) > 0,
            Ref::Dict(d) => Rc::weak_count(d) > 0,
            Ref::V(v) => registered_kind(v),
            Ref::Type(_) | Ref::Func(_) | Ref::Globals(_) => true,
            _ => false,
        }
    }

    /// Is this a part the walk may take into its referrer (`Ref::Own`, `Ref::OwnDict`)?
    #[inline]
    fn is_own(&self) -> bool {
        matches!(self, Ref::Own(_) | Ref::OwnDict(_))
    }

    #[inline]
    fn addr(&self) -> Option<usize> {
        fn p<T: ?Sized>(r: &Rc<T>) -> usize {
            Rc::as_ptr(r) as *const u8 as usize
        }
        match self {
            Ref::V(v) | Ref::Own(v) => node_addr(v),
            Ref::OwnDict(d) => Some(p(d)),
            Ref::Leaf(_) => None,
            Ref::Type(t) => Some(p(t)),
            Ref::Frame(f) => Some(p(f)),
            Ref::Func(f) => Some(p(f)),
            Ref::Dict(d) | Ref::Globals(d) => Some(p(d)),
            Ref::Tuple(t) => Some(p(t)),
            Ref::Tb(t) => Some(p(t)),
        }
    }
}

/// The address of `v` if it is a container the collector walks (`is_node`): `Value::id` and
/// `is_node` in one match.
#[inline]
fn node_addr(v: &Value) -> Option<usize> {
    use Value::*;
    #[inline(always)]
    fn p<T: ?Sized>(r: &Rc<T>) -> Option<usize> {
        Some(Rc::as_ptr(r) as *const u8 as usize)
    }
    match v {
        Tuple(r) => p(r),
        List(r) => p(r),
        Dict(r) => p(r),
        Set(r) | FrozenSet(r) => p(r),
        Function(r) => p(r),
        Builtin(r) => p(r),
        Method(r) => p(r),
        Type(r) => p(r),
        Instance(r) => p(r),
        Cell(r) => p(r),
        Frame(r) => p(r),
        Generator(r) => p(r),
        Iter(r) => p(r),
        Property(r) => p(r),
        ClassMethod(r) | StaticMethod(r) => p(r),
        Super(r) => p(r),
        Traceback(r) => p(r),
        Native(r) => p(r),
        _ => Option::None,
    }
}

/// Containers the collector walks (everything else is a leaf to it; modules are left out so
/// a collection does not walk every module's globals).
fn is_node(v: &Value) -> bool {
    use Value::*;
    matches!(
        v,
        Tuple(_)
            | List(_)
            | Dict(_)
            | Set(_)
            | FrozenSet(_)
            | Function(_)
            | Builtin(_)
            | Method(_)
            | Type(_)
            | Instance(_)
            | Cell(_)
            | Frame(_)
            | Generator(_)
            | Iter(_)
            | Property(_)
            | ClassMethod(_)
            | StaticMethod(_)
            | Super(_)
            | Traceback(_)
            | Native(_)
    )
}

/// The kinds a young collection starts from, and stops at when old (a border). Registered
/// lists and dicts are a border too when old (`Ref::border`), but only a full collection
/// starts from them (a cycle of lists and dicts only waits for one, or for `gc.collect()`).
fn registered_kind(v: &Value) -> bool {
    matches!(
        v,
        Value::Instance(_) | Value::Function(_) | Value::Generator(_) | Value::Type(_)
    )
}

fn strong_count(v: &Value) -> usize {
    use Value::*;
    match v {
        Tuple(r) => Rc::strong_count(r),
        List(r) => Rc::strong_count(r),
        Dict(r) => Rc::strong_count(r),
        Set(r) | FrozenSet(r) => Rc::strong_count(r),
        Function(r) => Rc::strong_count(r),
        Builtin(r) => Rc::strong_count(r),
        Method(r) => Rc::strong_count(r),
        Type(r) => Rc::strong_count(r),
        Instance(r) => Rc::strong_count(r),
        Cell(r) => Rc::strong_count(r),
        Frame(r) => Rc::strong_count(r),
        Generator(r) => Rc::strong_count(r),
        Iter(r) => Rc::strong_count(r),
        Property(r) => Rc::strong_count(r),
        ClassMethod(r) | StaticMethod(r) => Rc::strong_count(r),
        Super(r) => Rc::strong_count(r),
        Traceback(r) => Rc::strong_count(r),
        Native(r) => Rc::strong_count(r),
        _ => usize::MAX,
    }
}

/// `tp_traverse`: call `visit` on each reference `v` holds. Returns false when `v` is in use
/// (a `RefCell` of it is mutably borrowed): it must then be treated as reachable.
fn traverse<F: FnMut(Ref)>(v: &Value, visit: &mut F) -> bool {
    walk::<true, _>(v, 0, &mut |r| {
        visit(r);
        false
    })
}

/// Call the visitor where the walk has no use for its answer (all but `Ref::Own` and
/// `Ref::OwnDict`).
#[inline(always)]
fn see<F: FnMut(Ref) -> bool>(visit: &mut F, r: Ref) {
    visit(r);
}

/// How deep `Ref::Own` parts are taken into their referrer (a tuple in a tuple in a frame...):
/// each level is a recursion of `walk`.
const INLINE_DEPTH: u8 = 4;

/// Is `x` a tuple, dict or list holding atoms only (ints, strings, None...)? It refers to no
/// object the collector walks, so it cannot be part of a cycle and holds nothing alive: a
/// collection's walks skip it, as CPython untracks such tuples and dicts
/// (`_PyTuple_MaybeUntrack`, `_PyDict_MaybeUntrack`) and does not count them in
/// `gc.collect()`'s result either (`Graph::counted`). CPython tracks every list, and a tuple
/// until a collection sees it: lists and tuples are reported (`Ref::Leaf`) so that the
/// garbage's count includes them (`Graph::leaf_lists`).
/// One in use is walked.
#[inline(always)]
fn atoms_only(x: &Value) -> bool {
    match x {
        Value::Tuple(t) => !t.iter().any(is_node),
        Value::Dict(d) => d
            .try_borrow()
            .is_ok_and(|d| !d.iter().any(|e| is_node(&e.key) || is_node(&e.value))),
        Value::List(l) => l.try_borrow().is_ok_and(|l| !l.iter().any(is_node)),
        _ => false,
    }
}

/// Can `x`, held by one referrer only, be walked as part of it (`Ref::Own`)? Immutable
/// objects that hold references but are never cleared (`clear` leaves them alone: a cycle
/// through them is broken at its mutable members, which stay nodes): a tuple, a bound
/// method, a builtin. Counted in `gc.collect()`'s result through their referrer
/// (`Graph::inlined_weight`).
#[inline(always)]
fn own_part(x: &Value) -> bool {
    match x {
        Value::Tuple(t) => Rc::strong_count(t) == 1 && !t.is_empty(),
        Value::Method(m) => Rc::strong_count(m) == 1,
        Value::Builtin(b) => Rc::strong_count(b) == 1,
        _ => false,
    }
}

/// Visit the value `x` held by a container: with `ATOMS` false (a collection's walks) only
/// if it is an object the collector walks, so ints, strings and None in lists, dicts and
/// frames cost no call of the visitor.
#[inline(always)]
fn visit_value<const ATOMS: bool, F: FnMut(Ref) -> bool>(visit: &mut F, x: &Value, inline: u8) {
    if ATOMS || is_node(x) {
        if inline > 0 && atoms_only(x) {
            if let Value::List(_) | Value::Tuple(_) = x {
                visit(Ref::Leaf(x));
            }
            return;
        }
        if inline > 0 && own_part(x) {
            if visit(Ref::Own(x)) {
                walk_part::<ATOMS, F>(x, inline - 1, visit);
            }
        } else {
            visit(Ref::V(x));
        }
    }
}

/// The references of a part taken into its referrer (`Ref::Own`: a tuple, bound method or
/// builtin; `walk`'s arms for them), apart from `walk` so that `walk` is no recursive
/// function and stays inlined into its callers. They borrow nothing: the walk always succeeds.
#[inline(never)]
fn walk_part<const ATOMS: bool, F: FnMut(Ref) -> bool>(x: &Value, inline: u8, visit: &mut F) {
    match x {
        Value::Tuple(t) => t
            .iter()
            .for_each(|y| visit_value::<ATOMS, F>(visit, y, inline)),
        Value::Method(m) => {
            see(visit, Ref::V(&m.func));
            see(visit, Ref::V(&m.self_));
        }
        Value::Builtin(b) => {
            if let Some(y) = &b.bound {
                see(visit, Ref::V(y));
            }
            if let Some(y) = &b.data {
                see(visit, Ref::V(y));
            }
        }
        _ => {}
    }
}

/// Visit the `__dict__` of an instance or function: with `inline`, when only its owner holds
/// it, as part of the owner (`Ref::OwnDict`). False when the dict is in use.
#[inline(always)]
fn visit_own_dict<const ATOMS: bool, F: FnMut(Ref) -> bool>(
    visit: &mut F,
    d: &crate::value::DictRef,
    inline: u8,
) -> bool {
    if inline > 0 && Rc::strong_count(d) == 1 {
        if visit(Ref::OwnDict(d)) {
            let Ok(d) = d.try_borrow() else { return false };
            for e in d.iter() {
                visit_value::<ATOMS, F>(visit, &e.key, inline);
                visit_value::<ATOMS, F>(visit, &e.value, inline);
            }
        }
    } else {
        visit(Ref::Dict(d));
    }
    true
}

/// `traverse`, and with `inline` > 0 (a collection's walks) the parts of an object that only
/// it holds are walked as part of it, as in CPython 3.12 where they live inside the object:
/// their references are the object's and they are no nodes (one node fewer each). So are a
/// generator's frame that only the generator holds (`Rc::strong_count` 1: no frame object,
/// traceback or other frame refers to it), the native data (`Value::Native` in `base`) that
/// only its instance holds, an instance's or function's own `__dict__` (`visit_own_dict`), and
/// tuples, bound methods and builtins held once (`visit_value`, `inline` levels deep). Such a
/// part is garbage exactly when its owner is; `tp_clear` of the owner drops or clears it.
/// `ATOMS`: see `visit_value`.
fn walk<const ATOMS: bool, F: FnMut(Ref) -> bool>(v: &Value, inline: u8, visit: &mut F) -> bool {
    use Value::*;
    match v {
        Tuple(t) => t
            .iter()
            .for_each(|x| visit_value::<ATOMS, F>(visit, x, inline)),
        List(l) => {
            let Ok(l) = l.try_borrow() else { return false };
            l.iter()
                .for_each(|x| visit_value::<ATOMS, F>(visit, x, inline));
        }
        Dict(d) => {
            let Ok(d) = d.try_borrow() else { return false };
            for e in d.iter() {
                visit_value::<ATOMS, F>(visit, &e.key, inline);
                visit_value::<ATOMS, F>(visit, &e.value, inline);
            }
        }
        Set(s) | FrozenSet(s) => {
            let Ok(s) = s.try_borrow() else { return false };
            for slot in &s.table {
                if let crate::objects::set::Slot::Active(_, k) = slot {
                    see(visit, Ref::V(k));
                }
            }
        }
        Function(f) => {
            // `__globals__` is walked (a namespace made by `exec` can be garbage); the
            // builtins are the VM's, always reachable.
            let (Ok(defaults), Ok(kwdefaults), Ok(ann), Ok(doc), Ok(module)) = (
                f.defaults.try_borrow(),
                f.kwdefaults.try_borrow(),
                f.annotations.try_borrow(),
                f.doc.try_borrow(),
                f.module.try_borrow(),
            ) else {
                return false;
            };
            if let Some(d) = &*defaults {
                see(visit, Ref::Tuple(d));
            }
            if let Some(d) = &*kwdefaults {
                see(visit, Ref::Dict(d));
            }
            if let Some(c) = &f.closure {
                see(visit, Ref::Tuple(c));
            }
            see(visit, Ref::V(&ann));
            see(visit, Ref::V(&doc));
            see(visit, Ref::V(&module));
            if !visit_own_dict::<ATOMS, F>(visit, &f.dict, inline) {
                return false;
            }
            see(visit, Ref::Globals(&f.globals));
        }
        Builtin(b) => {
            if let Some(x) = &b.bound {
                see(visit, Ref::V(x));
            }
            if let Some(x) = &b.data {
                see(visit, Ref::V(x));
            }
        }
        Method(m) => {
            see(visit, Ref::V(&m.func));
            see(visit, Ref::V(&m.self_));
        }
        Type(t) => {
            let (Ok(bases), Ok(mro), Ok(meta)) = (
                t.bases.try_borrow(),
                t.mro.try_borrow(),
                t.metaclass.try_borrow(),
            ) else {
                return false;
            };
            bases.iter().for_each(|x| see(visit, Ref::Type(x)));
            mro.iter().for_each(|x| see(visit, Ref::Type(x)));
            if let Some(m) = &*meta {
                see(visit, Ref::Type(m));
            }
            see(visit, Ref::Dict(&t.dict));
        }
        Instance(i) => {
            let walked = i.try_with_parts(|cls, base| {
                let slots = match i.slots_if_any().map(|s| s.try_borrow()) {
                    Some(Ok(s)) => Some(s),
                    Some(Err(_)) => return false,
                    Option::None => Option::None,
                };
                see(visit, Ref::Type(cls));
                if !i.with_dict(|d| d.is_none_or(|d| visit_own_dict::<ATOMS, F>(visit, d, inline)))
                {
                    return false;
                }
                slots
                    .iter()
                    .flat_map(|s| s.iter())
                    .flatten()
                    .for_each(|x| visit_value::<ATOMS, F>(visit, x, inline));
                // The native data only this instance holds (an asyncio Task's or Future's state)
                // is part of it, as a frame only its generator holds: one node fewer.
                let own_native = match base {
                    Some(Native(n)) if inline > 0 && Rc::strong_count(n) == 1 => Some(n),
                    _ => Option::None,
                };
                if let Some(n) = own_native {
                    if !n.traverse(&mut |x| visit_value::<ATOMS, F>(visit, x, inline)) {
                        return false;
                    }
                } else if let Some(b) = base {
                    see(visit, Ref::V(b));
                }
                if let Some(exc) = i.exc() {
                    let Ok(e) = exc.try_borrow() else {
                        return false;
                    };
                    see(visit, Ref::V(&e.args));
                    see(visit, Ref::V(&e.traceback));
                    see(visit, Ref::V(&e.cause));
                    see(visit, Ref::V(&e.context));
                    see(visit, Ref::V(&e.notes));
                }
                true
            });
            if walked != Some(true) {
                return false;
            }
        }
        Cell(c) => {
            let Ok(c) = c.try_borrow() else { return false };
            if let Some(x) = &*c {
                see(visit, Ref::V(x));
            }
        }
        Frame(f) => return walk_frame::<ATOMS, F>(f, inline, visit),
        Generator(g) => {
            let (Ok(state), Ok(exc)) = (g.state.try_borrow(), g.exc_state.try_borrow()) else {
                return false;
            };
            match &*state {
                GenState::Created(f) | GenState::Suspended(f) => {
                    if inline > 0 && Rc::strong_count(f) == 1 {
                        if !walk_frame::<ATOMS, F>(f, inline, visit) {
                            return false;
                        }
                    } else {
                        see(visit, Ref::Frame(f))
                    }
                }
                // A running generator's frame is on the VM's stack.
                GenState::Running(_) => return false,
                GenState::Finished => {}
            }
            see(visit, Ref::V(&exc));
            g.with_extra(|e| {
                if let Some(fin) = e.as_ref().and_then(|e| e.finalizer.as_ref()) {
                    see(visit, Ref::V(fin));
                }
            });
        }
        Iter(it) => {
            let Ok(it) = it.try_borrow() else {
                return false;
            };
            match &*it {
                It::Seq { seq, .. } | It::Reversed { seq, .. } => see(visit, Ref::V(seq)),
                It::Dict { dict, .. } => see(visit, Ref::V(dict)),
                It::Enumerate { it, count, result } => {
                    see(visit, Ref::V(it));
                    see(visit, Ref::V(count));
                    see(visit, Ref::V(result));
                }
                It::Zip { its, result, .. } => {
                    its.iter().for_each(|x| see(visit, Ref::V(x)));
                    see(visit, Ref::V(result));
                }
                It::Map { func, its } => {
                    see(visit, Ref::V(func));
                    its.iter().for_each(|x| see(visit, Ref::V(x)));
                }
                It::Filter { func, it } => {
                    see(visit, Ref::V(func));
                    see(visit, Ref::V(it));
                }
                It::Callable { func, sentinel } => {
                    see(visit, Ref::V(func));
                    see(visit, Ref::V(sentinel));
                }
                It::Vec { items, .. } => items.iter().for_each(|x| see(visit, Ref::V(x))),
                _ => {}
            }
        }
        Property(p) => {
            see(visit, Ref::V(&p.fget));
            see(visit, Ref::V(&p.fset));
            see(visit, Ref::V(&p.fdel));
            let (Ok(doc), Ok(n)) = (p.doc.try_borrow(), p.name.try_borrow()) else {
                return false;
            };
            see(visit, Ref::V(&doc));
            see(visit, Ref::V(&n));
        }
        ClassMethod(c) | StaticMethod(c) => {
            let Ok(c) = c.try_borrow() else { return false };
            see(visit, Ref::V(&c));
        }
        Super(s) => {
            see(visit, Ref::Type(&s.thisclass));
            see(visit, Ref::V(&s.obj));
            see(visit, Ref::Type(&s.obj_type));
        }
        Traceback(t) => {
            see(visit, Ref::Frame(&t.frame));
            let Ok(n) = t.next.try_borrow() else {
                return false;
            };
            if let Some(n) = &*n {
                see(visit, Ref::Tb(n));
            }
        }
        Native(n) => return n.traverse(&mut |x| see(visit, Ref::V(x))),
        _ => {}
    }
    true
}

/// The references a frame holds (`traverse` of a frame).
fn walk_frame<const ATOMS: bool, F: FnMut(Ref) -> bool>(
    f: &FrameRef,
    inline: u8,
    visit: &mut F,
) -> bool {
    let Ok(f) = f.try_borrow() else { return false };
    let values = f.localsplus.iter().flatten().chain(f.stack.iter());
    values.for_each(|x| visit_value::<ATOMS, F>(visit, x, inline));
    if let Some(x) = &f.locals {
        see(visit, Ref::V(x));
    }
    if let Some(func) = &f.func {
        see(visit, Ref::Func(func));
    }
    if let Some(d) = f.trace.as_ref().and_then(|t| t.locals_dict.as_ref()) {
        see(visit, Ref::Dict(d));
    }
    if let Some(b) = &f.back {
        see(visit, Ref::Frame(b));
    }
    true
}

/// `tp_clear`: drop the references `v` holds (into `trash`, dropped by the caller once every
/// object is cleared). Immutable objects (tuples, bound methods) are left alone: the cycles
/// through them are broken at their mutable members.
fn clear(v: &Value, trash: &mut Vec<Value>) {
    use Value::*;
    match v {
        List(l) => {
            if let Ok(mut l) = l.try_borrow_mut() {
                trash.append(&mut l);
            }
        }
        Dict(d) => clear_dict(d, trash),
        Set(s) | FrozenSet(s) => {
            if let Ok(mut s) = s.try_borrow_mut() {
                trash.extend(s.keys());
                s.clear();
            }
        }
        Function(f) => {
            if let Ok(mut d) = f.defaults.try_borrow_mut() {
                if let Some(t) = d.take() {
                    trash.push(Value::Tuple(t));
                }
            }
            if let Ok(mut d) = f.kwdefaults.try_borrow_mut() {
                if let Some(t) = d.take() {
                    trash.push(Value::Dict(t));
                }
            }
            for c in [&f.annotations, &f.doc, &f.module] {
                if let Ok(mut c) = c.try_borrow_mut() {
                    trash.push(std::mem::replace(&mut *c, Value::None));
                }
            }
            clear_own_dict(&f.dict, trash);
        }
        Type(t) => {
            if let (Ok(mut bases), Ok(mut mro)) = (t.bases.try_borrow_mut(), t.mro.try_borrow_mut())
            {
                trash.extend(bases.drain(..).map(Value::Type));
                trash.extend(mro.drain(..).map(Value::Type));
            }
        }
        Instance(i) => {
            i.with_dict(|d| d.map(|d| clear_own_dict(d, trash)));
            if let Some(Ok(mut s)) = i.slots_if_any().map(|s| s.try_borrow_mut()) {
                trash.extend(s.iter_mut().filter_map(Option::take));
            }
            trash.extend(i.set_base(Option::None));
            if let Some(exc) = i.exc() {
                if let Ok(mut e) = exc.try_borrow_mut() {
                    let e = &mut *e;
                    for x in [
                        &mut e.args,
                        &mut e.traceback,
                        &mut e.cause,
                        &mut e.context,
                        &mut e.notes,
                    ] {
                        trash.push(std::mem::replace(x, Value::None));
                    }
                }
            }
        }
        Cell(c) => {
            if let Ok(mut c) = c.try_borrow_mut() {
                trash.extend(c.take());
            }
        }
        Frame(f) => {
            if let Ok(mut f) = f.try_borrow_mut() {
                trash.extend(f.localsplus.iter_mut().filter_map(Option::take));
                trash.extend(f.stack.drain(0..));
                trash.extend(f.locals.take().map(|l| *l));
                trash.extend(f.func.take().map(Value::Function));
                trash.extend(f.back.take().map(Value::Frame));
                let locals = f.trace.as_mut().and_then(|t| t.locals_dict.take());
                trash.extend(locals.map(Value::Dict));
            }
        }
        Generator(g) => {
            if let Ok(mut s) = g.state.try_borrow_mut() {
                if let GenState::Created(f) | GenState::Suspended(f) =
                    std::mem::replace(&mut *s, GenState::Finished)
                {
                    trash.push(Value::Frame(f));
                }
            }
            if let Ok(mut c) = g.exc_state.try_borrow_mut() {
                trash.push(std::mem::replace(&mut *c, Value::None));
            }
            trash.extend(g.take_finalizer());
        }
        Iter(it) => {
            if let Ok(mut it) = it.try_borrow_mut() {
                let name = it.type_name();
                trash.push(Value::Iter(Rc::new(RefCell::new(std::mem::replace(
                    &mut *it,
                    crate::objects::iter::Iter::Exhausted(name),
                )))));
            }
        }
        ClassMethod(c) | StaticMethod(c) => {
            if let Ok(mut c) = c.try_borrow_mut() {
                trash.push(std::mem::replace(&mut *c, Value::None));
            }
        }
        Traceback(t) => {
            if let Ok(mut n) = t.next.try_borrow_mut() {
                trash.extend(n.take().map(Value::Traceback));
            }
        }
        Native(n) => n.clear(trash),
        _ => {}
    }
}

fn clear_dict(d: &crate::value::DictRef, trash: &mut Vec<Value>) {
    if let Ok(mut d) = d.try_borrow_mut() {
        for e in d.iter() {
            trash.push(e.key.clone());
            trash.push(e.value.clone());
        }
        d.clear();
    }
}

/// The `__dict__` of a garbage instance or function that only it holds was walked as part of
/// it (`Ref::OwnDict`), so it is no node to be cleared on its own: clear it with its owner.
fn clear_own_dict(d: &crate::value::DictRef, trash: &mut Vec<Value>) {
    if Rc::strong_count(d) == 1 {
        clear_dict(d, trash);
    }
}

// ---- a collection ----

/// The objects a walk from the registry finds. A walk (`discover`, `reachable_all`) runs no
/// code and changes no reference, so its nodes are copies of the references it found that
/// hold no count (`ManuallyDrop`, never dropped): nothing is cloned or dropped per object,
/// and the counts read are the objects' own. Before anything can run (finalizers), the
/// garbage is taken out as owned values (`Graph::owned`).
struct Graph {
    nodes: Vec<ManuallyDrop<Value>>,
    /// The owned references behind `nodes` when the graph holds them (`Graph::owned`):
    /// each node then has one count from the collector.
    owners: Vec<Value>,
    index: AddrTable,
    /// Dicts that are some instance's or function's `__dict__` (not counted: CPython 3.12
    /// makes those only on demand).
    inline_dicts: std::collections::HashSet<usize>,
    /// Dicts of classes (always tracked in CPython: they hold descriptors), and `args`
    /// tuples of exceptions (CPython leaves them tracked).
    class_dicts: std::collections::HashSet<usize>,
    /// `edges[starts[i]..starts[i + 1]]`: the objects node `i` refers to (one per reference).
    edges: Vec<u32>,
    starts: Vec<u32>,
    /// Nodes in use (a `RefCell` borrowed) when walked: reachable.
    pinned: Vec<bool>,
    /// Generators' own frames are part of them (`walk`): a collection's graphs.
    inline_frames: bool,
}

/// A copy of `v` that holds no reference count: valid while the object it points to is
/// kept alive by someone else, never dropped.
#[inline]
#[allow(unsafe_code)]
fn alias(v: &Value) -> ManuallyDrop<Value> {
    // SAFETY: a bitwise copy of the `Rc` inside `v`, wrapped so that it is never dropped:
    // the count stays the owner's; the graph only reads through it while nothing runs.
    ManuallyDrop::new(unsafe { std::ptr::read(v) })
}

/// Object addresses to node indices: open addressing with linear probing over a
/// power-of-two table of (address, stamp, index) slots, hashed by one multiply; half full at
/// most. A slot is in use when its stamp is the table's: a graph empties the table it
/// reuses by bumping the stamp, not by zeroing it, and the table of the last graph is kept
/// for the next (`AddrTable::take` / `give_back`), so a young collection allocates and
/// clears no table, and one that outgrew the last one grows once, not every time.
struct AddrTable {
    slots: Vec<Slot>,
    stamp: u32,
    shift: u32,
    len: usize,
}

#[derive(Clone, Copy, Default)]
struct Slot {
    key: usize,
    stamp: u32,
    val: u32,
}

thread_local! {
    /// The table of the last graph, for the next one.
    static SPARE_TABLE: RefCell<Option<AddrTable>> = const { RefCell::new(None) };
}

impl AddrTable {
    fn with_slots(cap: usize) -> AddrTable {
        AddrTable {
            slots: vec![Slot::default(); cap],
            stamp: 1,
            shift: 64 - cap.trailing_zeros(),
            len: 0,
        }
    }

    /// A table for about `n` objects: the last graph's when its size fits (not more than 8
    /// times too large: a young collection after a full one would scatter its probes over
    /// the full one's table), else a new one.
    fn take(n: usize) -> AddrTable {
        let want = (n * 2).next_power_of_two().max(64);
        let spare = SPARE_TABLE
            .try_with(|s| s.try_borrow_mut().ok().and_then(|mut s| s.take()))
            .ok()
            .flatten();
        match spare {
            Some(mut t) if t.slots.len() >= want && t.slots.len() <= want * 8 => {
                t.empty();
                t
            }
            _ => AddrTable::with_slots(want),
        }
    }

    /// Forget every address: bump the stamp (zero the slots once in 4 billion times).
    fn empty(&mut self) {
        self.len = 0;
        if self.stamp == u32::MAX {
            self.slots.fill(Slot::default());
            self.stamp = 1;
        } else {
            self.stamp += 1;
        }
    }

    /// Keep this table for the next graph, unless the one kept is larger (the small graph
    /// of a collection's garbage must not replace the table of its walk).
    fn give_back(self) {
        if self.slots.is_empty() {
            return;
        }
        let _ = SPARE_TABLE.try_with(|s| {
            if let Ok(mut s) = s.try_borrow_mut() {
                if s.as_ref().is_none_or(|t| t.slots.len() <= self.slots.len()) {
                    *s = Some(self);
                }
            }
        });
    }

    #[inline]
    fn slot(&self, a: usize) -> usize {
        ((a as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    /// The index recorded for `a` (`Ok`), or the free slot where `a` goes (`Err`, for
    /// `insert_at` before any other change): one probe sequence for a lookup that may insert.
    #[inline]
    fn probe(&self, a: usize) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(a);
        loop {
            let s = &self.slots[i];
            if s.stamp != self.stamp {
                return Err(i);
            }
            if s.key == a {
                return Ok(s.val as usize);
            }
            i = (i + 1) & mask;
        }
    }

    #[inline]
    fn get(&self, a: usize) -> Option<usize> {
        self.probe(a).ok()
    }

    /// Record `a` -> `v` at the free `slot` that `probe(a)` returned.
    #[inline]
    fn insert_at(&mut self, slot: usize, a: usize, v: usize) {
        self.slots[slot] = Slot {
            key: a,
            stamp: self.stamp,
            val: v as u32,
        };
        self.len += 1;
        if self.len * 2 > self.slots.len() {
            self.grow();
        }
    }

    /// The index of `a`, or `None` after recording `a` -> `v` (`a` was not there).
    #[inline]
    fn get_or_insert(&mut self, a: usize, v: usize) -> Option<usize> {
        match self.probe(a) {
            Ok(j) => Some(j),
            Err(slot) => {
                self.insert_at(slot, a, v);
                None
            }
        }
    }

    #[cold]
    fn grow(&mut self) {
        let old = std::mem::replace(self, AddrTable::with_slots(self.slots.len() * 2));
        for s in old.slots.iter().filter(|s| s.stamp == old.stamp) {
            self.get_or_insert(s.key, s.val as usize);
        }
    }
}

impl Drop for Graph {
    fn drop(&mut self) {
        self.take_index().give_back();
    }
}

impl Graph {
    fn new(n: usize) -> Graph {
        Graph::with_index(n, AddrTable::take(n))
    }

    fn with_index(n: usize, index: AddrTable) -> Graph {
        Graph {
            nodes: Vec::with_capacity(n),
            owners: Vec::new(),
            index,
            inline_dicts: Default::default(),
            class_dicts: Default::default(),
            edges: Vec::new(),
            starts: Vec::new(),
            pinned: Vec::new(),
            inline_frames: false,
        }
    }

    /// A graph of `values`, held by it (one count each, as `reachable` and `freed` expect),
    /// with the address table of the graph they were found in (`values` are some of its
    /// nodes: it is large enough), emptied: no new table to allocate and zero.
    fn owned(values: Vec<Value>, mut index: AddrTable) -> Graph {
        index.empty();
        let mut g = Graph::with_index(values.len(), index);
        for v in &values {
            g.add(alias(v));
        }
        g.owners = values;
        g.inline_frames = true;
        g
    }

    /// The address table, leaving an empty one (no slots: `give_back` drops it).
    fn take_index(&mut self) -> AddrTable {
        std::mem::replace(
            &mut self.index,
            AddrTable {
                slots: Vec::new(),
                stamp: 0,
                shift: 0,
                len: 0,
            },
        )
    }

    fn node(&self, i: usize) -> &Value {
        &self.nodes[i]
    }

    /// The `walk` depth of `Ref::Own` parts in this graph (none outside collections).
    fn inline(&self) -> u8 {
        if self.inline_frames {
            INLINE_DEPTH
        } else {
            0
        }
    }

    /// The lists and tuples of atoms only (`Ref::Leaf`: no nodes) that the garbage `last`
    /// alone holds, some of it still there (not `freed`): CPython counts them in
    /// `gc.collect()`'s result (every list is tracked; a tuple is until a collection finds
    /// it reachable, `untrack_tuples`, and garbage made since the last one is the usual case).
    fn leaf_lists(&self, last: &[usize], freed: &[bool]) -> usize {
        // address -> (count, references from `last`, one from a member not freed)
        let mut seen: std::collections::HashMap<usize, (usize, usize, bool)> = Default::default();
        for &i in last {
            walk::<false, _>(self.node(i), self.inline(), &mut |r| {
                if let Ref::Leaf(x) = r {
                    let e = seen.entry(x.id()).or_insert((strong_count(x), 0, false));
                    e.1 += 1;
                    e.2 |= !freed[i];
                    return false;
                }
                r.is_own() && r.addr().and_then(|a| self.index.get(a)).is_none()
            });
        }
        seen.values()
            .filter(|&&(count, refs, live)| count == refs && live)
            .count()
    }

    /// The objects taken into node `i` as its parts (`Ref::Own`: no nodes of this graph)
    /// that CPython 3.12 would count in `gc.collect()`'s result (a tuple holding objects, a
    /// bound method, a builtin method bound to an object, a function's `__dict__` holding
    /// objects; an instance's is not made): the garbage's count.
    fn inlined_weight(&self, i: usize) -> usize {
        let mut n = 0;
        let function = matches!(self.node(i), Value::Function(_));
        walk::<false, _>(self.node(i), self.inline(), &mut |r| {
            let Ref::Own(x) = r else {
                let Ref::OwnDict(d) = r else { return false };
                if r.addr().and_then(|a| self.index.get(a)).is_some() {
                    return false;
                }
                if function {
                    let holds = d
                        .try_borrow()
                        .map(|d| d.iter().any(|e| is_node(&e.key) || is_node(&e.value)));
                    n += holds.unwrap_or(true) as usize;
                }
                return true;
            };
            if node_addr(x).and_then(|a| self.index.get(a)).is_some() {
                return false;
            }
            n += match x {
                Value::Tuple(t) => t.iter().any(is_node) as usize,
                Value::Builtin(b) => b.bound.is_some() as usize,
                _ => 1,
            };
            true
        });
        n
    }

    /// Walk from every registered object (`full`) or from the young generation only: then
    /// old registered objects are a border the walk does not cross (they count as outside).
    /// Records each object's references to the others found (`edges`). The nodes hold no
    /// counts: the graph must be dropped, or its garbage taken out (`owned`), before any
    /// code runs.
    fn discover(full: bool, inline_frames: bool) -> Graph {
        let inline = if inline_frames { INLINE_DEPTH } else { 0 };
        let mut g = REGISTRY.with(|r| {
            let mut r = r.borrow_mut();
            let r = &mut *r;
            let from = if full { 0 } else { r.young_start };
            // About two objects are found per registered one (frames, tuples, dicts, ...).
            let mut g = Graph::new((r.items.len() - from) * 2);
            g.inline_frames = inline_frames;
            // The live registered objects are the roots; the dead entries go in the same
            // pass (`compact` / `compact_young`). A collection leaves out the lists and
            // dicts of atoms only (`atoms_only`: in no cycle, and a walk that reaches one
            // skips it too); `gc.get_objects()` and `gc.get_referrers()` have them.
            r.compact_from(from, |v| {
                if !(inline_frames && atoms_only(&v)) {
                    g.add(v);
                }
            });
            g
        });
        g.starts.reserve(g.nodes.len() * 2);
        g.pinned.reserve(g.nodes.len() * 2);
        g.edges.reserve(g.nodes.len() * 3);
        let mut i = 0;
        while i < g.nodes.len() {
            let v = alias(&g.nodes[i]);
            g.starts.push(g.edges.len() as u32);
            let Graph {
                nodes,
                index,
                edges,
                ..
            } = &mut g;
            let ok = walk::<false, _>(&v, inline, &mut |r| {
                let Some(a) = r.addr() else { return false };
                let j = match index.probe(a) {
                    Ok(j) => j,
                    // Held by this object only and no node: part of it (`Ref::Own`).
                    Err(_) if r.is_own() => return true,
                    // A young collection does not walk module namespaces, nor past the old
                    // registered objects (a border: held from outside, as far as it knows).
                    Err(_) if !full && r.border() => return false,
                    Err(slot) => match r.alias() {
                        Some(n) => {
                            let j = nodes.len();
                            index.insert_at(slot, a, j);
                            nodes.push(n);
                            j
                        }
                        None => return false,
                    },
                };
                edges.push(j as u32);
                false
            });
            g.pinned.push(!ok);
            i += 1;
        }
        g.starts.push(g.edges.len() as u32);
        g
    }

    /// Note the dicts and tuples among `members` whose count depends on their owner (an
    /// owner of a member is a member too: it refers to it).
    fn note_owners(&mut self, members: &[usize]) {
        for &i in members {
            match &*self.nodes[i] {
                Value::Instance(o) => {
                    // (Only a dict that is a node of its own: one walked as part of its
                    // instance, `Ref::OwnDict`, is not counted anyway.)
                    let a = o.dict_if_any().map(|d| Rc::as_ptr(&d) as usize);
                    if let Some(a) = a.filter(|&a| self.index.get(a).is_some()) {
                        self.inline_dicts.insert(a);
                    }
                    if let Some(Ok(e)) = o.exc().map(|e| e.try_borrow()) {
                        if let Value::Tuple(t) = &e.args {
                            if !t.is_empty() {
                                self.class_dicts.insert(Rc::as_ptr(t) as *const u8 as usize);
                            }
                        }
                    }
                }
                Value::Type(t) => {
                    self.class_dicts.insert(Rc::as_ptr(&t.dict) as usize);
                }
                _ => {}
            }
        }
    }

    fn edges_of(&self, i: usize) -> &[u32] {
        &self.edges[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// Trial deletion over every object found, with the references recorded by `discover`
    /// (nothing ran since): which are reachable from outside?
    fn reachable_all(&self) -> Vec<bool> {
        let n = self.nodes.len();
        // The nodes hold no counts (`discover`): a count is all references.
        let mut refs: Vec<isize> = self
            .nodes
            .iter()
            .map(|v| strong_count(v) as isize)
            .collect();
        for &j in &self.edges {
            refs[j as usize] -= 1;
        }
        let mut reach = vec![false; n];
        let mut stack: Vec<usize> = (0..n).filter(|&i| refs[i] > 0 || self.pinned[i]).collect();
        for &i in &stack {
            reach[i] = true;
        }
        while let Some(i) = stack.pop() {
            for &j in self.edges_of(i) {
                let j = j as usize;
                if !reach[j] {
                    reach[j] = true;
                    stack.push(j);
                }
            }
        }
        reach
    }

    /// The index of `v` among the objects found (added if new).
    fn add(&mut self, v: ManuallyDrop<Value>) -> usize {
        let n = self.nodes.len();
        let a = node_addr(&v).unwrap_or_else(|| v.id());
        match self.index.get_or_insert(a, n) {
            Some(i) => i,
            None => {
                self.nodes.push(v);
                n
            }
        }
    }

    /// Trial deletion over `members` (indices of `nodes`): which of them are reachable from
    /// outside the set? Returns a flag per node (only `members` are meaningful).
    fn reachable(&self, members: &[usize]) -> Vec<bool> {
        let n = self.nodes.len();
        let mut in_set = vec![false; n];
        for &i in members {
            in_set[i] = true;
        }
        // update_refs: the count minus the collector's own handle; in-use objects pinned.
        let mut refs: Vec<isize> = vec![0; n];
        let mut pinned = vec![false; n];
        for &i in members {
            refs[i] = strong_count(self.node(i)) as isize - 1;
        }
        // subtract_refs
        for &i in members {
            let ok = walk::<false, _>(self.node(i), self.inline(), &mut |r| {
                let Some(j) = r.addr().and_then(|a| self.index.get(a)) else {
                    return r.is_own();
                };
                if in_set[j] {
                    refs[j] -= 1;
                }
                false
            });
            if !ok {
                pinned[i] = true;
            }
        }
        // move_unreachable: everything reachable from an externally held object survives.
        let mut reach = vec![false; n];
        let mut stack: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| refs[i] > 0 || pinned[i])
            .collect();
        for &i in &stack {
            reach[i] = true;
        }
        while let Some(i) = stack.pop() {
            walk::<false, _>(self.node(i), self.inline(), &mut |r| {
                let Some(j) = r.addr().and_then(|a| self.index.get(a)) else {
                    return r.is_own();
                };
                if in_set[j] && !reach[j] {
                    reach[j] = true;
                    stack.push(j);
                }
                false
            });
        }
        reach
    }

    /// Which of `members` (none held from outside) only the collector's handle or other
    /// such objects hold: reference counting alone would free them.
    fn freed(&self, members: &[usize]) -> Vec<bool> {
        let n = self.nodes.len();
        let mut in_set = vec![false; n];
        let mut count: Vec<isize> = vec![0; n];
        for &i in members {
            in_set[i] = true;
            count[i] = strong_count(self.node(i)) as isize - 1;
        }
        let mut freed = vec![false; n];
        let mut stack: Vec<usize> = members.iter().copied().filter(|&i| count[i] <= 0).collect();
        for &i in &stack {
            freed[i] = true;
        }
        while let Some(i) = stack.pop() {
            walk::<false, _>(self.node(i), self.inline(), &mut |r| {
                let Some(j) = r.addr().and_then(|a| self.index.get(a)) else {
                    return r.is_own();
                };
                if in_set[j] && !freed[j] {
                    count[j] -= 1;
                    if count[j] <= 0 {
                        freed[j] = true;
                        stack.push(j);
                    }
                }
                false
            });
        }
        freed
    }

    /// How many objects CPython 3.12 would count for this one in `gc.collect()`'s result:
    /// dicts and tuples holding only atoms are untracked, an instance's `__dict__` is not
    /// made; a class comes with its `__mro__` tuple, its `__bases__` unless only builtin
    /// classes, and its dict.
    fn weight(&self, i: usize) -> usize {
        match self.node(i) {
            Value::Type(t) => {
                let Ok(bases) = t.bases.try_borrow() else {
                    return 1;
                };
                // A tuple of static (builtin) types only is untracked.
                // (The `__dict__` / `__weakref__` getset descriptors are in its dict, found
                // by the walk.)
                let bases_tuple = bases.iter().any(|b| !b.builtin);
                2 + bases_tuple as usize
            }
            Value::Dict(d) if self.class_dicts.contains(&(Rc::as_ptr(d) as usize)) => 1,
            Value::Tuple(t)
                if self
                    .class_dicts
                    .contains(&(Rc::as_ptr(t) as *const u8 as usize)) =>
            {
                1
            }
            _ => self.counted(i) as usize,
        }
    }

    /// Does CPython 3.12 track this object (count it in `gc.collect()`'s result)? Dicts and
    /// tuples holding only atoms are untracked; an instance's `__dict__` is not made.
    fn counted(&self, i: usize) -> bool {
        let v = self.node(i);
        match v {
            Value::Dict(d) => {
                !self.inline_dicts.contains(&(Rc::as_ptr(d) as usize))
                    && d.try_borrow()
                        .map(|d| d.iter().any(|e| is_node(&e.key) || is_node(&e.value)))
                        .unwrap_or(true)
            }
            Value::Tuple(t) => t.iter().any(is_node),
            // A generator's frame lives inside the generator object.
            Value::Frame(f) => f
                .try_borrow()
                .map(|f| f.generator.is_none())
                .unwrap_or(true),
            // Builtin methods of types (no receiver) are static in CPython.
            Value::Builtin(b) => b.bound.is_some(),
            // Part of its instance (a deque is one object in CPython).
            Value::Native(_) => false,
            _ => true,
        }
    }
}

/// Run the `gc.callbacks` with `phase` ("start" or "stop").
fn run_callbacks(vm: &mut Vm, phase: &str, collected: usize) {
    let Some(list) = STATE.with(|s| s.borrow().callbacks.clone()) else {
        return;
    };
    let cbs: Vec<Value> = list.borrow().clone();
    if cbs.is_empty() {
        return;
    }
    let mut info = crate::objects::dict::Dict::new();
    info.set_str("generation", Value::Int(2));
    info.set_str("collected", Value::Int(collected as i64));
    info.set_str("uncollectable", Value::Int(0));
    let info = Value::dict(info);
    for cb in cbs {
        let saved = vm.exc_info.clone();
        if let Err(e) = vm.call(&cb, vec![Value::str(phase), info.clone()]) {
            vm.write_unraisable(&e, Some(&cb));
        }
        vm.exc_info = saved;
    }
}

/// `PYDIVE_GC_STATS` (read once): 1 prints a line a collection, 2 also what was walked.
fn stats_level() -> u8 {
    static LEVEL: std::sync::OnceLock<u8> = std::sync::OnceLock::new();
    *LEVEL.get_or_init(|| {
        std::env::var("PYDIVE_GC_STATS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    })
}

fn stats_wanted() -> bool {
    stats_level() > 0
}

/// The kind of a walked object, for `PYDIVE_GC_STATS=2`.
fn kind_name(v: &Value) -> &'static str {
    use Value::*;
    match v {
        Tuple(_) => "tuple",
        List(_) => "list",
        Dict(_) => "dict",
        Set(_) | FrozenSet(_) => "set",
        Function(_) => "function",
        Builtin(_) => "builtin",
        Method(_) => "method",
        Type(_) => "type",
        Instance(_) => "instance",
        Cell(_) => "cell",
        Frame(_) => "frame",
        Generator(_) => "generator",
        Iter(_) => "iterator",
        Native(_) => "native",
        _ => "other",
    }
}

/// `gc_collect_main`: find the unreachable cycles, finalize and free them. Returns the
/// number of unreachable objects found (0 while a collection is already running).
pub fn collect(vm: &mut Vm) -> usize {
    collect_generation(vm, true)
}

/// The automatic collection: the young generation, and everything when the objects
/// promoted since the last full collection outnumber the old ones (CPython waits for a
/// quarter, `long_lived_pending > long_lived_total / 4`; a walk costs more here, so the
/// heap doubles between full collections), at most every hundredth time (CPython's
/// thresholds 10 and 10 of generations 1 and 2).
pub fn collect_auto(vm: &mut Vm) {
    let full = REGISTRY.with(|r| {
        let r = r.borrow();
        r.young_collections >= 100 && r.promoted > r.old_at_full
    });
    collect_generation(vm, full);
}

fn collect_generation(vm: &mut Vm, full: bool) -> usize {
    REQUESTED.store(false, Ordering::Relaxed);
    let busy = STATE.with(|s| std::mem::replace(&mut s.borrow_mut().collecting, true));
    if busy {
        return 0;
    }
    run_callbacks(vm, "start", 0);
    let started = stats_wanted().then(std::time::Instant::now);
    let mut graph = Graph::discover(full, true);
    let reach = graph.reachable_all();
    let unreachable: Vec<usize> = (0..graph.nodes.len()).filter(|&i| !reach[i]).collect();
    if let Some(t) = started {
        // PYDIVE_GC_STATS=1: one line a collection on stderr (what gc.DEBUG_STATS tells
        // in CPython, in pydive's terms), to see what a collection costs as a heap grows.
        eprintln!(
            "gc: {} collection: {} objects walked, {} references, {} unreachable, {:.6}s",
            if full { "full" } else { "young" },
            graph.nodes.len(),
            graph.edges.len(),
            unreachable.len(),
            t.elapsed().as_secs_f64()
        );
        if stats_level() > 1 {
            let mut kinds: Vec<(&str, usize)> = Vec::new();
            for v in &graph.nodes {
                let k = kind_name(v);
                match kinds.iter_mut().find(|(n, _)| *n == k) {
                    Some((_, c)) => *c += 1,
                    None => kinds.push((k, 1)),
                }
            }
            kinds.sort_by_key(|k| std::cmp::Reverse(k.1));
            let parts: Vec<String> = kinds.iter().map(|(k, c)| format!("{k} {c}")).collect();
            eprintln!("gc:   walked: {}", parts.join(", "));
        }
    }
    // The garbage, held (finalizers run code): a graph of its own, in the same order, with
    // this graph's address table.
    let garbage: Vec<Value> = unreachable
        .iter()
        .map(|&i| Value::clone(&graph.nodes[i]))
        .collect();
    let index = graph.take_index();
    drop(graph);
    // Nothing ran since the walk compacted the registry unless there is garbage (its
    // finalizers and the counts free objects): only then is it compacted again below.
    let ran = !garbage.is_empty();
    let found = if garbage.is_empty() {
        0
    } else {
        let members: Vec<usize> = (0..garbage.len()).collect();
        finalize_and_clear(vm, &mut Graph::owned(garbage, index), &members)
    };
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.collections += 1;
        s.collected += found;
    });
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        if ran && full {
            r.compact();
        } else if ran {
            r.compact_young();
        }
        let survivors = r.items.len() - r.young_start;
        r.young_start = r.items.len();
        if full {
            r.old_at_full = r.items.len();
            r.promoted = 0;
            r.young_collections = 0;
        } else {
            r.promoted += survivors;
            r.young_collections += 1;
        }
    });
    // The "stop" callbacks run while the collection still counts as running (CPython's
    // `collecting`): what they allocate starts no collection of its own, which with
    // `gc.set_threshold(1)` would start another from inside them, without end. The count
    // starts again after them.
    run_callbacks(vm, "stop", found);
    STATE.with(|s| s.borrow_mut().collecting = false);
    rearm();
    REQUESTED.store(false, Ordering::Relaxed);
    vm.run_pending_finalizers();
    found
}

/// Finalize the garbage, then clear what is still garbage. Returns how many objects CPython
/// would count: those still unreachable after the finalizers, less those a finalizer freed
/// (CPython frees an object whose count drops to zero at once; here the collector's handle
/// keeps it until the end, so the cascade of such frees is computed).
fn finalize_and_clear(vm: &mut Vm, graph: &mut Graph, unreachable: &[usize]) -> usize {
    // (Made only when a callback is pending: most collections have none.)
    let garbage = std::cell::OnceCell::<std::collections::HashSet<usize>>::new();
    let garbage = |addr| {
        garbage
            .get_or_init(|| unreachable.iter().map(|&i| graph.node(i).id()).collect())
            .contains(&addr)
    };
    // handle_weakrefs: references to the garbage die; callbacks of live references run.
    for &i in unreachable {
        if let Value::Instance(o) = graph.node(i) {
            crate::modules::weakref::referent_dropped(Rc::as_ptr(o) as usize);
        }
    }
    crate::modules::weakref::forget_callbacks_of(&garbage);
    // Whether any code ran: else nothing was resurrected nor freed (below).
    let mut ran = crate::modules::weakref::callbacks_pending();
    crate::modules::weakref::run_callbacks(vm);
    // finalize_garbage: __del__ and generator finalizers, once each, in allocation order.
    for &i in unreachable {
        match graph.node(i) {
            Value::Instance(o) => {
                let cls = o.class();
                if !cls.has_del.get() || !crate::objects::instance::mark_finalized(o) {
                    continue;
                }
                let Some(del) = cls.lookup("__del__") else {
                    continue;
                };
                ran = true;
                let saved = vm.exc_info.clone();
                if let Err(e) = vm.call(&del, vec![Value::Instance(o.clone())]) {
                    vm.write_unraisable(&e, Some(&del));
                }
                vm.exc_info = saved;
            }
            Value::Generator(g) => {
                let needs = match (&*g.state.borrow(), g.kind) {
                    (GenState::Suspended(_), _) => true,
                    (GenState::Created(_), GenKind::Coroutine) => true,
                    (GenState::Created(_), GenKind::AsyncGenerator) => g.has_finalizer(),
                    _ => false,
                };
                if needs {
                    ran = true;
                    vm.finalize_generator(g);
                }
            }
            _ => {}
        }
    }
    // handle_resurrected_objects: a finalizer may have stored some of the garbage, or
    // dropped references to some (freed at once in CPython). When no code ran, every
    // object is still garbage and none lost a reference (it is held by the others only).
    let (last, freed) = if ran {
        let reach = graph.reachable(unreachable);
        let last: Vec<usize> = unreachable.iter().copied().filter(|&i| !reach[i]).collect();
        let freed = graph.freed(&last);
        (last, freed)
    } else {
        (unreachable.to_vec(), vec![false; graph.nodes.len()])
    };
    graph.note_owners(&last);
    let found = last
        .iter()
        .filter(|&&i| !freed[i])
        .map(|&i| graph.weight(i) + graph.inlined_weight(i))
        .sum::<usize>()
        + graph.leaf_lists(&last, &freed);
    let mut trash = Vec::new();
    for &i in &last {
        clear(graph.node(i), &mut trash);
    }
    drop(trash);
    found
}

// ---- what the `gc` module asks ----

pub fn enable(on: bool) {
    STATE.with(|s| s.borrow_mut().enabled = on);
    let t = threshold0();
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.threshold = t;
        r.check_at = t;
        if r.count >= t {
            r.prune();
        }
    });
}

pub fn is_enabled() -> bool {
    STATE.with(|s| s.borrow().enabled)
}

/// `gc.get_count()[0]`: the live objects registered since the last collection (CPython:
/// allocations less deallocations of GC objects).
pub fn get_count() -> usize {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        r.compact_young();
        r.settle_count();
        r.count
    })
}

pub fn thresholds() -> (i64, i64, i64) {
    STATE.with(|s| s.borrow().thresholds)
}

pub fn set_thresholds(t: (i64, i64, i64)) {
    STATE.with(|s| s.borrow_mut().thresholds = t);
    enable(is_enabled());
}

pub fn set_callbacks(l: ListRef) {
    STATE.with(|s| s.borrow_mut().callbacks = Some(l));
}

/// `gc.get_stats()`-like figures: (collections, collected).
pub fn stats() -> (usize, usize) {
    STATE.with(|s| {
        let s = s.borrow();
        (s.collections, s.collected)
    })
}

/// `gc.is_tracked(obj)`.
pub fn is_tracked(v: &Value) -> bool {
    match v {
        Value::Dict(d) => d
            .try_borrow()
            .map(|d| d.iter().any(|e| is_node(&e.key) || is_node(&e.value)))
            .unwrap_or(true),
        Value::Tuple(t) => !t.is_empty(),
        Value::Builtin(b) => b.bound.is_some(),
        v => is_node(v),
    }
}

/// `gc.get_referents(obj)`.
pub fn referents(v: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    traverse(v, &mut |r| match r {
        // A native object's data is part of it: its referents are the data's.
        Ref::V(Value::Native(n)) => {
            n.traverse(&mut |x| out.push(x.clone()));
        }
        Ref::V(x) if !x.is_null() => out.push(x.clone()),
        Ref::V(_) => {}
        r => out.extend(r.node().map(|(_, n)| n)),
    });
    out
}

/// `gc.get_referrers(*objs)`: the walked objects that refer to one of `targets`.
pub fn referrers(targets: &[Value]) -> Vec<Value> {
    let want: std::collections::HashSet<usize> = targets.iter().map(Value::id).collect();
    let graph = Graph::discover(true, false);
    let mut out = Vec::new();
    for v in graph.nodes.iter().map(|v| &**v) {
        if matches!(v, Value::Native(_)) {
            continue;
        }
        let mut hit = false;
        traverse(v, &mut |r| {
            if let Ref::V(Value::Native(n)) = &r {
                n.traverse(&mut |x| hit |= is_node(x) && want.contains(&x.id()));
            }
            if let Some(a) = r.addr() {
                hit |= want.contains(&a);
            }
        });
        if hit {
            out.push(Value::clone(v));
        }
    }
    out
}

/// `gc.get_objects()`: the objects a collection would walk.
pub fn objects() -> Vec<Value> {
    let mut graph = Graph::discover(true, false);
    let all: Vec<usize> = (0..graph.nodes.len()).collect();
    graph.note_owners(&all);
    (0..graph.nodes.len())
        .filter(|&i| graph.counted(i))
        .map(|i| Value::clone(graph.node(i)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A registry entry gives the object back while it lives, nothing once it is freed,
    /// and gives its weak count back when dropped (the tagged pointer round trip).
    #[test]
    fn tracked_entries_round_trip() {
        let l: ListRef = Rc::new(crate::value::ListItems(RefCell::new(vec![Value::Int(7)])));
        let d: crate::value::DictRef = Rc::new(RefCell::new(crate::objects::dict::Dict::new()));
        let tl = Tracked::new(Rc::downgrade(&l), K_LIST);
        let td = Tracked::new(Rc::downgrade(&d), K_DICT);
        assert_eq!((tl.kind(), td.kind()), (K_LIST, K_DICT));
        assert!(!tl.counts_free() && !td.counts_free());
        match tl.alias().as_deref() {
            Some(Value::List(x)) => assert!(Rc::ptr_eq(x, &l)),
            _ => panic!("the list is alive"),
        }
        assert!(matches!(td.alias().as_deref(), Some(Value::Dict(x)) if Rc::ptr_eq(x, &d)));
        // `alias` leaves the counts as they were; dropping the entry gives its weak back.
        assert_eq!((Rc::strong_count(&l), Rc::weak_count(&l)), (1, 1));
        drop(tl);
        assert_eq!(Rc::weak_count(&l), 0);
        drop(td);
        assert_eq!(Rc::weak_count(&d), 0);
        // A freed object: no alias; its memory goes when the entry does.
        let t = Tracked::new(Rc::downgrade(&l), K_LIST);
        drop(l);
        assert!(t.alias().is_none());
        drop(t);
    }
}
