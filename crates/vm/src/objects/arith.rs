//! Native arithmetic for builtin types (`long_*`, `float_*`, sequence concat/repeat, set
//! algebra, dict union). `None` means "not for these types" (NotImplemented).

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::ops::BinOp;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

fn is_intlike(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

fn big(v: &Value) -> BigInt {
    match v {
        Value::Int(i) => BigInt::from(*i),
        Value::Bool(b) => BigInt::from(*b as i64),
        Value::BigInt(b) => (**b).clone(),
        _ => BigInt::zero(),
    }
}

fn small(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

fn float_of(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => b.to_f64(),
        _ => None,
    }
}

pub fn native_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        // bool_and / bool_or / bool_xor keep the bool type.
        match op {
            BinOp::And => return Ok(Some(Value::Bool(*x & *y))),
            BinOp::Or => return Ok(Some(Value::Bool(*x | *y))),
            BinOp::Xor => return Ok(Some(Value::Bool(*x ^ *y))),
            _ => {}
        }
    }
    if is_intlike(a) && is_intlike(b) {
        return int_binop(vm, a, b, op).map(Some);
    }
    if matches!(a, Value::Float(_)) && (is_intlike(b) || matches!(b, Value::Float(_)))
        || matches!(b, Value::Float(_)) && is_intlike(a)
    {
        let x = match (a, float_of(a)) {
            (Value::BigInt(_), Some(x)) if x.is_infinite() => {
                return Err(vm.overflow_error("int too large to convert to float"));
            }
            (_, Some(x)) => x,
            _ => 0.0,
        };
        let y = match (b, float_of(b)) {
            (Value::BigInt(_), Some(y)) if y.is_infinite() => {
                return Err(vm.overflow_error("int too large to convert to float"));
            }
            (_, Some(y)) => y,
            _ => 0.0,
        };
        return float_binop(vm, x, y, op);
    }
    if (matches!(a, Value::Complex(..)) || matches!(b, Value::Complex(..)))
        && complex_parts(a).is_some()
        && complex_parts(b).is_some()
    {
        return complex_binop(vm, a, b, op);
    }
    match (a, b, op) {
        (Value::Str(x), Value::Str(y), BinOp::Add) => {
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            Ok(Some(Value::Str(Rc::from(s))))
        }
        (Value::Str(x), n, BinOp::Mul) | (n, Value::Str(x), BinOp::Mul) if is_intlike(n) => {
            let n = repeat_count(vm, n)?;
            let total = repeat_len(vm, x.len(), n, Some("repeated string is too long"))?;
            let mut s = String::new();
            s.try_reserve_exact(total).map_err(|_| no_memory(vm))?;
            for _ in 0..if x.is_empty() { 0 } else { n } {
                s.push_str(x);
            }
            Ok(Some(Value::Str(Rc::from(s))))
        }
        (Value::Str(fmt), args, BinOp::Mod) => Ok(Some(Value::Str(Rc::from(
            crate::objects::format::percent_format(vm, fmt, args)?,
        )))),
        (Value::Bytes(fmt), args, BinOp::Mod) => {
            let s: String = fmt.iter().map(|&c| c as char).collect();
            let r = crate::objects::format::percent_format_bytes(vm, &s, args)?;
            Ok(Some(Value::Bytes(
                r.chars()
                    .map(|c| c as u32 as u8)
                    .collect::<Vec<u8>>()
                    .into(),
            )))
        }
        // bytearray % args formats like bytes and stays a bytearray.
        (Value::ByteArray(fmt), args, BinOp::Mod) => {
            let s: String = fmt.borrow().iter().map(|&c| c as char).collect();
            let r = crate::objects::format::percent_format_bytes(vm, &s, args)?;
            let out: Vec<u8> = r.chars().map(|c| c as u32 as u8).collect();
            Ok(Some(Value::ByteArray(Rc::new(std::cell::RefCell::new(
                out,
            )))))
        }
        (Value::List(x), Value::List(y), BinOp::Add) => {
            // list_concat allocates exactly the sum.
            let (x, y) = (x.borrow(), y.borrow());
            let mut v = Vec::with_capacity(x.len() + y.len());
            v.extend(x.iter().cloned());
            v.extend(y.iter().cloned());
            Ok(Some(Value::list(v)))
        }
        (Value::Tuple(x), Value::Tuple(y), BinOp::Add) => {
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            Ok(Some(Value::tuple(v)))
        }
        // bytes and bytearray concatenate with each other and, as bytes_concat takes any
        // buffer on the right, with a memoryview or an array; the left operand's type wins.
        (
            Value::Bytes(_) | Value::ByteArray(_),
            Value::Bytes(_) | Value::ByteArray(_) | Value::Instance(_),
            BinOp::Add,
        ) => {
            let right = match b {
                Value::Bytes(y) => y.to_vec(),
                Value::ByteArray(y) => y.borrow().clone(),
                _ => match crate::objects::memoryview::exported_bytes(vm, b) {
                    Some(y) => y?,
                    None => return Ok(None),
                },
            };
            let mut v = match a {
                Value::Bytes(x) => x.to_vec(),
                Value::ByteArray(x) => x.borrow().clone(),
                _ => Vec::new(),
            };
            v.extend(right);
            Ok(Some(match a {
                Value::Bytes(_) => Value::Bytes(v.into()),
                _ => Value::ByteArray(Rc::new(std::cell::RefCell::new(v))),
            }))
        }
        (Value::List(x), n, BinOp::Mul) | (n, Value::List(x), BinOp::Mul) if is_intlike(n) => {
            let n = repeat_count(vm, n)?;
            let items = x.borrow().clone();
            let v = repeat_items(vm, &items, n)?;
            Ok(Some(Value::list(v)))
        }
        (Value::Tuple(x), n, BinOp::Mul) | (n, Value::Tuple(x), BinOp::Mul) if is_intlike(n) => {
            let n = repeat_count(vm, n)?;
            let v = repeat_items(vm, x, n)?;
            Ok(Some(Value::tuple(v)))
        }
        (Value::Bytes(x), n, BinOp::Mul) | (n, Value::Bytes(x), BinOp::Mul) if is_intlike(n) => {
            let n = repeat_count(vm, n)?;
            let total = repeat_len(vm, x.len(), n, Some("repeated bytes are too long"))?;
            let mut v: Vec<u8> = Vec::new();
            v.try_reserve_exact(total).map_err(|_| no_memory(vm))?;
            for _ in 0..if x.is_empty() { 0 } else { n } {
                v.extend_from_slice(x);
            }
            Ok(Some(Value::Bytes(v.into())))
        }
        (Value::ByteArray(x), n, BinOp::Mul) | (n, Value::ByteArray(x), BinOp::Mul)
            if is_intlike(n) =>
        {
            let v = repeat_bytearray(vm, &x.borrow().clone(), n)?;
            Ok(Some(Value::ByteArray(Rc::new(std::cell::RefCell::new(v)))))
        }
        (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_), _) => {
            crate::objects::setops::set_binop(vm, a, b, op)
        }
        (_, _, BinOp::Or)
            if !(a.is_none() && b.is_none())
                && crate::objects::descriptors::is_union_operand(a)
                && crate::objects::descriptors::is_union_operand(b) =>
        {
            Ok(Some(crate::objects::descriptors::make_union(vm, a, b)))
        }
        (Value::Dict(x), Value::Dict(y), BinOp::Or) => {
            let d = vm.new_dict();
            let items = x.borrow().items();
            for (k, v) in items {
                vm.dict_set(&d, k, v)?;
            }
            let items = y.borrow().items();
            for (k, v) in items {
                vm.dict_set(&d, k, v)?;
            }
            Ok(Some(Value::Dict(d)))
        }
        _ => Ok(None),
    }
}

fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<usize> {
    match n {
        Value::BigInt(_) => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
        _ => Ok(small(n).unwrap_or(0).max(0) as usize),
    }
}

/// The length of `len` items repeated `n` times. Past `isize::MAX` CPython raises
/// OverflowError for str and bytes (`too_long` is the message) and MemoryError for lists and
/// tuples (`PyErr_NoMemory` in list_repeat / tuple_repeat).
fn repeat_len(vm: &mut Vm, len: usize, n: usize, too_long: Option<&str>) -> PyResult<usize> {
    match len.checked_mul(n).filter(|&t| t <= isize::MAX as usize) {
        Some(total) => Ok(total),
        None => Err(match too_long {
            Some(msg) => vm.overflow_error(msg),
            None => no_memory(vm),
        }),
    }
}

/// A bare `MemoryError`, for an allocation that cannot be made (Rust would abort instead).
pub fn no_memory(vm: &mut Vm) -> PyErr {
    let t = vm.exc_type("MemoryError");
    vm.new_exception(&t, Vec::new())
}

/// MemoryError unless `n` bytes can be allocated: a large size is probed with `try_reserve`
/// (as CPython's malloc would fail) before code that would abort on failure allocates it.
pub fn check_alloc(vm: &mut Vm, n: usize) -> PyResult<()> {
    if n < 1 << 24 {
        return Ok(());
    }
    let mut probe: Vec<u8> = Vec::new();
    probe.try_reserve_exact(n).map_err(|_| no_memory(vm))
}

