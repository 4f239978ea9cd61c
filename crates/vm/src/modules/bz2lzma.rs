//! `_bz2` and `_lzma`: the native halves of `lib/bz2.py` and `lib/lzma.py`.
//!
//! Streams are libbz2's and liblzma's own C code (bzip2-sys and lzma-sys built from their
//! bundled sources, `static`), so compressed bytes are the ones CPython's _bz2module.c and
//! _lzmamodule.c make. A stream lives in a per-thread table under an integer handle held by
//! the Python compressor/decompressor objects, which keep the unconsumed input, `eof`,
//! `unused_data` and `needs_input` as CPython's C objects do.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

enum Stream {
    BzComp(bzip2::Compress),
    BzDecomp(bzip2::Decompress),
    Xz(xz2::stream::Stream),
}

thread_local! {
    static STREAMS: RefCell<HashMap<i64, Stream>> = RefCell::new(HashMap::new());
    static NEXT: RefCell<i64> = const { RefCell::new(1) };
    static LZMA_ERROR: RefCell<Option<Value>> = const { RefCell::new(None) };
}

const CHUNK: usize = 64 * 1024;

fn add(s: Stream) -> Value {
    let h = NEXT.with(|n| {
        let mut n = n.borrow_mut();
        *n += 1;
        *n
    });
    STREAMS.with(|t| t.borrow_mut().insert(h, s));
    Value::Int(h)
}

fn int_at(vm: &mut Vm, a: &Args, i: usize, default: i64) -> PyResult<i64> {
    match a.pos.get(i) {
        None | Some(Value::None) => Ok(default),
        Some(v) => {
            let v = v.clone();
            vm.index_value(&v)
        }
    }
}

fn data_at(vm: &mut Vm, a: &Args, i: usize) -> PyResult<Vec<u8>> {
    let v = a.pos.get(i).cloned().unwrap_or(Value::None);
    crate::objects::bytes::bytes_of(vm, &v)
}

fn with_stream<R>(
    vm: &mut Vm,
    h: i64,
    f: impl FnOnce(&mut Stream) -> Result<R, String>,
) -> PyResult<Result<R, String>> {
    STREAMS.with(|t| match t.borrow_mut().get_mut(&h) {
        Some(s) => Ok(f(s)),
        None => Err(vm.value_error("invalid compression stream")),
    })
}

fn free(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(Value::Int(h)) = a.pos.first() {
        STREAMS.with(|t| t.borrow_mut().remove(h));
    }
    Ok(Value::None)
}

/// One library stream, compressing or decompressing: what the loops below need of it.
trait Codec {
    fn total_in(&self) -> u64;
    fn total_out(&self) -> u64;
    /// One library call: consume from `input`, fill `out`'s spare capacity; true at the
    /// stream's end. The error is the message the Python exception carries.
    fn step(&mut self, input: &[u8], out: &mut Vec<u8>, finish: bool) -> Result<bool, String>;
}

impl Codec for bzip2::Compress {
    fn total_in(&self) -> u64 {
        bzip2::Compress::total_in(self)
    }
    fn total_out(&self) -> u64 {
        bzip2::Compress::total_out(self)
    }
    fn step(&mut self, input: &[u8], out: &mut Vec<u8>, finish: bool) -> Result<bool, String> {
        let action = if finish {
            bzip2::Action::Finish
        } else {
            bzip2::Action::Run
        };
        match self.compress_vec(input, out, action) {
            Ok(st) => Ok(matches!(st, bzip2::Status::StreamEnd)),
            Err(e) => Err(e.to_string()),
        }
    }
}

impl Codec for bzip2::Decompress {
    fn total_in(&self) -> u64 {
        bzip2::Decompress::total_in(self)
    }
    fn total_out(&self) -> u64 {
        bzip2::Decompress::total_out(self)
    }
    fn step(&mut self, input: &[u8], out: &mut Vec<u8>, _finish: bool) -> Result<bool, String> {
        match self.decompress_vec(input, out) {
            Ok(st) => Ok(matches!(st, bzip2::Status::StreamEnd)),
            Err(_) => Err("Invalid data stream".to_string()),
        }
    }
}

impl Codec for xz2::stream::Stream {
    fn total_in(&self) -> u64 {
        xz2::stream::Stream::total_in(self)
    }
    fn total_out(&self) -> u64 {
        xz2::stream::Stream::total_out(self)
    }
    fn step(&mut self, input: &[u8], out: &mut Vec<u8>, finish: bool) -> Result<bool, String> {
        let action = if finish {
            xz2::stream::Action::Finish
        } else {
            xz2::stream::Action::Run
        };
        match self.process_vec(input, out, action) {
            Ok(st) => Ok(matches!(st, xz2::stream::Status::StreamEnd)),
            Err(e) => Err(lzma_message(&e).to_string()),
        }
    }
}

