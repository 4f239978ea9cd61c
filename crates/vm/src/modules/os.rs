//! `posix`: the operating-system primitives that `lib/os.py` and `lib/posixpath.py` build
//! on (CPython's Modules/posixmodule.c, the part programs commonly use).

use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

/// `os.fspath(obj)`: str and bytes as they are, else what `type(obj).__fspath__` returns,
/// which must itself be str or bytes (CPython's messages for both failures).
pub fn fspath_value(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    if matches!(obj, Value::Str(_) | Value::Bytes(_)) {
        return Ok(obj.clone());
    }
    // _PyType_Name: the bare name ("not deque")
    let tn = vm.type_of(obj).name();
    let ty = vm.type_of(obj);
    let Some(meth) = ty.lookup("__fspath__") else {
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {tn}"
        )));
    };
    let r = vm.call(&meth, vec![obj.clone()])?;
    match r {
        Value::Str(_) | Value::Bytes(_) => Ok(r),
        // A str or bytes subclass instance also qualifies.
        _ if vm.isinstance_type(&r, &vm.types.str_.clone())
            || vm.isinstance_type(&r, &vm.types.bytes.clone()) =>
        {
            Ok(r)
        }
        _ => {
            let rn = vm.type_name(&r);
            Err(vm.type_error(format!(
                "expected {tn}.__fspath__() to return str or bytes, not {rn}"
            )))
        }
    }
}

fn path_arg(vm: &mut Vm, a: &Args, i: usize) -> PyResult<String> {
    match a.pos.get(i) {
        Some(v) => match fspath_value(vm, v)? {
            Value::Str(s) => Ok(s.to_string()),
            Value::Bytes(b) => Ok(String::from_utf8_lossy(&b).to_string()),
            other => Ok(vm.str(&other)?.to_string()),
        },
        None => Err(vm.type_error("missing path argument")),
    }
}

/// The `OSError` subclass for `e` (by its errno: ENOTEMPTY is "Directory not empty", ...).
pub fn os_error(vm: &mut Vm, e: std::io::Error, path: &str) -> Value {
    use crate::modules::socket::{errno_class, strerror};
    let errno = e.raw_os_error().unwrap_or(match e.kind() {
        std::io::ErrorKind::NotFound => 2,
        std::io::ErrorKind::PermissionDenied => 13,
        std::io::ErrorKind::AlreadyExists => 17,
        _ => 5,
    });
    let t = vm.exc_type(errno_class(errno));
    vm.new_exception(
        &t,
        vec![
            Value::Int(i64::from(errno)),
            Value::str(&strerror(errno)),
            Value::str(path),
        ],
    )
}

fn stat_of(vm: &mut Vm, a: &Args, follow: bool) -> PyResult<Value> {
    let p = path_arg(vm, a, 0)?;
    let md = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    }
    .map_err(|e| os_error(vm, e, &p))?;
    Ok(stat_value(vm, &md))
}

/// An `os.stat_result` of `md` (the fields `os.stat` and `os.fstat` fill).
fn stat_value(vm: &mut Vm, md: &std::fs::Metadata) -> Value {
    use std::os::unix::fs::MetadataExt;
    let secs = |s: i64, ns: i64| s as f64 + ns as f64 * 1e-9;
    let st = crate::modules::sys::struct_seq_in(
        vm,
        "os",
        "stat_result",
        &[
            ("st_mode", Value::Int(md.mode() as i64)),
            ("st_ino", Value::Int(md.ino() as i64)),
            ("st_dev", Value::Int(md.dev() as i64)),
            ("st_nlink", Value::Int(md.nlink() as i64)),
            ("st_uid", Value::Int(md.uid() as i64)),
            ("st_gid", Value::Int(md.gid() as i64)),
            ("st_size", Value::Int(md.size() as i64)),
            // the sequence holds whole seconds, the attributes floats (as CPython's)
            ("st_atime", Value::Int(md.atime())),
            ("st_mtime", Value::Int(md.mtime())),
            ("st_ctime", Value::Int(md.ctime())),
        ],
    );
    // CPython's named-only fields (not part of the 10-item sequence)
    let ns = |s: i64, n: i64| Value::Int(s * 1_000_000_000 + n);
    if let Value::Instance(i) = &st {
        if let Some(d) = &i.dict() {
            let mut d = d.borrow_mut();
            d.set_str("st_atime", Value::Float(secs(md.atime(), md.atime_nsec())));
            d.set_str("st_mtime", Value::Float(secs(md.mtime(), md.mtime_nsec())));
            d.set_str("st_ctime", Value::Float(secs(md.ctime(), md.ctime_nsec())));
            d.set_str("st_atime_ns", ns(md.atime(), md.atime_nsec()));
            d.set_str("st_mtime_ns", ns(md.mtime(), md.mtime_nsec()));
            d.set_str("st_ctime_ns", ns(md.ctime(), md.ctime_nsec()));
            d.set_str("st_blksize", Value::Int(md.blksize() as i64));
            d.set_str("st_blocks", Value::Int(md.blocks() as i64));
            d.set_str("st_rdev", Value::Int(md.rdev() as i64));
        }
    }
    st
}

