//! list methods (sort is a stable merge sort calling `<` through the VM, like `list.sort`).

use crate::objects::function::Args;
use crate::value::{ListRef, Value};
use crate::vm::{PyResult, Vm};

pub fn this(vm: &mut Vm, v: &Value) -> PyResult<ListRef> {
    match v {
        Value::List(l) => Ok(l.clone()),
        other => match crate::ops::unwrap_base(other) {
            Some(Value::List(l)) => Ok(l),
            _ => Err(vm.descr_requires("list", other)),
        },
    }
}

// ---- CPython's allocation of a list's item array ----
//
// The `Vec`'s capacity follows CPython 3.12's `allocated` (Objects/listobject.c), so that
// `sys.getsizeof` can read it: `list_resize`'s over-allocation when growing and its
// shrinking below half, `list_preallocate_exact` for `list(sized)`, `list_extend`'s
// length-hint preallocation for iterators.

/// The capacity `list_resize(self, newsize)` leaves (`len` the size before, `cap` the
/// allocation): unchanged when `cap >= newsize >= cap / 2`.
pub fn resized_capacity(len: usize, cap: usize, newsize: usize) -> usize {
    if cap >= newsize && newsize >= cap >> 1 {
        return cap;
    }
    if newsize == 0 {
        return 0;
    }
    let mut new_alloc = (newsize + (newsize >> 3) + 6) & !3;
    if newsize as isize - len as isize > new_alloc as isize - newsize as isize {
        new_alloc = (newsize + 3) & !3;
    }
    new_alloc
}

/// Make `v`'s capacity exactly `cap` (never below its length).
pub fn set_capacity(v: &mut Vec<Value>, cap: usize) {
    if cap > v.capacity() {
        v.reserve_exact(cap - v.len());
    } else if cap < v.capacity() {
        v.shrink_to(cap);
    }
}

/// `list_resize(v, newsize)` before `v` grows to `newsize` items.
pub fn grow_for(v: &mut Vec<Value>, newsize: usize) {
    let cap = resized_capacity(v.len(), v.capacity(), newsize);
    set_capacity(v, cap);
}

/// After `v` shrank from `old_len` items: `list_resize`'s shrink.
pub fn shrunk_from(v: &mut Vec<Value>, old_len: usize) {
    let cap = resized_capacity(old_len, v.capacity(), v.len());
    if v.is_empty() {
        *v = Vec::new();
    } else {
        set_capacity(v, cap);
    }
}

/// `app1`: append one item as `list.append` / LIST_APPEND do.
#[inline]
pub fn push(v: &mut Vec<Value>, x: Value) {
    if v.len() == v.capacity() {
        grow_for(v, v.len() + 1);
    }
    v.push(x);
}

/// What `PyObject_LengthHint(x, 8)` gives for an iterable pydive has already collected into
/// `n` items: sized containers and the builtin sequence iterators know their length;
/// generators and other iterators give the default.
fn length_hint(x: &Value, n: usize) -> usize {
    match x {
        Value::Generator(_) => 8,
        Value::Iter(it) => {
            let name = it.borrow().type_name();
            if name.ends_with("iterator") {
                n
            } else {
                8
            }
        }
        Value::Instance(_) => 8,
        _ => n,
    }
}

/// `list.extend(v, items collected from x)` (`list_extend`).
pub fn extend_from(v: &mut Vec<Value>, x: &Value, items: Vec<Value>) {
    let n = items.len();
    if matches!(x, Value::List(_) | Value::Tuple(_)) {
        if n == 0 {
            return;
        }
        if v.capacity() == 0 {
            // list_preallocate_exact rounds up to an even size.
            set_capacity(v, (n + 1) & !1);
        } else {
            grow_for(v, v.len() + n);
        }
        v.extend(items);
        return;
    }
    let hint = length_hint(x, n);
    grow_for(v, v.len() + hint);
    for it in items {
        push(v, it);
    }
    let cap = resized_capacity(v.len(), v.capacity(), v.len());
    set_capacity(v, cap);
}

