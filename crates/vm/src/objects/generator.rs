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

pub struct Generator {
    pub kind: GenKind,
    pub state: RefCell<GenState>,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
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
