//! The trace hook: the evaluation loop reports each instruction (with the value stack
//! after it), frame pushes and pops, exceptions, and event-loop decisions.
//!
//! The loop is monomorphized on a `const TRACE: bool` (see `eval::Vm::eval`): with no
//! tracer attached the hook calls are compiled out.

use crate::eval::Instr;
use crate::frame::FrameRef;
use crate::value::Value;
use crate::vm::Vm;

/// What one traced instruction looked like, ready to print.
pub struct InstrEvent<'a> {
    pub depth: usize,
    /// `co_qualname` of the running code.
    pub func: &'a str,
    /// `co_name`, `co_firstlineno` and `co_filename`: which code object (as `dis` heads it).
    pub code_name: &'a str,
    pub first_line: u32,
    pub file: &'a str,
    pub line: Option<u32>,
    pub offset: usize,
    pub opname: &'static str,
    pub arg: Option<u32>,
    pub argrepr: String,
    pub stack: Vec<String>,
}

pub struct FrameEvent<'a> {
    /// Pushes: "call" (a new frame) or "resume" (a generator or coroutine frame going on).
    /// Pops: "return", "yield", "generator" (RETURN_GENERATOR made the generator object) or
    /// "exception" (unwound by an exception).
    pub kind: &'static str,
    pub depth: usize,
    pub func: &'a str,
    pub file: &'a str,
    pub line: i64,
    /// Names of the frames below, innermost first (the f_back chain).
    pub back: Vec<String>,
    /// For pops: the value handed back (`None` when unwinding by an exception).
    pub value: Option<String>,
}

pub trait Tracer {
    /// An instruction is about to run (`stack` is left empty). Frames it
    /// runs through `Vm::call` (imports, builtins calling back into Python) report their
    /// events between this and `instruction`.
    fn instruction_start(&mut self, _e: &InstrEvent) {}
    /// An instruction ran; `stack` is the value stack after it.
    fn instruction(&mut self, _e: &InstrEvent) {}
    fn frame_push(&mut self, _e: &FrameEvent) {}
    fn frame_pop(&mut self, _e: &FrameEvent) {}
    /// An exception is being raised in (or is propagating out into) the frame `func`.
    fn exception(&mut self, _func: &str, _line: i64, _exc: &str) {}
    /// `exception` with the depth of the frame on the frame stack (1 = the entry frame).
    fn exception_at(&mut self, _depth: usize, func: &str, line: i64, exc: &str) {
        self.exception(func, line, exc);
    }
    /// The exception table of `func` has a handler for it: execution continues at `target`
    /// (a byte offset, as `dis` shows the handler's label).
    fn exception_handled(&mut self, _depth: usize, _func: &str, _target: usize) {}
    /// Event-loop decisions reported by `_pydive.trace_event`.
    fn event(&mut self, _kind: &str, _fields: &[(String, String)]) {}
}

impl Vm {
    /// The `dis`-style argument description of an instruction.
    pub fn argrepr(&self, frame: &FrameRef, ins: &Instr) -> String {
        use pydive_bytecode::Opcode as O;
        let Some(op) = O::from_u16(ins.op as u16) else {
            return String::new();
        };
        let f = frame.borrow();
        let code = &f.code;
        let arg = ins.arg as usize;
        let name = |i: usize| {
            code.co
                .names
                .get(i)
                .map(|s| s.to_string())
                .unwrap_or_default()
        };
        let local = |i: usize| {
            code.co
                .localsplusnames
                .get(i)
                .map(|s| s.to_string())
                .unwrap_or_default()
        };
        match op {
            O::LoadConst | O::ReturnConst | O::KwNames => code
                .consts
                .get(arg)
                .map(|c| self.quick_repr(c))
                .unwrap_or_default(),
            O::LoadGlobal => {
                if arg & 1 != 0 {
                    format!("NULL + {}", name(arg >> 1))
                } else {
                    name(arg >> 1)
                }
            }
            O::LoadAttr => {
                if arg & 1 != 0 {
                    format!("NULL|self + {}", name(arg >> 1))
                } else {
                    name(arg >> 1)
                }
            }
            O::LoadSuperAttr => name(arg >> 2),
            O::BinaryOp => pydive_bytecode::opcode::NB_OPS
                .get(arg)
                .map(|(_, s)| s.to_string())
                .unwrap_or_default(),
            O::CompareOp => pydive_bytecode::opcode::CMP_OP
                .get(arg >> 4)
                .map(|s| s.to_string())
                .unwrap_or_default(),
            O::CallIntrinsic1 => pydive_bytecode::opcode::INTRINSIC_1
                .get(arg)
                .map(|s| s.to_string())
                .unwrap_or_default(),
            O::CallIntrinsic2 => pydive_bytecode::opcode::INTRINSIC_2
                .get(arg)
                .map(|s| s.to_string())
                .unwrap_or_default(),
            O::IsOp => if arg == 1 { "is not" } else { "is" }.into(),
            O::ContainsOp => if arg == 1 { "not in" } else { "in" }.into(),
            _ if op.flags().has(pydive_bytecode::opcode::OpFlags::NAME) => name(arg),
            _ if op.flags().has(pydive_bytecode::opcode::OpFlags::LOCAL)
                || op.flags().has(pydive_bytecode::opcode::OpFlags::FREE) =>
            {
                local(arg)
            }
            _ if op.is_jump() => {
                let target = if op.is_backward_jump() {
                    ins.next as usize - arg
                } else if op == O::ForIter {
                    ins.next as usize + arg + 1
                } else {
                    ins.next as usize + arg
                };
                format!("to {}", target * 2)
            }
            _ => String::new(),
        }
    }

