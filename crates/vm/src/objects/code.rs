//! Code objects as the VM holds them: the bytecode crate's `CodeObject` plus its constants
//! turned into values once, so `LOAD_CONST` is a clone and `co_consts[i]` keeps its identity.

use std::rc::Rc;
use std::sync::Arc;

use pydive_bytecode::CodeObject;

use crate::value::Value;

pub struct PyCode {
    pub co: Arc<CodeObject>,
    /// `co_consts` as values (nested code objects become `Value::Code`).
    pub consts: Vec<Value>,
    /// `co_names` as str values.
    pub names: Vec<Value>,
    /// `co_localsplusnames` as str values.
    pub localsplus: Vec<Value>,
    /// The line of each code unit (`None` for no line), decoded once from `co_linetable`.
    pub lines: Vec<Option<u32>>,
    /// Each code unit's (lineno, end_lineno, col, end_col) from the location table.
    pub positions: Vec<Position>,
    /// Decoded `co_exceptiontable`: (start, end, target, depth, lasti) in code units.
    pub exc_table: Vec<ExcEntry>,
    /// Slot of each cell variable that is also an argument (copied in by `MAKE_CELL`).
    pub ncells: usize,
    pub nfree: usize,
    /// The quickened copy: one decoded instruction per code unit.
    pub instrs: Vec<crate::eval::Instr>,
    /// Inline caches of the quickened copy (`crate::eval::cache`).
    pub caches: crate::eval::cache::Caches,
    /// Frames running this code add no traceback entry and no trace events: code that is C in
    /// CPython (`_pydive.hide_from_tracebacks`).
    pub hidden: std::cell::Cell<bool>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: Option<u32>,
    pub end_line: Option<u32>,
    pub col: Option<u32>,
    pub end_col: Option<u32>,
}

#[derive(Clone, Copy, Debug)]
pub struct ExcEntry {
    pub start: usize,
    pub end: usize,
    pub target: usize,
    pub depth: usize,
    pub lasti: bool,
}

impl PyCode {
    pub fn name(&self) -> &str {
        &self.co.name
    }

    /// Line of the instruction at code unit `index` (`PyCode_Addr2Line`).
    pub fn line_at(&self, index: usize) -> Option<u32> {
        self.lines.get(index).copied().flatten()
    }

    /// The handler covering code unit `index` (`get_exception_handler`).
    pub fn handler_for(&self, index: usize) -> Option<ExcEntry> {
        self.exc_table
            .iter()
            .find(|e| e.start <= index && index < e.end)
            .copied()
    }

    pub fn flags(&self) -> u32 {
        self.co.flags
    }
}

/// Decode the 3.12 location table (`Objects/locations.md`) into a position per code unit.
pub fn decode_positions(co: &CodeObject) -> Vec<Position> {
    let table = &co.linetable;
    let n_units = co.code.len() / 2;
    let mut out = Vec::with_capacity(n_units);
    let mut line = co.firstlineno as i64;
    let mut i = 0;
    let read_varint = |i: &mut usize| -> u64 {
        let mut shift = 0;
        let mut val: u64 = 0;
        while *i < table.len() {
            let b = table[*i];
            *i += 1;
            val |= ((b & 63) as u64) << shift;
            shift += 6;
            if b & 64 == 0 {
                break;
            }
        }
        val
    };
    let read_svarint = |i: &mut usize| -> i64 {
        let v = read_varint(i);
        if v & 1 != 0 {
            -((v >> 1) as i64)
        } else {
            (v >> 1) as i64
        }
    };
    while i < table.len() {
        let first = table[i];
        i += 1;
        let code = (first >> 3) & 15;
        let len = (first & 7) as usize + 1;
        let pos = match code {
            15 => Position::default(),
            14 => {
                line += read_svarint(&mut i);
                let end_line = line + read_varint(&mut i) as i64;
                let col = read_varint(&mut i) as i64 - 1;
                let end_col = read_varint(&mut i) as i64 - 1;
                Position {
                    line: Some(line as u32),
                    end_line: Some(end_line as u32),
                    col: (col >= 0).then_some(col as u32),
                    end_col: (end_col >= 0).then_some(end_col as u32),
                }
            }
            13 => {
                line += read_svarint(&mut i);
                Position {
                    line: Some(line as u32),
                    end_line: Some(line as u32),
                    col: None,
                    end_col: None,
                }
            }
            10..=12 => {
                line += (code - 10) as i64;
                let c1 = table.get(i).copied().unwrap_or(0);
                let c2 = table.get(i + 1).copied().unwrap_or(0);
                i += 2;
                Position {
                    line: Some(line as u32),
                    end_line: Some(line as u32),
                    col: Some(c1 as u32),
                    end_col: Some(c2 as u32),
                }
            }
            _ => {
                let second = table.get(i).copied().unwrap_or(0);
                i += 1;
                let col = (code as u32) * 8 + ((second >> 4) & 7) as u32;
                let end_col = col + (second & 15) as u32;
                Position {
                    line: Some(line as u32),
                    end_line: Some(line as u32),
                    col: Some(col),
                    end_col: Some(end_col),
                }
            }
        };
        for _ in 0..len {
            out.push(pos);
        }
    }
    out.resize(n_units.max(out.len()), Position::default());
    out
}

