//! The object protocols (`Objects/abstract.c`, `Objects/object.c`): attribute access, calls,
//! truth, hashing, comparison, arithmetic, items, iteration. Builtin types get fast native
//! paths; everything else goes through the type's `__dunder__` methods.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::objects::dict::{fast_key_eq, Dict};
use crate::objects::function::{Args, BoundMethod, Builtin, BuiltinKind};
use crate::objects::instance::Instance;
use crate::objects::iter::{DictView, Iter};
use crate::objects::set::{Probe, Set};
use crate::objects::typeobj::Type;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

/// `BINARY_OP`'s operators, in oparg order (`opcode._nb_ops`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinOp {
    Add,
    And,
    FloorDiv,
    LShift,
    MatMul,
    Mul,
    Mod,
    Or,
    Pow,
    RShift,
    Sub,
    TrueDiv,
    Xor,
}

impl BinOp {
    pub const ALL: [BinOp; 13] = [
        BinOp::Add,
        BinOp::And,
        BinOp::FloorDiv,
        BinOp::LShift,
        BinOp::MatMul,
        BinOp::Mul,
        BinOp::Mod,
        BinOp::Or,
        BinOp::Pow,
        BinOp::RShift,
        BinOp::Sub,
        BinOp::TrueDiv,
        BinOp::Xor,
    ];

    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::And => "&",
            BinOp::FloorDiv => "//",
            BinOp::LShift => "<<",
            BinOp::MatMul => "@",
            BinOp::Mul => "*",
            BinOp::Mod => "%",
            BinOp::Or => "|",
            BinOp::Pow => "** or pow()",
            BinOp::RShift => ">>",
            BinOp::Sub => "-",
            BinOp::TrueDiv => "/",
            BinOp::Xor => "^",
        }
    }

    pub fn dunder(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    pub fn from_index(i: u32) -> CmpOp {
        [
            CmpOp::Lt,
            CmpOp::Le,
            CmpOp::Eq,
            CmpOp::Ne,
            CmpOp::Gt,
            CmpOp::Ge,
        ][(i as usize).min(5)]
    }

    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }

    fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }

    fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    pub fn test(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Lt => ord == Less,
            CmpOp::Le => ord != Greater,
            CmpOp::Eq => ord == Equal,
            CmpOp::Ne => ord != Equal,
            CmpOp::Gt => ord == Greater,
            CmpOp::Ge => ord != Less,
        }
    }
}

