//! The `dis` listing of CPython 3.12's `Lib/dis.py`: `get_instructions` (one
//! [`Instruction`] per instruction, as `dis._get_instructions_bytes` yields them),
//! `disassemble` (one code object) and `dis` (recursively, with "Disassembly of ..."
//! headers), formatted character for character as 3.12 prints them.
//!
//! Constant reprs come from a [`CodeRepr`] (`const_repr`, `code_repr`) so the VM can show its
//! own objects (code object addresses, its frozensets' order);
//! [`DefaultCodeRepr`](crate::pyrepr::DefaultCodeRepr) is enough for plain constants.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::sync::Arc;

use crate::code::{CodeObject, Constant};
use crate::exception_table::{self, ExceptionTableEntry};
use crate::linetable::{self, Position};
use crate::opcode::{OpFlags, Opcode, CMP_OP, INTRINSIC_1, INTRINSIC_2, NB_OPS};
use crate::pyrepr::CodeRepr;

/// `dis._OPNAME_WIDTH`.
const OPNAME_WIDTH: usize = 20;
/// `dis._OPARG_WIDTH`.
const OPARG_WIDTH: usize = 5;

/// `dis.MAKE_FUNCTION_FLAGS`.
const MAKE_FUNCTION_FLAGS: [&str; 4] = ["defaults", "kwdefaults", "annotations", "closure"];

/// `opcode._cache_format`: the named fields of each instruction's inline cache, in order.
fn cache_format(op: Opcode) -> &'static [(&'static str, u32)] {
    match op {
        Opcode::LoadGlobal => &[
            ("counter", 1),
            ("index", 1),
            ("module_keys_version", 1),
            ("builtin_keys_version", 1),
        ],
        Opcode::BinaryOp
        | Opcode::UnpackSequence
        | Opcode::CompareOp
        | Opcode::BinarySubscr
        | Opcode::ForIter
        | Opcode::LoadSuperAttr
        | Opcode::StoreSubscr
        | Opcode::Send => &[("counter", 1)],
        Opcode::LoadAttr => &[
            ("counter", 1),
            ("version", 2),
            ("keys_version", 2),
            ("descr", 4),
        ],
        Opcode::StoreAttr => &[("counter", 1), ("version", 2), ("index", 1)],
        Opcode::Call => &[("counter", 1), ("func_version", 2)],
        _ => &[],
    }
}

