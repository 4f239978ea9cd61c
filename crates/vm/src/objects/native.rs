//! Native state of objects implemented in Rust outside the core value types (a
//! `collections.deque`, a `contextvars.Context`): the object is an `Instance` of its type
//! (so subclasses, `__dict__`, weak references and the cycle collector work as for any
//! instance) whose `base` holds a `Value::Native` with the Rust data. Python code never sees
//! a `Value::Native` itself.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::function::{Args, NativeFn};
use crate::objects::typeobj::{Layout, Type};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The Rust data of a native object.
pub trait NativeData: Any {
    /// `tp_traverse`: call `visit` on each value held. Returns false when the data is in use
    /// (a `RefCell` of it is mutably borrowed): the collector then keeps it alive.
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) -> bool;
    /// `tp_clear`: move the values held into `trash` (the collector breaks a cycle).
    fn clear(&self, trash: &mut Vec<Value>);
}

/// The native data of type `T` of `v` (an instance whose `base` holds it), if any.
pub fn data_of<T: NativeData>(v: &Value) -> Option<Rc<T>> {
    let Value::Instance(i) = v else { return None };
    let n = i.with_base(|b| match b {
        Some(Value::Native(n)) => Some(n.clone()),
        _ => None,
    })?;
    let any: Rc<dyn Any> = n;
    any.downcast::<T>().ok()
}

/// A new instance of `ty` holding `data`.
pub fn new_object(vm: &Vm, ty: &Rc<Type>, data: Rc<dyn NativeData>) -> Value {
    let inst = crate::ops::new_instance(vm, ty);
    set_data(&inst, data);
    inst
}

/// Give an instance (made by `object.__new__` for a subclass) its native data.
pub fn set_data(inst: &Value, data: Rc<dyn NativeData>) {
    if let Value::Instance(i) = inst {
        i.set_base(Some(Value::Native(data)));
    }
}

/// A type defined by a native module: `module.name`, instances without `__dict__`,
/// attributes of the type itself read-only. Its `__new__`/`__init__` are ordinary entries of
/// its dict (`type_call` calls them), so Python subclasses inherit them.
pub fn new_type(vm: &Vm, module: &str, name: &str) -> Rc<Type> {
    new_subtype(vm, module, name, None)
}

/// `new_type` deriving from `base` (a native type too), whose MRO follows the new type's own.
pub fn new_subtype(vm: &Vm, module: &str, name: &str, base: Option<&Rc<Type>>) -> Rc<Type> {
    let object = vm.types.object.clone();
    let mro_tail = match base {
        Some(b) => b.mro.borrow().clone(),
        None => vec![object.clone()],
    };
    let t = Rc::new(Type {
        name: RefCell::new(Rc::from(name)),
        qualname: RefCell::new(Rc::from(name)),
        bases: RefCell::new(vec![base.cloned().unwrap_or(object)]),
        mro: RefCell::new(Vec::new()),
        dict: Rc::new(RefCell::new(crate::objects::dict::Dict::new())),
        metaclass: RefCell::new(None),
        layout: Layout::Object,
        builtin: false,
        slots: Vec::new(),
        has_dict: false,
        has_del: std::cell::Cell::new(false),
        tp_name: RefCell::new(None),
        // a C type in CPython: `deque.x = 1` is refused
        immutable: std::cell::Cell::new(true),
    });
    let mut mro = vec![t.clone()];
    mro.extend(mro_tail);
    *t.mro.borrow_mut() = mro;
    t.dict
        .borrow_mut()
        .set_str("__module__", Value::str(module));
    if module != "builtins" {
        // a C type in CPython: its tp_name carries the module
        crate::modules::pydive::register_tp_name(&t, &format!("{module}.{name}"));
    }
    t
}

/// `__new__` of a native type: a static method taking the class first.
pub fn add_new(vm: &Vm, ty: &Rc<Type>, func: NativeFn) {
    let f = vm.native("__new__", func);
    ty.dict
        .borrow_mut()
        .set_str("__new__", Value::StaticMethod(Rc::new(RefCell::new(f))));
}

/// A read-only attribute computed by `get(self)` (a property over native functions);
/// assigning or deleting it calls `readonly(self[, value])`, which raises CPython's
/// AttributeError for that attribute.
pub fn add_getter(vm: &Vm, ty: &Rc<Type>, name: &str, get: NativeFn, readonly: NativeFn) {
    add_property(vm, ty, name, get, readonly)
}

/// A data descriptor over native functions: `get(self)`, and `set(self[, value])` for both
/// assignment and deletion (no value: delete).
pub fn add_property(vm: &Vm, ty: &Rc<Type>, name: &str, get: NativeFn, set: NativeFn) {
    let p = crate::objects::misc::Property {
        fget: vm.native(name, get),
        fset: vm.native(name, set),
        fdel: vm.native(name, set),
        doc: RefCell::new(Value::None),
        name: RefCell::new(Value::str(name)),
    };
    ty.dict
        .borrow_mut()
        .set_str(name, Value::Property(Rc::new(p)));
}

/// CPython's METH_NOARGS / METH_O argument checks of a native method `{owner}{name}()`
/// (`owner` is "deque." or empty when `name` is already qualified): no keywords, and exactly
/// `n` (0 or 1) arguments after the receiver.
pub fn check_arity(vm: &Vm, a: &Args, owner: &str, name: &str, n: usize) -> PyResult<()> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{owner}{name}() takes no keyword arguments")));
    }
    let given = a.pos.len().saturating_sub(1);
    if given != n {
        let what = if n == 0 {
            "takes no arguments"
        } else {
            "takes exactly one argument"
        };
        return Err(vm.type_error(format!("{owner}{name}() {what} ({given} given)")));
    }
    Ok(())
}
