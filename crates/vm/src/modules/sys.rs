//! `sys`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::typeobj::{Layout, Type};
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

/// A "struct sequence" (like `sys.version_info`): a tuple with named fields.
pub fn struct_seq(vm: &mut Vm, type_name: &str, fields: &[(&str, Value)]) -> Value {
    struct_seq_in(vm, "sys", type_name, fields)
}

/// `repr()` of a struct sequence: `module.name(field=value, ...)` (Objects/structseq.c).
fn structseq_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = a.pos.first().cloned().unwrap_or(Value::None);
    let t = vm.type_of(&this);
    let module = match t.dict.borrow().get_str("__module__") {
        Some(Value::Str(m)) => m.to_string(),
        _ => "sys".to_string(),
    };
    let names = match t.dict.borrow().get_str("__match_args__") {
        Some(Value::Tuple(n)) => n.to_vec(),
        _ => Vec::new(),
    };
    let items = match crate::ops::unwrap_base(&this) {
        Some(Value::Tuple(items)) => items.to_vec(),
        _ => Vec::new(),
    };
    // A builtins-module struct sequence (`asyncgen_hooks`) has no module in its name.
    let mut out = match module.as_str() {
        "builtins" => format!("{}(", t.name.borrow()),
        _ => format!("{module}.{}(", t.name.borrow()),
    };
    for (i, (n, v)) in names.iter().zip(items.iter()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let r = vm.repr(v)?;
        if let Value::Str(n) = n {
            out.push_str(n);
        }
        out.push('=');
        out.push_str(&r);
    }
    out.push(')');
    Ok(Value::str(&out))
}

thread_local! {
    /// The struct sequence types made so far, by (module, name): each kind has one type, so
    /// `isinstance(os.stat(p), os.stat_result)` holds.
    static STRUCT_SEQ_TYPES: RefCell<Vec<(String, String, Rc<Type>)>> = const { RefCell::new(Vec::new()) };
}

/// The struct sequence type `module.type_name` with sequence fields `fields` (made once).
pub fn struct_seq_type(vm: &mut Vm, module: &str, type_name: &str, fields: &[&str]) -> Rc<Type> {
    let found = STRUCT_SEQ_TYPES.with(|c| {
        c.borrow()
            .iter()
            .find(|(m, n, _)| m == module && n == type_name)
            .map(|(_, _, t)| t.clone())
    });
    if let Some(t) = found {
        return t;
    }
    let t = Type::new_builtin(type_name, Some(&vm.types.tuple), Layout::Object);
    t.dict
        .borrow_mut()
        .set_str("__module__", Value::str(module));
    t.dict.borrow_mut().set_str(
        "__match_args__",
        Value::tuple(fields.iter().map(|n| Value::str(n)).collect()),
    );
    t.dict
        .borrow_mut()
        .set_str("n_fields", Value::Int(fields.len() as i64));
    t.dict
        .borrow_mut()
        .set_str("n_sequence_fields", Value::Int(fields.len() as i64));
    t.dict
        .borrow_mut()
        .set_str("n_unnamed_fields", Value::Int(0));
    vm.add_method(&t, "__repr__", structseq_repr);
    STRUCT_SEQ_TYPES.with(|c| {
        c.borrow_mut()
            .push((module.to_string(), type_name.to_string(), t.clone()))
    });
    t
}

