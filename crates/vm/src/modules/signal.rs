//! `signal`: signals as CPython handles them — the C-level handler only sets a flag (per
//! signal, plus one "any signal" flag the eval loop tests cheaply), and the Python handler runs
//! later in the main thread between bytecodes (`Vm::check_interrupt`, Modules/signalmodule.c's
//! `PyErr_CheckSignals`), lowest signal number first; a wake-up pipe makes a blocked
//! `epoll.poll` return.
//!
//! The process-level handlers are installed through `signal-hook` (no `unsafe` here): SIGINT's
//! the first time `signal` or `select` is imported, any other signal's the first time a handler
//! (or SIG_IGN) is set for it. A signal whose Python handler is back to SIG_DFL gets its default
//! action emulated when its flag is seen. `alarm`/`setitimer(ITIMER_REAL)` are a timer thread
//! that sends SIGALRM to the process.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Read;
use std::os::unix::net::UnixStream;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

pub const SIGINT: i32 = 2;
const SIGALRM: i32 = 14;
const NSIG: usize = 65;

pub struct Installed {
    /// Set by every hooked signal: something for `run_pending` to look at.
    any: Arc<AtomicBool>,
    /// One flag per signal number.
    flags: Vec<Arc<AtomicBool>>,
    /// Signals whose process-level handler is installed.
    hooked: Mutex<Vec<bool>>,
    /// Write end of the wake-up pipe (cloned for each hooked signal).
    write: UnixStream,
    /// Read end of the wake-up pipe: a byte arrives on every hooked signal.
    pub wake: UnixStream,
}

static INSTALLED: OnceLock<Option<Installed>> = OnceLock::new();

thread_local! {
    /// The Python-level handlers set with `signal.signal` (`SIG_DFL` = 0, `SIG_IGN` = 1 or a
    /// callable), and `default_int_handler` itself.
    static HANDLERS: RefCell<HashMap<i32, Value>> = RefCell::new(HashMap::new());
    static DEFAULT: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// Install the process's SIGINT handler once; `None` if the OS refused.
pub fn install() -> Option<&'static Installed> {
    INSTALLED
        .get_or_init(|| {
            let (read, write) = UnixStream::pair().ok()?;
            read.set_nonblocking(true).ok()?;
            write.set_nonblocking(true).ok()?;
            let inst = Installed {
                any: Arc::new(AtomicBool::new(false)),
                flags: (0..NSIG)
                    .map(|_| Arc::new(AtomicBool::new(false)))
                    .collect(),
                hooked: Mutex::new(vec![false; NSIG]),
                write,
                wake: read,
            };
            hook(&inst, SIGINT).ok()?;
            Some(inst)
        })
        .as_ref()
}

/// Install the process-level handler of `sig` (once).
fn hook(inst: &Installed, sig: i32) -> std::io::Result<()> {
    let mut hooked = inst.hooked.lock().unwrap_or_else(|e| e.into_inner());
    if hooked[sig as usize] {
        return Ok(());
    }
    signal_hook::flag::register(sig, inst.flags[sig as usize].clone())?;
    signal_hook::flag::register(sig, inst.any.clone())?;
    signal_hook::low_level::pipe::register(sig, inst.write.try_clone()?)?;
    hooked[sig as usize] = true;
    Ok(())
}

/// The installed state, if `install` ran.
pub fn installed() -> Option<&'static Installed> {
    INSTALLED.get().and_then(|o| o.as_ref())
}

/// A signal arrived that `run_pending` has not handled yet (a cheap check for the eval loop).
#[inline]
pub fn pending() -> bool {
    installed().is_some_and(|i| i.any.load(Ordering::Relaxed))
}

/// Empty the wake-up pipe.
pub fn drain_wake() {
    if let Some(i) = installed() {
        let mut buf = [0u8; 64];
        while let Ok(n) = (&i.wake).read(&mut buf) {
            if n == 0 {
                break;
            }
        }
    }
}

fn handler_of(sig: i32) -> Option<Value> {
    HANDLERS.with(|h| h.borrow().get(&sig).cloned())
}

