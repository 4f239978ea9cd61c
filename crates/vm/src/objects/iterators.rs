//! `next()` for the builtin iterators.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::iter::{DictView, Iter};
use crate::value::{tuple_items, Value};
use crate::vm::{PyResult, Vm};

/// `next(it)` for FOR_ITER and the iterator builtins (enumerate, zip, map, filter): the
/// builtin iterators' step, and a file's buffered line without a `__next__` call
/// (`io::next_line`); anything else through `Vm::next`.
#[inline]
pub fn next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    match it {
        Value::Iter(cell) => iter_next(vm, cell),
        Value::Instance(_) => match crate::modules::io::next_line(vm, it) {
            Some(line) => Ok(Some(line)),
            None => vm.next(it),
        },
        _ => vm.next(it),
    }
}

/// The tuple an enumerate or zip step returns: `result`, the previous one, refilled in
/// place when nothing else holds it any more (CPython reuses `en_result` and zip's `result`
/// so, which keeps the last items alive until the next step), else a new one kept in
/// `result`. `items` gets back what the tuple held, for the caller to drop once the
/// iterator is no longer borrowed.
fn reuse_result(result: &mut Value, items: &mut [Value]) -> Value {
    if let Value::Tuple(t) = result {
        if let Some(slots) = std::rc::Rc::get_mut(t) {
            if slots.0.len() == items.len() {
                slots.0.swap_with_slice(items);
                return result.clone();
            }
        }
    }
    let fresh = Value::Tuple(tuple_items(
        items
            .iter_mut()
            .map(|v| std::mem::replace(v, Value::None))
            .collect::<std::rc::Rc<[Value]>>(),
    ));
    // a tuple someone else still holds: only a count goes
    *result = fresh.clone();
    fresh
}

/// A zip step that met the end of argument `i`: the end, or for `strict=True` the
/// ValueError naming the arguments shorter or longer than the others (zip_next's `check`).
fn zip_shorter(
    vm: &mut Vm,
    cell: &Rc<RefCell<Iter>>,
    i: usize,
    strict: bool,
) -> PyResult<Option<Value>> {
    if !strict {
        return Ok(None);
    }
    let plural = |i: usize| if i == 1 { " " } else { "s 1-" };
    if i > 0 {
        return Err(vm.value_error(format!(
            "zip() argument {} is shorter than argument{}{i}",
            i + 1,
            plural(i)
        )));
    }
    let its = match &*cell.borrow() {
        Iter::Zip { its, .. } => its.clone(),
        _ => return Ok(None),
    };
    for (j, other) in its.iter().enumerate().skip(1) {
        if next(vm, other)?.is_some() {
            return Err(vm.value_error(format!(
                "zip() argument {} is longer than argument{}{j}",
                j + 1,
                plural(j)
            )));
        }
    }
    Ok(None)
}

/// A step of an iterator that runs no Python code.
pub enum Plain {
    Item(Value),
    End,
    /// One that calls Python code or raises (enumerate, zip, map, filter, a callable, a
    /// dict or set whose size changed): `iter_next` with the `Vm`.
    Other,
}

/// The next item of the iterators over sequences, ranges, dicts and sets, which need no
/// `Vm`: also under another iterator's borrow (enumerate, zip). Ranges, lists and tuples
/// step here, inlined; the others in `step_plain_rest`.
#[inline(always)]
pub fn step_plain(st: &mut Iter) -> Plain {
    match st {
        Iter::Range { next, stop, step } => {
            let n = *next;
            if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                *next = n.wrapping_add(*step);
                if (*step > 0 && *next < n) || (*step < 0 && *next > n) {
                    *stop = *next; // overflow: end after this one
                }
                return Plain::Item(Value::Int(n));
            }
            Plain::End
        }
        Iter::Seq {
            seq: Value::Tuple(t),
            index,
        } if *index < t.len() => {
            *index += 1;
            Plain::Item(t[*index - 1].clone())
        }
        Iter::Seq {
            seq: Value::List(l),
            index,
        } => {
            let item = l.try_borrow().ok().and_then(|l| l.get(*index).cloned());
            match item {
                Some(v) => {
                    *index += 1;
                    Plain::Item(v)
                }
                None => step_plain_rest(st, true),
            }
        }
        Iter::Enumerate { .. }
        | Iter::Zip { .. }
        | Iter::Map { .. }
        | Iter::Filter { .. }
        | Iter::Callable { .. } => Plain::Other,
        _ => step_plain_rest(st, true),
    }
}

