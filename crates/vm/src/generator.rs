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
use crate::objects::generator::{GenExtra, GenKind, GenState, Generator};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// How a resumption ended.
pub enum GenResult {
    Yield(Value),
    Return(Value),
}

/// RETURN_GENERATOR: wrap the running frame in a generator, coroutine or async generator.
pub fn make_generator(vm: &mut Vm, frame: &FrameRef) -> Value {
    let (flags, names, code) = {
        let f = frame.borrow();
        let co = &f.code;
        // The function's names, kept only when they are not its code's (renamed).
        let names = f.func.as_ref().and_then(|func| {
            let (name, qualname) = (func.name.borrow(), func.qualname.borrow());
            if **name == *co.co.name && **qualname == *co.co.qualname {
                None
            } else {
                Some((name.clone(), qualname.clone()))
            }
        });
        (co.co.flags, names, co.clone())
    };
    let kind = if flags & co_flags::COROUTINE != 0 {
        GenKind::Coroutine
    } else if flags & co_flags::ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else {
        GenKind::Generator
    };
    let origin = match kind {
        GenKind::Coroutine => coroutine_origin(vm, frame),
        _ => None,
    };
    let extra = (names.is_some() || origin.is_some()).then(|| {
        Box::new(GenExtra {
            names,
            finalizer: origin,
        })
    });
    let g = Rc::new(Generator::new(
        kind,
        GenState::Created(frame.clone()),
        extra,
        code,
        Value::None,
    ));
    {
        let mut f = frame.borrow_mut();
        // (Its slot buffer was made to measure: `Frame::new` of generator code.)
        f.generator = Some(Rc::downgrade(&g));
    }
    crate::gc::track_generator(&g);
    Value::Generator(g)
}

/// `cr_origin` (compute_cr_origin): `(filename, line, function)` of the frames that created
/// the coroutine, innermost first, when `sys.set_coroutine_origin_tracking_depth` asks for them.
fn coroutine_origin(vm: &Vm, coro_frame: &FrameRef) -> Option<Value> {
    let depth = crate::modules::sys::coroutine_origin_depth();
    if depth <= 0 {
        return None;
    }
    let frames = vm.frames.iter().rev();
    let frames = frames.filter(|f| !Rc::ptr_eq(f, coro_frame));
    let frames = frames.filter(|f| !crate::modules::pydive::hidden_code(&f.borrow().code));
    let info = frames.take(depth as usize).map(|f| {
        let f = f.borrow();
        let (file, name) = (&f.code.co.filename, &f.code.co.name);
        Value::tuple(vec![
            Value::str(file),
            Value::Int(f.lineno()),
            Value::str(name),
        ])
    });
    Some(Value::tuple(info.collect()))
}

/// INTRINSIC_ASYNC_GEN_WRAP: values yielded by an async generator are wrapped so `SEND`
/// loops in `asend()` can tell them from awaited values. We mark them with a 1-tuple in a
/// private wrapper type.
pub fn async_gen_wrap(v: Value) -> Value {
    Value::Instance(Rc::new(crate::objects::instance::Instance::new(
        ASYNC_WRAPPED.with(|t| t.clone()),
        None,
        Vec::new(),
        Some(v),
        None,
    )))
}

thread_local! {
    /// The private type of wrapped async-generator values.
    pub static ASYNC_WRAPPED: Rc<crate::objects::typeobj::Type> =
        crate::objects::typeobj::Type::new_builtin("async_generator_wrapped_value", None, crate::objects::typeobj::Layout::Builtin);
}

pub fn unwrap_async_value(v: &Value) -> Option<Value> {
    if let Value::Instance(i) = v {
        let is = ASYNC_WRAPPED.with(|t| Rc::ptr_eq(t, &i.class()));
        if is {
            return i.base();
        }
    }
    None
}

/// What the frame that resumed a generator inline does when the generator returns.
#[derive(Clone, Copy)]
pub(crate) enum AfterGen {
    /// FOR_ITER: pop the iterator and continue at this code unit (past END_FOR).
    ForIter(u32),
    /// SEND: push the return value and continue at this code unit (END_SEND).
    Send(u32),
    /// CALL of `gen.send(v)` (`is_gen_send`): the return value becomes StopIteration raised
    /// by the call, as `g_send` raises it.
    Call,
}

/// A generator that FOR_ITER or SEND resumed inside the running evaluation loop (as CPython's
/// FOR_ITER_GEN / SEND_GEN): its frame sits on the frame stack at `depth` (the stack's
/// length with it), above the frame that resumed it. What `gen_resume` does around its
/// nested loop is done when the frame is pushed (`gen_resume_inline`) and when it leaves
/// (`inline_gen_yielded` / `inline_gen_ended`, called by the loop).
pub(crate) struct InlineGen {
    gen: Rc<Generator>,
    /// The resumer's handled exception, back in place when the generator leaves.
    saved_exc: Value,
    /// The resumer's `exc_outer`.
    saved_outer: Value,
    depth: usize,
    pub after: AfterGen,
}

/// The common resumption: a suspended `g` (or a just-created one sent None) is made
/// `Running` and its frame returned; anything else (`None`) is left as it was, for the
/// caller's general path. The frame moves from the old state to `Running` (one reference
/// count more, for the frame stack, instead of a clone and a drop).
#[inline]
fn start_running(g: &Generator, value: &Value) -> Option<FrameRef> {
    let mut st = g.state.borrow_mut();
    let frame = match std::mem::replace(&mut *st, GenState::Finished) {
        GenState::Suspended(f) => f,
        GenState::Created(f) if value.is_none() => f,
        other => {
            *st = other;
            return None;
        }
    };
    *st = GenState::Running(frame.clone());
    Some(frame)
}

