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
    let names = co
        .names
        .iter()
        .map(|n| Value::Str(Rc::from(&**n)))
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
    }
}