fn stat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    stat_of(vm, &a, true)
}

fn lstat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    stat_of(vm, &a, false)
}

fn rmdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0)?;
    std::fs::remove_dir(&p).map_err(|e| os_error(vm, e, &p))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let from = path_arg(vm, &a, 0)?;
    let to = path_arg(vm, &a, 1)?;
    std::fs::rename(&from, &to).map_err(|e| os_error(vm, e, &from))?;
    Ok(Value::None)
}

fn chdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0)?;
    std::env::set_current_dir(&p).map_err(|e| os_error(vm, e, &p))?;
    Ok(Value::None)
}

fn readlink(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0)?;
    let t = std::fs::read_link(&p).map_err(|e| os_error(vm, e, &p))?;
    Ok(Value::str(&t.to_string_lossy()))
}

fn symlink(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let src = path_arg(vm, &a, 0)?;
    let dst = path_arg(vm, &a, 1)?;
    std::os::unix::fs::symlink(&src, &dst).map_err(|e| os_error(vm, e, &dst))?;
    Ok(Value::None)
}

/// `access(path, mode)`: existence only for F_OK; read/write/execute from the mode bits.
fn access(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use std::os::unix::fs::PermissionsExt;
    let p = path_arg(vm, &a, 0)?;
    let mode = match a.pos.get(1) {
        Some(m) => vm.index_value(m)?,
        None => 0,
    };
    let Ok(md) = std::fs::metadata(&p) else {
        return Ok(Value::Bool(false));
    };
    let bits = md.permissions().mode() as i64;
    let ok = (mode & 4 == 0 || bits & 0o444 != 0)
        && (mode & 2 == 0 || bits & 0o222 != 0)
        && (mode & 1 == 0 || bits & 0o111 != 0);
    Ok(Value::Bool(ok))
}

fn cpu_count(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(n.get() as i64),
        Err(_) => Value::None,
    })
}

fn strerror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = vm.index_value(a.pos.first().unwrap_or(&Value::Int(0)))?;
    let s = std::io::Error::from_raw_os_error(n as i32).to_string();
    Ok(Value::str(s.split(" (os error").next().unwrap_or(&s)))
}

fn putenv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let k = path_arg(vm, &a, 0)?;
    let v = path_arg(vm, &a, 1)?;
    std::env::set_var(k, v);
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let k = path_arg(vm, &a, 0)?;
    std::env::remove_var(k);
    Ok(Value::None)
}

fn realpath(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0)?;
    let r = std::fs::canonicalize(&p).map_err(|e| os_error(vm, e, &p))?;
    Ok(Value::str(&r.to_string_lossy()))
}

fn getcwd(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::str(
        &std::env::current_dir()
            .map(|d| d.to_string_lossy().to_string())
            .unwrap_or_default(),
    ))
}

fn listdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = if a.pos.is_empty() {
        ".".to_string()
    } else {
        path_arg(vm, &a, 0)?
    };
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(vm, e, &p))?;
    let mut names: Vec<Value> = rd
        .flatten()
        .map(|e| Value::str(&e.file_name().to_string_lossy()))
        .collect();
    names.sort_by(|x, y| x.as_str().cmp(&y.as_str()));
    Ok(Value::list(names))
}

fn getpid(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

fn getppid(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(
        rustix::process::getppid().map_or(0, |p| p.as_raw_nonzero().get() as i64),
    ))
}

fn getuid(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(rustix::process::getuid().as_raw() as i64))
}

fn geteuid(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(rustix::process::geteuid().as_raw() as i64))
}

fn getgid(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(rustix::process::getgid().as_raw() as i64))
}

fn getegid(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(rustix::process::getegid().as_raw() as i64))
}

fn fspath(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(v) => fspath_value(vm, v),
        None => Err(vm.type_error("fspath() missing required argument 'path' (pos 1)")),
    }
}

fn remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0)?;
    std::fs::remove_file(&p).map_err(|e| os_error(vm, e, &p))?;
    Ok(Value::None)
}

fn mkdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0)?;
    std::fs::create_dir(&p).map_err(|e| os_error(vm, e, &p))?;
    Ok(Value::None)
}

/// `urandom(n)`: n bytes from the kernel's random source.
fn urandom(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use std::io::Read;
    let n = vm.index_value(a.pos.first().unwrap_or(&Value::Int(0)))?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    crate::objects::arith::check_alloc(vm, n as usize)?;
    let mut out = vec![0u8; n as usize];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut out))
        .map_err(|e| os_error(vm, e, "/dev/urandom"))?;
    Ok(Value::Bytes(out.into()))
}

fn getenv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let k = path_arg(vm, &a, 0)?;
    Ok(match std::env::var(&k) {
        Ok(v) => Value::str(&v),
        Err(_) => a.pos.get(1).cloned().unwrap_or(Value::None),
    })
}

