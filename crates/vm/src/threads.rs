//! Green threads: `threading.Thread` run by the VM, one at a time, switched only where a
//! thread blocks (docs/ARCHITECTURE.md, "Threads").
//!
//! Each thread other than the main one runs on its own Rust stack (a `corosensei` coroutine),
//! so a thread can block anywhere: in Python code, or deep inside a Rust call back into Python
//! (a sort key, `__eq__`). The VM's per-thread state (frame stack, the exception being
//! handled, the entry-marker depth, generators resumed inline, the settrace/setprofile
//! hooks) is swapped in and out around each switch; everything else (modules, objects,
//! `sys.monitoring`) is shared, as in CPython.
//!
//! Scheduling is deterministic:
//! - only the main thread's stack resumes threads: a thread that blocks suspends back to the
//!   main thread's scheduler loop (`run_loop`), which picks the next runnable thread; the
//!   main thread is always inside that loop while another thread runs;
//! - runnable threads wait in one FIFO queue; `start` puts the new thread first and its
//!   starter second (CPython's `start()` waits until the new thread has begun, and a thread
//!   runs until it blocks);
//! - a waiter woken by `unpark` joins the back of the queue; the waker goes on;
//! - sleepers whose deadline passed join the queue in deadline order; when nothing is
//!   runnable the process really sleeps until the first deadline;
//! - nothing runnable and no deadline while the main thread waits is a deadlock: CPython would
//!   hang; the main thread's wait raises RuntimeError naming what each thread waits for.

use std::cell::RefCell;
use std::collections::{BTreeMap, VecDeque};
use std::time::{Duration, Instant};

use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};

use crate::frame::FrameRef;
use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

/// `threading.get_ident()` of the main thread.
pub const MAIN: i64 = 1;

/// Rust stack of a thread: reserved address space, touched pages only are used.
const STACK_SIZE: usize = 256 << 20;

/// What the VM holds for the running thread only.
#[derive(Default)]
struct Saved {
    frames: Vec<FrameRef>,
    exc_info: Option<Value>,
    exc_outer: Option<Value>,
    native_depth: usize,
    c_recursion: usize,
    reraising: bool,
    pending_throw: Option<Value>,
    inline_gens: Vec<crate::generator::InlineGen>,
    inline_inits: Vec<crate::eval::InlineInit>,
    /// `sys.settrace` / `sys.setprofile` are per thread (`sys.monitoring` is not).
    trace: Option<Value>,
    profile: Option<Value>,
    tracing: u32,
    what_event: Option<crate::settrace::Event>,
    jumped: bool,
}

impl Saved {
    /// Exchange the VM's per-thread state with `self`.
    fn swap(&mut self, vm: &mut Vm) {
        std::mem::swap(&mut self.frames, &mut vm.frames);
        let exc = self.exc_info.take().unwrap_or(Value::None);
        self.exc_info = Some(std::mem::replace(&mut vm.exc_info, exc));
        let outer = self.exc_outer.take().unwrap_or(Value::None);
        self.exc_outer = Some(std::mem::replace(&mut vm.exc_outer, outer));
        std::mem::swap(&mut self.native_depth, &mut vm.native_depth);
        std::mem::swap(&mut self.c_recursion, &mut vm.c_recursion);
        std::mem::swap(&mut self.reraising, &mut vm.reraising);
        std::mem::swap(&mut self.pending_throw, &mut vm.pending_throw);
        std::mem::swap(&mut self.inline_gens, &mut vm.inline_gens);
        std::mem::swap(&mut self.inline_inits, &mut vm.inline_inits);
        let st = &mut vm.sys_trace;
        std::mem::swap(&mut self.trace, &mut st.trace);
        std::mem::swap(&mut self.profile, &mut st.profile);
        std::mem::swap(&mut self.tracing, &mut st.tracing);
        std::mem::swap(&mut self.what_event, &mut st.what_event);
        std::mem::swap(&mut self.jumped, &mut st.jumped);
        st.on = st.trace.is_some() || st.profile.is_some() || st.monitoring.all != 0;
    }
}

#[derive(Clone, PartialEq)]
enum State {
    Runnable,
    /// Waiting for `unpark` or the deadline.
    Blocked {
        deadline: Option<Instant>,
        what: String,
    },
    Done,
}

type Coro = Coroutine<(), (), (), DefaultStack>;

struct Thread {
    state: State,
    /// Was the last wait ended by `unpark` (not by its deadline)?
    woken: bool,
    coro: Option<Coro>,
    /// The coroutine's yielder, set when the thread first runs (lives on its own stack).
    yielder: *const Yielder<(), ()>,
    saved: Saved,
    /// For the deadlock message.
    name: String,
}

