//! `_asyncio` (CPython: Modules/_asynciomodule.c): asyncio's `Future` and `Task` in Rust,
//! with the C types' behaviour as seen from Python — attributes (`_state`, `_callbacks`,
//! `_fut_waiter`, ...), messages, the order callbacks reach the ready queue, `__del__`
//! reports — so that `await fut`, done-callbacks and a task's step run without Python frames.
//!
//! `lib/asyncio/futures.py` and `tasks.py` keep their Python classes (`_PyFuture`,
//! `_PyTask`, used under `pydive trace`, whose loop events they emit) and select these types
//! otherwise, as CPython's modules select the C ones. What the types need from the Python side
//! (the exception classes, `get_event_loop`, the repr helpers, the task registries) is handed
//! over once by `_asyncio._setup(name=value, ...)` from those modules.
//!
//! A future is an `Instance` of its type holding a [`Fut`] (objects/native.rs), so Python
//! subclasses (`class MyTask(asyncio.Task)`) work as for any instance. A Task is a `Fut`
//! whose `task` part is set.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use crate::generator::GenResult;
use crate::objects::dict::watched_epoch;
use crate::objects::function::{Args, Builtin, BuiltinKind, Function, NativeFn};
use crate::objects::instance::Instance;
use crate::objects::native::{self, NativeData};
use crate::objects::typeobj::Type;
use crate::value::{DictRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

const PENDING: u8 = 0;
const CANCELLED: u8 = 1;
const FINISHED: u8 = 2;

/// The fields of a Task beyond its Future part (`TaskObj`).
struct TaskPart {
    coro: Value,
    context: Value,
    /// A str, or the serial number of a default name `Task-N` (formatted when asked).
    name: Value,
    fut_waiter: Value,
    must_cancel: bool,
    log_destroy_pending: bool,
    num_cancels_requested: i64,
}

/// The fields of a Future that most futures never set (an exception, a cancellation, a
/// debug-mode traceback): boxed on first use, so a pending future or a suspended task
/// carries 8 bytes for them instead of 120.
struct Rare {
    exception: Option<Value>,
    exception_tb: Value,
    source_tb: Value,
    cancel_msg: Value,
    cancelled_exc: Option<Value>,
}

/// The fields of a Future (`FutureObj`). `loop_` is None until `__init__` ran.
struct State {
    loop_: Option<Value>,
    state: u8,
    result: Value,
    rare: Option<Box<Rare>>,
    /// Done-callbacks as (callback, context), in subscription order. A Task waiting on
    /// this future is `(Value::Null, task)` (see [`real_callback`]).
    callbacks: Callbacks,
    log_tb: bool,
    blocking: bool,
    task: Option<Box<TaskPart>>,
}

/// A future's done-callbacks. Most futures a task awaits have one, the Task itself: it is
/// kept inline (`Waiter`) instead of in a vector of its own, a block of 48 bytes less per
/// suspended task in the same 128-byte class for the state (CPython keeps a first callback
/// inline too: `fut_callback0`).
enum Callbacks {
    /// None or several `(callback, context)` pairs; a Task waiting is `(Value::Null, task)`.
    List(Vec<(Value, Value)>),
    /// Only a Task waiting: the list `[(Value::Null, task)]`.
    Waiter(Value),
}

impl Callbacks {
    fn is_empty(&self) -> bool {
        matches!(self, Callbacks::List(v) if v.is_empty())
    }

    fn push(&mut self, cb: Value, ctx: Value) {
        match self {
            Callbacks::List(v) if v.is_empty() && matches!(cb, Value::Null) => {
                *self = Callbacks::Waiter(ctx);
            }
            Callbacks::List(v) => {
                if v.capacity() == 0 {
                    // A future gets one callback as a rule: no room for more up front.
                    v.reserve_exact(1);
                }
                v.push((cb, ctx));
            }
            Callbacks::Waiter(_) => {
                let mut v = self.take().into_vec();
                v.push((cb, ctx));
                *self = Callbacks::List(v);
            }
        }
    }

    /// The callbacks, leaving none.
    fn take(&mut self) -> Callbacks {
        std::mem::replace(self, Callbacks::List(Vec::new()))
    }

    fn into_vec(self) -> Vec<(Value, Value)> {
        match self {
            Callbacks::List(v) => v,
            Callbacks::Waiter(t) => vec![(Value::Null, t)],
        }
    }

    fn to_vec(&self) -> Vec<(Value, Value)> {
        match self {
            Callbacks::List(v) => v.clone(),
            Callbacks::Waiter(t) => vec![(Value::Null, t.clone())],
        }
    }

    /// Every value held (callbacks and contexts), for the cycle collector.
    fn for_each_value(&self, mut visit: impl FnMut(&Value)) {
        match self {
            Callbacks::List(v) => {
                for (cb, ctx) in v {
                    visit(cb);
                    visit(ctx);
                }
            }
            Callbacks::Waiter(t) => visit(t),
        }
    }
}

/// The native data of a Future or Task.
pub struct Fut {
    s: RefCell<State>,
}

impl State {
    /// A pending future's state with no loop yet, keeping `task` (a Task's own part).
    fn pending(task: Option<Box<TaskPart>>) -> State {
        State {
            loop_: None,
            state: PENDING,
            result: Value::None,
            rare: None,
            callbacks: Callbacks::List(Vec::new()),
            log_tb: false,
            blocking: false,
            task,
        }
    }

    fn rare_mut(&mut self) -> &mut Rare {
        self.rare.get_or_insert_with(|| {
            Box::new(Rare {
                exception: None,
                exception_tb: Value::None,
                source_tb: Value::None,
                cancel_msg: Value::None,
                cancelled_exc: None,
            })
        })
    }

    fn exception(&self) -> Option<Value> {
        self.rare.as_ref().and_then(|r| r.exception.clone())
    }

    fn source_tb(&self) -> Value {
        self.rare
            .as_ref()
            .map_or(Value::None, |r| r.source_tb.clone())
    }

    fn cancel_msg(&self) -> Value {
        self.rare
            .as_ref()
            .map_or(Value::None, |r| r.cancel_msg.clone())
    }
}

impl Fut {
    fn new(task: bool) -> Fut {
        let task = task.then(|| {
            Box::new(TaskPart {
                coro: Value::None,
                context: Value::None,
                name: Value::None,
                fut_waiter: Value::None,
                must_cancel: false,
                log_destroy_pending: true,
                num_cancels_requested: 0,
            })
        });
        Fut {
            s: RefCell::new(State::pending(task)),
        }
    }

    fn state(&self) -> u8 {
        self.s.borrow().state
    }

    fn loop_(&self) -> Option<Value> {
        self.s.borrow().loop_.clone()
    }
}

impl NativeData for Fut {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) -> bool {
        let Ok(s) = self.s.try_borrow() else {
            return false;
        };
        if let Some(l) = &s.loop_ {
            visit(l);
        }
        visit(&s.result);
        if let Some(r) = &s.rare {
            if let Some(e) = &r.exception {
                visit(e);
            }
            visit(&r.exception_tb);
            visit(&r.source_tb);
            visit(&r.cancel_msg);
            if let Some(e) = &r.cancelled_exc {
                visit(e);
            }
        }
        s.callbacks.for_each_value(&mut *visit);
        if let Some(t) = &s.task {
            visit(&t.coro);
            visit(&t.context);
            visit(&t.name);
            visit(&t.fut_waiter);
        }
        true
    }

    fn clear(&self, trash: &mut Vec<Value>) {
        let Ok(mut s) = self.s.try_borrow_mut() else {
            return;
        };
        trash.extend(s.loop_.take());
        trash.push(std::mem::replace(&mut s.result, Value::None));
        if let Some(r) = s.rare.take() {
            let r = *r;
            trash.extend(r.exception);
            trash.extend([r.exception_tb, r.source_tb, r.cancel_msg]);
            trash.extend(r.cancelled_exc);
        }
        for (cb, ctx) in s.callbacks.take().into_vec() {
            trash.push(cb);
            trash.push(ctx);
        }
        if let Some(t) = s.task.as_mut() {
            trash.push(std::mem::replace(&mut t.coro, Value::None));
            trash.push(std::mem::replace(&mut t.context, Value::None));
            trash.push(std::mem::replace(&mut t.name, Value::None));
            trash.push(std::mem::replace(&mut t.fut_waiter, Value::None));
        }
    }
}

/// The data of a `FutureIter` (what `Future.__await__` returns).
struct FutIter {
    future: RefCell<Option<Value>>,
}

impl NativeData for FutIter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) -> bool {
        let Ok(f) = self.future.try_borrow() else {
            return false;
        };
        if let Some(f) = &*f {
            visit(f);
        }
        true
    }

    fn clear(&self, trash: &mut Vec<Value>) {
        if let Ok(mut f) = self.future.try_borrow_mut() {
            trash.extend(f.take());
        }
    }
}

struct Types {
    future: Rc<Type>,
    task: Rc<Type>,
    iter: Rc<Type>,
}

thread_local! {
    static TYPES: RefCell<Option<Types>> = const { RefCell::new(None) };
    /// What `_setup` handed over from lib/asyncio, by name.
    static HOOKS: RefCell<HashMap<String, Value>> = RefCell::new(HashMap::new());
    /// Default task names Task-1, Task-2, ... (`task_name_counter`).
    static TASK_COUNTER: Cell<i64> = const { Cell::new(0) };
    /// Names made once instead of per callback: `context`, `__step`, `task_wakeup`.
    static NAMES: [Rc<str>; 3] = [Rc::from("context"), Rc::from("__step"), Rc::from("task_wakeup")];
}

fn name(i: usize) -> Rc<str> {
    NAMES.with(|n| n[i].clone())
}

const CONTEXT: usize = 0;
const STEP: usize = 1;
const WAKEUP: usize = 2;

fn types<R>(f: impl FnOnce(&Types) -> R) -> Option<R> {
    TYPES.with(|t| t.borrow().as_ref().map(f))
}

fn hook(vm: &Vm, name: &str) -> PyResult<Value> {
    HOOKS
        .with(|h| h.borrow().get(name).cloned())
        .ok_or_else(|| vm.system_error(format!("_asyncio: {name} was not set up")))
}

/// `_setup(**hooks)`: what the native types use from lib/asyncio.
fn setup(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    HOOKS.with(|h| {
        let mut h = h.borrow_mut();
        for (k, v) in a.kw {
            if let (Some(i), Value::Function(f)) = (
                ["loop_call_soon", "loop_get_debug"]
                    .iter()
                    .position(|n| **n == *k),
                &v,
            ) {
                LOOP_FNS.with(|l| l.borrow_mut()[i] = Some(f.clone()));
            }
            if let ("current_tasks", Value::Dict(d)) = (&*k, &v) {
                CURRENT_TASKS.with(|c| *c.borrow_mut() = Some(d.clone()));
            }
            h.insert(k.to_string(), v);
        }
    });
    Ok(Value::None)
}

// ---- errors ----

fn invalid_state(vm: &mut Vm, msg: &str) -> PyErr {
    match hook(vm, "InvalidStateError") {
        Ok(cls) => match vm.call(&cls, vec![Value::str(msg)]) {
            Ok(e) | Err(e) => e,
        },
        Err(e) => e,
    }
}

fn not_initialized(vm: &Vm) -> PyErr {
    vm.new_error("RuntimeError", "Future object is not initialized.")
}

fn set_traceback(exc: &Value, tb: Value) {
    if let Value::Instance(i) = exc {
        if let Some(d) = i.exc() {
            d.borrow_mut().traceback = tb;
        }
    }
}

// ---- access ----

fn fut_of(vm: &Vm, v: Option<&Value>, what: &str) -> PyResult<Rc<Fut>> {
    match v.and_then(native::data_of::<Fut>) {
        Some(f) => Ok(f),
        None => {
            let got = v.map_or("nothing".into(), |v| vm.type_name(v));
            Err(vm.type_error(format!(
                "descriptor '{what}' for '_asyncio.Future' objects doesn't apply to a '{got}' object"
            )))
        }
    }
}

fn task_of(vm: &Vm, v: Option<&Value>, what: &str) -> PyResult<Rc<Fut>> {
    match v.and_then(native::data_of::<Fut>) {
        Some(f) if f.s.borrow().task.is_some() => Ok(f),
        _ => {
            let got = v.map_or("nothing".into(), |v| vm.type_name(v));
            Err(vm.type_error(format!(
                "descriptor '{what}' for '_asyncio.Task' objects doesn't apply to a '{got}' object"
            )))
        }
    }
}

/// `self` of a method, initialized (`ENSURE_FUTURE_ALIVE`).
fn alive(vm: &Vm, a: &Args, what: &str) -> PyResult<(Rc<Fut>, Value)> {
    let f = fut_of(vm, a.pos.first(), what)?;
    match f.loop_() {
        Some(l) => Ok((f, l)),
        None => Err(not_initialized(vm)),
    }
}

/// Is `v` exactly a `_asyncio.Future` or `_asyncio.Task` (not a subclass)?
fn is_exact(v: &Value) -> bool {
    let Value::Instance(i) = v else { return false };
    let cls = i.class();
    types(|t| Rc::ptr_eq(&cls, &t.future) || Rc::ptr_eq(&cls, &t.task)).unwrap_or(false)
}

