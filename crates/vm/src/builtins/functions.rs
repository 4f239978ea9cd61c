//! The builtin functions (`Python/bltinmodule.c`).

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::objects::function::Args;
use crate::objects::typeobj::Type;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn arg(vm: &mut Vm, a: &Args, i: usize, fname: &str) -> PyResult<Value> {
    match a.pos.get(i) {
        Some(v) => Ok(v.clone()),
        None => {
            let got = a.pos.len();
            let need = i + 1;
            Err(vm.type_error(match fname {
                "round" => "round() missing required argument 'number' (pos 1)".to_string(),
                "sum" => format!("sum() takes at least 1 positional argument ({got} given)"),
                _ => format!(
                    "{fname} expected at least {need} argument{}, got {got}",
                    if need == 1 { "" } else { "s" }
                ),
            }))
        }
    }
}

/// `_PyArg_NoKeywords`/`_PyArg_NoKwnames`: the builtins that take positional arguments only.
fn no_kw(vm: &mut Vm, a: &Args, fname: &str) -> PyResult<()> {
    if a.kw.is_empty() {
        return Ok(());
    }
    Err(vm.type_error(format!("{fname}() takes no keyword arguments")))
}

/// `_PyArg_CheckPositional(fname, nargs, 0, n)` of a builtin taking no keywords.
fn at_most(vm: &mut Vm, a: &Args, n: usize, fname: &str) -> PyResult<()> {
    no_kw(vm, a, fname)?;
    if a.pos.len() > n {
        let s = if n == 1 { "" } else { "s" };
        let got = a.pos.len();
        return Err(vm.type_error(format!(
            "{fname} expected at most {n} argument{s}, got {got}"
        )));
    }
    Ok(())
}

fn exact_args(vm: &mut Vm, a: &Args, n: usize, fname: &str) -> PyResult<()> {
    no_kw(vm, a, fname)?;
    if a.pos.len() != n {
        // METH_O functions say "takes exactly one argument"; clinic ones (_PyArg_CheckPositional)
        // "expected N arguments, got M".
        if n == 1 {
            return Err(vm.type_error(format!(
                "{fname}() takes exactly one argument ({} given)",
                a.pos.len()
            )));
        }
        return Err(vm.type_error(format!(
            "{fname} expected {n} arguments, got {}",
            a.pos.len()
        )));
    }
    Ok(())
}

/// print(*objects, sep=' ', end='\n', file=None, flush=False)
fn print(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let sep = match a.take_kw("sep") {
        Some(Value::None) | None => " ".to_string(),
        Some(Value::Str(s)) => s.to_string(),
        Some(v) => {
            let tn = vm.type_name(&v);
            return Err(vm.type_error(format!("sep must be None or a string, not {tn}")));
        }
    };
    let end = match a.take_kw("end") {
        Some(Value::None) | None => "\n".to_string(),
        Some(Value::Str(s)) => s.to_string(),
        Some(v) => {
            let tn = vm.type_name(&v);
            return Err(vm.type_error(format!("end must be None or a string, not {tn}")));
        }
    };
    let file = a.take_kw("file").filter(|f| !f.is_none());
    let flush = match a.take_kw("flush") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if let Some((k, _)) = a.kw.first() {
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for print()")));
    }
    let mut out = String::new();
    for (i, v) in a.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str(v)?);
    }
    out.push_str(&end);
    let file = match file {
        Some(f) => f,
        None => crate::modules::sys::get_stdout(vm)?,
    };
    crate::modules::io::write_to(vm, &file, &out)?;
    if flush {
        crate::modules::io::flush(vm, &file)?;
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exact_args(vm, &a, 1, "len")?;
    Ok(Value::Int(vm.len(&a.pos[0])? as i64))
}

fn repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exact_args(vm, &a, 1, "repr")?;
    // a METH_O function: CALL_NO_KW_BUILTIN_O's Py_EnterRecursiveCall
    let r = vm.with_c(" while calling a Python object", |vm| vm.repr(&a.pos[0]))?;
    Ok(Value::Str(r))
}

fn ascii(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exact_args(vm, &a, 1, "ascii")?;
    let r = vm.repr(&a.pos[0])?;
    Ok(Value::str(&crate::objects::str::ascii_escape(&r)))
}

fn abs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exact_args(vm, &a, 1, "abs")?;
    crate::eval::unary_value(vm, &a.pos[0], "__abs__")
}

