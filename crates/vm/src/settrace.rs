//! `sys.settrace` and `sys.setprofile`, with the events CPython 3.12 sends them.
//!
//! CPython 3.12 builds these on `sys.monitoring` (Python/legacy_tracing.c); where a line
//! starts comes from Python/instrumentation.c (`initialize_lines`,
//! `_Py_call_instrumentation_line`). The evaluation loop runs its `TRACE` variant while a
//! hook is set (`SysTrace::on`) and calls, for the running frame:
//!
//! | loop                                  | here              | trace event          | profile |
//! |---------------------------------------|-------------------|----------------------|---------|
//! | before RESUME (PY_START, PY_RESUME)   | `trace_before`    | 'call' (global func) | 'call'  |
//! | before an instruction starting a line | `trace_before`    | 'line'               |         |
//! | before each instruction, if asked     | `trace_before`    | 'opcode'             |         |
//! | RETURN_VALUE, YIELD_VALUE             | `trace_return`    | 'return' value       | 'return'|
//! | an exception raised in / into a frame | `trace_raise`     | 'exception' (t,v,tb) |         |
//! | the exception leaves the frame        | `trace_unwind`    | 'return' None        | 'return'|
//! | gen.throw() resumes the frame         | `trace_throw`     | 'call'               | 'call'  |
//! | CALL of a builtin function            | `profile_c_call`  |                      | 'c_call', 'c_return', 'c_exception' |
//!
//! The same points send `sys.monitoring`'s events (`settrace/monitoring.rs`), after the
//! trace and profile functions as CPython's tool ids 7 and 6 go first. No event is sent while
//! a hook runs (`tstate->tracing`). A trace function that raises is removed
//! (`sys.settrace(None)`) and its exception propagates from the frame it was tracing
//! (`trace_trampoline` in Python/sysmodule.c). A trace function may set `frame.f_lineno` in a
//! 'line' event: `set_lineno` below, after `frame_setlineno` in Objects/frameobject.c.

use std::collections::HashMap;
use std::rc::{Rc, Weak};

use pydive_bytecode::Opcode;

use crate::eval::Instr;
use crate::frame::FrameRef;
use crate::objects::code::PyCode;
use crate::objects::function::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

mod monitoring;
use monitoring as mon;

/// A frame's `f_trace`, `f_trace_lines` and `f_trace_opcodes` (`Frame::trace`, `None` until
/// one of them is set), and the dict a function frame's `f_locals`/`locals()` return.
pub struct FrameTrace {
    pub func: Value,
    pub lines: bool,
    pub opcodes: bool,
    /// `frame->f_locals` of a function frame: one dict, refreshed by every `f_locals`.
    pub locals_dict: Option<crate::value::DictRef>,
    /// `f_fast_as_locals`: the dict was refreshed since the last write-back, so a hook's
    /// changes to it go back into the fast locals (`PyFrame_LocalsToFast`).
    pub fast_as_locals: bool,
}

impl Default for FrameTrace {
    fn default() -> Self {
        FrameTrace {
            func: Value::None,
            lines: true,
            opcodes: false,
            locals_dict: None,
            fast_as_locals: false,
        }
    }
}

/// Which monitoring event a hook is running for (`tstate->what_event`): it decides whether
/// the hook may set `f_lineno`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Event {
    Start,
    Resume,
    Throw,
    Line,
    Jump,
    Opcode,
    Return,
    Yield,
    Unwind,
    Raise,
    CCall,
    CReturn,
    CRaise,
}

/// The interpreter's trace and profile state (`tstate->c_tracefunc`, `c_profilefunc`, ...).
#[derive(Default)]
pub struct SysTrace {
    /// A trace or profile function is set: the loop runs its TRACE variant.
    pub on: bool,
    pub trace: Option<Value>,
    pub profile: Option<Value>,
    /// More than 0 while a hook runs: no events then.
    pub tracing: u32,
    /// The event the running hook was called for.
    pub what_event: Option<Event>,
    /// A hook set `f_lineno` of the frame about to run an instruction: run from its new
    /// `next_instr` instead.
    pub jumped: bool,
    /// Some frame's `f_trace_opcodes` was set to True (`interp->f_opcode_trace_set`): the
    /// next `sys.settrace` turns 'opcode' events on.
    pub opcode_trace_set: bool,
    /// 'opcode' events are on (chosen by the last `sys.settrace`).
    pub opcode_events: bool,
    /// Where lines start, per code object (`initialize_lines`), keyed by address; the weak
    /// reference keeps the address from being reused by another code object.
    line_starts: HashMap<usize, (Weak<PyCode>, Rc<[bool]>)>,
    /// `sys.monitoring`'s tools and callbacks.
    pub monitoring: mon::Monitoring,
}

/// The code unit of the first RESUME (`_co_firsttraceable`): nothing before it is traced.
fn first_traceable(code: &PyCode) -> usize {
    let raw = &code.co.code;
    (0..raw.len() / 2)
        .find(|&i| raw[2 * i] == Opcode::Resume as u8)
        .unwrap_or(raw.len() / 2)
}