/// Arguments of a native method as Argument Clinic parses them: up to `npos` positional
/// ones (`exact`: exactly `npos`, keyword-only `names` after them), each name in `names`
/// at most once, no others.
fn kwargs(
    vm: &Vm,
    a: &mut Args,
    fname: &str,
    names: &[&str],
    npos: usize,
    exact: bool,
) -> PyResult<Vec<Option<Value>>> {
    let given = a.pos.len().saturating_sub(1);
    if given > npos || (exact && given < npos && a.kw.is_empty()) {
        let s = if npos == 1 { "" } else { "s" };
        return Err(vm.type_error(match (npos, exact) {
            (0, _) => format!("{fname}() takes no positional arguments"),
            (_, true) => {
                format!("{fname}() takes exactly {npos} positional argument{s} ({given} given)")
            }
            (_, false) => format!("{fname}() takes at most {npos} argument{s} ({given} given)"),
        }));
    }
    let nkw = a.kw.len();
    let room = if exact {
        names.len()
    } else {
        names.len() + npos - given
    };
    if nkw > room && !a.kw.iter().any(|(k, _)| !names.contains(&&**k)) {
        let s = if room == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{fname}() takes at most {room} keyword argument{s} ({nkw} given)"
        )));
    }
    let mut out = vec![None; names.len()];
    for (k, v) in std::mem::take(&mut a.kw) {
        match names.iter().position(|n| **n == *k) {
            Some(i) if out[i].is_none() => out[i] = Some(v),
            Some(_) => {
                return Err(
                    vm.type_error(format!("{fname}() got multiple values for argument '{k}'"))
                )
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    Ok(out)
}

/// `loop.call_soon(func, *arg, context=ctx)`.
fn call_soon(
    vm: &mut Vm,
    loop_: &Value,
    func: Value,
    arg: Option<Value>,
    ctx: Option<Value>,
) -> PyResult<()> {
    if call_soon_fast(vm, loop_, &func, &arg, &ctx)?.is_some() {
        return Ok(());
    }
    let cs = vm.getattr(loop_, "call_soon")?;
    let mut pos = vec![func];
    pos.extend(arg);
    let kw = match ctx {
        Some(c) => vec![(name(CONTEXT), c)],
        None => Vec::new(),
    };
    vm.call_args(
        &cs,
        Args {
            pos: pos.into(),
            kw,
        },
    )?;
    Ok(())
}

// ---- the Future part (future_* in _asynciomodule.c) ----

/// A done-callback entry as Python sees it. A Task waiting on a future is stored as
/// `(Value::Null, task)` and becomes its bound `task_wakeup` with the task's context only
/// when the callback is scheduled or `_callbacks` / `remove_done_callback` look at it: a
/// suspended task holds no method object (CPython's `PyCFunction` of `task_wakeup`, made
/// per await).
fn real_callback(vm: &Vm, cb: Value, ctx: Value) -> (Value, Value) {
    if !matches!(cb, Value::Null) {
        return (cb, ctx);
    }
    let tctx = native::data_of::<Fut>(&ctx)
        .and_then(|t| {
            let s = t.s.try_borrow().ok()?;
            s.task.as_ref().map(|p| p.context.clone())
        })
        .unwrap_or(Value::None);
    (bound(vm, &ctx, WAKEUP, wakeup_cb, None), tctx)
}

/// Replace the task entries of `f`'s callbacks by their real callables (kept, so reading
/// `_callbacks` twice gives the same method object, as in CPython).
fn realize_callbacks(vm: &Vm, f: &Fut) {
    let mut s = f.s.borrow_mut();
    if let Callbacks::Waiter(_) = s.callbacks {
        let v = s.callbacks.take().into_vec();
        s.callbacks = Callbacks::List(v);
    }
    let Callbacks::List(v) = &mut s.callbacks else {
        return;
    };
    if !v.iter().any(|(cb, _)| matches!(cb, Value::Null)) {
        return;
    }
    for e in v.iter_mut() {
        if matches!(e.0, Value::Null) {
            let (cb, ctx) = std::mem::replace(e, (Value::None, Value::None));
            *e = real_callback(vm, cb, ctx);
        }
    }
}

/// `future_schedule_callbacks`: every waiting callback becomes a Handle, in order.
fn schedule_callbacks(vm: &mut Vm, me: &Value, f: &Fut) -> PyResult<()> {
    let (waiting, loop_) = {
        let mut s = f.s.borrow_mut();
        (s.callbacks.take(), s.loop_.clone())
    };
    let Some(loop_) = loop_ else { return Ok(()) };
    let waiting = match waiting {
        Callbacks::Waiter(task) => {
            let (cb, ctx) = real_callback(vm, Value::Null, task);
            return call_soon(vm, &loop_, cb, Some(me.clone()), Some(ctx));
        }
        Callbacks::List(v) => v,
    };
    for (cb, ctx) in waiting {
        let (cb, ctx) = real_callback(vm, cb, ctx);
        call_soon(vm, &loop_, cb, Some(me.clone()), Some(ctx))?;
    }
    Ok(())
}

/// `future_init`: (re)set every field; the loop is the given one or `get_event_loop()`.
fn future_init(vm: &mut Vm, f: &Fut, loop_: Value) -> PyResult<()> {
    let old = {
        let mut s = f.s.borrow_mut();
        let task = s.task.take();
        std::mem::replace(&mut *s, State::pending(task))
    };
    drop(old);
    let loop_ = if loop_.is_none() {
        let gel = hook(vm, "get_event_loop")?;
        vm.call(&gel, vec![])?
    } else {
        loop_
    };
    f.s.borrow_mut().loop_ = Some(loop_.clone());
    let debug = loop_debug(vm, &loop_)?;
    if debug {
        let st = hook(vm, "source_traceback")?;
        let tb = vm.call(&st, vec![])?;
        f.s.borrow_mut().rare_mut().source_tb = tb;
    }
    Ok(())
}

/// `create_cancelled_error`: the CancelledError a Task caught (once), else a new one.
fn cancelled_error(vm: &mut Vm, f: &Fut) -> PyErr {
    let (saved, msg) = {
        let mut s = f.s.borrow_mut();
        let saved = s.rare.as_mut().and_then(|r| r.cancelled_exc.take());
        (saved, s.cancel_msg())
    };
    if let Some(e) = saved {
        return e;
    }
    let cls = match hook(vm, "CancelledError") {
        Ok(c) => c,
        Err(e) => return e,
    };
    let args = if msg.is_none() { vec![] } else { vec![msg] };
    match vm.call(&cls, args) {
        Ok(e) | Err(e) => e,
    }
}

/// The outcome of a done future (`future_get_result`): Ok(Ok(result)), Ok(Err(exception))
/// with its traceback as it was set; a pending or cancelled one raises.
fn get_result(vm: &mut Vm, f: &Fut) -> PyResult<Result<Value, Value>> {
    let state = f.state();
    if state == CANCELLED {
        return Err(cancelled_error(vm, f));
    }
    if state != FINISHED {
        return Err(invalid_state(vm, "Result is not set."));
    }
    let mut s = f.s.borrow_mut();
    s.log_tb = false;
    if let Some(exc) = s.exception() {
        let tb = std::mem::replace(&mut s.rare_mut().exception_tb, Value::None);
        drop(s);
        set_traceback(&exc, tb);
        return Ok(Err(exc));
    }
    Ok(Ok(s.result.clone()))
}

fn set_result_impl(vm: &mut Vm, me: &Value, f: &Fut, result: Value) -> PyResult<()> {
    if f.loop_().is_none() {
        return Err(not_initialized(vm));
    }
    if f.state() != PENDING {
        return Err(invalid_state(vm, "invalid state"));
    }
    {
        let mut s = f.s.borrow_mut();
        s.result = result;
        s.state = FINISHED;
    }
    schedule_callbacks(vm, me, f)
}

fn set_exception_impl(vm: &mut Vm, me: &Value, f: &Fut, exc: Value) -> PyResult<()> {
    if f.loop_().is_none() {
        return Err(not_initialized(vm));
    }
    if f.state() != PENDING {
        return Err(invalid_state(vm, "invalid state"));
    }
    let exc = match &exc {
        Value::Type(t) if vm.is_exception_type(t) => {
            let e = vm.call(&exc, vec![])?;
            if f.state() != PENDING {
                return Err(invalid_state(vm, "invalid state"));
            }
            e
        }
        _ => exc,
    };
    if !vm.is_exception_instance(&exc) {
        return Err(vm.type_error("invalid exception object"));
    }
    let stop = vm.exc_type("StopIteration");
    if Rc::ptr_eq(&vm.type_of(&exc), &stop) {
        return Err(vm.type_error(
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        ));
    }
    {
        let mut s = f.s.borrow_mut();
        let r = s.rare_mut();
        r.exception_tb = crate::objects::exceptions::get_traceback(&exc);
        r.exception = Some(exc);
        s.state = FINISHED;
    }
    schedule_callbacks(vm, me, f)?;
    f.s.borrow_mut().log_tb = true;
    Ok(())
}

fn cancel_impl(vm: &mut Vm, me: &Value, f: &Fut, msg: Value) -> PyResult<bool> {
    {
        let mut s = f.s.borrow_mut();
        s.log_tb = false;
        if s.state != PENDING {
            return Ok(false);
        }
        s.state = CANCELLED;
        if s.rare.is_some() || !msg.is_none() {
            s.rare_mut().cancel_msg = msg;
        }
    }
    schedule_callbacks(vm, me, f)?;
    Ok(true)
}

fn add_callback_impl(
    vm: &mut Vm,
    me: &Value,
    f: &Fut,
    loop_: &Value,
    cb: Value,
    ctx: Value,
) -> PyResult<()> {
    if f.state() != PENDING {
        let (cb, ctx) = real_callback(vm, cb, ctx);
        return call_soon(vm, loop_, cb, Some(me.clone()), Some(ctx));
    }
    f.s.borrow_mut().callbacks.push(cb, ctx);
    Ok(())
}

/// `PyContext_CopyCurrent`.
fn copy_context(vm: &mut Vm) -> PyResult<Value> {
    crate::modules::contextvars::copy_context(vm, Args::new(vec![]))
}

// ---- Future methods ----

fn f_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Type(cls)) = a.pos.first() else {
        return Err(vm.type_error("Future.__new__(X): X is not a type object"));
    };
    let cls = cls.clone();
    let (is_fut, is_task) =
        types(|t| (cls.is_subtype(&t.future), cls.is_subtype(&t.task))).unwrap_or((false, false));
    if !is_fut {
        let n = cls.name();
        return Err(vm.type_error(format!(
            "_asyncio.Future.__new__({n}): {n} is not a subtype of _asyncio.Future"
        )));
    }
    Ok(native::new_object(vm, &cls, Rc::new(Fut::new(is_task))))
}

fn f_init(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let f = fut_of(vm, a.pos.first(), "__init__")?;
    let [loop_] = &kwargs(vm, &mut a, "Future", &["loop"], 0, false)?[..] else {
        unreachable!()
    };
    future_init(vm, &f, loop_.clone().unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn f_result(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "Future.", "result", 0)?;
    let f = fut_of(vm, a.pos.first(), "result")?;
    if f.loop_().is_none() {
        return Err(invalid_state(vm, "Future object is not initialized."));
    }
    get_result(vm, &f)?
}

fn f_exception(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "Future.", "exception", 0)?;
    let f = fut_of(vm, a.pos.first(), "exception")?;
    if f.loop_().is_none() {
        return Err(invalid_state(vm, "Future object is not initialized."));
    }
    match f.state() {
        CANCELLED => Err(cancelled_error(vm, &f)),
        FINISHED => {
            let mut s = f.s.borrow_mut();
            s.log_tb = false;
            Ok(s.exception().unwrap_or(Value::None))
        }
        _ => Err(invalid_state(vm, "Exception is not set.")),
    }
}

fn f_set_result(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "Future.", "set_result", 1)?;
    let f = fut_of(vm, a.pos.first(), "set_result")?;
    set_result_impl(vm, &a.pos[0], &f, a.pos[1].clone())?;
    Ok(Value::None)
}

fn f_set_exception(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "Future.", "set_exception", 1)?;
    let f = fut_of(vm, a.pos.first(), "set_exception")?;
    set_exception_impl(vm, &a.pos[0], &f, a.pos[1].clone())?;
    Ok(Value::None)
}

fn f_cancel(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let (f, _) = alive(vm, &a, "cancel")?;
    let kw = kwargs(vm, &mut a, "cancel", &["msg"], 1, false)?;
    let msg = a
        .pos
        .get(1)
        .cloned()
        .or(kw[0].clone())
        .unwrap_or(Value::None);
    Ok(Value::Bool(cancel_impl(vm, &a.pos[0], &f, msg)?))
}

fn f_cancelled(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "Future.", "cancelled", 0)?;
    let f = fut_of(vm, a.pos.first(), "cancelled")?;
    let s = f.s.borrow();
    Ok(Value::Bool(s.loop_.is_some() && s.state == CANCELLED))
}

fn f_done(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "Future.", "done", 0)?;
    let f = fut_of(vm, a.pos.first(), "done")?;
    let s = f.s.borrow();
    Ok(Value::Bool(s.loop_.is_some() && s.state != PENDING))
}

fn f_get_loop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "Future.", "get_loop", 0)?;
    Ok(alive(vm, &a, "get_loop")?.1)
}

fn f_add_done_callback(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let (f, loop_) = alive(vm, &a, "add_done_callback")?;
    let kw = kwargs(vm, &mut a, "add_done_callback", &["context"], 1, true)?;
    let Some(cb) = a.pos.get(1).cloned() else {
        return Err(vm.type_error("add_done_callback() missing required positional argument: 'fn'"));
    };
    let ctx = match kw[0].clone() {
        Some(c) if !c.is_none() => c,
        _ => copy_context(vm)?,
    };
    add_callback_impl(vm, &a.pos[0], &f, &loop_, cb, ctx)?;
    Ok(Value::None)
}

fn f_remove_done_callback(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "Future.", "remove_done_callback", 1)?;
    let (f, _) = alive(vm, &a, "remove_done_callback")?;
    let target = &a.pos[1];
    realize_callbacks(vm, &f);
    let waiting: Vec<(Value, Value)> = f.s.borrow().callbacks.to_vec();
    let mut kept = Vec::with_capacity(waiting.len());
    let mut removed = 0;
    for (cb, ctx) in waiting {
        if cb.is(target) || vm.eq(&cb, target)? {
            removed += 1;
        } else {
            kept.push((cb, ctx));
        }
    }
    if removed > 0 {
        let old = std::mem::replace(&mut f.s.borrow_mut().callbacks, Callbacks::List(kept));
        drop(old);
    }
    Ok(Value::Int(removed))
}

fn f_make_cancelled_error(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "Future.", "_make_cancelled_error", 0)?;
    let f = fut_of(vm, a.pos.first(), "_make_cancelled_error")?;
    Ok(cancelled_error(vm, &f))
}

fn new_iter(vm: &mut Vm, a: &Args, what: &str) -> PyResult<Value> {
    fut_of(vm, a.pos.first(), what)?;
    let Some(t) = types(|t| t.iter.clone()) else {
        return Err(vm.system_error("_asyncio is not initialized"));
    };
    let it = FutIter {
        future: RefCell::new(Some(a.pos[0].clone())),
    };
    Ok(native::new_object(vm, &t, Rc::new(it)))
}

fn f_await(vm: &mut Vm, a: Args) -> PyResult<Value> {
    new_iter(vm, &a, "__await__")
}

fn f_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    new_iter(vm, &a, "__iter__")
}

fn call_handler(vm: &mut Vm, loop_: &Value, context: Vec<(&str, Value)>) -> PyResult<()> {
    let d = vm.new_dict();
    for (k, v) in context {
        d.borrow_mut().set_str(k, v);
    }
    vm.call_method(loop_, "call_exception_handler", vec![Value::Dict(d)])?;
    Ok(())
}

