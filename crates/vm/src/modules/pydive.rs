//! `_pydive`: helpers the Python side of pydive's library asks of the VM (see lib/NATIVE.md).

use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

fn virtual_time(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.virtual_time))
}

fn tracing(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.tracer.is_some()))
}

/// `trace_event(kind, **fields)`: an event-loop decision for the tracer.
fn trace_event(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if vm.tracer.is_none() {
        return Ok(Value::None);
    }
    let kind = a
        .pos
        .first()
        .and_then(|k| k.as_str().map(String::from))
        .unwrap_or_default();
    let mut fields = Vec::new();
    for (k, v) in &a.kw {
        let s = match v {
            Value::Str(s) => s.to_string(),
            other => vm.quick_repr(other),
        };
        fields.push((k.to_string(), s));
    }
    if let Some(mut t) = vm.tracer.take() {
        t.event(&kind, &fields);
        vm.tracer = Some(t);
    }
    Ok(Value::None)
}

/// Set by `pydive trace`: an asyncio loop left with nothing to wait for ends the run
/// (CPython would block forever) instead of hanging the trace.
static TRACE_STOPS_WHEN_IDLE: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

pub fn set_trace_stops_when_idle(on: bool) {
    TRACE_STOPS_WHEN_IDLE.store(on, std::sync::atomic::Ordering::Relaxed);
}

fn trace_stops_when_idle(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        vm.tracer.is_some() && TRACE_STOPS_WHEN_IDLE.load(std::sync::atomic::Ordering::Relaxed),
    ))
}

/// Does a frame running `code` stay out of tracebacks (and trace events)? A flag on the code
/// object, set by `hide_from_tracebacks` / `hide_module`: one load per unwound frame.
#[inline]
pub fn hidden_code(code: &std::rc::Rc<crate::objects::code::PyCode>) -> bool {
    code.hidden.get()
}

/// The frame below `frame` as Python code sees it (`f_back`, `sys._getframe`): hidden frames
/// (C code in CPython) are skipped, unless `frame` is itself hidden (pydive's own library
/// code walks its real callers).
pub fn visible_back(frame: &crate::frame::FrameRef) -> Option<crate::frame::FrameRef> {
    let f = frame.borrow();
    let mut back = f.back.clone();
    if hidden_code(&f.code) {
        return back;
    }
    while let Some(b) = back {
        if !hidden_code(&b.borrow().code) {
            return Some(b);
        }
        back = b.borrow().back.clone();
    }
    None
}

/// Hide `code` and the code objects nested in it (inner functions, lambdas, comprehensions).
fn hide_code(code: &crate::objects::code::PyCode) {
    if code.hidden.replace(true) {
        return;
    }
    for c in &code.consts {
        if let Value::Code(inner) = c {
            hide_code(inner);
        }
    }
}

/// Hide what `v` runs: a function (its code), a bound method's function, a property's
/// accessors, a staticmethod/classmethod's function, and all of these in a class's dict
/// (classes nested in it too). With `only`, just functions whose globals are that dict.
fn hide_value(
    v: &Value,
    only: Option<&DictRef>,
    seen: &mut Vec<*const crate::objects::typeobj::Type>,
) {
    match v {
        Value::Function(f) if only.is_none_or(|g| std::rc::Rc::ptr_eq(g, &f.globals)) => {
            hide_code(&f.code.borrow());
        }
        Value::Method(m) => hide_value(&m.func, only, seen),
        Value::Property(p) => {
            for acc in [&p.fget, &p.fset, &p.fdel] {
                hide_value(acc, only, seen);
            }
        }
        Value::ClassMethod(c) | Value::StaticMethod(c) => {
            let inner = c.borrow().clone();
            hide_value(&inner, only, seen);
        }
        Value::Type(t) => {
            let ptr = std::rc::Rc::as_ptr(t);
            if seen.contains(&ptr) {
                return;
            }
            seen.push(ptr);
            let prefix = format!("{}.", t.qualname.borrow());
            let values = t.dict.borrow().values();
            for v in values {
                match &v {
                    // A class attribute naming some other class is not part of this one.
                    Value::Type(inner) if !inner.qualname.borrow().starts_with(&prefix) => {}
                    _ => hide_value(&v, only, seen),
                }
            }
        }
        _ => {}
    }
}

