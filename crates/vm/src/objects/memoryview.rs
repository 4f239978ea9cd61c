//! memoryview over bytes and bytearray: a window on the underlying object (sharing a
//! bytearray's buffer) with a format (native single-character struct formats: B b c ? H h I i
//! L l Q q n N P f d e), a shape and strides, as Objects/memoryobject.c describes one.
//!
//! The view's state is a tuple in the instance's `base`:
//! `(obj, start byte offset, shape, released flag, strides, format, readonly)`. Slices with a
//! step give strided 1-D views; `cast` gives C-contiguous N-D views (1-D <-> N-D), as CPython.

use std::rc::Rc;

use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The view's state, kept in the instance's `base`.
struct View {
    obj: Value,
    /// Byte offset of the first item in `obj`.
    start: isize,
    shape: Vec<usize>,
    /// Bytes from one item to the next, per dimension (negative for reversed slices).
    strides: Vec<isize>,
    /// As given to `cast` ('@' kept), 'B' for a plain view.
    format: Rc<str>,
    readonly: bool,
    /// A one-item list shared by a view and its slices: `[released]`.
    released: Value,
}

impl View {
    fn is_released(&self) -> bool {
        matches!(&self.released, Value::List(l) if matches!(l.borrow().first(), Some(Value::Bool(true))))
    }

    fn release(&self) {
        if let Value::List(l) = &self.released {
            *l.borrow_mut() = vec![Value::Bool(true)];
        }
    }

    /// The format's struct character ('@' dropped).
    fn code(&self) -> char {
        self.format.chars().last().unwrap_or('B')
    }

    fn itemsize(&self) -> usize {
        itemsize(self.code()).unwrap_or(1)
    }

    fn nitems(&self) -> usize {
        self.shape.iter().product()
    }

    fn nbytes(&self) -> usize {
        self.nitems() * self.itemsize()
    }

    fn c_contiguous(&self) -> bool {
        let mut want = self.itemsize() as isize;
        for (n, s) in self.shape.iter().zip(&self.strides).rev() {
            if *n > 1 && *s != want {
                return false;
            }
            want *= *n as isize;
        }
        true
    }

    fn f_contiguous(&self) -> bool {
        if self.shape.len() <= 1 {
            return self.c_contiguous();
        }
        let mut want = self.itemsize() as isize;
        for (n, s) in self.shape.iter().zip(&self.strides) {
            if *n > 1 && *s != want {
                return false;
            }
            want *= *n as isize;
        }
        true
    }

    /// Byte offsets of every item, in C order.
    fn offsets(&self) -> Vec<usize> {
        let mut out = vec![self.start];
        for (n, s) in self.shape.iter().zip(&self.strides) {
            let mut next = Vec::with_capacity(out.len() * n);
            for o in &out {
                for k in 0..*n {
                    next.push(o + k as isize * s);
                }
            }
            out = next;
        }
        out.into_iter().map(|o| o.max(0) as usize).collect()
    }
}

/// Size of one item of struct format character `c` (native sizes of x86-64 Linux).
fn itemsize(c: char) -> Option<usize> {
    Some(match c {
        'B' | 'b' | 'c' | '?' => 1,
        'H' | 'h' | 'e' => 2,
        'I' | 'i' | 'f' => 4,
        'L' | 'l' | 'Q' | 'q' | 'n' | 'N' | 'P' | 'd' => 8,
        _ => return None,
    })
}

fn is_byte_format(c: char) -> bool {
    matches!(c, 'B' | 'b' | 'c')
}

fn new_flag() -> Value {
    Value::list(vec![Value::Bool(false)])
}

fn ints(v: &[usize]) -> Value {
    Value::tuple(v.iter().map(|n| Value::Int(*n as i64)).collect())
}