/// `FutureObj_finalize`: an exception nobody retrieved is reported to the loop.
fn future_finalize(vm: &mut Vm, me: &Value, f: &Fut) -> PyResult<()> {
    let (exc, loop_, source) = {
        let mut s = f.s.borrow_mut();
        if !s.log_tb {
            return Ok(());
        }
        let (Some(exc), Some(l)) = (s.exception(), s.loop_.clone()) else {
            return Ok(());
        };
        s.log_tb = false;
        (exc, l, s.source_tb())
    };
    let name = vm.type_of(me).name();
    let mut ctx = vec![
        (
            "message",
            Value::str(&format!("{name} exception was never retrieved")),
        ),
        ("exception", exc),
        ("future", me.clone()),
    ];
    if !source.is_none() {
        ctx.push(("source_traceback", source));
    }
    call_handler(vm, &loop_, ctx)
}

fn f_del(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = fut_of(vm, a.pos.first(), "__del__")?;
    future_finalize(vm, &a.pos[0], &f)?;
    Ok(Value::None)
}

fn f_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    fut_of(vm, a.pos.first(), "__repr__")?;
    let h = hook(vm, "future_repr")?;
    vm.call(&h, vec![a.pos[0].clone()])
}

fn f_class_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let item = a.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(crate::objects::typecall::generic_alias(
        vm, &a.pos[0], &item,
    ))
}

// ---- Future attributes ----

fn readonly(vm: &Vm, a: &Args, name: &str) -> PyErr {
    let tn = a.pos.first().map_or("?".into(), |v| vm.type_name(v));
    vm.attribute_error(format!(
        "attribute '{name}' of '{tn}' objects is not writable"
    ))
}

fn g_state(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (f, _) = alive(vm, &a, "_state")?;
    Ok(Value::str(match f.state() {
        PENDING => "PENDING",
        CANCELLED => "CANCELLED",
        _ => "FINISHED",
    }))
}

fn g_callbacks(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (f, _) = alive(vm, &a, "_callbacks")?;
    realize_callbacks(vm, &f);
    let s = f.s.borrow();
    if s.callbacks.is_empty() {
        return Ok(Value::None);
    }
    let items = s
        .callbacks
        .to_vec()
        .into_iter()
        .map(|(cb, ctx)| Value::tuple(vec![cb, ctx]))
        .collect();
    drop(s);
    Ok(Value::list(items))
}

fn g_result(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (f, _) = alive(vm, &a, "_result")?;
    let r = f.s.borrow().result.clone();
    Ok(r)
}

fn g_exception(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (f, _) = alive(vm, &a, "_exception")?;
    let e = f.s.borrow().exception();
    Ok(e.unwrap_or(Value::None))
}

fn g_loop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = fut_of(vm, a.pos.first(), "_loop")?;
    Ok(f.loop_().unwrap_or(Value::None))
}

fn g_source_traceback(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = fut_of(vm, a.pos.first(), "_source_traceback")?;
    let v = f.s.borrow().source_tb();
    Ok(v)
}

fn g_log_traceback(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (f, _) = alive(vm, &a, "_log_traceback")?;
    let v = f.s.borrow().log_tb;
    Ok(Value::Bool(v))
}

fn s_log_traceback(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = fut_of(vm, a.pos.first(), "_log_traceback")?;
    let Some(v) = a.pos.get(1) else {
        return Err(vm.attribute_error("cannot delete attribute"));
    };
    if vm.truthy(v)? {
        return Err(vm.value_error("_log_traceback can only be set to False"));
    }
    f.s.borrow_mut().log_tb = false;
    Ok(Value::None)
}

fn g_cancel_message(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = fut_of(vm, a.pos.first(), "_cancel_message")?;
    let v = f.s.borrow().cancel_msg();
    Ok(v)
}

fn s_cancel_message(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = fut_of(vm, a.pos.first(), "_cancel_message")?;
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    let old = std::mem::replace(&mut f.s.borrow_mut().rare_mut().cancel_msg, v);
    drop(old);
    Ok(Value::None)
}

fn g_blocking(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = fut_of(vm, a.pos.first(), "_asyncio_future_blocking")?;
    let v = f.s.borrow().blocking;
    Ok(Value::Bool(v))
}

fn s_blocking(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = fut_of(vm, a.pos.first(), "_asyncio_future_blocking")?;
    let Some(v) = a.pos.get(1) else {
        return Err(vm.attribute_error("cannot delete attribute"));
    };
    let b = vm.truthy(v)?;
    f.s.borrow_mut().blocking = b;
    Ok(Value::None)
}

// ---- FutureIter ----

fn iter_of(vm: &Vm, a: &Args) -> PyResult<Rc<FutIter>> {
    a.pos
        .first()
        .and_then(native::data_of::<FutIter>)
        .ok_or_else(|| vm.type_error("expected a FutureIter"))
}

/// `FutureIter_am_send`: a pending future is yielded once (flagged as blocking, for the
/// Task); when it is done, its result is returned (`PYGEN_RETURN`: no StopIteration made)
/// or its exception raised.
fn iter_am_send(vm: &mut Vm, it: &FutIter) -> PyResult<GenResult> {
    let Some(fut) = it.future.borrow().clone() else {
        return Ok(GenResult::Return(Value::None));
    };
    let Some(f) = native::data_of::<Fut>(&fut) else {
        return Ok(GenResult::Return(Value::None));
    };
    {
        let mut s = f.s.borrow_mut();
        if s.state == PENDING {
            if !s.blocking {
                s.blocking = true;
                drop(s);
                return Ok(GenResult::Yield(fut));
            }
            drop(s);
            return Err(vm.new_error("RuntimeError", "await wasn't used with future"));
        }
    }
    let old = it.future.borrow_mut().take();
    drop(old);
    if f.loop_().is_none() {
        return Err(invalid_state(vm, "Future object is not initialized."));
    }
    match get_result(vm, &f)? {
        Ok(v) => Ok(GenResult::Return(v)),
        Err(e) => Err(e),
    }
}

/// `FutureIter_iternext`: as `iter_am_send`, the return value raised as StopIteration.
fn iter_send_impl(vm: &mut Vm, it: &FutIter) -> PyResult<Value> {
    match iter_am_send(vm, it)? {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

/// `future.__await__()` for a native Future or Task (not a subclass, which may override
/// it): GET_AWAITABLE makes the FutureIter without looking the method up and calling it.
pub(crate) fn future_await_iter(vm: &Vm, v: &Value) -> Option<Value> {
    if !is_exact(v) {
        return None;
    }
    let t = types(|t| t.iter.clone())?;
    let it = FutIter {
        future: RefCell::new(Some(v.clone())),
    };
    Some(native::new_object(vm, &t, Rc::new(it)))
}

/// SEND of None to `receiver` when it is a FutureIter (`await future`): what it yields or
/// returns, without the StopIteration `__next__` would make for a done future (the
/// `am_send` slot CPython's `PyIter_Send` uses). `None` for any other receiver.
pub(crate) fn future_iter_send(vm: &mut Vm, receiver: &Value) -> Option<PyResult<GenResult>> {
    let it = native::data_of::<FutIter>(receiver)?;
    Some(iter_am_send(vm, &it))
}

fn it_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let it = iter_of(vm, &a)?;
    iter_send_impl(vm, &it)
}

fn it_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "", "send", 1)?;
    let it = iter_of(vm, &a)?;
    iter_send_impl(vm, &it)
}

/// `FutureIter_throw(type[, value[, tb]])`: the exception is raised here, as a generator
/// without a handler would.
fn it_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    iter_of(vm, &a)?;
    let rest = &a.pos[1.min(a.pos.len())..];
    Err(crate::generator::throw_args(vm, rest)?)
}

fn it_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let it = iter_of(vm, &a)?;
    let old = it.future.borrow_mut().take();
    drop(old);
    Ok(Value::None)
}

fn it_iter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos[0].clone())
}

// ---- the Task part (task_* in _asynciomodule.c) ----

fn task_part<R>(f: &Fut, get: impl FnOnce(&mut TaskPart) -> R) -> R {
    let mut s = f.s.borrow_mut();
    get(s.task.as_mut().expect("a Task's data"))
}

fn current_tasks(vm: &Vm) -> PyResult<DictRef> {
    if let Some(d) = CURRENT_TASKS.with(|c| c.borrow().clone()) {
        return Ok(d);
    }
    match hook(vm, "current_tasks")? {
        Value::Dict(d) => Ok(d),
        _ => Err(vm.system_error("_asyncio: current_tasks is not a dict")),
    }
}

/// Where `loop_` (whose hash is `h`) is in `_current_tasks`: the common cases (the loop
/// itself, an empty dict) decided without Python code.
fn find_loop(vm: &mut Vm, d: &DictRef, loop_: &Value, h: i64) -> PyResult<Option<usize>> {
    {
        let dict = d.borrow();
        if let Some(p) = dict.find_fast(h, loop_) {
            return Ok(Some(p));
        }
        if dict.is_empty() {
            return Ok(None);
        }
    }
    vm.dict_find(d, loop_, h)
}

thread_local! {
    /// A class whose instances hash by identity (no `__hash__` along its MRO but object's),
    /// with the `watched_epoch` it was seen at.
    static ID_HASH_CLASS: RefCell<Option<(std::rc::Weak<Type>, u64)>> = const { RefCell::new(None) };
}

/// `hash(loop)` for `_current_tasks`, read off the object's identity when its class is one
/// seen hashing by identity since the last change to a class dict (`Vm::hash` looked
/// `__hash__` up along the loop class's MRO on every task step).
fn loop_hash(vm: &mut Vm, loop_: &Value) -> PyResult<i64> {
    if let Value::Instance(i) = loop_ {
        if i.with_base(|b| b.is_none()) {
            let cls = i.class();
            let known = ID_HASH_CLASS.with(|p| {
                matches!(&*p.borrow(), Some((w, e)) if std::ptr::eq(w.as_ptr(), Rc::as_ptr(&cls))
                    && *e == watched_epoch())
            });
            if known {
                return Ok((loop_.id() >> 4) as i64);
            }
            let by_identity = !matches!(
                cls.lookup("__hash__"),
                None | Some(Value::None) | Some(Value::Function(_)) | Some(Value::Method(_))
            ) && !Rc::ptr_eq(&cls, &vm.types.memoryview);
            if by_identity {
                let epoch = crate::eval::cache::type_stamp(&cls);
                ID_HASH_CLASS.with(|p| *p.borrow_mut() = Some((Rc::downgrade(&cls), epoch)));
            }
        }
    }
    vm.hash(loop_)
}

/// `_enter_task(loop, task)`; `h` is the loop's hash.
fn enter_task(vm: &mut Vm, loop_: &Value, h: i64, task: &Value) -> PyResult<()> {
    let d = current_tasks(vm)?;
    if let Some(p) = find_loop(vm, &d, loop_, h)? {
        let running = d.borrow().entry(p).map(|e| e.value.clone());
        let running = running.unwrap_or(Value::None);
        let t = vm.repr(task)?;
        let r = vm.repr(&running)?;
        return Err(vm.new_error(
            "RuntimeError",
            format!("Cannot enter into task {t} while another task {r} is being executed."),
        ));
    }
    d.borrow_mut().push(h, loop_.clone(), task.clone());
    Ok(())
}

/// `_leave_task(loop, task)`; `h` is the loop's hash.
fn leave_task(vm: &mut Vm, loop_: &Value, h: i64, task: &Value) -> PyResult<()> {
    let d = current_tasks(vm)?;
    let pos = find_loop(vm, &d, loop_, h)?;
    let running = pos
        .and_then(|p| d.borrow().entry(p).map(|e| e.value.clone()))
        .unwrap_or(Value::None);
    let Some(p) = pos.filter(|_| running.is(task)) else {
        let t = vm.repr(task)?;
        let r = vm.repr(&running)?;
        return Err(vm.new_error(
            "RuntimeError",
            format!("Leaving task {t} does not match the current task {r}."),
        ));
    };
    let old = d.borrow_mut().remove_at(p);
    drop(old);
    Ok(())
}

/// A method-like callable bound to `task` (its qualname reads `Task.<name>`).
fn bound(vm: &Vm, task: &Value, which: usize, func: NativeFn, data: Option<Value>) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name: name(which),
        func,
        kind: BuiltinKind::Method,
        bound: Some(task.clone()),
        owner: Some(vm.type_of(task).name()),
        data,
        module: Default::default(),
        c_units: Default::default(),
        spec: None,
    }))
}

/// `task_call_step_soon`: the next step (throwing `exc` when given) goes to the ready queue.
fn call_step_soon(vm: &mut Vm, task: &Value, f: &Fut, exc: Option<Value>) -> PyResult<()> {
    let (loop_, ctx) = {
        let s = f.s.borrow();
        let ctx = s.task.as_ref().map_or(Value::None, |t| t.context.clone());
        (s.loop_.clone(), ctx)
    };
    let Some(loop_) = loop_ else {
        return Err(not_initialized(vm));
    };
    let step = match exc {
        None => bound(vm, task, STEP, step_cb, None),
        Some(e) => bound(vm, task, STEP, step_exc_cb, Some(e)),
    };
    call_soon(vm, &loop_, step, None, Some(ctx))
}

fn step_cb(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let task = a.pos[0].clone();
    task_step(vm, &task, None)?;
    Ok(Value::None)
}

/// The step callable with an exception to throw: `data` (the exception) comes first.
fn step_exc_cb(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let exc = a.pos[0].clone();
    let task = a.pos[1].clone();
    task_step(vm, &task, Some(exc))?;
    Ok(Value::None)
}

/// `task_step`: the step with the task entered as the loop's current one.
fn task_step(vm: &mut Vm, task: &Value, exc: Option<Value>) -> PyResult<()> {
    let f = task_of(vm, Some(task), "__step")?;
    let Some(loop_) = f.loop_() else {
        return Err(not_initialized(vm));
    };
    let h = loop_hash(vm, &loop_)?;
    enter_task(vm, &loop_, h, task)?;
    let r = task_step_impl(vm, task, &f, exc);
    match r {
        Ok(()) => leave_task(vm, &loop_, h, task),
        Err(e) => {
            let _ = leave_task(vm, &loop_, h, task);
            Err(e)
        }
    }
}

fn runtime_error_soon(vm: &mut Vm, task: &Value, f: &Fut, msg: String) -> PyResult<()> {
    let e = vm.new_error("RuntimeError", msg);
    call_step_soon(vm, task, f, Some(e))
}

