//! `next()` for the builtin iterators.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::iter::{DictView, Iter};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn iter_next(vm: &mut Vm, cell: &Rc<RefCell<Iter>>) -> PyResult<Option<Value>> {
    // Simple states advance under one borrow; states that run Python code copy what they
    // need out first.
    let mut st = cell.borrow_mut();
    match &mut *st {
        Iter::Seq { seq, index } => {
            let i = *index;
            let item = match seq {
                Value::List(l) => l.borrow().get(i).cloned(),
                Value::Tuple(t) => t.get(i).cloned(),
                Value::Bytes(b) => b.get(i).map(|&x| Value::Int(x as i64)),
                Value::ByteArray(b) => b.borrow().get(i).map(|&x| Value::Int(x as i64)),
                // index counts bytes for str: advance by the char's width (no scan of the
                // whole string per step, which made iterating a long string quadratic)
                Value::Str(s) => s.get(i..).and_then(|rest| rest.chars().next()).map(|c| {
                    *index += c.len_utf8() - 1;
                    let mut buf = [0u8; 4];
                    Value::str(c.encode_utf8(&mut buf))
                }),
                _ => None,
            };
            match item {
                Some(v) => {
                    *index += 1;
                    Ok(Some(v))
                }
                None => {
                    st.exhaust();
                    Ok(None)
                }
            }
        }
        Iter::Reversed { seq, index } => {
            if *index < 0 {
                st.exhaust();
                return Ok(None);
            }
            let i = *index as usize;
            let item = match seq {
                Value::List(l) => l.borrow().get(i).cloned(),
                Value::Tuple(t) => t.get(i).cloned(),
                Value::Str(s) => s
                    .chars()
                    .nth(i)
                    .map(|c| Value::Str(Rc::from(c.to_string()))),
                Value::Bytes(b) => b.get(i).map(|&x| Value::Int(x as i64)),
                Value::Range(r) => Some(Value::Int(r.item(i as i64))),
                _ => None,
            };
            *index -= 1;
            match item {
                Some(v) => Ok(Some(v)),
                None => {
                    st.exhaust();
                    Ok(None)
                }
            }
        }
        Iter::LongRange {
            next,
            step,
            remaining,
        } => {
            if remaining.sign() != num_bigint::Sign::Plus {
                return Ok(None);
            }
            let n = next.clone();
            *next += &*step;
            *remaining -= 1;
            Ok(Some(Value::from_bigint(n)))
        }
        Iter::Range { next, stop, step } => {
            let n = *next;
            if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                *next = n.wrapping_add(*step);
                if (*step > 0 && *next < n) || (*step < 0 && *next > n) {
                    *stop = *next; // overflow: end after this one
                }
                Ok(Some(Value::Int(n)))
            } else {
                Ok(None)
            }
        }
        Iter::Dict {
            dict,
            pos,
            len,
            view,
        } => match dict {
            Value::Dict(d) => {
                let d = d.borrow();
                if d.len() != *len {
                    *len = usize::MAX;
                    drop(d);
                    drop(st);
                    return Err(
                        vm.new_error("RuntimeError", "dictionary changed size during iteration")
                    );
                }
                match d.next_from(*pos) {
                    Some((p, e)) => {
                        *pos = p + 1;
                        Ok(Some(match view {
                            DictView::Keys => e.key.clone(),
                            DictView::Values => e.value.clone(),
                            DictView::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                        }))
                    }
                    None => Ok(None),
                }
            }
            Value::Set(s) | Value::FrozenSet(s) => {
                let s = s.borrow();
                if s.len() != *len {
                    *len = usize::MAX;
                    drop(s);
                    drop(st);
                    return Err(vm.new_error("RuntimeError", "Set changed size during iteration"));
                }
                match s.next_from(*pos) {
                    Some((p, k)) => {
                        *pos = p + 1;
                        Ok(Some(k))
                    }
                    None => Ok(None),
                }
            }
            _ => Ok(None),
        },
        Iter::Vec { items, index } => {
            let v = items.get(*index).cloned();
            *index += 1;
            Ok(v)
        }
        Iter::Exhausted(_) => Ok(None),
        Iter::Enumerate { it, count } => {
            let (it, c) = (it.clone(), count.clone());
            drop(st);
            match vm.next(&it)? {
                Some(v) => {
                    let nc = vm.binary_op(&c, &Value::Int(1), crate::ops::BinOp::Add, false)?;
                    if let Iter::Enumerate { count, .. } = &mut *cell.borrow_mut() {
                        *count = nc;
                    }
                    Ok(Some(Value::tuple(vec![c, v])))
                }
                None => Ok(None),
            }
        }
        Iter::Zip { its, strict } => {
            let (its, strict) = (its.clone(), *strict);
            drop(st);
            if its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match vm.next(it)? {
                    Some(v) => out.push(v),
                    None => {
                        if strict {
                            if i > 0 {
                                let plural = if i == 1 { " " } else { "s 1-" };
                                return Err(vm.value_error(format!(
                                    "zip() argument {} is shorter than argument{plural}{}",
                                    i + 1,
                                    i
                                )));
                            }
                            for (j, other) in its.iter().enumerate().skip(1) {
                                if vm.next(other)?.is_some() {
                                    let plural = if j == 1 { " " } else { "s 1-" };
                                    return Err(vm.value_error(format!(
                                        "zip() argument {} is longer than argument{plural}{}",
                                        j + 1,
                                        j
                                    )));
                                }
                            }
                        }
                        cell.borrow_mut().exhaust();
                        return Ok(None);
                    }
                }
            }
            Ok(Some(Value::tuple(out)))
        }
        Iter::Map { func, its } => {
            let (func, its) = (func.clone(), its.clone());
            drop(st);
            let mut args = Vec::with_capacity(its.len());
            for it in &its {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            vm.call(&func, args).map(Some)
        }
        Iter::Filter { func, it } => {
            let (func, it) = (func.clone(), it.clone());
            drop(st);
            loop {
                let Some(v) = vm.next(&it)? else {
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
                if vm.eq(&v, &sentinel)? {
                    cell.borrow_mut().exhaust();
                    return Ok(None);
                }
                Ok(Some(v))
            }
        }
    }
}
