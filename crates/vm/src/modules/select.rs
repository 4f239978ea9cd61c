//! `select`: `select.epoll` for asyncio's selector (see lib/NATIVE.md, asyncio section).
//!
//! An epoll instance is a descriptor in `socket`'s table; the descriptors it watches must be
//! in that table too (sockets made by `socket`). Every instance also watches the SIGINT
//! wake-up pipe (`signal.rs`), so Ctrl-C ends a blocked `poll` and runs the Python handler
//! (KeyboardInterrupt by default), as CPython's EINTR + PyErr_CheckSignals do.

use std::os::fd::AsFd;

use rustix::event::{epoll, Timespec};

use super::socket::{adopt, os_error, with_fd, FDS};
use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

/// `EventData` of the wake-up pipe (never a descriptor number).
const WAKE: u64 = u64::MAX;

fn int_at(vm: &mut Vm, a: &Args, i: usize) -> PyResult<i64> {
    match a.pos.get(i) {
        Some(Value::Int(n)) => Ok(*n),
        Some(Value::Bool(b)) => Ok(i64::from(*b)),
        _ => Err(vm.type_error("an integer is required")),
    }
}

fn e_create(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let fd =
        epoll::create(epoll::CreateFlags::CLOEXEC).map_err(|e| os_error(vm, e.raw_os_error()))?;
    if let Some(i) = super::signal::install() {
        epoll::add(
            &fd,
            i.wake.as_fd(),
            epoll::EventData::new_u64(WAKE),
            epoll::EventFlags::IN,
        )
        .map_err(|e| os_error(vm, e.raw_os_error()))?;
    }
    Ok(Value::Int(adopt(fd)))
}

/// `_epoll_ctl(epfd, op, fd, mask)`: op 1 = add, 2 = modify, 3 = delete.
fn e_ctl(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let epfd = int_at(vm, &a, 0)?;
    let op = int_at(vm, &a, 1)?;
    let fd = int_at(vm, &a, 2)?;
    let mask = int_at(vm, &a, 3)?;
    let flags = epoll::EventFlags::from_bits_retain(mask as u32);
    let data = epoll::EventData::new_u64(fd as u64);
    let r = FDS.with(|t| {
        let t = t.borrow();
        let get = |n: i64| i32::try_from(n).ok().and_then(|k| t.get(&k));
        match (get(epfd), get(fd)) {
            (Some(ep), Some(src)) => match op {
                1 => epoll::add(ep, src, data, flags),
                2 => epoll::modify(ep, src, data, flags),
                _ => epoll::delete(ep, src),
            },
            _ => Err(rustix::io::Errno::BADF),
        }
    });
    r.map_err(|e| os_error(vm, e.raw_os_error()))?;
    Ok(Value::None)
}

/// `_epoll_wait(epfd, timeout, maxevents)` → `[(fd, mask)]`; timeout in seconds, negative =
/// forever. A SIGINT while waiting runs the Python handler (its exception propagates) and
/// returns what was ready (perhaps nothing).
fn e_wait(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let epfd = int_at(vm, &a, 0)?;
    let timeout = match a.pos.get(1) {
        Some(Value::Float(f)) => *f,
        Some(Value::Int(n)) => *n as f64,
        Some(Value::None) | None => -1.0,
        Some(_) => return Err(vm.type_error("timeout must be an integer or None")),
    };
    let maxevents = match a.pos.get(2) {
        Some(Value::Int(n)) if *n > 0 => (*n).min(i32::MAX as i64) as usize,
        _ => 1024,
    };
    let ts = if timeout < 0.0 {
        None
    } else {
        let secs = timeout.floor();
        Some(Timespec {
            tv_sec: secs as i64,
            tv_nsec: ((timeout - secs) * 1e9) as i64,
        })
    };
    // Green threads (threads.rs) run while this thread waits: the runnable ones now, the
    // sleepers when the wait is cut short at their deadline (the caller waits again).
    let mut ts = ts;
    if crate::threads::others_exist() {
        if crate::threads::yield_now(vm)? {
            // what they did may have made the loop's ready queue non-empty
            // (call_soon_threadsafe): do not block
            ts = Some(Timespec {
                tv_sec: 0,
                tv_nsec: 0,
            });
        }
        if let Some(d) = crate::threads::next_deadline() {
            let left = d.saturating_duration_since(std::time::Instant::now());
            let cut = Timespec {
                tv_sec: left.as_secs() as i64,
                tv_nsec: i64::from(left.subsec_nanos()),
            };
            if ts
                .as_ref()
                .is_none_or(|t| (t.tv_sec, t.tv_nsec) > (cut.tv_sec, cut.tv_nsec))
            {
                ts = Some(cut);
            }
        }
    }
    vm.flush_stdout();
    let mut events: Vec<epoll::Event> = Vec::new();
    events
        .try_reserve_exact(maxevents)
        .map_err(|_| crate::objects::arith::no_memory(vm))?;
    let r = with_fd(vm, epfd, |ep| {
        match epoll::wait(ep, rustix::buffer::spare_capacity(&mut events), ts.as_ref()) {
            Ok(_) => Ok(()),
            Err(rustix::io::Errno::INTR) => Ok(()),
            Err(e) => Err(e),
        }
    });
    r?;
    let mut out = Vec::with_capacity(events.len());
    let mut woke = false;
    for ev in &events {
        // `Event` is packed: copy the fields out before using them.
        let (data, flags) = (ev.data.u64(), { ev.flags }.bits());
        if data == WAKE {
            woke = true;
            continue;
        }
        out.push(Value::tuple(vec![
            Value::Int(data as i64),
            Value::Int(i64::from(flags)),
        ]));
    }
    if woke {
        super::signal::drain_wake();
    }
    // A SIGINT (flag set by the process handler) runs the Python-level handler now.
    super::signal::run_pending(vm)?;
    Ok(Value::list(out))
}

