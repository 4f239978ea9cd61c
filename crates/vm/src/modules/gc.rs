//! `gc`: pydive frees objects by reference counting; there is no cycle collector, so
//! `collect()` finds nothing and reports 0.

use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("collect", |_: &mut Vm, _: Args| Ok(Value::Int(0))),
        ("enable", |_: &mut Vm, _: Args| Ok(Value::None)),
        ("disable", |_: &mut Vm, _: Args| Ok(Value::None)),
        ("isenabled", |_: &mut Vm, _: Args| Ok(Value::Bool(false))),
        ("get_objects", |_: &mut Vm, _: Args| Ok(Value::list(vec![]))),
        ("is_tracked", |_: &mut Vm, _: Args| Ok(Value::Bool(false))),
        ("get_count", |_: &mut Vm, _: Args| {
            Ok(Value::tuple(vec![
                Value::Int(0),
                Value::Int(0),
                Value::Int(0),
            ]))
        }),
        ("get_referrers", |_: &mut Vm, _: Args| {
            Ok(Value::list(vec![]))
        }),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    d.borrow_mut().set_str("garbage", Value::list(vec![]));
    d.borrow_mut().set_str("callbacks", Value::list(vec![]));
    Ok(())
}