/// Which code units get a LINE event (`initialize_lines`): the first instruction of each run
/// of a line in code order, jump targets and exception handlers — when they have a line.
fn compute_line_starts(code: &PyCode) -> Vec<bool> {
    let raw = &code.co.code;
    let n = raw.len() / 2;
    let mut starts = vec![false; n];
    let mut has_line = vec![false; n];
    let first = first_traceable(code);
    let mut current: i64 = -1;
    let mut i = first;
    while i < n {
        let op = raw[2 * i];
        let line = code.line_at(i).map_or(-1, |l| l as i64);
        has_line[i] = line >= 0;
        let caches = Opcode::from_u16(op as u16).map_or(0, |o| o.cache_entries() as usize);
        // END_FOR / END_SEND are skipped by the jumps that end their loops; RESUME is never
        // a line's start.
        let never = [
            Opcode::EndAsyncFor,
            Opcode::EndFor,
            Opcode::EndSend,
            Opcode::Resume,
        ]
        .iter()
        .any(|o| *o as u8 == op);
        if !never {
            starts[i] = line != current && line >= 0;
            current = line;
        }
        i += 1 + caches;
    }
    // Jump targets.
    let mut u = first;
    while u < n {
        let ins = code.instrs[u];
        let next = ins.next as usize;
        let arg = ins.arg as usize;
        let target = match ins.opcode {
            Some(
                Opcode::PopJumpIfFalse
                | Opcode::PopJumpIfTrue
                | Opcode::PopJumpIfNone
                | Opcode::PopJumpIfNotNone
                | Opcode::JumpForward,
            ) => Some(next + arg),
            Some(Opcode::ForIter | Opcode::Send) => Some(next + arg + 1),
            Some(Opcode::JumpBackward | Opcode::JumpBackwardNoInterrupt) => next.checked_sub(arg),
            _ => None,
        };
        if let Some(t) = target.filter(|&t| t < n && has_line[t]) {
            starts[t] = true;
        }
        u = next.max(u + 1);
    }
    // Exception handlers (END_ASYNC_FOR ends an `async for`: no line of its own).
    for e in &code.exc_table {
        let t = e.target;
        if t < n && has_line[t] && raw[2 * t] != Opcode::EndAsyncFor as u8 {
            starts[t] = true;
        }
    }
    starts
}

fn event_name(event: &str) -> Value {
    Value::str(event)
}

impl Vm {
    fn line_starts(&mut self, code: &Rc<PyCode>) -> Rc<[bool]> {
        let key = Rc::as_ptr(code) as usize;
        if let Some((w, s)) = self.sys_trace.line_starts.get(&key) {
            if w.upgrade().is_some_and(|c| Rc::ptr_eq(&c, code)) {
                return s.clone();
            }
        }
        let s: Rc<[bool]> = compute_line_starts(code).into();
        if self.sys_trace.line_starts.len() > 4096 {
            self.sys_trace
                .line_starts
                .retain(|_, (w, _)| w.strong_count() > 0);
        }
        self.sys_trace
            .line_starts
            .insert(key, (Rc::downgrade(code), s.clone()));
        s
    }

    /// `sys.settrace(func)` (`_PyEval_SetTrace`).
    pub fn set_trace(&mut self, func: Option<Value>) {
        let st = &mut self.sys_trace;
        st.opcode_events = func.is_some() && st.opcode_trace_set;
        st.trace = func;
        st.on = st.trace.is_some() || st.profile.is_some() || st.monitoring.all != 0;
    }

    /// `sys.setprofile(func)` (`_PyEval_SetProfile`).
    pub fn set_profile(&mut self, func: Option<Value>) {
        let st = &mut self.sys_trace;
        st.profile = func;
        st.on = st.trace.is_some() || st.profile.is_some() || st.monitoring.all != 0;
    }

    /// Call a hook as `func(frame, event, arg)` with events off while it runs.
    fn call_hook(
        &mut self,
        func: &Value,
        frame: &FrameRef,
        (event, kind): (&str, Event),
        arg: Value,
    ) -> PyResult<Value> {
        // `call_trampoline`: f_locals seen before is refreshed, and what the hook wrote in
        // it goes back to the frame's fast locals
        let refresh = frame
            .borrow()
            .trace
            .as_ref()
            .is_some_and(|t| t.fast_as_locals);
        if refresh {
            crate::modules::inspect::frame_locals(self, frame)?;
        }
        self.sys_trace.tracing += 1;
        let saved = self.sys_trace.what_event.replace(kind);
        let r = self.call(
            func,
            vec![Value::Frame(frame.clone()), event_name(event), arg],
        );
        self.sys_trace.what_event = saved;
        self.sys_trace.tracing -= 1;
        crate::modules::inspect::locals_to_fast(frame);
        r
    }

    /// `trace_trampoline`: 'call' goes to the global trace function, the other events to the
    /// frame's `f_trace`; a result other than None becomes the frame's `f_trace`.
    fn trace_event(
        &mut self,
        frame: &FrameRef,
        (event, kind): (&str, Event),
        arg: Value,
    ) -> PyResult<()> {
        let Some(global) = self.sys_trace.trace.clone() else {
            return Ok(());
        };
        let callback = if event == "call" {
            global
        } else {
            match &frame.borrow().trace {
                Some(t) if !t.func.is_none() => t.func.clone(),
                _ => return Ok(()),
            }
        };
        match self.call_hook(&callback, frame, (event, kind), arg) {
            Ok(r) => {
                if !r.is_none() {
                    frame
                        .borrow_mut()
                        .trace
                        .get_or_insert_with(Default::default)
                        .func = r;
                }
                Ok(())
            }
            Err(e) => {
                self.set_trace(None);
                if let Some(t) = &mut frame.borrow_mut().trace {
                    t.func = Value::None;
                }
                Err(e)
            }
        }
    }

    /// `profile_trampoline`: the result is ignored; a profile function that raises is removed.
    fn profile_event(
        &mut self,
        frame: &FrameRef,
        (event, kind): (&str, Event),
        arg: Value,
    ) -> PyResult<()> {
        let Some(p) = self.sys_trace.profile.clone() else {
            return Ok(());
        };
        match self.call_hook(&p, frame, (event, kind), arg) {
            Ok(_) => Ok(()),
            Err(e) => {
                self.set_profile(None);
                Err(e)
            }
        }
    }

