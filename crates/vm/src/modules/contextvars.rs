//! `_contextvars` (PEP 567; CPython: Python/context.c): `Context`, `ContextVar`, `Token`,
//! `copy_context`. `lib/contextvars.py` re-exports them.
//!
//! A Context maps ContextVars to values. Each thread has one current Context (`CURRENT`,
//! for the green thread `OWNER`; the others' wait in `PARKED`), a new thread starts with an
//! empty one as in CPython 3.12; `Context.run` makes another current for the duration of a
//! call. The
//! mapping is an immutable `Rc<Vec<(var, value)>>` shared by copies and copied on write, so
//! `copy_context()` (one per asyncio Task and callback) costs O(1) and `ContextVar.set`
//! copies only a mapping another Context still shares — the property CPython gets from its
//! HAMT. Lookups are by identity, linear: contexts hold few variables. Iteration follows
//! insertion order; CPython's follows the HAMT, i.e. hashes of the variables' addresses,
//! which no program can rely on.
//!
//! Each object is an instance of its type holding its Rust data (objects/native.rs); none of
//! the three types can be subclassed. `Context.run` is native, so it leaves no frame in
//! tracebacks, as CPython's C one.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use crate::objects::function::{Args, NativeFn};
use crate::objects::native::{self, NativeData};
use crate::objects::typeobj::Type;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

type Map = Rc<Vec<(Value, Value)>>;

/// 16 bytes, 32 with the `Rc` counts (jemalloc's 32 class; one per asyncio Task): whether
/// it is entered is kept aside, in `ENTERED`.
struct Context {
    map: RefCell<Map>,
}

struct Var {
    name: Value,
    default: Option<Value>,
}

struct Token {
    ctx: Value,
    var: Value,
    /// The value before `set`; None: the variable had none (`Token.MISSING`).
    old: Option<Value>,
    used: Cell<bool>,
}

impl NativeData for Context {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) -> bool {
        let Ok(m) = self.map.try_borrow() else {
            return false;
        };
        for (k, v) in m.iter() {
            visit(k);
            visit(v);
        }
        true
    }

    fn clear(&self, trash: &mut Vec<Value>) {
        if let Ok(mut m) = self.map.try_borrow_mut() {
            let old = std::mem::take(&mut *m);
            if let Ok(items) = Rc::try_unwrap(old) {
                for (k, v) in items {
                    trash.push(k);
                    trash.push(v);
                }
            }
        }
    }
}

impl NativeData for Var {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) -> bool {
        visit(&self.name);
        if let Some(d) = &self.default {
            visit(d);
        }
        true
    }

    fn clear(&self, _trash: &mut Vec<Value>) {}
}

impl NativeData for Token {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) -> bool {
        visit(&self.ctx);
        visit(&self.var);
        if let Some(o) = &self.old {
            visit(o);
        }
        true
    }

    fn clear(&self, _trash: &mut Vec<Value>) {}
}

struct Types {
    context: Rc<Type>,
    token: Rc<Type>,
    missing: Value,
}