/// Feeds all of `data` to a compressor (and with `finish`, ends its stream): the bytes made.
fn compress_all(c: &mut impl Codec, data: &[u8], finish: bool) -> Result<Vec<u8>, String> {
    let start_in = c.total_in();
    let mut out = Vec::with_capacity(CHUNK);
    loop {
        if out.capacity() - out.len() < CHUNK {
            out.reserve(CHUNK);
        }
        let used = (c.total_in() - start_in) as usize;
        let ended = c.step(&data[used..], &mut out, finish)?;
        let used = (c.total_in() - start_in) as usize;
        // Without `finish`, stop once the input is used up and the library had room left
        // (it holds nothing more to give); with it, go on until the stream's end.
        if ended || (!finish && used == data.len() && out.len() < out.capacity()) {
            return Ok(out);
        }
    }
}

/// Decompresses from `data` at most `max` bytes (all when negative): (output, input bytes
/// consumed, stream ended, stopped because `max` was reached).
fn decompress_some(
    d: &mut impl Codec,
    data: &[u8],
    max: i64,
) -> Result<(Vec<u8>, usize, bool, bool), String> {
    let start_in = d.total_in();
    let mut out: Vec<u8> = Vec::new();
    let (mut eof, mut full) = (false, false);
    loop {
        let room = if max < 0 {
            CHUNK
        } else {
            (max as usize).saturating_sub(out.len()).min(CHUNK)
        };
        if room == 0 {
            full = true;
            break;
        }
        // Exactly `room` more: the library fills all spare capacity, and max_length is a limit.
        out.reserve_exact(room);
        let before_out = d.total_out();
        let used = (d.total_in() - start_in) as usize;
        if d.step(&data[used..], &mut out, false)? {
            eof = true;
            break;
        }
        let used = (d.total_in() - start_in) as usize;
        if d.total_out() == before_out && used == data.len() {
            break;
        }
    }
    Ok((out, (d.total_in() - start_in) as usize, eof, full))
}

// -- bz2 ---------------------------------------------------------------------------------------

fn bz_error(vm: &mut Vm, e: &str) -> PyErr {
    vm.new_error("OSError", e.to_string())
}

/// `_bz2.comp_new(compresslevel)`.
fn bz_comp_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let level = int_at(vm, &a, 0, 9)?;
    if !(1..=9).contains(&level) {
        return Err(vm.value_error("compresslevel must be between 1 and 9"));
    }
    let c = bzip2::Compress::new(bzip2::Compression::new(level as u32), 0);
    Ok(add(Stream::BzComp(c)))
}

/// `_bz2.comp(handle, data, finish)`: the compressed bytes produced.
fn bz_comp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = int_at(vm, &a, 0, 0)?;
    let data = data_at(vm, &a, 1)?;
    let finish = matches!(a.pos.get(2), Some(Value::Bool(true)));
    let r = with_stream(vm, h, |s| match s {
        Stream::BzComp(c) => compress_all(c, &data, finish),
        _ => Err("not a compressor".to_string()),
    })?;
    match r {
        Ok(out) => Ok(Value::Bytes(out.into())),
        Err(e) => Err(bz_error(vm, &e)),
    }
}

/// `_bz2.decomp_new()`.
fn bz_decomp_new(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(add(Stream::BzDecomp(bzip2::Decompress::new(false))))
}

/// `_bz2.decomp(handle, data, max_length)` -> (output, consumed, eof).
fn bz_decomp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = int_at(vm, &a, 0, 0)?;
    let data = data_at(vm, &a, 1)?;
    let max = int_at(vm, &a, 2, -1)?;
    let r = with_stream(vm, h, |s| match s {
        Stream::BzDecomp(d) => decompress_some(d, &data, max),
        _ => Err("not a decompressor".to_string()),
    })?;
    match r {
        Ok((out, used, eof, _full)) => Ok(Value::tuple(vec![
            Value::Bytes(out.into()),
            Value::Int(used as i64),
            Value::Bool(eof),
        ])),
        Err(e) => Err(bz_error(vm, &e)),
    }
}

pub fn init_bz2(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("comp_new", bz_comp_new),
        ("comp", bz_comp),
        ("decomp_new", bz_decomp_new),
        ("decomp", bz_decomp),
        ("free", free),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    Ok(())
}

// -- lzma --------------------------------------------------------------------------------------

/// _lzmamodule.c's catch_lzma_error wording.
fn lzma_message(e: &xz2::stream::Error) -> &'static str {
    use xz2::stream::Error as E;
    match e {
        E::UnsupportedCheck => "Unsupported integrity check",
        E::Mem => "Memory allocation failed",
        E::MemLimit => "Memory usage limit exceeded",
        E::Format => "Input format not supported by decoder",
        E::Options => "Invalid or unsupported options",
        E::Data => "Corrupt input data",
        E::NoCheck | E::Program => "Internal error",
    }
}

