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

pub struct Frame {
    pub code: Rc<PyCode>,
    /// Code unit index of the instruction being / last executed (f_lasti = 2 * lasti).
    pub lasti: usize,
    /// Code unit index of the next instruction to execute.
    pub next_instr: usize,
    pub localsplus: Vec<Option<Value>>,
    pub stack: Vec<Value>,
    pub globals: DictRef,
    pub builtins: DictRef,
    /// The namespace of module-level and class-body code (`f_locals` there).
    pub locals: Option<Value>,
    pub back: Option<FrameRef>,
    /// Names set by KW_NAMES for the next CALL.
    pub kwnames: Option<Value>,
    /// The function being run, for `super()` without arguments and reprs.
    pub func: Option<Value>,
    /// The generator that owns this frame, if any.
    pub generator: Option<std::rc::Weak<crate::objects::generator::Generator>>,
    /// The frame has finished (returned or raised out): `f_lasti` stays at the last instruction.
    pub finished: bool,
    /// `f_trace`, `f_trace_lines`, `f_trace_opcodes` once set (`settrace.rs`).
    pub trace: Option<Box<crate::settrace::FrameTrace>>,
}

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

impl Frame {
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
            locals,
            back: None,
            kwnames: None,
            func: None,
            generator: None,
            finished: false,
            trace: None,
        }
    }

    /// `f_lineno`: the line of the current instruction.
    pub fn lineno(&self) -> i64 {
        match self.code.line_at(self.lasti) {
            Some(l) => l as i64,
            None => self.code.co.firstlineno as i64,
        }
    }

    /// `f_lasti` as Python reports it: a byte offset (-1 before the first instruction).
    pub fn f_lasti(&self) -> i64 {
        self.lasti as i64 * 2
    }
}