fn all(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exact_args(vm, &a, 1, "all")?;
    let it = vm.iter(&a.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exact_args(vm, &a, 1, "any")?;
    let it = vm.iter(&a.pos[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn radix(vm: &mut Vm, a: &Args, r: u32, prefix: &str) -> PyResult<Value> {
    let fname = match r {
        2 => "bin",
        8 => "oct",
        _ => "hex",
    };
    exact_args(vm, a, 1, fname)?;
    let v = a.pos[0].clone();
    let n = match vm.to_bigint(&v) {
        Some(n) => n,
        None => {
            let i = vm.index_value(&v)?;
            BigInt::from(i)
        }
    };
    let digits = n.abs().to_str_radix(r);
    Ok(Value::str(&format!(
        "{}{prefix}{digits}",
        if n.is_negative() { "-" } else { "" }
    )))
}
fn bin(vm: &mut Vm, a: Args) -> PyResult<Value> {
    radix(vm, &a, 2, "0b")
}
fn oct(vm: &mut Vm, a: Args) -> PyResult<Value> {
    radix(vm, &a, 8, "0o")
}
fn hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    radix(vm, &a, 16, "0x")
}

fn callable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exact_args(vm, &a, 1, "callable")?;
    let v = &a.pos[0];
    Ok(Value::Bool(match v {
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Type(_) => true,
        // staticmethod objects are callable since 3.10 (sm_call)
        Value::StaticMethod(_) => true,
        Value::Instance(_) => vm.type_of(v).lookup("__call__").is_some(),
        _ => false,
    }))
}

fn chr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exact_args(vm, &a, 1, "chr")?;
    let i = vm.index_value(&a.pos[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::str(&c.to_string())),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exact_args(vm, &a, 1, "ord")?;
    match &a.pos[0] {
        Value::Str(s) => {
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                ))),
            }
        }
        Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        Value::Bytes(b) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        ))),
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")))
        }
    }
}

/// `object.__dir__` / `type.__dir__` / `module.__dir__`: the attribute names CPython lists.
pub fn default_dir(vm: &mut Vm, obj: &Value) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let add_type = |t: &Rc<Type>, names: &mut Vec<String>| {
        for b in t.mro.borrow().iter() {
            for k in b.dict.borrow().keys() {
                if let Value::Str(s) = k {
                    // Builtin types compute __module__; it is not in their dict.
                    if b.builtin && &*s == "__module__" {
                        continue;
                    }
                    names.push(s.to_string());
                }
            }
            if b.builtin {
                // The data attributes the VM computes: in CPython they are descriptors in
                // the type's __dict__.
                let (getset, member) =
                    crate::objects::descriptors::builtin_attribute_names(&b.name());
                names.extend(getset.iter().chain(member).map(|n| n.to_string()));
            }
            if b.builtin && b.name().as_ref() == "object" {
                names.extend(["__class__", "__doc__"].map(String::from));
            } else if !b.builtin && b.has_dict && b.slots.is_empty() {
                names.extend(["__dict__", "__weakref__"].map(String::from));
            }
        }
    };
    match obj {
        Value::Module(m) => {
            for k in m.dict.borrow().keys() {
                if let Value::Str(s) = k {
                    names.push(s.to_string());
                }
            }
        }
        Value::Type(t) => add_type(t, &mut names),
        other => {
            if let Value::Instance(i) = other {
                if let Some(d) = &i.dict() {
                    for k in d.borrow().keys() {
                        if let Value::Str(s) = k {
                            names.push(s.to_string());
                        }
                    }
                }
            }
            let t = vm.type_of(other);
            add_type(&t, &mut names);
        }
    }
    names.sort();
    names.dedup();
    names
}

fn dir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    at_most(vm, &a, 1, "dir")?;
    let mut names: Vec<String> = Vec::new();
    match a.pos.first() {
        None => {
            let f = vm.current_frame();
            if let Some(f) = f {
                let l = crate::modules::inspect::frame_locals(vm, &f)?;
                if let Value::Dict(d) = l {
                    for k in d.borrow().keys() {
                        if let Value::Str(s) = k {
                            names.push(s.to_string());
                        }
                    }
                }
            }
        }
        Some(obj) => {
            // A class's own `__dir__` (dir(cls) calls type(cls).__dir__: a metaclass's).
            if matches!(obj, Value::Instance(_) | Value::Type(_)) {
                if let Some(m) = vm.lookup_special(obj, "__dir__")? {
                    if !matches!(&m, Value::Builtin(b) if matches!(b.owner.as_deref(), Some("object" | "type")))
                    {
                        let r = vm.call(&m, vec![])?;
                        let mut items = vm.collect(&r)?;
                        let sorted = crate::objects::list::sort_values(
                            vm,
                            std::mem::take(&mut items),
                            None,
                            false,
                        )?;
                        return Ok(Value::list(sorted));
                    }
                }
            }
            // module_dir: a module's own __dir__ function (PEP 562)
            let mod_dir = match obj {
                Value::Module(m) => m.dict.borrow().get_str("__dir__"),
                _ => None,
            };
            if let Some(f) = mod_dir {
                let r = vm.call(&f, vec![])?;
                let items = vm.collect(&r)?;
                let sorted = crate::objects::list::sort_values(vm, items, None, false)?;
                return Ok(Value::list(sorted));
            }
            names = default_dir(vm, obj);
        }
    }
    names.sort();
    names.dedup();
    Ok(Value::list(
        names.into_iter().map(|n| Value::str(&n)).collect(),
    ))
}

