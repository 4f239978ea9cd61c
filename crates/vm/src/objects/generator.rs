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
    /// 96-byte class with its `Rc` counts): renamed `__name__`/`__qualname__`, and the async
    /// generator's `ag_hooks` finalizer or the coroutine's `cr_origin`. (A `Cell`, not a
    /// `RefCell`: 8 bytes; reached only through `with_extra`.)
    extra: Cell<Option<Box<GenExtra>>>,
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

    /// A generator as RETURN_GENERATOR makes it (or a finalized one resurrects it), with the
    /// rare parts it has.
    pub fn new(
        kind: GenKind,
        state: GenState,
        extra: Option<Box<GenExtra>>,
        code: Rc<crate::objects::code::PyCode>,
        exc_state: Value,
    ) -> Generator {
        Generator {
            kind,
            state: RefCell::new(state),
            extra: Cell::new(extra),
            code,
            exc_state: RefCell::new(exc_state),
            awaited: Cell::new(false),
            ag_running: Cell::new(false),
            ag_flags: Cell::new((false, false)),
        }
    }

    /// Run `f` on the rare parts (taken out of their cell meanwhile: `f` must not reach
    /// this generator's `extra` again, which would find none).
    pub fn with_extra<R>(&self, f: impl FnOnce(&mut Option<Box<GenExtra>>) -> R) -> R {
        let mut e = self.extra.take();
        let r = f(&mut e);
        self.extra.set(e);
        r
    }

    /// The rare parts, taken out (a resurrected generator gets them).
    pub fn take_extra(&mut self) -> Option<Box<GenExtra>> {
        self.extra.get_mut().take()
    }

    fn names(&self) -> Option<GenNames> {
        self.with_extra(|e| e.as_ref().and_then(|e| e.names.clone()))
    }

    /// `__name__`.
    pub fn name(&self) -> Rc<str> {
        match self.names() {
            Some(n) => n.0,
            None => Rc::from(&*self.code.co.name),
        }
    }

    /// `__qualname__`.
    pub fn qualname(&self) -> Rc<str> {
        match self.names() {
            Some(n) => n.1,
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
        let old = self.with_extra(|e| {
            e.get_or_insert_with(Default::default)
                .names
                .replace((name, qual))
        });
        drop(old);
    }

    /// The finalizer (or `cr_origin`), if any.
    pub fn finalizer(&self) -> Option<Value> {
        self.with_extra(|e| e.as_ref().and_then(|e| e.finalizer.clone()))
    }

    pub fn has_finalizer(&self) -> bool {
        self.with_extra(|e| e.as_ref().is_some_and(|e| e.finalizer.is_some()))
    }

    pub fn set_finalizer(&self, v: Value) {
        let old = self.with_extra(|e| e.get_or_insert_with(Default::default).finalizer.replace(v));
        drop(old);
    }

    pub fn take_finalizer(&self) -> Option<Value> {
        self.with_extra(|e| e.as_mut().and_then(|e| e.finalizer.take()))
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