/// `step_plain` of every plain kind, out of line. The eval loop's fast path, under the
/// frame's borrow, passes `exhaust` false: a sequence iterator at its end keeps its
/// sequence, whose drop may free anything, for `iter_next` to drop.
#[inline(never)]
pub fn step_plain_rest(st: &mut Iter, exhaust: bool) -> Plain {
    let item = match st {
        Iter::Seq { seq, index } => {
            let i = *index;
            let item = match seq {
                // a list being sorted looks empty, as in CPython
                Value::List(l) => l.try_borrow().ok().and_then(|l| l.get(i).cloned()),
                Value::Tuple(t) => t.get(i).cloned(),
                Value::Bytes(b) => b.get(i).map(|&x| Value::Int(x as i64)),
                Value::ByteArray(b) => b
                    .try_borrow()
                    .ok()
                    .and_then(|b| b.get(i).map(|&x| Value::Int(x as i64))),
                // index counts bytes for str: advance by the char's width (no scan of the
                // whole string per step, which made iterating a long string quadratic)
                Value::Str(s) => s.get(i..).and_then(|rest| rest.chars().next()).map(|c| {
                    *index += c.len_utf8() - 1;
                    let mut buf = [0u8; 4];
                    Value::str(c.encode_utf8(&mut buf))
                }),
                _ => None,
            };
            if item.is_some() {
                *index += 1;
            }
            item
        }
        Iter::Reversed { seq, index } => {
            if *index < 0 {
                None
            } else {
                let i = *index as usize;
                *index -= 1;
                match seq {
                    Value::List(l) => l.try_borrow().ok().and_then(|l| l.get(i).cloned()),
                    Value::Tuple(t) => t.get(i).cloned(),
                    // str_index: no walk from the start per step (that made it quadratic)
                    Value::Str(s) if i < crate::objects::str_index::char_len(s) => {
                        let mut buf = [0u8; 4];
                        let c = crate::objects::str_index::char_at(s, i);
                        Some(Value::str(c.encode_utf8(&mut buf)))
                    }
                    Value::Str(_) => None,
                    Value::Bytes(b) => b.get(i).map(|&x| Value::Int(x as i64)),
                    Value::Range(r) => Some(Value::Int(r.item(i as i64))),
                    _ => None,
                }
            }
        }
        Iter::LongRange {
            next,
            step,
            remaining,
        } => {
            if remaining.sign() != num_bigint::Sign::Plus {
                return Plain::End;
            }
            let n = next.clone();
            *next += &*step;
            *remaining -= 1;
            return Plain::Item(Value::from_bigint(n));
        }
        Iter::Range { next, stop, step } => {
            let n = *next;
            if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                *next = n.wrapping_add(*step);
                if (*step > 0 && *next < n) || (*step < 0 && *next > n) {
                    *stop = *next; // overflow: end after this one
                }
                return Plain::Item(Value::Int(n));
            }
            return Plain::End;
        }
        Iter::Dict {
            dict,
            pos,
            len,
            view,
        } => {
            return match dict {
                Value::Dict(d) => {
                    let Ok(d) = d.try_borrow() else {
                        return Plain::Other;
                    };
                    if d.len() != *len {
                        return Plain::Other;
                    }
                    match d.next_from(*pos) {
                        Some((p, e)) => {
                            *pos = p + 1;
                            Plain::Item(match view {
                                DictView::Keys => e.key.clone(),
                                DictView::Values => e.value.clone(),
                                DictView::Items => {
                                    Value::Tuple(tuple_items([e.key.clone(), e.value.clone()]))
                                }
                            })
                        }
                        None => Plain::End,
                    }
                }
                Value::Set(s) | Value::FrozenSet(s) => {
                    let Ok(s) = s.try_borrow() else {
                        return Plain::Other;
                    };
                    if s.len() != *len {
                        return Plain::Other;
                    }
                    match s.next_from(*pos) {
                        Some((p, k)) => {
                            *pos = p + 1;
                            Plain::Item(k)
                        }
                        None => Plain::End,
                    }
                }
                _ => Plain::End,
            };
        }
        Iter::Vec { items, index } => {
            let v = items.get(*index).cloned();
            *index += 1;
            return match v {
                Some(v) => Plain::Item(v),
                None => Plain::End,
            };
        }
        Iter::Exhausted(_) => return Plain::End,
        _ => return Plain::Other,
    };
    // the sequence iterators drop their sequence at the end
    match item {
        Some(v) => Plain::Item(v),
        None => {
            if exhaust {
                st.exhaust();
            }
            Plain::End
        }
    }
}

