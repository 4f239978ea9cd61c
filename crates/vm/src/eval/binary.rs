//! Operators: BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, unary operators.

use super::{pop, push, Flow};
use std::rc::Rc;

use crate::frame::FrameRef;
use crate::ops::{BinOp, CmpOp};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// BINARY_OP (lhs, rhs -- lhs <op> rhs); opargs 13.. are the in-place forms.
pub fn binary_op(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let rhs = pop(f);
    let lhs = pop(f);
    // Fast path: small int arithmetic.
    if let (Value::Int(a), Value::Int(b)) = (&lhs, &rhs) {
        let r = match arg % 13 {
            0 => a.checked_add(*b),
            10 => a.checked_sub(*b),
            5 => a.checked_mul(*b),
            _ => None,
        };
        if let Some(r) = r {
            push(f, Value::Int(r));
            return Ok(Flow::Next);
        }
    }
    // str + str: grown in place when the left string is held by nothing else.
    let mut lhs = lhs;
    if matches!(arg, 0 | 13) {
        if let (Value::Str(_), Value::Str(tail)) = (&lhs, &rhs) {
            // (not while a tracer looks at the locals between the two instructions)
            if !vm.sys_trace.on && vm.tracer.is_none() {
                release_store_target(f, &lhs);
            }
            if let Value::Str(head) = &mut lhs {
                if crate::objects::str::append_in_place(head, tail) {
                    push(f, lhs);
                    return Ok(Flow::Next);
                }
            }
        }
    }
    let op = BinOp::ALL[(arg % 13) as usize];
    let r = vm.binary_op(&lhs, &rhs, op, arg >= 13)?;
    push(f, r);
    Ok(Flow::Next)
}

/// CPython 3.12's BINARY_OP_INPLACE_ADD_UNICODE: when the next instruction is STORE_FAST
/// into the very local that holds the left operand (`s += t`, `s = s + t`), the local lets
/// go of it now (its value is replaced by the STORE_FAST anyway), so a string referenced only
/// by that variable can be appended to in place and a loop of `s += t` stays linear.
fn release_store_target(f: &FrameRef, lhs: &Value) {
    const STORE_FAST: u8 = pydive_bytecode::opcode::Opcode::StoreFast as u8;
    let Value::Str(head) = lhs else { return };
    let mut fr = f.borrow_mut();
    let fr = &mut *fr;
    let Some(ins) = fr.code.instrs.get(fr.next_instr as usize) else {
        return;
    };
    if ins.op != STORE_FAST {
        return;
    }
    if let Some(slot) = fr.localsplus.get_mut(ins.arg as usize) {
        if matches!(slot, Some(Value::Str(s)) if Rc::ptr_eq(s, head)) {
            // the stack's copy keeps the string alive: nothing is freed under the borrow
            *slot = None;
        }
    }
}

/// COMPARE_OP (left, right -- res): oparg >> 4 picks the comparison.
pub fn compare_op(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let right = pop(f);
    let left = pop(f);
    let op = CmpOp::from_index(arg >> 4);
    if let (Value::Int(a), Value::Int(b)) = (&left, &right) {
        push(f, Value::Bool(op.test(a.cmp(b))));
        return Ok(Flow::Next);
    }
    let r = vm.compare(&left, &right, op)?;
    push(f, r);
    Ok(Flow::Next)
}

/// IS_OP (left, right -- left is right, or `is not` when oparg is 1)
pub fn is_op(_vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let right = pop(f);
    let left = pop(f);
    push(f, Value::Bool(left.is(&right) != (arg == 1)));
    Ok(Flow::Next)
}

/// CONTAINS_OP (left, right -- left in right, or `not in` when oparg is 1)
pub fn contains_op(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let right = pop(f);
    let left = pop(f);
    let r = vm.contains(&right, &left)?;
    push(f, Value::Bool(r != (arg == 1)));
    Ok(Flow::Next)
}

/// UNARY_NEGATIVE / UNARY_INVERT (v -- op v)
pub fn unary(vm: &mut Vm, f: &FrameRef, dunder: &str) -> PyResult<Flow> {
    let v = pop(f);
    let r = unary_value(vm, &v, dunder)?;
    push(f, r);
    Ok(Flow::Next)
}

pub fn unary_value(vm: &mut Vm, v: &Value, dunder: &str) -> PyResult<Value> {
    if let Some(r) = crate::objects::arith::native_unary(vm, v, dunder)? {
        return Ok(r);
    }
    if let Value::Instance(_) = v {
        if let Some(m) = vm.lookup_special(v, dunder)? {
            return vm.call(&m, vec![]);
        }
        if let Some(b) = crate::ops::unwrap_base(v) {
            if let Some(r) = crate::objects::arith::native_unary(vm, &b, dunder)? {
                return Ok(r);
            }
        }
    }
    let sym = match dunder {
        "__neg__" => "unary -",
        "__pos__" => "unary +",
        "__invert__" => "unary ~",
        _ => "abs()",
    };
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("bad operand type for {sym}: '{tn}'")))
}
