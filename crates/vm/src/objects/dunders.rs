//! The `__dunder__` methods of builtin types as Python sees them (`int.__add__`,
//! `list.__len__`, `frozenset.__contains__`, ...). Each is a generic native that unwraps a
//! builtin-subclass instance to its value and runs the VM's native operation; one native
//! serves many operators, told apart by the index it carries in `Builtin::data`.

use std::rc::Rc;

use crate::objects::function::{Args, Builtin, BuiltinKind};
use crate::ops::{BinOp, CmpOp};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn un(v: &Value) -> Value {
    crate::ops::unwrap_base(v).unwrap_or_else(|| v.clone())
}

fn tag(a: &Args) -> usize {
    match a.pos.first() {
        Some(Value::Int(i)) => *i as usize,
        _ => 0,
    }
}

fn binop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = tag(&a);
    let (op, reflected) = (BinOp::ALL[t % 13], t >= 13);
    let (x, y) = (un(&a.pos[1]), un(a.pos.get(2).unwrap_or(&Value::None)));
    if num_rank(&x).is_some_and(|rx| !matches!(num_rank(&y), Some(ry) if ry <= rx)) {
        // `(7).__floordiv__(2.0)`, `(3).__mul__("a")`: int's slot takes ints only,
        // float's ints and floats; the other operand's reflected slot answers
        return Ok(Value::NotImplemented);
    }
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    if let Some(m) = a
        .pos
        .get(3)
        .map(un)
        .filter(|m| op == BinOp::Pow && !m.is_none())
    {
        // `(5).__pow__(2, 3)`: the ternary slot takes a modulus (ints only)
        let is_int = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_));
        return match &l {
            Value::Complex(..) => Err(vm.value_error("complex modulo")),
            _ if is_int(&l) && is_int(&r) && is_int(&m) => {
                crate::builtins::functions::pow(vm, Args::new(vec![l, r, m]))
            }
            Value::Float(_) => {
                Err(vm
                    .type_error("pow() 3rd argument not allowed unless all arguments are integers"))
            }
            _ => Ok(Value::NotImplemented),
        };
    }
    Ok(crate::objects::arith::native_binop(vm, &l, &r, op)?.unwrap_or(Value::NotImplemented))
}

/// The numeric tower's rank of a builtin number: which operands its own slots accept.
fn num_rank(v: &Value) -> Option<u8> {
    match v {
        Value::Bool(_) | Value::Int(_) | Value::BigInt(_) => Some(1),
        Value::Float(_) => Some(2),
        Value::Complex(..) => Some(3),
        _ => None,
    }
}

fn cmp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let op = CmpOp::from_index(tag(&a) as u32);
    let (x, y) = (un(&a.pos[1]), un(a.pos.get(2).unwrap_or(&Value::None)));
    if !comparable(&x, &y) || num_rank(&y) > num_rank(&x) {
        // `(1).__eq__("a")`: the slot answers NotImplemented for foreign types.
        return Ok(Value::NotImplemented);
    }
    Ok(
        match crate::objects::compare::native_compare(vm, &x, &y, op)? {
            Some(b) => Value::Bool(b),
            None => Value::NotImplemented,
        },
    )
}

/// Whether the native comparison of `x` and `y` is the types' own (not object identity).
fn comparable(x: &Value, y: &Value) -> bool {
    use Value::*;
    let family = |v: &Value| match v {
        Bool(_) | Int(_) | BigInt(_) | Float(_) | Complex(..) => 1,
        Str(_) => 2,
        Bytes(_) | ByteArray(_) => 3,
        Tuple(_) => 4,
        List(_) => 5,
        Dict(_) => 6,
        Set(_) | FrozenSet(_) => 7,
        Range(_) => 8,
        Slice(_) => 9,
        _ => 0,
    };
    let (fx, fy) = (family(x), family(y));
    fx == 0 || fx == fy
}