/// `step_plain` of `it` when it is a builtin iterator not in use.
#[inline]
fn step_plain_value(it: &Value) -> Plain {
    match it {
        Value::Iter(cell) => match cell.try_borrow_mut() {
            Ok(mut st) => step_plain(&mut st),
            Err(_) => Plain::Other,
        },
        _ => Plain::Other,
    }
}

/// The next item of the `i`th iterator of a zip or map: a plain one stepped under the
/// borrow, any other called without it.
fn next_of_nth(vm: &mut Vm, cell: &Rc<RefCell<Iter>>, i: usize) -> PyResult<Option<Value>> {
    let it = {
        let st = cell.borrow();
        let (Iter::Zip { its, .. } | Iter::Map { its, .. }) = &*st else {
            return Ok(None);
        };
        let Some(it) = its.get(i) else {
            return Ok(None);
        };
        match step_plain_value(it) {
            Plain::Item(v) => return Ok(Some(v)),
            Plain::End => return Ok(None),
            Plain::Other => it.clone(),
        }
    };
    next(vm, &it)
}

pub fn iter_next(vm: &mut Vm, cell: &Rc<RefCell<Iter>>) -> PyResult<Option<Value>> {
    // (the borrow ends with this statement, before the others' calls)
    let step = step_plain(&mut cell.borrow_mut());
    match step {
        Plain::Item(v) => Ok(Some(v)),
        Plain::End => Ok(None),
        Plain::Other => iter_next_other(vm, cell),
    }
}

