//! Instances of user classes (and of builtin classes without their own value layout, like
//! `object()` and exceptions).

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::typeobj::Type;
use crate::value::{DictRef, Value};

/// The fields every exception carries (`PyBaseExceptionObject`).
#[derive(Clone)]
pub struct ExcData {
    pub args: Value,
    pub traceback: Value,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    pub notes: Value,
}

impl Default for ExcData {
    fn default() -> Self {
        ExcData {
            args: Value::tuple(vec![]),
            traceback: Value::None,
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            notes: Value::None,
        }
    }
}

pub struct Instance {
    pub class: RefCell<Rc<Type>>,
    /// `__dict__`; `None` for classes whose `__slots__` leave it out.
    pub dict: Option<DictRef>,
    /// Values of `__slots__` members, in the order of `Type::slots`.
    pub slots: RefCell<Vec<Option<Value>>>,
    /// For subclasses of builtin value types (`class C(int)`, `class L(list)`): the value.
    pub base: RefCell<Option<Value>>,
    /// For exceptions.
    pub exc: Option<RefCell<ExcData>>,
}

impl Instance {
    pub fn class(&self) -> Rc<Type> {
        self.class.borrow().clone()
    }
}
