//! `socket`: BSD sockets for asyncio streams (TCP on loopback, Unix-domain streams) and
//! datagrams (UDP: sendto/recvfrom).
//!
//! The syscalls go through `rustix` (safe wrappers, no `unsafe` here). Each open socket is
//! an `OwnedFd` kept in a per-thread table keyed by its descriptor number; Python code only
//! sees the number (`fileno()`). The `socket` class itself is Python (`socket.py` beside
//! this file, run in the module's namespace), calling the `_`-prefixed functions below.
//! Errors are `OSError` subclasses chosen by errno, as CPython's `PyErr_SetFromErrno`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr, SocketAddrV4, SocketAddrV6, ToSocketAddrs};
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd};

use rustix::net::{self as rnet, AddressFamily, SocketAddrAny, SocketAddrUnix, SocketType};

use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

pub const AF_UNIX: i64 = 1;
pub const AF_INET: i64 = 2;
pub const AF_INET6: i64 = 10;
const SOCK_STREAM: i64 = 1;
const SOCK_DGRAM: i64 = 2;
const SOL_SOCKET: i64 = 1;
const SO_REUSEADDR: i64 = 2;
const SO_TYPE: i64 = 3;
const SO_ERROR: i64 = 4;
const SO_KEEPALIVE: i64 = 9;
const SO_BROADCAST: i64 = 6;
const SO_REUSEPORT: i64 = 15;
const IPPROTO_TCP: i64 = 6;
const TCP_NODELAY: i64 = 1;
const IPPROTO_IPV6: i64 = 41;
const IPV6_V6ONLY: i64 = 26;

thread_local! {
    /// Open descriptors made by this module (sockets, epoll instances), by number.
    pub(crate) static FDS: RefCell<HashMap<i32, OwnedFd>> = RefCell::new(HashMap::new());
}

/// Keep `fd` open in the table; its number for Python.
pub fn adopt(fd: OwnedFd) -> i64 {
    let n = fd.as_raw_fd();
    FDS.with(|t| t.borrow_mut().insert(n, fd));
    i64::from(n)
}

/// Run `f` on the descriptor numbered `n` (EBADF when this module does not own it).
pub fn with_fd<R>(
    vm: &mut Vm,
    n: i64,
    f: impl FnOnce(BorrowedFd<'_>) -> rustix::io::Result<R>,
) -> PyResult<R> {
    let r = FDS.with(|t| {
        let t = t.borrow();
        match i32::try_from(n).ok().and_then(|k| t.get(&k)) {
            Some(fd) => f(fd.as_fd()),
            None => Err(rustix::io::Errno::BADF),
        }
    });
    r.map_err(|e| os_error(vm, e.raw_os_error()))
}

/// Close the descriptor numbered `n` (dropping its `OwnedFd`); false if it was not ours.
pub fn close_fd(n: i64) -> bool {
    FDS.with(|t| {
        i32::try_from(n)
            .ok()
            .and_then(|k| t.borrow_mut().remove(&k))
            .is_some()
    })
}

/// The `OSError` subclass CPython raises for `errno` (Objects/exceptions.c's errnomap).
pub fn errno_class(errno: i32) -> &'static str {
    match errno {
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        4 => "InterruptedError",
        1 | 13 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => "OSError",
    }
}

