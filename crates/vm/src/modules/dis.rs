//! `dis`: wraps the bytecode crate's formatter (pending: `pydive_bytecode::dis`).

use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

fn code_of(vm: &mut Vm, v: &Value) -> PyResult<std::rc::Rc<crate::objects::code::PyCode>> {
    match v {
        Value::Code(c) => Ok(c.clone()),
        Value::Function(f) => Ok(f.code()),
        Value::Method(m) => {
            let f = m.func.clone();
            code_of(vm, &f)
        }
        Value::Generator(g) => match &g.code {
            Value::Code(c) => Ok(c.clone()),
            _ => Err(vm.type_error("no code")),
        },
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("don't know how to disassemble {tn} objects")))
        }
    }
}

fn dis(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let target = match a.pos.first() {
        Some(v) => v.clone(),
        None => return Err(vm.not_implemented("dis.dis() without an argument")),
    };
    let code = code_of(vm, &target)?;
    let text = crate::disasm::disassemble(vm, &code)?;
    crate::builtins::functions::write_stdout(vm, &text)?;
    Ok(Value::None)
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    d.borrow_mut().set_str("dis", vm.native("dis", dis));
    let opcode = vm.import_module("opcode")?;
    if let Value::Module(m) = opcode {
        for k in [
            "opname",
            "opmap",
            "cmp_op",
            "hasconst",
            "hasname",
            "hasjrel",
            "haslocal",
            "hasfree",
            "hascompare",
            "HAVE_ARGUMENT",
            "EXTENDED_ARG",
        ] {
            if let Some(v) = m.dict.borrow().get_str(k) {
                d.borrow_mut().set_str(k, v);
            }
        }
    }
    Ok(())
}
