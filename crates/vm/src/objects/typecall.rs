//! Calling a class: `type.__call__` (`__new__` then `__init__`), making new classes
//! (`type(name, bases, ns)`, `__build_class__`), and the builtin constructors' dispatch.

use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::dict::Dict;
use crate::objects::function::{Args, BuiltinKind};
use crate::objects::typeobj::{c3_mro, Layout, Type};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn is_object_builtin(v: &Value, owner: &str) -> bool {
    matches!(v, Value::Builtin(b) if b.owner.as_deref() == Some(owner))
}

/// The first builtin value type (int, list, ...) in the MRO, for subclasses of builtins.
pub fn solid_base(vm: &Vm, t: &Rc<Type>) -> Option<Rc<Type>> {
    let mro = t.mro.borrow();
    for b in mro.iter() {
        if b.builtin && b.layout == Layout::Builtin && !Rc::ptr_eq(b, &vm.types.object) {
            return Some(b.clone());
        }
    }
    None
}

/// CPython's `solid_base`: the nearest class of `t`'s line whose instances have a layout of
/// their own: a builtin base (int, list, ...) or a class that added `__slots__` members
/// (`extra_ivars`); `None` means `object`. Two bases whose layouts are not on one line
/// conflict.
pub fn layout_base(vm: &Vm, t: &Rc<Type>) -> Option<Rc<Type>> {
    if t.builtin {
        return solid_base(vm, t);
    }
    let bases = t.bases.borrow();
    let adds_slots = t
        .slots
        .iter()
        .any(|s| !bases.iter().any(|b| b.slots.contains(s)));
    if adds_slots {
        return Some(t.clone());
    }
    // The base layout is the most derived of the bases' (they were checked to lie on a line).
    let mut solid: Option<Rc<Type>> = None;
    for b in bases.iter() {
        if let Some(sb) = layout_base(vm, b) {
            match &solid {
                Some(cur) if cur.is_subtype(&sb) => {}
                _ => solid = Some(sb),
            }
        }
    }
    solid
}

/// Whether `t`'s instances hold a variable number of items inline in CPython (tp_itemsize
/// != 0): int, bytes, tuple and type and their subclasses.
pub fn is_varsize(vm: &Vm, t: &Rc<Type>) -> bool {
    let ty = &vm.types;
    [&ty.int, &ty.bytes, &ty.tuple, &ty.type_]
        .iter()
        .any(|v| t.is_subtype(v))
}

pub fn type_call(vm: &mut Vm, t: &Rc<Type>, tv: &Value, args: Args) -> PyResult<Value> {
    if Rc::ptr_eq(t, &vm.types.type_) {
        if args.pos.len() == 1 && args.kw.is_empty() {
            return Ok(Value::Type(vm.type_of(&args.pos[0])));
        }
        if args.pos.len() != 3 {
            return Err(vm.type_error("type() takes 1 or 3 arguments"));
        }
        let meta = vm.types.type_.clone();
        let (init_pos, init_kw): (Vec<Value>, _) = (args.pos.to_vec(), args.kw.clone());
        let cls = new_class(vm, &meta, args)?;
        // type_call: a class made by a derived metaclass gets that metaclass's __init__
        let made_by = vm.type_of(&cls);
        if !Rc::ptr_eq(&made_by, &meta) {
            if let Some(init) = made_by.lookup("__init__") {
                let mut p = vec![cls.clone()];
                p.extend(init_pos);
                vm.call_args(
                    &init,
                    Args {
                        pos: p.into(),
                        kw: init_kw,
                    },
                )?;
            }
        }
        return Ok(cls);
    }
    if t.builtin {
        return crate::builtins::constructors::construct(vm, t, args);
    }
    // __new__
    let new = t.lookup("__new__");
    let obj = match &new {
        Some(n) if !is_object_builtin(n, "object") => {
            let f = match n {
                Value::StaticMethod(f) => f.borrow().clone(),
                other => other.clone(),
            };
            let mut a = Args {
                pos: vec![tv.clone()].into(),
                kw: args.kw.clone(),
            };
            a.pos.extend(args.pos.iter().cloned());
            vm.call_args(&f, a)?
        }
        _ => {
            let init = t.lookup("__init__");
            let init_is_default = init.as_ref().is_none_or(|i| is_object_builtin(i, "object"));
            if init_is_default && (!args.pos.is_empty() || !args.kw.is_empty()) {
                let tn = crate::vm::Vm::tp_name_of(t);
                return Err(vm.type_error(format!("{tn}() takes no arguments")));
            }
            if t.dict.borrow().get_str("__abstractmethods__").is_some() {
                check_abstract(vm, t)?;
            }
            crate::ops::new_instance(vm, t)
        }
    };
    // __init__ only when __new__ returned an instance of the class.
    if vm.type_of(&obj).is_subtype(t) {
        if let Some(init) = t.lookup("__init__") {
            if !is_object_builtin(&init, "object") {
                let mut a = Args {
                    pos: vec![obj.clone()].into(),
                    kw: args.kw,
                };
                a.pos.extend(args.pos);
                let r = vm.call_args(&init, a)?;
                if !r.is_none() {
                    let tn = vm.type_name(&r);
                    return Err(vm.type_error(format!("__init__() should return None, not '{tn}'")));
                }
            }
        }
    }
    Ok(obj)
}