impl Vm {
    /// Resume `g` with `value` inside the running loop: the frame to push, or `value` back
    /// when this resumption must go through `gen_send` (an error to report, a tracer, the
    /// recursion limit near, an async generator).
    pub(crate) fn gen_resume_inline(
        &mut self,
        g: &Rc<Generator>,
        value: Value,
        after: AfterGen,
    ) -> Result<FrameRef, Value> {
        if g.kind == GenKind::AsyncGenerator
            || self.tracer.is_some()
            || self.sys_trace.on
            || self.frames.len() + 2 >= self.recursion_limit
        {
            return Err(value);
        }
        let Some(frame) = start_running(g, &value) else {
            return Err(value);
        };
        // The generator's saved exception moves to the thread while it runs (nothing reads
        // `exc_state` of a running generator); it is stored back when the generator yields.
        // (Nothing to move when no exception is handled anywhere, the common case.)
        let (saved_exc, saved_outer) = self.enter_gen(g);
        frame.borrow_mut().stack.push(value);
        self.inline_gens.push(InlineGen {
            gen: g.clone(),
            saved_exc,
            saved_outer,
            depth: self.frames.len() + 1,
            after,
        });
        Ok(frame)
    }

    /// The inline-resumed generator whose frame was at `depth` on the frame stack, if the
    /// frame leaving from there is one.
    #[inline]
    pub(crate) fn take_inline_gen(&mut self, depth: usize) -> Option<InlineGen> {
        if self.inline_gens.last().is_some_and(|r| r.depth == depth) {
            self.inline_gens.pop()
        } else {
            None
        }
    }

    /// An inline-resumed generator yielded: suspended again, the resumer's exception back.
    pub(crate) fn inline_gen_yielded(&mut self, rec: InlineGen, frame: FrameRef) {
        // (The common case, no exception handled anywhere, stores nothing.)
        if !(self.exc_info.is_none() && rec.saved_exc.is_none()) {
            *rec.gen.exc_state.borrow_mut() = std::mem::replace(&mut self.exc_info, rec.saved_exc);
        }
        if !(self.exc_outer.is_none() && rec.saved_outer.is_none()) {
            self.exc_outer = rec.saved_outer;
        }
        *rec.gen.state.borrow_mut() = GenState::Suspended(frame);
    }

    /// An inline-resumed generator returned or raised out: finished.
    pub(crate) fn inline_gen_ended(&mut self, rec: InlineGen) {
        if !(self.exc_info.is_none() && rec.saved_exc.is_none()) {
            self.exc_info = rec.saved_exc;
        }
        if !(self.exc_outer.is_none() && rec.saved_outer.is_none()) {
            self.exc_outer = rec.saved_outer;
        }
        *rec.gen.state.borrow_mut() = GenState::Finished;
    }

    /// Make `g`'s handled exception the thread's and the thread's handled exception the
    /// outer one while `g` runs; the resumer's two are returned, for `leave_gen` (or the inline
    /// resume's record).
    #[inline]
    fn enter_gen(&mut self, g: &Rc<Generator>) -> (Value, Value) {
        if self.exc_info.is_none() && self.exc_outer.is_none() && g.exc_state.borrow().is_none() {
            return (Value::None, Value::None);
        }
        let outer = self.topmost_exc();
        let saved_outer = std::mem::replace(&mut self.exc_outer, outer);
        let gen_exc = std::mem::replace(&mut *g.exc_state.borrow_mut(), Value::None);
        let saved_exc = std::mem::replace(&mut self.exc_info, gen_exc);
        (saved_exc, saved_outer)
    }

    /// `gen.send(value)`. The common case, a suspended generator (or a just-created one sent
    /// None), is resumed here; the rest (errors, a finished generator) in `gen_resume`.
    pub fn gen_send(&mut self, g: &Rc<Generator>, value: Value) -> PyResult<GenResult> {
        let Some(frame) = start_running(g, &value) else {
            return self.gen_resume(g, value, None);
        };
        let saved = self.enter_gen(g);
        frame.borrow_mut().stack.push(value);
        let result = self.run_frame_exit(frame.clone());
        self.leave_gen(g, frame, saved, result)
    }

