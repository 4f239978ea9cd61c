//! The exception hierarchy (`Objects/exceptions.c`) and BaseException's methods.

use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::typeobj::{Layout, Type};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// (name, base) in definition order; ExceptionGroup also derives from Exception. Each class's
/// subclasses come in CPython's order (`static_exceptions`, ExceptionGroup made last), which
/// `__subclasses__()` shows.
const HIERARCHY: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("BaseExceptionGroup", "BaseException"),
    ("Exception", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("ExceptionGroup", "BaseExceptionGroup"),
];

pub fn init(vm: &mut Vm) {
    let object = vm.types.object.clone();
    for &(name, base) in HIERARCHY {
        let base_t = if base.is_empty() {
            object.clone()
        } else {
            vm.exc_types[base].clone()
        };
        let t = Type::new_builtin(name, Some(&base_t), Layout::Exception);
        if name == "ExceptionGroup" {
            let exc = vm.exc_types["Exception"].clone();
            *t.bases.borrow_mut() = vec![base_t.clone(), exc.clone()];
            let mro =
                crate::objects::typeobj::c3_mro(&t, &[base_t.clone(), exc]).unwrap_or_default();
            *t.mro.borrow_mut() = mro;
        }
        t.dict
            .borrow_mut()
            .set_str("__module__", Value::str("builtins"));
        vm.exc_types.insert(name, t.clone());
        vm.set_builtin(name, Value::Type(t));
    }
    // aliases
    let os = vm.exc_types["OSError"].clone();
    vm.set_builtin("EnvironmentError", Value::Type(os.clone()));
    vm.set_builtin("IOError", Value::Type(os));
    let be = vm.exc_types["BaseException"].clone();
    vm.add_staticmethod(&be, "__new__", exc_new);
    vm.add_method(&be, "__init__", exc_init);
    vm.add_method(&be, "__str__", exc_str);
    vm.add_method(&be, "__repr__", exc_repr);
    vm.add_method(&be, "with_traceback", exc_with_traceback);
    vm.add_method(&be, "add_note", exc_add_note);
    vm.add_method(&be, "__setstate__", exc_setstate);
    vm.add_method(&be, "__reduce__", exc_reduce);
    let beg = vm.exc_types["BaseExceptionGroup"].clone();
    vm.add_staticmethod(&beg, "__new__", eg_new);
    vm.add_method(&beg, "__init__", eg_init);
    vm.add_method(&beg, "__str__", eg_str);
    vm.add_method(&beg, "subgroup", eg_subgroup);
    vm.add_method(&beg, "split", eg_split);
    vm.add_method(&beg, "derive", eg_derive);
    // PEP 585: `ExceptionGroup[ValueError]` is a types.GenericAlias, as in CPython.
    vm.add_classmethod(&beg, "__class_getitem__", eg_class_getitem);
}

fn eg_class_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let item = a.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(crate::objects::typecall::generic_alias(
        vm, &a.pos[0], &item,
    ))
}

fn exc_data_set_args(v: &Value, args: Vec<Value>) {
    if let Value::Instance(i) = v {
        if let Some(d) = i.exc() {
            d.borrow_mut().args = Value::tuple(args);
        }
    }
}

fn args_of(v: &Value) -> Vec<Value> {
    if let Value::Instance(i) = v {
        if let Some(d) = i.exc() {
            if let Value::Tuple(t) = &d.borrow().args {
                return t.to_vec();
            }
        }
    }
    Vec::new()
}

/// `BaseException.__new__(cls, *args)`: the args are stored before `__init__` runs.
fn exc_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Type(t)) = a.pos.first() else {
        return Err(vm.type_error("BaseException.__new__(X): X is not a type object"));
    };
    let mut t = t.clone();
    // OSError(errno, strerror) makes the subclass for errno (CPython's errnomap), only when
    // the class asked for is OSError itself and it has 2 to 5 arguments (oserror_parse_args).
    if std::rc::Rc::ptr_eq(&t, &vm.exc_types["OSError"]) && (3..=6).contains(&a.pos.len()) {
        if let Value::Int(e) = a.pos[1] {
            let name = crate::modules::socket::errno_class(i32::try_from(e).unwrap_or(0));
            t = vm.exc_type(name);
        }
    }
    let obj = crate::ops::new_instance(vm, &t);
    exc_data_set_args(&obj, a.pos[1..].to_vec());
    Ok(obj)
}