/// `iter_next` of the iterators that run Python code or raise. They copy what they need
/// out of the state first, and never hold its borrow across a call.
#[inline(never)]
fn iter_next_other(vm: &mut Vm, cell: &Rc<RefCell<Iter>>) -> PyResult<Option<Value>> {
    let mut st = cell.borrow_mut();
    match &mut *st {
        Iter::Dict { dict, len, .. } => {
            // a dict or set whose size changed (or one in use)
            let msg = match dict {
                Value::Dict(_) => "dictionary changed size during iteration",
                _ => "Set changed size during iteration",
            };
            *len = usize::MAX;
            drop(st);
            Err(vm.new_error("RuntimeError", msg))
        }
        Iter::Enumerate { it, .. } => {
            // an inner iterator that runs no Python code steps under this borrow
            let (item, mut st) = match step_plain_value(it) {
                Plain::Item(v) => (v, st),
                Plain::End => return Ok(None),
                Plain::Other => {
                    let it = it.clone();
                    drop(st);
                    let Some(v) = next(vm, &it)? else {
                        return Ok(None);
                    };
                    // the index is read after the inner step (enum_next)
                    (v, cell.borrow_mut())
                }
            };
            let Iter::Enumerate { count, .. } = &mut *st else {
                return Ok(None);
            };
            let index = match count {
                Value::Int(n) if *n < i64::MAX => {
                    *n += 1;
                    Value::Int(*n - 1)
                }
                _ => {
                    let c = count.clone();
                    drop(st);
                    let nc = vm.binary_op(&c, &Value::Int(1), crate::ops::BinOp::Add, false)?;
                    st = cell.borrow_mut();
                    if let Iter::Enumerate { count, .. } = &mut *st {
                        *count = nc;
                    }
                    c
                }
            };
            let mut items = [index, item];
            let out = match &mut *st {
                Iter::Enumerate { result, .. } => reuse_result(result, &mut items),
                _ => Value::Tuple(tuple_items(items.clone())),
            };
            drop(st);
            // the old index, then the old item (enum_next's order)
            drop(items);
            Ok(Some(out))
        }
        Iter::Zip {
            its,
            strict,
            result,
        } => {
            let (n, strict) = (its.len(), *strict);
            if n == 0 {
                return Ok(None);
            }
            // the previous tuple, when only the zip holds it, is refilled item by item
            let mut reused = match result {
                Value::Tuple(t) if std::rc::Rc::strong_count(t) == 1 && t.len() == n => {
                    Some(std::mem::replace(result, Value::None))
                }
                _ => None,
            };
            drop(st);
            let mut fresh = Vec::new();
            for i in 0..n {
                let got = next_of_nth(vm, cell, i);
                let v = match got {
                    Ok(Some(v)) => v,
                    other => {
                        if let (Some(t), Iter::Zip { result, .. }) =
                            (reused.take(), &mut *cell.borrow_mut())
                        {
                            *result = t;
                        }
                        other?;
                        // CPython's zip is not marked exhausted: another next() asks the
                        // iterators again
                        return zip_shorter(vm, cell, i, strict);
                    }
                };
                match &mut reused {
                    Some(Value::Tuple(t)) => {
                        let old = match std::rc::Rc::get_mut(t) {
                            Some(slots) => std::mem::replace(&mut slots.0[i], v),
                            None => v,
                        };
                        drop(old);
                    }
                    _ => fresh.push(v),
                }
            }
            let out = match reused {
                Some(t) => t,
                None => Value::Tuple(tuple_items(fresh)),
            };
            if let Iter::Zip { result, .. } = &mut *cell.borrow_mut() {
                *result = out.clone();
            }
            Ok(Some(out))
        }
        Iter::Map { its, .. } => {
            let n = its.len();
            drop(st);
            let mut args = Vec::with_capacity(n);
            for i in 0..n {
                match next_of_nth(vm, cell, i)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            let func = match &*cell.borrow() {
                Iter::Map { func, .. } => func.clone(),
                _ => return Ok(None),
            };
            vm.call(&func, args).map(Some)
        }
        Iter::Filter { func, it } => {
            let (func, it) = (func.clone(), it.clone());
            drop(st);
            loop {
                let Some(v) = next(vm, &it)? else {
                    return Ok(None);
                };
                let keep = if func.is_none() {
                    vm.truthy(&v)?
                } else {
                    let r = vm.call(&func, vec![v.clone()])?;
                    vm.truthy(&r)?
                };
                if keep {
                    return Ok(Some(v));
                }
            }
        }
        Iter::Callable { func, sentinel } => {
            let (func, sentinel) = (func.clone(), sentinel.clone());
            drop(st);
            if sentinel.is_null() {
                // the old sequence protocol: obj[0], obj[1], ... until IndexError
                let Value::Tuple(t) = &func else {
                    return Ok(None);
                };
                let (obj, i) = (t[0].clone(), t[1].clone());
                match vm.getitem(&obj, &i) {
                    Ok(v) => {
                        let n = match i {
                            Value::Int(n) => n + 1,
                            _ => 0,
                        };
                        *cell.borrow_mut() = Iter::Callable {
                            func: Value::tuple(vec![obj, Value::Int(n)]),
                            sentinel,
                        };
                        Ok(Some(v))
                    }
                    Err(e) if vm.err_is(&e, "IndexError") || vm.err_is(&e, "StopIteration") => {
                        cell.borrow_mut().exhaust();
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            } else {
                let v = match vm.call(&func, vec![]) {
                    Ok(v) => v,
                    Err(e) if vm.err_is(&e, "StopIteration") => {
                        cell.borrow_mut().exhaust();
                        return Ok(None);
                    }
                    Err(e) => return Err(e),
                };
                // PyObject_RichCompareBool(sentinel, result, Py_EQ): the sentinel's __eq__
                if vm.eq(&sentinel, &v)? {
                    cell.borrow_mut().exhaust();
                    return Ok(None);
                }
                Ok(Some(v))
            }
        }
        // the plain iterators were stepped above
        _ => Ok(None),
    }
}
