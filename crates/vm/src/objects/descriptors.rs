//! Descriptor objects of builtin types seen from Python (`FunctionType.__code__` is a
//! getset_descriptor), and `X | Y` union types.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::typeobj::{Layout, Type};
use crate::value::Value;
use crate::vm::Vm;

thread_local! {
    static GETSET: Rc<Type> = Type::new_builtin("getset_descriptor", None, Layout::Object);
    static MEMBER: Rc<Type> = Type::new_builtin("member_descriptor", None, Layout::Object);
    static UNION: Rc<Type> = {
        let t = Type::new_builtin("UnionType", None, Layout::Object);
        // repr(types.UnionType) is "<class 'types.UnionType'>".
        t.dict.borrow_mut().set_str("__module__", Value::str("types"));
        t
    };
}

fn instance_of(t: Rc<Type>, base: Value) -> Value {
    Value::Instance(Rc::new(crate::objects::instance::Instance::new(
        t,
        Some(Rc::new(RefCell::new(crate::objects::dict::Dict::new()))),
        Vec::new(),
        Some(base),
        None,
    )))
}

/// The data attributes of a builtin type's instances that the VM answers (objects/attrs.rs),
/// split as CPython 3.12 declares them: getset descriptors, then member descriptors. One
/// table for `T.attr` (the descriptor object) and `dir()`.
pub fn builtin_attribute_names(
    type_name: &str,
) -> (&'static [&'static str], &'static [&'static str]) {
    match type_name {
        "function" => (
            &[
                "__annotations__",
                "__code__",
                "__defaults__",
                "__dict__",
                "__kwdefaults__",
                "__name__",
                "__qualname__",
                "__type_params__",
            ],
            &[
                "__builtins__",
                "__closure__",
                "__doc__",
                "__globals__",
                "__module__",
            ],
        ),
        "method" => (&[], &["__func__", "__self__"]),
        "builtin_function_or_method" => {
            (&["__name__", "__qualname__", "__self__"], &["__module__"])
        }
        "int" => (&["denominator", "imag", "numerator", "real"], &[]),
        "float" => (&["imag", "real"], &[]),
        "complex" => (&[], &["imag", "real"]),
        "generator" => (
            &[
                "__name__",
                "__qualname__",
                "gi_code",
                "gi_frame",
                "gi_running",
                "gi_suspended",
                "gi_yieldfrom",
            ],
            &[],
        ),
        "coroutine" => (
            &[
                "__name__",
                "__qualname__",
                "cr_await",
                "cr_code",
                "cr_frame",
                "cr_running",
                "cr_suspended",
            ],
            &["cr_origin"],
        ),
        "async_generator" => (
            &[
                "__name__",
                "__qualname__",
                "ag_await",
                "ag_code",
                "ag_frame",
                "ag_suspended",
            ],
            &["ag_running"],
        ),
        "range" | "slice" => (&[], &["start", "step", "stop"]),
        "property" => (&["__isabstractmethod__"], &["fdel", "fget", "fset"]),
        "super" => (&[], &["__self__", "__self_class__", "__thisclass__"]),
        "BaseException" => (
            &[
                "__cause__",
                "__context__",
                "__dict__",
                "__traceback__",
                "args",
            ],
            &["__suppress_context__"],
        ),
        "staticmethod" | "classmethod" => (&["__isabstractmethod__"], &["__func__", "__wrapped__"]),
        "code" => (
            &[
                "_co_code_adaptive",
                "co_cellvars",
                "co_code",
                "co_freevars",
                "co_lnotab",
                "co_varnames",
            ],
            &[
                "co_argcount",
                "co_consts",
                "co_exceptiontable",
                "co_filename",
                "co_firstlineno",
                "co_flags",
                "co_kwonlyargcount",
                "co_linetable",
                "co_name",
                "co_names",
                "co_nlocals",
                "co_posonlyargcount",
                "co_qualname",
                "co_stacksize",
            ],
        ),
        "frame" => (
            &[
                "f_back",
                "f_builtins",
                "f_code",
                "f_globals",
                "f_lasti",
                "f_lineno",
                "f_locals",
                "f_trace",
                "f_trace_opcodes",
            ],
            &["f_trace_lines"],
        ),
        "traceback" => (&["tb_lineno", "tb_next"], &["tb_frame", "tb_lasti"]),
        "type" => (
            &[
                "__bases__",
                "__dict__",
                "__module__",
                "__mro__",
                "__name__",
                "__qualname__",
            ],
            &["__base__"],
        ),
        _ => (&[], &[]),
    }
}

