//! Native rich comparison of builtin values (`long_richcompare`, `float_richcompare`,
//! `unicode_compare`, sequence comparison). `None` = not decidable natively.

use std::cmp::Ordering;
use std::rc::Rc;

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
        (Cell(x), Cell(y)) => {
            // cell_richcompare: by contents; an empty cell comes before a full one.
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            match (x, y) {
                (Some(x), Some(y)) => {
                    let r = vm.compare(&x, &y, op)?;
                    return vm.truthy(&r).map(Some);
                }
                (x, y) => Some(y.is_none().cmp(&x.is_none())),
            }
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
        // singletons are only equal to themselves: `None < None` has no order
        (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis)
            if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
        {
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
        (Code(x), Code(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            return Ok(Some(code_eq(vm, x, y)? == (op == CmpOp::Eq)));
        }
        // A builtin method bound to an object (`lst.append`, `(1).__add__`): a new one each
        // lookup, equal to the last when bound to the same object (meth_richcompare).
        (Builtin(x), Builtin(y))
            if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.bound.is_some() && y.bound.is_some() =>
        {
            let same = bound_builtins_equal(x, y);
            return Ok(Some(same == (op == CmpOp::Eq)));
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
        // the item comparison is a PyObject_RichCompare, counted even when `eq` needs none
        vm.check_c(" in comparison")?;
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

/// The code units of `co_code` that `==` and `hash()` of code objects look at: each
/// instruction's (opcode, oparg), its inline caches skipped.
fn code_units(code: &[u8]) -> Vec<(u8, u8)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < code.len() {
        let (op, arg) = (code[i], code[i + 1]);
        out.push((op, arg));
        let caches =
            pydive_bytecode::Opcode::from_u16(u16::from(op)).map_or(0, |o| o.cache_entries());
        i += 2 + 2 * caches as usize;
    }
    out
}

/// `code_richcompare`: name, counts, flags, first line, instructions, constants (as
/// `_PyCode_ConstantKey`s: 1, 1.0 and True differ, so do 0.0 and -0.0), names, local names,
/// line and exception tables; not the filename or qualname.
pub fn code_eq(
    vm: &mut Vm,
    a: &Rc<crate::objects::code::PyCode>,
    b: &Rc<crate::objects::code::PyCode>,
) -> PyResult<bool> {
    if Rc::ptr_eq(a, b) {
        return Ok(true);
    }
    let (x, y) = (&a.co, &b.co);
    let same = x.name == y.name
        && x.argcount == y.argcount
        && x.posonlyargcount == y.posonlyargcount
        && x.kwonlyargcount == y.kwonlyargcount
        && x.flags == y.flags
        && x.firstlineno == y.firstlineno
        && x.code.len() == y.code.len()
        && code_units(&x.code) == code_units(&y.code)
        && a.consts.len() == b.consts.len();
    if !same {
        return Ok(false);
    }
    for (p, q) in a.consts.iter().zip(b.consts.iter()) {
        if !const_key_eq(vm, p, q)? {
            return Ok(false);
        }
    }
    Ok(x.names == y.names
        && x.localsplusnames == y.localsplusnames
        && x.linetable == y.linetable
        && x.exceptiontable == y.exceptiontable)
}

/// Whether two constants have equal `_PyCode_ConstantKey`s.
fn const_key_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    use Value::*;
    Ok(match (a, b) {
        (Code(x), Code(y)) => code_eq(vm, x, y)?,
        (Float(x), Float(y)) => x.to_bits() == y.to_bits() || x == y && *x != 0.0,
        (Complex(xr, xi), Complex(yr, yi)) => {
            xr.to_bits() == yr.to_bits() && xi.to_bits() == yi.to_bits()
        }
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Ok(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                if !const_key_eq(vm, p, q)? {
                    return Ok(false);
                }
            }
            true
        }
        _ => {
            let (ta, tb) = (vm.type_of(a), vm.type_of(b));
            Rc::ptr_eq(&ta, &tb) && vm.eq(a, b)?
        }
    })
}

/// `code_hash`: CPython's scramble of the hashes of the parts `==` compares.
pub fn code_hash(vm: &mut Vm, c: &Rc<crate::objects::code::PyCode>) -> PyResult<i64> {
    const MULTIPLIER: u64 = 1000003;
    let mut h: u64 = 20221211;
    let mut scramble = |v: u64| {
        h ^= v;
        h = h.wrapping_mul(MULTIPLIER);
    };
    let co = &c.co;
    let parts = [
        Value::str(&co.name),
        Value::tuple(c.consts.clone()),
        Value::tuple(c.names.clone()),
        Value::tuple(c.localsplus.clone()),
        Value::Bytes(co.linetable.clone().into()),
        Value::Bytes(co.exceptiontable.clone().into()),
    ];
    for p in &parts {
        scramble(vm.hash(p)? as u64);
    }
    for n in [
        co.argcount,
        co.posonlyargcount,
        co.kwonlyargcount,
        co.flags,
        co.firstlineno,
        (co.code.len() / 2) as u32,
    ] {
        scramble(u64::from(n));
    }
    for (op, arg) in code_units(&co.code) {
        scramble(u64::from(op));
        scramble(u64::from(arg));
    }
    let h = h as i64;
    Ok(if h == -1 { -2 } else { h })
}

/// Two builtin methods bound to the same object, of the same name and owner.
pub fn bound_builtins_equal(
    x: &crate::objects::function::Builtin,
    y: &crate::objects::function::Builtin,
) -> bool {
    match (&x.bound, &y.bound) {
        (Some(a), Some(b)) => a.is(b) && x.name == y.name && x.owner == y.owner,
        _ => false,
    }
}