struct Sched {
    threads: BTreeMap<i64, Thread>,
    current: i64,
    queue: VecDeque<i64>,
    next_ident: i64,
}

thread_local! {
    static SCHED: RefCell<Option<Sched>> = const { RefCell::new(None) };
}

fn with<R>(f: impl FnOnce(&mut Sched) -> R) -> R {
    SCHED.with(|s| {
        let mut s = s.borrow_mut();
        let sched = s.get_or_insert_with(|| {
            let mut threads = BTreeMap::new();
            threads.insert(
                MAIN,
                Thread {
                    state: State::Runnable,
                    woken: false,
                    coro: None,
                    yielder: std::ptr::null(),
                    saved: Saved::default(),
                    name: "MainThread".into(),
                },
            );
            Sched {
                threads,
                current: MAIN,
                queue: VecDeque::new(),
                next_ident: MAIN + 1,
            }
        });
        f(sched)
    })
}

fn started() -> bool {
    SCHED.with(|s| s.borrow().is_some())
}

/// The running thread's ident.
pub fn current() -> i64 {
    if !started() {
        return MAIN;
    }
    with(|s| s.current)
}

/// Has the thread `ident` not ended yet? (contextvars drops the contexts of ended threads.)
pub fn alive(ident: i64) -> bool {
    ident == MAIN || (started() && with(|s| s.threads.contains_key(&ident)))
}

/// Is there a thread besides the running one that has not ended?
pub fn others_exist() -> bool {
    started()
        && with(|s| {
            s.threads
                .iter()
                .any(|(id, t)| *id != s.current && t.state != State::Done)
        })
}

/// The earliest deadline of a blocked thread.
pub fn next_deadline() -> Option<Instant> {
    if !started() {
        return None;
    }
    with(|s| {
        s.threads
            .values()
            .filter_map(|t| match &t.state {
                State::Blocked { deadline, .. } => *deadline,
                _ => None,
            })
            .min()
    })
}

/// Move sleepers whose deadline has passed to the run queue, earliest first.
fn wake_expired(s: &mut Sched) {
    let now = Instant::now();
    let mut due: Vec<(Instant, i64)> = s
        .threads
        .iter()
        .filter_map(|(id, t)| match &t.state {
            State::Blocked {
                deadline: Some(d), ..
            } if *d <= now => Some((*d, *id)),
            _ => None,
        })
        .collect();
    due.sort();
    for (_, id) in due {
        if let Some(t) = s.threads.get_mut(&id) {
            t.state = State::Runnable;
            t.woken = false;
        }
        s.queue.push_back(id);
    }
}

/// Start a thread running `func()`: it runs at once, until it blocks or ends; then the
/// starter goes on. Returns its ident.
pub fn start(vm: &mut Vm, func: Value, name: String) -> PyResult<i64> {
    let vm_ptr: *mut Vm = vm;
    let ident = with(|s| {
        let id = s.next_ident;
        s.next_ident += 1;
        id
    });
    let stack = DefaultStack::new(STACK_SIZE)
        .map_err(|_| vm.new_error("RuntimeError", "can't start new thread"))?;
    let coro: Coro = Coroutine::with_stack(stack, move |yielder: &Yielder<(), ()>, ()| {
        with(|s| {
            if let Some(t) = s.threads.get_mut(&ident) {
                t.yielder = yielder;
            }
        });
        // SAFETY: the Vm lives in `run::run`'s frame for the whole run, and this coroutine
        // only runs while the main thread's stack is parked in `run_loop` (which was handed
        // that same Vm): exactly one stack uses the Vm at any time, as with a GIL.
        #[allow(unsafe_code)]
        let vm = unsafe { &mut *vm_ptr };
        if let Err(e) = vm.call(&func, vec![]) {
            // threading's bootstrap reports exceptions itself; this is _thread's fallback.
            if !vm.err_is(&e, "SystemExit") {
                vm.print_exception(&e);
            }
        }
        vm.flush_stdout();
    });
    with(|s| {
        let me = s.current;
        s.threads.insert(
            ident,
            Thread {
                state: State::Runnable,
                woken: false,
                coro: Some(coro),
                yielder: std::ptr::null(),
                saved: Saved::default(),
                name,
            },
        );
        s.queue.push_front(me);
        s.queue.push_front(ident);
    });
    switch(vm)?;
    Ok(ident)
}

/// Block the running thread until `unpark` or the deadline: `true` if woken by `unpark`.
/// With no deadline and nothing else able to run, the main thread gets RuntimeError.
pub fn park(vm: &mut Vm, deadline: Option<Instant>, what: &str) -> PyResult<bool> {
    with(|s| {
        let me = s.current;
        if let Some(t) = s.threads.get_mut(&me) {
            t.state = State::Blocked {
                deadline,
                what: what.to_string(),
            };
            t.woken = false;
        }
    });
    switch(vm)?;
    Ok(with(|s| {
        let me = s.current;
        s.threads.get(&me).is_some_and(|t| t.woken)
    }))
}