/// A descriptor number argument (`fd`), as CPython's `_PyLong_FileDescriptor_Converter`.
fn fd_arg(vm: &mut Vm, a: &Args, i: usize) -> PyResult<i64> {
    match a.pos.get(i) {
        Some(Value::Int(n)) => Ok(*n),
        Some(Value::Bool(b)) => Ok(i64::from(*b)),
        Some(other) => {
            let t = vm.type_name(other);
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
        None => Err(vm.type_error("missing file descriptor argument")),
    }
}

/// Run `f` on descriptor `n`: one the socket table owns (sockets, pipes, epoll, dups),
/// else the process's stdin/stdout/stderr; EBADF otherwise.
pub(crate) fn with_fd<R>(
    vm: &mut Vm,
    n: i64,
    f: impl FnOnce(std::os::fd::BorrowedFd<'_>) -> rustix::io::Result<R>,
) -> PyResult<R> {
    use crate::modules::socket;
    use std::os::fd::AsFd;
    let owned = i32::try_from(n)
        .ok()
        .is_some_and(|k| socket::FDS.with(|t| t.borrow().contains_key(&k)));
    if owned {
        return socket::with_fd(vm, n, f);
    }
    let r = match n {
        0 => f(std::io::stdin().as_fd()),
        1 => f(std::io::stdout().as_fd()),
        2 => f(std::io::stderr().as_fd()),
        _ => Err(rustix::io::Errno::BADF),
    };
    r.map_err(|e| socket::os_error(vm, e.raw_os_error()))
}

/// `os.pipe()`: a (read, write) pair of non-inheritable descriptors.
fn pipe(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    use crate::modules::socket::adopt;
    let (r, w) = std::io::pipe().map_err(|e| {
        let n = e.raw_os_error().unwrap_or(24);
        crate::modules::socket::os_error(vm, n)
    })?;
    let r = adopt(std::os::fd::OwnedFd::from(r));
    let w = adopt(std::os::fd::OwnedFd::from(w));
    Ok(Value::tuple(vec![Value::Int(r), Value::Int(w)]))
}

/// `os.open(path, flags, mode=0o777)`: a new descriptor (the flags are Linux's `O_*` bits).
fn open(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use std::os::unix::fs::OpenOptionsExt;
    let p = path_arg(vm, &a, 0)?;
    let flags = fd_arg(vm, &a, 1)? as i32;
    let mode = match a.pos.get(2).cloned().or_else(|| a.kwarg("mode")) {
        Some(v) => vm.index_value(&v)? as u32,
        None => 0o777,
    };
    let acc = flags & 3;
    let file = std::fs::OpenOptions::new()
        .read(acc != 1)
        .write(acc != 0)
        .custom_flags(flags | 0o2000000) // O_CLOEXEC: descriptors are non-inheritable
        .mode(mode)
        .open(&p)
        .map_err(|e| os_error(vm, e, &p))?;
    Ok(Value::Int(crate::modules::socket::adopt(file.into())))
}

/// `os.read(fd, n)`: at most `n` bytes (b"" at end of file).
fn read(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &a, 0)?;
    let n = fd_arg(vm, &a, 1)?;
    if n < 0 {
        return Err(vm.value_error("negative length"));
    }
    crate::objects::arith::check_alloc(vm, n as usize)?;
    let mut buf = vec![0u8; n as usize];
    let got = with_fd(vm, fd, |f| rustix::io::read(f, buf.as_mut_slice()))?;
    buf.truncate(got);
    Ok(Value::Bytes(buf.into()))
}

/// `os.write(fd, data)`: the number of bytes written.
fn write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &a, 0)?;
    let data = crate::objects::bytes::bytes_of(vm, a.pos.get(1).unwrap_or(&Value::None))?;
    let n = with_fd(vm, fd, |f| rustix::io::write(f, &data))?;
    Ok(Value::Int(n as i64))
}

/// `os.close(fd)`.
fn close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &a, 0)?;
    if crate::modules::socket::close_fd(fd) {
        Ok(Value::None)
    } else {
        Err(crate::modules::socket::os_error(vm, 9))
    }
}

/// `os.dup(fd)`: a new non-inheritable descriptor for the same open file.
fn dup(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &a, 0)?;
    let nfd = with_fd(vm, fd, |f| rustix::io::fcntl_dupfd_cloexec(f, 0))?;
    Ok(Value::Int(crate::modules::socket::adopt(nfd)))
}

/// `os.fstat(fd)`: the `os.stat_result` of an open descriptor.
fn fstat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &a, 0)?;
    let file = with_fd(vm, fd, |f| {
        f.try_clone_to_owned()
            .map(std::fs::File::from)
            .map_err(|e| rustix::io::Errno::from_raw_os_error(e.raw_os_error().unwrap_or(9)))
    })?;
    let md = file.metadata().map_err(|e| {
        let n = e.raw_os_error().unwrap_or(9);
        crate::modules::socket::os_error(vm, n)
    })?;
    Ok(stat_value(vm, &md))
}