/// Decode `co_exceptiontable` (`Objects/exception_handling_notes.txt`).
pub fn decode_exception_table(table: &[u8]) -> Vec<ExcEntry> {
    let mut out = Vec::new();
    let mut i = 0;
    let read = |i: &mut usize| -> usize {
        let mut val = 0usize;
        while *i < table.len() {
            let b = table[*i];
            *i += 1;
            val = (val << 6) | (b & 63) as usize;
            if b & 64 == 0 {
                break;
            }
        }
        val
    };
    while i < table.len() {
        let start = read(&mut i);
        let size = read(&mut i);
        let target = read(&mut i);
        let dl = read(&mut i);
        out.push(ExcEntry {
            start,
            end: start + size,
            target,
            depth: dl >> 1,
            lasti: dl & 1 != 0,
        });
    }
    out
}

pub fn new_pycode(co: Arc<CodeObject>, consts: Vec<Value>) -> PyCode {
    let names: Vec<Value> = co
        .names
        .iter()
        .map(|n| Value::Str(crate::objects::dict::intern(n)))
        .collect();
    let localsplus = co
        .localsplusnames
        .iter()
        .map(|n| Value::Str(Rc::from(&**n)))
        .collect();
    let positions = decode_positions(&co);
    let lines = positions.iter().map(|p| p.line).collect();
    let exc_table = decode_exception_table(&co.exceptiontable);
    let ncells = co.cellvars().len();
    let nfree = co.freevars().len();
    let instrs = crate::eval::decode(&co.code);
    let caches = crate::eval::cache::Caches::new(&instrs, &names);
    PyCode {
        co,
        consts,
        names,
        localsplus,
        lines,
        positions,
        exc_table,
        ncells,
        nfree,
        instrs,
        caches,
        hidden: std::cell::Cell::new(false),
    }
}

// ---- methods of code objects (Objects/codeobject.c) ----

use crate::objects::function::Args;
use crate::vm::{PyResult, Vm};

fn this_code(vm: &mut Vm, a: &Args, what: &str) -> PyResult<Rc<PyCode>> {
    match a.pos.first() {
        Some(Value::Code(c)) => Ok(c.clone()),
        _ => Err(vm.type_error(format!("descriptor '{what}' requires a 'code' object"))),
    }
}

fn opt_int(v: Option<u32>) -> Value {
    match v {
        Some(n) => Value::Int(n as i64),
        None => Value::None,
    }
}

/// `co_lines()`: `(start, end, line)` for each run of code units on one line, in bytes
/// (`lineiter_next` merges neighbouring ranges of the same line).
fn code_co_lines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = this_code(vm, &a, "co_lines")?;
    let mut out = Vec::new();
    let mut i = 0;
    while i < c.lines.len() {
        let line = c.lines[i];
        let start = i;
        while i < c.lines.len() && c.lines[i] == line {
            i += 1;
        }
        out.push(Value::tuple(vec![
            Value::Int(2 * start as i64),
            Value::Int(2 * i as i64),
            opt_int(line),
        ]));
    }
    vm.iter(&Value::list(out))
}

/// `co_positions()`: `(lineno, end_lineno, col, end_col)` for each code unit.
fn code_co_positions(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = this_code(vm, &a, "co_positions")?;
    let out = c
        .positions
        .iter()
        .map(|p| {
            Value::tuple(vec![
                opt_int(p.line),
                opt_int(p.end_line),
                opt_int(p.col),
                opt_int(p.end_col),
            ])
        })
        .collect();
    vm.iter(&Value::list(out))
}

