//! `_io` / `io` basics: the standard streams and `open()` for text and binary files.
//!
//! A file object is an instance of `TextIOWrapper` whose base value is its index in
//! `Vm::files` (0, 1, 2 are stdin, stdout, stderr). Each opened file owns a real
//! descriptor kept in the descriptor table (`socket::FDS`), so `fileno()` is real and the
//! `os` functions act on it. Binary files and UTF-8 (strict) text files read on demand
//! (8192-byte chunks, as DEFAULT_BUFFER_SIZE) into a buffer of raw bytes (`lazy`); text in
//! other encodings decodes chunk by chunk (`dec`: the codec's incremental decoder) into a
//! buffer of decoded text; writes are buffered (`wbuf`) as BufferedWriter's. A text file's
//! `buffer` is a binary view of the same state (see `file_id`), `raw` a FileIO view.

use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

pub struct FileState {
    pub name: String,
    pub mode: String,
    pub binary: bool,
    /// On-demand files: the bytes read from the descriptor and not yet consumed from
    /// `pos`; other read modes: the contents read at open (decoded text as UTF-8).
    pub data: Vec<u8>,
    pub pos: usize,
    /// The real descriptor (-1 for the standard streams made by the VM).
    pub raw: i32,
    /// Reads go to the descriptor on demand (`data` is a read buffer of raw bytes).
    pub lazy: bool,
    /// Something was read (for `newlines`).
    pub started: bool,
    /// `detach()` gave the file to its buffer/raw object: that one closes it when dropped.
    pub detached: bool,
    /// Written bytes not yet on the descriptor (write-only files), and how writes are
    /// buffered: 0 unbuffered (FileIO), 1 line buffered (text on a tty, buffering=1),
    /// 2 block buffered (DEFAULT_BUFFER_SIZE).
    pub wbuf: Vec<u8>,
    pub wmode: u8,
    /// `line_buffering` of a text file (buffering=1, a tty, reconfigure()).
    pub line_buffering: bool,
    /// Text files in other encodings (or errors other than strict): the codec's incremental
    /// decoder; `data` holds the text decoded so far (UTF-8, newlines translated), read
    /// from the descriptor chunk by chunk as reads need it.
    pub dec: Option<Value>,
    /// A `\r` held back from the end of a decoded chunk (it may start a `\r\n`).
    pub dec_cr: bool,
    pub dec_eof: bool,
    pub closed: bool,
    /// `+` modes: `data` is the whole file, read and written at `pos`, and written back to
    /// `out` on flush and close.
    pub update: bool,
    /// A text file's `encoding` and `errors` (`data` holds its text as UTF-8).
    pub encoding: String,
    pub errors: String,
    /// The decoding error of a text file whose bytes its encoding cannot decode: raised by
    /// the first read, as CPython's TextIOWrapper does.
    pub pending: Option<Value>,
    /// A text file's `newline` argument: `None` translates `\r\n` and `\r` to `\n` on
    /// reading; `""` ends lines at any of them untranslated; `"\r"`/`"\r\n"` are also what
    /// `\n` becomes on writing.
    pub newline: Option<String>,
    /// The line endings the text held (1: `\r`, 2: `\n`, 4: `\r\n`), for `.newlines`.
    pub seen: u8,
    /// The descriptor the file was opened on (`open(fd)`), closed with it when `closefd`.
    pub fd: Option<i64>,
    pub closefd: bool,
    /// The file's `buffer` and `raw` objects once asked for (`f.buffer is f.buffer`).
    pub views: [Option<Value>; 2],
    /// A text file's `telling` (textio.c): false from a `__next__` until one returns the
    /// empty line or `flush()`/`seek()` runs; `tell()` raises meanwhile.
    pub telling: bool,
    /// textio.c's `snapshot`: a chunk was read while `telling` since the last seek. Without
    /// one, `tell()` gives the descriptor's position, read-ahead included (`buffer.tell()`).
    pub snapshot: bool,
}

/// The file index of a file object; a binary view of a text file (its `buffer`) has the
/// base `-(index + 1)`: resolving it sets `VIEW`, so that the call treats the file as
/// binary (the view shares the text file's descriptor and read buffer).
fn file_id(v: &Value) -> Option<usize> {
    match crate::ops::unwrap_base(v) {
        Some(Value::Int(i)) => {
            VIEW.with(|c| c.set(i < 0));
            Some(if i < 0 { (-i - 1) as usize } else { i as usize })
        }
        _ => None,
    }
}