thread_local! {
    /// The named fields a struct sequence type has past its sequence part (`os.stat_result`'s
    /// st_atime float ... st_rdev), by type; `n_fields` counts them too.
    static STRUCT_SEQ_EXTRA: RefCell<Vec<(Rc<Type>, Vec<&'static str>)>> = const { RefCell::new(Vec::new()) };
}

/// Records the named-only fields of struct sequence type `t` (after its sequence fields).
pub fn struct_seq_extra(t: &Rc<Type>, extra: &[&'static str]) {
    let n_seq = match t.dict.borrow().get_str("n_sequence_fields") {
        Some(Value::Int(n)) => n,
        _ => 0,
    };
    t.dict
        .borrow_mut()
        .set_str("n_fields", Value::Int(n_seq + extra.len() as i64));
    STRUCT_SEQ_EXTRA.with(|c| c.borrow_mut().push((t.clone(), extra.to_vec())));
}

/// `T(sequence, dict=None)` for a struct sequence type made by `struct_seq_type`
/// (structseq_new_impl); None when `t` is not one.
pub fn struct_seq_construct(vm: &mut Vm, t: &Rc<Type>, a: &Args) -> Option<PyResult<Value>> {
    let known = STRUCT_SEQ_TYPES.with(|c| c.borrow().iter().any(|(_, _, k)| Rc::ptr_eq(k, t)));
    if !known {
        return None;
    }
    Some(struct_seq_new(vm, t, a))
}

fn struct_seq_new(vm: &mut Vm, t: &Rc<Type>, a: &Args) -> PyResult<Value> {
    let module = match t.dict.borrow().get_str("__module__") {
        Some(Value::Str(m)) => m.to_string(),
        _ => "sys".to_string(),
    };
    let tname = format!("{module}.{}", t.name.borrow());
    let names: Vec<Value> = match t.dict.borrow().get_str("__match_args__") {
        Some(Value::Tuple(n)) => n.to_vec(),
        _ => Vec::new(),
    };
    let extra = STRUCT_SEQ_EXTRA.with(|c| {
        c.borrow()
            .iter()
            .find(|(k, _)| Rc::ptr_eq(k, t))
            .map(|(_, e)| e.clone())
            .unwrap_or_default()
    });
    let mut pos = a.pos.iter().cloned();
    let mut kw = a.kw.iter().cloned();
    let mut arg = |name: &str| {
        pos.next()
            .or_else(|| kw.by_ref().find(|(k, _)| &**k == name).map(|(_, v)| v))
    };
    let Some(seq) = arg("sequence") else {
        return Err(vm.type_error(format!(
            "{tname}() missing required argument 'sequence' (pos 1)"
        )));
    };
    let dict = arg("dict").unwrap_or(Value::None);
    let items = match &seq {
        Value::Tuple(t) => t.to_vec(),
        Value::List(l) => l.borrow().to_vec(),
        other => {
            let it = vm.iter(other);
            match it {
                Ok(_) => vm.collect(other)?,
                Err(_) => return Err(vm.type_error("constructor requires a sequence")),
            }
        }
    };
    let (min, max) = (names.len(), names.len() + extra.len());
    let n = items.len();
    if n < min || n > max {
        let msg = if min == max {
            format!("{tname}() takes a {min}-sequence ({n}-sequence given)")
        } else if n < min {
            format!("{tname}() takes an at least {min}-sequence ({n}-sequence given)")
        } else {
            format!("{tname}() takes an at most {max}-sequence ({n}-sequence given)")
        };
        return Err(vm.type_error(msg));
    }
    let dict = match dict {
        Value::None => None,
        Value::Dict(d) => Some(d),
        _ => return Err(vm.type_error(format!("{tname}() takes a dict as second arg, if any"))),
    };
    let inst = crate::ops::new_instance(vm, t);
    if let Value::Instance(i) = &inst {
        i.set_base(Some(Value::tuple(items[..min].to_vec())));
        if let Some(d) = &i.dict() {
            for (k, v) in names.iter().zip(items.iter()) {
                if let Value::Str(k) = k {
                    d.borrow_mut().set_str(k, v.clone());
                }
            }
            for (j, name) in extra.iter().enumerate() {
                let v = match items.get(min + j) {
                    Some(v) => v.clone(),
                    None => match &dict {
                        Some(src) => vm.dict_get(src, &Value::str(name))?.unwrap_or(Value::None),
                        None => Value::None,
                    },
                };
                d.borrow_mut().set_str(name, v);
            }
            // statresult_new: a float time field left None takes the whole seconds (7..9).
            if tname == "os.stat_result" {
                for (j, name) in ["st_atime", "st_mtime", "st_ctime"].iter().enumerate() {
                    let missing = matches!(d.borrow().get_str(name), Some(Value::None));
                    if missing {
                        d.borrow_mut().set_str(name, items[7 + j].clone());
                    }
                }
            }
        }
    }
    Ok(inst)
}

/// A struct sequence type of module `module` holding `fields`, and its one instance.
pub fn struct_seq_in(
    vm: &mut Vm,
    module: &str,
    type_name: &str,
    fields: &[(&str, Value)],
) -> Value {
    let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
    let t = struct_seq_type(vm, module, type_name, &names);
    let inst = crate::ops::new_instance(vm, &t);
    if let Value::Instance(i) = &inst {
        i.set_base(Some(Value::tuple(
            fields.iter().map(|(_, v)| v.clone()).collect(),
        )));
        if let Some(d) = &i.dict() {
            for (k, v) in fields {
                d.borrow_mut().set_str(k, v.clone());
            }
        }
    }
    inst
}

/// `sys.stdout` as the program currently has it.
pub fn get_stdout(vm: &mut Vm) -> PyResult<Value> {
    get_stream(vm, "stdout")
}

pub fn get_stream(vm: &mut Vm, name: &str) -> PyResult<Value> {
    if let Some(Value::Module(m)) = &vm.sys_module {
        if let Some(v) = m.dict.borrow().get_str(name) {
            return Ok(v);
        }
    }
    Err(vm.new_error("RuntimeError", format!("lost sys.{name}")))
}

fn s_exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = vm.exc_type("SystemExit");
    // PyErr_SetObject: None is no argument, a tuple is the argument list
    let args = match a.pos.into_iter().next() {
        None | Some(Value::None) => Vec::new(),
        Some(Value::Tuple(items)) => items.to_vec(),
        Some(v) => vec![v],
    };
    Err(vm.new_exception(&t, args))
}
thread_local! {
    static CORO_ORIGIN_DEPTH: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}
/// How many frames a new coroutine's `cr_origin` records (0: none).
pub fn coroutine_origin_depth() -> i64 {
    CORO_ORIGIN_DEPTH.with(|d| d.get())
}
/// sys.get_coroutine_origin_tracking_depth(): the depth stored by the setter.
fn s_get_coro_origin_depth(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(CORO_ORIGIN_DEPTH.with(|d| d.get())))
}
fn s_set_coro_origin_depth(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().or_else(|| a.kwarg("depth"));
    let Some(v) = v else {
        return Err(vm.type_error(
            "set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)",
        ));
    };
    let n = vm.index_value(&v)?;
    if n < 0 {
        return Err(vm.value_error("depth must be >= 0"));
    }
    CORO_ORIGIN_DEPTH.with(|d| d.set(n));
    Ok(Value::None)
}
fn s_getrecursionlimit(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.recursion_limit as i64))
}
fn s_setrecursionlimit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = vm.index_value(a.pos.first().unwrap_or(&Value::Int(0)))?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}
fn s_get_int_max_str_digits(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let n = crate::objects::int::MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed);
    Ok(Value::Int(n as i64))
}
fn s_set_int_max_str_digits(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(v) = a.pos.first().cloned().or_else(|| a.kwarg("maxdigits")) else {
        return Err(
            vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
        );
    };
    let n = vm.index_value(&v)?;
    let threshold = crate::objects::int::STR_DIGITS_THRESHOLD as i64;
    if n != 0 && n < threshold {
        return Err(vm.value_error(format!("maxdigits must be 0 or larger than {threshold}")));
    }
    let n = n as usize;
    crate::objects::int::MAX_STR_DIGITS.store(n, std::sync::atomic::Ordering::Relaxed);
    Ok(Value::None)
}
fn s_getframe(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let depth = match a.pos.first() {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    let mut f = vm.current_frame();
    for _ in 0..depth {
        f = f.and_then(|fr| crate::modules::pydive::visible_back(&fr));
    }
    match f {
        Some(f) => Ok(Value::Frame(f)),
        None => Err(vm.value_error("call stack is not deep enough")),
    }
}
/// `sys._getframemodulename(depth=0)` (3.12): the `__module__` of the function whose frame
/// is `depth` calls up (module and class bodies run as functions made from their globals in
/// CPython, so they give the globals' `__name__`); None past the outermost frame.
fn s_getframemodulename(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let depth = match a.pos.first().cloned().or_else(|| a.kwarg("depth")) {
        Some(v) => vm.index_value(&v)?,
        None => 0,
    };
    let mut f = vm.current_frame();
    for _ in 0..depth {
        f = f.and_then(|fr| crate::modules::pydive::visible_back(&fr));
    }
    let Some(f) = f else { return Ok(Value::None) };
    let (func, globals) = {
        let fr = f.borrow();
        (fr.func.clone(), fr.globals.clone())
    };
    match func {
        Some(func) => vm.getattr(&Value::Function(func), "__module__"),
        None => Ok(globals.borrow().get_str("__name__").unwrap_or(Value::None)),
    }
}
fn s_exc_info(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let e = vm.topmost_exc();
    if e.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Type(vm.type_of(&e));
    let tb = crate::objects::exceptions::get_traceback(&e);
    Ok(Value::tuple(vec![t, e, tb]))
}
fn s_exception(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.topmost_exc())
}
fn s_intern(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("sys.intern() takes no keyword arguments"));
    }
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "sys.intern() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    }
    match &a.pos[0] {
        Value::Str(s) => Ok(Value::Str(crate::objects::dict::intern_rc(s))),
        other @ Value::Instance(_)
            if matches!(crate::ops::unwrap_base(other), Some(Value::Str(_))) =>
        {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("can't intern {tn}")))
        }
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("intern() argument must be str, not {tn}")))
        }
    }
}
/// What CPython 3.12 on 64-bit Linux answers for `obj`: `type(obj).__sizeof__(obj)` and
/// the GC pre-header `sys.getsizeof` adds to it (16 bytes for objects the cycle collector
/// tracks, 32 for instances with a `__dict__`: their dict and weakref pointers live there
/// too). Computed from pydive's values where the value itself fixes them, or CPython's
/// allocation rules that pydive's lists and dicts follow (a list's over-allocation, a dict's
/// keys table). `None` where the size depends on what pydive does not model (a frame inside
/// a generator, a bytearray's spare room, a deque's blocks, the C structs of native types and
/// builtin subclasses): the callers raise NotImplementedError naming the type rather than
/// give a number CPython would not.
pub fn sizeof_parts(vm: &Vm, obj: &Value) -> Option<(i64, i64)> {
    Some(match obj {
        Value::None | Value::Ellipsis | Value::NotImplemented => (16, 0),
        Value::Bool(_) => (28, 0),
        Value::Int(i) => (
            int_size(64 - u64::from(i.unsigned_abs().leading_zeros())),
            0,
        ),
        Value::BigInt(b) => (int_size(b.magnitude().bits()), 0),
        Value::Float(_) => (24, 0),
        Value::Complex(..) => (32, 0),
        Value::Str(s) => {
            // PyUnicode compact forms: ASCII, then 1, 2 or 4 bytes per char.
            let n = s.chars().count() as i64;
            let widest = s.chars().map(|c| c as u32).max().unwrap_or(0);
            let size = match widest {
                0..=0x7f => 40 + n + 1,
                // The one-character strings U+0080..U+00FF are CPython's static singletons,
                // which carry their UTF-8 form (2 bytes and a NUL) as well.
                0x80..=0xff if n == 1 => 56 + 2 + 3,
                0x80..=0xff => 56 + n + 1,
                0x100..=0xffff => 56 + 2 * (n + 1),
                _ => 56 + 4 * (n + 1),
            };
            (size, 0)
        }
        Value::Bytes(b) => (33 + b.len() as i64, 0),
        Value::Tuple(t) => (24 + 8 * t.len() as i64, 16),
        Value::Range(_) => (48, 0),
        Value::Slice(_) => (40, 16),
        // The item array's capacity follows CPython's `allocated` (objects/list.rs).
        Value::List(l) => (40 + 8 * l.borrow().capacity() as i64, 16),
        // The keys table CPython would have (objects/dict.rs `KeysModel`), GC header included.
        Value::Dict(d) => (d.borrow().keys_model.sizeof()? as i64 - 16, 16),
        Value::Set(s) | Value::FrozenSet(s) => {
            // 200 bytes with the 8-slot small table inside, 16 more per slot of a bigger one.
            let slots = s.borrow().table.len() as i64;
            (200 + if slots > 8 { 16 * slots } else { 0 }, 16)
        }
        // A bare object() is not tracked by the GC: no pre-header.
        Value::Instance(i) if i.class().builtin && &*i.class().name() == "object" => (16, 0),
        // An instance of a class made in Python on object alone: the object header and a
        // pointer per `__slots__` member (a `__dict__` is in the pre-header). Builtin and
        // native types other than object have C structs of their own: not modelled.
        Value::Instance(i) => {
            let class = i.class();
            let pure = class.mro.borrow().iter().all(|t| {
                if t.builtin {
                    &*t.name() == "object"
                } else {
                    !from_lib(vm, t)
                }
            });
            if !pure {
                return None;
            }
            (
                16 + 8 * class.slots.len() as i64,
                instance_preheader(&class),
            )
        }
        Value::Function(_) => (144, 16),
        // The fixed C structs of the callables and descriptors (their references only).
        Value::Method(_) => (48, 16),
        Value::Builtin(_) if &*vm.type_name(obj) == "method-wrapper" => (32, 16),
        Value::Builtin(_) => (56, 16),
        Value::Property(_) => (64, 16),
        Value::StaticMethod(_) | Value::ClassMethod(_) => (32, 16),
        Value::Super(_) => (40, 16),
        Value::Cell(_) => (24, 16),
        Value::Module(_) => (56, 16),
        // gen_sizeof: the object up to its inline frame (72 bytes), the frame's fixed part
        // (72), a slot per local, cell, free variable and stack entry. Coroutines and async
        // generators share the layout.
        Value::Generator(g) => {
            let slots = g.code.co.nlocalsplus() + g.code.co.stacksize as usize;
            (144 + 8 * slots as i64, 16)
        }
        _ => return None,
    })
}

