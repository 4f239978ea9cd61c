//! Native rich comparison of builtin values (`long_richcompare`, `float_richcompare`,
//! `unicode_compare`, sequence comparison). `None` = not decidable natively.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use crate::ops::CmpOp;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn int_float_cmp(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    // exact for every finite float (`fl as i128` saturated past 2**127)
    let fb = BigInt::from_f64(fl).unwrap_or_default();
    match i.cmp(&fb) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

pub fn native_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    use Value::*;
    let ord: Option<Ordering> = match (a, b) {
        (Int(x), Int(y)) => Some(x.cmp(y)),
        (Bool(x), Bool(y)) => Some(x.cmp(y)),
        (Int(x), Bool(y)) => Some(x.cmp(&(*y as i64))),
        (Bool(x), Int(y)) => Some((*x as i64).cmp(y)),
        (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => {
            let x = vm.to_bigint(a);
            let y = vm.to_bigint(b);
            x.zip(y).map(|(x, y)| x.cmp(&y))
        }
        (Float(x), Float(y)) => {
            return Ok(Some(match op {
                CmpOp::Lt => x < y,
                CmpOp::Le => x <= y,
                CmpOp::Eq => x == y,
                CmpOp::Ne => x != y,
                CmpOp::Gt => x > y,
                CmpOp::Ge => x >= y,
            }))
        }
        (Float(x), Int(_) | Bool(_) | BigInt(_)) => {
            let i = vm.to_bigint(b).unwrap_or_default();
            match int_float_cmp(&i, *x) {
                Some(o) => Some(o.reverse()),
                Option::None => return Ok(Some(op == CmpOp::Ne)),
            }
        }
        (Int(_) | Bool(_) | BigInt(_), Float(y)) => {
            let i = vm.to_bigint(a).unwrap_or_default();
            match int_float_cmp(&i, *y) {
                Some(o) => Some(o),
                Option::None => return Ok(Some(op == CmpOp::Ne)),
            }
        }
        (Complex(a1, a2), Complex(b1, b2)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            return Ok(Some((a1 == b1 && a2 == b2) == (op == CmpOp::Eq)));
        }
        (Complex(a1, a2), Int(_) | Float(_) | Bool(_))
        | (Int(_) | Float(_) | Bool(_), Complex(a1, a2))
            if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
        {
            let other = if matches!(a, Complex(..)) { b } else { a };
            let f = match other {
                Int(i) => *i as f64,
                Float(f) => *f,
                Bool(x) => *x as i64 as f64,
                _ => 0.0,
            };
            return Ok(Some((*a1 == f && *a2 == 0.0) == (op == CmpOp::Eq)));
        }
        (Str(x), Str(y)) => Some(x.as_ref().cmp(y.as_ref())),
        (Bytes(x), Bytes(y)) => Some(x.as_ref().cmp(y.as_ref())),
        (ByteArray(x), ByteArray(y)) => Some(x.borrow().as_slice().cmp(y.borrow().as_slice())),
        (Bytes(x), ByteArray(y)) => Some(x.as_ref().cmp(y.borrow().as_slice())),
        (ByteArray(x), Bytes(y)) => Some(x.borrow().as_slice().cmp(y.as_ref())),
        (Tuple(x), Tuple(y)) => {
            let (x, y) = (x.to_vec(), y.to_vec());
            return seq_compare(vm, &x, &y, op).map(Some);
        }
        (List(x), List(y)) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            return seq_compare(vm, &x, &y, op).map(Some);
        }
        (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => {
            Some(Ordering::Equal)
        }
        (Dict(x), Dict(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let eq = dict_eq(vm, x, y)?;
            return Ok(Some(eq == (op == CmpOp::Eq)));
        }
        (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => {
            return crate::objects::setops::set_compare(vm, a, b, op).map(Some);
        }
        (Range(x), Range(y))
            if matches!(op, CmpOp::Eq | CmpOp::Ne) && (x.big.is_some() || y.big.is_some()) =>
        {
            let (n, m) = (x.exact_len(), y.exact_len());
            let (xs, _, xstep) = x.exact();
            let (ys, _, ystep) = y.exact();
            let one = num_bigint::BigInt::from(1);
            let same = n == m
                && (n == num_bigint::BigInt::from(0) || (xs == ys && (n == one || xstep == ystep)));
            return Ok(Some(same == (op == CmpOp::Eq)));
        }
        (Range(x), Range(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let same = x.len() == y.len()
                && (x.is_empty() || (x.start == y.start && (x.len() == 1 || x.step == y.step)));
            return Ok(Some(same == (op == CmpOp::Eq)));
        }
        (Slice(x), Slice(y)) => {
            let xa = vec![x.start.clone(), x.stop.clone(), x.step.clone()];
            let ya = vec![y.start.clone(), y.stop.clone(), y.step.clone()];
            return seq_compare(vm, &xa, &ya, op).map(Some);
        }
        (
            Code(_) | Function(_) | Type(_) | Module(_) | Builtin(_) | Cell(_) | Frame(_)
            | Generator(_) | Iter(_),
            _,
        )
        | (
            _,
            Code(_) | Function(_) | Type(_) | Module(_) | Builtin(_) | Cell(_) | Frame(_)
            | Generator(_) | Iter(_),
        ) if matches!(op, CmpOp::Eq | CmpOp::Ne)
            && !matches!(a, Instance(_))
            && !matches!(b, Instance(_)) =>
        {
            let _ = a.to_owned();
            return Ok(Some(a.is(b) == (op == CmpOp::Eq)));
        }
        (Method(x), Method(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let same = x.func.is(&y.func) && x.self_.is(&y.self_);
            return Ok(Some(same == (op == CmpOp::Eq)));
        }
        _ => {
            if matches!(a, Instance(_)) || matches!(b, Instance(_)) {
                return Ok(Option::None);
            }
            if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Ok(Some(a.is(b) == (op == CmpOp::Eq)));
            }
            return Ok(Option::None);
        }
    };
    Ok(ord.map(|o| op.test(o)))
}

/// Lexicographic comparison with identity-or-equality per item (`list_richcompare`).
pub fn seq_compare(vm: &mut Vm, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
    let n = x.len().min(y.len());
    for i in 0..n {
        if x[i].is(&y[i]) {
            continue;
        }
        if !vm.eq(&x[i], &y[i])? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => {
                    let r = vm.compare(&x[i], &y[i], op)?;
                    vm.truthy(&r)
                }
            };
        }
    }
    Ok(op.test(x.len().cmp(&y.len())))
}

fn dict_eq(vm: &mut Vm, x: &crate::value::DictRef, y: &crate::value::DictRef) -> PyResult<bool> {
    if x.borrow().len() != y.borrow().len() {
        return Ok(false);
    }
    let items = x.borrow().items();
    for (k, v) in items {
        match vm.dict_get(y, &k)? {
            Some(w) => {
                if !(v.is(&w) || vm.eq(&v, &w)?) {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

#[allow(dead_code)]
fn _unused(b: &BigInt) -> Option<i64> {
    b.to_i64()
}
