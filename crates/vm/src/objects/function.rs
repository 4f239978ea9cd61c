//! Function objects (Python and native) and bound methods.

use std::cell::RefCell;
use std::rc::Rc;

pub use crate::objects::argvec::ArgVec;
use crate::objects::code::PyCode;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

/// A Python function (`PyFunctionObject`): code + globals + defaults + closure cells.
pub struct Function {
    pub code: RefCell<Rc<PyCode>>,
    pub globals: DictRef,
    pub builtins: DictRef,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub defaults: RefCell<Option<crate::value::TupleRef>>,
    pub kwdefaults: RefCell<Option<DictRef>>,
    /// One `Value::Cell` per free variable of the code.
    pub closure: Option<crate::value::TupleRef>,
    pub annotations: RefCell<Value>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub dict: DictRef,
}

impl Drop for Function {
    fn drop(&mut self) {
        crate::gc::untrack_freed();
    }
}

impl Function {
    pub fn code(&self) -> Rc<PyCode> {
        self.code.borrow().clone()
    }
}

/// Positional and keyword arguments of a native call.
#[derive(Default)]
pub struct Args {
    /// Up to four live inline (`ArgVec`): a builtin call allocates nothing for them.
    pub pos: ArgVec,
    pub kw: Vec<(Rc<str>, Value)>,
}

impl Args {
    pub fn new(pos: impl Into<ArgVec>) -> Args {
        Args {
            pos: pos.into(),
            kw: Vec::new(),
        }
    }

    pub fn kwarg(&self, name: &str) -> Option<Value> {
        self.kw
            .iter()
            .find(|(k, _)| &**k == name)
            .map(|(_, v)| v.clone())
    }

    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self.kw.iter().position(|(k, _)| &**k == name)?;
        Some(self.kw.remove(i).1)
    }
}

/// A native function: `fn(vm, args)`. Methods get `self` as `args.pos[0]`.
pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BuiltinKind {
    /// A plain function (`builtin_function_or_method`).
    Function,
    /// A method descriptor in a type's dict: binds `self` when fetched from an instance.
    Method,
    /// A classmethod descriptor: binds the class.
    ClassMethod,
    /// A static method: never binds.
    StaticMethod,
}

pub struct Builtin {
    pub name: Rc<str>,
    pub func: NativeFn,
    pub kind: BuiltinKind,
    /// The bound receiver (`__self__`) of a method fetched from an instance or class.
    pub bound: Option<Value>,
    /// The owner type's name, for reprs (`<method 'append' of 'list' objects>`).
    pub owner: Option<Rc<str>>,
    /// Extra data a native closure needs (e.g. the wrapped object of a native helper).
    pub data: Option<Value>,
    /// The module a module-level function belongs to (CPython's `m_module`), set once when
    /// its native module is loaded: `__module__` and, looked up in `sys.modules`, `__self__`.
    pub module: std::cell::OnceCell<Rc<str>>,
    /// CPython's calling convention of a core type's method (`objects/argcheck.rs`):
    /// `call_native` checks the arguments against it before calling `func`, with CPython's
    /// messages. `None`: `func` takes what it is given.
    pub spec: Option<&'static crate::objects::argcheck::Spec>,
    /// How a CALL of this builtin spends the C recursion budget (`eval/calls.rs`
    /// `call_units`), worked out from `name`/`owner`/`spec` on the first call and kept:
    /// matching the name against CPython's lists each call cost ~120 instructions.
    /// 0 = not yet known.
    pub c_units: std::cell::Cell<u8>,
}

/// A Python function (or any callable) bound to `self` (`PyMethodObject`).
pub struct BoundMethod {
    pub func: Value,
    pub self_: Value,
}

/// Give each plain native function in a native module's dict its module (`__module__`,
/// `__self__`); called once when the module is loaded, so calls pay nothing.
pub fn set_function_module(d: &DictRef, module: &str) {
    let module: Rc<str> = Rc::from(module);
    for (_, v) in d.borrow().items() {
        if let Value::Builtin(b) = v {
            if b.kind == BuiltinKind::Function && b.bound.is_none() && b.owner.is_none() {
                let _ = b.module.set(module.clone());
            }
        }
    }
}
