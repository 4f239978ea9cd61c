//! Methods of range and slice objects (`Objects/rangeobject.c`, `sliceobject.c`).

use num_bigint::BigInt;

use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn this_range(vm: &mut Vm, v: &Value) -> PyResult<std::rc::Rc<crate::objects::misc::Range>> {
    match v {
        Value::Range(r) => Ok(r.clone()),
        _ => Err(vm.type_error("descriptor requires a 'range' object")),
    }
}

/// The position of `x` in `r`, for ints (`range_index` without the generic fallback).
fn int_position(r: &crate::objects::misc::Range, x: &Value) -> Option<i64> {
    let x = match x {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => return None,
    };
    let off = x as i128 - r.start as i128;
    let step = r.step as i128;
    if off % step != 0 {
        return None;
    }
    let i = off / step;
    (i >= 0 && i < r.len() as i128).then_some(i as i64)
}

/// For a range with bounds past 64 bits: the exact position of an int `x`, if it is in.
fn big_position(vm: &mut Vm, r: &crate::objects::misc::Range, x: &Value) -> Option<BigInt> {
    let x = match x {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => vm.to_bigint(x)?,
        _ => return None,
    };
    let (start, _, step) = r.exact();
    let offset = x - start;
    let zero = BigInt::from(0);
    if &offset % &step != zero {
        return None;
    }
    let i = offset / step;
    (i >= zero && i < r.exact_len()).then_some(i)
}

fn range_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = this_range(vm, &a.pos[0])?;
    let x = a.pos.get(1).cloned().unwrap_or(Value::None);
    if r.big.is_some() || matches!(x, Value::BigInt(_)) {
        if let Some(i) = big_position(vm, &r, &x) {
            return Ok(Value::from_bigint(i));
        }
        if !matches!(x, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
            return Err(vm.not_implemented("range.index of a non-int in a range past 64 bits"));
        }
        let xr = vm.repr(&x)?;
        return Err(vm.value_error(format!("{xr} is not in range")));
    }
    if matches!(x, Value::Int(_) | Value::Bool(_)) {
        if let Some(i) = int_position(&r, &x) {
            return Ok(Value::Int(i));
        }
    } else {
        for i in 0..r.len() {
            if vm.eq(&Value::Int(r.item(i)), &x)? {
                return Ok(Value::Int(i));
            }
        }
    }
    let xr = vm.repr(&x)?;
    Err(vm.value_error(format!("{xr} is not in range")))
}

fn range_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = this_range(vm, &a.pos[0])?;
    let x = a.pos.get(1).cloned().unwrap_or(Value::None);
    if r.big.is_some() || matches!(x, Value::BigInt(_)) {
        if !matches!(x, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
            return Err(vm.not_implemented("range.count of a non-int in a range past 64 bits"));
        }
        return Ok(Value::Int(big_position(vm, &r, &x).is_some() as i64));
    }
    if matches!(x, Value::Int(_) | Value::Bool(_)) {
        return Ok(Value::Int(int_position(&r, &x).is_some() as i64));
    }
    let mut n = 0;
    for i in 0..r.len() {
        if vm.eq(&Value::Int(r.item(i)), &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn as_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(b) => {
            use num_traits::Signed;
            Ok(if b.is_negative() {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            })
        }
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!(
                "slice indices must be integers or None or have an __index__ method, not {tn}"
            )))
        }
    }
}

/// `slice.indices(length)` (`_PySlice_GetLongIndices`).
fn slice_indices(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Value::Slice(s) = &a.pos[0] else {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let length = as_index(vm, a.pos.get(1).unwrap_or(&Value::None))?;
    if length < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let step = if s.step.is_none() {
        1
    } else {
        as_index(vm, &s.step)?
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 {
        (-1, length - 1)
    } else {
        (0, length)
    };
    let clamp = |v: i64| {
        let v = if v < 0 { v + length } else { v };
        v.clamp(lower, upper)
    };
    let start = if s.start.is_none() {
        if step < 0 {
            upper
        } else {
            lower
        }
    } else {
        clamp(as_index(vm, &s.start)?)
    };
    let stop = if s.stop.is_none() {
        if step < 0 {
            lower
        } else {
            upper
        }
    } else {
        clamp(as_index(vm, &s.stop)?)
    };
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

pub fn init(vm: &mut Vm) {
    let r = vm.types.range.clone();
    vm.add_method(&r, "index", range_index);
    vm.add_method(&r, "count", range_count);
    let s = vm.types.slice.clone();
    vm.add_method(&s, "indices", slice_indices);
}