thread_local! {
    /// The file object being operated on is a binary view (see `file_id`).
    static VIEW: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the current operation on `f` is binary (a binary file, or a text file's view).
fn is_bin(f: &FileState) -> bool {
    f.binary || VIEW.with(|c| c.get())
}

/// Whether `v` is the process's own standard input (file 0), read natively by input().
pub fn is_real_stdin(vm: &Vm, v: &Value) -> bool {
    is_file_obj(vm, v) && file_id(v) == Some(0) && !VIEW.with(|c| c.get())
}

/// `sys.stdin.readline()` of the process's own stdin (for input()): a str, "" at the end.
pub fn stdin_readline(vm: &mut Vm) -> PyResult<Value> {
    VIEW.with(|c| c.set(false));
    if check_read(vm, 0, "readline")? {
        return lazy_read(vm, 0, Want::Line(None));
    }
    Err(vm.value_error("I/O operation on closed file."))
}

fn is_file_obj(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.class().is_subtype(&vm.types.text_io))
}

/// Run `f` on the real descriptor `raw` (from the descriptor table `socket::FDS`).
fn sys_io<R>(
    raw: i32,
    f: impl FnOnce(std::os::fd::BorrowedFd<'_>) -> rustix::io::Result<R>,
) -> rustix::io::Result<R> {
    use std::os::fd::AsFd;
    crate::modules::socket::FDS.with(|t| match t.borrow().get(&raw) {
        Some(fd) => f(fd.as_fd()),
        // the process's own stdin: sys.stdin reads descriptor 0 itself (not through std's
        // buffer), into its file state's buffer as BufferedReader does
        None if raw == 0 => f(std::io::stdin().as_fd()),
        None => Err(rustix::io::Errno::BADF),
    })
}

fn errno_err(vm: &mut Vm, e: rustix::io::Errno) -> Value {
    crate::modules::socket::os_error(vm, e.raw_os_error())
}

/// Write all of `bytes` to `raw` (retrying short writes and EINTR).
fn write_all_fd(raw: i32, mut bytes: &[u8]) -> rustix::io::Result<()> {
    while !bytes.is_empty() {
        match sys_io(raw, |f| rustix::io::write(f, bytes)) {
            Ok(0) => return Err(rustix::io::Errno::IO),
            Ok(n) => bytes = &bytes[n..],
            Err(rustix::io::Errno::INTR) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// The descriptor's offset (`lseek(raw, off, whence)`).
fn lseek(raw: i32, from: rustix::fs::SeekFrom) -> rustix::io::Result<u64> {
    sys_io(raw, |f| rustix::fs::seek(f, from))
}

/// One read of up to `want` bytes from an on-demand file into its buffer (consumed bytes
/// dropped first); how many (0 at end of file).
fn fill(f: &mut FileState, want: usize) -> rustix::io::Result<usize> {
    if f.pos >= f.data.len() {
        f.data.clear();
        f.pos = 0;
    } else if f.pos >= 1 << 16 {
        f.data.drain(..f.pos);
        f.pos = 0;
    }
    let start = f.data.len();
    f.data.resize(start + want, 0);
    let raw = f.raw;
    let r = loop {
        match sys_io(raw, |fd| rustix::io::read(fd, &mut f.data[start..])) {
            Err(rustix::io::Errno::INTR) => {}
            r => break r,
        }
    };
    let n = *r.as_ref().unwrap_or(&0);
    f.data.truncate(start + n);
    if !is_bin(f) {
        if n > 0 {
            f.seen |= endings(&f.data[start..]);
        }
        f.snapshot |= f.telling;
    }
    r
}

thread_local! {
    /// `BufferedReader`, `BufferedWriter`, `BufferedRandom`: what `open(..., 'b')` returns,
    /// sharing the text file's native methods (subclasses of TextIOWrapper here).
    static BUFFERED: std::cell::RefCell<Vec<std::rc::Rc<crate::objects::typeobj::Type>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

fn file_type(vm: &Vm, mode: &str) -> std::rc::Rc<crate::objects::typeobj::Type> {
    let t = vm.types.text_io.clone();
    if !mode.contains('b') {
        return t;
    }
    let i = if mode.contains('+') {
        2
    } else if mode.contains('r') {
        0
    } else {
        1
    };
    BUFFERED.with(|b| {
        let mut b = b.borrow_mut();
        if b.is_empty() {
            for n in [
                "BufferedReader",
                "BufferedWriter",
                "BufferedRandom",
                "FileIO",
            ] {
                let bt = crate::objects::typeobj::Type::new_builtin(n, Some(&t), t.layout);
                bt.has_del.set(true);
                bt.dict
                    .borrow_mut()
                    .set_str("__module__", Value::str("_io"));
                b.push(bt);
            }
        }
        b[i].clone()
    })
}

fn make_file(vm: &mut Vm, id: usize, name: &str, mode: &str) -> Value {
    make_file_raw(vm, id, name, mode, false)
}

/// A file object; `raw`: a FileIO (`open(..., 'b', buffering=0)`).
fn make_file_raw(vm: &mut Vm, id: usize, name: &str, mode: &str, raw: bool) -> Value {
    let t = vm.types.text_io.clone();
    if t.dict.borrow().get_str("write").is_none() {
        install_methods(vm);
    }
    let t = if raw {
        binary_type(vm, mode, true)
    } else {
        file_type(vm, mode)
    };
    let inst = crate::ops::new_instance(vm, &t);
    if let Value::Instance(i) = &inst {
        i.set_base(Some(Value::Int(id as i64)));
        if let Some(d) = &i.dict() {
            d.borrow_mut().set_str("name", Value::str(name));
            d.borrow_mut().set_str("mode", Value::str(mode));
            d.borrow_mut().set_str("encoding", Value::str("utf-8"));
            d.borrow_mut().set_str("errors", Value::str("strict"));
        }
    }
    inst
}

/// The binary type for `mode` (3: FileIO).
fn binary_type(vm: &mut Vm, mode: &str, raw: bool) -> std::rc::Rc<crate::objects::typeobj::Type> {
    let t = vm.types.text_io.clone();
    if t.dict.borrow().get_str("write").is_none() {
        install_methods(vm);
    }
    file_type(vm, "rb");
    let i = if raw {
        3
    } else if mode.contains('+') {
        2
    } else if mode.contains('r') {
        0
    } else {
        1
    };
    BUFFERED.with(|b| b.borrow()[i].clone())
}

/// An object of `t` over file `id` (`view`: the binary view of a text file).
fn file_obj(vm: &mut Vm, t: &std::rc::Rc<crate::objects::typeobj::Type>, base: i64) -> Value {
    let inst = crate::ops::new_instance(vm, t);
    if let Value::Instance(i) = &inst {
        i.set_base(Some(Value::Int(base)));
    }
    inst
}

/// A file object's base as stored: its index, or `-(index + 1)` for a text file's binary
/// view (see `file_id`).
fn signed_base(vm: &Vm, me: &Value) -> PyResult<i64> {
    match crate::ops::unwrap_base(me) {
        Some(Value::Int(i)) => Ok(i),
        _ => Err(vm.type_error("not a file object")),
    }
}

/// Was file `id` opened in a binary mode?
fn file_is_binary(vm: &Vm, id: usize) -> bool {
    vm.files
        .get(id)
        .and_then(|f| f.as_ref())
        .is_some_and(|f| f.binary)
}

/// `buffer` of a text file: its binary view (BufferedReader/Writer/Random by mode).
fn f_buffer(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = a.pos[0].clone();
    let base = signed_base(vm, &me)?;
    let id = this_id(vm, &a)?;
    let (binary, mode) = match vm.files.get(id).and_then(|f| f.as_ref()) {
        Some(f) => (f.binary, f.mode.clone()),
        None => (false, "r".into()),
    };
    if binary || base < 0 {
        let tn = vm.type_name(&me);
        return Err(vm.new_error(
            "AttributeError",
            format!("'{tn}' object has no attribute 'buffer'"),
        ));
    }
    let mode = if id == 0 {
        "r".to_string()
    } else if id <= 2 {
        "w".to_string()
    } else {
        mode
    };
    // under -u (PYTHONUNBUFFERED), stdout's and stderr's buffer is their FileIO
    let unbuffered = (1..=2).contains(&id) && vm.stdout.unbuffered;
    let t = binary_type(vm, &mode, unbuffered);
    Ok(file_view(vm, id, 0, &t, -(base + 1)))
}

/// The `buffer` (`which` 0) or `raw` (1) object of file `id`: made once, then the same one.
fn file_view(
    vm: &mut Vm,
    id: usize,
    which: usize,
    t: &std::rc::Rc<crate::objects::typeobj::Type>,
    base: i64,
) -> Value {
    if let Some(Some(f)) = vm.files.get(id) {
        if let Some(v) = &f.views[which] {
            return v.clone();
        }
    }
    let v = file_obj(vm, t, base);
    if let Some(Some(f)) = vm.files.get_mut(id) {
        f.views[which] = Some(v.clone());
    }
    v
}

/// `raw` of a binary file: its FileIO (the same descriptor).
fn f_raw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = a.pos[0].clone();
    let base = signed_base(vm, &me)?;
    let id = this_id(vm, &a)?;
    let binary = file_is_binary(vm, id);
    let t = binary_type(vm, "r", true);
    let fileio = matches!(&me, Value::Instance(i) if std::rc::Rc::ptr_eq(&i.class(), &t));
    if fileio || (!binary && base >= 0) {
        let tn = vm.type_name(&me);
        return Err(vm.new_error(
            "AttributeError",
            format!("'{tn}' object has no attribute 'raw'"),
        ));
    }
    Ok(file_view(vm, id, 1, &t, -(id as i64) - 1))
}

/// `reconfigure(*, encoding, errors, newline, line_buffering, write_through)` of a text
/// file: later reads and writes use the new settings.
fn f_reconfigure(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    if a.pos.len() > 1 {
        return Err(vm.type_error("reconfigure() takes no positional arguments"));
    }
    let encoding = a.take_kw("encoding").filter(|v| !matches!(v, Value::None));
    let errors = a.take_kw("errors").filter(|v| !matches!(v, Value::None));
    let newline = a.take_kw("newline");
    let line_buffering = a
        .take_kw("line_buffering")
        .filter(|v| !matches!(v, Value::None));
    let _ = a.take_kw("write_through");
    if let Some((k, _)) = a.kw.first() {
        return Err(vm.type_error(format!(
            "'{k}' is an invalid keyword argument for reconfigure()"
        )));
    }
    let encoding = match encoding {
        Some(v) => {
            let e = vm.str(&v)?.to_string();
            vm.call_method(
                &Value::Bytes(Vec::new().into()),
                "decode",
                vec![Value::str(&e)],
            )?;
            Some(e)
        }
        None => None,
    };
    let errors = match errors {
        Some(v) => Some(vm.str(&v)?.to_string()),
        None => None,
    };
    let newline = match newline {
        None => None,
        Some(Value::None) => Some(None),
        Some(Value::Str(nl)) if matches!(&*nl, "" | "\n" | "\r" | "\r\n") => {
            Some(Some(nl.to_string()))
        }
        Some(other) => {
            let r = vm.str(&other)?.to_string();
            return Err(vm.value_error(format!("illegal newline value: {r}")));
        }
    };
    let line_buffering = match line_buffering {
        Some(v) => Some(vm.truthy(&v)?),
        None => None,
    };
    let Some(Some(f)) = vm.files.get_mut(id) else {
        return Ok(Value::None);
    };
    if f.closed {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    let _ = flush_w(f);
    if let Some(e) = encoding {
        f.encoding = e;
        f.errors = errors.unwrap_or_else(|| "strict".into());
    } else if let Some(r) = errors {
        f.errors = r;
    }
    if let Some(nl) = newline {
        f.newline = nl;
    }
    if let Some(lb) = line_buffering {
        if f.wmode != 0 {
            f.wmode = if lb { 1 } else { 2 };
        }
        f.line_buffering = lb;
        if id == 1 {
            vm.stdout.line_buffering = lb;
        }
    }
    Ok(Value::None)
}

fn f_line_buffering(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    let lb = vm
        .files
        .get(id)
        .and_then(|f| f.as_ref())
        .is_some_and(|f| f.line_buffering);
    Ok(Value::Bool(lb))
}

/// `write_through`: the standard streams' under `-u`.
fn f_write_through(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    Ok(Value::Bool(id <= 2 && vm.stdout.unbuffered))
}

/// `detach()`: a text file's buffer, a buffered file's raw file.
fn f_detach(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = a.pos[0].clone();
    let base = signed_base(vm, &me)?;
    let id = this_id(vm, &a)?;
    let binary = file_is_binary(vm, id);
    if let Some(Some(f)) = vm.files.get_mut(id) {
        f.detached = true;
    }
    if binary || base < 0 {
        f_raw(vm, a)
    } else {
        f_buffer(vm, a)
    }
}

/// The object for fd 0/1/2.
pub fn std_stream(vm: &mut Vm, fd: usize, name: &str, mode: &str) -> Value {
    while vm.files.len() <= fd {
        vm.files.push(None);
    }
    // create_stdio: without -u, stdout is line buffered on a terminal and stderr always
    let line_buffering = !vm.stdout.unbuffered
        && match fd {
            1 => std::io::IsTerminal::is_terminal(&std::io::stdout()),
            2 => true,
            _ => false,
        };
    if fd == 1 {
        vm.stdout.line_buffering = line_buffering;
    }
    vm.files[fd] = Some(FileState {
        name: name.into(),
        mode: mode.into(),
        binary: false,
        data: Vec::new(),
        pos: 0,
        // stdin reads descriptor 0 on demand; stdout and stderr write through `vm.stdout`
        raw: if fd == 0 { 0 } else { -1 },
        lazy: fd == 0,
        started: false,
        detached: false,
        wbuf: Vec::new(),
        wmode: 0,
        line_buffering,
        dec: None,
        dec_cr: false,
        dec_eof: false,
        closed: false,
        update: false,
        encoding: "utf-8".into(),
        // create_stdio's error handlers
        errors: if fd == 2 {
            "backslashreplace"
        } else {
            "surrogateescape"
        }
        .into(),
        pending: None,
        // create_stdio: newline="\n" (no translation of "\r\n" on reading)
        newline: Some("\n".into()),
        seen: 0,
        fd: None,
        closefd: false,
        views: [None, None],
        telling: true,
        snapshot: false,
    });
    make_file(vm, fd, name, mode)
}

/// `file.write(s)` for any file-like object.
pub fn write_to(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    if is_file_obj(vm, file) {
        if let Some(id) = file_id(file) {
            return write_id(vm, id, s.as_bytes());
        }
    }
    let w = vm.getattr(file, "write")?;
    vm.call(&w, vec![Value::str(s)])?;
    Ok(())
}

fn write_id(vm: &mut Vm, id: usize, bytes: &[u8]) -> PyResult<()> {
    match id {
        // sys.stdout's text layer or its buffer (the bytes as they are: b"\xff" too)
        1 if VIEW.with(|c| c.get()) => {
            vm.stdout.write_bytes(bytes);
            Ok(())
        }
        1 => {
            vm.stdout.write(&String::from_utf8_lossy(bytes));
            Ok(())
        }
        2 => {
            vm.write_stderr_bytes(bytes);
            Ok(())
        }
        _ => {
            let (closed, binary, readonly) =
                vm.files
                    .get(id)
                    .and_then(|f| f.as_ref())
                    .map_or((true, false, false), |f| {
                        (
                            f.closed,
                            is_bin(f),
                            !f.update && f.mode.contains('r') && !f.mode.contains('+'),
                        )
                    });
            if binary && readonly {
                return Err(vm.new_error("UnsupportedOperation", "write"));
            }
            if closed && binary {
                return Err(vm.value_error("write to closed file"));
            }
            if closed {
                return Err(vm.value_error("I/O operation on closed file."));
            }
            if let Some(Some(f)) = vm.files.get_mut(id) {
                if f.update {
                    if f.mode.contains('a') {
                        f.pos = f.data.len();
                    }
                    let end = f.pos + bytes.len();
                    if f.data.len() < end {
                        f.data.resize(end, 0);
                    }
                    f.data[f.pos..end].copy_from_slice(bytes);
                    f.pos = end;
                    return Ok(());
                }
            }
            let (raw, writable, binary) = match vm.files.get(id).and_then(|f| f.as_ref()) {
                Some(f) => (
                    f.raw,
                    !f.mode.contains('r') || f.mode.contains('+'),
                    is_bin(f),
                ),
                None => (-1, false, false),
            };
            if !writable {
                let what = if binary { "write" } else { "not writable" };
                return Err(vm.new_error("UnsupportedOperation", what));
            }
            let Some(Some(f)) = vm.files.get_mut(id) else {
                return Ok(());
            };
            if f.lazy {
                // a '+' file: what was read ahead goes back before writing at the position
                drop_read_buffer(f);
            }
            let r = match f.wmode {
                0 => write_all_fd(raw, bytes),
                mode => {
                    f.wbuf.extend_from_slice(bytes);
                    let line = mode == 1 && bytes.contains(&b'\n');
                    if line || f.wbuf.len() >= 8192 {
                        flush_w(f)
                    } else {
                        Ok(())
                    }
                }
            };
            r.map_err(|e| errno_err(vm, e))
        }
    }
}

pub fn flush(vm: &mut Vm, file: &Value) -> PyResult<()> {
    if is_file_obj(vm, file) {
        if file_id(file) == Some(1) {
            vm.flush_stdout();
        }
        return Ok(());
    }
    if let Ok(f) = vm.getattr(file, "flush") {
        vm.call(&f, vec![])?;
    }
    Ok(())
}

fn this_id(vm: &mut Vm, a: &Args) -> PyResult<usize> {
    match a.pos.first().and_then(file_id) {
        Some(i) => Ok(i),
        None => Err(vm.type_error("not a file object")),
    }
}

fn f_write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    let binary = vm
        .files
        .get(id)
        .and_then(|f| f.as_ref())
        .map(is_bin)
        .unwrap_or(false);
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    let codec = vm
        .files
        .get(id)
        .and_then(|f| f.as_ref())
        .map(|f| {
            (
                f.encoding.to_lowercase().replace('_', "-"),
                f.errors.clone(),
            )
        })
        .filter(|(e, _)| !matches!(e.as_str(), "utf-8" | "utf8" | "utf-8-sig" | "utf8-sig"));
    let wide_nl = vm
        .files
        .get(id)
        .and_then(|f| f.as_ref())
        .and_then(|f| f.newline.clone())
        .filter(|nl| nl == "\r" || nl == "\r\n");
    // newline='\r' or '\r\n': what '\n' becomes; write() still counts the characters given
    let given = match (&v, &wide_nl, binary) {
        (Value::Str(s), Some(_), false) => Some(s.chars().count()),
        _ => None,
    };
    let v = match (&v, wide_nl, binary) {
        (Value::Str(s), Some(nl), false) if s.contains('\n') => Value::str(&s.replace('\n', &nl)),
        _ => v,
    };
    let (bytes, n) = match (&v, binary) {
        (Value::Str(s), false) if codec.is_some() => {
            let (enc, errors) = codec.unwrap_or_default();
            let how = vec![Value::str(&enc), Value::str(&errors)];
            let b = vm.call_method(&v, "encode", how)?;
            (crate::objects::bytes::bytes_of(vm, &b)?, s.chars().count())
        }
        (Value::Str(s), false) => (s.as_bytes().to_vec(), s.chars().count()),
        (Value::Bytes(_) | Value::ByteArray(_), true) => {
            let b = crate::objects::bytes::bytes_of(vm, &v)?;
            let n = b.len();
            (b, n)
        }
        (other, false) => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
        }
        (other, true) => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
        }
    };
    if id == 1 && is_fileio(vm, &a.pos[0]) {
        // sys.stdout.buffer.raw: straight to descriptor 1, ahead of anything buffered
        vm.stdout.write_raw(&bytes);
    } else {
        write_id(vm, id, &bytes)?;
    }
    Ok(Value::Int(given.unwrap_or(n) as i64))
}

fn f_flush(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    if id == 1 && VIEW.with(|c| c.get()) {
        // sys.stdout.buffer.flush(): text still pending in sys.stdout stays there
        vm.stdout.flush_buffer();
    } else if id == 1 {
        vm.flush_stdout();
    }
    if let Some(Some(f)) = vm.files.get_mut(id) {
        if !f.closed {
            if !is_bin(f) {
                f.telling = true;
            }
            if let Err(e) = flush_w(f) {
                return Err(errno_err(vm, e));
            }
            write_back(f);
        }
    }
    Ok(Value::None)
}

/// An on-demand file's read-ahead dropped, the descriptor moved back to the position.
fn drop_read_buffer(f: &mut FileState) {
    let unread = f.data.len().saturating_sub(f.pos);
    if unread > 0 {
        let _ = lseek(f.raw, rustix::fs::SeekFrom::Current(-(unread as i64)));
    }
    f.data.clear();
    f.pos = 0;
}

/// The written bytes still buffered, to the descriptor.
fn flush_w(f: &mut FileState) -> rustix::io::Result<()> {
    if f.wbuf.is_empty() {
        return Ok(());
    }
    let buf = std::mem::take(&mut f.wbuf);
    let r = write_all_fd(f.raw, &buf);
    f.wbuf = buf;
    f.wbuf.clear();
    r
}

/// At exit: every open file's buffered writes to its descriptor.
pub fn flush_all(vm: &mut Vm) {
    for f in vm.files.iter_mut().flatten() {
        if !f.closed {
            let _ = flush_w(f);
            write_back(f);
        }
    }
}

/// A `+` mode file's buffer to disk (the whole file, then its length); a write-only
/// file's buffered writes.
fn write_back(f: &mut FileState) {
    if !f.wbuf.is_empty() {
        let _ = flush_w(f);
    }
    if !f.update || f.raw < 0 {
        return;
    }
    let _ = lseek(f.raw, rustix::fs::SeekFrom::Start(0));
    let _ = write_all_fd(f.raw, &f.data);
    let _ = sys_io(f.raw, |fd| rustix::fs::ftruncate(fd, f.data.len() as u64));
}

fn open_state(vm: &mut Vm, a: &Args) -> PyResult<usize> {
    open_state_for(vm, a, "")
}

/// The open file `a.pos[0]`; once closed, CPython's ValueError for `op` ("seek",
/// "fileno", "tell" name the buffered layer's or FileIO's own messages).
fn open_state_for(vm: &mut Vm, a: &Args, op: &str) -> PyResult<usize> {
    let id = this_id(vm, a)?;
    match vm.files.get(id).and_then(|f| f.as_ref()) {
        Some(f) if !f.closed => Ok(id),
        Some(f) => {
            let msg = match (op, is_bin(f)) {
                ("fileno", _) | ("tell", true) => "I/O operation on closed file".to_string(),
                ("seek", true) => "seek of closed file".to_string(),
                _ => "I/O operation on closed file.".to_string(),
            };
            Err(vm.value_error(msg))
        }
        None => Err(vm.value_error("I/O operation on closed file.")),
    }
}

/// The position of an on-demand or write-only file: the descriptor's offset less what is
/// buffered and not yet consumed.
fn raw_tell(f: &FileState) -> rustix::io::Result<u64> {
    let at = lseek(f.raw, rustix::fs::SeekFrom::Current(0))?;
    let unread = if f.lazy {
        f.data.len().saturating_sub(f.pos) as u64
    } else {
        0
    };
    Ok(at.saturating_sub(unread))
}

/// `seek(offset, whence=0)`: on-demand and write-only files move the descriptor (text
/// files take only the cookies tell() gave, or (0, 1) / (0, 2)); `+` files and files
/// read whole at open move in their buffer.
fn f_seek(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use rustix::fs::SeekFrom;
    let id = open_state_for(vm, &a, "seek")?;
    let off = match a.pos.get(1) {
        Some(v) => vm.index_value(v)?,
        None => return Err(vm.type_error("seek expected at least 1 argument, got 0")),
    };
    let whence = match a.pos.get(2) {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    if let Some(Some(f)) = vm.files.get_mut(id) {
        if !is_bin(f) {
            // seek(0, 1) asks tell() first; the other seeks flush, which makes tell() work
            // again and drops the snapshot (textio.c)
            if whence == 1 && off == 0 && !f.telling {
                return Err(vm.new_error("OSError", "telling position disabled by next() call"));
            }
            f.telling = true;
            f.snapshot = false;
        }
    }
    if whence != 0 || off != 0 {
        // a decoding text file's positions are in its decoded text: decode it all
        dec_fill(vm, id, None, false)?;
    }
    let Some(Some(f)) = vm.files.get_mut(id) else {
        return Ok(Value::None);
    };
    if f.raw >= 0 && (f.lazy || (!f.update && !f.mode.contains('r'))) {
        let _ = flush_w(f);
        let text = !is_bin(f);
        if text && whence == 1 && off != 0 {
            return Err(vm.new_error(
                "UnsupportedOperation",
                "can't do nonzero cur-relative seeks",
            ));
        }
        if text && whence == 2 && off != 0 {
            return Err(vm.new_error(
                "UnsupportedOperation",
                "can't do nonzero end-relative seeks",
            ));
        }
        if whence == 0 && off < 0 {
            return Err(vm.value_error(format!("negative seek position {off}")));
        }
        let r = match whence {
            0 => lseek(f.raw, SeekFrom::Start(off as u64)),
            1 => raw_tell(f).and_then(|p| {
                let to = p as i64 + off;
                if to < 0 {
                    Err(rustix::io::Errno::INVAL)
                } else {
                    lseek(f.raw, SeekFrom::Start(to as u64))
                }
            }),
            _ => lseek(f.raw, SeekFrom::End(off)),
        };
        if f.lazy {
            f.data.clear();
            f.pos = 0;
        }
        return match r {
            Ok(p) => Ok(Value::Int(p as i64)),
            Err(e) => Err(errno_err(vm, e)),
        };
    }
    let base = match whence {
        0 => 0,
        1 => f.pos as i64,
        _ => f.data.len() as i64,
    };
    if off < 0 && whence == 0 {
        return Err(vm.value_error(format!("negative seek position {off}")));
    }
    f.pos = (base + off).max(0) as usize;
    Ok(Value::Int(f.pos as i64))
}

fn f_tell(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = open_state_for(vm, &a, "tell")?;
    let Some(Some(f)) = vm.files.get_mut(id) else {
        return Ok(Value::Int(0));
    };
    let text = !is_bin(f);
    if text && !f.telling {
        return Err(vm.new_error("OSError", "telling position disabled by next() call"));
    }
    if f.raw >= 0 && (f.lazy || (!f.update && !f.mode.contains('r'))) {
        // the buffered writes count without being flushed (as BufferedWriter.tell)
        let pending = f.wbuf.len() as u64;
        if text && f.lazy && !f.snapshot {
            // every chunk since the last seek was read by __next__: CPython's tell() has no
            // snapshot and answers buffer.tell(), the read-ahead included
            return match lseek(f.raw, rustix::fs::SeekFrom::Current(0)) {
                Ok(p) => Ok(Value::Int((p + pending) as i64)),
                Err(e) => Err(errno_err(vm, e)),
            };
        }
        return match raw_tell(f) {
            Ok(p) => Ok(Value::Int((p + pending) as i64)),
            Err(e) => Err(errno_err(vm, e)),
        };
    }
    Ok(Value::Int(f.pos as i64))
}

fn f_truncate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = open_state(vm, &a)?;
    let size = match a.pos.get(1) {
        Some(Value::None) | None => None,
        Some(v) => Some(vm.index_value(v)?.max(0) as usize),
    };
    let Some(Some(f)) = vm.files.get_mut(id) else {
        return Ok(Value::None);
    };
    if !is_bin(f) {
        // TextIOWrapper.truncate flushes first
        f.telling = true;
    }
    if f.update {
        let n = size.unwrap_or(f.pos);
        f.data.resize(n, 0);
        return Ok(Value::Int(n as i64));
    }
    if f.raw >= 0 && (!f.mode.contains('r') || f.mode.contains('+')) {
        let _ = flush_w(f);
        if f.lazy {
            drop_read_buffer(f);
        }
        let n = match size {
            Some(n) => n as u64,
            None => raw_tell(f).unwrap_or(0),
        };
        return match sys_io(f.raw, |fd| rustix::fs::ftruncate(fd, n)) {
            Ok(()) => Ok(Value::Int(n as i64)),
            Err(e) => Err(errno_err(vm, e)),
        };
    }
    Err(vm.new_error("UnsupportedOperation", "File not open for writing"))
}

fn f_seekable(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(!matches!(
        a.pos.first().and_then(file_id),
        Some(0..=2)
    )))
}

/// What an on-demand read takes.
#[derive(Clone, Copy)]
enum Want {
    All,
    Bytes(usize),
    Chars(usize),
    Line(Option<usize>),
    /// At most one read from the descriptor (`read1`), or none when bytes are buffered.
    One(Option<usize>),
}

/// The length of the first whole line of `rest` when known: `nl` is the file's newline
/// ("" also for universal newlines, where a final `\r` needs the next byte).
fn find_line(rest: &[u8], nl: &str) -> Option<usize> {
    match nl {
        "" => {
            let p = memchr::memchr2(b'\r', b'\n', rest)?;
            if rest[p] == b'\n' {
                Some(p + 1)
            } else if p + 1 < rest.len() {
                Some(if rest[p + 1] == b'\n' { p + 2 } else { p + 1 })
            } else {
                None
            }
        }
        "\r" => memchr::memchr(b'\r', rest).map(|p| p + 1),
        "\r\n" => memchr::memmem::find(rest, b"\r\n").map(|p| p + 2),
        _ => memchr::memchr(b'\n', rest).map(|p| p + 1),
    }
}

/// Raw bytes of an on-demand file for `want` (Chars is counted by the caller). A
/// non-blocking descriptor with no data (EAGAIN) ends the read with what is buffered, as
/// BufferedReader does; with nothing buffered the EAGAIN goes to the caller (`lazy_read`).
fn lazy_take(f: &mut FileState, want: Want) -> rustix::io::Result<Vec<u8>> {
    f.started = true;
    let nl: &'static str = match (is_bin(f), f.newline.as_deref()) {
        (true, _) => "\n",
        (false, None | Some("")) => "",
        (false, Some("\r")) => "\r",
        (false, Some("\r\n")) => "\r\n",
        _ => "\n",
    };
    let limit = match want {
        Want::Bytes(n) | Want::One(Some(n)) | Want::Line(Some(n)) => n,
        _ => usize::MAX,
    };
    match lazy_take_until(f, want, nl) {
        Err(rustix::io::Errno::AGAIN) if f.data.len() > f.pos => Ok(take_buffered(f, limit)),
        r => r,
    }
}

/// Up to `n` of the buffered bytes, consumed.
fn take_buffered(f: &mut FileState, n: usize) -> Vec<u8> {
    let n = n.min(f.data.len() - f.pos);
    let out = f.data[f.pos..f.pos + n].to_vec();
    f.pos += n;
    out
}

fn lazy_take_until(f: &mut FileState, want: Want, nl: &str) -> rustix::io::Result<Vec<u8>> {
    let take = take_buffered;
    match want {
        Want::All => {
            while fill(f, 1 << 16)? > 0 {}
            Ok(take(f, usize::MAX))
        }
        Want::Bytes(n) | Want::Chars(n) => {
            let need = if matches!(want, Want::Chars(_)) {
                n.saturating_mul(4).saturating_add(1)
            } else {
                n
            };
            while f.data.len() - f.pos < need {
                let more = (need - (f.data.len() - f.pos)).clamp(8192, 1 << 20);
                if fill(f, more)? == 0 {
                    break;
                }
            }
            Ok(take(
                f,
                if matches!(want, Want::Chars(_)) {
                    usize::MAX
                } else {
                    n
                },
            ))
        }
        Want::One(n) => {
            if f.pos >= f.data.len() {
                fill(f, n.unwrap_or(8192).max(8192))?;
            }
            Ok(take(f, n.unwrap_or(usize::MAX)))
        }
        Want::Line(limit) => loop {
            let rest = &f.data[f.pos..];
            if let Some(n) = find_line(rest, nl) {
                return Ok(take(f, n.min(limit.unwrap_or(usize::MAX))));
            }
            if limit.is_some_and(|l| rest.len() >= l) {
                return Ok(take(f, limit.unwrap_or(0)));
            }
            if fill(f, 8192)? == 0 {
                return Ok(take(f, limit.unwrap_or(usize::MAX)));
            }
        },
    }
}

/// Text of UTF-8 bytes read from an on-demand file (universal newlines translated).
fn lazy_text(vm: &mut Vm, id: usize, raw: Vec<u8>) -> PyResult<String> {
    let universal = vm
        .files
        .get(id)
        .and_then(|f| f.as_ref())
        .is_some_and(|f| f.newline.is_none());
    let raw = if universal && memchr::memchr(b'\r', &raw).is_some() {
        translate_newlines(&raw)
    } else {
        raw
    };
    match String::from_utf8(raw) {
        Ok(s) => Ok(s),
        Err(e) => {
            let (encoding, mut errors) = match vm.files.get(id).and_then(|f| f.as_ref()) {
                Some(f) => (f.encoding.clone(), f.errors.clone()),
                None => ("utf-8".into(), "strict".into()),
            };
            if id <= 2 && errors == "surrogateescape" {
                // str holds no lone surrogates in pydive: stdin's undecodable bytes become U+FFFD
                errors = "replace".into();
            }
            let b = Value::Bytes(e.into_bytes().into());
            let how = vec![Value::str(&encoding), Value::str(&errors)];
            let v = vm.call_method(&b, "decode", how)?;
            Ok(v.as_str().map(String::from).unwrap_or_default())
        }
    }
}

/// A read of an on-demand file: bytes, or str for text files.
fn lazy_read(vm: &mut Vm, id: usize, want: Want) -> PyResult<Value> {
    let Some(Some(f)) = vm.files.get_mut(id) else {
        return Err(vm.value_error("I/O operation on closed file."));
    };
    let (binary, universal) = (is_bin(f), f.newline.is_none());
    if let Err(e) = flush_w(f) {
        return Err(errno_err(vm, e));
    }
    let take_want = match want {
        // a text line of `limit` characters is at most 4 bytes each
        Want::Line(Some(l)) if !binary => Want::Line(Some(l.saturating_mul(4).saturating_add(1))),
        w => w,
    };
    let is_line = matches!(want, Want::Line(_));
    let is_all = matches!(want, Want::All);
    let got = lazy_take(f, take_want);
    let raw = match got {
        Ok(r) => r,
        // A non-blocking descriptor with nothing to read: BufferedReader/FileIO read None,
        // readline b''; TextIOWrapper's decoder takes the None as the end ('') but read()
        // joins it to bytes.
        Err(rustix::io::Errno::AGAIN) => {
            return match (binary, is_line, is_all) {
                (true, false, _) => Ok(Value::None),
                (true, true, _) => Ok(Value::Bytes(Vec::new().into())),
                (false, _, true) => Err(vm.type_error("can't concat NoneType to bytes")),
                (false, _, false) => Ok(Value::str("")),
            };
        }
        Err(e) => return Err(errno_err(vm, e)),
    };
    if binary {
        return Ok(Value::Bytes(raw.into()));
    }
    match want {
        Want::Chars(n) => {
            // n characters: what is beyond them goes back to the buffer
            let eof = raw.len() < n.saturating_mul(4).saturating_add(1);
            let valid = match std::str::from_utf8(&raw) {
                Ok(s) => s,
                Err(e) => std::str::from_utf8(&raw[..e.valid_up_to()]).unwrap_or(""),
            };
            let mut out = String::new();
            let mut used = 0;
            let mut count = 0;
            let mut it = valid.char_indices().peekable();
            while count < n {
                let Some((i, c)) = it.next() else { break };
                used = i + c.len_utf8();
                if c == '\r' && universal {
                    if let Some(&(_, '\n')) = it.peek() {
                        it.next();
                        used += 1;
                    }
                    out.push('\n');
                } else {
                    out.push(c);
                }
                count += 1;
            }
            if count < n && used < raw.len() && (eof || valid.len() < raw.len()) {
                // undecodable bytes: the codec's own error
                let rest = raw[used..].to_vec();
                unread(vm, id, raw.len() - used);
                lazy_text(vm, id, rest)?;
                return Ok(Value::str(&out));
            }
            unread(vm, id, raw.len() - used);
            Ok(Value::str(&out))
        }
        Want::Line(Some(limit)) => {
            let s = lazy_text(vm, id, raw.clone())?;
            match s.char_indices().nth(limit) {
                Some((cut, _)) => {
                    // the untranslated prefix has the same bytes (its line end is not in it)
                    unread(vm, id, raw.len() - cut);
                    Ok(Value::str(&s[..cut]))
                }
                None => Ok(Value::str(&s)),
            }
        }
        _ => {
            let s = lazy_text(vm, id, raw)?;
            Ok(Value::str(&s))
        }
    }
}

/// Give back the last `n` bytes taken from an on-demand file's buffer.
fn unread(vm: &mut Vm, id: usize, n: usize) {
    if let Some(Some(f)) = vm.files.get_mut(id) {
        f.pos -= n.min(f.pos);
    }
}

/// The checks before a read: open, readable, no pending decoding error; whether the file
/// reads on demand.
fn check_read(vm: &mut Vm, id: usize, op: &str) -> PyResult<bool> {
    let Some(Some(f)) = vm.files.get(id) else {
        return Err(vm.value_error("I/O operation on closed file."));
    };
    let readable = f.update || f.mode.contains('r') || f.mode.contains('+');
    if is_bin(f) {
        // BufferedWriter has no read; a closed BufferedReader names the operation
        if !readable {
            return Err(vm.new_error("UnsupportedOperation", "read"));
        }
        if f.closed {
            return Err(vm.value_error(format!("{op} of closed file")));
        }
    }
    if f.closed {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    if let Some(e) = f.pending.clone() {
        return Err(e);
    }
    if !readable {
        return Err(vm.new_error("UnsupportedOperation", "not readable"));
    }
    Ok(f.lazy)
}

/// One more chunk of a decoding text file through its incremental decoder; false once the
/// descriptor is at its end and the decoder finished.
fn fill_dec(vm: &mut Vm, id: usize) -> PyResult<bool> {
    let (raw, dec) = match vm.files.get(id).and_then(|f| f.as_ref()) {
        Some(f) if !f.dec_eof && !f.closed => match &f.dec {
            Some(d) => (f.raw, d.clone()),
            None => return Ok(false),
        },
        _ => return Ok(false),
    };
    let mut buf = vec![0u8; 8192];
    let n = loop {
        match sys_io(raw, |fd| rustix::io::read(fd, &mut buf)) {
            Err(rustix::io::Errno::INTR) => {}
            Ok(n) => break n,
            Err(e) => return Err(errno_err(vm, e)),
        }
    };
    buf.truncate(n);
    let last = n == 0;
    let text = if let Value::Str(enc) = &dec {
        // a stateless single-byte codec: each chunk decodes alone (bytes.decode)
        let errors = vm
            .files
            .get(id)
            .and_then(|f| f.as_ref())
            .map_or_else(|| "strict".to_string(), |f| f.errors.clone());
        let how = vec![Value::Str(enc.clone()), Value::str(&errors)];
        vm.call_method(&Value::Bytes(buf.into()), "decode", how)?
    } else {
        let decode = vm.getattr(&dec, "decode")?;
        vm.call(&decode, vec![Value::Bytes(buf.into()), Value::Bool(last)])?
    };
    let text = match text.as_str() {
        Some(t) => t.as_bytes().to_vec(),
        None => Vec::new(),
    };
    let Some(Some(f)) = vm.files.get_mut(id) else {
        return Ok(false);
    };
    let mut bytes = Vec::with_capacity(text.len() + 1);
    if f.dec_cr {
        bytes.push(b'\r');
        f.dec_cr = false;
    }
    bytes.extend_from_slice(&text);
    let split = matches!(f.newline.as_deref(), None | Some(""));
    if split && !last && bytes.last() == Some(&b'\r') {
        bytes.pop();
        f.dec_cr = true;
    }
    f.seen |= endings(&bytes);
    if f.newline.is_none() {
        bytes = translate_newlines(&bytes);
    }
    f.data.extend_from_slice(&bytes);
    if last {
        f.dec_eof = true;
    }
    Ok(true)
}

/// Whether `rest` holds a whole line for the text file's `newline` (`data` translated).
fn has_line_end(rest: &[u8], newline: Option<&str>) -> bool {
    match newline {
        Some("") => rest.iter().any(|&c| c == b'\r' || c == b'\n'),
        Some("\r") => rest.contains(&b'\r'),
        Some("\r\n") => rest.windows(2).any(|w| w == b"\r\n"),
        _ => rest.contains(&b'\n'),
    }
}

/// A decoding text file: decode until `want` bytes of text are buffered from `pos`, a
/// whole line is (`line`), or the end (`want` None, not `line`).
fn dec_fill(vm: &mut Vm, id: usize, want: Option<usize>, line: bool) -> PyResult<()> {
    loop {
        let enough = match vm.files.get(id).and_then(|f| f.as_ref()) {
            Some(f) if f.dec.is_some() && !f.dec_eof => {
                let rest = &f.data[f.pos.min(f.data.len())..];
                if line {
                    has_line_end(rest, f.newline.as_deref())
                } else {
                    want.is_some_and(|w| rest.len() >= w)
                }
            }
            _ => true,
        };
        if enough || !fill_dec(vm, id)? {
            return Ok(());
        }
    }
}

fn read_bytes(vm: &mut Vm, id: usize, n: Option<usize>, line: bool) -> PyResult<Vec<u8>> {
    if !line && n.is_none() {
        dec_fill(vm, id, None, false)?;
    }
    read_bytes_buffered(vm, id, n, line)
}

/// A read from what is buffered (decoding files decode a line first when `line`).
fn read_bytes_buffered(vm: &mut Vm, id: usize, n: Option<usize>, line: bool) -> PyResult<Vec<u8>> {
    if line {
        dec_fill(vm, id, None, true)?;
    }
    let Some(Some(f)) = vm.files.get_mut(id) else {
        return Err(vm.value_error("I/O operation on closed file."));
    };
    if f.closed {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    if let Some(e) = f.pending.clone() {
        return Err(e);
    }
    if !f.update && !f.mode.contains('r') {
        let what = if is_bin(f) { "read" } else { "not readable" };
        return Err(vm.new_error("UnsupportedOperation", what));
    }
    let rest = &f.data[f.pos.min(f.data.len())..];
    let take = if line {
        let nl = if is_bin(f) {
            None
        } else {
            f.newline.as_deref()
        };
        line_end(rest, nl)
    } else {
        n.unwrap_or(rest.len()).min(rest.len())
    };
    let out = rest[..take].to_vec();
    f.pos += take;
    Ok(out)
}

/// The length of the first line of `rest` (its end included) for a file's `newline`.
fn line_end(rest: &[u8], newline: Option<&str>) -> usize {
    let find = |pat: &[u8]| {
        rest.windows(pat.len())
            .position(|w| w == pat)
            .map_or(rest.len(), |p| p + pat.len())
    };
    match newline {
        Some("") => match rest.iter().position(|&c| c == b'\r' || c == b'\n') {
            Some(p) if rest[p] == b'\r' && rest.get(p + 1) == Some(&b'\n') => p + 2,
            Some(p) => p + 1,
            None => rest.len(),
        },
        Some("\r") => find(b"\r"),
        Some("\r\n") => find(b"\r\n"),
        _ => find(b"\n"),
    }
}

/// Which line endings `data` holds (1: `\r`, 2: `\n`, 4: `\r\n`).
fn endings(data: &[u8]) -> u8 {
    // Most text has no '\r': then only whether a '\n' is there (a byte search, not a walk).
    if memchr::memchr(b'\r', data).is_none() {
        return if memchr::memchr(b'\n', data).is_some() {
            2
        } else {
            0
        };
    }
    let mut seen = 0;
    let mut i = 0;
    while i < data.len() {
        match data[i] {
            b'\r' if data.get(i + 1) == Some(&b'\n') => {
                seen |= 4;
                i += 1;
            }
            b'\r' => seen |= 1,
            b'\n' => seen |= 2,
            _ => {}
        }
        i += 1;
    }
    seen
}

fn wrap_read(vm: &mut Vm, id: usize, data: Vec<u8>) -> Value {
    let binary = vm
        .files
        .get(id)
        .and_then(|f| f.as_ref())
        .map(is_bin)
        .unwrap_or(false);
    if binary {
        Value::Bytes(data.into())
    } else {
        Value::str(&String::from_utf8_lossy(&data))
    }
}

fn f_read(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    let n = match a.pos.get(1) {
        Some(Value::None) | None => None,
        Some(v) => {
            let n = vm.index_value(v)?;
            if n < 0 {
                None
            } else {
                Some(n as usize)
            }
        }
    };
    let binary = vm
        .files
        .get(id)
        .and_then(|f| f.as_ref())
        .map(is_bin)
        .unwrap_or(false);
    if check_read(vm, id, "read")? {
        let fileio = is_fileio(vm, &a.pos[0]);
        let want = match (n, binary) {
            (None, _) => Want::All,
            // FileIO.read(n): one read of the descriptor
            (Some(n), true) if fileio => Want::One(Some(n)),
            (Some(n), true) => Want::Bytes(n),
            (Some(n), false) => Want::Chars(n),
        };
        return lazy_read(vm, id, want);
    }
    let data = if let (Some(n), false) = (n, binary) {
        // n characters, not bytes (a decoding file decodes at most 4 bytes a character)
        dec_fill(vm, id, Some(n.saturating_mul(4).saturating_add(1)), false)?;
        let all = read_bytes_buffered(vm, id, None, false)?;
        let s = String::from_utf8_lossy(&all).to_string();
        let taken: String = s.chars().take(n).collect();
        let back = all.len() - taken.len();
        if let Some(Some(f)) = vm.files.get_mut(id) {
            f.pos -= back;
        }
        taken.into_bytes()
    } else {
        read_bytes(vm, id, n, false)?
    };
    Ok(wrap_read(vm, id, data))
}

/// `writelines(lines)`: `write` of each item, no separators added.
fn f_writelines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = a.pos[0].clone();
    let items = vm.collect(a.pos.get(1).unwrap_or(&Value::None))?;
    let w = vm.getattr(&me, "write")?;
    for it in items {
        vm.call(&w, vec![it])?;
    }
    Ok(Value::None)
}

/// A size argument: None for None or a negative number.
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.index_value(v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn f_readline(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    let limit = size_arg(vm, a.pos.get(1))?;
    if let (None, Some(Some(f))) = (limit, vm.files.get_mut(id)) {
        let binary = is_bin(f);
        if let Some(line) = buffered_line(f, binary) {
            return Ok(line);
        }
    }
    if check_read(vm, id, "readline")? {
        return lazy_read(vm, id, Want::Line(limit));
    }
    let mut d = read_bytes(vm, id, None, true)?;
    if let Some(limit) = limit {
        // at most `limit` characters (bytes for binary files); the rest stays buffered
        let binary = vm
            .files
            .get(id)
            .and_then(|f| f.as_ref())
            .is_some_and(is_bin);
        let cut = if binary {
            limit.min(d.len())
        } else {
            std::str::from_utf8(&d)
                .ok()
                .and_then(|t| t.char_indices().nth(limit).map(|(i, _)| i))
                .unwrap_or(d.len())
        };
        if cut < d.len() && id != 0 {
            unread(vm, id, d.len() - cut);
            d.truncate(cut);
        }
    }
    Ok(wrap_read(vm, id, d))
}

fn f_readlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    let hint = size_arg(vm, a.pos.get(1))?.filter(|&h| h > 0);
    let mut out = Vec::new();
    // IOBase.readlines iterates the file (iter() first, which checks it is open): a text
    // file's tell() is off until the end
    let text = match vm.files.get_mut(id) {
        Some(Some(f)) if !f.closed => {
            let text = !is_bin(f);
            if text {
                f.telling = false;
            }
            text
        }
        _ => return Err(vm.value_error("I/O operation on closed file.")),
    };
    if check_read(vm, id, "readline")? {
        let mut total = 0;
        loop {
            let buffered = match vm.files.get_mut(id) {
                Some(Some(f)) => {
                    let binary = is_bin(f);
                    buffered_line(f, binary)
                }
                _ => None,
            };
            let line = match buffered {
                Some(line) => line,
                None => lazy_read(vm, id, Want::Line(None))?,
            };
            let n = match &line {
                Value::Bytes(b) => b.len(),
                Value::Str(s) if hint.is_some() => s.chars().count(),
                Value::Str(s) => s.len(),
                _ => 0,
            };
            if n == 0 {
                break;
            }
            out.push(line);
            total += n;
            if hint.is_some_and(|h| total >= h) {
                return Ok(Value::list(out));
            }
        }
        if let (true, Some(Some(f))) = (text, vm.files.get_mut(id)) {
            f.telling = true;
            f.snapshot = false;
        }
        return Ok(Value::list(out));
    }
    loop {
        let d = read_bytes(vm, id, None, true)?;
        if d.is_empty() {
            break;
        }
        out.push(wrap_read(vm, id, d));
    }
    if let (true, Some(Some(f))) = (text, vm.files.get_mut(id)) {
        f.telling = true;
        f.snapshot = false;
    }
    Ok(Value::list(out))
}

/// The next whole line of an on-demand file when its buffer already holds it, consumed:
/// what `readline()` returns, made with one copy and no method call. None when the general
/// path must run: a file closed, not on demand, with writes to flush or a decoding error
/// pending; a line that needs another read (or is the empty one at the end), a `\r` to
/// translate, bytes that are not UTF-8 (their error or `errors=` handler).
fn buffered_line(f: &mut FileState, binary: bool) -> Option<Value> {
    // on-demand files are readable: read modes, `+` modes and stdin
    if !f.lazy || f.closed || f.pending.is_some() || !f.wbuf.is_empty() {
        return None;
    }
    let rest = f.data.get(f.pos..)?;
    let nl = match (binary, f.newline.as_deref()) {
        (true, _) => "\n",
        (false, None | Some("")) => "",
        (false, Some("\r")) => "\r",
        (false, Some("\r\n")) => "\r\n",
        _ => "\n",
    };
    let n = find_line(rest, nl)?;
    let line = &rest[..n];
    let v = if binary {
        Value::Bytes(line.into())
    } else {
        // universal newlines: a line ending in `\r` or `\r\n` becomes `\n` (lazy_text)
        if f.newline.is_none() && (line[n - 1] == b'\r' || (n > 1 && line[n - 2] == b'\r')) {
            return None;
        }
        Value::Str(std::rc::Rc::from(std::str::from_utf8(line).ok()?))
    };
    f.pos += n;
    f.started = true;
    Some(v)
}

/// `next(f)` of a file object, for FOR_ITER and the iterator builtins, when its next line is
/// buffered: the line, without calling `__next__` (CPython's textiowrapper_iternext skips
/// the method call the same way). None: go the general way (`Vm::next`), which also ends
/// the iteration. Only the exact io types qualify: a subclass may override `__next__` or
/// `readline`.
pub fn next_line(vm: &mut Vm, it: &Value) -> Option<Value> {
    let Value::Instance(i) = it else {
        return None;
    };
    let binary = {
        let cls = i.class();
        if std::rc::Rc::ptr_eq(&cls, &vm.types.text_io) {
            false
        } else if BUFFERED.with(|b| b.borrow().iter().any(|t| std::rc::Rc::ptr_eq(t, &cls))) {
            true
        } else {
            return None;
        }
    };
    // a text file's binary view (base < 0) goes the general way
    let id = match i.base() {
        Some(Value::Int(id)) if id >= 0 => id as usize,
        _ => return None,
    };
    let f = vm.files.get_mut(id)?.as_mut()?;
    if !binary {
        f.telling = false;
    }
    buffered_line(f, binary)
}

fn f_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    let mut text = false;
    if let Some(Some(f)) = vm.files.get_mut(id) {
        let binary = is_bin(f);
        if !binary {
            f.telling = false;
            text = true;
        }
        if let Some(line) = buffered_line(f, binary) {
            return Ok(line);
        }
    }
    let line = if check_read(vm, id, "readline")? {
        lazy_read(vm, id, Want::Line(None))?
    } else {
        let d = read_bytes(vm, id, None, true)?;
        wrap_read(vm, id, d)
    };
    let empty = match &line {
        Value::Bytes(b) => b.is_empty(),
        Value::Str(s) => s.is_empty(),
        _ => false,
    };
    if empty {
        if let (true, Some(Some(f))) = (text, vm.files.get_mut(id)) {
            // the end: tell() works again, with no snapshot
            f.telling = true;
            f.snapshot = false;
        }
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

/// `__iter__` (IOBase's): the file itself, once it is checked to be open.
fn f_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    if !matches!(vm.files.get(id), Some(Some(f)) if !f.closed) {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(a.pos[0].clone())
}

fn f_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    if id > 2 {
        if let Some(Some(f)) = vm.files.get_mut(id) {
            if !f.closed {
                write_back(f);
            }
            f.closed = true;
            f.data = Vec::new();
            f.dec = None;
            if f.raw >= 0 && f.closefd {
                crate::modules::socket::close_fd(i64::from(f.raw));
            }
            f.raw = -1;
        }
    }
    if let Value::Instance(i) = &a.pos[0] {
        if let Some(d) = &i.dict() {
            d.borrow_mut().set_str("closed", Value::Bool(true));
        }
    }
    Ok(Value::None)
}

/// The finalizer: a file dropped while open is closed (flushing it and closing its
/// descriptor), as CPython's `IOBase.__del__`; the standard streams stay open.
fn f_del(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    let view = VIEW.with(|c| c.get());
    // the owner closes the file, unless detached: then its buffer/raw object does
    let open = matches!(vm.files.get(id), Some(Some(f)) if !f.closed && f.detached == view);
    if id > 2 && open {
        f_close(vm, a)?;
    }
    Ok(Value::None)
}

fn f_enter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos[0].clone())
}