    /// After `g`'s frame ran: the resumer's handled exceptions (from `enter_gen`) back, `g`'s
    /// own kept while it is suspended, and the frame's exit made `g`'s new state.
    fn leave_gen(
        &mut self,
        g: &Rc<Generator>,
        frame: FrameRef,
        (saved_exc, saved_outer): (Value, Value),
        result: PyResult<Exit>,
    ) -> PyResult<GenResult> {
        // (The common case, no exception handled anywhere, stores nothing.)
        if !(self.exc_info.is_none() && saved_exc.is_none()) {
            *g.exc_state.borrow_mut() = std::mem::replace(&mut self.exc_info, saved_exc);
        }
        if !(self.exc_outer.is_none() && saved_outer.is_none()) {
            self.exc_outer = saved_outer;
        }
        match result {
            Ok(Exit::Yield(v)) => {
                *g.state.borrow_mut() = GenState::Suspended(frame);
                Ok(GenResult::Yield(v))
            }
            Ok(Exit::Return(v)) => {
                *g.state.borrow_mut() = GenState::Finished;
                if !g.exc_state.borrow().is_none() {
                    *g.exc_state.borrow_mut() = Value::None;
                }
                crate::frame::recycle(frame);
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
                        let what = match g.kind {
                            GenKind::Coroutine => "coroutine",
                            GenKind::AsyncGenerator => "async generator",
                            GenKind::Generator => "generator",
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
        let saved = self.enter_gen(g);
        let result = match exc {
            None => {
                frame.borrow_mut().stack.push(value);
                self.run_frame_exit(frame.clone())
            }
            // Throwing into a just-created generator unwinds from its first instruction: no
            // handler covers it, so the body never runs but the traceback names the frame.
            Some(e) => self.throw_into_frame(&frame, e),
        };
        self.leave_gen(g, frame, saved, result)
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
        self.gen_throw_ex(g, exc, true)
    }

    /// `_gen_throw`: with `close_on_genexit`, a GeneratorExit closes the delegate instead of
    /// being thrown into it (aclose() passes false).
    pub fn gen_throw_ex(
        &mut self,
        g: &Rc<Generator>,
        exc: Value,
        close_on_genexit: bool,
    ) -> PyResult<GenResult> {
        // Delegate to the awaited/yielded-from iterator if the frame is suspended in a SEND.
        if let Some(sub) = self.gen_yieldfrom(g) {
            let is_exit = close_on_genexit && self.err_is(&exc, "GeneratorExit");
            if is_exit {
                // close() the sub-iterator, then raise GeneratorExit here.
                let r = self.while_delegating(g, false, |vm| match &sub {
                    Value::Generator(sg) => {
                        let sg = sg.clone();
                        vm.gen_close(&sg).map(|_| ())
                    }
                    other => match vm.lookup_special(other, "close")? {
                        Some(c) => vm.call(&c, vec![]).map(|_| ()),
                        None => Ok(()),
                    },
                });
                if let Err(e) = r {
                    return self.gen_resume(g, Value::None, Some(e));
                }
                return self.gen_resume(g, Value::None, Some(exc));
            }
            let r = match &sub {
                Value::Generator(sg) => {
                    let sg = sg.clone();
                    match self.while_delegating(g, true, |vm| vm.gen_throw(&sg, exc)) {
                        Ok(GenResult::Yield(v)) => return Ok(GenResult::Yield(v)),
                        Ok(GenResult::Return(v)) => Ok(v),
                        Err(e) => Err(e),
                    }
                }
                other => match self.lookup_special(other, "throw")? {
                    Some(t) => {
                        match self.while_delegating(g, false, |vm| vm.call(&t, vec![exc.clone()])) {
                            Ok(v) => return Ok(GenResult::Yield(v)),
                            Err(e) => Err(e),
                        }
                    }
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

    /// Run `f` (the throw()/close() that `_gen_throw` passes on to the iterator `g` delegates
    /// to) with `g` executing, as CPython sets `gi_frame_state = FRAME_EXECUTING` around it:
    /// `gi_running` is True and getgeneratorstate() says GEN_RUNNING meanwhile.
    /// With `link` (a generator or coroutine delegate), `g`'s frame is on the frame stack
    /// meanwhile, as `_gen_throw` links it: the delegate's `f_back` is `g`'s frame.
    fn while_delegating<T>(
        &mut self,
        g: &Rc<Generator>,
        link: bool,
        f: impl FnOnce(&mut Vm) -> T,
    ) -> T {
        let suspended = match &*g.state.borrow() {
            GenState::Suspended(fr) => Some(fr.clone()),
            _ => None,
        };
        let Some(frame) = suspended else {
            return f(self);
        };
        *g.state.borrow_mut() = GenState::Running(frame.clone());
        let depth = self.frames.len();
        if link {
            frame.borrow_mut().back = self.frames.last().cloned();
            self.frames.push(frame.clone());
        }
        let r = f(self);
        if link {
            self.frames.truncate(depth);
            frame.borrow_mut().back = None;
        }
        let mut st = g.state.borrow_mut();
        if matches!(&*st, GenState::Running(fr) if Rc::ptr_eq(fr, &frame)) {
            *st = GenState::Suspended(frame);
        }
        r
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
        let next = code.instrs.get(fr.next_instr as usize)?;
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
use crate::objects::instance::Instance;
use crate::objects::typeobj::{Layout, Type};

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

/// Whether `b` is generators' and coroutines' `send` (`g_send`), which CALL may run inline
/// (`gen_resume_inline` with `AfterGen::Call`).
pub(crate) fn is_gen_send(b: &crate::objects::function::Builtin) -> bool {
    &*b.name == "send" && b.func as usize == (g_send as crate::objects::function::NativeFn) as usize
}

fn g_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_gen(vm, &a)?;
    if a.pos.len() != 2 {
        let what = if g.kind == GenKind::Coroutine {
            "coroutine"
        } else {
            "generator"
        };
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!(
            "{what}.send() takes exactly one argument ({n} given)"
        )));
    }
    let v = a.pos[1].clone();
    let r = vm.gen_send(&g, v)?;
    result_value(vm, r)
}

fn g_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_gen(vm, &a)?;
    let r = vm.gen_send(&g, Value::None)?;
    result_value(vm, r)
}

/// The exception `throw(typ[, val[, tb]])` raises (`_gen_throw`'s argument handling): a
/// class is instantiated as `PyErr_NormalizeException` does (a value of another type is
/// wrapped: `throw(ValueError, TypeError(1))` raises `ValueError(TypeError(1))`).
/// `_PyErr_CreateException`: the exception class called; an error raised by the call, or
/// the TypeError for a call that returned no exception instance, is what gets thrown.
fn instantiate(
    vm: &mut Vm,
    t: &Rc<crate::objects::typeobj::Type>,
    typ: &Value,
    args: Vec<Value>,
) -> Value {
    match vm.call(typ, args) {
        Ok(v) if vm.is_exception_instance(&v) => v,
        Ok(v) => {
            let tn = vm.type_name(&v);
            vm.type_error(format!(
                "calling {} should have returned an instance of BaseException, not {tn}",
                crate::objects::str::type_repr(t)
            ))
        }
        Err(e) => e,
    }
}

pub fn throw_args(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let typ = a.first().cloned().unwrap_or(Value::None);
    let val = a.get(1).cloned().filter(|v| !v.is_none());
    let tb = a.get(2).cloned().filter(|v| !v.is_none());
    if let Some(t) = &tb {
        if !matches!(t, Value::Traceback(_)) {
            return Err(vm.type_error("throw() third argument must be a traceback object"));
        }
    }
    let exc = match (&typ, val) {
        // An error while instantiating is what gets thrown (PyErr_NormalizeException).
        (Value::Type(t), val) if vm.is_exception_type(t) => match val {
            Some(v) if vm.type_of(&v).is_subtype(t) => v,
            Some(Value::Tuple(items)) => instantiate(vm, t, &typ, items.to_vec()),
            Some(v) => instantiate(vm, t, &typ, vec![v]),
            None => instantiate(vm, t, &typ, vec![]),
        },
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
        if let Some(d) = i.exc() {
            d.borrow_mut().traceback = tb;
        }
    }
    Ok(exc)
}

fn g_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_gen(vm, &a)?;
    if a.pos.len() > 2 {
        vm.warn(
            "DeprecationWarning",
            "the (type, exc, tb) signature of throw() is deprecated, use the single-arg signature instead.",
        )?;
    }
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
    new_asend(vm, &g, Value::None)
}

fn ag_asend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_gen(vm, &a)?;
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    new_asend(vm, &g, v)
}

fn ag_athrow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_gen(vm, &a)?;
    if a.pos.len() < 2 {
        return Err(vm.type_error(format!(
            "athrow expected at least 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    if a.pos.len() > 2 {
        vm.warn(
            "DeprecationWarning",
            "the (type, exc, tb) signature of athrow() is deprecated, use the single-arg signature instead.",
        )?;
    }
    let exc = throw_args(vm, &a.pos[1..])?;
    new_athrow(vm, &g, Some(exc))
}

fn ag_aclose(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_gen(vm, &a)?;
    new_athrow(vm, &g, None)
}

// ---- the async_generator_asend / async_generator_athrow awaitables (genobject.c) ----
//
// Each is an instance of a private builtin type whose hidden slots hold
// [the async generator, the value to send or the exception to throw, the state, the mode].

const AW_INIT: i64 = 0;
const AW_ITER: i64 = 1;
const AW_CLOSED: i64 = 2;
const MODE_ASEND: i64 = 0;
const MODE_ATHROW: i64 = 1;
const MODE_ACLOSE: i64 = 2;

/// async_generator_asend, async_generator_athrow, anext_awaitable.
type AwTypes = (Rc<Type>, Rc<Type>, Rc<Type>);

thread_local! {
    static AW_TYPES: RefCell<Option<AwTypes>> = const { RefCell::new(None) };
}

/// (async_generator_asend, async_generator_athrow, anext_awaitable), made on first use.
fn aw_types(vm: &mut Vm) -> AwTypes {
    if let Some(t) = AW_TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let object = vm.types.object.clone();
    let asend = Type::new_builtin("async_generator_asend", Some(&object), Layout::Object);
    let athrow = Type::new_builtin("async_generator_athrow", Some(&object), Layout::Object);
    let anext = Type::new_builtin("anext_awaitable", Some(&object), Layout::Object);
    for t in [&asend, &athrow] {
        vm.add_method(t, "send", aw_send);
        vm.add_method(t, "throw", aw_throw);
        vm.add_method(t, "close", aw_close);
        vm.add_method(t, "__next__", aw_next);
        vm.add_method(t, "__iter__", g_iter);
        vm.add_method(t, "__await__", g_iter);
    }
    vm.add_method(&anext, "send", anext_send);
    vm.add_method(&anext, "throw", anext_throw);
    vm.add_method(&anext, "close", anext_close);
    vm.add_method(&anext, "__next__", anext_next);
    vm.add_method(&anext, "__iter__", g_iter);
    vm.add_method(&anext, "__await__", g_iter);
    let t = (asend, athrow, anext);
    AW_TYPES.with(|x| *x.borrow_mut() = Some(t.clone()));
    t
}

fn hidden_instance(ty: Rc<Type>, slots: Vec<Value>) -> Value {
    Value::Instance(Rc::new(Instance::new(
        ty,
        None,
        slots.into_iter().map(Some).collect(),
        None,
        None,
    )))
}

/// `async_gen_init_hooks`: the first asend/athrow of an async generator records the
/// finalizer hook and calls the firstiter hook (`sys.set_asyncgen_hooks`).
fn init_hooks(vm: &mut Vm, g: &Rc<Generator>) -> PyResult<()> {
    let (closed, inited) = g.ag_flags.get();
    if inited {
        return Ok(());
    }
    g.ag_flags.set((closed, true));
    let (firstiter, finalizer) = vm.asyncgen_hooks.clone();
    if !finalizer.is_none() {
        g.set_finalizer(finalizer);
    }
    if !firstiter.is_none() {
        vm.call(&firstiter, vec![Value::Generator(g.clone())])?;
    }
    Ok(())
}

pub fn new_asend(vm: &mut Vm, g: &Rc<Generator>, value: Value) -> PyResult<Value> {
    init_hooks(vm, g)?;
    let (asend, _, _) = aw_types(vm);
    Ok(hidden_instance(
        asend,
        vec![
            Value::Generator(g.clone()),
            value,
            Value::Int(AW_INIT),
            Value::Int(MODE_ASEND),
        ],
    ))
}

/// `athrow(exc)`, or `aclose()` when `exc` is None.
pub fn new_athrow(vm: &mut Vm, g: &Rc<Generator>, exc: Option<Value>) -> PyResult<Value> {
    init_hooks(vm, g)?;
    let (_, athrow, _) = aw_types(vm);
    let mode = if exc.is_some() {
        MODE_ATHROW
    } else {
        MODE_ACLOSE
    };
    Ok(hidden_instance(
        athrow,
        vec![
            Value::Generator(g.clone()),
            exc.unwrap_or(Value::None),
            Value::Int(AW_INIT),
            Value::Int(mode),
        ],
    ))
}

struct AwState {
    inst: Rc<Instance>,
    gen: Rc<Generator>,
    arg: Value,
    state: i64,
    mode: i64,
}

impl AwState {
    fn set_state(&self, st: i64) {
        if let Some(s) = self.inst.slots().borrow_mut().get_mut(2) {
            *s = Some(Value::Int(st));
        }
    }
}

fn aw_state(vm: &mut Vm, this: &Value) -> PyResult<AwState> {
    if let Value::Instance(i) = this {
        let sl = i.slots().borrow();
        if let [Some(Value::Generator(g)), Some(arg), Some(Value::Int(st)), Some(Value::Int(m))] =
            &sl[..]
        {
            return Ok(AwState {
                inst: i.clone(),
                gen: g.clone(),
                arg: arg.clone(),
                state: *st,
                mode: *m,
            });
        }
    }
    Err(vm.type_error("descriptor requires an async_generator_asend object"))
}

fn set_running_async(g: &Rc<Generator>, on: bool) {
    g.ag_running.set(on);
}

fn set_closed(g: &Rc<Generator>) {
    let (_, inited) = g.ag_flags.get();
    g.ag_flags.set((true, inited));
}

/// `async_gen_unwrap_value`: a wrapped value is the async generator's own yield (the
/// awaitable finishes with StopIteration(value)); anything else was awaited inside it and
/// goes up to whoever drives the awaitable.
fn unwrap_value(vm: &mut Vm, g: &Rc<Generator>, r: PyResult<GenResult>) -> PyResult<Value> {
    match r {
        Ok(GenResult::Yield(v)) => match unwrap_async_value(&v) {
            Some(inner) => {
                set_running_async(g, false);
                Err(vm.stop_iteration(inner))
            }
            None => Ok(v),
        },
        Ok(GenResult::Return(_)) => {
            set_closed(g);
            set_running_async(g, false);
            let t = vm.exc_type("StopAsyncIteration");
            Err(vm.new_exception(&t, vec![]))
        }
        Err(e) => {
            if vm.err_is(&e, "StopAsyncIteration") || vm.err_is(&e, "GeneratorExit") {
                set_closed(g);
            }
            set_running_async(g, false);
            Err(e)
        }
    }
}

fn aw_send_value(vm: &mut Vm, this: &Value, arg: Value) -> PyResult<Value> {
    let st = aw_state(vm, this)?;
    let g = st.gen.clone();
    if st.mode == MODE_ASEND {
        // async_gen_asend_send
        if st.state == AW_CLOSED {
            return Err(vm.new_error(
                "RuntimeError",
                "cannot reuse already awaited __anext__()/asend()",
            ));
        }
        let mut arg = arg;
        if st.state == AW_INIT {
            if g.ag_running.get() {
                return Err(vm.new_error(
                    "RuntimeError",
                    "anext(): asynchronous generator is already running",
                ));
            }
            if arg.is_none() {
                arg = st.arg.clone();
            }
            st.set_state(AW_ITER);
        }
        set_running_async(&g, true);
        let r = vm.gen_send(&g, arg);
        let r = unwrap_value(vm, &g, r);
        if r.is_err() {
            st.set_state(AW_CLOSED);
        }
        return r;
    }
    // async_gen_athrow_send
    let aclose = st.mode == MODE_ACLOSE;
    if st.state == AW_CLOSED {
        return Err(vm.new_error(
            "RuntimeError",
            "cannot reuse already awaited aclose()/athrow()",
        ));
    }
    if matches!(&*g.state.borrow(), GenState::Finished) {
        st.set_state(AW_CLOSED);
        return Err(vm.stop_iteration(Value::None));
    }
    let r = if st.state == AW_INIT {
        if g.ag_running.get() {
            st.set_state(AW_CLOSED);
            let which = if aclose { "aclose" } else { "athrow" };
            return Err(vm.new_error(
                "RuntimeError",
                format!("{which}(): asynchronous generator is already running"),
            ));
        }
        if g.ag_closed() {
            st.set_state(AW_CLOSED);
            let t = vm.exc_type("StopAsyncIteration");
            return Err(vm.new_exception(&t, vec![]));
        }
        if !arg.is_none() {
            return Err(vm.new_error(
                "RuntimeError",
                "can't send non-None value to a just-started coroutine",
            ));
        }
        st.set_state(AW_ITER);
        set_running_async(&g, true);
        if aclose {
            set_closed(&g);
            let t = vm.exc_type("GeneratorExit");
            let exit = vm.new_exception(&t, vec![]);
            match vm.gen_throw_ex(&g, exit, false) {
                Ok(GenResult::Yield(v)) if unwrap_async_value(&v).is_some() => {
                    return yield_close(vm, &st)
                }
                other => other,
            }
        } else {
            let r = vm.gen_throw_ex(&g, st.arg.clone(), true);
            let r = unwrap_value(vm, &g, r);
            return match r {
                Ok(v) => Ok(v),
                Err(e) => Err(check_error(vm, &st, e)),
            };
        }
    } else {
        let r = vm.gen_send(&g, arg);
        if !aclose {
            return unwrap_value(vm, &g, r);
        }
        match r {
            Ok(GenResult::Yield(v)) if unwrap_async_value(&v).is_some() => {
                return yield_close(vm, &st)
            }
            other => other,
        }
    };
    // aclose() mode: an awaited value goes up; the end of the generator ends the awaitable.
    match r {
        Ok(GenResult::Yield(v)) => Ok(v),
        Ok(GenResult::Return(_)) => {
            let t = vm.exc_type("StopAsyncIteration");
            let e = vm.new_exception(&t, vec![]);
            Err(check_error(vm, &st, e))
        }
        Err(e) => Err(check_error(vm, &st, e)),
    }
}

/// The async generator yielded a value while it was being closed.
fn yield_close(vm: &mut Vm, st: &AwState) -> PyResult<Value> {
    set_running_async(&st.gen, false);
    st.set_state(AW_CLOSED);
    Err(vm.new_error("RuntimeError", "async generator ignored GeneratorExit"))
}

/// `check_error` of async_gen_athrow_send: aclose() completes with StopIteration when the
/// generator ended by StopAsyncIteration or GeneratorExit.
fn check_error(vm: &mut Vm, st: &AwState, e: Value) -> Value {
    set_running_async(&st.gen, false);
    st.set_state(AW_CLOSED);
    if st.mode == MODE_ACLOSE
        && (vm.err_is(&e, "StopAsyncIteration") || vm.err_is(&e, "GeneratorExit"))
    {
        return vm.stop_iteration(Value::None);
    }
    e
}

fn aw_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    aw_send_value(vm, &a.pos[0], v)
}

fn aw_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    aw_send_value(vm, &a.pos[0], Value::None)
}

fn aw_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let st = aw_state(vm, &a.pos[0])?;
    let g = st.gen.clone();
    if st.state == AW_CLOSED {
        let msg = if st.mode == MODE_ASEND {
            "cannot reuse already awaited __anext__()/asend()"
        } else {
            "cannot reuse already awaited aclose()/athrow()"
        };
        return Err(vm.new_error("RuntimeError", msg));
    }
    let exc = throw_args(vm, &a.pos[1..])?;
    let r = vm.gen_throw(&g, exc);
    if st.mode == MODE_ASEND {
        let r = unwrap_value(vm, &g, r);
        if r.is_err() {
            st.set_state(AW_CLOSED);
        }
        return r;
    }
    if st.mode == MODE_ATHROW {
        return unwrap_value(vm, &g, r);
    }
    // aclose() mode
    match r {
        Ok(GenResult::Yield(v)) if unwrap_async_value(&v).is_some() => yield_close(vm, &st),
        Ok(GenResult::Yield(v)) => Ok(v),
        Ok(GenResult::Return(_)) => Err(vm.stop_iteration(Value::None)),
        Err(e) if vm.err_is(&e, "StopAsyncIteration") || vm.err_is(&e, "GeneratorExit") => {
            Err(vm.stop_iteration(Value::None))
        }
        Err(e) => Err(e),
    }
}

fn aw_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let st = aw_state(vm, &a.pos[0])?;
    st.set_state(AW_CLOSED);
    Ok(Value::None)
}

// ---- anext(aiterator, default): the awaitable that turns StopAsyncIteration into default ----

/// `builtins.anext(aiterator[, default])`.
pub fn builtin_anext(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let Some(it) = a.first() else {
        return Err(vm.type_error("anext expected at least 1 argument, got 0"));
    };
    if a.len() > 2 {
        let n = a.len();
        return Err(vm.type_error(format!("anext expected at most 2 arguments, got {n}")));
    }
    let Some(m) = vm.lookup_special(it, "__anext__")? else {
        let tn = vm.type_name(it);
        return Err(vm.type_error(format!("'{tn}' object is not an async iterator")));
    };
    let aw = vm.call(&m, vec![])?;
    let Some(default) = a.get(1) else {
        return Ok(aw);
    };
    let (_, _, anext) = aw_types(vm);
    Ok(hidden_instance(anext, vec![aw, default.clone()]))
}

/// `anextawaitable_proxy`: forward to the wrapped awaitable's iterator; StopAsyncIteration
/// becomes StopIteration(default).
fn anext_proxy(vm: &mut Vm, this: &Value, meth: &str, args: Vec<Value>) -> PyResult<Value> {
    let (wrapped, default) = match this {
        Value::Instance(i) => match &i.slots().borrow()[..] {
            [Some(w), Some(d)] => (w.clone(), d.clone()),
            _ => return Err(vm.type_error("descriptor requires an anext_awaitable object")),
        },
        _ => return Err(vm.type_error("descriptor requires an anext_awaitable object")),
    };
    let it = vm.get_awaitable_iter(&wrapped)?;
    let r = if meth == "__next__" {
        match vm.lookup_special(&it, "__next__")? {
            Some(n) => vm.call(&n, vec![]),
            None => vm.call_method(&it, "send", vec![Value::None]),
        }
    } else {
        vm.call_method(&it, meth, args)
    };
    match r {
        Err(e) if vm.err_is(&e, "StopAsyncIteration") => Err(vm.stop_iteration(default)),
        other => other,
    }
}

fn anext_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    anext_proxy(vm, &a.pos[0], "send", vec![v])
}

