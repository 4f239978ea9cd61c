//! `signal`: SIGINT as CPython handles it — a flag set by the C-level handler, the Python
//! handler (`default_int_handler` raises KeyboardInterrupt) run later by the eval loop
//! (`Vm::check_interrupt`), and a wake-up pipe that makes a blocked `epoll.poll` return.
//!
//! The process-level handler is installed through `signal-hook` (no `unsafe` here) the first
//! time `signal` or `select` is imported. Only SIGINT can have a Python handler.

use std::cell::RefCell;
use std::io::Read;
use std::os::unix::net::UnixStream;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

pub const SIGINT: i32 = 2;

pub struct Installed {
    flag: Arc<AtomicBool>,
    /// Read end of the wake-up pipe: a byte arrives on every SIGINT.
    pub wake: UnixStream,
}

static INSTALLED: OnceLock<Option<Installed>> = OnceLock::new();

thread_local! {
    /// The Python-level SIGINT handler (`default_int_handler`, `SIG_DFL` = 0, `SIG_IGN` = 1
    /// or a callable), and `default_int_handler` itself.
    static HANDLER: RefCell<Option<Value>> = const { RefCell::new(None) };
    static DEFAULT: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// Install the process's SIGINT handler once; `None` if the OS refused.
pub fn install() -> Option<&'static Installed> {
    INSTALLED
        .get_or_init(|| {
            let flag = Arc::new(AtomicBool::new(false));
            signal_hook::flag::register(SIGINT, flag.clone()).ok()?;
            let (read, write) = UnixStream::pair().ok()?;
            read.set_nonblocking(true).ok()?;
            write.set_nonblocking(true).ok()?;
            signal_hook::low_level::pipe::register(SIGINT, write).ok()?;
            Some(Installed { flag, wake: read })
        })
        .as_ref()
}

/// The installed state, if `install` ran.
pub fn installed() -> Option<&'static Installed> {
    INSTALLED.get().and_then(|o| o.as_ref())
}

/// A SIGINT arrived that `run_pending` has not handled yet (a cheap check for the eval loop).
#[inline]
pub fn pending() -> bool {
    installed().is_some_and(|i| i.flag.load(Ordering::Relaxed))
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

/// A SIGINT arrived since the last check: run the Python handler (the default one raises
/// KeyboardInterrupt). Called from `Vm::check_interrupt` and from `epoll.poll`.
pub fn run_pending(vm: &mut Vm) -> PyResult<()> {
    let Some(i) = installed() else {
        return Ok(());
    };
    if !i.flag.swap(false, Ordering::Relaxed) {
        return Ok(());
    }
    drain_wake();
    let h = HANDLER.with(|h| h.borrow().clone());
    let is_default = match (&h, DEFAULT.with(|d| d.borrow().clone())) {
        (None, _) => true,
        (Some(h), Some(d)) => h.is(&d),
        _ => false,
    };
    if is_default {
        let t = vm.exc_type("KeyboardInterrupt");
        return Err(vm.new_exception(&t, vec![]));
    }
    match h {
        Some(Value::Int(1)) => Ok(()),
        Some(Value::Int(0)) => {
            vm.flush_stdout();
            let _ = signal_hook::low_level::emulate_default_handler(SIGINT);
            std::process::exit(130)
        }
        Some(f) => {
            let frame = match vm.current_frame() {
                Some(fr) => Value::Frame(fr),
                None => Value::None,
            };
            vm.call(&f, vec![Value::Int(i64::from(SIGINT)), frame])?;
            Ok(())
        }
        None => Ok(()),
    }
}

fn default_int_handler(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let t = vm.exc_type("KeyboardInterrupt");
    Err(vm.new_exception(&t, vec![]))
}

fn signum(vm: &mut Vm, a: &Args) -> PyResult<i64> {
    match a.pos.first() {
        Some(Value::Int(n)) => Ok(*n),
        Some(Value::Instance(_)) => {
            // an IntEnum member would do; we only hand out ints
            Err(vm.type_error("signal number must be an int"))
        }
        _ => Err(vm.type_error("signal number must be an int")),
    }
}

fn current_handler() -> Value {
    HANDLER
        .with(|h| h.borrow().clone())
        .or_else(|| DEFAULT.with(|d| d.borrow().clone()))
        .unwrap_or(Value::None)
}

fn getsignal(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = signum(vm, &a)?;
    if !(1..65).contains(&n) {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(if n == i64::from(SIGINT) {
        current_handler()
    } else {
        Value::Int(0)
    })
}

fn signal(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = signum(vm, &a)?;
    let h = a.pos.get(1).cloned().unwrap_or(Value::None);
    if !(1..65).contains(&n) {
        return Err(vm.value_error("signal number out of range"));
    }
    if n != i64::from(SIGINT) {
        return Err(vm.not_implemented(&format!("signal.signal for signal {n} (only SIGINT)")));
    }
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
    install();
    let old = current_handler();
    HANDLER.with(|c| *c.borrow_mut() = Some(h));
    Ok(old)
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
    ];
    for (n, v) in consts {
        d.borrow_mut().set_str(n, Value::Int(*v));
    }
    Ok(())
}
