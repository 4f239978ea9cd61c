//! Calls: CALL, KW_NAMES, CALL_FUNCTION_EX, MAKE_FUNCTION, the intrinsics; and binding
//! arguments to a new frame's fast locals (`initialize_locals` in ceval.c).

use std::cell::RefCell;
use std::rc::Rc;

use pydive_bytecode::code::co_flags;

use super::{pop, push, Flow};
use crate::frame::{Frame, FrameRef};
use crate::objects::function::{ArgVec, Args, Builtin, BuiltinKind, Function};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// KW_NAMES: remember co_consts[i] (a tuple of names) for the next CALL.
pub fn kw_names(_vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let names = match f.borrow().code.consts.get(arg as usize) {
        Some(Value::Tuple(_)) => arg,
        _ => crate::frame::NO_KWNAMES,
    };
    f.borrow_mut().kwnames = names;
    Ok(Flow::Next)
}

/// The frame for a call of a Python function without a `**kwargs` parameter whose
/// arguments bind without any error: the top `npos + kwnames.len()` values of the caller's
/// stack are moved straight into the new frame's fast locals (positionals past the
/// parameters into the `*args` tuple), missing ones come from the defaults. `None` (and
/// `stack` untouched) for anything else; the general path then binds the arguments or
/// reports the error.
fn simple_frame(
    func: &Rc<Function>,
    stack: &mut crate::frame::ValueStack,
    npos: usize,
    kwnames: &[Value],
) -> Option<FrameRef> {
    let code = func.code.borrow();
    let co = &code.co;
    let argcount = co.argcount as usize;
    if kwnames.is_empty()
        && npos == argcount
        && co.kwonlyargcount == 0
        && co.flags & (co_flags::VARARGS | co_flags::VARKEYWORDS) == 0
    {
        // Exactly the positional parameters (CALL_PY_EXACT_ARGS): the arguments move into
        // the first fast locals as they are.
        let frame = Frame::new_ref(
            code.clone(),
            func.globals.clone(),
            func.builtins.clone(),
            None,
        );
        let mut fr = frame.borrow_mut();
        fr.func = Some(func.clone());
        // (No drain for a call without arguments: `sleep0()`, a coroutine function's call.)
        if npos > 0 {
            let start = stack.len() - npos;
            for (slot, v) in fr.localsplus.iter_mut().zip(stack.drain(start..)) {
                // (A new frame's slot is unbound: nothing to drop.)
                std::mem::forget(slot.replace(v));
            }
        }
        drop(fr);
        return Some(frame);
    }
    let total = argcount + co.kwonlyargcount as usize;
    let posonly = co.posonlyargcount as usize;
    let has_varargs = co.flags & co_flags::VARARGS != 0;
    if co.flags & co_flags::VARKEYWORDS != 0
        || (npos > argcount && !has_varargs)
        || total > 64
        || kwnames.len() > 8
    {
        return None;
    }
    // The positionals that land in parameters (the rest go to *args).
    let nbound = npos.min(argcount);
    let nkw = kwnames.len();
    // Which parameters the call gives (bit i: parameter i), and the parameter each keyword
    // names.
    let mut given = low_bits(nbound);
    let mut targets = [0u8; 8];
    let names = &co.localsplusnames[..total];
    for (j, k) in kwnames.iter().enumerate() {
        let name = k.as_str()?;
        let i = names[posonly..]
            .iter()
            .position(|n| n.len() == name.len() && **n == *name)?
            + posonly;
        if given & (1 << i) != 0 {
            return None;
        }
        given |= 1 << i;
        targets[j] = i as u8;
    }
    let defaults = func.defaults.borrow();
    let ndef = defaults.as_ref().map_or(0, |d| d.len());
    let first_default = argcount.saturating_sub(ndef);
    // Every positional parameter without a default is given; every keyword-only one not
    // given has a default.
    let required = low_bits(first_default);
    if given & required != required {
        return None;
    }
    let kw_missing = low_bits(total) & !low_bits(argcount) & !given;
    let kwdefaults = func.kwdefaults.borrow();
    if kw_missing != 0 {
        let kd = kwdefaults.as_ref()?.borrow();
        if !bits(kw_missing).all(|i| kd.contains_str(&names[i])) {
            return None;
        }
    }
    let frame = Frame::new_ref(
        code.clone(),
        func.globals.clone(),
        func.builtins.clone(),
        None,
    );
    let mut fr = frame.borrow_mut();
    fr.func = Some(func.clone());
    let start = stack.len() - npos - nkw;
    let slots = &mut fr.localsplus;
    let mut args = stack.drain(start..);
    for (slot, v) in slots[..nbound].iter_mut().zip(args.by_ref()) {
        *slot = Some(v);
    }
    if has_varargs {
        let extra: Vec<Value> = args.by_ref().take(npos - nbound).collect();
        slots[total] = Some(Value::tuple(extra));
    }
    for (&i, v) in targets[..nkw].iter().zip(args) {
        slots[i as usize] = Some(v);
    }
    if let Some(d) = defaults.as_ref() {
        for i in bits(low_bits(argcount) & !low_bits(first_default) & !given) {
            slots[i] = Some(d[i - first_default].clone());
        }
    }
    if kw_missing != 0 {
        if let Some(kd) = kwdefaults.as_ref() {
            let kd = kd.borrow();
            for i in bits(kw_missing) {
                slots[i] = kd.get_str(&names[i]);
            }
        }
    }
    drop(fr);
    Some(frame)
}

