//! Calling the builtin types: `int(x)`, `str(x)`, `list(it)`, ... and the `object` /
//! `type` methods user classes inherit.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::objects::function::Args;
use crate::objects::iter::Iter;
use crate::objects::typeobj::Type;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn no_kw(vm: &mut Vm, a: &Args, name: &str) -> PyResult<()> {
    if let Some((k, _)) = a.kw.first() {
        let _ = k;
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn at_most(vm: &mut Vm, a: &Args, n: usize, name: &str) -> PyResult<()> {
    if a.pos.len() > n {
        return Err(vm.type_error(format!(
            "{name} expected at most {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            a.pos.len()
        )));
    }
    Ok(())
}

/// `T(*args)` for a builtin type `T`.
pub fn construct(vm: &mut Vm, t: &Rc<Type>, mut a: Args) -> PyResult<Value> {
    let name = t.name();
    let ty = &vm.types;
    if Rc::ptr_eq(t, &ty.object) {
        if !a.pos.is_empty() || !a.kw.is_empty() {
            return Err(vm.type_error("object() takes no arguments"));
        }
        return Ok(crate::ops::new_instance(vm, t));
    }
    // Exception classes and other layouts created through __new__.
    if vm.is_exception_type(t) {
        let new = t.lookup("__new__").unwrap_or(Value::None);
        let f = match new {
            Value::Builtin(b) => b,
            _ => return Err(vm.system_error("exception type without __new__")),
        };
        let mut args = Args {
            pos: vec![Value::Type(t.clone())].into(),
            kw: a.kw.clone(),
        };
        args.pos.extend(a.pos.iter().cloned());
        let obj = (f.func)(vm, args)?;
        if let Some(init) = t.lookup("__init__") {
            let mut ia = Args {
                pos: vec![obj.clone()].into(),
                kw: a.kw,
            };
            ia.pos.extend(a.pos);
            vm.call_args(&init, ia)?;
        }
        return Ok(obj);
    }
    if !a.kw.is_empty()
        && matches!(
            &*name,
            "tuple"
                | "list"
                | "set"
                | "frozenset"
                | "float"
                | "slice"
                | "map"
                | "filter"
                | "reversed"
        )
    {
        // their __new__/__init__ check `_PyArg_NoKeywords` first
        no_kw(vm, &a, &name)?;
    }
    match &*name {
        "int" => {
            if a.pos.len() > 2 {
                return Err(vm.type_error(format!(
                    "int() takes at most 2 arguments ({} given)",
                    a.pos.len()
                )));
            }
            let base = a.take_kw("base").or_else(|| a.pos.get(1).cloned());
            if let Some((k, _)) = a.kw.first() {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for int()"))
                );
            }
            let x = a.pos.first().cloned();
            int_new(vm, x, base)
        }
        "bool" => {
            no_kw(vm, &a, "bool")?;
            at_most(vm, &a, 1, "bool")?;
            match a.pos.first() {
                Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
                None => Ok(Value::Bool(false)),
            }
        }
        "float" => {
            at_most(vm, &a, 1, "float")?;
            match a.pos.first() {
                None => Ok(Value::Float(0.0)),
                Some(Value::Str(s)) => match crate::objects::float::parse_float(&ascii_digits(s)) {
                    Some(f) => Ok(Value::Float(f)),
                    None => {
                        let r = crate::objects::str::repr_str(s);
                        Err(vm.value_error(format!("could not convert string to float: {r}")))
                    }
                },
                Some(v @ (Value::Bytes(_) | Value::ByteArray(_))) => {
                    let data: Vec<u8> = match v {
                        Value::Bytes(b) => b.to_vec(),
                        Value::ByteArray(b) => b.borrow().clone(),
                        _ => Vec::new(),
                    };
                    let text = String::from_utf8_lossy(&data).to_string();
                    match crate::objects::float::parse_float(&text) {
                        Some(f) => Ok(Value::Float(f)),
                        None => {
                            let r = if let Value::Bytes(b) = v {
                                crate::objects::bytes::bytes_repr(b)
                            } else {
                                vm.repr(v)?.to_string()
                            };
                            Err(vm.value_error(format!("could not convert string to float: {r}")))
                        }
                    }
                }
                Some(v) => match crate::objects::float::number_float(vm, v) {
                    Err(e)
                        if vm.err_is(&e, "TypeError")
                            && (!matches!(v, Value::Instance(_))
                                || (vm.lookup_special(v, "__float__")?.is_none()
                                    && vm.lookup_special(v, "__index__")?.is_none()
                                    && matches!(
                                        crate::ops::unwrap_base(v),
                                        None | Some(
                                            Value::Dict(_)
                                                | Value::List(_)
                                                | Value::Tuple(_)
                                                | Value::Set(_)
                                        )
                                    ))) =>
                    {
                        let tn = vm.type_name(v);
                        Err(vm.type_error(format!(
                            "float() argument must be a string or a real number, not '{tn}'"
                        )))
                    }
                    other => other.map(Value::Float),
                },
            }
        }
        "complex" => {
            let re = a
                .take_kw("real")
                .or_else(|| a.pos.first().cloned())
                .unwrap_or(Value::Int(0));
            let im = a.take_kw("imag").or_else(|| a.pos.get(1).cloned());
            if let Value::Str(s) = &re {
                if im.is_some() {
                    return Err(
                        vm.type_error("complex() can't take second arg if first is a string")
                    );
                }
                return match crate::objects::float::parse_complex(s) {
                    Some((r, i)) => Ok(Value::Complex(r, i)),
                    None => Err(vm.value_error("complex() arg is a malformed string")),
                };
            }
            if let Some(Value::Str(_)) = &im {
                return Err(vm.type_error("complex() second arg can't be a string"));
            }
            // try_complex_special_method: an object's __complex__ comes first
            let re = match &re {
                Value::Instance(_) => match vm.lookup_special(&re, "__complex__")? {
                    Some(m) => match vm.call(&m, vec![])? {
                        c @ Value::Complex(..) => c,
                        other => {
                            let tn = vm.type_name(&other);
                            return Err(vm.type_error(format!(
                                "__complex__ returned non-complex (type {tn})"
                            )));
                        }
                    },
                    None => re,
                },
                _ => re,
            };
            // complex_new_impl: the imaginary part of `real` and the real part of `imag`
            // are added only when those arguments are complex.
            let (mut r, ri) = match re {
                Value::Complex(x, y) => (x, Some(y)),
                v => (crate::objects::float::to_f64(vm, &v)?, None),
            };
            let imag = match im {
                None => ri.unwrap_or(0.0),
                Some(Value::Complex(x, y)) => {
                    r -= y;
                    ri.map_or(x, |ri| x + ri)
                }
                Some(v) => {
                    let x = crate::objects::float::to_f64(vm, &v)?;
                    ri.map_or(x, |ri| x + ri)
                }
            };
            Ok(Value::Complex(r, imag))
        }
        "str" => {
            // str(object='', encoding='utf-8', errors='strict'), CPython's unicode_new checks
            if let Some((k, _)) =
                a.kw.iter()
                    .find(|(k, _)| !matches!(&**k, "object" | "encoding" | "errors"))
            {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for str()"))
                );
            }
            let n = a.pos.len() + a.kw.len();
            if n > 3 {
                return Err(vm.type_error(format!("str() takes at most 3 arguments ({n} given)")));
            }
            let obj = a.take_kw("object").or_else(|| a.pos.first().cloned());
            let encoding = a.take_kw("encoding").or_else(|| a.pos.get(1).cloned());
            let errors = a.take_kw("errors").or_else(|| a.pos.get(2).cloned());
            for (what, v) in [("encoding", &encoding), ("errors", &errors)] {
                if let Some(v) = v {
                    if !matches!(v, Value::Str(_))
                        && !matches!(crate::ops::unwrap_base(v), Some(Value::Str(_)))
                    {
                        let tn = vm.type_name(v);
                        return Err(
                            vm.type_error(format!("str() argument '{what}' must be str, not {tn}"))
                        );
                    }
                }
            }
            match (obj, encoding.is_some() || errors.is_some()) {
                (None, _) => Ok(Value::str("")),
                (Some(v), false) => Ok(Value::Str(vm.str(&v)?)),
                (Some(v), true) => {
                    if matches!(v, Value::Str(_)) {
                        return Err(vm.type_error("decoding str is not supported"));
                    }
                    let data = match crate::objects::bytes::bytes_of(vm, &v) {
                        Ok(d) => d,
                        Err(_) => {
                            let tn = vm.type_name(&v);
                            return Err(vm.type_error(format!(
                                "decoding to str: need a bytes-like object, {tn} found"
                            )));
                        }
                    };
                    let b = Value::Bytes(data.into());
                    let m = vm.getattr(&b, "decode")?;
                    let enc = encoding.unwrap_or_else(|| Value::str("utf-8"));
                    let errs = errors.unwrap_or_else(|| Value::str("strict"));
                    vm.call(&m, vec![enc, errs])
                }
            }
        }
        "bytes" | "bytearray" => {
            if a.pos.is_empty() {
                if let Some(v) = a.take_kw("source") {
                    a.pos.push(v);
                }
            }
            let data: Vec<u8> = match a.pos.first() {
                None => Vec::new(),
                Some(Value::Str(s)) => {
                    let enc = a.pos.get(1).cloned().or_else(|| a.kwarg("encoding"));
                    match enc {
                        Some(e) => {
                            let m = vm.getattr(&Value::Str(s.clone()), "encode")?;
                            let r = vm.call(&m, vec![e])?;
                            crate::objects::bytes::bytes_of(vm, &r)?
                        }
                        None => return Err(vm.type_error("string argument without an encoding")),
                    }
                }
                Some(Value::Int(n)) => {
                    if *n < 0 {
                        return Err(vm.value_error("negative count"));
                    }
                    crate::objects::arith::check_alloc(vm, *n as usize)?;
                    vec![0; *n as usize]
                }
                Some(v @ (Value::Bytes(_) | Value::ByteArray(_))) => {
                    crate::objects::bytes::bytes_of(vm, v)?
                }
                Some(v) if crate::objects::memoryview::raw_bytes(vm, v).is_some() => {
                    crate::objects::memoryview::raw_bytes(vm, v).unwrap_or(Ok(Vec::new()))?
                }
                Some(v) => {
                    // bytes(obj) asks obj.__bytes__() first (bytes_new)
                    if &*name == "bytes" && a.pos.len() == 1 && matches!(v, Value::Instance(_)) {
                        if let Some(m) = vm.lookup_special(v, "__bytes__")? {
                            let r = vm.call(&m, vec![])?;
                            if !matches!(r, Value::Bytes(_)) {
                                let tn = vm.type_name(&r);
                                return Err(vm.type_error(format!(
                                    "__bytes__ returned non-bytes (type {tn})"
                                )));
                            }
                            return Ok(r);
                        }
                    }
                    // item by item: a bad byte stops an endless or huge iterable at once
                    // (bytes, not bytearray, first sizes itself from the length hint)
                    if let (Value::Range(r), "bytes") = (v, &*name) {
                        crate::objects::arith::check_alloc(vm, r.len().max(0) as usize)?;
                    }
                    let it = match vm.iter(v) {
                        Ok(it) => it,
                        Err(e) if vm.err_is(&e, "TypeError") => {
                            let tn = vm.type_name(v);
                            return Err(
                                vm.type_error(format!("cannot convert '{tn}' object to {name}"))
                            );
                        }
                        Err(e) => return Err(e),
                    };
                    let mut out = Vec::new();
                    while let Some(i) = vm.next(&it)? {
                        let n = vm.index_value(&i)?;
                        if !(0..256).contains(&n) {
                            return Err(vm.value_error(if &*name == "bytearray" {
                                "byte must be in range(0, 256)"
                            } else {
                                "bytes must be in range(0, 256)"
                            }));
                        }
                        out.push(n as u8);
                    }
                    out
                }
            };
            if &*name == "bytes" {
                Ok(Value::Bytes(data.into()))
            } else {
                Ok(Value::ByteArray(Rc::new(RefCell::new(data))))
            }
        }
        "tuple" | "list" if a.pos.len() == 1 && matches!(a.pos[0], Value::Range(_)) => {
            // CPython sizes the result from the length hint first: MemoryError, not a long loop
            if let Some(Value::Range(r)) = a.pos.first() {
                let n = (r.len().max(0) as usize).saturating_mul(std::mem::size_of::<Value>());
                crate::objects::arith::check_alloc(vm, n)?;
            }
            let items = vm.collect(&a.pos[0])?;
            Ok(if &*name == "list" {
                Value::list(crate::objects::list::from_iterable(&a.pos[0], items, true))
            } else {
                Value::tuple(items)
            })
        }
        "tuple" => {
            at_most(vm, &a, 1, "tuple")?;
            match a.pos.first() {
                Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
                Some(v) => Ok(Value::tuple(vm.collect(v)?)),
                None => Ok(Value::tuple(vec![])),
            }
        }
        "list" => {
            at_most(vm, &a, 1, "list")?;
            match a.pos.first() {
                Some(v) => {
                    let items = if matches!(v, Value::Instance(_)) {
                        // a class's own protocol methods run as CPython calls them
                        crate::objects::list::collect_instance(vm, v)?
                    } else {
                        vm.collect(v)?
                    };
                    // list___init__ preallocates exactly for what has a length.
                    let sized = crate::objects::list::is_sized(vm, v);
                    Ok(Value::list(crate::objects::list::from_iterable(
                        v, items, sized,
                    )))
                }
                None => Ok(Value::list(vec![])),
            }
        }
        "dict" => {
            at_most(vm, &a, 1, "dict")?;
            let d = vm.new_dict();
            if let Some(v) = a.pos.first() {
                crate::objects::dict_update_from(vm, &d, v)?;
            }
            for (k, v) in a.kw {
                d.borrow_mut().set_str(&k, v);
            }
            Ok(Value::Dict(d))
        }
        "set" | "frozenset" => {
            at_most(vm, &a, 1, &name)?;
            let s = vm.new_set(Vec::new())?;
            if let Some(v) = a.pos.first() {
                vm.set_update_from(&s, v)?;
            }
            Ok(if &*name == "set" {
                Value::Set(s)
            } else {
                Value::FrozenSet(s)
            })
        }
        "range" => {
            no_kw(vm, &a, "range")?;
            let mut ints = Vec::new();
            let mut exact = Vec::new();
            for v in &a.pos {
                let v = match v {
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => v.clone(),
                    other => Value::Int(vm.index_value(other)?),
                };
                exact.push(vm.to_bigint(&v).unwrap_or_default());
                ints.push(match &v {
                    Value::Int(i) => *i,
                    Value::Bool(b) => *b as i64,
                    // a bound past 64 bits: a saturated stand-in, the exact value in `big`
                    Value::BigInt(b) => {
                        if b.sign() == num_bigint::Sign::Minus {
                            i64::MIN / 2
                        } else {
                            i64::MAX / 2
                        }
                    }
                    _ => 0,
                });
            }
            let big = if exact.iter().any(|b| i64::try_from(b).is_err()) {
                let (zero, one) = (num_bigint::BigInt::from(0), num_bigint::BigInt::from(1));
                let (start, stop, step) = match exact.as_slice() {
                    [stop] => (zero, stop.clone(), one),
                    [start, stop] => (start.clone(), stop.clone(), one),
                    [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
                    _ => (zero.clone(), zero, one),
                };
                Some(Rc::new(crate::objects::misc::BigBounds {
                    start,
                    stop,
                    step,
                }))
            } else {
                None
            };
            let (start, stop, step) = match ints.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
                _ => {
                    return Err(vm.type_error(format!(
                        "range expected at most 3 arguments, got {}",
                        ints.len()
                    )))
                }
            };
            if step == 0 {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            Ok(Value::Range(Rc::new(crate::objects::misc::Range {
                start,
                stop,
                step,
                big,
            })))
        }
        "slice" => {
            let (start, stop, step) = match a.pos.as_slice() {
                [stop] => (Value::None, stop.clone(), Value::None),
                [start, stop] => (start.clone(), stop.clone(), Value::None),
                [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
                _ => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
            };
            Ok(Value::Slice(Rc::new(crate::objects::misc::Slice {
                start,
                stop,
                step,
            })))
        }
        "property" => {
            let get = |i: usize, k: &str, a: &mut Args| {
                a.take_kw(k)
                    .or_else(|| a.pos.get(i).cloned())
                    .unwrap_or(Value::None)
            };
            let fget = get(0, "fget", &mut a);
            let fset = get(1, "fset", &mut a);
            let fdel = get(2, "fdel", &mut a);
            let mut doc = get(3, "doc", &mut a);
            if doc.is_none() && !fget.is_none() {
                doc = vm.getattr(&fget, "__doc__").unwrap_or(Value::None);
            }
            Ok(Value::Property(Rc::new(crate::objects::misc::Property {
                fget,
                fset,
                fdel,
                doc: RefCell::new(doc),
                name: RefCell::new(Value::None),
            })))
        }
        "classmethod" | "staticmethod" => {
            // cm_init / sm_init: one positional argument.
            if !a.kw.is_empty() {
                return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
            }
            if a.pos.len() != 1 {
                let n = a.pos.len();
                return Err(vm.type_error(format!("{name} expected 1 argument, got {n}")));
            }
            let f = Rc::new(RefCell::new(a.pos[0].clone()));
            Ok(if &*name == "classmethod" {
                Value::ClassMethod(f)
            } else {
                Value::StaticMethod(f)
            })
        }
        "super" => super_new(vm, a),
        "enumerate" => {
            let it = a
                .take_kw("iterable")
                .or_else(|| a.pos.first().cloned())
                .unwrap_or(Value::None);
            let start = a
                .take_kw("start")
                .or_else(|| a.pos.get(1).cloned())
                .unwrap_or(Value::Int(0));
            // enum_new: PyNumber_Index(start), then iter(iterable)
            let start = match start {
                Value::Int(_) | Value::BigInt(_) => start,
                other => Value::Int(vm.index_value(&other)?),
            };
            let it = vm.iter(&it)?;
            Ok(Value::Iter(Rc::new(RefCell::new(Iter::Enumerate {
                it,
                count: start,
                result: Value::None,
            }))))
        }
        "zip" => {
            if a.kw.len() > 1 {
                let n = a.kw.len();
                return Err(vm.type_error(format!(
                    "zip() takes at most 1 keyword argument ({n} given)"
                )));
            }
            let strict = match a.take_kw("strict") {
                Some(v) => vm.truthy(&v)?,
                None => false,
            };
            if let Some((k, _)) = a.kw.first() {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for zip()"))
                );
            }
            let mut its = Vec::new();
            for v in a.pos.iter() {
                match vm.iter(v) {
                    Ok(it) => its.push(it),
                    Err(e) if vm.err_is(&e, "TypeError") => {
                        let tn = vm.type_name(v);
                        return Err(vm.type_error(format!("'{tn}' object is not iterable")));
                    }
                    Err(e) => return Err(e),
                }
            }
            Ok(Value::Iter(Rc::new(RefCell::new(Iter::Zip {
                its,
                strict,
                result: Value::None,
            }))))
        }
        "map" => {
            if a.pos.len() < 2 {
                return Err(vm.type_error("map() must have at least two arguments."));
            }
            let func = a.pos[0].clone();
            let mut its = Vec::new();
            for v in &a.pos[1..] {
                its.push(vm.iter(v)?);
            }
            Ok(Value::Iter(Rc::new(RefCell::new(Iter::Map { func, its }))))
        }
        "filter" => {
            if a.pos.len() != 2 {
                return Err(
                    vm.type_error(format!("filter expected 2 arguments, got {}", a.pos.len()))
                );
            }
            let it = vm.iter(&a.pos[1])?;
            Ok(Value::Iter(Rc::new(RefCell::new(Iter::Filter {
                func: a.pos[0].clone(),
                it,
            }))))
        }
        "reversed" => {
            let v = a.pos.first().cloned().unwrap_or(Value::None);
            // an instance's __reversed__, or a class's metaclass's (reversed(SomeEnum))
            if let Value::Instance(_) | Value::Type(_) = &v {
                if let Some(m) = vm.lookup_special(&v, "__reversed__")? {
                    return vm.call(&m, vec![]);
                }
            }
            if let Value::Range(r) = &v {
                if r.big.is_some() {
                    // range_reverse over exact bounds: from the last item down
                    let (start, _, step) = r.exact();
                    let len = r.exact_len();
                    let last = start + (&len - 1) * &step;
                    return Ok(Value::Iter(Rc::new(RefCell::new(Iter::LongRange {
                        next: last,
                        step: -step,
                        remaining: len,
                    }))));
                }
                // range_reverse: a range_iterator running backwards.
                let n = r.len();
                let last = r.start + (n - 1).max(0) * r.step;
                let it = if n == 0 {
                    Iter::Range {
                        next: 0,
                        stop: 0,
                        step: 1,
                    }
                } else {
                    Iter::Range {
                        next: last,
                        stop: r.start - r.step,
                        step: -r.step,
                    }
                };
                return Ok(Value::Iter(Rc::new(RefCell::new(it))));
            }
            let seq = match &v {
                Value::List(_)
                | Value::Tuple(_)
                | Value::Str(_)
                | Value::Bytes(_)
                | Value::Range(_) => v.clone(),
                Value::Dict(d) => Value::list(d.borrow().keys()),
                Value::Instance(_)
                    if vm.lookup_special(&v, "__getitem__")?.is_some()
                        && vm.lookup_special(&v, "__len__")?.is_some() =>
                {
                    let n = vm.len(&v)?;
                    let mut items = Vec::new();
                    items
                        .try_reserve_exact(n)
                        .map_err(|_| crate::objects::arith::no_memory(vm))?;
                    for i in 0..n {
                        items.push(vm.getitem(&v, &Value::Int(i as i64))?);
                    }
                    Value::list(items)
                }
                other => {
                    let tn = vm.type_name(other);
                    return Err(vm.type_error(format!("'{tn}' object is not reversible")));
                }
            };
            let n = vm.len(&seq)? as isize;
            Ok(Value::Iter(Rc::new(RefCell::new(Iter::Reversed {
                seq,
                index: n - 1,
            }))))
        }
        "function" => {
            // types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
            let code = match a.take_kw("code").or_else(|| a.pos.first().cloned()) {
                Some(Value::Code(c)) => c,
                other => {
                    let tn = match &other {
                        Some(v) => vm.type_name(v).to_string(),
                        None => "something else".to_string(),
                    };
                    return Err(
                        vm.type_error(format!("function() argument 'code' must be code, not {tn}"))
                    );
                }
            };
            let globals = match a.take_kw("globals").or_else(|| a.pos.get(1).cloned()) {
                Some(Value::Dict(d)) => d,
                _ => return Err(vm.type_error("function() argument 'globals' must be dict")),
            };
            let name = match a.take_kw("name").or_else(|| a.pos.get(2).cloned()) {
                Some(Value::Str(s)) => s,
                _ => Rc::from(&*code.co.name),
            };
            let defaults = match a.take_kw("argdefs").or_else(|| a.pos.get(3).cloned()) {
                Some(Value::Tuple(t)) => Some(t),
                _ => None,
            };
            // func_new_impl's checks: a closure cell for each free variable
            let nfree = code.co.freevars().len();
            let closure = match a.take_kw("closure").or_else(|| a.pos.get(4).cloned()) {
                Some(Value::Tuple(t)) => Some(t),
                None | Some(Value::None) if nfree > 0 => {
                    return Err(vm.type_error("arg 5 (closure) must be tuple"))
                }
                None | Some(Value::None) => None,
                Some(_) => return Err(vm.type_error("arg 5 (closure) must be None or tuple")),
            };
            let nclosure = closure.as_ref().map_or(0, |t| t.len());
            if nclosure != nfree {
                let msg = format!(
                    "{} requires closure of length {nfree}, not {nclosure}",
                    code.co.name
                );
                return Err(vm.value_error(msg));
            }
            let builtins = match globals.borrow().get_str("__builtins__") {
                Some(Value::Dict(d)) => Some(d),
                Some(Value::Module(m)) => Some(m.dict.clone()),
                _ => None,
            };
            let builtins = builtins.unwrap_or_else(|| vm.builtins.clone());
            let module = globals.borrow().get_str("__name__").unwrap_or(Value::None);
            let func = Rc::new(crate::objects::function::Function {
                name: RefCell::new(name),
                qualname: RefCell::new(Rc::from(&*code.co.qualname)),
                code: RefCell::new(code),
                globals,
                builtins,
                defaults: RefCell::new(defaults),
                kwdefaults: RefCell::new(None),
                closure,
                annotations: RefCell::new(Value::None),
                doc: RefCell::new(Value::None),
                module: RefCell::new(module),
                dict: vm.new_dict(),
            });
            crate::gc::track_function(&func);
            Ok(Value::Function(func))
        }
        "module" => {
            // types.ModuleType(name, doc=None)
            let name = match a.pos.first() {
                Some(Value::Str(s)) => s.clone(),
                Some(other) => {
                    let tn = vm.type_name(other);
                    return Err(vm.type_error(format!(
                        "module.__init__() argument 'name' must be str, not {tn}"
                    )));
                }
                None => {
                    return Err(
                        vm.type_error("module.__init__() missing required argument 'name' (pos 1)")
                    )
                }
            };
            let (m, d) = vm.new_module(&name);
            if let Some(doc) = a.pos.get(1) {
                d.borrow_mut().set_str("__doc__", doc.clone());
            }
            Ok(m)
        }
        "method" => {
            // types.MethodType(func, obj)
            if a.pos.len() != 2 {
                return Err(
                    vm.type_error(format!("method expected 2 arguments, got {}", a.pos.len()))
                );
            }
            if a.pos[1].is_none() {
                return Err(vm.type_error("instance must not be None"));
            }
            Ok(Value::Method(Rc::new(
                crate::objects::function::BoundMethod {
                    func: a.pos[0].clone(),
                    self_: a.pos[1].clone(),
                },
            )))
        }
        "mappingproxy" => crate::objects::mappingproxy::construct(vm, a),
        "code" => crate::objects::code::code_new(vm, a),
        "traceback" => crate::objects::misc::traceback_new(vm, a),
        "memoryview" => {
            let obj = a
                .take_kw("object")
                .or_else(|| a.pos.first().cloned())
                .unwrap_or(Value::None);
            crate::objects::memoryview::new(vm, &obj)
        }
        "cell" => {
            // types.CellType([contents])
            if a.pos.len() > 1 {
                return Err(vm.type_error(format!(
                    "cell expected at most 1 argument, got {}",
                    a.pos.len()
                )));
            }
            Ok(Value::Cell(Rc::new(RefCell::new(a.pos.first().cloned()))))
        }
        "NoneType" | "NotImplementedType" | "ellipsis" => {
            // the singletons' types return the singleton (none_new, notimplemented_new)
            if !a.pos.is_empty() || !a.kw.is_empty() {
                return Err(vm.type_error(format!("{name} takes no arguments")));
            }
            Ok(match &*name {
                "NoneType" => Value::None,
                "NotImplementedType" => Value::NotImplemented,
                _ => Value::Ellipsis,
            })
        }
        _ => match crate::modules::sys::struct_seq_construct(vm, t, &a) {
            Some(r) => r,
            None => {
                // a builtin type with a native __new__ of its own (io.FileIO)
                let own_new = t.dict.borrow().get_str("__new__");
                if let Some(f @ Value::Builtin(_)) = own_new {
                    let mut pos = vec![Value::Type(t.clone())];
                    pos.extend(a.pos.iter().cloned());
                    return vm.call_args(
                        &f,
                        Args {
                            pos: pos.into(),
                            kw: a.kw,
                        },
                    );
                }
                Err(vm.type_error(format!("cannot create '{name}' instances")))
            }
        },
    }
}

pub fn int_new(vm: &mut Vm, x: Option<Value>, base: Option<Value>) -> PyResult<Value> {
    let Some(x) = x else { return Ok(Value::Int(0)) };
    if let Some(b) = base {
        let b = vm.index_value(&b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let s = match &x {
            Value::Str(s) => s.to_string(),
            Value::Bytes(b) => String::from_utf8_lossy(b).to_string(),
            Value::ByteArray(b) => String::from_utf8_lossy(&b.borrow()).to_string(),
            _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
        crate::objects::int::check_str_to_int(vm, &s, b as u32)?;
        return match crate::objects::int::parse_int(&s, b as u32) {
            Some(n) => Ok(Value::from_bigint(n)),
            None => {
                let r = crate::objects::str::repr_str(&s);
                Err(vm.value_error(format!("invalid literal for int() with base {b}: {r}")))
            }
        };
    }
    match &x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            let t = f.trunc();
            if t.abs() < 9.0e18 {
                Ok(Value::Int(t as i64))
            } else {
                Ok(Value::from_bigint(bigint_from_f64(t)))
            }
        }
        Value::Str(s) => match crate::objects::int::check_str_to_int(vm, s, 10)
            .map(|_| crate::objects::int::parse_int(s, 10))?
        {
            Some(n) => Ok(Value::from_bigint(n)),
            None => {
                let r = crate::objects::str::repr_str(s);
                Err(vm.value_error(format!("invalid literal for int() with base 10: {r}")))
            }
        },
        Value::Bytes(_) | Value::ByteArray(_) => {
            let b: Vec<u8> = match &x {
                Value::Bytes(b) => b.to_vec(),
                Value::ByteArray(b) => b.borrow().clone(),
                _ => Vec::new(),
            };
            let b = &b;
            let s = String::from_utf8_lossy(b).to_string();
            crate::objects::int::check_str_to_int(vm, &s, 10)?;
            match crate::objects::int::parse_int(&s, 10) {
                Some(n) => Ok(Value::from_bigint(n)),
                None => {
                    let r = crate::objects::bytes::bytes_repr(b);
                    Err(vm.value_error(format!("invalid literal for int() with base 10: {r}")))
                }
            }
        }
        other => {
            // PyNumber_Long: __int__ and __index__ must answer an int; __trunc__ (deprecated)
            // may answer anything with __index__.
            for m in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = vm.lookup_special(other, m)? {
                    if m == "__trunc__" {
                        vm.warn(
                            "DeprecationWarning",
                            "The delegation of int() to __trunc__ is deprecated.",
                        )?;
                    }
                    let r = vm.call(&f, vec![])?;
                    if matches!(r, Value::Int(_) | Value::BigInt(_)) {
                        return Ok(r);
                    }
                    let as_int = match &r {
                        Value::Bool(b) => Some(Value::Int(*b as i64)),
                        _ => crate::ops::unwrap_base(&r)
                            .filter(|b| matches!(b, Value::Int(_) | Value::BigInt(_))),
                    };
                    if let Some(b) = as_int {
                        if m != "__trunc__" {
                            let tn = vm.type_name(&r);
                            vm.warn(
                                "DeprecationWarning",
                                &format!(
                                    "{m} returned non-int (type {tn}).  The ability to return an \
                                     instance of a strict subclass of int is deprecated, and may \
                                     be removed in a future version of Python."
                                ),
                            )?;
                        }
                        return Ok(b);
                    }
                    if m == "__trunc__" {
                        if let Some(ix) = vm.lookup_special(&r, "__index__")? {
                            let i = vm.call(&ix, vec![])?;
                            if matches!(i, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
                                return int_new(vm, Some(i), None);
                            }
                            let tn = vm.type_name(&i);
                            return Err(
                                vm.type_error(format!("__index__ returned non-int (type {tn})"))
                            );
                        }
                        let tn = vm.type_name(&r);
                        return Err(
                            vm.type_error(format!("__trunc__ returned non-Integral (type {tn})"))
                        );
                    }
                    let tn = vm.type_name(&r);
                    return Err(vm.type_error(format!("{m} returned non-int (type {tn})")));
                }
            }
            // A subclass of a container base (OrderedDict over dict) is named as itself.
            match crate::ops::unwrap_base(other) {
                Some(Value::Dict(_) | Value::List(_) | Value::Tuple(_) | Value::Set(_)) | None => {}
                Some(b) => return int_new(vm, Some(b), None),
            }
            let tn = vm.type_name(other);
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
            )))
        }
    }
}