/// Signals arrived since the last check: run their Python handlers, lowest number first
/// (SIGINT's default one raises KeyboardInterrupt). Called from `Vm::check_interrupt` and from
/// `epoll.poll`. A handler that raises leaves the later signals for the next check.
pub fn run_pending(vm: &mut Vm) -> PyResult<()> {
    let Some(i) = installed() else {
        return Ok(());
    };
    // only the main thread runs Python signal handlers
    if crate::threads::current() != crate::threads::MAIN || !i.any.swap(false, Ordering::Relaxed) {
        return Ok(());
    }
    drain_wake();
    for sig in 1..NSIG as i32 {
        if !i.flags[sig as usize].swap(false, Ordering::Relaxed) {
            continue;
        }
        if let Err(e) = run_handler(vm, sig) {
            if i.flags.iter().any(|f| f.load(Ordering::Relaxed)) {
                i.any.store(true, Ordering::Relaxed);
            }
            return Err(e);
        }
    }
    Ok(())
}

fn run_handler(vm: &mut Vm, sig: i32) -> PyResult<()> {
    let h = handler_of(sig);
    let is_default_int = match (&h, DEFAULT.with(|d| d.borrow().clone())) {
        (None, _) => sig == SIGINT,
        (Some(h), Some(d)) => h.is(&d),
        _ => false,
    };
    if is_default_int {
        let t = vm.exc_type("KeyboardInterrupt");
        return Err(vm.new_exception(&t, vec![]));
    }
    match h {
        Some(Value::Int(1)) => Ok(()),
        None | Some(Value::Int(0)) => {
            vm.flush_stdout();
            let _ = signal_hook::low_level::emulate_default_handler(sig);
            if sig == SIGINT {
                std::process::exit(130)
            }
            Ok(())
        }
        Some(f) => {
            let frame = match vm.current_frame() {
                Some(fr) => Value::Frame(fr),
                None => Value::None,
            };
            vm.call(&f, vec![Value::Int(i64::from(sig)), frame])?;
            Ok(())
        }
    }
}

fn default_int_handler(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let t = vm.exc_type("KeyboardInterrupt");
    Err(vm.new_exception(&t, vec![]))
}

fn signum_at(vm: &mut Vm, a: &Args, i: usize) -> PyResult<i64> {
    match a.pos.get(i) {
        Some(Value::Int(n)) => Ok(*n),
        Some(v) => {
            let v = v.clone();
            vm.index_value(&v)
        }
        None => Err(vm.type_error("signal number missing")),
    }
}