/// The mask of bits 0..n (n up to 64).
#[inline]
fn low_bits(n: usize) -> u64 {
    if n >= 64 {
        u64::MAX
    } else {
        (1u64 << n) - 1
    }
}

/// The indices of the bits set in `m`, lowest first.
#[inline]
fn bits(mut m: u64) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        if m == 0 {
            return None;
        }
        let i = m.trailing_zeros() as usize;
        m &= m - 1;
        Some(i)
    })
}

/// CALL (callable | NULL, self | callable, args[argc] -- result)
pub fn call(vm: &mut Vm, f: &FrameRef, argc: u32) -> PyResult<Flow> {
    if let Some(flow) = call_fast(vm, f, argc as usize) {
        return flow;
    }
    let kwnames = {
        let mut fr = f.borrow_mut();
        let t = match fr.kwnames_tuple() {
            Some(Value::Tuple(t)) => Some(t.clone()),
            _ => None,
        };
        fr.kwnames = crate::frame::NO_KWNAMES;
        t
    };
    let (callable, mut a) = {
        let mut fr = f.borrow_mut();
        let n = fr.stack.len();
        let start = n.saturating_sub(argc as usize);
        let callable_or_null = n
            .checked_sub(argc as usize + 2)
            .map(|i| fr.stack[i].is_null());
        let mut pos = ArgVec::with_capacity(argc as usize + 1);
        let callable = match callable_or_null {
            Some(false) => {
                // callable, self, args: self becomes the first argument.
                let mut it = fr.stack.drain(start - 2..);
                let callable = it.next().unwrap_or(Value::Null);
                pos.extend(it);
                callable
            }
            Some(true) => {
                let mut it = fr.stack.drain(start - 2..);
                it.next();
                let callable = it.next().unwrap_or(Value::Null);
                pos.extend(it);
                callable
            }
            None => {
                pos.extend(fr.stack.drain(start..));
                fr.stack.pop();
                fr.stack.pop().unwrap_or(Value::Null)
            }
        };
        (callable, Args::new(pos))
    };
    if let Some(names) = kwnames {
        let n = names.len().min(a.pos.len());
        let vals = a.pos.split_off(a.pos.len() - n);
        a.kw = names
            .iter()
            .zip(vals)
            .map(|(k, v)| match k {
                Value::Str(k) => (k.clone(), v),
                _ => (Rc::from(""), v),
            })
            .collect();
    }
    dispatch_call(vm, f, callable, a)
}

/// Where CALL's callable and arguments are on the stack (`argc` of them, the last
/// `kwnames.len()` passed by keyword): the call's places start at `base`, the callable is at
/// `at`, followed by `npos` positional arguments (the receiver first).
struct CallShape {
    base: usize,
    at: usize,
    npos: usize,
    kwnames: Option<crate::value::TupleRef>,
}

/// CALL's `CallShape`, a bound method object's function and `self` put in the places of the
/// NULL and the method first (CALL_BOUND_METHOD_EXACT_ARGS). `None` for a stack too short or
/// names that are not a tuple of strings. (Nothing dropped here runs Python code: the method
/// object's function and `self` live on, on the stack.)
#[inline(always)]
fn call_shape(fr: &mut Frame, argc: usize) -> Option<CallShape> {
    let n = fr.stack.len();
    if n < argc + 2 {
        return None;
    }
    let kwnames = match fr.kwnames_tuple() {
        None => None,
        Some(Value::Tuple(t)) if t.len() <= argc && t.iter().all(|k| k.as_str().is_some()) => {
            Some(t.clone())
        }
        Some(_) => return None,
    };
    let nkw = kwnames.as_ref().map_or(0, |t| t.len());
    let base = n - argc - 2;
    if fr.stack[base].is_null() {
        if let Value::Method(m) = &fr.stack[base + 1] {
            if matches!(m.func, Value::Function(_)) {
                let (func, self_) = (m.func.clone(), m.self_.clone());
                fr.stack[base] = func;
                fr.stack[base + 1] = self_;
            }
        }
    }
    let (at, npos) = if fr.stack[base].is_null() {
        (base + 1, argc - nkw)
    } else {
        (base, argc + 1 - nkw)
    };
    Some(CallShape {
        base,
        at,
        npos,
        kwnames,
    })
}

/// CALL of a Python function whose arguments bind without error, run by the loop's fast
/// path under the caller's frame borrow: the new frame, its arguments moved off the stack,
/// for the loop to push. `None`, with the stack as `call_fast` would find it, for anything
/// else. (What is dropped here runs no Python code: the callable's references on the stack
/// go while the new frame holds the function, and the names tuple lives in co_consts.)
#[inline]
pub(super) fn py_call_frame(fr: &mut Frame, argc: usize) -> Option<FrameRef> {
    let CallShape {
        base,
        at,
        npos,
        kwnames,
    } = call_shape(fr, argc)?;
    let Value::Function(func) = &fr.stack[at] else {
        return None;
    };
    let func = func.clone();
    let kw: &[Value] = kwnames.as_deref().map_or(&[], |t| &t.0);
    let frame = simple_frame(&func, &mut fr.stack, npos, kw)?;
    fr.stack.truncate(base);
    fr.kwnames = crate::frame::NO_KWNAMES;
    Some(frame)
}