fn make(vm: &mut Vm, w: &View) -> Value {
    let t = vm.types.memoryview.clone();
    let inst = crate::ops::new_instance(vm, &t);
    if let Value::Instance(i) = &inst {
        i.set_base(Some(Value::tuple(vec![
            w.obj.clone(),
            Value::Int(w.start as i64),
            ints(&w.shape),
            w.released.clone(),
            Value::tuple(w.strides.iter().map(|n| Value::Int(*n as i64)).collect()),
            Value::Str(w.format.clone()),
            Value::Bool(w.readonly),
        ])));
    }
    inst
}

fn plain(obj: Value, n: usize) -> View {
    let readonly = !matches!(obj, Value::ByteArray(_));
    View {
        obj,
        start: 0,
        shape: vec![n],
        strides: vec![1],
        format: Rc::from("B"),
        readonly,
        released: new_flag(),
    }
}

/// `memoryview(obj)`.
pub fn new(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    match obj {
        Value::Bytes(b) => {
            let w = plain(obj.clone(), b.len());
            Ok(make(vm, &w))
        }
        Value::ByteArray(b) => {
            let n = b.borrow().len();
            let w = plain(obj.clone(), n);
            Ok(make(vm, &w))
        }
        other => match view(vm, other) {
            Ok(mut v) => {
                v.released = new_flag();
                Ok(make(vm, &v))
            }
            // a Python class exporting a buffer (PEP 688's __buffer__, array.array)
            Err(_)
                if matches!(other, Value::Instance(_))
                    && vm.type_of(other).lookup("__buffer__").is_some() =>
            {
                let m = vm.call_method(other, "__buffer__", vec![Value::Int(0)])?;
                if view(vm, &m).is_err() {
                    let tn = vm.type_name(&m);
                    return Err(vm.type_error(format!(
                        "__buffer__ returned non-memoryview object (type {tn})"
                    )));
                }
                Ok(m)
            }
            Err(_) => {
                let tn = vm.type_name(other);
                Err(vm.type_error(format!(
                    "memoryview: a bytes-like object is required, not '{tn}'"
                )))
            }
        },
    }
}

fn view(vm: &mut Vm, v: &Value) -> PyResult<View> {
    if let Value::Instance(i) = v {
        if Rc::ptr_eq(&i.class(), &vm.types.memoryview) {
            if let Some(Value::Tuple(t)) = i.base() {
                let n = |x: &Value| match x {
                    Value::Int(i) => *i as isize,
                    _ => 0,
                };
                let list = |x: &Value| match x {
                    Value::Tuple(t) => t.iter().map(n).collect::<Vec<isize>>(),
                    _ => Vec::new(),
                };
                return Ok(View {
                    obj: t[0].clone(),
                    start: n(&t[1]),
                    shape: list(&t[2]).into_iter().map(|x| x as usize).collect(),
                    released: t[3].clone(),
                    strides: list(&t[4]),
                    format: t[5].as_str().map(Rc::from).unwrap_or_else(|| Rc::from("B")),
                    readonly: matches!(t[6], Value::Bool(true)),
                });
            }
        }
    }
    Err(vm.type_error("descriptor requires a 'memoryview' object"))
}