fn bigint_from_f64(f: f64) -> BigInt {
    let (m, e) = crate::objects::hash::frexp(f);
    let mant = (m * (1u64 << 53) as f64) as i64;
    let b = BigInt::from(mant);
    let shift = e - 53;
    if shift >= 0 {
        b << shift as usize
    } else {
        b >> (-shift) as usize
    }
}

/// `super()` with no arguments: `__class__` cell and the first argument of the frame.
fn super_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() >= 2 {
        return crate::builtins::make_super(vm, &a.pos[0], &a.pos[1]);
    }
    if a.pos.len() == 1 {
        // super(type): unbound (`obj` Null), bound later by its __get__ (super_descr_get).
        let Value::Type(thisclass) = &a.pos[0] else {
            let tn = vm.type_name(&a.pos[0]);
            return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
        };
        return Ok(Value::Super(std::rc::Rc::new(
            crate::objects::misc::Super {
                thisclass: thisclass.clone(),
                obj: Value::Null,
                obj_type: thisclass.clone(),
            },
        )));
    }
    let Some(f) = vm.current_frame() else {
        return Err(vm.new_error("RuntimeError", "super(): no current frame"));
    };
    let (class, first) = {
        let fr = f.borrow();
        let co = &fr.code.co;
        // super_init_without_args: no positional parameter (even with *args) is "no
        // arguments"; a first parameter deleted (`del self`) is "arg[0] deleted".
        let first = if co.argcount > 0 {
            match fr.localsplus.first().cloned().flatten() {
                Some(Value::Cell(c)) => c.borrow().clone(),
                other => other,
            }
            .ok_or("super(): arg[0] deleted")
        } else {
            Err("super(): no arguments")
        };
        let idx = co.localsplusnames.iter().position(|n| &**n == "__class__");
        let class = idx.and_then(|i| match fr.localsplus.get(i).cloned().flatten() {
            Some(Value::Cell(c)) => c.borrow().clone(),
            other => other,
        });
        (class, first)
    };
    let first = match first {
        Ok(first) => first,
        Err(msg) => return Err(vm.new_error("RuntimeError", msg)),
    };
    let Some(class) = class else {
        return Err(vm.new_error("RuntimeError", "super(): __class__ cell not found"));
    };
    crate::builtins::make_super(vm, &class, &first)
}