/// The GC pre-header of an instance: the GC links, and with a `__dict__` the managed dict
/// and weakref pointers too (3.12).
fn instance_preheader(class: &crate::objects::typeobj::Type) -> i64 {
    if class.has_dict {
        32
    } else {
        16
    }
}

/// Was `t` made by one of pydive's own lib modules (`__file__` under `LIB_PREFIX`)? Most
/// stand for CPython's C types (io, re, functools.partial, ...), whose sizes are their C
/// structs'.
fn from_lib(vm: &Vm, t: &crate::objects::typeobj::Type) -> bool {
    let Some(Value::Str(m)) = t.dict.borrow().get_str("__module__") else {
        return false;
    };
    let Some(Value::Module(module)) = vm.modules.borrow().get_str(&m) else {
        return false;
    };
    let file = module.dict.borrow().get_str("__file__");
    matches!(file, Some(Value::Str(f)) if f.starts_with(crate::import::LIB_PREFIX))
}

/// `sys.getsizeof(obj[, default])`: `obj.__sizeof__()` and the GC pre-header
/// ([`sizeof_parts`]); a `__sizeof__` defined in Python is called, as CPython does.
fn s_getsizeof(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let obj = a.pos.first().cloned().unwrap_or(Value::None);
    let default = a.pos.get(1).cloned();
    if let Value::Instance(i) = &obj {
        let class = i.class();
        if let Some(Value::Function(_)) = class.lookup("__sizeof__") {
            let r = vm.call_method(&obj, "__sizeof__", vec![])?;
            let n = vm.index_value(&r)?;
            if n < 0 {
                return Err(vm.value_error("__sizeof__() should return >= 0"));
            }
            return Ok(Value::Int(n + instance_preheader(&class)));
        }
    }
    match (sizeof_parts(vm, &obj), default) {
        (Some((basic, preheader)), _) => Ok(Value::Int(basic + preheader)),
        (None, Some(d)) => Ok(d),
        (None, None) => {
            let tn = vm.type_name(&obj);
            Err(vm.not_implemented(&format!("sys.getsizeof() of a '{tn}' object")))
        }
    }
}