impl Vm {
    // ================= attribute access =================

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match obj {
            Value::Module(m) => {
                if let Some(v) = m.dict.borrow().get_str(name) {
                    return Ok(v);
                }
                if name == "__dict__" {
                    return Ok(Value::Dict(m.dict.clone()));
                }
                // The module type's own attributes (`__class__`, `__dir__`, ...) before the
                // module's __getattr__ hook, as module_getattro does.
                if let Some(v) = self.generic_getattr(obj, name)? {
                    return Ok(v);
                }
                let ga = m.dict.borrow().get_str("__getattr__");
                if let Some(ga) = ga {
                    return self.call(&ga, vec![Value::str(name)]);
                }
                let modname = m.name.clone();
                let err =
                    self.attribute_error(format!("module '{modname}' has no attribute '{name}'"));
                self.set_attr_error_context(&err, obj, name);
                Err(err)
            }
            Value::Type(t) => self.type_getattr(t, obj, name),
            Value::Super(s) => self.super_getattr(s, name),
            Value::Instance(inst) => {
                let ty = inst.class();
                if let Some(ga) = ty.lookup("__getattribute__") {
                    if !matches!(&ga, Value::Builtin(b) if b.owner.as_deref() == Some("object")) {
                        let r = self.call(&ga, vec![obj.clone(), Value::str(name)]);
                        return match r {
                            Err(e) if self.err_is(&e, "AttributeError") => {
                                self.getattr_hook(&ty, obj, name, e)
                            }
                            other => other,
                        };
                    }
                }
                match self.generic_getattr(obj, name) {
                    Ok(Some(v)) => Ok(v),
                    Ok(None) => {
                        let e = self.no_attribute(obj, name);
                        self.getattr_hook(&ty, obj, name, e)
                    }
                    // slot_tp_getattr_hook: an AttributeError out of a descriptor (a property
                    // getter) also falls back to __getattr__.
                    Err(e) if self.err_is(&e, "AttributeError") => {
                        self.getattr_hook(&ty, obj, name, e)
                    }
                    Err(e) => Err(e),
                }
            }
            _ => match self.generic_getattr(obj, name)? {
                Some(v) => Ok(v),
                None => Err(self.no_attribute(obj, name)),
            },
        }
    }

    fn getattr_hook(
        &mut self,
        ty: &Rc<Type>,
        obj: &Value,
        name: &str,
        err: Value,
    ) -> PyResult<Value> {
        if let Some(ga) = ty.lookup("__getattr__") {
            return self.call(&ga, vec![obj.clone(), Value::str(name)]);
        }
        Err(err)
    }

    pub fn no_attribute(&mut self, obj: &Value, name: &str) -> Value {
        let tn = self.type_name(obj);
        let e = self.attribute_error(format!("'{tn}' object has no attribute '{name}'"));
        self.set_attr_error_context(&e, obj, name);
        e
    }

    fn set_attr_error_context(&self, err: &Value, obj: &Value, name: &str) {
        if let Value::Instance(i) = err {
            if let Some(d) = &i.dict() {
                d.borrow_mut().set_str("name", Value::str(name));
                d.borrow_mut().set_str("obj", obj.clone());
            }
        }
    }

    /// Attribute or `None` (no AttributeError made) — `PyObject_GenericGetAttr`.
    pub fn generic_getattr(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let ty = self.type_of(obj);
        let descr = ty.lookup(name);
        if let Some(d) = &descr {
            if self.is_data_descriptor(d) {
                return self.descr_get(d, obj, &ty).map(Some);
            }
        }
        if let Value::Instance(inst) = obj {
            if let Some(dict) = &inst.dict_if_any() {
                if let Some(v) = dict.borrow().get_str(name) {
                    return Ok(Some(v));
                }
            }
        }
        if name == "__class__" {
            // object.__class__ comes last in the MRO: a class attribute named __class__ wins.
            if let Some(d) = descr {
                return self.descr_get(&d, obj, &ty).map(Some);
            }
        }
        if let Some(v) = crate::objects::attrs::builtin_attr(self, obj, name)? {
            return Ok(Some(v));
        }
        if let Some(d) = descr {
            return self.descr_get(&d, obj, &ty).map(Some);
        }
        if name == "__doc__" {
            // Every object has a __doc__: its type's (what `type.__doc__` answers for
            // builtin types, None where pydive keeps no text).
            let own = ty.dict.borrow().get_str("__doc__");
            return Ok(Some(own.unwrap_or_else(|| {
                crate::builtins::docs::type_doc(&ty, name).unwrap_or(Value::None)
            })));
        }
        Ok(None)
    }

    pub fn is_data_descriptor(&self, d: &Value) -> bool {
        match d {
            Value::Property(_) => true,
            Value::Builtin(b) => b
                .data
                .as_ref()
                .is_some_and(|x| matches!(x, Value::Str(s) if &**s == "slot")),
            Value::Instance(i) => {
                let t = i.class();
                t.lookup("__set__").is_some() || t.lookup("__delete__").is_some()
            }
            _ => false,
        }
    }

    /// `descr.__get__(obj, owner)` for what a class dict can hold.
    pub fn descr_get(&mut self, d: &Value, obj: &Value, owner: &Rc<Type>) -> PyResult<Value> {
        match d {
            Value::Function(_) => Ok(Value::Method(Rc::new(BoundMethod {
                func: d.clone(),
                self_: obj.clone(),
            }))),
            Value::Builtin(b) => match b.kind {
                BuiltinKind::Method if b.bound.is_none() => Ok(bind_builtin(b, obj.clone())),
                BuiltinKind::ClassMethod if b.bound.is_none() => {
                    Ok(bind_builtin(b, Value::Type(owner.clone())))
                }
                _ => Ok(d.clone()),
            },
            Value::ClassMethod(f) => {
                let f = f.borrow().clone();
                // cm_descr_get (3.12): a wrapped descriptor (a property, another classmethod,
                // an object with __get__) is asked with the class as the object.
                let chains = match &f {
                    Value::Property(_) | Value::ClassMethod(_) | Value::StaticMethod(_) => true,
                    Value::Instance(i) => i.class().lookup("__get__").is_some(),
                    _ => false,
                };
                if chains {
                    return self.descr_get(&f, &Value::Type(owner.clone()), owner);
                }
                Ok(Value::Method(Rc::new(BoundMethod {
                    func: f,
                    self_: Value::Type(owner.clone()),
                })))
            }
            Value::StaticMethod(f) => Ok(f.borrow().clone()),
            Value::Super(s) if s.obj.is_null() => crate::builtins::super_bind(self, s, obj),
            Value::Property(p) => {
                if p.fget.is_none() {
                    let pn = self.property_name(p);
                    let tn = owner.name();
                    return Err(self
                        .attribute_error(format!("property {pn}of '{tn}' object has no getter")));
                }
                let f = p.fget.clone();
                self.call(&f, vec![obj.clone()])
            }
            Value::Instance(i) => {
                let t = i.class();
                match t.lookup("__get__") {
                    Some(get) => self.call(
                        &get,
                        vec![d.clone(), obj.clone(), Value::Type(owner.clone())],
                    ),
                    None => Ok(d.clone()),
                }
            }
            _ => Ok(d.clone()),
        }
    }

    fn property_name(&self, p: &crate::objects::misc::Property) -> String {
        match &*p.name.borrow() {
            Value::Str(s) => format!("'{s}' "),
            _ => String::new(),
        }
    }

    /// Attribute lookup on a class (`type_getattro`).
    fn type_getattr(&mut self, t: &Rc<Type>, obj: &Value, name: &str) -> PyResult<Value> {
        let meta = self.type_of(obj);
        let meta_attr = meta.lookup(name);
        if let Some(d) = &meta_attr {
            if self.is_data_descriptor(d) {
                return self.descr_get(d, obj, &meta);
            }
        }
        if name == "__class__" && meta_attr.is_none() {
            // object.__class__ through the metatype: a data descriptor, before the class's
            // own attributes.
            return Ok(Value::Type(meta));
        }
        if name == "__dict__" && meta_attr.is_none() {
            // `type.__dict__` is a data descriptor of the metatype: it wins over the
            // `__dict__` getset a class holds for its instances.
            return Ok(crate::objects::mappingproxy::of_type(self, t));
        }
        if let Some(v) = t.lookup(name) {
            return match &v {
                // a lib/ class standing for a C type hands out a checking method descriptor
                Value::Function(_) => Ok(crate::modules::pydive::c_type_method(self, t, name, v)),
                Value::Builtin(b) if b.kind == BuiltinKind::Method => Ok(v.clone()),
                Value::Property(_) => Ok(v),
                Value::Instance(i) => {
                    let it = i.class();
                    match it.lookup("__get__") {
                        Some(get) => self.call(&get, vec![v.clone(), Value::None, obj.clone()]),
                        None => Ok(v.clone()),
                    }
                }
                _ => self.descr_get(&v, &Value::None, t),
            };
        }
        if let Some(v) = crate::objects::attrs::builtin_attr(self, obj, name)? {
            return Ok(v);
        }
        if let Some(d) = meta_attr {
            return self.descr_get(&d, obj, &meta);
        }
        if t.builtin {
            if let Some(d) = crate::objects::descriptors::builtin_data_descriptor(self, t, name) {
                return Ok(d);
            }
        }
        if let Some(ga) = meta.lookup("__getattr__") {
            return self.call(&ga, vec![obj.clone(), Value::str(name)]);
        }
        let tn = Vm::tp_name_of(t);
        let e = self.attribute_error(format!("type object '{tn}' has no attribute '{name}'"));
        self.set_attr_error_context(&e, obj, name);
        Err(e)
    }

    fn super_getattr(
        &mut self,
        s: &Rc<crate::objects::misc::Super>,
        name: &str,
    ) -> PyResult<Value> {
        // An unbound super (`super(C)`, obj Null) skips the search (super_getattro).
        if name != "__class__" && !s.obj.is_null() {
            let mro = s.obj_type.mro.borrow().clone();
            let start = mro
                .iter()
                .position(|t| Rc::ptr_eq(t, &s.thisclass))
                .map(|i| i + 1)
                .unwrap_or(mro.len());
            for t in &mro[start..] {
                let found = t.dict.borrow().get_str(name);
                if let Some(v) = found {
                    let obj = if Rc::ptr_eq(
                        &s.obj_type,
                        &type_as_rc(&s.obj).unwrap_or_else(|| s.obj_type.clone()),
                    ) && matches!(s.obj, Value::Type(_))
                    {
                        // super(C, cls): binding to the class
                        return match &v {
                            Value::Function(_) => Ok(v.clone()),
                            Value::Builtin(b) if b.kind == BuiltinKind::Method => Ok(v.clone()),
                            // property.__get__(None, cls) is the property itself
                            Value::Property(_) => Ok(v.clone()),
                            _ => self.descr_get(&v, &Value::None, &s.obj_type),
                        };
                    } else {
                        s.obj.clone()
                    };
                    return self.descr_get(&v, &obj, &s.obj_type);
                }
            }
        }
        let this = Value::Super(s.clone());
        if let Some(v) = crate::objects::attrs::builtin_attr(self, &this, name)? {
            return Ok(v);
        }
        let super_type = self.types.super_.clone();
        match super_type.lookup(name) {
            Some(v) => self.descr_get(&v, &this, &super_type),
            _ => Err(self.attribute_error(format!("'super' object has no attribute '{name}'"))),
        }
    }

    /// Look a special method up on the type (never the instance), bound to `obj`.
    pub fn lookup_special(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let ty = self.type_of(obj);
        match ty.lookup(name) {
            Some(d) => self.descr_get(&d, obj, &ty).map(Some),
            None => Ok(None),
        }
    }

    /// Call special method `m`, found on `ty` (the type of `obj`), with `obj` as self: a
    /// plain function or builtin directly, any other descriptor bound through its
    /// `__get__` first, as CPython's lookup_maybe_method does (unittest.mock's MagicProxy).
    pub(crate) fn call_special(
        &mut self,
        m: &Value,
        obj: &Value,
        ty: &Rc<crate::objects::typeobj::Type>,
        rest: Vec<Value>,
    ) -> PyResult<Value> {
        match m {
            Value::Function(_) | Value::Builtin(_) => {
                let mut args = Vec::with_capacity(rest.len() + 1);
                args.push(obj.clone());
                args.extend(rest);
                self.call(m, args)
            }
            _ => {
                let bound = self.descr_get(m, obj, ty)?;
                self.call(&bound, rest)
            }
        }
    }

    /// Call `obj.name(*args)` where `name` is a special method looked up on the type.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let m = self.getattr(obj, name)?;
        self.call(&m, args)
    }

    /// `setattr(obj, name, value)`.
    /// type.__setattr__ on a class (`type_setattro`): data descriptors of the metaclass,
    /// then the class's own dict; what a metaclass's `super().__setattr__` reaches.
    pub fn type_setattr(
        &mut self,
        t: &Rc<crate::objects::typeobj::Type>,
        obj: &Value,
        name: &str,
        value: Value,
    ) -> PyResult<()> {
        if t.is_immutable() {
            let tn = crate::vm::Vm::tp_name_of(t);
            return Err(self.type_error(format!(
                "cannot set '{name}' attribute of immutable type '{tn}'"
            )));
        }

        let meta = self.type_of(obj);
        if let Some(d) = meta.lookup(name) {
            if self.is_data_descriptor(&d) {
                return self.descr_set(&d, obj, Some(value));
            }
        }
        if name == "__del__" {
            t.has_del.set(true);
        }
        match name {
            "__name__" | "__qualname__" if !matches!(value, Value::Str(_)) => {
                let (tn, vn) = (t.name(), self.type_name(&value));
                return Err(
                    self.type_error(format!("can only assign string to {tn}.{name}, not '{vn}'"))
                );
            }
            "__name__" => {
                if let Value::Str(s) = &value {
                    *t.name.borrow_mut() = s.clone();
                }
            }
            "__qualname__" => {
                if let Value::Str(s) = &value {
                    *t.qualname.borrow_mut() = s.clone();
                }
            }
            "__bases__" => crate::objects::typeobj::set_bases(self, t, &value)?,
            _ => t.dict.borrow_mut().set_str(name, value),
        }
        Ok(())
    }

    pub fn setattr(&mut self, obj: &Value, name: &str, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let ty = inst.class();
                if let Some(sa) = ty.lookup("__setattr__") {
                    if !matches!(&sa, Value::Builtin(b) if b.owner.as_deref() == Some("object")) {
                        self.call(&sa, vec![obj.clone(), Value::str(name), value])?;
                        return Ok(());
                    }
                }
                self.generic_setattr(obj, name, Some(value))
            }
            Value::Type(t) => {
                if let Some(m) = self.metaclass_method(obj, "__setattr__") {
                    // class Meta(type): def __setattr__(cls, name, value)
                    self.call(&m, vec![obj.clone(), Value::str(name), value])?;
                    return Ok(());
                }
                self.type_setattr(t, obj, name, value)
            }
            Value::Module(m) => {
                m.dict.borrow_mut().set_str(name, value);
                Ok(())
            }
            Value::Function(f) => {
                // func_set_*: the special attributes take one type (or None)
                let need = match name {
                    "__name__" | "__qualname__" if !matches!(value, Value::Str(_)) => "a string",
                    "__defaults__" if !matches!(value, Value::Tuple(_) | Value::None) => "a tuple",
                    "__kwdefaults__" | "__annotations__"
                        if !matches!(value, Value::Dict(_) | Value::None) =>
                    {
                        "a dict"
                    }
                    "__code__" if !matches!(value, Value::Code(_)) => "a code",
                    _ => "",
                };
                if !need.is_empty() {
                    return Err(self.type_error(format!("{name} must be set to {need} object")));
                }
                match name {
                    "__name__" => {
                        if let Value::Str(s) = &value {
                            *f.name.borrow_mut() = s.clone();
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = &value {
                            *f.qualname.borrow_mut() = s.clone();
                        }
                    }
                    "__doc__" => *f.doc.borrow_mut() = value,
                    "__module__" => *f.module.borrow_mut() = value,
                    "__annotations__" => *f.annotations.borrow_mut() = value,
                    "__defaults__" => {
                        *f.defaults.borrow_mut() = match value {
                            Value::Tuple(t) => Some(t),
                            _ => None,
                        }
                    }
                    "__kwdefaults__" => {
                        *f.kwdefaults.borrow_mut() = match value {
                            Value::Dict(d) => Some(d),
                            _ => None,
                        }
                    }
                    "__code__" => {
                        if let Value::Code(c) = value {
                            *f.code.borrow_mut() = c;
                        }
                    }
                    _ => f.dict.borrow_mut().set_str(name, value),
                }
                Ok(())
            }
            Value::Generator(g) if name == "__name__" || name == "__qualname__" => {
                let Value::Str(s) = value else {
                    return Err(self.type_error(format!("{name} must be set to a string object")));
                };
                g.set_name(name == "__qualname__", s);
                Ok(())
            }
            Value::Property(p) if name == "__name__" => {
                *p.name.borrow_mut() = value;
                Ok(())
            }
            Value::Property(p) if name == "__doc__" => {
                let old = p.doc.replace(value);
                drop(old);
                Ok(())
            }
            Value::Frame(f) => crate::settrace::frame_setattr(self, f, name, value),
            Value::Traceback(tb) if name == "tb_next" => {
                // unittest cuts its own frames off a failure's traceback this way.
                let next = match value {
                    Value::None => None,
                    Value::Traceback(n) => {
                        // CPython refuses a chain that would reach this entry again.
                        let mut cur = Some(n.clone());
                        while let Some(c) = cur {
                            if Rc::ptr_eq(&c, tb) {
                                return Err(self.value_error("traceback loop detected"));
                            }
                            cur = c.next.borrow().clone();
                        }
                        Some(n)
                    }
                    other => {
                        let tn = self.type_name(&other);
                        return Err(
                            self.type_error(format!("expected traceback object, got '{tn}'"))
                        );
                    }
                };
                let old = tb.next.replace(next);
                drop(old);
                Ok(())
            }
            Value::Cell(c) if name == "cell_contents" => {
                // the old value is dropped after the cell's borrow ends
                let old = c.borrow_mut().replace(value);
                drop(old);
                Ok(())
            }
            _ => Err(self.builtin_attr_refusal(obj, name)),
        }
    }

    /// Why an attribute of a builtin value can be neither set nor deleted: a method of its
    /// type is read-only; a computed attribute is a getset descriptor in CPython (int.real:
    /// not writable) or a READONLY member (complex.real, slice.start, range.stop,
    /// property.fget, method.__func__, super.__self__).
    fn builtin_attr_refusal(&mut self, obj: &Value, name: &str) -> crate::vm::PyErr {
        let tn = self.type_name(obj);
        if self.type_of(obj).lookup(name).is_some() {
            return self.attribute_error(format!("'{tn}' object attribute '{name}' is read-only"));
        }
        if self.getattr(obj, name).is_err() {
            return self.attribute_error(format!("'{tn}' object has no attribute '{name}'"));
        }
        let member = match obj {
            Value::Complex(..) => matches!(name, "real" | "imag"),
            Value::Slice(_) | Value::Range(_) => matches!(name, "start" | "stop" | "step"),
            Value::Property(_) => matches!(name, "fget" | "fset" | "fdel"),
            Value::ClassMethod(_) | Value::StaticMethod(_) => {
                matches!(name, "__func__" | "__wrapped__")
            }
            Value::Method(_) => matches!(name, "__func__" | "__self__"),
            Value::Super(_) => matches!(name, "__thisclass__" | "__self__" | "__self_class__"),
            _ => false,
        };
        if member {
            self.attribute_error("readonly attribute")
        } else {
            self.attribute_error(format!(
                "attribute '{name}' of '{tn}' objects is not writable"
            ))
        }
    }

    /// `object.__setattr__` / `object.__delattr__` (`value` None = delete).
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        name: &str,
        value: Option<Value>,
    ) -> PyResult<()> {
        let Value::Instance(inst) = obj else {
            return match (obj, value) {
                (Value::Type(t), Some(v)) => self.type_setattr(t, obj, name, v),
                (Value::Type(t), None) if !t.is_immutable() => {
                    if t.dict.borrow_mut().del_str(name).is_none() {
                        let tn = crate::vm::Vm::tp_name_of(t);
                        return Err(self.attribute_error(format!(
                            "type object '{tn}' has no attribute '{name}'"
                        )));
                    }
                    Ok(())
                }
                (_, Some(v)) => self.setattr(obj, name, v),
                (_, None) => self.delattr(obj, name),
            };
        };
        let ty = inst.class();
        if let Some(d) = ty.lookup(name) {
            if self.is_data_descriptor(&d) {
                return self.descr_set(&d, obj, value);
            }
        }
        if name == "__class__" {
            return self.set_class(inst, value);
        }
        if let Some(r) = crate::objects::exceptions::exc_setattr(self, obj, name, value.as_ref()) {
            return r;
        }
        if let Some(i) = ty.slots.iter().position(|s| &**s == name) {
            let mut slots = inst.slots().borrow_mut();
            if slots.len() < ty.slots.len() {
                slots.resize(ty.slots.len(), None);
            }
            if value.is_none() && slots[i].is_none() {
                drop(slots);
                return Err(self.attribute_error(name.to_string()));
            }
            slots[i] = value;
            return Ok(());
        }
        match &inst.dict() {
            Some(d) => {
                match value {
                    Some(v) => d.borrow_mut().set_attr(name, v),
                    None => {
                        let removed = d.borrow_mut().del_str(name);
                        if removed.is_none() {
                            let tn = crate::vm::Vm::tp_name_of(&ty);
                            return Err(self.attribute_error(format!(
                                "'{tn}' object has no attribute '{name}'"
                            )));
                        }
                    }
                }
                Ok(())
            }
            None => {
                let tn = crate::vm::Vm::tp_name_of(&ty);
                Err(self.attribute_error(format!("'{tn}' object has no attribute '{name}'")))
            }
        }
    }

    /// `obj.__class__ = value` (`object_set_class`): a class whose instances have the same
    /// layout (slots, `__dict__`, builtin base), neither of them a builtin type.
    fn set_class(
        &mut self,
        inst: &Rc<crate::objects::instance::Instance>,
        value: Option<Value>,
    ) -> PyResult<()> {
        let Some(value) = value else {
            return Err(self.type_error("can't delete __class__ attribute"));
        };
        let Value::Type(new) = &value else {
            let tn = self.type_name(&value);
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{tn}' object"
            )));
        };
        let old = inst.class();
        if new.builtin || old.builtin {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        if new.slots != old.slots
            || new.has_dict != old.has_dict
            || new.layout != old.layout
            || inst.exc().is_some() != self.is_exception_type(new)
        {
            let (nn, on) = (new.name(), old.name());
            return Err(self.type_error(format!(
                "__class__ assignment: '{nn}' object layout differs from '{on}'"
            )));
        }
        drop(inst.set_class(new.clone()));
        drop(old);
        Ok(())
    }

    pub(crate) fn descr_set(
        &mut self,
        d: &Value,
        obj: &Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        match d {
            Value::Property(p) => {
                let f = if value.is_some() {
                    p.fset.clone()
                } else {
                    p.fdel.clone()
                };
                if f.is_none() {
                    let pn = self.property_name(p);
                    let tn = self.type_name(obj);
                    let what = if value.is_some() { "setter" } else { "deleter" };
                    return Err(self
                        .attribute_error(format!("property {pn}of '{tn}' object has no {what}")));
                }
                let mut args = vec![obj.clone()];
                args.extend(value);
                self.call(&f, args)?;
                Ok(())
            }
            Value::Instance(i) => {
                let t = i.class();
                match value {
                    Some(v) => {
                        let set = t.lookup("__set__");
                        match set {
                            Some(s) => self.call(&s, vec![d.clone(), obj.clone(), v])?,
                            None => return Err(self.attribute_error("__set__")),
                        };
                    }
                    None => {
                        let del = t.lookup("__delete__");
                        match del {
                            Some(s) => self.call(&s, vec![d.clone(), obj.clone()])?,
                            None => return Err(self.attribute_error("__delete__")),
                        };
                    }
                }
                Ok(())
            }
            _ => Err(self.attribute_error("readonly attribute")),
        }
    }

    pub fn delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let ty = inst.class();
                if let Some(da) = ty.lookup("__delattr__") {
                    if !matches!(&da, Value::Builtin(b) if b.owner.as_deref() == Some("object")) {
                        self.call(&da, vec![obj.clone(), Value::str(name)])?;
                        return Ok(());
                    }
                }
                self.generic_setattr(obj, name, None)
            }
            Value::Type(_) if self.metaclass_method(obj, "__delattr__").is_some() => {
                let m = self
                    .metaclass_method(obj, "__delattr__")
                    .unwrap_or(Value::None);
                self.call(&m, vec![obj.clone(), Value::str(name)])?;
                Ok(())
            }
            Value::Type(t) if t.is_immutable() => {
                let tn = crate::vm::Vm::tp_name_of(t);
                Err(self.type_error(format!(
                    "cannot set '{name}' attribute of immutable type '{tn}'"
                )))
            }
            Value::Type(t) if matches!(name, "__name__" | "__qualname__" | "__bases__") => {
                let tn = crate::vm::Vm::tp_name_of(t);
                Err(self.type_error(format!(
                    "cannot delete '{name}' attribute of immutable type '{tn}'"
                )))
            }
            Value::Type(t) => {
                if t.dict.borrow_mut().del_str(name).is_none() {
                    let tn = crate::vm::Vm::tp_name_of(t);
                    return Err(self
                        .attribute_error(format!("type object '{tn}' has no attribute '{name}'")));
                }
                Ok(())
            }
            Value::Module(m) => {
                if m.dict.borrow_mut().del_str(name).is_none() {
                    let mn = m.name.clone();
                    return Err(
                        self.attribute_error(format!("module '{mn}' has no attribute '{name}'"))
                    );
                }
                Ok(())
            }
            Value::Function(f) => {
                match name {
                    "__name__" | "__qualname__" | "__code__" => {
                        let what = if name == "__code__" {
                            "a code"
                        } else {
                            "a string"
                        };
                        return Err(self.type_error(format!("{name} must be set to {what} object")));
                    }
                    "__defaults__" => *f.defaults.borrow_mut() = None,
                    "__kwdefaults__" => *f.kwdefaults.borrow_mut() = None,
                    _ => {
                        if f.dict.borrow_mut().del_str(name).is_none() {
                            return Err(self.attribute_error(format!(
                                "'function' object has no attribute '{name}'"
                            )));
                        }
                    }
                }
                Ok(())
            }
            Value::Property(p) if name == "__doc__" => {
                let old = p.doc.replace(Value::None);
                drop(old);
                Ok(())
            }
            // `del cell.cell_contents` empties the cell (an empty one stays empty)
            Value::Cell(c) if name == "cell_contents" => {
                let old = c.borrow_mut().take();
                drop(old);
                Ok(())
            }
            _ => Err(self.builtin_attr_refusal(obj, name)),
        }
    }

    pub fn hasattr(&mut self, obj: &Value, name: &str) -> PyResult<bool> {
        match self.getattr(obj, name) {
            Ok(_) => Ok(true),
            Err(e) if self.err_is(&e, "AttributeError") => Ok(false),
            Err(e) => Err(e),
        }
    }

    // ================= truth, hash, equality =================

    /// `bool(v)` (`PyObject_IsTrue`).
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Complex(a, b) => *a != 0.0 || *b != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::ByteArray(b) => !b.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.borrow().is_empty(),
            Value::Range(r) if r.big.is_some() => r.exact_len() != BigInt::from(0),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(_) => {
                if let Some(n) = crate::modules::deque::exact_len(v) {
                    return Ok(n != 0);
                }
                if let Some(m) = self.lookup_special(v, "__bool__")? {
                    let r = self.call(&m, vec![])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => {
                            let tn = self.type_name(&other);
                            Err(self
                                .type_error(format!("__bool__ should return bool, returned {tn}")))
                        }
                    };
                }
                if let Some(m) = self.lookup_special(v, "__len__")? {
                    let r = self.call(&m, vec![])?;
                    return Ok(self.index_value(&r)? != 0);
                }
                true
            }
            _ => true,
        })
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        use crate::objects::hash::*;
        Ok(match v {
            // CPython 3.12 hashes None to a constant (gh-99540), not its address.
            Value::None => 0xFCA86420,
            Value::Bool(b) => *b as i64,
            Value::Int(i) => hash_i64(*i),
            Value::BigInt(b) => hash_bigint(b),
            Value::Float(f) => {
                if f.fract() == 0.0 && f.abs() < 9.0e18 {
                    hash_i64(*f as i64)
                } else {
                    hash_f64(*f, v.id())
                }
            }
            Value::Complex(re, im) => {
                let h = hash_f64(*re, 0).wrapping_add(1000003i64.wrapping_mul(hash_f64(*im, 0)));
                if h == -1 {
                    -2
                } else {
                    h
                }
            }
            Value::Str(s) => hash_str(s),
            Value::Bytes(b) => hash_bytes(b),
            Value::Code(c) => return crate::objects::compare::code_hash(self, c),
            Value::Tuple(items) => {
                let mut hs = Vec::with_capacity(items.len());
                for it in items.iter() {
                    hs.push(self.hash(it)?);
                }
                hash_tuple(&hs)
            }
            Value::FrozenSet(s) => {
                let hs: Vec<i64> = s.borrow().entries().iter().map(|(h, _)| *h).collect();
                hash_frozenset(&hs)
            }
            Value::Range(r) => {
                // range_hash: hash((len, start, step)), with start/step None when they
                // cannot matter.
                let n = r.exact_len();
                let (first, _, step) = r.exact();
                let (start, step) = if n == BigInt::from(0) {
                    (Value::None, Value::None)
                } else if n == BigInt::from(1) {
                    (Value::from_bigint(first), Value::None)
                } else {
                    (Value::from_bigint(first), Value::from_bigint(step))
                };
                let t = Value::tuple(vec![Value::from_bigint(n), start, step]);
                return self.hash(&t);
            }
            Value::Slice(sl) => {
                let hs = [
                    self.hash(&sl.start)?,
                    self.hash(&sl.stop)?,
                    self.hash(&sl.step)?,
                ];
                pydive_bytecode::numhash::hash_slice(hs)
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_) => {
                let tn = self.type_name(v);
                return Err(self.type_error(format!("unhashable type: '{tn}'")));
            }
            Value::Instance(inst) => {
                let ty = inst.class();
                match ty.lookup("__hash__") {
                    Some(Value::None) => {
                        let tn = crate::vm::Vm::tp_name_of(&ty);
                        return Err(self.type_error(format!("unhashable type: '{tn}'")));
                    }
                    Some(h @ Value::Function(_)) | Some(h @ Value::Method(_)) => {
                        let r = self.call(&h, vec![v.clone()])?;
                        match r {
                            Value::Int(i) => {
                                if i == -1 {
                                    -2
                                } else {
                                    i
                                }
                            }
                            Value::BigInt(b) => hash_bigint(&b),
                            Value::Bool(b) => b as i64,
                            _ => {
                                return Err(
                                    self.type_error("__hash__ method should return an integer")
                                )
                            }
                        }
                    }
                    _ => {
                        if Rc::ptr_eq(&ty, &self.types.memoryview) {
                            return crate::objects::memoryview::hash(self, v);
                        }
                        // a dict view's base is its dict: the view hashes by identity
                        let view = crate::objects::dictview::as_view(v).is_some();
                        if let Some(b) = unwrap_base(v).filter(|_| !view) {
                            return self.hash(&b);
                        }
                        (v.id() >> 4) as i64
                    }
                }
            }
            // A bound builtin method: its receiver's identity and its name.
            Value::Builtin(b) if b.bound.is_some() => {
                let receiver = b.bound.as_ref().map_or(0, |r| (r.id() >> 4) as i64);
                let h = receiver ^ crate::objects::hash::hash_str(&b.name);
                if h == -1 {
                    -2
                } else {
                    h
                }
            }
            // meth_hash: the identity of `__self__` and the hash of `__func__`, so that each
            // lookup's new bound method finds the last one's dict entry.
            Value::Method(m) => {
                let h = ((m.self_.id() >> 4) as i64) ^ self.hash(&m.func)?;
                if h == -1 {
                    -2
                } else {
                    h
                }
            }
            _ => (v.id() >> 4) as i64,
        })
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        use Value::*;
        if matches!(
            a,
            Str(_) | Int(_) | Bool(_) | Float(_) | BigInt(_) | None | Bytes(_)
        ) && matches!(
            b,
            Str(_) | Int(_) | Bool(_) | Float(_) | BigInt(_) | None | Bytes(_)
        ) {
            if let Some(r) = fast_key_eq(a, b) {
                return Ok(r);
            }
        }
        if a.is(b) && !matches!(a, Float(_)) {
            return Ok(true);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    // ================= comparison =================

    /// `a <op> b` (`PyObject_RichCompare`, with its Py_EnterRecursiveCall: nested lists
    /// compared stop at the C recursion limit).
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        self.enter_c(" in comparison")?;
        let r = self.do_compare(a, b, op);
        self.leave_c();
        r
    }

    fn do_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        if let Some(r) = crate::objects::compare::native_compare(self, a, b, op)? {
            return Ok(Value::Bool(r));
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let mut checked_reflected = false;
        if !Rc::ptr_eq(&ta, &tb) && tb.is_subtype(&ta) && matches!(b, Value::Instance(_)) {
            checked_reflected = true;
            if let Some(r) = self.try_compare_dunder(b, a, op.swapped())? {
                return Ok(r);
            }
        }
        if matches!(a, Value::Instance(_)) {
            if let Some(r) = self.try_compare_dunder(a, b, op)? {
                return Ok(r);
            }
        }
        if !checked_reflected && matches!(b, Value::Instance(_)) {
            if let Some(r) = self.try_compare_dunder(b, a, op.swapped())? {
                return Ok(r);
            }
        }
        // instances of builtin subclasses compare by their values
        let ua = unwrap_base(a);
        let ub = unwrap_base(b);
        if ua.is_some() || ub.is_some() {
            let a2 = ua.unwrap_or_else(|| a.clone());
            let b2 = ub.unwrap_or_else(|| b.clone());
            if let Some(r) = crate::objects::compare::native_compare(self, &a2, &b2, op)? {
                return Ok(Value::Bool(r));
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => {
                let (na, nb) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{na}' and '{nb}'",
                    op.symbol()
                )))
            }
        }
    }

    pub(crate) fn try_compare_dunder(
        &mut self,
        a: &Value,
        b: &Value,
        op: CmpOp,
    ) -> PyResult<Option<Value>> {
        let ty = self.type_of(a);
        let Some(m) = ty.lookup(op.dunder()) else {
            return Ok(None);
        };
        if matches!(&m, Value::Builtin(bi) if bi.owner.as_deref() == Some("object")) {
            if op == CmpOp::Ne {
                // object.__ne__ inverts __eq__
                if let Some(eqm) = ty.lookup("__eq__") {
                    if !matches!(&eqm, Value::Builtin(bi) if bi.owner.as_deref() == Some("object"))
                    {
                        let r = self.call_special(&eqm, a, &ty, vec![b.clone()])?;
                        if matches!(r, Value::NotImplemented) {
                            return Ok(None);
                        }
                        let t = self.truthy(&r)?;
                        return Ok(Some(Value::Bool(!t)));
                    }
                }
            }
            return Ok(None);
        }
        let r = self.call_special(&m, a, &ty, vec![b.clone()])?;
        if matches!(r, Value::NotImplemented) {
            Ok(None)
        } else {
            Ok(Some(r))
        }
    }

    // ================= arithmetic =================

    /// `a <op> b` (`PyNumber_*`), `inplace` for the augmented assignments.
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        if inplace {
            if let Some(r) = crate::objects::arith::native_inplace(self, a, b, op)? {
                return Ok(r);
            }
        }
        if let Some(r) = crate::objects::arith::native_binop(self, a, b, op)? {
            return Ok(r);
        }
        let (name, rname, iname) = op.dunder();
        if inplace && matches!(a, Value::Instance(_)) {
            let ta = self.type_of(a);
            if let Some(m) = ta.lookup(iname) {
                let r = self.call_special(&m, a, &ta, vec![b.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let a_inst = matches!(a, Value::Instance(_));
        let b_inst = matches!(b, Value::Instance(_));
        let mut tried_r = false;
        if b_inst && !Rc::ptr_eq(&ta, &tb) && tb.is_subtype(&ta) {
            if let Some(m) = tb.lookup(rname) {
                tried_r = true;
                let r = self.call_special(&m, b, &tb, vec![a.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if a_inst {
            if let Some(m) = ta.lookup(name) {
                let r = self.call_special(&m, a, &ta, vec![b.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if b_inst && !tried_r && !Rc::ptr_eq(&ta, &tb) {
            if let Some(m) = tb.lookup(rname) {
                let r = self.call_special(&m, b, &tb, vec![a.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let ua = unwrap_base(a);
        let ub = unwrap_base(b);
        if ua.is_some() || ub.is_some() {
            let a2 = ua.unwrap_or_else(|| a.clone());
            let b2 = ub.unwrap_or_else(|| b.clone());
            if let Some(r) = crate::objects::arith::native_binop(self, &a2, &b2, op)? {
                return Ok(r);
            }
        }
        // sq_repeat: a sequence times an object with __index__
        if matches!(op, BinOp::Mul) {
            let is_seq = |v: &Value| {
                matches!(
                    v,
                    Value::Str(_)
                        | Value::List(_)
                        | Value::Tuple(_)
                        | Value::Bytes(_)
                        | Value::ByteArray(_)
                )
            };
            let count = if is_seq(a) && b_inst {
                Some(b)
            } else if is_seq(b) && a_inst {
                Some(a)
            } else {
                None
            };
            if let Some(n) = count {
                if let Some(m) = self.lookup_special(n, "__index__")? {
                    let i = self.call(&m, vec![])?;
                    if !matches!(i, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                        let tn = self.type_name(&i);
                        return Err(
                            self.type_error(format!("__index__ returned non-int (type {tn})"))
                        );
                    }
                    return if std::ptr::eq(n, b) {
                        self.binary_op(a, &i, op, inplace)
                    } else {
                        self.binary_op(&i, b, op, inplace)
                    };
                }
            }
        }
        Err(crate::objects::arith::binop_type_error(
            self, a, b, op, inplace,
        ))
    }

    // ================= calls =================

    /// Call `callable(*args)` from Rust.
    pub fn call(&mut self, callable: &Value, args: Vec<Value>) -> PyResult<Value> {
        self.call_args(callable, Args::new(args))
    }

    /// Call with positional and keyword arguments. Python functions run in a nested
    /// evaluation loop (an entry marker), bounded by the recursion limit.
    pub fn call_args(&mut self, callable: &Value, args: Args) -> PyResult<Value> {
        match callable {
            Value::Function(f) => {
                let frame = self.make_frame(f, args)?;
                self.run_frame(frame)
            }
            Value::Builtin(b) => self.call_builtin(b, args),
            Value::Method(m) => {
                let mut a = args;
                a.pos.insert(0, m.self_.clone());
                let f = m.func.clone();
                self.call_args(&f, a)
            }
            Value::Type(t) => self.call_type(t, callable, args),
            Value::StaticMethod(f) => {
                let f = f.borrow().clone();
                self.call_args(&f, args)
            }
            Value::Instance(_) => {
                let ty = self.type_of(callable);
                match ty.lookup("__call__") {
                    Some(c) => {
                        let mut a = args;
                        a.pos.insert(0, callable.clone());
                        // _PyObject_MakeTpCall's Py_EnterRecursiveCall (slot_tp_call)
                        self.with_c(" while calling a Python object", |vm| vm.call_args(&c, a))
                    }
                    None => {
                        let tn = Vm::tp_name_of(&ty);
                        Err(self.type_error(format!("'{tn}' object is not callable")))
                    }
                }
            }
            _ => {
                let tn = self.type_name(callable);
                Err(self.type_error(format!("'{tn}' object is not callable")))
            }
        }
    }

    pub fn call_builtin(&mut self, b: &Rc<Builtin>, mut args: Args) -> PyResult<Value> {
        if let Some(s) = &b.bound {
            args.pos.insert(0, s.clone());
        } else if b.kind == BuiltinKind::Method && args.pos.is_empty() {
            let owner = b.owner.clone().unwrap_or_else(|| Rc::from("object"));
            return Err(self.type_error(format!(
                "unbound method {owner}.{}() needs an argument",
                b.name
            )));
        }
        if let Some(d) = &b.data {
            if !matches!(d, Value::Str(_)) {
                args.pos.insert(0, d.clone());
            }
        }
        self.call_native(b, args)
    }

    /// A native method's "descriptor requires a 'T' object but received a 'X'" for a
    /// receiver `got` of the wrong type (`call_native` adds the method's name).
    pub fn descr_requires(&mut self, owner: &str, got: &Value) -> Value {
        let tn = self.type_name(got);
        let article = if owner.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        self.type_error(format!(
            "descriptor requires {article} '{owner}' object but received a '{tn}'"
        ))
    }

    /// `e` raised by unbound builtin method `b`, reworded when it is a native's
    /// "descriptor requires a 'T' object but received a 'X'" (which does not know the
    /// method's name): a slot wrapper (a dunder) names itself, a method says "for 'T'
    /// objects doesn't apply to a 'X' object", as CPython's descr_check.
    #[cold]
    fn descriptor_error(&mut self, b: &Builtin, e: Value) -> Value {
        if !self.err_is(&e, "TypeError") {
            return e;
        }
        let msg = match self.str(&e) {
            Ok(m) if m.starts_with("descriptor requires a") => m,
            _ => return e,
        };
        let parts: Vec<&str> = msg.split('\'').collect();
        let (Some(owner), Some(got)) = (parts.get(1), parts.get(3)) else {
            return e;
        };
        let name = &b.name;
        let method_like = [
            "__getitem__",
            "__reversed__",
            "__sizeof__",
            "__format__",
            "__reduce__",
            "__reduce_ex__",
            "__getnewargs__",
            "__contains__",
            "__round__",
            "__trunc__",
            "__floor__",
            "__ceil__",
        ];
        let text = if name.starts_with("__") && !method_like.contains(&&**name) {
            format!("descriptor '{name}' requires a '{owner}' object but received a '{got}'")
        } else {
            format!("descriptor '{name}' for '{owner}' objects doesn't apply to a '{got}' object")
        };
        self.type_error(text)
    }

    /// Runs `b`'s native function on `args`, which already hold what `call_builtin` puts
    /// first (the native's data, then the bound receiver).
    pub(crate) fn call_native(&mut self, b: &Rc<Builtin>, args: Args) -> PyResult<Value> {
        // A native that indexes an argument the caller did not pass panics; that is the
        // caller's TypeError, not a crash of the VM (see `native_arg_guard`).
        let given = args.pos.len();
        let _guard = native_arg_guard::enter();
        let call = std::panic::AssertUnwindSafe(|| {
            // A core type's method first checks its arguments as CPython's calling
            // convention for it does (objects/argcheck.rs).
            if let Some(spec) = b.spec {
                crate::objects::argcheck::check_call(self, &args, b, spec)?;
            }
            (b.func)(self, args)
        });
        match std::panic::catch_unwind(call) {
            Ok(Err(e)) if b.bound.is_none() && b.kind == BuiltinKind::Method => {
                Err(self.descriptor_error(b, e))
            }
            Ok(r) => r,
            Err(payload) if native_arg_guard::is_missing_arg(&*payload) => {
                let shown = if b.kind == BuiltinKind::Method || b.bound.is_some() {
                    given.saturating_sub(1)
                } else {
                    given
                };
                let need = shown + 1;
                let s = if need == 1 { "" } else { "s" };
                Err(self.type_error(format!(
                    "{} expected at least {need} argument{s}, got {shown}",
                    b.name
                )))
            }
            Err(payload) if native_arg_guard::is_capacity_overflow(&*payload) => {
                Err(self.new_error("MemoryError", ""))
            }
            Err(payload) => std::panic::resume_unwind(payload),
        }
    }

    /// `type.__call__`: `__new__` then `__init__`.
    fn call_type(&mut self, t: &Rc<Type>, tv: &Value, args: Args) -> PyResult<Value> {
        // A metaclass with its own __call__.
        let meta = self.type_of(tv);
        if !Rc::ptr_eq(&meta, &self.types.type_) {
            if let Some(c) = meta.lookup("__call__") {
                if !matches!(&c, Value::Builtin(b) if b.owner.as_deref() == Some("type")) {
                    let mut a = args;
                    a.pos.insert(0, tv.clone());
                    return self.call_args(&c, a);
                }
            }
        }
        crate::objects::typecall::type_call(self, t, tv, args)
    }

    // ================= items =================

    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        crate::objects::items::getitem(self, obj, key)
    }

    pub fn setitem(&mut self, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
        crate::objects::items::setitem(self, obj, key, value)
    }

    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        crate::objects::items::delitem(self, obj, key)
    }

    /// `len(obj)`.
    pub fn len(&mut self, obj: &Value) -> PyResult<usize> {
        Ok(match obj {
            Value::Str(s) => crate::objects::str_index::char_len(s),
            Value::Bytes(b) => b.len(),
            Value::ByteArray(b) => b.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::List(l) => l.borrow().len(),
            Value::Dict(d) => d.borrow().len(),
            Value::Set(s) | Value::FrozenSet(s) => s.borrow().len(),
            Value::Range(r)
                if r.len_i128() > i64::MAX as i128
                    || (r.big.is_some() && r.exact_len() > BigInt::from(i64::MAX)) =>
            {
                return Err(self.overflow_error("Python int too large to convert to C ssize_t"));
            }
            Value::Range(r) if r.big.is_some() => {
                usize::try_from(&r.exact_len()).unwrap_or(usize::MAX)
            }
            Value::Range(r) => r.len() as usize,
            _ => {
                if let Some(n) = crate::modules::deque::exact_len(obj) {
                    return Ok(n);
                }
                if let Some(m) = self.lookup_special(obj, "__len__")? {
                    let r = self.call(&m, vec![])?;
                    // slot_sq_length: negative is a ValueError, too big an OverflowError
                    if let Value::BigInt(b) = &r {
                        if b.sign() == num_bigint::Sign::Minus {
                            return Err(self.value_error("__len__() should return >= 0"));
                        }
                        return Err(
                            self.overflow_error("cannot fit 'int' into an index-sized integer")
                        );
                    }
                    let n = self.index_value(&r)?;
                    if n < 0 {
                        return Err(self.value_error("__len__() should return >= 0"));
                    }
                    return Ok(n as usize);
                }
                if let Some(b) = unwrap_base(obj) {
                    return self.len(&b);
                }
                let tn = self.type_name(obj);
                return Err(self.type_error(format!("object of type '{tn}' has no len()")));
            }
        })
    }

    /// `operator.index(v)` as i64.
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => {
                Err(self.new_error("IndexError", "cannot fit 'int' into an index-sized integer"))
            }
            Value::Instance(_) => {
                if let Some(m) = self.lookup_special(v, "__index__")? {
                    let r = self.call(&m, vec![])?;
                    if !matches!(r, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                        let tn = self.type_name(&r);
                        return Err(
                            self.type_error(format!("__index__ returned non-int (type {tn})"))
                        );
                    }
                    return self.index_value(&r);
                }
                if let Some(b) = unwrap_base(v) {
                    return self.index_value(&b);
                }
                let tn = self.type_name(v);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
            _ => {
                let tn = self.type_name(v);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// `x in container`.
    pub fn contains(&mut self, container: &Value, x: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match x {
                Value::Str(sub) => Ok(s.contains(&**sub)),
                _ => {
                    let tn = self.type_name(x);
                    Err(self.type_error(format!(
                        "'in <string>' requires string as left operand, not {tn}"
                    )))
                }
            },
            Value::Dict(d) => Ok(self.dict_get(d, x)?.is_some()),
            Value::Set(s) | Value::FrozenSet(s) => self.set_contains(s, x),
            Value::Range(r) if r.big.is_some() || matches!(x, Value::BigInt(_)) => {
                let Some(i) = (match x {
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => self.to_bigint(x),
                    _ => None,
                }) else {
                    return self.contains_by_iter(container, x);
                };
                let (start, stop, step) = r.exact();
                let zero = BigInt::from(0);
                let inside = if step > zero {
                    i >= start && i < stop
                } else {
                    i <= start && i > stop
                };
                Ok(inside && (i - start) % step == zero)
            }
            Value::Range(r) => {
                let i = match x {
                    Value::Int(i) => *i as i128,
                    Value::Bool(b) => *b as i128,
                    _ => return self.contains_by_iter(container, x),
                };
                let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
                let inside = if step > 0 {
                    i >= start && i < stop
                } else {
                    i <= start && i > stop
                };
                Ok(inside && (i - start) % step == 0)
            }
            Value::Bytes(_) | Value::ByteArray(_) => {
                // bytes_contains: an int byte or a bytes-like substring.
                let hay = crate::objects::bytes::bytes_of(self, container)?;
                match x {
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
                        let i = self.index_value(x).unwrap_or(-1);
                        if !(0..256).contains(&i) {
                            return Err(self.value_error("byte must be in range(0, 256)"));
                        }
                        Ok(hay.contains(&(i as u8)))
                    }
                    Value::Bytes(_) | Value::ByteArray(_) => {
                        let sub = crate::objects::bytes::bytes_of(self, x)?;
                        Ok(sub.is_empty() || hay.windows(sub.len()).any(|w| w == &sub[..]))
                    }
                    _ => {
                        let tn = self.type_name(x);
                        Err(self.type_error(format!("a bytes-like object is required, not '{tn}'")))
                    }
                }
            }
            Value::List(_) | Value::Tuple(_) => {
                let items = self.seq_items_snapshot(container);
                for it in items {
                    if it.is(x) || self.eq(&it, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                if let Some((view, d)) = crate::objects::dictview::as_view(container) {
                    if let (DictView::Keys, Value::Dict(dd)) = (view, &d) {
                        return Ok(self.dict_get(dd, x)?.is_some());
                    }
                    return self.contains_by_iter(container, x);
                }
                // A builtin value's own __contains__ is the native one (it would come back
                // here); only instances' methods are called, and a class's metaclass's
                // (`x in SomeEnum`: EnumType.__contains__; `type` itself has none).
                if matches!(container, Value::Instance(_) | Value::Type(_)) {
                    if let Some(m) = self.lookup_special(container, "__contains__")? {
                        let r = self.call(&m, vec![x.clone()])?;
                        return self.truthy(&r);
                    }
                }
                self.contains_by_iter(container, x)
            }
        }
    }

    fn contains_by_iter(&mut self, container: &Value, x: &Value) -> PyResult<bool> {
        let it = match self.iter(container) {
            Ok(it) => it,
            Err(e) if self.err_is(&e, "TypeError") => {
                let tn = self.type_name(container);
                return Err(self.type_error(format!("argument of type '{tn}' is not iterable")));
            }
            Err(e) => return Err(e),
        };
        while let Some(v) = self.next(&it)? {
            if v.is(x) || self.eq(&v, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn seq_items_snapshot(&self, v: &Value) -> Vec<Value> {
        match v {
            Value::List(l) => l.borrow().clone(),
            Value::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        }
    }

    // ================= iteration =================

    /// `iter(obj)`.
    pub fn iter(&mut self, obj: &Value) -> PyResult<Value> {
        let it = match obj {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_) => Iter::Seq {
                seq: obj.clone(),
                index: 0,
            },
            Value::Range(r) => {
                if r.big.is_some() {
                    return self.iter_big_range(r);
                }
                Iter::Range {
                    next: r.start,
                    stop: r.stop,
                    step: r.step,
                }
            }
            Value::Dict(d) => Iter::Dict {
                dict: obj.clone(),
                pos: 0,
                len: d.borrow().len(),
                view: DictView::Keys,
            },
            Value::Set(s) | Value::FrozenSet(s) => Iter::Dict {
                dict: obj.clone(),
                pos: 0,
                len: s.borrow().len(),
                view: DictView::Keys,
            },
            Value::Iter(_) | Value::Generator(_) => {
                if let Value::Generator(g) = obj {
                    if g.kind != crate::objects::generator::GenKind::Generator {
                        let tn = self.type_name(obj);
                        return Err(self.type_error(format!("'{tn}' object is not iterable")));
                    }
                }
                return Ok(obj.clone());
            }
            _ => {
                if let Some((view, d)) = crate::objects::dictview::as_exact_view(obj) {
                    let len = self.len(&d)?;
                    return Ok(Value::Iter(Rc::new(RefCell::new(Iter::Dict {
                        dict: d,
                        pos: 0,
                        len,
                        view,
                    }))));
                }
                if let Some(m) = self.lookup_special(obj, "__iter__")? {
                    if !m.is_none() {
                        let r = self.call(&m, vec![])?;
                        let is_iterator = match &r {
                            Value::Iter(_) | Value::Generator(_) => true,
                            _ => self.lookup_special(&r, "__next__")?.is_some(),
                        };
                        if !is_iterator {
                            let tn = self.type_name(&r);
                            return Err(self.type_error(format!(
                                "iter() returned non-iterator of type '{tn}'"
                            )));
                        }
                        return Ok(r);
                    }
                }
                if let Value::Instance(_) = obj {
                    let ty = self.type_of(obj);
                    // a native type's __getitem__ is a mapping's (re.Match): no sq_item, so no
                    // iteration by index
                    let getitem = ty.lookup("__getitem__");
                    let native_mapping =
                        ty.immutable.get() && matches!(getitem, Some(Value::Builtin(_)));
                    if getitem.is_some() && !native_mapping {
                        return Ok(Value::Iter(Rc::new(RefCell::new(Iter::Callable {
                            func: Value::tuple(vec![obj.clone(), Value::Int(0)]),
                            sentinel: Value::Null,
                        }))));
                    }
                    if let Some(b) = unwrap_base(obj) {
                        return self.iter(&b);
                    }
                }
                let tn = self.type_name(obj);
                return Err(self.type_error(format!("'{tn}' object is not iterable")));
            }
        };
        Ok(Value::Iter(Rc::new(RefCell::new(it))))
    }

    /// `next(it)`: `Ok(None)` when exhausted (StopIteration swallowed).
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(cell) => crate::objects::iterators::iter_next(self, cell),
            Value::Generator(g) => {
                let g = g.clone();
                match self.gen_send(&g, Value::None)? {
                    crate::generator::GenResult::Yield(v) => Ok(Some(v)),
                    crate::generator::GenResult::Return(_) => Ok(None),
                }
            }
            _ => {
                // tp_iternext's slot: the type's `__next__` called with the iterator as self,
                // no bound method made (`call_special`).
                let ty = self.type_of(it);
                let Some(m) = ty.lookup("__next__") else {
                    let tn = self.type_name(it);
                    return Err(self.type_error(format!("'{tn}' object is not an iterator")));
                };
                match self.call_special(&m, it, &ty, Vec::new()) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_is(&e, "StopIteration") => Ok(None),
                    Err(e) => Err(e),
                }
            }
        }
    }

    /// All items of an iterable.
    pub fn collect(&mut self, obj: &Value) -> PyResult<Vec<Value>> {
        match obj {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.iter(obj)?;
        let mut out = Vec::new();
        while let Some(v) = self.next(&it)? {
            out.push(v);
        }
        Ok(out)
    }

    // ================= dicts and sets keyed by Python objects =================

    /// Find `key` in `d`: its position, running `__eq__` without holding the dict borrowed.
    pub fn dict_find(&mut self, d: &DictRef, key: &Value, hash: i64) -> PyResult<Option<usize>> {
        if let Some(p) = d.borrow().find_fast(hash, key) {
            return Ok(Some(p));
        }
        let cands = d.borrow().candidates(hash);
        for (pos, k) in cands {
            if fast_key_eq(&k, key).is_none() && self.eq(&k, key)? {
                return Ok(Some(pos));
            }
        }
        Ok(None)
    }

    pub fn dict_get(&mut self, d: &DictRef, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key {
            return Ok(d.borrow().get_str(s));
        }
        let h = self.hash(key)?;
        let pos = self.dict_find(d, key, h)?;
        Ok(pos.and_then(|p| d.borrow().entry(p).map(|e| e.value.clone())))
    }

    pub fn dict_set(&mut self, d: &DictRef, key: Value, value: Value) -> PyResult<()> {
        if let Value::Str(_) = &key {
            d.borrow_mut().set_strv(key, value);
            return Ok(());
        }
        let h = self.hash(&key)?;
        match self.dict_find(d, &key, h)? {
            Some(p) => d.borrow_mut().set_value_at(p, value),
            None => d.borrow_mut().push(h, key, value),
        }
        Ok(())
    }

    pub fn dict_del(&mut self, d: &DictRef, key: &Value) -> PyResult<Option<Value>> {
        let h = self.hash(key)?;
        let pos = self.dict_find(d, key, h)?;
        Ok(pos
            .and_then(|p| d.borrow_mut().remove_at(p))
            .map(|e| e.value))
    }

    pub fn new_dict(&self) -> DictRef {
        let d = Rc::new(RefCell::new(Dict::new()));
        crate::gc::track_dict(&d);
        d
    }

    fn set_probe(&mut self, s: &Rc<RefCell<Set>>, key: &Value, hash: i64) -> PyResult<Probe> {
        let mut ruled_out = Vec::new();
        loop {
            let p = s.borrow().probe(hash, key, &ruled_out);
            match p {
                Probe::NeedsEq(at) => {
                    let k = match &s.borrow().table[at] {
                        crate::objects::set::Slot::Active(_, k) => k.clone(),
                        _ => Value::Null,
                    };
                    let equal = self.eq(&k, key)?;
                    // As set_do_lookup: an __eq__ that changed the set (the slot no longer
                    // holds the key compared, the table resized) restarts the lookup.
                    let same = matches!(s.borrow().table.get(at),
                        Some(crate::objects::set::Slot::Active(_, now)) if now.is(&k));
                    if !same {
                        ruled_out.clear();
                        continue;
                    }
                    if equal {
                        return Ok(Probe::Found(at));
                    }
                    ruled_out.push(at);
                }
                other => return Ok(other),
            }
        }
    }

    pub fn set_add(&mut self, s: &Rc<RefCell<Set>>, key: Value) -> PyResult<()> {
        let h = self.hash(&key)?;
        if let Probe::Empty(at) = self.set_probe(s, &key, h)? {
            s.borrow_mut().insert_at(at, h, key);
        }
        Ok(())
    }

    pub fn set_contains(&mut self, s: &Rc<RefCell<Set>>, key: &Value) -> PyResult<bool> {
        let h = match self.hash(key) {
            Ok(h) => h,
            Err(e) => {
                // `{1} in set()`: a set key is looked up as a frozenset
                if let Value::Set(inner) = key {
                    let fz = Value::FrozenSet(inner.clone());
                    return self.set_contains(s, &fz);
                }
                return Err(e);
            }
        };
        Ok(matches!(self.set_probe(s, key, h)?, Probe::Found(_)))
    }

    pub fn set_discard(&mut self, s: &Rc<RefCell<Set>>, key: &Value) -> PyResult<bool> {
        let h = self.hash(key)?;
        match self.set_probe(s, key, h)? {
            Probe::Found(at) => {
                s.borrow_mut().remove_at(at);
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// `set_update_internal`: add the items of `iterable` to `s`, with CPython's table
    /// growth (so iteration order matches).
    pub fn set_update_from(&mut self, s: &Rc<RefCell<Set>>, iterable: &Value) -> PyResult<()> {
        match iterable {
            Value::Set(o) | Value::FrozenSet(o) => {
                if Rc::ptr_eq(s, o) {
                    return Ok(());
                }
                let other = o.borrow().clone();
                if s.borrow_mut().merge_into_empty(&other) {
                    return Ok(());
                }
                for (h, k) in other.entries() {
                    if let Probe::Empty(at) = self.set_probe(s, &k, h)? {
                        s.borrow_mut().insert_at(at, h, k);
                    }
                }
                Ok(())
            }
            Value::Dict(d) => {
                let keys = d.borrow().keys();
                s.borrow_mut().presize(keys.len());
                for k in keys {
                    self.set_add(s, k)?;
                }
                Ok(())
            }
            other => {
                for k in self.collect(other)? {
                    self.set_add(s, k)?;
                }
                Ok(())
            }
        }
    }

    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Rc<RefCell<Set>>> {
        let s = Rc::new(RefCell::new(Set::new()));
        for it in items {
            self.set_add(&s, it)?;
        }
        Ok(s)
    }

    /// `isinstance(v, cls)` with `__instancecheck__` and tuples.
    pub fn isinstance(&mut self, v: &Value, cls: &Value) -> PyResult<bool> {
        match cls {
            Value::Type(t) => {
                // As CPython's PyObject_IsInstance: only `type(v) is cls` skips a metaclass's
                // `__instancecheck__` (a subclass instance of a non-runtime Protocol raises).
                let tv = self.type_of(v);
                if Rc::ptr_eq(&tv, t) {
                    return Ok(true);
                }
                let meta = self.type_of(cls);
                if !Rc::ptr_eq(&meta, &self.types.type_) {
                    if let Some(m) = meta.lookup("__instancecheck__") {
                        let r = self.with_c(" in __instancecheck__", |vm| {
                            vm.call(&m, vec![cls.clone(), v.clone()])
                        })?;
                        return self.truthy(&r);
                    }
                }
                if tv.is_subtype(t) {
                    return Ok(true);
                }
                self.isinstance_via_class(v, t)
            }
            Value::Tuple(ts) => {
                // object_recursive_isinstance: each tuple level takes a unit of the C
                // recursion budget
                self.with_c(" in __instancecheck__", |vm| {
                    for t in ts.iter() {
                        if vm.isinstance(v, t)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                })
            }
            _ => {
                if let Some(args @ Value::Tuple(_)) = crate::objects::descriptors::union_args(cls) {
                    return self.isinstance(v, &args);
                }
                if let Some(m) = self.lookup_special(cls, "__instancecheck__")? {
                    let r =
                        self.with_c(" in __instancecheck__", |vm| vm.call(&m, vec![v.clone()]))?;
                    return self.truthy(&r);
                }
                Err(self
                    .type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
            }
        }
    }

    /// The second half of CPython's `object_isinstance`: when `type(v)` is not a subclass of
    /// `t`, `v.__class__` (a property or class attribute can make it another class, as
    /// unittest.mock's specs do) is asked. Only instances whose class or a base defines
    /// `__class__` or `__getattribute__` can answer differently, so others skip the lookup.
    pub fn isinstance_via_class(&mut self, v: &Value, t: &Rc<Type>) -> PyResult<bool> {
        let Value::Instance(i) = v else {
            return Ok(false);
        };
        let own = i.class();
        let overridden = own.mro.borrow().iter().any(|c| {
            !c.builtin && {
                let d = c.dict.borrow();
                d.contains_str("__class__") || d.contains_str("__getattribute__")
            }
        });
        if !overridden {
            return Ok(false);
        }
        match self.getattr(v, "__class__") {
            Ok(Value::Type(icls)) if !Rc::ptr_eq(&icls, &own) => Ok(icls.is_subtype(t)),
            Ok(_) => Ok(false),
            Err(e) if self.err_is(&e, "AttributeError") => Ok(false),
            Err(e) => Err(e),
        }
    }

    pub fn issubclass(&mut self, c: &Value, cls: &Value) -> PyResult<bool> {
        match (c, cls) {
            (Value::Type(a), Value::Type(b)) => {
                if a.is_subtype(b) {
                    return Ok(true);
                }
                let meta = self.type_of(cls);
                if !Rc::ptr_eq(&meta, &self.types.type_) {
                    if let Some(m) = meta.lookup("__subclasscheck__") {
                        let r = self.with_c(" in __subclasscheck__", |vm| {
                            vm.call(&m, vec![cls.clone(), c.clone()])
                        })?;
                        return self.truthy(&r);
                    }
                }
                Ok(false)
            }
            (_, Value::Tuple(ts)) => {
                // object_issubclass: each tuple level takes a unit of the C recursion budget
                self.with_c(" in __subclasscheck__", |vm| {
                    for t in ts.iter() {
                        if vm.issubclass(c, t)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                })
            }
            (Value::Type(_), _) => {
                if let Some(args @ Value::Tuple(_)) = crate::objects::descriptors::union_args(cls) {
                    return self.issubclass(c, &args);
                }
                if let Some(m) = self.lookup_special(cls, "__subclasscheck__")? {
                    let r =
                        self.with_c(" in __subclasscheck__", |vm| vm.call(&m, vec![c.clone()]))?;
                    return self.truthy(&r);
                }
                Err(self.type_error(
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                ))
            }
            _ => Err(self.type_error("issubclass() arg 1 must be a class")),
        }
    }

    /// An iterator over a range with bounds past 64 bits (CPython's longrange_iterator).
    fn iter_big_range(&mut self, r: &crate::objects::misc::Range) -> PyResult<Value> {
        let (start, _, step) = r.exact();
        Ok(Value::Iter(Rc::new(RefCell::new(Iter::LongRange {
            next: start,
            step,
            remaining: r.exact_len(),
        }))))
    }

    pub fn to_bigint(&self, v: &Value) -> Option<BigInt> {
        match v {
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Bool(b) => Some(BigInt::from(*b as i64)),
            Value::BigInt(b) => Some((**b).clone()),
            Value::Instance(_) => unwrap_base(v).and_then(|b| self.to_bigint(&b)),
            _ => None,
        }
    }
}

/// The builtin value inside an instance of a builtin subclass (`class C(int)`); None for
/// the Rust data of a native object (objects/native.rs), which is no Python value.
pub fn unwrap_base(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) => match &i.base() {
            Some(Value::Native(_)) | None => None,
            Some(b) => Some(b.clone()),
        },
        _ => None,
    }
}

fn type_as_rc(v: &Value) -> Option<Rc<Type>> {
    match v {
        Value::Type(t) => Some(t.clone()),
        _ => None,
    }
}

pub fn bind_builtin(b: &Rc<Builtin>, obj: Value) -> Value {
    Value::Builtin(Rc::new(Builtin {
        name: b.name.clone(),
        func: b.func,
        kind: b.kind,
        bound: Some(obj),
        owner: b.owner.clone(),
        data: b.data.clone(),
        module: b.module.clone(),
        spec: b.spec,
        c_units: b.c_units.clone(),
    }))
}

/// A new plain instance of `ty` (what `object.__new__(ty)` makes).
pub fn new_instance(vm: &Vm, ty: &Rc<Type>) -> Value {
    new_instance_sized(vm, ty, 0)
}

/// `new_instance` with room for `attrs` entries in the instance's `__dict__`.
pub fn new_instance_sized(vm: &Vm, ty: &Rc<Type>, attrs: usize) -> Value {
    let is_exc = vm.is_exception_type(ty);
    // Made on first use unless `__init__` is known to set attributes (`attrs`).
    let dict = (ty.has_dict && (attrs > 0 || !crate::objects::instance::lazy_dict(ty)))
        .then(|| Rc::new(RefCell::new(Dict::with_capacity(attrs))));
    let inst = Rc::new(Instance::new(
        ty.clone(),
        dict,
        vec![None; ty.slots.len()],
        None,
        is_exc.then(Default::default),
    ));
    crate::gc::track_instance(&inst);
    Value::Instance(inst)
}

/// Turning "index out of bounds" panics of native functions (an argument the caller left out)
/// into TypeErrors: a quiet panic hook for those while a native runs, and the test of the
/// payload.
mod native_arg_guard {
    use std::cell::Cell;

    thread_local! {
        static DEPTH: Cell<u32> = const { Cell::new(0) };
    }

    pub struct Guard;

    impl Drop for Guard {
        fn drop(&mut self) {
            DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
        }
    }

    pub fn enter() -> Guard {
        static HOOK: std::sync::Once = std::sync::Once::new();
        HOOK.call_once(|| {
            let prev = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                let quiet = DEPTH.try_with(|d| d.get() > 0).unwrap_or(false)
                    && (is_missing_arg(info.payload()) || is_capacity_overflow(info.payload()));
                if !quiet {
                    prev(info);
                }
            }));
        });
        DEPTH.with(|d| d.set(d.get() + 1));
        Guard
    }

    fn message(payload: &(dyn std::any::Any + Send)) -> &str {
        payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("")
    }

    pub fn is_missing_arg(payload: &(dyn std::any::Any + Send)) -> bool {
        message(payload).starts_with("index out of bounds")
    }

    /// An allocation of an absurd size (`(1).to_bytes(10**20)`): CPython's MemoryError.
    pub fn is_capacity_overflow(payload: &(dyn std::any::Any + Send)) -> bool {
        message(payload).starts_with("capacity overflow")
    }
}