    /// Events of a frame are sent unless a hook is running or the frame runs code that is C in
    /// CPython (`_pydive.hide_from_tracebacks`).
    fn traced(&self, frame: &FrameRef) -> bool {
        self.sys_trace.tracing == 0 && !crate::modules::pydive::hidden_code(&frame.borrow().code)
    }

    /// Before `ins` runs in `frame`: 'call' at RESUME, else 'line' and 'opcode'. `prev` is
    /// the code unit of the instruction the frame ran last, `start` the code unit `ins`
    /// starts at (its first EXTENDED_ARG).
    pub(crate) fn trace_before(
        &mut self,
        frame: &FrameRef,
        ins: &Instr,
        prev: usize,
        start: usize,
    ) -> PyResult<bool> {
        if !self.traced(frame) {
            return Ok(false);
        }
        if ins.opcode == Some(Opcode::Resume) {
            let kind = if ins.arg == 0 {
                Event::Start
            } else {
                Event::Resume
            };
            self.trace_event(frame, ("call", kind), Value::None)?;
            self.profile_event(frame, ("call", kind), Value::None)?;
            let ev = if ins.arg == 0 {
                mon::PY_START
            } else {
                mon::PY_RESUME
            };
            self.monitor(frame, ev, start, vec![Value::Int(start as i64 * 2)])?;
            return Ok(std::mem::take(&mut self.sys_trace.jumped));
        }
        if self.sys_trace.monitoring.all != 0 && self.monitor_before(frame, ins, prev, start)? {
            return Ok(true);
        }
        if self.legacy_line_opcode(frame, prev, start)? {
            return Ok(true);
        }
        if ins.opcode == Some(Opcode::EndSend) {
            self.end_send_events(frame)?;
        }
        Ok(false)
    }

    /// INSTRUMENTED_END_SEND: a generator or coroutine delegate that returned is a
    /// StopIteration: 'exception' for the trace function, STOP_ITERATION for sys.monitoring.
    fn end_send_events(&mut self, frame: &FrameRef) -> PyResult<()> {
        let (receiver, value) = {
            let f = frame.borrow();
            let n = f.stack.len();
            if n < 2 {
                return Ok(());
            }
            (f.stack[n - 2].clone(), f.stack[n - 1].clone())
        };
        let delegate = matches!(&receiver, Value::Generator(g)
            if !matches!(g.kind, crate::objects::generator::GenKind::AsyncGenerator));
        if !delegate {
            return Ok(());
        }
        let t = self.exc_type("StopIteration");
        let stop = self.new_exception(&t, vec![value]);
        let has_f_trace = frame
            .borrow()
            .trace
            .as_ref()
            .is_some_and(|t| !t.func.is_none());
        if self.sys_trace.trace.is_some() && has_f_trace {
            let arg = Value::tuple(vec![Value::Type(t), stop.clone(), Value::None]);
            self.trace_event(frame, ("exception", Event::Raise), arg)?;
        }
        let e = self.monitor_exc(frame, mon::STOP_ITERATION, stop.clone());
        if e.is(&stop) {
            Ok(())
        } else {
            Err(e)
        }
    }

    /// The trace function's 'line' and 'opcode' events before an instruction.
    fn legacy_line_opcode(
        &mut self,
        frame: &FrameRef,
        prev: usize,
        start: usize,
    ) -> PyResult<bool> {
        if self.sys_trace.trace.is_none() {
            return Ok(false);
        }
        let (has_f_trace, lines, opcodes) = match &frame.borrow().trace {
            Some(t) => (!t.func.is_none(), t.lines, t.opcodes),
            None => return Ok(false),
        };
        if !has_f_trace {
            return Ok(false);
        }
        let code = frame.borrow().code.clone();
        if lines {
            let starts = self.line_starts(&code);
            if starts.get(start).copied().unwrap_or(false) {
                // `_Py_call_instrumentation_line`: an event when the line differs from the
                // last instruction's, or right after RESUME; a backward jump within one line
                // is a line event too (`sys_trace_jump_func`).
                let line = code.line_at(start);
                let prev_op = code.co.code.get(2 * prev).copied().unwrap_or(0);
                // (JUMP_BACKWARD_NO_INTERRUPT has no instrumented form: no event.)
                let again =
                    prev_op == Opcode::Resume as u8 || prev_op == Opcode::JumpBackward as u8;
                if line.is_some() && (line != code.line_at(prev) || again) {
                    let kind = if prev_op == Opcode::JumpBackward as u8 {
                        Event::Jump
                    } else {
                        Event::Line
                    };
                    self.trace_event(frame, ("line", kind), Value::None)?;
                    if std::mem::take(&mut self.sys_trace.jumped) {
                        return Ok(true);
                    }
                }
            }
        }
        if opcodes && self.sys_trace.opcode_events && start > first_traceable(&code) {
            // The trace function may have changed f_trace_opcodes or removed itself.
            let still = frame.borrow().trace.as_ref().is_some_and(|t| t.opcodes);
            if still {
                self.trace_event(frame, ("opcode", Event::Opcode), Value::None)?;
            }
        }
        Ok(false)
    }