fn in_range(vm: &mut Vm, n: i64) -> PyResult<i32> {
    if !(1..NSIG as i64).contains(&n) {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(n as i32)
}

fn current_handler(sig: i32) -> Value {
    match handler_of(sig) {
        Some(h) => h,
        None if sig == SIGINT => DEFAULT.with(|d| d.borrow().clone()).unwrap_or(Value::None),
        // CPython ignores SIGPIPE and SIGXFSZ at startup (as Rust's runtime does SIGPIPE)
        None if sig == 13 || sig == 25 => Value::Int(1),
        None => Value::Int(0),
    }
}

fn getsignal(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = signum_at(vm, &a, 0)?;
    let sig = in_range(vm, n)?;
    Ok(current_handler(sig))
}

fn signal(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = signum_at(vm, &a, 0)?;
    let h = a.pos.get(1).cloned().unwrap_or(Value::None);
    let sig = in_range(vm, n)?;
    let ok = match &h {
        Value::Int(0) | Value::Int(1) => true,
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Type(_) => true,
        Value::Instance(_) => vm.type_of(&h).lookup("__call__").is_some(),
        _ => false,
    };
    if !ok {
        return Err(vm.type_error(
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
        ));
    }
    if crate::threads::current() != crate::threads::MAIN {
        return Err(vm.value_error("signal only works in main thread of the main interpreter"));
    }
    // SIGKILL and SIGSTOP cannot be caught: sigaction answers EINVAL
    if sig == 9 || sig == 19 {
        return Err(crate::modules::socket::os_error(vm, 22));
    }
    let Some(inst) = install() else {
        return Err(vm.not_implemented("signal handlers (the process handler could not be set)"));
    };
    let is_dfl = matches!(h, Value::Int(0));
    if !is_dfl || sig == SIGINT {
        if signal_hook::consts::FORBIDDEN.contains(&sig) {
            return Err(vm.not_implemented(&format!("signal.signal for signal {sig}")));
        }
        if let Err(e) = hook(inst, sig) {
            return Err(crate::modules::socket::os_error(
                vm,
                e.raw_os_error().unwrap_or(22),
            ));
        }
    }
    // a signal that arrived before this call meets the handler it had (CPython's eval
    // breaker runs it at the call at the latest)
    run_pending(vm)?;
    let old = current_handler(sig);
    HANDLERS.with(|c| c.borrow_mut().insert(sig, h));
    Ok(old)
}

/// `signal.raise_signal(signum)`: send the signal to this process and run its handler now.
fn raise_signal(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = signum_at(vm, &a, 0)?;
    let sig = in_range(vm, n)?;
    send_self(vm, sig)?;
    run_pending(vm)?;
    Ok(Value::None)
}

/// raise(3): the signal to this thread (the VM runs on a thread of its own, so a signal sent
/// to the process would land on the process's first thread, a moment later).
fn send_self(vm: &mut Vm, sig: i32) -> PyResult<()> {
    signal_hook::low_level::raise(sig)
        .map_err(|e| crate::modules::socket::os_error(vm, e.raw_os_error().unwrap_or(22)))
}

/// After `os.kill(os.getpid(), sig)`: the process's first thread takes the signal, not the
/// VM's; wait (a little) until its flag is up, so the handler runs at the next check as it
/// does in CPython, where the signal lands on the thread that sent it.
pub fn await_own_signal(sig: i64) {
    let Some(i) = installed() else { return };
    let Ok(k) = usize::try_from(sig) else { return };
    let hooked = i
        .hooked
        .lock()
        .map(|h| h.get(k).copied().unwrap_or(false))
        .unwrap_or(false);
    if !hooked {
        return;
    }
    let end = Instant::now() + Duration::from_millis(100);
    while !i.any.load(Ordering::Relaxed) && Instant::now() < end {
        std::thread::yield_now();
    }
}

/// `signal.pthread_kill(thread_id, signum)`: only the main thread of this process can be the
/// target (its id is `threading.main_thread().ident`).
fn pthread_kill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = signum_at(vm, &a, 1)?;
    if n == 0 {
        return Ok(Value::None);
    }
    let sig = in_range(vm, n)?;
    send_self(vm, sig)?;
    run_pending(vm)?;
    Ok(Value::None)
}