/// `os.set_blocking(fd, blocking)`.
fn set_blocking(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &a, 0)?;
    let blocking = match a.pos.get(1) {
        Some(v) => vm.truthy(v)?,
        None => return Err(vm.type_error("set_blocking() missing argument 'blocking'")),
    };
    with_fd(vm, fd, |f| rustix::io::ioctl_fionbio(f, !blocking))?;
    Ok(Value::None)
}

/// An OSError for a failed call on `path` (rustix's error number).
fn path_error(vm: &mut Vm, e: rustix::io::Errno, path: &str) -> Value {
    os_error(vm, std::io::Error::from(e), path)
}

/// A mode argument (`chmod`, `umask`) as the kernel's mode bits.
fn mode_arg(vm: &mut Vm, a: &Args, i: usize, kw: &str) -> PyResult<rustix::fs::Mode> {
    match a.pos.get(i).cloned().or_else(|| a.kwarg(kw)) {
        Some(v) => Ok(rustix::fs::Mode::from_raw_mode(vm.index_value(&v)? as u32)),
        None => Err(vm.type_error(format!("missing required argument '{kw}'"))),
    }
}

/// `os.chmod(path, mode)`; an int path is a descriptor (`fchmod`).
fn chmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mode = mode_arg(vm, &a, 1, "mode")?;
    if let Some(Value::Int(fd)) = a.pos.first() {
        with_fd(vm, *fd, |f| rustix::fs::fchmod(f, mode))?;
        return Ok(Value::None);
    }
    let p = path_arg(vm, &a, 0)?;
    rustix::fs::chmod(p.as_str(), mode).map_err(|e| path_error(vm, e, &p))?;
    Ok(Value::None)
}

fn fchmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &a, 0)?;
    let mode = mode_arg(vm, &a, 1, "mode")?;
    with_fd(vm, fd, |f| rustix::fs::fchmod(f, mode))?;
    Ok(Value::None)
}

/// `os.umask(mask)`: sets the mask, returns the previous one.
fn umask(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mask = mode_arg(vm, &a, 0, "mask")?;
    Ok(Value::Int(i64::from(rustix::process::umask(mask).bits())))
}

/// A timestamp in seconds (int or float) as (seconds, nanoseconds), rounded toward minus
/// infinity as CPython's `utime` does.
fn timespec_of(vm: &mut Vm, v: &Value) -> PyResult<rustix::fs::Timespec> {
    if let Value::Float(x) = v {
        if !x.is_finite() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let whole = x.floor();
        let mut ns = ((x - whole) * 1e9).floor();
        let mut secs = whole;
        if ns >= 1e9 {
            ns -= 1e9;
            secs += 1.0;
        }
        return Ok(rustix::fs::Timespec {
            tv_sec: secs as i64,
            tv_nsec: ns as _,
        });
    }
    Ok(rustix::fs::Timespec {
        tv_sec: vm.index_value(v)?,
        tv_nsec: 0,
    })
}

/// `os.utime(path, times=None, *, ns=None)`.
fn utime(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use rustix::fs::{Timespec, Timestamps};
    let p = path_arg(vm, &a, 0)?;
    let times = a.pos.get(1).cloned().or_else(|| a.kwarg("times"));
    let ns = a.kwarg("ns");
    let pair = |vm: &mut Vm, v: &Value| -> Option<(Value, Value)> {
        match v {
            Value::Tuple(t) if t.len() == 2 => Some((t[0].clone(), t[1].clone())),
            _ => {
                let _ = vm;
                None
            }
        }
    };
    let stamps = match (times, ns) {
        (Some(t), Some(n)) if !matches!(t, Value::None) && !matches!(n, Value::None) => {
            return Err(vm.value_error("utime: you may specify either 'times' or 'ns' but not both"))
        }
        (Some(t), _) if !matches!(t, Value::None) => {
            let Some((x, y)) = pair(vm, &t) else {
                return Err(
                    vm.type_error("utime: 'times' must be either a tuple of two ints or None")
                );
            };
            Timestamps {
                last_access: timespec_of(vm, &x)?,
                last_modification: timespec_of(vm, &y)?,
            }
        }
        (_, Some(n)) if !matches!(n, Value::None) => {
            let Some((x, y)) = pair(vm, &n) else {
                return Err(vm.type_error("utime: 'ns' must be a tuple of two ints"));
            };
            let mut split = |v: &Value| -> PyResult<Timespec> {
                let total = vm.index_value(v)?;
                Ok(Timespec {
                    tv_sec: total.div_euclid(1_000_000_000),
                    tv_nsec: total.rem_euclid(1_000_000_000) as _,
                })
            };
            Timestamps {
                last_access: split(&x)?,
                last_modification: split(&y)?,
            }
        }
        _ => {
            let now = Timespec {
                tv_sec: 0,
                tv_nsec: rustix::fs::UTIME_NOW,
            };
            Timestamps {
                last_access: now,
                last_modification: now,
            }
        }
    };
    rustix::fs::utimensat(
        rustix::fs::CWD,
        p.as_str(),
        &stamps,
        rustix::fs::AtFlags::empty(),
    )
    .map_err(|e| path_error(vm, e, &p))?;
    Ok(Value::None)
}

