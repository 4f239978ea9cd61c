//! memoryview over bytes and bytearray (format 'B', one dimension): a window `start..stop` of
//! the underlying object, sharing a bytearray's buffer.

use std::rc::Rc;

use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The view's state, kept in the instance's `base`.
struct View {
    obj: Value,
    start: usize,
    stop: usize,
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
}

fn new_flag() -> Value {
    Value::list(vec![Value::Bool(false)])
}

fn make(vm: &mut Vm, obj: Value, start: usize, stop: usize, released: Value) -> Value {
    let t = vm.types.memoryview.clone();
    let inst = crate::ops::new_instance(vm, &t);
    if let Value::Instance(i) = &inst {
        *i.base.borrow_mut() = Some(Value::tuple(vec![
            obj,
            Value::Int(start as i64),
            Value::Int(stop as i64),
            released,
        ]));
    }
    inst
}

/// `memoryview(obj)`.
pub fn new(vm: &mut Vm, obj: &Value) -> PyResult<Value> {
    match obj {
        Value::Bytes(b) => {
            let n = b.len();
            Ok(make(vm, obj.clone(), 0, n, new_flag()))
        }
        Value::ByteArray(b) => {
            let n = b.borrow().len();
            Ok(make(vm, obj.clone(), 0, n, new_flag()))
        }
        other => match view(vm, other) {
            Ok(v) => Ok(make(vm, v.obj, v.start, v.stop, new_flag())),
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
            if let Some(Value::Tuple(t)) = i.base.borrow().clone() {
                let n = |x: &Value| match x {
                    Value::Int(i) => *i as usize,
                    _ => 0,
                };
                return Ok(View {
                    obj: t[0].clone(),
                    start: n(&t[1]),
                    stop: n(&t[2]),
                    released: t[3].clone(),
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

fn data(w: &View) -> Vec<u8> {
    let all: Vec<u8> = match &w.obj {
        Value::Bytes(b) => b.to_vec(),
        Value::ByteArray(b) => b.borrow().clone(),
        _ => Vec::new(),
    };
    let stop = w.stop.min(all.len());
    all[w.start.min(stop)..stop].to_vec()
}

fn mv_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = live(vm, &a.pos[0])?;
    Ok(Value::Int((w.stop - w.start) as i64))
}

fn mv_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = live(vm, &a.pos[0])?;
    let n = (w.stop - w.start) as i64;
    match a.pos.get(1) {
        Some(Value::Slice(s)) => {
            let (start, stop, step, _) = crate::objects::items::slice_indices(vm, s, n)?;
            if step != 1 {
                return Err(vm.new_error(
                    "NotImplementedError",
                    "memoryview slices with a step are not supported by pydive",
                ));
            }
            let (start, stop) = (start.max(0) as usize, stop.max(start).max(0) as usize);
            Ok(make(
                vm,
                w.obj.clone(),
                w.start + start,
                w.start + stop,
                w.released.clone(),
            ))
        }
        Some(k) => {
            let mut i = vm.index_value(k)?;
            if i < 0 {
                i += n;
            }
            if !(0..n).contains(&i) {
                return Err(vm.index_error("index out of bounds on dimension 1"));
            }
            Ok(Value::Int(data(&w)[i as usize] as i64))
        }
        None => Err(vm.type_error("memoryview: invalid slice key")),
    }
}

fn mv_setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = live(vm, &a.pos[0])?;
    let Value::ByteArray(buf) = &w.obj else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    let n = (w.stop - w.start) as i64;
    let value = a.pos.get(2).cloned().unwrap_or(Value::None);
    match a.pos.get(1) {
        Some(Value::Slice(s)) => {
            let (start, stop, _, _) = crate::objects::items::slice_indices(vm, s, n)?;
            let (start, stop) = (start.max(0) as usize, stop.max(start).max(0) as usize);
            let src = crate::objects::bytes::bytes_of(vm, &value)?;
            if src.len() != stop - start {
                return Err(vm.value_error(
                    "memoryview assignment: lvalue and rvalue have different structures",
                ));
            }
            buf.borrow_mut()[w.start + start..w.start + stop].copy_from_slice(&src);
            Ok(Value::None)
        }
        Some(k) => {
            let mut i = vm.index_value(k)?;
            if i < 0 {
                i += n;
            }
            if !(0..n).contains(&i) {
                return Err(vm.index_error("index out of bounds on dimension 1"));
            }
            let x = vm.index_value(&value)?;
            if !(0..256).contains(&x) {
                return Err(vm.value_error("memoryview: invalid value for format 'B'"));
            }
            buf.borrow_mut()[w.start + i as usize] = x as u8;
            Ok(Value::None)
        }
        None => Err(vm.type_error("memoryview: invalid slice key")),
    }
}

fn mv_tobytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = live(vm, &a.pos[0])?;
    Ok(Value::Bytes(data(&w).into()))
}

fn mv_tolist(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = live(vm, &a.pos[0])?;
    Ok(Value::list(
        data(&w).into_iter().map(|b| Value::Int(b as i64)).collect(),
    ))
}

fn mv_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = live(vm, &a.pos[0])?;
    Ok(Value::str(
        &data(&w)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>(),
    ))
}

fn mv_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = mv_tolist(vm, a)?;
    vm.iter(&l)
}

fn mv_release(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = view(vm, &a.pos[0])?;
    w.release();
    Ok(Value::None)
}

fn mv_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let w = view(vm, &a.pos[0])?;
    let other = a.pos.get(1).cloned().unwrap_or(Value::None);
    if w.is_released() {
        return Ok(Value::Bool(a.pos[0].is(&other)));
    }
    let mine = data(&w);
    let theirs = match &other {
        Value::Bytes(_) | Value::ByteArray(_) => crate::objects::bytes::bytes_of(vm, &other)?,
        o => match live(vm, o) {
            Ok(v) => data(&v),
            Err(_) => return Ok(Value::NotImplemented),
        },
    };
    Ok(Value::Bool(mine == theirs))
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
        "nbytes" => Value::Int((w.stop - w.start) as i64),
        "readonly" => Value::Bool(!matches!(w.obj, Value::ByteArray(_))),
        "format" => Value::str("B"),
        "itemsize" | "ndim" => Value::Int(1),
        "obj" => w.obj.clone(),
        "shape" => Value::tuple(vec![Value::Int((w.stop - w.start) as i64)]),
        "strides" => Value::tuple(vec![Value::Int(1)]),
        "contiguous" | "c_contiguous" | "f_contiguous" => Value::Bool(true),
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

fn mv_enter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
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
        ("__getattr__", mv_getattr),
        ("__repr__", mv_repr),
        ("__enter__", mv_enter),
        ("__exit__", mv_exit),
        ("tobytes", mv_tobytes),
        ("tolist", mv_tolist),
        ("hex", mv_hex),
        ("release", mv_release),
    ];
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
}
