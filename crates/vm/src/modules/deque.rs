//! `_collections.deque` (CPython: Modules/_collectionsmodule.c): a double-ended queue over a
//! Rust `VecDeque`, with CPython's API, error messages and iteration rules.
//!
//! A deque is an `Instance` of the `deque` type whose `base` holds a [`Deque`]
//! (objects/native.rs), so `class MyDeque(deque)` with its own `__init__`, weak references
//! and the cycle collector work as for any instance. `state` counts the mutations that move
//! items (append/pop/extend/rotate/clear/insert/del ...), as CPython's `deque->state`: an
//! iterator, `count`, `index`, `remove` and `in` raise "deque mutated during iteration" when
//! it changed under them; `d[i] = x` and `reverse()` do not count, as in CPython.

use std::cell::{Cell, RefCell};
use std::collections::{HashSet, VecDeque};
use std::rc::Rc;

use crate::objects::function::{Args, NativeFn};
use crate::objects::native::{self, NativeData};
use crate::objects::typeobj::Type;
use crate::ops::CmpOp;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

/// The data of a deque.
pub struct Deque {
    items: RefCell<VecDeque<Value>>,
    maxlen: Cell<Option<usize>>,
    state: Cell<u64>,
}

impl NativeData for Deque {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) -> bool {
        let Ok(items) = self.items.try_borrow() else {
            return false;
        };
        items.iter().for_each(visit);
        true
    }

    fn clear(&self, trash: &mut Vec<Value>) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            trash.extend(items.drain(..));
        }
    }
}

impl Deque {
    fn new() -> Deque {
        Deque {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(None),
            state: Cell::new(0),
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.items.borrow().len()
    }

    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    /// `deque_append_internal`: the item dropped from the other end (maxlen) is returned so
    /// that it is released after the borrow ends.
    pub(crate) fn push_back(&self, x: Value) -> Option<Value> {
        self.bump();
        let mut items = self.items.borrow_mut();
        items.push_back(x);
        match self.maxlen.get() {
            Some(m) if items.len() > m => items.pop_front(),
            _ => None,
        }
    }

    fn push_front(&self, x: Value) -> Option<Value> {
        self.bump();
        let mut items = self.items.borrow_mut();
        items.push_front(x);
        match self.maxlen.get() {
            Some(m) if items.len() > m => items.pop_back(),
            _ => None,
        }
    }

    /// `popleft` without its empty-deque error.
    pub(crate) fn pop_front(&self) -> Option<Value> {
        let x = self.items.borrow_mut().pop_front();
        if x.is_some() {
            self.bump();
        }
        x
    }

    pub(crate) fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    fn clear_items(&self) {
        if self.len() == 0 {
            return;
        }
        self.bump();
        let old = std::mem::take(&mut *self.items.borrow_mut());
        drop(old);
    }
}

/// The data of a `_deque_iterator` / `_deque_reverse_iterator`.
struct DequeIter {
    deque: Value,
    /// Items taken so far.
    index: Cell<usize>,
    /// Items left (0 once exhausted or after the mutation error, as CPython's `counter`).
    counter: Cell<usize>,
    state: u64,
    reverse: bool,
}

impl NativeData for DequeIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) -> bool {
        visit(&self.deque);
        true
    }

    fn clear(&self, _trash: &mut Vec<Value>) {}
}

struct Types {
    deque: Rc<Type>,
    iter: Rc<Type>,
    reverse_iter: Rc<Type>,
}

thread_local! {
    static TYPES: RefCell<Option<Types>> = const { RefCell::new(None) };
    /// Deques whose repr is being computed (`Py_ReprEnter`): a deque inside itself shows
    /// as `[...]`.
    static REPR_ACTIVE: RefCell<HashSet<usize>> = RefCell::new(HashSet::new());
    /// The address of the `deque` type, for [`exact_len`].
    static DEQUE_TYPE: Cell<usize> = const { Cell::new(0) };
}

/// The length of `v` when it is an exact `collections.deque` (not a subclass, which may
/// define its own `__len__`/`__bool__`): `bool(d)` and `len(d)` without a method call, as
/// CPython's `sq_length` slot (`while self._queue:` in asyncio.Queue).
pub fn exact_len(v: &Value) -> Option<usize> {
    let Value::Instance(i) = v else { return None };
    if i.with_class(|c| Rc::as_ptr(c) as usize) != DEQUE_TYPE.with(Cell::get) {
        return None;
    }
    i.with_base(|b| {
        let Some(Value::Native(n)) = b else {
            return None;
        };
        let any: &dyn std::any::Any = &**n;
        any.downcast_ref::<Deque>().map(Deque::len)
    })
}