/// `os.link(src, dst)`: a hard link.
fn link(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let src = path_arg(vm, &a, 0)?;
    let dst = path_arg(vm, &a, 1)?;
    std::fs::hard_link(&src, &dst).map_err(|e| os_error(vm, e, &src))?;
    Ok(Value::None)
}

/// `os.truncate(path, length)`; an int path is a descriptor (`ftruncate`).
fn truncate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let len = fd_arg(vm, &a, 1)?;
    if let Some(Value::Int(fd)) = a.pos.first() {
        with_fd(vm, *fd, |f| rustix::fs::ftruncate(f, len.max(0) as u64))?;
        return Ok(Value::None);
    }
    let p = path_arg(vm, &a, 0)?;
    if len < 0 {
        return Err(path_error(vm, rustix::io::Errno::INVAL, &p));
    }
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(&p)
        .map_err(|e| os_error(vm, e, &p))?;
    f.set_len(len as u64).map_err(|e| os_error(vm, e, &p))?;
    Ok(Value::None)
}

fn ftruncate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &a, 0)?;
    let len = fd_arg(vm, &a, 1)?;
    if len < 0 {
        return Err(crate::modules::socket::os_error(vm, 22));
    }
    with_fd(vm, fd, |f| rustix::fs::ftruncate(f, len as u64))?;
    Ok(Value::None)
}

/// `os.lseek(fd, pos, whence)`: the new offset from the start of the file.
fn lseek(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use rustix::fs::SeekFrom;
    let fd = fd_arg(vm, &a, 0)?;
    let pos = fd_arg(vm, &a, 1)?;
    let how = match a.pos.get(2) {
        Some(v) => vm.index_value(v)?,
        None => return Err(vm.type_error("lseek() takes exactly 3 arguments")),
    };
    let from = match how {
        0 if pos < 0 => return Err(crate::modules::socket::os_error(vm, 22)),
        0 => SeekFrom::Start(pos as u64),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => return Err(crate::modules::socket::os_error(vm, 22)),
    };
    let at = with_fd(vm, fd, |f| rustix::fs::seek(f, from))?;
    Ok(Value::Int(at as i64))
}

/// `os.fsync(fd)` (also accepts an object with `fileno()`).
fn fsync(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = match a.pos.first() {
        Some(Value::Int(n)) => *n,
        Some(other) => {
            let other = other.clone();
            let r = vm.call_method(&other, "fileno", vec![])?;
            vm.index_value(&r)?
        }
        None => return Err(vm.type_error("fsync() missing required argument 'fd' (pos 1)")),
    };
    let known = i32::try_from(fd)
        .ok()
        .is_some_and(|k| crate::modules::socket::FDS.with(|t| t.borrow().contains_key(&k)));
    if !known {
        // the std streams, and files open() made (their fileno() is no kernel descriptor)
        return Ok(Value::None);
    }
    with_fd(vm, fd, |f| rustix::fs::fsync(f))?;
    Ok(Value::None)
}

/// `os.statvfs(path)`: an `os.statvfs_result` (what `shutil.disk_usage` reads).
fn statvfs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0)?;
    let st = rustix::fs::statvfs(p.as_str()).map_err(|e| path_error(vm, e, &p))?;
    let n = |x: u64| Value::Int(x as i64);
    Ok(crate::modules::sys::struct_seq_in(
        vm,
        "os",
        "statvfs_result",
        &[
            ("f_bsize", n(st.f_bsize)),
            ("f_frsize", n(st.f_frsize)),
            ("f_blocks", n(st.f_blocks)),
            ("f_bfree", n(st.f_bfree)),
            ("f_bavail", n(st.f_bavail)),
            ("f_files", n(st.f_files)),
            ("f_ffree", n(st.f_ffree)),
            ("f_favail", n(st.f_favail)),
            ("f_flag", n(st.f_flag.bits())),
            ("f_namemax", n(st.f_namemax)),
        ],
    ))
}

/// The (uid, gid) arguments of the chown family: -1 leaves that id unchanged.
fn owner_args(
    vm: &mut Vm,
    a: &Args,
) -> PyResult<(Option<rustix::fs::Uid>, Option<rustix::fs::Gid>)> {
    let mut ids = [None, None];
    for (k, name) in ["uid", "gid"].iter().enumerate() {
        let v = match a.pos.get(k + 1).cloned().or_else(|| a.kwarg(name)) {
            Some(v) => v,
            None => return Err(vm.type_error(format!("missing required argument '{name}'"))),
        };
        let n = vm.index_value(&v)?;
        ids[k] = if n == -1 { None } else { Some(n as u32) };
    }
    Ok((
        ids[0].map(rustix::fs::Uid::from_raw),
        ids[1].map(rustix::fs::Gid::from_raw),
    ))
}

