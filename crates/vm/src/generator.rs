//! Running generators and coroutines: `send`, `throw`, `close`, made by RETURN_GENERATOR.
//!
//! `send(v)` pushes `v` onto the suspended frame's value stack and resumes the evaluation loop
//! at the instruction after the YIELD_VALUE (an entry marker: the loop hands back when the
//! frame yields or returns). `yield from` / `await` are the SEND loops of the bytecode.

use std::cell::RefCell;
use std::rc::Rc;

use pydive_bytecode::code::co_flags;

use crate::eval::Exit;
use crate::frame::FrameRef;
use crate::objects::generator::{GenKind, GenState, Generator};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// How a resumption ended.
pub enum GenResult {
    Yield(Value),
    Return(Value),
}

/// RETURN_GENERATOR: wrap the running frame in a generator, coroutine or async generator.
pub fn make_generator(vm: &mut Vm, frame: &FrameRef) -> Value {
    let (flags, name, qualname, code) = {
        let f = frame.borrow();
        let co = &f.code;
        let qualname: Rc<str> = match &f.func {
            Some(Value::Function(func)) => func.qualname.borrow().clone(),
            _ => Rc::from(&*co.co.qualname),
        };
        let name: Rc<str> = match &f.func {
            Some(Value::Function(func)) => func.name.borrow().clone(),
            _ => Rc::from(&*co.co.name),
        };
        (co.co.flags, name, qualname, Value::Code(co.clone()))
    };
    let kind = if flags & co_flags::COROUTINE != 0 {
        GenKind::Coroutine
    } else if flags & co_flags::ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else {
        GenKind::Generator
    };
    let _ = vm;
    let g = Rc::new(Generator {
        kind,
        state: RefCell::new(GenState::Created(frame.clone())),
        name: RefCell::new(name),
        qualname: RefCell::new(qualname),
        code,
        exc_state: RefCell::new(Value::None),
        awaited: RefCell::new(false),
        ag_running: RefCell::new(false),
        finalizer: RefCell::new(Value::None),
    });
    frame.borrow_mut().generator = Some(Rc::downgrade(&g));
    Value::Generator(g)
}

/// INTRINSIC_ASYNC_GEN_WRAP: values yielded by an async generator are wrapped so `SEND`
/// loops in `asend()` can tell them from awaited values. We mark them with a 1-tuple in a
/// private wrapper type.
pub fn async_gen_wrap(v: Value) -> Value {
    Value::Instance(Rc::new(crate::objects::instance::Instance {
        class: RefCell::new(ASYNC_WRAPPED.with(|t| t.clone())),
        dict: None,
        slots: RefCell::new(Vec::new()),
        base: RefCell::new(Some(v)),
        exc: None,
    }))
}

thread_local! {
    /// The private type of wrapped async-generator values.
    pub static ASYNC_WRAPPED: Rc<crate::objects::typeobj::Type> =
        crate::objects::typeobj::Type::new_builtin("_async_gen_wrapped_value", None, crate::objects::typeobj::Layout::Builtin);
}

pub fn unwrap_async_value(v: &Value) -> Option<Value> {
    if let Value::Instance(i) = v {
        let is = ASYNC_WRAPPED.with(|t| Rc::ptr_eq(t, &i.class()));
        if is {
            return i.base.borrow().clone();
        }
    }
    None
}

impl Vm {
    /// `gen.send(value)`.
    pub fn gen_send(&mut self, g: &Rc<Generator>, value: Value) -> PyResult<GenResult> {
        self.gen_resume(g, value, None)
    }

    /// Resume `g`, either sending `value` or raising `exc` at the suspension point.
    pub fn gen_resume(
        &mut self,
        g: &Rc<Generator>,
        value: Value,
        exc: Option<Value>,
    ) -> PyResult<GenResult> {
        let frame = {
            let st = g.state.borrow();
            match &*st {
                GenState::Created(f) => {
                    if exc.is_none() && !value.is_none() {
                        drop(st);
                        let what = if g.kind == GenKind::Coroutine {
                            "coroutine"
                        } else {
                            "generator"
                        };
                        return Err(self.type_error(format!(
                            "can't send non-None value to a just-started {what}"
                        )));
                    }
                    f.clone()
                }
                GenState::Suspended(f) => f.clone(),
                GenState::Running(_) => {
                    drop(st);
                    let what = match g.kind {
                        GenKind::Coroutine => "coroutine",
                        GenKind::AsyncGenerator => "async generator",
                        GenKind::Generator => "generator",
                    };
                    return Err(self.value_error(format!("{what} already executing")));
                }
                GenState::Finished => {
                    drop(st);
                    if let Some(e) = exc {
                        return Err(e);
                    }
                    return match g.kind {
                        GenKind::Coroutine => Err(self
                            .new_error("RuntimeError", "cannot reuse already awaited coroutine")),
                        GenKind::AsyncGenerator => {
                            let t = self.exc_type("StopAsyncIteration");
                            Err(self.new_exception(&t, vec![]))
                        }
                        GenKind::Generator => Ok(GenResult::Return(Value::None)),
                    };
                }
            }
        };
        let was_created = matches!(&*g.state.borrow(), GenState::Created(_));
        *g.state.borrow_mut() = GenState::Running(frame.clone());
        // The generator's handled exception becomes the thread's while it runs.
        let saved_exc = std::mem::replace(&mut self.exc_info, g.exc_state.borrow().clone());
        let result = match exc {
            None => {
                frame.borrow_mut().stack.push(value);
                self.run_frame_exit(frame.clone())
            }
            Some(e) => {
                if was_created {
                    // Throwing into a just-created generator: it never runs its body.
                    Err(e)
                } else {
                    self.throw_into_frame(&frame, e)
                }
            }
        };
        *g.exc_state.borrow_mut() = std::mem::replace(&mut self.exc_info, saved_exc);
        match result {
            Ok(Exit::Yield(v)) => {
                *g.state.borrow_mut() = GenState::Suspended(frame);
                Ok(GenResult::Yield(v))
            }
            Ok(Exit::Return(v)) => {
                *g.state.borrow_mut() = GenState::Finished;
                *g.exc_state.borrow_mut() = Value::None;
                if g.kind == GenKind::AsyncGenerator {
                    let t = self.exc_type("StopAsyncIteration");
                    return Err(self.new_exception(&t, vec![]));
                }
                Ok(GenResult::Return(v))
            }
            Err(e) => {
                *g.state.borrow_mut() = GenState::Finished;
                *g.exc_state.borrow_mut() = Value::None;
                Err(e)
            }
        }
    }

