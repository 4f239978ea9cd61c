//! Generators, coroutines and async generators: an object that owns a suspended frame.
//!
//! The state says where the frame is: `Created`/`Suspended` hold it, `Running` means the
//! evaluation loop has it on the frame stack, `Finished` dropped it (`gi_frame` is None).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::frame::FrameRef;
use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub enum GenState {
    /// Made by RETURN_GENERATOR, never started.
    Created(FrameRef),
    /// Stopped at a YIELD_VALUE.
    Suspended(FrameRef),
    /// Its frame is executing.
    Running(FrameRef),
    Finished,
}

/// A generator's `(__name__, __qualname__)`.
pub type GenNames = (Rc<str>, Rc<str>);

pub struct Generator {
    pub kind: GenKind,
    pub state: RefCell<GenState>,
    /// `__name__` and `__qualname__` when they differ from the code's (the function was
    /// renamed, or they were set): most generators have none, which keeps the object small.
    pub names: RefCell<Option<Box<GenNames>>>,
    pub code: Rc<crate::objects::code::PyCode>,
    /// The exception being handled inside the generator when it suspended (`gi_exc_state`).
    pub exc_state: RefCell<Value>,
    /// For coroutines: awaited once (`cannot reuse already awaited coroutine`).
    pub awaited: Cell<bool>,
    /// For async generators: an athrow/aclose is running (`ag_running`).
    pub ag_running: Cell<bool>,
    /// `ag_hooks` finalizer, when the async generator was first iterated (boxed: only
    /// async generators have one).
    pub finalizer: RefCell<Option<Box<Value>>>,
    /// For async generators: `ag_closed` (aclose() started, or it ended) and `ag_hooks_inited`
    /// (the `sys.set_asyncgen_hooks` firstiter hook ran). Managed by `crate::generator`.
    pub ag_flags: Cell<(bool, bool)>,
}

impl Generator {
    pub fn frame(&self) -> Option<FrameRef> {
        match &*self.state.borrow() {
            GenState::Created(f) | GenState::Suspended(f) | GenState::Running(f) => Some(f.clone()),
            GenState::Finished => None,
        }
    }

    /// `__name__`.
    pub fn name(&self) -> Rc<str> {
        match &*self.names.borrow() {
            Some(n) => n.0.clone(),
            None => Rc::from(&*self.code.co.name),
        }
    }

    /// `__qualname__`.
    pub fn qualname(&self) -> Rc<str> {
        match &*self.names.borrow() {
            Some(n) => n.1.clone(),
            None => Rc::from(&*self.code.co.qualname),
        }
    }

    /// Set `__name__` (`qualname: false`) or `__qualname__`.
    pub fn set_name(&self, qualname: bool, s: Rc<str>) {
        let (mut name, mut qual) = (self.name(), self.qualname());
        if qualname {
            qual = s;
        } else {
            name = s;
        }
        *self.names.borrow_mut() = Some(Box::new((name, qual)));
    }

    pub fn ag_closed(&self) -> bool {
        self.ag_flags.get().0
    }

    pub fn is_running(&self) -> bool {
        matches!(&*self.state.borrow(), GenState::Running(_))
    }

    pub fn type_name(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
}