    /// sys.monitoring's LINE, INSTRUCTION and CALL before an instruction (after RESUME).
    fn monitor_before(
        &mut self,
        frame: &FrameRef,
        ins: &Instr,
        prev: usize,
        start: usize,
    ) -> PyResult<bool> {
        let code = frame.borrow().code.clone();
        if start <= first_traceable(&code) {
            return Ok(false);
        }
        let all = self.sys_trace.monitoring.all;
        if all & (1 << mon::JUMP | 1 << mon::BRANCH) != 0 {
            // The last instruction was a jump or a branch that brought us here: JUMP or
            // BRANCH (code, its offset, this offset), sent after it went.
            let p = code.instrs.get(prev).copied();
            let ev = match p.and_then(|p| p.opcode) {
                Some(Opcode::JumpForward | Opcode::JumpBackward) => Some(mon::JUMP),
                Some(
                    Opcode::PopJumpIfFalse
                    | Opcode::PopJumpIfTrue
                    | Opcode::PopJumpIfNone
                    | Opcode::PopJumpIfNotNone
                    | Opcode::ForIter,
                ) => Some(mon::BRANCH),
                _ => None,
            };
            if let (Some(ev), Some(p)) = (ev, p) {
                let next = p.next as usize;
                let arg = p.arg as usize;
                let target = match p.opcode {
                    Some(Opcode::JumpBackward) => next.saturating_sub(arg),
                    Some(Opcode::ForIter) => next + arg + 1,
                    _ => next + arg,
                };
                let fell_through = ev == mon::BRANCH && start == next;
                if (start == target || fell_through) && p.index as usize == prev {
                    let args = vec![Value::Int(prev as i64 * 2), Value::Int(start as i64 * 2)];
                    self.monitor(frame, ev, prev, args)?;
                }
            }
        }
        if all & (1 << mon::LINE) != 0 && self.line_starts(&code).get(start) == Some(&true) {
            let prev_op = code.co.code.get(2 * prev).copied().unwrap_or(0);
            let line = code.line_at(start);
            if let Some(l) = line {
                if line != code.line_at(prev) || prev_op == Opcode::Resume as u8 {
                    self.monitor(frame, mon::LINE, start, vec![Value::Int(l as i64)])?;
                }
            }
        }
        if all & (1 << mon::INSTRUCTION) != 0 {
            self.monitor(
                frame,
                mon::INSTRUCTION,
                start,
                vec![Value::Int(ins.index as i64 * 2)],
            )?;
        }
        if all & (1 << mon::CALL) != 0 && ins.opcode == Some(Opcode::Call) {
            // INSTRUMENTED_CALL: the callable and its first argument (self for a method).
            let (callable, arg0) = {
                let f = frame.borrow();
                let argc = ins.arg as usize;
                let n = f.stack.len();
                if n < argc + 2 {
                    return Ok(false);
                }
                let base = n - argc - 2;
                let missing = self.sys_trace.monitoring.missing.clone();
                if f.stack[base].is_null() {
                    let a0 = f.stack.get(base + 2).filter(|_| argc > 0).cloned();
                    let callable = f.stack[base + 1].clone();
                    let a0 = bound_self(&callable).or(a0);
                    (callable, a0.unwrap_or(missing))
                } else {
                    (f.stack[base].clone(), f.stack[base + 1].clone())
                }
            };
            self.monitor(
                frame,
                mon::CALL,
                start,
                vec![Value::Int(ins.index as i64 * 2), callable, arg0],
            )?;
        }
        Ok(std::mem::take(&mut self.sys_trace.jumped))
    }

    /// RETURN_VALUE / YIELD_VALUE: 'return' with the value (PY_RETURN, PY_YIELD).
    pub(crate) fn trace_return(&mut self, frame: &FrameRef, v: &Value) -> PyResult<()> {
        let yielded = {
            let f = frame.borrow();
            f.code.instrs.get(f.lasti as usize).and_then(|i| i.opcode) == Some(Opcode::YieldValue)
        };
        let kind = if yielded { Event::Yield } else { Event::Return };
        if !self.traced(frame) {
            return Ok(());
        }
        self.trace_event(frame, ("return", kind), v.clone())?;
        self.profile_event(frame, ("return", kind), v.clone())?;
        let ev = if yielded {
            mon::PY_YIELD
        } else {
            mon::PY_RETURN
        };
        let lasti = frame.borrow().lasti as usize;
        self.monitor(
            frame,
            ev,
            lasti,
            vec![Value::Int(lasti as i64 * 2), v.clone()],
        )
    }

    /// A sys.monitoring exception event (RAISE, PY_UNWIND, PY_THROW): a callback that raises
    /// replaces the exception.
    fn monitor_exc(&mut self, frame: &FrameRef, ev: usize, exc: Value) -> Value {
        // The instruction that raised: f_lasti, unless a RERAISE restored f_lasti (then the
        // RERAISE itself, as CPython's next_instr - 1).
        let here = {
            let f = frame.borrow();
            let before = f.next_instr.saturating_sub(1) as usize;
            if f.code.co.code.get(2 * before) == Some(&(Opcode::Reraise as u8)) {
                before
            } else {
                f.lasti as usize
            }
        };
        self.monitor_exc_at(frame, ev, exc, here)
    }

    fn monitor_exc_at(&mut self, frame: &FrameRef, ev: usize, exc: Value, lasti: usize) -> Value {
        if self.sys_trace.monitoring.all & (1 << ev) == 0 || !self.traced(frame) {
            return exc;
        }
        let args = vec![Value::Int(lasti as i64 * 2), exc.clone()];
        match self.monitor(frame, ev, lasti, args) {
            Ok(()) => exc,
            Err(e) => e,
        }
    }

    /// An exception was raised in `frame` or propagated into it (RAISE): 'exception' with
    /// `(type, value, traceback)`. A trace function that raises replaces the exception.
    pub(crate) fn trace_raise(&mut self, frame: &FrameRef, exc: Value) -> Value {
        if !self.traced(frame) {
            return exc;
        }
        if self.sys_trace.trace.is_none() {
            return self.monitor_exc(frame, mon::RAISE, exc);
        }
        let arg = Value::tuple(vec![
            Value::Type(self.type_of(&exc)),
            exc.clone(),
            crate::objects::exceptions::get_traceback(&exc),
        ]);
        match self.trace_event(frame, ("exception", Event::Raise), arg) {
            Ok(()) => self.monitor_exc(frame, mon::RAISE, exc),
            Err(e) => e,
        }
    }