/// `task_step_impl`: resume the coroutine (send None or throw `exc`) and act on what it
/// did: finished, raised, yielded a future to wait on, or yielded None (bare yield).
fn task_step_impl(vm: &mut Vm, task: &Value, f: &Fut, exc: Option<Value>) -> PyResult<()> {
    if f.state() != PENDING {
        let t = vm.repr(task)?;
        let e = match &exc {
            Some(e) => vm.repr(e)?,
            None => Rc::from("None"),
        };
        return Err(invalid_state(
            vm,
            &format!("_step(): already done: {t} {e}"),
        ));
    }
    let mut exc = exc;
    if task_part(f, |t| t.must_cancel) {
        let cancelled_cls = hook(vm, "CancelledError")?;
        let is_cancel = match &exc {
            Some(e) => vm.isinstance(e, &cancelled_cls)?,
            None => false,
        };
        if !is_cancel {
            exc = Some(cancelled_error(vm, f));
        }
        task_part(f, |t| t.must_cancel = false);
    }
    let (coro, old_waiter) = task_part(f, |t| {
        (
            t.coro.clone(),
            std::mem::replace(&mut t.fut_waiter, Value::None),
        )
    });
    drop(old_waiter);
    if coro.is_none() {
        return Err(vm.new_error("RuntimeError", "uninitialized Task object"));
    }
    // Resume the coroutine: Ok(Ok(yielded)), Ok(Err(returned)), or Err(raised).
    let outcome: PyResult<Result<Value, Value>> = match (&coro, exc) {
        (Value::Generator(g), None) => match vm.gen_send(g, Value::None) {
            Ok(crate::generator::GenResult::Yield(v)) => Ok(Ok(v)),
            Ok(crate::generator::GenResult::Return(v)) => Ok(Err(v)),
            Err(e) => Err(e),
        },
        (Value::Generator(g), Some(e)) => match vm.gen_throw(g, e) {
            Ok(crate::generator::GenResult::Yield(v)) => Ok(Ok(v)),
            Ok(crate::generator::GenResult::Return(v)) => Ok(Err(v)),
            Err(e) => Err(e),
        },
        (_, e) => {
            let r = match e {
                None => vm.call_method(&coro, "send", vec![Value::None]),
                Some(e) => vm.call_method(&coro, "throw", vec![e]),
            };
            match r {
                Ok(v) => Ok(Ok(v)),
                Err(e) if vm.err_is(&e, "StopIteration") => {
                    Ok(Err(crate::objects::exceptions::stop_iteration_value(&e)))
                }
                Err(e) => Err(e),
            }
        }
    };
    let result = match outcome {
        Ok(Err(value)) => {
            // The coroutine returned.
            if task_part(f, |t| std::mem::replace(&mut t.must_cancel, false)) {
                // Cancelled right before the coroutine stopped: the cancellation wins.
                let msg = f.s.borrow().cancel_msg();
                cancel_impl(vm, task, f, msg)?;
            } else {
                set_result_impl(vm, task, f, value)?;
            }
            return Ok(());
        }
        Err(error) => {
            let cancelled_cls = hook(vm, "CancelledError")?;
            if vm.isinstance(&error, &cancelled_cls)? {
                f.s.borrow_mut().rare_mut().cancelled_exc = Some(error);
                cancel_impl(vm, task, f, Value::None)?;
                return Ok(());
            }
            set_exception_impl(vm, task, f, error.clone())?;
            if vm.err_is(&error, "KeyboardInterrupt") || vm.err_is(&error, "SystemExit") {
                return Err(error);
            }
            return Ok(());
        }
        Ok(Ok(yielded)) => yielded,
    };
    let loop_ = f.loop_().unwrap_or(Value::None);
    if result.is(task) {
        let t = vm.repr(task)?;
        return runtime_error_soon(vm, task, f, format!("Task cannot await on itself: {t}"));
    }
    if is_exact(&result) {
        let Some(rf) = native::data_of::<Fut>(&result) else {
            return Ok(());
        };
        let (rloop, blocking) = {
            let s = rf.s.borrow();
            (s.loop_.clone().unwrap_or(Value::None), s.blocking)
        };
        if !rloop.is(&loop_) {
            return different_loop(vm, task, f, &result);
        }
        if !blocking {
            return yield_instead(vm, task, f, &result);
        }
        rf.s.borrow_mut().blocking = false;
        // The task's `task_wakeup` with its context, made only if it is looked at.
        add_callback_impl(vm, &result, &rf, &rloop, Value::Null, task.clone())?;
        return subscribed(vm, task, f, result);
    }
    if result.is_none() {
        // A bare yield (sleep(0)): step again behind everything already ready.
        return call_step_soon(vm, task, f, None);
    }
    let blocking = match vm.getattr(&result, "_asyncio_future_blocking") {
        Ok(v) => Some(v),
        Err(e) if vm.err_is(&e, "AttributeError") => None,
        Err(e) => return Err(e),
    };
    if let Some(b) = blocking.filter(|b| !b.is_none()) {
        let blocking = vm.truthy(&b)?;
        let rloop = get_future_loop(vm, &result)?;
        if !rloop.is(&loop_) {
            return different_loop(vm, task, f, &result);
        }
        if !blocking {
            return yield_instead(vm, task, f, &result);
        }
        vm.setattr(&result, "_asyncio_future_blocking", Value::Bool(false))?;
        let wakeup = bound(vm, task, WAKEUP, wakeup_cb, None);
        let ctx = task_part(f, |t| t.context.clone());
        let add = vm.getattr(&result, "add_done_callback")?;
        vm.call_args(
            &add,
            Args {
                pos: vec![wakeup].into(),
                kw: vec![(name(CONTEXT), ctx)],
            },
        )?;
        return subscribed(vm, task, f, result);
    }
    let is_gen = matches!(&result, Value::Generator(g)
        if g.kind == crate::objects::generator::GenKind::Generator);
    let t = vm.repr(task)?;
    let r = vm.repr(&result)?;
    let msg = if is_gen {
        format!("yield was used instead of yield from for generator in task {t} with {r}")
    } else {
        format!("Task got bad yield: {r}")
    };
    runtime_error_soon(vm, task, f, msg)
}

/// The task now waits on `fut`; a cancellation requested meanwhile goes to it.
fn subscribed(vm: &mut Vm, _task: &Value, f: &Fut, fut: Value) -> PyResult<()> {
    let (must_cancel, msg) = {
        let mut s = f.s.borrow_mut();
        let msg = s.cancel_msg();
        let t = s.task.as_mut().expect("a Task's data");
        t.fut_waiter = fut.clone();
        (t.must_cancel, msg)
    };
    if must_cancel {
        let r = vm.call_method(&fut, "cancel", vec![msg])?;
        if vm.truthy(&r)? {
            task_part(f, |t| t.must_cancel = false);
        }
    }
    Ok(())
}

fn different_loop(vm: &mut Vm, task: &Value, f: &Fut, fut: &Value) -> PyResult<()> {
    let t = vm.repr(task)?;
    let r = vm.repr(fut)?;
    runtime_error_soon(
        vm,
        task,
        f,
        format!("Task {t} got Future {r} attached to a different loop"),
    )
}

fn yield_instead(vm: &mut Vm, task: &Value, f: &Fut, fut: &Value) -> PyResult<()> {
    let t = vm.repr(task)?;
    let r = vm.repr(fut)?;
    runtime_error_soon(
        vm,
        task,
        f,
        format!("yield was used instead of yield from in task {t} with {r}"),
    )
}

/// `get_future_loop` (`asyncio.futures._get_loop`).
fn get_future_loop(vm: &mut Vm, fut: &Value) -> PyResult<Value> {
    if let Some(f) = native::data_of::<Fut>(fut) {
        if is_exact(fut) {
            return Ok(f.loop_().unwrap_or(Value::None));
        }
    }
    match vm.getattr(fut, "get_loop") {
        Ok(m) => vm.call(&m, vec![]),
        Err(e) if vm.err_is(&e, "AttributeError") => vm.getattr(fut, "_loop"),
        Err(e) => Err(e),
    }
}

/// `task_wakeup(fut)`: the awaited future is done; step with its outcome.
fn wakeup_cb(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let task = a.pos[0].clone();
    let Some(fut) = a.pos.get(1).cloned() else {
        return Err(vm.type_error("task_wakeup() takes exactly one argument (0 given)"));
    };
    task_wakeup(vm, &task, &fut)?;
    Ok(Value::None)
}

fn task_wakeup(vm: &mut Vm, task: &Value, fut: &Value) -> PyResult<()> {
    let exc = match native::data_of::<Fut>(fut).filter(|_| is_exact(fut)) {
        Some(ff) => match get_result(vm, &ff) {
            Ok(Ok(_)) => None,
            Ok(Err(e)) | Err(e) => Some(e),
        },
        None => vm.call_method(fut, "result", vec![]).err(),
    };
    task_step(vm, task, exc)
}

fn is_coroutine(vm: &mut Vm, coro: &Value) -> PyResult<bool> {
    if let Value::Generator(g) = coro {
        if g.kind == crate::objects::generator::GenKind::Coroutine {
            return Ok(true);
        }
    }
    let h = hook(vm, "iscoroutine")?;
    let r = vm.call(&h, vec![coro.clone()])?;
    vm.truthy(&r)
}

// ---- Task methods ----

fn t_init(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let f = task_of(vm, a.pos.first(), "__init__")?;
    let me = a.pos[0].clone();
    if a.pos.len() > 2 {
        let n = a.pos.len() - 1;
        return Err(vm.type_error(format!(
            "Task() takes exactly 1 positional argument ({n} given)"
        )));
    }
    let kw = kwargs(
        vm,
        &mut a,
        "Task",
        &["coro", "loop", "name", "context", "eager_start"],
        1,
        false,
    )?;
    let coro = match (a.pos.get(1), &kw[0]) {
        (Some(c), None) => c.clone(),
        (None, Some(c)) => c.clone(),
        (Some(_), Some(_)) => {
            return Err(vm.type_error("argument for Task() given by name ('coro') and position (1)"))
        }
        (None, None) => {
            return Err(vm.type_error("Task() missing required argument 'coro' (pos 1)"))
        }
    };
    let arg = |i: usize| kw[i].clone().unwrap_or(Value::None);
    task_init(vm, &me, &f, coro, arg(1), arg(2), arg(3), kw[4].clone())?;
    Ok(Value::None)
}

/// `Task.__init__` once its arguments are sorted out.
#[allow(clippy::too_many_arguments)]
fn task_init(
    vm: &mut Vm,
    me: &Value,
    f: &Fut,
    coro: Value,
    loop_arg: Value,
    name: Value,
    context: Value,
    eager: Option<Value>,
) -> PyResult<()> {
    future_init(vm, f, loop_arg.clone())?;
    if !is_coroutine(vm, &coro)? {
        task_part(f, |t| t.log_destroy_pending = false);
        let r = vm.repr(&coro)?;
        return Err(vm.type_error(format!("a coroutine was expected, got {r}")));
    }
    let context = match context {
        Value::None => copy_context(vm)?,
        c => c,
    };
    let name = match name {
        Value::None => TASK_COUNTER.with(|c| {
            c.set(c.get() + 1);
            Value::Int(c.get())
        }),
        n @ Value::Str(_) => n,
        n => Value::Str(vm.str(&n)?),
    };
    let old = task_part(f, |t| {
        t.must_cancel = false;
        t.log_destroy_pending = true;
        t.num_cancels_requested = 0;
        (
            std::mem::replace(&mut t.fut_waiter, Value::None),
            std::mem::replace(&mut t.coro, coro),
            std::mem::replace(&mut t.context, context),
            std::mem::replace(&mut t.name, name),
        )
    });
    drop(old);
    let eager = match eager {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let loop_ = f.loop_().unwrap_or(Value::None);
    if eager {
        // The `loop` argument, as C's task_init asks it: without one (None) this raises
        // AttributeError in CPython 3.12 too, leaving the task unscheduled.
        let running = vm.call_method(&loop_arg, "is_running", vec![])?;
        if vm.truthy(&running)? {
            eager_start(vm, me, f, &loop_)?;
            return Ok(());
        }
    }
    call_step_soon(vm, me, f, None)?;
    register_task(me);
    Ok(())
}

/// `_asyncio._new_task(cls, coro, loop, name, context)`: `cls(coro, loop=loop, name=name,
/// context=context)` (BaseEventLoop.create_task); for the native Task class itself, made
/// without the generic type call and keyword parsing.
fn new_task(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 5 || !a.kw.is_empty() {
        return Err(vm.type_error("_new_task() takes exactly 5 arguments"));
    }
    let mut p = a.pos.into_iter();
    let mut next = || p.next().unwrap_or(Value::None);
    let (cls, coro, loop_, name_, context) = (next(), next(), next(), next(), next());
    let task_type = types(|t| t.task.clone());
    match (&cls, task_type) {
        (Value::Type(c), Some(t)) if Rc::ptr_eq(c, &t) => {
            let me = native::new_object(vm, &t, Rc::new(Fut::new(true)));
            let f = task_of(vm, Some(&me), "__init__")?;
            task_init(vm, &me, &f, coro, loop_, name_, context, None)?;
            Ok(me)
        }
        _ => vm.call_args(
            &cls,
            Args {
                pos: vec![coro].into(),
                kw: vec![
                    (Rc::from("loop"), loop_),
                    (Rc::from("name"), name_),
                    (Rc::from("context"), context),
                ],
            },
        ),
    }
}

/// `task_eager_start`: the first step runs now, inside the constructor, with this task the
/// current one (the caller's task is put back afterwards).
fn eager_start(vm: &mut Vm, me: &Value, f: &Fut, loop_: &Value) -> PyResult<()> {
    let d = current_tasks(vm)?;
    let caller = vm.dict_del(&d, loop_)?;
    let eager = hook(vm, "eager_tasks")?;
    vm.call_method(&eager, "add", vec![me.clone()])?;
    let ctx = task_part(f, |t| t.context.clone());
    let step = bound(vm, me, STEP, step_cb, None);
    let r = vm.call_method(&ctx, "run", vec![step]);
    let restore = match caller {
        Some(c) => vm.dict_set(&d, loop_.clone(), c),
        None => vm.dict_del(&d, loop_).map(|_| ()),
    };
    let discard = vm.call_method(&eager, "discard", vec![me.clone()]);
    r?;
    restore?;
    discard?;
    if f.state() == PENDING {
        register_task(me);
    } else {
        let old = task_part(f, |t| std::mem::replace(&mut t.coro, Value::None));
        drop(old);
    }
    Ok(())
}

fn t_cancel(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let f = task_of(vm, a.pos.first(), "cancel")?;
    let kw = kwargs(vm, &mut a, "cancel", &["msg"], 1, false)?;
    let msg = a
        .pos
        .get(1)
        .cloned()
        .or(kw[0].clone())
        .unwrap_or(Value::None);
    let waiter = {
        let mut s = f.s.borrow_mut();
        s.log_tb = false;
        if s.state != PENDING {
            return Ok(Value::Bool(false));
        }
        let t = s.task.as_mut().expect("a Task's data");
        t.num_cancels_requested += 1;
        t.fut_waiter.clone()
    };
    if !waiter.is_none() {
        let r = vm.call_method(&waiter, "cancel", vec![msg.clone()])?;
        if vm.truthy(&r)? {
            return Ok(Value::Bool(true));
        }
    }
    let old = {
        let mut s = f.s.borrow_mut();
        s.task.as_mut().expect("a Task's data").must_cancel = true;
        std::mem::replace(&mut s.rare_mut().cancel_msg, msg)
    };
    drop(old);
    Ok(Value::Bool(true))
}

fn t_cancelling(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "Task.", "cancelling", 0)?;
    let f = task_of(vm, a.pos.first(), "cancelling")?;
    Ok(Value::Int(task_part(&f, |t| t.num_cancels_requested)))
}

