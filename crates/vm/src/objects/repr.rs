//! `repr()` and `str()` of every value, exactly as CPython prints them.

use std::rc::Rc;

use crate::objects::function::BuiltinKind;
use crate::objects::iter::DictView;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<Rc<str>> {
        // PyObject_Repr's Py_EnterRecursiveCall: CPython 3.12's C recursion limit stops
        // deeply nested containers (and keeps Rust's stack from overflowing)
        self.enter_c(" while getting the repr of an object")?;
        let r = self.repr_value(v);
        self.leave_c();
        r
    }

    fn repr_value(&mut self, v: &Value) -> PyResult<Rc<str>> {
        if let Some(Value::Tuple(args)) = crate::objects::descriptors::union_args(v) {
            // unionobject.c's union_repr: `int | str | None`, classes by their qualified name.
            let mut parts = Vec::with_capacity(args.len());
            for a in args.iter() {
                parts.push(self.type_repr(a)?.to_string());
            }
            return Ok(Rc::from(parts.join(" | ")));
        }
        if let Some(m) = self.metaclass_method(v, "__repr__") {
            // a class whose metaclass defines __repr__ (type_repr is only the default)
            return match self.call(&m, vec![v.clone()])? {
                Value::Str(s) => Ok(s),
                other => {
                    let tn = self.type_name(&other);
                    Err(self.type_error(format!("__repr__ returned non-string (type {tn})")))
                }
            };
        }
        Ok(match v {
            Value::Str(s) => Rc::from(crate::objects::str::repr_str(s)),
            Value::Int(i) => Rc::from(i.to_string()),
            Value::Instance(_) => {
                let ty = self.type_of(v);
                let m = ty.lookup("__repr__");
                match m {
                    Some(m) => {
                        let r =
                            self.with_repr_guard(v, |vm| vm.call_special(&m, v, &ty, vec![]))?;
                        match r {
                            Value::Str(s) => s,
                            Value::Instance(ref i) if matches!(&i.base(), Some(Value::Str(_))) => {
                                match i.base() {
                                    Some(Value::Str(s)) => s,
                                    _ => Rc::from(""),
                                }
                            }
                            other => {
                                let tn = self.type_name(&other);
                                return Err(self.type_error(format!(
                                    "__repr__ returned non-string (type {tn})"
                                )));
                            }
                        }
                    }
                    None => Rc::from(self.default_repr(v)),
                }
            }
            Value::List(l) => {
                if self.repr_active(v) {
                    return Ok(Rc::from("[...]"));
                }
                let items = l.borrow().clone();
                let s = self.with_repr_guard(v, |vm| vm.join_reprs(&items))?;
                Rc::from(format!("[{s}]"))
            }
            Value::Tuple(t) => {
                if t.len() == 1 {
                    let r = self.repr(&t[0])?;
                    Rc::from(format!("({r},)"))
                } else {
                    let items = t.to_vec();
                    let s = self.join_reprs(&items)?;
                    Rc::from(format!("({s})"))
                }
            }
            Value::Dict(d) => {
                if self.repr_active(v) {
                    return Ok(Rc::from("{...}"));
                }
                let items = d.borrow().items();
                let s = self.with_repr_guard(v, |vm| {
                    let mut parts = Vec::with_capacity(items.len());
                    for (k, val) in &items {
                        let kr = vm.repr(k)?;
                        let vr = vm.repr(val)?;
                        parts.push(format!("{kr}: {vr}"));
                    }
                    Ok(Value::Str(Rc::from(parts.join(", "))))
                })?;
                Rc::from(format!("{{{}}}", s.as_str().unwrap_or("")))
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let items = s.borrow().keys();
                let frozen = matches!(v, Value::FrozenSet(_));
                if items.is_empty() {
                    return Ok(Rc::from(if frozen { "frozenset()" } else { "set()" }));
                }
                if self.repr_active(v) {
                    return Ok(Rc::from(if frozen { "frozenset(...)" } else { "{...}" }));
                }
                let body = self.with_repr_guard(v, |vm| {
                    vm.join_reprs(&items).map(|s| Value::Str(Rc::from(s)))
                })?;
                let body = body.as_str().unwrap_or("").to_string();
                if frozen {
                    Rc::from(format!("frozenset({{{body}}})"))
                } else {
                    Rc::from(format!("{{{body}}}"))
                }
            }
            _ => Rc::from(self.simple_repr(v)?),
        })
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for it in items {
            parts.push(self.repr(it)?.to_string());
        }
        Ok(parts.join(", "))
    }

    fn repr_active(&self, v: &Value) -> bool {
        REPR_STACK.with(|s| s.borrow().contains(&v.id()))
    }

    /// `Py_ReprEnter`/`Py_ReprLeave`: recursive containers print as `[...]`.
    fn with_repr_guard<T>(
        &mut self,
        v: &Value,
        f: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T>
    where
        T: ReprOut,
    {
        let id = v.id();
        REPR_STACK.with(|s| s.borrow_mut().push(id));
        let r = f(self);
        REPR_STACK.with(|s| {
            let mut s = s.borrow_mut();
            if let Some(p) = s.iter().rposition(|x| *x == id) {
                s.remove(p);
            }
        });
        r
    }

    /// `_Py_typing_type_repr`: how `types.UnionType` and generic aliases show an argument —
    /// None as `None`, a class as `module.qualname` (just `qualname` for builtins).
    pub fn type_repr(&mut self, a: &Value) -> PyResult<Rc<str>> {
        match a {
            Value::Type(t) if Rc::ptr_eq(t, &self.types.none) => Ok(Rc::from("None")),
            Value::None => Ok(Rc::from("None")),
            Value::Type(t) => {
                let module = t.module().unwrap_or_else(|| Rc::from("builtins"));
                let qn = t.qualname.borrow().clone();
                Ok(if &*module == "builtins" {
                    qn
                } else {
                    Rc::from(format!("{module}.{qn}"))
                })
            }
            _ => self.repr(a),
        }
    }

    /// `<module.Name object at 0x...>`.
    pub fn default_repr(&self, v: &Value) -> String {
        let ty = self.type_of(v);
        let module = ty.module().unwrap_or_else(|| Rc::from("builtins"));
        let qn = ty.qualname.borrow().clone();
        if &*module == "builtins" {
            format!("<{qn} object at {:#x}>", v.id())
        } else {
            format!("<{module}.{qn} object at {:#x}>", v.id())
        }
    }

    /// Reprs of the builtin values that never run Python code.
    pub fn simple_repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Null => "<NULL>".into(),
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => crate::objects::int::bigint_to_decimal(self, b)?,
            Value::Float(f) => crate::objects::float::float_repr(*f),
            Value::Complex(re, im) => crate::objects::float::complex_repr(*re, *im),
            Value::Str(s) => crate::objects::str::repr_str(s),
            Value::Bytes(b) => crate::objects::bytes::bytes_repr(b),
            Value::ByteArray(b) => format!(
                "bytearray({})",
                crate::objects::bytes::bytearray_repr_body(&b.borrow())
            ),
            Value::Slice(s) => {
                let a = self.repr(&s.start)?;
                let b = self.repr(&s.stop)?;
                let c = self.repr(&s.step)?;
                format!("slice({a}, {b}, {c})")
            }
            Value::Range(r) => {
                let (start, stop, step) = r.exact();
                if step == num_bigint::BigInt::from(1) {
                    format!("range({start}, {stop})")
                } else {
                    format!("range({start}, {stop}, {step})")
                }
            }
            Value::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.co.name,
                v.id(),
                c.co.filename,
                c.co.firstlineno
            ),
            Value::Function(f) => {
                let qn = f.qualname.borrow();
                if f.code.borrow().hidden.get() && !qn.contains('.') {
                    // a module function of a lib/ module that is C in CPython (operator.add,
                    // functools.reduce, heapq.heappush): hidden from tracebacks, shown as C
                    format!("<built-in function {qn}>")
                } else {
                    format!("<function {} at {:#x}>", qn, v.id())
                }
            }
            Value::Builtin(b) => match (&b.bound, b.kind) {
                (None, BuiltinKind::Method) if crate::modules::pydive::is_slot_wrapper(b) => {
                    format!(
                        "<slot wrapper '{}' of '{}' objects>",
                        b.name,
                        b.owner.as_deref().unwrap_or("object")
                    )
                }
                (Some(obj), BuiltinKind::Method) if crate::modules::pydive::is_slot_wrapper(b) => {
                    let tn = self.type_name(obj);
                    format!(
                        "<method-wrapper '{}' of {} object at {:#x}>",
                        b.name,
                        tn,
                        obj.id()
                    )
                }
                (None, BuiltinKind::Method) => format!(
                    "<method '{}' of '{}' objects>",
                    b.name,
                    b.owner.as_deref().unwrap_or("object")
                ),
                (Some(Value::Module(_)) | None, _) => format!("<built-in function {}>", b.name),
                (Some(Value::Type(t)), _) => {
                    format!(
                        "<built-in method {} of type object at {:#x}>",
                        b.name,
                        Value::Type(t.clone()).id()
                    )
                }
                (Some(obj), _) => {
                    let tn = self.type_name(obj);
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name,
                        tn,
                        obj.id()
                    )
                }
            },
            Value::Method(m) => {
                let fname = match &m.func {
                    Value::Function(f) => f.qualname.borrow().to_string(),
                    other => self
                        .getattr(other, "__qualname__")
                        .ok()
                        .and_then(|q| q.as_str().map(String::from))
                        .unwrap_or_else(|| "?".into()),
                };
                let sr = self.repr(&m.self_)?;
                format!("<bound method {fname} of {sr}>")
            }
            Value::Type(t) => crate::objects::str::type_repr(t),
            Value::Module(m) => {
                let file = m.dict.borrow().get_str("__file__");
                match file {
                    Some(Value::Str(f)) => format!("<module '{}' from '{}'>", m.name, f),
                    _ => {
                        if self.native_modules.contains_key(&*m.name)
                            || &*m.name == "sys"
                            || &*m.name == "builtins"
                        {
                            format!("<module '{}' (built-in)>", m.name)
                        } else {
                            format!("<module '{}'>", m.name)
                        }
                    }
                }
            }
            Value::Cell(c) => match &*c.borrow() {
                None => format!("<cell at {:#x}: empty>", v.id()),
                Some(x) => {
                    let tn = self.type_name(x);
                    format!("<cell at {:#x}: {} object at {:#x}>", v.id(), tn, x.id())
                }
            },
            Value::Frame(f) => {
                let fr = f.borrow();
                format!(
                    "<frame at {:#x}, file '{}', line {}, code {}>",
                    v.id(),
                    fr.code.co.filename,
                    fr.lineno(),
                    fr.code.co.name
                )
            }
            Value::Generator(g) => {
                format!(
                    "<{} object {} at {:#x}>",
                    g.type_name(),
                    g.qualname(),
                    v.id()
                )
            }
            Value::Iter(it) => {
                let it = it.borrow();
                match &*it {
                    Iter::Dict {
                        view,
                        dict: Value::Dict(_),
                        ..
                    } if false => format!("{view:?}"),
                    _ => format!("<{} object at {:#x}>", it.type_name(), v.id()),
                }
            }
            Value::Property(_) => format!("<property object at {:#x}>", v.id()),
            // 3.12's cm_repr / sm_repr show the wrapped callable
            Value::ClassMethod(f) => {
                let inner = f.borrow().clone();
                format!("<classmethod({})>", self.repr(&inner)?)
            }
            Value::StaticMethod(f) => {
                let inner = f.borrow().clone();
                format!("<staticmethod({})>", self.repr(&inner)?)
            }
            Value::Super(s) => {
                let tn = s.thisclass.name();
                let on = s.obj_type.name();
                if s.obj.is_null() {
                    format!("<super: <class '{tn}'>, NULL>")
                } else {
                    format!("<super: <class '{tn}'>, <{on} object>>")
                }
            }
            Value::Traceback(_) => format!("<traceback object at {:#x}>", v.id()),
            Value::Native(_) => format!("<native data at {:#x}>", v.id()),
            Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Instance(_) => self.repr(v)?.to_string(),
        })
    }

    /// `str(v)`.
    /// A Python-level `name` method of a class's metaclass (`class Meta(type): def __repr__`).
    pub fn metaclass_method(&self, v: &Value, name: &str) -> Option<Value> {
        let Value::Type(t) = v else { return None };
        let meta = t.metaclass.borrow().clone()?;
        meta.lookup(name)
            .filter(|m| matches!(m, Value::Function(_)))
    }

    pub fn str(&mut self, v: &Value) -> PyResult<Rc<str>> {
        if let Some(m) = self.metaclass_method(v, "__str__") {
            return match self.call(&m, vec![v.clone()])? {
                Value::Str(s) => Ok(s),
                other => {
                    let tn = self.type_name(&other);
                    Err(self.type_error(format!("__str__ returned non-string (type {tn})")))
                }
            };
        }
        match v {
            Value::Str(s) => Ok(s.clone()),
            Value::Instance(_) => {
                let ty = self.type_of(v);
                match ty.lookup("__str__") {
                    Some(m) if !matches!(&m, Value::Builtin(b) if b.owner.as_deref() == Some("object")) =>
                    {
                        // PyObject_Str's Py_EnterRecursiveCall
                        let r = self.with_c(" while getting the str of an object", |vm| {
                            vm.call_special(&m, v, &ty, vec![])
                        })?;
                        match r {
                            Value::Str(s) => Ok(s),
                            Value::Instance(ref i) => match i.base() {
                                Some(Value::Str(s)) => Ok(s),
                                _ => {
                                    let tn = self.type_name(&r);
                                    Err(self.type_error(format!(
                                        "__str__ returned non-string (type {tn})"
                                    )))
                                }
                            },
                            other => {
                                let tn = self.type_name(&other);
                                Err(self
                                    .type_error(format!("__str__ returned non-string (type {tn})")))
                            }
                        }
                    }
                    _ => self.repr(v),
                }
            }
            _ => self.repr(v),
        }
    }

    /// A repr that never runs Python code (for the tracer and error paths).
    pub fn quick_repr(&self, v: &Value) -> String {
        match v {
            Value::Null => "NULL".into(),
            Value::Str(s) => crate::objects::str::repr_str(s),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => b.to_string(),
            Value::Float(f) => crate::objects::float::float_repr(*f),
            Value::None => "None".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Tuple(t) => {
                let parts: Vec<String> = t.iter().take(8).map(|x| self.quick_repr(x)).collect();
                let more = if t.len() > 8 { ", ..." } else { "" };
                if t.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({}{more})", parts.join(", "))
                }
            }
            Value::List(l) => {
                let l = match l.try_borrow() {
                    Ok(l) => l,
                    Err(_) => return "[...]".into(),
                };
                let parts: Vec<String> = l.iter().take(8).map(|x| self.quick_repr(x)).collect();
                let more = if l.len() > 8 { ", ..." } else { "" };
                format!("[{}{more}]", parts.join(", "))
            }
            Value::Function(f) => format!("<function {}>", f.qualname.borrow()),
            Value::Builtin(b) => format!("<built-in {}>", b.name),
            Value::Method(m) => match &m.func {
                Value::Function(f) => format!("<bound method {}>", f.qualname.borrow()),
                _ => "<bound method>".into(),
            },
            Value::Type(t) => crate::objects::str::type_repr(t),
            Value::Module(m) => format!("<module '{}'>", m.name),
            Value::Code(c) => format!("<code object {}>", c.co.name),
            Value::Generator(g) => format!("<{} object {}>", g.type_name(), g.qualname()),
            Value::Frame(f) => match f.try_borrow() {
                Ok(fr) => format!("<frame {} line {}>", fr.code.co.name, fr.lineno()),
                Err(_) => "<frame>".into(),
            },
            Value::Instance(i) => {
                let t = i.class();
                if i.exc().is_some() {
                    let args = i
                        .exc()
                        .map(|e| self.quick_repr(&e.borrow().args))
                        .unwrap_or_default();
                    format!(
                        "{}{}",
                        t.name(),
                        if args.ends_with(",)") {
                            args.replace(",)", ")")
                        } else {
                            args
                        }
                    )
                } else {
                    format!("<{} object>", t.qualname.borrow())
                }
            }
            Value::Dict(d) => match d.try_borrow() {
                Ok(d) => {
                    let parts: Vec<String> = d
                        .iter()
                        .take(6)
                        .map(|e| {
                            format!("{}: {}", self.quick_repr(&e.key), self.quick_repr(&e.value))
                        })
                        .collect();
                    let more = if d.len() > 6 { ", ..." } else { "" };
                    format!("{{{}{more}}}", parts.join(", "))
                }
                Err(_) => "{...}".into(),
            },
            Value::Iter(it) => match it.try_borrow() {
                Ok(it) => format!("<{}>", it.type_name()),
                Err(_) => "<iterator>".into(),
            },
            other => format!("<{}>", self.type_name(other)),
        }
    }
}

use crate::objects::iter::Iter;

thread_local! {
    static REPR_STACK: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// What a guarded repr computation returns.
pub trait ReprOut {}
impl ReprOut for Value {}
impl ReprOut for String {}

#[allow(dead_code)]
fn _views(_: DictView) {}