thread_local! {
    static TYPES: RefCell<Option<Types>> = const { RefCell::new(None) };
    /// The current Context (made on first use).
    static CURRENT: RefCell<Option<Value>> = const { RefCell::new(None) };
    /// The green thread (`threads::current()`) whose context `CURRENT` holds.
    static OWNER: Cell<i64> = const { Cell::new(crate::threads::MAIN) };
    /// The current contexts of the other threads, by thread ident.
    static PARKED: RefCell<HashMap<i64, Value>> = RefCell::new(HashMap::new());
    /// The addresses of the Contexts entered now (`ctx_entered` of each in CPython): those
    /// `run_in` runs code in, on any green thread. A few at most.
    static ENTERED: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Make `CURRENT` the running thread's: swap contexts when another green thread runs now.
fn switch_thread() {
    let me = crate::threads::current();
    if OWNER.with(|o| o.get()) == me {
        return;
    }
    let mine = PARKED.with(|p| p.borrow_mut().remove(&me));
    let theirs = CURRENT.with(|c| std::mem::replace(&mut *c.borrow_mut(), mine));
    let owner = OWNER.with(|o| o.replace(me));
    // Keep the contexts of threads that may run again; those of ended threads are dropped
    // (after the borrow: dropping values runs no Python code, but stays out of the table).
    let mut ended: Vec<Value> = Vec::new();
    PARKED.with(|p| {
        let mut p = p.borrow_mut();
        if let Some(t) = theirs {
            if crate::threads::alive(owner) {
                p.insert(owner, t);
            } else {
                ended.push(t);
            }
        }
        let gone: Vec<i64> = p
            .keys()
            .copied()
            .filter(|id| !crate::threads::alive(*id))
            .collect();
        ended.extend(gone.iter().filter_map(|id| p.remove(id)));
    });
    drop(ended);
}

fn new_context(vm: &Vm, map: Map) -> PyResult<Value> {
    let t = TYPES.with(|t| t.borrow().as_ref().map(|t| t.context.clone()));
    let Some(t) = t else {
        return Err(vm.system_error("_contextvars is not initialized"));
    };
    let data = Context {
        map: RefCell::new(map),
    };
    Ok(native::new_object(vm, &t, Rc::new(data)))
}

/// The current Context (`PyContext_CopyCurrent`'s source), made empty on first use.
fn current(vm: &Vm) -> PyResult<Value> {
    switch_thread();
    if let Some(c) = CURRENT.with(|c| c.borrow().clone()) {
        return Ok(c);
    }
    let c = new_context(vm, Rc::new(Vec::new()))?;
    CURRENT.with(|s| *s.borrow_mut() = Some(c.clone()));
    Ok(c)
}

fn current_data(vm: &Vm) -> PyResult<(Value, Rc<Context>)> {
    let c = current(vm)?;
    match native::data_of::<Context>(&c) {
        Some(d) => Ok((c, d)),
        None => Err(vm.system_error("the current context lost its data")),
    }
}

fn lookup(map: &Map, var: &Value) -> Option<Value> {
    map.iter().find(|(k, _)| k.is(var)).map(|(_, v)| v.clone())
}

/// Bind `var` to `value` (None: unbind) in `ctx`, copying a mapping other Contexts share.
fn store(ctx: &Context, var: &Value, value: Option<Value>) {
    let mut m = ctx.map.borrow_mut();
    let pos = m.iter().position(|(k, _)| k.is(var));
    let items = Rc::make_mut(&mut m);
    let old = match (pos, value) {
        (Some(i), Some(v)) => Some(std::mem::replace(&mut items[i].1, v)),
        (Some(i), None) => Some(items.remove(i).1),
        (None, Some(v)) => {
            items.push((var.clone(), v));
            None
        }
        (None, None) => None,
    };
    drop(m);
    drop(old);
}

/// A method of one of the three types called on something else.
fn arg_error(vm: &Vm, what: &str, got: Option<&Value>) -> crate::vm::PyErr {
    let tn = got.map_or(Rc::from("nothing"), |v| vm.type_name(v));
    vm.type_error(format!(
        "descriptor '{what}' requires a '_contextvars' object but received a '{tn}'"
    ))
}

fn not_subclassable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // Runs for the new class: name the base it derives from.
    let base = match a.pos.first() {
        Some(Value::Type(t)) => t
            .mro
            .borrow()
            .iter()
            .skip(1)
            .find(|b| b.dict.borrow().contains_str("__init_subclass__"))
            .map(|b| b.name()),
        _ => None,
    };
    let base = base.unwrap_or_else(|| Rc::from("?"));
    Err(vm.type_error(format!(
        "type '_contextvars.{base}' is not an acceptable base type"
    )))
}

fn class_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let item = a.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(crate::objects::typecall::generic_alias(
        vm, &a.pos[0], &item,
    ))
}

// ---- Context ----

/// Is `v` a `contextvars.Context` (so `c_run` can run in it)? For asyncio's native Handle.
pub(crate) fn is_context(v: &Value) -> bool {
    native::data_of::<Context>(v).is_some()
}

