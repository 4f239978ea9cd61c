//! Running generators and coroutines: `send`, `throw`, `close`, made by RETURN_GENERATOR.
//!
//! `send(v)` pushes `v` onto the suspended frame's value stack and resumes the evaluation loop
//! at the instruction after the YIELD_VALUE (an entry marker: the loop hands back when the
//! frame yields or returns). `yield from` / `await` are the SEND loops of the bytecode.

use std::cell::{Cell, RefCell};
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
        ag_flags: Cell::new((false, false)),
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
        *g.state.borrow_mut() = GenState::Running(frame.clone());
        // The generator's handled exception becomes the thread's while it runs.
        let saved_exc = std::mem::replace(&mut self.exc_info, g.exc_state.borrow().clone());
        let result = match exc {
            None => {
                frame.borrow_mut().stack.push(value);
                self.run_frame_exit(frame.clone())
            }
            // Throwing into a just-created generator unwinds from its first instruction: no
            // handler covers it, so the body never runs but the traceback names the frame.
            Some(e) => self.throw_into_frame(&frame, e),
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
                let what = match g.kind {
                    GenKind::AsyncGenerator => "async generator ignored GeneratorExit",
                    GenKind::Coroutine => "coroutine ignored GeneratorExit",
                    GenKind::Generator => "generator ignored GeneratorExit",
                };
                Err(self.new_error("RuntimeError", what))
            }
            // 3.12's close() drops the return value (3.13 returns it).
            Ok(GenResult::Return(_)) => Ok(Value::None),
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

// ---- finalization: a generator whose last reference drops is closed (`_PyGen_Finalize`) ----