/// super.__get__(obj, type=None) (`super_descr_get`): an unbound super binds to obj; a bound
/// one, or obj None, is returned as it is.
fn super_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = a.pos.get(1).cloned().unwrap_or(Value::None);
    let owner = a.pos.get(2).cloned().unwrap_or(Value::None);
    if obj.is_none() && owner.is_none() {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    match &a.pos[0] {
        Value::Super(s) => crate::builtins::super_bind(vm, s, &obj),
        other => Ok(other.clone()),
    }
}

// ---- object's methods ----

fn object_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() > 1 || !a.kw.is_empty() {
        let this = &a.pos[0];
        let t = vm.type_of(this);
        let overrides_new = t.lookup("__new__").is_some_and(
            |n| !matches!(&n, Value::Builtin(b) if b.owner.as_deref() == Some("object")),
        );
        // object_init: a class with its own __init__ reached object's with arguments
        let overrides_init = t.lookup("__init__").is_some_and(
            |n| !matches!(&n, Value::Builtin(b) if b.owner.as_deref() == Some("object")),
        );
        if overrides_init {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !overrides_new {
            let tn = crate::vm::Vm::tp_name_of(&t);
            return Err(vm.type_error(format!(
                "{tn}.__init__() takes exactly one argument (the instance to initialize)"
            )));
        }
    }
    Ok(Value::None)
}
fn object_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::str(&vm.default_repr(&a.pos[0])))
}
fn object_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Str(vm.repr(&a.pos[0])?))
}
fn object_eq(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(if a.pos[0].is(&a.pos[1]) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}
fn object_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = vm.compare(&a.pos[0], &a.pos[1], crate::ops::CmpOp::Eq)?;
    Ok(match r {
        Value::NotImplemented => r,
        v => Value::Bool(!vm.truthy(&v)?),
    })
}
fn object_hash(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int((a.pos[0].id() >> 4) as i64))
}
fn object_setattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = a.pos[1].as_str().unwrap_or("").to_string();
    vm.generic_setattr(&a.pos[0], &name, Some(a.pos[2].clone()))?;
    Ok(Value::None)
}
fn object_delattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = a.pos[1].as_str().unwrap_or("").to_string();
    vm.generic_setattr(&a.pos[0], &name, None)?;
    Ok(Value::None)
}
fn object_getattribute(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = a.pos[1].as_str().unwrap_or("").to_string();
    match vm.generic_getattr(&a.pos[0], &name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&a.pos[0], &name)),
    }
}
fn object_init_subclass(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !a.kw.is_empty() || a.pos.len() > 1 {
        let qn = match a.pos.first() {
            Some(Value::Type(t)) => t.qualname.borrow().to_string(),
            _ => "object".to_string(),
        };
        return Err(vm.type_error(format!(
            "{qn}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}
fn object_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let spec = a
        .pos
        .get(1)
        .and_then(|s| s.as_str().map(String::from))
        .unwrap_or_default();
    if !spec.is_empty() {
        let tn = vm.type_name(&a.pos[0]);
        return Err(vm.type_error(format!(
            "unsupported format string passed to {tn}.__format__"
        )));
    }
    Ok(Value::Str(vm.str(&a.pos[0])?))
}
fn object_dir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let names = crate::builtins::functions::default_dir(vm, &a.pos[0]);
    Ok(Value::list(
        names.into_iter().map(|n| Value::str(&n)).collect(),
    ))
}
/// `object.__sizeof__`: CPython's basic size of the instance (`tp_basicsize`, plus the items).
/// `object.__sizeof__()`, which every builtin type here shares: CPython's figure for the
/// value's own type (`crate::modules::sys::sizeof_parts`), or NotImplementedError naming
/// the type where pydive does not model it.
fn object_sizeof(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = a.pos.first().cloned().unwrap_or(Value::None);
    match crate::modules::sys::sizeof_parts(vm, &obj) {
        Some((basic, _)) => Ok(Value::Int(basic)),
        None => {
            let tn = vm.type_name(&obj);
            Err(vm.not_implemented(&format!("{tn}.__sizeof__()")))
        }
    }
}
fn object_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    object_reduce_default(vm, &a)
}
fn object_getstate(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(match &a.pos[0] {
        Value::Instance(i) => match &i.dict() {
            Some(d) if !d.borrow().is_empty() => Value::Dict(d.clone()),
            _ => Value::None,
        },
        _ => Value::None,
    })
}
fn object_subclasshook(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::NotImplemented)
}
fn object_reduce_ex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // object___reduce_ex__: a __reduce__ of the type's own (set, frozenset, a class's
    // method) is what it returns
    let t = vm.type_of(&a.pos[0]);
    let own = vm.types.object.lookup("__reduce__");
    if let (Some(r), Some(own)) = (t.lookup("__reduce__"), own) {
        if !r.is(&own) {
            return vm.call_method(&a.pos[0], "__reduce__", vec![]);
        }
    }
    object_reduce_default(vm, &a)
}
fn object_reduce_default(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = vm.type_of(&a.pos[0]);
    Ok(Value::tuple(vec![Value::Type(t), Value::tuple(vec![])]))
}

