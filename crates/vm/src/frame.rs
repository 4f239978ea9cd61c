//! Frames: one activation of a code object, living on the VM's frame stack.
//!
//! ```text
//!  Frame
//!  ┌──────────────────────────────────────────────────────────────┐
//!  │ code ──▶ PyCode (co_code, co_consts, ...)     shared, immutable │
//!  │ lasti: code unit of the instruction last executed (f_lasti/2)  │
//!  │ localsplus: [ locals (args first) │ cells │ free vars ]        │
//!  │              Option<Value>: None = unbound; a cell slot holds  │
//!  │              Value::Cell after MAKE_CELL / COPY_FREE_VARS       │
//!  │ stack: the value stack, grows up to co_stacksize               │
//!  │ globals, builtins: dicts shared with the function              │
//!  │ locals: the mapping of module and class bodies (LOAD_NAME)     │
//!  │ back: the caller (f_back) while this frame runs or is linked   │
//!  └──────────────────────────────────────────────────────────────┘
//! ```
//! The frame owns its locals and value stack; the VM's frame stack (and a suspended
//! generator) owns the frame. A frame object seen from Python (`inspect.currentframe()`)
//! is `Value::Frame` sharing the same `Rc`, so it stays valid after the frame returns.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::code::PyCode;
use crate::value::{DictRef, Value};

pub type FrameRef = Rc<RefCell<Frame>>;

/// (A new field must also be reset by `recycle` and `Frame::new_ref`, which reuse frames.)
pub struct Frame {
    pub code: Rc<PyCode>,
    /// Code unit index of the instruction being / last executed (f_lasti = 2 * lasti).
    /// (u32: a code object holds fewer than 2**32 code units; the frame stays small.)
    pub lasti: u32,
    /// Code unit index of the next instruction to execute.
    pub next_instr: u32,
    pub localsplus: Vec<Option<Value>>,
    pub stack: Vec<Value>,
    pub globals: DictRef,
    pub builtins: DictRef,
    /// The namespace of module-level and class-body code (`f_locals` there); boxed, as
    /// function frames (most frames, and every generator's) have none.
    pub locals: Option<Box<Value>>,
    pub back: Option<FrameRef>,
    /// Names set by KW_NAMES for the next CALL: the index of their tuple in co_consts, or
    /// `NO_KWNAMES` (an index, not the tuple: the frame stays within 128 bytes).
    pub kwnames: u32,
    /// The function being run, for `super()` without arguments and reprs.
    pub func: Option<Rc<crate::objects::function::Function>>,
    /// The generator that owns this frame, if any.
    pub generator: Option<std::rc::Weak<crate::objects::generator::Generator>>,
    /// The frame has finished (returned or raised out): `f_lasti` stays at the last instruction.
    pub finished: bool,
    /// `f_trace`, `f_trace_lines`, `f_trace_opcodes` once set (`settrace.rs`).
    pub trace: Option<Box<crate::settrace::FrameTrace>>,
}

/// `Frame::kwnames` when no KW_NAMES is pending.
pub const NO_KWNAMES: u32 = u32::MAX;

/// Buffers of finished frames (fast locals, value stack), reused by the next frames so a
/// call does not allocate them anew.
type Buffers = (Vec<Option<Value>>, Vec<Value>);

thread_local! {
    static POOL: RefCell<Vec<Buffers>> = const { RefCell::new(Vec::new()) };
}

const POOL_MAX: usize = 64;
const POOL_MAX_SLOTS: usize = 256;

impl Drop for Frame {
    fn drop(&mut self) {
        let mut localsplus = std::mem::take(&mut self.localsplus);
        let mut stack = std::mem::take(&mut self.stack);
        if localsplus.capacity() > POOL_MAX_SLOTS || stack.capacity() > POOL_MAX_SLOTS {
            return;
        }
        // The values go first (their own drops may free other frames into the pool).
        localsplus.clear();
        stack.clear();
        let _ = POOL.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                if p.len() < POOL_MAX {
                    p.push((localsplus, stack));
                }
            }
        });
    }
}

thread_local! {
    /// Finished frames nobody referred to any more, their references dropped (`recycle`),
    /// reused whole by `Frame::new_ref`: a call then allocates no frame.
    static FREE: RefCell<Vec<FrameRef>> = const { RefCell::new(Vec::new()) };
    /// What a recycled frame holds instead of its code and namespaces (an empty module's
    /// code and an empty dict), so it keeps nothing of the program alive.
    static PLACEHOLDER: Option<(Rc<PyCode>, DictRef)> = {
        pydive_compiler::compile("", "<frame>", pydive_compiler::Mode::Exec)
            .ok()
            .map(|co| {
                (
                    Rc::new(crate::objects::code::new_pycode(co, Vec::new())),
                    Rc::new(RefCell::new(crate::objects::dict::Dict::new())),
                )
            })
    };
}

const FREE_MAX: usize = 32;