/// `bytearray * n`: MemoryError past `isize::MAX` bytes (bytearray_repeat).
fn repeat_bytearray(vm: &mut Vm, x: &[u8], n: &Value) -> PyResult<Vec<u8>> {
    let n = repeat_count(vm, n)?;
    let total = repeat_len(vm, x.len(), n, None)?;
    let mut v: Vec<u8> = Vec::new();
    v.try_reserve_exact(total).map_err(|_| no_memory(vm))?;
    for _ in 0..if x.is_empty() { 0 } else { n } {
        v.extend_from_slice(x);
    }
    Ok(v)
}

/// `items * n` for lists and tuples, reserving first so that a size that cannot be allocated
/// is a MemoryError rather than an abort.
fn repeat_items(vm: &mut Vm, items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    let total = repeat_len(vm, items.len(), n, None)?;
    let mut v = Vec::new();
    v.try_reserve_exact(total).map_err(|_| no_memory(vm))?;
    for _ in 0..if items.is_empty() { 0 } else { n } {
        v.extend(items.iter().cloned());
    }
    Ok(v)
}

/// In-place forms that mutate: `list += iterable`, `set |= ...`, `dict |= ...`.
pub fn native_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    match (a, op) {
        (Value::List(l), BinOp::Add) => {
            let items = vm.collect(b)?;
            crate::objects::list::extend_from(&mut l.borrow_mut(), b, items);
            Ok(Some(a.clone()))
        }
        (Value::List(l), BinOp::Mul) if is_intlike(b) => {
            let n = repeat_count(vm, b)?;
            if n == 0 {
                // list_inplace_repeat: n <= 0 is list_clear, last item released first
                let old = std::mem::take(&mut *l.borrow_mut());
                crate::value::drop_last_first(old);
                return Ok(Some(a.clone()));
            }
            let items = l.borrow().clone();
            let v = repeat_items(vm, &items, n)?;
            *l.borrow_mut() = v;
            Ok(Some(a.clone()))
        }
        (Value::ByteArray(x), BinOp::Mul) if is_intlike(b) => {
            let v = repeat_bytearray(vm, &x.borrow().clone(), b)?;
            *x.borrow_mut() = v;
            Ok(Some(a.clone()))
        }
        (Value::ByteArray(x), BinOp::Add) => {
            match b {
                Value::Bytes(y) => x.borrow_mut().extend_from_slice(y),
                Value::ByteArray(y) => {
                    let y = y.borrow().clone();
                    x.borrow_mut().extend(y)
                }
                // bytearray_iconcat takes any buffer: `buf += memoryview(data)[n:]`
                // (asyncio's pipe transport does that)
                other => match crate::objects::memoryview::exported_bytes(vm, other) {
                    Some(y) => {
                        let y = y?;
                        x.borrow_mut().extend(y)
                    }
                    None => return Ok(None),
                },
            }
            Ok(Some(a.clone()))
        }
        (Value::Set(_), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
            if matches!(b, Value::Set(_) | Value::FrozenSet(_)) =>
        {
            crate::objects::setops::set_inplace(vm, a, b, op).map(Some)
        }
        (Value::Dict(d), BinOp::Or) => {
            crate::objects::dict_update_from(vm, d, b)?;
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}

fn int_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (small(a), small(b)) {
        let r = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            BinOp::FloorDiv => {
                if y == 0 {
                    return Err(vm.zero_division("integer division or modulo by zero"));
                }
                x.checked_div_euclid(y).map(|_| Integer::div_floor(&x, &y))
            }
            BinOp::Mod => {
                if y == 0 {
                    return Err(vm.zero_division("integer modulo by zero"));
                }
                x.checked_rem(y).map(|_| x.mod_floor(&y))
            }
            BinOp::And => Some(x & y),
            BinOp::Or => Some(x | y),
            BinOp::Xor => Some(x ^ y),
            BinOp::TrueDiv => {
                if y == 0 {
                    return Err(vm.zero_division("division by zero"));
                }
                if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                    return Ok(Value::Float(x as f64 / y as f64));
                }
                None
            }
            BinOp::LShift => {
                if y < 0 {
                    return Err(vm.value_error("negative shift count"));
                }
                if y < 63 && x.unsigned_abs() < (1u64 << (63 - y)) {
                    Some(x << y)
                } else {
                    None
                }
            }
            BinOp::RShift => {
                if y < 0 {
                    return Err(vm.value_error("negative shift count"));
                }
                Some(if y >= 64 {
                    if x < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    x >> y
                })
            }
            BinOp::Pow => {
                if y < 0 {
                    if x == 0 {
                        return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    return Ok(Value::Float((x as f64).powf(y as f64)));
                }
                if y <= u32::MAX as i64 {
                    x.checked_pow(y as u32)
                } else {
                    None
                }
            }
            BinOp::MatMul => return Err(binop_type_error(vm, a, b, op, false)),
        };
        if let Some(r) = r {
            return Ok(Value::Int(r));
        }
    }
    let (x, y) = (big(a), big(b));
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            x.div_floor(&y)
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            x.mod_floor(&y)
        }
        BinOp::And => x & y,
        BinOp::Or => x | y,
        BinOp::Xor => x ^ y,
        BinOp::TrueDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            let q = big_true_div(&x, &y);
            if q.is_infinite() {
                return Err(vm.overflow_error("integer division result too large for a float"));
            }
            return Ok(Value::Float(q));
        }
        BinOp::LShift => {
            let Some(s) = y.to_usize() else {
                if y.is_negative() {
                    return Err(vm.value_error("negative shift count"));
                }
                return Err(vm.overflow_error("too many digits in integer"));
            };
            if s > 1 << 26 {
                return Err(vm.new_error("MemoryError", ""));
            }
            x << s
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let s = y.to_usize().unwrap_or(usize::MAX);
            if s > 1 << 30 {
                if x.is_negative() {
                    BigInt::from(-1)
                } else {
                    BigInt::zero()
                }
            } else {
                // floor shift for negatives
                let d = BigInt::from(1) << s;
                x.div_floor(&d)
            }
        }
        BinOp::Pow => {
            if y.is_negative() {
                let xf = x.to_f64().unwrap_or(f64::INFINITY);
                let yf = y.to_f64().unwrap_or(f64::NEG_INFINITY);
                return Ok(Value::Float(xf.powf(yf)));
            }
            let Some(e) = y.to_u32() else {
                if x.abs() <= BigInt::from(1) {
                    let r = if x.is_negative() && (&y % 2u32) == BigInt::from(1) {
                        -1
                    } else {
                        x.abs().to_i64().unwrap_or(0)
                    };
                    return Ok(Value::Int(r));
                }
                return Err(vm.new_error("MemoryError", ""));
            };
            if x.bits() as u128 * e as u128 > 1 << 28 {
                return Err(vm.new_error("MemoryError", ""));
            }
            num_traits::pow::Pow::pow(&x, e)
        }
        BinOp::MatMul => return Err(binop_type_error(vm, a, b, op, false)),
    };
    Ok(Value::from_bigint(r))
}

