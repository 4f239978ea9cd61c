//! Constant folding on the AST, as CPython 3.12's `Python/ast_opt.c` does it.
//!
//! ruff's AST has no "Constant" node to rewrite into, so folding is a query: `fold(expr)` says
//! which constant an expression becomes after `ast_opt.c` has run (or `None` if it stays an
//! expression). Codegen asks it wherever CPython would see a `Constant` node. The size limits
//! are ast_opt.c's, so `2**1000` folds but `2**100000` does not.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use pydive_bytecode::{CodeObject, Constant};
use ruff_python_ast::{self as ast, Expr, Number, Operator, UnaryOp};

/// `MAX_INT_SIZE` (bits), `MAX_COLLECTION_SIZE`, `MAX_STR_SIZE`, `MAX_TOTAL_ITEMS` of ast_opt.c.
const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: usize = 256;
const MAX_STR_SIZE: usize = 4096;
const MAX_TOTAL_ITEMS: usize = 1024;

/// Value of an integer literal.
pub fn int_value(i: &ast::Int) -> BigInt {
    if let Some(v) = i.as_u64() {
        return BigInt::from(v);
    }
    let text: String = i.to_string().chars().filter(|&c| c != '_').collect();
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = if let Some(d) = lower.strip_prefix("0x") {
        (d.to_string(), 16)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (d.to_string(), 8)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (d.to_string(), 2)
    } else {
        (lower, 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default()
}

/// The constant a literal node stands for (no folding).
pub fn literal(e: &Expr) -> Option<Constant> {
    Some(match e {
        Expr::StringLiteral(s) => Constant::Str(s.value.to_str().into()),
        Expr::BytesLiteral(b) => Constant::Bytes(b.value.bytes().collect::<Vec<u8>>().into()),
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => Constant::Int(int_value(i)),
            Number::Float(f) => Constant::Float(*f),
            Number::Complex { real, imag } => Constant::Complex {
                real: *real,
                imag: *imag,
            },
        },
        Expr::BooleanLiteral(b) => Constant::Bool(b.value),
        Expr::NoneLiteral(_) => Constant::None,
        Expr::EllipsisLiteral(_) => Constant::Ellipsis,
        _ => return None,
    })
}

/// What `expr` becomes after ast_opt.c's folding, if it becomes a constant.
pub fn fold(e: &Expr) -> Option<Constant> {
    fold_depth(e, 0)
}

fn fold_depth(e: &Expr, depth: u32) -> Option<Constant> {
    if depth > 200 {
        return None;
    }
    match e {
        Expr::Name(n) if n.id.as_str() == "__debug__" && n.ctx == ast::ExprContext::Load => {
            Some(Constant::Bool(true))
        }
        Expr::UnaryOp(u) => {
            let v = fold_depth(&u.operand, depth + 1)?;
            fold_unary(u.op, &v)
        }
        Expr::BinOp(b) => {
            let l = fold_depth(&b.left, depth + 1)?;
            let r = fold_depth(&b.right, depth + 1)?;
            fold_binop(b.op, &l, &r)
        }
        Expr::Tuple(t) if t.ctx == ast::ExprContext::Load => {
            let mut items = Vec::with_capacity(t.elts.len());
            for elt in &t.elts {
                if elt.is_starred_expr() {
                    return None;
                }
                items.push(fold_depth(elt, depth + 1)?);
            }
            Some(Constant::Tuple(items.into()))
        }
        Expr::Subscript(s) if s.ctx == ast::ExprContext::Load => {
            let v = fold_depth(&s.value, depth + 1)?;
            let i = fold_depth(&s.slice, depth + 1)?;
            fold_subscript(&v, &i)
        }
        _ => literal(e),
    }
}

pub fn is_true(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Ellipsis | Constant::Code(_) => true,
        Constant::Bool(b) => *b,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
    }
}

fn as_int(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(i) => Some(i.clone()),
        Constant::Bool(b) => Some(BigInt::from(*b as u8)),
        _ => None,
    }
}

fn as_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        _ => as_int(c).and_then(|i| i.to_f64()).filter(|f| f.is_finite()),
    }
}