fn live(vm: &mut Vm, v: &Value) -> PyResult<View> {
    let w = view(vm, v)?;
    if w.is_released() {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(w)
}

fn whole(w: &View) -> Vec<u8> {
    match &w.obj {
        Value::Bytes(b) => b.to_vec(),
        Value::ByteArray(b) => b.borrow().clone(),
        _ => Vec::new(),
    }
}

/// The bytes of the view's items in C order (`tobytes`).
fn data(w: &View) -> Vec<u8> {
    let all = whole(w);
    let size = w.itemsize();
    if w.c_contiguous() {
        let s = (w.start.max(0) as usize).min(all.len());
        let e = (s + w.nbytes()).min(all.len());
        return all[s..e].to_vec();
    }
    let mut out = Vec::with_capacity(w.nbytes());
    for o in w.offsets() {
        if o + size <= all.len() {
            out.extend_from_slice(&all[o..o + size]);
        }
    }
    out
}

/// The raw bytes of a memoryview (for `bytes_of`: join, struct, write ...), or None.
pub fn raw_bytes(vm: &mut Vm, v: &Value) -> Option<PyResult<Vec<u8>>> {
    let Value::Instance(i) = v else { return None };
    if !Rc::ptr_eq(&i.class(), &vm.types.memoryview) {
        return None;
    }
    Some(live(vm, v).map(|w| data(&w)))
}

/// The bytes of a buffer exporter that is an instance: a memoryview, or a Python class with
/// `__buffer__` (PEP 688; array.array); None for anything else.
pub fn exported_bytes(vm: &mut Vm, v: &Value) -> Option<PyResult<Vec<u8>>> {
    if let Some(r) = raw_bytes(vm, v) {
        return Some(r);
    }
    if !matches!(v, Value::Instance(_)) || vm.type_of(v).lookup("__buffer__").is_none() {
        return None;
    }
    Some(new(vm, v).and_then(|m| raw_bytes(vm, &m).unwrap_or_else(|| Ok(Vec::new()))))
}

/// One item of format `c` from its bytes.
fn unpack(c: char, b: &[u8]) -> Value {
    let mut buf = [0u8; 8];
    buf[..b.len()].copy_from_slice(b);
    let u = u64::from_le_bytes(buf);
    match c {
        'B' => Value::Int(b[0] as i64),
        'b' => Value::Int(b[0] as i8 as i64),
        'c' => Value::Bytes(b.to_vec().into()),
        '?' => Value::Bool(b[0] != 0),
        'H' => Value::Int(u as u16 as i64),
        'h' => Value::Int(u as u16 as i16 as i64),
        'I' => Value::Int(u as u32 as i64),
        'i' => Value::Int(u as u32 as i32 as i64),
        'l' | 'q' | 'n' => Value::Int(u as i64),
        'L' | 'Q' | 'N' | 'P' => match i64::try_from(u) {
            Ok(n) => Value::Int(n),
            Err(_) => Value::from_bigint(num_bigint::BigInt::from(u)),
        },
        'f' => Value::Float(f32::from_bits(u as u32) as f64),
        'd' => Value::Float(f64::from_bits(u)),
        'e' => Value::Float(half_to_f64(u as u16)),
        _ => Value::None,
    }
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = (h >> 10) & 0x1f;
    let frac = (h & 0x3ff) as f64;
    sign * match exp {
        0 => frac * 2f64.powi(-24),
        31 if frac == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        e => (1.0 + frac / 1024.0) * 2f64.powi(e as i32 - 15),
    }
}

/// The bytes of value `v` as an item of format `c` (memoryobject.c's pack_single wording).
fn pack(vm: &mut Vm, c: char, v: &Value) -> PyResult<Vec<u8>> {
    let bad_type =
        |vm: &mut Vm| vm.type_error(format!("memoryview: invalid type for format '{c}'"));
    let bad_value =
        |vm: &mut Vm| vm.value_error(format!("memoryview: invalid value for format '{c}'"));
    match c {
        'c' => match v {
            Value::Bytes(b) if b.len() == 1 => Ok(b.to_vec()),
            Value::Bytes(_) => Err(bad_value(vm)),
            _ => Err(bad_type(vm)),
        },
        '?' => Ok(vec![u8::from(vm.truthy(v)?)]),
        'f' | 'd' | 'e' => {
            let x = match v {
                Value::Float(f) => *f,
                Value::Int(n) => *n as f64,
                Value::Bool(b) => f64::from(u8::from(*b)),
                _ => return Err(bad_type(vm)),
            };
            Ok(match c {
                'f' => (crate::objects::float::canonical_nan(x) as f32)
                    .to_le_bytes()
                    .to_vec(),
                'd' => crate::objects::float::canonical_nan(x)
                    .to_le_bytes()
                    .to_vec(),
                _ => {
                    return Err(vm.not_implemented("memoryview item assignment for format 'e'"));
                }
            })
        }
        _ => {
            let n: i128 = match v {
                Value::Int(n) => *n as i128,
                Value::Bool(b) => i128::from(*b),
                Value::BigInt(b) => {
                    use num_traits::ToPrimitive;
                    b.to_i128().unwrap_or(i128::MAX)
                }
                _ => return Err(bad_type(vm)),
            };
            let size = itemsize(c).unwrap_or(1);
            let signed = c.is_ascii_lowercase();
            let bits = size as u32 * 8;
            let (lo, hi) = if signed {
                (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
            } else {
                (0, (1i128 << bits) - 1)
            };
            if n < lo || n > hi {
                return Err(bad_value(vm));
            }
            Ok((n as u128 as u64).to_le_bytes()[..size].to_vec())
        }
    }
}

fn item_at(w: &View, all: &[u8], off: usize) -> Value {
    let size = w.itemsize();
    match all.get(off..off + size) {
        Some(b) => unpack(w.code(), b),
        None => Value::None,
    }
}

/// Every item, as values, in C order.
fn items(w: &View) -> Vec<Value> {
    if w.code() == 'B' && w.c_contiguous() {
        return data(w).into_iter().map(|b| Value::Int(b as i64)).collect();
    }
    let all = whole(w);
    w.offsets()
        .into_iter()
        .map(|o| item_at(w, &all, o))
        .collect()
}

fn nested(w: &View, flat: &[Value], dim: usize) -> Value {
    if dim + 1 >= w.shape.len() {
        return Value::list(flat.to_vec());
    }
    let inner: usize = w.shape[dim + 1..].iter().product();
    Value::list(
        flat.chunks(inner.max(1))
            .take(w.shape[dim])
            .map(|c| nested(w, c, dim + 1))
            .collect(),
    )
}

fn mv_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = live(vm, &a.pos[0])?;
    match w.shape.first() {
        Some(n) => Ok(Value::Int(*n as i64)),
        None => Err(vm.type_error("0-dim memory has no length")),
    }
}

/// Index `k` along a dimension of `n` items.
fn index_in(vm: &mut Vm, k: &Value, n: usize, dim: usize) -> PyResult<usize> {
    let mut i = match k {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.index_value(k)?,
        Value::Instance(_) if vm.lookup_special(k, "__index__")?.is_some() => vm.index_value(k)?,
        _ => return Err(vm.type_error("memoryview: invalid slice key")),
    };
    if i < 0 {
        i += n as i64;
    }
    if !(0..n as i64).contains(&i) {
        return Err(vm.index_error(format!("index out of bounds on dimension {}", dim + 1)));
    }
    Ok(i as usize)
}

/// Byte offset of the item a key (int, or tuple of ints for N-D) names.
fn item_offset(vm: &mut Vm, w: &View, key: &Value) -> PyResult<isize> {
    if w.shape.is_empty() {
        return match key {
            Value::Tuple(t) if t.is_empty() => Ok(w.start),
            Value::Ellipsis => Ok(w.start),
            _ => Err(vm.type_error("invalid indexing of 0-dim memory")),
        };
    }
    let keys: Vec<Value> = match key {
        Value::Tuple(t) => {
            if t.len() < w.shape.len() {
                return Err(vm.new_error("NotImplementedError", "sub-views are not implemented"));
            }
            if t.len() > w.shape.len() {
                let n = w.shape.len();
                return Err(vm.type_error(format!(
                    "cannot index {n}-dimension view with {}-element tuple",
                    t.len()
                )));
            }
            t.iter().cloned().collect()
        }
        k => {
            if w.shape.len() > 1 {
                return Err(vm.new_error(
                    "NotImplementedError",
                    "multi-dimensional sub-views are not implemented",
                ));
            }
            vec![k.clone()]
        }
    };
    let mut off = w.start;
    for (d, k) in keys.iter().enumerate() {
        if matches!(k, Value::Slice(_)) {
            return Err(vm.new_error(
                "NotImplementedError",
                "memoryview slice assignments are currently restricted to ndim = 1",
            ));
        }
        let i = index_in(vm, k, w.shape[d], d)?;
        off += i as isize * w.strides[d];
    }
    Ok(off)
}

fn sliced(vm: &mut Vm, w: &View, s: &Value) -> PyResult<View> {
    let Value::Slice(sl) = s else {
        return Err(vm.type_error("memoryview: invalid slice key"));
    };
    if w.shape.len() != 1 {
        return Err(vm.new_error(
            "NotImplementedError",
            "multi-dimensional slicing is not implemented",
        ));
    }
    let n = w.shape[0] as i64;
    let (start, _stop, step, len) = crate::objects::items::slice_indices(vm, sl, n)?;
    Ok(View {
        obj: w.obj.clone(),
        start: w.start + start as isize * w.strides[0],
        shape: vec![len],
        strides: vec![w.strides[0] * step as isize],
        format: w.format.clone(),
        readonly: w.readonly,
        released: w.released.clone(),
    })
}

fn mv_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = live(vm, &a.pos[0])?;
    let key = a.pos.get(1).cloned().unwrap_or(Value::None);
    if matches!(key, Value::Slice(_)) {
        let s = sliced(vm, &w, &key)?;
        return Ok(make(vm, &s));
    }
    if matches!(key, Value::Ellipsis) && !w.shape.is_empty() {
        return Ok(a.pos[0].clone());
    }
    let off = item_offset(vm, &w, &key)?;
    let all = whole(&w);
    Ok(item_at(&w, &all, off.max(0) as usize))
}