/// Correctly rounded int/int true division for big operands (good enough: via f64 when
/// both fit, else scaled).
/// `long_true_divide`: the correctly rounded quotient of two ints.
fn big_true_div(x: &BigInt, y: &BigInt) -> f64 {
    if let (Some(a), Some(b)) = (x.to_f64(), y.to_f64()) {
        if a.is_finite() && b.is_finite() && a.abs() < 9.0e15 && b.abs() < 9.0e15 {
            return a / b;
        }
    }
    let neg = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    if a.is_zero() {
        return if neg { -0.0 } else { 0.0 };
    }
    // A quotient of 65..67 bits plus a sticky bit for the remainder rounds once to 53 bits.
    let shift: i64 = 65 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let mut qu = q.to_u128().unwrap_or(u128::MAX);
    if !r.is_zero() {
        qu |= 1;
    }
    let mut f = qu as f64;
    let mut e = -shift;
    while e > 0 {
        let step = e.min(1000);
        f *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        f /= 2f64.powi(step as i32);
        e += step;
    }
    if neg {
        -f
    } else {
        f
    }
}

fn float_binop(vm: &mut Vm, x: f64, y: f64, op: BinOp) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::TrueDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                let (re, im) = complex_pow(x, 0.0, y, 0.0);
                return Ok(Some(Value::Complex(re, im)));
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
            }
            r
        }
        _ => return Ok(None),
    };
    Ok(Some(Value::Float(crate::objects::float::new_result(r))))
}

