//! Operators: BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, unary operators.

use super::{pop, push, Flow};
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
    let op = BinOp::ALL[(arg % 13) as usize];
    let r = vm.binary_op(&lhs, &rhs, op, arg >= 13)?;
    push(f, r);
    Ok(Flow::Next)
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