fn f_exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    f_close(vm, Args::new(vec![a.pos[0].clone()]))?;
    Ok(Value::None)
}

fn f_fileno(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    let id = if id <= 2 {
        id
    } else {
        open_state_for(vm, &a, "fileno")?
    };
    let raw = vm
        .files
        .get(id)
        .and_then(|f| f.as_ref())
        .map_or(-1, |f| f.raw);
    Ok(Value::Int(if raw >= 0 {
        i64::from(raw)
    } else {
        id as i64
    }))
}

fn f_isatty(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    let id = this_id(vm, &a)?;
    if id <= 2 {
        return Ok(Value::Bool(false));
    }
    let id = open_state(vm, &a)?;
    let raw = vm
        .files
        .get(id)
        .and_then(|f| f.as_ref())
        .map_or(-1, |f| f.raw);
    Ok(Value::Bool(
        sys_io(raw, |f| Ok(f.is_terminal())).unwrap_or(false),
    ))
}

/// The mode of the open file `a.pos[0]` (ValueError once closed, as CPython's).
fn open_mode(vm: &mut Vm, a: &Args) -> PyResult<String> {
    let id = open_state(vm, a)?;
    Ok(vm.files[id]
        .as_ref()
        .map_or(String::new(), |f| f.mode.clone()))
}

