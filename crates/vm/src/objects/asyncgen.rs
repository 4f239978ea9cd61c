//! Async generator protocol: `__anext__`/`asend`/`athrow` awaitables.
//!
//! An `asend(v)` awaitable drives the async generator's frame: values the frame yields that
//! were wrapped by INTRINSIC_ASYNC_GEN_WRAP are the async generator's own yields (they end
//! the awaitable with StopIteration(value)); anything else is an awaited value passed up
//! to the event loop.

use std::rc::Rc;

use crate::generator::GenResult;
use crate::objects::generator::{GenKind, Generator};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// GET_ANEXT: the awaitable for the next item.
pub fn anext_awaitable(vm: &mut Vm, it: &Value) -> PyResult<Value> {
    match it {
        Value::Generator(g) if g.kind == GenKind::AsyncGenerator => {
            crate::generator::new_asend(vm, g, Value::None)
        }
        _ => {
            let Some(m) = vm.lookup_special(it, "__anext__")? else {
                let tn = vm.type_name(it);
                return Err(vm.type_error(format!(
                    "'async for' requires an iterator with __anext__ method, got {tn}"
                )));
            };
            let aw = vm.call(&m, vec![])?;
            match vm.get_awaitable_iter(&aw) {
                Ok(x) => Ok(x),
                Err(_) => {
                    let tn = vm.type_name(&aw);
                    Err(vm.type_error(format!(
                        "'async for' received an invalid object from __anext__: {tn}"
                    )))
                }
            }
        }
    }
}

/// The awaitable object of `asend(v)` / `athrow(exc)`: a native iterator whose `send`
/// resumes the async generator. Represented as a builtin-iterator instance.
pub fn make_asend(vm: &mut Vm, g: &Rc<Generator>, value: Value, exc: Option<Value>) -> Value {
    crate::objects::asyncgen_awaitable::new(vm, g.clone(), value, exc)
}

/// One step of an asend/athrow awaitable: `Ok(Yield)` passes an awaited value up;
/// `Ok(Return(v))` means the async generator yielded `v` (the awaitable is done).
pub fn step(
    vm: &mut Vm,
    g: &Rc<Generator>,
    value: Value,
    exc: Option<Value>,
) -> PyResult<GenResult> {
    let r = match exc {
        Some(e) => vm.gen_throw(g, e)?,
        None => vm.gen_send(g, value)?,
    };
    match r {
        GenResult::Yield(v) => match crate::generator::unwrap_async_value(&v) {
            Some(inner) => Ok(GenResult::Return(inner)),
            None => Ok(GenResult::Yield(v)),
        },
        GenResult::Return(_) => {
            let t = vm.exc_type("StopAsyncIteration");
            Err(vm.new_exception(&t, vec![]))
        }
    }
}