/// strerror(errno), as CPython words it (std's text without its " (os error N)" tail).
pub fn strerror(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

pub fn os_error(vm: &mut Vm, errno: i32) -> Value {
    let t = vm.exc_type(errno_class(errno));
    vm.new_exception(
        &t,
        vec![Value::Int(i64::from(errno)), Value::str(&strerror(errno))],
    )
}

fn int_arg(vm: &mut Vm, a: &Args, i: usize, what: &str) -> PyResult<i64> {
    match a.pos.get(i) {
        Some(Value::Int(n)) => Ok(*n),
        Some(Value::Bool(b)) => Ok(i64::from(*b)),
        Some(other) => {
            // an int subclass: AddressFamily.AF_INET, SocketKind.SOCK_DGRAM
            if let Some(Value::Int(n)) = crate::ops::unwrap_base(other) {
                return Ok(n);
            }
            let t = vm.type_name(other);
            Err(vm.type_error(format!(
                "'{t}' object cannot be interpreted as an integer ({what})"
            )))
        }
        None => Err(vm.type_error(format!("missing argument: {what}"))),
    }
}

fn family_of(vm: &mut Vm, f: i64) -> PyResult<AddressFamily> {
    match f {
        AF_UNIX => Ok(AddressFamily::UNIX),
        AF_INET => Ok(AddressFamily::INET),
        AF_INET6 => Ok(AddressFamily::INET6),
        _ => Err(vm.not_implemented(&format!("socket address family {f}"))),
    }
}

fn type_of(vm: &mut Vm, t: i64) -> PyResult<SocketType> {
    // SOCK_NONBLOCK / SOCK_CLOEXEC bits may be or'ed in; sockets are always close-on-exec.
    match t & 0xf {
        SOCK_STREAM => Ok(SocketType::STREAM),
        SOCK_DGRAM => Ok(SocketType::DGRAM),
        _ => Err(vm.not_implemented(&format!("socket type {t}"))),
    }
}

/// A Python address (`(host, port)` / `(host, port, flow, scope)` / a path) for `family`.
enum Addr {
    Ip(SocketAddr),
    Unix(SocketAddrUnix),
}

fn parse_addr(vm: &mut Vm, family: i64, v: &Value) -> PyResult<Addr> {
    if family == AF_UNIX {
        let path = match v {
            Value::Str(s) => s.as_bytes().to_vec(),
            Value::Bytes(b) => b.to_vec(),
            _ => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
            }
        };
        let r = if path.first() == Some(&0) {
            SocketAddrUnix::new_abstract_name(&path[1..])
        } else {
            SocketAddrUnix::new(path.as_slice())
        };
        return r
            .map(Addr::Unix)
            .map_err(|e| os_error(vm, e.raw_os_error()));
    }
    let items: Vec<Value> = match v {
        Value::Tuple(t) => t.to_vec(),
        _ => {
            let what = if family == AF_INET {
                "AF_INET"
            } else {
                "AF_INET6"
            };
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("{what} address must be tuple, not {t}")));
        }
    };
    let host = match items.first() {
        Some(Value::Str(s)) => s.to_string(),
        _ => return Err(vm.type_error("str, bytes or bytearray expected, not int")),
    };
    let port = match items.get(1) {
        Some(Value::Int(p)) if (0..=65535).contains(p) => *p as u16,
        Some(Value::Int(_)) => {
            return Err(vm.overflow_error("bind(): port must be 0-65535."));
        }
        _ => return Err(vm.type_error("'str' object cannot be interpreted as an integer")),
    };
    let ip = resolve_host(vm, &host, family)?;
    Ok(Addr::Ip(SocketAddr::new(ip, port)))
}

fn resolve_host(vm: &mut Vm, host: &str, family: i64) -> PyResult<IpAddr> {
    let host = match host {
        "" => {
            return Ok(if family == AF_INET6 {
                IpAddr::V6(std::net::Ipv6Addr::UNSPECIFIED)
            } else {
                IpAddr::V4(std::net::Ipv4Addr::UNSPECIFIED)
            })
        }
        "<broadcast>" => "255.255.255.255",
        h => h,
    };
    if let Ok(ip) = host.parse::<IpAddr>() {
        return Ok(ip);
    }
    let found = (host, 0u16).to_socket_addrs().ok().and_then(|mut it| {
        it.find(|a| (family == AF_INET && a.is_ipv4()) || (family == AF_INET6 && a.is_ipv6()))
    });
    match found {
        Some(a) => Ok(a.ip()),
        None => Err(gai_error(vm)),
    }
}

fn gai_error(vm: &mut Vm) -> Value {
    let t = vm.exc_type("OSError");
    // socket.gaierror is an OSError subclass in CPython; EAI_NONAME = -2.
    vm.new_exception(
        &t,
        vec![Value::Int(-2), Value::str("Name or service not known")],
    )
}

fn addr_value(a: Option<SocketAddrAny>) -> Value {
    let Some(a) = a else {
        return Value::str("");
    };
    if let Ok(ip) = SocketAddr::try_from(a.clone()) {
        return ip_value(&ip);
    }
    if let Ok(u) = SocketAddrUnix::try_from(a) {
        if u.is_unnamed() {
            return Value::str("");
        }
        if let Some(p) = u.path_bytes() {
            return Value::str(&String::from_utf8_lossy(p));
        }
        // An unnamed socket (socketpair's) can read back as an empty abstract name.
        if let Some(n) = u.abstract_name().filter(|n| !n.is_empty()) {
            let mut b = vec![0u8];
            b.extend_from_slice(n);
            return Value::Bytes(b.into());
        }
        return Value::str("");
    }
    Value::None
}