fn divmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exact_args(vm, &a, 2, "divmod")?;
    let (x, y) = (&a.pos[0], &a.pos[1]);
    let (xi, yi) = (
        matches!(x, Value::Instance(_)),
        matches!(y, Value::Instance(_)),
    );
    if xi || yi {
        // binary_op1 with nb_divmod: a subclass's reflected method first, then
        // x.__divmod__(y), then y.__rdivmod__(x)
        let (tx, ty) = (vm.type_of(x), vm.type_of(y));
        let rfirst = yi && !Rc::ptr_eq(&tx, &ty) && ty.is_subtype(&tx);
        let mut order: Vec<(&Value, &Value, &str)> = Vec::new();
        if rfirst {
            order.push((y, x, "__rdivmod__"));
        }
        if xi {
            order.push((x, y, "__divmod__"));
        }
        if yi && !rfirst && !Rc::ptr_eq(&tx, &ty) {
            order.push((y, x, "__rdivmod__"));
        }
        for (s, o, name) in order {
            if let Some(m) = vm.lookup_special(s, name)? {
                let r = vm.call(&m, vec![o.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        // Only a base with numbers (int, float...) can divmod; a dict/list subclass cannot.
        let numeric = |v: &Value| {
            !matches!(
                crate::ops::unwrap_base(v),
                None | Some(Value::Dict(_) | Value::List(_) | Value::Tuple(_) | Value::Set(_))
            )
        };
        if !numeric(x) && !numeric(y) {
            let (nx, ny) = (vm.type_name(x), vm.type_name(y));
            return Err(vm.type_error(format!(
                "unsupported operand type(s) for divmod(): '{nx}' and '{ny}'"
            )));
        }
    }
    if matches!(x, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
        && matches!(y, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
    {
        let yz = vm.to_bigint(y).map(|b| b.is_zero()).unwrap_or(false);
        if yz {
            return Err(vm.zero_division("integer division or modulo by zero"));
        }
    }
    // float_divmod's own message, not the floor division's.
    let num = |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
    if (matches!(x, Value::Float(_)) && (num(y) || matches!(y, Value::Float(_))))
        || (num(x) && matches!(y, Value::Float(_)))
    {
        let yz = match y {
            Value::Float(f) => *f == 0.0,
            _ => vm.to_bigint(y).map(|b| b.is_zero()).unwrap_or(false),
        };
        if yz {
            return Err(vm.zero_division("float divmod()"));
        }
    }
    let q = match vm.binary_op(x, y, crate::ops::BinOp::FloorDiv, false) {
        Err(e)
            if vm.err_is(&e, "TypeError")
                && !matches!(x, Value::Instance(_))
                && !matches!(y, Value::Instance(_)) =>
        {
            let (tx, ty) = (vm.type_name(x), vm.type_name(y));
            return Err(vm.type_error(format!(
                "unsupported operand type(s) for divmod(): '{tx}' and '{ty}'"
            )));
        }
        other => other?,
    };
    let r = vm.binary_op(x, y, crate::ops::BinOp::Mod, false)?;
    Ok(Value::tuple(vec![q, r]))
}

fn format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    at_most(vm, &a, 2, "format")?;
    let v = arg(vm, &a, 0, "format")?;
    let spec = match a.pos.get(1) {
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("format() argument 2 must be str, not {tn}")));
        }
        None => String::new(),
    };
    vm.format(&v, &spec)
}

fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("attribute name must be string, not '{tn}'")))
        }
    }
}

