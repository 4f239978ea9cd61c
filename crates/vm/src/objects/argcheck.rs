//! CPython's argument-count and keyword checks of the native methods of the core types
//! (str, bytes, bytearray, list, dict, set, tuple, int, float), shared by all of them: a
//! table entry `("name", SPEC)` of its type gives the method's `Builtin` its
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
        c_units: Default::default(),
        spec: Some(spec),
    };
    ty.dict
        .borrow_mut()
        .set_str(name, Value::Builtin(Rc::new(nb)));
}

/// Methods and their calling conventions.
type Table = &'static [(&'static str, Spec)];

/// The methods of str.
static STR: Table = &[
    ("capitalize", Spec::NoArgs),
    ("casefold", Spec::NoArgs),
    ("center", Spec::Clinic(1, 2)),
    ("count", Spec::Tuple(1, 3)),
    ("encode", Spec::Kw(&["encoding", "errors"], 0, 2, 2)),
    ("endswith", Spec::Tuple(1, 3)),
    ("expandtabs", Spec::Kw(&["tabsize"], 0, 1, 1)),
    ("find", Spec::Tuple(1, 3)),
    ("format_map", Spec::One),
    ("index", Spec::Tuple(1, 3)),
    ("isalnum", Spec::NoArgs),
    ("isalpha", Spec::NoArgs),
    ("isascii", Spec::NoArgs),
    ("isdecimal", Spec::NoArgs),
    ("isdigit", Spec::NoArgs),
    ("isidentifier", Spec::NoArgs),
    ("islower", Spec::NoArgs),
    ("isnumeric", Spec::NoArgs),
    ("isprintable", Spec::NoArgs),
    ("isspace", Spec::NoArgs),
    ("istitle", Spec::NoArgs),
    ("isupper", Spec::NoArgs),
    ("join", Spec::One),
    ("ljust", Spec::Clinic(1, 2)),
    ("lower", Spec::NoArgs),
    ("lstrip", Spec::Clinic(0, 1)),
    ("partition", Spec::One),
    ("removeprefix", Spec::One),
    ("removesuffix", Spec::One),
    ("replace", Spec::Clinic(2, 3)),
    ("rfind", Spec::Tuple(1, 3)),
    ("rindex", Spec::Tuple(1, 3)),
    ("rjust", Spec::Clinic(1, 2)),
    ("rpartition", Spec::One),
    ("rsplit", Spec::Kw(&["sep", "maxsplit"], 0, 2, 2)),
    ("rstrip", Spec::Clinic(0, 1)),
    ("split", Spec::Kw(&["sep", "maxsplit"], 0, 2, 2)),
    ("splitlines", Spec::Kw(&["keepends"], 0, 1, 1)),
    ("startswith", Spec::Tuple(1, 3)),
    ("strip", Spec::Clinic(0, 1)),
    ("swapcase", Spec::NoArgs),
    ("title", Spec::NoArgs),
    ("translate", Spec::One),
    ("upper", Spec::NoArgs),
    ("zfill", Spec::One),
];

/// The methods bytes and bytearray share.
static BYTES: Table = &[
    ("capitalize", Spec::NoArgs),
    ("center", Spec::Clinic(1, 2)),
    ("count", Spec::Tuple(1, 3)),
    ("decode", Spec::Kw(&["encoding", "errors"], 0, 2, 2)),
    ("endswith", Spec::Tuple(1, 3)),
    ("expandtabs", Spec::Kw(&["tabsize"], 0, 1, 1)),
    ("find", Spec::Tuple(1, 3)),
    ("hex", Spec::Kw(&["sep", "bytes_per_sep"], 0, 2, 2)),
    ("index", Spec::Tuple(1, 3)),
    ("isalnum", Spec::NoArgs),
    ("isalpha", Spec::NoArgs),
    ("isascii", Spec::NoArgs),
    ("isdigit", Spec::NoArgs),
    ("islower", Spec::NoArgs),
    ("isspace", Spec::NoArgs),
    ("istitle", Spec::NoArgs),
    ("isupper", Spec::NoArgs),
    ("join", Spec::One),
    ("ljust", Spec::Clinic(1, 2)),
    ("lower", Spec::NoArgs),
    ("lstrip", Spec::Clinic(0, 1)),
    ("partition", Spec::One),
    ("removeprefix", Spec::One),
    ("removesuffix", Spec::One),
    ("replace", Spec::Clinic(2, 3)),
    ("rfind", Spec::Tuple(1, 3)),
    ("rindex", Spec::Tuple(1, 3)),
    ("rjust", Spec::Clinic(1, 2)),
    ("rpartition", Spec::One),
    ("rsplit", Spec::Kw(&["sep", "maxsplit"], 0, 2, 2)),
    ("rstrip", Spec::Clinic(0, 1)),
    ("split", Spec::Kw(&["sep", "maxsplit"], 0, 2, 2)),
    ("splitlines", Spec::Kw(&["keepends"], 0, 1, 1)),
    ("startswith", Spec::Tuple(1, 3)),
    ("strip", Spec::Clinic(0, 1)),
    ("swapcase", Spec::NoArgs),
    ("title", Spec::NoArgs),
    ("upper", Spec::NoArgs),
    ("zfill", Spec::One),
    ("fromhex", Spec::One),
    ("maketrans", Spec::Clinic(2, 2)),
    ("translate", Spec::Kw(&["delete"], 1, 2, 2)),
];