fn mv_setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = live(vm, &a.pos[0])?;
    if w.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let Value::ByteArray(buf) = &w.obj else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    let buf = buf.clone();
    let key = a.pos.get(1).cloned().unwrap_or(Value::None);
    let value = a.pos.get(2).cloned().unwrap_or(Value::None);
    let size = w.itemsize();
    if matches!(key, Value::Slice(_)) {
        let dst = sliced(vm, &w, &key)?;
        // the source: a buffer of the same format and shape
        let (src_fmt, src_shape, src) = match &value {
            Value::Bytes(_) | Value::ByteArray(_) => {
                let b = crate::objects::bytes::bytes_of(vm, &value)?;
                ('B', vec![b.len()], b)
            }
            v => match live(vm, v) {
                Ok(sv) => (sv.code(), sv.shape.clone(), data(&sv)),
                Err(_) => {
                    let tn = vm.type_name(v);
                    return Err(
                        vm.type_error(format!("a bytes-like object is required, not '{tn}'"))
                    );
                }
            },
        };
        if src_fmt != dst.code() || src_shape != dst.shape {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let mut b = buf.borrow_mut();
        for (k, o) in dst.offsets().into_iter().enumerate() {
            if o + size <= b.len() {
                b[o..o + size].copy_from_slice(&src[k * size..(k + 1) * size]);
            }
        }
        return Ok(Value::None);
    }
    let off = item_offset(vm, &w, &key)?.max(0) as usize;
    let bytes = pack(vm, w.code(), &value)?;
    let mut b = buf.borrow_mut();
    if off + size <= b.len() {
        b[off..off + size].copy_from_slice(&bytes);
    }
    Ok(Value::None)
}

