//! `opcode`: built from the one opcode table of the bytecode crate.

use pydive_bytecode::opcode::{OpFlags, CMP_OP, HAVE_ARGUMENT, NB_OPS};
use pydive_bytecode::Opcode;

use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    // `opname` covers the pseudo-instructions too (MAX_PSEUDO_OPCODE + 1 entries).
    let size = Opcode::ALL
        .iter()
        .map(|op| op.number() as usize + 1)
        .max()
        .unwrap_or(256)
        .max(256);
    let mut opname: Vec<Value> = (0..size).map(|i| Value::str(&format!("<{i}>"))).collect();
    let opmap = vm.new_dict();
    let mut lists: [(&str, u16, Vec<i64>); 8] = [
        ("hasarg", OpFlags::ARG, vec![]),
        ("hasconst", OpFlags::CONST, vec![]),
        ("hasname", OpFlags::NAME, vec![]),
        ("hasjrel", OpFlags::JUMP, vec![]),
        ("haslocal", OpFlags::LOCAL, vec![]),
        ("hasfree", OpFlags::FREE, vec![]),
        ("hascompare", OpFlags::COMPARE, vec![]),
        ("hasexc", OpFlags::EXC, vec![]),
    ];
    for &op in Opcode::ALL {
        let n = op.number();
        opmap.borrow_mut().set_str(op.name(), Value::Int(n as i64));
        opname[n as usize] = Value::str(op.name());
        for (_, bit, l) in lists.iter_mut() {
            // The pseudo-instructions are in the lists of the instructions they become.
            if op.flags().has(*bit) {
                l.push(n as i64);
            }
        }
    }
    // opcode.py keeps 148 (LOAD_CLASSDEREF before 3.12) in hasfree.
    lists[5].2.push(148);
    lists[5].2.sort_unstable();
    let mut caches = vec![Value::Int(0); 256];
    for &op in Opcode::ALL {
        let n = op.number() as usize;
        if n < 256 {
            caches[n] = Value::Int(op.cache_entries() as i64);
        }
    }
    let mut dd = d.borrow_mut();
    dd.set_str("_inline_cache_entries", Value::list(caches));
    dd.set_str("opname", Value::list(opname));
    dd.set_str("opmap", Value::Dict(opmap));
    for (name, _, l) in lists {
        dd.set_str(name, Value::list(l.into_iter().map(Value::Int).collect()));
    }
    dd.set_str("hasjabs", Value::list(vec![]));
    dd.set_str(
        "cmp_op",
        Value::tuple(CMP_OP.iter().map(|s| Value::str(s)).collect()),
    );
    let nb_ops = NB_OPS.iter();
    let nb_ops = nb_ops.map(|(n, s)| Value::tuple(vec![Value::str(n), Value::str(s)]));
    dd.set_str("_nb_ops", Value::list(nb_ops.collect()));
    dd.set_str("HAVE_ARGUMENT", Value::Int(HAVE_ARGUMENT as i64));
    dd.set_str("EXTENDED_ARG", Value::Int(Opcode::ExtendedArg as i64));
    drop(dd);
    let se = vm.native("stack_effect", super::dis::d_stack_effect);
    d.borrow_mut().set_str("stack_effect", se);
    Ok(())
}
