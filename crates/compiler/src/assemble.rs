//! From an optimized control-flow graph to a code object: CPython 3.12's
//! `optimize_and_assemble_code_unit` (compile.c) and `assemble.c`.
//!
//! [`optimize_and_assemble`] is the back half of the compiler for one code unit:
//! flowgraph passes (see `flowgraph.rs`), then `co_code` with EXTENDED_ARGs and zeroed CACHE
//! entries, the location table (`co_linetable`), the exception table (`co_exceptiontable`)
//! and the `co_localsplus*` tables.

use std::sync::Arc;

use pydive_bytecode::code::{co_flags, local_kind};
use pydive_bytecode::exception_table::{self, ExceptionTableEntry};
use pydive_bytecode::linetable;
use pydive_bytecode::{CodeObject, Opcode};

use crate::flowgraph::{instr_size, BackendError, BlockId, Cfg};
use crate::ir::{InstrSequence, Location, UnitMetadata};

/// One instruction of the final sequence (`instruction` with its `i_except_handler_info`).
#[derive(Clone, Debug)]
struct FinalInstr {
    opcode: Opcode,
    oparg: u32,
    loc: Location,
    /// The covering handler: (handler block, code-unit offset, start depth, preserve lasti).
    handler: Option<(BlockId, u32, i32, bool)>,
}

/// Optimize and assemble one code unit, as `optimize_and_assemble_code_unit` does.
///
/// `meta.argcount` counts the positional-or-keyword parameters *without* the positional-only
/// ones (CPython's `u_argcount`, as codegen fills it); `co_argcount` is their sum with
/// `meta.posonlyargcount`.
pub fn optimize_and_assemble(
    seq: InstrSequence,
    meta: UnitMetadata,
    filename: &Arc<str>,
) -> Result<CodeObject, BackendError> {
    let mut consts = meta.consts.clone();
    check_opargs(&seq, &meta)?;
    let mut g = Cfg::from_sequence(&seq)?;
    let nlocals = meta.varnames.len();
    // `ste_varnames`: the parameters, which start out bound.
    let nparams = (meta.posonlyargcount + meta.argcount + meta.kwonlyargcount) as usize
        + usize::from(meta.flags & co_flags::VARARGS != 0)
        + usize::from(meta.flags & co_flags::VARKEYWORDS != 0);
    let firstlineno = meta.firstlineno.max(1) as i32;
    g.optimize_code_unit(&mut consts, nlocals, nparams, firstlineno)?;

    let nlocalsplus = g.prepare_localsplus(&meta);
    let maxdepth = g.stackdepth(meta.flags)?;
    g.convert_pseudo_ops();
    g.resolve_jumps()?;

    let instrs = cfg_to_instr_sequence(&g);
    let code = emit_code(&instrs)?;
    let linetable = assemble_location_info(&instrs, firstlineno);
    let exceptiontable = assemble_exception_table(&instrs);
    let (localsplusnames, localspluskinds) = compute_localsplus_info(&meta, nlocalsplus);

    let qualname = if meta.qualname.is_empty() {
        meta.name.clone()
    } else {
        meta.qualname.clone()
    };
    Ok(CodeObject {
        argcount: meta.posonlyargcount + meta.argcount,
        posonlyargcount: meta.posonlyargcount,
        kwonlyargcount: meta.kwonlyargcount,
        stacksize: maxdepth as u32,
        flags: meta.flags,
        code,
        consts,
        names: meta.names.clone(),
        localsplusnames,
        localspluskinds,
        filename: filename.clone(),
        name: meta.name.clone(),
        qualname,
        firstlineno: firstlineno as u32,
        linetable,
        exceptiontable,
    })
}

/// Opargs that index a table must be inside it: a bad one is codegen's bug, reported rather
/// than allowed to index out of bounds later.
fn check_opargs(seq: &InstrSequence, meta: &UnitMetadata) -> Result<(), BackendError> {
    for instr in &seq.instrs {
        let op = instr.opcode;
        let (index, len, table) = match op {
            Opcode::LoadConst | Opcode::ReturnConst | Opcode::KwNames => {
                (instr.oparg as usize, meta.consts.len(), "co_consts")
            }
            Opcode::LoadFast
            | Opcode::LoadFastCheck
            | Opcode::LoadFastAndClear
            | Opcode::StoreFast
            | Opcode::StoreFastMaybeNull
            | Opcode::DeleteFast => (instr.oparg as usize, meta.varnames.len(), "co_varnames"),
            Opcode::MakeCell
            | Opcode::LoadClosure
            | Opcode::LoadDeref
            | Opcode::StoreDeref
            | Opcode::DeleteDeref
            | Opcode::LoadFromDictOrDeref => (
                instr.oparg as usize,
                meta.cellvars.len() + meta.freevars.len(),
                "cells and free variables",
            ),
            _ => continue,
        };
        if index >= len {
            return Err(BackendError(format!(
                "{} oparg {index} is outside {table} (size {len})",
                op.name()
            )));
        }
    }
    Ok(())
}