fn fold_unary(op: UnaryOp, v: &Constant) -> Option<Constant> {
    match op {
        UnaryOp::Not => Some(Constant::Bool(!is_true(v))),
        UnaryOp::USub => match v {
            Constant::Float(f) => Some(Constant::Float(-f)),
            Constant::Complex { real, imag } => Some(Constant::Complex {
                real: -real,
                imag: -imag,
            }),
            _ => as_int(v).map(|i| Constant::Int(-i)),
        },
        UnaryOp::UAdd => match v {
            Constant::Float(_) | Constant::Complex { .. } => Some(v.clone()),
            _ => as_int(v).map(Constant::Int),
        },
        UnaryOp::Invert => as_int(v).map(|i| Constant::Int(-i - 1)),
    }
}

fn int_bits(i: &BigInt) -> u64 {
    i.bits()
}

fn seq_len(c: &Constant) -> Option<usize> {
    match c {
        Constant::Str(s) => Some(s.chars().count()),
        Constant::Bytes(b) => Some(b.len()),
        Constant::Tuple(t) => Some(t.len()),
        _ => None,
    }
}

/// `safe_multiply` and friends: fold only results below ast_opt.c's limits.
fn fold_binop(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    // bool & | ^ bool stays a bool (bool_and, bool_or, bool_xor).
    if let (Constant::Bool(a), Constant::Bool(b)) = (l, r) {
        match op {
            Operator::BitAnd => return Some(Constant::Bool(*a & *b)),
            Operator::BitOr => return Some(Constant::Bool(*a | *b)),
            Operator::BitXor => return Some(Constant::Bool(*a ^ *b)),
            _ => {}
        }
    }
    // Integer (and bool) arithmetic.
    if let (Some(a), Some(b)) = (as_int(l), as_int(r)) {
        if !matches!(l, Constant::Float(_)) && !matches!(r, Constant::Float(_)) {
            return fold_int(op, &a, &b);
        }
    }
    match (l, r) {
        (Constant::Str(a), Constant::Str(b)) if op == Operator::Add => {
            if a.chars().count() + b.chars().count() > MAX_STR_SIZE {
                return None;
            }
            Some(Constant::Str(format!("{a}{b}").into()))
        }
        (Constant::Bytes(a), Constant::Bytes(b)) if op == Operator::Add => {
            if a.len() + b.len() > MAX_STR_SIZE {
                return None;
            }
            let mut v = a.to_vec();
            v.extend_from_slice(b);
            Some(Constant::Bytes(v.into()))
        }
        (Constant::Tuple(a), Constant::Tuple(b)) if op == Operator::Add => {
            let mut v = a.to_vec();
            v.extend(b.iter().cloned());
            Some(Constant::Tuple(v.into()))
        }
        (seq, n) | (n, seq)
            if op == Operator::Mult
                && seq_len(seq).is_some()
                && matches!(n, Constant::Int(_) | Constant::Bool(_)) =>
        {
            let count = as_int(n)?;
            let len = seq_len(seq)?;
            // safe_multiply leaves a negative count of a non-empty sequence to run time.
            if len > 0 && count.is_negative() {
                return None;
            }
            let count = if count.is_negative() {
                0
            } else {
                count.to_usize()?
            };
            let limit = match seq {
                Constant::Tuple(_) => MAX_COLLECTION_SIZE,
                _ => MAX_STR_SIZE,
            };
            if limit.checked_div(len).is_some_and(|max| count > max) {
                return None;
            }
            if let Constant::Tuple(t) = seq {
                if count > 0 && t.len() * count > MAX_TOTAL_ITEMS {
                    return None;
                }
            }
            Some(match seq {
                Constant::Str(s) => Constant::Str(s.repeat(count).into()),
                Constant::Bytes(b) => Constant::Bytes(b.repeat(count).into()),
                Constant::Tuple(t) => {
                    let mut v = Vec::with_capacity(t.len() * count);
                    // `() * 2**62` is `()`: no need to loop 2**62 times over nothing.
                    for _ in 0..if t.is_empty() { 0 } else { count } {
                        v.extend(t.iter().cloned());
                    }
                    Constant::Tuple(v.into())
                }
                _ => return None,
            })
        }
        _ => fold_float(op, l, r),
    }
}

