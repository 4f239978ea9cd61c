//! `_subprocess`: child processes on `std::process`, the native half of
//! `lib/subprocess.py`.
//!
//! A child lives in a per-thread table under an integer handle with its pipes: stdin as a
//! writer, stdout/stderr as buffered readers. `communicate` moves the pipes to helper OS
//! threads (one per pipe, as CPython's Windows `_communicate` does; POSIX CPython uses a
//! selector, same result) and waits for them with a deadline, so a `TimeoutExpired` can be
//! followed by another `communicate` that collects everything. Arguments arrive already
//! checked and converted by `lib/subprocess.py`.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, PipeReader, PipeWriter, Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

/// CPython's `subprocess.PIPE`, `STDOUT`, `DEVNULL` (None = inherit).
const PIPE: i64 = -1;
const STDOUT: i64 = -2;
const DEVNULL: i64 = -3;

struct Proc {
    child: Child,
    stdin: Option<PipeWriter>,
    stdout: Option<BufReader<PipeReader>>,
    stderr: Option<BufReader<PipeReader>>,
    /// communicate's helpers: the stdin writer, the stdout and stderr readers (each
    /// filling a buffer that a timed-out communicate can show so far).
    feeding: Option<JoinHandle<()>>,
    reading: [Option<Reader>; 2],
    /// What the readers collected, once they are done.
    collected: Option<[Option<Vec<u8>>; 2]>,
    returncode: Option<i64>,
}

type Reader = (JoinHandle<()>, Arc<Mutex<Vec<u8>>>);

thread_local! {
    static PROCS: RefCell<HashMap<i64, Proc>> = RefCell::new(HashMap::new());
    static NEXT: RefCell<i64> = const { RefCell::new(0) };
}

fn int_at(vm: &mut Vm, a: &Args, i: usize, default: i64) -> PyResult<i64> {
    match a.pos.get(i) {
        None | Some(Value::None) => Ok(default),
        Some(Value::Int(n)) => Ok(*n),
        Some(Value::Bool(b)) => Ok(i64::from(*b)),
        Some(_) => Err(vm.type_error("an integer is required")),
    }
}

fn str_at(a: &Args, i: usize) -> Option<String> {
    match a.pos.get(i) {
        Some(Value::Str(s)) => Some(s.to_string()),
        _ => None,
    }
}