    pub(crate) fn trace_instruction_start(&mut self, frame: &FrameRef, ins: &Instr) {
        self.report_instruction(frame, ins, true);
    }

    pub(crate) fn trace_instruction(&mut self, frame: &FrameRef, ins: &Instr) {
        self.report_instruction(frame, ins, false);
    }

    fn report_instruction(&mut self, frame: &FrameRef, ins: &Instr, start: bool) {
        let Some(mut t) = self.tracer.take() else {
            return;
        };
        {
            let argrepr = self.argrepr(frame, ins);
            let f = frame.borrow();
            let op = pydive_bytecode::Opcode::from_u16(ins.op as u16);
            let e = InstrEvent {
                depth: self.frames.len(),
                func: &f.code.co.qualname,
                code_name: &f.code.co.name,
                first_line: f.code.co.firstlineno,
                file: &f.code.co.filename,
                line: f.code.line_at(ins.index as usize),
                offset: ins.index as usize * 2,
                opname: op.map(|o| o.name()).unwrap_or("<unknown>"),
                arg: op.filter(|o| o.has_arg()).map(|_| ins.arg),
                argrepr,
                stack: if start {
                    Vec::new()
                } else {
                    f.stack.iter().map(|v| self.quick_repr(v)).collect()
                },
            };
            if start {
                t.instruction_start(&e);
            } else {
                t.instruction(&e);
            }
        }
        self.tracer = Some(t);
    }

    fn frame_event<R>(
        &self,
        frame: &FrameRef,
        value: Option<String>,
        push: bool,
        f: impl FnOnce(&FrameEvent) -> R,
    ) -> R {
        let fr = frame.borrow();
        // What kind of push or pop this is, read from where the frame stands.
        let kind = if push {
            if fr.next_instr == 0 {
                "call"
            } else {
                "resume"
            }
        } else if value.is_none() {
            "exception"
        } else {
            use pydive_bytecode::Opcode as O;
            let op = fr
                .code
                .instrs
                .get(fr.lasti as usize)
                .and_then(|i| O::from_u16(i.op as u16));
            match op {
                Some(O::YieldValue) => "yield",
                Some(O::ReturnGenerator) => "generator",
                _ => "return",
            }
        };
        let mut back = Vec::new();
        let mut b = fr.back.clone();
        while let Some(x) = b {
            back.push(x.borrow().code.co.qualname.to_string());
            b = x.borrow().back.clone();
        }
        let e = FrameEvent {
            kind,
            depth: self.frames.len(),
            func: &fr.code.co.qualname,
            file: &fr.code.co.filename,
            line: fr.lineno(),
            back,
            value,
        };
        f(&e)
    }

    pub(crate) fn trace_frame_push(&mut self, frame: &FrameRef) {
        let Some(mut t) = self.tracer.take() else {
            return;
        };
        self.frame_event(frame, None, true, |e| t.frame_push(e));
        self.tracer = Some(t);
    }

    pub(crate) fn trace_frame_pop(&mut self, frame: &FrameRef, value: &Value) {
        let Some(mut t) = self.tracer.take() else {
            return;
        };
        let v = if value.is_null() {
            None
        } else {
            Some(self.quick_repr(value))
        };
        self.frame_event(frame, v, false, |e| t.frame_pop(e));
        self.tracer = Some(t);
    }

    pub(crate) fn trace_exception(&mut self, frame: &FrameRef, exc: &Value) {
        let Some(mut t) = self.tracer.take() else {
            return;
        };
        let r = self.quick_repr(exc);
        {
            let f = frame.borrow();
            t.exception_at(self.frames.len(), &f.code.co.qualname, f.lineno(), &r);
        }
        self.tracer = Some(t);
    }

    /// The unwinder found a handler in `frame`: execution goes on at code unit `target`.
    pub(crate) fn trace_exception_handled(&mut self, frame: &FrameRef, target: usize) {
        let Some(mut t) = self.tracer.take() else {
            return;
        };
        {
            let f = frame.borrow();
            t.exception_handled(self.frames.len(), &f.code.co.qualname, target * 2);
        }
        self.tracer = Some(t);
    }
}
