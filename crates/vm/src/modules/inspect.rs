//! Frame introspection (`f_locals`) and a small native `inspect` used when `lib/` has no
//! `inspect.py`.

use std::rc::Rc;

use crate::frame::FrameRef;
use crate::objects::function::Args;
use crate::objects::generator::{GenKind, GenState};
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};
use pydive_bytecode::code::{co_flags, local_kind};

/// `frame.f_locals`: the namespace of module/class frames; for function frames the one dict
/// of the frame (3.12's `frame->f_locals`), refreshed from the bound locals, cells and free
/// variables on every call (`PyFrame_FastToLocalsWithError`): unbound names leave it, other
/// keys stay.
pub fn frame_locals(vm: &mut Vm, f: &FrameRef) -> PyResult<Value> {
    let fr = f.borrow();
    if let Some(l) = &fr.locals {
        return Ok((**l).clone());
    }
    let d = match fr.trace.as_ref().and_then(|t| t.locals_dict.clone()) {
        Some(d) => d,
        None => vm.new_dict(),
    };
    let co = &fr.code.co;
    let mut fresh = Vec::with_capacity(co.localsplusnames.len());
    for (i, name) in co.localsplusnames.iter().enumerate() {
        let kind = co.localspluskinds.get(i).copied().unwrap_or(0);
        if kind & local_kind::HIDDEN != 0 {
            continue;
        }
        let v = match fr.localsplus.get(i).cloned().flatten() {
            Some(Value::Cell(c)) if kind & (local_kind::CELL | local_kind::FREE) != 0 => {
                c.borrow().clone()
            }
            other => other,
        };
        fresh.push((name.clone(), v));
    }
    drop(fr);
    // replaced values are dropped after the dict's borrow ends (a finalizer may run)
    let mut replaced = Vec::new();
    {
        let mut dm = d.borrow_mut();
        for (name, v) in fresh {
            replaced.extend(dm.get_str(&name));
            match v {
                Some(v) => dm.set_str(&name, v),
                None => replaced.extend(dm.del_str(&name)),
            }
        }
    }
    drop(replaced);
    let mut fr = f.borrow_mut();
    let t = fr.trace.get_or_insert_with(Default::default);
    t.locals_dict = Some(d.clone());
    t.fast_as_locals = true;
    Ok(Value::Dict(d))
}

/// `PyFrame_LocalsToFast` after a trace or profile hook: the values of the function frame's
/// `f_locals` dict, when the hook refreshed it, go back into its locals, cells and free
/// variables. (A name the hook deleted stays bound.)
pub fn locals_to_fast(f: &FrameRef) {
    let mut fr = f.borrow_mut();
    let function_frame = fr.locals.is_none();
    let d = match fr.trace.as_mut() {
        Some(t) if t.fast_as_locals && function_frame => {
            t.fast_as_locals = false;
            match &t.locals_dict {
                Some(d) => d.clone(),
                None => return,
            }
        }
        _ => return,
    };
    let co = fr.code.co.clone();
    let mut replaced = Vec::new();
    for (i, name) in co.localsplusnames.iter().enumerate() {
        let kind = co.localspluskinds.get(i).copied().unwrap_or(0);
        let Some(v) = d.borrow().get_str(name) else {
            continue;
        };
        if kind & local_kind::HIDDEN != 0 || i >= fr.localsplus.len() {
            continue;
        }
        match &fr.localsplus[i] {
            Some(Value::Cell(c)) if kind & (local_kind::CELL | local_kind::FREE) != 0 => {
                replaced.extend(c.borrow_mut().replace(v));
            }
            _ => replaced.extend(fr.localsplus[i].replace(v)),
        }
    }
    drop(fr);
    drop(replaced);
}

/// `frame.clear()` (`frame_clear`): a suspended generator's frame closes the generator
/// (`_PyGen_Finalize`), a finished frame drops its locals and value stack, a running one
/// refuses.
fn frame_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Frame(f)) = a.pos.first() else {
        return Err(vm.type_error("descriptor 'clear' requires a 'frame' object"));
    };
    let gen = f.borrow().generator.as_ref().and_then(|w| w.upgrade());
    let running = match &gen {
        Some(g) => matches!(&*g.state.borrow(), GenState::Running(_)),
        // (a frame runs while it is on the frame stack)
        None => vm.frames.iter().any(|x| Rc::ptr_eq(x, f)),
    };
    if running {
        return Err(vm.new_error("RuntimeError", "cannot clear an executing frame"));
    }
    if let Some(g) = gen {
        if let Err(e) = vm.gen_close(&g) {
            vm.write_unraisable(&e, Some(&Value::Generator(g.clone())));
        }
        return Ok(Value::None);
    }
    let (locals, stack) = f.borrow_mut().take_values();
    // their finalizers run with no borrow of the frame held
    drop((locals, stack));
    Ok(Value::None)
}

/// Install the methods of `frame` (called from `modules::register`).
pub fn init_frame(vm: &mut Vm) {
    let t = vm.types.frame.clone();
    vm.add_method(&t, "clear", frame_clear);
}