/// CALL's specializations (CPython's CALL_PY_EXACT_ARGS, CALL_BOUND_METHOD_EXACT_ARGS,
/// CALL_BUILTIN_*): a Python function whose parameters bind without error gets its frame
/// straight from the caller's stack; a builtin gets its arguments in one vector built from
/// the stack (receiver first). `None`, with the stack untouched, for anything else.
fn call_fast(vm: &mut Vm, f: &FrameRef, argc: usize) -> Option<PyResult<Flow>> {
    let mut fr = f.borrow_mut();
    let CallShape {
        base,
        at,
        npos,
        kwnames,
    } = call_shape(&mut fr, argc)?;
    let nkw = kwnames.as_ref().map_or(0, |t| t.len());
    match &fr.stack[at] {
        Value::Function(func) => {
            let func = func.clone();
            let kw: &[Value] = kwnames.as_deref().map_or(&[], |t| &t.0);
            let frame = simple_frame(&func, &mut fr.stack, npos, kw)?;
            fr.stack.truncate(base);
            fr.kwnames = crate::frame::NO_KWNAMES;
            Some(Ok(Flow::Call(frame)))
        }
        Value::Type(t) if at == base + 1 && !vm.sys_trace.on => {
            // `Cls(args)` with object.__new__ and a Python __init__: the __init__ frame
            // binds straight from the stack, with the new instance as `self`.
            let t = t.clone();
            let (init, attrs) = crate::objects::typecall::plain_init(&t)?;
            fr.stack[base] = Value::Function(init.clone());
            let cls = std::mem::replace(&mut fr.stack[base + 1], Value::None);
            let kw: &[Value] = kwnames.as_deref().map_or(&[], |t| &t.0);
            let Some(frame) = simple_frame(&init, &mut fr.stack, npos + 1, kw) else {
                fr.stack[base] = Value::Null;
                fr.stack[base + 1] = cls;
                return None;
            };
            fr.stack.truncate(base);
            fr.kwnames = crate::frame::NO_KWNAMES;
            drop(fr);
            Some(init_call(vm, f, &t, frame, attrs))
        }
        Value::Builtin(b) if nkw == 0 && crate::generator::is_gen_send(b) => {
            // `gen.send(v)` (asyncio's Task.__step: `coro.send(None)`): the generator's frame
            // is resumed inside this loop, as SEND resumes it.
            let g = match (&b.bound, npos, fr.stack.get(at + 1)) {
                (Some(Value::Generator(g)), 1, _) | (None, 2, Some(Value::Generator(g))) => {
                    g.clone()
                }
                _ => return None,
            };
            let v = fr.stack.pop()?;
            drop(fr);
            match vm.gen_resume_inline(&g, v, crate::generator::AfterGen::Call) {
                Ok(frame) => {
                    let mut fr = f.borrow_mut();
                    fr.stack.truncate(base);
                    fr.kwnames = crate::frame::NO_KWNAMES;
                    Some(Ok(Flow::Resume(frame)))
                }
                Err(v) => {
                    f.borrow_mut().stack.push(v);
                    None
                }
            }
        }
        Value::Builtin(b)
            if !vm.sys_trace.on
                && (npos > 0 || b.bound.is_some() || b.kind != BuiltinKind::Method) =>
        {
            if nkw == 0
                && b.bound.is_none()
                && b.data.as_ref().is_none_or(|d| matches!(d, Value::Str(_)))
                && ArgVec::fits_inline(npos)
            {
                // The common call (`len(x)`, `s.lower()`, `l.append(v)`): the arguments
                // (receiver first) move from the stack into the inline ArgVec, the callable
                // moves out of it too (no reference count taken), and what is left of the
                // call's places is NULLs.
                let Value::Builtin(b) = std::mem::replace(&mut fr.stack[at], Value::Null) else {
                    unreachable!()
                };
                let first = at + 1;
                let pos = ArgVec::inline_from(npos, |i| {
                    std::mem::replace(&mut fr.stack[first + i], Value::Null)
                });
                // Only NULLs are left from `base` up: popped with nothing to drop.
                debug_assert!(fr.stack[base..].iter().all(Value::is_null));
                while fr.stack.len() > base {
                    std::mem::forget(fr.stack.pop());
                }
                fr.kwnames = crate::frame::NO_KWNAMES;
                drop(fr);
                return Some(native_call(
                    vm,
                    f,
                    &b,
                    Args {
                        pos,
                        kw: Vec::new(),
                    },
                ));
            }
            let b = b.clone();
            let data = b.data.as_ref().filter(|d| !matches!(d, Value::Str(_)));
            let mut pos = ArgVec::with_capacity(npos + 2);
            if let Some(d) = data {
                pos.push(d.clone());
            }
            if let Some(s) = &b.bound {
                pos.push(s.clone());
            }
            // The arguments move out of the stack (their places left NULL), which is then
            // cut back to the callable's place.
            pos.move_from(&mut fr.stack[at + 1..at + 1 + npos]);
            let mut kw = Vec::new();
            if let Some(names) = &kwnames {
                kw.reserve(nkw);
                for (k, v) in names.iter().zip(&mut fr.stack[at + 1 + npos..]) {
                    if let Value::Str(k) = k {
                        kw.push((k.clone(), std::mem::replace(v, Value::Null)));
                    }
                }
            }
            fr.stack.truncate(base);
            fr.kwnames = crate::frame::NO_KWNAMES;
            drop(fr);
            Some(native_call(vm, f, &b, Args { pos, kw }))
        }
        _ => None,
    }
}

