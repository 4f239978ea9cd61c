//! dict views (`dict_keys`, `dict_values`, `dict_items`): live views over a dict. We model
//! them as a 2-tuple-like instance of the view type holding the dict.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::iter::DictView;
use crate::value::Value;

/// Views are instances of the builtin view types whose `base` is `(dict, kind)`.
pub fn make_view(d: Value, kind: DictView) -> Value {
    let ty = VIEW_TYPES.with(|t| t[kind as usize].clone());
    make_view_of(ty, d)
}

/// A view over `d` whose class is `ty`: a view type or a class deriving from one.
pub fn make_view_of(ty: Rc<crate::objects::typeobj::Type>, d: Value) -> Value {
    Value::Instance(Rc::new(crate::objects::instance::Instance::new(
        ty,
        None,
        Vec::new(),
        Some(d),
        None,
    )))
}

thread_local! {
    pub static VIEW_TYPES: [Rc<crate::objects::typeobj::Type>; 3] = [
        crate::objects::typeobj::Type::new_builtin("dict_keys", None, crate::objects::typeobj::Layout::Object),
        crate::objects::typeobj::Type::new_builtin("dict_values", None, crate::objects::typeobj::Layout::Object),
        crate::objects::typeobj::Type::new_builtin("dict_items", None, crate::objects::typeobj::Layout::Object),
    ];
}

/// `as_view` for an instance of the view types themselves, not of a class deriving from one
/// (whose `__iter__` may be its own).
pub fn as_exact_view(v: &Value) -> Option<(DictView, Value)> {
    let Value::Instance(i) = v else { return None };
    let cls = i.class();
    let kind = VIEW_TYPES.with(|t| t.iter().position(|x| Rc::ptr_eq(x, &cls)))?;
    let d = i.base()?;
    Some(([DictView::Keys, DictView::Values, DictView::Items][kind], d))
}

/// Which view this value is, and its dict.
pub fn as_view(v: &Value) -> Option<(DictView, Value)> {
    let Value::Instance(i) = v else { return None };
    let cls = i.class();
    // a view type, or a lib/ class deriving from one (collections' odict_keys)
    let kind = VIEW_TYPES.with(|t| {
        t.iter().position(|x| Rc::ptr_eq(x, &cls)).or_else(|| {
            let bases = cls.bases.borrow();
            let b = bases.first()?;
            t.iter().position(|x| Rc::ptr_eq(x, b))
        })
    })?;
    let d = i.base()?;
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
    let _ = (d, kind);
    let body = vm.repr(&Value::list(items))?;
    // the class's own name: `odict_keys([...])` for an OrderedDict's
    let name = vm.type_of(&a.pos[0]).name();
    Ok(Value::str(&format!("{name}({body})")))
}

