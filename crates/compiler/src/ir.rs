//! The instruction sequence that code generation produces and the flowgraph consumes: CPython
//! 3.12's `instr_sequence` (compile.c), before it becomes a control-flow graph.
//!
//! Codegen appends `Instr`s and places `Label`s; jumps and exception-handler setups
//! (`SETUP_FINALLY`, `SETUP_CLEANUP`, `SETUP_WITH`) name their target by label. Pseudo
//! instructions are allowed here; `flowgraph` replaces them with real ones.

use std::sync::Arc;

use pydive_bytecode::{Constant, Opcode};

/// Source position of an instruction, as CPython's `location` (1-based lines, 0-based UTF-8
/// byte columns). `lineno == -1` means "no location" (CPython's `NO_LOCATION`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    pub lineno: i32,
    pub end_lineno: i32,
    pub col_offset: i32,
    pub end_col_offset: i32,
}

impl Location {
    pub const NONE: Location = Location {
        lineno: -1,
        end_lineno: -1,
        col_offset: -1,
        end_col_offset: -1,
    };
}

/// A jump target inside one instruction sequence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Label(pub u32);

#[derive(Clone, Debug, PartialEq)]
pub struct Instr {
    pub opcode: Opcode,
    /// The oparg; for a jump or handler setup it is ignored until assembly fills it in.
    pub oparg: u32,
    /// The target of a jump or handler setup.
    pub target: Option<Label>,
    pub loc: Location,
}

/// Code generation's output for one code unit: instructions, with labels placed between them.
#[derive(Clone, Debug, Default)]
pub struct InstrSequence {
    pub instrs: Vec<Instr>,
    /// `label_positions[label.0]` = index in `instrs` of the instruction the label stands before
    /// (`instrs.len()` for a label at the end); `None` while not yet placed.
    pub label_positions: Vec<Option<usize>>,
}

impl InstrSequence {
    pub fn new_label(&mut self) -> Label {
        self.label_positions.push(None);
        Label(self.label_positions.len() as u32 - 1)
    }

    /// Places `label` before the next instruction to be added.
    pub fn place_label(&mut self, label: Label) {
        self.label_positions[label.0 as usize] = Some(self.instrs.len());
    }

    pub fn emit(&mut self, opcode: Opcode, oparg: u32, loc: Location) {
        self.instrs.push(Instr {
            opcode,
            oparg,
            target: None,
            loc,
        });
    }

    pub fn emit_jump(&mut self, opcode: Opcode, target: Label, loc: Location) {
        self.instrs.push(Instr {
            opcode,
            oparg: 0,
            target: Some(target),
            loc,
        });
    }
}

/// What a code unit knows besides its instructions: CPython's `_PyCompile_CodeUnitMetadata`
/// plus the flags and names the assembler needs. Index order of each table is the order of
/// first use, as in CPython's dicts `u_consts`, `u_names`, `u_varnames`, ...
#[derive(Clone, Debug, Default)]
pub struct UnitMetadata {
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub consts: Vec<Constant>,
    pub names: Vec<Arc<str>>,
    pub varnames: Vec<Arc<str>>,
    pub cellvars: Vec<Arc<str>>,
    pub freevars: Vec<Arc<str>>,
    /// Locals that are hidden (the inlined comprehension iteration variables, PEP 709).
    pub fasthidden: Vec<Arc<str>>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: u32,
    /// `co_flags` as computed from the symbol table (`compute_code_flags`).
    pub flags: u32,
}