/// The descriptor object for a data attribute of a builtin type's instances
/// (`types.FunctionType.__code__`, `int.real`): `<attribute 'real' of 'int' objects>`.
pub fn builtin_data_descriptor(_vm: &mut Vm, t: &Rc<Type>, name: &str) -> Option<Value> {
    let owner = t.name();
    let (getset, member) = builtin_attribute_names(&owner);
    let ty = if getset.contains(&name) {
        GETSET.with(|t| t.clone())
    } else if member.contains(&name) {
        MEMBER.with(|t| t.clone())
    } else {
        return None;
    };
    Some(instance_of(
        ty,
        Value::tuple(vec![Value::str(name), Value::str(&owner)]),
    ))
}

/// The `member_descriptor` a class gets for each name of its own `__slots__`.
pub fn slot_member(name: &str, owner: &str) -> Value {
    instance_of(
        MEMBER.with(|t| t.clone()),
        Value::tuple(vec![Value::str(name), Value::str(owner)]),
    )
}

/// The `getset_descriptor` a class gets for `__dict__` / `__weakref__` when it introduces
/// them (objects/mappingproxy.rs `add_class_getsets`).
pub fn class_getset(name: &str, owner: &str) -> Value {
    instance_of(
        GETSET.with(|t| t.clone()),
        Value::tuple(vec![Value::str(name), Value::str(owner)]),
    )
}

/// Is `v` a getset descriptor (of a class or a builtin type)?
pub fn is_getset(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if GETSET.with(|t| Rc::ptr_eq(t, &i.class())))
}

fn member_parts(d: &Value) -> (String, String) {
    let base = match d {
        Value::Instance(i) => i.base(),
        _ => None,
    };
    match base {
        Some(Value::Tuple(t)) if t.len() == 2 => (
            t[0].as_str().unwrap_or("").to_string(),
            t[1].as_str().unwrap_or("").to_string(),
        ),
        _ => (String::new(), String::new()),
    }
}

/// `member.__get__(obj, owner)`: the descriptor itself from the class, the slot's value from
/// an instance.
fn member_get(vm: &mut Vm, a: crate::objects::function::Args) -> crate::vm::PyResult<Value> {
    let d = a.pos[0].clone();
    match a.pos.get(1) {
        None | Some(Value::None) => Ok(d),
        Some(obj) => {
            let (name, _) = member_parts(&d);
            let obj = obj.clone();
            if is_getset(&d) && (name == "__weakref__" || name == "__dict__") {
                // A class's own getsets (a data descriptor: asking getattr would come back
                // here). No weakref list is kept on the object: CPython's value when none
                // is alive.
                if name == "__weakref__" {
                    return Ok(Value::None);
                }
                return match crate::objects::attrs::builtin_attr(vm, &obj, &name)? {
                    Some(v) => Ok(v),
                    None => Err(vm.no_attribute(&obj, &name)),
                };
            }
            vm.getattr(&obj, &name)
        }
    }
}

/// `getset.__set__(obj, value)`: an instance's `__dict__` is replaced by the new dict (it is
/// the instance's dict afterwards, as in CPython); `__weakref__` is read-only.
fn getset_set(vm: &mut Vm, a: crate::objects::function::Args) -> crate::vm::PyResult<Value> {
    let (name, owner) = member_parts(&a.pos[0]);
    let obj = a.pos[1].clone();
    let value = a.pos.get(2).cloned().unwrap_or(Value::None);
    match (name.as_str(), &obj) {
        ("__dict__", Value::Instance(i)) if i.has_dict() => {
            let new = match &value {
                Value::Dict(new) => new.clone(),
                // A dict subclass: its dict storage.
                Value::Instance(o)
                    if matches!(&o.base(), Some(Value::Dict(_)))
                        && vm.type_of(&value).is_subtype(&vm.types.dict) =>
                {
                    match &o.base() {
                        Some(Value::Dict(d)) => d.clone(),
                        _ => unreachable!(),
                    }
                }
                _ => {
                    let tn = vm.type_name(&value);
                    return Err(vm.type_error(format!(
                        "__dict__ must be set to a dictionary, not a '{tn}'"
                    )));
                }
            };
            let old = i.set_dict(new);
            drop(old);
            Ok(Value::None)
        }
        ("__dict__" | "__weakref__", _) => Err(vm.attribute_error(format!(
            "attribute '{name}' of '{owner}' objects is not writable"
        ))),
        _ => {
            vm.setattr(&obj, &name, value)?;
            Ok(Value::None)
        }
    }
}