/// `os.chown(path, uid, gid, *, follow_symlinks=True)`; an int path is a descriptor.
fn chown(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (uid, gid) = owner_args(vm, &a)?;
    if let Some(Value::Int(fd)) = a.pos.first() {
        with_fd(vm, *fd, |f| rustix::fs::fchown(f, uid, gid))?;
        return Ok(Value::None);
    }
    let follow = match a.kwarg("follow_symlinks") {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    let p = path_arg(vm, &a, 0)?;
    let flags = if follow {
        rustix::fs::AtFlags::empty()
    } else {
        rustix::fs::AtFlags::SYMLINK_NOFOLLOW
    };
    rustix::fs::chownat(rustix::fs::CWD, p.as_str(), uid, gid, flags)
        .map_err(|e| path_error(vm, e, &p))?;
    Ok(Value::None)
}

/// `os.lchown(path, uid, gid)`: the link itself.
fn lchown(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (uid, gid) = owner_args(vm, &a)?;
    let p = path_arg(vm, &a, 0)?;
    let flags = rustix::fs::AtFlags::SYMLINK_NOFOLLOW;
    rustix::fs::chownat(rustix::fs::CWD, p.as_str(), uid, gid, flags)
        .map_err(|e| path_error(vm, e, &p))?;
    Ok(Value::None)
}

fn fchown(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &a, 0)?;
    let (uid, gid) = owner_args(vm, &a)?;
    with_fd(vm, fd, |f| rustix::fs::fchown(f, uid, gid))?;
    Ok(Value::None)
}

/// A text file of /proc (trailing newline removed), or "" when it cannot be read.
fn proc_text(path: &str) -> String {
    std::fs::read_to_string(path)
        .map(|t| t.trim_end_matches('\n').to_string())
        .unwrap_or_default()
}

/// `os.uname()`: sysname, nodename, release, version, machine (from /proc/sys/kernel).
fn uname(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let field = |name: &str| Value::str(&proc_text(&format!("/proc/sys/kernel/{name}")));
    let fields = [
        ("sysname", field("ostype")),
        ("nodename", field("hostname")),
        ("release", field("osrelease")),
        ("version", field("version")),
        ("machine", Value::str(std::env::consts::ARCH)),
    ];
    Ok(crate::modules::sys::struct_seq_in(
        vm,
        "posix",
        "uname_result",
        &fields,
    ))
}

/// `os.getloadavg()`: the 1, 5 and 15 minute load averages.
fn getloadavg(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let text = proc_text("/proc/loadavg");
    let nums: Vec<f64> = text
        .split_whitespace()
        .take(3)
        .filter_map(|w| w.parse().ok())
        .collect();
    if nums.len() != 3 {
        return Err(vm.new_error("OSError", "Load averages are unobtainable"));
    }
    Ok(Value::tuple(nums.into_iter().map(Value::Float).collect()))
}

/// `os.times()`: user, system, children_user, children_system, elapsed (seconds).
fn times(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let stat = proc_text("/proc/self/stat");
    // fields after the command name (which is in parentheses and may hold spaces)
    let rest = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<f64> = rest
        .split_whitespace()
        .map(|w| w.parse().unwrap_or(0.0))
        .collect();
    let tick = |i: usize| Value::Float(f.get(i).copied().unwrap_or(0.0) / 100.0);
    let uptime: f64 = proc_text("/proc/uptime")
        .split_whitespace()
        .next()
        .and_then(|w| w.parse().ok())
        .unwrap_or(0.0);
    // after ')': state(0) ppid(1) ... utime(11) stime(12) cutime(13) cstime(14)
    let fields = [
        ("user", tick(11)),
        ("system", tick(12)),
        ("children_user", tick(13)),
        ("children_system", tick(14)),
        ("elapsed", Value::Float((uptime * 100.0).round() / 100.0)),
    ];
    Ok(crate::modules::sys::struct_seq_in(
        vm,
        "posix",
        "times_result",
        &fields,
    ))
}

/// `os.isatty(fd)`: whether the descriptor is a terminal (False for a bad one).
fn isatty(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    let fd = fd_arg(vm, &a, 0)?;
    let r = with_fd(vm, fd, |f| Ok(f.is_terminal()));
    Ok(Value::Bool(r.unwrap_or(false)))
}

/// `os.get_blocking(fd)`.
fn get_blocking(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &a, 0)?;
    let flags = with_fd(vm, fd, |f| rustix::fs::fcntl_getfl(f))?;
    Ok(Value::Bool(!flags.contains(rustix::fs::OFlags::NONBLOCK)))
}

fn errno_error(vm: &mut Vm, e: rustix::io::Errno) -> Value {
    crate::modules::socket::os_error(vm, e.raw_os_error())
}