fn strs(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Tuple(t)) => t
            .iter()
            .filter_map(|x| match x {
                Value::Str(s) => Some(s.to_string()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn io_error(vm: &mut Vm, e: &std::io::Error) -> crate::vm::PyErr {
    crate::modules::socket::os_error(vm, e.raw_os_error().unwrap_or(5))
}

fn exit_code(s: std::process::ExitStatus) -> i64 {
    match s.code() {
        Some(c) => i64::from(c),
        None => -i64::from(s.signal().unwrap_or(0)),
    }
}

/// A descriptor the caller named (0/1/2, or one of os.pipe()'s) as a Stdio for the child.
fn fd_stdio(vm: &mut Vm, fd: i64) -> PyResult<Stdio> {
    use std::os::fd::AsFd;
    let dup = match fd {
        0 => rustix::io::dup(std::io::stdin().as_fd()),
        1 => rustix::io::dup(std::io::stdout().as_fd()),
        2 => rustix::io::dup(std::io::stderr().as_fd()),
        _ => Ok(crate::modules::socket::with_fd(vm, fd, |f| {
            rustix::io::dup(f)
        })?),
    };
    dup.map(Stdio::from)
        .map_err(|e| crate::modules::socket::os_error(vm, e.raw_os_error()))
}

fn new_pipe(vm: &mut Vm) -> PyResult<(PipeReader, PipeWriter)> {
    std::io::pipe().map_err(|e| io_error(vm, &e))
}

/// `spawn(argv, executable, cwd, env_pairs_or_None, stdin, stdout, stderr,
/// new_session)` → `(handle, pid)`. Each stream: PIPE/STDOUT/DEVNULL, None (inherit) or a
/// descriptor number. Raises the OSError of a failed exec (the caller adds the filename).
fn sp_spawn(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let argv = strs(a.pos.first());
    if argv.is_empty() {
        return Err(vm.value_error("empty argument list"));
    }
    let program = str_at(&a, 1).unwrap_or_else(|| argv[0].clone());
    let mut cmd = Command::new(&program);
    cmd.arg0(&argv[0]);
    cmd.args(&argv[1..]);
    if let Some(cwd) = str_at(&a, 2) {
        cmd.current_dir(cwd);
    }
    if let Some(Value::Tuple(pairs)) = a.pos.get(3) {
        cmd.env_clear();
        for p in pairs.iter() {
            if let Value::Tuple(kv) = p {
                if let (Some(Value::Str(k)), Some(Value::Str(v))) = (kv.first(), kv.get(1)) {
                    cmd.env(&**k, &**v);
                }
            }
        }
    }
    let spec = |i: usize| match a.pos.get(i) {
        Some(Value::Int(n)) => Some(*n),
        _ => None,
    };
    let (sin, sout, serr) = (spec(4), spec(5), spec(6));
    if matches!(a.pos.get(7), Some(Value::Bool(true))) {
        cmd.process_group(0);
    }
    let mut stdin_w = None;
    match sin {
        None => {}
        Some(PIPE) => {
            let (r, w) = new_pipe(vm)?;
            cmd.stdin(Stdio::from(r));
            stdin_w = Some(w);
        }
        Some(DEVNULL) => {
            cmd.stdin(Stdio::null());
        }
        Some(fd) => {
            cmd.stdin(fd_stdio(vm, fd)?);
        }
    }
    let mut out_r = None;
    let mut out_w: Option<PipeWriter> = None;
    match sout {
        None => {}
        Some(PIPE) => {
            let (r, w) = new_pipe(vm)?;
            out_r = Some(r);
            out_w = Some(w);
        }
        Some(DEVNULL) => {
            cmd.stdout(Stdio::null());
        }
        Some(fd) => {
            cmd.stdout(fd_stdio(vm, fd)?);
        }
    }
    let mut err_r = None;
    match serr {
        None => {}
        Some(PIPE) => {
            let (r, w) = new_pipe(vm)?;
            cmd.stderr(Stdio::from(w));
            err_r = Some(r);
        }
        Some(STDOUT) => {
            let target = match (&out_w, sout) {
                (Some(w), _) => Stdio::from(w.try_clone().map_err(|e| io_error(vm, &e))?),
                (None, Some(DEVNULL)) => Stdio::null(),
                (None, Some(fd)) if fd >= 0 => fd_stdio(vm, fd)?,
                _ => fd_stdio(vm, 1)?,
            };
            cmd.stderr(target);
        }
        Some(DEVNULL) => {
            cmd.stderr(Stdio::null());
        }
        Some(fd) => {
            cmd.stderr(fd_stdio(vm, fd)?);
        }
    }
    if let Some(w) = out_w {
        cmd.stdout(Stdio::from(w));
    }
    let child = cmd.spawn();
    // the Command holds the child's ends of the pipes: close ours so reads see EOF
    drop(cmd);
    let child = child.map_err(|e| io_error(vm, &e))?;
    let pid = i64::from(child.id());
    let h = NEXT.with(|n| {
        let mut n = n.borrow_mut();
        *n += 1;
        *n
    });
    let p = Proc {
        child,
        stdin: stdin_w,
        stdout: out_r.map(BufReader::new),
        stderr: err_r.map(BufReader::new),
        feeding: None,
        reading: [None, None],
        collected: None,
        returncode: None,
    };
    PROCS.with(|t| t.borrow_mut().insert(h, p));
    Ok(Value::tuple(vec![Value::Int(h), Value::Int(pid)]))
}

fn with_proc<R>(vm: &mut Vm, h: i64, f: impl FnOnce(&mut Proc) -> R) -> PyResult<R> {
    let r = PROCS.with(|t| t.borrow_mut().get_mut(&h).map(f));
    r.ok_or_else(|| vm.value_error("subprocess handle is closed"))
}

/// `write(h, data)`: write all of `data` to the child's stdin (BrokenPipeError if it
/// closed it).
fn sp_write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = int_at(vm, &a, 0, 0)?;
    let data = crate::objects::bytes::bytes_of(vm, a.pos.get(1).unwrap_or(&Value::None))?;
    let r = with_proc(vm, h, |p| match &mut p.stdin {
        Some(w) => w.write_all(&data).map(|()| data.len()),
        None => Err(std::io::Error::from_raw_os_error(9)),
    })?;
    match r {
        Ok(n) => Ok(Value::Int(n as i64)),
        Err(e) => Err(io_error(vm, &e)),
    }
}

/// `close_stdin(h)`
fn sp_close_stdin(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = int_at(vm, &a, 0, 0)?;
    with_proc(vm, h, |p| p.stdin = None)?;
    Ok(Value::None)
}

/// `read(h, which, n, line)` → bytes from stdout (1) or stderr (2): up to `n` bytes (all
/// until EOF when n < 0), or one line when `line` is true.
fn sp_read(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = int_at(vm, &a, 0, 0)?;
    let which = int_at(vm, &a, 1, 1)?;
    let n = int_at(vm, &a, 2, -1)?;
    let line = matches!(a.pos.get(3), Some(Value::Bool(true)));
    let r = with_proc(vm, h, |p| {
        let src = if which == 2 {
            &mut p.stderr
        } else {
            &mut p.stdout
        };
        let Some(r) = src else {
            return Err(std::io::Error::from_raw_os_error(9));
        };
        let mut out = Vec::new();
        if line {
            r.read_until(b'\n', &mut out)?;
        } else if n < 0 {
            r.read_to_end(&mut out)?;
        } else {
            // like a buffered file's read(n): keep reading until n bytes or EOF
            let mut left = n as usize;
            while left > 0 {
                let buf = r.fill_buf()?;
                if buf.is_empty() {
                    break;
                }
                let k = buf.len().min(left);
                out.extend_from_slice(&buf[..k]);
                r.consume(k);
                left -= k;
            }
        }
        Ok(out)
    })?;
    match r {
        Ok(v) => Ok(Value::Bytes(v.into())),
        Err(e) => Err(io_error(vm, &e)),
    }
}

/// `close_output(h, which)`: drop our end of the stdout (1) or stderr (2) pipe.
fn sp_close_output(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = int_at(vm, &a, 0, 0)?;
    let which = int_at(vm, &a, 1, 1)?;
    with_proc(vm, h, |p| {
        if which == 2 {
            p.stderr = None;
        } else {
            p.stdout = None;
        }
    })?;
    Ok(Value::None)
}

/// Wait until `done()` or the deadline, letting green threads run and Ctrl-C through.
fn wait_until(
    vm: &mut Vm,
    deadline: Option<Instant>,
    mut done: impl FnMut() -> bool,
) -> PyResult<bool> {
    let mut nap = Duration::from_micros(200);
    loop {
        if done() {
            return Ok(true);
        }
        let now = Instant::now();
        if deadline.is_some_and(|d| now >= d) {
            return Ok(false);
        }
        let mut step = nap;
        if let Some(d) = deadline {
            step = step.min(d - now);
        }
        if crate::threads::others_exist() {
            crate::threads::sleep(vm, step.as_secs_f64())?;
        } else {
            std::thread::sleep(step);
        }
        vm.check_interrupt()?;
        nap = (nap * 2).min(Duration::from_millis(20));
    }
}

fn deadline_of(v: Option<&Value>) -> Option<Instant> {
    let secs = match v {
        Some(Value::Int(n)) => *n as f64,
        Some(Value::Float(f)) => *f,
        _ => return None,
    };
    Some(Instant::now() + Duration::from_secs_f64(secs.max(0.0)))
}

/// `communicate(h, input_or_None, timeout_or_None)` → `(stdout, stderr, finished)`:
/// stdout/stderr are the whole outputs (None for a stream that is not a pipe); when the
/// timeout passes first, `finished` is False and the helpers keep running for the next call.
fn sp_communicate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = int_at(vm, &a, 0, 0)?;
    let input = match a.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(crate::objects::bytes::bytes_of(vm, v)?),
    };
    let deadline = deadline_of(a.pos.get(2));
    // start the helpers once
    with_proc(vm, h, |p| {
        if let Some(mut w) = p.stdin.take() {
            let data = input.unwrap_or_default();
            p.feeding = Some(std::thread::spawn(move || {
                // a child that exits without reading gives EPIPE: ignored as CPython does
                let _ = w.write_all(&data);
            }));
        }
        for (i, src) in [p.stdout.take(), p.stderr.take()].into_iter().enumerate() {
            if let Some(mut r) = src {
                let buf = Arc::new(Mutex::new(Vec::new()));
                let fill = Arc::clone(&buf);
                let j = std::thread::spawn(move || {
                    let mut chunk = [0u8; 8192];
                    while let Ok(n) = r.read(&mut chunk) {
                        if n == 0 {
                            break;
                        }
                        if let Ok(mut v) = fill.lock() {
                            v.extend_from_slice(&chunk[..n]);
                        }
                    }
                });
                p.reading[i] = Some((j, buf));
            }
        }
    })?;
    let finished = |h: i64| {
        PROCS.with(|t| {
            t.borrow().get(&h).is_none_or(|p| {
                p.feeding.as_ref().is_none_or(JoinHandle::is_finished)
                    && p.reading
                        .iter()
                        .all(|r| r.as_ref().is_none_or(|(j, _)| j.is_finished()))
            })
        })
    };
    let wrap = |v: Option<Vec<u8>>| v.map_or(Value::None, |b| Value::Bytes(b.into()));
    if !wait_until(vm, deadline, || finished(h))? {
        // what came so far (CPython's TimeoutExpired carries it; None when nothing did)
        let [o, e] = with_proc(vm, h, |p| {
            let so_far = |r: &Option<Reader>| {
                r.as_ref()
                    .and_then(|(_, b)| b.lock().ok().map(|v| v.clone()))
                    .filter(|v| !v.is_empty())
            };
            [so_far(&p.reading[0]), so_far(&p.reading[1])]
        })?;
        return Ok(Value::tuple(vec![wrap(o), wrap(e), Value::Bool(false)]));
    }
    let outs = with_proc(vm, h, |p| {
        if let Some(f) = p.feeding.take() {
            let _ = f.join();
        }
        if p.collected.is_none() {
            let mut outs = [None, None];
            for (i, slot) in p.reading.iter_mut().enumerate() {
                if let Some((j, buf)) = slot.take() {
                    let _ = j.join();
                    outs[i] = Some(buf.lock().map(|v| v.clone()).unwrap_or_default());
                }
            }
            p.collected = Some(outs);
        }
        p.collected.clone().unwrap_or_default()
    })?;
    // then the process itself, within what is left of the timeout
    let code = wait_code(vm, h, deadline)?;
    let [o, e] = outs;
    Ok(Value::tuple(vec![
        wrap(o),
        wrap(e),
        Value::Bool(code.is_some()),
    ]))
}