fn f_readable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    if id <= 2 {
        return Ok(Value::Bool(id == 0));
    }
    let m = open_mode(vm, &a)?;
    Ok(Value::Bool(m.contains('r') || m.contains('+')))
}

fn f_writable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    if id <= 2 {
        return Ok(Value::Bool(id != 0));
    }
    let m = open_mode(vm, &a)?;
    Ok(Value::Bool(!m.contains('r') || m.contains('+')))
}

/// `readinto(b)`: read up to len(b) bytes into the bytearray `b`; how many.
fn f_readinto(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    let Some(Value::ByteArray(target)) = a.pos.get(1) else {
        return Err(vm.type_error("readinto() argument must be read-write bytes-like object"));
    };
    let n = target.borrow().len();
    let d = if check_read(vm, id, "readinto")? {
        match lazy_read(vm, id, Want::Bytes(n))? {
            Value::Bytes(b) => b.to_vec(),
            // a non-blocking descriptor with no data
            _ => return Ok(Value::None),
        }
    } else {
        read_bytes(vm, id, Some(n), false)?
    };
    target.borrow_mut()[..d.len()].copy_from_slice(&d);
    Ok(Value::Int(d.len() as i64))
}

/// `read1(size=-1)`: what is buffered, else at most one read of the descriptor.
fn f_read1(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    let n = size_arg(vm, a.pos.get(1))?;
    if check_read(vm, id, "read")? {
        return match lazy_read(vm, id, Want::One(n))? {
            // a non-blocking descriptor with no data: read1 gives b''
            Value::None => Ok(Value::Bytes(Vec::new().into())),
            v => Ok(v),
        };
    }
    let d = read_bytes(vm, id, n, false)?;
    Ok(wrap_read(vm, id, d))
}