fn ctx_of(vm: &Vm, a: &Args, what: &str) -> PyResult<Rc<Context>> {
    match a.pos.first().and_then(native::data_of::<Context>) {
        Some(c) => Ok(c),
        None => Err(arg_error(vm, what, a.pos.first())),
    }
}

fn c_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() > 1 || !a.kw.is_empty() {
        return Err(vm.type_error("Context() does not accept any arguments"));
    }
    new_context(vm, Rc::new(Vec::new()))
}

/// `Context.run(callable, *args, **kwargs)`: call it with this Context current.
pub(crate) fn c_run(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    ctx_of(vm, &a, "run")?;
    if a.pos.len() < 2 {
        return Err(vm.type_error("run() missing 1 required positional argument"));
    }
    let mut pos = std::mem::take(&mut a.pos).into_iter();
    let me = pos.next().unwrap_or(Value::None);
    let callable = pos.next().unwrap_or(Value::None);
    let args = Args {
        pos: pos.collect(),
        kw: std::mem::take(&mut a.kw),
    };
    run_in(vm, &me, |vm| vm.call_args(&callable, args))
}

/// `me.run(...)` for a Rust caller (the asyncio Task's steps): `f` runs with the Context
/// `me` entered.
pub(crate) fn run_in<R>(
    vm: &mut Vm,
    me: &Value,
    f: impl FnOnce(&mut Vm) -> PyResult<R>,
) -> PyResult<R> {
    let Some(ctx) = native::data_of::<Context>(me) else {
        return Err(arg_error(vm, "run", Some(me)));
    };
    let addr = Rc::as_ptr(&ctx) as usize;
    if ENTERED.with(|e| e.borrow().contains(&addr)) {
        let r = vm.repr(me)?;
        return Err(vm.new_error(
            "RuntimeError",
            format!("cannot enter context: {r} is already entered"),
        ));
    }
    let prev = current(vm)?;
    ENTERED.with(|e| e.borrow_mut().push(addr));
    CURRENT.with(|c| *c.borrow_mut() = Some(me.clone()));
    let r = f(vm);
    // Other green threads may have run (and taken `CURRENT`) while the call blocked.
    switch_thread();
    CURRENT.with(|c| *c.borrow_mut() = Some(prev));
    ENTERED.with(|e| {
        let mut e = e.borrow_mut();
        if let Some(i) = e.iter().rposition(|&a| a == addr) {
            e.swap_remove(i);
        }
    });
    r
}

fn c_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ctx = ctx_of(vm, &a, "copy")?;
    native::check_arity(vm, &a, "", "Context.copy", 0)?;
    let map = ctx.map.borrow().clone();
    new_context(vm, map)
}

pub(crate) fn copy_context(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let (_, ctx) = current_data(vm)?;
    let map = ctx.map.borrow().clone();
    new_context(vm, map)
}

/// The ContextVar key of a mapping operation.
fn var_key(vm: &mut Vm, k: Option<&Value>) -> PyResult<Value> {
    let k = k.cloned().unwrap_or(Value::None);
    if native::data_of::<Var>(&k).is_none() {
        let r = vm.repr(&k)?;
        return Err(vm.type_error(format!("a ContextVar key was expected, got {r}")));
    }
    Ok(k)
}

fn c_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ctx = ctx_of(vm, &a, "__getitem__")?;
    let k = var_key(vm, a.pos.get(1))?;
    let found = lookup(&ctx.map.borrow(), &k);
    found.ok_or_else(|| vm.key_error(k))
}

fn c_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ctx = ctx_of(vm, &a, "get")?;
    let given = a.pos.len().saturating_sub(1);
    if !(1..=2).contains(&given) {
        return Err(vm.type_error(format!(
            "get expected {} argument{}, got {given}",
            if given == 0 {
                "at least 1"
            } else {
                "at most 2"
            },
            if given == 0 { "" } else { "s" }
        )));
    }
    let k = var_key(vm, a.pos.get(1))?;
    let found = lookup(&ctx.map.borrow(), &k);
    Ok(found.unwrap_or_else(|| a.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn c_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ctx = ctx_of(vm, &a, "__contains__")?;
    let k = var_key(vm, a.pos.get(1))?;
    let found = lookup(&ctx.map.borrow(), &k).is_some();
    Ok(Value::Bool(found))
}

fn c_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ctx = ctx_of(vm, &a, "__len__")?;
    let n = ctx.map.borrow().len();
    Ok(Value::Int(n as i64))
}