/// `getset.__delete__(obj)`: `del o.__dict__` gives the instance a new empty dict (CPython
/// 3.12 clears the pointer and makes one on the next use); `__weakref__` is read-only.
fn getset_delete(vm: &mut Vm, a: crate::objects::function::Args) -> crate::vm::PyResult<Value> {
    let (name, owner) = member_parts(&a.pos[0]);
    let obj = a.pos[1].clone();
    match (name.as_str(), &obj) {
        ("__dict__", Value::Instance(i)) if i.has_dict() => {
            let old = i.set_dict(vm.new_dict());
            drop(old);
            Ok(Value::None)
        }
        _ => Err(vm.attribute_error(format!(
            "attribute '{name}' of '{owner}' objects is not writable"
        ))),
    }
}

fn getset_repr(_vm: &mut Vm, a: crate::objects::function::Args) -> crate::vm::PyResult<Value> {
    let (name, owner) = member_parts(&a.pos[0]);
    Ok(Value::str(&format!(
        "<attribute '{name}' of '{owner}' objects>"
    )))
}

fn member_repr(_vm: &mut Vm, a: crate::objects::function::Args) -> crate::vm::PyResult<Value> {
    let (name, owner) = member_parts(&a.pos[0]);
    Ok(Value::str(&format!(
        "<member '{name}' of '{owner}' objects>"
    )))
}

/// What `_Py_union_type_or` accepts: classes, None, unions and `types.GenericAlias`
/// (`list[int]`, made by lib/types.py).
pub fn is_union_operand(v: &Value) -> bool {
    matches!(v, Value::Type(_) | Value::None)
        || union_args(v).is_some()
        || matches!(v, Value::Instance(i) if is_generic_alias(&i.class()) || is_type_alias(&i.class()))
}

/// `typing.TypeAliasType` (lib/typing.py), what a `type X = ...` statement makes.
fn is_type_alias(t: &Rc<Type>) -> bool {
    &*t.name() == "TypeAliasType"
        && t.dict
            .borrow()
            .get_str("__module__")
            .is_some_and(|m| matches!(&m, Value::Str(s) if &**s == "typing"))
}

fn is_generic_alias(t: &Rc<Type>) -> bool {
    &*t.name() == "GenericAlias"
        && t.dict
            .borrow()
            .get_str("__module__")
            .is_some_and(|m| matches!(&m, Value::Str(s) if &**s == "types"))
}

/// `X | Y` for classes: a `types.UnionType` with `__args__`.
pub fn make_union(_vm: &mut Vm, a: &Value, b: &Value) -> Value {
    let mut args = Vec::new();
    for v in [a, b] {
        match union_args(v) {
            Some(Value::Tuple(t)) => args.extend(t.iter().cloned()),
            _ => {
                let v = if v.is_none() {
                    Value::Type(_vm.types.none.clone())
                } else {
                    v.clone()
                };
                if !args.iter().any(|x: &Value| x.is(&v)) {
                    args.push(v)
                }
            }
        }
    }
    let t = Value::tuple(args);
    let u = instance_of(UNION.with(|t| t.clone()), t.clone());
    if let Value::Instance(i) = &u {
        if let Some(d) = &i.dict() {
            d.borrow_mut().set_str("__args__", t);
        }
    }
    u
}

/// The `__args__` of a union object.
pub fn union_args(v: &Value) -> Option<Value> {
    let Value::Instance(i) = v else { return None };
    let is_union = UNION.with(|t| Rc::ptr_eq(t, &i.class()));
    if is_union {
        i.base()
    } else {
        None
    }
}

// ---- property, classmethod, staticmethod methods ----

use crate::objects::function::Args;
use crate::objects::misc::Property;
use crate::vm::PyResult;