    /// RERAISE (and a bare `raise`): no settrace event; sys.monitoring's RERAISE.
    pub(crate) fn trace_reraise(&mut self, frame: &FrameRef, exc: Value) -> Value {
        self.monitor_exc(frame, mon::RERAISE, exc)
    }

    /// The unwinder found a handler at code unit `target`: sys.monitoring's
    /// EXCEPTION_HANDLED (sent with the handler's offset, as `monitor_handled`).
    pub(crate) fn trace_handled(&mut self, frame: &FrameRef, exc: Value, target: usize) -> Value {
        self.monitor_exc_at(frame, mon::EXCEPTION_HANDLED, exc, target)
    }

    /// The exception leaves `frame` (PY_UNWIND): 'return' with None.
    pub(crate) fn trace_unwind(&mut self, frame: &FrameRef, exc: Value) -> Value {
        if !self.traced(frame) {
            return exc;
        }
        if let Err(e) = self.trace_event(frame, ("return", Event::Unwind), Value::None) {
            return e;
        }
        match self.profile_event(frame, ("return", Event::Unwind), Value::None) {
            Ok(()) => self.monitor_exc(frame, mon::PY_UNWIND, exc),
            Err(e) => e,
        }
    }

    /// gen.throw() resumes `frame` with an exception (PY_THROW): 'call'.
    pub(crate) fn trace_throw(&mut self, frame: &FrameRef, exc: Value) -> Value {
        if !self.traced(frame) {
            return exc;
        }
        if let Err(e) = self.trace_event(frame, ("call", Event::Throw), Value::None) {
            return e;
        }
        match self.profile_event(frame, ("call", Event::Throw), Value::None) {
            Ok(()) => self.monitor_exc(frame, mon::PY_THROW, exc),
            Err(e) => e,
        }
    }
}

/// The receiver of a builtin method that LOAD_ATTR bound (CPython's stack holds the method
/// descriptor and `self` there, so `self` is the call's first argument).
fn bound_self(callable: &Value) -> Option<Value> {
    match callable {
        Value::Builtin(b) if b.kind == crate::objects::function::BuiltinKind::Method => {
            b.bound.clone()
        }
        _ => None,
    }
}

/// What a profile function is shown for a call of `callable` with `args`: a builtin function
/// (or a method descriptor, bound to its first argument as `sys_profile_call_or_return`
/// does), or `None` for what is not C code in CPython.
fn c_function(callable: &Value, args: &Args) -> Option<Value> {
    match callable {
        Value::Builtin(b) => {
            if b.bound.is_none()
                && b.owner.is_some()
                && b.kind == crate::objects::function::BuiltinKind::Method
            {
                let self_ = args.pos.first()?.clone();
                Some(crate::ops::bind_builtin(b, self_))
            } else {
                Some(callable.clone())
            }
        }
        Value::Method(m) if matches!(m.func, Value::Builtin(_)) => Some(callable.clone()),
        _ => None,
    }
}

/// CALL of something that is not a Python function while a hook is set (CALL, C_RETURN,
/// C_RAISE events): the profile function gets 'c_call' before and 'c_return' or
/// 'c_exception' after for builtins; sys.monitoring's C_RETURN / C_RAISE get any such callable
/// with its first argument.
pub fn profile_c_call(vm: &mut Vm, f: &FrameRef, callable: &Value, a: Args) -> PyResult<Value> {
    if !vm.traced(f) {
        return vm.call_args(callable, a);
    }
    let cfunc = if vm.sys_trace.profile.is_some() {
        c_function(callable, &a)
    } else {
        None
    };
    let c_events = 1 << mon::C_RETURN | 1 << mon::C_RAISE;
    let arg0 = (vm.sys_trace.monitoring.all & c_events != 0).then(|| {
        let missing = vm.sys_trace.monitoring.missing.clone();
        bound_self(callable)
            .or_else(|| a.pos.first().cloned())
            .or_else(|| a.kw.first().map(|(_, v)| v.clone()))
            .unwrap_or(missing)
    });
    if let Some(cf) = &cfunc {
        vm.profile_event(f, ("c_call", Event::CCall), cf.clone())?;
    }
    let mut r = vm.call_args(callable, a);
    if let Some(cf) = cfunc.filter(|_| vm.sys_trace.profile.is_some() && vm.traced(f)) {
        let ev = if r.is_ok() {
            ("c_return", Event::CReturn)
        } else {
            ("c_exception", Event::CRaise)
        };
        vm.profile_event(f, ev, cf)?;
    }
    if let Some(arg0) = arg0 {
        let lasti = f.borrow().lasti as usize;
        let args = vec![Value::Int(lasti as i64 * 2), callable.clone(), arg0];
        r = match r {
            Ok(v) => vm.monitor(f, mon::C_RETURN, lasti, args).map(|()| v),
            Err(e) => match vm.monitor(f, mon::C_RAISE, lasti, args) {
                Ok(()) => Err(e),
                Err(e2) => Err(e2),
            },
        };
    }
    r
}

/// FOR_ITER while tracing: an iterator that ends by raising StopIteration (a class's
/// `__next__`, a generator returning a value) is an 'exception' event in the looping frame,
/// as INSTRUMENTED_FOR_ITER's `monitor_raise`.
pub fn for_iter_next(vm: &mut Vm, f: &FrameRef, it: &Value) -> PyResult<Option<Value>> {
    let stop = match it {
        Value::Iter(_) => return vm.next(it),
        Value::Generator(g) => {
            let g = g.clone();
            match vm.gen_send(&g, Value::None)? {
                crate::generator::GenResult::Yield(v) => return Ok(Some(v)),
                crate::generator::GenResult::Return(v) if v.is_none() => return Ok(None),
                crate::generator::GenResult::Return(v) => {
                    let t = vm.exc_type("StopIteration");
                    vm.new_exception(&t, vec![v])
                }
            }
        }
        _ => {
            let Some(m) = vm.lookup_special(it, "__next__")? else {
                return vm.next(it);
            };
            match vm.call(&m, vec![]) {
                Ok(v) => return Ok(Some(v)),
                Err(e) if vm.err_is(&e, "StopIteration") => e,
                Err(e) => return Err(e),
            }
        }
    };
    let e = vm.trace_raise(f, stop.clone());
    if e.is(&stop) {
        Ok(None)
    } else {
        Err(e)
    }
}