fn unary(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = un(&a.pos[1]);
    let v = match tag(&a) {
        0 => vm.len(&x).map(|n| Value::Int(n as i64))?,
        1 => vm.iter(&x)?,
        2 => match (&x, &a.pos[1]) {
            // set_repr: a subclass shows its name, `S({1, 2})`, `S()`
            (Value::Set(_) | Value::FrozenSet(_), inst @ Value::Instance(_)) => {
                let r = vm.repr(&x)?;
                let r = r
                    .strip_prefix("frozenset(")
                    .map_or(&*r, |b| &b[..b.len() - 1]);
                let body = if r == "set()" || r.is_empty() { "" } else { r };
                Value::str(&format!("{}({body})", vm.type_of(inst).name()))
            }
            _ => Value::Str(vm.repr(&x)?),
        },
        3 => Value::Str(vm.str(&x)?),
        4 => Value::Int(vm.hash(&x)?),
        5 => Value::Bool(vm.truthy(&x)?),
        6 => crate::eval::unary_value(vm, &x, "__neg__")?,
        7 => crate::eval::unary_value(vm, &x, "__pos__")?,
        8 => crate::eval::unary_value(vm, &x, "__abs__")?,
        9 => crate::eval::unary_value(vm, &x, "__invert__")?,
        10 => Value::Float(crate::objects::float::to_f64(vm, &x)?),
        11 => crate::builtins::constructors::int_new(vm, Some(x), None)?,
        _ => Value::None,
    };
    Ok(v)
}

fn binary(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = un(&a.pos[1]);
    let y = a.pos.get(2).cloned().unwrap_or(Value::None);
    match tag(&a) {
        0 => vm.contains(&x, &y).map(Value::Bool),
        1 => vm.getitem(&x, &y),
        2 => vm.delitem(&x, &y).map(|_| Value::None),
        3 => {
            let spec = y.as_str().unwrap_or("").to_string();
            if spec.is_empty() && matches!(a.pos[1], Value::Instance(_)) {
                // format_obj: an empty spec is str(self), the subclass's __str__/__repr__
                return Ok(Value::Str(vm.str(&a.pos[1])?));
            }
            vm.format(&x, &spec)
        }
        _ => Ok(Value::None),
    }
}

/// `__round__`, `__floor__`, `__ceil__`, `__trunc__`, `__divmod__`, `__rdivmod__`,
/// `__getnewargs__`, `__complex__` of the numeric types.
/// A builtin function by name (`round`, `divmod`, `reversed`), for slots that defer to it.
fn builtin_named(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let found = vm.builtins.borrow().get_str(name);
    found.ok_or_else(|| vm.new_error("NameError", format!("name '{name}' is not defined")))
}

fn numeric_extra(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = un(&a.pos[1]);
    let other = a.pos.get(2).map(un);
    match tag(&a) {
        0 => {
            let round = builtin_named(vm, "round")?;
            let mut args = vec![x];
            if let Some(n) = other {
                args.push(n);
            }
            vm.call(&round, args)
        }
        t @ 1..=3 => match x {
            Value::Float(f) => {
                let whole = match t {
                    1 => f.floor(),
                    2 => f.ceil(),
                    _ => f.trunc(),
                };
                crate::builtins::constructors::int_new(vm, Some(Value::Float(whole)), None)
            }
            Value::Bool(b) => Ok(Value::Int(b as i64)),
            other => Ok(other),
        },
        t @ (4 | 5) => {
            let Some(y) = other else {
                return Err(vm.type_error("expected 1 argument, got 0"));
            };
            let float_self = matches!(x, Value::Float(_));
            let accepted = match &y {
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => true,
                Value::Float(_) => float_self,
                _ => false,
            };
            if !accepted {
                return Ok(Value::NotImplemented);
            }
            let divmod = builtin_named(vm, "divmod")?;
            let args = if t == 4 { vec![x, y] } else { vec![y, x] };
            vm.call(&divmod, args)
        }
        6 => Ok(match x {
            Value::Bool(b) => Value::tuple(vec![Value::Int(b as i64)]),
            Value::Complex(re, im) => Value::tuple(vec![Value::Float(re), Value::Float(im)]),
            Value::Tuple(items) => Value::tuple(vec![Value::Tuple(items)]),
            other => Value::tuple(vec![other]),
        }),
        _ => Ok(x),
    }
}