fn ip_value(a: &SocketAddr) -> Value {
    match a {
        SocketAddr::V4(v4) => Value::tuple(vec![
            Value::str(&v4.ip().to_string()),
            Value::Int(i64::from(v4.port())),
        ]),
        SocketAddr::V6(v6) => Value::tuple(vec![
            Value::str(&v6.ip().to_string()),
            Value::Int(i64::from(v6.port())),
            Value::Int(i64::from(v6.flowinfo())),
            Value::Int(i64::from(v6.scope_id())),
        ]),
    }
}

fn s_socket(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fam = int_arg(vm, &a, 0, "family")?;
    let ty = int_arg(vm, &a, 1, "type")?;
    let family = family_of(vm, fam)?;
    let st = type_of(vm, ty)?;
    let r = rnet::socket_with(family, st, rnet::SocketFlags::CLOEXEC, None);
    match r {
        Ok(fd) => Ok(Value::Int(adopt(fd))),
        Err(e) => Err(os_error(vm, e.raw_os_error())),
    }
}

fn s_socketpair(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fam = int_arg(vm, &a, 0, "family")?;
    let ty = int_arg(vm, &a, 1, "type")?;
    let family = family_of(vm, fam)?;
    let st = type_of(vm, ty)?;
    match rnet::socketpair(family, st, rnet::SocketFlags::CLOEXEC, None) {
        Ok((x, y)) => Ok(Value::tuple(vec![
            Value::Int(adopt(x)),
            Value::Int(adopt(y)),
        ])),
        Err(e) => Err(os_error(vm, e.raw_os_error())),
    }
}

fn s_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &a, 0, "fd")?;
    close_fd(fd);
    Ok(Value::None)
}

fn s_setblocking(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &a, 0, "fd")?;
    let blocking = int_arg(vm, &a, 1, "flag")? != 0;
    with_fd(vm, fd, |f| rustix::io::ioctl_fionbio(f, !blocking))?;
    Ok(Value::None)
}

fn s_bind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &a, 0, "fd")?;
    let fam = int_arg(vm, &a, 1, "family")?;
    let addr = parse_addr(vm, fam, a.pos.get(2).unwrap_or(&Value::None))?;
    with_fd(vm, fd, |f| match &addr {
        Addr::Ip(ip) => rnet::bind(f, ip),
        Addr::Unix(u) => rnet::bind(f, u),
    })?;
    Ok(Value::None)
}

fn s_listen(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &a, 0, "fd")?;
    let backlog = int_arg(vm, &a, 1, "backlog")?.clamp(0, i64::from(i32::MAX)) as i32;
    with_fd(vm, fd, |f| rnet::listen(f, backlog))?;
    Ok(Value::None)
}

/// `_accept(fd)` → `(newfd, address)`; the new socket is blocking, like CPython's.
fn s_accept(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &a, 0, "fd")?;
    let (nfd, addr) = with_fd(vm, fd, |f| {
        rnet::acceptfrom_with(f, rnet::SocketFlags::CLOEXEC)
    })?;
    Ok(Value::tuple(vec![Value::Int(adopt(nfd)), addr_value(addr)]))
}

/// `_connect(fd, family, address)` → errno (0 when connected), as `connect_ex`.
fn s_connect(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &a, 0, "fd")?;
    let fam = int_arg(vm, &a, 1, "family")?;
    let addr = parse_addr(vm, fam, a.pos.get(2).unwrap_or(&Value::None))?;
    let r = FDS.with(|t| {
        let t = t.borrow();
        match i32::try_from(fd).ok().and_then(|k| t.get(&k)) {
            Some(f) => match &addr {
                Addr::Ip(ip) => rnet::connect(f, ip),
                Addr::Unix(u) => rnet::connect(f, u),
            },
            None => Err(rustix::io::Errno::BADF),
        }
    });
    Ok(Value::Int(match r {
        Ok(()) => 0,
        Err(e) => i64::from(e.raw_os_error()),
    }))
}