/// Keep `frame`, which has finished, for `Frame::new_ref` when nothing else refers to it (no
/// frame object, traceback or generator); otherwise it is simply dropped. Its values are
/// dropped here, with no borrow of it held (a finalizer may run).
pub fn recycle(frame: FrameRef) {
    if Rc::strong_count(&frame) != 1 || Rc::weak_count(&frame) != 0 {
        return;
    }
    let Some((code, dict)) = PLACEHOLDER.with(|p| p.clone()) else {
        return;
    };
    {
        // Nothing else refers to the frame, so a finalizer run by the drops below cannot
        // reach it: its fields are emptied in place, under this one borrow.
        let Ok(mut f) = frame.try_borrow_mut() else {
            return;
        };
        if f.localsplus.capacity() > POOL_MAX_SLOTS || f.stack.capacity() > POOL_MAX_SLOTS {
            return;
        }
        f.localsplus.clear();
        f.stack.clear();
        f.code = code;
        f.globals = dict.clone();
        f.builtins = dict;
        // (Tested first: most are empty already, and a store drops the old value out of
        // line.)
        if f.locals.is_some() {
            f.locals = None;
        }
        f.back = None;
        f.kwnames = NO_KWNAMES;
        f.func = None;
        if f.generator.is_some() {
            f.generator = None;
        }
        if f.trace.is_some() {
            f.trace = None;
        }
    }
    let _ = FREE.try_with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            if p.len() < FREE_MAX {
                p.push(frame);
            }
        }
    });
}

impl Frame {
    /// A new frame behind its `Rc`, reusing a recycled one when there is one.
    pub fn new_ref(
        code: Rc<PyCode>,
        globals: DictRef,
        builtins: DictRef,
        locals: Option<Value>,
    ) -> FrameRef {
        let free = FREE
            .try_with(|p| p.try_borrow_mut().ok().and_then(|mut p| p.pop()))
            .ok()
            .flatten();
        let Some(rc) = free else {
            return Rc::new(RefCell::new(Frame::new(code, globals, builtins, locals)));
        };
        let old = {
            let mut f = rc.borrow_mut();
            let n = code.co.nlocalsplus();
            f.localsplus.resize_with(n, || None);
            f.stack.reserve(code.co.stacksize as usize);
            f.lasti = 0;
            f.next_instr = 0;
            f.finished = false;
            // A recycled frame has no namespace (`recycle` dropped it).
            if let Some(l) = locals {
                f.locals = Some(Box::new(l));
            }
            (
                std::mem::replace(&mut f.code, code),
                std::mem::replace(&mut f.globals, globals),
                std::mem::replace(&mut f.builtins, builtins),
            )
        };
        drop(old);
        rc
    }

    pub fn new(
        code: Rc<PyCode>,
        globals: DictRef,
        builtins: DictRef,
        locals: Option<Value>,
    ) -> Frame {
        let n = code.co.nlocalsplus();
        let (mut localsplus, mut stack) = POOL.with(|p| p.borrow_mut().pop()).unwrap_or_default();
        localsplus.extend((0..n).map(|_| None));
        stack.reserve(code.co.stacksize as usize);
        Frame {
            lasti: 0,
            next_instr: 0,
            localsplus,
            stack,
            code,
            globals,
            builtins,
            locals: locals.map(Box::new),
            back: None,
            kwnames: NO_KWNAMES,
            func: None,
            generator: None,
            finished: false,
            trace: None,
        }
    }

    /// Trade buffers taken from the pool (sized by whatever frame used them before, up to
    /// `POOL_MAX_SLOTS`) for ones of exactly `co_nlocalsplus` and `co_stacksize` slots, for
    /// a frame that is kept: a generator's or coroutine's, suspended for as long as it
    /// lives (100,000 suspended tasks each kept a 256-slot stack before).
    pub fn fit_buffers(&mut self) {
        let (n, depth) = (self.localsplus.len(), self.code.co.stacksize as usize);
        if self.localsplus.capacity() <= n.max(4) && self.stack.capacity() <= depth.max(4) {
            return;
        }
        let mut localsplus = Vec::with_capacity(n);
        localsplus.append(&mut self.localsplus);
        let mut stack = Vec::with_capacity(depth.max(self.stack.len()));
        stack.append(&mut self.stack);
        let old = (
            std::mem::replace(&mut self.localsplus, localsplus),
            std::mem::replace(&mut self.stack, stack),
        );
        let _ = POOL.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                if p.len() < POOL_MAX {
                    p.push(old);
                }
            }
        });
    }

    /// The tuple of names KW_NAMES set for the next CALL, if any.
    #[inline]
    pub fn kwnames_tuple(&self) -> Option<&Value> {
        if self.kwnames == NO_KWNAMES {
            return None;
        }
        self.code.consts.get(self.kwnames as usize)
    }

    /// `f_lineno`: the line of the current instruction.
    pub fn lineno(&self) -> i64 {
        match self.code.line_at(self.lasti as usize) {
            Some(l) => l as i64,
            None => self.code.co.firstlineno as i64,
        }
    }

    /// `f_lasti` as Python reports it: a byte offset (-1 before the first instruction).
    pub fn f_lasti(&self) -> i64 {
        self.lasti as i64 * 2
    }
}

#[cfg(all(test, target_pointer_width = "64"))]
mod tests {
    /// What every suspended coroutine and every instance costs (asyncio keeps one of each
    /// per task): these sizes only ever go down; see docs/PERFORMANCE.md "memory and scaling".
    #[test]
    fn layouts_stay_small() {
        use std::mem::size_of;
        // With the Rc counts (and the frame's RefCell flag): 152 and 120 bytes, jemalloc's
        // 160- and 128-byte classes (192 and 160 before).
        assert!(size_of::<super::Frame>() <= 128);
        assert!(size_of::<crate::objects::generator::Generator>() <= 104);
        assert!(size_of::<crate::objects::instance::Instance>() <= 96);
        assert!(size_of::<crate::objects::dict::Dict>() <= 72);
    }
}