/// `list.__iadd__`, `set.__ior__`, ... (the augmented assignments' slots, NotImplemented
/// for operands the type does not take), `__reversed__`, and `__bool__` of None/range.
fn sequence_extra(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = un(&a.pos[1]);
    let t = tag(&a);
    if t < 13 {
        let y = a.pos.get(2).cloned().unwrap_or(Value::None);
        let r = crate::objects::arith::native_inplace(vm, &x, &un(&y), BinOp::ALL[t])?;
        return Ok(r.unwrap_or(Value::NotImplemented));
    }
    match t {
        13 => {
            let reversed = builtin_named(vm, "reversed")?;
            vm.call(&reversed, vec![x])
        }
        _ => Ok(Value::Bool(vm.truthy(&x)?)),
    }
}

/// `list[int]` through `list.__class_getitem__(int)`: a `types.GenericAlias`.
fn class_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (origin, item) = (
        a.pos[0].clone(),
        a.pos.get(1).cloned().unwrap_or(Value::None),
    );
    Ok(crate::objects::typecall::generic_alias(vm, &origin, &item))
}

fn setitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = un(&a.pos[0]);
    vm.setitem(&x, &a.pos[1], a.pos[2].clone())?;
    Ok(Value::None)
}

fn add(
    vm: &Vm,
    ty: &Rc<crate::objects::typeobj::Type>,
    name: &str,
    func: crate::objects::function::NativeFn,
    t: usize,
) {
    let _ = vm;
    let b = Builtin {
        name: Rc::from(name),
        func,
        kind: BuiltinKind::Method,
        bound: None,
        owner: Some(ty.name()),
        data: Some(Value::Int(t as i64)),
        module: Default::default(),
        c_units: Default::default(),
        spec: None,
    };
    if !ty.dict.borrow().contains_str(name) {
        ty.dict
            .borrow_mut()
            .set_str(name, Value::Builtin(Rc::new(b)));
    }
}