fn s_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &a, 0, "fd")?;
    let data = crate::objects::bytes::bytes_of(vm, a.pos.get(1).unwrap_or(&Value::None))?;
    let n = with_fd(vm, fd, |f| rnet::send(f, &data, rnet::SendFlags::NOSIGNAL))?;
    Ok(Value::Int(n as i64))
}

fn s_recv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &a, 0, "fd")?;
    let n = int_arg(vm, &a, 1, "bufsize")?;
    if n < 0 {
        return Err(vm.value_error("negative buffersize in recv"));
    }
    crate::objects::arith::check_alloc(vm, n as usize)?;
    let mut buf = vec![0u8; n as usize];
    let (got, _) = with_fd(vm, fd, |f| {
        rnet::recv(f, buf.as_mut_slice(), rnet::RecvFlags::empty())
    })?;
    buf.truncate(got);
    Ok(Value::Bytes(buf.into()))
}

/// `_sendto(fd, family, data, address)` → bytes sent (datagram sockets).
fn s_sendto(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &a, 0, "fd")?;
    let fam = int_arg(vm, &a, 1, "family")?;
    let data = crate::objects::bytes::bytes_of(vm, a.pos.get(2).unwrap_or(&Value::None))?;
    let addr = parse_addr(vm, fam, a.pos.get(3).unwrap_or(&Value::None))?;
    let flags = rnet::SendFlags::NOSIGNAL;
    let n = with_fd(vm, fd, |f| match &addr {
        Addr::Ip(ip) => rnet::sendto(f, &data, flags, ip),
        Addr::Unix(u) => rnet::sendto(f, &data, flags, u),
    })?;
    Ok(Value::Int(n as i64))
}

/// `_recvfrom(fd, bufsize)` → `(data, address)`.
fn s_recvfrom(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &a, 0, "fd")?;
    let n = int_arg(vm, &a, 1, "bufsize")?;
    if n < 0 {
        return Err(vm.value_error("negative buffersize in recvfrom"));
    }
    crate::objects::arith::check_alloc(vm, n as usize)?;
    let mut buf = vec![0u8; n as usize];
    let (got, _, addr) = with_fd(vm, fd, |f| {
        rnet::recvfrom(f, buf.as_mut_slice(), rnet::RecvFlags::empty())
    })?;
    buf.truncate(got);
    let addr = match addr {
        Some(a) => addr_value(Some(a)),
        None => Value::None,
    };
    Ok(Value::tuple(vec![Value::Bytes(buf.into()), addr]))
}

fn s_getsockname(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &a, 0, "fd")?;
    let addr = with_fd(vm, fd, |f| rnet::getsockname(f))?;
    Ok(addr_value(Some(addr)))
}

fn s_getpeername(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &a, 0, "fd")?;
    let addr = with_fd(vm, fd, |f| rnet::getpeername(f))?;
    match addr {
        Some(a) => Ok(addr_value(Some(a))),
        None => Err(os_error(vm, 107)),
    }
}

fn s_shutdown(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &a, 0, "fd")?;
    let how = match int_arg(vm, &a, 1, "how")? {
        0 => rnet::Shutdown::Read,
        1 => rnet::Shutdown::Write,
        2 => rnet::Shutdown::Both,
        _ => return Err(os_error(vm, 22)),
    };
    with_fd(vm, fd, |f| rnet::shutdown(f, how))?;
    Ok(Value::None)
}

fn s_setsockopt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &a, 0, "fd")?;
    let level = int_arg(vm, &a, 1, "level")?;
    let opt = int_arg(vm, &a, 2, "option")?;
    let on = int_arg(vm, &a, 3, "value")? != 0;
    use rnet::sockopt;
    match (level, opt) {
        (SOL_SOCKET, SO_REUSEADDR) => with_fd(vm, fd, |f| sockopt::set_socket_reuseaddr(f, on))?,
        (SOL_SOCKET, SO_KEEPALIVE) => with_fd(vm, fd, |f| sockopt::set_socket_keepalive(f, on))?,
        (SOL_SOCKET, SO_BROADCAST) => with_fd(vm, fd, |f| sockopt::set_socket_broadcast(f, on))?,
        (SOL_SOCKET, SO_REUSEPORT) => with_fd(vm, fd, |f| sockopt::set_socket_reuseport(f, on))?,
        (IPPROTO_TCP, TCP_NODELAY) => with_fd(vm, fd, |f| sockopt::set_tcp_nodelay(f, on))?,
        (IPPROTO_IPV6, IPV6_V6ONLY) => with_fd(vm, fd, |f| sockopt::set_ipv6_v6only(f, on))?,
        _ => {
            return Err(vm.not_implemented(&format!("socket.setsockopt level {level} option {opt}")))
        }
    }
    Ok(Value::None)
}