/// The data of `v` when it is an exact `collections.deque`, whose methods no subclass or
/// instance attribute can replace (asyncio.Queue's put/get without frames).
pub(crate) fn exact(v: &Value) -> Option<Rc<Deque>> {
    let Value::Instance(i) = v else { return None };
    if i.with_class(|c| Rc::as_ptr(c) as usize) != DEQUE_TYPE.with(Cell::get) {
        return None;
    }
    native::data_of::<Deque>(v)
}

const MUTATED: &str = "deque mutated during iteration";

fn mutated(vm: &Vm) -> Value {
    vm.new_error("RuntimeError", MUTATED)
}

/// The deque `self` of a method call.
fn this(vm: &Vm, a: &Args, method: &str) -> PyResult<Rc<Deque>> {
    match a.pos.first().and_then(native::data_of::<Deque>) {
        Some(d) => Ok(d),
        None => {
            let got = a.pos.first().map_or("nothing".into(), |v| vm.type_name(v));
            // A slot wrapper (`__init__`, `__setitem__`...) words it as wrapperdescr_call does.
            let method_descr = ["__copy__", "__reduce__", "__reversed__", "__sizeof__"];
            if method.starts_with("__") && !method_descr.contains(&method) {
                return Err(vm.type_error(format!(
                    "descriptor '{method}' requires a 'collections.deque' object but received a '{got}'"
                )));
            }
            Err(vm.type_error(format!(
                "descriptor '{method}' for 'collections.deque' objects doesn't apply to a '{got}' object"
            )))
        }
    }
}

/// An index for `Py_ssize_t` (`__index__`), OverflowError when it does not fit.
fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => vm.index_value(v),
    }
}

fn has_index(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    Ok(match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => true,
        Value::Instance(_) => vm.lookup_special(v, "__index__")?.is_some(),
        _ => false,
    })
}

// ---- construction ----

/// `deque.__new__(cls, *args, **kwargs)`: an empty deque; `__init__` fills it.
fn d_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Type(cls)) = a.pos.first() else {
        return Err(vm.type_error("deque.__new__(X): X is not a type object"));
    };
    let cls = cls.clone();
    let is_deque = TYPES.with(|t| {
        t.borrow()
            .as_ref()
            .is_some_and(|t| cls.is_subtype(&t.deque))
    });
    if !is_deque {
        let n = cls.name();
        return Err(vm.type_error(format!(
            "collections.deque.__new__({n}): {n} is not a subtype of collections.deque"
        )));
    }
    Ok(native::new_object(vm, &cls, Rc::new(Deque::new())))
}

/// `deque.__init__(self, iterable=(), maxlen=None)`.
fn d_init(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "__init__")?;
    let mut iterable = a.pos.get(1).cloned();
    let mut maxlen = a.pos.get(2).cloned();
    if a.pos.len() > 3 {
        let n = a.pos.len() - 1;
        return Err(vm.type_error(format!("deque() takes at most 2 arguments ({n} given)")));
    }
    for (k, v) in std::mem::take(&mut a.kw) {
        let slot = match &*k {
            "iterable" => &mut iterable,
            "maxlen" => &mut maxlen,
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for deque()"))
                )
            }
        };
        if slot.is_some() {
            return Err(vm.type_error(format!(
                "argument for deque() given by name ('{k}') and position"
            )));
        }
        *slot = Some(v);
    }
    let maxlen = match maxlen {
        None | Some(Value::None) => None,
        Some(m) => {
            if !has_index(vm, &m)? {
                return Err(vm.type_error("an integer is required"));
            }
            let n = ssize(vm, &m)?;
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    d.maxlen.set(maxlen);
    d.clear_items();
    if let Some(it) = iterable {
        extend(vm, &a.pos[0], &d, &it, false)?;
    }
    Ok(Value::None)
}

// ---- adding and removing at the ends ----

fn d_append(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "append")?;
    native::check_arity(vm, &a, "deque.", "append", 1)?;
    let dropped = d.push_back(a.pos[1].clone());
    drop(dropped);
    Ok(Value::None)
}