/// `signal.pause()`: wait until a signal arrives, then run its handler.
fn pause(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    vm.flush_stdout();
    loop {
        if pending() || vm.interrupted.load(Ordering::Relaxed) {
            vm.check_interrupt()?;
            return Ok(Value::None);
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

// -- ITIMER_REAL: a timer thread that sends SIGALRM --------------------------------------------

#[derive(Clone, Copy, Default)]
struct Timer {
    deadline: Option<Instant>,
    interval: Duration,
    /// Bumped on every setitimer, so a sleeping timer thread knows its plan changed.
    generation: u64,
}

static TIMER: OnceLock<(Mutex<Timer>, Condvar)> = OnceLock::new();

fn timer() -> &'static (Mutex<Timer>, Condvar) {
    TIMER.get_or_init(|| {
        std::thread::spawn(timer_thread);
        (Mutex::new(Timer::default()), Condvar::new())
    })
}

fn timer_thread() {
    // wait until the OnceLock holds the pair
    let (lock, cv) = loop {
        if let Some(t) = TIMER.get() {
            break t;
        }
        std::thread::sleep(Duration::from_millis(1));
    };
    let mut t = lock.lock().unwrap_or_else(|e| e.into_inner());
    loop {
        match t.deadline {
            None => t = cv.wait(t).unwrap_or_else(|e| e.into_inner()),
            Some(d) => {
                let now = Instant::now();
                if now < d {
                    t = cv
                        .wait_timeout(t, d - now)
                        .unwrap_or_else(|e| e.into_inner())
                        .0;
                    continue;
                }
                t.deadline = if t.interval.is_zero() {
                    None
                } else {
                    Some(d + t.interval)
                };
                if let Some(s) = rustix::process::Signal::from_named_raw(SIGALRM) {
                    let _ = rustix::process::kill_process(rustix::process::getpid(), s);
                }
            }
        }
    }
}

/// Set ITIMER_REAL; the previous (remaining, interval).
fn set_real(value: Duration, interval: Duration) -> (Duration, Duration) {
    let (lock, cv) = timer();
    let mut t = lock.lock().unwrap_or_else(|e| e.into_inner());
    let old = get_locked(&t);
    t.deadline = if value.is_zero() {
        None
    } else {
        Some(Instant::now() + value)
    };
    t.interval = interval;
    t.generation += 1;
    cv.notify_all();
    old
}

fn get_locked(t: &Timer) -> (Duration, Duration) {
    let left = t.deadline.map_or(Duration::ZERO, |d| {
        d.saturating_duration_since(Instant::now())
    });
    (left, t.interval)
}

fn get_real() -> (Duration, Duration) {
    match TIMER.get() {
        Some((lock, _)) => get_locked(&lock.lock().unwrap_or_else(|e| e.into_inner())),
        None => (Duration::ZERO, Duration::ZERO),
    }
}

fn need_alarm_handler(vm: &mut Vm) -> PyResult<()> {
    // SIGALRM's default action ends the process: the timer needs the process handler hooked
    // (run_pending emulates the default action when no Python handler is set).
    match install() {
        Some(inst) => hook(inst, SIGALRM)
            .map_err(|e| crate::modules::socket::os_error(vm, e.raw_os_error().unwrap_or(22))),
        None => Err(vm.not_implemented("signal.alarm (the process handler could not be set)")),
    }
}

/// `signal.alarm(seconds)`: seconds left of the previous alarm (rounded as glibc's alarm).
fn alarm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = match a.pos.first() {
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => i64::from(*b),
        Some(v) => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")));
        }
        None => return Err(vm.type_error("alarm() takes exactly one argument (0 given)")),
    };
    need_alarm_handler(vm)?;
    let secs = u64::try_from(n).unwrap_or(0).min(u32::MAX as u64);
    let (old, _) = set_real(Duration::from_secs(secs), Duration::ZERO);
    let mut left = old.as_secs();
    if old.subsec_micros() >= 500_000 || (left == 0 && !old.is_zero()) {
        left += 1;
    }
    Ok(Value::Int(left as i64))
}

fn seconds_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Duration> {
    let s = match v {
        None => 0.0,
        Some(v) => crate::objects::float::to_f64(vm, v)?,
    };
    if s < 0.0 || !s.is_finite() {
        return Err(itimer_error(vm));
    }
    Ok(Duration::from_secs_f64(s))
}

fn itimer_error(vm: &mut Vm) -> crate::vm::PyErr {
    // setitimer answers EINVAL for a negative value
    match ITIMER_ERROR.with(|e| e.borrow().clone()) {
        Some(c) => match vm.call(&c, vec![Value::Int(22), Value::str("Invalid argument")]) {
            Ok(v) | Err(v) => v,
        },
        None => crate::modules::socket::os_error(vm, 22),
    }
}

