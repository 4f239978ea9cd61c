//! The evaluation loop: fetch an instruction of the running frame, dispatch it to its
//! handler, and act on the `Flow` the handler returns. Only this loop pushes and pops
//! frames; handlers never recurse into Python themselves (except through `Vm::call`, which
//! runs a nested loop behind an entry marker, bounded by the recursion limit).
//!
//! Handlers live by category: `load_store`, `calls`, `control`, `build`, `exceptions`,
//! `generators`, `binary`.

mod binary;
pub use binary::unary_value;
mod build;
pub mod cache;
mod calls;
pub(crate) use calls::default_displayhook;
pub(crate) use calls::InlineInit;
mod control;
mod exceptions;
mod generators;
mod load_store;
mod method_cache;

use std::rc::Rc;

use pydive_bytecode::Opcode;

use crate::frame::FrameRef;
use crate::generator::AfterGen;
use crate::objects::code::PyCode;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What a handler tells the loop to do next.
pub enum Flow {
    /// Go on with the next instruction.
    Next,
    /// Continue at this code unit.
    Jump(u32),
    /// Push this frame (a Python call) and run it.
    Call(FrameRef),
    /// Push this `__init__` frame of a `Cls(args)` call (`calls::init_call`, which recorded
    /// the instance in `Vm::inline_inits`); its return gives the caller the instance.
    CallInit(FrameRef),
    /// Push this generator frame, resumed inline (`Vm::gen_resume_inline` prepared it).
    Resume(FrameRef),
    /// Pop the frame, handing the value to the caller.
    Return(Value),
    /// Suspend the (generator) frame, handing the value to whoever resumed it.
    Yield(Value),
    /// RETURN_GENERATOR: pop the frame and give the caller a generator owning it.
    ReturnGenerator,
}

/// How a run of the loop ended for its entry frame.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// One decoded instruction (EXTENDED_ARG folded in), indexed by the code unit it starts at.
#[derive(Clone, Copy)]
pub struct Instr {
    pub op: u8,
    /// `op` decoded once (`None` for a number 3.12 does not define).
    pub opcode: Option<Opcode>,
    /// The inline-cache slot of LOAD_GLOBAL / LOAD_ATTR / STORE_ATTR / FOR_ITER (`cache::NO_CACHE`
    /// for the others).
    pub cache: u16,
    pub arg: u32,
    /// Code unit of the instruction itself (after its EXTENDED_ARG prefixes).
    pub index: u32,
    /// Code unit of the next instruction (after the CACHE entries).
    pub next: u32,
}

/// Decode `co_code` into one `Instr` per code unit (the VM's quickened copy; `co_code`
/// itself stays pristine).
pub fn decode(code: &[u8]) -> Vec<Instr> {
    let n = code.len() / 2;
    let mut out = vec![
        Instr {
            op: 0,
            opcode: None,
            cache: cache::NO_CACHE,
            arg: 0,
            index: 0,
            next: 0
        };
        n
    ];
    let mut nslots: u16 = 0;
    for (start, slot) in out.iter_mut().enumerate() {
        let mut i = start;
        let mut arg: u32 = 0;
        loop {
            let op = code[2 * i];
            arg = (arg << 8) | code[2 * i + 1] as u32;
            if op == Opcode::ExtendedArg as u8 && i + 1 < n {
                i += 1;
                continue;
            }
            let caches = Opcode::from_u16(op as u16)
                .map(|o| o.cache_entries() as usize)
                .unwrap_or(0);
            let cached = [
                Opcode::LoadGlobal,
                Opcode::LoadAttr,
                Opcode::StoreAttr,
                Opcode::ForIter,
            ]
            .iter()
            .any(|o| *o as u8 == op);
            let cache = if cached && nslots < cache::NO_CACHE {
                nslots += 1;
                nslots - 1
            } else {
                cache::NO_CACHE
            };
            *slot = Instr {
                op,
                opcode: Opcode::from_u16(op as u16),
                cache,
                arg,
                index: i as u32,
                next: (i + 1 + caches) as u32,
            };
            break;
        }
    }
    out
}

#[inline]
pub(crate) fn push(f: &FrameRef, v: Value) {
    f.borrow_mut().stack.push(v);
}

#[inline]
pub(crate) fn pop(f: &FrameRef) -> Value {
    f.borrow_mut().stack.pop().unwrap_or(Value::Null)
}

#[inline]
pub(crate) fn top(f: &FrameRef) -> Value {
    f.borrow().stack.last().cloned().unwrap_or(Value::Null)
}

/// The value `n` slots below the top (1 = top).
pub(crate) fn peek(f: &FrameRef, n: usize) -> Value {
    let fr = f.borrow();
    let len = fr.stack.len();
    if n == 0 || n > len {
        return Value::Null;
    }
    fr.stack[len - n].clone()
}

pub(crate) fn popn(f: &FrameRef, n: usize) -> Vec<Value> {
    let mut fr = f.borrow_mut();
    let len = fr.stack.len();
    let at = len.saturating_sub(n);
    fr.stack.split_off(at)
}

/// The code's jump target for a relative jump from the instruction `ins`.
#[inline]
pub(crate) fn forward(ins: &Instr, delta: u32) -> u32 {
    ins.next + delta
}

#[inline]
pub(crate) fn backward(ins: &Instr, delta: u32) -> u32 {
    ins.next.saturating_sub(delta)
}

/// Is `v` held inline (dropping it frees nothing and can run no finalizer)?
#[inline]
fn inline_value(v: &Value) -> bool {
    matches!(
        v,
        Value::Null | Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)
    )
}

