//! `_fcntl` and `_resource`: the system calls under lib/fcntl.py and lib/resource.py.
//!
//! Arguments are plain ints (the Python side turns file objects into descriptors, checks
//! ranges and builds the result types). `fcntl` commands are the ones rustix wraps safely
//! (F_DUPFD, F_DUPFD_CLOEXEC, F_GETFD/SETFD, F_GETFL/SETFL); `lockf` locks whole files
//! with open-file-description locks (rustix's `fcntl_lock`). `getrusage` and the page size
//! come from the C library (no rustix wrapper), through the two `unsafe` calls below.

use std::os::fd::BorrowedFd;

use super::socket::{self, os_error};
use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

fn int_at(vm: &mut Vm, a: &Args, i: usize) -> PyResult<i64> {
    match a.pos.get(i) {
        Some(Value::Int(n)) => Ok(*n),
        Some(Value::Bool(b)) => Ok(i64::from(*b)),
        _ => Err(vm.type_error("an integer is required")),
    }
}

/// Run `f` on descriptor `n`: os.rs's lookup (pydive's descriptor table, or 0/1/2).
fn on_fd<R>(
    vm: &mut Vm,
    n: i64,
    f: impl FnOnce(BorrowedFd<'_>) -> rustix::io::Result<R>,
) -> PyResult<R> {
    super::os::with_fd(vm, n, f)
}

const F_DUPFD: i64 = 0;
const F_GETFD: i64 = 1;
const F_SETFD: i64 = 2;
const F_GETFL: i64 = 3;
const F_SETFL: i64 = 4;
const F_DUPFD_CLOEXEC: i64 = 1030;

/// `fcntl(fd, cmd, arg)` → int, or None for a command pydive does not implement.
fn fcntl(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use rustix::fs::OFlags;
    use rustix::io::FdFlags;
    let fd = int_at(vm, &a, 0)?;
    let cmd = int_at(vm, &a, 1)?;
    let arg = int_at(vm, &a, 2)?;
    let bits = u32::try_from(arg).unwrap_or(0);
    let n = match cmd {
        F_GETFD => i64::from(on_fd(vm, fd, |f| rustix::io::fcntl_getfd(f))?.bits()),
        F_SETFD => {
            on_fd(vm, fd, |f| {
                rustix::io::fcntl_setfd(f, FdFlags::from_bits_retain(bits))
            })?;
            0
        }
        F_GETFL => i64::from(on_fd(vm, fd, |f| rustix::fs::fcntl_getfl(f))?.bits()),
        F_SETFL => {
            on_fd(vm, fd, |f| {
                rustix::fs::fcntl_setfl(f, OFlags::from_bits_retain(bits))
            })?;
            0
        }
        F_DUPFD | F_DUPFD_CLOEXEC => {
            let min = i32::try_from(arg).unwrap_or(0);
            let new = on_fd(vm, fd, |f| rustix::io::fcntl_dupfd_cloexec(f, min))?;
            if cmd == F_DUPFD {
                rustix::io::fcntl_setfd(&new, FdFlags::empty())
                    .map_err(|e| os_error(vm, e.raw_os_error()))?;
            }
            socket::adopt(new)
        }
        _ => return Ok(Value::None),
    };
    Ok(Value::Int(n))
}

const LOCK_SH: i64 = 1;
const LOCK_EX: i64 = 2;
const LOCK_NB: i64 = 4;
const LOCK_UN: i64 = 8;

fn lock_op(vm: &mut Vm, op: i64) -> PyResult<rustix::fs::FlockOperation> {
    use rustix::fs::FlockOperation as F;
    let nb = op & LOCK_NB != 0;
    Ok(match (op & !LOCK_NB, nb) {
        (LOCK_SH, false) => F::LockShared,
        (LOCK_SH, true) => F::NonBlockingLockShared,
        (LOCK_EX, false) => F::LockExclusive,
        (LOCK_EX, true) => F::NonBlockingLockExclusive,
        (LOCK_UN, false) => F::Unlock,
        (LOCK_UN, true) => F::NonBlockingUnlock,
        _ => return Err(os_error(vm, 22)),
    })
}

/// `flock(fd, operation)`.
fn flock(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)?;
    let raw = int_at(vm, &a, 1)?;
    let op = lock_op(vm, raw)?;
    on_fd(vm, fd, |f| rustix::fs::flock(f, op))?;
    Ok(Value::None)
}

/// `lock_whole(fd, operation)`: a record lock over the whole file (lockf's usual call).
fn lock_whole(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)?;
    let raw = int_at(vm, &a, 1)?;
    let op = lock_op(vm, raw)?;
    on_fd(vm, fd, |f| rustix::fs::fcntl_lock(f, op))?;
    Ok(Value::None)
}

/// `fionread(fd)`: bytes ready to read (ioctl FIONREAD).
fn fionread(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)?;
    let n = on_fd(vm, fd, |f| rustix::io::ioctl_fionread(f))?;
    Ok(Value::Int(i64::try_from(n).unwrap_or(i64::MAX)))
}

/// `fionbio(fd, on)`: set or clear non-blocking mode (ioctl FIONBIO).
fn fionbio(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_at(vm, &a, 0)?;
    let on = int_at(vm, &a, 1)? != 0;
    on_fd(vm, fd, |f| rustix::io::ioctl_fionbio(f, on))?;
    Ok(Value::None)
}