fn mv_tobytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = live(vm, &a.pos[0])?;
    Ok(Value::Bytes(data(&w).into()))
}

fn mv_tolist(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = live(vm, &a.pos[0])?;
    let flat = items(&w);
    if w.shape.is_empty() {
        return Ok(flat.into_iter().next().unwrap_or(Value::None));
    }
    Ok(nested(&w, &flat, 0))
}

fn mv_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = live(vm, &a.pos[0])?;
    let b = Value::Bytes(data(&w).into());
    let f = vm.getattr(&b, "hex")?;
    let mut args = a.pos[1..].to_vec();
    if let Some(s) = a.kwarg("sep") {
        args.insert(0, s);
    }
    if let Some(n) = a.kwarg("bytes_per_sep") {
        if args.is_empty() {
            args.push(Value::str(""));
        }
        args.push(n);
    }
    vm.call(&f, args)
}

fn mv_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = live(vm, &a.pos[0])?;
    match w.shape.len() {
        0 => return Err(vm.type_error("invalid indexing of 0-dim memory")),
        1 => {}
        _ => {
            return Err(vm.new_error(
                "NotImplementedError",
                "multi-dimensional sub-views are not implemented",
            ))
        }
    }
    let l = Value::list(items(&w));
    vm.iter(&l)
}