/// An iterator over the keys, values or (key, value) pairs of the mapping as it is now.
fn c_view(
    vm: &mut Vm,
    a: &Args,
    what: &str,
    pick: fn(&(Value, Value)) -> Value,
) -> PyResult<Value> {
    let ctx = ctx_of(vm, a, what)?;
    let items: Vec<Value> = ctx.map.borrow().iter().map(pick).collect();
    vm.iter(&Value::list(items))
}

fn c_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    c_view(vm, &a, "__iter__", |(k, _)| k.clone())
}

fn c_keys(vm: &mut Vm, a: Args) -> PyResult<Value> {
    c_view(vm, &a, "keys", |(k, _)| k.clone())
}

fn c_values(vm: &mut Vm, a: Args) -> PyResult<Value> {
    c_view(vm, &a, "values", |(_, v)| v.clone())
}

fn c_items(vm: &mut Vm, a: Args) -> PyResult<Value> {
    c_view(vm, &a, "items", |(k, v)| {
        Value::tuple(vec![k.clone(), v.clone()])
    })
}

/// `==`: the same variables bound to equal values.
fn c_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let ctx = ctx_of(vm, &a, "__eq__")?;
    let Some(other) = a.pos.get(1).and_then(native::data_of::<Context>) else {
        return Ok(Value::NotImplemented);
    };
    let (m1, m2) = (ctx.map.borrow().clone(), other.map.borrow().clone());
    if Rc::ptr_eq(&m1, &m2) {
        return Ok(Value::Bool(true));
    }
    if m1.len() != m2.len() {
        return Ok(Value::Bool(false));
    }
    for (k, v) in m1.iter() {
        match lookup(&m2, k) {
            Some(w) if vm.eq(v, &w)? => {}
            _ => return Ok(Value::Bool(false)),
        }
    }
    Ok(Value::Bool(true))
}

fn c_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match c_eq(vm, a)? {
        Value::Bool(b) => Ok(Value::Bool(!b)),
        other => Ok(other),
    }
}

// ---- ContextVar ----

fn var_of(vm: &Vm, a: &Args, what: &str) -> PyResult<Rc<Var>> {
    match a.pos.first().and_then(native::data_of::<Var>) {
        Some(v) => Ok(v),
        None => Err(arg_error(vm, what, a.pos.first())),
    }
}

/// `ContextVar(name, *, default=<missing>)`.
fn v_new(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let Some(Value::Type(cls)) = a.pos.first().cloned() else {
        return Err(vm.type_error("ContextVar.__new__(X): X is not a type object"));
    };
    let default = a.take_kw("default");
    if let Some((k, _)) = a.kw.first() {
        return Err(vm.type_error(format!(
            "'{k}' is an invalid keyword argument for ContextVar()"
        )));
    }
    let given = a.pos.len() - 1;
    if given != 1 {
        return Err(vm.type_error(if given == 0 {
            "ContextVar() takes exactly 1 positional argument (0 given)".to_string()
        } else {
            format!("ContextVar() takes at most 1 positional argument ({given} given)")
        }));
    }
    let name = a.pos[1].clone();
    if !matches!(name, Value::Str(_)) {
        return Err(vm.type_error("context variable name must be a str"));
    }
    Ok(native::new_object(vm, &cls, Rc::new(Var { name, default })))
}