/// A process's group and session ids, read from /proc/PID/stat (fields 5 and 6).
/// Not rustix's getpgid/getsid: inside a pid namespace whose session leader lives outside
/// (containers, CI runners) the kernel answers 0, and rustix turns that into a `Pid`, which
/// must be non-zero (a debug assertion, undefined behaviour in release). CPython returns the 0.
fn group_and_session(vm: &mut Vm, pid: i64) -> PyResult<(i64, i64)> {
    const ESRCH: i32 = 3;
    let path = if pid == 0 {
        "/proc/self/stat".to_string()
    } else if pid < 0 {
        return Err(crate::modules::socket::os_error(vm, ESRCH));
    } else {
        format!("/proc/{pid}/stat")
    };
    let text =
        std::fs::read_to_string(path).map_err(|_| crate::modules::socket::os_error(vm, ESRCH))?;
    // The command name is in parentheses and may hold spaces or ')': fields follow the last ')'.
    let rest = text.rsplit_once(')').map_or("", |(_, r)| r);
    let mut fields = rest.split_ascii_whitespace().skip(2);
    let mut next = || fields.next().and_then(|f| f.parse::<i64>().ok());
    match (next(), next()) {
        (Some(group), Some(session)) => Ok((group, session)),
        _ => Err(crate::modules::socket::os_error(vm, ESRCH)),
    }
}

fn pid_value(vm: &mut Vm, a: &Args) -> PyResult<i64> {
    match a.pos.first() {
        Some(v) => {
            let n = vm.index_value(v)?;
            if n > i64::from(i32::MAX) {
                Err(vm.overflow_error("signed integer is greater than maximum"))
            } else if n < i64::from(i32::MIN) {
                Err(vm.overflow_error("signed integer is less than minimum"))
            } else {
                Ok(n)
            }
        }
        None => Err(vm.type_error("missing pid argument")),
    }
}

fn getpgid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pid = pid_value(vm, &a)?;
    Ok(Value::Int(group_and_session(vm, pid)?.0))
}

fn getpgrp(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(group_and_session(vm, 0)?.0))
}

fn getsid(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pid = pid_value(vm, &a)?;
    Ok(Value::Int(group_and_session(vm, pid)?.1))
}

fn getgroups(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let groups = rustix::process::getgroups().map_err(|e| errno_error(vm, e))?;
    Ok(Value::list(
        groups
            .into_iter()
            .map(|g| Value::Int(i64::from(g.as_raw())))
            .collect(),
    ))
}

/// `os.kill(pid, sig)` / `os.killpg(pgid, sig)`; signal 0 only checks the target exists.
fn send_signal(vm: &mut Vm, a: &Args, group: bool) -> PyResult<Value> {
    let target = match a.pos.first() {
        Some(v) => vm.index_value(v)?,
        None => return Err(vm.type_error("missing pid argument")),
    };
    let sig = match a.pos.get(1) {
        Some(v) => vm.index_value(v)?,
        None => return Err(vm.type_error("missing signal argument")),
    };
    let Some(pid) = rustix::process::Pid::from_raw(target as i32) else {
        return Err(crate::modules::socket::os_error(vm, 22));
    };
    let r = if sig == 0 {
        if group {
            rustix::process::test_kill_process_group(pid)
        } else {
            rustix::process::test_kill_process(pid)
        }
    } else {
        match rustix::process::Signal::from_named_raw(sig as i32) {
            Some(s) if group => rustix::process::kill_process_group(pid, s),
            Some(s) => rustix::process::kill_process(pid, s),
            None => Err(rustix::io::Errno::INVAL),
        }
    };
    r.map_err(|e| errno_error(vm, e))?;
    if !group && target == i64::from(rustix::process::getpid().as_raw_nonzero().get()) {
        crate::modules::signal::await_own_signal(sig);
    }
    Ok(Value::None)
}

fn kill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    send_signal(vm, &a, false)
}

fn killpg(vm: &mut Vm, a: Args) -> PyResult<Value> {
    send_signal(vm, &a, true)
}

fn sched_yield(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    std::thread::yield_now();
    Ok(Value::None)
}

/// `os.sched_getaffinity(pid)`: the CPUs the process may run on (0..n-1 here).
fn sched_getaffinity(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let n = std::thread::available_parallelism().map_or(1, |n| n.get());
    let items: Vec<Value> = (0..n as i64).map(Value::Int).collect();
    let list = Value::list(items);
    let set_type = Value::Type(vm.types.set.clone());
    vm.call(&set_type, vec![list])
}

fn sync(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    rustix::fs::sync();
    Ok(Value::None)
}

fn fdatasync(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &a, 0)?;
    let known = i32::try_from(fd)
        .ok()
        .is_some_and(|k| crate::modules::socket::FDS.with(|t| t.borrow().contains_key(&k)));
    if known {
        with_fd(vm, fd, |f| rustix::fs::fdatasync(f))?;
    }
    Ok(Value::None)
}

