//! `gc`: the interface of the cycle collector (`crate::gc`, `Modules/gcmodule.c`).
//! pydive has one generation; `get_count`/`get_threshold` report it as generation 0.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::dict::Dict;
use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

thread_local! {
    static DEBUG: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}

fn collect(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(g) = a.pos.first().cloned().or_else(|| a.kwarg("generation")) {
        let g = vm.index_value(&g)?;
        if !(0..=2).contains(&g) {
            return Err(vm.new_error("ValueError", "invalid generation"));
        }
    }
    Ok(Value::Int(crate::gc::collect(vm) as i64))
}

fn set_threshold(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.is_empty() || a.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "set_threshold() takes at most 3 arguments ({} given)",
            a.pos.len()
        )));
    }
    let mut t = crate::gc::thresholds();
    t.0 = vm.index_value(&a.pos[0])?;
    if let Some(v) = a.pos.get(1) {
        t.1 = vm.index_value(v)?;
    }
    if let Some(v) = a.pos.get(2) {
        t.2 = vm.index_value(v)?;
    }
    crate::gc::set_thresholds(t);
    Ok(Value::None)
}

fn get_stats(_: &mut Vm, _: Args) -> PyResult<Value> {
    let (collections, collected) = crate::gc::stats();
    let gen = |c: usize, n: usize| {
        let mut d = Dict::new();
        d.set_str("collections", Value::Int(c as i64));
        d.set_str("collected", Value::Int(n as i64));
        d.set_str("uncollectable", Value::Int(0));
        Value::dict(d)
    };
    Ok(Value::list(vec![
        gen(0, 0),
        gen(0, 0),
        gen(collections, collected),
    ]))
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("collect", collect),
        ("enable", |_: &mut Vm, _: Args| {
            crate::gc::enable(true);
            Ok(Value::None)
        }),
        ("disable", |_: &mut Vm, _: Args| {
            crate::gc::enable(false);
            Ok(Value::None)
        }),
        ("isenabled", |_: &mut Vm, _: Args| {
            Ok(Value::Bool(crate::gc::is_enabled()))
        }),
        ("get_count", |_: &mut Vm, _: Args| {
            Ok(Value::tuple(vec![
                Value::Int(crate::gc::get_count() as i64),
                Value::Int(0),
                Value::Int(0),
            ]))
        }),
        ("get_threshold", |_: &mut Vm, _: Args| {
            let (a, b, c) = crate::gc::thresholds();
            Ok(Value::tuple(vec![
                Value::Int(a),
                Value::Int(b),
                Value::Int(c),
            ]))
        }),
        ("set_threshold", set_threshold),
        ("get_stats", get_stats),
        ("get_debug", |_: &mut Vm, _: Args| {
            Ok(Value::Int(DEBUG.with(|d| d.get())))
        }),
        ("set_debug", |vm: &mut Vm, a: Args| {
            let v = a.pos.first().cloned().unwrap_or(Value::Int(0));
            let v = vm.index_value(&v)?;
            DEBUG.with(|d| d.set(v));
            Ok(Value::None)
        }),
        ("is_tracked", |_: &mut Vm, a: Args| {
            let v = a.pos.first().cloned().unwrap_or(Value::None);
            Ok(Value::Bool(crate::gc::is_tracked(&v)))
        }),
        ("is_finalized", |_: &mut Vm, a: Args| {
            Ok(Value::Bool(match a.pos.first() {
                Some(Value::Instance(o)) => crate::objects::instance::is_finalized(o),
                _ => false,
            }))
        }),
        ("get_objects", |_: &mut Vm, _: Args| {
            Ok(Value::list(crate::gc::objects()))
        }),
        ("get_referents", |_: &mut Vm, a: Args| {
            let mut out = Vec::new();
            for v in &a.pos {
                out.extend(crate::gc::referents(v));
            }
            Ok(Value::list(out))
        }),
        ("get_referrers", |_: &mut Vm, a: Args| {
            Ok(Value::list(crate::gc::referrers(&a.pos)))
        }),
        ("freeze", |_: &mut Vm, _: Args| Ok(Value::None)),
        ("unfreeze", |_: &mut Vm, _: Args| Ok(Value::None)),
        ("get_freeze_count", |_: &mut Vm, _: Args| Ok(Value::Int(0))),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    for (n, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        d.borrow_mut().set_str(n, Value::Int(v));
    }
    d.borrow_mut().set_str("garbage", Value::list(vec![]));
    let callbacks = Rc::new(crate::value::ListItems(RefCell::new(Vec::new())));
    crate::gc::set_callbacks(callbacks.clone());
    d.borrow_mut().set_str("callbacks", Value::List(callbacks));
    Ok(())
}
