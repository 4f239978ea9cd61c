//! `_dis`: the native half of `lib/dis.py`. The listing, the instructions and `code_info`
//! come from the bytecode crate's `dis` (the same code `pydive dis` prints with); this file
//! only supplies the VM's reprs of constants and code objects, and turns instructions into
//! tuples that `dis.Instruction` is built from.

use std::collections::HashMap;
use std::rc::Rc;

use pydive_bytecode::dis::{self as bdis, ArgVal, DisOptions};
use pydive_bytecode::pyrepr::CodeRepr;
use pydive_bytecode::{CodeObject, Opcode};

use crate::objects::code::PyCode;
use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

/// Reprs as the VM prints them (`repr(co_consts[i])`, `<code object ... at 0x...>`), computed
/// beforehand for a code object and everything nested in it, keyed by the bytecode-crate
/// object's address.
#[derive(Default)]
struct VmReprs {
    consts: HashMap<usize, Vec<String>>,
    codes: HashMap<usize, String>,
}

impl VmReprs {
    fn collect(vm: &mut Vm, code: &Rc<PyCode>) -> PyResult<VmReprs> {
        let mut r = VmReprs::default();
        r.add(vm, code)?;
        Ok(r)
    }

    fn add(&mut self, vm: &mut Vm, code: &Rc<PyCode>) -> PyResult<()> {
        let key = Rc::as_ptr(code) as usize;
        let co_key = std::sync::Arc::as_ptr(&code.co) as usize;
        if self.consts.contains_key(&co_key) || self.codes.contains_key(&key) {
            return Ok(());
        }
        let me = vm.repr(&Value::Code(code.clone()))?;
        self.codes.insert(co_key, me.to_string());
        let mut reprs = Vec::with_capacity(code.consts.len());
        for c in code.consts.clone() {
            reprs.push(vm.repr(&c)?.to_string());
            if let Value::Code(inner) = &c {
                self.add(vm, inner)?;
            }
        }
        self.consts.insert(co_key, reprs);
        Ok(())
    }
}

impl CodeRepr for VmReprs {
    fn code_repr(&self, code: &CodeObject) -> String {
        match self.codes.get(&(code as *const CodeObject as usize)) {
            Some(r) => r.clone(),
            None => pydive_bytecode::pyrepr::DefaultCodeRepr.code_repr(code),
        }
    }

    fn const_repr(&self, code: &CodeObject, index: usize) -> String {
        match self
            .consts
            .get(&(code as *const CodeObject as usize))
            .and_then(|v| v.get(index))
        {
            Some(r) => r.clone(),
            None => pydive_bytecode::pyrepr::constant_repr(&code.consts[index], self),
        }
    }
}

fn code_arg(vm: &mut Vm, a: &Args) -> PyResult<Rc<PyCode>> {
    match a.pos.first() {
        Some(Value::Code(c)) => Ok(c.clone()),
        Some(other) => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("expected a code object, not {tn}")))
        }
        None => Err(vm.type_error("expected a code object")),
    }
}

fn opt_i64(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(vm.index_value(v)?)),
    }
}

/// `_dis.disassemble(code, lasti=-1, show_caches=False, depth=None, recursive=False)`:
/// the listing text.
fn d_disassemble(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let code = code_arg(vm, &a)?;
    let lasti = opt_i64(vm, a.pos.get(1))?.filter(|&l| l >= 0);
    let show_caches = match a.pos.get(2) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let depth = opt_i64(vm, a.pos.get(3))?;
    let recursive = match a.pos.get(4) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let reprs = VmReprs::collect(vm, &code)?;
    let options = DisOptions {
        show_caches,
        lasti: lasti.map(|l| l as u32),
        depth: depth.map(|d| d.max(0) as usize),
    };
    let text = if recursive {
        bdis::dis(&code.co, &reprs, &options)
    } else {
        bdis::disassemble(&code.co, &reprs, &options)
    };
    Ok(Value::str(&text))
}

/// `_dis.code_info(code)`.
fn d_code_info(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let code = code_arg(vm, &a)?;
    let reprs = VmReprs::collect(vm, &code)?;
    Ok(Value::str(&bdis::code_info(&code.co, &reprs)))
}

fn opt_int(v: Option<i32>) -> Value {
    match v {
        Some(n) => Value::Int(n as i64),
        None => Value::None,
    }
}