fn currentframe(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(match vm.current_frame() {
        Some(f) => Value::Frame(f),
        None => Value::None,
    })
}

fn gen_state(vm: &mut Vm, a: &Args, kind: GenKind) -> PyResult<Value> {
    let (Some(Value::Generator(g)), p) = (
        a.pos.first(),
        if kind == GenKind::Generator {
            "GEN"
        } else {
            "CORO"
        },
    ) else {
        return Err(vm.type_error("expected a generator"));
    };
    let s = match &*g.state.borrow() {
        GenState::Created(_) => "CREATED",
        GenState::Running(_) => "RUNNING",
        GenState::Suspended(_) => "SUSPENDED",
        GenState::Finished => "CLOSED",
    };
    Ok(Value::str(&format!("{p}_{s}")))
}
fn getgeneratorstate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    gen_state(vm, &a, GenKind::Generator)
}
fn getcoroutinestate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    gen_state(vm, &a, GenKind::Coroutine)
}
fn code_flags(v: &Value) -> u32 {
    match v {
        Value::Function(f) => f.code().co.flags,
        Value::Method(m) => code_flags(&m.func),
        _ => 0,
    }
}
fn isgeneratorfunction(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        code_flags(&a.pos[0]) & co_flags::GENERATOR != 0,
    ))
}
fn iscoroutinefunction(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        code_flags(&a.pos[0]) & co_flags::COROUTINE != 0,
    ))
}
fn isasyncgenfunction(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        code_flags(&a.pos[0]) & co_flags::ASYNC_GENERATOR != 0,
    ))
}
fn isgenerator(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        matches!(&a.pos[0], Value::Generator(g) if g.kind == GenKind::Generator),
    ))
}
fn iscoroutine(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        matches!(&a.pos[0], Value::Generator(g) if g.kind == GenKind::Coroutine),
    ))
}
fn isasyncgen(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        matches!(&a.pos[0], Value::Generator(g) if g.kind == GenKind::AsyncGenerator),
    ))
}
fn isfunction(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(matches!(&a.pos[0], Value::Function(_))))
}
fn isclass(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(matches!(&a.pos[0], Value::Type(_))))
}
fn ismethod(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(matches!(&a.pos[0], Value::Method(_))))
}
fn isbuiltin(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(matches!(&a.pos[0], Value::Builtin(_))))
}
fn ismodule(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(matches!(&a.pos[0], Value::Module(_))))
}
fn isframe(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(matches!(&a.pos[0], Value::Frame(_))))
}
fn iscode(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(matches!(&a.pos[0], Value::Code(_))))
}
fn isawaitable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = &a.pos[0];
    Ok(Value::Bool(
        matches!(v, Value::Generator(g) if g.kind == GenKind::Coroutine)
            || vm.lookup_special(v, "__await__")?.is_some(),
    ))
}
fn getmembers(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let dir = vm.builtins.borrow().get_str("dir").unwrap_or(Value::None);
    let names = vm.call(&dir, vec![a.pos[0].clone()])?;
    let mut out = Vec::new();
    for n in vm.collect(&names)? {
        let s = n.as_str().unwrap_or("").to_string();
        if let Ok(v) = vm.getattr(&a.pos[0], &s) {
            if let Some(p) = a.pos.get(1) {
                let r = vm.call(p, vec![v.clone()])?;
                if !vm.truthy(&r)? {
                    continue;
                }
            }
            out.push(Value::tuple(vec![n, v]));
        }
    }
    Ok(Value::list(out))
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("currentframe", currentframe),
        ("getgeneratorstate", getgeneratorstate),
        ("getcoroutinestate", getcoroutinestate),
        ("isgeneratorfunction", isgeneratorfunction),
        ("iscoroutinefunction", iscoroutinefunction),
        ("isasyncgenfunction", isasyncgenfunction),
        ("isgenerator", isgenerator),
        ("iscoroutine", iscoroutine),
        ("isasyncgen", isasyncgen),
        ("isfunction", isfunction),
        ("isclass", isclass),
        ("ismethod", ismethod),
        ("isbuiltin", isbuiltin),
        ("ismodule", ismodule),
        ("isframe", isframe),
        ("iscode", iscode),
        ("isawaitable", isawaitable),
        ("getmembers", getmembers),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    for (k, v) in [
        ("GEN_CREATED", "GEN_CREATED"),
        ("GEN_RUNNING", "GEN_RUNNING"),
        ("GEN_SUSPENDED", "GEN_SUSPENDED"),
        ("GEN_CLOSED", "GEN_CLOSED"),
        ("CORO_CREATED", "CORO_CREATED"),
        ("CORO_RUNNING", "CORO_RUNNING"),
        ("CORO_SUSPENDED", "CORO_SUSPENDED"),
        ("CORO_CLOSED", "CORO_CLOSED"),
    ] {
        d.borrow_mut().set_str(k, Value::str(v));
    }
    Ok(())
}