/// `hide_from_tracebacks(obj)` → obj: frames of `obj`'s code add no traceback entry, as
/// CPython's C functions (Future.result, Task.__step, ...) add none. `obj`: a function (its
/// nested code too), a class (its methods, properties, static/class methods), a property.
fn hide_from_tracebacks(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(
            v @ (Value::Function(_)
            | Value::Method(_)
            | Value::Type(_)
            | Value::Property(_)
            | Value::ClassMethod(_)
            | Value::StaticMethod(_)),
        ) => {
            hide_value(v, None, &mut Vec::new());
            Ok(v.clone())
        }
        _ => {
            Err(vm
                .type_error("hide_from_tracebacks() expects a Python function, class or property"))
        }
    }
}

/// `hide_module(namespace, exclude=())`: hide every function and class of a module's
/// namespace (its `globals()`) defined by that module, except the names in `exclude`: the
/// lib/ modules that are C in CPython.
fn hide_module(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Dict(ns)) = a.pos.first() else {
        return Err(vm.type_error("hide_module() expects a module's globals() dict"));
    };
    let exclude = a
        .pos
        .get(1)
        .or_else(|| a.kw.iter().find(|(k, _)| &**k == "exclude").map(|(_, v)| v));
    let mut skip: Vec<String> = Vec::new();
    match exclude {
        None => {}
        Some(Value::Tuple(t)) => skip.extend(t.iter().filter_map(|v| v.as_str().map(String::from))),
        Some(Value::List(l)) => skip.extend(
            l.0.borrow()
                .iter()
                .filter_map(|v| v.as_str().map(String::from)),
        ),
        Some(_) => {
            return Err(vm.type_error("hide_module(): exclude must be a tuple or list of names"))
        }
    }
    let items = ns.borrow().items();
    let mut seen = Vec::new();
    for (k, v) in items {
        if k.as_str().is_some_and(|k| skip.iter().any(|s| s == k)) {
            continue;
        }
        hide_value(&v, Some(ns), &mut seen);
    }
    Ok(Value::None)
}

/// The `tp_name` CPython's C type of that name has ('datetime.date'), for the types
/// `register_tp_name` or `set_tp_name` marked; error messages name a type by it.
pub fn tp_name(t: &std::rc::Rc<crate::objects::typeobj::Type>) -> Option<std::rc::Rc<str>> {
    t.tp_name.borrow().clone()
}

/// Name `t` `name` in error messages (pydive's native types standing for C types of
/// modules other than builtins: 'collections.deque').
pub fn register_tp_name(t: &std::rc::Rc<crate::objects::typeobj::Type>, name: &str) {
    *t.tp_name.borrow_mut() = Some(std::rc::Rc::from(name));
}

/// `set_tp_name(cls, name)`: `cls` (a lib/ class standing for a C type) is called `name`
/// in error messages, as `datetime.date` is in CPython's.
fn set_tp_name(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match (a.pos.first(), a.pos.get(1)) {
        (Some(Value::Type(t)), Some(Value::Str(name))) => {
            *t.tp_name.borrow_mut() = Some(name.clone());
            Ok(Value::None)
        }
        _ => Err(vm.type_error("set_tp_name() expects a class and a str")),
    }
}

/// `set_immutable(*classes)`: each lib/ class (standing for a C type) refuses attribute
/// assignment and deletion on itself, as CPython's immutable types do.
/// A class whose `__new__` would be object's gets a C-like one of its own (`c_type_new`):
/// CPython's C type has a `tp_new`, which `super().__new__(cls)` in a subclass reaches and
/// `object.__new__(cls)` refuses ("is not safe").
fn set_immutable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    for c in &a.pos {
        match c {
            Value::Type(t) => {
                t.immutable.set(true);
                let inherits_object_new = t.lookup("__new__").is_some_and(
                    |n| matches!(&n, Value::Builtin(b) if b.owner.as_deref() == Some("object")),
                );
                let tn = crate::vm::Vm::tp_name_of(t);
                if !t.builtin
                    && inherits_object_new
                    && !crate::objects::typecall::C_TYPES_WITH_OBJECT_NEW.contains(&&*tn)
                {
                    let new = Value::Builtin(std::rc::Rc::new(crate::objects::function::Builtin {
                        name: std::rc::Rc::from("__new__"),
                        func: c_type_new,
                        kind: crate::objects::function::BuiltinKind::Function,
                        bound: None,
                        owner: Some(t.name()),
                        data: None,
                        module: Default::default(),
                        c_units: Default::default(),
                        spec: None,
                    }));
                    let sm = Value::StaticMethod(std::rc::Rc::new(std::cell::RefCell::new(new)));
                    t.dict.borrow_mut().set_str("__new__", sm);
                }
            }
            _ => return Err(vm.type_error("set_immutable() expects classes")),
        }
    }
    Ok(Value::None)
}