/// The end of CALL for `Cls(args)` taken by `call_fast`: a new instance of `t` becomes
/// `self` of the `__init__` frame. The frame is pushed on this loop's frame stack
/// (`Flow::CallInit`, CPython 3.13's CALL_ALLOC_AND_ENTER_INIT with its shim frame): when it
/// returns, `init_returned` checks the result and pushes the instance. A generator
/// `__init__` (its call returns at once) and runs under `pydive trace` take a nested loop,
/// as `type_call` does.
fn init_call(
    vm: &mut Vm,
    f: &FrameRef,
    t: &Rc<crate::objects::typeobj::Type>,
    frame: FrameRef,
    attrs: usize,
) -> PyResult<Flow> {
    vm.check_interrupt()?;
    let obj = crate::ops::new_instance_sized(vm, t, attrs);
    frame.borrow_mut().localsplus[0] = Some(obj.clone());
    let rec = InlineInit {
        obj,
        ty: t.clone(),
        attrs,
        depth: vm.frames.len() + 1,
    };
    const NOT_PLAIN: u32 = co_flags::GENERATOR
        | co_flags::COROUTINE
        | co_flags::ASYNC_GENERATOR
        | co_flags::ITERABLE_COROUTINE;
    if vm.tracer.is_none() && frame.borrow().code.co.flags & NOT_PLAIN == 0 {
        vm.enter_inlined_init()?;
        vm.inline_inits.push(rec);
        return Ok(Flow::CallInit(frame));
    }
    let r = vm.with_c(" while calling a Python object", |vm| vm.run_frame(frame))?;
    init_returned(vm, f, rec, r)?;
    Ok(Flow::Next)
}

/// A `Cls(args)` whose `__init__` frame runs in the caller's loop (`init_call`): the
/// instance, and the frame stack's length with the frame on it.
pub(crate) struct InlineInit {
    obj: Value,
    ty: Rc<crate::objects::typeobj::Type>,
    attrs: usize,
    depth: usize,
}

impl Vm {
    /// The `Cls(args)` whose `__init__` frame was at `depth` on the frame stack, if the
    /// frame leaving from there is one.
    #[inline]
    pub(crate) fn take_inline_init(&mut self, depth: usize) -> Option<InlineInit> {
        if self.inline_inits.last().is_some_and(|r| r.depth == depth) {
            self.leave_inlined_init();
            self.inline_inits.pop()
        } else {
            None
        }
    }
}

/// `__init__` returned `r` to the CALL in `f`: the instance is the call's result, as
/// `type_call` checks it (`__init__() should return None`).
pub(crate) fn init_returned(vm: &mut Vm, f: &FrameRef, rec: InlineInit, r: Value) -> PyResult<()> {
    let InlineInit { obj, ty, attrs, .. } = rec;
    if let Value::Instance(i) = &obj {
        if let Some(d) = &i.dict_if_any() {
            let n = d.try_borrow().map_or(0, |d| d.len());
            if n != attrs {
                crate::objects::typecall::note_attrs(&ty, n);
            }
        }
    }
    if !r.is_none() {
        let tn = vm.type_name(&r);
        return Err(vm.type_error(format!("__init__() should return None, not '{tn}'")));
    }
    push(f, obj);
    Ok(())
}

/// Whether `check_interrupt` has anything to do (a KeyboardInterrupt or a signal waiting);
/// the loop's JUMP_BACKWARD makes the same test.
#[inline]
fn interrupt_pending(vm: &Vm) -> bool {
    vm.interrupted.load(std::sync::atomic::Ordering::Relaxed) || crate::modules::signal::pending()
}

/// The end of CALL for a builtin: its result pushed.
fn native_call(vm: &mut Vm, f: &FrameRef, b: &Rc<Builtin>, a: Args) -> PyResult<Flow> {
    if interrupt_pending(vm) {
        vm.check_interrupt()?;
    }
    let units = call_units(f, b);
    if units == 0 {
        let r = vm.call_native(b, a)?;
        push(f, r);
        return Ok(Flow::Next);
    }
    for k in 0..units {
        if let Err(e) = vm.enter_c(" while calling a Python object") {
            vm.c_recursion -= k;
            return Err(e);
        }
    }
    let r = vm.call_native(b, a);
    vm.c_recursion -= units;
    push(f, r?);
    Ok(Flow::Next)
}

/// Whether this CALL of builtin `b` takes a unit of the C recursion budget, as CPython
/// 3.12's CALL does: a C function's or method's vectorcall (`cfunction_vectorcall_*`,
/// `method_vectorcall_*`) takes one, and so do the specialized forms for METH_O and
/// METH_NOARGS (CALL_NO_KW_BUILTIN_O, CALL_NO_KW_METHOD_DESCRIPTOR_O/_NOARGS; builtins
/// with another convention are never specialized: `min`, `max`); the other specialized
/// forms (CALL_NO_KW_BUILTIN_FAST, CALL_NO_KW_LEN, CALL_NO_KW_ISINSTANCE,
/// CALL_NO_KW_LIST_APPEND, ...) take none. A site's adaptive counter starts at 1, so its
/// first execution is always the generic one: `getattr(self, n)` recursing through
/// `__getattr__` stops one level before `self.n` does. The builtins that take their unit
/// themselves (`repr`, `hash`, `str.format`) are not counted twice; `sorted` calls
/// `list.sort` through its method's vectorcall, one unit more at every call.
fn call_units(f: &FrameRef, b: &Builtin) -> usize {
    let class = match b.c_units.get() {
        0 => {
            let c = unit_class(b);
            b.c_units.set(c);
            c
        }
        c => c,
    };
    match class {
        UNITS_NONE => 0,
        UNITS_ALWAYS => 1,
        _ => {
            let fr = f.borrow();
            let first = usize::from(fr.code.caches.first_call(fr.lasti));
            first + usize::from(class == UNITS_FIRST_PLUS_ONE)
        }
    }
}