/// `cfg_to_instr_sequence`: blocks in layout order, each instruction tagged with the handler
/// covering it (found by `label_exception_targets`).
fn cfg_to_instr_sequence(g: &Cfg) -> Vec<FinalInstr> {
    let order = g.order();
    let mut out = Vec::new();
    for &b in &order {
        for instr in &g.blocks[b].instrs {
            let handler = instr.except.map(|h| {
                let block = &g.blocks[h];
                (
                    h,
                    block.offset as u32,
                    block.startdepth,
                    block.preserve_lasti,
                )
            });
            out.push(FinalInstr {
                opcode: instr.opcode,
                oparg: instr.oparg as u32,
                loc: instr.loc,
                handler,
            });
        }
    }
    out
}

/// `write_instr` for every instruction: EXTENDED_ARG prefixes, the instruction, its CACHEs.
fn emit_code(instrs: &[FinalInstr]) -> Result<Vec<u8>, BackendError> {
    let mut code = Vec::new();
    for instr in instrs {
        if instr.opcode.is_pseudo() {
            return Err(BackendError(format!(
                "pseudo-instruction {} left at assembly",
                instr.opcode.name()
            )));
        }
        let op = instr.opcode.number() as u8;
        let oparg = instr.oparg;
        let size = instr_size(instr.opcode, oparg as i32) - i32::from(instr.opcode.cache_entries());
        for shift in (1..size).rev() {
            code.push(Opcode::ExtendedArg.number() as u8);
            code.push((oparg >> (8 * shift)) as u8);
        }
        code.push(op);
        code.push(oparg as u8);
        for _ in 0..instr.opcode.cache_entries() {
            code.extend_from_slice(&[0, 0]);
        }
    }
    Ok(code)
}

/// `assemble_location_info`: one entry per run of instructions with the same location
/// (the bytecode crate's encoder writes the 3.12 location table).
fn assemble_location_info(instrs: &[FinalInstr], firstlineno: i32) -> Vec<u8> {
    let units: Vec<(linetable::Location, u32)> = instrs
        .iter()
        .map(|instr| {
            let loc = linetable::Location {
                lineno: instr.loc.lineno,
                end_lineno: instr.loc.end_lineno,
                col_offset: instr.loc.col_offset,
                end_col_offset: instr.loc.end_col_offset,
            };
            (loc, instr_size(instr.opcode, instr.oparg as i32) as u32)
        })
        .collect();
    linetable::encode(firstlineno, &units)
}

/// `assemble_exception_table`: one entry per run of instructions under the same handler,
/// with the handler's start depth (less the pushed lasti) as `assemble_emit_exception_table_entry`
/// computes it.
fn assemble_exception_table(instrs: &[FinalInstr]) -> Vec<u8> {
    let mut entries = Vec::new();
    let mut handler: Option<(BlockId, u32, i32, bool)> = None;
    let mut start = 0u32;
    let mut ioffset = 0u32;
    let mut close = |h: Option<(BlockId, u32, i32, bool)>, start: u32, end: u32| {
        if let Some((_, target, startdepth, lasti)) = h {
            let depth = startdepth.saturating_sub(1 + i32::from(lasti)).max(0) as u32;
            entries.push(ExceptionTableEntry {
                start,
                end,
                target,
                depth,
                lasti,
            });
        }
    };
    for instr in instrs {
        if instr.handler.map(|h| h.0) != handler.map(|h| h.0) {
            close(handler, start, ioffset);
            start = ioffset;
            handler = instr.handler;
        }
        ioffset += instr_size(instr.opcode, instr.oparg as i32) as u32;
    }
    close(handler, start, ioffset);
    exception_table::encode(&entries)
}

/// `compute_localsplus_info`: names and kinds of the fast locals, then the cells that are
/// not also arguments, then the free variables.
fn compute_localsplus_info(meta: &UnitMetadata, nlocalsplus: usize) -> (Vec<Arc<str>>, Vec<u8>) {
    let mut names: Vec<Arc<str>> = vec![Arc::from(""); nlocalsplus];
    let mut kinds = vec![0u8; nlocalsplus];
    let nlocals = meta.varnames.len();
    for (offset, name) in meta.varnames.iter().enumerate() {
        let mut kind = local_kind::LOCAL;
        if meta.fasthidden.contains(name) {
            kind |= local_kind::HIDDEN;
        }
        if meta.cellvars.contains(name) {
            kind |= local_kind::CELL;
        }
        names[offset] = name.clone();
        kinds[offset] = kind;
    }
    let mut numdropped = 0;
    for (i, name) in meta.cellvars.iter().enumerate() {
        if meta.varnames.contains(name) {
            // Covered by the argument of the same name.
            numdropped += 1;
            continue;
        }
        let offset = i + nlocals - numdropped;
        names[offset] = name.clone();
        kinds[offset] = local_kind::CELL;
    }
    for (i, name) in meta.freevars.iter().enumerate() {
        let offset = i + meta.cellvars.len() + nlocals - numdropped;
        if offset < nlocalsplus {
            names[offset] = name.clone();
            kinds[offset] = local_kind::FREE;
        }
    }
    (names, kinds)
}
