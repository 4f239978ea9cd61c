//! Exception handling instructions: the handled-exception stack, matching, raising, `with`.

use super::{peek, pop, push, Flow};
use crate::frame::FrameRef;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// PUSH_EXC_INFO (exc -- prev_exc, exc): `exc` becomes the exception being handled.
pub fn push_exc_info(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let exc = pop(f);
    let prev = std::mem::replace(&mut vm.exc_info, exc.clone());
    push(f, prev);
    push(f, exc);
    Ok(Flow::Next)
}

/// POP_EXCEPT (prev_exc --): restore the exception handled before.
pub fn pop_except(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let prev = pop(f);
    vm.exc_info = if prev.is_null() { Value::None } else { prev };
    Ok(Flow::Next)
}

/// CHECK_EXC_MATCH (exc, type -- exc, isinstance(exc, type))
pub fn check_exc_match(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let ty = pop(f);
    let exc = peek(f, 1);
    check_catchable(vm, &ty)?;
    let r = vm.isinstance(&exc, &ty)?;
    push(f, Value::Bool(r));
    Ok(Flow::Next)
}

fn check_catchable(vm: &mut Vm, ty: &Value) -> PyResult<()> {
    let ok = match ty {
        Value::Type(t) => vm.is_exception_type(t),
        Value::Tuple(ts) => ts
            .iter()
            .all(|t| matches!(t, Value::Type(t) if vm.is_exception_type(t))),
        _ => false,
    };
    if !ok {
        return Err(
            vm.type_error("catching classes that do not inherit from BaseException is not allowed")
        );
    }
    Ok(())
}

/// CHECK_EG_MATCH (exc, type -- rest, match): `except*`.
pub fn check_eg_match(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let ty = pop(f);
    let exc = pop(f);
    check_catchable(vm, &ty)?;
    let (rest, matched) = crate::objects::exceptions::exception_group_match(vm, &exc, &ty)?;
    push(f, rest);
    if !matched.is_none() {
        vm.exc_info = matched.clone();
    }
    push(f, matched);
    Ok(Flow::Next)
}

/// RERAISE (values[oparg], exc --): raise `exc` again; with oparg, restore f_lasti first so
/// the traceback points where the exception first passed.
pub fn reraise(vm: &mut Vm, f: &FrameRef, oparg: u32) -> PyResult<Flow> {
    let exc = pop(f);
    if oparg != 0 {
        if let Value::Int(lasti) = peek(f, oparg as usize) {
            f.borrow_mut().lasti = lasti as u32;
        }
    }
    vm.reraising = true;
    Err(exc)
}

/// RAISE_VARARGS (args[oparg] --): `raise`, `raise exc`, `raise exc from cause`.
pub fn raise_varargs(vm: &mut Vm, f: &FrameRef, oparg: u32) -> PyResult<Flow> {
    match oparg {
        0 => {
            let e = vm.topmost_exc();
            if e.is_none() {
                return Err(vm.new_error("RuntimeError", "No active exception to reraise"));
            }
            vm.reraising = true;
            Err(e)
        }
        1 => {
            let e = pop(f);
            Err(vm.make_raisable(e, None)?)
        }
        _ => {
            let cause = pop(f);
            let e = pop(f);
            Err(vm.make_raisable(e, Some(cause))?)
        }
    }
}

impl Vm {
    /// `raise X [from Y]`: instantiate a class, check it is an exception, set `__cause__`.
    pub fn make_raisable(&mut self, e: Value, cause: Option<Value>) -> PyResult<Value> {
        let exc = match &e {
            Value::Type(t) if self.is_exception_type(t) => {
                let v = self.call(&e, vec![])?;
                if !self.is_exception_instance(&v) {
                    // do_raise names the result's type by its repr (%R)
                    let tr = crate::objects::str::type_repr(&self.type_of(&v));
                    return Err(self.type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {tr}",
                        crate::objects::str::type_repr(t)
                    )));
                }
                v
            }
            v if self.is_exception_instance(v) => e.clone(),
            _ => return Err(self.type_error("exceptions must derive from BaseException")),
        };
        if let Some(c) = cause {
            let c = match &c {
                Value::None => Value::None,
                Value::Type(t) if self.is_exception_type(t) => self.call(&c, vec![])?,
                v if self.is_exception_instance(v) => c.clone(),
                _ => return Err(self.type_error("exception causes must derive from BaseException")),
            };
            if let Value::Instance(i) = &exc {
                if let Some(d) = i.exc() {
                    let mut d = d.borrow_mut();
                    d.cause = c;
                    d.suppress_context = true;
                }
            }
        }
        Ok(exc)
    }
}

/// BEFORE_WITH (mgr -- exit, enter_result)
pub fn before_with(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let mgr = pop(f);
    let enter = vm.lookup_special(&mgr, "__enter__")?;
    let exit = vm.lookup_special(&mgr, "__exit__")?;
    let (Some(enter), Some(exit)) = (enter.clone(), exit) else {
        let tn = vm.type_name(&mgr);
        // 3.12's message names a missing __exit__ when __enter__ is there.
        let missed = if enter.is_some() {
            " (missed __exit__ method)"
        } else {
            ""
        };
        return Err(vm.type_error(format!(
            "'{tn}' object does not support the context manager protocol{missed}"
        )));
    };
    push(f, exit);
    let r = vm.call(&enter, vec![])?;
    push(f, r);
    Ok(Flow::Next)
}

/// WITH_EXCEPT_START (exit, lasti, prev_exc, val -- exit, lasti, prev_exc, val, res)
pub fn with_except_start(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let val = peek(f, 1);
    let exit = peek(f, 4);
    let tp = Value::Type(vm.type_of(&val));
    let tb = crate::objects::exceptions::get_traceback(&val);
    let r = vm.call(&exit, vec![tp, val, tb])?;
    push(f, r);
    Ok(Flow::Next)
}

/// CLEANUP_THROW (sub_iter, last_sent_val, exc -- None, value): a StopIteration thrown out
/// of a delegated `throw()` ends the `yield from` with its value.
pub fn cleanup_throw(vm: &mut Vm, f: &FrameRef) -> PyResult<Flow> {
    let exc = pop(f);
    pop(f);
    pop(f);
    if vm.err_is(&exc, "StopIteration") {
        let v = crate::objects::exceptions::stop_iteration_value(&exc);
        push(f, Value::None);
        push(f, v);
        Ok(Flow::Next)
    } else {
        vm.reraising = true;
        Err(exc)
    }
}