fn getattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    at_most(vm, &a, 3, "getattr")?;
    if a.pos.len() < 2 {
        return Err(vm.type_error(format!(
            "getattr expected at least 2 arguments, got {}",
            a.pos.len()
        )));
    }
    let name = attr_name(vm, &a.pos[1])?;
    match vm.getattr(&a.pos[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if a.pos.len() > 2 && vm.err_is(&e, "AttributeError") => Ok(a.pos[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exact_args(vm, &a, 3, "setattr")?;
    let name = attr_name(vm, &a.pos[1])?;
    vm.setattr(&a.pos[0], &name, a.pos[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exact_args(vm, &a, 2, "hasattr")?;
    let name = attr_name(vm, &a.pos[1])?;
    Ok(Value::Bool(vm.hasattr(&a.pos[0], &name)?))
}

fn delattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exact_args(vm, &a, 2, "delattr")?;
    let name = attr_name(vm, &a.pos[1])?;
    vm.delattr(&a.pos[0], &name)?;
    Ok(Value::None)
}

fn no_args(vm: &mut Vm, a: &Args, fname: &str) -> PyResult<()> {
    no_kw(vm, a, fname)?;
    match a.pos.len() {
        0 => Ok(()),
        n => Err(vm.type_error(format!("{fname}() takes no arguments ({n} given)"))),
    }
}

fn globals(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    no_args(vm, &_a, "globals")?;
    match vm.current_frame() {
        Some(f) => Ok(Value::Dict(f.borrow().globals.clone())),
        None => Ok(Value::Dict(vm.new_dict())),
    }
}

fn locals(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    no_args(vm, &_a, "locals")?;
    match vm.current_frame() {
        Some(f) => crate::modules::inspect::frame_locals(vm, &f),
        None => Ok(Value::Dict(vm.new_dict())),
    }
}

fn vars(vm: &mut Vm, a: Args) -> PyResult<Value> {
    at_most(vm, &a, 1, "vars")?;
    match a.pos.first() {
        None => locals(vm, a),
        Some(v) => match vm.getattr(v, "__dict__") {
            Ok(d) => Ok(d),
            Err(_) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exact_args(vm, &a, 1, "hash")?;
    // a METH_O function: CALL_NO_KW_BUILTIN_O's Py_EnterRecursiveCall
    let h = vm.with_c(" while calling a Python object", |vm| vm.hash(&a.pos[0]))?;
    Ok(Value::Int(h))
}

fn id(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exact_args(vm, &a, 1, "id")?;
    Ok(Value::Int(a.pos[0].id() as i64))
}

fn isinstance(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exact_args(vm, &a, 2, "isinstance")?;
    Ok(Value::Bool(vm.isinstance(&a.pos[0], &a.pos[1])?))
}

fn issubclass(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exact_args(vm, &a, 2, "issubclass")?;
    Ok(Value::Bool(vm.issubclass(&a.pos[0], &a.pos[1])?))
}

fn iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_kw(vm, &a, "iter")?;
    match a.pos.len() {
        1 => vm.iter(&a.pos[0]),
        2 if !matches!(
            callable(vm, Args::new(vec![a.pos[0].clone()]))?,
            Value::Bool(true)
        ) =>
        {
            Err(vm.type_error("iter(object, sentinel): object must be callable"))
        }
        2 => Ok(Value::Iter(Rc::new(std::cell::RefCell::new(
            crate::objects::iter::Iter::Callable {
                func: a.pos[0].clone(),
                sentinel: a.pos[1].clone(),
            },
        )))),
        n => Err(vm.type_error(format!("iter expected at most 2 arguments, got {n}"))),
    }
}

fn next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    at_most(vm, &a, 2, "next")?;
    let it = arg(vm, &a, 0, "next")?;
    let is_iter = matches!(it, Value::Iter(_) | Value::Generator(_))
        || vm.lookup_special(&it, "__next__")?.is_some();
    if !is_iter {
        let tn = vm.type_name(&it);
        return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
    }
    if let Value::Generator(g) = &it {
        let g = g.clone();
        return match vm.gen_send(&g, Value::None) {
            Ok(crate::generator::GenResult::Yield(v)) => Ok(v),
            Ok(crate::generator::GenResult::Return(v)) => match a.pos.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(v)),
            },
            Err(e) => Err(e),
        };
    }
    if let Value::Instance(_) = &it {
        let m = vm.lookup_special(&it, "__next__")?.unwrap_or(Value::None);
        return match vm.call(&m, vec![]) {
            Err(e) if a.pos.len() > 1 && vm.err_is(&e, "StopIteration") => Ok(a.pos[1].clone()),
            other => other,
        };
    }
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => match a.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

fn min_max(vm: &mut Vm, mut a: Args, is_max: bool) -> PyResult<Value> {
    let fname = if is_max { "max" } else { "min" };
    let key = a.take_kw("key").filter(|k| !k.is_none());
    let default = a.take_kw("default");
    let items = match a.pos.len() {
        0 => return Err(vm.type_error(format!("{fname} expected at least 1 argument, got 0"))),
        1 => vm.collect(&a.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {fname}() with multiple positional arguments"
                )));
            }
            a.pos.to_vec()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{fname}() iterable argument is empty"))),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(k) => vm.call(k, vec![best.clone()])?,
        None => best.clone(),
    };
    for it in items.into_iter().skip(1) {
        let k = match &key {
            Some(kf) => vm.call(kf, vec![it.clone()])?,
            None => it.clone(),
        };
        let op = if is_max {
            crate::ops::CmpOp::Gt
        } else {
            crate::ops::CmpOp::Lt
        };
        let r = vm.compare(&k, &best_key, op)?;
        if vm.truthy(&r)? {
            best = it;
            best_key = k;
        }
    }
    Ok(best)
}
fn max(vm: &mut Vm, a: Args) -> PyResult<Value> {
    min_max(vm, a, true)
}
fn min(vm: &mut Vm, a: Args) -> PyResult<Value> {
    min_max(vm, a, false)
}

