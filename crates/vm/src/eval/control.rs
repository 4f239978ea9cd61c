//! Control flow: conditional jumps and the `for` loop.

use super::{forward, pop, push, top, Flow, Instr};
use crate::frame::FrameRef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// POP_JUMP_IF_TRUE / POP_JUMP_IF_FALSE (cond --)
pub fn pop_jump_if_bool(vm: &mut Vm, f: &FrameRef, ins: &Instr, when: bool) -> PyResult<Flow> {
    let v = pop(f);
    let b = match v {
        Value::Bool(b) => b,
        other => vm.truthy(&other)?,
    };
    if b == when {
        Ok(Flow::Jump(forward(ins, ins.arg)))
    } else {
        Ok(Flow::Next)
    }
}

/// GET_ITER (iterable -- iter(iterable))
pub fn get_iter(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let v = pop(f);
    let it = vm.iter(&v)?;
    push(f, it);
    Ok(Flow::Next)
}

/// FOR_ITER (iter -- iter, next): when exhausted, pop the iterator and jump past END_FOR.
pub fn for_iter(vm: &mut Vm, f: &FrameRef, ins: &Instr) -> PyResult<Flow> {
    let it = top(f);
    if let Value::Generator(g) = &it {
        // Resumed inside this loop (no nested one); exhaustion is handled when it returns.
        let after = crate::generator::AfterGen::ForIter(forward(ins, ins.arg) + 1);
        if let Ok(frame) = vm.gen_resume_inline(g, Value::None, after) {
            // CPython runs the first one through tp_iternext (f_lasti at FOR_ITER); its
            // warm-up then makes the instruction FOR_ITER_GEN, which leaves f_lasti at the
            // CACHE unit. (Other iterators' runs are not counted: a FOR_ITER that saw a list
            // first is already FOR_ITER_GEN at its first generator in CPython.)
            use super::cache::Slot;
            let code = f.borrow().code.clone();
            if matches!(code.caches.get(ins.cache), Slot::ForIterGen) {
                f.borrow_mut().lasti = ins.index + 1;
            } else {
                code.caches.set(ins.cache, Slot::ForIterGen);
            }
            return Ok(Flow::Resume(frame));
        }
    }
    let next = if vm.sys_trace.on {
        crate::settrace::for_iter_next(vm, f, &it)?
    } else {
        crate::objects::iterators::next(vm, &it)?
    };
    match next {
        Some(v) => {
            push(f, v);
            Ok(Flow::Next)
        }
        None => {
            pop(f);
            Ok(Flow::Jump(forward(ins, ins.arg) + 1))
        }
    }
}