thread_local! {
    /// Generators whose last reference dropped while they still had work to do at
    /// finalization (a suspended frame to close, an unawaited coroutine to warn about, an
    /// async generator to hand to its finalizer hook), resurrected, in drop order.
    static PENDING_FINALIZE: RefCell<std::collections::VecDeque<Rc<Generator>>> =
        const { RefCell::new(std::collections::VecDeque::new()) };
    /// Cheap test for the evaluation loop: is `PENDING_FINALIZE` non-empty?
    static FINALIZE_PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Does the VM have generators to finalize? Checked by the evaluation loop before each
/// instruction, so a `finally` runs right after the `del` (or store, or frame exit) that
/// dropped the last reference, as CPython's reference counting does.
#[inline(always)]
pub fn finalizers_pending() -> bool {
    FINALIZE_PENDING.with(|c| c.get())
}

impl Drop for Generator {
    fn drop(&mut self) {
        let needs_finalizer = match (&*self.state.borrow(), self.kind) {
            (GenState::Suspended(_), _) => true,
            (GenState::Created(_), GenKind::Coroutine) => true,
            (GenState::Created(_), GenKind::AsyncGenerator) => !self.finalizer.borrow().is_none(),
            _ => false,
        };
        if !needs_finalizer {
            return;
        }
        // Resurrect: move our fields into a new generator the VM finalizes at its next
        // instruction boundary (Drop cannot run Python code: borrows may be held here).
        let state = std::mem::replace(self.state.get_mut(), GenState::Finished);
        let g = Rc::new(Generator {
            kind: self.kind,
            state: RefCell::new(state),
            name: RefCell::new(self.name.borrow().clone()),
            qualname: RefCell::new(self.qualname.borrow().clone()),
            code: std::mem::replace(&mut self.code, Value::None),
            exc_state: RefCell::new(std::mem::replace(self.exc_state.get_mut(), Value::None)),
            awaited: RefCell::new(*self.awaited.borrow()),
            ag_running: RefCell::new(*self.ag_running.borrow()),
            finalizer: RefCell::new(std::mem::replace(self.finalizer.get_mut(), Value::None)),
            ag_flags: Cell::new(self.ag_flags.get()),
        });
        if let Some(f) = g.frame() {
            if let Ok(mut fr) = f.try_borrow_mut() {
                fr.generator = Some(Rc::downgrade(&g));
            }
        }
        let _ = PENDING_FINALIZE.try_with(|p| p.borrow_mut().push_back(g));
        let _ = FINALIZE_PENDING.try_with(|c| c.set(true));
    }
}

impl Vm {
    /// Run the finalizers of the generators dropped since the last check.
    #[cold]
    pub fn run_pending_finalizers(&mut self) {
        loop {
            let next = PENDING_FINALIZE.with(|p| {
                let mut p = p.borrow_mut();
                let g = p.pop_front();
                if p.is_empty() {
                    FINALIZE_PENDING.with(|c| c.set(false));
                }
                g
            });
            let Some(g) = next else { break };
            self.finalize_generator(&g);
        }
    }

    /// `_PyGen_Finalize`: warn about a coroutine never awaited, hand an async generator to
    /// its `sys.set_asyncgen_hooks` finalizer, or close the generator.
    fn finalize_generator(&mut self, g: &Rc<Generator>) {
        // The handled exception of the code that dropped the reference survives.
        let saved_exc = self.exc_info.clone();
        let created = matches!(&*g.state.borrow(), GenState::Created(_));
        let r = if g.kind == GenKind::Coroutine && created {
            *g.state.borrow_mut() = GenState::Finished;
            self.warn_unawaited_coroutine(g)
        } else if g.kind == GenKind::AsyncGenerator
            && !g.finalizer.borrow().is_none()
            && !g.ag_closed()
        {
            let fin = std::mem::replace(&mut *g.finalizer.borrow_mut(), Value::None);
            self.call(&fin, vec![Value::Generator(g.clone())])
                .map(|_| ())
        } else {
            self.gen_close(g).map(|_| ())
        };
        if let Err(e) = r {
            self.write_unraisable(&e, Some(&Value::Generator(g.clone())));
        }
        self.exc_info = saved_exc;
    }

    /// `_PyErr_WarnUnawaitedCoroutine`: `warnings._warn_unawaited_coroutine(coro)`.
    fn warn_unawaited_coroutine(&mut self, g: &Rc<Generator>) -> PyResult<()> {
        let warnings = self.import_module("warnings")?;
        let f = self.getattr(&warnings, "_warn_unawaited_coroutine")?;
        self.call(&f, vec![Value::Generator(g.clone())])?;
        Ok(())
    }

    /// `PyErr_WriteUnraisable`: `Exception ignored in: <obj>` and the traceback, on stderr.
    pub fn write_unraisable(&mut self, exc: &Value, obj: Option<&Value>) {
        self.flush_stdout();
        let mut text = String::new();
        if let Some(o) = obj {
            let r = match self.repr(o) {
                Ok(r) => r.to_string(),
                Err(_) => "<object repr() failed>".to_string(),
            };
            text.push_str(&format!("Exception ignored in: {r}\n"));
        }
        text.push_str(&self.format_exception(exc));
        self.write_stderr(&text);
    }
}

impl Vm {
    /// At exit, as `_PyModule_ClearDict` on `__main__`: names with one leading underscore
    /// are set to None first, then every other name but `__builtins__`, so suspended
    /// generators the module still holds are closed (their `finally` runs) in that order.
    pub fn finalize_main_module(&mut self) {
        self.run_pending_finalizers();
        let main = self.modules.borrow().get_str("__main__");
        let Some(Value::Module(m)) = main else { return };
        let d = m.dict.clone();
        let keys: Vec<Rc<str>> = d
            .borrow()
            .keys()
            .into_iter()
            .filter_map(|k| match k {
                Value::Str(s) => Some(s),
                _ => None,
            })
            .collect();
        let single_underscore = |k: &str| k.starts_with('_') && !k.starts_with("__");
        for pass in 0..2 {
            for k in &keys {
                let clear = if pass == 0 {
                    single_underscore(k)
                } else {
                    !single_underscore(k) && &**k != "__builtins__"
                };
                if !clear {
                    continue;
                }
                // Only generators have finalizers in pydive: leave everything else in place
                // (a `finally` may still read other globals).
                let is_gen = matches!(d.borrow().get_str(k), Some(Value::Generator(_)));
                if is_gen {
                    d.borrow_mut().set_str(k, Value::None);
                    self.run_pending_finalizers();
                }
            }
        }
    }
}