fn d_appendleft(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "appendleft")?;
    native::check_arity(vm, &a, "deque.", "appendleft", 1)?;
    let dropped = d.push_front(a.pos[1].clone());
    drop(dropped);
    Ok(Value::None)
}

fn d_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "pop")?;
    native::check_arity(vm, &a, "deque.", "pop", 0)?;
    let x = d.items.borrow_mut().pop_back();
    match x {
        Some(x) => {
            d.bump();
            Ok(x)
        }
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn d_popleft(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "popleft")?;
    native::check_arity(vm, &a, "deque.", "popleft", 0)?;
    match d.pop_front() {
        Some(x) => Ok(x),
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

/// `deque.extend` / `extendleft`: each item appended (maxlen trimming the other end); a
/// deque extended with itself takes a copy first. With maxlen 0 the iterable is still
/// consumed, as CPython's `consume_iterator`.
fn extend(vm: &mut Vm, me: &Value, d: &Rc<Deque>, iterable: &Value, left: bool) -> PyResult<()> {
    let push = |x: Value| {
        let dropped = if left {
            d.push_front(x)
        } else {
            d.push_back(x)
        };
        drop(dropped);
    };
    if iterable.is(me) {
        d.snapshot().into_iter().for_each(push);
        return Ok(());
    }
    match iterable {
        Value::List(l) => {
            let items = l.borrow().clone();
            items.into_iter().for_each(push);
        }
        Value::Tuple(t) => t.iter().cloned().for_each(push),
        _ => {
            let it = vm.iter(iterable)?;
            while let Some(x) = vm.next(&it)? {
                push(x);
            }
        }
    }
    Ok(())
}

fn d_extend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "extend")?;
    native::check_arity(vm, &a, "deque.", "extend", 1)?;
    extend(vm, &a.pos[0], &d, &a.pos[1], false)?;
    Ok(Value::None)
}

fn d_extendleft(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "extendleft")?;
    native::check_arity(vm, &a, "deque.", "extendleft", 1)?;
    extend(vm, &a.pos[0], &d, &a.pos[1], true)?;
    Ok(Value::None)
}

fn d_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "clear")?;
    native::check_arity(vm, &a, "deque.", "clear", 0)?;
    d.clear_items();
    Ok(Value::None)
}

// ---- copies ----

/// `deque.__copy__`: a deque of the same type and maxlen. A subclass is called as
/// `type(d)(d)` or `type(d)(d, maxlen)`, which must give a deque.
fn copy_of(vm: &mut Vm, me: &Value, d: &Rc<Deque>) -> PyResult<Value> {
    let cls = vm.type_of(me);
    let exact = TYPES.with(|t| {
        t.borrow()
            .as_ref()
            .is_some_and(|t| Rc::ptr_eq(&t.deque, &cls))
    });
    if exact {
        let new = Deque::new();
        new.maxlen.set(d.maxlen.get());
        *new.items.borrow_mut() = d.items.borrow().clone();
        return Ok(native::new_object(vm, &cls, Rc::new(new)));
    }
    let mut args = vec![me.clone()];
    if let Some(m) = d.maxlen.get() {
        args.push(Value::Int(m as i64));
    }
    let r = vm.call(&Value::Type(cls), args)?;
    if native::data_of::<Deque>(&r).is_none() {
        let (tn, rn) = (vm.type_name(me), vm.type_name(&r));
        return Err(vm.type_error(format!("{tn}() must return a deque, not {rn}")));
    }
    Ok(r)
}

fn d_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "copy")?;
    native::check_arity(vm, &a, "deque.", "copy", 0)?;
    copy_of(vm, &a.pos[0], &d)
}

fn d_dunder_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "__copy__")?;
    native::check_arity(vm, &a, "deque.", "__copy__", 0)?;
    copy_of(vm, &a.pos[0], &d)
}

// ---- searching ----