pub fn init(vm: &mut Vm) {
    let t = &vm.types;
    let numeric = [
        t.int.clone(),
        t.bool_.clone(),
        t.float.clone(),
        t.complex.clone(),
    ];
    let seqs = [
        t.str_.clone(),
        t.bytes.clone(),
        t.bytearray.clone(),
        t.tuple.clone(),
        t.list.clone(),
        t.range.clone(),
    ];
    let sets = [t.set.clone(), t.frozenset.clone()];
    let maps = [t.dict.clone()];
    let all: Vec<_> = numeric
        .iter()
        .chain(seqs.iter())
        .chain(sets.iter())
        .chain(maps.iter())
        .cloned()
        .collect();
    let bin_names = [
        ("__add__", "__radd__"),
        ("__and__", "__rand__"),
        ("__floordiv__", "__rfloordiv__"),
        ("__lshift__", "__rlshift__"),
        ("__matmul__", "__rmatmul__"),
        ("__mul__", "__rmul__"),
        ("__mod__", "__rmod__"),
        ("__or__", "__ror__"),
        ("__pow__", "__rpow__"),
        ("__rshift__", "__rrshift__"),
        ("__sub__", "__rsub__"),
        ("__truediv__", "__rtruediv__"),
        ("__xor__", "__rxor__"),
    ];
    for ty in &all {
        for (n, name) in ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]
            .iter()
            .enumerate()
        {
            add(vm, ty, name, cmp, n);
        }
        add(vm, ty, "__repr__", unary, 2);
        if &*ty.name() == "str" {
            add(vm, ty, "__str__", unary, 3);
        }
        add(vm, ty, "__format__", binary, 3);
    }
    for ty in numeric
        .iter()
        .chain(seqs.iter())
        .chain(sets.iter())
        .chain(maps.iter())
    {
        let tn = ty.name();
        let is_num = ["int", "bool", "float", "complex"].contains(&&*tn);
        for (i, (n, r)) in bin_names.iter().enumerate() {
            // Which operators each type's slots define, as `dir()` shows them in CPython:
            // ints have no `@`, floats no bitwise operators, complex numbers neither `//`
            // nor `%`; sequences concatenate with `+` but have no `__radd__`.
            let relevant = match &*tn {
                "int" | "bool" => *n != "__matmul__",
                "float" => matches!(
                    *n,
                    "__add__"
                        | "__sub__"
                        | "__mul__"
                        | "__truediv__"
                        | "__floordiv__"
                        | "__mod__"
                        | "__pow__"
                ),
                "complex" => matches!(
                    *n,
                    "__add__" | "__sub__" | "__mul__" | "__truediv__" | "__pow__"
                ),
                "set" | "frozenset" => {
                    matches!(*n, "__or__" | "__and__" | "__sub__" | "__xor__")
                }
                "dict" => *n == "__or__",
                "range" => false,
                _ => {
                    matches!(*n, "__add__" | "__mul__")
                        || (*n == "__mod__" && ["str", "bytes", "bytearray"].contains(&&*tn))
                }
            };
            if relevant {
                add(vm, ty, n, binop, i);
                let sequence_concat = !is_num && *n == "__add__";
                if !sequence_concat {
                    add(vm, ty, r, binop, i + 13);
                }
            }
        }
        if is_num {
            add(vm, ty, "__neg__", unary, 6);
            add(vm, ty, "__pos__", unary, 7);
            add(vm, ty, "__abs__", unary, 8);
            add(vm, ty, "__bool__", unary, 5);
            if &*tn != "complex" {
                add(vm, ty, "__float__", unary, 10);
                for (k, name) in ["__round__", "__floor__", "__ceil__", "__trunc__"]
                    .iter()
                    .enumerate()
                {
                    add(vm, ty, name, numeric_extra, k);
                }
                add(vm, ty, "__divmod__", numeric_extra, 4);
                add(vm, ty, "__rdivmod__", numeric_extra, 5);
            } else {
                add(vm, ty, "__complex__", numeric_extra, 7);
            }
            add(vm, ty, "__getnewargs__", numeric_extra, 6);
            if &*tn != "complex" {
                add(vm, ty, "__int__", unary, 11);
                add(vm, ty, "__hash__", unary, 4);
            }
            if ["int", "bool"].contains(&&*tn) {
                add(vm, ty, "__invert__", unary, 9);
                add(vm, ty, "__index__", unary, 11);
            }
        } else {
            add(vm, ty, "__len__", unary, 0);
            add(vm, ty, "__iter__", unary, 1);
            add(vm, ty, "__contains__", binary, 0);
            if !["set", "frozenset"].contains(&&*tn) {
                add(vm, ty, "__getitem__", binary, 1);
            }
            if ["str", "bytes", "tuple", "frozenset", "range"].contains(&&*tn) {
                add(vm, ty, "__hash__", unary, 4);
            } else {
                ty.dict.borrow_mut().set_str("__hash__", Value::None);
            }
            if ["list", "bytearray", "dict"].contains(&&*tn) {
                let b = Builtin {
                    name: Rc::from("__setitem__"),
                    func: setitem,
                    kind: BuiltinKind::Method,
                    bound: None,
                    owner: Some(tn.clone()),
                    data: None,
                    module: Default::default(),
                    c_units: Default::default(),
                    spec: None,
                };
                if !ty.dict.borrow().contains_str("__setitem__") {
                    ty.dict
                        .borrow_mut()
                        .set_str("__setitem__", Value::Builtin(Rc::new(b)));
                }
                add(vm, ty, "__delitem__", binary, 2);
            }
            let inplace: &[(&str, BinOp)] = match &*tn {
                "list" | "bytearray" => &[("__iadd__", BinOp::Add), ("__imul__", BinOp::Mul)],
                "dict" => &[("__ior__", BinOp::Or)],
                "set" => &[
                    ("__iand__", BinOp::And),
                    ("__ior__", BinOp::Or),
                    ("__isub__", BinOp::Sub),
                    ("__ixor__", BinOp::Xor),
                ],
                _ => &[],
            };
            for (name, op) in inplace {
                let index = BinOp::ALL.iter().position(|o| o == op).unwrap_or(0);
                add(vm, ty, name, sequence_extra, index);
            }
            if ["list", "dict", "range"].contains(&&*tn) {
                add(vm, ty, "__reversed__", sequence_extra, 13);
            }
            if &*tn == "range" {
                add(vm, ty, "__bool__", sequence_extra, 14);
            }
            if ["str", "bytes", "tuple"].contains(&&*tn) {
                add(vm, ty, "__getnewargs__", numeric_extra, 6);
            }
            if ["list", "dict", "tuple", "set", "frozenset"].contains(&&*tn)
                && !ty.dict.borrow().contains_str("__class_getitem__")
            {
                vm.add_classmethod(ty, "__class_getitem__", class_getitem);
            }
        }
    }
    let none_type = vm.types.none.clone();
    add(vm, &none_type, "__bool__", sequence_extra, 14);
}