/// The methods of bytearray alone (it also has the shared ones).
static BYTEARRAY: Table = &[
    ("append", Spec::One),
    ("clear", Spec::NoArgs),
    ("copy", Spec::NoArgs),
    ("extend", Spec::One),
    ("insert", Spec::Clinic(2, 2)),
    ("pop", Spec::Clinic(0, 1)),
    ("remove", Spec::One),
    ("reverse", Spec::NoArgs),
];

/// The methods of list.
static LIST: Table = &[
    ("append", Spec::One),
    ("clear", Spec::NoArgs),
    ("copy", Spec::NoArgs),
    ("count", Spec::One),
    ("extend", Spec::One),
    ("index", Spec::Clinic(1, 3)),
    ("insert", Spec::Clinic(2, 2)),
    ("pop", Spec::Clinic(0, 1)),
    ("remove", Spec::One),
    ("reverse", Spec::NoArgs),
    ("sort", Spec::Kw(&["key", "reverse"], 0, 0, 2)),
];

/// The methods of dict.
static DICT: Table = &[
    ("clear", Spec::NoArgs),
    ("copy", Spec::NoArgs),
    ("update", Spec::PosMax(1)),
    ("fromkeys", Spec::Clinic(1, 2)),
    ("get", Spec::Clinic(1, 2)),
    ("items", Spec::NoArgs),
    ("keys", Spec::NoArgs),
    ("pop", Spec::Clinic(1, 2)),
    ("popitem", Spec::NoArgs),
    ("setdefault", Spec::Clinic(1, 2)),
    ("values", Spec::NoArgs),
];

/// The methods of set.
static SET: Table = &[
    ("add", Spec::One),
    ("clear", Spec::NoArgs),
    ("copy", Spec::NoArgs),
    ("difference", Spec::Tuple(0, usize::MAX)),
    ("difference_update", Spec::Tuple(0, usize::MAX)),
    ("discard", Spec::One),
    ("intersection", Spec::Tuple(0, usize::MAX)),
    ("intersection_update", Spec::Tuple(0, usize::MAX)),
    ("isdisjoint", Spec::One),
    ("issubset", Spec::One),
    ("issuperset", Spec::One),
    ("pop", Spec::NoArgs),
    ("remove", Spec::One),
    ("symmetric_difference", Spec::One),
    ("symmetric_difference_update", Spec::One),
    ("union", Spec::Tuple(0, usize::MAX)),
    ("update", Spec::Tuple(0, usize::MAX)),
];

/// The methods of tuple.
static TUPLE: Table = &[("count", Spec::One), ("index", Spec::Clinic(1, 3))];

/// The methods of int.
static INT: Table = &[
    (
        "from_bytes",
        Spec::Kw(&["bytes", "byteorder", "signed"], 0, 2, 3),
    ),
    ("as_integer_ratio", Spec::NoArgs),
    ("bit_count", Spec::NoArgs),
    ("bit_length", Spec::NoArgs),
    ("conjugate", Spec::NoArgs),
    ("is_integer", Spec::NoArgs),
    (
        "to_bytes",
        Spec::Kw(&["length", "byteorder", "signed"], 0, 2, 3),
    ),
];

/// The methods of float.
static FLOAT: Table = &[
    ("fromhex", Spec::One),
    ("as_integer_ratio", Spec::NoArgs),
    ("conjugate", Spec::NoArgs),
    ("hex", Spec::NoArgs),
    ("is_integer", Spec::NoArgs),
];

/// Give the methods of the core types CPython's argument checks (called once their methods
/// are registered). The tables are CPython 3.12's calling convention of each method
/// (tests/programs/builtins/method_extra_args.py shows every one).
pub fn init(vm: &mut Vm) {
    let t = &vm.types;
    let tables: [(&Rc<Type>, Table); 10] = [
        (&t.str_, STR),
        (&t.bytes, BYTES),
        (&t.bytearray, BYTES),
        (&t.bytearray, BYTEARRAY),
        (&t.list, LIST),
        (&t.dict, DICT),
        (&t.set, SET),
        (&t.tuple, TUPLE),
        (&t.int, INT),
        (&t.float, FLOAT),
    ];
    for (ty, table) in tables {
        for (name, spec) in table {
            install(ty, name, spec);
        }
    }
}