/// `peek(size=0)`: the buffered bytes (one read of the descriptor when none), not consumed.
fn f_peek(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    if check_read(vm, id, "peek")? {
        let Some(Some(f)) = vm.files.get_mut(id) else {
            return Ok(Value::Bytes(Vec::new().into()));
        };
        let _ = flush_w(f);
        if f.pos >= f.data.len() {
            match fill(f, 8192) {
                Ok(_) | Err(rustix::io::Errno::AGAIN) => {}
                Err(e) => return Err(errno_err(vm, e)),
            }
        }
        return Ok(Value::Bytes(f.data[f.pos..].to_vec().into()));
    }
    let Some(Some(f)) = vm.files.get(id) else {
        return Ok(Value::Bytes(Vec::new().into()));
    };
    Ok(Value::Bytes(
        f.data[f.pos.min(f.data.len())..].to_vec().into(),
    ))
}

/// FileIO's mode string for an open() mode ('w' -> 'wb', 'w+' -> 'rb+', 'a' -> 'ab').
fn raw_mode(mode: &str) -> String {
    let plus = mode.contains('+');
    let kind = if mode.contains('x') {
        "xb"
    } else if mode.contains('a') {
        "ab"
    } else if plus || mode.contains('r') {
        "rb"
    } else {
        "wb"
    };
    format!("{kind}{}", if plus { "+" } else { "" })
}