/// `a op b` for machine ints, when the result is a machine int and no error is possible
/// (oparg of BINARY_OP modulo 13: 0 +, 1 &, 2 //, 3 <<, 5 *, 6 %, 7 |, 9 >>, 10 -, 12 ^).
#[inline]
fn int_binop(op: u32, a: i64, b: i64) -> Option<i64> {
    match op {
        0 => a.checked_add(b),
        10 => a.checked_sub(b),
        5 => a.checked_mul(b),
        1 => Some(a & b),
        7 => Some(a | b),
        12 => Some(a ^ b),
        2 | 6 => {
            if b == 0 {
                return None;
            }
            let q = a.checked_div(b)?;
            let r = a - q * b;
            // Python rounds the quotient toward minus infinity; the remainder takes b's sign.
            let (q, r) = if r != 0 && ((r < 0) != (b < 0)) {
                (q - 1, r + b)
            } else {
                (q, r)
            };
            Some(if op == 2 { q } else { r })
        }
        9 if (0..64).contains(&b) => Some(a >> b),
        3 if (0..63).contains(&b) => {
            let r = a << b;
            (r >> b == a).then_some(r)
        }
        _ => None,
    }
}

/// `a op b` for floats (and an int that converts exactly) where IEEE arithmetic is Python's.
#[inline]
fn float_binop(op: u32, a: f64, b: f64) -> Option<f64> {
    match op {
        0 => Some(a + b),
        10 => Some(a - b),
        5 => Some(a * b),
        11 if b != 0.0 => Some(a / b),
        _ => None,
    }
}

#[inline]
fn as_exact_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(x) => Some(*x),
        Value::Int(i) if i.unsigned_abs() <= 1 << 53 => Some(*i as f64),
        _ => None,
    }
}

/// `v.clone()`, the values held inline copied here rather than by a call.
#[inline(always)]
fn clone_value(v: &Value) -> Value {
    match v {
        Value::None => Value::None,
        Value::Bool(b) => Value::Bool(*b),
        Value::Int(i) => Value::Int(*i),
        Value::Float(x) => Value::Float(*x),
        _ => v.clone(),
    }
}

/// (a, b -- r) for two operands held inline (ints, floats): nothing to drop.
#[inline(always)]
fn replace_operands(f: &mut crate::frame::Frame, r: Value) {
    std::mem::forget(f.stack.pop());
    if let Some(a) = f.stack.last_mut() {
        std::mem::forget(std::mem::replace(a, r));
    }
}

/// What `fast_instruction` did with an instruction.
enum Fast {
    /// It ran; go on with the next one.
    Next,
    /// Nothing changed: the instruction (or this case of it) needs `dispatch`.
    Slow,
    /// It ran and ends with this flow (a return or a yield) for the loop to act on.
    Flow(Flow),
    /// It ran and took this heap value off the frame: the loop drops it outside the frame
    /// borrow, then checks for pending finalizers as after any dispatched instruction.
    Drop(Value),
}