fn anext_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    anext_proxy(vm, &a.pos[0], "__next__", vec![])
}

fn anext_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    anext_proxy(vm, &a.pos[0], "throw", a.pos[1..].to_vec())
}

fn anext_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    anext_proxy(vm, &a.pos[0], "close", vec![])
}

// ---- coroutine.__await__(): the coroutine_wrapper iterator over the coroutine ----

fn coro_await(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this_gen(vm, &a)?;
    let ty = vm.types.coroutine_wrapper.clone();
    Ok(hidden_instance(ty, vec![Value::Generator(g)]))
}

/// The coroutine a coroutine_wrapper iterates, as the `Args` of a generator method.
fn wrapped(vm: &mut Vm, mut a: Args) -> PyResult<Args> {
    let coro = match a.pos.first() {
        Some(Value::Instance(i)) => match i.slots().borrow().first() {
            Some(Some(g @ Value::Generator(_))) => Some(g.clone()),
            _ => None,
        },
        _ => None,
    };
    match coro {
        Some(c) => {
            a.pos[0] = c;
            Ok(a)
        }
        None => Err(vm.type_error("descriptor requires a 'coroutine_wrapper' object")),
    }
}

fn cw_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let a = wrapped(vm, a)?;
    g_send(vm, a)
}

fn cw_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let a = wrapped(vm, a)?;
    g_next(vm, a)
}