/// A value of `co_consts` as the bytecode crate's constant (for marshal and `dis`).
fn to_constant(v: &Value) -> Option<pydive_bytecode::Constant> {
    use pydive_bytecode::Constant as C;
    Some(match v {
        Value::None => C::None,
        Value::Ellipsis => C::Ellipsis,
        Value::Bool(b) => C::Bool(*b),
        Value::Int(i) => C::Int((*i).into()),
        Value::BigInt(b) => C::Int((**b).clone()),
        Value::Float(f) => C::Float(crate::objects::float::canonical_nan(*f)),
        Value::Complex(r, i) => C::Complex { real: *r, imag: *i },
        Value::Str(s) => C::Str(Arc::from(&**s)),
        Value::Bytes(b) => C::Bytes(Arc::from(&**b)),
        Value::Tuple(t) => C::Tuple(
            t.iter()
                .map(to_constant)
                .collect::<Option<Vec<_>>>()?
                .into(),
        ),
        Value::Code(c) => C::Code(c.co.clone()),
        _ => return None,
    })
}

fn str_items(vm: &mut Vm, v: &Value, field: &str) -> PyResult<Vec<Arc<str>>> {
    let items = match v {
        Value::Tuple(t) => t.to_vec(),
        _ => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!(
                "replace() argument '{field}' must be tuple, not {tn}"
            )));
        }
    };
    items
        .iter()
        .map(|x| match x {
            Value::Str(s) => Ok(Arc::from(&**s)),
            other => {
                let tn = vm.type_name(other);
                Err(vm.type_error(format!("name tuples must contain only strings, not '{tn}'")))
            }
        })
        .collect()
}

/// `code.replace(**changes)`: a new code object with some `co_*` fields replaced.
fn code_replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = this_code(vm, &a, "replace")?;
    if a.pos.len() > 1 {
        return Err(vm.type_error(format!(
            "replace() takes no positional arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    let mut co: CodeObject = (*c.co).clone();
    let mut consts = c.consts.clone();
    for (k, v) in &a.kw {
        let int = |vm: &mut Vm| -> PyResult<u32> {
            let n = vm.index_value(v)?;
            u32::try_from(n).map_err(|_| vm.value_error(format!("{k} must be a positive integer")))
        };
        let s = |vm: &mut Vm| -> PyResult<Arc<str>> {
            match v {
                Value::Str(s) => Ok(Arc::from(&**s)),
                other => {
                    let tn = vm.type_name(other);
                    Err(vm.type_error(format!("replace() argument '{k}' must be str, not {tn}")))
                }
            }
        };
        let b = |vm: &mut Vm| -> PyResult<Vec<u8>> {
            match v {
                Value::Bytes(b) => Ok(b.to_vec()),
                other => {
                    let tn = vm.type_name(other);
                    Err(vm.type_error(format!("replace() argument '{k}' must be bytes, not {tn}")))
                }
            }
        };
        match &**k {
            "co_argcount" => co.argcount = int(vm)?,
            "co_posonlyargcount" => co.posonlyargcount = int(vm)?,
            "co_kwonlyargcount" => co.kwonlyargcount = int(vm)?,
            "co_stacksize" => co.stacksize = int(vm)?,
            "co_flags" => co.flags = int(vm)?,
            "co_firstlineno" => co.firstlineno = int(vm)?,
            "co_nlocals" => {
                int(vm)?;
            }
            "co_code" => co.code = b(vm)?,
            "co_linetable" => co.linetable = b(vm)?,
            "co_exceptiontable" => co.exceptiontable = b(vm)?,
            "co_filename" => co.filename = s(vm)?,
            "co_name" => co.name = s(vm)?,
            "co_qualname" => co.qualname = s(vm)?,
            "co_names" => co.names = str_items(vm, v, k)?,
            "co_consts" => {
                let items = match v {
                    Value::Tuple(t) => t.to_vec(),
                    other => {
                        let tn = vm.type_name(other);
                        return Err(vm.type_error(format!(
                            "replace() argument 'co_consts' must be tuple, not {tn}"
                        )));
                    }
                };
                if let Some(cs) = items.iter().map(to_constant).collect::<Option<Vec<_>>>() {
                    co.consts = cs;
                }
                consts = items;
            }
            "co_varnames" | "co_cellvars" | "co_freevars" => {
                use pydive_bytecode::code::local_kind;
                let names = str_items(vm, v, k)?;
                let pick = |kind: u8| match &**k {
                    "co_varnames" => kind & local_kind::LOCAL != 0,
                    "co_cellvars" => kind & local_kind::CELL != 0,
                    _ => kind & local_kind::FREE != 0,
                };
                let slots: Vec<usize> = (0..co.localspluskinds.len())
                    .filter(|&i| pick(co.localspluskinds[i]))
                    .collect();
                if slots.len() != names.len() {
                    return Err(vm.value_error(format!(
                        "{k} must have {} names, not {}",
                        slots.len(),
                        names.len()
                    )));
                }
                for (slot, name) in slots.into_iter().zip(names) {
                    co.localsplusnames[slot] = name;
                }
            }
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for replace()"
                )))
            }
        }
    }
    Ok(Value::Code(Rc::new(new_pycode(Arc::new(co), consts))))
}