/// `x is v or x == v` over the items in order, raising `exc` ("deque mutated during
/// iteration") when a comparison changed the deque. The index of the first match.
fn find(
    vm: &mut Vm,
    d: &Rc<Deque>,
    v: &Value,
    start: usize,
    stop: usize,
    exc: &str,
) -> PyResult<Option<usize>> {
    let state = d.state.get();
    for i in start..stop {
        let Some(x) = d.get(i) else { break };
        let eq = vm.eq(&x, v)?;
        if d.state.get() != state {
            return Err(vm.new_error(exc, MUTATED));
        }
        if eq {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn d_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "count")?;
    native::check_arity(vm, &a, "deque.", "count", 1)?;
    let v = a.pos[1].clone();
    let state = d.state.get();
    let mut n = 0i64;
    for i in 0..d.len() {
        let Some(x) = d.get(i) else { break };
        let eq = vm.eq(&x, &v)?;
        if d.state.get() != state {
            return Err(mutated(vm));
        }
        n += i64::from(eq);
    }
    Ok(Value::Int(n))
}

fn d_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "__contains__")?;
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    let n = d.len();
    Ok(Value::Bool(
        find(vm, &d, &v, 0, n, "RuntimeError")?.is_some(),
    ))
}

/// A slice bound of `index(x, start, stop)` (`_PyEval_SliceIndexNotNone`).
fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if !has_index(vm, v)? {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    }
    match v {
        Value::BigInt(b) => Ok(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        }),
        _ => vm.index_value(v),
    }
}

fn d_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "index")?;
    let given = a.pos.len().saturating_sub(1);
    if given == 0 {
        return Err(vm.type_error("index() takes at least 1 argument (0 given)"));
    }
    if given > 3 {
        return Err(vm.type_error(format!("index() takes at most 3 arguments ({given} given)")));
    }
    let v = a.pos[1].clone();
    let n = d.len() as i64;
    let mut start = match a.pos.get(2) {
        Some(s) => slice_bound(vm, s)?,
        None => 0,
    };
    let mut stop = match a.pos.get(3) {
        Some(s) => slice_bound(vm, s)?,
        None => i64::MAX,
    };
    if start < 0 {
        start = start.saturating_add(n).max(0);
    }
    if stop < 0 {
        stop = stop.saturating_add(n).max(0);
    }
    let stop = stop.min(n);
    if start < stop {
        if let Some(i) = find(vm, &d, &v, start as usize, stop as usize, "RuntimeError")? {
            return Ok(Value::Int(i as i64));
        }
    }
    let r = vm.repr(&v)?;
    Err(vm.value_error(format!("{r} is not in deque")))
}

fn d_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "remove")?;
    native::check_arity(vm, &a, "deque.", "remove", 1)?;
    let v = a.pos[1].clone();
    let n = d.len();
    match find(vm, &d, &v, 0, n, "IndexError")? {
        Some(i) => {
            let x = d.items.borrow_mut().remove(i);
            d.bump();
            drop(x);
            Ok(Value::None)
        }
        None => {
            let r = vm.repr(&v)?;
            Err(vm.value_error(format!("{r} is not in deque")))
        }
    }
}

// ---- reordering ----

fn d_insert(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "insert")?;
    let given = a.pos.len().saturating_sub(1);
    if given != 2 {
        return Err(vm.type_error(format!(
            "insert() takes exactly 2 arguments ({given} given)"
        )));
    }
    let i = ssize(vm, &a.pos[1])?;
    let n = d.len() as i64;
    if d.maxlen.get().is_some_and(|m| n as usize >= m) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
    d.items.borrow_mut().insert(i as usize, a.pos[2].clone());
    d.bump();
    Ok(Value::None)
}

fn d_rotate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "rotate")?;
    if !a.kw.is_empty() {
        return Err(vm.type_error("deque.rotate() takes no keyword arguments"));
    }
    let given = a.pos.len().saturating_sub(1);
    if given > 1 {
        return Err(vm.type_error(format!(
            "deque.rotate expected at most 1 argument, got {given}"
        )));
    }
    let k = match a.pos.get(1) {
        Some(v) => ssize(vm, v)?,
        None => 1,
    };
    let n = d.len() as i64;
    if n <= 1 {
        return Ok(Value::None);
    }
    d.bump();
    let k = k.rem_euclid(n) as usize;
    d.items.borrow_mut().rotate_right(k);
    Ok(Value::None)
}

fn d_reverse(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "reverse")?;
    native::check_arity(vm, &a, "deque.", "reverse", 0)?;
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::None)
}

// ---- the sequence protocol ----

fn d_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

