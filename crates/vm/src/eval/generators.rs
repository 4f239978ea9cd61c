//! Generator and coroutine instructions: SEND, GET_AWAITABLE, GET_YIELD_FROM_ITER, the async
//! iteration protocol. YIELD_VALUE and RETURN_GENERATOR are handled by the loop itself.

use super::{forward, peek, pop, push, Flow, Instr};
use crate::frame::FrameRef;
use crate::generator::GenResult;
use crate::objects::generator::{GenKind, GenState};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// GET_YIELD_FROM_ITER (iterable -- iter)
pub fn get_yield_from_iter(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let v = pop(f);
    let it = match &v {
        Value::Generator(g) if g.kind == GenKind::Coroutine => {
            let flags = f.borrow().code.co.flags;
            let ok = flags
                & (pydive_bytecode::code::co_flags::COROUTINE
                    | pydive_bytecode::code::co_flags::ITERABLE_COROUTINE)
                != 0;
            if !ok {
                return Err(vm.type_error(
                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                ));
            }
            v.clone()
        }
        Value::Generator(_) => v.clone(),
        _ => vm.iter(&v)?,
    };
    push(f, it);
    Ok(Flow::Next)
}

/// SEND (receiver, v -- receiver, retval): on StopIteration jump by oparg to END_SEND.
pub fn send(vm: &mut Vm, f: &FrameRef, ins: &Instr) -> PyResult<Flow> {
    let (v, receiver) = {
        let mut fr = f.borrow_mut();
        let v = fr.stack.pop().unwrap_or(Value::Null);
        (v, fr.stack.last().cloned().unwrap_or(Value::Null))
    };
    let r = match &receiver {
        Value::Generator(g) if g.kind != GenKind::AsyncGenerator => {
            // CPython's SEND runs a generator or coroutine that is not executing in the same
            // loop, past its CACHE entry (DISPATCH_INLINED): the caller's f_lasti, read while
            // the callee runs, is that CACHE unit.
            if matches!(
                &*g.state.borrow(),
                GenState::Created(_) | GenState::Suspended(_)
            ) {
                f.borrow_mut().lasti = ins.index + 1;
            }
            // Resumed inside this loop when it can be (`yield from` / `await` without a
            // nested loop); the return value is pushed when the generator returns.
            let after = crate::generator::AfterGen::Send(forward(ins, ins.arg));
            let v = match vm.gen_resume_inline(g, v, after) {
                Ok(frame) => return Ok(Flow::Resume(frame)),
                Err(v) => v,
            };
            match vm.gen_send(g, v)? {
                GenResult::Yield(x) => Ok(x),
                GenResult::Return(x) => {
                    push(f, x);
                    return Ok(Flow::Jump(forward(ins, ins.arg)));
                }
            }
        }
        // `await future`: the native FutureIter's send, its return value passed on without a
        // StopIteration (made only for a trace function or sys.monitoring to see, as
        // SEND's `monitor_raise` of the one CPython's `tp_iternext` makes).
        Value::Instance(_) if v.is_none() => {
            match crate::modules::asyncio_native::future_iter_send(vm, &receiver) {
                Some(Ok(GenResult::Yield(x))) => Ok(x),
                Some(Ok(GenResult::Return(x))) => {
                    let x = if vm.sys_trace.on {
                        let e = vm.stop_iteration(x);
                        let raised = vm.trace_raise(f, e.clone());
                        if !raised.is(&e) {
                            return Err(raised);
                        }
                        crate::objects::exceptions::stop_iteration_value(&e)
                    } else {
                        x
                    };
                    push(f, x);
                    return Ok(Flow::Jump(forward(ins, ins.arg)));
                }
                Some(Err(e)) => Err(e),
                None => return send_other(vm, f, ins, receiver, v),
            }
        }
        _ => return send_other(vm, f, ins, receiver, v),
    };
    push(f, r?);
    Ok(Flow::Next)
}

/// SEND to a receiver that is not a generator, coroutine or FutureIter: `__next__` or
/// `send(v)`; its StopIteration ends the delegation.
fn send_other(vm: &mut Vm, f: &FrameRef, ins: &Instr, receiver: Value, v: Value) -> PyResult<Flow> {
    let r = if v.is_none() && !matches!(receiver, Value::Instance(_)) {
        match vm.next(&receiver)? {
            Some(x) => x,
            None => {
                push(f, Value::None);
                return Ok(Flow::Jump(forward(ins, ins.arg)));
            }
        }
    } else {
        let m = if v.is_none() {
            vm.lookup_special(&receiver, "__next__")?
        } else {
            None
        };
        let res = match m {
            Some(m) => vm.call(&m, vec![]),
            None => vm.call_method(&receiver, "send", vec![v]),
        };
        match res {
            Ok(x) => x,
            Err(e) if vm.err_is(&e, "StopIteration") => {
                // An iterator's StopIteration (a class's send) is an 'exception' event in
                // this frame: SEND's monitor_raise.
                let raised = vm.trace_raise(f, e.clone());
                if !raised.is(&e) {
                    return Err(raised);
                }
                let val = crate::objects::exceptions::stop_iteration_value(&e);
                push(f, val);
                return Ok(Flow::Jump(forward(ins, ins.arg)));
            }
            Err(e) => return Err(e),
        }
    };
    push(f, r);
    Ok(Flow::Next)
}

