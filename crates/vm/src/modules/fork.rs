//! `os.fork` and the calls that wait for a child: `register_at_fork`, `waitpid`, `wait`,
//! `waitstatus_to_exitcode`, the `W*` status macros and `_exit` (registered into `posix` by
//! `os::init`). lib/multiprocessing starts its processes with `fork`, as CPython 3.12 does on
//! Linux by default.
//!
//! After a fork the child continues only the calling thread, as in CPython: the other green
//! threads (`threading.Thread`) are dropped from the scheduler (their stacks leaked, never
//! resumed) and `threading`'s own after-fork hook marks them stopped. A forked child ends the
//! process itself when its program ends (`in_fork_child`): the OS thread that started the VM
//! thread and would collect its exit status does not exist in the child.

use std::cell::{Cell, RefCell};

use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

/// One `register_at_fork` call: (before, after_in_child, after_in_parent).
type Hooks = (Option<Value>, Option<Value>, Option<Value>);

thread_local! {
    /// `register_at_fork` callables, in the order registered.
    static HOOKS: RefCell<Vec<Hooks>> =
        const { RefCell::new(Vec::new()) };
    /// This VM runs in a process made by `os.fork()`.
    static FORK_CHILD: Cell<bool> = const { Cell::new(false) };
}

/// Is this process a child made by `os.fork()`? (Its program's end must end the process.)
pub fn in_fork_child() -> bool {
    FORK_CHILD.with(Cell::get)
}

#[allow(unsafe_code)]
mod sys {
    extern "C" {
        fn fork() -> i32;
    }

    /// fork(2) through the C library (so its `pthread_atfork` handlers run: jemalloc's,
    /// which make its arenas usable in the child). The child's pid in the parent, 0 in the
    /// child, -1 with errno set on failure.
    pub fn fork_process() -> i32 {
        // SAFETY: after fork only the calling OS thread exists in the child, so what another
        // OS thread held at that instant (a lock, half-updated memory) stays held forever in
        // the child. The OS threads pydive may have besides this one: the launcher thread of
        // crates/cli/src/run.rs, blocked in `join` of this thread and holding nothing; the
        // writer/reader threads of `subprocess` (`communicate` with input), which only do
        // read/write on their own pipes and allocate through jemalloc, whose atfork
        // handlers take and reinitialise its locks around the fork; the timer thread of
        // `signal.alarm`/`setitimer`, which sleeps and raises a signal. signal-hook
        // registers plain handlers (no thread). None of them is continued in the child,
        // and the child touches none of their state. Green threads (`threading`) all run on this one OS
        // thread, and `os.fork()` is refused unless the main green thread is the one
        // running, so the child continues the VM exactly where it is, on its own stack,
        // with every Rust borrow in the state the caller had. CPython's `os.fork()` has the
        // same constraints (and warns when other threads run). The test programs
        // tests/programs/modules/os_fork*.py and multiprocessing_*.py exercise it.
        unsafe { fork() }
    }
}

