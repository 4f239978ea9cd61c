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
}

impl Frame {
    pub fn new(
        code: Rc<PyCode>,
        globals: DictRef,
        builtins: DictRef,
        locals: Option<Value>,
    ) -> Frame {
        let n = code.co.nlocalsplus();
        Frame {
            lasti: 0,
            next_instr: 0,
            localsplus: vec![None; n],
            stack: Vec::with_capacity(code.co.stacksize as usize),
            code,
            globals,
            builtins,
            locals,
            back: None,
            kwnames: None,
            func: None,
            generator: None,
            finished: false,
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