/// `d[i]`'s position: an index (negative from the right), IndexError when out of range.
fn position(vm: &mut Vm, d: &Deque, i: &Value) -> PyResult<usize> {
    if !has_index(vm, i)? {
        let tn = vm.type_name(i);
        return Err(vm.type_error(format!("sequence index must be integer, not '{tn}'")));
    }
    let k = vm.index_value(i)?;
    let n = d.len() as i64;
    let k = if k < 0 { k + n } else { k };
    if !(0..n).contains(&k) {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(k as usize)
}

fn d_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "__getitem__")?;
    let i = position(vm, &d, &a.pos[1])?;
    Ok(d.get(i).unwrap_or(Value::None))
}

fn d_setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "__setitem__")?;
    let i = position(vm, &d, &a.pos[1])?;
    let old = std::mem::replace(&mut d.items.borrow_mut()[i], a.pos[2].clone());
    drop(old);
    Ok(Value::None)
}

fn d_delitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "__delitem__")?;
    let i = position(vm, &d, &a.pos[1])?;
    let old = d.items.borrow_mut().remove(i);
    d.bump();
    drop(old);
    Ok(Value::None)
}

fn new_iter(vm: &mut Vm, a: &Args, reverse: bool) -> PyResult<Value> {
    let d = this(vm, a, if reverse { "__reversed__" } else { "__iter__" })?;
    let t = TYPES.with(|t| {
        t.borrow().as_ref().map(|t| {
            if reverse {
                t.reverse_iter.clone()
            } else {
                t.iter.clone()
            }
        })
    });
    let Some(t) = t else {
        return Err(vm.system_error("deque iterator types not initialized"));
    };
    let it = DequeIter {
        deque: a.pos[0].clone(),
        counter: Cell::new(d.len()),
        state: d.state.get(),
        index: Cell::new(0),
        reverse,
    };
    Ok(native::new_object(vm, &t, Rc::new(it)))
}

fn d_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    new_iter(vm, &a, false)
}

fn d_reversed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    new_iter(vm, &a, true)
}

fn it_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(it) = a.pos.first().and_then(native::data_of::<DequeIter>) else {
        return Err(vm.type_error("expected a deque iterator"));
    };
    // The deque's data, unless the cycle collector took it from the deque.
    let Some(data) = native::data_of::<Deque>(&it.deque) else {
        return Err(vm.stop_iteration(Value::None));
    };
    if data.state.get() != it.state {
        it.counter.set(0);
        return Err(mutated(vm));
    }
    if it.counter.get() == 0 {
        return Err(vm.stop_iteration(Value::None));
    }
    let i = it.index.get();
    let n = data.len();
    let pos = if it.reverse { n - 1 - i } else { i };
    it.index.set(i + 1);
    it.counter.set(it.counter.get() - 1);
    Ok(data.get(pos).unwrap_or(Value::None))
}

fn it_iter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos[0].clone())
}

fn it_length_hint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(it) = a.pos.first().and_then(native::data_of::<DequeIter>) else {
        return Err(vm.type_error("expected a deque iterator"));
    };
    Ok(Value::Int(it.counter.get() as i64))
}

// ---- comparisons and arithmetic ----

/// `deque_richcompare`: NotImplemented unless both are deques; the first unequal pair of
/// items decides, else the lengths. A comparison that changes either deque raises as the
/// iterators CPython walks them with do.
fn richcompare(vm: &mut Vm, a: Args, op: CmpOp) -> PyResult<Value> {
    let v = this(vm, &a, "__eq__")?;
    let Some(w) = a.pos.get(1).and_then(native::data_of::<Deque>) else {
        return Ok(Value::NotImplemented);
    };
    let (vs, ws) = (v.len(), w.len());
    let same = a.pos[0].is(&a.pos[1]);
    match op {
        CmpOp::Eq if same => return Ok(Value::Bool(true)),
        CmpOp::Eq if vs != ws => return Ok(Value::Bool(false)),
        CmpOp::Ne if same => return Ok(Value::Bool(false)),
        CmpOp::Ne if vs != ws => return Ok(Value::Bool(true)),
        _ => {}
    }
    let (sv, sw) = (v.state.get(), w.state.get());
    let mut i = 0;
    loop {
        if v.state.get() != sv {
            return Err(mutated(vm));
        }
        let x = if i < vs { v.get(i) } else { None };
        if x.is_some() && w.state.get() != sw {
            return Err(mutated(vm));
        }
        let y = if i < ws { w.get(i) } else { None };
        let (Some(x), Some(y)) = (x, y) else { break };
        if !vm.eq(&x, &y)? {
            return match op {
                CmpOp::Eq => Ok(Value::Bool(false)),
                CmpOp::Ne => Ok(Value::Bool(true)),
                _ => vm.compare(&x, &y, op),
            };
        }
        i += 1;
    }
    Ok(Value::Bool(match op {
        CmpOp::Lt => vs < ws,
        CmpOp::Le => vs <= ws,
        CmpOp::Eq => vs == ws,
        CmpOp::Ne => vs != ws,
        CmpOp::Gt => vs > ws,
        CmpOp::Ge => vs >= ws,
    }))
}

