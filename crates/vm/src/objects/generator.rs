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
    /// What most generators do not have, in one box so the object stays small (jemalloc's
    /// 112-byte class with its `Rc` counts): renamed `__name__`/`__qualname__`, and the async
    /// generator's `ag_hooks` finalizer or the coroutine's `cr_origin`.
    pub extra: RefCell<Option<Box<GenExtra>>>,
    pub code: Rc<crate::objects::code::PyCode>,
    /// The exception being handled inside the generator when it suspended (`gi_exc_state`).
    pub exc_state: RefCell<Value>,
    /// For coroutines: awaited once (`cannot reuse already awaited coroutine`).
    pub awaited: Cell<bool>,
    /// For async generators: an athrow/aclose is running (`ag_running`).
    pub ag_running: Cell<bool>,
    /// For async generators: `ag_closed` (aclose() started, or it ended) and `ag_hooks_inited`
    /// (the `sys.set_asyncgen_hooks` firstiter hook ran). Managed by `crate::generator`.
    pub ag_flags: Cell<(bool, bool)>,
}

/// A generator's rarely set parts (`Generator::extra`).
#[derive(Default)]
pub struct GenExtra {
    /// `__name__` and `__qualname__` when they differ from the code's (the function was
    /// renamed, or they were set).
    pub names: Option<GenNames>,
    /// An async generator's `ag_hooks` finalizer, once it was first iterated; a coroutine's
    /// `cr_origin` (`sys.set_coroutine_origin_tracking_depth`).
    pub finalizer: Option<Value>,
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
        match self.extra.borrow().as_ref().and_then(|e| e.names.as_ref()) {
            Some(n) => n.0.clone(),
            None => Rc::from(&*self.code.co.name),
        }
    }

    /// `__qualname__`.
    pub fn qualname(&self) -> Rc<str> {
        match self.extra.borrow().as_ref().and_then(|e| e.names.as_ref()) {
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
        self.extra
            .borrow_mut()
            .get_or_insert_with(Default::default)
            .names = Some((name, qual));
    }

    /// The finalizer (or `cr_origin`), if any.
    pub fn finalizer(&self) -> Option<Value> {
        self.extra
            .borrow()
            .as_ref()
            .and_then(|e| e.finalizer.clone())
    }

    pub fn has_finalizer(&self) -> bool {
        self.extra
            .borrow()
            .as_ref()
            .is_some_and(|e| e.finalizer.is_some())
    }

    pub fn set_finalizer(&self, v: Value) {
        self.extra
            .borrow_mut()
            .get_or_insert_with(Default::default)
            .finalizer = Some(v);
    }

    pub fn take_finalizer(&self) -> Option<Value> {
        self.extra
            .borrow_mut()
            .as_mut()
            .and_then(|e| e.finalizer.take())
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