fn lzma_error(vm: &mut Vm, msg: &str) -> PyErr {
    match LZMA_ERROR.with(|e| e.borrow().clone()) {
        Some(cls) => match vm.call(&cls, vec![Value::str(msg)]) {
            Ok(v) | Err(v) => v,
        },
        None => vm.new_error("RuntimeError", msg.to_string()),
    }
}

fn check_of(n: i64) -> Option<xz2::stream::Check> {
    use xz2::stream::Check;
    Some(match n {
        0 => Check::None,
        1 => Check::Crc32,
        4 => Check::Crc64,
        10 => Check::Sha256,
        _ => return None,
    })
}

/// `_lzma.comp_new(format, check, preset)`: format 1 = xz, 2 = alone.
fn lz_comp_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let format = int_at(vm, &a, 0, 1)?;
    let check = int_at(vm, &a, 1, -1)?;
    let preset = int_at(vm, &a, 2, 6)?;
    let preset = u32::try_from(preset).unwrap_or(u32::MAX);
    let s = match format {
        1 => {
            let c = if check == -1 { 4 } else { check };
            let Some(c) = check_of(c) else {
                return Err(lzma_error(vm, "Unsupported integrity check"));
            };
            xz2::stream::Stream::new_easy_encoder(preset, c)
        }
        2 => {
            if check != -1 && check != 0 {
                return Err(vm.value_error("Integrity checks are only supported by FORMAT_XZ"));
            }
            match xz2::stream::LzmaOptions::new_preset(preset) {
                Ok(o) => xz2::stream::Stream::new_lzma_encoder(&o),
                Err(e) => Err(e),
            }
        }
        _ => return Err(vm.not_implemented("lzma FORMAT_RAW and custom filter chains")),
    };
    match s {
        Ok(s) => Ok(add(Stream::Xz(s))),
        Err(xz2::stream::Error::Options) => Err(lzma_error(
            vm,
            &format!("Invalid compression preset: {preset}"),
        )),
        Err(e) => Err(lzma_error(vm, lzma_message(&e))),
    }
}

/// `_lzma.decomp_new(format, memlimit)`: format 0 = auto, 1 = xz, 2 = alone.
fn lz_decomp_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let format = int_at(vm, &a, 0, 0)?;
    let memlimit = match int_at(vm, &a, 1, -1)? {
        n if n < 0 => u64::MAX,
        n => n as u64,
    };
    let s = match format {
        0 => xz2::stream::Stream::new_auto_decoder(memlimit, 0),
        1 => xz2::stream::Stream::new_stream_decoder(memlimit, 0),
        2 => xz2::stream::Stream::new_lzma_decoder(memlimit),
        _ => return Err(vm.not_implemented("lzma FORMAT_RAW and custom filter chains")),
    };
    match s {
        Ok(s) => Ok(add(Stream::Xz(s))),
        Err(e) => Err(lzma_error(vm, lzma_message(&e))),
    }
}

/// `_lzma.comp(handle, data, finish)`.
fn lz_comp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = int_at(vm, &a, 0, 0)?;
    let data = data_at(vm, &a, 1)?;
    let finish = matches!(a.pos.get(2), Some(Value::Bool(true)));
    let r = with_stream(vm, h, |s| match s {
        Stream::Xz(c) => compress_all(c, &data, finish),
        _ => Err("Internal error".to_string()),
    })?;
    match r {
        Ok(out) => Ok(Value::Bytes(out.into())),
        Err(e) => Err(lzma_error(vm, &e)),
    }
}

/// `_lzma.decomp(handle, data, max_length)` -> (output, consumed, eof, output_full).
fn lz_decomp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = int_at(vm, &a, 0, 0)?;
    let data = data_at(vm, &a, 1)?;
    let max = int_at(vm, &a, 2, -1)?;
    let r = with_stream(vm, h, |s| match s {
        Stream::Xz(d) => decompress_some(d, &data, max),
        _ => Err("Internal error".to_string()),
    })?;
    match r {
        Ok((out, used, eof, full)) => Ok(Value::tuple(vec![
            Value::Bytes(out.into()),
            Value::Int(used as i64),
            Value::Bool(eof),
            Value::Bool(full),
        ])),
        Err(e) => Err(lzma_error(vm, &e)),
    }
}

fn lz_set_error(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    LZMA_ERROR.with(|e| *e.borrow_mut() = a.pos.first().cloned());
    Ok(Value::None)
}

pub fn init_lzma(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("comp_new", lz_comp_new),
        ("comp", lz_comp),
        ("decomp_new", lz_decomp_new),
        ("decomp", lz_decomp),
        ("free", free),
        ("_set_error", lz_set_error),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    Ok(())
}
