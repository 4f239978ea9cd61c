//! `marshal`: code objects in CPython 3.12's format, through the bytecode crate.

use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

fn loads(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let data = crate::objects::bytes::bytes_of(vm, a.pos.first().unwrap_or(&Value::None))?;
    match pydive_bytecode::marshal::loads(&data) {
        Ok(co) => Ok(Value::Code(vm.wrap_code(std::sync::Arc::new(co))?)),
        Err(e) => Err(vm.value_error(format!("bad marshal data ({e:?})"))),
    }
}

fn dumps(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Code(c)) => Ok(Value::Bytes(pydive_bytecode::marshal::dumps(&c.co).into())),
        _ => Err(vm.not_implemented("marshal.dumps of values other than code objects")),
    }
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    d.borrow_mut().set_str("loads", vm.native("loads", loads));
    d.borrow_mut().set_str("dumps", vm.native("dumps", dumps));
    d.borrow_mut().set_str("version", Value::Int(4));
    Ok(())
}