fn check_abstract(vm: &mut Vm, t: &Rc<Type>) -> PyResult<()> {
    let am = t.dict.borrow().get_str("__abstractmethods__");
    if let Some(am) = am {
        let mut names: Vec<String> = Vec::new();
        for n in vm.collect(&am)? {
            if let Value::Str(s) = n {
                names.push(s.to_string());
            }
        }
        if !names.is_empty() {
            names.sort();
            let tn = t.name();
            let list = names
                .iter()
                .map(|n| format!("'{n}'"))
                .collect::<Vec<_>>()
                .join(", ");
            let plural = if names.len() > 1 { "s" } else { "" };
            return Err(vm.type_error(format!(
                "Can't instantiate abstract class {tn} without an implementation for abstract method{plural} {list}"
            )));
        }
    }
    Ok(())
}

/// `object.__new__(cls, ...)`.
pub fn object_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Type(t)) = a.pos.first() else {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    };
    let t = t.clone();
    if a.pos.len() > 1 || !a.kw.is_empty() {
        // object_new: extra arguments are an error unless only __init__ is overridden
        let own = |n: &str| {
            t.lookup(n)
                .is_some_and(|v| !is_object_builtin(&v, "object"))
        };
        if own("__new__") {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !own("__init__") {
            let tn = crate::vm::Vm::tp_name_of(&t);
            return Err(vm.type_error(format!("{tn}() takes no arguments")));
        }
    }
    if let Some(s) = c_type_new_base(vm, &t) {
        let (tn, sn) = (crate::vm::Vm::tp_name_of(&t), crate::vm::Vm::tp_name_of(&s));
        return Err(vm.type_error(format!(
            "object.__new__({tn}) is not safe, use {sn}.__new__()"
        )));
    }
    object_new_unchecked(vm, &t)
}

/// The class whose `__new__` `object.__new__(t)` would bypass: tp_new_wrapper's
/// `staticbase`, the first class of `t`'s line whose `__new__` is not a Python function
/// (slot_tp_new), when that `__new__` is not object's. A C type's `__new__` is C whatever
/// language pydive wrote it in (native, or a lib/ class marked `Type::immutable`), and is
/// object's only for the few C types that leave `tp_new` to object (`C_TYPES_WITH_OBJECT_NEW`).
/// `None`: `object.__new__` is safe.
fn c_type_new_base(vm: &Vm, t: &Rc<Type>) -> Option<Rc<Type>> {
    let is_c = |c: &Rc<Type>| c.builtin || c.immutable.get();
    let mro = t.mro.borrow();
    for c in mro.iter() {
        if Rc::ptr_eq(c, &vm.types.object) {
            return None;
        }
        // the `__new__` `c` has: a Python one defined in its line, or its C base's own
        let provider = c
            .mro
            .borrow()
            .iter()
            .find(|o| is_c(o) || o.dict.borrow().get_str("__new__").is_some())
            .cloned()?;
        if !is_c(&provider) {
            // slot_tp_new: the check looks at the next class of the line
            continue;
        }
        let object_new = Rc::ptr_eq(&provider, &vm.types.object)
            || C_TYPES_WITH_OBJECT_NEW.contains(&&*crate::vm::Vm::tp_name_of(&provider));
        return (!object_new).then(|| c.clone());
    }
    None
}

