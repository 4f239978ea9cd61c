//! `_zlib`: the native half of `lib/zlib.py` (and so of gzip and zipfile).
//!
//! Streams are zlib's own C deflate/inflate (flate2 over libz-sys built from zlib's source),
//! so compressed bytes are the ones CPython's zlibmodule.c makes. A stream lives in a
//! per-thread table under an integer handle that the Python `Compress`/`Decompress` objects
//! hold; `lib/zlib.py` checks the arguments and keeps `unused_data`/`unconsumed_tail`/`eof`.
//! Errors are raised as `zlib.error` (the class `lib/zlib.py` registers with `_set_error`)
//! with zlibmodule.c's `zlib_error` wording: "Error -3 while decompressing data: <zlib msg>".

use std::cell::RefCell;
use std::collections::HashMap;

use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

enum Stream {
    Deflate(Compress),
    Inflate(Decompress),
}

thread_local! {
    static STREAMS: RefCell<HashMap<i64, Stream>> = RefCell::new(HashMap::new());
    static NEXT: RefCell<i64> = const { RefCell::new(1) };
    static ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// Size of each output chunk handed to zlib (CPython grows its blocks; zlib's output does
/// not depend on the chunking).
const CHUNK: usize = 32 * 1024;

fn zerror(vm: &mut Vm, msg: String) -> PyErr {
    match ERROR.with(|e| e.borrow().clone()) {
        Some(cls) => match vm.call(&cls, vec![Value::str(&msg)]) {
            Ok(v) | Err(v) => v,
        },
        None => vm.new_error("RuntimeError", msg),
    }
}

/// zlibmodule.c's `zlib_error`: "Error <code> <while ...>[: <zlib's msg or a default>]".
fn zlib_error(vm: &mut Vm, code: i32, during: &str, zmsg: Option<&str>) -> PyErr {
    let zmsg = zmsg.or(match code {
        -5 => Some("incomplete or truncated stream"),
        -2 => Some("inconsistent stream state"),
        -3 => Some("invalid input data"),
        _ => None,
    });
    let msg = match zmsg {
        Some(m) => format!("Error {code} {during}: {m}"),
        None => format!("Error {code} {during}"),
    };
    zerror(vm, msg)
}

fn int_at(vm: &mut Vm, a: &Args, i: usize, default: i64) -> PyResult<i64> {
    match a.pos.get(i) {
        None | Some(Value::None) => Ok(default),
        Some(Value::Int(n)) => Ok(*n),
        Some(Value::Bool(b)) => Ok(i64::from(*b)),
        Some(v) => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

fn data_at(vm: &mut Vm, a: &Args, i: usize) -> PyResult<Vec<u8>> {
    match a.pos.get(i) {
        None | Some(Value::None) => Ok(Vec::new()),
        Some(v) => crate::objects::bytes::bytes_of(vm, v),
    }
}

fn new_handle(s: Stream) -> i64 {
    let h = NEXT.with(|n| {
        let mut n = n.borrow_mut();
        *n += 1;
        *n
    });
    STREAMS.with(|t| t.borrow_mut().insert(h, s));
    h
}

// ---- checksums ----

fn crc_table() -> &'static [u32; 256] {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, slot) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *slot = c;
        }
        t
    })
}