fn exc_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = a.pos[0].clone();
    if !a.kw.is_empty() {
        let ty = vm.type_of(&this);
        // the exceptions with keyword-only members (ImportError_init, AttributeError_init,
        // NameError_init); their parse format names the base class, subclasses included
        let (base, members): (&str, &[&str]) = if ty.is_subtype(&vm.exc_type("ImportError")) {
            ("ImportError", &["name", "path", "name_from"])
        } else if ty.is_subtype(&vm.exc_type("AttributeError")) {
            ("AttributeError", &["name", "obj"])
        } else if ty.is_subtype(&vm.exc_type("NameError")) {
            ("NameError", &["name"])
        } else {
            let tn = vm.type_name(&this);
            return Err(vm.type_error(format!("{tn}() takes no keyword arguments")));
        };
        keyword_members(vm, &this, &a.kw, base, members)?;
    }
    exc_data_set_args(&this, a.pos[1..].to_vec());
    Ok(Value::None)
}

/// `ImportError(..., name=, path=, name_from=)`, `AttributeError(..., name=, obj=)`,
/// `NameError(..., name=)`: CPython's keyword-only members (ImportError_init parses them
/// with the format ":ImportError", hence that name in the message for subclasses too). Set
/// in that order, as ImportError's `__reduce__` state lists them.
fn keyword_members(
    vm: &mut Vm,
    this: &Value,
    kw: &[(Rc<str>, Value)],
    base: &str,
    members: &[&str],
) -> PyResult<()> {
    if let Some((bad, _)) = kw.iter().find(|(k, _)| !members.contains(&&**k)) {
        return Err(vm.type_error(format!(
            "'{bad}' is an invalid keyword argument for {base}()"
        )));
    }
    for &member in members {
        if let Some((_, v)) = kw.iter().rev().find(|(k, _)| &**k == member) {
            vm.setattr(this, member, v.clone())?;
        }
    }
    Ok(())
}

fn exc_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = &a.pos[0];
    let args = args_of(this);
    let ty = vm.type_of(this);
    let is = |n: &str| ty.is_subtype(&vm.exc_type(n));
    if is("KeyError") && args.len() == 1 {
        return Ok(Value::Str(vm.repr(&args[0])?));
    }
    if is("OSError") && (2..=5).contains(&args.len()) {
        // a None filename is no filename; BlockingIOError's third argument is a count
        let written = is("BlockingIOError") && args.len() == 3 && matches!(args[2], Value::Int(_));
        let errno = vm.str(&args[0])?;
        let strerror = vm.str(&args[1])?;
        let named = |i: usize| args.get(i).filter(|v| !v.is_none() && !written);
        if let Some(fname) = named(2) {
            let fr = vm.repr(fname)?;
            if let Some(f2) = named(4) {
                let f2r = vm.repr(f2)?;
                return Ok(Value::str(&format!(
                    "[Errno {errno}] {strerror}: {fr} -> {f2r}"
                )));
            }
            return Ok(Value::str(&format!("[Errno {errno}] {strerror}: {fr}")));
        }
        return Ok(Value::str(&format!("[Errno {errno}] {strerror}")));
    }
    let decode = is("UnicodeDecodeError");
    if args.len() == 5 && (decode || is("UnicodeEncodeError")) {
        if let (Value::Str(enc), Value::Int(start), Value::Int(end), Value::Str(reason)) =
            (&args[0], &args[2], &args[3], &args[4])
        {
            // UnicodeDecodeError_str / UnicodeEncodeError_str
            let (start, end) = (*start, *end);
            let one = match &args[1] {
                _ if end != start + 1 => None,
                Value::Bytes(b) => b.get(start as usize).map(|c| format!("byte {c:#04x}")),
                Value::Str(t) => t.chars().nth(start as usize).map(|c| {
                    let n = c as u32;
                    match n {
                        0..=0xff => format!("character '\\x{n:02x}'"),
                        0x100..=0xffff => format!("character '\\u{n:04x}'"),
                        _ => format!("character '\\U{n:08x}'"),
                    }
                }),
                _ => None,
            };
            let verb = if is("UnicodeDecodeError") {
                "decode"
            } else {
                "encode"
            };
            let what = match one {
                Some(w) => format!("{w} in position {start}"),
                None if verb == "decode" => format!("bytes in position {start}-{}", end - 1),
                None => format!("characters in position {start}-{}", end - 1),
            };
            return Ok(Value::str(&format!(
                "'{enc}' codec can't {verb} {what}: {reason}"
            )));
        }
    }
    if is("SyntaxError") {
        let msg = match args.first() {
            Some(m) => vm.str(m)?.to_string(),
            None => return Ok(Value::str("")),
        };
        if let Some(Value::Tuple(det)) = args.get(1) {
            let fname = det.first().cloned().unwrap_or(Value::None);
            let line = det.get(1).cloned().unwrap_or(Value::None);
            let base = match &fname {
                Value::Str(f) => std::path::Path::new(&**f)
                    .file_name()
                    .map(|s| s.to_string_lossy().to_string())
                    .unwrap_or_default(),
                _ => String::new(),
            };
            return Ok(Value::str(&match (&fname, &line) {
                (Value::Str(_), Value::Int(l)) => format!("{msg} ({base}, line {l})"),
                (Value::Str(_), _) => format!("{msg} ({base})"),
                (_, Value::Int(l)) => format!("{msg} (line {l})"),
                _ => msg,
            }));
        }
        return Ok(Value::str(&msg));
    }
    match args.len() {
        0 => Ok(Value::str("")),
        1 => Ok(Value::Str(vm.str(&args[0])?)),
        _ => Ok(Value::Str(vm.repr(&Value::tuple(args))?)),
    }
}