fn hook_arg(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Option<Value>> {
    let v =
        a.kw.iter()
            .find(|(k, _)| &**k == name)
            .map(|(_, v)| v.clone());
    match v {
        None | Some(Value::None) => Ok(None),
        Some(f) => {
            let callable = match &f {
                Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Type(_) => true,
                Value::Instance(_) => vm.type_of(&f).lookup("__call__").is_some(),
                _ => false,
            };
            if callable {
                Ok(Some(f))
            } else {
                let t = vm.type_name(&f);
                Err(vm.type_error(format!("'{name}' must be callable, not {t}")))
            }
        }
    }
}

/// `os.register_at_fork(*, before=None, after_in_child=None, after_in_parent=None)`.
fn register_at_fork(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !a.pos.is_empty() {
        return Err(vm.type_error(format!(
            "register_at_fork() takes exactly 0 positional arguments ({} given)",
            a.pos.len()
        )));
    }
    for (k, _) in &a.kw {
        if !matches!(&**k, "before" | "after_in_child" | "after_in_parent") {
            return Err(vm.type_error(format!(
                "register_at_fork() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    let before = hook_arg(vm, &a, "before")?;
    let child = hook_arg(vm, &a, "after_in_child")?;
    let parent = hook_arg(vm, &a, "after_in_parent")?;
    if before.is_none() && child.is_none() && parent.is_none() {
        return Err(vm.type_error("At least one argument is required."));
    }
    HOOKS.with(|h| h.borrow_mut().push((before, child, parent)));
    Ok(Value::None)
}

/// Call the hooks of one kind; an exception is reported as unraisable (as CPython does).
fn run_hooks(vm: &mut Vm, which: usize) {
    let mut list: Vec<Value> = HOOKS.with(|h| {
        h.borrow()
            .iter()
            .filter_map(|t| match which {
                0 => t.0.clone(),
                1 => t.1.clone(),
                _ => t.2.clone(),
            })
            .collect()
    });
    if which == 0 {
        list.reverse(); // "before" hooks run last registered first
    }
    for f in list {
        if let Err(e) = vm.call(&f, vec![]) {
            vm.write_unraisable(&e, Some(&f));
        }
    }
}

/// `os.fork()`: 0 in the child, the child's pid in the parent.
fn fork(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    if crate::threads::current() != crate::threads::MAIN {
        return Err(vm.new_error(
            "NotImplementedError",
            "pydive: os.fork() from a thread other than the main thread",
        ));
    }
    run_hooks(vm, 0);
    if crate::threads::others_exist() {
        // CPython counts the OS threads; pydive's threads are its green threads.
        vm.warn(
            "DeprecationWarning",
            &format!(
                "This process (pid={}) is multi-threaded, use of fork() may lead to deadlocks \
                 in the child.",
                std::process::id()
            ),
        )?;
    }
    let pid = sys::fork_process();
    if pid < 0 {
        let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(11);
        return Err(crate::modules::socket::os_error(vm, errno));
    }
    if pid == 0 {
        FORK_CHILD.with(|c| c.set(true));
        crate::threads::after_fork_child();
        run_hooks(vm, 1);
    } else {
        run_hooks(vm, 2);
    }
    Ok(Value::Int(i64::from(pid)))
}

fn int_arg(vm: &mut Vm, a: &Args, i: usize, what: &str) -> PyResult<i64> {
    match a.pos.get(i) {
        Some(v) => vm.index_value(v),
        None => Err(vm.type_error(format!(
            "{what}() missing required argument (pos {})",
            i + 1
        ))),
    }
}

/// The (pid, status) of a waited child, retrying on EINTR unless a signal handler raised.
fn wait_for(vm: &mut Vm, pid: i64, options: i64) -> PyResult<Value> {
    use rustix::process::{Pid, WaitOptions};
    let opts = WaitOptions::from_bits_retain(options as u32);
    loop {
        let r = if pid == -1 {
            rustix::process::wait(opts)
        } else if pid > 0 {
            match Pid::from_raw(pid as i32) {
                Some(p) => rustix::process::waitpid(Some(p), opts),
                None => Err(rustix::io::Errno::INVAL),
            }
        } else if pid == 0 {
            rustix::process::waitpgid(rustix::process::getpgrp(), opts)
        } else {
            match Pid::from_raw((-pid) as i32) {
                Some(g) => rustix::process::waitpgid(g, opts),
                None => Err(rustix::io::Errno::INVAL),
            }
        };
        match r {
            Ok(Some((p, s))) => {
                return Ok(Value::tuple(vec![
                    Value::Int(i64::from(p.as_raw_nonzero().get())),
                    Value::Int(i64::from(s.as_raw())),
                ]))
            }
            Ok(None) => return Ok(Value::tuple(vec![Value::Int(0), Value::Int(0)])),
            Err(rustix::io::Errno::INTR) => vm.check_interrupt()?,
            Err(e) => return Err(crate::modules::socket::os_error(vm, e.raw_os_error())),
        }
    }
}

/// `os.waitpid(pid, options)`: (pid, status); (0, 0) with WNOHANG and no child done.
fn waitpid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pid = int_arg(vm, &a, 0, "waitpid")?;
    let options = int_arg(vm, &a, 1, "waitpid")?;
    wait_for(vm, pid, options)
}

/// `os.wait()`: (pid, status) of any child.
fn wait(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    wait_for(vm, -1, 0)
}

fn status_arg(vm: &mut Vm, a: &Args) -> PyResult<i32> {
    let v = a
        .pos
        .first()
        .cloned()
        .or_else(|| a.kw.first().map(|(_, v)| v.clone()));
    match v {
        Some(v) => {
            let n = vm.index_value(&v)?;
            i32::try_from(n)
                .map_err(|_| vm.overflow_error("signed integer is greater than maximum"))
        }
        None => Err(vm.type_error("function missing required argument 'status' (pos 1)")),
    }
}

fn exited(s: i32) -> bool {
    s & 0x7f == 0
}

fn signaled(s: i32) -> bool {
    (((s & 0x7f) + 1) as i8 >> 1) > 0
}

/// `os.waitstatus_to_exitcode(status)`: the exit code, or -signal.
fn waitstatus_to_exitcode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = status_arg(vm, &a)?;
    if exited(s) {
        return Ok(Value::Int(i64::from((s >> 8) & 0xff)));
    }
    if signaled(s) {
        return Ok(Value::Int(-i64::from(s & 0x7f)));
    }
    if s & 0xff == 0x7f {
        let sig = (s >> 8) & 0xff;
        return Err(vm.value_error(format!("process stopped by delivery of signal {sig}")));
    }
    Err(vm.value_error(format!("invalid wait status: {s}")))
}

fn w_ifexited(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(exited(status_arg(vm, &a)?)))
}

fn w_exitstatus(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from((status_arg(vm, &a)? >> 8) & 0xff)))
}

fn w_ifsignaled(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(signaled(status_arg(vm, &a)?)))
}

fn w_termsig(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(i64::from(status_arg(vm, &a)? & 0x7f)))
}

fn w_ifstopped(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(status_arg(vm, &a)? & 0xff == 0x7f))
}

fn w_ifcontinued(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(status_arg(vm, &a)? == 0xffff))
}

fn w_coredump(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(status_arg(vm, &a)? & 0x80 != 0))
}

/// `os._exit(n)`: end the process now: no atexit handlers, no flush of buffered output.
fn exit_now(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = int_arg(vm, &a, 0, "_exit")?;
    std::process::exit(n as i32)
}

pub fn init(vm: &mut Vm, d: &DictRef) {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("fork", fork),
        ("register_at_fork", register_at_fork),
        ("waitpid", waitpid),
        ("wait", wait),
        ("waitstatus_to_exitcode", waitstatus_to_exitcode),
        ("WIFEXITED", w_ifexited),
        ("WEXITSTATUS", w_exitstatus),
        ("WIFSIGNALED", w_ifsignaled),
        ("WTERMSIG", w_termsig),
        ("WIFSTOPPED", w_ifstopped),
        ("WSTOPSIG", w_exitstatus),
        ("WIFCONTINUED", w_ifcontinued),
        ("WCOREDUMP", w_coredump),
        ("_exit", exit_now),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    for (n, v) in [("WNOHANG", 1), ("WUNTRACED", 2), ("WCONTINUED", 8)] {
        d.borrow_mut().set_str(n, Value::Int(v));
    }
}