fn fold_int(op: Operator, a: &BigInt, b: &BigInt) -> Option<Constant> {
    let limit = MAX_INT_SIZE;
    let r = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => {
            if !a.is_zero() && !b.is_zero() && int_bits(a) + int_bits(b) > limit {
                return None;
            }
            a * b
        }
        Operator::FloorDiv | Operator::Mod => {
            if b.is_zero() {
                return None;
            }
            let (q, m) = floor_divmod(a, b);
            if op == Operator::FloorDiv {
                q
            } else {
                m
            }
        }
        Operator::Div => {
            if b.is_zero() {
                return None;
            }
            let (af, bf) = (a.to_f64()?, b.to_f64()?);
            return Some(Constant::Float(af / bf));
        }
        Operator::Pow => {
            if b.is_negative() {
                let (af, bf) = (a.to_f64()?, b.to_f64()?);
                if af == 0.0 {
                    return None;
                }
                return Some(Constant::Float(af.powf(bf)));
            }
            let e = b.to_u64()?;
            if !a.is_zero() && e > 0 && int_bits(a) * e > limit {
                return None;
            }
            num_traits::pow::pow(a.clone(), e.to_usize()?)
        }
        Operator::LShift => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64()?;
            if !a.is_zero() && (s > limit || int_bits(a) > limit - s) {
                return None;
            }
            a << (s as usize)
        }
        Operator::RShift => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64().unwrap_or(u64::MAX).min(1 << 20);
            // Python's >> floors toward negative infinity.
            let d = BigInt::from(1) << (s as usize);
            floor_divmod(a, &d).0
        }
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        Operator::MatMult => return None,
    };
    Some(Constant::Int(r))
}

fn floor_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    let q = a / b;
    let m = a - &q * b;
    if !m.is_zero() && (m.is_negative() != b.is_negative()) {
        (q - 1, m + b)
    } else {
        (q, m)
    }
}

fn fold_float(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    if matches!(l, Constant::Complex { .. }) || matches!(r, Constant::Complex { .. }) {
        return fold_complex(op, l, r);
    }
    let a = as_float(l)?;
    let b = as_float(r)?;
    let v = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => a * b,
        Operator::Div => {
            if b == 0.0 {
                return None;
            }
            a / b
        }
        Operator::FloorDiv | Operator::Mod => {
            if b == 0.0 {
                return None;
            }
            let m = a % b;
            let m = if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
                m + b
            } else if m == 0.0 {
                0.0f64.copysign(b)
            } else {
                m
            };
            if op == Operator::Mod {
                m
            } else {
                let div = (a - m) / b;
                let mut fl = div.floor();
                if div - fl > 0.5 {
                    fl += 1.0;
                }
                if fl == 0.0 {
                    0.0f64.copysign(a / b)
                } else {
                    fl
                }
            }
        }
        Operator::Pow => {
            if a == 0.0 && b < 0.0 {
                return None;
            }
            if a < 0.0 && b.fract() != 0.0 {
                if !(a.is_finite() && b.is_finite()) {
                    return None;
                }
                // float_pow hands a negative base with a fractional exponent to complex
                // power (_Py_c_pow): |a|**b at the angle pi*b
                let len = (-a).powf(b);
                let phase = 0.0f64.atan2(a) * b;
                return Some(Constant::Complex {
                    real: len * phase.cos(),
                    imag: len * phase.sin(),
                });
            }
            a.powf(b)
        }
        _ => return None,
    };
    if op == Operator::Pow && !v.is_finite() && a.is_finite() && b.is_finite() {
        // `**` overflowing raises OverflowError at compile time: CPython leaves it unfolded.
        // The other operators overflow quietly to inf, and fold to it.
        return None;
    }
    Some(Constant::Float(v))
}

fn as_complex(c: &Constant) -> Option<(f64, f64)> {
    match c {
        Constant::Complex { real, imag } => Some((*real, *imag)),
        _ => as_float(c).map(|f| (f, 0.0)),
    }
}