/// Whether `v` is a FileIO (`buffering=0`, or a buffered file's `raw`).
fn is_fileio(vm: &mut Vm, v: &Value) -> bool {
    let t = binary_type(vm, "r", true);
    matches!(v, Value::Instance(i) if std::rc::Rc::ptr_eq(&i.class(), &t))
}

/// `FileIO(file, mode='r', closefd=True, opener=None)`: `open(file, mode + 'b', buffering=0,
/// closefd=closefd, opener=opener)`, which makes the same object.
fn fileio_new(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let fileio = binary_type(vm, "r", true);
    match a.pos.first() {
        Some(Value::Type(t)) if std::rc::Rc::ptr_eq(t, &fileio) => {}
        _ => return Err(vm.not_implemented("subclasses of io.FileIO")),
    }
    let mut pos: Vec<Value> = a.pos.iter().skip(1).cloned().collect();
    if pos.is_empty() {
        match a.take_kw("file") {
            Some(f) => pos.push(f),
            None => return Err(vm.type_error("FileIO() missing required argument 'file' (pos 1)")),
        }
    }
    let mode = match pos.get(1).cloned().or_else(|| a.take_kw("mode")) {
        Some(Value::Str(m)) => m.to_string(),
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("FileIO() argument 'mode' must be str, not {tn}")));
        }
        None => "r".to_string(),
    };
    // _io_FileIO___init___impl's checks: a repeated or unknown letter, then the counts
    let modes: String = mode.chars().filter(|c| *c != 'b').collect();
    let repeated = modes.char_indices().any(|(i, c)| modes[..i].contains(c));
    if repeated || !modes.chars().all(|c| "rwax+".contains(c)) {
        return Err(vm.value_error(format!("invalid mode: {mode}")));
    }
    if modes.chars().filter(|c| "rwax".contains(*c)).count() != 1 {
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    pos.truncate(1);
    pos.push(Value::str(&format!("{modes}b")));
    let mut open_args = Args::new(pos);
    open_args
        .kw
        .push((std::rc::Rc::from("buffering"), Value::Int(0)));
    for name in ["closefd", "opener"] {
        if let Some(v) = a.take_kw(name) {
            open_args.kw.push((std::rc::Rc::from(name), v));
        }
    }
    if let Some(v) = a.pos.get(3) {
        open_args.kw.push((std::rc::Rc::from("closefd"), v.clone()));
    }
    open(vm, open_args)
}

