//! CPython's argument-count and keyword checks of the native methods of the core types
//! (str, bytes, bytearray, list, dict, set, tuple, int, float), shared by all of them: a
//! table entry `wrap!(vm, ty, "owner", "name", SPEC)` gives the method's `Builtin` its
//! calling convention (`Builtin::spec`: METH_NOARGS, METH_O, Argument Clinic
//! positional-only, old `PyArg_ParseTuple`, keywords), which `call_native` checks before
//! each call with CPython's messages (`check_call`: a few compares when the call fits), so
//! an extra argument or an unknown keyword raises TypeError instead of being ignored.

use std::rc::Rc;

use crate::objects::function::{Args, Builtin, BuiltinKind};
use crate::objects::typeobj::Type;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// How a method takes its arguments (after the receiver).
pub enum Spec {
    /// METH_NOARGS: "T.m() takes no arguments (N given)".
    NoArgs,
    /// METH_O: "T.m() takes exactly one argument (N given)".
    One,
    /// Argument Clinic, positional-only: "m expected at most 2 arguments, got 3".
    Clinic(usize, usize),
    /// METH_VARARGS with `PyArg_ParseTuple` "O|OO:m": "m() takes at most 3 arguments (4
    /// given)".
    Tuple(usize, usize),
    /// Positional or keyword parameters with these names (Argument Clinic):
    /// "'k' is an invalid keyword argument for m()", "m() takes at most 2 arguments (3 given)".
    /// Positional arguments up to this many, any keywords (`dict.update`): "m expected at
    /// most 1 argument, got 2".
    PosMax(usize),
    /// The names, how many must be and may be given by position, how many in all.
    Kw(&'static [&'static str], usize, usize, usize),
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Check the arguments of a call of the method `b` (receiver first in `a`) against its
/// calling convention `spec`: the common call that fits costs a few compares, anything else
/// goes to `check` for CPython's message.
#[inline]
pub fn check_call(vm: &Vm, a: &Args, b: &Builtin, spec: &Spec) -> PyResult<()> {
    let given = a.pos.len().wrapping_sub(1);
    let fits = a.kw.is_empty()
        && match *spec {
            Spec::NoArgs => given == 0,
            Spec::One => given == 1,
            Spec::Clinic(lo, hi) | Spec::Tuple(lo, hi) => given >= lo && given <= hi,
            Spec::PosMax(hi) => given <= hi,
            Spec::Kw(_, minpos, npos, _) => given >= minpos && given <= npos,
        };
    if fits {
        return Ok(());
    }
    check(vm, a, b.owner.as_deref().unwrap_or(""), &b.name, spec)
}

/// Check the arguments of `a` (receiver first) against `spec` for the method `name` of
/// the type named `owner` (the defining type, as CPython names it for a subclass too).
#[cold]
pub fn check(vm: &Vm, a: &Args, owner: &str, name: &str, spec: &Spec) -> PyResult<()> {
    let given = a.pos.len().saturating_sub(1);
    match spec {
        // METH_NOARGS / METH_O: the check every native module's methods use
        Spec::NoArgs | Spec::One => {
            let n = usize::from(matches!(spec, Spec::One));
            if a.kw.is_empty() && given == n {
                Ok(())
            } else {
                crate::objects::native::check_arity(vm, a, &format!("{owner}."), name, n)
            }
        }
        Spec::Clinic(..) if !a.kw.is_empty() => {
            Err(vm.type_error(format!("{}.{name}() takes no keyword arguments", owner)))
        }
        Spec::Clinic(lo, hi) if given < *lo || given > *hi => {
            let (how, n) = if lo == hi {
                ("", *lo)
            } else if given < *lo {
                ("at least ", *lo)
            } else {
                ("at most ", *hi)
            };
            Err(vm.type_error(format!(
                "{name} expected {how}{n} argument{}, got {given}",
                plural(n)
            )))
        }
        Spec::Tuple(..) if !a.kw.is_empty() => {
            Err(vm.type_error(format!("{}.{name}() takes no keyword arguments", owner)))
        }
        Spec::Tuple(lo, hi) if given < *lo || given > *hi => {
            let (how, n) = if given < *lo {
                ("least", *lo)
            } else {
                ("most", *hi)
            };
            Err(vm.type_error(format!(
                "{name}() takes at {how} {n} argument{} ({given} given)",
                plural(n)
            )))
        }
        Spec::Kw(names, minpos, npos, total) => {
            // _PyArg_UnpackKeywords' order: the total, the positional ones, then the names
            let n = given + a.kw.len();
            if n > *total {
                return Err(vm.type_error(format!(
                    "{name}() takes at most {total} argument{} ({n} given)",
                    plural(*total)
                )));
            }
            if given < *minpos {
                return Err(vm.type_error(format!(
                    "{name}() takes at least {minpos} positional argument{} ({given} given)",
                    plural(*minpos)
                )));
            }
            if given > *npos && *npos == 0 {
                return Err(vm.type_error(format!("{name}() takes no positional arguments")));
            }
            if given > *npos && npos < total {
                return Err(vm.type_error(format!(
                    "{name}() takes at most {npos} positional argument{} ({given} given)",
                    plural(*npos)
                )));
            }
            if let Some((k, _)) = a.kw.iter().find(|(k, _)| !names.contains(&&**k)) {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                );
            }
            Ok(())
        }
        Spec::PosMax(hi) if given > *hi => Err(vm.type_error(format!(
            "{name} expected at most {hi} argument{}, got {given}",
            plural(*hi)
        ))),
        _ => Ok(()),
    }
}