/// `int.__sizeof__`: 24 bytes and 4 per 30-bit digit (at least one).
fn int_size(bits: u64) -> i64 {
    24 + 4 * (bits.div_ceil(30).max(1) as i64)
}
fn s_getdefaultencoding(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}
fn s_getfilesystemencodeerrors(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::str("surrogateescape"))
}
fn s_getrefcount(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(2))
}
fn s_get_asyncgen_hooks(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let (f, fin) = vm.asyncgen_hooks.clone();
    Ok(struct_seq_in(
        vm,
        "builtins",
        "asyncgen_hooks",
        &[("firstiter", f), ("finalizer", fin)],
    ))
}
fn s_set_asyncgen_hooks(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let firstiter = a.take_kw("firstiter").or_else(|| a.pos.first().cloned());
    let finalizer = a.take_kw("finalizer").or_else(|| a.pos.get(1).cloned());
    // CPython checks the finalizer first, then the firstiter hook; None clears one.
    for (what, hook) in [("finalizer", &finalizer), ("firstiter", &firstiter)] {
        if let Some(h) = hook.as_ref().filter(|h| !matches!(h, Value::None)) {
            let callable = matches!(
                h,
                Value::Function(_)
                    | Value::Builtin(_)
                    | Value::Method(_)
                    | Value::Type(_)
                    | Value::StaticMethod(_)
            ) || vm.type_of(h).lookup("__call__").is_some();
            if !callable {
                let tn = vm.type_of(h).name.borrow().to_string();
                return Err(vm.type_error(format!("callable {what} expected, got {tn}")));
            }
        }
    }
    if let Some(f) = firstiter {
        vm.asyncgen_hooks.0 = f;
    }
    if let Some(f) = finalizer {
        vm.asyncgen_hooks.1 = f;
    }
    Ok(Value::None)
}
fn s_is_finalizing(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Bool(crate::generator::is_finalizing()))
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("exit", s_exit),
        ("getrecursionlimit", s_getrecursionlimit),
        (
            "get_coroutine_origin_tracking_depth",
            s_get_coro_origin_depth,
        ),
        (
            "set_coroutine_origin_tracking_depth",
            s_set_coro_origin_depth,
        ),
        ("setrecursionlimit", s_setrecursionlimit),
        ("get_int_max_str_digits", s_get_int_max_str_digits),
        ("set_int_max_str_digits", s_set_int_max_str_digits),
        ("_getframe", s_getframe),
        ("_getframemodulename", s_getframemodulename),
        ("exc_info", s_exc_info),
        ("exception", s_exception),
        ("intern", s_intern),
        ("getsizeof", s_getsizeof),
        ("getdefaultencoding", s_getdefaultencoding),
        ("getfilesystemencoding", s_getdefaultencoding),
        ("getfilesystemencodeerrors", s_getfilesystemencodeerrors),
        ("getrefcount", s_getrefcount),
        ("get_asyncgen_hooks", s_get_asyncgen_hooks),
        ("set_asyncgen_hooks", s_set_asyncgen_hooks),
        ("is_finalizing", s_is_finalizing),
        ("getswitchinterval", crate::threads::sys_getswitchinterval),
        ("setswitchinterval", crate::threads::sys_setswitchinterval),
        ("excepthook", crate::traceback::sys_excepthook),
        ("unraisablehook", crate::traceback::sys_unraisablehook),
        ("displayhook", crate::eval::default_displayhook),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    crate::settrace::init_sys(vm, d);
    let hook = d.borrow().get_str("excepthook").unwrap_or(Value::None);
    d.borrow_mut().set_str("__excepthook__", hook);
    let hook = d.borrow().get_str("unraisablehook").unwrap_or(Value::None);
    d.borrow_mut().set_str("__unraisablehook__", hook);
    let hook = d.borrow().get_str("displayhook").unwrap_or(Value::None);
    d.borrow_mut().set_str("__displayhook__", hook);
    let argv = Value::list(vm.argv.iter().map(|a| Value::str(a)).collect());
    let path = Value::list(vm.path.iter().map(|a| Value::str(a)).collect());
    let warnoptions = Value::list(vm.warn_options.iter().map(|a| Value::str(a)).collect());
    let version_info = struct_seq(
        vm,
        "version_info",
        &[
            ("major", Value::Int(3)),
            ("minor", Value::Int(12)),
            ("micro", Value::Int(1)),
            ("releaselevel", Value::str("final")),
            ("serial", Value::Int(0)),
        ],
    );
    let flags = struct_seq(
        vm,
        "flags",
        &[
            ("debug", Value::Int(0)),
            ("inspect", Value::Int(0)),
            ("interactive", Value::Int(0)),
            ("optimize", Value::Int(0)),
            ("dont_write_bytecode", Value::Int(1)),
            ("no_user_site", Value::Int(0)),
            ("no_site", Value::Int(0)),
            ("ignore_environment", Value::Int(0)),
            ("verbose", Value::Int(0)),
            ("bytes_warning", Value::Int(0)),
            ("quiet", Value::Int(0)),
            (
                "hash_randomization",
                Value::Int(if vm.hash_seed == Some(0) { 0 } else { 1 }),
            ),
            ("isolated", Value::Int(0)),
            ("dev_mode", Value::Bool(false)),
            ("utf8_mode", Value::Int(0)),
            ("warn_default_encoding", Value::Int(0)),
            ("safe_path", Value::Bool(false)),
            ("int_max_str_digits", Value::Int(4300)),
        ],
    );
    let implementation = {
        let ns_t = Type::new_builtin("SimpleNamespace", Some(&vm.types.object), Layout::Object);
        ns_t.dict
            .borrow_mut()
            .set_str("__module__", Value::str("types"));
        let inst = crate::ops::new_instance(vm, &ns_t);
        if let Value::Instance(i) = &inst {
            if let Some(dd) = &i.dict() {
                let mut dd = dd.borrow_mut();
                dd.set_str("name", Value::str("pydive"));
                dd.set_str("cache_tag", Value::str("cpython-312"));
                dd.set_str("version", version_info.clone());
            }
        }
        inst
    };
    let float_info = struct_seq(
        vm,
        "float_info",
        &[
            ("max", Value::Float(f64::MAX)),
            ("max_exp", Value::Int(f64::MAX_EXP as i64)),
            ("max_10_exp", Value::Int(f64::MAX_10_EXP as i64)),
            ("min", Value::Float(f64::MIN_POSITIVE)),
            ("min_exp", Value::Int(f64::MIN_EXP as i64)),
            ("min_10_exp", Value::Int(f64::MIN_10_EXP as i64)),
            ("dig", Value::Int(f64::DIGITS as i64)),
            ("mant_dig", Value::Int(f64::MANTISSA_DIGITS as i64)),
            ("epsilon", Value::Float(f64::EPSILON)),
            ("radix", Value::Int(2)),
            ("rounds", Value::Int(1)),
        ],
    );
    let int_info = struct_seq(
        vm,
        "int_info",
        &[
            ("bits_per_digit", Value::Int(30)),
            ("sizeof_digit", Value::Int(4)),
            ("default_max_str_digits", Value::Int(4300)),
            ("str_digits_check_threshold", Value::Int(640)),
        ],
    );
    let hash_info = struct_seq(
        vm,
        "hash_info",
        &[
            ("width", Value::Int(64)),
            ("modulus", Value::Int((1i64 << 61) - 1)),
            ("inf", Value::Int(314159)),
            ("nan", Value::Int(0)),
            ("imag", Value::Int(1000003)),
            ("algorithm", Value::str("siphash13")),
            ("hash_bits", Value::Int(64)),
            ("seed_bits", Value::Int(128)),
            ("cutoff", Value::Int(0)),
        ],
    );
    let thread_info = struct_seq(
        vm,
        "thread_info",
        &[
            ("name", Value::str("pthread")),
            ("lock", Value::str("semaphore")),
            ("version", Value::None),
        ],
    );
    let stdin = crate::modules::io::std_stream(vm, 0, "<stdin>", "r");
    let stdout = crate::modules::io::std_stream(vm, 1, "<stdout>", "w");
    let stderr = crate::modules::io::std_stream(vm, 2, "<stderr>", "w");
    let mut dd = d.borrow_mut();
    dd.set_str("argv", argv.clone());
    dd.set_str("orig_argv", argv);
    dd.set_str("path", path);
    dd.set_str("modules", Value::Dict(vm.modules.clone()));
    dd.set_str("warnoptions", warnoptions);
    dd.set_str("version_info", version_info);
    dd.set_str("version", Value::str("3.12.1 (pydive)"));
    dd.set_str("hexversion", Value::Int(0x030c01f0));
    dd.set_str("api_version", Value::Int(1013));
    dd.set_str("flags", flags);
    dd.set_str("float_info", float_info);
    dd.set_str("int_info", int_info);
    dd.set_str("hash_info", hash_info);
    dd.set_str("thread_info", thread_info);
    dd.set_str("implementation", implementation);
    dd.set_str("platform", Value::str("linux"));
    dd.set_str("byteorder", Value::str("little"));
    dd.set_str("maxsize", Value::Int(i64::MAX));
    dd.set_str("maxunicode", Value::Int(0x10ffff));
    dd.set_str(
        "executable",
        Value::str(
            &std::env::current_exe()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default(),
        ),
    );
    dd.set_str("prefix", Value::str("/usr/local"));
    dd.set_str("base_prefix", Value::str("/usr/local"));
    dd.set_str("exec_prefix", Value::str("/usr/local"));
    dd.set_str("dont_write_bytecode", Value::Bool(true));
    dd.set_str("stdin", stdin.clone());
    dd.set_str("stdout", stdout.clone());
    dd.set_str("stderr", stderr.clone());
    dd.set_str("__stdin__", stdin);
    dd.set_str("__stdout__", stdout);
    dd.set_str("__stderr__", stderr);
    dd.set_str("meta_path", Value::list(vec![]));
    dd.set_str("path_hooks", Value::list(vec![]));
    dd.set_str(
        "path_importer_cache",
        Value::Dict(Rc::new(RefCell::new(crate::objects::dict::Dict::new()))),
    );
    dd.set_str(
        "builtin_module_names",
        Value::tuple(vec![
            Value::str("sys"),
            Value::str("builtins"),
            Value::str("time"),
            Value::str("math"),
            Value::str("marshal"),
            Value::str("gc"),
        ]),
    );
    dd.set_str("float_repr_style", Value::str("short"));
    let names = crate::modules::STDLIB_MODULE_NAMES
        .iter()
        .map(|n| Value::str(n))
        .collect();
    let names = vm.new_set(names)?;
    dd.set_str("stdlib_module_names", Value::FrozenSet(names));
    Ok(())
}