/// `Builtin::c_units`' classes: never a unit; one on a site's first (generic) run only; one
/// at every call; the first run's plus one at every call (`sorted`'s `list.sort`).
const UNITS_NONE: u8 = 1;
const UNITS_FIRST_RUN: u8 = 2;
const UNITS_ALWAYS: u8 = 3;
const UNITS_FIRST_PLUS_ONE: u8 = 4;

fn unit_class(b: &Builtin) -> u8 {
    use crate::objects::argcheck::Spec;
    if b.owner.is_none() {
        match &*b.name {
            "repr" | "hash" => UNITS_NONE,
            "abs" | "all" | "any" | "ascii" | "bin" | "callable" | "chr" | "hex" | "id" | "oct"
            | "ord" | "aiter" | "min" | "max" | "globals" | "locals" => UNITS_ALWAYS,
            "sorted" => UNITS_FIRST_PLUS_ONE,
            _ => UNITS_FIRST_RUN,
        }
    } else {
        match &*b.name {
            "format" if b.owner.as_deref() == Some("str") => UNITS_NONE,
            "append" => UNITS_FIRST_RUN,
            _ if matches!(b.spec, Some(Spec::One | Spec::NoArgs)) => UNITS_ALWAYS,
            _ => UNITS_FIRST_RUN,
        }
    }
}

/// Whether calling type `t` takes a unit of the C recursion budget: CPython 3.12's classes
/// and builtin types without a `tp_vectorcall` are called through `_PyObject_MakeTpCall`,
/// which takes one (`int(x)` recursing through `__int__` stops at 499 levels where
/// `float(x)` stops at 749); `str(x)` does on a site's first, generic run only
/// (CALL_NO_KW_STR_1 after).
fn make_tp_call_unit(f: &FrameRef, t: &crate::objects::typeobj::Type) -> bool {
    if !t.builtin {
        // a class (CALL_ALLOC_AND_ENTER_INIT is 3.13's): type_call through
        // _PyObject_MakeTpCall, `__new__` and a metaclass `__call__` included
        return true;
    }
    match &**t.name.borrow() {
        "int" | "complex" | "bytes" | "bytearray" | "memoryview" | "object" | "slice"
        | "property" | "staticmethod" | "classmethod" => true,
        "str" => {
            let fr = f.borrow();
            fr.code.caches.first_call(fr.lasti)
        }
        _ => false,
    }
}

/// Python functions get a new frame on the frame stack; everything else is called natively.
fn dispatch_call(vm: &mut Vm, f: &FrameRef, callable: Value, mut a: Args) -> PyResult<Flow> {
    match &callable {
        Value::Function(func) => {
            let frame = vm.make_frame(func, a)?;
            Ok(Flow::Call(frame))
        }
        Value::Method(m) if matches!(m.func, Value::Function(_)) => {
            a.pos.insert(0, m.self_.clone());
            let Value::Function(func) = &m.func else {
                unreachable!()
            };
            let frame = vm.make_frame(func, a)?;
            Ok(Flow::Call(frame))
        }
        _ => {
            vm.check_interrupt()?;
            let unit = match &callable {
                Value::Builtin(b) => call_units(f, b),
                Value::Type(t) => usize::from(make_tp_call_unit(f, t)),
                _ => 0,
            };
            for k in 0..unit {
                if let Err(e) = vm.enter_c(" while calling a Python object") {
                    vm.c_recursion -= k;
                    return Err(e);
                }
            }
            let r = if vm.sys_trace.on {
                crate::settrace::profile_c_call(vm, f, &callable, a)
            } else {
                vm.call_args(&callable, a)
            };
            vm.c_recursion -= unit;
            push(f, r?);
            Ok(Flow::Next)
        }
    }
}

/// A `**kwargs` key as a keyword name: a str, or the str inside an instance of a str subclass.
fn keyword_name(vm: &mut Vm, k: &Value) -> PyResult<Rc<str>> {
    match k {
        Value::Str(s) => Ok(s.clone()),
        other => match crate::ops::unwrap_base(other) {
            Some(Value::Str(s)) => Ok(s),
            _ => Err(vm.type_error("keywords must be strings")),
        },
    }
}

/// Whether `v`'s type has `__iter__` or `__getitem__` (`tp_iter` or `PySequence_Check`).
fn looks_iterable(vm: &mut Vm, v: &Value) -> bool {
    let t = vm.type_of(v);
    t.lookup("__iter__").is_some() || t.lookup("__getitem__").is_some()
}