/// Wake a parked thread (nothing happens to one that is not parked).
pub fn unpark(ident: i64) {
    if !started() {
        return;
    }
    with(|s| {
        if let Some(t) = s.threads.get_mut(&ident) {
            if matches!(t.state, State::Blocked { .. }) {
                t.state = State::Runnable;
                t.woken = true;
                s.queue.push_back(ident);
            }
        }
    });
}

/// Let the other runnable threads run (the running thread goes to the back of the queue);
/// `true` if some did.
pub fn yield_now(vm: &mut Vm) -> PyResult<bool> {
    if !others_exist() {
        return Ok(false);
    }
    let others_ready = with(|s| {
        wake_expired(s);
        let me = s.current;
        let ready = s.queue.iter().any(|id| *id != me);
        if ready {
            s.queue.push_back(me);
        }
        ready
    });
    if !others_ready {
        return Ok(false);
    }
    switch(vm)?;
    Ok(true)
}

/// `time.sleep` while other threads exist: block until the deadline, letting them run.
pub fn sleep(vm: &mut Vm, secs: f64) -> PyResult<()> {
    if secs <= 0.0 {
        return yield_now(vm).map(|_| ());
    }
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    while Instant::now() < deadline {
        park(vm, Some(deadline), "time.sleep()")?;
    }
    Ok(())
}

/// Give control away until the scheduler picks the running thread again (it has put itself
/// in the queue or marked itself blocked).
fn switch(vm: &mut Vm) -> PyResult<()> {
    let (me, yielder) = with(|s| {
        let me = s.current;
        (me, s.threads.get(&me).map(|t| t.yielder))
    });
    if me == MAIN {
        return run_loop(vm);
    }
    let Some(y) = yielder.filter(|y| !y.is_null()) else {
        return Err(vm.system_error("green thread without a stack"));
    };
    // SAFETY: the yielder lives on this thread's own coroutine stack, which is the stack
    // running this code; it stays valid until the coroutine's body returns.
    #[allow(unsafe_code)]
    let y = unsafe { &*y };
    y.suspend(());
    Ok(())
}

/// The main thread's scheduler loop: run the other threads until the main thread is picked.
fn run_loop(vm: &mut Vm) -> PyResult<()> {
    loop {
        let next = match pick(vm) {
            Ok(n) => n,
            Err(e) => {
                with(|s| {
                    if let Some(t) = s.threads.get_mut(&MAIN) {
                        t.state = State::Runnable;
                    }
                    s.queue.retain(|id| *id != MAIN);
                });
                return Err(e);
            }
        };
        if next == MAIN {
            with(|s| s.current = MAIN);
            return Ok(());
        }
        let taken = with(|s| {
            s.current = next;
            s.threads
                .get_mut(&next)
                .map(|t| (t.coro.take(), std::mem::take(&mut t.saved)))
        });
        let Some((Some(mut coro), mut saved)) = taken else {
            with(|s| s.current = MAIN);
            continue;
        };
        let mut main_saved = Saved::default();
        main_saved.swap(vm);
        saved.swap(vm);
        let r = coro.resume(());
        saved.swap(vm);
        main_saved.swap(vm);
        let finished = matches!(r, CoroutineResult::Return(()));
        with(|s| {
            s.current = MAIN;
            if let Some(t) = s.threads.get_mut(&next) {
                t.saved = saved;
                if finished {
                    t.state = State::Done;
                } else {
                    t.coro = Some(coro);
                }
            }
            if finished {
                s.threads.remove(&next);
            }
        });
    }
}

/// The next thread to run: the queue's first, else wait for the first sleeper.
fn pick(vm: &mut Vm) -> PyResult<i64> {
    loop {
        let (next, deadline) = with(|s| {
            wake_expired(s);
            while let Some(id) = s.queue.pop_front() {
                if s.threads
                    .get(&id)
                    .is_some_and(|t| t.state == State::Runnable)
                {
                    return (Some(id), None);
                }
            }
            let d = s
                .threads
                .values()
                .filter_map(|t| match &t.state {
                    State::Blocked { deadline, .. } => *deadline,
                    _ => None,
                })
                .min();
            (None, d)
        });
        if let Some(id) = next {
            return Ok(id);
        }
        let Some(deadline) = deadline else {
            return Err(deadlock(vm));
        };
        vm.flush_stdout();
        let now = Instant::now();
        if deadline > now {
            std::thread::sleep((deadline - now).min(Duration::from_millis(50)));
        }
        vm.check_interrupt()?;
    }
}

