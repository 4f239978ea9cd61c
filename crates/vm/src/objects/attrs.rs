//! Data attributes of builtin objects that are not methods: `co_*`, `f_*`, `gi_*`,
//! `__name__`, `__dict__`, `__class__`, ... (CPython's member and getset descriptors).

use std::rc::Rc;

use crate::objects::generator::GenKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn strs(items: &[std::sync::Arc<str>]) -> Value {
    Value::tuple(items.iter().map(|s| Value::str(s)).collect())
}

pub fn builtin_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(Value::Type(vm.type_of(obj))));
    }
    Ok(match obj {
        Value::Code(c) => {
            let co = &c.co;
            Some(match name {
                "co_code" => Value::Bytes(co.code.clone().into()),
                "co_consts" => Value::tuple(c.consts.clone()),
                "co_names" => Value::tuple(c.names.clone()),
                "co_varnames" => strs(&co.varnames()),
                "co_cellvars" => strs(&co.cellvars()),
                "co_freevars" => strs(&co.freevars()),
                "co_name" => Value::str(&co.name),
                "co_qualname" => Value::str(&co.qualname),
                "co_filename" => Value::str(&co.filename),
                "co_firstlineno" => Value::Int(co.firstlineno as i64),
                "co_argcount" => Value::Int(co.argcount as i64),
                "co_posonlyargcount" => Value::Int(co.posonlyargcount as i64),
                "co_kwonlyargcount" => Value::Int(co.kwonlyargcount as i64),
                "co_nlocals" => Value::Int(co.nlocals() as i64),
                "co_stacksize" => Value::Int(co.stacksize as i64),
                "co_flags" => Value::Int(co.flags as i64),
                "co_linetable" => Value::Bytes(co.linetable.clone().into()),
                "co_lnotab" => {
                    vm.warn(
                        "DeprecationWarning",
                        "co_lnotab is deprecated, use co_lines instead.",
                    )?;
                    let t =
                        pydive_bytecode::linetable::lnotab(&co.linetable, co.firstlineno as i32);
                    Value::Bytes(t.into())
                }
                "co_exceptiontable" => Value::Bytes(co.exceptiontable.clone().into()),
                "_co_code_adaptive" => Value::Bytes(co.code.clone().into()),
                _ => return Ok(None),
            })
        }
        Value::Frame(f) => {
            let fr = f.borrow();
            Some(match name {
                "f_lasti" => Value::Int(fr.f_lasti()),
                // None while the instruction has no line (PyFrame_GetLineNumber is -1).
                "f_lineno" => match fr.code.line_at(fr.lasti as usize) {
                    None if fr.next_instr != 0 => Value::None,
                    _ => Value::Int(fr.lineno()),
                },
                "f_code" => Value::Code(fr.code.clone()),
                "f_back" => match crate::modules::pydive::visible_back(f) {
                    Some(b) => Value::Frame(b),
                    None => Value::None,
                },
                "f_globals" => Value::Dict(fr.globals.clone()),
                "f_builtins" => Value::Dict(fr.builtins.clone()),
                "f_locals" => {
                    drop(fr);
                    crate::modules::inspect::frame_locals(vm, f)?
                }
                "f_trace" | "f_trace_lines" | "f_trace_opcodes" => {
                    drop(fr);
                    return Ok(crate::settrace::frame_getattr(f, name));
                }
                "f_generator" => match fr.generator.as_ref().and_then(|w| w.upgrade()) {
                    Some(g) => Value::Generator(g),
                    None => Value::None,
                },
                _ => return Ok(None),
            })
        }
        Value::Function(func) => Some(match name {
            "__name__" => Value::Str(func.name.borrow().clone()),
            "__qualname__" => Value::Str(func.qualname.borrow().clone()),
            "__code__" => Value::Code(func.code()),
            "__globals__" => Value::Dict(func.globals.clone()),
            "__builtins__" => Value::Dict(func.builtins.clone()),
            "__defaults__" => match &*func.defaults.borrow() {
                Some(d) => Value::Tuple(d.clone()),
                None => Value::None,
            },
            "__kwdefaults__" => match &*func.kwdefaults.borrow() {
                Some(d) => Value::Dict(d.clone()),
                None => Value::None,
            },
            "__closure__" => match &func.closure {
                Some(c) => Value::Tuple(c.clone()),
                None => Value::None,
            },
            "__doc__" => func.doc.borrow().clone(),
            "__module__" => func.module.borrow().clone(),
            "__dict__" => Value::Dict(func.dict.clone()),
            "__annotations__" => {
                let a = func.annotations.borrow().clone();
                if a.is_none() {
                    let d = Value::Dict(vm.new_dict());
                    *func.annotations.borrow_mut() = d.clone();
                    d
                } else {
                    a
                }
            }
            // Set by INTRINSIC_SET_FUNCTION_TYPE_PARAMS for `def f[T]()`.
            "__type_params__" => func
                .dict
                .borrow()
                .get_str(name)
                .unwrap_or_else(|| Value::tuple(vec![])),
            _ => match func.dict.borrow().get_str(name) {
                Some(v) => v,
                None => return Ok(None),
            },
        }),
        Value::Method(m) => Some(match name {
            "__self__" => m.self_.clone(),
            "__func__" => m.func.clone(),
            "__name__" | "__qualname__" | "__doc__" | "__module__" | "__code__"
            | "__defaults__" | "__globals__" | "__annotations__" | "__kwdefaults__"
            | "__closure__" | "__dict__" => {
                let f = m.func.clone();
                return vm.getattr(&f, name).map(Some);
            }
            // Found on the method's own type (object's) before the function is asked, as
            // method_getattro does: the method's size, its str() formatted, its reduction and
            // comparison.
            "__sizeof__" | "__format__" | "__reduce__" | "__reduce_ex__" | "__eq__" | "__ne__"
            | "__hash__" => return Ok(None),
            _ => {
                let f = m.func.clone();
                return match vm.getattr(&f, name) {
                    Ok(v) => Ok(Some(v)),
                    Err(_) => Ok(None),
                };
            }
        }),
        Value::Builtin(b) => Some(match name {
            "__name__" => Value::Str(b.name.clone()),
            "__qualname__" => match &b.owner {
                Some(o) => Value::str(&format!("{o}.{}", b.name)),
                None => Value::Str(b.name.clone()),
            },
            "__self__" => match (&b.bound, b.module.get()) {
                (Some(s), _) => s.clone(),
                (None, Some(m)) if &**m == "builtins" => vm.builtins_module.clone(),
                (None, Some(m)) => vm.modules.borrow().get_str(m).unwrap_or(Value::None),
                (None, None) => Value::None,
            },
            "__doc__" => crate::builtins::docs::builtin_doc(b),
            "__module__" => match (b.module.get(), &b.owner) {
                (Some(m), _) => Value::Str(m.clone()),
                (None, None) => Value::str("builtins"),
                // A method descriptor (`list.append`) has no `__module__`.
                (None, Some(_))
                    if b.bound.is_none()
                        && b.kind == crate::objects::function::BuiltinKind::Method =>
                {
                    return Ok(None)
                }
                (None, Some(_)) => Value::None,
            },
            "__text_signature__" => crate::builtins::docs::builtin_text_signature(b),
            "__objclass__" => match &b.owner {
                Some(o) => vm.builtins.borrow().get_str(o).unwrap_or(Value::None),
                None => return Ok(None),
            },
            _ => return Ok(None),
        }),
        Value::Type(t) => Some(match name {
            "__name__" => Value::Str(t.name()),
            "__qualname__" => Value::Str(t.qualname.borrow().clone()),
            "__mro__" => Value::tuple(
                t.mro
                    .borrow()
                    .iter()
                    .map(|x| Value::Type(x.clone()))
                    .collect(),
            ),
            "__bases__" => Value::tuple(
                t.bases
                    .borrow()
                    .iter()
                    .map(|x| Value::Type(x.clone()))
                    .collect(),
            ),
            "__base__" => match &t.bases.borrow()[..] {
                [] => Value::None,
                [b] => Value::Type(b.clone()),
                bases => Value::Type(crate::objects::typeobj::best_base(vm, bases)),
            },
            "__dict__" => crate::objects::mappingproxy::of_type(vm, t),
            "__module__" => t
                .dict
                .borrow()
                .get_str("__module__")
                .unwrap_or(Value::str("builtins")),
            "__doc__" => match t.dict.borrow().get_str("__doc__") {
                Some(d) => d,
                None => crate::builtins::docs::type_doc(t, name).unwrap_or(Value::None),
            },
            "__text_signature__" if t.builtin => {
                crate::builtins::docs::type_doc(t, name).unwrap_or(Value::None)
            }
            "__subclasses__" => return Ok(None),
            "__annotations__" => match t.dict.borrow().get_str("__annotations__") {
                Some(a) => a,
                None => Value::Dict(vm.new_dict()),
            },
            // Stored by the body of `class C[T]:`.
            "__type_params__" => t
                .dict
                .borrow()
                .get_str(name)
                .unwrap_or_else(|| Value::tuple(vec![])),
            "__abstractmethods__" => match t.dict.borrow().get_str("__abstractmethods__") {
                Some(a) => a,
                None => return Ok(None),
            },
            _ => return Ok(None),
        }),
        Value::Generator(g) => {
            let pre = match g.kind {
                GenKind::Generator => "gi_",
                GenKind::Coroutine => "cr_",
                GenKind::AsyncGenerator => "ag_",
            };
            let Some(short) = name.strip_prefix(pre) else {
                return Ok(match name {
                    "__name__" => Some(Value::Str(g.name())),
                    "__qualname__" => Some(Value::Str(g.qualname())),
                    _ => None,
                });
            };
            Some(match short {
                "frame" => match g.frame() {
                    Some(f) => Value::Frame(f),
                    None => Value::None,
                },
                "running" => {
                    if g.kind == GenKind::AsyncGenerator {
                        Value::Bool(g.ag_running.get())
                    } else {
                        Value::Bool(g.is_running())
                    }
                }
                "code" => Value::Code(g.code.clone()),
                "suspended" => Value::Bool(matches!(
                    &*g.state.borrow(),
                    crate::objects::generator::GenState::Suspended(_)
                )),
                "yieldfrom" | "await" => vm.gen_yieldfrom(g).unwrap_or(Value::None),
                // A coroutine keeps `cr_origin` where an async generator keeps its finalizer.
                "origin" if g.kind == GenKind::Coroutine => g.finalizer().unwrap_or(Value::None),
                _ => return Ok(None),
            })
        }
        Value::Module(m) => match name {
            "__dict__" => Some(Value::Dict(m.dict.clone())),
            _ => None,
        },
        Value::Instance(inst) => match name {
            "__dict__" => inst.dict().map(Value::Dict),
            _ => {
                if let Some(exc) = inst.exc() {
                    let e = exc.borrow();
                    match name {
                        "args" => {
                            let args = e.args.clone();
                            drop(e);
                            let v = crate::objects::exceptions::visible_args(vm, obj, args);
                            return Ok(Some(v));
                        }
                        "__traceback__" => return Ok(Some(e.traceback.clone())),
                        "__cause__" => return Ok(Some(e.cause.clone())),
                        "__context__" => return Ok(Some(e.context.clone())),
                        "__suppress_context__" => return Ok(Some(Value::Bool(e.suppress_context))),
                        "__notes__" if !e.notes.is_none() => return Ok(Some(e.notes.clone())),
                        _ => {}
                    }
                    drop(e);
                    if let Some(v) = crate::objects::exceptions::exc_attr(vm, obj, name)? {
                        return Ok(Some(v));
                    }
                }
                let ty = inst.class();
                if let Some(i) = ty.slots.iter().position(|s| &**s == name) {
                    let v = inst.slots().borrow().get(i).cloned().flatten();
                    return match v {
                        Some(v) => Ok(Some(v)),
                        None => {
                            let tn = crate::vm::Vm::tp_name_of(&ty);
                            Err(vm.attribute_error(format!(
                                "'{tn}' object has no attribute '{name}'"
                            )))
                        }
                    };
                }
                if let Some(b) = inst.base() {
                    // a class attribute of the subclass hides the base's getset (a property
                    // subclass's `__isabstractmethod__ = True`, abc.abstractproperty)
                    let shadowed = || {
                        ty.mro
                            .borrow()
                            .iter()
                            .take_while(|t| !t.builtin)
                            .any(|t| t.dict.borrow().contains_str(name))
                    };
                    if !matches!(b, Value::Instance(_)) && !shadowed() {
                        if let Some(v) = builtin_attr(vm, &b, name)? {
                            if name != "__class__" {
                                return Ok(Some(v));
                            }
                        }
                    }
                }
                None
            }
        },
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match name {
            "real" | "numerator" => Some(match obj {
                Value::Bool(b) => Value::Int(*b as i64),
                _ => obj.clone(),
            }),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        },
        Value::Float(f) => match name {
            "real" => Some(Value::Float(*f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        },
        Value::Complex(re, im) => match name {
            "real" => Some(Value::Float(*re)),
            "imag" => Some(Value::Float(*im)),
            _ => None,
        },
        Value::Slice(s) => match name {
            "start" => Some(s.start.clone()),
            "stop" => Some(s.stop.clone()),
            "step" => Some(s.step.clone()),
            _ => None,
        },
        Value::Range(r) => {
            let (start, stop, step) = r.exact();
            match name {
                "start" => Some(Value::from_bigint(start)),
                "stop" => Some(Value::from_bigint(stop)),
                "step" => Some(Value::from_bigint(step)),
                _ => None,
            }
        }
        Value::Property(p) => match name {
            "fget" => Some(p.fget.clone()),
            "fset" => Some(p.fset.clone()),
            "fdel" => Some(p.fdel.clone()),
            "__doc__" => Some(p.doc.borrow().clone()),
            "__isabstractmethod__" => {
                let f = p.fget.clone();
                Some(match vm.getattr(&f, "__isabstractmethod__") {
                    Ok(v) => v,
                    Err(_) => Value::Bool(false),
                })
            }
            _ => None,
        },
        Value::ClassMethod(f) | Value::StaticMethod(f) => match name {
            "__func__" | "__wrapped__" => Some(f.borrow().clone()),
            "__isabstractmethod__" => {
                let f = f.borrow().clone();
                Some(match vm.getattr(&f, "__isabstractmethod__") {
                    Ok(v) => v,
                    Err(_) => Value::Bool(false),
                })
            }
            "__name__" | "__qualname__" | "__doc__" => {
                let f = f.borrow().clone();
                return vm.getattr(&f, name).map(Some);
            }
            _ => None,
        },
        Value::Cell(c) => match name {
            "cell_contents" => match c.borrow().clone() {
                Some(v) => Some(v),
                None => return Err(vm.value_error("Cell is empty")),
            },
            _ => None,
        },
        Value::Traceback(tb) => match name {
            "tb_frame" => Some(Value::Frame(tb.frame.clone())),
            "tb_lasti" => Some(Value::Int(tb.lasti as i64)),
            "tb_lineno" => Some(Value::Int(tb.lineno)),
            "tb_next" => Some(match &*tb.next.borrow() {
                Some(n) => Value::Traceback(n.clone()),
                None => Value::None,
            }),
            _ => None,
        },
        Value::Super(s) => match name {
            "__thisclass__" => Some(Value::Type(s.thisclass.clone())),
            // an unbound super(C) has no object (Null) and no object type
            "__self__" if s.obj.is_null() => Some(Value::None),
            "__self_class__" if s.obj.is_null() => Some(Value::None),
            "__self__" => Some(s.obj.clone()),
            "__self_class__" => Some(Value::Type(s.obj_type.clone())),
            _ => None,
        },
        _ => {
            let _ = Rc::new(());
            None
        }
    })
}