/// `frame.f_trace = v`, `f_trace_lines`, `f_trace_opcodes`, `f_lineno` (setattr on a frame).
pub fn frame_setattr(vm: &mut Vm, f: &FrameRef, name: &str, value: Value) -> PyResult<()> {
    match name {
        "f_trace" => {
            f.borrow_mut()
                .trace
                .get_or_insert_with(Default::default)
                .func = value;
            Ok(())
        }
        "f_trace_lines" | "f_trace_opcodes" => {
            let Value::Bool(b) = value else {
                return Err(vm.type_error("attribute value type must be bool"));
            };
            let mut fr = f.borrow_mut();
            let t = fr.trace.get_or_insert_with(Default::default);
            if name == "f_trace_lines" {
                t.lines = b;
            } else {
                t.opcodes = b;
                if b {
                    vm.sys_trace.opcode_trace_set = true;
                }
            }
            Ok(())
        }
        "f_lineno" => crate::settrace::set_lineno(vm, f, value),
        "f_lasti" | "f_code" | "f_back" | "f_globals" | "f_builtins" | "f_locals" => Err(vm
            .attribute_error(format!(
                "attribute '{name}' of 'frame' objects is not writable"
            ))),
        _ => Err(vm.attribute_error(format!("'frame' object has no attribute '{name}'"))),
    }
}

/// `frame.f_trace`, `f_trace_lines`, `f_trace_opcodes`.
pub fn frame_getattr(f: &FrameRef, name: &str) -> Option<Value> {
    let fr = f.borrow();
    let t = fr.trace.as_deref();
    Some(match name {
        "f_trace" => t.map_or(Value::None, |t| t.func.clone()),
        "f_trace_lines" => Value::Bool(t.is_none_or(|t| t.lines)),
        "f_trace_opcodes" => Value::Bool(t.is_some_and(|t| t.opcodes)),
        _ => return None,
    })
}

fn s_settrace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = a.pos.first().cloned().unwrap_or(Value::None);
    vm.set_trace((!f.is_none()).then_some(f));
    Ok(Value::None)
}

fn s_gettrace(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.sys_trace.trace.clone().unwrap_or(Value::None))
}

fn s_setprofile(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = a.pos.first().cloned().unwrap_or(Value::None);
    vm.set_profile((!f.is_none()).then_some(f));
    Ok(Value::None)
}

fn s_getprofile(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(vm.sys_trace.profile.clone().unwrap_or(Value::None))
}

/// `sys.call_tracing(func, args)`: call `func(*args)` with tracing on even inside a hook.
fn s_call_tracing(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let func = a.pos.first().cloned().unwrap_or(Value::None);
    let args = match a.pos.get(1) {
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("call_tracing(): argument 2 must be tuple")),
    };
    let saved = std::mem::take(&mut vm.sys_trace.tracing);
    let r = vm.call(&func, args);
    vm.sys_trace.tracing = saved;
    r
}

/// Register `settrace`, `gettrace`, `setprofile`, `getprofile`, `call_tracing` in `sys`.
pub fn init_sys(vm: &mut Vm, d: &crate::value::DictRef) {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("settrace", s_settrace),
        ("gettrace", s_gettrace),
        ("setprofile", s_setprofile),
        ("getprofile", s_getprofile),
        ("call_tracing", s_call_tracing),
    ];
    for (n, f) in fns {
        let v = vm.native(n, *f);
        d.borrow_mut().set_str(n, v);
    }
    mon::init(vm, d);
}

// ---- frame.f_lineno = n: a jump (frame_setlineno in Objects/frameobject.c) ----

/// What `mark_stacks` knows of one value stack slot.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Iterator = 1,
    Except = 2,
    Object = 3,
    Null = 4,
    Lasti = 5,
}

/// A value stack as a list of kinds, packed 3 bits a slot (top in the low bits), or one of
/// the two markers.
type Stack = i64;
const BITS: u32 = 3;
const UNINITIALIZED: Stack = -2;
const OVERFLOWED: Stack = -1;
const MAX_ENTRIES: u32 = 63 / BITS;
const WILL_OVERFLOW: u64 = 1 << ((MAX_ENTRIES - 1) * BITS);
const MASK: i64 = (1 << BITS) - 1;

fn push_value(stack: Stack, kind: Kind) -> Stack {
    if stack as u64 >= WILL_OVERFLOW {
        OVERFLOWED
    } else {
        (stack << BITS) | kind as i64
    }
}

fn pop_value(stack: Stack) -> Stack {
    stack >> BITS
}

fn top_of_stack(stack: Stack) -> i64 {
    stack & MASK
}

fn peek_kind(stack: Stack, n: u32) -> i64 {
    (stack >> (BITS * (n - 1))) & MASK
}

fn kind_of(k: i64) -> Kind {
    match k {
        1 => Kind::Iterator,
        2 => Kind::Except,
        4 => Kind::Null,
        5 => Kind::Lasti,
        _ => Kind::Object,
    }
}

fn stack_swap(stack: Stack, n: u32) -> Stack {
    let to_swap = peek_kind(stack, n);
    let top = top_of_stack(stack);
    let shift = BITS * (n - 1);
    let replaced_low = (stack & !(MASK << shift)) | (top << shift);
    (replaced_low & !MASK) | to_swap
}