/// `ContextVar.get([default])`: the value in the current Context, else `default`, else the
/// variable's default, else LookupError.
fn v_get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let var = var_of(vm, &a, "get")?;
    if !a.kw.is_empty() {
        return Err(vm.type_error("ContextVar.get() takes no keyword arguments"));
    }
    if a.pos.len() > 2 {
        let n = a.pos.len() - 1;
        return Err(vm.type_error(format!("get expected at most 1 argument, got {n}")));
    }
    let (_, ctx) = current_data(vm)?;
    if let Some(v) = lookup(&ctx.map.borrow(), &a.pos[0]) {
        return Ok(v);
    }
    if let Some(d) = a.pos.get(1).or(var.default.as_ref()) {
        return Ok(d.clone());
    }
    let ty = vm.exc_type("LookupError");
    Err(vm.new_exception(&ty, vec![a.pos[0].clone()]))
}

/// `ContextVar.set(value)` → a Token that `reset` takes to restore the previous value.
fn v_set(vm: &mut Vm, a: Args) -> PyResult<Value> {
    var_of(vm, &a, "set")?;
    native::check_arity(vm, &a, "", "ContextVar.set", 1)?;
    let (cv, ctx) = current_data(vm)?;
    let var = a.pos[0].clone();
    let old = lookup(&ctx.map.borrow(), &var);
    store(&ctx, &var, Some(a.pos[1].clone()));
    let t = TYPES.with(|t| t.borrow().as_ref().map(|t| t.token.clone()));
    let Some(t) = t else {
        return Err(vm.system_error("_contextvars is not initialized"));
    };
    let token = Token {
        ctx: cv,
        var,
        old,
        used: Cell::new(false),
    };
    Ok(native::new_object(vm, &t, Rc::new(token)))
}

/// `ContextVar.reset(token)`: back to the value before the `set` that made the token.
fn v_reset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    var_of(vm, &a, "reset")?;
    native::check_arity(vm, &a, "", "ContextVar.reset", 1)?;
    let tv = a.pos[1].clone();
    let Some(token) = native::data_of::<Token>(&tv) else {
        let r = vm.repr(&tv)?;
        return Err(vm.type_error(format!("expected an instance of Token, got {r}")));
    };
    if token.used.get() {
        let r = vm.repr(&tv)?;
        return Err(vm.new_error("RuntimeError", format!("{r} has already been used once")));
    }
    if !token.var.is(&a.pos[0]) {
        let r = vm.repr(&tv)?;
        return Err(vm.value_error(format!("{r} was created by a different ContextVar")));
    }
    let (cv, ctx) = current_data(vm)?;
    if !token.ctx.is(&cv) {
        let r = vm.repr(&tv)?;
        return Err(vm.value_error(format!("{r} was created in a different Context")));
    }
    token.used.set(true);
    store(&ctx, &a.pos[0], token.old.clone());
    Ok(Value::None)
}

fn v_name(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(var_of(vm, &a, "name")?.name.clone())
}

fn v_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    var_of(vm, &a, "__hash__")?;
    Ok(Value::Int((a.pos[0].id() >> 4) as i64))
}

fn v_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let var = var_of(vm, &a, "__repr__")?;
    let name = vm.repr(&var.name)?;
    let default = match &var.default {
        Some(d) => format!(" default={}", vm.repr(d)?),
        None => String::new(),
    };
    let id = a.pos[0].id();
    Ok(Value::str(&format!(
        "<ContextVar name={name}{default} at {id:#x}>"
    )))
}

// ---- Token ----

fn token_of(vm: &Vm, a: &Args, what: &str) -> PyResult<Rc<Token>> {
    match a.pos.first().and_then(native::data_of::<Token>) {
        Some(t) => Ok(t),
        None => Err(arg_error(vm, what, a.pos.first())),
    }
}

fn t_new(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Err(vm.new_error("RuntimeError", "Tokens can only be created by ContextVars"))
}

fn t_var(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(token_of(vm, &a, "var")?.var.clone())
}

fn t_old_value(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = token_of(vm, &a, "old_value")?;
    match &t.old {
        Some(v) => Ok(v.clone()),
        None => Ok(TYPES
            .with(|t| t.borrow().as_ref().map(|t| t.missing.clone()))
            .unwrap_or(Value::None)),
    }
}