const PY_SOURCE: &str = r#"
class epoll:
    __module__ = 'select'

    def __init__(self, sizehint=-1, flags=0):
        self._epfd = _epoll_create()

    def fileno(self):
        return self._epfd

    @property
    def closed(self):
        return self._epfd < 0

    def _check(self):
        if self._epfd < 0:
            raise ValueError('I/O operation on closed epoll object')

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        self._check()
        _epoll_ctl(self._epfd, 1, _fileno(fd), eventmask)

    def modify(self, fd, eventmask):
        self._check()
        _epoll_ctl(self._epfd, 2, _fileno(fd), eventmask)

    def unregister(self, fd):
        self._check()
        _epoll_ctl(self._epfd, 3, _fileno(fd), 0)

    def poll(self, timeout=None, maxevents=-1):
        self._check()
        if timeout is None:
            timeout = -1.0
        return _epoll_wait(self._epfd, timeout, maxevents)

    def close(self):
        if self._epfd >= 0:
            _close(self._epfd)
            self._epfd = -1

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


def _fileno(fd):
    if isinstance(fd, int):
        if fd < 0:
            raise ValueError(f'file descriptor cannot be a negative integer ({fd})')
        return fd
    return fd.fileno()


error = OSError


def _select_fd(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            fd = obj.fileno()
        except AttributeError:
            raise TypeError('argument must be an int, or have a fileno() method.') from None
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
    if fd < 0:
        raise ValueError(f'file descriptor cannot be a negative integer ({fd})')
    return fd


def _watch(poller, fd, mask):
    try:
        poller.register(fd, mask)
    except OSError as err:
        # epoll refuses regular files (EPERM; EINVAL from pydive's fd table): select
        # calls them always ready.
        if err.errno not in (1, 22):
            raise
        return False
    return True


class poll:
    """select.poll over a short-lived epoll per poll() call (poll's and epoll's event bits are
    the same numbers on Linux); descriptors epoll refuses (regular files) are always ready,
    closed ones report POLLNVAL, as poll(2) does."""
    __module__ = 'select'

    def __init__(self):
        self._fds = {}

    @staticmethod
    def _mask(eventmask):
        # Modules/selectmodule.c's ushort_converter wording
        if not isinstance(eventmask, int):
            raise TypeError('an integer is required')
        if eventmask < 0:
            raise ValueError('value must be positive')
        if eventmask >= 1 << 64:
            raise OverflowError('Python int too large to convert to C unsigned long')
        if eventmask > 0xFFFF:
            raise OverflowError('Python int too large for C unsigned short')
        return eventmask

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT, /):
        fd = _select_fd(fd)
        self._fds[fd] = self._mask(eventmask)

    def modify(self, fd, eventmask, /):
        fd = _select_fd(fd)
        mask = self._mask(eventmask)
        if fd not in self._fds:
            raise FileNotFoundError(2, 'No such file or directory')
        self._fds[fd] = mask

    def unregister(self, fd, /):
        fd = _select_fd(fd)
        if fd not in self._fds:
            raise KeyError(fd)
        del self._fds[fd]

    def poll(self, timeout=None, /):
        if timeout is None:
            wait = -1
        elif isinstance(timeout, (int, float)):
            if timeout != timeout:
                raise ValueError('Invalid value NaN (not a number)')
            # milliseconds, rounded up (_PyTime_ROUND_TIMEOUT); negative: forever
            ms = -(-timeout // 1) if isinstance(timeout, float) else timeout
            wait = -1 if ms < 0 else int(ms) / 1000
        else:
            raise TypeError('timeout must be an integer or None')
        order = list(self._fds)
        if not order:
            if wait < 0:
                raise NotImplementedError('select.poll().poll() with nothing registered '
                                          'and no timeout (it would wait forever)')
            import time
            time.sleep(wait)
            return []
        ready = {}
        poller = epoll()
        try:
            for fd in order:
                mask = self._fds[fd]
                if fd == poller.fileno():
                    # the epoll took the number of a closed descriptor
                    ready[fd] = POLLNVAL
                    continue
                try:
                    poller.register(fd, mask)
                except OSError as err:
                    if err.errno not in (1, 9, 22):
                        raise
                    import os
                    try:
                        os.fstat(fd)
                    except OSError:
                        ready[fd] = POLLNVAL
                    else:
                        # regular files (and descriptors pydive does not track)
                        ready[fd] = mask & (POLLIN | POLLOUT | POLLRDNORM | POLLWRNORM)
            if ready:
                wait = 0
            for fd, got in poller.poll(wait):
                ready[fd] = ready.get(fd, 0) | got
        finally:
            poller.close()
        return [(fd, ready[fd]) for fd in order if ready.get(fd)]


def select(rlist, wlist, xlist, timeout=None, /):
    """select.select over a short-lived epoll: the objects of each list that are ready for
    reading, writing, or have an exceptional condition (regular files are always ready)."""
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError('timeout must be a float or None')
        if timeout < 0:
            raise ValueError('timeout must be non-negative')
    lists = (list(rlist), list(wlist), list(xlist))
    masks = {}
    for items, bit in zip(lists, (EPOLLIN, EPOLLOUT, EPOLLPRI)):
        for obj in items:
            fd = _select_fd(obj)
            masks[fd] = masks.get(fd, 0) | bit
    poller = epoll()
    always = set()
    try:
        for fd, mask in masks.items():
            if not _watch(poller, fd, mask):
                always.add(fd)
        wait = 0 if always else (-1 if timeout is None else timeout)
        events = dict(poller.poll(wait))
    finally:
        poller.close()

    result = []
    for items, bits, files_too in ((lists[0], EPOLLIN | EPOLLERR | EPOLLHUP, True),
                                   (lists[1], EPOLLOUT | EPOLLERR, True),
                                   (lists[2], EPOLLPRI, False)):
        chosen = []
        for obj in items:
            fd = _select_fd(obj)
            if (files_too and fd in always) or events.get(fd, 0) & bits:
                chosen.append(obj)
        result.append(chosen)
    return tuple(result)
"#;

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("_epoll_create", e_create),
        ("_epoll_ctl", e_ctl),
        ("_epoll_wait", e_wait),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    let close = vm.native("_close", |vm, a| {
        let n = int_at(vm, &a, 0)?;
        super::socket::close_fd(n);
        Ok(Value::None)
    });
    d.borrow_mut().set_str("_close", close);
    let consts: &[(&str, i64)] = &[
        ("EPOLLIN", 0x001),
        ("EPOLLPRI", 0x002),
        ("EPOLLOUT", 0x004),
        ("EPOLLERR", 0x008),
        ("EPOLLHUP", 0x010),
        ("EPOLLRDNORM", 0x040),
        ("EPOLLRDBAND", 0x080),
        ("EPOLLWRNORM", 0x100),
        ("EPOLLWRBAND", 0x200),
        ("EPOLLMSG", 0x400),
        ("EPOLLRDHUP", 0x2000),
        ("EPOLLEXCLUSIVE", 1 << 28),
        ("EPOLLONESHOT", 1 << 30),
        ("EPOLLET", 1 << 31),
        ("EPOLL_CLOEXEC", 524_288),
        ("POLLIN", 0x001),
        ("POLLPRI", 0x002),
        ("POLLOUT", 0x004),
        ("POLLERR", 0x008),
        ("POLLHUP", 0x010),
        ("POLLNVAL", 0x020),
        ("POLLRDNORM", 0x040),
        ("POLLRDBAND", 0x080),
        ("POLLWRNORM", 0x100),
        ("POLLWRBAND", 0x200),
        ("POLLMSG", 0x400),
        ("POLLRDHUP", 0x2000),
    ];
    for (n, v) in consts {
        d.borrow_mut().set_str(n, Value::Int(*v));
    }
    let code = vm.compile_source(
        PY_SOURCE,
        "<pydive-native>/select.py",
        pydive_compiler::Mode::Exec,
    )?;
    vm.run_code_in(code, d.clone(), None)?;
    Ok(())
}