fn view_iter(
    vm: &mut crate::vm::Vm,
    a: crate::objects::function::Args,
) -> crate::vm::PyResult<Value> {
    let Some((view, d)) = as_view(&a.pos[0]) else {
        let tn = vm.type_name(&a.pos[0]);
        return Err(vm.type_error(format!(
            "descriptor '__iter__' requires a dict view object but received a '{tn}'"
        )));
    };
    // the dict's own iterator, also for a class deriving from a view type
    let len = vm.len(&d)?;
    Ok(Value::Iter(Rc::new(RefCell::new(
        crate::objects::iter::Iter::Dict {
            dict: d,
            pos: 0,
            len,
            view,
        },
    ))))
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

/// `view.mapping`: a read-only proxy of the dict the view reads (dictview_mapping).
fn view_mapping(
    vm: &mut crate::vm::Vm,
    a: crate::objects::function::Args,
) -> crate::vm::PyResult<Value> {
    Ok(match as_view(&a.pos[0]) {
        Some((_, d)) => crate::objects::mappingproxy::new(vm, d),
        None => Value::None,
    })
}

/// `set(x)` for a view or any iterable (`PySet_New`).
fn to_set(vm: &mut crate::vm::Vm, x: &Value) -> crate::vm::PyResult<Value> {
    let s = vm.new_set(Vec::new())?;
    if as_view(x).is_some() {
        for k in vm.collect(x)? {
            vm.set_add(&s, k)?;
        }
    } else {
        vm.set_update_from(&s, x)?;
    }
    Ok(Value::Set(s))
}

/// `dictviews_and` / `_or` / `_sub` / `_xor`: `self` is the left operand (a view, or for the
/// reflected forms the other object).
fn view_binop(
    vm: &mut crate::vm::Vm,
    left: &Value,
    right: &Value,
    op: crate::ops::BinOp,
) -> crate::vm::PyResult<Value> {
    use crate::ops::BinOp;
    if matches!(op, BinOp::Or) {
        let r = to_set(vm, left)?;
        if let Value::Set(s) = &r {
            vm.set_update_from(s, right)?;
        }
        return Ok(r);
    }
    if !matches!(op, BinOp::And) {
        let r = to_set(vm, left)?;
        let other = to_set(vm, right)?;
        return crate::objects::setops::set_inplace(vm, &r, &other, op);
    }
    // dictviews_and: the view is `self` whichever side it was on.
    let (view, other) = if as_view(left).is_some() {
        (left, right)
    } else {
        (right, left)
    };
    let len_view = vm.len(view)?;
    if let Value::Set(o) = other {
        if len_view <= o.borrow().len() {
            // other.intersection(view)
            let r = vm.new_set(Vec::new())?;
            for k in vm.collect(view)? {
                if vm.set_contains(o, &k)? {
                    vm.set_add(&r, k)?;
                }
            }
            return Ok(Value::Set(r));
        }
    }
    let r = vm.new_set(Vec::new())?;
    for k in vm.collect(other)? {
        if vm.contains(view, &k)? {
            vm.set_add(&r, k)?;
        }
    }
    Ok(Value::Set(r))
}

macro_rules! view_ops {
    ($($name:ident, $rname:ident, $op:ident;)*) => {
        $(
            fn $name(
                vm: &mut crate::vm::Vm,
                a: crate::objects::function::Args,
            ) -> crate::vm::PyResult<Value> {
                view_binop(vm, &a.pos[0], &a.pos[1], crate::ops::BinOp::$op)
            }
            fn $rname(
                vm: &mut crate::vm::Vm,
                a: crate::objects::function::Args,
            ) -> crate::vm::PyResult<Value> {
                view_binop(vm, &a.pos[1], &a.pos[0], crate::ops::BinOp::$op)
            }
        )*
    };
}

view_ops! {
    view_and, view_rand, And;
    view_or, view_ror, Or;
    view_sub, view_rsub, Sub;
    view_xor, view_rxor, Xor;
}

fn view_isdisjoint(
    vm: &mut crate::vm::Vm,
    a: crate::objects::function::Args,
) -> crate::vm::PyResult<Value> {
    for k in vm.collect(&a.pos[1])? {
        if vm.contains(&a.pos[0], &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn view_reversed(
    vm: &mut crate::vm::Vm,
    a: crate::objects::function::Args,
) -> crate::vm::PyResult<Value> {
    let mut items = vm.collect(&a.pos[0])?;
    items.reverse();
    Ok(Value::Iter(Rc::new(RefCell::new(
        crate::objects::iter::Iter::Vec { items, index: 0 },
    ))))
}

/// `dictview_richcompare`: keys and items views compare like sets.
fn view_richcompare(
    vm: &mut crate::vm::Vm,
    a: &crate::objects::function::Args,
    op: crate::ops::CmpOp,
) -> crate::vm::PyResult<Value> {
    let other = &a.pos[1];
    let is_setlike = matches!(other, Value::Set(_) | Value::FrozenSet(_))
        || as_view(other).is_some_and(|(k, _)| k != DictView::Values);
    if !is_setlike {
        return Ok(Value::NotImplemented);
    }
    let x = to_set(vm, &a.pos[0])?;
    let y = to_set(vm, other)?;
    vm.compare(&x, &y, op)
}

fn view_eq(
    vm: &mut crate::vm::Vm,
    a: crate::objects::function::Args,
) -> crate::vm::PyResult<Value> {
    view_richcompare(vm, &a, crate::ops::CmpOp::Eq)
}

fn view_ne(
    vm: &mut crate::vm::Vm,
    a: crate::objects::function::Args,
) -> crate::vm::PyResult<Value> {
    view_richcompare(vm, &a, crate::ops::CmpOp::Ne)
}

fn view_lt(
    vm: &mut crate::vm::Vm,
    a: crate::objects::function::Args,
) -> crate::vm::PyResult<Value> {
    view_richcompare(vm, &a, crate::ops::CmpOp::Lt)
}

fn view_le(
    vm: &mut crate::vm::Vm,
    a: crate::objects::function::Args,
) -> crate::vm::PyResult<Value> {
    view_richcompare(vm, &a, crate::ops::CmpOp::Le)
}

fn view_gt(
    vm: &mut crate::vm::Vm,
    a: crate::objects::function::Args,
) -> crate::vm::PyResult<Value> {
    view_richcompare(vm, &a, crate::ops::CmpOp::Gt)
}

fn view_ge(
    vm: &mut crate::vm::Vm,
    a: crate::objects::function::Args,
) -> crate::vm::PyResult<Value> {
    view_richcompare(vm, &a, crate::ops::CmpOp::Ge)
}

fn values_eq(
    _vm: &mut crate::vm::Vm,
    a: crate::objects::function::Args,
) -> crate::vm::PyResult<Value> {
    Ok(Value::Bool(a.pos[0].is(&a.pos[1])))
}

fn values_ne(
    _vm: &mut crate::vm::Vm,
    a: crate::objects::function::Args,
) -> crate::vm::PyResult<Value> {
    Ok(Value::Bool(!a.pos[0].is(&a.pos[1])))
}

/// Register the view types' methods.
pub fn init(vm: &mut crate::vm::Vm) {
    let types: Vec<Rc<crate::objects::typeobj::Type>> = VIEW_TYPES.with(|t| t.to_vec());
    let object = vm.types.object.clone();
    for t in types {
        // made before `object` exists: object is their base, as CPython's
        if t.bases.borrow().is_empty() {
            t.bases.borrow_mut().push(object.clone());
            t.mro.borrow_mut().push(object.clone());
        }
        vm.add_method(&t, "__repr__", view_repr);
        vm.add_method(&t, "__len__", view_len);
        vm.add_method(&t, "__iter__", view_iter);
        vm.add_method(&t, "__reversed__", view_reversed);
        if t.name().as_ref() != "dict_values" {
            let ops: [(&str, crate::objects::function::NativeFn); 15] = [
                ("__lt__", view_lt),
                ("__le__", view_le),
                ("__gt__", view_gt),
                ("__ge__", view_ge),
                ("__and__", view_and),
                ("__rand__", view_rand),
                ("__or__", view_or),
                ("__ror__", view_ror),
                ("__sub__", view_sub),
                ("__rsub__", view_rsub),
                ("__xor__", view_xor),
                ("__rxor__", view_rxor),
                ("isdisjoint", view_isdisjoint),
                ("__eq__", view_eq),
                ("__ne__", view_ne),
            ];
            for (n, f) in ops {
                vm.add_method(&t, n, f);
            }
            // they compare like sets, and are unhashable as sets are (values views hash by
            // identity)
            t.dict.borrow_mut().set_str("__hash__", Value::None);
        } else {
            // values views compare by identity (object's), not by the dict they hold
            vm.add_method(&t, "__eq__", values_eq);
            vm.add_method(&t, "__ne__", values_ne);
        }
        t.dict
            .borrow_mut()
            .set_str("__module__", Value::str("builtins"));
        let mapping = crate::objects::misc::Property {
            fget: vm.native("mapping", view_mapping),
            fset: Value::None,
            fdel: Value::None,
            doc: RefCell::new(Value::str("dictionary that this view refers to")),
            name: RefCell::new(Value::str("mapping")),
        };
        t.dict
            .borrow_mut()
            .set_str("mapping", Value::Property(Rc::new(mapping)));
    }
}