fn cw_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let a = wrapped(vm, a)?;
    g_throw(vm, a)
}

fn cw_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let a = wrapped(vm, a)?;
    g_close(vm, a)
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
    vm.add_method(&coro, "__await__", coro_await);
    let cw = vm.types.coroutine_wrapper.clone();
    vm.add_method(&cw, "send", cw_send);
    vm.add_method(&cw, "throw", cw_throw);
    vm.add_method(&cw, "close", cw_close);
    vm.add_method(&cw, "__next__", cw_next);
    vm.add_method(&cw, "__iter__", g_iter);
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
}

/// Set when a finalizer is waiting (a generator queued in `PENDING_FINALIZE`, or an instance
/// with `__del__`). The evaluation loop reads it before every instruction, so it is a plain
/// static (one load; a `thread_local!` in PIC library code may call `__tls_get_addr`).
/// Release builds, best of 5 under load: bench/calls.py 0.36 s without any check, 0.34 s
/// with a thread-local flag, 0.29 s with this one (newer tree); loops.py 0.60/0.60/0.58.
/// pydive runs one VM per process; with VMs on several threads (unit tests) a thread may
/// clear another's flag, which only delays that one's finalizers to its next drop or the exit.
static FINALIZE_PENDING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Set once the program has ended and `__main__` is being torn down (`sys.is_finalizing()`).
static FINALIZING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `sys.is_finalizing()`: has the interpreter begun tearing down after the program ended?
pub fn is_finalizing() -> bool {
    FINALIZING.load(std::sync::atomic::Ordering::Relaxed)
}