/// `float_divmod`: Python's floor division and modulo with the sign of the divisor.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn complex_parts(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Complex(a, b) => Some((*a, *b)),
        other => float_of(other).map(|f| (f, 0.0)),
    }
}

fn complex_pow(a: f64, b: f64, c: f64, d: f64) -> (f64, f64) {
    if c == 0.0 && d == 0.0 {
        return (1.0, 0.0);
    }
    if a == 0.0 && b == 0.0 {
        return (0.0, 0.0);
    }
    let vabs = a.hypot(b);
    let mut len = vabs.powf(c);
    let at = b.atan2(a);
    let mut phase = at * c;
    if d != 0.0 {
        len /= (at * d).exp();
        phase += d * vabs.ln();
    }
    (len * phase.cos(), len * phase.sin())
}

/// `_Py_c_quot`: Smith's algorithm, as CPython divides.
fn c_quot(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return (0.0, 0.0);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom)
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom)
    } else {
        (f64::NAN, f64::NAN)
    }
}

fn c_prod(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `c_powi`: integer exponents by repeated squaring (`c_powu`).
fn c_powi(x: (f64, f64), n: i64) -> (f64, f64) {
    let powu = |x: (f64, f64), n: i64| {
        let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1i64);
        while mask > 0 && n >= mask {
            if n & mask != 0 {
                r = c_prod(r, p);
            }
            mask <<= 1;
            p = c_prod(p, p);
        }
        r
    };
    if n > 0 {
        powu(x, n)
    } else {
        c_quot((1.0, 0.0), powu(x, -n))
    }
}

fn complex_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (Some((ar, ai)), Some((br, bi))) = (complex_parts(a), complex_parts(b)) else {
        return Ok(None);
    };
    let (r, i) = match op {
        BinOp::Add => (ar + br, ai + bi),
        BinOp::Sub => (ar - br, ai - bi),
        BinOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
        BinOp::TrueDiv => {
            if br == 0.0 && bi == 0.0 {
                return Err(vm.zero_division("complex division by zero"));
            }
            c_quot((ar, ai), (br, bi))
        }
        BinOp::Pow => {
            if ar == 0.0 && ai == 0.0 && (bi != 0.0 || br < 0.0) {
                return Err(vm.zero_division("0.0 to a negative or complex power"));
            }
            if bi == 0.0 && br == br.floor() && br.abs() <= 100.0 {
                c_powi((ar, ai), br as i64)
            } else {
                complex_pow(ar, ai, br, bi)
            }
        }
        _ => return Ok(None),
    };
    Ok(Some(Value::Complex(r, i)))
}