/// Run one of the simplest instructions directly on the borrowed frame; `Fast::Slow` (and
/// nothing changed) when `ins` is not one of them or its operands need the general path.
/// Nothing here drops a heap value (a finalizer must not run under the frame borrow): a
/// value to drop is handed to the loop (`Fast::Drop`).
#[inline(always)]
fn fast_instruction(
    f: &mut crate::frame::Frame,
    code: &PyCode,
    ins: &Instr,
    pc: &mut u32,
    interrupted: &std::sync::atomic::AtomicBool,
) -> Fast {
    const LOAD_FAST: u8 = Opcode::LoadFast as u8;
    const LOAD_FAST_CHECK: u8 = Opcode::LoadFastCheck as u8;
    const STORE_FAST: u8 = Opcode::StoreFast as u8;
    const LOAD_CONST: u8 = Opcode::LoadConst as u8;
    const POP_TOP: u8 = Opcode::PopTop as u8;
    const NOP: u8 = Opcode::Nop as u8;
    const RESUME: u8 = Opcode::Resume as u8;
    const JUMP_FORWARD: u8 = Opcode::JumpForward as u8;
    const JUMP_BACKWARD: u8 = Opcode::JumpBackward as u8;
    const POP_JUMP_IF_FALSE: u8 = Opcode::PopJumpIfFalse as u8;
    const POP_JUMP_IF_TRUE: u8 = Opcode::PopJumpIfTrue as u8;
    const BINARY_OP: u8 = Opcode::BinaryOp as u8;
    const COMPARE_OP: u8 = Opcode::CompareOp as u8;
    const FOR_ITER: u8 = Opcode::ForIter as u8;
    const LOAD_DEREF: u8 = Opcode::LoadDeref as u8;
    const STORE_DEREF: u8 = Opcode::StoreDeref as u8;
    const MAKE_CELL: u8 = Opcode::MakeCell as u8;
    const COPY_FREE_VARS: u8 = Opcode::CopyFreeVars as u8;
    const LOAD_ATTR: u8 = Opcode::LoadAttr as u8;
    const STORE_ATTR: u8 = Opcode::StoreAttr as u8;
    const LOAD_GLOBAL: u8 = Opcode::LoadGlobal as u8;
    const COPY: u8 = Opcode::Copy as u8;
    const SWAP: u8 = Opcode::Swap as u8;
    const KW_NAMES: u8 = Opcode::KwNames as u8;
    const PUSH_NULL: u8 = Opcode::PushNull as u8;
    const JUMP_BACKWARD_NO_INTERRUPT: u8 = Opcode::JumpBackwardNoInterrupt as u8;
    const POP_JUMP_IF_NONE: u8 = Opcode::PopJumpIfNone as u8;
    const POP_JUMP_IF_NOT_NONE: u8 = Opcode::PopJumpIfNotNone as u8;
    const UNARY_NOT: u8 = Opcode::UnaryNot as u8;
    const RETURN_VALUE: u8 = Opcode::ReturnValue as u8;
    const RETURN_CONST: u8 = Opcode::ReturnConst as u8;
    const YIELD_VALUE: u8 = Opcode::YieldValue as u8;
    const END_SEND: u8 = Opcode::EndSend as u8;
    const CALL: u8 = Opcode::Call as u8;
    let arg = ins.arg as usize;
    match ins.op {
        // A Python function whose arguments bind without error: its frame, for the loop to
        // push (CPython's CALL_PY_EXACT_ARGS and friends); anything else is dispatched.
        CALL => match calls::py_call_frame(f, arg) {
            Some(new) => Fast::Flow(Flow::Call(new)),
            None => Fast::Slow,
        },
        // The names tuple stays alive in co_consts, and nothing is dropped (kwnames empty).
        KW_NAMES if f.kwnames == crate::frame::NO_KWNAMES => match code.consts.get(arg) {
            Some(Value::Tuple(_)) => {
                f.kwnames = arg as u32;
                Fast::Next
            }
            _ => Fast::Slow,
        },
        LOAD_FAST | LOAD_FAST_CHECK => match f.localsplus.get(arg) {
            Some(Some(v)) => {
                let v = clone_value(v);
                f.stack.push(v);
                Fast::Next
            }
            _ => Fast::Slow,
        },
        STORE_FAST => {
            if arg >= f.localsplus.len() || f.stack.last().is_none_or(Value::is_null) {
                return Fast::Slow;
            }
            let v = f.stack.pop();
            match std::mem::replace(&mut f.localsplus[arg], v) {
                Some(old) if !inline_value(&old) => Fast::Drop(old),
                // (Nothing to drop: no call of the drop glue.)
                old => {
                    std::mem::forget(old);
                    Fast::Next
                }
            }
        }
        LOAD_DEREF => {
            let v = match f.localsplus.get(arg) {
                Some(Some(Value::Cell(c))) => c.try_borrow().ok().and_then(|v| v.clone()),
                _ => None,
            };
            match v {
                Some(v) => {
                    f.stack.push(v);
                    Fast::Next
                }
                None => Fast::Slow,
            }
        }
        // (The cell's old value is dropped here only when it holds no heap object.)
        STORE_DEREF => {
            let (Some(Some(Value::Cell(c))), Some(v)) = (f.localsplus.get(arg), f.stack.last())
            else {
                return Fast::Slow;
            };
            let Ok(mut cell) = c.try_borrow_mut() else {
                return Fast::Slow;
            };
            if v.is_null() || !cell.as_ref().is_none_or(inline_value) {
                return Fast::Slow;
            }
            *cell = f.stack.pop();
            Fast::Next
        }
        MAKE_CELL => match f.localsplus.get_mut(arg) {
            Some(slot) => {
                let init = slot.take();
                *slot = Some(Value::Cell(Rc::new(std::cell::RefCell::new(init))));
                Fast::Next
            }
            None => Fast::Slow,
        },
        // The slots it fills are empty (a frame's start), so nothing is dropped.
        COPY_FREE_VARS if load_store::copy_free_vars_into(f, arg) => Fast::Next,
        COPY => {
            let n = f.stack.len();
            if arg == 0 || arg > n {
                return Fast::Slow;
            }
            let v = clone_value(&f.stack[n - arg]);
            f.stack.push(v);
            Fast::Next
        }
        SWAP => {
            let n = f.stack.len();
            if arg < 1 || arg > n {
                return Fast::Slow;
            }
            f.stack.swap(n - 1, n - arg);
            Fast::Next
        }
        LOAD_ATTR if load_store::fast_load_attr(f, code, ins) => Fast::Next,
        STORE_ATTR if load_store::fast_store_attr(f, code, ins) => Fast::Next,
        LOAD_GLOBAL => match code.caches.global(ins.cache, &f.globals, &f.builtins) {
            Some(v) => {
                if ins.arg & 1 != 0 {
                    f.stack.push(Value::Null);
                }
                f.stack.push(v);
                Fast::Next
            }
            None => Fast::Slow,
        },
        LOAD_CONST => match code.consts.get(arg) {
            Some(v) => {
                f.stack.push(clone_value(v));
                Fast::Next
            }
            None => Fast::Slow,
        },
        POP_TOP => match f.stack.pop() {
            Some(v) if inline_value(&v) => {
                std::mem::forget(v);
                Fast::Next
            }
            Some(v) => Fast::Drop(v),
            None => Fast::Slow,
        },
        PUSH_NULL => {
            f.stack.push(Value::Null);
            Fast::Next
        }
        // (receiver, value -- value): the receiver, often a finished coroutine, is dropped
        // by the loop.
        END_SEND if f.stack.len() >= 2 => {
            let v = f.stack.pop().unwrap_or(Value::Null);
            let n = f.stack.len();
            let receiver = std::mem::replace(&mut f.stack[n - 1], v);
            if inline_value(&receiver) {
                Fast::Next
            } else {
                Fast::Drop(receiver)
            }
        }
        RETURN_VALUE => match f.stack.pop() {
            Some(v) => Fast::Flow(Flow::Return(v)),
            None => Fast::Slow,
        },
        RETURN_CONST => match code.consts.get(arg) {
            Some(v) => Fast::Flow(Flow::Return(v.clone())),
            None => Fast::Slow,
        },
        YIELD_VALUE => match f.stack.pop() {
            Some(v) => Fast::Flow(Flow::Yield(v)),
            None => Fast::Slow,
        },
        NOP | RESUME => Fast::Next,
        JUMP_FORWARD => {
            *pc = forward(ins, ins.arg);
            Fast::Next
        }
        // No KeyboardInterrupt or SIGINT waiting: the check `check_interrupt` makes is void.
        JUMP_BACKWARD
            if !interrupted.load(std::sync::atomic::Ordering::Relaxed)
                && !crate::modules::signal::pending() =>
        {
            *pc = backward(ins, ins.arg);
            Fast::Next
        }
        JUMP_BACKWARD_NO_INTERRUPT => {
            *pc = backward(ins, ins.arg);
            Fast::Next
        }
        POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE => match f.stack.pop() {
            Some(v) => {
                if v.is_none() == (ins.op == POP_JUMP_IF_NONE) {
                    *pc = forward(ins, ins.arg);
                }
                if inline_value(&v) {
                    std::mem::forget(v);
                    Fast::Next
                } else {
                    Fast::Drop(v)
                }
            }
            None => Fast::Slow,
        },
        UNARY_NOT => match f.stack.last_mut() {
            Some(Value::Bool(b)) => {
                *b = !*b;
                Fast::Next
            }
            _ => Fast::Slow,
        },
        // Truth of a bool, a machine int or None (nothing to drop, no `__bool__` to call).
        POP_JUMP_IF_FALSE | POP_JUMP_IF_TRUE => match f.stack.last() {
            Some(&(Value::Bool(_) | Value::Int(_) | Value::None)) => {
                let b = match f.stack.last() {
                    Some(&Value::Bool(b)) => b,
                    Some(&Value::Int(i)) => i != 0,
                    _ => false,
                };
                std::mem::forget(f.stack.pop());
                if b == (ins.op == POP_JUMP_IF_TRUE) {
                    *pc = forward(ins, ins.arg);
                }
                Fast::Next
            }
            _ => Fast::Slow,
        },
        BINARY_OP => {
            let n = f.stack.len();
            if n < 2 {
                return Fast::Slow;
            }
            let op = ins.arg % 13;
            let r = match (&f.stack[n - 2], &f.stack[n - 1]) {
                (Value::Int(a), Value::Int(b)) => match int_binop(op, *a, *b) {
                    Some(r) => Value::Int(r),
                    None => return Fast::Slow,
                },
                (a @ (Value::Float(_) | Value::Int(_)), b @ (Value::Float(_) | Value::Int(_))) => {
                    match (as_exact_f64(a), as_exact_f64(b)) {
                        (Some(x), Some(y)) => match float_binop(op, x, y) {
                            // a NaN result takes the slow path, which gives it an identity
                            Some(r) if !r.is_nan() => Value::Float(r),
                            _ => return Fast::Slow,
                        },
                        _ => return Fast::Slow,
                    }
                }
                _ => return Fast::Slow,
            };
            replace_operands(f, r);
            Fast::Next
        }
        COMPARE_OP => {
            let n = f.stack.len();
            if n < 2 {
                return Fast::Slow;
            }
            let r = match (&f.stack[n - 2], &f.stack[n - 1]) {
                (Value::Int(a), Value::Int(b)) => {
                    crate::ops::CmpOp::from_index(ins.arg >> 4).test(a.cmp(b))
                }
                _ => return Fast::Slow,
            };
            replace_operands(f, Value::Bool(r));
            Fast::Next
        }
        FOR_ITER => {
            // Ranges, lists and tuples step here, the other plain iterators by `step_plain`;
            // exhaustion and the rest go the general way.
            use crate::objects::iter::Iter;
            let item = match f.stack.last() {
                Some(Value::Iter(it)) => match it.try_borrow_mut() {
                    Ok(mut st) => match &mut *st {
                        Iter::Range { next, stop, step } => {
                            let n = *next;
                            if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                                n.checked_add(*step).map(|x| {
                                    *next = x;
                                    Value::Int(n)
                                })
                            } else {
                                None
                            }
                        }
                        Iter::Seq {
                            seq: Value::List(l),
                            index,
                        } => {
                            let v = l
                                .try_borrow()
                                .ok()
                                .and_then(|l| l.get(*index).map(clone_value));
                            if v.is_some() {
                                *index += 1;
                            }
                            v
                        }
                        Iter::Seq {
                            seq: Value::Tuple(t),
                            index,
                        } => {
                            let v = t.get(*index).map(clone_value);
                            if v.is_some() {
                                *index += 1;
                            }
                            v
                        }
                        // dict, set, str, reversed... iterators; the rest and every end
                        // go the general way
                        other => match crate::objects::iterators::step_plain_rest(other, false) {
                            crate::objects::iterators::Plain::Item(v) => Some(v),
                            _ => None,
                        },
                    },
                    Err(_) => None,
                },
                _ => None,
            };
            match item {
                Some(v) => {
                    f.stack.push(v);
                    Fast::Next
                }
                None => Fast::Slow,
            }
        }
        _ => Fast::Slow,
    }
}