/// `e.args` as Python sees it: an OSError given a filename keeps only (errno, strerror) there
/// (oserror_init); the filename stays in the stored tuple for str() and __reduce__.
pub fn visible_args(vm: &Vm, this: &Value, args: Value) -> Value {
    let ty = vm.type_of(this);
    match &args {
        Value::Tuple(t)
            if (3..=5).contains(&t.len())
                && !t[2].is_none()
                && ty.is_subtype(&vm.exc_type("OSError"))
                && !(ty.is_subtype(&vm.exc_type("BlockingIOError"))
                    && t.len() == 3
                    && matches!(t[2], Value::Int(_))) =>
        {
            Value::tuple(t[..2].to_vec())
        }
        _ => args,
    }
}

fn exc_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = &a.pos[0];
    let args = match visible_args(vm, this, Value::tuple(args_of(this))) {
        Value::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    };
    let tn = vm.type_of(this).name();
    let body = match args.len() {
        1 => vm.repr(&args[0])?.to_string(),
        _ => {
            let r = vm.repr(&Value::tuple(args.clone()))?;
            if args.is_empty() {
                String::new()
            } else {
                r[1..r.len() - 1].to_string()
            }
        }
    };
    Ok(Value::str(&format!("{tn}({body})")))
}

fn exc_with_traceback(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = a.pos[0].clone();
    if let (Value::Instance(i), Some(tb)) = (&this, a.pos.get(1)) {
        if let Some(d) = i.exc() {
            d.borrow_mut().traceback = tb.clone();
        }
    }
    Ok(this)
}

fn exc_add_note(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = a.pos[0].clone();
    let note = a.pos.get(1).cloned().unwrap_or(Value::None);
    if !matches!(note, Value::Str(_)) {
        let tn = vm.type_name(&note);
        return Err(vm.type_error(format!("note must be a str, not '{tn}'")));
    }
    if let Value::Instance(i) = &this {
        if let Some(d) = i.exc() {
            let mut d = d.borrow_mut();
            match &d.notes {
                Value::List(l) => l.borrow_mut().push(note),
                Value::None => d.notes = Value::list(vec![note]),
                _ => {
                    drop(d);
                    return Err(vm.type_error("Cannot add note: __notes__ is not a list"));
                }
            }
        }
    }
    Ok(Value::None)
}

/// `BaseException.__setstate__(state)`: unpickling sets the attributes of a dict state.
fn exc_setstate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = a.pos[0].clone();
    match a.pos.get(1) {
        Some(Value::Dict(d)) => {
            let items: Vec<(Value, Value)> = d
                .borrow()
                .iter()
                .map(|e| (e.key.clone(), e.value.clone()))
                .collect();
            for (key, value) in items {
                let Value::Str(name) = &key else {
                    return Err(vm.type_error("attribute name must be string"));
                };
                vm.setattr(&this, name, value)?;
            }
            Ok(Value::None)
        }
        Some(Value::None) | None => Ok(Value::None),
        Some(_) => Err(vm.type_error("state is not a dictionary")),
    }
}