// ---- type's methods ----

fn type_mro(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    match &a.pos[0] {
        Value::Type(t) => Ok(Value::list(
            t.mro
                .borrow()
                .iter()
                .map(|x| Value::Type(x.clone()))
                .collect(),
        )),
        _ => Ok(Value::list(vec![])),
    }
}
fn type_instancecheck(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match &a.pos[0] {
        Value::Type(t) => {
            let v = &a.pos[1];
            let r = vm.type_of(v).is_subtype(t) || vm.isinstance_via_class(v, t)?;
            Ok(Value::Bool(r))
        }
        _ => Ok(Value::Bool(false)),
    }
}
fn type_subclasscheck(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    match (&a.pos[0], &a.pos[1]) {
        (Value::Type(t), Value::Type(c)) => Ok(Value::Bool(c.is_subtype(t))),
        _ => Ok(Value::Bool(false)),
    }
}
fn type_prepare(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Dict(vm.new_dict()))
}
thread_local! {
    /// Every class made by a class statement or type(name, bases, ns), weakly, in creation
    /// order: what type.__subclasses__ scans (CPython keeps tp_subclasses per base instead).
    static CLASSES: std::cell::RefCell<Vec<std::rc::Weak<crate::objects::typeobj::Type>>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Records a new class for `__subclasses__` (called once its bases are set).
pub fn note_class(t: &std::rc::Rc<crate::objects::typeobj::Type>) {
    CLASSES.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= 64 && c.len().is_power_of_two() {
            c.retain(|w| w.strong_count() > 0);
        }
        c.push(std::rc::Rc::downgrade(t));
    });
}