/// The items of instance `x` for `list(x)`, calling its methods in CPython's order:
/// `__iter__`, then PyObject_LengthHint's `__len__` or `__length_hint__` (list_extend),
/// then the iteration. A TypeError from `__len__` only means "no length"; other errors
/// propagate.
pub fn collect_instance(vm: &mut Vm, x: &Value) -> PyResult<Vec<Value>> {
    let has_len = vm.type_of(x).lookup("__len__").is_some();
    let len_if_any = |vm: &mut Vm| -> PyResult<Option<usize>> {
        match vm.len(x) {
            Ok(n) => Ok(Some(n)),
            Err(e) if vm.err_is(&e, "TypeError") => Ok(None),
            Err(e) => Err(e),
        }
    };
    let it = vm.iter(x)?;
    if !has_len || len_if_any(vm)?.is_none() {
        if let Some(h) = vm.lookup_special(x, "__length_hint__")? {
            let r = vm.call(&h, vec![])?;
            match r {
                Value::NotImplemented => {}
                Value::Int(n) if n < 0 => {
                    return Err(vm.value_error("__length_hint__() should return >= 0"));
                }
                Value::Int(_) | Value::Bool(_) => {}
                other => {
                    let tn = vm.type_name(&other);
                    return Err(
                        vm.type_error(format!("__length_hint__ must be an integer, not {tn}"))
                    );
                }
            }
        }
    }
    vm.collect(&it)
}

/// Does `x` have a length (`list___init__` / `PySequence_List` preallocate exactly then)?
pub fn is_sized(vm: &Vm, x: &Value) -> bool {
    match x {
        Value::Iter(_) | Value::Generator(_) => false,
        Value::Instance(_) => vm.type_of(x).lookup("__len__").is_some(),
        _ => true,
    }
}

/// `list(x)` with the items of `x` collected (`list___init__`): a sized `x` preallocates
/// exactly (rounded up to even), then `list_extend`.
pub fn from_iterable(x: &Value, items: Vec<Value>, sized: bool) -> Vec<Value> {
    let mut v = Vec::new();
    if sized && !items.is_empty() {
        set_capacity(&mut v, (items.len() + 1) & !1);
        v.extend(items);
        return v;
    }
    extend_from(&mut v, x, items);
    v
}

fn l_append(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            a.pos.len() - 1
        )));
    }
    push(&mut this(vm, &a.pos[0])?.borrow_mut(), a.pos[1].clone());
    Ok(Value::None)
}
fn l_extend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a.pos[0])?;
    let items = vm.collect(&a.pos[1])?;
    extend_from(&mut l.borrow_mut(), &a.pos[1], items);
    Ok(Value::None)
}
fn l_insert(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a.pos[0])?;
    let i = vm.index_value(&a.pos[1])?;
    let len = l.borrow().len() as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let mut v = l.borrow_mut();
    if v.len() == v.capacity() {
        let n = v.len() + 1;
        grow_for(&mut v, n);
    }
    v.insert(i, a.pos[2].clone());
    Ok(Value::None)
}
fn l_pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a.pos[0])?;
    let len = l.borrow().len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match a.pos.get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    let mut items = l.borrow_mut();
    let v = items.remove(j as usize);
    shrunk_from(&mut items, len as usize);
    Ok(v)
}
fn l_remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a.pos[0])?;
    let items = l.borrow().clone();
    for (i, x) in items.iter().enumerate() {
        if x.is(&a.pos[1]) || vm.eq(x, &a.pos[1])? {
            let mut v = l.borrow_mut();
            let n = v.len();
            v.remove(i);
            shrunk_from(&mut v, n);
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}
fn l_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a.pos[0])?;
    let items = l.borrow().clone();
    let (start, stop) = crate::objects::tuple::index_bounds(vm, &a, items.len())?;
    for (i, x) in items.iter().enumerate().take(stop).skip(start) {
        if x.is(&a.pos[1]) || vm.eq(x, &a.pos[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    let r = vm.repr(&a.pos[1])?;
    Err(vm.value_error(format!("{r} is not in list")))
}
fn l_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a.pos[0])?;
    let items = l.borrow().clone();
    let mut n = 0;
    for x in items.iter() {
        if x.is(&a.pos[1]) || vm.eq(x, &a.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}
fn l_clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let items = std::mem::take(&mut *this(vm, &a.pos[0])?.borrow_mut());
    crate::value::drop_last_first(items);
    Ok(Value::None)
}
fn l_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = this(vm, &a.pos[0])?.borrow().clone();
    Ok(Value::list(v))
}
fn l_reverse(vm: &mut Vm, a: Args) -> PyResult<Value> {
    this(vm, &a.pos[0])?.borrow_mut().reverse();
    Ok(Value::None)
}