fn t_uncancel(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "Task.", "uncancel", 0)?;
    let f = task_part_of(vm, &a, "uncancel")?;
    Ok(Value::Int(task_part(&f, |t| {
        if t.num_cancels_requested > 0 {
            t.num_cancels_requested -= 1;
        }
        t.num_cancels_requested
    })))
}

fn task_part_of(vm: &Vm, a: &Args, what: &str) -> PyResult<Rc<Fut>> {
    task_of(vm, a.pos.first(), what)
}

fn t_get_coro(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "Task.", "get_coro", 0)?;
    let f = task_part_of(vm, &a, "get_coro")?;
    Ok(task_part(&f, |t| t.coro.clone()))
}

fn t_get_context(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "Task.", "get_context", 0)?;
    let f = task_part_of(vm, &a, "get_context")?;
    Ok(task_part(&f, |t| t.context.clone()))
}

fn t_get_name(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "Task.", "get_name", 0)?;
    let f = task_part_of(vm, &a, "get_name")?;
    Ok(task_part(&f, |t| {
        if let Value::Int(n) = t.name {
            t.name = Value::str(&format!("Task-{n}"));
        }
        t.name.clone()
    }))
}

fn t_set_name(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "Task.", "set_name", 1)?;
    let f = task_part_of(vm, &a, "set_name")?;
    let name = match &a.pos[1] {
        n @ Value::Str(_) => n.clone(),
        n => Value::Str(vm.str(n)?),
    };
    let old = task_part(&f, |t| std::mem::replace(&mut t.name, name));
    drop(old);
    Ok(Value::None)
}

fn t_set_result(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Err(vm.new_error("RuntimeError", "Task does not support set_result operation"))
}

fn t_set_exception(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Err(vm.new_error(
        "RuntimeError",
        "Task does not support set_exception operation",
    ))
}

fn t_get_stack(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    task_part_of(vm, &a, "get_stack")?;
    let kw = kwargs(vm, &mut a, "get_stack", &["limit"], 0, false)?;
    let h = hook(vm, "get_stack")?;
    let limit = kw[0].clone().unwrap_or(Value::None);
    vm.call_args(
        &h,
        Args {
            pos: vec![a.pos[0].clone()].into(),
            kw: vec![(Rc::from("limit"), limit)],
        },
    )
}

fn t_print_stack(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    task_part_of(vm, &a, "print_stack")?;
    let kw = kwargs(vm, &mut a, "print_stack", &["limit", "file"], 0, false)?;
    let h = hook(vm, "print_stack")?;
    vm.call_args(
        &h,
        Args {
            pos: vec![a.pos[0].clone()].into(),
            kw: vec![
                (Rc::from("limit"), kw[0].clone().unwrap_or(Value::None)),
                (Rc::from("file"), kw[1].clone().unwrap_or(Value::None)),
            ],
        },
    )
}

/// `TaskObj_finalize`: a task destroyed while pending says so, then the Future's report.
fn t_del(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = task_part_of(vm, &a, "__del__")?;
    let me = a.pos[0].clone();
    let (report, loop_, source) = {
        let s = f.s.borrow();
        let t = s.task.as_ref().expect("a Task's data");
        (
            s.state == PENDING && t.log_destroy_pending,
            s.loop_.clone(),
            s.source_tb(),
        )
    };
    if let (true, Some(loop_)) = (report, loop_) {
        let mut ctx = vec![
            ("task", me.clone()),
            (
                "message",
                Value::str("Task was destroyed but it is pending!"),
            ),
        ];
        if !source.is_none() {
            ctx.push(("source_traceback", source));
        }
        if let Err(e) = call_handler(vm, &loop_, ctx) {
            let del = vm.getattr(&me, "__del__").ok();
            vm.write_unraisable(&e, del.as_ref());
        }
    }
    future_finalize(vm, &me, &f)?;
    Ok(Value::None)
}

fn t_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    task_part_of(vm, &a, "__repr__")?;
    let h = hook(vm, "task_repr")?;
    vm.call(&h, vec![a.pos[0].clone()])
}

fn g_coro(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = task_part_of(vm, &a, "_coro")?;
    Ok(task_part(&f, |t| t.coro.clone()))
}

fn g_fut_waiter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = task_part_of(vm, &a, "_fut_waiter")?;
    Ok(task_part(&f, |t| t.fut_waiter.clone()))
}

fn g_must_cancel(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = task_part_of(vm, &a, "_must_cancel")?;
    Ok(Value::Bool(task_part(&f, |t| t.must_cancel)))
}

fn g_log_destroy_pending(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = task_part_of(vm, &a, "_log_destroy_pending")?;
    Ok(Value::Bool(task_part(&f, |t| t.log_destroy_pending)))
}

fn s_log_destroy_pending(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = task_part_of(vm, &a, "_log_destroy_pending")?;
    let Some(v) = a.pos.get(1) else {
        return Err(vm.attribute_error("cannot delete attribute"));
    };
    let b = vm.truthy(v)?;
    task_part(&f, |t| t.log_destroy_pending = b);
    Ok(Value::None)
}

// ---- Handle and TimerHandle (lib/asyncio/events.py) ----
//
// CPython keeps `events.Handle` and `events.TimerHandle` in Python. pydive keeps the
// classes there too (same names, module, `__slots__`, repr, subclassing) and gives them
// native `__init__`, `_run` and `TimerHandle.__lt__` (`_install_handles`), and the native
// Task and `BaseEventLoop.call_soon` make their handles without a Python frame
// (`new_handle`). The slots are read and written here by position, in `__slots__` order.

/// `Handle.__slots__` without `__weakref__`, then TimerHandle's own two.
const HANDLE_SLOTS: [&str; 9] = [
    "_callback",
    "_args",
    "_cancelled",
    "_loop",
    "_source_traceback",
    "_repr",
    "_context",
    "_when",
    "_scheduled",
];
const H_CALLBACK: usize = 0;
const H_ARGS: usize = 1;
const H_CANCELLED: usize = 2;
const H_LOOP: usize = 3;
const H_SOURCE_TB: usize = 4;
const H_REPR: usize = 5;
const H_CONTEXT: usize = 6;
const H_WHEN: usize = 7;
const H_SCHEDULED: usize = 8;

/// The two classes and their Python `__init__` methods (debug mode, odd arguments and
/// loops that are not a plain BaseEventLoop take those).
struct HandleTypes {
    handle: Rc<Type>,
    timer: Rc<Type>,
    py_init: Value,
    py_timer_init: Value,
}

thread_local! {
    static HANDLES: RefCell<Option<Rc<HandleTypes>>> = const { RefCell::new(None) };
    /// Weak references to the native Tasks registered as scheduled (`_register_task`),
    /// dead ones dropped when the list reaches `SCHEDULED_LIMIT`.
    static SCHEDULED: RefCell<Vec<std::rc::Weak<Instance>>> = const { RefCell::new(Vec::new()) };
    static SCHEDULED_LIMIT: Cell<usize> = const { Cell::new(1024) };
    /// BaseEventLoop's own `call_soon` and `get_debug` (`_setup(loop_call_soon=...,
    /// loop_get_debug=...)`).
    static LOOP_FNS: RefCell<[Option<Rc<Function>>; 2]> = const { RefCell::new([None, None]) };
    /// The last loop class found plain (`plain_loop`), and the epoch of that answer.
    static PLAIN_CLASS: RefCell<Option<(std::rc::Weak<Type>, u64)>> = const { RefCell::new(None) };
    /// `()`, shared by the handles of calls without arguments.
    static EMPTY_TUPLE: Value = Value::tuple(Vec::new());
    /// tasks.py's `_current_tasks` dict.
    static CURRENT_TASKS: RefCell<Option<DictRef>> = const { RefCell::new(None) };
}

fn handle_types() -> Option<Rc<HandleTypes>> {
    HANDLES.with(|h| h.borrow().clone())
}

/// `_install_handles(Handle, TimerHandle)`: give the classes their native methods.
fn install_handles(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (Some(Value::Type(handle)), Some(Value::Type(timer))) = (a.pos.first(), a.pos.get(1))
    else {
        return Err(vm.type_error("_install_handles(Handle, TimerHandle)"));
    };
    let names = |t: &Type| t.slots.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    if names(handle) != HANDLE_SLOTS[..7] || names(timer) != HANDLE_SLOTS {
        return Err(vm.system_error("_install_handles: unexpected __slots__"));
    }
    let own = |t: &Type, n: &str| t.dict.borrow().get_str(n).unwrap_or(Value::None);
    let types = HandleTypes {
        handle: handle.clone(),
        timer: timer.clone(),
        py_init: own(handle, "__init__"),
        py_timer_init: own(timer, "__init__"),
    };
    vm.add_method(handle, "__init__", h_init);
    vm.add_method(handle, "_run", h_run);
    vm.add_method(timer, "__init__", th_init);
    vm.add_method(timer, "__lt__", th_lt);
    vm.add_method(handle, "cancel", h_cancel);
    vm.add_method(handle, "cancelled", h_cancelled);
    vm.add_method(timer, "cancel", th_cancel);
    vm.add_method(timer, "when", th_when);
    HANDLES.with(|h| *h.borrow_mut() = Some(Rc::new(types)));
    Ok(Value::None)
}

/// Is `loop_` a BaseEventLoop whose `call_soon` and `get_debug` are BaseEventLoop's own
/// (handed over by `_setup`), not replaced by a subclass or on the instance? Then its
/// instance dict (returned) may be read directly instead of calling those methods. The
/// answer for a class is remembered until a class dict changes (`watched_epoch`).
/// Names a plain loop's instance dict is read by on every `call_soon`, with their hashes
/// computed once per process (a str's hash is not cached here; `get_str` would hash the
/// name on each lookup).
const LOOP_KEYS: [&str; 5] = ["call_soon", "get_debug", "_debug", "_closed", "_ready"];
const K_CALL_SOON: usize = 0;
const K_GET_DEBUG: usize = 1;
const K_DEBUG: usize = 2;
const K_CLOSED: usize = 3;
const K_READY: usize = 4;

thread_local! {
    static LOOP_KEY_HASHES: Cell<Option<[i64; 5]>> = const { Cell::new(None) };
}

fn get_known(d: &crate::objects::dict::Dict, k: usize) -> Option<Value> {
    let hashes = LOOP_KEY_HASHES.with(|c| match c.get() {
        Some(h) => h,
        None => {
            let h = LOOP_KEYS.map(crate::objects::hash::hash_str);
            c.set(Some(h));
            h
        }
    });
    d.get_str_h(LOOP_KEYS[k], hashes[k])
}

fn plain_loop(loop_: &Value) -> Option<DictRef> {
    let Value::Instance(i) = loop_ else {
        return None;
    };
    let d = i.dict()?;
    let cls = i.class();
    let known = PLAIN_CLASS.with(|p| {
        matches!(&*p.borrow(), Some((w, e)) if std::ptr::eq(w.as_ptr(), Rc::as_ptr(&cls))
            && *e == watched_epoch())
    });
    if !known {
        let ours = LOOP_FNS.with(|l| l.borrow().clone());
        for (k, name) in ["call_soon", "get_debug"].iter().enumerate() {
            match (cls.lookup(name), &ours[k]) {
                (Some(Value::Function(f)), Some(o)) if Rc::ptr_eq(&f, o) => {}
                _ => return None,
            }
        }
        let epoch = watched_epoch();
        PLAIN_CLASS.with(|p| *p.borrow_mut() = Some((Rc::downgrade(&cls), epoch)));
    }
    {
        let inst = d.borrow();
        if get_known(&inst, K_CALL_SOON).is_some() || get_known(&inst, K_GET_DEBUG).is_some() {
            return None;
        }
    }
    Some(d.clone())
}

/// `loop.get_debug()`: read off a plain loop's `_debug`, else called.
fn loop_debug(vm: &mut Vm, loop_: &Value) -> PyResult<bool> {
    match plain_debug(loop_) {
        Some(b) => Ok(b),
        None => {
            let d = vm.call_method(loop_, "get_debug", vec![])?;
            vm.truthy(&d)
        }
    }
}

/// `loop.get_debug()` of a plain BaseEventLoop when it is a bool (None: ask the loop).
fn plain_debug(loop_: &Value) -> Option<bool> {
    let d = plain_loop(loop_)?;
    let debug = get_known(&d.borrow(), K_DEBUG);
    match debug {
        Some(Value::Bool(b)) => Some(b),
        _ => None,
    }
}

/// Fill a new handle's slots (`Handle.__init__` outside debug mode).
fn fill_handle(
    vm: &mut Vm,
    me: &Value,
    callback: Value,
    args: Value,
    loop_: Value,
    context: Value,
    when: Option<Value>,
) -> PyResult<()> {
    let context = match context {
        Value::None => crate::modules::contextvars::copy_context(vm, Args::new(vec![]))?,
        c => c,
    };
    let Value::Instance(i) = me else {
        return Err(vm.type_error("Handle.__init__ needs a Handle"));
    };
    let mut s = i.slots().borrow_mut();
    let timer = when.is_some();
    let want = if timer { 9 } else { 7 };
    if s.len() < want {
        s.resize(want, None);
    }
    s[H_CALLBACK] = Some(callback);
    s[H_ARGS] = Some(args);
    s[H_CANCELLED] = Some(Value::Bool(false));
    s[H_LOOP] = Some(loop_);
    s[H_SOURCE_TB] = Some(Value::None);
    s[H_REPR] = Some(Value::None);
    s[H_CONTEXT] = Some(context);
    if let Some(w) = when {
        s[H_WHEN] = Some(w);
        s[H_SCHEDULED] = Some(Value::Bool(false));
    }
    Ok(())
}

/// `Handle.__init__(self, callback, args, loop, context=None)`.
fn h_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    init_handle(vm, a, false)
}

