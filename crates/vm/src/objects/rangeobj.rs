//! Methods of range and slice objects (`Objects/rangeobject.c`, `sliceobject.c`).

use num_bigint::BigInt;

use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn this_range(vm: &mut Vm, v: &Value) -> PyResult<std::rc::Rc<crate::objects::misc::Range>> {
    match v {
        Value::Range(r) => Ok(r.clone()),
        _ => Err(vm.descr_requires("range", v)),
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
            // range_index's generic way: compare item by item (as long as it takes)
            let (start, _, step) = r.exact();
            let len = r.exact_len();
            let (mut item, mut i) = (start, BigInt::from(0));
            while i < len {
                if vm.eq(&Value::from_bigint(item.clone()), &x)? {
                    return Ok(Value::from_bigint(i));
                }
                item += &step;
                i += 1;
            }
            return Err(vm.value_error("sequence.index(x): x not in sequence"));
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
        // the generic search's message (_PySequence_IterSearch)
        return Err(vm.value_error("sequence.index(x): x not in sequence"));
    }
    let xr = vm.repr(&x)?;
    Err(vm.value_error(format!("{xr} is not in range")))
}

fn range_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = this_range(vm, &a.pos[0])?;
    let x = a.pos.get(1).cloned().unwrap_or(Value::None);
    if r.big.is_some() || matches!(x, Value::BigInt(_)) {
        if !matches!(x, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
            let (start, _, step) = r.exact();
            let len = r.exact_len();
            let (mut item, mut i, mut n) = (start, BigInt::from(0), 0i64);
            while i < len {
                if vm.eq(&Value::from_bigint(item.clone()), &x)? {
                    n += 1;
                }
                item += &step;
                i += 1;
            }
            return Ok(Value::Int(n));
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

/// An index for a slice bound: an int, or an object with __index__ (exactly, any size).
fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = vm.to_bigint(v) {
        return Ok(b);
    }
    if let Some(m) = vm.lookup_special(v, "__index__")? {
        let r = vm.call(&m, vec![])?;
        if let Some(b) = vm.to_bigint(&r) {
            return Ok(b);
        }
    }
    Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
}

/// `_PySlice_GetLongIndices`: start, stop and step of a slice over `length` items, exactly.
fn long_indices(
    vm: &mut Vm,
    s: &crate::objects::misc::Slice,
    length: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let zero = BigInt::from(0);
    let step = if s.step.is_none() {
        BigInt::from(1)
    } else {
        slice_bound(vm, &s.step)?
    };
    if step == zero {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let back = step < zero;
    let (lower, upper) = if back {
        (BigInt::from(-1), length - 1)
    } else {
        (zero.clone(), length.clone())
    };
    let bound = |vm: &mut Vm, v: &Value, default: &BigInt| -> PyResult<BigInt> {
        if v.is_none() {
            return Ok(default.clone());
        }
        let mut b = slice_bound(vm, v)?;
        if b < zero {
            b += length;
            if b < lower {
                b = lower.clone();
            }
        } else if b > upper {
            b = upper.clone();
        }
        Ok(b)
    };
    let start = bound(vm, &s.start, if back { &upper } else { &lower })?;
    let stop = bound(vm, &s.stop, if back { &lower } else { &upper })?;
    Ok((start, stop, step))
}

/// `range[slice]` (`compute_slice`): the slice's positions mapped through the range, so
/// range(0, 10, 2)[::2] is range(0, 10, 4); exact at any size.
pub fn range_slice(
    vm: &mut Vm,
    r: &crate::objects::misc::Range,
    s: &crate::objects::misc::Slice,
) -> PyResult<Value> {
    let (start, _, step) = r.exact();
    let (i, j, k) = long_indices(vm, s, &r.exact_len())?;
    let new_start = &start + i * &step;
    let new_stop = &start + j * &step;
    let new_step = step * k;
    Ok(Value::Range(std::rc::Rc::new(
        crate::objects::misc::range_from_exact(new_start, new_stop, new_step),
    )))
}

pub fn init(vm: &mut Vm) {
    let r = vm.types.range.clone();
    vm.add_method(&r, "index", range_index);
    vm.add_method(&r, "count", range_count);
    let s = vm.types.slice.clone();
    vm.add_method(&s, "indices", slice_indices);
}