/// `closefd` of a FileIO.
fn f_closefd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    let c = vm
        .files
        .get(id)
        .and_then(|f| f.as_ref())
        .is_none_or(|f| f.closefd);
    Ok(Value::Bool(c))
}

/// `readall()`: everything to the end.
fn f_readall(vm: &mut Vm, a: Args) -> PyResult<Value> {
    f_read(vm, Args::new(vec![a.pos[0].clone()]))
}

fn f_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    let (name, mode, binary, enc, fd) = match vm.files.get(id).and_then(|f| f.as_ref()) {
        Some(f) => (
            f.name.clone(),
            f.mode.clone(),
            is_bin(f),
            f.encoding.clone(),
            f.fd.is_some(),
        ),
        None => (String::new(), String::new(), false, "utf-8".into(), false),
    };
    let n = if fd {
        name
    } else {
        crate::objects::str::repr_str(&name)
    };
    if is_fileio(vm, &a.pos[0]) {
        let (closed, closefd) = match vm.files.get(id).and_then(|f| f.as_ref()) {
            Some(f) => (f.closed, f.closefd),
            None => (true, true),
        };
        if closed {
            return Ok(Value::str("<_io.FileIO [closed]>"));
        }
        let m = raw_mode(&mode);
        let c = if closefd { "True" } else { "False" };
        return Ok(Value::str(&format!(
            "<_io.FileIO name={n} mode='{m}' closefd={c}>"
        )));
    }
    if binary {
        let cls = if mode.contains('r') {
            "BufferedReader"
        } else {
            "BufferedWriter"
        };
        return Ok(Value::str(&format!("<_io.{cls} name={n}>")));
    }
    Ok(Value::str(&format!(
        "<_io.TextIOWrapper name={n} mode='{mode}' encoding='{enc}'>"
    )))
}

fn install_methods(vm: &mut Vm) {
    let t = vm.types.text_io.clone();
    t.dict.borrow_mut().set_str("__module__", Value::str("_io"));
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("write", f_write),
        ("writelines", f_writelines),
        ("flush", f_flush),
        ("read", f_read),
        ("readline", f_readline),
        ("readlines", f_readlines),
        ("__next__", f_next),
        ("__iter__", f_iter),
        ("close", f_close),
        ("__enter__", f_enter),
        ("__exit__", f_exit),
        ("fileno", f_fileno),
        ("isatty", f_isatty),
        ("readable", f_readable),
        ("writable", f_writable),
        ("readinto", f_readinto),
        ("read1", f_read1),
        ("detach", f_detach),
        ("reconfigure", f_reconfigure),
        ("readall", f_readall),
        ("peek", f_peek),
        ("__repr__", f_repr),
        ("seek", f_seek),
        ("tell", f_tell),
        ("truncate", f_truncate),
        ("seekable", f_seekable),
        ("__del__", f_del),
    ];
    for (n, f) in fns {
        vm.add_method(&t, n, *f);
    }
    t.has_del.set(true);
    // Data attributes as properties: the std streams' instances carry no __dict__.
    let props: &[(&str, crate::objects::function::NativeFn)] = &[
        ("name", f_name),
        ("mode", f_mode),
        ("encoding", f_encoding),
        ("errors", f_errors),
        ("closed", f_closed),
        ("newlines", f_newlines),
        ("buffer", f_buffer),
        ("raw", f_raw),
        ("line_buffering", f_line_buffering),
        ("write_through", f_write_through),
        ("closefd", f_closefd),
    ];
    for (n, f) in props {
        let prop = Value::Property(std::rc::Rc::new(crate::objects::misc::Property {
            fget: vm.native(n, *f),
            fset: Value::None,
            fdel: Value::None,
            doc: std::cell::RefCell::new(Value::None),
            name: std::cell::RefCell::new(Value::str(n)),
        }));
        t.dict.borrow_mut().set_str(n, prop);
    }
}

/// `newlines`: the line endings met so far by a universal-newlines text file (None, one of
/// them, or a tuple of them in CPython's order).
fn f_newlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    let seen = match vm.files.get(id).and_then(|f| f.as_ref()) {
        Some(f)
            if (f.pos > 0 || f.started)
                && !is_bin(f)
                && matches!(f.newline.as_deref(), None | Some("")) =>
        {
            f.seen
        }
        _ => 0,
    };
    let kinds: Vec<Value> = [(1, "\r"), (2, "\n"), (4, "\r\n")]
        .iter()
        .filter(|(bit, _)| seen & bit != 0)
        .map(|(_, s)| Value::str(s))
        .collect();
    Ok(match kinds.len() {
        0 => Value::None,
        1 => kinds[0].clone(),
        _ => Value::tuple(kinds),
    })
}

fn f_name(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    if let Some(fd) = vm.files.get(id).and_then(|f| f.as_ref()).and_then(|f| f.fd) {
        return Ok(Value::Int(fd));
    }
    let name = vm
        .files
        .get(id)
        .and_then(|f| f.as_ref())
        .map(|f| f.name.clone());
    Ok(Value::str(&name.unwrap_or_default()))
}
fn f_mode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    let view = VIEW.with(|c| c.get());
    let mode = vm
        .files
        .get(id)
        .and_then(|f| f.as_ref())
        .map(|f| f.mode.clone());
    let mode = mode.unwrap_or_default();
    if view || is_fileio(vm, &a.pos[0]) {
        // a text file's buffer, a FileIO: FileIO's mode string
        return Ok(Value::str(&raw_mode(&mode)));
    }
    Ok(Value::str(&mode))
}
fn f_encoding(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    let f = vm.files.get(id).and_then(|f| f.as_ref());
    Ok(Value::str(f.map_or("utf-8", |f| &f.encoding)))
}
fn f_errors(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    let f = vm.files.get(id).and_then(|f| f.as_ref());
    Ok(Value::str(f.map_or("strict", |f| &f.errors)))
}
fn f_closed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_id(vm, &a)?;
    let closed = vm.files.get(id).and_then(|f| f.as_ref()).map(|f| f.closed);
    Ok(Value::Bool(closed.unwrap_or(true)))
}

/// `open(file, mode='r', encoding=None, ...)`.
/// Universal newlines on reading (`TextIOWrapper` with newline=None).
fn translate_newlines(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i] == b'\r' {
            out.push(b'\n');
            if data.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(data[i]);
        }
        i += 1;
    }
    out
}