fn mv_release(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = view(vm, &a.pos[0])?;
    w.release();
    Ok(Value::None)
}

fn mv_toreadonly(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut w = live(vm, &a.pos[0])?;
    w.readonly = true;
    Ok(make(vm, &w))
}

/// The format, shape and items of a buffer to compare with (None: not a buffer).
fn compared(vm: &mut Vm, v: &Value) -> PyResult<Option<(Vec<usize>, Vec<Value>)>> {
    Ok(match v {
        Value::Bytes(_) | Value::ByteArray(_) => {
            let b = crate::objects::bytes::bytes_of(vm, v)?;
            Some((
                vec![b.len()],
                b.into_iter().map(|x| Value::Int(x as i64)).collect(),
            ))
        }
        o => match live(vm, o) {
            Ok(w) => Some((w.shape.clone(), items(&w))),
            Err(_) => None,
        },
    })
}

fn mv_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = view(vm, &a.pos[0])?;
    let other = a.pos.get(1).cloned().unwrap_or(Value::None);
    if a.pos[0].is(&other) {
        return Ok(Value::Bool(true));
    }
    if w.is_released() {
        return Ok(Value::Bool(false));
    }
    if let Ok(o) = view(vm, &other) {
        if o.is_released() {
            return Ok(Value::Bool(false));
        }
    }
    let Some((shape, theirs)) = compared(vm, &other)? else {
        return Ok(Value::NotImplemented);
    };
    if shape != w.shape {
        return Ok(Value::Bool(false));
    }
    let mine = items(&w);
    for (x, y) in mine.iter().zip(&theirs) {
        // 'c' items are bytes, the others numbers: bytes never equal a number here
        if matches!(x, Value::Bytes(_)) != matches!(y, Value::Bytes(_)) {
            return Ok(Value::Bool(false));
        }
        if !vm.eq(x, y)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn mv_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(hash(vm, &a.pos[0])?))
}

/// hash(memoryview): the hash of its bytes, for read-only views of a byte format.
pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let w = live(vm, v)?;
    if !w.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !is_byte_format(w.code()) {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    Ok(crate::objects::hash::hash_bytes(&data(&w)))
}