fn exc_reduce(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let this = &a.pos[0];
    let mut parts = vec![Value::Type(vm.type_of(this)), Value::tuple(args_of(this))];
    // CPython adds the instance `__dict__` as the state once an attribute was set on it
    // (ImportError's name/path live there too), so pickling keeps them.
    if let Value::Instance(i) = this {
        if let Some(d) = &i.dict() {
            if !d.borrow().is_empty() {
                parts.push(Value::Dict(d.clone()));
            }
        }
    }
    Ok(Value::tuple(parts))
}

/// Data attributes computed from args (`StopIteration.value`, `SystemExit.code`, ...).
pub fn exc_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let ty = vm.type_of(obj);
    // The args tuple shared, not copied (every attribute read of an exception comes here).
    let args = match obj {
        Value::Instance(i) => match i.exc().map(|d| d.borrow().args.clone()) {
            Some(Value::Tuple(t)) => t,
            _ => crate::value::tuple_items(Vec::new()),
        },
        _ => crate::value::tuple_items(Vec::new()),
    };
    let is = |vm: &Vm, n: &str| ty.is_subtype(&vm.exc_type(n));
    let first = || args.first().cloned().unwrap_or(Value::None);
    Ok(match name {
        "value" if is(vm, "StopIteration") || is(vm, "StopAsyncIteration") => Some(first()),
        "code" if is(vm, "SystemExit") => Some(match args.len() {
            0 => Value::None,
            1 => args[0].clone(),
            _ => Value::Tuple(args.clone()),
        }),
        "errno" if is(vm, "OSError") => Some(if (2..=5).contains(&args.len()) {
            args[0].clone()
        } else {
            Value::None
        }),
        "strerror" if is(vm, "OSError") => Some(if (2..=5).contains(&args.len()) {
            args[1].clone()
        } else {
            Value::None
        }),
        "filename" if is(vm, "OSError") => Some(match &args[..] {
            [_, _, Value::Int(_)] if is(vm, "BlockingIOError") => Value::None,
            [_, _, f, ..] if args.len() <= 5 => f.clone(),
            _ => Value::None,
        }),
        "filename2" if is(vm, "OSError") => Some(match &args[..] {
            [_, _, _, _, f] => f.clone(),
            _ => Value::None,
        }),
        "msg" if is(vm, "SyntaxError") => Some(first()),
        // ImportError_init keeps args[0] as msg only when it is the one argument
        "msg" if is(vm, "ImportError") => Some(match &args[..] {
            [only] => only.clone(),
            _ => Value::None,
        }),
        "filename" | "lineno" | "offset" | "text" | "end_lineno" | "end_offset"
            if is(vm, "SyntaxError") =>
        {
            let idx = [
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
            ]
            .iter()
            .position(|n| *n == name)
            .unwrap_or(0);
            Some(match args.get(1) {
                Some(Value::Tuple(t)) => t.get(idx).cloned().unwrap_or(Value::None),
                _ => Value::None,
            })
        }
        "encoding" | "object" | "start" | "end" | "reason"
            if is(vm, "UnicodeDecodeError") || is(vm, "UnicodeEncodeError") =>
        {
            let idx = ["encoding", "object", "start", "end", "reason"]
                .iter()
                .position(|n| *n == name)
                .unwrap_or(0);
            args.get(idx).cloned()
        }
        "print_file_and_line" if is(vm, "SyntaxError") => Some(Value::None),
        "name" | "path" | "name_from" if is(vm, "ImportError") => Some(Value::None),
        "name" if is(vm, "NameError") || is(vm, "AttributeError") => Some(Value::None),
        "obj" if is(vm, "AttributeError") => Some(Value::None),
        "message" if is(vm, "BaseExceptionGroup") => Some(first()),
        "exceptions" if is(vm, "BaseExceptionGroup") => Some(match args.get(1) {
            Some(Value::List(l)) => Value::tuple(l.borrow().clone()),
            Some(Value::Tuple(t)) => Value::Tuple(t.clone()),
            Some(other) => other.clone(),
            None => Value::tuple(vec![]),
        }),
        "characters_written" if is(vm, "BlockingIOError") => None,
        _ => None,
    })
}

