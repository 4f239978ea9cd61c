//! tuple methods.

use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Tuple(t) => Ok(t.to_vec()),
        other => match crate::ops::unwrap_base(other) {
            Some(Value::Tuple(t)) => Ok(t.to_vec()),
            _ => Err(vm.descr_requires("tuple", other)),
        },
    }
}

/// The `start`/`stop` arguments (`a.pos[2]`, `a.pos[3]`) of `tuple.index`/`list.index`
/// over `len` items, clamped as CPython's slice indices (negative ones count from the end).
pub fn index_bounds(vm: &mut Vm, a: &Args, len: usize) -> PyResult<(usize, usize)> {
    let mut bound = |i: usize, default: usize| -> PyResult<usize> {
        let Some(v) = a.pos.get(i) else {
            return Ok(default);
        };
        let n = match v {
            Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => i64::MIN / 2,
            Value::BigInt(_) => i64::MAX / 2,
            v => vm.index_value(v)?,
        };
        Ok(if n < 0 {
            (n + len as i64).max(0) as usize
        } else {
            (n as usize).min(len)
        })
    };
    Ok((bound(2, 0)?, bound(3, len)?))
}

fn t_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let it = items(vm, &a.pos[0])?;
    let (start, stop) = index_bounds(vm, &a, it.len())?;
    for (i, x) in it.iter().enumerate().take(stop).skip(start) {
        if x.is(&a.pos[1]) || vm.eq(x, &a.pos[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn t_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let it = items(vm, &a.pos[0])?;
    let mut n = 0;
    for x in it.iter() {
        if x.is(&a.pos[1]) || vm.eq(x, &a.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.tuple.clone();
    vm.add_method(&t, "index", t_index);
    vm.add_method(&t, "count", t_count);
}