/// `memoryview.cast(format, shape=...)` (memoryobject.c's memory_cast rules and wording).
fn mv_cast(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = live(vm, &a.pos[0])?;
    let fmt = match a.pos.get(1).cloned().or_else(|| a.kwarg("format")) {
        Some(Value::Str(s)) => s,
        Some(v) => {
            let tn = vm.type_name(&v);
            return Err(vm.type_error(format!(
                "memoryview.cast() argument 'format' must be str, not {tn}"
            )));
        }
        None => {
            return Err(
                vm.type_error("memoryview.cast() missing required argument 'format' (pos 1)")
            )
        }
    };
    let shape_arg = a.pos.get(2).cloned().or_else(|| a.kwarg("shape"));
    if !w.c_contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let code = match fmt.strip_prefix('@').unwrap_or(&fmt) {
        s if s.chars().count() == 1 && itemsize(s.chars().next().unwrap_or('x')).is_some() => {
            s.chars().next().unwrap_or('B')
        }
        _ => {
            return Err(vm.value_error(
                "memoryview: destination format must be a native single character format \
                 prefixed with an optional '@'",
            ))
        }
    };
    let shape: Option<Vec<Value>> = match &shape_arg {
        None => None,
        Some(Value::List(l)) => Some(l.borrow().clone()),
        Some(Value::Tuple(t)) => Some(t.to_vec()),
        Some(_) => return Err(vm.type_error("shape must be a list or a tuple")),
    };
    if !is_byte_format(w.code()) && !is_byte_format(code) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let ndim = shape.as_ref().map_or(1, Vec::len);
    if w.shape.len() != 1 && ndim != 1 {
        return Err(vm.type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
    }
    if ndim > 64 {
        return Err(vm.value_error("memoryview: number of dimensions must not exceed 64"));
    }
    let size = itemsize(code).unwrap_or(1);
    let nbytes = w.nbytes();
    let new_shape = match shape {
        None => {
            if nbytes % size != 0 {
                return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
            }
            vec![nbytes / size]
        }
        Some(items) => {
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                let n = match it {
                    Value::Int(n) if *n > 0 => *n as usize,
                    _ => {
                        return Err(vm.value_error(
                            "memoryview.cast(): elements of shape must be integers > 0",
                        ))
                    }
                };
                out.push(n);
            }
            if out.iter().product::<usize>() * size != nbytes {
                return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
            }
            out
        }
    };
    let mut strides = vec![0isize; new_shape.len()];
    let mut step = size as isize;
    for (d, n) in new_shape.iter().enumerate().rev() {
        strides[d] = step;
        step *= *n as isize;
    }
    let out = View {
        obj: w.obj.clone(),
        start: w.start,
        shape: new_shape,
        strides,
        format: fmt.clone(),
        readonly: w.readonly,
        released: w.released.clone(),
    };
    Ok(make(vm, &out))
}

fn mv_getattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = a
        .pos
        .get(1)
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default();
    let w = view(vm, &a.pos[0])?;
    if w.is_released() && name != "obj" {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    Ok(match name.as_str() {
        "nbytes" => Value::Int(w.nbytes() as i64),
        "readonly" => Value::Bool(w.readonly),
        "format" => Value::Str(w.format.clone()),
        "itemsize" => Value::Int(w.itemsize() as i64),
        "ndim" => Value::Int(w.shape.len() as i64),
        "obj" => w.obj.clone(),
        "shape" => ints(&w.shape),
        "strides" => Value::tuple(w.strides.iter().map(|n| Value::Int(*n as i64)).collect()),
        "suboffsets" => Value::tuple(vec![]),
        "c_contiguous" => Value::Bool(w.c_contiguous()),
        "f_contiguous" => Value::Bool(w.f_contiguous()),
        "contiguous" => Value::Bool(w.c_contiguous() || w.f_contiguous()),
        _ => {
            return Err(vm.attribute_error(format!("'memoryview' object has no attribute '{name}'")))
        }
    })
}

fn mv_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = view(vm, &a.pos[0])?;
    let what = if w.is_released() {
        "released memory"
    } else {
        "memory"
    };
    Ok(Value::str(&format!("<{what} at 0x{:x}>", a.pos[0].id())))
}

fn mv_enter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    live(vm, &a.pos[0])?;
    Ok(a.pos[0].clone())
}

fn mv_exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = view(vm, &a.pos[0])?;
    w.release();
    Ok(Value::Bool(false))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.memoryview.clone();
    let methods: &[(&str, crate::objects::function::NativeFn)] = &[
        ("__len__", mv_len),
        ("__getitem__", mv_getitem),
        ("__setitem__", mv_setitem),
        ("__iter__", mv_iter),
        ("__eq__", mv_eq),
        ("__hash__", mv_hash),
        ("__getattr__", mv_getattr),
        ("__repr__", mv_repr),
        ("__enter__", mv_enter),
        ("__exit__", mv_exit),
        ("tobytes", mv_tobytes),
        ("tolist", mv_tolist),
        ("toreadonly", mv_toreadonly),
        ("cast", mv_cast),
        ("hex", mv_hex),
        ("release", mv_release),
    ];
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
}
