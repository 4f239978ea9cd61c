//! The `async_generator_asend` / `async_generator_athrow` awaitables.

use std::cell::RefCell;
use std::rc::Rc;

use crate::generator::GenResult;
use crate::objects::function::Args;
use crate::objects::generator::Generator;
use crate::objects::typeobj::{Layout, Type};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

thread_local! {
    static ASEND: Rc<Type> = Type::new_builtin("async_generator_asend", None, Layout::Object);
}

struct State {
    gen: Rc<Generator>,
    first: Option<(Value, Option<Value>)>,
    done: bool,
}

thread_local! {
    static STATES: RefCell<Vec<Option<State>>> = const { RefCell::new(Vec::new()) };
}

pub fn new(vm: &mut Vm, g: Rc<Generator>, value: Value, exc: Option<Value>) -> Value {
    let ty = ASEND.with(|t| t.clone());
    if ty.dict.borrow().is_empty() {
        vm.add_method(&ty, "send", asend_send);
        vm.add_method(&ty, "throw", asend_throw);
        vm.add_method(&ty, "close", asend_close);
        vm.add_method(&ty, "__next__", asend_next);
        vm.add_method(&ty, "__iter__", asend_iter);
        vm.add_method(&ty, "__await__", asend_iter);
    }
    let id = STATES.with(|s| {
        let mut s = s.borrow_mut();
        s.push(Some(State {
            gen: g,
            first: Some((value, exc)),
            done: false,
        }));
        s.len() - 1
    });
    Value::Instance(Rc::new(crate::objects::instance::Instance::new(
        ty,
        None,
        Vec::new(),
        Some(Value::Int(id as i64)),
        None,
    )))
}

fn state_id(v: &Value) -> usize {
    match crate::ops::unwrap_base(v) {
        Some(Value::Int(i)) => i as usize,
        _ => usize::MAX,
    }
}

fn run(vm: &mut Vm, this: &Value, value: Value, exc: Option<Value>) -> PyResult<Value> {
    let id = state_id(this);
    let (gen, first, done) = STATES.with(|s| {
        let mut s = s.borrow_mut();
        match s.get_mut(id).and_then(|x| x.as_mut()) {
            Some(st) => (Some(st.gen.clone()), st.first.take(), st.done),
            None => (None, None, true),
        }
    });
    let Some(gen) = gen else {
        return Err(vm.stop_iteration(Value::None));
    };
    if done {
        return Err(vm.new_error(
            "RuntimeError",
            "cannot reuse already awaited __anext__()/asend()",
        ));
    }
    let (v, e) = match (first, exc) {
        (_, Some(e)) => (Value::None, Some(e)),
        (Some((v0, e0)), None) => (if value.is_none() { v0 } else { value }, e0),
        (None, None) => (value, None),
    };
    let r = crate::objects::asyncgen::step(vm, &gen, v, e);
    match r {
        Ok(GenResult::Yield(x)) => Ok(x),
        Ok(GenResult::Return(x)) => {
            finish(id);
            Err(vm.stop_iteration(x))
        }
        Err(e) => {
            finish(id);
            Err(e)
        }
    }
}

fn finish(id: usize) {
    STATES.with(|s| {
        if let Some(Some(st)) = s.borrow_mut().get_mut(id) {
            st.done = true;
        }
    });
}

fn asend_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    run(vm, &a.pos[0], v, None)
}
fn asend_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    run(vm, &a.pos[0], Value::None, None)
}
fn asend_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let e = a.pos.get(1).cloned().unwrap_or(Value::None);
    let e = vm.make_raisable(e, None)?;
    run(vm, &a.pos[0], Value::None, Some(e))
}
fn asend_close(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    finish(state_id(&a.pos[0]));
    Ok(Value::None)
}
fn asend_iter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos[0].clone())
}