/// Does the VM have finalizers to run? Checked by the evaluation loop before each
/// instruction, so a `finally` runs right after the `del` (or store, or frame exit) that
/// dropped the last reference, as CPython's reference counting does.
#[inline(always)]
pub fn finalizers_pending() -> bool {
    FINALIZE_PENDING.load(std::sync::atomic::Ordering::Relaxed)
}

/// Ask the evaluation loop to run finalizers at its next instruction boundary (used by
/// instances with `__del__`, objects/instance.rs).
pub fn request_finalizers() {
    FINALIZE_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
}

impl Drop for Generator {
    fn drop(&mut self) {
        crate::gc::untrack_freed();
        // gen_dealloc clears the weak references first: their callbacks run before the
        // finalizer below (the resurrected generator has another address).
        crate::modules::weakref::referent_dropped(self as *const Generator as usize);
        let needs_finalizer = match (&*self.state.borrow(), self.kind) {
            (GenState::Suspended(_), _) => true,
            (GenState::Created(_), GenKind::Coroutine) => true,
            (GenState::Created(_), GenKind::AsyncGenerator) => self.has_finalizer(),
            _ => false,
        };
        // While the thread's queue is being torn down (the process is exiting) nothing can
        // run the finalizer: a resurrected generator would only be dropped again, and again.
        if !needs_finalizer || PENDING_FINALIZE.try_with(|_| ()).is_err() {
            return;
        }
        // Resurrect: move our fields into a new generator the VM finalizes at its next
        // instruction boundary (Drop cannot run Python code: borrows may be held here).
        let state = std::mem::replace(self.state.get_mut(), GenState::Finished);
        let g = Generator::new(
            self.kind,
            state,
            self.take_extra(),
            self.code.clone(),
            std::mem::replace(self.exc_state.get_mut(), Value::None),
        );
        g.awaited.set(self.awaited.get());
        g.ag_running.set(self.ag_running.get());
        g.ag_flags.set(self.ag_flags.get());
        let g = Rc::new(g);
        if let Some(f) = g.frame() {
            if let Ok(mut fr) = f.try_borrow_mut() {
                fr.generator = Some(Rc::downgrade(&g));
            }
        }
        crate::gc::track_generator(&g);
        let _ = PENDING_FINALIZE.try_with(|p| p.borrow_mut().push_back(g));
        request_finalizers();
    }
}