    /// Raise `exc` inside a suspended frame (at its YIELD_VALUE), then run on: the frame's
    /// exception table decides whether it is handled there.
    fn throw_into_frame(&mut self, frame: &FrameRef, exc: Value) -> PyResult<Exit> {
        // The frame is resumed with an exception pending: we push it where the handler of
        // the yield's position expects it, by running the unwind through a tiny trampoline:
        // mark the frame to raise on resume.
        frame.borrow_mut().stack.push(Value::None);
        self.pending_throw = Some(exc);
        self.run_frame_exit(frame.clone())
    }

    /// `gen.throw(exc)`: with delegation to a sub-iterator (`yield from`/`await`) first.
    pub fn gen_throw(&mut self, g: &Rc<Generator>, exc: Value) -> PyResult<GenResult> {
        // Delegate to the awaited/yielded-from iterator if the frame is suspended in a SEND.
        if let Some(sub) = self.gen_yieldfrom(g) {
            let is_exit = self.err_is(&exc, "GeneratorExit");
            if is_exit {
                // close() the sub-iterator, then raise GeneratorExit here.
                let r = match &sub {
                    Value::Generator(sg) => {
                        let sg = sg.clone();
                        self.gen_close(&sg).map(|_| ())
                    }
                    other => match self.lookup_special(other, "close")? {
                        Some(c) => self.call(&c, vec![]).map(|_| ()),
                        None => Ok(()),
                    },
                };
                if let Err(e) = r {
                    return self.gen_resume(g, Value::None, Some(e));
                }
                return self.gen_resume(g, Value::None, Some(exc));
            }
            let r = match &sub {
                Value::Generator(sg) => {
                    let sg = sg.clone();
                    match self.gen_throw(&sg, exc) {
                        Ok(GenResult::Yield(v)) => return Ok(GenResult::Yield(v)),
                        Ok(GenResult::Return(v)) => Ok(v),
                        Err(e) => Err(e),
                    }
                }
                other => match self.lookup_special(other, "throw")? {
                    Some(t) => match self.call(&t, vec![exc.clone()]) {
                        Ok(v) => return Ok(GenResult::Yield(v)),
                        Err(e) => Err(e),
                    },
                    None => return self.gen_resume(g, Value::None, Some(exc)),
                },
            };
            return match r {
                // The sub-iterator finished: resume our frame with its value (SEND's target).
                Ok(v) => {
                    let f = g.frame();
                    if let Some(f) = f {
                        // Pop the sent value slot left by YIELD_VALUE resumption: resume as
                        // if the SEND had seen StopIteration(v).
                        let stop = self.stop_iteration(v);
                        let _ = f;
                        self.gen_resume(g, Value::None, Some(stop))
                    } else {
                        Ok(GenResult::Return(Value::None))
                    }
                }
                Err(e) => self.gen_resume(g, Value::None, Some(e)),
            };
        }
        self.gen_resume(g, Value::None, Some(exc))
    }