fn sum(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let start = a
        .take_kw("start")
        .or_else(|| a.pos.get(1).cloned())
        .unwrap_or(Value::Int(0));
    if matches!(start, Value::Str(_)) {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let first = arg(vm, &a, 0, "sum")?;
    let it = vm.iter(&first)?;
    let mut acc = start;
    // float accumulation: CPython 3.12's Neumaier compensated sum (the compensation is
    // added once, when the float run ends); small ints join the float sum uncompensated
    let mut fsum: Option<(f64, f64)> = None;
    let settle = |(s, c): (f64, f64)| if c != 0.0 && c.is_finite() { s + c } else { s };
    while let Some(v) = vm.next(&it)? {
        if let (Value::Float(x), Some((s, c))) = (&v, fsum.as_mut()) {
            let t = *s + x;
            if s.abs() >= x.abs() {
                *c += (*s - t) + x;
            } else {
                *c += (x - t) + *s;
            }
            *s = t;
            continue;
        }
        if let (Value::Int(_) | Value::Bool(_), Some((s, _))) = (&v, fsum.as_mut()) {
            *s += match v {
                Value::Int(i) => i as f64,
                _ => f64::from(u8::from(matches!(v, Value::Bool(true)))),
            };
            continue;
        }
        // ints that fit a machine word add without the generic operator (CPython's
        // i_result loop); a sum that overflows goes on through binary_op as a big int
        if let (Value::Int(x), Value::Int(y)) = (&acc, &v) {
            if let Some(t) = x.checked_add(*y) {
                acc = Value::Int(t);
                continue;
            }
        }
        if let Some(sc) = fsum.take() {
            acc = Value::Float(settle(sc));
        }
        acc = vm.binary_op(&acc, &v, crate::ops::BinOp::Add, false)?;
        if let Value::Float(f) = acc {
            fsum = Some((f, 0.0));
        }
    }
    if let Some(sc) = fsum {
        acc = Value::Float(settle(sc));
    }
    Ok(acc)
}

pub(crate) fn pow(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    // pow(base, exp, mod=None): all three may be given by keyword
    for (i, k) in ["base", "exp"].into_iter().enumerate() {
        if a.pos.len() == i {
            if let Some(v) = a.take_kw(k) {
                a.pos.push(v);
            }
        }
    }
    let base = arg(vm, &a, 0, "pow")?;
    let exp = arg(vm, &a, 1, "pow")?;
    match a.pos.get(2).or(a.kwarg("mod").as_ref()).cloned() {
        Some(m) if !m.is_none() => {
            let is_int = |v: &Value| matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_));
            if !(is_int(&base) && is_int(&exp) && is_int(&m)) {
                // ternary_op: only the base's __pow__ takes a modulus (no __rpow__)
                if matches!(base, Value::Instance(_)) {
                    if let Some(f) = vm.lookup_special(&base, "__pow__")? {
                        let r = vm.call(&f, vec![exp.clone(), m.clone()])?;
                        if !matches!(r, Value::NotImplemented) {
                            return Ok(r);
                        }
                    }
                }
            }
            let (Some(b), Some(e), Some(md)) =
                (vm.to_bigint(&base), vm.to_bigint(&exp), vm.to_bigint(&m))
            else {
                let real = |v: &Value| is_int(v) || matches!(v, Value::Float(_));
                if !(real(&base) && real(&exp) && real(&m)) {
                    let (tb, te, tm) = (vm.type_name(&base), vm.type_name(&exp), vm.type_name(&m));
                    return Err(vm.type_error(format!(
                        "unsupported operand type(s) for ** or pow(): '{tb}', '{te}', '{tm}'"
                    )));
                }
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            if md.is_zero() {
                return Err(vm.value_error("pow() 3rd argument cannot be 0"));
            }
            let r = if e.is_negative() {
                // modular inverse
                let inv = mod_inverse(&b, &md).ok_or_else(|| {
                    vm.value_error("base is not invertible for the given modulus")
                })?;
                inv.modpow(&(-e), &md.abs())
            } else {
                b.modpow(&e, &md.abs())
            };
            let r = if md.is_negative() && !r.is_zero() {
                r + md
            } else {
                r
            };
            Ok(Value::from_bigint(r))
        }
        _ => vm.binary_op(&base, &exp, crate::ops::BinOp::Pow, false),
    }
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let m = m.abs();
    let e = a.mod_floor(&m).extended_gcd(&m);
    if e.gcd != BigInt::from(1) {
        return None;
    }
    Some(e.x.mod_floor(&m))
}