pub fn get_traceback(v: &Value) -> Value {
    if let Value::Instance(i) = v {
        if let Some(d) = i.exc() {
            return d.borrow().traceback.clone();
        }
    }
    Value::None
}

pub fn stop_iteration_value(v: &Value) -> Value {
    if let Value::Instance(i) = v {
        if let Some(d) = i.exc() {
            if let Value::Tuple(t) = &d.borrow().args {
                return t.first().cloned().unwrap_or(Value::None);
            }
        }
    }
    Value::None
}

// ---- exception groups (PEP 654) ----

fn eg_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Type(t)) = a.pos.first() else {
        return Err(vm.type_error("BaseExceptionGroup.__new__(X): X is not a type object"));
    };
    let mut t = t.clone();
    if a.pos.len() != 3 {
        let tn = t.name();
        return Err(vm.type_error(format!(
            "{tn}.__new__() takes exactly 2 arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    if !matches!(a.pos[1], Value::Str(_)) {
        let tn = vm.type_name(&a.pos[1]);
        return Err(vm.type_error(format!("argument 1 must be str, not {tn}")));
    }
    let excs = vm
        .collect(&a.pos[2])
        .map_err(|_| vm.type_error("second argument (exceptions) must be a sequence"))?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let exception = vm.exc_type("Exception");
    let all_exc = excs.iter().all(|e| vm.type_of(e).is_subtype(&exception));
    for (i, e) in excs.iter().enumerate() {
        if !vm.is_exception_instance(e) {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
    }
    let beg = vm.exc_type("BaseExceptionGroup");
    if Rc::ptr_eq(&t, &beg) && all_exc {
        t = vm.exc_type("ExceptionGroup");
    } else if t.is_subtype(&vm.exc_type("ExceptionGroup")) && !all_exc {
        if Rc::ptr_eq(&t, &vm.exc_type("ExceptionGroup")) {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        let tn = t.name();
        return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{tn}'")));
    }
    let obj = crate::ops::new_instance(vm, &t);
    // args keeps the sequence object given (CPython: a list stays a list in repr).
    let seq = match &a.pos[2] {
        Value::List(_) | Value::Tuple(_) => a.pos[2].clone(),
        _ => Value::tuple(excs),
    };
    exc_data_set_args(&obj, vec![a.pos[1].clone(), seq]);
    Ok(obj)
}

fn eg_init(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn eg_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let args = args_of(&a.pos[0]);
    let msg = vm.str(&args[0])?;
    let n = match args.get(1) {
        Some(Value::Tuple(t)) => t.len(),
        Some(Value::List(l)) => l.borrow().len(),
        _ => 0,
    };
    Ok(Value::str(&format!(
        "{msg} ({n} sub-exception{})",
        if n == 1 { "" } else { "s" }
    )))
}

fn eg_exceptions(v: &Value) -> Vec<Value> {
    match args_of(v).get(1) {
        Some(Value::Tuple(t)) => t.to_vec(),
        Some(Value::List(l)) => l.borrow().clone(),
        _ => Vec::new(),
    }
}

fn eg_derive(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let msg = args_of(&a.pos[0])
        .first()
        .cloned()
        .unwrap_or(Value::str(""));
    let excs = a.pos.get(1).cloned().unwrap_or(Value::tuple(vec![]));
    let beg = Value::Type(vm.exc_type("BaseExceptionGroup"));
    vm.call(&beg, vec![msg, excs])
}

/// Split `eg` by `matcher` (a type, tuple of types, or predicate): (match, rest).
fn split_group(vm: &mut Vm, eg: &Value, matcher: &Value) -> PyResult<(Value, Value)> {
    let matches = |vm: &mut Vm, e: &Value| -> PyResult<bool> {
        match matcher {
            Value::Type(_) | Value::Tuple(_) => vm.isinstance(e, matcher),
            f => {
                let r = vm.call(f, vec![e.clone()])?;
                vm.truthy(&r)
            }
        }
    };
    if matches(vm, eg)? {
        return Ok((eg.clone(), Value::None));
    }
    let beg = vm.exc_type("BaseExceptionGroup");
    if !vm.type_of(eg).is_subtype(&beg) {
        return Ok((Value::None, eg.clone()));
    }
    let mut m = Vec::new();
    let mut r = Vec::new();
    for e in eg_exceptions(eg) {
        let (a, b) = split_group(vm, &e, matcher)?;
        if !a.is_none() {
            m.push(a);
        }
        if !b.is_none() {
            r.push(b);
        }
    }
    let derive = |vm: &mut Vm, items: Vec<Value>| -> PyResult<Value> {
        if items.is_empty() {
            return Ok(Value::None);
        }
        let d = vm.call_method(eg, "derive", vec![Value::list(items)])?;
        copy_exc_meta(eg, &d);
        Ok(d)
    };
    let mv = derive(vm, m)?;
    let rv = derive(vm, r)?;
    Ok((mv, rv))
}

fn copy_exc_meta(from: &Value, to: &Value) {
    if let (Value::Instance(f), Value::Instance(t)) = (from, to) {
        if let (Some(fd), Some(td)) = (f.exc(), t.exc()) {
            let fd = fd.borrow();
            let mut td = td.borrow_mut();
            td.traceback = fd.traceback.clone();
            td.cause = fd.cause.clone();
            td.context = fd.context.clone();
            td.notes = fd.notes.clone();
        }
    }
}

fn eg_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, r) = split_group(vm, &a.pos[0], &a.pos[1])?;
    Ok(Value::tuple(vec![m, r]))
}

fn eg_subgroup(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (m, _) = split_group(vm, &a.pos[0], &a.pos[1])?;
    Ok(m)
}

/// CHECK_EG_MATCH: (rest, match) of `exc` against the `except*` type.
pub fn exception_group_match(vm: &mut Vm, exc: &Value, ty: &Value) -> PyResult<(Value, Value)> {
    if exc.is_none() {
        return Ok((Value::None, Value::None));
    }
    if vm.isinstance(exc, ty)? {
        let beg = vm.exc_type("BaseExceptionGroup");
        if vm.type_of(exc).is_subtype(&beg) {
            return Ok((Value::None, exc.clone()));
        }
        // a naked exception matched: wrap it in an ExceptionGroup
        let eg = Value::Type(vm.exc_type("BaseExceptionGroup"));
        let wrapped = vm.call(&eg, vec![Value::str(""), Value::tuple(vec![exc.clone()])])?;
        copy_exc_meta(exc, &wrapped);
        return Ok((Value::None, wrapped));
    }
    let beg = vm.exc_type("BaseExceptionGroup");
    if vm.type_of(exc).is_subtype(&beg) {
        let (m, r) = split_group(vm, exc, ty)?;
        return Ok((r, m));
    }
    Ok((exc.clone(), Value::None))
}

/// INTRINSIC_PREP_RERAISE_STAR: what `except*` re-raises once all clauses ran.
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, excs: &Value) -> PyResult<Value> {
    let raised: Vec<Value> = vm
        .collect(excs)?
        .into_iter()
        .filter(|e| !e.is_none())
        .collect();
    if raised.is_empty() {
        return Ok(Value::None);
    }
    let beg = vm.exc_type("BaseExceptionGroup");
    if !vm.type_of(orig).is_subtype(&beg) {
        return Ok(raised[0].clone());
    }
    // Keep the re-raised leaves of the original in its structure; add newly raised ones.
    let mut reraised = Vec::new();
    let mut new = Vec::new();
    let leaves = leaf_ids(orig);
    for e in raised {
        if leaf_ids(&e).iter().all(|id| leaves.contains(id)) {
            reraised.push(e);
        } else {
            new.push(e);
        }
    }
    // CPython's order: the newly raised ones, then the projection of the re-raised ones.
    let mut out = new;
    if !reraised.is_empty() {
        let keep: Vec<usize> = reraised.iter().flat_map(leaf_ids).collect();
        let (m, _) = project(vm, orig, &keep)?;
        if !m.is_none() {
            out.push(m);
        }
    }
    if out.len() == 1 {
        return Ok(out.remove(0));
    }
    let eg = Value::Type(vm.exc_type("BaseExceptionGroup"));
    vm.call(&eg, vec![Value::str(""), Value::list(out)])
}

fn leaf_ids(e: &Value) -> Vec<usize> {
    let ex = eg_exceptions(e);
    if ex.is_empty() || !matches!(args_of(e).get(1), Some(Value::Tuple(_) | Value::List(_))) {
        return vec![e.id()];
    }
    ex.iter().flat_map(leaf_ids).collect()
}

fn project(vm: &mut Vm, eg: &Value, keep: &[usize]) -> PyResult<(Value, ())> {
    let ex = eg_exceptions(eg);
    if ex.is_empty() {
        return Ok((
            if keep.contains(&eg.id()) {
                eg.clone()
            } else {
                Value::None
            },
            (),
        ));
    }
    let mut kept = Vec::new();
    for e in ex {
        let (p, _) = project(vm, &e, keep)?;
        if !p.is_none() {
            kept.push(p);
        }
    }
    if kept.is_empty() {
        return Ok((Value::None, ()));
    }
    let d = vm.call_method(eg, "derive", vec![Value::list(kept)])?;
    copy_exc_meta(eg, &d);
    Ok((d, ()))
}

#[allow(dead_code)]
fn _t(_: &Type) {}

/// Stores to the `BaseException` getset attributes (`args`, `__traceback__`, `__cause__`,
/// `__context__`, `__suppress_context__`) go to the exception's fields, with CPython's
/// checks; `None` for any other name. Setting `__cause__` also sets `__suppress_context__`.
pub fn exc_setattr(
    vm: &mut Vm,
    obj: &Value,
    name: &str,
    value: Option<&Value>,
) -> Option<PyResult<()>> {
    let Value::Instance(inst) = obj else {
        return None;
    };
    let data = inst.exc()?;
    if name == "__dict__" {
        // BaseException_set_dict: the new dict becomes the exception's own
        let Some(v) = value else {
            return Some(Err(vm.type_error("cannot delete __dict__")));
        };
        let new = match v {
            Value::Dict(d) => d.clone(),
            Value::Instance(o) if vm.type_of(v).is_subtype(&vm.types.dict) => match &o.base() {
                Some(Value::Dict(d)) => d.clone(),
                _ => return None,
            },
            _ => {
                let tn = vm.type_name(v);
                return Some(Err(vm.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{tn}'"
                ))));
            }
        };
        drop(inst.set_dict(new));
        return Some(Ok(()));
    }
    if name == "__notes__" {
        // kept in the exception's field (CPython: its __dict__), read back by the printers
        let mut d = data.borrow_mut();
        return match value {
            Some(v) => {
                d.notes = v.clone();
                Some(Ok(()))
            }
            None if d.notes.is_none() => None,
            None => {
                d.notes = Value::None;
                Some(Ok(()))
            }
        };
    }
    if !matches!(
        name,
        "args" | "__traceback__" | "__cause__" | "__context__" | "__suppress_context__"
    ) {
        return None;
    }
    let Some(v) = value else {
        let msg = match name {
            "args" => "args may not be deleted".to_string(),
            "__traceback__" => "__traceback__ may not be deleted".to_string(),
            _ => format!("{name} may not be deleted"),
        };
        return Some(Err(vm.type_error(msg)));
    };
    let is_exc = |v: &Value| matches!(v, Value::Instance(i) if i.exc().is_some());
    let r = match name {
        "args" => vm.collect(v).map(|items| {
            data.borrow_mut().args = Value::tuple(items);
        }),
        "__traceback__" if matches!(v, Value::None | Value::Traceback(_)) => {
            data.borrow_mut().traceback = v.clone();
            Ok(())
        }
        "__traceback__" => Err(vm.type_error("__traceback__ must be a traceback or None")),
        "__cause__" | "__context__" if !v.is_none() && !is_exc(v) => {
            let what = if name == "__cause__" {
                "cause"
            } else {
                "context"
            };
            Err(vm.type_error(format!(
                "exception {what} must be None or derive from BaseException"
            )))
        }
        "__cause__" => {
            let mut d = data.borrow_mut();
            d.cause = v.clone();
            d.suppress_context = true;
            Ok(())
        }
        "__context__" => {
            data.borrow_mut().context = v.clone();
            Ok(())
        }
        _ => vm.truthy(v).map(|b| {
            data.borrow_mut().suppress_context = b;
        }),
    };
    Some(r)
}

/// A `UnicodeDecodeError` / `UnicodeEncodeError` (`cls`) with CPython's five arguments.
pub fn unicode_error(
    vm: &mut Vm,
    cls: &str,
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> Value {
    let t = vm.exc_type(cls);
    vm.new_exception(
        &t,
        vec![
            Value::str(encoding),
            object,
            Value::Int(start as i64),
            Value::Int(end as i64),
            Value::str(reason),
        ],
    )
}