    /// The iterator a suspended generator is delegating to (`gi_yieldfrom`): the receiver
    /// under the top of the stack when suspended at a YIELD_VALUE that follows a SEND.
    pub fn gen_yieldfrom(&self, g: &Rc<Generator>) -> Option<Value> {
        let st = g.state.borrow();
        let GenState::Suspended(f) = &*st else {
            return None;
        };
        let fr = f.borrow();
        let code = &fr.code;
        // Suspended at YIELD_VALUE; the next instruction is RESUME with oparg >= 2 for
        // yield from / await (1 = plain yield).
        let next = code.instrs.get(fr.next_instr)?;
        if next.op == pydive_bytecode::Opcode::Resume as u8 && next.arg >= 2 {
            return fr.stack.last().cloned();
        }
        None
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, g: &Rc<Generator>) -> PyResult<Value> {
        match &*g.state.borrow() {
            GenState::Created(_) => {}
            GenState::Finished => return Ok(Value::None),
            _ => {}
        }
        if matches!(&*g.state.borrow(), GenState::Created(_)) {
            *g.state.borrow_mut() = GenState::Finished;
            return Ok(Value::None);
        }
        let t = self.exc_type("GeneratorExit");
        let exit = self.new_exception(&t, vec![]);
        match self.gen_throw(g, exit) {
            Ok(GenResult::Yield(_)) => {
                let what = if g.kind == GenKind::AsyncGenerator {
                    "async generator ignored GeneratorExit"
                } else {
                    "generator ignored GeneratorExit"
                };
                Err(self.new_error("RuntimeError", what))
            }
            Ok(GenResult::Return(v)) => Ok(v),
            Err(e) if self.err_is(&e, "GeneratorExit") || self.err_is(&e, "StopIteration") => {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }
}

// ---- the methods of generator, coroutine and async_generator objects ----

use crate::objects::function::Args;

fn this_gen(vm: &mut Vm, a: &Args) -> PyResult<Rc<Generator>> {
    match a.pos.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(vm.type_error("descriptor requires a generator object")),
    }
}

fn result_value(vm: &mut Vm, r: GenResult) -> PyResult<Value> {
    match r {
        GenResult::Yield(v) => Ok(v),
        GenResult::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn g_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_gen(vm, &a)?;
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    let r = vm.gen_send(&g, v)?;
    result_value(vm, r)
}

fn g_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_gen(vm, &a)?;
    let r = vm.gen_send(&g, Value::None)?;
    result_value(vm, r)
}

/// The exception `throw(typ[, val[, tb]])` raises.
pub fn throw_args(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let typ = a.first().cloned().unwrap_or(Value::None);
    let val = a.get(1).cloned().filter(|v| !v.is_none());
    let tb = a.get(2).cloned().filter(|v| !v.is_none());
    let exc = match (&typ, val) {
        (Value::Type(_), Some(v)) if vm.is_exception_instance(&v) => v,
        (Value::Type(_), Some(v)) => {
            let args = match v {
                Value::Tuple(t) => t.to_vec(),
                other => vec![other],
            };
            vm.call(&typ, args)?
        }
        (Value::Type(t), None) if vm.is_exception_type(t) => vm.call(&typ, vec![])?,
        (v, None) if vm.is_exception_instance(v) => v.clone(),
        (v, Some(_)) if vm.is_exception_instance(v) => {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        (other, _) => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {tn}"
            )));
        }
    };
    if let (Some(tb), Value::Instance(i)) = (tb, &exc) {
        if let Some(d) = &i.exc {
            d.borrow_mut().traceback = tb;
        }
    }
    Ok(exc)
}

fn g_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_gen(vm, &a)?;
    let exc = throw_args(vm, &a.pos[1..])?;
    let r = vm.gen_throw(&g, exc)?;
    result_value(vm, r)
}

fn g_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_gen(vm, &a)?;
    vm.gen_close(&g)
}

fn g_iter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos[0].clone())
}

fn ag_anext(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_gen(vm, &a)?;
    Ok(crate::objects::asyncgen::make_asend(
        vm,
        &g,
        Value::None,
        None,
    ))
}

fn ag_asend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_gen(vm, &a)?;
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(crate::objects::asyncgen::make_asend(vm, &g, v, None))
}

fn ag_athrow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_gen(vm, &a)?;
    let exc = throw_args(vm, &a.pos[1..])?;
    Ok(crate::objects::asyncgen::make_asend(
        vm,
        &g,
        Value::None,
        Some(exc),
    ))
}

fn ag_aclose(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_gen(vm, &a)?;
    let t = vm.exc_type("GeneratorExit");
    let exc = vm.new_exception(&t, vec![]);
    Ok(crate::objects::asyncgen::make_asend(
        vm,
        &g,
        Value::None,
        Some(exc),
    ))
}

pub fn init(vm: &mut Vm) {
    let gen = vm.types.generator.clone();
    let coro = vm.types.coroutine.clone();
    let agen = vm.types.async_generator.clone();
    for t in [&gen, &coro] {
        vm.add_method(t, "send", g_send);
        vm.add_method(t, "throw", g_throw);
        vm.add_method(t, "close", g_close);
    }
    vm.add_method(&gen, "__next__", g_next);
    vm.add_method(&gen, "__iter__", g_iter);
    vm.add_method(&coro, "__await__", g_iter);
    vm.add_method(&coro, "__next__", g_next);
    vm.add_method(&agen, "__aiter__", g_iter);
    vm.add_method(&agen, "__anext__", ag_anext);
    vm.add_method(&agen, "asend", ag_asend);
    vm.add_method(&agen, "athrow", ag_athrow);
    vm.add_method(&agen, "aclose", ag_aclose);
}