/// CALL_FUNCTION_EX (func, NULL | self?, callargs, [kwargs] -- result)
pub fn call_function_ex(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let kwargs = if arg & 1 != 0 { Some(pop(f)) } else { None };
    let callargs = pop(f);
    let func = pop(f);
    let _null = pop(f);
    // Room for the arguments and a bound method's `self` (inserted in front by the call),
    // inside the ArgVec itself up to its inline size.
    let mut all;
    match &callargs {
        Value::Tuple(t) => {
            all = ArgVec::with_capacity(t.len() + 1);
            all.extend(t.iter().cloned());
        }
        other => {
            let items = match vm.collect(other) {
                Ok(v) => v,
                // check_args_iterable (ceval.c): only an object that cannot be iterated at all
                // gets this message; a TypeError raised while iterating passes through.
                Err(e) if vm.err_is(&e, "TypeError") && !looks_iterable(vm, other) => {
                    let fname = crate::builtins::callable_name(vm, &func);
                    let tn = vm.type_name(other);
                    return Err(vm.type_error(format!(
                        "{fname} argument after * must be an iterable, not {tn}"
                    )));
                }
                Err(e) => return Err(e),
            };
            all = ArgVec::from(items);
        }
    }
    let mut a = Args::new(all);
    if let Some(kw) = kwargs {
        match &kw {
            Value::Dict(d) => {
                let items = d.borrow().items();
                for (k, v) in items {
                    a.kw.push((keyword_name(vm, &k)?, v));
                }
            }
            other => {
                let keys = vm.call_method(other, "keys", vec![])?;
                for k in vm.collect(&keys)? {
                    let v = vm.getitem(other, &k)?;
                    a.kw.push((keyword_name(vm, &k)?, v));
                }
            }
        }
    }
    dispatch_call(vm, f, func, a)
}

/// MAKE_FUNCTION (defaults?, kwdefaults?, annotations?, closure?, code -- function)
pub fn make_function(vm: &mut Vm, f: &FrameRef, flags: u32) -> PyResult<Flow> {
    let code = pop(f);
    let closure = if flags & 0x08 != 0 {
        Some(pop(f))
    } else {
        None
    };
    let annotations = if flags & 0x04 != 0 {
        Some(pop(f))
    } else {
        None
    };
    let kwdefaults = if flags & 0x02 != 0 {
        Some(pop(f))
    } else {
        None
    };
    let defaults = if flags & 0x01 != 0 {
        Some(pop(f))
    } else {
        None
    };
    let Value::Code(code) = code else {
        return Err(vm.system_error("MAKE_FUNCTION expects a code object"));
    };
    let (globals, builtins) = {
        let fr = f.borrow();
        (fr.globals.clone(), fr.builtins.clone())
    };
    let module = globals.borrow().get_str("__name__").unwrap_or(Value::None);
    let doc = match code.consts.first() {
        Some(Value::Str(s)) if code.co.flags & 0x4000_0000 == 0 && code_has_docstring(&code) => {
            Value::Str(s.clone())
        }
        _ => Value::None,
    };
    let annotations = match annotations {
        Some(Value::Tuple(t)) => {
            // 3.12 passes annotations as a flat tuple (name, value, name, value, ...)
            let d = vm.new_dict();
            for pair in t.chunks(2) {
                if pair.len() == 2 {
                    vm.dict_set(&d, pair[0].clone(), pair[1].clone())?;
                }
            }
            Value::Dict(d)
        }
        Some(v) => v,
        None => Value::None,
    };
    let func = Function {
        name: RefCell::new(code.co.name.to_string().into()),
        qualname: RefCell::new(code.co.qualname.to_string().into()),
        code: RefCell::new(code),
        globals,
        builtins,
        defaults: RefCell::new(match defaults {
            Some(Value::Tuple(t)) => Some(t),
            _ => None,
        }),
        kwdefaults: RefCell::new(match kwdefaults {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        }),
        closure: match closure {
            Some(Value::Tuple(t)) => Some(t),
            _ => None,
        },
        annotations: RefCell::new(annotations),
        doc: RefCell::new(doc),
        module: RefCell::new(module),
        dict: vm.new_dict(),
    };
    let func = Rc::new(func);
    crate::gc::track_function(&func);
    push(f, Value::Function(func));
    Ok(Flow::Next)
}

/// A function's docstring is co_consts[0] when the body starts with a string expression.
/// CPython 3.12 marks no flag for it; a str first constant that is not used by the first
/// statement is the docstring only if the compiler put it there, which it always does for a
/// docstring — and never puts a non-docstring str first unless it is None first. Lambdas and
/// functions without docstrings start co_consts with None.
fn code_has_docstring(code: &crate::objects::code::PyCode) -> bool {
    !code.co.name.starts_with('<')
}

/// `sys.__displayhook__` (`sys_displayhook` in Python/sysmodule.c): unless `v` is None, writes
/// `repr(v)` and a newline to `sys.stdout` and binds it to `builtins._`.
pub fn default_displayhook(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.into_iter().next().unwrap_or(Value::None);
    if v.is_none() {
        return Ok(Value::None);
    }
    // Like CPython, `_` is cleared before repr() runs (it may fail or look at `_`).
    vm.builtins.borrow_mut().set_str("_", Value::None);
    let r = vm.repr(&v)?;
    crate::builtins::functions::write_stdout(vm, &r)?;
    crate::builtins::functions::write_stdout(vm, "\n")?;
    vm.builtins.borrow_mut().set_str("_", v);
    Ok(Value::None)
}