fn prop_with(vm: &mut Vm, a: &Args, which: usize) -> PyResult<Value> {
    let this = cm_value(&a.pos[0]);
    let Value::Property(p) = &this else {
        return Err(vm.type_error("descriptor requires a property"));
    };
    let f = a.pos.get(1).cloned().unwrap_or(Value::None);
    let (mut g, mut s, mut d) = (p.fget.clone(), p.fset.clone(), p.fdel.clone());
    match which {
        0 => g = f,
        1 => s = f,
        _ => d = f,
    }
    let doc = p.doc.borrow().clone();
    let doc = if which == 0 && doc.is_none() {
        vm.getattr(&g, "__doc__").unwrap_or(Value::None)
    } else {
        doc
    };
    if let Value::Instance(i) = &a.pos[0] {
        // a subclass's copy is made by calling the subclass (property_copy)
        let doc = if which == 0 { Value::None } else { doc };
        return vm.call(&Value::Type(i.class()), vec![g, s, d, doc]);
    }
    let r = Value::Property(Rc::new(Property {
        fget: g,
        fset: s,
        fdel: d,
        doc: RefCell::new(doc),
        name: RefCell::new(p.name.borrow().clone()),
    }));
    Ok(r)
}
fn prop_getter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    prop_with(vm, &a, 0)
}
fn prop_setter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    prop_with(vm, &a, 1)
}
fn prop_deleter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    prop_with(vm, &a, 2)
}
fn prop_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = a.pos.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(a.pos[0].clone());
    }
    let owner = vm.type_of(&obj);
    vm.descr_get(&cm_value(&a.pos[0]), &obj, &owner)
}
fn prop_set(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = cm_value(&a.pos[0]);
    if !matches!(this, Value::Property(_)) {
        return Ok(Value::None);
    }
    vm.descr_set(&this, &a.pos[1], Some(a.pos[2].clone()))?;
    Ok(Value::None)
}
fn prop_delete(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = cm_value(&a.pos[0]);
    if !matches!(this, Value::Property(_)) {
        return Ok(Value::None);
    }
    vm.descr_set(&this, &a.pos[1], None)?;
    Ok(Value::None)
}
/// `property.__init__(self, fget=None, fset=None, fdel=None, doc=None)`: what a subclass's
/// instance (or its `super().__init__(...)`) reaches; the property it stands for is its base.
fn prop_init(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let this = a.pos.remove(0);
    let mut get = |i: usize, k: &str| {
        a.take_kw(k)
            .or_else(|| a.pos.get(i).cloned())
            .unwrap_or(Value::None)
    };
    let (fget, fset, fdel, mut doc) = (
        get(0, "fget"),
        get(1, "fset"),
        get(2, "fdel"),
        get(3, "doc"),
    );
    if doc.is_none() && !fget.is_none() {
        doc = vm.getattr(&fget, "__doc__").unwrap_or(Value::None);
    }
    if let Value::Instance(i) = &this {
        i.set_base(Some(Value::Property(Rc::new(Property {
            fget,
            fset,
            fdel,
            doc: RefCell::new(doc.clone()),
            name: RefCell::new(Value::None),
        }))));
        if let Some(d) = &i.dict() {
            // as CPython, a subclass instance keeps its doc in its __dict__
            d.borrow_mut().set_str("__doc__", doc);
        }
    }
    Ok(Value::None)
}
fn prop_set_name(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let Value::Property(p) = &cm_value(&a.pos[0]) {
        *p.name.borrow_mut() = a.pos.get(2).cloned().unwrap_or(Value::None);
    }
    Ok(Value::None)
}
/// The classmethod or staticmethod `v` is, or (an instance of a subclass such as
/// abc.abstractclassmethod) holds.
fn cm_value(v: &Value) -> Value {
    crate::ops::unwrap_base(v).unwrap_or_else(|| v.clone())
}
fn cm_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = a.pos.get(1).cloned().unwrap_or(Value::None);
    let owner = match a.pos.get(2) {
        Some(Value::Type(t)) => t.clone(),
        _ => vm.type_of(&obj),
    };
    vm.descr_get(&cm_value(&a.pos[0]), &obj, &owner)
}
fn sm_call(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let this = cm_value(&a.pos.remove(0));
    match &this {
        Value::StaticMethod(f) => {
            let f = f.borrow().clone();
            vm.call_args(&f, a)
        }
        _ => vm.call_args(&this, a),
    }
}
/// `classmethod.__init__(self, callable)` / `staticmethod.__init__` (cm_init, sm_init): what a
/// subclass's `super().__init__(f)` reaches.
fn cm_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = cm_value(&a.pos[0]);
    let name = match this {
        Value::StaticMethod(_) => "staticmethod",
        _ => "classmethod",
    };
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if a.pos.len() != 2 {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!("{name} expected 1 argument, got {n}")));
    }
    if let Value::ClassMethod(f) | Value::StaticMethod(f) = this {
        *f.borrow_mut() = a.pos[1].clone();
    }
    Ok(Value::None)
}