/// C types of CPython 3.12 whose `tp_new` is object's own (`object.__new__(X)` is allowed).
pub(crate) const C_TYPES_WITH_OBJECT_NEW: &[&str] = &[
    "_io.TextIOWrapper",
    "_io.IncrementalNewlineDecoder",
    "_io.BufferedReader",
    "_io.BufferedWriter",
    "_io.BufferedRandom",
    "_io.BufferedRWPair",
];

/// `object.__new__(t)` past the checks of what may be made that way (`_pydive.alloc`: the
/// `__new__` of a lib/ class standing for a C type makes its instances with it).
pub fn object_new_unchecked(vm: &mut Vm, t: &Rc<Type>) -> PyResult<Value> {
    let t = t.clone();
    if t.dict.borrow().get_str("__abstractmethods__").is_some() {
        check_abstract(vm, &t)?;
    }
    if let Some(base) = solid_base(vm, &t) {
        // A subclass of a builtin value type gets an empty value of the base.
        let v = crate::builtins::constructors::construct(vm, &base, Args::new(vec![]))?;
        let inst = crate::ops::new_instance(vm, &t);
        if let Value::Instance(i) = &inst {
            i.set_base(Some(v));
        }
        return Ok(inst);
    }
    Ok(crate::ops::new_instance(vm, &t))
}