/// `_dis.instructions(code, show_caches=False, exception_labels=False)`: one tuple per
/// instruction, the fields of `dis.Instruction` in order (`positions` as a 4-tuple).
fn d_instructions(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let code = code_arg(vm, &a)?;
    let show_caches = match a.pos.get(1) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    // dis.get_instructions marks only jump targets; Bytecode and dis.dis also mark the
    // exception handlers (3.12 passes exception_entries only there).
    let exc_labels = match a.pos.get(2) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let jump_labels: std::collections::HashSet<i64> =
        bdis::find_labels(&code.co.code).into_iter().collect();
    let reprs = VmReprs::collect(vm, &code)?;
    let mut out = Vec::new();
    for ins in bdis::get_instructions(&code.co, &reprs, show_caches) {
        let is_jump_target = if exc_labels {
            ins.is_jump_target
        } else {
            jump_labels.contains(&(ins.offset as i64))
        };
        let argval = match &ins.argval {
            ArgVal::None | ArgVal::Unknown => Value::None,
            ArgVal::Int(i) => Value::Int(*i),
            ArgVal::Const(i) => code.consts.get(*i).cloned().unwrap_or(Value::None),
            ArgVal::Name(n) => Value::str(n),
            ArgVal::Compare(s) => Value::str(s),
            ArgVal::Format {
                conversion,
                with_spec,
            } => {
                let conv = match conversion {
                    Some(name) => vm.builtins.borrow().get_str(name).unwrap_or(Value::None),
                    None => Value::None,
                };
                Value::tuple(vec![conv, Value::Bool(*with_spec)])
            }
        };
        let (l, el, c, ec) = ins.positions;
        out.push(Value::tuple(vec![
            Value::str(&ins.opname),
            Value::Int(ins.opcode as i64),
            match ins.arg {
                Some(x) => Value::Int(x),
                None => Value::None,
            },
            argval,
            Value::str(&ins.argrepr),
            Value::Int(ins.offset as i64),
            opt_int(ins.starts_line),
            Value::Bool(is_jump_target),
            Value::tuple(vec![opt_int(l), opt_int(el), opt_int(c), opt_int(ec)]),
        ]));
    }
    Ok(Value::list(out))
}

/// `_dis.findlabels(co_code)`: byte offsets that jumps lead to.
fn d_findlabels(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let bytes = match a.pos.first() {
        Some(Value::Bytes(b)) => b.clone(),
        _ => return Err(vm.type_error("findlabels() expects bytes")),
    };
    Ok(Value::list(
        bdis::find_labels(&bytes)
            .into_iter()
            .map(Value::Int)
            .collect(),
    ))
}

/// `opcode.stack_effect(opcode, oparg=None, /, *, jump=None)` (`dis.stack_effect` too):
/// `_opcode.stack_effect` of 3.12 (`jump` None means the larger of the two edges), with its
/// `HAS_ARG` test and error texts.
pub(crate) fn d_stack_effect(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let int_arg = |vm: &mut Vm, v: Option<&Value>| match v {
        Some(v) => vm.index_value(v),
        None => Ok(0),
    };
    if a.pos.len() > 2 {
        let msg = format!(
            "stack_effect() takes at most 2 positional arguments ({} given)",
            a.pos.len()
        );
        return Err(vm.type_error(msg));
    }
    let number = int_arg(vm, a.pos.first())?;
    let oparg = a.pos.get(1).filter(|v| !matches!(v, Value::None));
    let op = u16::try_from(number).ok().and_then(Opcode::from_u16);
    // HAS_ARG: every number from HAVE_ARGUMENT up, but of the pseudo-ops only those with an arg
    let has_arg = match op {
        Some(op) if op.is_pseudo() => op.has_arg(),
        _ => number >= 90 && !(256..=266).contains(&number),
    };
    let oparg = match (has_arg, oparg) {
        (true, None) => {
            return Err(
                vm.value_error("stack_effect: opcode requires oparg but oparg was not specified")
            )
        }
        (false, Some(_)) => {
            return Err(vm
                .value_error("stack_effect: opcode does not permit oparg but oparg was specified"))
        }
        (true, Some(v)) => int_arg(vm, Some(v))?,
        (false, None) => 0,
    };
    let jump = a.kw.iter().find(|(k, _)| &**k == "jump").map(|(_, v)| v);
    let jump = match jump {
        None | Some(Value::None) => None,
        Some(Value::Bool(b)) => Some(*b),
        Some(_) => return Err(vm.value_error("stack_effect: jump must be False, True or None")),
    };
    let oparg = u32::try_from(oparg).ok();
    let effect = op.zip(oparg).and_then(|(op, oparg)| match jump {
        None => op.stack_effect_max(oparg),
        Some(j) => op.stack_effect(oparg, j),
    });
    match effect {
        Some(e) => Ok(Value::Int(i64::from(e))),
        None => Err(vm.value_error("invalid opcode or oparg")),
    }
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("disassemble", d_disassemble),
        ("code_info", d_code_info),
        ("instructions", d_instructions),
        ("findlabels", d_findlabels),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    Ok(())
}
