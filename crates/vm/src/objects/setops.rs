//! set algebra and comparison (`set_or`, `set_and`, `set_sub`, `set_xor`, subset tests).

use std::rc::Rc;

use crate::ops::{BinOp, CmpOp};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn cell(v: &Value) -> Option<Rc<std::cell::RefCell<crate::objects::set::Set>>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Some(s.clone()),
        _ => None,
    }
}

fn wrap_like(a: &Value, s: Rc<std::cell::RefCell<crate::objects::set::Set>>) -> Value {
    match a {
        Value::FrozenSet(_) => Value::FrozenSet(s),
        _ => Value::Set(s),
    }
}

/// Items of `a` then (for union) `b`, in the order CPython builds the result: a copy of `a`
/// (table copied slot by slot) then insertions.
pub fn set_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (cell(a), cell(b)) else {
        return Ok(None);
    };
    let r = match op {
        BinOp::Or => {
            // set_or: a copy of `a` (set_merge into a fresh table), then set_merge of `b`.
            let r = vm.new_set(Vec::new())?;
            vm.set_update_from(&r, &Value::Set(x))?;
            vm.set_update_from(&r, &Value::Set(y))?;
            r
        }
        BinOp::And => {
            // CPython iterates the smaller set and adds the common keys
            let (small, big) = if x.borrow().len() > y.borrow().len() {
                (y, x)
            } else {
                (x, y)
            };
            let r = vm.new_set(vec![])?;
            let keys = small.borrow().keys(); // a snapshot: __eq__ may change the set
            for k in keys {
                if vm.set_contains(&big, &k)? {
                    vm.set_add(&r, k)?;
                }
            }
            r
        }
        BinOp::Sub => {
            let r = vm.new_set(vec![])?;
            let keys = x.borrow().keys(); // a snapshot: __eq__ may change the set
            for k in keys {
                if !vm.set_contains(&y, &k)? {
                    vm.set_add(&r, k)?;
                }
            }
            r
        }
        BinOp::Xor => {
            // set_symmetric_difference: a copy of `b`, updated with the keys of `a`.
            let r = vm.new_set(Vec::new())?;
            vm.set_update_from(&r, &Value::Set(y))?;
            let keys = x.borrow().keys(); // a snapshot: __eq__ may change the set
            for k in keys {
                if !vm.set_discard(&r, &k)? {
                    vm.set_add(&r, k)?;
                }
            }
            r
        }
        _ => return Ok(None),
    };
    Ok(Some(wrap_like(a, r)))
}

pub fn set_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let (Some(x), Some(y)) = (cell(a), cell(b)) else {
        return Ok(a.clone());
    };
    // `s -= s` and `s ^= s` clear the table back to its smallest size (set_clear_internal),
    // which later adds' slots depend on.
    if std::rc::Rc::ptr_eq(&x, &y) && matches!(op, BinOp::Sub | BinOp::Xor) {
        x.borrow_mut().clear();
        return Ok(a.clone());
    }
    match op {
        // set_merge: one presize for the other set's keys, then the adds.
        BinOp::Or => vm.set_update_from(&x, b)?,
        BinOp::Sub => {
            let keys = y.borrow().keys(); // a snapshot: __eq__ may change the set
            for k in keys {
                vm.set_discard(&x, &k)?;
            }
            x.borrow_mut().shed_dummies();
        }
        BinOp::And => {
            if let Some(Value::Set(r) | Value::FrozenSet(r)) = set_binop(vm, a, b, op)? {
                let v = r.borrow().clone();
                *x.borrow_mut() = v;
            }
        }
        BinOp::Xor => {
            let keys = y.borrow().keys(); // a snapshot: __eq__ may change the set
            for k in keys {
                if !vm.set_discard(&x, &k)? {
                    vm.set_add(&x, k)?;
                }
            }
        }
        _ => {}
    }
    Ok(a.clone())
}

pub fn is_subset(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<bool> {
    let (Some(x), Some(y)) = (cell(x), cell(y)) else {
        return Ok(false);
    };
    if x.borrow().len() > y.borrow().len() {
        return Ok(false);
    }
    let keys = x.borrow().keys(); // a snapshot: __eq__ may change the set
    for k in keys {
        if !vm.set_contains(&y, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let (la, lb) = (
        cell(a).map(|s| s.borrow().len()).unwrap_or(0),
        cell(b).map(|s| s.borrow().len()).unwrap_or(0),
    );
    Ok(match op {
        CmpOp::Eq => la == lb && is_subset(vm, a, b)?,
        CmpOp::Ne => !(la == lb && is_subset(vm, a, b)?),
        CmpOp::Le => is_subset(vm, a, b)?,
        CmpOp::Lt => la < lb && is_subset(vm, a, b)?,
        CmpOp::Ge => is_subset(vm, b, a)?,
        CmpOp::Gt => la > lb && is_subset(vm, b, a)?,
    })
}