fn pop_to_level(mut stack: Stack, level: u32) -> Stack {
    if level == 0 {
        return 0;
    }
    let level_max: i64 = MASK << ((level - 1) * BITS);
    while stack > level_max {
        stack = pop_value(stack);
    }
    stack
}

/// The kinds on the value stack before each code unit (`mark_stacks`).
fn mark_stacks(code: &PyCode) -> Vec<Stack> {
    let raw = &code.co.code;
    let len = raw.len() / 2;
    let mut stacks = vec![UNINITIALIZED; len + 1];
    stacks[0] = 0;
    let gen_flags = 0x20 | 0x80 | 0x200;
    if code.co.flags & gen_flags != 0 {
        // Generators are sent None as they start.
        stacks[0] = push_value(0, Kind::Object);
    }
    let mut todo = true;
    while todo {
        todo = false;
        let mut i = 0;
        while i < len {
            let mut next_stack = stacks[i];
            let mut op = raw[2 * i];
            let mut oparg: u32 = 0;
            while op == Opcode::ExtendedArg as u8 && i + 1 < len {
                oparg = (oparg << 8) | raw[2 * i + 1] as u32;
                i += 1;
                op = raw[2 * i];
                stacks[i] = next_stack;
            }
            let opcode = Opcode::from_u16(op as u16);
            let caches = opcode.map_or(0, |o| o.cache_entries() as usize);
            let next_i = i + caches + 1;
            if next_stack == UNINITIALIZED {
                i = next_i;
                continue;
            }
            oparg = (oparg << 8) | raw[2 * i + 1] as u32;
            let arg = oparg as usize;
            let set = |stacks: &mut Vec<Stack>, j: usize, v: Stack| {
                if j < stacks.len() {
                    stacks[j] = v;
                }
            };
            use Opcode as O;
            match opcode {
                Some(
                    O::PopJumpIfFalse | O::PopJumpIfTrue | O::PopJumpIfNone | O::PopJumpIfNotNone,
                ) => {
                    next_stack = pop_value(next_stack);
                    set(&mut stacks, next_i + arg, next_stack);
                    set(&mut stacks, next_i, next_stack);
                }
                Some(O::Send) => {
                    set(&mut stacks, next_i + arg, next_stack);
                    set(&mut stacks, next_i, next_stack);
                }
                Some(O::JumpForward) => set(&mut stacks, next_i + arg, next_stack),
                Some(O::JumpBackward | O::JumpBackwardNoInterrupt) => {
                    if let Some(j) = next_i.checked_sub(arg) {
                        if stacks[j] == UNINITIALIZED && j < i {
                            todo = true;
                        }
                        set(&mut stacks, j, next_stack);
                    }
                }
                Some(O::GetIter | O::GetAiter) => {
                    next_stack = push_value(pop_value(next_stack), Kind::Iterator);
                    set(&mut stacks, next_i, next_stack);
                }
                Some(O::ForIter) => {
                    let target = push_value(next_stack, Kind::Object);
                    set(&mut stacks, next_i, target);
                    // The exit lands on END_FOR, which pops the iterator and this value.
                    set(&mut stacks, next_i + arg, target);
                }
                Some(O::EndAsyncFor) => {
                    next_stack = pop_value(pop_value(next_stack));
                    set(&mut stacks, next_i, next_stack);
                }
                Some(O::PushExcInfo) => {
                    next_stack = push_value(next_stack, Kind::Except);
                    set(&mut stacks, next_i, next_stack);
                }
                Some(O::PopExcept) => {
                    next_stack = pop_value(next_stack);
                    set(&mut stacks, next_i, next_stack);
                }
                Some(O::ReturnValue | O::ReturnConst | O::RaiseVarargs | O::Reraise) => {}
                Some(O::PushNull) => {
                    next_stack = push_value(next_stack, Kind::Null);
                    set(&mut stacks, next_i, next_stack);
                }
                Some(O::LoadGlobal) => {
                    if oparg & 1 != 0 {
                        next_stack = push_value(next_stack, Kind::Null);
                    }
                    next_stack = push_value(next_stack, Kind::Object);
                    set(&mut stacks, next_i, next_stack);
                }
                Some(O::LoadAttr) => {
                    if oparg & 1 != 0 {
                        next_stack = pop_value(next_stack);
                        next_stack = push_value(next_stack, Kind::Null);
                        next_stack = push_value(next_stack, Kind::Object);
                    }
                    set(&mut stacks, next_i, next_stack);
                }
                Some(O::Call) => {
                    for _ in 0..oparg + 2 {
                        next_stack = pop_value(next_stack);
                    }
                    next_stack = push_value(next_stack, Kind::Object);
                    set(&mut stacks, next_i, next_stack);
                }
                Some(O::Swap) if oparg > 1 => {
                    next_stack = stack_swap(next_stack, oparg);
                    set(&mut stacks, next_i, next_stack);
                }
                Some(O::Copy) if oparg > 0 => {
                    next_stack = push_value(next_stack, kind_of(peek_kind(next_stack, oparg)));
                    set(&mut stacks, next_i, next_stack);
                }
                Some(o) => {
                    let mut delta = o.stack_effect_max(oparg).unwrap_or(0);
                    while delta < 0 {
                        next_stack = pop_value(next_stack);
                        delta += 1;
                    }
                    while delta > 0 {
                        next_stack = push_value(next_stack, Kind::Object);
                        delta -= 1;
                    }
                    set(&mut stacks, next_i, next_stack);
                }
                None => {}
            }
            i = next_i;
        }
        // Exception handlers start with the stack of their try block cut to its depth.
        for e in &code.exc_table {
            if e.start < len
                && e.target < len
                && stacks[e.start] != UNINITIALIZED
                && stacks[e.target] == UNINITIALIZED
            {
                todo = true;
                let mut target = pop_to_level(stacks[e.start], e.depth as u32);
                if e.lasti {
                    target = push_value(target, Kind::Lasti);
                }
                stacks[e.target] = push_value(target, Kind::Except);
            }
        }
    }
    stacks
}

