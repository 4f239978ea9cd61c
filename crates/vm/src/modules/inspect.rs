//! Frame introspection (`f_locals`) and a small native `inspect` used when `lib/` has no
//! `inspect.py`.

use crate::frame::FrameRef;
use crate::objects::function::Args;
use crate::objects::generator::{GenKind, GenState};
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};
use pydive_bytecode::code::{co_flags, local_kind};

/// `frame.f_locals`: the namespace of module/class frames; for function frames a snapshot
/// dict of the bound locals, cells and free variables (3.12's `PyFrame_GetLocals`).
pub fn frame_locals(vm: &mut Vm, f: &FrameRef) -> PyResult<Value> {
    let fr = f.borrow();
    if let Some(l) = &fr.locals {
        return Ok(l.clone());
    }
    let d = vm.new_dict();
    let co = &fr.code.co;
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
        if let Some(v) = v {
            d.borrow_mut().set_str(name, v);
        }
    }
    Ok(Value::Dict(d))
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