fn fold_complex(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    let (a, b) = as_complex(l)?;
    let (c, d) = as_complex(r)?;
    let (real, imag) = match op {
        Operator::Add => (a + c, b + d),
        Operator::Sub => (a - c, b - d),
        Operator::Mult => (a * c - b * d, a * d + b * c),
        Operator::Div => c_quot((a, b), (c, d))?,
        Operator::Pow => {
            let r = c_pow((a, b), (c, d))?;
            if !(r.0.is_finite() && r.1.is_finite()) {
                // OverflowError at run time: left unfolded
                return None;
            }
            r
        }
        _ => return None,
    };
    Some(Constant::Complex { real, imag })
}

/// Complex division as `_Py_c_quot` (scaled by the larger part of the divisor); `None` when
/// dividing by zero.
fn c_quot(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (abs_r, abs_i) = (b.0.abs(), b.1.abs());
    if abs_r >= abs_i {
        if abs_r == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_i >= abs_r {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        None
    }
}

/// Complex power as complex_pow: small integral exponents by repeated squaring (`c_powi`),
/// others through polar form (`_Py_c_pow`); `None` where CPython raises.
fn c_pow(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let mul = |x: (f64, f64), y: (f64, f64)| (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0);
    if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 {
        let n = b.0 as i64;
        let mut r = (1.0, 0.0);
        let mut p = a;
        let mut mask: i64 = 1;
        let e = n.abs();
        while mask > 0 && e >= mask {
            if e & mask != 0 {
                r = mul(r, p);
            }
            mask <<= 1;
            p = mul(p, p);
        }
        return if n >= 0 {
            Some(r)
        } else {
            c_quot((1.0, 0.0), r)
        };
    }
    if b == (0.0, 0.0) {
        return Some((1.0, 0.0));
    }
    if a == (0.0, 0.0) {
        if b.1 != 0.0 || b.0 < 0.0 {
            return None;
        }
        return Some((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Some((len * phase.cos(), len * phase.sin()))
}

fn fold_subscript(v: &Constant, i: &Constant) -> Option<Constant> {
    let idx = match i {
        Constant::Int(_) | Constant::Bool(_) => as_int(i)?.to_i64()?,
        _ => return None,
    };
    let norm = |len: usize| -> Option<usize> {
        let len = len as i64;
        let k = if idx < 0 { idx + len } else { idx };
        (0..len).contains(&k).then_some(k as usize)
    };
    match v {
        Constant::Tuple(t) => t.get(norm(t.len())?).cloned(),
        Constant::Str(s) => {
            let chars: Vec<char> = s.chars().collect();
            let c = chars.get(norm(chars.len())?)?;
            Some(Constant::Str(c.to_string().into()))
        }
        Constant::Bytes(b) => Some(Constant::Int(BigInt::from(b[norm(b.len())?]))),
        _ => None,
    }
}

/// `fold_iter`: a list display iterated or tested with `in` becomes a tuple, a set display of
/// constants a frozenset. Returns the constant when every element is one.
pub fn fold_iter(e: &Expr) -> Option<Constant> {
    match e {
        Expr::List(l) => {
            let mut items = Vec::new();
            for elt in &l.elts {
                if elt.is_starred_expr() {
                    return None;
                }
                items.push(fold(elt)?);
            }
            Some(Constant::Tuple(items.into()))
        }
        Expr::Set(s) => {
            let mut items: Vec<Constant> = Vec::new();
            for elt in &s.elts {
                if elt.is_starred_expr() {
                    return None;
                }
                let c = fold(elt)?;
                if !items.iter().any(|x| const_key(x) == const_key(&c)) {
                    items.push(c);
                }
            }
            Some(Constant::FrozenSet(items.into()))
        }
        _ => None,
    }
}

/// A key that tells constants apart as CPython's `_PyCode_ConstantKey` does: `1`, `1.0` and
/// `True` differ, `0.0` and `-0.0` differ, equal tuples are equal.
pub fn const_key(c: &Constant) -> String {
    let mut out = String::new();
    write_key(c, &mut out);
    out
}

fn write_key(c: &Constant, out: &mut String) {
    use std::fmt::Write;
    match c {
        Constant::None => out.push('N'),
        Constant::Ellipsis => out.push('E'),
        Constant::Bool(b) => out.push(if *b { 'T' } else { 'F' }),
        Constant::Int(i) => {
            // Hexadecimal: linear in the size of the int (decimal is quadratic).
            let _ = write!(out, "i{i:x};");
        }
        Constant::Float(f) => {
            let _ = write!(out, "f{:x};", f.to_bits());
        }
        Constant::Complex { real, imag } => {
            let _ = write!(out, "c{:x},{:x};", real.to_bits(), imag.to_bits());
        }
        Constant::Str(s) => {
            let _ = write!(out, "s{}:{s}", s.len());
        }
        Constant::Bytes(b) => {
            let _ = write!(out, "b{}:", b.len());
            for x in b.iter() {
                let _ = write!(out, "{x:02x}");
            }
        }
        Constant::Tuple(t) => {
            let _ = write!(out, "t{}(", t.len());
            for x in t.iter() {
                write_key(x, out);
            }
            out.push(')');
        }
        Constant::FrozenSet(t) => {
            let mut keys: Vec<String> = t.iter().map(const_key).collect();
            keys.sort();
            let _ = write!(out, "z{}(", t.len());
            for k in keys {
                out.push_str(&k);
            }
            out.push(')');
        }
        Constant::Code(code) => out.push_str(&code_key(code)),
    }
}

/// Cached code keys: address → (the code object, kept alive; its key).
type CodeKeyCache =
    std::collections::HashMap<usize, (std::sync::Arc<CodeObject>, std::rc::Rc<str>)>;

thread_local! {
    /// Keys of the code objects seen on this thread, by address. Each entry keeps its code
    /// object alive, so an address is never reused while its key is cached. Compiling runs on a
    /// thread of its own (`on_big_stack`), so the cache lives as long as one compilation.
    static CODE_KEYS: std::cell::RefCell<CodeKeyCache> =
        std::cell::RefCell::new(CodeKeyCache::new());
}

/// The key of a code object: equal code objects are one constant, as CPython's const cache
/// merges them (a `finally` body compiled twice makes two equal lambdas). It hashes every field
/// that marshal writes, with nested code objects by their own (cached) keys, so that keying a
/// code object costs its own size, not its whole subtree's (1000 nested lambdas stay linear).
fn code_key(code: &std::sync::Arc<CodeObject>) -> std::rc::Rc<str> {
    use std::fmt::Write;
    use std::hash::{Hash, Hasher};
    let addr = std::sync::Arc::as_ptr(code) as usize;
    if let Some(key) = CODE_KEYS.with(|m| m.borrow().get(&addr).map(|(_, k)| k.clone())) {
        return key;
    }
    let mut fields = String::new();
    for c in &code.consts {
        write_key(c, &mut fields);
        fields.push('|');
    }
    let mut h1 = std::collections::hash_map::DefaultHasher::new();
    let mut h2 = std::collections::hash_map::DefaultHasher::new();
    0xC0DEu16.hash(&mut h2);
    for h in [&mut h1, &mut h2] {
        (
            code.argcount,
            code.posonlyargcount,
            code.kwonlyargcount,
            code.stacksize,
            code.flags,
            code.firstlineno,
        )
            .hash(h);
        code.code.hash(h);
        fields.hash(h);
        code.names.hash(h);
        code.localsplusnames.hash(h);
        code.localspluskinds.hash(h);
        (&*code.filename, &*code.name, &*code.qualname).hash(h);
        code.linetable.hash(h);
        code.exceptiontable.hash(h);
    }
    let mut key = String::new();
    let _ = write!(
        key,
        "C{}:{:x}:{:x}",
        code.code.len(),
        h1.finish(),
        h2.finish()
    );
    let key: std::rc::Rc<str> = key.into();
    CODE_KEYS.with(|m| {
        m.borrow_mut().insert(addr, (code.clone(), key.clone()));
    });
    key
}