/// CALL_INTRINSIC_1 (v -- res)
pub fn call_intrinsic_1(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let v = pop(f);
    let r = match arg {
        1 => {
            // INTRINSIC_PRINT: sys.displayhook(v), for code compiled in 'single' mode
            let hook = match &vm.sys_module {
                Some(Value::Module(m)) => m.dict.borrow().get_str("displayhook"),
                _ => None,
            };
            match hook {
                Some(hook) => {
                    vm.call(&hook, vec![v])?;
                }
                None => {
                    default_displayhook(vm, Args::new(vec![v]))?;
                }
            }
            Value::None
        }
        2 => {
            // INTRINSIC_IMPORT_STAR
            let locals = f.borrow().locals.as_deref().cloned();
            vm.import_star(&v, locals)?;
            Value::None
        }
        3 => {
            // The exception (a StopIteration turned into a RuntimeError) is the value the
            // RERAISE that follows raises, as CPython's stopiteration_error returns it: the
            // RuntimeError gets no traceback entry for this frame.
            let e = stopiteration_error(vm, f, v);
            vm.reraising = false;
            e
        }
        4 => crate::generator::async_gen_wrap(v),
        5 => {
            // INTRINSIC_UNARY_POSITIVE
            crate::eval::binary::unary_value(vm, &v, "__pos__")?
        }
        6 => match &v {
            // The list BUILD_LIST made for `f(*a, *b)` / `(*a, *b)` is held by the stack
            // alone: its items move into the tuple instead of being copied.
            Value::List(l) if Rc::strong_count(l) == 1 => {
                Value::tuple(std::mem::take(&mut *l.borrow_mut()))
            }
            Value::List(l) => Value::tuple(l.borrow().clone()),
            _ => v,
        },
        // INTRINSIC_TYPEVAR, _PARAMSPEC, _TYPEVARTUPLE, _SUBSCRIPT_GENERIC, _TYPEALIAS: the
        // objects of PEP 695 live in lib/typing.py (C in CPython's Objects/typevarobject.c).
        7..=11 => type_params_intrinsic(vm, "_intrinsic_1", vec![Value::Int(arg as i64), v])?,
        _ => {
            let name = pydive_bytecode::opcode::INTRINSIC_1
                .get(arg as usize)
                .copied()
                .unwrap_or("?");
            return Err(vm.not_implemented(&format!("{name} (type parameter syntax)")));
        }
    };
    push(f, r);
    Ok(Flow::Next)
}

/// INTRINSIC_STOPITERATION_ERROR: a StopIteration escaping a generator body becomes a
/// RuntimeError (PEP 479).
fn stopiteration_error(vm: &mut Vm, f: &FrameRef, exc: Value) -> Value {
    let flags = f.borrow().code.co.flags;
    let msg = if flags & co_flags::ASYNC_GENERATOR != 0 {
        if vm.err_is(&exc, "StopAsyncIteration") {
            Some("async generator raised StopAsyncIteration")
        } else if vm.err_is(&exc, "StopIteration") {
            Some("async generator raised StopIteration")
        } else {
            None
        }
    } else if vm.err_is(&exc, "StopIteration") {
        Some(if flags & co_flags::COROUTINE != 0 {
            "coroutine raised StopIteration"
        } else {
            "generator raised StopIteration"
        })
    } else {
        None
    };
    match msg {
        Some(m) => {
            let e = vm.new_error("RuntimeError", m);
            if let (Value::Instance(ei), Value::Instance(_)) = (&e, &exc) {
                if let Some(d) = ei.exc() {
                    let mut d = d.borrow_mut();
                    d.cause = exc.clone();
                    d.context = exc.clone();
                    d.suppress_context = true;
                }
            }
            e
        }
        None => {
            vm.reraising = true;
            exc
        }
    }
}

/// The type-parameter intrinsics, done by `typing._intrinsic_1(n, v)` /
/// `typing._intrinsic_2(n, v1, v2)` (n is the intrinsic's number).
fn type_params_intrinsic(vm: &mut Vm, helper: &str, args: Vec<Value>) -> PyResult<Value> {
    let typing = vm.import_module("typing")?;
    let f = vm.getattr(&typing, helper)?;
    vm.call(&f, args)
}

/// CALL_INTRINSIC_2 (v1, v2 -- res)
pub fn call_intrinsic_2(vm: &mut Vm, f: &FrameRef, arg: u32) -> PyResult<Flow> {
    let v2 = pop(f);
    let v1 = pop(f);
    match arg {
        1 => {
            // INTRINSIC_PREP_RERAISE_STAR (orig, excs -- exc to raise or None)
            let r = crate::objects::exceptions::prep_reraise_star(vm, &v1, &v2)?;
            push(f, r);
            Ok(Flow::Next)
        }
        2..=4 => {
            // INTRINSIC_TYPEVAR_WITH_BOUND, _WITH_CONSTRAINTS, SET_FUNCTION_TYPE_PARAMS
            let r =
                type_params_intrinsic(vm, "_intrinsic_2", vec![Value::Int(arg as i64), v1, v2])?;
            push(f, r);
            Ok(Flow::Next)
        }
        _ => {
            let name = pydive_bytecode::opcode::INTRINSIC_2
                .get(arg as usize)
                .copied()
                .unwrap_or("?");
            Err(vm.not_implemented(&format!("{name} (type parameter syntax)")))
        }
    }
}