thread_local! {
    static ITIMER_ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

fn pair(v: (Duration, Duration)) -> Value {
    Value::tuple(vec![
        Value::Float(v.0.as_secs_f64()),
        Value::Float(v.1.as_secs_f64()),
    ])
}

fn which_arg(vm: &mut Vm, a: &Args) -> PyResult<i64> {
    let w = signum_at(vm, a, 0)?;
    match w {
        0 => Ok(0),
        1 | 2 => Err(vm.not_implemented("ITIMER_VIRTUAL and ITIMER_PROF timers")),
        _ => Err(itimer_error(vm)),
    }
}

/// `signal.setitimer(which, seconds, interval=0.0)`: the previous (delay, interval).
fn setitimer(vm: &mut Vm, a: Args) -> PyResult<Value> {
    which_arg(vm, &a)?;
    let value = seconds_arg(vm, a.pos.get(1))?;
    let interval = seconds_arg(vm, a.pos.get(2).or(a.kwarg("interval").as_ref()))?;
    need_alarm_handler(vm)?;
    Ok(pair(set_real(value, interval)))
}

/// `signal.getitimer(which)`: (delay, interval) of the timer.
fn getitimer(vm: &mut Vm, a: Args) -> PyResult<Value> {
    which_arg(vm, &a)?;
    Ok(pair(get_real()))
}

fn set_itimer_error(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    ITIMER_ERROR.with(|e| *e.borrow_mut() = a.pos.first().cloned());
    Ok(Value::None)
}

/// glibc's descriptions of signals 1..=31 (what `strsignal(3)` returns).
const DESCRIPTIONS: &[&str] = &[
    "Hangup",
    "Interrupt",
    "Quit",
    "Illegal instruction",
    "Trace/breakpoint trap",
    "Aborted",
    "Bus error",
    "Floating point exception",
    "Killed",
    "User defined signal 1",
    "Segmentation fault",
    "User defined signal 2",
    "Broken pipe",
    "Alarm clock",
    "Terminated",
    "Stack fault",
    "Child exited",
    "Continued",
    "Stopped (signal)",
    "Stopped",
    "Stopped (tty input)",
    "Stopped (tty output)",
    "Urgent I/O condition",
    "CPU time limit exceeded",
    "File size limit exceeded",
    "Virtual timer expired",
    "Profiling timer expired",
    "Window changed",
    "I/O possible",
    "Power failure",
    "Bad system call",
];

/// `signal.strsignal(signalnum)`: the system's description of a signal (None for the two
/// signals glibc reserves for threads).
fn strsignal(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = match a.pos.first() {
        Some(Value::Int(n)) => *n,
        Some(Value::Bool(b)) => *b as i64,
        _ => return Err(vm.type_error("an integer is required")),
    };
    if !(1..65).contains(&n) {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(match n {
        1..=31 => Value::str(DESCRIPTIONS[n as usize - 1]),
        32 | 33 => Value::None,
        _ => Value::str(&format!("Real-time signal {}", n - 34)),
    })
}

/// `signal.valid_signals()`: the set of signal numbers this platform has.
fn valid_signals(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let items = (1..65)
        .filter(|n| *n != 32 && *n != 33)
        .map(Value::Int)
        .collect();
    Ok(Value::Set(vm.new_set(items)?))
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    install();
    let dflt = vm.native("default_int_handler", default_int_handler);
    DEFAULT.with(|c| *c.borrow_mut() = Some(dflt.clone()));
    d.borrow_mut().set_str("default_int_handler", dflt);
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("getsignal", getsignal),
        ("signal", signal),
        ("raise_signal", raise_signal),
        ("pthread_kill", pthread_kill),
        ("pause", pause),
        ("alarm", alarm),
        ("setitimer", setitimer),
        ("getitimer", getitimer),
        ("_set_itimer_error", set_itimer_error),
        ("strsignal", strsignal),
        ("valid_signals", valid_signals),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    let consts: &[(&str, i64)] = &[
        ("SIG_DFL", 0),
        ("SIG_IGN", 1),
        ("SIGHUP", 1),
        ("SIGINT", 2),
        ("SIGQUIT", 3),
        ("SIGKILL", 9),
        ("SIGUSR1", 10),
        ("SIGUSR2", 12),
        ("SIGPIPE", 13),
        ("SIGALRM", 14),
        ("SIGTERM", 15),
        ("SIGCHLD", 17),
        ("SIGILL", 4),
        ("SIGTRAP", 5),
        ("SIGABRT", 6),
        ("SIGIOT", 6),
        ("SIGBUS", 7),
        ("SIGFPE", 8),
        ("SIGSEGV", 11),
        ("SIGSTKFLT", 16),
        ("SIGCLD", 17),
        ("SIGCONT", 18),
        ("SIGSTOP", 19),
        ("SIGTSTP", 20),
        ("SIGTTIN", 21),
        ("SIGTTOU", 22),
        ("SIGURG", 23),
        ("SIGXCPU", 24),
        ("SIGXFSZ", 25),
        ("SIGVTALRM", 26),
        ("SIGPROF", 27),
        ("SIGWINCH", 28),
        ("SIGIO", 29),
        ("SIGPOLL", 29),
        ("SIGPWR", 30),
        ("SIGSYS", 31),
        ("SIGRTMIN", 34),
        ("SIGRTMAX", 64),
        ("NSIG", 65),
        ("ITIMER_REAL", 0),
        ("ITIMER_VIRTUAL", 1),
        ("ITIMER_PROF", 2),
    ];
    for (n, v) in consts {
        d.borrow_mut().set_str(n, Value::Int(*v));
    }
    Ok(())
}