thread_local! {
    /// A deadlock was reported: the threads still waiting will never run again, so the end
    /// of the program does not wait for them (and report it a second time).
    static DEADLOCKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn deadlock(vm: &mut Vm) -> crate::vm::PyErr {
    DEADLOCKED.with(|d| d.set(true));
    let waits = with(|s| {
        s.threads
            .values()
            .filter_map(|t| match &t.state {
                State::Blocked { what, .. } => Some(format!("{} in {}", t.name, what)),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(", ")
    });
    vm.new_error(
        "RuntimeError",
        format!("pydive: deadlock: every thread waits for another ({waits}); CPython would hang"),
    )
}

/// End of the run: threads still parked (daemon threads) are abandoned as CPython abandons
/// them; their stacks are leaked rather than unwound through the VM being torn down.
pub fn at_exit() {
    if !started() {
        return;
    }
    let threads = SCHED.with(|s| s.borrow_mut().take());
    if let Some(sched) = threads {
        for (_, t) in sched.threads {
            std::mem::forget(t.coro);
            std::mem::forget(t.saved);
        }
    }
}

/// In the child of `os.fork()` (called by the main thread): only the main thread goes on, as
/// in CPython's child only the forking thread exists. The others are dropped from the
/// scheduler without being resumed or unwound (their stacks leaked, as in `at_exit`);
/// `threading`'s after-fork hook marks their `Thread` objects stopped.
pub fn after_fork_child() {
    if !started() {
        return;
    }
    with(|s| {
        let others: Vec<i64> = s.threads.keys().copied().filter(|id| *id != MAIN).collect();
        for id in others {
            if let Some(t) = s.threads.remove(&id) {
                std::mem::forget(t.coro);
                std::mem::forget(t.saved);
            }
        }
        s.queue.clear();
        s.current = MAIN;
    });
}

// ---------------------------------------------------------------------------------------------
// `_pydive_thread`: the primitives lib/threading.py builds on.

fn seconds(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<f64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(crate::objects::float::to_f64(vm, v)?)),
    }
}

/// `start(func, name)`: run `func()` in a new thread at once; its ident.
fn t_start(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let func = a.pos.first().cloned().unwrap_or(Value::None);
    let name = match a.pos.get(1) {
        Some(v) => v.as_str().map(String::from).unwrap_or_default(),
        None => String::new(),
    };
    Ok(Value::Int(start(vm, func, name)?))
}

fn t_get_ident(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(current()))
}

/// `park(timeout=None, what='')`: wait for `unpark`; False when the timeout passed first.
fn t_park(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let timeout = seconds(vm, a.pos.first())?;
    let what = a
        .pos
        .get(1)
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_else(|| "a wait".into());
    let deadline = timeout.map(|t| Instant::now() + Duration::from_secs_f64(t.max(0.0)));
    Ok(Value::Bool(park(vm, deadline, &what)?))
}

fn t_unpark(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Int(id)) => {
            unpark(*id);
            Ok(Value::None)
        }
        _ => Err(vm.type_error("unpark() takes a thread ident")),
    }
}

fn t_yield(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Bool(yield_now(vm)?))
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("start", t_start),
        ("get_ident", t_get_ident),
        ("park", t_park),
        ("unpark", t_unpark),
        ("yield_now", t_yield),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    Ok(())
}

/// End of the main program: `threading._shutdown()` waits for the non-daemon threads, as
/// CPython's `Py_FinalizeEx` does before the atexit handlers.
pub fn shutdown(vm: &mut Vm) {
    if !started() || DEADLOCKED.with(|d| d.get()) {
        return;
    }
    let threading = vm.modules.borrow().get_str("threading");
    if let Some(m) = threading {
        if let Ok(f) = vm.getattr(&m, "_shutdown") {
            if let Err(e) = vm.call(&f, vec![]) {
                vm.print_exception(&e);
            }
        }
    }
}

thread_local! {
    /// `sys.setswitchinterval`, in microseconds as CPython keeps it. Green threads switch only
    /// where they block, so it is only remembered.
    static SWITCH_INTERVAL_US: std::cell::Cell<u64> = const { std::cell::Cell::new(5000) };
}

/// `sys.getswitchinterval()`.
pub fn sys_getswitchinterval(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Float(
        SWITCH_INTERVAL_US.with(|s| s.get()) as f64 / 1e6,
    ))
}

/// `sys.setswitchinterval(interval)`.
pub fn sys_setswitchinterval(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    let secs = crate::objects::float::to_f64(vm, &v)?;
    if secs <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    let us = (secs * 1e6) as u64;
    SWITCH_INTERVAL_US.with(|s| s.set(us));
    Ok(Value::None)
}