/// Give the method `$name` of type `$ty` (already in its dict) the calling convention
/// `$spec`, which `call_native` checks before each call.
macro_rules! wrap {
    ($vm:ident, $ty:ident, $owner:literal, $name:literal, $spec:expr) => {{
        static SPEC: Spec = $spec;
        install(&$vm.types.$ty, $name, &SPEC);
    }};
}

/// Replace the method `name` of `ty` by the same method with the calling convention `spec`.
fn install(ty: &Rc<Type>, name: &str, spec: &'static Spec) {
    let old = ty.dict.borrow().get_str(name);
    let Some(Value::Builtin(b)) = old else { return };
    if !matches!(b.kind, BuiltinKind::Method | BuiltinKind::ClassMethod) || b.spec.is_some() {
        return;
    }
    let nb = Builtin {
        name: b.name.clone(),
        func: b.func,
        kind: b.kind,
        bound: None,
        owner: b.owner.clone(),
        data: b.data.clone(),
        module: Default::default(),
        spec: Some(spec),
    };
    ty.dict
        .borrow_mut()
        .set_str(name, Value::Builtin(Rc::new(nb)));
}

/// Put CPython's argument checks in front of the methods of the core types (called once
/// their methods are registered). The table is CPython 3.12's calling convention of each
/// method (tests/programs/builtins/method_extra_args.py shows every one).
pub fn init(vm: &mut Vm) {
    wrap!(vm, str_, "str", "capitalize", Spec::NoArgs);
    wrap!(vm, str_, "str", "casefold", Spec::NoArgs);
    wrap!(vm, str_, "str", "center", Spec::Clinic(1, 2));
    wrap!(vm, str_, "str", "count", Spec::Tuple(1, 3));
    wrap!(
        vm,
        str_,
        "str",
        "encode",
        Spec::Kw(&["encoding", "errors"], 0, 2, 2)
    );
    wrap!(vm, str_, "str", "endswith", Spec::Tuple(1, 3));
    wrap!(
        vm,
        str_,
        "str",
        "expandtabs",
        Spec::Kw(&["tabsize"], 0, 1, 1)
    );
    wrap!(vm, str_, "str", "find", Spec::Tuple(1, 3));
    wrap!(vm, str_, "str", "format_map", Spec::One);
    wrap!(vm, str_, "str", "index", Spec::Tuple(1, 3));
    wrap!(vm, str_, "str", "isalnum", Spec::NoArgs);
    wrap!(vm, str_, "str", "isalpha", Spec::NoArgs);
    wrap!(vm, str_, "str", "isascii", Spec::NoArgs);
    wrap!(vm, str_, "str", "isdecimal", Spec::NoArgs);
    wrap!(vm, str_, "str", "isdigit", Spec::NoArgs);
    wrap!(vm, str_, "str", "isidentifier", Spec::NoArgs);
    wrap!(vm, str_, "str", "islower", Spec::NoArgs);
    wrap!(vm, str_, "str", "isnumeric", Spec::NoArgs);
    wrap!(vm, str_, "str", "isprintable", Spec::NoArgs);
    wrap!(vm, str_, "str", "isspace", Spec::NoArgs);
    wrap!(vm, str_, "str", "istitle", Spec::NoArgs);
    wrap!(vm, str_, "str", "isupper", Spec::NoArgs);
    wrap!(vm, str_, "str", "join", Spec::One);
    wrap!(vm, str_, "str", "ljust", Spec::Clinic(1, 2));
    wrap!(vm, str_, "str", "lower", Spec::NoArgs);
    wrap!(vm, str_, "str", "lstrip", Spec::Clinic(0, 1));
    wrap!(vm, str_, "str", "partition", Spec::One);
    wrap!(vm, str_, "str", "removeprefix", Spec::One);
    wrap!(vm, str_, "str", "removesuffix", Spec::One);
    wrap!(vm, str_, "str", "replace", Spec::Clinic(2, 3));
    wrap!(vm, str_, "str", "rfind", Spec::Tuple(1, 3));
    wrap!(vm, str_, "str", "rindex", Spec::Tuple(1, 3));
    wrap!(vm, str_, "str", "rjust", Spec::Clinic(1, 2));
    wrap!(vm, str_, "str", "rpartition", Spec::One);
    wrap!(
        vm,
        str_,
        "str",
        "rsplit",
        Spec::Kw(&["sep", "maxsplit"], 0, 2, 2)
    );
    wrap!(vm, str_, "str", "rstrip", Spec::Clinic(0, 1));
    wrap!(
        vm,
        str_,
        "str",
        "split",
        Spec::Kw(&["sep", "maxsplit"], 0, 2, 2)
    );
    wrap!(
        vm,
        str_,
        "str",
        "splitlines",
        Spec::Kw(&["keepends"], 0, 1, 1)
    );
    wrap!(vm, str_, "str", "startswith", Spec::Tuple(1, 3));
    wrap!(vm, str_, "str", "strip", Spec::Clinic(0, 1));
    wrap!(vm, str_, "str", "swapcase", Spec::NoArgs);
    wrap!(vm, str_, "str", "title", Spec::NoArgs);
    wrap!(vm, str_, "str", "translate", Spec::One);
    wrap!(vm, str_, "str", "upper", Spec::NoArgs);
    wrap!(vm, str_, "str", "zfill", Spec::One);
    wrap!(vm, bytes, "bytes", "capitalize", Spec::NoArgs);
    wrap!(vm, bytes, "bytes", "center", Spec::Clinic(1, 2));
    wrap!(vm, bytes, "bytes", "count", Spec::Tuple(1, 3));
    wrap!(
        vm,
        bytes,
        "bytes",
        "decode",
        Spec::Kw(&["encoding", "errors"], 0, 2, 2)
    );
    wrap!(vm, bytes, "bytes", "endswith", Spec::Tuple(1, 3));
    wrap!(
        vm,
        bytes,
        "bytes",
        "expandtabs",
        Spec::Kw(&["tabsize"], 0, 1, 1)
    );
    wrap!(vm, bytes, "bytes", "find", Spec::Tuple(1, 3));
    wrap!(
        vm,
        bytes,
        "bytes",
        "hex",
        Spec::Kw(&["sep", "bytes_per_sep"], 0, 2, 2)
    );
    wrap!(vm, bytes, "bytes", "index", Spec::Tuple(1, 3));
    wrap!(vm, bytes, "bytes", "isalnum", Spec::NoArgs);
    wrap!(vm, bytes, "bytes", "isalpha", Spec::NoArgs);
    wrap!(vm, bytes, "bytes", "isascii", Spec::NoArgs);
    wrap!(vm, bytes, "bytes", "isdigit", Spec::NoArgs);
    wrap!(vm, bytes, "bytes", "islower", Spec::NoArgs);
    wrap!(vm, bytes, "bytes", "isspace", Spec::NoArgs);
    wrap!(vm, bytes, "bytes", "istitle", Spec::NoArgs);
    wrap!(vm, bytes, "bytes", "isupper", Spec::NoArgs);
    wrap!(vm, bytes, "bytes", "join", Spec::One);
    wrap!(vm, bytes, "bytes", "ljust", Spec::Clinic(1, 2));
    wrap!(vm, bytes, "bytes", "lower", Spec::NoArgs);
    wrap!(vm, bytes, "bytes", "lstrip", Spec::Clinic(0, 1));
    wrap!(vm, bytes, "bytes", "partition", Spec::One);
    wrap!(vm, bytes, "bytes", "removeprefix", Spec::One);
    wrap!(vm, bytes, "bytes", "removesuffix", Spec::One);
    wrap!(vm, bytes, "bytes", "replace", Spec::Clinic(2, 3));
    wrap!(vm, bytes, "bytes", "rfind", Spec::Tuple(1, 3));
    wrap!(vm, bytes, "bytes", "rindex", Spec::Tuple(1, 3));
    wrap!(vm, bytes, "bytes", "rjust", Spec::Clinic(1, 2));
    wrap!(vm, bytes, "bytes", "rpartition", Spec::One);
    wrap!(
        vm,
        bytes,
        "bytes",
        "rsplit",
        Spec::Kw(&["sep", "maxsplit"], 0, 2, 2)
    );
    wrap!(vm, bytes, "bytes", "rstrip", Spec::Clinic(0, 1));
    wrap!(
        vm,
        bytes,
        "bytes",
        "split",
        Spec::Kw(&["sep", "maxsplit"], 0, 2, 2)
    );
    wrap!(
        vm,
        bytes,
        "bytes",
        "splitlines",
        Spec::Kw(&["keepends"], 0, 1, 1)
    );
    wrap!(vm, bytes, "bytes", "startswith", Spec::Tuple(1, 3));
    wrap!(vm, bytes, "bytes", "strip", Spec::Clinic(0, 1));
    wrap!(vm, bytes, "bytes", "swapcase", Spec::NoArgs);
    wrap!(vm, bytes, "bytes", "title", Spec::NoArgs);
    wrap!(vm, bytes, "bytes", "upper", Spec::NoArgs);
    wrap!(vm, bytes, "bytes", "zfill", Spec::One);
    wrap!(vm, bytearray, "bytearray", "append", Spec::One);
    wrap!(vm, bytearray, "bytearray", "capitalize", Spec::NoArgs);
    wrap!(vm, bytearray, "bytearray", "center", Spec::Clinic(1, 2));
    wrap!(vm, bytearray, "bytearray", "clear", Spec::NoArgs);
    wrap!(vm, bytearray, "bytearray", "copy", Spec::NoArgs);
    wrap!(vm, bytearray, "bytearray", "count", Spec::Tuple(1, 3));
    wrap!(
        vm,
        bytearray,
        "bytearray",
        "decode",
        Spec::Kw(&["encoding", "errors"], 0, 2, 2)
    );
    wrap!(vm, bytearray, "bytearray", "endswith", Spec::Tuple(1, 3));
    wrap!(
        vm,
        bytearray,
        "bytearray",
        "expandtabs",
        Spec::Kw(&["tabsize"], 0, 1, 1)
    );
    wrap!(vm, bytearray, "bytearray", "extend", Spec::One);
    wrap!(vm, bytearray, "bytearray", "find", Spec::Tuple(1, 3));
    wrap!(
        vm,
        bytearray,
        "bytearray",
        "hex",
        Spec::Kw(&["sep", "bytes_per_sep"], 0, 2, 2)
    );
    wrap!(vm, bytearray, "bytearray", "index", Spec::Tuple(1, 3));
    wrap!(vm, bytearray, "bytearray", "insert", Spec::Clinic(2, 2));
    wrap!(vm, bytearray, "bytearray", "isalnum", Spec::NoArgs);
    wrap!(vm, bytearray, "bytearray", "isalpha", Spec::NoArgs);
    wrap!(vm, bytearray, "bytearray", "isascii", Spec::NoArgs);
    wrap!(vm, bytearray, "bytearray", "isdigit", Spec::NoArgs);
    wrap!(vm, bytearray, "bytearray", "islower", Spec::NoArgs);
    wrap!(vm, bytearray, "bytearray", "isspace", Spec::NoArgs);
    wrap!(vm, bytearray, "bytearray", "istitle", Spec::NoArgs);
    wrap!(vm, bytearray, "bytearray", "isupper", Spec::NoArgs);
    wrap!(vm, bytearray, "bytearray", "join", Spec::One);
    wrap!(vm, bytearray, "bytearray", "ljust", Spec::Clinic(1, 2));
    wrap!(vm, bytearray, "bytearray", "lower", Spec::NoArgs);
    wrap!(vm, bytearray, "bytearray", "lstrip", Spec::Clinic(0, 1));
    wrap!(vm, bytearray, "bytearray", "partition", Spec::One);
    wrap!(vm, bytearray, "bytearray", "pop", Spec::Clinic(0, 1));
    wrap!(vm, bytearray, "bytearray", "remove", Spec::One);
    wrap!(vm, bytearray, "bytearray", "removeprefix", Spec::One);
    wrap!(vm, bytearray, "bytearray", "removesuffix", Spec::One);
    wrap!(vm, bytearray, "bytearray", "replace", Spec::Clinic(2, 3));
    wrap!(vm, bytearray, "bytearray", "reverse", Spec::NoArgs);
    wrap!(vm, bytearray, "bytearray", "rfind", Spec::Tuple(1, 3));
    wrap!(vm, bytearray, "bytearray", "rindex", Spec::Tuple(1, 3));
    wrap!(vm, bytearray, "bytearray", "rjust", Spec::Clinic(1, 2));
    wrap!(vm, bytearray, "bytearray", "rpartition", Spec::One);
    wrap!(
        vm,
        bytearray,
        "bytearray",
        "rsplit",
        Spec::Kw(&["sep", "maxsplit"], 0, 2, 2)
    );
    wrap!(vm, bytearray, "bytearray", "rstrip", Spec::Clinic(0, 1));
    wrap!(
        vm,
        bytearray,
        "bytearray",
        "split",
        Spec::Kw(&["sep", "maxsplit"], 0, 2, 2)
    );
    wrap!(
        vm,
        bytearray,
        "bytearray",
        "splitlines",
        Spec::Kw(&["keepends"], 0, 1, 1)
    );
    wrap!(vm, bytearray, "bytearray", "startswith", Spec::Tuple(1, 3));
    wrap!(vm, bytearray, "bytearray", "strip", Spec::Clinic(0, 1));
    wrap!(vm, bytearray, "bytearray", "swapcase", Spec::NoArgs);
    wrap!(vm, bytearray, "bytearray", "title", Spec::NoArgs);
    wrap!(vm, bytearray, "bytearray", "upper", Spec::NoArgs);
    wrap!(vm, bytearray, "bytearray", "zfill", Spec::One);
    wrap!(vm, list, "list", "append", Spec::One);
    wrap!(vm, list, "list", "clear", Spec::NoArgs);
    wrap!(vm, list, "list", "copy", Spec::NoArgs);
    wrap!(vm, list, "list", "count", Spec::One);
    wrap!(vm, list, "list", "extend", Spec::One);
    wrap!(vm, list, "list", "index", Spec::Clinic(1, 3));
    wrap!(vm, list, "list", "insert", Spec::Clinic(2, 2));
    wrap!(vm, list, "list", "pop", Spec::Clinic(0, 1));
    wrap!(vm, list, "list", "remove", Spec::One);
    wrap!(vm, list, "list", "reverse", Spec::NoArgs);
    wrap!(
        vm,
        list,
        "list",
        "sort",
        Spec::Kw(&["key", "reverse"], 0, 0, 2)
    );
    wrap!(vm, dict, "dict", "clear", Spec::NoArgs);
    wrap!(vm, dict, "dict", "copy", Spec::NoArgs);
    wrap!(vm, dict, "dict", "update", Spec::PosMax(1));
    wrap!(vm, dict, "dict", "fromkeys", Spec::Clinic(1, 2));
    wrap!(vm, bytes, "bytes", "fromhex", Spec::One);
    wrap!(vm, bytearray, "bytearray", "fromhex", Spec::One);
    wrap!(vm, bytes, "bytes", "maketrans", Spec::Clinic(2, 2));
    wrap!(vm, bytearray, "bytearray", "maketrans", Spec::Clinic(2, 2));
    wrap!(vm, float, "float", "fromhex", Spec::One);
    wrap!(
        vm,
        int,
        "int",
        "from_bytes",
        Spec::Kw(&["bytes", "byteorder", "signed"], 0, 2, 3)
    );
    wrap!(
        vm,
        bytes,
        "bytes",
        "translate",
        Spec::Kw(&["delete"], 1, 2, 2)
    );
    wrap!(
        vm,
        bytearray,
        "bytearray",
        "translate",
        Spec::Kw(&["delete"], 1, 2, 2)
    );
    wrap!(vm, dict, "dict", "get", Spec::Clinic(1, 2));
    wrap!(vm, dict, "dict", "items", Spec::NoArgs);
    wrap!(vm, dict, "dict", "keys", Spec::NoArgs);
    wrap!(vm, dict, "dict", "pop", Spec::Clinic(1, 2));
    wrap!(vm, dict, "dict", "popitem", Spec::NoArgs);
    wrap!(vm, dict, "dict", "setdefault", Spec::Clinic(1, 2));
    wrap!(vm, dict, "dict", "values", Spec::NoArgs);
    wrap!(vm, set, "set", "add", Spec::One);
    wrap!(vm, set, "set", "clear", Spec::NoArgs);
    wrap!(vm, set, "set", "copy", Spec::NoArgs);
    wrap!(vm, set, "set", "difference", Spec::Tuple(0, usize::MAX));
    wrap!(
        vm,
        set,
        "set",
        "difference_update",
        Spec::Tuple(0, usize::MAX)
    );
    wrap!(vm, set, "set", "discard", Spec::One);
    wrap!(vm, set, "set", "intersection", Spec::Tuple(0, usize::MAX));
    wrap!(
        vm,
        set,
        "set",
        "intersection_update",
        Spec::Tuple(0, usize::MAX)
    );
    wrap!(vm, set, "set", "isdisjoint", Spec::One);
    wrap!(vm, set, "set", "issubset", Spec::One);
    wrap!(vm, set, "set", "issuperset", Spec::One);
    wrap!(vm, set, "set", "pop", Spec::NoArgs);
    wrap!(vm, set, "set", "remove", Spec::One);
    wrap!(vm, set, "set", "symmetric_difference", Spec::One);
    wrap!(vm, set, "set", "symmetric_difference_update", Spec::One);
    wrap!(vm, set, "set", "union", Spec::Tuple(0, usize::MAX));
    wrap!(vm, set, "set", "update", Spec::Tuple(0, usize::MAX));
    wrap!(vm, tuple, "tuple", "count", Spec::One);
    wrap!(vm, tuple, "tuple", "index", Spec::Clinic(1, 3));
    wrap!(vm, int, "int", "as_integer_ratio", Spec::NoArgs);
    wrap!(vm, int, "int", "bit_count", Spec::NoArgs);
    wrap!(vm, int, "int", "bit_length", Spec::NoArgs);
    wrap!(vm, int, "int", "conjugate", Spec::NoArgs);
    wrap!(vm, int, "int", "is_integer", Spec::NoArgs);
    wrap!(
        vm,
        int,
        "int",
        "to_bytes",
        Spec::Kw(&["length", "byteorder", "signed"], 0, 2, 3)
    );
    wrap!(vm, float, "float", "as_integer_ratio", Spec::NoArgs);
    wrap!(vm, float, "float", "conjugate", Spec::NoArgs);
    wrap!(vm, float, "float", "hex", Spec::NoArgs);
    wrap!(vm, float, "float", "is_integer", Spec::NoArgs);
}