/// `TimerHandle.__init__(self, when, callback, args, loop, context=None)`.
fn th_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    init_handle(vm, a, true)
}

/// Both `__init__`s: natively for the plain call on a loop not in debug mode, else the
/// Python `__init__` kept from events.py.
fn init_handle(vm: &mut Vm, a: Args, timer: bool) -> PyResult<Value> {
    let Some(types) = handle_types() else {
        return Err(vm.system_error("_asyncio: Handle is not installed"));
    };
    let loop_at = if timer { 4 } else { 3 };
    let fast = a.kw.is_empty()
        && (a.pos.len() == loop_at + 1 || a.pos.len() == loop_at + 2)
        && plain_debug(&a.pos[loop_at]) == Some(false);
    if !fast {
        let py_init = if timer {
            &types.py_timer_init
        } else {
            &types.py_init
        };
        return vm.call_args(py_init, a);
    }
    let mut p = a.pos.into_iter();
    let me = p.next().unwrap_or(Value::None);
    let when = if timer { p.next() } else { None };
    let (cb, args, loop_) = (p.next(), p.next(), p.next());
    let ctx = p.next().unwrap_or(Value::None);
    let none = || Value::None;
    fill_handle(
        vm,
        &me,
        cb.unwrap_or_else(none),
        args.unwrap_or_else(none),
        loop_.unwrap_or_else(none),
        ctx,
        when,
    )?;
    Ok(Value::None)
}

/// `events.Handle(callback, args, loop, context)` without a Python frame when `loop` is a
/// plain BaseEventLoop outside debug mode (what the Python `__init__` does then), else by
/// calling the class.
fn make_handle(
    vm: &mut Vm,
    callback: Value,
    args: Value,
    loop_: Value,
    context: Value,
) -> PyResult<Value> {
    if plain_debug(&loop_) != Some(false) {
        let Some(types) = handle_types() else {
            return Err(vm.system_error("_asyncio: Handle is not installed"));
        };
        let cls = Value::Type(types.handle.clone());
        return vm.call(&cls, vec![callback, args, loop_, context]);
    }
    new_plain_handle(vm, callback, args, loop_, context)
}

/// A Handle for a loop known plain and not in debug mode.
fn new_plain_handle(
    vm: &mut Vm,
    callback: Value,
    args: Value,
    loop_: Value,
    context: Value,
) -> PyResult<Value> {
    let Some(types) = handle_types() else {
        return Err(vm.system_error("_asyncio: Handle is not installed"));
    };
    let me = crate::ops::new_instance(vm, &types.handle);
    fill_handle(vm, &me, callback, args, loop_, context, None)?;
    Ok(me)
}

/// `_asyncio.new_handle(callback, args, loop, context)`: `events.Handle(...)` for
/// BaseEventLoop.call_soon.
fn new_handle(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 4 || !a.kw.is_empty() {
        return Err(vm.type_error("new_handle() takes exactly 4 arguments"));
    }
    let mut p = a.pos.into_iter();
    let mut next = || p.next().unwrap_or(Value::None);
    let (cb, args, loop_, ctx) = (next(), next(), next(), next());
    make_handle(vm, cb, args, loop_, ctx)
}

/// `loop.call_soon(func, *args, context=ctx)` of a plain BaseEventLoop outside debug mode,
/// done here: the closed check, a Handle appended to `loop._ready`. None: not that case.
fn call_soon_fast(
    vm: &mut Vm,
    loop_: &Value,
    func: &Value,
    arg: &Option<Value>,
    ctx: &Option<Value>,
) -> PyResult<Option<()>> {
    if let Some(ready) = cached_ready(loop_) {
        push_handle(vm, loop_, &ready, func, arg, ctx)?;
        return Ok(Some(()));
    }
    let Some(d) = plain_loop(loop_) else {
        return Ok(None);
    };
    let (closed, debug, ready) = {
        let d = d.borrow();
        (
            get_known(&d, K_CLOSED),
            get_known(&d, K_DEBUG),
            get_known(&d, K_READY),
        )
    };
    match closed {
        Some(Value::Bool(false)) => {}
        Some(Value::Bool(true)) => {
            return Err(vm.new_error("RuntimeError", "Event loop is closed"));
        }
        _ => return Ok(None),
    }
    // (`_debug` is what call_soon and get_debug() both read here.)
    let (Some(Value::Bool(false)), Some(Value::List(ready))) = (debug, ready) else {
        return Ok(None);
    };
    if let Value::Instance(i) = loop_ {
        let version = d.borrow().version();
        READY_CACHE.with(|c| {
            *c.borrow_mut() = Some(ReadyCache {
                dict: Rc::as_ptr(&d) as usize,
                version,
                class: Rc::as_ptr(&i.class()) as usize,
                epoch: watched_epoch(),
                ready: ready.clone(),
            })
        });
    }
    push_handle(vm, loop_, &ready, func, arg, ctx)?;
    Ok(Some(()))
}

/// What `call_soon_fast` found out about a plain loop, good while neither its instance dict
/// (by version: unique across dicts) nor its class nor any class dict changed: it is open,
/// not in debug mode, and this is its `_ready` list.
struct ReadyCache {
    dict: usize,
    version: u64,
    class: usize,
    epoch: u64,
    ready: crate::value::ListRef,
}

thread_local! {
    static READY_CACHE: RefCell<Option<ReadyCache>> = const { RefCell::new(None) };
}

fn cached_ready(loop_: &Value) -> Option<crate::value::ListRef> {
    let Value::Instance(i) = loop_ else {
        return None;
    };
    let d = i.dict()?;
    READY_CACHE.with(|c| {
        let c = c.borrow();
        let c = c.as_ref()?;
        let hit = c.dict == Rc::as_ptr(&d) as usize
            && c.version == d.try_borrow().ok()?.version()
            && c.class == Rc::as_ptr(&i.class()) as usize
            && c.epoch == watched_epoch();
        hit.then(|| c.ready.clone())
    })
}

/// A new Handle for `func(arg)` in `ctx` at the end of the plain loop's `_ready`.
fn push_handle(
    vm: &mut Vm,
    loop_: &Value,
    ready: &crate::value::ListRef,
    func: &Value,
    arg: &Option<Value>,
    ctx: &Option<Value>,
) -> PyResult<()> {
    let args = match arg {
        None => EMPTY_TUPLE.with(|t| t.clone()),
        Some(a) => Value::tuple(vec![a.clone()]),
    };
    let h = new_plain_handle(
        vm,
        func.clone(),
        args,
        loop_.clone(),
        ctx.clone().unwrap_or(Value::None),
    )?;
    ready.borrow_mut().push(h);
    Ok(())
}

fn slot(i: &Instance, k: usize) -> Option<Value> {
    i.slots().borrow().get(k).cloned().flatten()
}

/// Is `v` exactly a Handle or TimerHandle (no subclass whose attributes might be
/// properties), so its slots may be used directly?
fn exact_handle(v: &Value) -> Option<&Instance> {
    let Value::Instance(i) = v else { return None };
    let exact = HANDLES.with(|h| {
        h.borrow()
            .as_ref()
            .is_some_and(|t| i.with_class(|c| Rc::ptr_eq(c, &t.handle) || Rc::ptr_eq(c, &t.timer)))
    });
    exact.then_some(&**i)
}

/// A handle's attribute by its slot number: the slot of an exact Handle/TimerHandle, else
/// (or when unset, to raise AttributeError) the attribute.
fn slot_attr(vm: &mut Vm, me: &Value, k: usize) -> PyResult<Value> {
    if let Some(i) = exact_handle(me) {
        if let Some(v) = slot(i, k) {
            return Ok(v);
        }
    }
    vm.getattr(me, HANDLE_SLOTS[k])
}

/// Assign a handle's attribute by its slot number (as `slot_attr`).
fn set_slot(vm: &mut Vm, me: &Value, k: usize, v: Value) -> PyResult<()> {
    if let Some(i) = exact_handle(me) {
        let old = i.slots().borrow_mut().get_mut(k).map(|s| s.replace(v));
        drop(old);
        return Ok(());
    }
    vm.setattr(me, HANDLE_SLOTS[k], v)
}

/// `Handle._run`: `self._context.run(self._callback, *self._args)`; an exception other than
/// SystemExit and KeyboardInterrupt goes to `loop.call_exception_handler` as
/// "Exception in callback ...".
fn h_run(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "Handle.", "_run", 0)?;
    handle_run(vm, &a.pos[0])?;
    Ok(Value::None)
}

fn handle_run(vm: &mut Vm, me: &Value) -> PyResult<()> {
    let ctx = slot_attr(vm, me, H_CONTEXT)?;
    let cb = slot_attr(vm, me, H_CALLBACK)?;
    let args = slot_attr(vm, me, H_ARGS)?;
    let is_context = crate::modules::contextvars::is_context(&ctx);
    let step = if is_context {
        task_callback(&cb, &args)
    } else {
        None
    };
    let r = if let Some(step) = step {
        // A task's own step or wake-up: no argument vector, no generic call.
        crate::modules::contextvars::run_in(vm, &ctx, |vm| step.run(vm)).map(|_| Value::None)
    } else if is_context {
        let mut pos = vec![ctx, cb];
        match &args {
            Value::Tuple(t) => pos.extend(t.iter().cloned()),
            other => pos.extend(vm.collect(other)?),
        }
        crate::modules::contextvars::c_run(vm, Args::new(pos))
    } else {
        let mut pos = vec![cb];
        pos.extend(vm.collect(&args)?);
        vm.call_method(&ctx, "run", pos)
    };
    let Err(exc) = r else { return Ok(()) };
    let fatal = ["SystemExit", "KeyboardInterrupt"];
    if fatal
        .iter()
        .any(|n| vm.isinstance_type(&exc, &vm.exc_type(n)))
    {
        return Err(exc);
    }
    let saved = std::mem::replace(&mut vm.exc_info, exc.clone());
    let r = report_callback_error(vm, me, exc);
    vm.exc_info = saved;
    r
}

/// A Handle's callback that is a task's `__step` or `task_wakeup` (made by this module)
/// with the arguments it takes.
enum TaskCallback<'a> {
    Step(&'a Value, Option<Value>),
    Wakeup(&'a Value, Value),
}

impl TaskCallback<'_> {
    fn run(self, vm: &mut Vm) -> PyResult<()> {
        match self {
            TaskCallback::Step(task, exc) => task_step(vm, task, exc),
            TaskCallback::Wakeup(task, fut) => task_wakeup(vm, task, &fut),
        }
    }
}

fn task_callback<'a>(cb: &'a Value, args: &Value) -> Option<TaskCallback<'a>> {
    let Value::Builtin(b) = cb else {
        return None;
    };
    let task = b.bound.as_ref()?;
    let Value::Tuple(args) = args else {
        return None;
    };
    let f = b.func as usize;
    match args.len() {
        0 if f == step_cb as NativeFn as usize => Some(TaskCallback::Step(task, None)),
        0 if f == step_exc_cb as NativeFn as usize => {
            Some(TaskCallback::Step(task, Some(b.data.clone()?)))
        }
        1 if f == wakeup_cb as NativeFn as usize => {
            Some(TaskCallback::Wakeup(task, args[0].clone()))
        }
        _ => None,
    }
}

fn report_callback_error(vm: &mut Vm, me: &Value, exc: Value) -> PyResult<()> {
    let cb = slot_attr(vm, me, H_CALLBACK)?;
    let args = slot_attr(vm, me, H_ARGS)?;
    let fmt = hook(vm, "format_callback_source")?;
    let described = vm.call(&fmt, vec![cb, args])?;
    let described = vm.str(&described)?;
    let d = vm.new_dict();
    {
        let mut d = d.borrow_mut();
        d.set_str(
            "message",
            Value::str(&format!("Exception in callback {described}")),
        );
        d.set_str("exception", exc);
        d.set_str("handle", me.clone());
    }
    let origin = slot_attr(vm, me, H_SOURCE_TB)?;
    if vm.truthy(&origin)? {
        d.borrow_mut().set_str("source_traceback", origin);
    }
    let loop_ = slot_attr(vm, me, H_LOOP)?;
    vm.call_method(&loop_, "call_exception_handler", vec![Value::Dict(d)])?;
    Ok(())
}

/// `TimerHandle.__lt__`: by deadline; NotImplemented for what is not a TimerHandle.
fn th_lt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "TimerHandle.", "__lt__", 1)?;
    let Some(types) = handle_types() else {
        return Err(vm.system_error("_asyncio: Handle is not installed"));
    };
    let (me, other) = (&a.pos[0], &a.pos[1]);
    if !vm.isinstance_type(other, &types.timer) {
        return Ok(Value::NotImplemented);
    }
    let x = slot_attr(vm, me, H_WHEN)?;
    let y = slot_attr(vm, other, H_WHEN)?;
    if let (Value::Float(x), Value::Float(y)) = (&x, &y) {
        return Ok(Value::Bool(x < y));
    }
    vm.compare(&x, &y, crate::ops::CmpOp::Lt)
}

/// `Handle.cancel()`: once; in debug mode the repr is frozen first; the callback and its
/// arguments are dropped.
fn h_cancel(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "Handle.", "cancel", 0)?;
    handle_cancel(vm, &a.pos[0])?;
    Ok(Value::None)
}

fn handle_cancel(vm: &mut Vm, me: &Value) -> PyResult<()> {
    let cancelled = slot_attr(vm, me, H_CANCELLED)?;
    if vm.truthy(&cancelled)? {
        return Ok(());
    }
    set_slot(vm, me, H_CANCELLED, Value::Bool(true))?;
    let loop_ = slot_attr(vm, me, H_LOOP)?;
    let debug = loop_debug(vm, &loop_)?;
    if debug {
        let r = vm.repr(me)?;
        set_slot(vm, me, H_REPR, Value::Str(r))?;
    }
    set_slot(vm, me, H_CALLBACK, Value::None)?;
    set_slot(vm, me, H_ARGS, Value::None)?;
    Ok(())
}

/// `TimerHandle.cancel()`: the loop counts a cancelled timer still in its heap
/// (`_timer_handle_cancelled`), then as Handle.cancel.
fn th_cancel(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "TimerHandle.", "cancel", 0)?;
    let me = &a.pos[0];
    let cancelled = slot_attr(vm, me, H_CANCELLED)?;
    if !vm.truthy(&cancelled)? {
        let loop_ = slot_attr(vm, me, H_LOOP)?;
        vm.call_method(&loop_, "_timer_handle_cancelled", vec![me.clone()])?;
    }
    handle_cancel(vm, me)?;
    Ok(Value::None)
}