fn t_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    token_of(vm, &a, "__hash__")?;
    Ok(Value::Int((a.pos[0].id() >> 4) as i64))
}

fn t_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = token_of(vm, &a, "__repr__")?;
    let used = if t.used.get() { " used" } else { "" };
    let var = vm.repr(&t.var)?;
    let id = a.pos[0].id();
    Ok(Value::str(&format!("<Token{used} var={var} at {id:#x}>")))
}

fn missing_repr(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::str("<Token.MISSING>"))
}

// ---- the module ----

fn new_type(vm: &mut Vm, name: &str, methods: &[(&str, NativeFn)]) -> Rc<Type> {
    let t = native::new_type(vm, "_contextvars", name);
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
    // A classmethod object (not a builtin classmethod, which `new_class` takes for
    // `object.__init_subclass__`): subclassing calls it and fails.
    let f = vm.native("__init_subclass__", not_subclassable);
    t.dict.borrow_mut().set_str(
        "__init_subclass__",
        Value::ClassMethod(Rc::new(RefCell::new(f))),
    );
    t
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let context = new_type(
        vm,
        "Context",
        &[
            ("run", c_run),
            ("copy", c_copy),
            ("get", c_get),
            ("keys", c_keys),
            ("values", c_values),
            ("items", c_items),
            ("__getitem__", c_getitem),
            ("__contains__", c_contains),
            ("__iter__", c_iter),
            ("__len__", c_len),
            ("__eq__", c_eq),
            ("__ne__", c_ne),
        ],
    );
    native::add_new(vm, &context, c_new);
    context.dict.borrow_mut().set_str("__hash__", Value::None);

    let var = new_type(
        vm,
        "ContextVar",
        &[
            ("get", v_get),
            ("set", v_set),
            ("reset", v_reset),
            ("__hash__", v_hash),
            ("__repr__", v_repr),
        ],
    );
    native::add_new(vm, &var, v_new);
    native::add_getter(vm, &var, "name", v_name, |vm, _| {
        Err(vm.attribute_error("readonly attribute"))
    });
    vm.add_classmethod(&var, "__class_getitem__", class_getitem);

    let token = new_type(vm, "Token", &[("__hash__", t_hash), ("__repr__", t_repr)]);
    native::add_new(vm, &token, t_new);
    native::add_getter(vm, &token, "var", t_var, |vm, _| {
        Err(vm.attribute_error("attribute 'var' of '_contextvars.Token' objects is not writable"))
    });
    native::add_getter(vm, &token, "old_value", t_old_value, |vm, _| {
        Err(vm.attribute_error(
            "attribute 'old_value' of '_contextvars.Token' objects is not writable",
        ))
    });
    vm.add_classmethod(&token, "__class_getitem__", class_getitem);
    // `Token.MISSING`: the one instance of a class CPython names `Token.MISSING`.
    let missing_t = native::new_type(vm, "Token", "MISSING");
    vm.add_method(&missing_t, "__repr__", missing_repr);
    let missing = crate::ops::new_instance(vm, &missing_t);
    token.dict.borrow_mut().set_str("MISSING", missing.clone());

    let fns: &[(&str, NativeFn)] = &[("copy_context", copy_context)];
    {
        let mut md = d.borrow_mut();
        md.set_str("Context", Value::Type(context.clone()));
        md.set_str("ContextVar", Value::Type(var));
        md.set_str("Token", Value::Type(token.clone()));
    }
    for (n, f) in fns {
        let b = vm.native(n, *f);
        d.borrow_mut().set_str(n, b);
    }
    TYPES.with(|t| {
        *t.borrow_mut() = Some(Types {
            context,
            token,
            missing,
        })
    });
    Ok(())
}

#[cfg(all(test, target_pointer_width = "64"))]
mod tests {
    /// One Context per asyncio Task: 32 bytes with the `Rc` counts (docs/PERFORMANCE.md
    /// "asyncio"); only ever smaller.
    #[test]
    fn context_stays_small() {
        assert!(std::mem::size_of::<super::Context>() <= 16);
    }
}