const BOOL_INVERT_WARNING: &str = "Bitwise inversion '~' on bool is deprecated. This returns the bitwise inversion of the underlying int object and is usually not what you expect from negating a bool. Use the 'not' operator for boolean negation or ~int(x) if you really want the bitwise inversion of the underlying int.";

pub fn native_unary(vm: &mut Vm, v: &Value, dunder: &str) -> PyResult<Option<Value>> {
    Ok(Some(match (v, dunder) {
        (Value::Int(i), "__neg__") => match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => Value::from_bigint(-BigInt::from(*i)),
        },
        (Value::Bool(b), "__neg__") => Value::Int(-(*b as i64)),
        (Value::BigInt(b), "__neg__") => Value::from_bigint(-(**b).clone()),
        (Value::Float(f), "__neg__") => Value::Float(-f),
        (Value::Complex(a, b), "__neg__") => Value::Complex(-a, -b),
        (Value::Int(_) | Value::BigInt(_), "__pos__") => v.clone(),
        (Value::Bool(b), "__pos__") => Value::Int(*b as i64),
        (Value::Float(_) | Value::Complex(..), "__pos__") => v.clone(),
        (Value::Int(i), "__invert__") => Value::Int(!i),
        (Value::Bool(b), "__invert__") => {
            // bool_invert (3.12): deprecated, it is the int's bitwise inversion
            vm.warn("DeprecationWarning", BOOL_INVERT_WARNING)?;
            Value::Int(!(*b as i64))
        }
        (Value::BigInt(b), "__invert__") => Value::from_bigint(-(**b).clone() - 1),
        (Value::Int(i), "__abs__") => match i.checked_abs() {
            Some(n) => Value::Int(n),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        (Value::Bool(b), "__abs__") => Value::Int(*b as i64),
        (Value::BigInt(b), "__abs__") => Value::from_bigint(b.abs()),
        (Value::Float(f), "__abs__") => Value::Float(f.abs()),
        (Value::Complex(a, b), "__abs__") => Value::Float(a.hypot(*b)),
        _ => {
            let _ = vm;
            return Ok(None);
        }
    }))
}

pub fn binop_type_error(vm: &mut Vm, a: &Value, b: &Value, op: BinOp, inplace: bool) -> Value {
    let (ta, tb) = (vm.type_name(a), vm.type_name(b));
    match (a, op) {
        (Value::List(_) | Value::Tuple(_), BinOp::Add) if !inplace => {
            return vm.type_error(format!("can only concatenate {ta} (not \"{tb}\") to {ta}"));
        }
        (Value::Str(_), BinOp::Add) => {
            return vm.type_error(format!("can only concatenate str (not \"{tb}\") to str"));
        }
        // bytes_concat: the right operand has no buffer.
        (Value::Bytes(_) | Value::ByteArray(_), BinOp::Add) => {
            return vm.type_error(format!("can't concat {tb} to {ta}"));
        }
        (
            Value::Str(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Bytes(_)
            | Value::ByteArray(_),
            BinOp::Mul,
        ) => {
            return vm.type_error(format!("can't multiply sequence by non-int of type '{tb}'"));
        }
        _ => {}
    }
    if let (BinOp::Mul, Value::Str(_) | Value::List(_) | Value::Tuple(_)) = (op, b) {
        return vm.type_error(format!("can't multiply sequence by non-int of type '{ta}'"));
    }
    let sym = if inplace {
        match op {
            BinOp::Pow => "**=".to_string(),
            _ => format!("{}=", op.symbol()),
        }
    } else {
        op.symbol().to_string()
    };
    vm.type_error(format!(
        "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
    ))
}