fn round(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        if let Some(v) = a.take_kw("number") {
            a.pos.push(v);
        }
    }
    let v = arg(vm, &a, 0, "round")?;
    let nd = a
        .take_kw("ndigits")
        .or_else(|| a.pos.get(1).cloned())
        .filter(|x| !x.is_none());
    if let Value::Instance(_) = &v {
        if let Some(m) = vm.lookup_special(&v, "__round__")? {
            return vm.call(&m, nd.into_iter().collect());
        }
    }
    match &v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let n = vm.to_bigint(&v).unwrap_or_default();
            match nd {
                None => Ok(Value::from_bigint(n)),
                Some(d) => {
                    let d = vm.index_value(&d)?;
                    if d >= 0 {
                        return Ok(Value::from_bigint(n));
                    }
                    // |n| < 2**bits <= 10**k / 2 once k > bits: the result is 0, and 10**k
                    // need not be built (k may be as large as 2**63).
                    let k = d.unsigned_abs();
                    if k > n.bits() {
                        return Ok(Value::Int(0));
                    }
                    let p = num_traits::pow::Pow::pow(&BigInt::from(10), k as u32);
                    use num_integer::Integer;
                    let (q, r) = n.div_mod_floor(&p);
                    let twice = &r * 2;
                    let q = if twice > p || (twice == p && q.is_odd()) {
                        q + 1
                    } else {
                        q
                    };
                    Ok(Value::from_bigint(q * p))
                }
            }
        }
        Value::Float(f) => match nd {
            None => {
                if f.is_nan() {
                    return Err(vm.value_error("cannot convert float NaN to integer"));
                }
                if f.is_infinite() {
                    return Err(vm.overflow_error("cannot convert float infinity to integer"));
                }
                let r = f.round_ties_even();
                Ok(Value::from_bigint(
                    num_traits::FromPrimitive::from_f64(r).unwrap_or_default(),
                ))
            }
            Some(d) => {
                let d = vm.index_value(&d)?;
                let r = round_float(*f, d);
                if r.is_infinite() && f.is_finite() {
                    return Err(vm.overflow_error("rounded value too large to represent"));
                }
                Ok(Value::Float(r))
            }
        },
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("type {tn} doesn't define __round__ method")))
        }
    }
}

/// Correctly rounded `round(x, n)` via the decimal string (as CPython's `double_round`).
fn round_float(x: f64, nd: i64) -> f64 {
    // NDIGITS_MAX / NDIGITS_MIN of floatobject.c: 323 and -308 for IEEE doubles
    if !x.is_finite() || nd > 323 {
        return x;
    }
    if nd < -308 {
        return 0.0f64.copysign(x);
    }
    if nd >= 0 {
        let s = format!("{:.*}", nd as usize, x);
        // Rust rounds half to even on the exact binary value, which is what CPython does.
        return s.parse().unwrap_or(x);
    }
    // Round the exact decimal digits of the integer part half-to-even at 10**k (the
    // fraction only breaks a tie), then let the parser round "digits e k" once, as
    // CPython's double_round does with _Py_dg_dtoa and strtod.
    let k = (-nd) as usize;
    let int = x.abs().trunc();
    let digits = format!("{:.0}", int);
    let sticky = x.fract() != 0.0;
    let s = format!(
        "{}{digits}",
        "0".repeat((k + 1).saturating_sub(digits.len()))
    );
    let (head, tail) = s.split_at(s.len() - k);
    let half = format!("5{}", "0".repeat(k - 1));
    let up = match tail.cmp(half.as_str()) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Equal => sticky || (head.as_bytes()[head.len() - 1] - b'0') % 2 == 1,
        std::cmp::Ordering::Less => false,
    };
    let mut h: Vec<u8> = head.bytes().collect();
    if up {
        let mut i = h.len();
        loop {
            if i == 0 {
                h.insert(0, b'1');
                break;
            }
            i -= 1;
            if h[i] == b'9' {
                h[i] = b'0';
            } else {
                h[i] += 1;
                break;
            }
        }
    }
    let r: f64 = format!("{}e{k}", String::from_utf8_lossy(&h))
        .parse()
        .unwrap_or(x);
    r.copysign(x)
}

fn sorted(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", a.pos.len())));
    }
    let key = a.take_kw("key").filter(|k| !k.is_none());
    let reverse = match a.take_kw("reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    if let Some((k, _)) = a.kw.first() {
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for sort()")));
    }
    let items = vm.collect(&a.pos[0])?;
    let keys = match &key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in &items {
                ks.push(vm.call(k, vec![it.clone()])?);
            }
            Some(ks)
        }
        None => None,
    };
    let sorted = crate::objects::list::sort_values(vm, items, keys, reverse)?;
    // PySequence_List: allocated as `list(x)` would be.
    let sized = crate::objects::list::is_sized(vm, &a.pos[0]);
    Ok(Value::list(crate::objects::list::from_iterable(
        &a.pos[0], sorted, sized,
    )))
}

/// input([prompt]): as builtin_input_impl, the prompt goes to sys.stdout (flushed) and the
/// line comes from sys.stdin, whatever objects they are now; the process's own stdin is read
/// directly only when sys.stdin is still the original file.
fn input(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_kw(vm, &a, "input")?;
    if a.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "input expected at most 1 argument, got {}",
            a.pos.len()
        )));
    }
    let stdout = crate::modules::sys::get_stream(vm, "stdout")?;
    let stdin = crate::modules::sys::get_stream(vm, "stdin")?;
    if let Some(p) = a.pos.first() {
        let s = vm.str(p)?;
        crate::modules::io::write_to(vm, &stdout, &s)?;
    }
    crate::modules::io::flush(vm, &stdout)?;
    let line = if crate::modules::io::is_real_stdin(vm, &stdin) {
        // the same buffer as sys.stdin.readline()'s
        crate::modules::io::stdin_readline(vm)?
    } else {
        let readline = vm.getattr(&stdin, "readline")?;
        vm.call(&readline, vec![])?
    };
    let Value::Str(s) = &line else {
        let tn = vm.type_name(&line);
        return Err(vm.type_error(format!("object.readline() returned non-string ({tn})")));
    };
    if s.is_empty() {
        return Err(vm.new_error("EOFError", "EOF when reading a line"));
    }
    let text = s.strip_suffix('\n').unwrap_or(s);
    Ok(Value::str(text))
}