/// The `__new__` `set_immutable` gives a lib/ class standing for a C type: makes an instance
/// of `cls` (its arguments are `__init__`'s).
fn c_type_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Type(t)) => crate::objects::typecall::object_new_unchecked(vm, t),
        _ => Err(vm.type_error("__new__(X): X is not a type object")),
    }
}

/// `dict_view(cls, view)`: the dict view `view` (`dict.keys(od)`) as an instance of `cls`, a
/// lib/ class deriving from its view type (OrderedDict's `odict_keys`, ...).
fn dict_view(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use crate::objects::dictview::{as_view, make_view_of};
    if let (Some(Value::Type(t)), Some(v)) = (a.pos.first(), a.pos.get(1)) {
        if let Some((kind, d)) = as_view(v) {
            let made = make_view_of(t.clone(), d);
            if as_view(&made).is_some_and(|(k, _)| k == kind) {
                return Ok(made);
            }
        }
    }
    Err(vm.type_error("dict_view() expects a class deriving from a dict view type, and a view"))
}

/// The slots CPython fills with a `wrapper_descriptor` ("slot wrapper"): a wrong receiver
/// is worded "requires a 'X' object but received a 'Y'" (wrapperdescr_call) instead of
/// a method descriptor's "doesn't apply to" (descr_check).
const SLOT_NAMES: &[&str] = &[
    "__getattribute__",
    "__getattr__",
    "__setattr__",
    "__delattr__",
    "__repr__",
    "__hash__",
    "__call__",
    "__str__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__iter__",
    "__next__",
    "__get__",
    "__set__",
    "__delete__",
    "__init__",
    "__del__",
    "__await__",
    "__aiter__",
    "__anext__",
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__mod__",
    "__rmod__",
    "__divmod__",
    "__rdivmod__",
    "__pow__",
    "__rpow__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__bool__",
    "__invert__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__and__",
    "__rand__",
    "__xor__",
    "__rxor__",
    "__or__",
    "__ror__",
    "__int__",
    "__float__",
    "__iadd__",
    "__isub__",
    "__imul__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__iand__",
    "__ixor__",
    "__ior__",
    "__floordiv__",
    "__rfloordiv__",
    "__truediv__",
    "__rtruediv__",
    "__ifloordiv__",
    "__itruediv__",
    "__index__",
    "__matmul__",
    "__rmatmul__",
    "__imatmul__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
    "__buffer__",
    "__release_buffer__",
];

/// A native method in a type's dict that CPython's type has as a slot wrapper
/// (`int.__add__`, `object.__init__`), not a method descriptor: a slot's name, less the ones
/// dict, list and set also define as methods (METH_COEXIST: `dict.__getitem__`).
pub fn is_slot_wrapper(b: &crate::objects::function::Builtin) -> bool {
    let n = &*b.name;
    if !n.starts_with("__") || !SLOT_NAMES.contains(&n) {
        return false;
    }
    let coexist = match b.owner.as_deref() {
        Some("dict") => matches!(n, "__getitem__" | "__contains__"),
        Some("list") => n == "__getitem__",
        Some("set" | "frozenset") => n == "__contains__",
        _ => false,
    };
    !coexist
}

/// What `cls.name` gives when `cls.name` found the plain function `f`: when the class of
/// the MRO holding it stands for a C type (`set_immutable`), a method descriptor that checks
/// its receiver as CPython's do (`OrderedDict.keys(5)` is a TypeError naming both types);
/// otherwise `f` itself. Instances bind `f` directly, so their calls pay nothing.
pub fn c_type_method(
    vm: &mut Vm,
    t: &std::rc::Rc<crate::objects::typeobj::Type>,
    name: &str,
    f: Value,
) -> Value {
    if matches!(name, "__new__" | "__init_subclass__" | "__class_getitem__") {
        return f;
    }
    // the C type is the class marked immutable nearest to (or being) the one holding `f`
    // (chain.__next__ lives in a private base class of chain's)
    let owner = {
        let mro = t.mro.borrow();
        if !mro.iter().any(|c| c.immutable.get()) {
            return f;
        }
        let mut owner = None;
        for c in mro.iter() {
            if c.immutable.get() {
                owner = Some(c.clone());
            }
            if c.dict.borrow().get_str(name).is_some() {
                break;
            }
        }
        match owner {
            Some(o) => o,
            None => return f,
        }
    };
    // one descriptor per method, as CPython's type dict holds one: `type(p).__call__ is
    // partial.__call__` and dicts keyed by methods (pprint's dispatch) need it
    let Value::Function(func) = &f else { return f };
    let key = (
        std::rc::Rc::as_ptr(&owner) as usize,
        std::rc::Rc::as_ptr(func) as usize,
    );
    if let Some(d) = vm.c_type_methods.get(&key) {
        return d.clone();
    }
    let data = Value::tuple(vec![
        f.clone(),
        Value::Type(owner.clone()),
        Value::str(name),
    ]);
    let d = Value::Builtin(std::rc::Rc::new(crate::objects::function::Builtin {
        name: std::rc::Rc::from(name),
        func: c_type_method_call,
        kind: crate::objects::function::BuiltinKind::Method,
        bound: None,
        owner: Some(owner.name()),
        data: Some(data),
        module: Default::default(),
        c_units: Default::default(),
        spec: None,
    }));
    // the entry holds the function and the class, so neither address is reused
    vm.c_type_methods.insert(key, d.clone());
    d
}

