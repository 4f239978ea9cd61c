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

fn t_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let it = items(vm, &a.pos[0])?;
    for (i, x) in it.iter().enumerate() {
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