/// How a run of `run_fast` ended.
enum Step {
    /// This instruction (f_lasti and the next instruction already set) needs `dispatch`.
    Slow(Instr),
    /// A fast instruction ended with this flow (a return or a yield).
    Flow(Flow),
    /// A fast instruction left this value to drop, outside the frame borrow.
    Drop(Value),
    /// The next instruction is past the end of the code.
    End,
}

/// Run the frame's instructions under its one borrow for as long as `fast_instruction`
/// covers them (no trace hook is set). The next instruction's index stays in a local and is
/// stored in the frame (with `f_lasti`) only when the run stops: nothing reads them in
/// between, as no Python code runs and no traceback is taken in `fast_instruction`.
/// (Inlined: out of line, a call per run and the returned `Step` cost more than its own
/// registers saved, measured in docs/PERFORMANCE.md.)
#[inline(always)]
fn run_fast(
    f: &mut crate::frame::Frame,
    code: &PyCode,
    interrupted: &std::sync::atomic::AtomicBool,
) -> Step {
    // (A local slice: its pointer and length stay in registers across the handlers' calls,
    // which could otherwise change the code object's cells as far as the compiler knows.)
    let instrs: &[Instr] = &code.instrs;
    let mut pc = f.next_instr;
    loop {
        // (By reference: the handlers read the fields they need; a copy of the `Instr` is
        // made only for `dispatch`.)
        let Some(ins) = instrs.get(pc as usize) else {
            // (f_lasti: the last code unit run, within the last instruction.)
            f.lasti = pc.saturating_sub(1);
            f.next_instr = pc;
            return Step::End;
        };
        pc = ins.next;
        let fast = fast_instruction(f, code, ins, &mut pc, interrupted);
        if let Fast::Next = fast {
            continue;
        }
        f.lasti = ins.index;
        f.next_instr = pc;
        return match fast {
            Fast::Next | Fast::Slow => Step::Slow(*ins),
            Fast::Flow(flow) => Step::Flow(flow),
            Fast::Drop(v) => Step::Drop(v),
        };
    }
}

/// Link `new`, the frame of a call made by `caller`, to it and return its code; or, when
/// `new`'s first instruction is RETURN_GENERATOR and no hook is set (`gen_start`), move it
/// past that instruction as if the loop had run it (f_lasti 0, the next instruction the one
/// after) and return `None`: the caller then makes the generator without pushing the frame.
/// (One borrow of the new frame for both.)
#[inline]
fn enter_call(new: &FrameRef, caller: &FrameRef, gen_start: bool) -> Option<Rc<PyCode>> {
    let mut f = new.borrow_mut();
    if gen_start && f.next_instr == 0 {
        if let Some(first) = f.code.instrs.first() {
            if first.op == Opcode::ReturnGenerator as u8 {
                let first = *first;
                f.lasti = first.index;
                f.next_instr = first.next;
                return None;
            }
        }
    }
    f.back = Some(caller.clone());
    Some(f.code.clone())
}