/// `Instruction.argval`: the oparg resolved the way `dis` resolves it.
#[derive(Clone, Debug, PartialEq)]
pub enum ArgVal {
    /// No argument (`None`).
    None,
    /// The raw oparg, or a jump target offset in bytes.
    Int(i64),
    /// `co_consts[index]` (LOAD_CONST, RETURN_CONST, KW_NAMES).
    Const(usize),
    /// A name from `co_names` or the fast locals / cells / free variables.
    Name(Arc<str>),
    /// COMPARE_OP's comparison (`'<'`, ...).
    Compare(&'static str),
    /// FORMAT_VALUE's `(conversion, has format spec)`; conversion is `None`, `str`, `repr`
    /// or `ascii`.
    Format {
        conversion: Option<&'static str>,
        with_spec: bool,
    },
    /// An index out of range: CPython would raise IndexError here; we print nothing.
    Unknown,
}

/// One row of the listing: `dis.Instruction`.
#[derive(Clone, Debug, PartialEq)]
pub struct Instruction {
    /// CPython's name, or `<N>` for a byte that is no 3.12 opcode.
    pub opname: String,
    pub opcode: u8,
    /// The full oparg (EXTENDED_ARG prefixes folded in); `None` for instructions without one.
    pub arg: Option<i64>,
    pub argval: ArgVal,
    pub argrepr: String,
    /// Byte offset in `co_code`.
    pub offset: u32,
    /// The line this instruction starts, if it starts one.
    pub starts_line: Option<i32>,
    pub is_jump_target: bool,
    pub positions: Position,
}

impl Instruction {
    /// `Instruction._disassemble`: one line of the listing.
    pub fn format(
        &self,
        lineno_width: usize,
        mark_as_current: bool,
        offset_width: usize,
    ) -> String {
        let mut fields: Vec<String> = Vec::with_capacity(6);
        if lineno_width > 0 {
            match self.starts_line {
                Some(line) => fields.push(format!("{line:>lineno_width$}")),
                None => fields.push(" ".repeat(lineno_width)),
            }
        }
        fields.push(if mark_as_current { "-->" } else { "   " }.to_string());
        fields.push(if self.is_jump_target { ">>" } else { "  " }.to_string());
        fields.push(format!("{:>offset_width$}", self.offset));
        fields.push(format!("{:<OPNAME_WIDTH$}", self.opname));
        if let Some(arg) = self.arg {
            fields.push(format!("{arg:>OPARG_WIDTH$}"));
            if !self.argrepr.is_empty() {
                fields.push(format!("({})", self.argrepr));
            }
        }
        fields.join(" ").trim_end().to_string()
    }
}

/// Options of `dis.dis` / `dis.disassemble`.
#[derive(Clone, Copy, Debug, Default)]
pub struct DisOptions {
    /// `show_caches=True`: list CACHE entries too.
    pub show_caches: bool,
    /// `lasti`: mark the instruction at this byte offset with `-->`.
    pub lasti: Option<u32>,
    /// `depth`: how many levels of nested code objects to follow (`None` = all).
    pub depth: Option<usize>,
}

/// `dis._unpack_opargs`: (offset, opcode byte, oparg) of each instruction, CACHE entries
/// skipped and EXTENDED_ARG folded into the following oparg as a signed 32-bit value.
pub fn unpack_opargs(code: &[u8]) -> Vec<(u32, u8, Option<i64>)> {
    let mut out = Vec::with_capacity(code.len() / 2);
    let mut extended_arg: i64 = 0;
    let mut caches = 0;
    let mut i = 0;
    while i + 1 < code.len() {
        if caches > 0 {
            caches -= 1;
            i += 2;
            continue;
        }
        let byte = code[i];
        let op = Opcode::from_u16(u16::from(byte));
        caches = op.map_or(0, |op| op.cache_entries());
        let arg = if op.is_some_and(|op| op.has_arg()) {
            let arg = i64::from(code[i + 1]) | extended_arg;
            extended_arg = if op == Some(Opcode::ExtendedArg) {
                arg << 8
            } else {
                0
            };
            // The oparg is a C int: wrap into the signed 32-bit range as dis does.
            if extended_arg >= 1 << 31 {
                extended_arg -= 1 << 32;
            }
            Some(arg)
        } else {
            extended_arg = 0;
            None
        };
        out.push((i as u32, byte, arg));
        i += 2;
    }
    out
}

/// Byte offset a jump at `offset` lands on (`None` if `op` does not jump).
fn jump_target(op: Opcode, offset: u32, arg: i64) -> Option<i64> {
    if !op.flags().has(OpFlags::JUMP) {
        return None;
    }
    let signed = if op.is_backward_jump() {
        arg.saturating_neg()
    } else {
        arg
    };
    // Saturating: a chain of EXTENDED_ARGs in hostile bytecode can make the oparg huge.
    Some(
        (i64::from(offset) + 2 + 2 * i64::from(op.cache_entries()))
            .saturating_add(signed.saturating_mul(2)),
    )
}

/// `dis.findlabels`: offsets that jumps land on.
pub fn find_labels(code: &[u8]) -> Vec<i64> {
    let mut labels = Vec::new();
    for (offset, byte, arg) in unpack_opargs(code) {
        let (Some(op), Some(arg)) = (Opcode::from_u16(u16::from(byte)), arg) else {
            continue;
        };
        if let Some(label) = jump_target(op, offset, arg) {
            if !labels.contains(&label) {
                labels.push(label);
            }
        }
    }
    labels
}

/// `dis._parse_exception_table`, in byte offsets: (start, end, target, depth, lasti).
pub fn exception_entries(code: &CodeObject) -> Vec<ExceptionTableEntry> {
    exception_table::decode(&code.exceptiontable)
        .into_iter()
        .map(|e| ExceptionTableEntry {
            start: e.start.saturating_mul(2),
            end: e.end.saturating_mul(2),
            target: e.target.saturating_mul(2),
            depth: e.depth,
            lasti: e.lasti,
        })
        .collect()
}

/// `dis.get_instructions(code)` (and `Bytecode`): every instruction with its resolved
/// argument, line start, jump-target mark and source positions.
pub fn get_instructions(
    code: &CodeObject,
    code_repr: &dyn CodeRepr,
    show_caches: bool,
) -> Vec<Instruction> {
    let firstlineno = code.firstlineno as i32;
    let linestarts: HashMap<u32, i32> = linetable::line_starts(&code.linetable, firstlineno)
        .into_iter()
        .collect();
    let positions = linetable::co_positions(&code.linetable, firstlineno);
    let position_at = |unit: usize| {
        positions
            .get(unit)
            .copied()
            .unwrap_or((None, None, None, None))
    };
    let mut labels: HashSet<i64> = find_labels(&code.code).into_iter().collect();
    for entry in exception_entries(code) {
        if entry.end > entry.start {
            labels.insert(i64::from(entry.target));
        }
    }
    let mut out = Vec::new();
    for (offset, byte, arg) in unpack_opargs(&code.code) {
        let op = Opcode::from_u16(u16::from(byte));
        let (argval, argrepr) = match (op, arg) {
            (Some(op), Some(arg)) => resolve_arg(code, code_repr, op, offset, arg),
            _ => (ArgVal::None, String::new()),
        };
        out.push(Instruction {
            opname: op.map_or_else(|| format!("<{byte}>"), |op| op.name().to_string()),
            opcode: byte,
            arg,
            argval,
            argrepr,
            offset,
            starts_line: linestarts.get(&offset).copied(),
            is_jump_target: labels.contains(&i64::from(offset)),
            positions: position_at(offset as usize / 2),
        });
        let Some(op) = op else { continue };
        if !show_caches {
            continue;
        }
        let mut cache_offset = offset;
        for &(name, size) in cache_format(op) {
            for i in 0..size {
                cache_offset += 2;
                let argrepr = if i == 0 {
                    let start = cache_offset as usize;
                    let end = (start + 2 * size as usize).min(code.code.len());
                    let data = code.code.get(start..end).unwrap_or(&[]);
                    // int.from_bytes(data, sys.byteorder): little-endian here.
                    let value = data
                        .iter()
                        .rev()
                        .fold(num_bigint::BigUint::from(0u32), |acc, &b| (acc << 8) + b);
                    format!("{name}: {value}")
                } else {
                    String::new()
                };
                out.push(Instruction {
                    opname: "CACHE".to_string(),
                    opcode: 0,
                    arg: Some(0),
                    argval: ArgVal::None,
                    argrepr,
                    offset: cache_offset,
                    starts_line: None,
                    is_jump_target: false,
                    positions: position_at(cache_offset as usize / 2),
                });
            }
        }
    }
    out
}

/// The argval/argrepr branch of `_get_instructions_bytes`.
fn resolve_arg(
    code: &CodeObject,
    code_repr: &dyn CodeRepr,
    op: Opcode,
    offset: u32,
    arg: i64,
) -> (ArgVal, String) {
    let flags = op.flags();
    let index = |i: i64| usize::try_from(i).ok();
    let name = |table: &[Arc<str>], i: i64| -> (ArgVal, String) {
        match index(i).and_then(|i| table.get(i)) {
            Some(name) => (ArgVal::Name(name.clone()), name.to_string()),
            None => (ArgVal::Unknown, String::new()),
        }
    };
    if flags.has(OpFlags::CONST) {
        return match index(arg).and_then(|i| code.consts.get(i).map(|c| (i, c))) {
            Some((i, _)) => (ArgVal::Const(i), code_repr.const_repr(code, i)),
            None => (ArgVal::Unknown, String::new()),
        };
    }
    if flags.has(OpFlags::NAME) {
        return match op {
            Opcode::LoadGlobal => {
                let (val, repr) = name(&code.names, arg >> 1);
                let repr = if arg & 1 != 0 && !repr.is_empty() {
                    format!("NULL + {repr}")
                } else {
                    repr
                };
                (val, repr)
            }
            Opcode::LoadAttr => {
                let (val, repr) = name(&code.names, arg >> 1);
                let repr = if arg & 1 != 0 && !repr.is_empty() {
                    format!("NULL|self + {repr}")
                } else {
                    repr
                };
                (val, repr)
            }
            Opcode::LoadSuperAttr => {
                let (val, repr) = name(&code.names, arg >> 2);
                let repr = if arg & 1 != 0 && !repr.is_empty() {
                    format!("NULL|self + {repr}")
                } else {
                    repr
                };
                (val, repr)
            }
            _ => name(&code.names, arg),
        };
    }
    if let Some(target) = jump_target(op, offset, arg) {
        return (ArgVal::Int(target), format!("to {target}"));
    }
    if flags.has(OpFlags::LOCAL) || flags.has(OpFlags::FREE) {
        return name(&code.localsplusnames, arg);
    }
    if flags.has(OpFlags::COMPARE) {
        return match index(arg >> 4).and_then(|i| CMP_OP.get(i)) {
            Some(&cmp) => (ArgVal::Compare(cmp), cmp.to_string()),
            None => (ArgVal::Unknown, String::new()),
        };
    }
    let table_repr = |table: &[&'static str], i: i64| {
        index(i)
            .and_then(|i| table.get(i))
            .map_or_else(String::new, |s| s.to_string())
    };
    match op {
        Opcode::FormatValue => {
            let (conversion, mut repr) = match arg & 3 {
                1 => (Some("str"), "str".to_string()),
                2 => (Some("repr"), "repr".to_string()),
                3 => (Some("ascii"), "ascii".to_string()),
                _ => (None, String::new()),
            };
            let with_spec = arg & 4 != 0;
            if with_spec {
                if !repr.is_empty() {
                    repr.push_str(", ");
                }
                repr.push_str("with format");
            }
            (
                ArgVal::Format {
                    conversion,
                    with_spec,
                },
                repr,
            )
        }
        Opcode::MakeFunction => {
            let parts: Vec<&str> = MAKE_FUNCTION_FLAGS
                .iter()
                .enumerate()
                .filter(|(i, _)| arg & (1 << i) != 0)
                .map(|(_, s)| *s)
                .collect();
            (ArgVal::Int(arg), parts.join(", "))
        }
        Opcode::BinaryOp => {
            let repr = index(arg)
                .and_then(|i| NB_OPS.get(i))
                .map_or_else(String::new, |(_, symbol)| symbol.to_string());
            (ArgVal::Int(arg), repr)
        }
        Opcode::CallIntrinsic1 => (ArgVal::Int(arg), table_repr(INTRINSIC_1, arg)),
        Opcode::CallIntrinsic2 => (ArgVal::Int(arg), table_repr(INTRINSIC_2, arg)),
        _ => (ArgVal::Int(arg), String::new()),
    }
}

/// `dis.disassemble(code)`: the listing of one code object, without nested ones.
pub fn disassemble(code: &CodeObject, code_repr: &dyn CodeRepr, options: &DisOptions) -> String {
    let mut out = String::new();
    disassemble_into(&mut out, code, code_repr, options);
    out
}

fn disassemble_into(
    out: &mut String,
    code: &CodeObject,
    code_repr: &dyn CodeRepr,
    options: &DisOptions,
) {
    let linestarts = linetable::line_starts(&code.linetable, code.firstlineno as i32);
    let lineno_width = match linestarts.iter().map(|&(_, line)| line).max() {
        None => 0,
        Some(max) if max >= 1000 => max.to_string().len(),
        Some(_) => 3,
    };
    let maxoffset = code.code.len().saturating_sub(2);
    let offset_width = if maxoffset >= 10000 {
        maxoffset.to_string().len()
    } else {
        4
    };
    for instr in get_instructions(code, code_repr, options.show_caches) {
        if lineno_width > 0 && instr.starts_line.is_some() && instr.offset > 0 {
            out.push('\n');
        }
        let is_current = match options.lasti {
            None => false,
            Some(lasti) if options.show_caches => instr.offset == lasti,
            Some(lasti) => {
                let caches = Opcode::from_u16(u16::from(instr.opcode))
                    .map_or(0, |op| u32::from(op.cache_entries()));
                instr.offset <= lasti && lasti <= instr.offset + 2 * caches
            }
        };
        out.push_str(&instr.format(lineno_width, is_current, offset_width));
        out.push('\n');
    }
    let entries = exception_entries(code);
    if !entries.is_empty() {
        out.push_str("ExceptionTable:\n");
        for entry in entries {
            let lasti = if entry.lasti { " lasti" } else { "" };
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{lasti}",
                entry.start,
                i64::from(entry.end) - 2,
                entry.target,
                entry.depth
            );
        }
    }
}