/// `t`, whose `__bases__` changed, goes to the end of the creation order, as CPython removes
/// it from its old bases' subclass lists and adds it to the new ones' ends.
pub fn note_class_again(t: &std::rc::Rc<crate::objects::typeobj::Type>) {
    CLASSES.with(|c| {
        let mut c = c.borrow_mut();
        c.retain(|w| !std::ptr::eq(w.as_ptr(), std::rc::Rc::as_ptr(t)));
        c.push(std::rc::Rc::downgrade(t));
    });
}

/// Every live class that has `t` in its MRO (not `t` itself), bases before their subclasses.
pub fn subclasses_below(
    t: &std::rc::Rc<crate::objects::typeobj::Type>,
) -> Vec<std::rc::Rc<crate::objects::typeobj::Type>> {
    let mut found: Vec<std::rc::Rc<crate::objects::typeobj::Type>> = CLASSES.with(|c| {
        c.borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .filter(|c| !std::rc::Rc::ptr_eq(c, t) && c.is_subtype(t))
            .collect()
    });
    // a class's MRO is longer than each of its bases'
    found.sort_by_key(|c| c.mro.borrow().len());
    found
}

/// type.__subclasses__(): the live classes that name this one among their direct bases.
fn type_subclasses(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Type(base)) = a.pos.first() else {
        return Err(vm.type_error("descriptor '__subclasses__' requires a 'type' object"));
    };
    let found: Vec<Value> = CLASSES.with(|c| {
        c.borrow()
            .iter()
            .filter_map(|w| w.upgrade())
            .filter(|t| {
                t.bases
                    .borrow()
                    .iter()
                    .any(|b| std::rc::Rc::ptr_eq(b, base))
            })
            .map(Value::Type)
            .collect()
    });
    Ok(Value::list(found))
}
fn type_repr(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    match &a.pos[0] {
        Value::Type(t) => Ok(Value::str(&crate::objects::str::type_repr(t))),
        _ => Ok(Value::str("?")),
    }
}

