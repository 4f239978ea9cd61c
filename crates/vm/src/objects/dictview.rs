//! dict views (`dict_keys`, `dict_values`, `dict_items`): live views over a dict. We model
//! them as a 2-tuple-like instance of the view type holding the dict.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::iter::DictView;
use crate::value::Value;

/// Views are instances of the builtin view types whose `base` is `(dict, kind)`.
pub fn make_view(d: Value, kind: DictView) -> Value {
    let ty = VIEW_TYPES.with(|t| t[kind as usize].clone());
    Value::Instance(Rc::new(crate::objects::instance::Instance {
        class: RefCell::new(ty),
        dict: None,
        slots: RefCell::new(Vec::new()),
        base: RefCell::new(Some(d)),
        exc: None,
    }))
}

thread_local! {
    pub static VIEW_TYPES: [Rc<crate::objects::typeobj::Type>; 3] = [
        crate::objects::typeobj::Type::new_builtin("dict_keys", None, crate::objects::typeobj::Layout::Object),
        crate::objects::typeobj::Type::new_builtin("dict_values", None, crate::objects::typeobj::Layout::Object),
        crate::objects::typeobj::Type::new_builtin("dict_items", None, crate::objects::typeobj::Layout::Object),
    ];
}

/// Which view this value is, and its dict.
pub fn as_view(v: &Value) -> Option<(DictView, Value)> {
    let Value::Instance(i) = v else { return None };
    let cls = i.class();
    let kind = VIEW_TYPES.with(|t| t.iter().position(|x| Rc::ptr_eq(x, &cls)))?;
    let d = i.base.borrow().clone()?;
    Some(([DictView::Keys, DictView::Values, DictView::Items][kind], d))
}

fn view_repr(
    vm: &mut crate::vm::Vm,
    a: crate::objects::function::Args,
) -> crate::vm::PyResult<Value> {
    let Some((kind, d)) = as_view(&a.pos[0]) else {
        return Ok(Value::str("?"));
    };
    let it = vm.iter(&a.pos[0])?;
    let mut items = Vec::new();
    while let Some(v) = vm.next(&it)? {
        items.push(v);
    }
    let _ = d;
    let body = vm.repr(&Value::list(items))?;
    let name = ["dict_keys", "dict_values", "dict_items"][kind as usize];
    Ok(Value::str(&format!("{name}({body})")))
}

fn view_len(
    vm: &mut crate::vm::Vm,
    a: crate::objects::function::Args,
) -> crate::vm::PyResult<Value> {
    let Some((_, d)) = as_view(&a.pos[0]) else {
        return Ok(Value::Int(0));
    };
    Ok(Value::Int(vm.len(&d)? as i64))
}

fn view_mapping(
    _vm: &mut crate::vm::Vm,
    a: crate::objects::function::Args,
) -> crate::vm::PyResult<Value> {
    Ok(as_view(&a.pos[0]).map(|(_, d)| d).unwrap_or(Value::None))
}

/// Register the view types' methods.
pub fn init(vm: &mut crate::vm::Vm) {
    let types: Vec<Rc<crate::objects::typeobj::Type>> = VIEW_TYPES.with(|t| t.to_vec());
    for t in types {
        vm.add_method(&t, "__repr__", view_repr);
        vm.add_method(&t, "__len__", view_len);
        t.dict
            .borrow_mut()
            .set_str("__module__", Value::str("builtins"));
        let _ = view_mapping;
    }
}