fn s_getsockopt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fd = int_arg(vm, &a, 0, "fd")?;
    let level = int_arg(vm, &a, 1, "level")?;
    let opt = int_arg(vm, &a, 2, "option")?;
    use rnet::sockopt;
    let v = match (level, opt) {
        (SOL_SOCKET, SO_ERROR) => match with_fd(vm, fd, |f| sockopt::socket_error(f))? {
            Ok(()) => 0,
            Err(e) => i64::from(e.raw_os_error()),
        },
        (SOL_SOCKET, SO_REUSEADDR) => i64::from(with_fd(vm, fd, |f| sockopt::socket_reuseaddr(f))?),
        (SOL_SOCKET, SO_KEEPALIVE) => i64::from(with_fd(vm, fd, |f| sockopt::socket_keepalive(f))?),
        (SOL_SOCKET, SO_BROADCAST) => i64::from(with_fd(vm, fd, |f| sockopt::socket_broadcast(f))?),
        (SOL_SOCKET, SO_REUSEPORT) => i64::from(with_fd(vm, fd, |f| sockopt::socket_reuseport(f))?),
        (SOL_SOCKET, SO_TYPE) => {
            let t = with_fd(vm, fd, |f| sockopt::socket_type(f))?;
            i64::from(t.as_raw())
        }
        (IPPROTO_TCP, TCP_NODELAY) => i64::from(with_fd(vm, fd, |f| sockopt::tcp_nodelay(f))?),
        _ => {
            return Err(vm.not_implemented(&format!("socket.getsockopt level {level} option {opt}")))
        }
    };
    Ok(Value::Int(v))
}

/// `_getaddrinfo(host, port, family, type, proto, flags)` → list of
/// `(family, type, proto, canonname, sockaddr)`. Numeric hosts never touch the resolver.
fn s_getaddrinfo(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let host = a.pos.first().cloned().unwrap_or(Value::None);
    let port = match a.pos.get(1) {
        Some(Value::Int(p)) => *p as u16,
        Some(Value::Str(s)) => match s.parse::<u16>() {
            Ok(p) => p,
            Err(_) => return Err(vm.not_implemented("getaddrinfo with a service name")),
        },
        Some(Value::None) | None => 0,
        Some(_) => return Err(vm.type_error("getaddrinfo() argument 2 must be integer or string")),
    };
    let family = int_arg(vm, &a, 2, "family").unwrap_or(0);
    let ty = int_arg(vm, &a, 3, "type").unwrap_or(0);
    let proto = int_arg(vm, &a, 4, "proto").unwrap_or(0);
    let flags = int_arg(vm, &a, 5, "flags").unwrap_or(0);
    let host = match &host {
        Value::Str(s) => Some(s.to_string()),
        Value::Bytes(b) => Some(String::from_utf8_lossy(b).to_string()),
        Value::None => None,
        _ => return Err(vm.type_error("getaddrinfo() argument 1 must be string or None")),
    };
    let addrs: Vec<SocketAddr> = match host.as_deref() {
        None => {
            // AI_PASSIVE (1): the wildcard address; otherwise loopback.
            let passive = flags & 1 != 0;
            let v4 = if passive {
                std::net::Ipv4Addr::UNSPECIFIED
            } else {
                std::net::Ipv4Addr::LOCALHOST
            };
            let v6 = if passive {
                std::net::Ipv6Addr::UNSPECIFIED
            } else {
                std::net::Ipv6Addr::LOCALHOST
            };
            vec![
                SocketAddr::V6(SocketAddrV6::new(v6, port, 0, 0)),
                SocketAddr::V4(SocketAddrV4::new(v4, port)),
            ]
        }
        Some(h) => match h.parse::<IpAddr>() {
            Ok(ip) => vec![SocketAddr::new(ip, port)],
            Err(_) => match (h, port).to_socket_addrs() {
                Ok(it) => {
                    let mut v: Vec<SocketAddr> = Vec::new();
                    for x in it {
                        if !v.contains(&x) {
                            v.push(x);
                        }
                    }
                    v
                }
                Err(_) => return Err(gai_error(vm)),
            },
        },
    };
    let types: Vec<i64> = if ty == 0 {
        vec![SOCK_STREAM, SOCK_DGRAM, 3]
    } else {
        vec![ty]
    };
    let mut out = Vec::new();
    for ad in addrs {
        let fam = if ad.is_ipv4() { AF_INET } else { AF_INET6 };
        if family != 0 && family != fam {
            continue;
        }
        for t in &types {
            let p = match (proto, *t) {
                (0, SOCK_STREAM) => 6,
                (0, SOCK_DGRAM) => 17,
                (0, _) => 0,
                (p, _) => p,
            };
            out.push(Value::tuple(vec![
                Value::Int(fam),
                Value::Int(*t),
                Value::Int(p),
                Value::str(""),
                ip_value(&ad),
            ]));
        }
    }
    if out.is_empty() {
        let t = vm.exc_type("OSError");
        return Err(vm.new_exception(
            &t,
            vec![
                Value::Int(-9),
                Value::str("Address family for hostname not supported"),
            ],
        ));
    }
    Ok(Value::list(out))
}