impl Vm {
    /// Run the finalizers of the generators dropped since the last check.
    #[cold]
    pub fn run_pending_finalizers(&mut self) {
        FINALIZE_PENDING.store(false, std::sync::atomic::Ordering::Relaxed);
        // One batch at a time: a finalizer runs Python code, whose instruction boundaries
        // call this again for what it drops; that nested call must take only those (CPython
        // finalizes them right away), not the rest of this batch, or dropping a list of
        // 50,000 suspended coroutines nested 50,000 closes (RecursionError).
        loop {
            let batch = PENDING_FINALIZE.with(|p| std::mem::take(&mut *p.borrow_mut()));
            if batch.is_empty() {
                break;
            }
            // Callbacks of weak references to these generators come first (gen_dealloc).
            crate::modules::weakref::run_callbacks(self);
            for g in batch {
                self.finalize_generator(&g);
            }
        }
        crate::objects::instance::run_pending_dels(self);
        if crate::gc::requested() {
            crate::gc::collect_auto(self);
        }
    }

    /// `_PyGen_Finalize`: warn about a coroutine never awaited, hand an async generator to
    /// its `sys.set_asyncgen_hooks` finalizer, or close the generator.
    pub(crate) fn finalize_generator(&mut self, g: &Rc<Generator>) {
        // The handled exception of the code that dropped the reference survives.
        let saved_exc = self.exc_info.clone();
        let created = matches!(&*g.state.borrow(), GenState::Created(_));
        let r = if g.kind == GenKind::Coroutine && created {
            *g.state.borrow_mut() = GenState::Finished;
            self.warn_unawaited_coroutine(g)
        } else if g.kind == GenKind::AsyncGenerator && g.has_finalizer() && !g.ag_closed() {
            let fin = g.take_finalizer().unwrap_or(Value::None);
            self.call(&fin, vec![Value::Generator(g.clone())])
                .map(|_| ())
        } else {
            self.gen_close(g).map(|_| ())
        };
        if let Err(e) = r {
            self.write_unraisable(&e, Some(&Value::Generator(g.clone())));
        }
        // A generator that yielded again in its `finally` (close() said it "ignored
        // GeneratorExit") is finalized once, as PEP 442's flag says: unless the finalizer
        // stored it somewhere, its frame is now cleared without running more code, or the
        // next drop would resurrect and close it again, forever.
        if Rc::strong_count(g) == 1 && matches!(&*g.state.borrow(), GenState::Suspended(_)) {
            let frame = std::mem::replace(&mut *g.state.borrow_mut(), GenState::Finished);
            drop(frame);
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

    /// `PyErr_WarnEx(category, msg, 1)`: `warnings.warn` blaming the running Python frame.
    pub fn warn(&mut self, category: &str, msg: &str) -> PyResult<()> {
        let warnings = self.import_module("warnings")?;
        let f = self.getattr(&warnings, "warn")?;
        let cat = Value::Type(self.exc_type(category));
        self.call(&f, vec![Value::str(msg), cat])?;
        Ok(())
    }

    /// `PyErr_WriteUnraisable`: `Exception ignored in: <obj>` and the traceback, on stderr.
    pub fn write_unraisable(&mut self, exc: &Value, obj: Option<&Value>) {
        self.report_unraisable(exc, obj);
    }
}

impl Vm {
    /// At exit, as CPython's teardown of `__main__`'s dict: its entries go in dict order, so
    /// suspended generators it still holds are closed (their `finally` runs) and instances
    /// with `__del__` finalized, in that order, while the other globals stay readable.
    pub fn finalize_main_module(&mut self) {
        self.run_pending_finalizers();
        FINALIZING.store(true, std::sync::atomic::Ordering::Relaxed);
        // CPython's finalize_modules collects the cycle garbage before and after the
        // modules' dicts go.
        crate::gc::collect(self);
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
        for k in &keys {
            // Only generators and instances (`__del__`) have finalizers in pydive: leave
            // everything else in place (a `finally` may still read other globals).
            let has_finalizer = matches!(
                d.borrow().get_str(k),
                Some(Value::Generator(_) | Value::Instance(_))
            );
            if has_finalizer {
                d.borrow_mut().set_str(k, Value::None);
                self.run_pending_finalizers();
            }
        }
        // Then the containers, in dict order, each releasing its items as CPython's
        // deallocators do (a list or tuple from its last item to its first).
        for k in &keys {
            let value = d.borrow().get_str(k);
            let items = match &value {
                Some(Value::Tuple(t)) => Some(t.to_vec()),
                // A function releases its closure (cells holding generators, say).
                Some(
                    Value::List(_)
                    | Value::Dict(_)
                    | Value::Set(_)
                    | Value::FrozenSet(_)
                    | Value::Function(_)
                    // a class (a cycle with its MRO): its attributes go at the last collect
                    | Value::Type(_),
                ) => None,
                _ => continue,
            };
            d.borrow_mut().set_str(k, Value::None);
            drop(value);
            if let Some(items) = items {
                crate::value::drop_last_first(items);
            }
            self.run_pending_finalizers();
        }
        crate::gc::collect(self);
    }
}