/// Stable merge sort with a fallible `<`.
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    keys: Option<Vec<Value>>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mut items = items;
    let mut keys = keys.unwrap_or_else(|| items.clone());
    // list_sort_impl: reverse=True reverses, sorts stably, and reverses back.
    if reverse {
        items.reverse();
        keys.reverse();
    }
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let mut err = None;
    // list_sort_impl: keys all instances of one Python class compare through
    // `unsafe_object_compare`, which calls the class's own `__lt__` first and, when that
    // answers NotImplemented, the whole `PyObject_RichCompare` (so `__lt__` runs twice before
    // the reflected `__gt__`).
    let one_class = match keys.first() {
        Some(first @ Value::Instance(_)) => {
            let t = vm.type_of(first);
            keys.iter()
                .all(|k| matches!(k, Value::Instance(_)) && std::rc::Rc::ptr_eq(&vm.type_of(k), &t))
        }
        _ => false,
    };
    let mut less = |a: usize, b: usize| {
        if err.is_some() {
            return false;
        }
        let r = if one_class {
            lt_same_class(vm, &keys[a], &keys[b])
        } else {
            lt(vm, &keys[a], &keys[b])
        };
        match r {
            Ok(r) => r,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    if idx.len() < 64 {
        small_sort(&mut idx, &mut less);
    } else {
        merge_sort(&mut idx, &mut less);
    }
    if let Some(e) = err {
        return Err(e);
    }
    let mut out: Vec<Value> = idx.into_iter().map(|i| items[i].clone()).collect();
    if reverse {
        out.reverse();
    }
    Ok(out)
}

/// What timsort does with fewer than 64 items (`count_run`, then `binarysort`), so `__lt__`
/// sees the same calls in the same order as in CPython.
fn small_sort(v: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    let mut run = 2;
    if less(v[1], v[0]) {
        while run < n && less(v[run], v[run - 1]) {
            run += 1;
        }
        v[..run].reverse();
    } else {
        while run < n && !less(v[run], v[run - 1]) {
            run += 1;
        }
    }
    for start in run..n {
        let pivot = v[start];
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if less(pivot, v[p]) {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v.copy_within(l..start, l + 1);
        v[l] = pivot;
    }
}

fn lt(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Str(x), Value::Str(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        _ => {
            let r = vm.compare(a, b, crate::ops::CmpOp::Lt)?;
            vm.truthy(&r)
        }
    }
}

/// `unsafe_object_compare`: the key class's `__lt__`, then on NotImplemented the full `<`.
fn lt_same_class(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match vm.try_compare_dunder(a, b, crate::ops::CmpOp::Lt)? {
        Some(r) => vm.truthy(&r),
        None => lt(vm, a, b),
    }
}

fn merge_sort(v: &mut [usize], less: &mut dyn FnMut(usize, usize) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    if n <= 16 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(v[j], v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], less);
    merge_sort(&mut v[mid..], less);
    let left = v[..mid].to_vec();
    let right = v[mid..].to_vec();
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        if less(right[j], left[i]) {
            v[k] = right[j];
            j += 1;
        } else {
            v[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    while i < left.len() {
        v[k] = left[i];
        i += 1;
        k += 1;
    }
    while j < right.len() {
        v[k] = right[j];
        j += 1;
        k += 1;
    }
}

fn l_sort(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let l = this(vm, &a.pos[0])?;
    if a.pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let key = a.take_kw("key").filter(|k| !k.is_none());
    let reverse = match a.take_kw("reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    if let Some((k, _)) = a.kw.first() {
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for sort()")));
    }
    let items = std::mem::take(&mut *l.borrow_mut());
    // The sort keeps the list's allocation.
    let cap = items.capacity();
    let keys = match &key {
        Some(k) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in &items {
                match vm.call(k, vec![it.clone()]) {
                    Ok(v) => ks.push(v),
                    Err(e) => {
                        *l.borrow_mut() = items;
                        return Err(e);
                    }
                }
            }
            Some(ks)
        }
        None => None,
    };
    match sort_values(vm, items.clone(), keys, reverse) {
        Ok(sorted) => {
            let modified = !l.borrow().is_empty();
            let mut kept = Vec::with_capacity(cap);
            kept.extend(sorted);
            *l.borrow_mut() = kept;
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err(e) => {
            *l.borrow_mut() = items;
            Err(e)
        }
    }
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.list.clone();
    let methods: &[(&str, crate::objects::function::NativeFn)] = &[
        ("append", l_append),
        ("extend", l_extend),
        ("insert", l_insert),
        ("pop", l_pop),
        ("remove", l_remove),
        ("index", l_index),
        ("count", l_count),
        ("clear", l_clear),
        ("copy", l_copy),
        ("reverse", l_reverse),
        ("sort", l_sort),
    ];
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
}