/// `dis.dis(code)`: the listing of `code` followed by those of its nested code objects,
/// each under a "Disassembly of <code object ...>:" header.
pub fn dis(code: &CodeObject, code_repr: &dyn CodeRepr, options: &DisOptions) -> String {
    let mut out = String::new();
    dis_recursive(&mut out, code, code_repr, options, options.depth);
    out
}

fn dis_recursive(
    out: &mut String,
    code: &CodeObject,
    code_repr: &dyn CodeRepr,
    options: &DisOptions,
    depth: Option<usize>,
) {
    disassemble_into(out, code, code_repr, options);
    if depth == Some(0) {
        return;
    }
    let depth = depth.map(|d| d - 1);
    for constant in &code.consts {
        if let Constant::Code(inner) = constant {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {}:", code_repr.code_repr(inner));
            dis_recursive(out, inner, code_repr, options, depth);
        }
    }
}

/// `dis.COMPILER_FLAG_NAMES`.
const COMPILER_FLAG_NAMES: [&str; 10] = [
    "OPTIMIZED",
    "NEWLOCALS",
    "VARARGS",
    "VARKEYWORDS",
    "NESTED",
    "GENERATOR",
    "NOFREE",
    "COROUTINE",
    "ITERABLE_COROUTINE",
    "ASYNC_GENERATOR",
];