/// `_oserror(errno)` → the `OSError` subclass instance for errno (not raised).
fn s_oserror(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let e = int_arg(vm, &a, 0, "errno")?;
    Ok(os_error(vm, i32::try_from(e).unwrap_or(0)))
}

const PY_SOURCE: &str = include_str!("socket.py");

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("_socket", s_socket),
        ("_socketpair", s_socketpair),
        ("_close", s_close),
        ("_setblocking", s_setblocking),
        ("_bind", s_bind),
        ("_listen", s_listen),
        ("_accept", s_accept),
        ("_connect", s_connect),
        ("_send", s_send),
        ("_recv", s_recv),
        ("_sendto", s_sendto),
        ("_recvfrom", s_recvfrom),
        ("_getsockname", s_getsockname),
        ("_getpeername", s_getpeername),
        ("_shutdown", s_shutdown),
        ("_setsockopt", s_setsockopt),
        ("_getsockopt", s_getsockopt),
        ("_getaddrinfo", s_getaddrinfo),
        ("_oserror", s_oserror),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    let consts: &[(&str, i64)] = &[
        ("AF_UNSPEC", 0),
        ("AF_UNIX", AF_UNIX),
        ("AF_INET", AF_INET),
        ("AF_INET6", AF_INET6),
        ("SOCK_STREAM", SOCK_STREAM),
        ("SOCK_DGRAM", SOCK_DGRAM),
        ("SOCK_RAW", 3),
        ("SOCK_NONBLOCK", 2048),
        ("SOCK_CLOEXEC", 524_288),
        ("SOL_SOCKET", SOL_SOCKET),
        ("SO_REUSEADDR", SO_REUSEADDR),
        ("SO_TYPE", SO_TYPE),
        ("SO_ERROR", SO_ERROR),
        ("SO_KEEPALIVE", SO_KEEPALIVE),
        ("SO_BROADCAST", SO_BROADCAST),
        ("SO_REUSEPORT", SO_REUSEPORT),
        ("IPPROTO_IP", 0),
        ("IPPROTO_TCP", IPPROTO_TCP),
        ("IPPROTO_UDP", 17),
        ("IPPROTO_IPV6", IPPROTO_IPV6),
        ("IPV6_V6ONLY", IPV6_V6ONLY),
        ("TCP_NODELAY", TCP_NODELAY),
        ("SHUT_RD", 0),
        ("SHUT_WR", 1),
        ("SHUT_RDWR", 2),
        ("AI_PASSIVE", 1),
        ("AI_CANONNAME", 2),
        ("AI_NUMERICHOST", 4),
        ("AI_NUMERICSERV", 1024),
        ("NI_NUMERICHOST", 1),
        ("NI_NUMERICSERV", 2),
        ("SOMAXCONN", 4096),
    ];
    for (n, v) in consts {
        d.borrow_mut().set_str(n, Value::Int(*v));
    }
    d.borrow_mut().set_str("has_ipv6", Value::Bool(true));
    let code = vm.compile_source(
        PY_SOURCE,
        "<pydive-native>/socket.py",
        pydive_compiler::Mode::Exec,
    )?;
    vm.run_code_in(code, d.clone(), None)?;
    Ok(())
}