/// The call of a `c_type_method` descriptor: `(f, owner)` first, then the receiver.
fn c_type_method_call(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let data = a.pos.remove(0);
    let (f, owner, name) = match &data {
        Value::Tuple(t) => match (t.first(), t.get(1), t.get(2)) {
            (Some(f), Some(Value::Type(o)), Some(Value::Str(n))) => {
                (f.clone(), o.clone(), n.clone())
            }
            _ => return Err(vm.type_error("bad C-type method descriptor")),
        },
        _ => return Err(vm.type_error("bad C-type method descriptor")),
    };
    let tn = crate::vm::Vm::tp_name_of(&owner);
    match a.pos.first() {
        Some(recv) if vm.isinstance_type(recv, &owner) => vm.call_args(&f, a),
        Some(recv) => {
            let got = vm.type_name(recv);
            Err(vm.type_error(if SLOT_NAMES.contains(&&*name) {
                format!("descriptor '{name}' requires a '{tn}' object but received a '{got}'")
            } else {
                format!("descriptor '{name}' for '{tn}' objects doesn't apply to a '{got}' object")
            }))
        }
        None => Err(vm.type_error(format!(
            "descriptor '{name}' of '{tn}' object needs an argument"
        ))),
    }
}

/// `alloc(cls)`: a new instance of `cls` as `object.__new__(cls)` makes it, allowed for
/// the C types pydive writes in Python (whose `__new__` calls it), which `object.__new__`
/// refuses as CPython does.
fn alloc(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Type(t)) => crate::objects::typecall::object_new_unchecked(vm, t),
        _ => Err(vm.type_error("alloc() expects a class")),
    }
}

fn currentframe(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(match vm.current_frame() {
        Some(f) => Value::Frame(f),
        None => Value::None,
    })
}

/// `caret_anchors(segment)`: `(left_end, right_start)` of the operator or subscript that makes
/// up the whole segment, else None (what lib/traceback.py asks instead of parsing with `ast`).
fn caret_anchors(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let seg = a.pos.first().and_then(|s| s.as_str().map(String::from));
    Ok(
        match seg.as_deref().and_then(crate::traceback::caret_anchors) {
            Some((l, r)) => Value::tuple(vec![Value::Int(l as i64), Value::Int(r as i64)]),
            None => Value::None,
        },
    )
}

/// `locate_module(fullname, path)`: None, or (kind, origin, package folder) of where the
/// import system would load `fullname` from (`path`: the parent's `__path__`, None for
/// sys.path), without loading it.
fn locate_module(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = a
        .pos
        .first()
        .and_then(|v| v.as_str().map(String::from))
        .unwrap_or_default();
    let path = match a.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(
            vm.collect(v)?
                .iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect(),
        ),
    };
    let opt = |s: Option<String>| s.map(|s| Value::str(&s)).unwrap_or(Value::None);
    Ok(match vm.locate_module(&name, path)? {
        None => Value::None,
        Some((kind, origin, dir)) => Value::tuple(vec![Value::str(kind), opt(origin), opt(dir)]),
    })
}

/// `embedded_source(rel)`: the text of pydive's lib/ file `rel`, or None.
fn embedded_source(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let rel = a.pos.first().and_then(|v| v.as_str().map(String::from));
    Ok(rel
        .as_deref()
        .and_then(crate::import::embedded_source)
        .map(Value::str)
        .unwrap_or(Value::None))
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("virtual_time", virtual_time),
        ("tracing", tracing),
        ("trace_event", trace_event),
        ("trace_stops_when_idle", trace_stops_when_idle),
        ("hide_from_tracebacks", hide_from_tracebacks),
        ("hide_module", hide_module),
        ("currentframe", currentframe),
        ("set_tp_name", set_tp_name),
        ("set_immutable", set_immutable),
        ("dict_view", dict_view),
        ("alloc", alloc),
        ("caret_anchors", caret_anchors),
        ("locate_module", locate_module),
        ("embedded_source", embedded_source),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    Ok(())
}