/// `dis.pretty_flags`: `co_flags` as names, unknown bits in hex.
pub fn pretty_flags(flags: u32) -> String {
    let mut names = Vec::new();
    let mut rest = flags;
    for bit in 0..32 {
        let flag = 1u32 << bit;
        if rest & flag != 0 {
            names.push(match COMPILER_FLAG_NAMES.get(bit) {
                Some(name) => name.to_string(),
                None => format!("{flag:#x}"),
            });
            rest ^= flag;
            if rest == 0 {
                return names.join(", ");
            }
        }
    }
    // Only reached when flags == 0: CPython's for-else appends hex(0).
    names.push(format!("{rest:#x}"));
    names.join(", ")
}

/// `dis.code_info(code)`: the summary `dis.show_code` prints.
pub fn code_info(code: &CodeObject, code_repr: &dyn CodeRepr) -> String {
    let mut lines = vec![
        format!("Name:              {}", code.name),
        format!("Filename:          {}", code.filename),
        format!("Argument count:    {}", code.argcount),
        format!("Positional-only arguments: {}", code.posonlyargcount),
        format!("Kw-only arguments: {}", code.kwonlyargcount),
        format!("Number of locals:  {}", code.nlocals()),
        format!("Stack size:        {}", code.stacksize),
        format!("Flags:             {}", pretty_flags(code.flags)),
    ];
    if !code.consts.is_empty() {
        lines.push("Constants:".to_string());
        for i in 0..code.consts.len() {
            lines.push(format!("{i:>4}: {}", code_repr.const_repr(code, i)));
        }
    }
    let sections = [
        ("Names:", code.names.clone()),
        ("Variable names:", code.varnames()),
        ("Free variables:", code.freevars()),
        ("Cell variables:", code.cellvars()),
    ];
    for (title, names) in sections {
        if !names.is_empty() {
            lines.push(title.to_string());
            for (i, name) in names.iter().enumerate() {
                lines.push(format!("{i:>4}: {name}"));
            }
        }
    }
    lines.join("\n")
}