/// GET_AWAITABLE (iterable -- iter): the awaitable's iterator (`_PyCoro_GetAwaitableIter`).
pub fn get_awaitable(vm: &mut Vm, f: &FrameRef, where_: u32) -> PyResult<Flow> {
    // A coroutine not suspended in an await of its own (`_PyGen_yf` is NULL), or a
    // `types.coroutine` generator, is its own iterator: it stays where it is.
    if let Some(Value::Generator(g)) = f.borrow().stack.last() {
        let own = match g.kind {
            GenKind::Coroutine => !matches!(&*g.state.borrow(), GenState::Suspended(_)),
            GenKind::Generator => {
                g.code.co.flags & pydive_bytecode::code::co_flags::ITERABLE_COROUTINE != 0
            }
            GenKind::AsyncGenerator => false,
        };
        if own {
            return Ok(Flow::Next);
        }
    }
    let v = pop(f);
    match vm.get_awaitable_iter(&v) {
        Ok(it) => {
            if let Value::Generator(g) = &it {
                if g.kind == GenKind::Coroutine && vm.gen_yieldfrom(g).is_some() {
                    return Err(vm.new_error("RuntimeError", "coroutine is being awaited already"));
                }
            }
            push(f, it);
            Ok(Flow::Next)
        }
        Err(e) => {
            if (where_ == 1 || where_ == 2)
                && vm.err_is(&e, "TypeError")
                && vm.lookup_special(&v, "__await__")?.is_none()
            {
                let tn = vm.type_name(&v);
                let which = if where_ == 1 {
                    "__aenter__"
                } else {
                    "__aexit__"
                };
                return Err(vm.type_error(format!(
                        "'async with' received an object from {which} that does not implement __await__: {tn}"
                    )));
            }
            Err(e)
        }
    }
}

impl Vm {
    pub fn get_awaitable_iter(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Generator(g) if g.kind == GenKind::Coroutine => return Ok(v.clone()),
            // `gen_is_coroutine`: gi_code's flags (a finished generator too).
            Value::Generator(g)
                if g.kind == GenKind::Generator
                    && g.code.co.flags & pydive_bytecode::code::co_flags::ITERABLE_COROUTINE
                        != 0 =>
            {
                return Ok(v.clone())
            }
            _ => {}
        }
        if let Some(it) = crate::modules::asyncio_native::future_await_iter(self, v) {
            return Ok(it);
        }
        let Some(aw) = self.lookup_special(v, "__await__")? else {
            let tn = self.type_name(v);
            return Err(self.type_error(format!("object {tn} can't be used in 'await' expression")));
        };
        let it = self.call(&aw, vec![])?;
        match &it {
            Value::Generator(g) if g.kind == GenKind::Coroutine => {
                Err(self.type_error("__await__() returned a coroutine"))
            }
            Value::Generator(_) | Value::Iter(_) => Ok(it),
            _ => {
                if self.lookup_special(&it, "__next__")?.is_none() {
                    let tn = self.type_name(&it);
                    return Err(self
                        .type_error(format!("__await__() returned non-iterator of type '{tn}'")));
                }
                Ok(it)
            }
        }
    }
}

/// GET_AITER (obj -- obj.__aiter__())
pub fn get_aiter(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let v = pop(f);
    let it = match &v {
        Value::Generator(g) if g.kind == GenKind::AsyncGenerator => v.clone(),
        _ => {
            let Some(m) = vm.lookup_special(&v, "__aiter__")? else {
                let tn = vm.type_name(&v);
                return Err(vm.type_error(format!(
                    "'async for' requires an object with __aiter__ method, got {tn}"
                )));
            };
            let it = vm.call(&m, vec![])?;
            let is_agen = matches!(&it, Value::Generator(g) if g.kind == GenKind::AsyncGenerator);
            if !is_agen && vm.lookup_special(&it, "__anext__")?.is_none() {
                let tn = vm.type_name(&it);
                return Err(vm.type_error(format!(
                    "'async for' received an object from __aiter__ that does not implement __anext__: {tn}"
                )));
            }
            it
        }
    };
    push(f, it);
    Ok(Flow::Next)
}

/// GET_ANEXT (aiter -- aiter, awaitable)
pub fn get_anext(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let it = peek(f, 1);
    let aw = crate::objects::asyncgen::anext_awaitable(vm, &it)?;
    push(f, aw);
    Ok(Flow::Next)
}

/// END_ASYNC_FOR (aiter, exc --): StopAsyncIteration ends the loop; anything else re-raises.
pub fn end_async_for(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let exc = pop(f);
    pop(f);
    if vm.err_is(&exc, "StopAsyncIteration") {
        Ok(Flow::Next)
    } else {
        vm.reraising = true;
        Err(exc)
    }
}

/// BEFORE_ASYNC_WITH (mgr -- aexit, aenter())
pub fn before_async_with(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let mgr = pop(f);
    let enter = vm.lookup_special(&mgr, "__aenter__")?;
    let exit = vm.lookup_special(&mgr, "__aexit__")?;
    let (Some(enter), Some(exit)) = (enter.clone(), exit) else {
        let tn = vm.type_name(&mgr);
        let missed = if enter.is_some() {
            " (missed __aexit__ method)"
        } else {
            ""
        };
        return Err(vm.type_error(format!(
            "'{tn}' object does not support the asynchronous context manager protocol{missed}"
        )));
    };
    push(f, exit);
    let r = vm.call(&enter, vec![])?;
    push(f, r);
    Ok(Flow::Next)
}