fn reap(p: &mut Proc, block: bool) -> Option<i64> {
    if p.returncode.is_none() {
        let s = if block {
            p.child.wait().ok()
        } else {
            p.child.try_wait().ok().flatten()
        };
        p.returncode = s.map(exit_code);
    }
    p.returncode
}

fn wait_code(vm: &mut Vm, h: i64, deadline: Option<Instant>) -> PyResult<Option<i64>> {
    if deadline.is_none() && !crate::threads::others_exist() {
        return with_proc(vm, h, |p| reap(p, true));
    }
    let mut code = None;
    wait_until(vm, deadline, || {
        code = PROCS.with(|t| t.borrow_mut().get_mut(&h).and_then(|p| reap(p, false)));
        code.is_some()
    })?;
    Ok(code)
}

/// `wait(h, timeout_or_None)` → returncode, or None when the timeout passed.
fn sp_wait(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = int_at(vm, &a, 0, 0)?;
    let deadline = deadline_of(a.pos.get(1));
    Ok(wait_code(vm, h, deadline)?.map_or(Value::None, Value::Int))
}

/// `poll(h)` → returncode or None.
fn sp_poll(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = int_at(vm, &a, 0, 0)?;
    Ok(with_proc(vm, h, |p| reap(p, false))?.map_or(Value::None, Value::Int))
}