pub fn init_fcntl(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("fcntl", fcntl),
        ("flock", flock),
        ("lock_whole", lock_whole),
        ("fionread", fionread),
        ("fionbio", fionbio),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    Ok(())
}

// ---- resource -------------------------------------------------------------------------

fn resource_of(n: i64) -> Option<rustix::process::Resource> {
    use rustix::process::Resource as R;
    Some(match n {
        0 => R::Cpu,
        1 => R::Fsize,
        2 => R::Data,
        3 => R::Stack,
        4 => R::Core,
        5 => R::Rss,
        6 => R::Nproc,
        7 => R::Nofile,
        8 => R::Memlock,
        9 => R::As,
        10 => R::Locks,
        11 => R::Sigpending,
        12 => R::Msgqueue,
        13 => R::Nice,
        14 => R::Rtprio,
        15 => R::Rttime,
        _ => return None,
    })
}

fn limit_value(v: Option<u64>) -> Value {
    match v {
        None => Value::Int(-1),
        Some(n) => Value::Int(i64::try_from(n).unwrap_or(-1)),
    }
}

fn limit_arg(n: i64) -> Option<u64> {
    u64::try_from(n).ok()
}

/// `getrlimit(resource)` → (soft, hard); -1 is RLIM_INFINITY.
fn getrlimit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = int_at(vm, &a, 0)?;
    let Some(r) = resource_of(n) else {
        return Err(vm.value_error("invalid resource specified"));
    };
    let l = rustix::process::getrlimit(r);
    Ok(Value::tuple(vec![
        limit_value(l.current),
        limit_value(l.maximum),
    ]))
}

/// `setrlimit(resource, soft, hard)`; raises OSError with the errno (the Python side turns
/// EINVAL/EPERM into CPython's ValueErrors).
fn setrlimit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = int_at(vm, &a, 0)?;
    let soft = int_at(vm, &a, 1)?;
    let hard = int_at(vm, &a, 2)?;
    let Some(r) = resource_of(n) else {
        return Err(vm.value_error("invalid resource specified"));
    };
    let l = rustix::process::Rlimit {
        current: limit_arg(soft),
        maximum: limit_arg(hard),
    };
    rustix::process::setrlimit(r, l).map_err(|e| os_error(vm, e.raw_os_error()))?;
    Ok(Value::None)
}

#[allow(unsafe_code)]
mod c {
    /// `struct timeval` of 64-bit Linux (glibc and musl): two `long`s.
    #[repr(C)]
    #[derive(Default, Clone, Copy)]
    pub struct Timeval {
        pub sec: i64,
        pub usec: i64,
    }

    /// `struct rusage` of 64-bit Linux: two timevals then fourteen `long`s (getrusage(2)).
    #[repr(C)]
    #[derive(Default)]
    pub struct Rusage {
        pub utime: Timeval,
        pub stime: Timeval,
        pub counters: [i64; 14],
    }

    extern "C" {
        fn getrusage(who: i32, usage: *mut Rusage) -> i32;
        fn sysconf(name: i32) -> i64;
    }

    /// getrusage(2) for `who` (RUSAGE_SELF 0, RUSAGE_CHILDREN -1, RUSAGE_THREAD 1).
    pub fn rusage(who: i32) -> Result<Rusage, std::io::Error> {
        let mut out = Rusage::default();
        // SAFETY: `out` is a live, exclusively borrowed, properly aligned `Rusage` whose
        // layout is the kernel's `struct rusage` on 64-bit Linux (this module is compiled
        // only there: see the cfg on `getrusage` below); getrusage writes at most
        // size_of::<Rusage>() bytes into it and keeps no pointer. Any bit pattern is a valid
        // `Rusage` (integers only). tests/programs/modules/resource_basics.py calls it.
        let rc = unsafe { getrusage(who, &mut out) };
        if rc == 0 {
            Ok(out)
        } else {
            Err(std::io::Error::last_os_error())
        }
    }

    /// sysconf(_SC_PAGESIZE).
    pub fn page_size() -> i64 {
        const SC_PAGESIZE: i32 = 30;
        // SAFETY: sysconf takes an int by value, reads no memory of ours and returns a long;
        // _SC_PAGESIZE is 30 in glibc and musl on Linux. resource_basics.py calls it.
        unsafe { sysconf(SC_PAGESIZE) }
    }
}

/// `getrusage(who)` → 16-tuple: ru_utime, ru_stime (float seconds), then the 14 counters.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn getrusage(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let who = int_at(vm, &a, 0)?;
    if !(-1..=1).contains(&who) {
        return Err(vm.value_error("invalid who parameter"));
    }
    let r = c::rusage(who as i32).map_err(|e| os_error(vm, e.raw_os_error().unwrap_or(0)))?;
    let secs = |t: c::Timeval| Value::Float(t.sec as f64 + t.usec as f64 * 1e-6);
    let mut items = vec![secs(r.utime), secs(r.stime)];
    items.extend(r.counters.iter().map(|n| Value::Int(*n)));
    Ok(Value::tuple(items))
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn getrusage(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Err(vm.new_error(
        "NotImplementedError",
        "pydive: resource.getrusage is implemented on 64-bit Linux only",
    ))
}

fn getpagesize(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(c::page_size()))
}

pub fn init_resource(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("getrlimit", getrlimit),
        ("setrlimit", setrlimit),
        ("getrusage", getrusage),
        ("getpagesize", getpagesize),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    Ok(())
}