/// `os.pread(fd, n, offset)`: at most n bytes at offset (the file position is unchanged).
fn pread(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &a, 0)?;
    let n = fd_arg(vm, &a, 1)?;
    let off = fd_arg(vm, &a, 2)?;
    if n < 0 {
        return Err(vm.value_error("negative buffersize in pread"));
    }
    crate::objects::arith::check_alloc(vm, n as usize)?;
    let mut buf = vec![0u8; n as usize];
    let got = with_fd(vm, fd, |f| {
        rustix::io::pread(f, buf.as_mut_slice(), off.max(0) as u64)
    })?;
    buf.truncate(got);
    Ok(Value::Bytes(buf.into()))
}

/// `os.pwrite(fd, data, offset)`: bytes written at offset.
fn pwrite(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = fd_arg(vm, &a, 0)?;
    let data = crate::objects::bytes::bytes_of(vm, a.pos.get(1).unwrap_or(&Value::None))?;
    let off = fd_arg(vm, &a, 2)?;
    let n = with_fd(vm, fd, |f| rustix::io::pwrite(f, &data, off.max(0) as u64))?;
    Ok(Value::Int(n as i64))
}

/// `os.closerange(low, high)`: close the descriptors low..high this process opened.
fn closerange(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let low = fd_arg(vm, &a, 0)?;
    let high = fd_arg(vm, &a, 1)?;
    for fd in low.max(3)..high.min(65536) {
        crate::modules::socket::close_fd(fd);
    }
    Ok(Value::None)
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("stat", stat),
        ("lstat", lstat),
        ("getcwd", getcwd),
        ("listdir", listdir),
        ("getpid", getpid),
        ("getppid", getppid),
        ("getuid", getuid),
        ("geteuid", geteuid),
        ("getgid", getgid),
        ("getegid", getegid),
        ("fspath", fspath),
        ("remove", remove),
        ("unlink", remove),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("rename", rename),
        ("replace", rename),
        ("chdir", chdir),
        ("readlink", readlink),
        ("symlink", symlink),
        ("access", access),
        ("cpu_count", cpu_count),
        ("strerror", strerror),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
        ("_realpath", realpath),
        ("urandom", urandom),
        ("getenv", getenv),
        ("pipe", pipe),
        ("open", open),
        ("read", read),
        ("write", write),
        ("close", close),
        ("dup", dup),
        ("fstat", fstat),
        ("set_blocking", set_blocking),
        ("chmod", chmod),
        ("fchmod", fchmod),
        ("umask", umask),
        ("utime", utime),
        ("link", link),
        ("truncate", truncate),
        ("ftruncate", ftruncate),
        ("lseek", lseek),
        ("fsync", fsync),
        ("statvfs", statvfs),
        ("chown", chown),
        ("lchown", lchown),
        ("fchown", fchown),
        ("uname", uname),
        ("getloadavg", getloadavg),
        ("times", times),
        ("isatty", isatty),
        ("get_blocking", get_blocking),
        ("getpgid", getpgid),
        ("getpgrp", getpgrp),
        ("getsid", getsid),
        ("getgroups", getgroups),
        ("kill", kill),
        ("killpg", killpg),
        ("sched_yield", sched_yield),
        ("sched_getaffinity", sched_getaffinity),
        ("sync", sync),
        ("fdatasync", fdatasync),
        ("pread", pread),
        ("pwrite", pwrite),
        ("closerange", closerange),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    crate::modules::fork::init(vm, d);
    let env = vm.new_dict();
    for (k, v) in std::env::vars() {
        env.borrow_mut().set_str(&k, Value::str(&v));
    }
    d.borrow_mut().set_str("environ", Value::Dict(env));
    // the struct sequence types the functions above return (one type each)
    let kinds: &[(&str, &str, &[&str])] = &[
        (
            "os",
            "stat_result",
            &[
                "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                "st_atime", "st_mtime", "st_ctime",
            ],
        ),
        (
            "os",
            "statvfs_result",
            &[
                "f_bsize",
                "f_frsize",
                "f_blocks",
                "f_bfree",
                "f_bavail",
                "f_files",
                "f_ffree",
                "f_favail",
                "f_flag",
                "f_namemax",
            ],
        ),
        (
            "posix",
            "uname_result",
            &["sysname", "nodename", "release", "version", "machine"],
        ),
        (
            "posix",
            "times_result",
            &[
                "user",
                "system",
                "children_user",
                "children_system",
                "elapsed",
            ],
        ),
    ];
    for (module, name, fields) in kinds {
        let t = crate::modules::sys::struct_seq_type(vm, module, name, fields);
        if *name == "stat_result" {
            // the fields stat_value sets past the 10-item sequence, in CPython's order
            crate::modules::sys::struct_seq_extra(
                &t,
                &[
                    "st_atime",
                    "st_mtime",
                    "st_ctime",
                    "st_atime_ns",
                    "st_mtime_ns",
                    "st_ctime_ns",
                    "st_blksize",
                    "st_blocks",
                    "st_rdev",
                ],
            );
        }
        d.borrow_mut().set_str(name, Value::Type(t));
    }
    Ok(())
}