fn h_cancelled(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "Handle.", "cancelled", 0)?;
    slot_attr(vm, &a.pos[0], H_CANCELLED)
}

fn th_when(vm: &mut Vm, a: Args) -> PyResult<Value> {
    native::check_arity(vm, &a, "TimerHandle.", "when", 0)?;
    slot_attr(vm, &a.pos[0], H_WHEN)
}

/// `_asyncio.new_timer(when, callback, args, loop, context)`: `events.TimerHandle(...)`
/// without a Python frame for a plain loop outside debug mode, else by calling the class.
fn new_timer(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 5 || !a.kw.is_empty() {
        return Err(vm.type_error("new_timer() takes exactly 5 arguments"));
    }
    let Some(types) = handle_types() else {
        return Err(vm.system_error("_asyncio: Handle is not installed"));
    };
    if plain_debug(&a.pos[3]) != Some(false) {
        let cls = Value::Type(types.timer.clone());
        return vm.call_args(&cls, a);
    }
    let mut p = a.pos.into_iter();
    let mut next = || p.next().unwrap_or(Value::None);
    let (when, cb, args, loop_, ctx) = (next(), next(), next(), next(), next());
    let me = crate::ops::new_instance(vm, &types.timer);
    fill_handle(vm, &me, cb, args, loop_, ctx, Some(when))?;
    Ok(me)
}

// ---- the timer heap (lib/heapq.py's moves, which are CPython _heapq's) ----

/// The deadline of an exact TimerHandle whose `_when` is a float (no Python `__lt__`).
fn float_when(v: &Value, timer: &Rc<Type>) -> Option<f64> {
    let Value::Instance(i) = v else { return None };
    if !i.with_class(|c| Rc::ptr_eq(c, timer)) {
        return None;
    }
    match i.slots().borrow().get(H_WHEN) {
        Some(Some(Value::Float(f))) => Some(*f),
        _ => None,
    }
}

/// `a < b` as heapq asks it.
fn heap_lt(vm: &mut Vm, a: &Value, b: &Value, timer: &Rc<Type>) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (float_when(a, timer), float_when(b, timer)) {
        return Ok(x < y);
    }
    let r = vm.compare(a, b, crate::ops::CmpOp::Lt)?;
    vm.truthy(&r)
}

fn heap_get(vm: &Vm, heap: &crate::value::ListRef, i: usize, size: usize) -> PyResult<Value> {
    let h = heap.borrow();
    if h.len() != size {
        return Err(vm.new_error("RuntimeError", "list changed size during iteration"));
    }
    Ok(h[i].clone())
}

fn heap_set(heap: &crate::value::ListRef, i: usize, v: Value) {
    let old = heap
        .borrow_mut()
        .get_mut(i)
        .map(|slot| std::mem::replace(slot, v));
    drop(old);
}

/// heapq's `_rise`: carry heap[i] up towards `stop` while it is smaller than its parent.
fn heap_rise(
    vm: &mut Vm,
    heap: &crate::value::ListRef,
    stop: usize,
    mut i: usize,
    timer: &Rc<Type>,
) -> PyResult<()> {
    let size = heap.borrow().len();
    let item = heap_get(vm, heap, i, size)?;
    while i > stop {
        let up = (i - 1) >> 1;
        let parent = heap_get(vm, heap, up, size)?;
        if !heap_lt(vm, &item, &parent, timer)? {
            break;
        }
        heap_set(heap, i, parent);
        i = up;
    }
    heap_set(heap, i, item);
    Ok(())
}

/// heapq's `_sink`: the smaller child moves into the hole down to a leaf; the item goes
/// there and rises back.
fn heap_sink(vm: &mut Vm, heap: &crate::value::ListRef, timer: &Rc<Type>) -> PyResult<()> {
    let size = heap.borrow().len();
    let mut i = 0;
    let item = heap_get(vm, heap, 0, size)?;
    let mut child = 1;
    while child < size {
        if child + 1 < size {
            let (a, b) = (
                heap_get(vm, heap, child, size)?,
                heap_get(vm, heap, child + 1, size)?,
            );
            if !heap_lt(vm, &a, &b, timer)? {
                child += 1;
            }
        }
        let c = heap_get(vm, heap, child, size)?;
        heap_set(heap, i, c);
        i = child;
        child = 2 * i + 1;
    }
    heap_set(heap, i, item);
    heap_rise(vm, heap, 0, i, timer)
}

fn heap_args(vm: &Vm, a: &Args, what: &str) -> PyResult<(crate::value::ListRef, Rc<Type>)> {
    let Some(Value::List(heap)) = a.pos.first() else {
        return Err(vm.type_error(format!("{what}: the heap must be a list")));
    };
    let Some(types) = handle_types() else {
        return Err(vm.system_error("_asyncio: Handle is not installed"));
    };
    Ok((heap.clone(), types.timer.clone()))
}

/// `_asyncio.push_timer(heap, timer)`: `heapq.heappush(heap, timer)`.
fn push_timer(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (heap, timer) = heap_args(vm, &a, "push_timer")?;
    let Some(item) = a.pos.get(1).cloned() else {
        return Err(vm.type_error("push_timer(heap, timer)"));
    };
    let last = {
        let mut h = heap.borrow_mut();
        h.push(item);
        h.len() - 1
    };
    heap_rise(vm, &heap, 0, last, &timer)?;
    Ok(Value::None)
}

/// `_asyncio.pop_due(heap, deadline, ready)`: the loop turn's step 4 — every timer whose
/// deadline is before `deadline` leaves the heap (`heapq.heappop`), is marked not scheduled
/// and joins `ready`.
fn pop_due(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (heap, timer) = heap_args(vm, &a, "pop_due")?;
    let (Some(deadline), Some(ready)) = (a.pos.get(1).cloned(), a.pos.get(2).cloned()) else {
        return Err(vm.type_error("pop_due(heap, deadline, ready)"));
    };
    loop {
        let Some(top) = heap.borrow().first().cloned() else {
            break;
        };
        // CPython stops at `when >= deadline`: a NaN deadline compares false and is due.
        let due = match (float_when(&top, &timer), &deadline) {
            (Some(w), Value::Float(d)) => w < *d || w.is_nan() || d.is_nan(),
            _ => {
                let w = vm.getattr(&top, "_when")?;
                let r = vm.compare(&w, &deadline, crate::ops::CmpOp::Ge)?;
                !vm.truthy(&r)?
            }
        };
        if !due {
            break;
        }
        // heapq.heappop
        let last = heap.borrow_mut().pop();
        let Some(last) = last else { break };
        let first = if heap.borrow().is_empty() {
            last
        } else {
            let first = std::mem::replace(&mut heap.borrow_mut()[0], last);
            heap_sink(vm, &heap, &timer)?;
            first
        };
        set_slot(vm, &first, H_SCHEDULED, Value::Bool(false))?;
        match &ready {
            Value::List(r) => r.borrow_mut().push(first),
            other => {
                vm.call_method(other, "append", vec![first])?;
            }
        }
    }
    Ok(Value::None)
}

/// `_asyncio.run_handles(batch)`: one turn's ready handles (a list), each run unless it
/// was cancelled, its place in `batch` emptied before it runs. When one raises (SystemExit,
/// KeyboardInterrupt, or an error out of the exception handler), `batch` keeps only the
/// handles not reached yet.
fn run_handles(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::List(batch)) = a.pos.first().cloned() else {
        return Err(vm.type_error("run_handles(batch): batch must be a list"));
    };
    let types = handle_types();
    let mut i = 0;
    loop {
        // Taken out of the batch: a handle is freed once it ran, as CPython's popleft
        // frees it, instead of all of them at the turn's end (100,000 tasks made in one
        // step kept their first steps' handles, ~590 bytes each, through the next turn).
        let h = match batch.borrow_mut().get_mut(i) {
            Some(slot) => std::mem::replace(slot, Value::None),
            None => break,
        };
        i += 1;
        let exact = match (&h, &types) {
            (Value::Instance(inst), Some(t)) => {
                inst.with_class(|c| Rc::ptr_eq(c, &t.handle) || Rc::ptr_eq(c, &t.timer))
            }
            _ => false,
        };
        let r = if exact {
            match slot_attr(vm, &h, H_CANCELLED)? {
                Value::Bool(true) => Ok(()),
                Value::Bool(false) => handle_run(vm, &h),
                c => {
                    if vm.truthy(&c)? {
                        Ok(())
                    } else {
                        handle_run(vm, &h)
                    }
                }
            }
        } else {
            let c = vm.getattr(&h, "_cancelled")?;
            if vm.truthy(&c)? {
                Ok(())
            } else {
                vm.call_method(&h, "_run", vec![]).map(|_| ())
            }
        };
        if let Err(e) = r {
            let mut b = batch.borrow_mut();
            let n = i.min(b.len());
            let done: Vec<Value> = b.drain(..n).collect();
            drop(b);
            drop(done);
            return Err(e);
        }
    }
    Ok(Value::None)
}

// ---- the task registry (`_scheduled_tasks` for native Tasks) ----

/// `_register_task` of a native Task: remembered weakly, as CPython's WeakSet does.
fn register_task(task: &Value) {
    let Value::Instance(i) = task else { return };
    SCHEDULED.with(|s| {
        let mut s = s.borrow_mut();
        s.push(Rc::downgrade(i));
        let limit = SCHEDULED_LIMIT.with(|l| l.get());
        if s.len() >= limit {
            s.retain(|w| w.strong_count() > 0);
            let next = (s.len() * 2).max(1024);
            SCHEDULED_LIMIT.with(|l| l.set(next));
        }
    });
}

/// `_asyncio._scheduled_tasks()`: the registered native Tasks still alive.
fn scheduled_tasks(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let live: Vec<Value> = SCHEDULED.with(|s| {
        let mut s = s.borrow_mut();
        s.retain(|w| w.strong_count() > 0);
        s.iter()
            .filter_map(|w| w.upgrade().map(Value::Instance))
            .collect()
    });
    Ok(Value::list(live))
}

/// `_asyncio._register_task(task)`: a native Future or Task goes to the native list (True);
/// anything else is left to the WeakSet (False).
fn register_task_py(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(t) if native::data_of::<Fut>(t).is_some() => {
            register_task(t);
            Ok(Value::Bool(true))
        }
        _ => Ok(Value::Bool(false)),
    }
}

/// `_asyncio._unregister_task(task)`: forget a native Future or Task (True); False for
/// anything else.
fn unregister_task(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(t @ Value::Instance(i)) if native::data_of::<Fut>(t).is_some() => {
            let p = Rc::as_ptr(i);
            SCHEDULED.with(|s| s.borrow_mut().retain(|w| w.as_ptr() != p));
            Ok(Value::Bool(true))
        }
        _ => Ok(Value::Bool(false)),
    }
}

// ---- the module ----

fn new_type(vm: &Vm, name: &str, base: Option<&Rc<Type>>, has_del: bool) -> Rc<Type> {
    let t = native::new_subtype(vm, "_asyncio", name, base);
    t.has_del.set(has_del);
    t
}

macro_rules! readonly_setter {
    ($name:literal) => {
        |vm: &mut Vm, a: Args| -> PyResult<Value> { Err(readonly(vm, &a, $name)) }
    };
}

// ---- asyncio.Queue: put and get of a plain Queue without Python frames ----
//
// CPython's Queue is Python: `await q.put(x)` on a queue with room runs full(), qsize(),
// put_nowait(), full(), qsize(), _put(), Event.clear() and _wakeup_next(), eight frames for
// an append. queues.py asks `_queue_put` / `_queue_get` first; they do the same work when
// nothing could tell the difference — an exact Queue whose class (and Event's) still has the
// methods recorded by `_queue_setup`, no instance attribute shadowing them, plain int sizes,
// exact deques, waiters that are exact native Futures, and no trace or profile hook to see
// the calls — and otherwise do nothing and let the Python code run.

/// What `_queue_setup(Queue, Event)` recorded.
struct QueueTypes {
    queue: Rc<Type>,
    event: Rc<Type>,
    /// `Queue.<QUEUE_METHODS[i]>` and `Event.clear` as they were.
    methods: Vec<Value>,
    clear: Value,
    /// The watched-dicts epoch at which the classes were last found unchanged.
    checked: Cell<Option<u64>>,
    /// QUEUE_FIELDS then Event's `_value` and `clear`: the interned names (the keys that
    /// attribute stores made), their hashes, and where they were last found in an
    /// instance dict (plain queues all store them in the same order).
    keys: [Rc<str>; 9],
    hashes: [i64; 9],
    hints: [Cell<u32>; 9],
}

impl QueueTypes {
    /// The position of key `k` in `d`.
    #[inline]
    fn find(&self, d: &crate::objects::dict::Dict, k: usize) -> Option<usize> {
        d.find_attr_hinted(&self.keys[k], self.hashes[k], &self.hints[k])
    }
}

const QUEUE_METHODS: [&str; 8] = [
    "full",
    "qsize",
    "empty",
    "put_nowait",
    "get_nowait",
    "_put",
    "_get",
    "_wakeup_next",
];
/// A plain Queue's instance attributes (`_loop` once a wait bound it to a loop).
const QUEUE_FIELDS: [&str; 7] = [
    "_maxsize",
    "_queue",
    "_getters",
    "_putters",
    "_unfinished_tasks",
    "_finished",
    "_loop",
];
const F_MAXSIZE: usize = 0;
const F_QUEUE: usize = 1;
const F_GETTERS: usize = 2;
const F_PUTTERS: usize = 3;
const F_UNFINISHED: usize = 4;
const F_FINISHED: usize = 5;
const F_LOOP: usize = 6;
const EV_VALUE: usize = 7;
const EV_CLEAR: usize = 8;
/// Class attributes that would change how the instance attributes above are read or set.
const ATTR_HOOKS: [&str; 3] = ["__getattribute__", "__getattr__", "__setattr__"];

thread_local! {
    static QUEUE: RefCell<Option<Rc<QueueTypes>>> = const { RefCell::new(None) };
}

/// `_queue_setup(Queue, Event)` (queues.py, once).
fn queue_setup(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (Some(Value::Type(queue)), Some(Value::Type(event))) = (a.pos.first(), a.pos.get(1)) else {
        return Err(vm.type_error("_queue_setup(Queue, Event)"));
    };
    let own = |t: &Type, n: &str| t.lookup(n).unwrap_or(Value::None);
    let mut names = QUEUE_FIELDS.to_vec();
    names.extend(["_value", "clear"]);
    let keys: [Rc<str>; 9] = std::array::from_fn(|k| crate::objects::dict::intern(names[k]));
    let types = QueueTypes {
        hashes: std::array::from_fn(|k| crate::objects::hash::hash_str(&keys[k])),
        keys,
        hints: Default::default(),
        methods: QUEUE_METHODS.iter().map(|n| own(queue, n)).collect(),
        clear: own(event, "clear"),
        queue: queue.clone(),
        event: event.clone(),
        checked: Cell::new(None),
    };
    QUEUE.with(|q| *q.borrow_mut() = Some(Rc::new(types)));
    Ok(Value::None)
}