pub fn init(vm: &mut Vm) {
    let o = vm.types.object.clone();
    let methods: &[(&str, crate::objects::function::NativeFn)] = &[
        ("__init__", object_init),
        ("__repr__", object_repr),
        ("__str__", object_str),
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__hash__", object_hash),
        ("__setattr__", object_setattr),
        ("__delattr__", object_delattr),
        ("__getattribute__", object_getattribute),
        ("__format__", object_format),
        ("__dir__", object_dir),
        ("__reduce_ex__", object_reduce_ex),
        ("__reduce__", object_reduce),
        ("__sizeof__", object_sizeof),
        ("__getstate__", object_getstate),
    ];
    for (n, f) in methods {
        vm.add_method(&o, n, *f);
    }
    vm.add_staticmethod(&o, "__new__", crate::objects::typecall::object_new);
    vm.add_classmethod(&o, "__init_subclass__", object_init_subclass);
    vm.add_classmethod(&o, "__subclasshook__", object_subclasshook);
    // object.__lt__ etc. return NotImplemented
    for n in ["__lt__", "__le__", "__gt__", "__ge__"] {
        vm.add_method(&o, n, |_, _| Ok(Value::NotImplemented));
    }
    let t = vm.types.type_.clone();
    vm.add_method(&t, "mro", type_mro);
    vm.add_method(&t, "__instancecheck__", type_instancecheck);
    vm.add_method(&t, "__subclasscheck__", type_subclasscheck);
    vm.add_method(&t, "__subclasses__", type_subclasses);
    let s = vm.types.super_.clone();
    vm.add_method(&s, "__get__", super_get);
    vm.add_method(&t, "__call__", crate::objects::typecall::type_dunder_call);
    vm.add_method(&t, "__repr__", type_repr);
    vm.add_classmethod(&t, "__prepare__", type_prepare);
    vm.add_staticmethod(&t, "__new__", crate::objects::typecall::type_new);
    vm.add_method(&t, "__init__", |_, _| Ok(Value::None));
    // int.__new__ etc. for subclasses of builtins
    for ty in [
        vm.types.int.clone(),
        vm.types.float.clone(),
        vm.types.str_.clone(),
        vm.types.tuple.clone(),
        vm.types.bytes.clone(),
        vm.types.frozenset.clone(),
        vm.types.list.clone(),
        vm.types.dict.clone(),
        vm.types.set.clone(),
        vm.types.classmethod.clone(),
        vm.types.staticmethod.clone(),
    ] {
        vm.add_staticmethod(&ty, "__new__", builtin_subclass_new);
    }
    // The iterator types a class may derive from (`class Z(zip)`): their `__new__` makes
    // the iterator, which the subclass's instance wraps.
    for name in ["enumerate", "zip", "map", "filter", "reversed"] {
        let ty = vm.builtins.borrow().get_str(name);
        if let Some(Value::Type(ty)) = ty {
            vm.add_staticmethod(&ty, "__new__", builtin_subclass_new);
        }
    }
    for ty in [vm.types.list.clone(), vm.types.set.clone()] {
        vm.add_method(&ty, "__init__", seq_init);
    }
}