/// CRC-32 as zlib's `crc32(crc, buf, len)` (the running value is the previous result).
pub fn crc32(data: &[u8], start: u32) -> u32 {
    let t = crc_table();
    let mut c = !start;
    for &b in data {
        c = t[((c ^ u32::from(b)) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

fn adler32(data: &[u8], start: u32) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (start & 0xffff, start >> 16);
    for block in data.chunks(5552) {
        for &x in block {
            a += u32::from(x);
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

/// `crc32(data, value=0)`
fn z_crc32(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let data = data_at(vm, &a, 0)?;
    let start = int_at(vm, &a, 1, 0)? as u32;
    Ok(Value::Int(i64::from(crc32(&data, start))))
}

/// `adler32(data, value=1)`
fn z_adler32(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let data = data_at(vm, &a, 0)?;
    let start = int_at(vm, &a, 1, 1)? as u32;
    Ok(Value::Int(i64::from(adler32(&data, start))))
}

// ---- deflate ----

/// `deflate_new(level, wbits, zdict)` → handle. The caller checked the arguments
/// (level -1..9, wbits 9..15 / -9..-15 / 25..31, 8 read as 9 for a zlib stream).
fn z_deflate_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let level = int_at(vm, &a, 0, -1)?;
    let wbits = int_at(vm, &a, 1, 15)?;
    let level = Compression::new(if level < 0 { 6 } else { level.min(9) as u32 });
    let c = match wbits {
        8..=15 => Compress::new_with_window_bits(level, true, wbits.max(9) as u8),
        -15..=-9 => Compress::new_with_window_bits(level, false, (-wbits) as u8),
        25..=31 => Compress::new_gzip(level, (wbits - 16) as u8),
        _ => return Err(vm.value_error("Invalid initialization option")),
    };
    let mut c = c;
    if let Some(d) = a.pos.get(2).filter(|v| !v.is_none()) {
        let d = crate::objects::bytes::bytes_of(vm, d)?;
        if c.set_dictionary(&d).is_err() {
            return Err(vm.value_error("Invalid dictionary"));
        }
    }
    Ok(Value::Int(new_handle(Stream::Deflate(c))))
}

/// `deflate(handle, data, mode, during)` → bytes: feed `data`, then flush with `mode`
/// (0 none, 1 partial, 2 sync, 3 full, 4 finish) until zlib has no more output.
fn z_deflate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = int_at(vm, &a, 0, 0)?;
    let data = data_at(vm, &a, 1)?;
    let mode = int_at(vm, &a, 2, 0)?;
    let flush = match mode {
        0 => FlushCompress::None,
        1 => FlushCompress::Partial,
        2 => FlushCompress::Sync,
        3 => FlushCompress::Full,
        4 => FlushCompress::Finish,
        _ => return Err(zlib_error(vm, -2, "while flushing", None)),
    };
    let r: Result<Vec<u8>, Option<String>> = STREAMS.with(|t| {
        let mut t = t.borrow_mut();
        let Some(Stream::Deflate(c)) = t.get_mut(&h) else {
            return Err(None);
        };
        let mut out = Vec::new();
        let mut buf = vec![0u8; CHUNK];
        let mut pos = 0usize;
        loop {
            let (in0, out0) = (c.total_in(), c.total_out());
            let st = c
                .compress(&data[pos..], &mut buf, flush)
                .map_err(|e| e.message().map(str::to_string))?;
            pos += (c.total_in() - in0) as usize;
            let made = (c.total_out() - out0) as usize;
            out.extend_from_slice(&buf[..made]);
            if st == Status::StreamEnd {
                break;
            }
            // zlib wrote less than the whole buffer: all input taken and flushed
            if made < buf.len() && pos == data.len() {
                break;
            }
            if made == 0 && pos == data.len() && st == Status::BufError {
                break;
            }
        }
        Ok(out)
    });
    match r {
        Ok(out) => Ok(Value::Bytes(out.into())),
        Err(m) => {
            let during = if mode == 0 {
                "while compressing data"
            } else {
                "while flushing"
            };
            Err(zlib_error(vm, -2, during, m.as_deref()))
        }
    }
}

// ---- inflate ----

/// `inflate_new(wbits, zdict)` → handle. wbits: 8..15 (or 0) zlib, -8..-15 raw, 24..31
/// gzip, 40..47 zlib or gzip by the header (the caller resolves that from the first byte
/// and passes 15 or 31). A raw stream takes its dictionary now, a zlib stream when it asks.
fn z_inflate_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let wbits = int_at(vm, &a, 0, 15)?;
    let mut d = match wbits {
        0 | 8..=15 => Decompress::new(true),
        -15..=-8 => Decompress::new(false),
        24..=31 => Decompress::new_gzip(15),
        _ => return Err(vm.value_error("Invalid initialization option")),
    };
    if wbits < 0 {
        if let Some(z) = a.pos.get(1).filter(|v| !v.is_none()) {
            let z = crate::objects::bytes::bytes_of(vm, z)?;
            if let Err(e) = d.set_dictionary(&z) {
                let m = e.message().map(str::to_string);
                return Err(zlib_error(vm, -3, "while setting zdict", m.as_deref()));
            }
        }
    }
    Ok(Value::Int(new_handle(Stream::Inflate(d))))
}

/// `inflate(handle, data, max_length, finish, zdict)` → `(out, consumed, state)`; state 0 =
/// more to come, 1 = end of stream, 2 = a dictionary is needed and none was given. Inflates
/// until the input is used up, the stream ends or `max_length` (> 0) bytes came out.
fn z_inflate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = int_at(vm, &a, 0, 0)?;
    let data = data_at(vm, &a, 1)?;
    let max_length = int_at(vm, &a, 2, 0)?;
    let finish = matches!(a.pos.get(3), Some(Value::Bool(true)));
    let zdict = match a.pos.get(4).filter(|v| !v.is_none()) {
        Some(z) => Some(crate::objects::bytes::bytes_of(vm, z)?),
        None => None,
    };
    let flush = if finish {
        FlushDecompress::Finish
    } else {
        FlushDecompress::Sync
    };
    let limit = if max_length > 0 {
        max_length as usize
    } else {
        usize::MAX
    };
    let r = STREAMS.with(|t| {
        let mut t = t.borrow_mut();
        let Some(Stream::Inflate(d)) = t.get_mut(&h) else {
            return Err((-2, None));
        };
        let mut out = Vec::new();
        let mut buf = vec![0u8; CHUNK];
        let mut pos = 0usize;
        let mut state = 0;
        while out.len() < limit {
            let room = (limit - out.len()).min(CHUNK);
            let (in0, out0) = (d.total_in(), d.total_out());
            let st = d.decompress(&data[pos..], &mut buf[..room], flush);
            pos += (d.total_in() - in0) as usize;
            let made = (d.total_out() - out0) as usize;
            out.extend_from_slice(&buf[..made]);
            match st {
                Ok(Status::StreamEnd) => {
                    state = 1;
                    break;
                }
                Ok(_) => {
                    if made < room && pos == data.len() {
                        break;
                    }
                    if made == 0 && d.total_in() == in0 {
                        break;
                    }
                }
                Err(e) if e.needs_dictionary().is_some() => match &zdict {
                    Some(z) => {
                        if let Err(e) = d.set_dictionary(z) {
                            return Err((-3, e.message().map(str::to_string)));
                        }
                    }
                    None => {
                        state = 2;
                        break;
                    }
                },
                Err(e) => return Err((-3, e.message().map(str::to_string))),
            }
        }
        Ok((out, pos, state))
    });
    match r {
        Ok((out, pos, state)) => Ok(Value::tuple(vec![
            Value::Bytes(out.into()),
            Value::Int(pos as i64),
            Value::Int(state),
        ])),
        Err((code, m)) => Err(zlib_error(
            vm,
            code,
            "while decompressing data",
            m.as_deref(),
        )),
    }
}

/// `free(handle)`: forget a stream (deflateEnd/inflateEnd).
fn z_free(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = int_at(vm, &a, 0, 0)?;
    STREAMS.with(|t| t.borrow_mut().remove(&h));
    Ok(Value::None)
}

/// `_set_error(cls)`: the class raised as `zlib.error`.
fn z_set_error(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let cls = a.pos.first().cloned().unwrap_or(Value::None);
    ERROR.with(|e| *e.borrow_mut() = Some(cls));
    Ok(Value::None)
}

/// `_raise(code, during, msg_or_None)`: raise zlib.error worded as zlib_error does.
fn z_raise(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let code = int_at(vm, &a, 0, 0)? as i32;
    let during = match a.pos.get(1) {
        Some(Value::Str(s)) => s.to_string(),
        _ => String::new(),
    };
    let msg = match a.pos.get(2) {
        Some(Value::Str(s)) => Some(s.to_string()),
        _ => None,
    };
    Err(zlib_error(vm, code, &during, msg.as_deref()))
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("crc32", z_crc32),
        ("adler32", z_adler32),
        ("deflate_new", z_deflate_new),
        ("deflate", z_deflate),
        ("inflate_new", z_inflate_new),
        ("inflate", z_inflate),
        ("free", z_free),
        ("_set_error", z_set_error),
        ("_raise", z_raise),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    d.borrow_mut()
        .set_str("ZLIB_VERSION", Value::str(libz_version()));
    Ok(())
}

/// The zlib version CPython 3.12 reports on this platform (it links the system's 1.2.13;
/// our bundled copy makes the same deflate output).
fn libz_version() -> &'static str {
    "1.2.13"
}
