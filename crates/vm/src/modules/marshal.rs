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

/// `marshal.load(file)`: the code object marshalled in the rest of a binary file (as
/// after the 16-byte header of a `.pyc`).
fn load(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let file = a.pos.first().cloned().unwrap_or(Value::None);
    let read = vm.getattr(&file, "read")?;
    let data = vm.call(&read, vec![])?;
    if !matches!(data, Value::Bytes(_) | Value::ByteArray(_)) {
        let tn = vm.type_name(&data);
        return Err(vm.type_error(format!("file.read() returned not bytes but {tn}")));
    }
    loads(vm, Args::new(vec![data]))
}

/// `marshal.dump(value, file)`: write `dumps(value)` to a binary file.
fn dump(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let value = a.pos.first().cloned().unwrap_or(Value::None);
    let file = a.pos.get(1).cloned().unwrap_or(Value::None);
    let data = dumps(vm, Args::new(vec![value]))?;
    let write = vm.getattr(&file, "write")?;
    vm.call(&write, vec![data])?;
    Ok(Value::None)
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    d.borrow_mut().set_str("loads", vm.native("loads", loads));
    d.borrow_mut().set_str("dumps", vm.native("dumps", dumps));
    d.borrow_mut().set_str("load", vm.native("load", load));
    d.borrow_mut().set_str("dump", vm.native("dump", dump));
    d.borrow_mut().set_str("version", Value::Int(4));
    Ok(())
}