impl Vm {
    /// Run `frame` to completion (a call from Rust into Python).
    pub fn run_frame(&mut self, frame: FrameRef) -> PyResult<Value> {
        match self.run_frame_exit(frame)? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => Err(self.system_error("frame yielded outside a generator")),
        }
    }

    /// Run or resume `frame` until it returns or yields. This is an entry marker: frames the
    /// loop pushes on top of it are run here; the loop hands back when `frame` leaves.
    pub fn run_frame_exit(&mut self, frame: FrameRef) -> PyResult<Exit> {
        if self.frames.len() >= self.recursion_limit {
            return Err(self.new_error("RecursionError", "maximum recursion depth exceeded"));
        }
        self.enter_eval()?;
        let r = if self.tracer.is_some() || self.sys_trace.on {
            self.eval::<true>(frame)
        } else {
            self.eval::<false>(frame)
        };
        self.leave_eval();
        r
    }

    fn eval<const TRACE: bool>(&mut self, entry: FrameRef) -> PyResult<Exit> {
        entry.borrow_mut().back = self.frames.last().cloned();
        self.frames.push(entry.clone());
        let base = self.frames.len();
        if TRACE {
            self.trace_frame_push(&entry);
        }
        let mut frame = entry;
        let mut code: Rc<PyCode> = frame.borrow().code.clone();
        if let Some(mut e) = self.pending_throw.take() {
            // gen.throw(): raise at the suspended YIELD_VALUE (`resume_with_error`).
            if TRACE && self.sys_trace.on {
                e = self.trace_throw(&frame, e);
            }
            // `_PyErr_ChainStackItem`: a thrown exception takes as `__context__` only the
            // exception the generator itself is handling, never the resumer's.
            let outer = std::mem::replace(&mut self.exc_outer, Value::None);
            let r = self.unwind(&mut frame, &mut code, e, base, false);
            self.exc_outer = outer;
            r?;
        }
        self.eval_loop::<TRACE>(frame, code, base)
    }

    /// The loop of `eval`, over the frames from `base` up. `sys.settrace` / `sys.setprofile`
    /// switch a loop running without hooks to the TRACE variant (settrace.rs).
    fn eval_loop<const TRACE: bool>(
        &mut self,
        mut frame: FrameRef,
        mut code: Rc<PyCode>,
        base: usize,
    ) -> PyResult<Exit> {
        loop {
            if !TRACE && self.sys_trace.on {
                return self.eval_loop::<true>(frame, code, base);
            }
            if crate::generator::finalizers_pending() {
                // Generators dropped by the last instruction are closed now (generator.rs).
                self.run_pending_finalizers();
            }
            // For settrace's line events: the instruction the frame ran last, and the code
            // unit the next one starts at.
            let (prev, start) = if TRACE {
                let f = frame.borrow();
                (f.lasti as usize, f.next_instr as usize)
            } else {
                (0, 0)
            };
            let step = {
                let mut f = frame.borrow_mut();
                if TRACE {
                    match code.instrs.get(f.next_instr as usize) {
                        Some(&ins) => {
                            f.lasti = ins.index;
                            f.next_instr = ins.next;
                            Step::Slow(ins)
                        }
                        None => Step::End,
                    }
                } else {
                    run_fast(&mut f, &code, &self.interrupted)
                }
            };
            let result = match step {
                Step::Slow(ins) => {
                    if TRACE {
                        self.trace_instruction_start(&frame, &ins);
                        if self.sys_trace.on {
                            match self.trace_before(&frame, &ins, prev, start) {
                                Ok(false) => {}
                                // The trace function set f_lineno: go on from there.
                                Ok(true) => continue,
                                Err(e) => {
                                    self.unwind(&mut frame, &mut code, e, base, false)?;
                                    continue;
                                }
                            }
                        }
                    }
                    let result = self.dispatch(&frame, &ins);
                    if TRACE {
                        self.trace_instruction(&frame, &ins);
                    }
                    result
                }
                // A return or yield run by the fast path (never while a hook is set).
                Step::Flow(flow) => Ok(flow),
                Step::Drop(v) => {
                    drop(v);
                    continue;
                }
                Step::End => {
                    let e = self.system_error("instruction pointer ran off the end of co_code");
                    match self.unwind(&mut frame, &mut code, e, base, false) {
                        Ok(()) => continue,
                        Err(e) => return Err(e),
                    }
                }
            };
            match result {
                Ok(Flow::Next) => {}
                Ok(Flow::Jump(t)) => frame.borrow_mut().next_instr = t,
                Ok(Flow::Call(new)) => {
                    if self.frames.len() >= self.recursion_limit {
                        let e =
                            self.new_error("RecursionError", "maximum recursion depth exceeded");
                        self.unwind(&mut frame, &mut code, e, base, false)?;
                        continue;
                    }
                    // As CPython's DISPATCH_INLINED: the caller's f_lasti is the last code
                    // unit before its next instruction (the CALL's last CACHE entry).
                    {
                        let mut f = frame.borrow_mut();
                        f.lasti = f.next_instr.saturating_sub(1);
                    }
                    // A generator or coroutine function whose first instruction is
                    // RETURN_GENERATOR: the generator is made here, its frame never pushed
                    // (no hook can see the difference: the loop runs without them).
                    let Some(new_code) = enter_call(&new, &frame, !TRACE) else {
                        let gen = crate::generator::make_generator(self, &new);
                        push(&frame, gen);
                        continue;
                    };
                    self.frames.push(new.clone());
                    if TRACE {
                        self.trace_frame_push(&new);
                    }
                    frame = new;
                    code = new_code;
                }
                Ok(Flow::CallInit(new)) => {
                    if self.frames.len() >= self.recursion_limit {
                        drop(self.take_inline_init(self.frames.len() + 1));
                        let e =
                            self.new_error("RecursionError", "maximum recursion depth exceeded");
                        self.unwind(&mut frame, &mut code, e, base, false)?;
                        continue;
                    }
                    // The caller's f_lasti stays at its CALL, as when `type_call` ran
                    // `__init__` in a nested loop.
                    new.borrow_mut().back = Some(frame.clone());
                    self.frames.push(new.clone());
                    if TRACE {
                        self.trace_frame_push(&new);
                    }
                    frame = new;
                    code = frame.borrow().code.clone();
                }
                Ok(Flow::Resume(new)) => {
                    // The resumer's f_lasti stays at its FOR_ITER / SEND, as when the
                    // generator ran in a nested loop.
                    new.borrow_mut().back = Some(frame.clone());
                    self.frames.push(new.clone());
                    if TRACE {
                        self.trace_frame_push(&new);
                    }
                    frame = new;
                    code = frame.borrow().code.clone();
                }
                Ok(Flow::Return(v)) => {
                    if TRACE && self.sys_trace.on {
                        if let Err(e) = self.trace_return(&frame, &v) {
                            self.unwind(&mut frame, &mut code, e, base, false)?;
                            continue;
                        }
                    }
                    if TRACE {
                        self.trace_frame_pop(&frame, &v);
                    }
                    let depth = self.frames.len();
                    self.frames.pop();
                    if self.frames.len() < base {
                        return Ok(Exit::Return(v));
                    }
                    let init = self.take_inline_init(depth);
                    // An inline-resumed generator ends first: its generator then lets go of
                    // the frame, which `recycle` can keep for the next call.
                    let after = self.take_inline_gen(depth).map(|rec| {
                        let after = rec.after;
                        self.inline_gen_ended(rec);
                        after
                    });
                    let caller = self.frames.last().cloned().unwrap_or_else(|| frame.clone());
                    crate::frame::recycle(std::mem::replace(&mut frame, caller));
                    code = frame.borrow().code.clone();
                    if let Some(rec) = init {
                        if let Err(e) = calls::init_returned(self, &frame, rec, v) {
                            self.unwind(&mut frame, &mut code, e, base, false)?;
                        }
                        continue;
                    }
                    match after {
                        None => push(&frame, v),
                        Some(AfterGen::ForIter(target)) => {
                            let it = {
                                let mut f = frame.borrow_mut();
                                f.next_instr = target;
                                f.stack.pop()
                            };
                            drop(it);
                            drop(v);
                        }
                        Some(AfterGen::Send(target)) => {
                            let mut f = frame.borrow_mut();
                            f.stack.push(v);
                            f.next_instr = target;
                        }
                        Some(AfterGen::Call) => {
                            let e = self.stop_iteration(v);
                            self.unwind(&mut frame, &mut code, e, base, false)?;
                        }
                    }
                }
                Ok(Flow::ReturnGenerator) => {
                    let gen = crate::generator::make_generator(self, &frame);
                    if TRACE {
                        self.trace_frame_pop(&frame, &gen);
                    }
                    frame.borrow_mut().back = None;
                    self.frames.pop();
                    if self.frames.len() < base {
                        return Ok(Exit::Return(gen));
                    }
                    frame = self.frames.last().cloned().unwrap_or(frame);
                    code = frame.borrow().code.clone();
                    push(&frame, gen);
                }
                Ok(Flow::Yield(v)) => {
                    if TRACE && self.sys_trace.on {
                        if let Err(e) = self.trace_return(&frame, &v) {
                            self.unwind(&mut frame, &mut code, e, base, false)?;
                            continue;
                        }
                    }
                    if TRACE {
                        self.trace_frame_pop(&frame, &v);
                    }
                    let depth = self.frames.len();
                    self.frames.pop();
                    frame.borrow_mut().back = None;
                    if self.frames.len() < base {
                        return Ok(Exit::Yield(v));
                    }
                    if let Some(rec) = self.take_inline_gen(depth) {
                        // Back to the FOR_ITER / SEND that resumed it, with the value.
                        self.inline_gen_yielded(rec, frame);
                        frame = match self.frames.last() {
                            Some(f) => f.clone(),
                            None => return Err(self.system_error("inline generator lost")),
                        };
                        code = frame.borrow().code.clone();
                        push(&frame, v);
                        continue;
                    }
                    // A yield in a frame that is not the entry frame cannot happen otherwise:
                    // other generator frames are resumed behind their own entry marker.
                    let e = self.system_error("yield from a frame that is not a generator's");
                    frame = self.frames.last().cloned().unwrap_or(frame);
                    code = frame.borrow().code.clone();
                    self.unwind(&mut frame, &mut code, e, base, false)?;
                }
                Err(e) => {
                    let reraise = std::mem::take(&mut self.reraising);
                    self.unwind(&mut frame, &mut code, e, base, reraise)?;
                }
            }
        }
    }

    /// Exception unwinding: record the traceback entry, then find a handler in the exception
    /// table of this frame or of the frames below it (down to the entry frame).
    fn unwind(
        &mut self,
        frame: &mut FrameRef,
        code: &mut Rc<PyCode>,
        mut exc: Value,
        base: usize,
        reraise: bool,
    ) -> PyResult<()> {
        let mut add_tb = !reraise;
        if add_tb && crate::generator::finalizers_pending() {
            // What the failing instruction dropped is finalized while the frame is still
            // at it, as CPython's DECREF does, not from the handler's first instruction
            // (a coroutine's "never awaited" warning names that line).
            self.run_pending_finalizers();
        }
        loop {
            if add_tb {
                self.traceback_here(&exc, frame);
                if self.sys_trace.on {
                    exc = self.trace_raise(frame, exc);
                }
            } else if self.sys_trace.on {
                exc = self.trace_reraise(frame, exc);
            }
            add_tb = true;
            if self.tracer.is_some() {
                self.trace_exception(frame, &exc);
            }
            // The handler is found from the instruction that raised (next_instr - 1), not
            // from f_lasti, which RERAISE may have restored (as `exception_unwind` does).
            let (lasti, here) = {
                let f = frame.borrow();
                (f.lasti as usize, f.next_instr.saturating_sub(1) as usize)
            };
            if let Some(h) = code.handler_for(here) {
                if self.tracer.is_some() {
                    self.trace_exception_handled(frame, h.target);
                }
                if self.sys_trace.on {
                    exc = self.trace_handled(frame, exc, h.target);
                }
                let mut f = frame.borrow_mut();
                f.stack.truncate(h.depth);
                if h.lasti {
                    f.stack.push(Value::Int(lasti as i64));
                }
                f.stack.push(exc);
                f.next_instr = h.target as u32;
                return Ok(());
            }
            if self.sys_trace.on {
                exc = self.trace_unwind(frame, exc);
            }
            if self.tracer.is_some() {
                self.trace_frame_pop(frame, &Value::Null);
            }
            frame.borrow_mut().stack.clear();
            let depth = self.frames.len();
            self.frames.pop();
            if let Some(rec) = self.take_inline_gen(depth) {
                self.inline_gen_ended(rec);
            }
            drop(self.take_inline_init(depth));
            if self.frames.len() < base {
                return Err(exc);
            }
            *frame = match self.frames.last() {
                Some(f) => f.clone(),
                None => return Err(exc),
            };
            *code = frame.borrow().code.clone();
        }
    }

    /// `PyTraceBack_Here`: prepend an entry for `frame` to the exception's traceback, and
    /// set `__context__` to the exception being handled when the exception is fresh.
    pub fn traceback_here(&mut self, exc: &Value, frame: &FrameRef) {
        let Value::Instance(inst) = exc else { return };
        let Some(data) = inst.exc() else { return };
        let (lasti, lineno) = {
            let f = frame.borrow();
            (f.lasti as usize, f.lineno())
        };
        let mut d = data.borrow_mut();
        let topmost = if d.traceback.is_none() && d.context.is_none() {
            self.topmost_exc()
        } else {
            Value::None
        };
        if !topmost.is_none() && !topmost.is(exc) {
            // avoid creating a cycle in the context chain
            let ctx = topmost;
            let mut cur = ctx.clone();
            let mut cyc = false;
            for _ in 0..1000 {
                match &cur {
                    Value::Instance(ci) if ci.exc().is_some() => {
                        let next = ci
                            .exc()
                            .map(|c| c.borrow().context.clone())
                            .unwrap_or(Value::None);
                        if next.is(exc) {
                            cyc = true;
                            break;
                        }
                        cur = next;
                    }
                    _ => break,
                }
            }
            if !cyc {
                d.context = ctx;
            } else if let Value::Instance(ci) = &cur {
                if let Some(c) = ci.exc() {
                    c.borrow_mut().context = Value::None;
                }
                d.context = ctx;
            }
        }
        // Frames of what is C code in CPython add no entry (_pydive.hide_from_tracebacks).
        if crate::modules::pydive::hidden_code(&frame.borrow().code) {
            return;
        }
        let next = match &d.traceback {
            Value::Traceback(t) => Some(t.clone()),
            _ => None,
        };
        d.traceback = Value::Traceback(Rc::new(crate::objects::misc::Traceback {
            frame: frame.clone(),
            lasti: lasti * 2,
            lineno,
            next: std::cell::RefCell::new(next),
        }));
    }

    fn dispatch(&mut self, f: &FrameRef, ins: &Instr) -> PyResult<Flow> {
        let arg = ins.arg;
        let Some(op) = ins.opcode else {
            return Err(self.system_error(format!("unknown opcode {}", ins.op)));
        };
        use Opcode::*;
        match op {
            Nop | Resume | Cache | InstrumentedResume => Ok(Flow::Next),
            ExtendedArg => Ok(Flow::Next),
            // ---- stack shuffling ----
            PopTop => {
                pop(f);
                Ok(Flow::Next)
            }
            PushNull => {
                push(f, Value::Null);
                Ok(Flow::Next)
            }
            Copy => {
                let v = peek(f, arg as usize);
                push(f, v);
                Ok(Flow::Next)
            }
            Swap => {
                let mut fr = f.borrow_mut();
                let len = fr.stack.len();
                if arg as usize <= len && arg >= 1 {
                    fr.stack.swap(len - 1, len - arg as usize);
                }
                Ok(Flow::Next)
            }
            EndFor => {
                pop(f);
                pop(f);
                Ok(Flow::Next)
            }
            EndSend => {
                // (receiver, value -- value) under one borrow; the receiver (often a
                // finished coroutine) is dropped after it.
                let receiver = {
                    let mut fr = f.borrow_mut();
                    let v = fr.stack.pop().unwrap_or(Value::Null);
                    match fr.stack.last_mut() {
                        Some(slot) => std::mem::replace(slot, v),
                        None => v,
                    }
                };
                drop(receiver);
                Ok(Flow::Next)
            }
            // ---- loads and stores ----
            LoadConst => load_store::load_const(self, f, arg),
            LoadFast | LoadFastCheck => load_store::load_fast(self, f, arg, op == LoadFastCheck),
            LoadFastAndClear => load_store::load_fast_and_clear(self, f, arg),
            StoreFast => load_store::store_fast(self, f, arg),
            DeleteFast => load_store::delete_fast(self, f, arg),
            LoadName => load_store::load_name(self, f, arg),
            StoreName => load_store::store_name(self, f, arg),
            DeleteName => load_store::delete_name(self, f, arg),
            LoadGlobal => load_store::load_global(self, f, ins),
            StoreGlobal => load_store::store_global(self, f, arg),
            DeleteGlobal => load_store::delete_global(self, f, arg),
            LoadAttr => load_store::load_attr(self, f, ins),
            StoreAttr => load_store::store_attr(self, f, ins),
            DeleteAttr => load_store::delete_attr(self, f, arg),
            LoadSuperAttr => load_store::load_super_attr(self, f, arg),
            MakeCell => load_store::make_cell(self, f, arg),
            CopyFreeVars => load_store::copy_free_vars(self, f, arg),
            LoadClosure => load_store::load_closure(self, f, arg),
            LoadDeref => load_store::load_deref(self, f, arg),
            StoreDeref => load_store::store_deref(self, f, arg),
            DeleteDeref => load_store::delete_deref(self, f, arg),
            LoadFromDictOrDeref => load_store::load_from_dict_or_deref(self, f, arg),
            LoadFromDictOrGlobals => load_store::load_from_dict_or_globals(self, f, arg),
            LoadLocals => load_store::load_locals(self, f),
            LoadBuildClass => load_store::load_build_class(self, f),
            LoadAssertionError => {
                let t = self.exc_type("AssertionError");
                push(f, Value::Type(t));
                Ok(Flow::Next)
            }
            StoreSubscr => load_store::store_subscr(self, f),
            DeleteSubscr => load_store::delete_subscr(self, f),
            BinarySubscr => load_store::binary_subscr(self, f),
            BinarySlice => load_store::binary_slice(self, f),
            StoreSlice => load_store::store_slice(self, f),
            ImportName => load_store::import_name(self, f, arg),
            ImportFrom => load_store::import_from(self, f, arg),
            SetupAnnotations => load_store::setup_annotations(self, f),
            // ---- operators ----
            BinaryOp => binary::binary_op(self, f, arg),
            CompareOp => binary::compare_op(self, f, arg),
            IsOp => binary::is_op(self, f, arg),
            ContainsOp => binary::contains_op(self, f, arg),
            UnaryNegative => binary::unary(self, f, "__neg__"),
            UnaryInvert => binary::unary(self, f, "__invert__"),
            UnaryNot => {
                let v = pop(f);
                let b = self.truthy(&v)?;
                push(f, Value::Bool(!b));
                Ok(Flow::Next)
            }
            // ---- building ----
            BuildTuple => build::build_tuple(self, f, arg),
            BuildList => build::build_list(self, f, arg),
            BuildSet => build::build_set(self, f, arg),
            BuildMap => build::build_map(self, f, arg),
            BuildConstKeyMap => build::build_const_key_map(self, f, arg),
            BuildString => build::build_string(self, f, arg),
            BuildSlice => build::build_slice(self, f, arg),
            ListAppend => build::list_append(self, f, arg),
            ListExtend => build::list_extend(self, f, arg),
            SetAdd => build::set_add(self, f, arg),
            SetUpdate => build::set_update(self, f, arg),
            MapAdd => build::map_add(self, f, arg),
            DictUpdate => build::dict_update(self, f, arg),
            DictMerge => build::dict_merge(self, f, arg),
            FormatValue => build::format_value(self, f, arg),
            UnpackSequence => build::unpack_sequence(self, f, arg),
            UnpackEx => build::unpack_ex(self, f, arg),
            GetLen => build::get_len(self, f),
            MatchMapping => build::match_mapping(self, f),
            MatchSequence => build::match_sequence(self, f),
            MatchKeys => build::match_keys(self, f),
            MatchClass => build::match_class(self, f, arg),
            // ---- calls ----
            Call => calls::call(self, f, arg),
            KwNames => calls::kw_names(self, f, arg),
            CallFunctionEx => calls::call_function_ex(self, f, arg),
            MakeFunction => calls::make_function(self, f, arg),
            CallIntrinsic1 => calls::call_intrinsic_1(self, f, arg),
            CallIntrinsic2 => calls::call_intrinsic_2(self, f, arg),
            ReturnValue => Ok(Flow::Return(pop(f))),
            ReturnConst => {
                let v = f
                    .borrow()
                    .code
                    .consts
                    .get(arg as usize)
                    .cloned()
                    .unwrap_or(Value::None);
                Ok(Flow::Return(v))
            }
            // ---- control flow ----
            JumpForward => Ok(Flow::Jump(forward(ins, arg))),
            JumpBackward => {
                self.check_interrupt()?;
                Ok(Flow::Jump(backward(ins, arg)))
            }
            JumpBackwardNoInterrupt => Ok(Flow::Jump(backward(ins, arg))),
            PopJumpIfFalse | PopJumpIfTrue => {
                control::pop_jump_if_bool(self, f, ins, op == PopJumpIfTrue)
            }
            PopJumpIfNone | PopJumpIfNotNone => {
                let v = pop(f);
                if v.is_none() == (op == PopJumpIfNone) {
                    Ok(Flow::Jump(forward(ins, arg)))
                } else {
                    Ok(Flow::Next)
                }
            }
            GetIter => control::get_iter(self, f),
            ForIter => control::for_iter(self, f, ins),
            // ---- exceptions ----
            PushExcInfo => exceptions::push_exc_info(self, f),
            PopExcept => exceptions::pop_except(self, f),
            CheckExcMatch => exceptions::check_exc_match(self, f),
            CheckEgMatch => exceptions::check_eg_match(self, f),
            Reraise => exceptions::reraise(self, f, arg),
            RaiseVarargs => exceptions::raise_varargs(self, f, arg),
            BeforeWith => exceptions::before_with(self, f),
            WithExceptStart => exceptions::with_except_start(self, f),
            CleanupThrow => exceptions::cleanup_throw(self, f),
            // ---- generators and coroutines ----
            ReturnGenerator => Ok(Flow::ReturnGenerator),
            YieldValue => Ok(Flow::Yield(pop(f))),
            GetYieldFromIter => generators::get_yield_from_iter(self, f),
            Send => generators::send(self, f, ins),
            GetAwaitable => generators::get_awaitable(self, f, arg),
            GetAiter => generators::get_aiter(self, f),
            GetAnext => generators::get_anext(self, f),
            EndAsyncFor => generators::end_async_for(self, f),
            BeforeAsyncWith => generators::before_async_with(self, f),
            InterpreterExit => Ok(Flow::Return(pop(f))),
            _ => Err(self.not_implemented(&format!("the {} instruction", op.name()))),
        }
    }

    pub fn check_interrupt(&mut self) -> PyResult<()> {
        if self
            .interrupted
            .swap(false, std::sync::atomic::Ordering::Relaxed)
        {
            let t = self.exc_type("KeyboardInterrupt");
            return Err(self.new_exception(&t, vec![]));
        }
        // SIGINT from the OS (modules/signal.rs): run the Python-level handler.
        crate::modules::signal::run_pending(self)
    }
}