/// `type(name, bases, ns, **kw)` with metaclass `meta` (`type_new`).
pub fn new_class(vm: &mut Vm, meta: &Rc<Type>, args: Args) -> PyResult<Value> {
    let Args { pos, kw } = args;
    let name = match &pos[0] {
        Value::Str(s) => s.clone(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {tn}")));
        }
    };
    let bases: Vec<Rc<Type>> = match &pos[1] {
        Value::Tuple(t) => {
            let mut out = Vec::new();
            for b in t.iter() {
                match b {
                    Value::Type(bt) => out.push(bt.clone()),
                    _ => {
                        // _PyType_CalculateMetaclass: type(base) is not a type subclass.
                        return Err(vm.type_error(
                            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                        ));
                    }
                }
            }
            out
        }
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {tn}")));
        }
    };
    // _PyType_CalculateMetaclass: the most derived of meta and the bases' metaclasses makes
    // the class (through its own __new__ when it has one)
    let mut winner = meta.clone();
    for b in &bases {
        let bm = vm.type_of(&Value::Type(b.clone()));
        if bm.is_subtype(&winner) {
            winner = bm;
        } else if !winner.is_subtype(&bm) {
            return Err(vm.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
    }
    if !Rc::ptr_eq(&winner, meta) {
        if let Some(nw) = winner
            .lookup("__new__")
            .filter(|n| !matches!(n, Value::Builtin(_)))
        {
            let mut p = vec![Value::Type(winner.clone())];
            p.extend(pos.iter().cloned());
            return vm.call_args(&nw, Args { pos: p.into(), kw });
        }
        return new_class(vm, &winner, Args { pos, kw });
    }
    let ns = match &pos[2] {
        Value::Dict(d) => d.borrow().clone(),
        other => {
            let dict_t = Value::Type(vm.types.dict.clone());
            if !vm.isinstance(other, &dict_t)? {
                let tn = vm.type_name(other);
                return Err(
                    vm.type_error(format!("type.__new__() argument 3 must be dict, not {tn}"))
                );
            }
            let d = vm.new_dict();
            crate::objects::dict_update_from(vm, &d, other)?;
            let c = d.borrow().clone();
            c
        }
    };
    let bases = if bases.is_empty() {
        vec![vm.types.object.clone()]
    } else {
        bases
    };
    for b in &bases {
        if b.builtin
            && [
                "bool",
                "NoneType",
                "function",
                "generator",
                "coroutine",
                "range",
                "slice",
                "memoryview",
            ]
            .contains(&&*b.name())
        {
            let bn = b.name();
            return Err(vm.type_error(format!("type '{bn}' is not an acceptable base type")));
        }
    }
    // best_base: the bases' layouts (builtin bases and classes adding slots) must lie on
    // one line; `best` is the base whose layout is the most derived.
    let mut solid: Option<Rc<Type>> = None;
    let mut best = bases[0].clone();
    for b in &bases {
        if let Some(sb) = layout_base(vm, b) {
            match &solid {
                None => {
                    solid = Some(sb);
                    best = b.clone();
                }
                Some(cur) if cur.is_subtype(&sb) => {}
                Some(cur) if sb.is_subtype(cur) => {
                    solid = Some(sb);
                    best = b.clone();
                }
                Some(_) => {
                    return Err(vm.type_error("multiple bases have instance lay-out conflict"));
                }
            }
        }
    }
    let mut dict = ns;
    let qualname = match dict.del_str("__qualname__") {
        Some(Value::Str(q)) => q,
        _ => name.clone(),
    };
    let classcell = dict.del_str("__classcell__");
    if !dict.contains_str("__module__") {
        // type_new_set_module: the calling frame's globals name the module.
        let m = vm
            .frames
            .last()
            .and_then(|f| f.borrow().globals.borrow().get_str("__name__"));
        if let Some(m) = m {
            dict.set_str("__module__", m);
        }
    }
    // __slots__
    let mut slots: Vec<Rc<str>> = Vec::new();
    let has_dict;
    // `__dict__` / `__weakref__` named in `__slots__` (None: no `__slots__`).
    let mut declared_getsets = None;
    for b in &bases {
        slots.extend(b.slots.iter().cloned());
    }
    if let Some(sl) = dict.get_str("__slots__") {
        let names = match &sl {
            Value::Str(s) => vec![Value::Str(s.clone())],
            other => vm.collect(other)?,
        };
        let mut declared_dict = false;
        let mut declared_weak = false;
        let mut members = Vec::new();
        // type_new_slots_impl: a base whose instances vary in size (tp_itemsize != 0) has
        // no room for slots after its items.
        if !names.is_empty() && is_varsize(vm, &best) {
            let bn = best.name();
            return Err(vm.type_error(format!(
                "nonempty __slots__ not supported for subtype of '{bn}'"
            )));
        }
        for n in names {
            let s = match n {
                Value::Str(s) => Some(s),
                other => match crate::ops::unwrap_base(&other) {
                    Some(Value::Str(s)) => Some(s),
                    _ => {
                        let tn = vm.type_name(&other);
                        let msg = format!("__slots__ items must be strings, not '{tn}'");
                        return Err(vm.type_error(msg));
                    }
                },
            };
            if let Some(s) = s {
                let mut cs = s.chars();
                let ident = cs
                    .next()
                    .is_some_and(|c| c == '_' || unicode_ident::is_xid_start(c))
                    && cs.all(unicode_ident::is_xid_continue);
                if !ident {
                    return Err(vm.type_error("__slots__ must be identifiers"));
                }
                // type_new_slots mangles private names (`__x` in class C is `_C__x`).
                let m = pydive_compiler::symtable::mangle(Some(&name), &s);
                let s: Rc<str> = if *m == *s { s } else { m.into() };
                if &*s == "__dict__" {
                    if declared_dict || bases.iter().any(|b| b.has_dict && !b.builtin) {
                        return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
                    }
                    declared_dict = true;
                } else if &*s == "__weakref__" {
                    declared_weak = true;
                } else {
                    if dict.contains_str(&s) {
                        // type_new_copy_slots (pydive has put __doc__ in the namespace already).
                        if !matches!(&*s, "__qualname__" | "__classcell__" | "__doc__") {
                            let r = vm.repr(&Value::Str(s.clone()))?;
                            return Err(vm.value_error(format!(
                                "{r} in __slots__ conflicts with class variable"
                            )));
                        }
                    } else {
                        members.push(s.clone());
                    }
                    if !slots.contains(&s) {
                        slots.push(s);
                    }
                }
            }
        }
        // type_new_copy_slots sorts the names: the member descriptors go in in that order.
        members.sort();
        for s in members {
            dict.set_str(&s, crate::objects::descriptors::slot_member(&s, &name));
        }
        declared_getsets = Some((declared_dict, declared_weak));
        has_dict = declared_dict || bases.iter().any(|b| b.has_dict && !b.builtin);
    } else {
        has_dict = true;
    }
    let layout = if bases
        .iter()
        .any(|b| b.layout == Layout::Exception || vm.is_exception_type(b))
    {
        Layout::Exception
    } else {
        Layout::Object
    };
    // functions that are implicitly class/static methods
    for (n, wrap) in [
        ("__init_subclass__", 1),
        ("__class_getitem__", 1),
        ("__new__", 2),
    ] {
        if let Some(f @ Value::Function(_)) = dict.get_str(n) {
            let w = if wrap == 1 {
                Value::ClassMethod(Rc::new(RefCell::new(f)))
            } else {
                Value::StaticMethod(Rc::new(RefCell::new(f)))
            };
            dict.set_str(n, w);
        }
    }
    let t = Rc::new(Type {
        name: RefCell::new(name.clone()),
        qualname: RefCell::new(qualname),
        bases: RefCell::new(bases.clone()),
        mro: RefCell::new(Vec::new()),
        dict: Rc::new(RefCell::new(dict)),
        metaclass: RefCell::new(if Rc::ptr_eq(meta, &vm.types.type_) {
            None
        } else {
            Some(meta.clone())
        }),
        layout,
        builtin: false,
        slots,
        has_dict,
        has_del: std::cell::Cell::new(false),
        tp_name: RefCell::new(None),
        immutable: std::cell::Cell::new(false),
    });
    let mro = match c3_mro(&t, &bases) {
        Ok(m) => m,
        Err(msg) => return Err(vm.type_error(msg)),
    };
    *t.mro.borrow_mut() = mro;
    crate::builtins::constructors::note_class(&t);
    crate::gc::track_type(&t);
    t.has_del.set(t.lookup("__del__").is_some());
    crate::objects::mappingproxy::add_class_getsets(vm, &t, declared_getsets);
    if !t.dict.borrow().contains_str("__doc__") {
        t.dict.borrow_mut().set_str("__doc__", Value::None);
    }
    // __eq__ without __hash__ makes instances unhashable
    if t.dict.borrow().contains_str("__eq__") && !t.dict.borrow().contains_str("__hash__") {
        t.dict.borrow_mut().set_str("__hash__", Value::None);
    }
    let tv = Value::Type(t.clone());
    if let Some(Value::Cell(c)) = &classcell {
        *c.borrow_mut() = Some(tv.clone());
    }
    // __set_name__
    let items = t.dict.borrow().items();
    for (k, v) in items {
        if let Value::Instance(_) = &v {
            if let Some(sn) = vm.lookup_special(&v, "__set_name__")? {
                if let Err(e) = vm.call(&sn, vec![tv.clone(), k.clone()]) {
                    // type_new_set_names: the error gets a note naming the attribute
                    let note = format!(
                        "Error calling __set_name__ on '{}' instance {} in '{}'",
                        vm.type_name(&v),
                        vm.repr(&k)?,
                        t.name()
                    );
                    let add_note = vm.getattr(&e, "add_note")?;
                    vm.call(&add_note, vec![Value::str(&note)])?;
                    return Err(e);
                }
            }
        }
        if let (Value::Property(p), Value::Str(_)) = (&v, &k) {
            if p.name.borrow().is_none() {
                *p.name.borrow_mut() = k.clone();
            }
        }
    }
    // __init_subclass__ of the parent
    let sup = crate::objects::misc::Super {
        thisclass: t.clone(),
        obj: tv.clone(),
        obj_type: t.clone(),
    };
    let mro = t.mro.borrow().clone();
    for b in mro.iter().skip(1) {
        if let Some(isc) = b.dict.borrow().get_str("__init_subclass__") {
            let f = match isc {
                Value::ClassMethod(f) => f.borrow().clone(),
                Value::Builtin(bi) if bi.kind == BuiltinKind::ClassMethod => {
                    if !kw.is_empty() {
                        let tn = t.name();
                        return Err(vm.type_error(format!(
                            "{tn}.__init_subclass__() takes no keyword arguments"
                        )));
                    }
                    break;
                }
                other => other,
            };
            let _ = &sup;
            vm.call_args(
                &f,
                Args {
                    pos: vec![tv.clone()].into(),
                    kw,
                },
            )?;
            break;
        }
    }
    Ok(tv)
}

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`.
pub fn build_class(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    if a.pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = a.pos.remove(0);
    let name = a.pos.remove(0);
    let orig_bases = a.pos.to_vec();
    // PEP 560: __mro_entries__
    let mut bases = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if !matches!(b, Value::Type(_)) {
            if let Some(me) = vm.lookup_special(b, "__mro_entries__")? {
                let r = vm.call(&me, vec![Value::tuple(orig_bases.clone())])?;
                bases.extend(vm.collect(&r)?);
                changed = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    let explicit_meta = a.take_kw("metaclass");
    let mut meta = match &explicit_meta {
        Some(m) => m.clone(),
        None => match bases.first() {
            Some(b) => Value::Type(vm.type_of(b)),
            None => Value::Type(vm.types.type_.clone()),
        },
    };
    // the most derived metaclass
    if let Value::Type(mt) = &meta {
        let mut winner = mt.clone();
        for b in &bases {
            let bt = vm.type_of(b);
            if bt.is_subtype(&winner) {
                winner = bt;
            } else if !winner.is_subtype(&bt) {
                return Err(vm.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
        }
        meta = Value::Type(winner);
    }
    let bases_t = Value::tuple(bases.clone());
    let ns = match vm.getattr(&meta, "__prepare__") {
        Ok(p) if !matches!(&p, Value::Builtin(b) if b.owner.as_deref() == Some("type")) => {
            let args = Args {
                pos: vec![name.clone(), bases_t.clone()].into(),
                kw: a.kw.clone(),
            };
            vm.call_args(&p, args)?
        }
        _ => Value::Dict(vm.new_dict()),
    };
    let Value::Function(f) = &func else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let frame = vm.make_frame(f, Args::default())?;
    frame.borrow_mut().locals = Some(Box::new(ns.clone()));
    let cell = vm.run_frame(frame)?;
    if changed {
        vm.setitem(&ns, &Value::str("__orig_bases__"), Value::tuple(orig_bases))?;
    }
    let args = Args {
        pos: vec![name, bases_t, ns].into(),
        kw: a.kw,
    };
    let cls = vm.call_args(&meta, args)?;
    if let Value::Cell(c) = &cell {
        let cur = c.borrow().clone();
        if cur.is_none() {
            *c.borrow_mut() = Some(cls.clone());
        }
    }
    Ok(cls)
}

/// `type.__new__(meta, name, bases, ns)` as a callable for metaclasses' `super().__new__`.
pub fn type_new(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    if a.pos.is_empty() {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    }
    let meta = a.pos.remove(0);
    let Value::Type(mt) = &meta else {
        return Err(vm.type_error("type.__new__(X): X is not a type object"));
    };
    if a.pos.len() == 1 {
        return Ok(Value::Type(vm.type_of(&a.pos[0])));
    }
    if a.pos.len() != 3 {
        return Err(vm.type_error("type.__new__() takes exactly 3 arguments"));
    }
    new_class(vm, mt, a)
}

/// `type.__call__(cls, *args)` for metaclasses whose `__call__` calls `super().__call__`.
pub fn type_dunder_call(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let cls = a.pos.remove(0);
    let Value::Type(t) = &cls else {
        let tn = vm.type_name(&cls);
        return Err(vm.type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{tn}'"
        )));
    };
    let t = t.clone();
    type_call(vm, &t, &cls, a)
}

/// `list[int]`-style aliases: we keep the origin type (enough for annotations and
/// isinstance of the origin); `types.GenericAlias` is not modelled.
/// `origin[args]` on a builtin type: `types.GenericAlias(origin, args)` (lib/types.py),
/// or the origin itself when that module cannot be loaded.
pub fn generic_alias(vm: &mut Vm, origin: &Value, args: &Value) -> Value {
    let made = vm.import_module("types").and_then(|m| {
        let ga = vm.getattr(&m, "GenericAlias")?;
        vm.call(&ga, vec![origin.clone(), args.clone()])
    });
    made.unwrap_or_else(|_| origin.clone())
}

pub fn empty_namespace() -> Dict {
    Dict::new()
}

/// For `Cls(...)` on the hot path (CALL): the Python `__init__` to run on a plain new
/// instance when calling `t` is `object.__new__` then that function — `t` a class of the
/// metaclass `type`, its `__new__` `object.__new__`, no `__abstractmethods__` in its dict, its
/// `__init__` a Python function. `None` when the call must take `type_call`'s general path.
///
/// The answer is cached per class while `watched_epoch()` stays put (`eval/cache.rs`
/// `type_stamp` watches the dicts along the MRO, so assigning `__init__`/`__new__` anywhere
/// there invalidates it), so a call costs no MRO lookups.
///
/// With it comes how many attributes the last instance made this way had after `__init__`
/// (`note_attrs`), to size the next instance's `__dict__`.
pub(crate) fn plain_init(t: &Rc<Type>) -> Option<(Rc<crate::objects::function::Function>, usize)> {
    if t.builtin || t.metaclass.borrow().is_some() {
        return None;
    }
    if let Some(hit) = init_cache::get(t) {
        return hit;
    }
    let new_is_object = t
        .lookup("__new__")
        .is_none_or(|n| is_object_builtin(&n, "object"));
    let init = match t.lookup("__init__") {
        Some(Value::Function(f))
            if new_is_object && !t.dict.borrow().contains_str("__abstractmethods__") =>
        {
            Some(f)
        }
        _ => None,
    };
    let stamp = crate::eval::cache::type_stamp(t);
    init_cache::put(t, stamp, &init);
    init.map(|f| (f, 0))
}

/// An instance of `t` made through `plain_init` has `n` attributes after its `__init__`.
pub(crate) fn note_attrs(t: &Rc<Type>, n: usize) {
    init_cache::note_attrs(t, n.min(32));
}

/// `plain_init`'s answers: a small table keyed by the class's address, each entry naming
/// its class by a `Weak` (so the address is not reused while the entry exists) and holding
/// the epoch it is valid for. The function is held by a `Weak` too: the cache keeps nothing
/// alive (while the entry is valid, the class's dicts hold the function).
mod init_cache {
    use std::cell::RefCell;
    use std::rc::{Rc, Weak};

    use crate::objects::function::Function;
    use crate::objects::typeobj::Type;

    const SLOTS: usize = 256;

    struct Entry {
        ty: Weak<Type>,
        epoch: u64,
        init: Option<Weak<Function>>,
        attrs: std::cell::Cell<usize>,
    }

    thread_local! {
        static TABLE: RefCell<Vec<Option<Entry>>> = const { RefCell::new(Vec::new()) };
    }

    fn slot(ty: &Rc<Type>) -> usize {
        let a = Rc::as_ptr(ty) as usize;
        ((a >> 4) ^ (a >> 12)) % SLOTS
    }

    pub(super) fn get(ty: &Rc<Type>) -> Option<Option<(Rc<Function>, usize)>> {
        let epoch = crate::objects::dict::watched_epoch();
        TABLE.with(|t| {
            let t = t.try_borrow().ok()?;
            match t.get(slot(ty))? {
                Some(e) if e.epoch == epoch && std::ptr::eq(e.ty.as_ptr(), Rc::as_ptr(ty)) => {
                    match &e.init {
                        None => Some(None),
                        Some(w) => w.upgrade().map(|f| Some((f, e.attrs.get()))),
                    }
                }
                _ => None,
            }
        })
    }

    pub(super) fn put(ty: &Rc<Type>, epoch: u64, init: &Option<Rc<Function>>) {
        let entry = Entry {
            ty: Rc::downgrade(ty),
            epoch,
            init: init.as_ref().map(Rc::downgrade),
            attrs: std::cell::Cell::new(0),
        };
        let old = TABLE.with(|t| {
            let Ok(mut t) = t.try_borrow_mut() else {
                return None;
            };
            if t.is_empty() {
                t.resize_with(SLOTS, || None);
            }
            t[slot(ty)].replace(entry)
        });
        drop(old);
    }

    pub(super) fn note_attrs(ty: &Rc<Type>, n: usize) {
        TABLE.with(|t| {
            let Ok(t) = t.try_borrow() else {
                return;
            };
            if let Some(Some(e)) = t.get(slot(ty)) {
                if std::ptr::eq(e.ty.as_ptr(), Rc::as_ptr(ty)) {
                    e.attrs.set(n);
                }
            }
        });
    }
}