/// Neither `ty` nor a class of its MRO but `object` defines one of `names` or of
/// ATTR_HOOKS (a data descriptor there would take the instance attribute's place).
fn plain_attrs(ty: &Type, names: &[&str]) -> bool {
    let mro = ty.mro.borrow();
    mro.iter().take(mro.len().saturating_sub(1)).all(|t| {
        let d = t.dict.borrow();
        names
            .iter()
            .chain(ATTR_HOOKS.iter())
            .all(|n| d.get_str(n).is_none())
    })
}

/// The classes still are as `_queue_setup` found them (checked again after any change to a
/// watched class dict).
fn queue_classes_plain(t: &QueueTypes) -> bool {
    if t.checked.get() == Some(watched_epoch()) {
        return true;
    }
    crate::eval::cache::type_stamp(&t.queue);
    crate::eval::cache::type_stamp(&t.event);
    let epoch = watched_epoch();
    let same = |found: Option<Value>, want: &Value| found.is_some_and(|f| f.is(want));
    let ok = QUEUE_METHODS
        .iter()
        .zip(&t.methods)
        .all(|(n, m)| same(t.queue.lookup(n), m))
        && same(t.event.lookup("clear"), &t.clear)
        && plain_attrs(&t.queue, &QUEUE_FIELDS[..F_LOOP])
        && plain_attrs(&t.event, &["_value", "_waiters"]);
    t.checked.set(ok.then_some(epoch));
    ok
}

/// The attributes of `q` (QUEUE_FIELDS order) when it is a plain Queue holding exactly
/// them: no instance attribute can shadow a method.
fn plain_queue(vm: &Vm, q: &Value) -> Option<(Rc<QueueTypes>, DictRef, [usize; F_LOOP])> {
    if vm.tracer.is_some() || vm.sys_trace.on {
        return None;
    }
    let Value::Instance(i) = q else { return None };
    let t = QUEUE.with(|x| x.borrow().clone())?;
    if !i.with_class(|c| Rc::ptr_eq(c, &t.queue)) || !queue_classes_plain(&t) {
        return None;
    }
    let d = i.dict_if_any()?;
    let pos = {
        let dict = d.borrow();
        let mut pos = [0; F_LOOP];
        for (k, p) in pos.iter_mut().enumerate() {
            *p = t.find(&dict, k)?;
        }
        let n = dict.len();
        if n != F_LOOP && (n != F_LOOP + 1 || t.find(&dict, F_LOOP).is_none()) {
            return None;
        }
        pos
    };
    Some((t, d, pos))
}

/// `_wakeup_next(waiters)` can run natively: the waiters up to the first pending one are
/// initialised exact native Futures (their `done()` / `set_result()` are this module's).
fn waiters_plain(waiters: &crate::modules::deque::Deque) -> bool {
    let Some(future) = types(|t| t.future.clone()) else {
        return false;
    };
    let mut i = 0;
    while let Some(w) = waiters.get(i) {
        let Value::Instance(inst) = &w else {
            return false;
        };
        if !inst.with_class(|c| Rc::ptr_eq(c, &future)) {
            return false;
        }
        let Some(f) = native::data_of::<Fut>(&w) else {
            return false;
        };
        if f.loop_().is_none() {
            return false;
        }
        if f.state() == PENDING {
            return true;
        }
        i += 1;
    }
    true
}

/// Queue._wakeup_next on waiters `waiters_plain` approved: the first pending future gets
/// `set_result(None)`, the done ones before it are dropped.
fn wake_first(vm: &mut Vm, waiters: &crate::modules::deque::Deque) -> PyResult<()> {
    while let Some(w) = waiters.pop_front() {
        let Some(f) = native::data_of::<Fut>(&w) else {
            continue;
        };
        if f.state() == PENDING {
            return set_result_impl(vm, &w, &f, Value::None);
        }
    }
    Ok(())
}

/// `_queue_put(queue, item)`: `queue.full()` then `queue.put_nowait(item)` done at once
/// (True), or nothing done (False: the queue is full or not plain).
fn queue_put(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (Some(q), Some(item)) = (a.pos.first(), a.pos.get(1)) else {
        return Err(vm.type_error("_queue_put(queue, item)"));
    };
    let Some(plan) = queue_put_plan(vm, q) else {
        return Ok(Value::Bool(false));
    };
    // The checks are done: put_nowait()'s steps, in its order.
    let dropped = plan.items.push_back(item.clone());
    plan.dict
        .borrow_mut()
        .set_value_at(plan.unfinished_at, Value::Int(plan.unfinished));
    let old = {
        let mut e = plan.event_dict.borrow_mut();
        let old = e.value_at(plan.event_value_at).cloned();
        e.set_value_at(plan.event_value_at, Value::Bool(false));
        old
    };
    drop((dropped, old));
    if plan.getters.len() != 0 {
        wake_first(vm, &plan.getters)?;
    }
    Ok(Value::Bool(true))
}

/// What `queue_put` changes, found before it changes anything.
struct PutPlan {
    dict: DictRef,
    items: Rc<crate::modules::deque::Deque>,
    getters: Rc<crate::modules::deque::Deque>,
    unfinished_at: usize,
    unfinished: i64,
    event_dict: DictRef,
    event_value_at: usize,
}

fn queue_put_plan(vm: &Vm, q: &Value) -> Option<PutPlan> {
    let (t, d, pos) = plain_queue(vm, q)?;
    let dict = d.borrow();
    let field = |k: usize| dict.value_at(pos[k]);
    // full(): `_maxsize <= 0` or `qsize() >= _maxsize`, on ints and an exact deque.
    let Some(Value::Int(maxsize)) = field(F_MAXSIZE) else {
        return None;
    };
    let items = crate::modules::deque::exact(field(F_QUEUE)?)?;
    if *maxsize > 0 && items.len() as i64 >= *maxsize {
        return None;
    }
    let getters = crate::modules::deque::exact(field(F_GETTERS)?)?;
    if !waiters_plain(&getters) {
        return None;
    }
    let Some(Value::Int(unfinished)) = field(F_UNFINISHED) else {
        return None;
    };
    let unfinished = unfinished.checked_add(1)?;
    // _finished.clear(): `_value = False` on a plain Event.
    let Value::Instance(ev) = field(F_FINISHED)? else {
        return None;
    };
    if !ev.with_class(|c| Rc::ptr_eq(c, &t.event)) {
        return None;
    }
    let event_dict = ev.dict_if_any()?;
    let event_value_at = {
        let e = event_dict.borrow();
        if t.find(&e, EV_CLEAR).is_some() {
            return None;
        }
        t.find(&e, EV_VALUE)?
    };
    drop(dict);
    Some(PutPlan {
        dict: d,
        items,
        getters,
        unfinished_at: pos[F_UNFINISHED],
        unfinished,
        event_dict,
        event_value_at,
    })
}

/// `_queue_get(queue, nothing)`: `queue.empty()` then `queue.get_nowait()` done at once
/// (the item), or nothing done (`nothing`: the queue is empty or not plain).
fn queue_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (Some(q), Some(nothing)) = (a.pos.first(), a.pos.get(1)) else {
        return Err(vm.type_error("_queue_get(queue, nothing)"));
    };
    let Some((items, putters)) = queue_get_plan(vm, q) else {
        return Ok(nothing.clone());
    };
    // empty() is False, then get_nowait(): _get(), _wakeup_next(_putters).
    let Some(item) = items.pop_front() else {
        return Ok(nothing.clone());
    };
    if putters.len() != 0 {
        wake_first(vm, &putters)?;
    }
    Ok(item)
}

type Deques = (
    Rc<crate::modules::deque::Deque>,
    Rc<crate::modules::deque::Deque>,
);

fn queue_get_plan(vm: &Vm, q: &Value) -> Option<Deques> {
    let (_, d, pos) = plain_queue(vm, q)?;
    let dict = d.borrow();
    let items = crate::modules::deque::exact(dict.value_at(pos[F_QUEUE])?)?;
    if items.len() == 0 {
        return None;
    }
    let putters = crate::modules::deque::exact(dict.value_at(pos[F_PUTTERS])?)?;
    waiters_plain(&putters).then_some((items, putters))
}

/// `_asyncio`: `Future`, `Task`, `FutureIter`.
pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fut = new_type(vm, "Future", None, true);
    native::add_new(vm, &fut, f_new);
    let methods: &[(&str, NativeFn)] = &[
        ("__init__", f_init),
        ("result", f_result),
        ("exception", f_exception),
        ("set_result", f_set_result),
        ("set_exception", f_set_exception),
        ("cancel", f_cancel),
        ("cancelled", f_cancelled),
        ("done", f_done),
        ("get_loop", f_get_loop),
        ("add_done_callback", f_add_done_callback),
        ("remove_done_callback", f_remove_done_callback),
        ("_make_cancelled_error", f_make_cancelled_error),
        ("__await__", f_await),
        ("__iter__", f_iter),
        ("__del__", f_del),
        ("__repr__", f_repr),
    ];
    for (n, f) in methods {
        vm.add_method(&fut, n, *f);
    }
    vm.add_classmethod(&fut, "__class_getitem__", f_class_getitem);
    native::add_property(vm, &fut, "_state", g_state, readonly_setter!("_state"));
    native::add_property(
        vm,
        &fut,
        "_callbacks",
        g_callbacks,
        readonly_setter!("_callbacks"),
    );
    native::add_property(vm, &fut, "_result", g_result, readonly_setter!("_result"));
    native::add_property(
        vm,
        &fut,
        "_exception",
        g_exception,
        readonly_setter!("_exception"),
    );
    native::add_property(vm, &fut, "_loop", g_loop, readonly_setter!("_loop"));
    native::add_property(
        vm,
        &fut,
        "_source_traceback",
        g_source_traceback,
        readonly_setter!("_source_traceback"),
    );
    native::add_property(vm, &fut, "_log_traceback", g_log_traceback, s_log_traceback);
    native::add_property(
        vm,
        &fut,
        "_cancel_message",
        g_cancel_message,
        s_cancel_message,
    );
    native::add_property(vm, &fut, "_asyncio_future_blocking", g_blocking, s_blocking);
    fut.dict.borrow_mut().set_str(
        "__doc__",
        Value::str("This class is *almost* compatible with concurrent.futures.Future."),
    );

    let task = new_type(vm, "Task", Some(&fut), true);
    let methods: &[(&str, NativeFn)] = &[
        ("__init__", t_init),
        ("cancel", t_cancel),
        ("cancelling", t_cancelling),
        ("uncancel", t_uncancel),
        ("get_coro", t_get_coro),
        ("get_context", t_get_context),
        ("get_name", t_get_name),
        ("set_name", t_set_name),
        ("set_result", t_set_result),
        ("set_exception", t_set_exception),
        ("get_stack", t_get_stack),
        ("print_stack", t_print_stack),
        ("__del__", t_del),
        ("__repr__", t_repr),
    ];
    for (n, f) in methods {
        vm.add_method(&task, n, *f);
    }
    native::add_property(vm, &task, "_coro", g_coro, readonly_setter!("_coro"));
    native::add_property(
        vm,
        &task,
        "_fut_waiter",
        g_fut_waiter,
        readonly_setter!("_fut_waiter"),
    );
    native::add_property(
        vm,
        &task,
        "_must_cancel",
        g_must_cancel,
        readonly_setter!("_must_cancel"),
    );
    native::add_property(
        vm,
        &task,
        "_log_destroy_pending",
        g_log_destroy_pending,
        s_log_destroy_pending,
    );
    task.dict
        .borrow_mut()
        .set_str("__doc__", Value::str("A coroutine wrapped in a Future."));

    let iter = new_type(vm, "FutureIter", None, false);
    let methods: &[(&str, NativeFn)] = &[
        ("__next__", it_next),
        ("__iter__", it_iter),
        ("send", it_send),
        ("throw", it_throw),
        ("close", it_close),
    ];
    for (n, f) in methods {
        vm.add_method(&iter, n, *f);
    }
    {
        let mut md = d.borrow_mut();
        md.set_str("Future", Value::Type(fut.clone()));
        md.set_str("Task", Value::Type(task.clone()));
        md.set_str("FutureIter", Value::Type(iter.clone()));
        md.set_str("_setup", vm.native("_setup", setup));
        md.set_str(
            "_install_handles",
            vm.native("_install_handles", install_handles),
        );
        md.set_str("new_handle", vm.native("new_handle", new_handle));
        md.set_str("_new_task", vm.native("_new_task", new_task));
        md.set_str("run_handles", vm.native("run_handles", run_handles));
        md.set_str("new_timer", vm.native("new_timer", new_timer));
        md.set_str("push_timer", vm.native("push_timer", push_timer));
        md.set_str("pop_due", vm.native("pop_due", pop_due));
        md.set_str(
            "_scheduled_tasks",
            vm.native("_scheduled_tasks", scheduled_tasks),
        );
        md.set_str(
            "_register_task",
            vm.native("_register_task", register_task_py),
        );
        md.set_str(
            "_unregister_task",
            vm.native("_unregister_task", unregister_task),
        );
        md.set_str("_queue_setup", vm.native("_queue_setup", queue_setup));
        md.set_str("_queue_put", vm.native("_queue_put", queue_put));
        md.set_str("_queue_get", vm.native("_queue_get", queue_get));
    }
    TYPES.with(|s| {
        *s.borrow_mut() = Some(Types {
            future: fut,
            task,
            iter,
        })
    });
    Ok(())
}

#[cfg(all(test, target_pointer_width = "64"))]
mod tests {
    /// What a suspended task holds of this module's structs (docs/PERFORMANCE.md "asyncio",
    /// bytes per suspended task; `crates/vm/tests/task_memory.rs` counts the blocks): these
    /// sizes only ever go down. With the `Rc` counts: a Future's or Task's state 128 bytes
    /// (jemalloc's 128 class, with a waiting Task's callback inline), a Task's own part 112,
    /// a FutureIter's 48.
    #[test]
    fn layouts_stay_small() {
        use std::mem::size_of;
        assert!(size_of::<super::Callbacks>() <= 32);
        assert!(size_of::<super::Fut>() <= 112);
        assert!(size_of::<super::TaskPart>() <= 112);
        assert!(size_of::<super::FutIter>() <= 32);
        assert!(size_of::<crate::value::Value>() <= 24);
    }
}
