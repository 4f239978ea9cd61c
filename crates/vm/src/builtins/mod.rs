//! The `builtins` module: functions (`functions.rs`) and the constructors of the builtin
//! types (`constructors.rs`).

pub mod constructors;
pub mod docs;
#[rustfmt::skip]
mod docs_table;
pub mod functions;

use std::rc::Rc;

use crate::objects::misc::Super;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm) {
    let types = vm.types.all();
    for t in types {
        let n = t.name();
        if [
            "object",
            "type",
            "int",
            "bool",
            "float",
            "complex",
            "str",
            "bytes",
            "bytearray",
            "tuple",
            "list",
            "dict",
            "set",
            "frozenset",
            "slice",
            "range",
            "property",
            "classmethod",
            "staticmethod",
            "super",
            "enumerate",
            "zip",
            "map",
            "filter",
            "reversed",
            "memoryview",
        ]
        .contains(&&*n)
        {
            vm.set_builtin(&n, Value::Type(t));
        }
    }
    vm.set_builtin("None", Value::None);
    vm.set_builtin("Ellipsis", Value::Ellipsis);
    vm.set_builtin("NotImplemented", Value::NotImplemented);
    vm.set_builtin("True", Value::Bool(true));
    vm.set_builtin("False", Value::Bool(false));
    vm.set_builtin("__debug__", Value::Bool(true));
    vm.set_builtin("__name__", Value::str("builtins"));
    vm.set_builtin("__doc__", Value::None);
    // What CPython's site module adds (_sitebuiltins.Quitter): exit(code) / quit(code)
    vm.set_builtin("exit", vm.native("exit", site_quit));
    vm.set_builtin("quit", vm.native("quit", site_quit));
    vm.set_builtin(
        "__build_class__",
        vm.native("__build_class__", crate::objects::typecall::build_class),
    );
    functions::init(vm);
    constructors::init(vm);
}

/// `super(cls, obj)` (also what LOAD_SUPER_ATTR builds).
pub fn make_super(vm: &mut Vm, class: &Value, obj: &Value) -> PyResult<Value> {
    let Value::Type(thisclass) = class else {
        let tn = vm.type_name(class);
        return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
    };
    let obj_type = match obj {
        Value::Type(t) if t.is_subtype(thisclass) => t.clone(),
        _ => {
            let t = vm.type_of(obj);
            if !t.is_subtype(thisclass) {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            t
        }
    };
    Ok(Value::Super(Rc::new(Super {
        thisclass: thisclass.clone(),
        obj: obj.clone(),
        obj_type,
    })))
}

/// An unbound `super(C)` bound to obj (`super_descr_get`); a bound one, or obj None, is
/// itself.
pub fn super_bind(vm: &mut Vm, s: &Rc<Super>, obj: &Value) -> PyResult<Value> {
    if obj.is_none() || obj.is_null() || !s.obj.is_null() {
        return Ok(Value::Super(s.clone()));
    }
    make_super(vm, &Value::Type(s.thisclass.clone()), obj)
}

/// How CPython names a callable in call errors: `f()`, `A.m()`.
pub fn callable_name(vm: &mut Vm, f: &Value) -> String {
    // _PyObject_FunctionStr (Objects/object.c): `module.qualname()`, or `qualname()` when the
    // module is builtins or unknown, or str(f) when f has no __qualname__ (`None argument
    // after * ...`).
    let qualname = match vm.getattr(f, "__qualname__") {
        Ok(q) => match vm.str(&q) {
            Ok(q) => q,
            Err(_) => return format!("{} object", vm.type_name(f)),
        },
        Err(_) => {
            return match vm.str(f) {
                Ok(s) => s.to_string(),
                Err(_) => format!("{} object", vm.type_name(f)),
            }
        }
    };
    match vm.getattr(f, "__module__") {
        Ok(Value::Str(m)) if &*m != "builtins" => format!("{m}.{qualname}()"),
        _ => format!("{qualname}()"),
    }
}

/// `exit(code=None)` / `quit(code=None)`: raise SystemExit(code), as site's Quitter does
/// (its args are always `(code,)`, unlike sys.exit()).
fn site_quit(vm: &mut Vm, a: crate::objects::function::Args) -> PyResult<Value> {
    if a.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            a.pos.len() + 1
        )));
    }
    let code = a
        .pos
        .first()
        .cloned()
        .or_else(|| a.kwarg("code"))
        .unwrap_or(Value::None);
    let t = vm.exc_type("SystemExit");
    Err(vm.new_exception(&t, vec![code]))
}