/// `types.CodeType(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags,
/// codestring, constants, names, varnames, filename, name, qualname, firstlineno,
/// linetable, exceptiontable, freevars=(), cellvars=())` (code_new_impl): the frame's
/// slots are the varnames (a cell too when also in cellvars), the other cellvars, then the
/// freevars, as `_Py_set_localsplus_info` lays them out.
pub fn code_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    use pydive_bytecode::code::local_kind;
    if !a.kw.is_empty() {
        return Err(vm.type_error("code() takes no keyword arguments"));
    }
    let n = a.pos.len();
    if !(16..=18).contains(&n) {
        return Err(vm.type_error(format!(
            "code expected {} arguments, got {n}",
            if n < 16 { "at least 16" } else { "at most 18" }
        )));
    }
    let p = &a.pos;
    let int = |vm: &mut Vm, i: usize| -> PyResult<u32> {
        let v = vm.index_value(&p[i])?;
        u32::try_from(v).map_err(|_| vm.value_error("code: argcount must not be negative"))
    };
    let (argcount, posonly, kwonly) = (int(vm, 0)?, int(vm, 1)?, int(vm, 2)?);
    int(vm, 3)?;
    let (stacksize, flags, firstlineno) = (int(vm, 4)?, int(vm, 5)?, int(vm, 13)?);
    let bytes_at = |vm: &mut Vm, i: usize| -> PyResult<Vec<u8>> {
        match &p[i] {
            Value::Bytes(b) => Ok(b.to_vec()),
            other => {
                let tn = vm.type_name(other);
                Err(vm.type_error(format!("code() argument {} must be bytes, not {tn}", i + 1)))
            }
        }
    };
    let code = bytes_at(vm, 6)?;
    let linetable = bytes_at(vm, 14)?;
    let exceptiontable = bytes_at(vm, 15)?;
    let str_at = |vm: &mut Vm, i: usize| -> PyResult<Arc<str>> {
        match &p[i] {
            Value::Str(s) => Ok(Arc::from(&**s)),
            other => {
                let tn = vm.type_name(other);
                Err(vm.type_error(format!("code() argument {} must be str, not {tn}", i + 1)))
            }
        }
    };
    let (filename, name, qualname) = (str_at(vm, 10)?, str_at(vm, 11)?, str_at(vm, 12)?);
    let consts = match &p[7] {
        Value::Tuple(t) => t.to_vec(),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("code() argument 8 must be tuple, not {tn}")));
        }
    };
    let names = str_items(vm, &p[8], "co_names")?;
    let varnames = str_items(vm, &p[9], "co_varnames")?;
    let empty = Value::tuple(vec![]);
    let freevars = str_items(vm, p.get(16).unwrap_or(&empty), "co_freevars")?;
    let cellvars = str_items(vm, p.get(17).unwrap_or(&empty), "co_cellvars")?;
    let mut localsplusnames = Vec::new();
    let mut localspluskinds = Vec::new();
    for v in &varnames {
        localsplusnames.push(v.clone());
        let cell = if cellvars.contains(v) {
            local_kind::CELL
        } else {
            0
        };
        localspluskinds.push(local_kind::LOCAL | cell);
    }
    for c in cellvars.iter().filter(|c| !varnames.contains(c)) {
        localsplusnames.push(c.clone());
        localspluskinds.push(local_kind::CELL);
    }
    for f in &freevars {
        localsplusnames.push(f.clone());
        localspluskinds.push(local_kind::FREE);
    }
    let co = CodeObject {
        argcount,
        posonlyargcount: posonly,
        kwonlyargcount: kwonly,
        stacksize,
        flags,
        code,
        consts: consts
            .iter()
            .map(to_constant)
            .collect::<Option<Vec<_>>>()
            .unwrap_or_default(),
        names,
        localsplusnames,
        localspluskinds,
        filename,
        name,
        qualname,
        firstlineno,
        linetable,
        exceptiontable,
    };
    Ok(Value::Code(Rc::new(new_pycode(Arc::new(co), consts))))
}

/// Install the methods of `code` (called from `modules::register`).
pub fn init(vm: &mut Vm) {
    let t = vm.types.code.clone();
    let methods: &[(&str, crate::objects::function::NativeFn)] = &[
        ("co_lines", code_co_lines),
        ("co_positions", code_co_positions),
        ("replace", code_replace),
        ("__replace__", code_replace),
    ];
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
}