/// `int.__new__(cls, *args)` and friends: a builtin value, wrapped when `cls` is a subclass.
fn builtin_subclass_new(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let Some(Value::Type(cls)) = a.pos.first().cloned() else {
        return Err(vm.type_error("__new__(X): X is not a type object"));
    };
    a.pos.remove(0);
    let Some(base) = crate::objects::typecall::solid_base(vm, &cls) else {
        return construct(vm, &cls, a);
    };
    // mutable containers are filled by __init__, not __new__
    let mutable = ["list", "dict", "set"].contains(&&*base.name());
    // These types' `__new__` refuses keywords only for the type itself or a subclass that
    // keeps its `__init__` (`type->tp_init == X.tp_init`): a subclass's own `__init__`
    // takes them.
    if !a.kw.is_empty()
        && ["map", "filter", "reversed", "tuple", "frozenset", "float"].contains(&&*base.name())
        && cls.lookup("__init__").is_some_and(
            |i| !matches!(&i, Value::Builtin(b) if b.owner.as_deref() == Some("object")),
        )
    {
        a.kw.clear();
    }
    let v = if mutable {
        construct(vm, &base, Args::default())?
    } else {
        construct(vm, &base, a)?
    };
    if Rc::ptr_eq(&cls, &base) {
        return Ok(v);
    }
    let inst = crate::ops::new_instance(vm, &cls);
    if let Value::Instance(i) = &inst {
        i.set_base(Some(v));
    }
    Ok(inst)
}

/// `list.__init__(self, iterable)` / `set.__init__`.
fn seq_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = a.pos[0].clone();
    let target = crate::ops::unwrap_base(&this).unwrap_or(this);
    match (&target, a.pos.get(1)) {
        (Value::List(l), src) => {
            // list___init___impl: list_clear (last item released first), then extend
            let old = std::mem::take(&mut *l.borrow_mut());
            crate::value::drop_last_first(old);
            if let Some(src) = src {
                let items = vm.collect(src)?;
                l.borrow_mut().extend(items);
            }
        }
        (Value::Set(s), src) => {
            s.borrow_mut().clear();
            if let Some(src) = src {
                for k in vm.collect(src)? {
                    vm.set_add(s, k)?;
                }
            }
        }
        _ => {}
    }
    Ok(Value::None)
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode decimal digits become ASCII digits and
/// Unicode spaces plain spaces, so float('١.٥') reads as float('1.5').
fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    std::borrow::Cow::Owned(
        s.chars()
            .map(|c| match crate::objects::int::unicode_decimal(c) {
                Some(d) => char::from(b'0' + d as u8),
                None if crate::objects::str::py_space(c) => ' ',
                None => c,
            })
            .collect(),
    )
}