fn exec_or_eval(vm: &mut Vm, a: Args, mode: pydive_compiler::Mode, fname: &str) -> PyResult<Value> {
    let src = arg(vm, &a, 0, fname)?;
    let globals = a
        .pos
        .get(1)
        .cloned()
        .or_else(|| a.kwarg("globals"))
        .filter(|g| !g.is_none());
    let locals = a
        .pos
        .get(2)
        .cloned()
        .or_else(|| a.kwarg("locals"))
        .filter(|g| !g.is_none());
    let code = match &src {
        Value::Code(c) => c.clone(),
        Value::Str(s) => {
            let text = if mode == pydive_compiler::Mode::Eval {
                s.trim_start_matches([' ', '\t']).to_string()
            } else {
                s.to_string()
            };
            let flags = inherited_future_flags(vm);
            vm.compile_source_with_flags(&text, "<string>", mode, flags)?
        }
        Value::Bytes(b) => {
            let text = String::from_utf8_lossy(b).to_string();
            let flags = inherited_future_flags(vm);
            vm.compile_source_with_flags(&text, "<string>", mode, flags)?
        }
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!(
                "{fname}() arg 1 must be a string, bytes or code object, not {tn}"
            )));
        }
    };
    let (g, l) = match (globals, locals) {
        (Some(Value::Dict(g)), l) => {
            let l = l.unwrap_or(Value::Dict(g.clone()));
            (g, l)
        }
        // An instance of a dict subclass: its dict serves as the globals (and the locals).
        (Some(other), l) => {
            let Some(Value::Dict(g)) = crate::ops::unwrap_base(&other) else {
                let tn = vm.type_name(&other);
                return Err(vm.type_error(format!("{fname}() globals must be a dict, not {tn}")));
            };
            let l = l.unwrap_or(Value::Dict(g.clone()));
            (g, l)
        }
        (None, l) => {
            let f = vm.current_frame();
            match f {
                Some(f) => {
                    let g = f.borrow().globals.clone();
                    let l = match l {
                        Some(l) => l,
                        None => {
                            let fl = f.borrow().locals.as_deref().cloned();
                            match fl {
                                Some(x) => x,
                                None => crate::modules::inspect::frame_locals(vm, &f)?,
                            }
                        }
                    };
                    (g, l)
                }
                None => {
                    let g = vm.new_dict();
                    (g.clone(), Value::Dict(g))
                }
            }
        }
    };
    if !g.borrow().contains_str("__builtins__") {
        g.borrow_mut()
            .set_str("__builtins__", vm.builtins_module.clone());
    }
    let r = vm.run_code_in(code, g, Some(l))?;
    Ok(if mode == pydive_compiler::Mode::Eval {
        r
    } else {
        Value::None
    })
}

fn exec(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exec_or_eval(vm, a, pydive_compiler::Mode::Exec, "exec")
}

fn eval(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exec_or_eval(vm, a, pydive_compiler::Mode::Eval, "eval")
}

fn compile(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let src = a
        .take_kw("source")
        .or_else(|| a.pos.first().cloned())
        .unwrap_or(Value::None);
    let filename = a
        .take_kw("filename")
        .or_else(|| a.pos.get(1).cloned())
        .unwrap_or(Value::str("<string>"));
    let mode = a
        .take_kw("mode")
        .or_else(|| a.pos.get(2).cloned())
        .unwrap_or(Value::str("exec"));
    let text = match &src {
        Value::Str(s) => s.to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).to_string(),
        Value::Code(_) => return Ok(src),
        // An AST object (lib/ast.py checks it and says what it cannot do).
        _ => {
            let ast = vm.import_module("ast")?;
            let f = vm.getattr(&ast, "_compile_tree")?;
            let flags = a.take_kw("flags").or_else(|| a.pos.get(3).cloned());
            return vm.call(
                &f,
                vec![src, filename, mode, flags.unwrap_or(Value::Int(0))],
            );
        }
    };
    let m = match mode.as_str() {
        Some("exec") => pydive_compiler::Mode::Exec,
        Some("eval") => pydive_compiler::Mode::Eval,
        Some("single") => pydive_compiler::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let mut flags = match a.take_kw("flags").or_else(|| a.pos.get(3).cloned()) {
        Some(f) => vm.index_value(&f)?,
        None => 0,
    };
    let dont_inherit = match a.take_kw("dont_inherit").or_else(|| a.pos.get(4).cloned()) {
        Some(d) => vm.truthy(&d)?,
        None => false,
    };
    // PyCF_MASK | PyCF_MASK_OBSOLETE | the compile-only bits (ONLY_AST, DONT_IMPLY_DEDENT,
    // TYPE_COMMENTS, ALLOW_TOP_LEVEL_AWAIT, ALLOW_INCOMPLETE_INPUT).
    const KNOWN: i64 = pydive_compiler::FUTURE_FLAGS_MASK as i64 | 0x10 | 0x7600;
    if flags & !KNOWN != 0 {
        return Err(vm.value_error("compile(): unrecognised flags"));
    }
    if flags & 0x400 != 0 {
        // PyCF_ONLY_AST: the tree, as ast.parse() gives it.
        let ast = vm.import_module("ast")?;
        let f = vm.getattr(&ast, "_tree_of")?;
        return vm.call(&f, vec![Value::str(&text), filename, mode]);
    }
    if !dont_inherit {
        flags |= inherited_future_flags(vm) as i64;
    }
    let fname = vm.str(&filename)?;
    let code = vm.compile_source_with_flags(&text, &fname, m, flags as u32)?;
    Ok(Value::Code(code))
}