impl Vm {
    /// A new frame for calling `func` with `args`, the arguments bound to its fast locals.
    pub fn make_frame(&mut self, func: &Rc<Function>, args: Args) -> PyResult<FrameRef> {
        let code = func.code();
        let frame = Frame::new_ref(code, func.globals.clone(), func.builtins.clone(), None);
        {
            let mut fr = frame.borrow_mut();
            fr.func = Some(func.clone());
            self.bind_arguments(func, &mut fr.localsplus, args)?;
        }
        Ok(frame)
    }

    fn bind_arguments(
        &mut self,
        func: &Rc<Function>,
        slots: &mut [Option<Value>],
        args: Args,
    ) -> PyResult<()> {
        let code = func.code();
        let co = &code.co;
        let argcount = co.argcount as usize;
        let posonly = co.posonlyargcount as usize;
        let kwonly = co.kwonlyargcount as usize;
        let has_varargs = co.flags & co_flags::VARARGS != 0;
        let has_varkw = co.flags & co_flags::VARKEYWORDS != 0;
        let total = argcount + kwonly;
        let qualname = func.qualname.borrow().clone();
        let names = &co.localsplusnames;
        let Args { pos, kw } = args;
        let npos = pos.len();

        // **kwargs dict first (its slot comes after *args).
        let varkw_slot = total + has_varargs as usize;
        let kwdict = if has_varkw {
            Some(self.new_dict())
        } else {
            None
        };

        let mut pos_iter = pos.into_iter();
        for (i, v) in pos_iter.by_ref().take(argcount).enumerate() {
            slots[i] = Some(v);
        }
        let extra: Vec<Value> = pos_iter.collect();
        // CPython's initialize_locals: keywords are bound (and their errors raised) before
        // surplus positionals are reported.
        let too_many = !has_varargs && !extra.is_empty();
        let kw_given = if too_many {
            kw.iter()
                .filter(|(k, _)| names[argcount..total].iter().any(|n| **n == **k))
                .count()
        } else {
            0
        };
        if has_varargs {
            slots[total] = Some(Value::tuple(extra));
        }
        // The keywords naming positional-only parameters, for that error's message.
        let posonly_as_kw: Vec<Rc<str>> = if posonly > 0 && kwdict.is_none() {
            kw.iter()
                .filter(|(k, _)| names[..posonly].iter().any(|n| **n == **k))
                .map(|(k, _)| k.clone())
                .collect()
        } else {
            Vec::new()
        };
        for (k, v) in kw {
            let idx = names[..total].iter().position(|n| **n == *k);
            match idx {
                Some(i) if i >= posonly => {
                    if slots[i].is_some() {
                        return Err(self.type_error(format!(
                            "{qualname}() got multiple values for argument '{k}'"
                        )));
                    }
                    slots[i] = Some(v);
                }
                _ => match &kwdict {
                    Some(d) => {
                        if d.borrow().contains_str(&k) {
                            return Err(self.type_error(format!(
                                "{qualname}() got multiple values for keyword argument '{k}'"
                            )));
                        }
                        d.borrow_mut().set_str(&k, v);
                    }
                    None if !posonly_as_kw.is_empty() => {
                        let list = posonly_as_kw
                            .iter()
                            .map(|k| k.to_string())
                            .collect::<Vec<_>>()
                            .join(", ");
                        return Err(self.type_error(format!(
                            "{qualname}() got some positional-only arguments passed as keyword arguments: '{list}'"
                        )));
                    }
                    None => {
                        return Err(self.type_error(format!(
                            "{qualname}() got an unexpected keyword argument '{k}'"
                        )));
                    }
                },
            }
        }
        if too_many {
            let defaults = func
                .defaults
                .borrow()
                .as_ref()
                .map(|d| d.len())
                .unwrap_or(0);
            let takes = if defaults > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount - defaults,
                    argcount
                )
            } else {
                format!(
                    "{} positional argument{}",
                    argcount,
                    if argcount == 1 { "" } else { "s" }
                )
            };
            let given = if kw_given > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{})",
                    npos,
                    if npos == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                format!("{} {}", npos, if npos == 1 { "was" } else { "were" })
            };
            let given = if kw_given > 0 {
                format!("{given} were")
            } else {
                given
            };
            return Err(self.type_error(format!("{qualname}() takes {takes} but {given} given")));
        }
        if let Some(d) = kwdict {
            slots[varkw_slot] = Some(Value::Dict(d));
        }

        // Defaults for missing positionals.
        let defaults = func.defaults.borrow().clone();
        let ndef = defaults.as_ref().map(|d| d.len()).unwrap_or(0);
        let first_default = argcount.saturating_sub(ndef);
        let mut missing = Vec::new();
        for i in 0..argcount {
            if slots[i].is_none() {
                if i >= first_default {
                    if let Some(d) = &defaults {
                        slots[i] = Some(d[i - first_default].clone());
                    }
                } else {
                    missing.push(names[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qualname}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        let kwdefaults = func.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        for i in argcount..total {
            if slots[i].is_none() {
                let d = kwdefaults
                    .as_ref()
                    .and_then(|d| d.borrow().get_str(&names[i]));
                match d {
                    Some(v) => slots[i] = Some(v),
                    None => missing.push(names[i].to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{qualname}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        Ok(())
    }
}

/// 'a', 'a' and 'b', 'a', 'b', and 'c' — CPython's `format_missing`.
fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}