/// `signal(h, signum)`: send a signal to a child that was not reaped yet.
fn sp_signal(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use rustix::process::{kill_process, Pid, Signal};
    let h = int_at(vm, &a, 0, 0)?;
    let sig = int_at(vm, &a, 1, 15)?;
    let signal = match sig {
        1 => Signal::HUP,
        2 => Signal::INT,
        3 => Signal::QUIT,
        9 => Signal::KILL,
        10 => Signal::USR1,
        12 => Signal::USR2,
        15 => Signal::TERM,
        18 => Signal::CONT,
        19 => Signal::STOP,
        _ => return Err(vm.not_implemented(&format!("sending signal {sig} to a child"))),
    };
    let pid = with_proc(vm, h, |p| {
        if reap(p, false).is_some() {
            None
        } else {
            Some(p.child.id())
        }
    })?;
    if let Some(pid) = pid.and_then(|n| Pid::from_raw(n as i32)) {
        let _ = kill_process(pid, signal);
    }
    Ok(Value::None)
}

/// `free(h)`: forget a child (its pipes close; a running child goes on).
fn sp_free(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = int_at(vm, &a, 0, 0)?;
    PROCS.with(|t| t.borrow_mut().remove(&h));
    Ok(Value::None)
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("spawn", sp_spawn),
        ("write", sp_write),
        ("close_stdin", sp_close_stdin),
        ("read", sp_read),
        ("close_output", sp_close_output),
        ("communicate", sp_communicate),
        ("wait", sp_wait),
        ("poll", sp_poll),
        ("signal", sp_signal),
        ("free", sp_free),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    Ok(())
}