/// The future features of the running code, which `compile()`, `exec()` and `eval()` of a
/// string inherit (`PyEval_MergeCompilerFlags`).
fn inherited_future_flags(vm: &Vm) -> u32 {
    match vm.current_frame() {
        Some(f) => f.borrow().code.co.flags & pydive_compiler::FUTURE_FLAGS_MASK,
        None => 0,
    }
}

fn import(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let name = a
        .take_kw("name")
        .or_else(|| a.pos.first().cloned())
        .unwrap_or(Value::None);
    let globals = a.take_kw("globals").or_else(|| a.pos.get(1).cloned());
    let fromlist = a
        .take_kw("fromlist")
        .or_else(|| a.pos.get(3).cloned())
        .unwrap_or(Value::None);
    let level = a
        .take_kw("level")
        .or_else(|| a.pos.get(4).cloned())
        .unwrap_or(Value::Int(0));
    let Value::Str(n) = name else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    let g = match globals {
        Some(Value::Dict(d)) => d,
        _ => vm.new_dict(),
    };
    let level = vm.index_value(&level)?;
    vm.import_module_level(&n, &g, &fromlist, level)
}

fn aiter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    exact_args(vm, &a, 1, "aiter")?;
    let v = arg(vm, &a, 0, "aiter")?;
    match vm.lookup_special(&v, "__aiter__")? {
        Some(m) => {
            let it = vm.call(&m, vec![])?;
            let is_agen = matches!(&it, Value::Generator(g)
                if g.kind == crate::objects::generator::GenKind::AsyncGenerator);
            if !is_agen && vm.lookup_special(&it, "__anext__")?.is_none() {
                let tn = vm.type_name(&it);
                return Err(vm.type_error(format!(
                    "aiter() returned not an async iterator of type '{tn}'"
                )));
            }
            Ok(it)
        }
        None => {
            if let Value::Generator(g) = &v {
                if g.kind == crate::objects::generator::GenKind::AsyncGenerator {
                    return Ok(v.clone());
                }
            }
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!("'{tn}' object is not an async iterable")))
        }
    }
}

fn anext(vm: &mut Vm, a: Args) -> PyResult<Value> {
    no_kw(vm, &a, "anext")?;
    crate::generator::builtin_anext(vm, &a.pos)
}

fn open(vm: &mut Vm, a: Args) -> PyResult<Value> {
    crate::modules::io::open(vm, a)
}

fn breakpoint(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::None)
}

pub fn init(vm: &mut Vm) {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("all", all),
        ("any", any),
        ("bin", bin),
        ("oct", oct),
        ("hex", hex),
        ("callable", callable),
        ("chr", chr),
        ("ord", ord),
        ("dir", dir),
        ("divmod", divmod),
        ("format", format),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("hash", hash),
        ("id", id),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("iter", iter),
        ("next", next),
        ("max", max),
        ("min", min),
        ("sum", sum),
        ("pow", pow),
        ("round", round),
        ("sorted", sorted),
        ("input", input),
        ("exec", exec),
        ("eval", eval),
        ("compile", compile),
        ("__import__", import),
        ("aiter", aiter),
        ("anext", anext),
        ("open", open),
        ("breakpoint", breakpoint),
    ];
    for (n, f) in fns {
        let v = vm.native(n, *f);
        vm.set_builtin(n, v);
    }
}

#[allow(dead_code)]
fn _unused(b: &BigInt) -> Option<i64> {
    b.to_i64()
}

/// Write text to `sys.stdout` (whatever object it currently is).
pub fn write_stdout(vm: &mut Vm, s: &str) -> PyResult<()> {
    let out = crate::modules::sys::get_stdout(vm)?;
    crate::modules::io::write_to(vm, &out, s)
}