fn func_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = a.pos.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(a.pos[0].clone());
    }
    let owner = vm.type_of(&obj);
    vm.descr_get(&a.pos[0], &obj, &owner)
}
fn func_call(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let this = a.pos.remove(0);
    vm.call_args(&this, a)
}

pub fn init(vm: &mut Vm) {
    for t in [
        vm.types.function.clone(),
        vm.types.method_descriptor.clone(),
        vm.types.classmethod_descriptor.clone(),
        vm.types.wrapper_descriptor.clone(),
    ] {
        vm.add_method(&t, "__get__", func_get);
    }
    for t in [
        vm.types.function.clone(),
        vm.types.builtin_function.clone(),
        vm.types.method.clone(),
        vm.types.method_descriptor.clone(),
        vm.types.wrapper_descriptor.clone(),
        vm.types.method_wrapper.clone(),
    ] {
        vm.add_method(&t, "__call__", func_call);
    }
    let m = vm.types.method.clone();
    vm.add_method(&m, "__reduce__", method_reduce);
    vm.add_method(&m, "__eq__", |vm, a| method_compare(vm, a, "__eq__"));
    vm.add_method(&m, "__ne__", |vm, a| method_compare(vm, a, "__ne__"));
    vm.add_method(&m, "__hash__", |vm, a| {
        let me = method_self(vm, &a, "__hash__")?;
        Ok(Value::Int(vm.hash(&me)?))
    });
    let p = vm.types.property.clone();
    vm.add_method(&p, "getter", prop_getter);
    vm.add_method(&p, "setter", prop_setter);
    vm.add_method(&p, "deleter", prop_deleter);
    vm.add_method(&p, "__get__", prop_get);
    vm.add_method(&p, "__set__", prop_set);
    vm.add_method(&p, "__delete__", prop_delete);
    vm.add_method(&p, "__init__", prop_init);
    vm.add_method(&p, "__set_name__", prop_set_name);
    let c = vm.types.classmethod.clone();
    vm.add_method(&c, "__get__", cm_get);
    vm.add_method(&c, "__init__", cm_init);
    let s = vm.types.staticmethod.clone();
    vm.add_method(&s, "__get__", cm_get);
    vm.add_method(&s, "__init__", cm_init);
    let m = MEMBER.with(|t| t.clone());
    vm.add_method(&m, "__get__", member_get);
    vm.add_method(&m, "__repr__", member_repr);
    let g = GETSET.with(|t| t.clone());
    vm.add_method(&g, "__get__", member_get);
    vm.add_method(&g, "__set__", getset_set);
    vm.add_method(&g, "__delete__", getset_delete);
    vm.add_method(&g, "__repr__", getset_repr);
    vm.add_method(&s, "__call__", sm_call);
}

/// `method.__reduce__()`: `(getattr, (obj, name))`, so that copy and pickle rebuild a bound
/// method by looking its name up on the same object again (meth_reduce).
fn method_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Method(m)) = a.pos.first() else {
        let got = a.pos.first().map_or("nothing".into(), |v| vm.type_name(v));
        return Err(vm.type_error(format!(
            "descriptor '__reduce__' for 'method' objects doesn't apply to a '{got}' object"
        )));
    };
    let (self_, func) = (m.self_.clone(), m.func.clone());
    let name = vm.getattr(&func, "__name__")?;
    let getattr = vm
        .builtins
        .borrow()
        .get_str("getattr")
        .unwrap_or(Value::None);
    Ok(Value::tuple(vec![getattr, Value::tuple(vec![self_, name])]))
}

/// The method a slot wrapper of the method type was called on, or wrapperdescr_call's error.
fn method_self(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    match a.pos.first() {
        Some(me @ Value::Method(_)) => Ok(me.clone()),
        other => {
            let got = other.map_or("nothing".into(), |v| vm.type_name(v));
            Err(vm.type_error(format!(
                "descriptor '{name}' requires a 'method' object but received a '{got}'"
            )))
        }
    }
}

/// `method.__eq__` / `__ne__` (meth_richcompare): the same object bound to the same
/// function; NotImplemented for anything but a method.
fn method_compare(vm: &mut Vm, a: Args, name: &str) -> PyResult<Value> {
    let me = method_self(vm, &a, name)?;
    let [_, other] = &a.pos[..] else {
        return Err(vm.type_error(format!("expected 1 argument, got {}", a.pos.len() - 1)));
    };
    if !matches!(other, Value::Method(_)) {
        return Ok(Value::NotImplemented);
    }
    let same = vm.eq(&me, other)?;
    Ok(Value::Bool(same == (name == "__eq__")))
}