pub fn open(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let file = a
        .take_kw("file")
        .or_else(|| a.pos.first().cloned())
        .unwrap_or(Value::None);
    let mode = a
        .take_kw("mode")
        .or_else(|| a.pos.get(1).cloned())
        .and_then(|m| m.as_str().map(String::from))
        .unwrap_or_else(|| "r".into());
    // io.open: anything but an int goes through os.fspath first.
    let file = match file {
        Value::Int(_) | Value::Bool(_) => file,
        other => crate::modules::os::fspath_value(vm, &other)?,
    };
    let closefd = match a.take_kw("closefd").or_else(|| a.pos.get(6).cloned()) {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    let mut by_fd: Option<i64> = None;
    let path = match &file {
        Value::Str(_) | Value::Bytes(_) if !closefd => {
            return Err(vm.value_error("Cannot use closefd=False with file name"));
        }
        Value::Str(s) => s.to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).to_string(),
        Value::Int(fd) if (0..=2).contains(fd) => {
            return Ok(make_file(vm, *fd as usize, &fd.to_string(), &mode));
        }
        Value::Int(fd) if *fd < 0 => {
            return Err(vm.value_error("negative file descriptor"));
        }
        Value::Int(fd) => {
            by_fd = Some(*fd);
            fd.to_string()
        }
        other => {
            // _PyType_Name: the bare name ("not deque")
            let tn = vm.type_of(other).name();
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {tn}"
            )));
        }
    };
    // _io.open's mode checks.
    {
        let mut seen = std::collections::HashSet::new();
        if mode
            .chars()
            .any(|c| !"rwxabt+".contains(c) || !seen.insert(c))
        {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
        if mode.contains('b') && mode.contains('t') {
            return Err(vm.value_error("can't have text and binary mode at once"));
        }
        match mode.chars().filter(|c| "rwxa".contains(*c)).count() {
            1 => {}
            0 => {
                return Err(vm.value_error(
                    "Must have exactly one of create/read/write/append mode and at most one plus",
                ))
            }
            _ => {
                return Err(vm.value_error("must have exactly one of create/read/write/append mode"))
            }
        }
    }
    let binary = mode.contains('b');
    let reading = mode.contains('r') && !mode.contains('+');
    let buffering = match a.take_kw("buffering").or_else(|| a.pos.get(2).cloned()) {
        None | Some(Value::None) => -1,
        Some(v) => vm.index_value(&v)?,
    };
    let unbuffered = buffering == 0;
    if unbuffered && !binary {
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    let newline = match a.take_kw("newline").or_else(|| a.pos.get(5).cloned()) {
        None | Some(Value::None) => None,
        Some(Value::Str(nl)) => {
            if !matches!(&*nl, "" | "\n" | "\r" | "\r\n") {
                return Err(vm.value_error(format!("illegal newline value: {nl}")));
            }
            Some(nl.to_string())
        }
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!(
                "open() argument 'newline' must be str or None, not {tn}"
            )));
        }
    };
    if binary && newline.is_some() {
        return Err(vm.value_error("binary mode doesn't take a newline argument"));
    }
    let universal = newline.is_none();
    let encoding = a.take_kw("encoding").or_else(|| a.pos.get(3).cloned());
    let errors = a.take_kw("errors").or_else(|| a.pos.get(4).cloned());
    let (encoding, errors) = match (encoding, errors, binary) {
        (Some(Value::Str(e)), _, true) if !e.is_empty() => {
            return Err(vm.value_error("binary mode doesn't take an encoding argument"))
        }
        (_, Some(Value::Str(_)), true) => {
            return Err(vm.value_error("binary mode doesn't take an errors argument"))
        }
        (e, r, _) => (
            // the locale's encoding is UTF-8 (as under CPython's C.UTF-8 / UTF-8 mode)
            e.and_then(|v| v.as_str().map(String::from))
                .filter(|e| e != "locale")
                .unwrap_or_else(|| "UTF-8".into()),
            r.and_then(|v| v.as_str().map(String::from))
                .unwrap_or_else(|| "strict".into()),
        ),
    };
    let os_err =
        |vm: &mut Vm, e: std::io::Error| -> Value { crate::modules::os::os_error(vm, e, &path) };
    if !binary {
        // an unknown encoding fails at open (LookupError), as CPython's
        vm.call_method(
            &Value::Bytes(Vec::new().into()),
            "decode",
            vec![Value::str(&encoding)],
        )?;
    }
    let norm = encoding.to_lowercase().replace('_', "-");
    let utf8 = matches!(norm.as_str(), "utf-8" | "utf8") && errors == "strict";
    // '+' files in binary or UTF-8 read and write the descriptor; others hold the file
    let plus_fd = mode.contains('+') && (binary || utf8);
    // the descriptor: open(fd) uses that one; a path is opened here
    let raw: i32 = match by_fd {
        Some(fd) => {
            let n = i32::try_from(fd).unwrap_or(-1);
            if let Err(e) = sys_io(n, |f| rustix::fs::fstat(f).map(|_| ())) {
                return Err(errno_err(vm, e));
            }
            n
        }
        None => {
            let mut opts = std::fs::OpenOptions::new();
            if mode.contains('+') {
                opts.read(true).write(true);
            } else if reading {
                opts.read(true);
            } else {
                opts.write(true);
            }
            if mode.contains('w') {
                opts.create(true).truncate(true);
            } else if mode.contains('a') {
                opts.create(true);
                if !mode.contains('+') || plus_fd {
                    opts.append(true);
                }
            } else if mode.contains('x') {
                opts.create_new(true);
            }
            let file = match opts.open(&path) {
                Ok(f) => f,
                Err(e) => return Err(os_err(vm, e)),
            };
            if file.metadata().is_ok_and(|m| m.is_dir()) {
                return Err(os_err(vm, std::io::Error::from_raw_os_error(21)));
            }
            let fd = std::os::fd::OwnedFd::from(file);
            crate::modules::socket::adopt(fd) as i32
        }
    };
    let mut state = FileState {
        name: path.clone(),
        mode: mode.clone(),
        binary,
        data: Vec::new(),
        pos: 0,
        raw,
        lazy: false,
        started: false,
        detached: false,
        wbuf: Vec::new(),
        wmode: 0,
        line_buffering: false,
        dec: None,
        dec_cr: false,
        dec_eof: false,
        closed: false,
        update: mode.contains('+') && !plus_fd,
        encoding: encoding.clone(),
        errors: errors.clone(),
        pending: None,
        newline,
        seen: 0,
        fd: by_fd,
        closefd,
        views: [None, None],
        telling: true,
        snapshot: false,
    };
    // the whole rest of the descriptor (files read at open)
    let slurp = |vm: &mut Vm, st: &mut FileState| -> PyResult<()> {
        loop {
            match fill(st, 1 << 16) {
                Ok(0) => return Ok(()),
                Ok(_) => {}
                Err(e) => return Err(errno_err(vm, e)),
            }
        }
    };
    if plus_fd {
        state.lazy = true;
        state.wmode = if unbuffered { 0 } else { 2 };
        if mode.contains('a') {
            let _ = lseek(raw, rustix::fs::SeekFrom::End(0));
        }
    } else if state.update {
        if !mode.contains('w') && !mode.contains('x') {
            slurp(vm, &mut state)?;
            state.seen = 0;
        }
        if mode.contains('a') {
            state.pos = state.data.len();
        }
    } else if reading && (binary || utf8) {
        state.lazy = true;
    } else if reading && !binary {
        // other encodings: the codec's incremental decoder, chunk by chunk
        let single = matches!(
            norm.as_str(),
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "ascii" | "us-ascii"
        );
        state.dec = Some(if single {
            Value::str(&encoding)
        } else {
            let codecs = vm.import_module("codecs")?;
            let get = vm.getattr(&codecs, "getincrementaldecoder")?;
            let cls = vm.call(&get, vec![Value::str(&encoding)])?;
            vm.call(&cls, vec![Value::str(&errors)])?
        });
    } else if reading {
        slurp(vm, &mut state)?;
        if !binary {
            let raw = Value::Bytes(std::mem::take(&mut state.data).into());
            let how = vec![Value::str(&encoding), Value::str(&errors)];
            match vm.call_method(&raw, "decode", how) {
                Ok(Value::Str(t)) => state.data = t.as_bytes().to_vec(),
                Ok(_) => {}
                Err(e) => state.pending = Some(e),
            }
            state.seen = endings(&state.data);
            if universal {
                // newline=None reads with universal newlines: '\r\n' and '\r' become '\n'
                state.data = translate_newlines(&state.data);
            }
        }
    } else {
        if mode.contains('a') {
            // CPython's FileIO seeks to the end at open in append mode
            let _ = lseek(raw, rustix::fs::SeekFrom::End(0));
        }
        // CPython: text on a tty or buffering=1 is line buffered, buffering=0 is FileIO
        let tty = sys_io(raw, |f| Ok(std::io::IsTerminal::is_terminal(&f))).unwrap_or(false);
        state.line_buffering = !binary && (buffering == 1 || tty);
        state.wmode = match buffering {
            0 => 0,
            1 if !binary => 1,
            _ if tty && !binary => 1,
            _ => 2,
        };
        let sig = matches!(norm.as_str(), "utf-8-sig" | "utf8-sig");
        if sig && !binary && !mode.contains('a') {
            let _ = write_all_fd(raw, b"\xef\xbb\xbf");
        }
    }
    vm.files.push(Some(state));
    let id = vm.files.len() - 1;
    let f = make_file_raw(vm, id, &path, &mode, unbuffered);
    if let Value::Instance(i) = &f {
        if let Some(d) = &i.dict() {
            d.borrow_mut().set_str("closed", Value::Bool(false));
        }
    }
    Ok(f)
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    d.borrow_mut().set_str("open", vm.native("open", open));
    d.borrow_mut()
        .set_str("TextIOWrapper", Value::Type(vm.types.text_io.clone()));
    d.borrow_mut()
        .set_str("DEFAULT_BUFFER_SIZE", Value::Int(8192));
    for (n, mode, raw) in [
        ("BufferedReader", "r", false),
        ("BufferedWriter", "w", false),
        ("BufferedRandom", "r+", false),
        ("FileIO", "r", true),
    ] {
        let t = binary_type(vm, mode, raw);
        if raw {
            vm.add_staticmethod(&t, "__new__", fileio_new);
        }
        d.borrow_mut().set_str(n, Value::Type(t));
    }
    let uo = {
        let os = vm.exc_type("OSError");
        let ve = vm.exc_type("ValueError");

        crate::objects::typecall::new_class(
            vm,
            &vm.types.type_.clone(),
            Args::new(vec![
                Value::str("UnsupportedOperation"),
                Value::tuple(vec![Value::Type(os), Value::Type(ve)]),
                Value::Dict(vm.new_dict()),
            ]),
        )?
    };
    if let Value::Type(t) = &uo {
        // so that Rust code can raise it by name (vm.new_error)
        vm.exc_types.insert("UnsupportedOperation", t.clone());
    }
    d.borrow_mut().set_str("UnsupportedOperation", uo);
    Ok(())
}