fn compatible_kind(from: i64, to: i64) -> bool {
    match to {
        0 => false,
        3 => from != Kind::Null as i64,
        4 => true,
        _ => from == to,
    }
}

fn compatible_stack(mut from: Stack, mut to: Stack) -> bool {
    if from < 0 || to < 0 {
        return false;
    }
    while from > to {
        from = pop_value(from);
    }
    while from != 0 {
        if !compatible_kind(top_of_stack(from), top_of_stack(to)) {
            return false;
        }
        from = pop_value(from);
        to = pop_value(to);
    }
    to == 0
}

fn explain_incompatible_stack(to: Stack) -> &'static str {
    if to == OVERFLOWED {
        return "stack is too deep to analyze";
    }
    if to == UNINITIALIZED {
        return "can't jump into an exception handler, or code may be unreachable";
    }
    match top_of_stack(to) {
        2 => "can't jump into an 'except' block as there's no exception",
        5 => "can't jump into a re-raising block as there's no location",
        1 => "can't jump into the body of a for loop",
        _ => "incompatible stacks",
    }
}

/// `frame.f_lineno = n` from a trace function: continue at the first instruction of line n
/// (or the first line after it) whose value stack the current one can be cut down to.
pub fn set_lineno(vm: &mut Vm, f: &FrameRef, value: Value) -> PyResult<()> {
    let Value::Int(new_lineno) = value else {
        return Err(vm.value_error("lineno must be an integer"));
    };
    match vm.sys_trace.what_event {
        None => return Err(vm.value_error("f_lineno can only be set in a trace function")),
        Some(Event::Resume | Event::Jump | Event::Line) => {}
        Some(Event::Yield) => {
            return Err(vm.not_implemented("setting f_lineno from a 'return' event of a yield"))
        }
        Some(Event::Start) => {
            return Err(vm.value_error("can't jump from the 'call' trace event of a new frame"))
        }
        Some(Event::CCall | Event::CReturn) => {
            return Err(vm.value_error("can't jump during a call"))
        }
        Some(_) => return Err(vm.value_error("can only jump from a 'line' trace event")),
    }
    if new_lineno > i32::MAX as i64 || new_lineno < i32::MIN as i64 {
        return Err(vm.value_error("lineno out of range"));
    }
    let code = f.borrow().code.clone();
    if new_lineno < code.co.firstlineno as i64 {
        return Err(vm.value_error(format!(
            "line {new_lineno} comes before the current code block"
        )));
    }
    // marklines: where each line starts (ranges of co_lines whose line changes).
    let len = code.co.code.len() / 2;
    let mut lines = vec![-1i64; len];
    let mut last = -1i64;
    for (i, l) in lines.iter_mut().enumerate() {
        if let Some(line) = code.line_at(i) {
            let line = line as i64;
            if line != last {
                *l = line;
                last = line;
            }
        }
    }
    // first_line_not_before
    let target_line = lines.iter().copied().filter(|&l| l >= new_lineno).min();
    let Some(target_line) = target_line else {
        return Err(vm.value_error(format!(
            "line {new_lineno} comes after the current code block"
        )));
    };
    let stacks = mark_stacks(&code);
    let lasti = f.borrow().lasti as usize;
    let start_stack = stacks[lasti];
    let mut best_stack = OVERFLOWED;
    let mut best_addr = None;
    let mut err: i32 = -1;
    let mut msg = "cannot find bytecode for specified line";
    for i in 0..len {
        if lines[i] != target_line {
            continue;
        }
        let target_stack = stacks[i];
        if compatible_stack(start_stack, target_stack) {
            err = 0;
            if target_stack > best_stack {
                best_stack = target_stack;
                best_addr = Some(i);
            }
        } else if err < 0 {
            if start_stack == OVERFLOWED {
                msg = "stack to deep to analyze";
            } else if start_stack == UNINITIALIZED {
                msg = "can't jump from unreachable code";
            } else {
                msg = explain_incompatible_stack(target_stack);
                err = 1;
            }
        }
    }
    let Some(best_addr) = best_addr.filter(|_| err == 0) else {
        return Err(vm.value_error(msg));
    };
    // Locals the target may assume bound get None, with a warning.
    let unbound = f.borrow().localsplus.iter().filter(|v| v.is_none()).count();
    if unbound > 0 {
        let s = if unbound == 1 { "" } else { "s" };
        vm.warn(
            "RuntimeWarning",
            &format!("assigning None to {unbound} unbound local{s}"),
        )?;
        for v in f.borrow_mut().localsplus.iter_mut() {
            if v.is_none() {
                *v = Some(Value::None);
            }
        }
    }
    // Pop what the target's stack does not have (an exception popped restores the one
    // handled before it).
    let mut cur = start_stack;
    let mut popped = Vec::new();
    while cur > best_stack {
        let v = f.borrow_mut().stack.pop().unwrap_or(Value::Null);
        if top_of_stack(cur) == Kind::Except as i64 {
            vm.exc_info = v;
        } else {
            popped.push(v);
        }
        cur = pop_value(cur);
    }
    drop(popped);
    {
        let mut fr = f.borrow_mut();
        fr.next_instr = best_addr as u32;
        // The instruction jumped to gets no line event of its own.
        fr.lasti = best_addr as u32;
    }
    vm.sys_trace.jumped = true;
    Ok(())
}