fn d_add(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "__add__")?;
    let other = a.pos.get(1).cloned().unwrap_or(Value::None);
    let Some(od) = native::data_of::<Deque>(&other) else {
        let tn = vm.type_name(&other);
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{tn}\") to deque"
        )));
    };
    let new = copy_of(vm, &a.pos[0], &d)?;
    if let Some(nd) = native::data_of::<Deque>(&new) {
        for x in od.snapshot() {
            drop(nd.push_back(x));
        }
    }
    Ok(new)
}

fn d_iadd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "__iadd__")?;
    extend(vm, &a.pos[0], &d, &a.pos[1], false)?;
    Ok(a.pos[0].clone())
}

/// The repeat count of `d * n`.
fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<Option<i64>> {
    if !has_index(vm, n)? {
        return Ok(None);
    }
    match n {
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => Ok(Some(0)),
        Value::BigInt(_) => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        _ => Ok(Some(vm.index_value(n)?)),
    }
}

/// `deque_inplace_repeat`: the items n times, only the last maxlen kept.
fn repeat_in_place(vm: &mut Vm, d: &Deque, n: i64) -> PyResult<()> {
    let len = d.len();
    if n <= 0 || len == 0 {
        d.clear_items();
        return Ok(());
    }
    if n == 1 {
        return Ok(());
    }
    let total = (len as u128) * (n as u128);
    let keep = d.maxlen.get().map_or(total, |m| total.min(m as u128));
    if keep > (isize::MAX as u128) / 16 {
        return Err(crate::objects::arith::no_memory(vm));
    }
    let items = d.snapshot();
    let keep = keep as usize;
    // The repeated sequence's last `keep` items start at offset (total - keep) % len.
    let first = ((total - keep as u128) % len as u128) as usize;
    let mut out = VecDeque::new();
    out.try_reserve(keep)
        .map_err(|_| crate::objects::arith::no_memory(vm))?;
    out.extend(items.iter().cycle().skip(first).take(keep).cloned());
    d.bump();
    let old = std::mem::replace(&mut *d.items.borrow_mut(), out);
    drop(old);
    Ok(())
}

fn d_imul(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "__imul__")?;
    let other = a.pos.get(1).cloned().unwrap_or(Value::None);
    let Some(n) = repeat_count(vm, &other)? else {
        let tn = vm.type_name(&other);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")));
    };
    repeat_in_place(vm, &d, n)?;
    Ok(a.pos[0].clone())
}

fn d_mul(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "__mul__")?;
    let other = a.pos.get(1).cloned().unwrap_or(Value::None);
    let Some(n) = repeat_count(vm, &other)? else {
        let tn = vm.type_name(&other);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")));
    };
    let new = copy_of(vm, &a.pos[0], &d)?;
    if let Some(nd) = native::data_of::<Deque>(&new) {
        repeat_in_place(vm, &nd, n)?;
    }
    Ok(new)
}

// ---- repr, pickling, generics ----

fn d_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "__repr__")?;
    let id = a.pos[0].id();
    if !REPR_ACTIVE.with(|s| s.borrow_mut().insert(id)) {
        return Ok(Value::str("[...]"));
    }
    let items = d.snapshot();
    let mut parts = Vec::with_capacity(items.len());
    let mut result = Ok(());
    for x in &items {
        match vm.repr(x) {
            Ok(r) => parts.push(r),
            Err(e) => {
                result = Err(e);
                break;
            }
        }
    }
    REPR_ACTIVE.with(|s| s.borrow_mut().remove(&id));
    result?;
    let name = vm.type_of(&a.pos[0]).name();
    let body = parts.join(", ");
    Ok(Value::str(&match d.maxlen.get() {
        Some(m) => format!("{name}([{body}], maxlen={m})"),
        None => format!("{name}([{body}])"),
    }))
}

/// `deque.__reduce__`: `(type(d), ((), maxlen) or (), __dict__ or None, iter(d))`.
fn d_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "__reduce__")?;
    let cls = Value::Type(vm.type_of(&a.pos[0]));
    let args = match d.maxlen.get() {
        Some(m) => Value::tuple(vec![Value::tuple(vec![]), Value::Int(m as i64)]),
        None => Value::tuple(vec![]),
    };
    let state = match &a.pos[0] {
        Value::Instance(i) => match &i.dict() {
            Some(dict) if !dict.borrow().is_empty() => Value::Dict(dict.clone()),
            _ => Value::None,
        },
        _ => Value::None,
    };
    let it = new_iter(vm, &a, false)?;
    Ok(Value::tuple(vec![cls, args, state, it]))
}

fn d_class_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let item = a.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(crate::objects::typecall::generic_alias(
        vm, &a.pos[0], &item,
    ))
}

fn d_maxlen(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "maxlen")?;
    Ok(d.maxlen.get().map_or(Value::None, |m| Value::Int(m as i64)))
}

// ---- the module ----

fn iter_type(vm: &mut Vm, name: &str) -> Rc<Type> {
    let t = native::new_type(vm, "collections", name);
    vm.add_method(&t, "__next__", it_next);
    vm.add_method(&t, "__iter__", it_iter);
    vm.add_method(&t, "__length_hint__", it_length_hint);
    t
}

/// `_collections`: `deque` and its iterator types.
pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let t = native::new_type(vm, "collections", "deque");
    native::add_new(vm, &t, d_new);
    let methods: &[(&str, NativeFn)] = &[
        ("__init__", d_init),
        ("append", d_append),
        ("appendleft", d_appendleft),
        ("pop", d_pop),
        ("popleft", d_popleft),
        ("extend", d_extend),
        ("extendleft", d_extendleft),
        ("clear", d_clear),
        ("copy", d_copy),
        ("__copy__", d_dunder_copy),
        ("count", d_count),
        ("index", d_index),
        ("insert", d_insert),
        ("remove", d_remove),
        ("reverse", d_reverse),
        ("rotate", d_rotate),
        ("__len__", d_len),
        ("__getitem__", d_getitem),
        ("__setitem__", d_setitem),
        ("__delitem__", d_delitem),
        ("__contains__", d_contains),
        ("__iter__", d_iter),
        ("__reversed__", d_reversed),
        ("__eq__", |vm, a| richcompare(vm, a, CmpOp::Eq)),
        ("__ne__", |vm, a| richcompare(vm, a, CmpOp::Ne)),
        ("__lt__", |vm, a| richcompare(vm, a, CmpOp::Lt)),
        ("__le__", |vm, a| richcompare(vm, a, CmpOp::Le)),
        ("__gt__", |vm, a| richcompare(vm, a, CmpOp::Gt)),
        ("__ge__", |vm, a| richcompare(vm, a, CmpOp::Ge)),
        ("__add__", d_add),
        ("__iadd__", d_iadd),
        ("__mul__", d_mul),
        ("__rmul__", d_mul),
        ("__imul__", d_imul),
        ("__repr__", d_repr),
        ("__reduce__", d_reduce),
    ];
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
    vm.add_classmethod(&t, "__class_getitem__", d_class_getitem);
    native::add_getter(vm, &t, "maxlen", d_maxlen, |vm, _| {
        Err(vm.attribute_error("attribute 'maxlen' of 'collections.deque' objects is not writable"))
    });
    {
        let mut td = t.dict.borrow_mut();
        td.set_str("__hash__", Value::None);
        td.set_str(
            "__doc__",
            Value::str("A list-like sequence optimized for data accesses near its endpoints."),
        );
    }
    let types = Types {
        deque: t.clone(),
        iter: iter_type(vm, "_deque_iterator"),
        reverse_iter: iter_type(vm, "_deque_reverse_iterator"),
    };
    {
        let mut md = d.borrow_mut();
        md.set_str("deque", Value::Type(t.clone()));
        md.set_str("_deque_iterator", Value::Type(types.iter.clone()));
        md.set_str(
            "_deque_reverse_iterator",
            Value::Type(types.reverse_iter.clone()),
        );
    }
    DEQUE_TYPE.with(|a| a.set(Rc::as_ptr(&t) as usize));
    TYPES.with(|s| *s.borrow_mut() = Some(types));
    Ok(())
}
