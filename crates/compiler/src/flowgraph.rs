//! The control-flow graph of one code unit and the passes CPython 3.12 runs over it
//! (`Python/flowgraph.c`, plus `prepare_localsplus` from `compile.c`).
//!
//! Order, as `optimize_and_assemble_code_unit` calls them:
//! 1. [`Cfg::from_sequence`] — `instr_sequence_to_cfg`: cut the instruction sequence into basic
//!    blocks at labels and after terminators; resolve jump labels to blocks.
//! 2. [`Cfg::optimize_code_unit`] — `_PyCfg_OptimizeCodeUnit`: mark exception handlers, label
//!    each instruction with its handler, peephole/jump-threading/dead-code passes, unused
//!    constants, `LOAD_FAST_CHECK` insertion, cold blocks to the end, line numbers.
//! 3. [`Cfg::prepare_localsplus`] — prefix instructions (`COPY_FREE_VARS`, `MAKE_CELL`,
//!    `RETURN_GENERATOR`) and cell/free opargs turned into frame slots.
//! 4. [`Cfg::stackdepth`] — `_PyCfg_Stackdepth`: `co_stacksize` and each block's start depth.
//! 5. [`Cfg::convert_pseudo_ops`] then [`Cfg::resolve_jumps`] — real opcodes, jump direction,
//!    jump offsets with EXTENDED_ARG sizing.
//!
//! Blocks live in an arena (`Vec<BasicBlock>`); `next` links them in layout order like
//! CPython's `b_next`. Each pass mirrors its CPython namesake step for step, because the exact
//! bytes (and line table) depend on the order in which things are visited.

use std::sync::Arc;

use num_traits::Zero;
use pydive_bytecode::{Constant, Opcode};

use crate::ir::{InstrSequence, Location, UnitMetadata};

/// An internal compiler error: the instruction sequence broke an invariant CPython's
/// `SystemError`s guard (malformed control flow, invalid stack effect, ...).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackendError(pub String);

impl std::fmt::Display for BackendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SystemError: {}", self.0)
    }
}

impl std::error::Error for BackendError {}

pub type BlockId = usize;

/// `cfg_instr`: an instruction inside a basic block.
#[derive(Clone, Debug)]
pub struct CfgInstr {
    pub opcode: Opcode,
    /// For a jump: the label id until `resolve_jumps` computes the real offset (CPython keeps
    /// the stale label in `i_oparg` and sizes the first EXTENDED_ARG pass with it).
    pub oparg: i32,
    pub target: Option<BlockId>,
    /// The handler block active at this instruction (`i_except`).
    pub except: Option<BlockId>,
    pub loc: Location,
}

/// `basicblock`.
#[derive(Clone, Debug)]
pub struct BasicBlock {
    pub instrs: Vec<CfgInstr>,
    pub next: Option<BlockId>,
    /// `b_label.id`; -1 for blocks no label names.
    pub label: i32,
    pub visited: bool,
    pub predecessors: i32,
    pub except_handler: bool,
    pub preserve_lasti: bool,
    pub cold: bool,
    pub warm: bool,
    pub startdepth: i32,
    pub offset: i32,
    pub unsafe_locals_mask: u64,
    exceptstack: Option<ExceptStack>,
}

impl BasicBlock {
    fn new() -> Self {
        BasicBlock {
            instrs: Vec::new(),
            next: None,
            label: -1,
            visited: false,
            predecessors: 0,
            except_handler: false,
            preserve_lasti: false,
            cold: false,
            warm: false,
            startdepth: 0,
            offset: 0,
            unsafe_locals_mask: 0,
            exceptstack: None,
        }
    }

    fn last(&self) -> Option<&CfgInstr> {
        self.instrs.last()
    }

    /// `BB_NO_FALLTHROUGH`: ends in a scope exit or an unconditional jump.
    fn no_fallthrough(&self) -> bool {
        self.last()
            .is_some_and(|i| is_scope_exit(i.opcode) || is_unconditional_jump(i.opcode))
    }

    fn has_fallthrough(&self) -> bool {
        !self.no_fallthrough()
    }

    fn exits_scope(&self) -> bool {
        self.last().is_some_and(|i| is_scope_exit(i.opcode))
    }
}

/// `_PyCfgExceptStack`: handlers of the enclosing `SETUP_*` blocks; `handlers[0]` is "none".
#[derive(Clone, Debug)]
struct ExceptStack {
    handlers: Vec<Option<BlockId>>,
}

impl ExceptStack {
    fn new() -> Self {
        ExceptStack {
            handlers: vec![None],
        }
    }
    fn depth(&self) -> usize {
        self.handlers.len() - 1
    }
    fn top(&self) -> Option<BlockId> {
        *self.handlers.last().expect("handlers[0] always exists")
    }
}

pub fn is_block_push(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::SetupFinally | Opcode::SetupCleanup | Opcode::SetupWith
    )
}

/// `IS_JUMP_OPCODE`: `hasjrel` (real and pseudo jumps).
pub fn is_jump(op: Opcode) -> bool {
    op.is_jump()
}

/// `HAS_TARGET`.
pub fn has_target(op: Opcode) -> bool {
    is_jump(op) || is_block_push(op)
}

pub fn is_scope_exit(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::ReturnValue | Opcode::ReturnConst | Opcode::RaiseVarargs | Opcode::Reraise
    )
}

pub fn is_unconditional_jump(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::Jump
            | Opcode::JumpNoInterrupt
            | Opcode::JumpForward
            | Opcode::JumpBackward
            | Opcode::JumpBackwardNoInterrupt
    )
}

fn is_terminator(op: Opcode) -> bool {
    is_jump(op) || is_scope_exit(op)
}

fn has_const(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::LoadConst | Opcode::ReturnConst | Opcode::KwNames
    )
}

/// `_PyCompile_InstrSize`: code units of an instruction with its EXTENDED_ARGs and caches.
pub fn instr_size(op: Opcode, oparg: i32) -> i32 {
    let extended =
        i32::from(oparg > 0xFF_FFFF) + i32::from(oparg > 0xFFFF) + i32::from(oparg > 0xFF);
    extended + 1 + i32::from(op.cache_entries())
}

/// The graph of one code unit (`cfg_builder`).
#[derive(Clone, Debug)]
pub struct Cfg {
    pub blocks: Vec<BasicBlock>,
    pub entry: BlockId,
    /// `g_curblock` / `g_current_label` while building.
    cur: BlockId,
    current_label: i32,
}

const NO_LABEL: i32 = -1;

impl Cfg {
    fn new_block(&mut self) -> BlockId {
        self.blocks.push(BasicBlock::new());
        self.blocks.len() - 1
    }

    /// Blocks in layout order (`for (b = entryblock; b != NULL; b = b->b_next)`).
    pub fn order(&self) -> Vec<BlockId> {
        let mut out = Vec::new();
        let mut b = Some(self.entry);
        while let Some(id) = b {
            out.push(id);
            b = self.blocks[id].next;
        }
        out
    }

    /// `cfg_builder_current_block_is_terminated`.
    fn current_block_is_terminated(&mut self) -> bool {
        let cur = self.cur;
        if self.blocks[cur]
            .last()
            .is_some_and(|i| is_terminator(i.opcode))
        {
            return true;
        }
        if self.current_label != NO_LABEL {
            if !self.blocks[cur].instrs.is_empty() || self.blocks[cur].label != NO_LABEL {
                return true;
            }
            // The current block is empty: label it.
            self.blocks[cur].label = self.current_label;
            self.current_label = NO_LABEL;
        }
        false
    }

    fn maybe_start_new_block(&mut self) {
        if self.current_block_is_terminated() {
            let b = self.new_block();
            self.blocks[b].label = self.current_label;
            self.current_label = NO_LABEL;
            self.blocks[self.cur].next = Some(b);
            self.cur = b;
        }
    }

    fn use_label(&mut self, label: i32) {
        self.current_label = label;
        self.maybe_start_new_block();
    }

    fn addop(&mut self, opcode: Opcode, oparg: i32, loc: Location) {
        self.maybe_start_new_block();
        let cur = self.cur;
        self.blocks[cur].instrs.push(CfgInstr {
            opcode,
            oparg,
            target: None,
            except: None,
            loc,
        });
    }

    /// `instr_sequence_to_cfg` followed by `translate_jump_labels_to_targets`.
    ///
    /// Codegen may emit the name-loading pseudo-instructions (`LOAD_METHOD`,
    /// `LOAD_SUPER_METHOD`, `LOAD_ZERO_SUPER_*`) with a plain `co_names` index; they become
    /// `LOAD_ATTR`/`LOAD_SUPER_ATTR` with CPython's flag bits here, as `compiler_addop_name`
    /// does. `LOAD_ATTR`, `LOAD_GLOBAL` and `LOAD_SUPER_ATTR` must already carry their
    /// encoded opargs (name index shifted, flag bits set), as CPython's codegen emits them.
    pub fn from_sequence(seq: &InstrSequence) -> Result<Cfg, BackendError> {
        let n = seq.instrs.len();
        // There can be several labels at one offset: use the last one consistently.
        let mut offset2lbl = vec![NO_LABEL; n];
        for (lbl, pos) in seq.label_positions.iter().enumerate() {
            if let Some(pos) = *pos {
                if pos < n {
                    offset2lbl[pos] = lbl as i32;
                }
            }
        }
        let mut g = Cfg {
            blocks: vec![BasicBlock::new()],
            entry: 0,
            cur: 0,
            current_label: NO_LABEL,
        };
        for (i, instr) in seq.instrs.iter().enumerate() {
            if offset2lbl[i] != NO_LABEL {
                g.use_label(offset2lbl[i]);
            }
            let (mut opcode, mut oparg) = (instr.opcode, instr.oparg as i32);
            if has_target(opcode) {
                let label = instr.target.ok_or_else(|| {
                    BackendError(format!("{} without a jump target", opcode.name()))
                })?;
                let pos = seq
                    .label_positions
                    .get(label.0 as usize)
                    .copied()
                    .flatten()
                    .filter(|&p| p < n)
                    .ok_or_else(|| {
                        BackendError(format!("{} to a label that is not placed", opcode.name()))
                    })?;
                oparg = offset2lbl[pos];
            } else {
                (opcode, oparg) = match opcode {
                    Opcode::LoadMethod => (Opcode::LoadAttr, (oparg << 1) | 1),
                    Opcode::LoadSuperMethod => (Opcode::LoadSuperAttr, (oparg << 2) | 3),
                    Opcode::LoadZeroSuperMethod => (Opcode::LoadSuperAttr, (oparg << 2) | 1),
                    Opcode::LoadZeroSuperAttr => (Opcode::LoadSuperAttr, oparg << 2),
                    _ => (opcode, oparg),
                };
            }
            if !(0..(1 << 30)).contains(&oparg) {
                return Err(BackendError(format!("oparg {oparg} out of range")));
            }
            if matches!(opcode, Opcode::Swap | Opcode::Copy) && oparg < 1 {
                return Err(BackendError(format!("{} with oparg 0", opcode.name())));
            }
            g.addop(opcode, oparg, instr.loc);
        }
        if g.blocks[g.entry].instrs.is_empty() {
            return Err(BackendError("empty code unit".into()));
        }
        g.translate_jump_labels_to_targets()?;
        Ok(g)
    }

    fn translate_jump_labels_to_targets(&mut self) -> Result<(), BackendError> {
        let mut label2block = std::collections::HashMap::new();
        for b in self.order() {
            if self.blocks[b].label >= 0 {
                label2block.insert(self.blocks[b].label, b);
            }
        }
        for b in self.order() {
            for i in 0..self.blocks[b].instrs.len() {
                let instr = &mut self.blocks[b].instrs[i];
                if has_target(instr.opcode) {
                    let t = label2block
                        .get(&instr.oparg)
                        .copied()
                        .ok_or_else(|| BackendError("jump to unknown label".into()))?;
                    instr.target = Some(t);
                }
            }
        }
        Ok(())
    }

    /// `_PyCfg_OptimizeCodeUnit`.
    pub fn optimize_code_unit(
        &mut self,
        consts: &mut Vec<Constant>,
        nlocals: usize,
        nparams: usize,
        firstlineno: i32,
    ) -> Result<(), BackendError> {
        self.mark_except_handlers();
        self.label_exception_targets();
        self.optimize_cfg(consts)?;
        self.remove_unused_consts(consts);
        self.add_checks_for_loads_of_uninitialized_variables(nlocals, nparams);
        self.push_cold_blocks_to_end();
        self.resolve_line_numbers(firstlineno);
        Ok(())
    }

    fn mark_except_handlers(&mut self) {
        for b in self.order() {
            for i in 0..self.blocks[b].instrs.len() {
                let instr = &self.blocks[b].instrs[i];
                if is_block_push(instr.opcode) {
                    let t = instr.target.expect("translated");
                    self.blocks[t].except_handler = true;
                }
            }
        }
    }

    /// `make_cfg_traversal_stack`: clears `visited` on every block in the chain.
    fn reset_visited(&mut self) {
        for b in self.order() {
            self.blocks[b].visited = false;
        }
    }

    /// `label_exception_targets`: which handler covers each instruction, found by walking the
    /// graph with a stack of active `SETUP_*` handlers.
    fn label_exception_targets(&mut self) {
        self.reset_visited();
        let entry = self.entry;
        let mut todo = vec![entry];
        self.blocks[entry].visited = true;
        self.blocks[entry].exceptstack = Some(ExceptStack::new());
        while let Some(b) = todo.pop() {
            let mut except_stack = self.blocks[b].exceptstack.take();
            let mut handler = except_stack.as_ref().and_then(ExceptStack::top);
            for i in 0..self.blocks[b].instrs.len() {
                let (opcode, target) = {
                    let instr = &self.blocks[b].instrs[i];
                    (instr.opcode, instr.target)
                };
                if is_block_push(opcode) {
                    let t = target.expect("translated");
                    let stack = except_stack.get_or_insert_with(ExceptStack::new);
                    if !self.blocks[t].visited {
                        self.blocks[t].exceptstack = Some(stack.clone());
                        todo.push(t);
                        self.blocks[t].visited = true;
                    }
                    // push_except_block
                    if matches!(opcode, Opcode::SetupWith | Opcode::SetupCleanup) {
                        self.blocks[t].preserve_lasti = true;
                    }
                    stack.handlers.push(Some(t));
                    handler = Some(t);
                } else if opcode == Opcode::PopBlock {
                    let stack = except_stack.get_or_insert_with(ExceptStack::new);
                    if stack.handlers.len() > 1 {
                        stack.handlers.pop();
                    }
                    handler = stack.top();
                } else if is_jump(opcode) {
                    self.blocks[b].instrs[i].except = handler;
                    let t = target.expect("translated");
                    if !self.blocks[t].visited {
                        if self.blocks[b].has_fallthrough() {
                            self.blocks[t].exceptstack = except_stack.clone();
                        } else {
                            self.blocks[t].exceptstack = except_stack.take();
                        }
                        todo.push(t);
                        self.blocks[t].visited = true;
                    }
                } else {
                    if opcode == Opcode::YieldValue {
                        let depth = except_stack.as_ref().map_or(0, ExceptStack::depth);
                        self.blocks[b].instrs[i].oparg = depth as i32;
                    }
                    self.blocks[b].instrs[i].except = handler;
                }
            }
            if self.blocks[b].has_fallthrough() {
                if let Some(next) = self.blocks[b].next {
                    if !self.blocks[next].visited {
                        self.blocks[next].exceptstack = except_stack;
                        todo.push(next);
                        self.blocks[next].visited = true;
                    }
                }
            }
        }
    }

    /// `optimize_cfg`.
    fn optimize_cfg(&mut self, consts: &mut Vec<Constant>) -> Result<(), BackendError> {
        self.check_cfg()?;
        self.eliminate_empty_basic_blocks();
        for b in self.order() {
            self.inline_small_exit_blocks(b);
        }
        for b in self.order() {
            self.optimize_basic_block(b, consts);
        }
        self.remove_redundant_nops_and_pairs();
        for b in self.order() {
            self.inline_small_exit_blocks(b);
        }
        self.mark_reachable();
        // Delete unreachable instructions.
        for b in self.order() {
            if self.blocks[b].predecessors == 0 {
                self.blocks[b].instrs.clear();
            }
        }
        for b in self.order() {
            self.remove_redundant_nops(b);
        }
        self.eliminate_empty_basic_blocks();
        self.remove_redundant_jumps();
        Ok(())
    }

    fn check_cfg(&self) -> Result<(), BackendError> {
        for b in self.order() {
            let instrs = &self.blocks[b].instrs;
            for (i, instr) in instrs.iter().enumerate() {
                if is_terminator(instr.opcode) && i != instrs.len() - 1 {
                    return Err(BackendError("malformed control flow graph.".into()));
                }
            }
        }
        Ok(())
    }

    fn eliminate_empty_basic_blocks(&mut self) {
        for b in self.order() {
            let mut next = self.blocks[b].next;
            while let Some(n) = next {
                if !self.blocks[n].instrs.is_empty() {
                    break;
                }
                next = self.blocks[n].next;
            }
            self.blocks[b].next = next;
        }
        // The entry block is never emptied in practice; keep the first non-empty one.
        while self.blocks[self.entry].instrs.is_empty() {
            match self.blocks[self.entry].next {
                Some(n) => self.entry = n,
                None => break,
            }
        }
        for b in self.order() {
            for i in 0..self.blocks[b].instrs.len() {
                if has_target(self.blocks[b].instrs[i].opcode) {
                    let mut t = self.blocks[b].instrs[i].target.expect("translated");
                    while self.blocks[t].instrs.is_empty() {
                        match self.blocks[t].next {
                            Some(n) => t = n,
                            None => break,
                        }
                    }
                    self.blocks[b].instrs[i].target = Some(t);
                }
            }
        }
    }

    /// `remove_redundant_nops`: drops NOPs that carry no line event. Returns how many went.
    fn remove_redundant_nops(&mut self, b: BlockId) -> usize {
        let mut next_first_lineno = None;
        {
            let mut next = self.blocks[b].next;
            while let Some(n) = next {
                if !self.blocks[n].instrs.is_empty() {
                    next_first_lineno = Some(self.blocks[n].instrs[0].loc.lineno);
                    break;
                }
                next = self.blocks[n].next;
            }
        }
        let instrs = &mut self.blocks[b].instrs;
        let len = instrs.len();
        let mut dest = 0;
        let mut prev_lineno = -1;
        for src in 0..len {
            let lineno = instrs[src].loc.lineno;
            if instrs[src].opcode == Opcode::Nop {
                // Without a line number, or on the previous instruction's line: redundant.
                if lineno < 0 || prev_lineno == lineno {
                    continue;
                }
                if src < len - 1 {
                    let next_lineno = instrs[src + 1].loc.lineno;
                    if next_lineno == lineno {
                        continue;
                    }
                    if next_lineno < 0 {
                        instrs[src + 1].loc = instrs[src].loc;
                        continue;
                    }
                } else if next_first_lineno == Some(lineno) {
                    continue;
                }
            }
            if dest != src {
                instrs[dest] = instrs[src].clone();
            }
            dest += 1;
            prev_lineno = lineno;
        }
        instrs.truncate(dest);
        len - dest
    }

    /// `remove_redundant_nops_and_pairs`: `LOAD_CONST; POP_TOP` and `COPY 1; POP_TOP` vanish.
    fn remove_redundant_nops_and_pairs(&mut self) {
        let mut done = false;
        while !done {
            done = true;
            // (block, index) of the previous instruction in straight-line flow.
            let mut instr: Option<(BlockId, usize)> = None;
            for b in self.order() {
                self.remove_redundant_nops(b);
                if self.blocks[b].label != NO_LABEL {
                    // A jump target: forget the previous instruction.
                    instr = None;
                }
                for i in 0..self.blocks[b].instrs.len() {
                    let prev = instr;
                    instr = Some((b, i));
                    let (prev_opcode, prev_oparg) = match prev {
                        Some((pb, pi)) => {
                            let p = &self.blocks[pb].instrs[pi];
                            (Some(p.opcode), p.oparg)
                        }
                        None => (None, 0),
                    };
                    if self.blocks[b].instrs[i].opcode == Opcode::PopTop {
                        let redundant = prev_opcode == Some(Opcode::LoadConst)
                            || (prev_opcode == Some(Opcode::Copy) && prev_oparg == 1);
                        if redundant {
                            let (pb, pi) = prev.expect("checked");
                            set_op0(&mut self.blocks[pb].instrs[pi], Opcode::Nop);
                            set_op0(&mut self.blocks[b].instrs[i], Opcode::Nop);
                            done = false;
                        }
                    }
                }
                let ends_in_jump =
                    instr.is_some_and(|(ib, ii)| is_jump(self.blocks[ib].instrs[ii].opcode));
                if ends_in_jump || !self.blocks[b].has_fallthrough() {
                    instr = None;
                }
            }
        }
    }

    /// `remove_redundant_jumps`: an unconditional jump to the next block becomes a NOP.
    fn remove_redundant_jumps(&mut self) {
        for b in self.order() {
            let next = self.blocks[b].next;
            if let Some(last) = self.blocks[b].instrs.last_mut() {
                if is_unconditional_jump(last.opcode) && last.target == next {
                    set_op0(last, Opcode::Nop);
                }
            }
        }
    }

    /// `inline_small_exit_blocks`: a jump to a short block that returns or raises is replaced
    /// by a copy of that block.
    fn inline_small_exit_blocks(&mut self, b: BlockId) -> bool {
        const MAX_COPY_SIZE: usize = 4;
        let Some(last) = self.blocks[b].last() else {
            return false;
        };
        if !is_unconditional_jump(last.opcode) {
            return false;
        }
        let target = last.target.expect("translated");
        if self.blocks[target].exits_scope() && self.blocks[target].instrs.len() <= MAX_COPY_SIZE {
            let copied = self.blocks[target].instrs.clone();
            let bb = &mut self.blocks[b];
            let last = bb.instrs.last_mut().expect("non-empty");
            set_op0(last, Opcode::Nop);
            bb.instrs.extend(copied);
            return true;
        }
        false
    }

    /// `optimize_basic_block`: the peephole optimizer.
    fn optimize_basic_block(&mut self, b: BlockId, consts: &mut Vec<Constant>) {
        let mut opcode = Opcode::Nop;
        let mut oparg = 0;
        // The first instruction of the current jump's target block (`NOP` if none).
        let mut target_first: (Opcode, i32, Option<BlockId>, i32) = (Opcode::Nop, 0, None, -1);
        let mut i = 0usize;
        while i < self.blocks[b].instrs.len() {
            let inst = self.blocks[b].instrs[i].clone();
            let is_copy_of_load_const =
                opcode == Opcode::LoadConst && inst.opcode == Opcode::Copy && inst.oparg == 1;
            if !is_copy_of_load_const {
                opcode = inst.opcode;
                oparg = inst.oparg;
                target_first = match inst.target.and_then(|t| self.blocks[t].instrs.first()) {
                    Some(first) if has_target(opcode) => {
                        (first.opcode, first.oparg, first.target, first.loc.lineno)
                    }
                    _ => (Opcode::Nop, 0, None, -1),
                };
            }
            let len = self.blocks[b].instrs.len();
            let nextop = if i + 1 < len {
                Some(self.blocks[b].instrs[i + 1].opcode)
            } else {
                None
            };
            match opcode {
                Opcode::LoadConst => match nextop {
                    Some(Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue) => {
                        let is_true = const_is_true(&consts[oparg as usize]);
                        let instrs = &mut self.blocks[b].instrs;
                        set_op0(&mut instrs[i], Opcode::Nop);
                        let jump_if_true = nextop == Some(Opcode::PopJumpIfTrue);
                        if is_true == jump_if_true {
                            instrs[i + 1].opcode = Opcode::Jump;
                        } else {
                            set_op0(&mut instrs[i + 1], Opcode::Nop);
                        }
                    }
                    Some(Opcode::IsOp) => {
                        let jump_op = if i + 2 < len {
                            Some(self.blocks[b].instrs[i + 2].opcode)
                        } else {
                            None
                        };
                        let is_none = matches!(consts[oparg as usize], Constant::None);
                        if is_none
                            && matches!(
                                jump_op,
                                Some(Opcode::PopJumpIfFalse | Opcode::PopJumpIfTrue)
                            )
                        {
                            let instrs = &mut self.blocks[b].instrs;
                            // `x is not None` has IS_OP oparg 1.
                            let nextarg = instrs[i + 1].oparg & 0xFF != 0;
                            set_op0(&mut instrs[i], Opcode::Nop);
                            set_op0(&mut instrs[i + 1], Opcode::Nop);
                            let jump_if_false = jump_op == Some(Opcode::PopJumpIfFalse);
                            instrs[i + 2].opcode = if nextarg ^ jump_if_false {
                                Opcode::PopJumpIfNotNone
                            } else {
                                Opcode::PopJumpIfNone
                            };
                        }
                    }
                    Some(Opcode::ReturnValue) => {
                        let instrs = &mut self.blocks[b].instrs;
                        set_op0(&mut instrs[i], Opcode::Nop);
                        i += 1;
                        instrs[i].opcode = Opcode::ReturnConst;
                        instrs[i].oparg = oparg;
                    }
                    _ => {}
                },
                // Fold constant tuples; BUILD_TUPLE n + UNPACK_SEQUENCE n becomes SWAPs.
                Opcode::BuildTuple => {
                    if nextop == Some(Opcode::UnpackSequence)
                        && oparg == self.blocks[b].instrs[i + 1].oparg
                    {
                        match oparg {
                            1 => {
                                let instrs = &mut self.blocks[b].instrs;
                                set_op0(&mut instrs[i], Opcode::Nop);
                                set_op0(&mut instrs[i + 1], Opcode::Nop);
                                i += 1;
                                continue;
                            }
                            2 | 3 => {
                                let instrs = &mut self.blocks[b].instrs;
                                set_op0(&mut instrs[i], Opcode::Nop);
                                instrs[i + 1].opcode = Opcode::Swap;
                                i += 1;
                                continue;
                            }
                            _ => {}
                        }
                    }
                    if i >= oparg as usize {
                        self.fold_tuple_on_constants(b, i - oparg as usize, oparg as usize, consts);
                    }
                }
                Opcode::PopJumpIfNotNone
                | Opcode::PopJumpIfNone
                | Opcode::PopJumpIfFalse
                | Opcode::PopJumpIfTrue
                | Opcode::Jump
                    if target_first.0 == Opcode::Jump
                        && self.jump_thread(b, i, target_first, opcode) =>
                {
                    // Look at the same instruction again (`i -= jump_thread(...)`).
                    continue;
                }
                Opcode::Swap => {
                    if oparg == 1 {
                        set_op0(&mut self.blocks[b].instrs[i], Opcode::Nop);
                    } else {
                        i = self.swaptimize(b, i);
                        self.apply_static_swaps(b, i as isize);
                    }
                }
                // CPython 3.12 tests the low bit of LOAD_GLOBAL's *opcode* (always clear)
                // here, so the NULL is always folded into the LOAD_GLOBAL.
                Opcode::PushNull if nextop == Some(Opcode::LoadGlobal) => {
                    let instrs = &mut self.blocks[b].instrs;
                    set_op0(&mut instrs[i], Opcode::Nop);
                    instrs[i + 1].oparg |= 1;
                }
                _ => {}
            }
            i += 1;
        }
    }

    /// `jump_thread`: a jump to a `JUMP` goes straight to that jump's target (same line only).
    fn jump_thread(
        &mut self,
        b: BlockId,
        i: usize,
        target_first: (Opcode, i32, Option<BlockId>, i32),
        opcode: Opcode,
    ) -> bool {
        let (_, _, t_target, t_lineno) = target_first;
        let inst = &mut self.blocks[b].instrs[i];
        if (inst.loc.lineno == t_lineno || t_lineno == -1) && inst.target != t_target {
            inst.target = t_target;
            inst.opcode = opcode;
            return true;
        }
        false
    }

    /// `fold_tuple_on_constants`: `LOAD_CONST c1 ... LOAD_CONST cn; BUILD_TUPLE n` becomes
    /// `LOAD_CONST (c1, ..., cn)`.
    fn fold_tuple_on_constants(
        &mut self,
        b: BlockId,
        start: usize,
        n: usize,
        consts: &mut Vec<Constant>,
    ) {
        let instrs = &mut self.blocks[b].instrs;
        if instrs[start..start + n]
            .iter()
            .any(|i| i.opcode != Opcode::LoadConst)
        {
            return;
        }
        let items: Vec<Constant> = instrs[start..start + n]
            .iter()
            .map(|i| consts[i.oparg as usize].clone())
            .collect();
        let newconst = Constant::Tuple(Arc::from(items));
        let index = match consts.iter().position(|c| const_key_eq(c, &newconst)) {
            Some(index) => index,
            None => {
                consts.push(newconst);
                consts.len() - 1
            }
        };
        for instr in &mut instrs[start..start + n] {
            set_op0(instr, Opcode::Nop);
        }
        instrs[start + n].opcode = Opcode::LoadConst;
        instrs[start + n].oparg = index as i32;
    }

    /// `swaptimize`: replace a run of SWAPs and NOPs with the shortest equivalent run.
    /// Returns the index of the run's last instruction.
    fn swaptimize(&mut self, b: BlockId, ix: usize) -> usize {
        let instrs = &mut self.blocks[b].instrs;
        let mut depth = instrs[ix].oparg as usize;
        let mut len = 0;
        let mut more = false;
        let limit = instrs.len() - ix;
        loop {
            len += 1;
            if len >= limit {
                break;
            }
            let op = instrs[ix + len].opcode;
            if op == Opcode::Swap {
                depth = depth.max(instrs[ix + len].oparg as usize);
                more = true;
            } else if op != Opcode::Nop {
                break;
            }
        }
        if !more {
            return ix;
        }
        // Simulate the run on a stack of item numbers.
        let mut stack: Vec<isize> = (0..depth as isize).collect();
        for k in 0..len {
            if instrs[ix + k].opcode == Opcode::Swap {
                let oparg = instrs[ix + k].oparg as usize;
                stack.swap(0, oparg - 1);
            }
        }
        // Emit the cycles of the permutation from the end of the run backwards.
        const VISITED: isize = -1;
        let mut current = len as isize - 1;
        for i in 0..depth {
            if stack[i] == VISITED || stack[i] == i as isize {
                continue;
            }
            let mut j = i;
            loop {
                if j != 0 {
                    let instr = &mut instrs[ix + current as usize];
                    instr.opcode = Opcode::Swap;
                    instr.oparg = j as i32 + 1;
                    current -= 1;
                }
                if stack[j] == VISITED {
                    break;
                }
                let next_j = stack[j] as usize;
                stack[j] = VISITED;
                j = next_j;
            }
        }
        while current >= 0 {
            set_op0(&mut instrs[ix + current as usize], Opcode::Nop);
            current -= 1;
        }
        ix + len - 1
    }

    /// `apply_static_swaps`: swap the instructions that consume the swapped items instead of
    /// the items themselves, when those are simple stores or pops on one line.
    fn apply_static_swaps(&mut self, b: BlockId, mut i: isize) {
        fn swappable(op: Opcode) -> bool {
            matches!(
                op,
                Opcode::StoreFast | Opcode::StoreFastMaybeNull | Opcode::PopTop
            )
        }
        fn stores_to(instr: &CfgInstr) -> i32 {
            if matches!(instr.opcode, Opcode::StoreFast | Opcode::StoreFastMaybeNull) {
                instr.oparg
            } else {
                -1
            }
        }
        fn next_swappable(instrs: &[CfgInstr], mut i: usize, lineno: i32) -> Option<usize> {
            loop {
                i += 1;
                if i >= instrs.len() {
                    return None;
                }
                let instr = &instrs[i];
                if lineno >= 0 && instr.loc.lineno != lineno {
                    return None;
                }
                if instr.opcode == Opcode::Nop {
                    continue;
                }
                if swappable(instr.opcode) {
                    return Some(i);
                }
                return None;
            }
        }
        let instrs = &mut self.blocks[b].instrs;
        while i >= 0 {
            let iu = i as usize;
            let swap = &instrs[iu];
            if swap.opcode != Opcode::Swap {
                if swap.opcode == Opcode::Nop || swappable(swap.opcode) {
                    i -= 1;
                    continue;
                }
                return;
            }
            let Some(j) = next_swappable(instrs, iu, -1) else {
                return;
            };
            let mut k = j;
            let lineno = instrs[j].loc.lineno;
            let mut count = instrs[iu].oparg - 1;
            while count > 0 {
                match next_swappable(instrs, k, lineno) {
                    Some(next) => k = next,
                    None => return,
                }
                count -= 1;
            }
            let store_j = stores_to(&instrs[j]);
            let store_k = stores_to(&instrs[k]);
            if store_j >= 0 || store_k >= 0 {
                if store_j == store_k {
                    return;
                }
                for between in &instrs[j + 1..k] {
                    let store_idx = stores_to(between);
                    if store_idx >= 0 && (store_idx == store_j || store_idx == store_k) {
                        return;
                    }
                }
            }
            set_op0(&mut instrs[iu], Opcode::Nop);
            instrs.swap(j, k);
            i -= 1;
        }
    }

    /// `mark_reachable`: count each block's predecessors from the entry block.
    fn mark_reachable(&mut self) {
        self.reset_visited();
        let entry = self.entry;
        let mut stack = vec![entry];
        self.blocks[entry].predecessors = 1;
        while let Some(b) = stack.pop() {
            self.blocks[b].visited = true;
            if let Some(next) = self.blocks[b].next {
                if self.blocks[b].has_fallthrough() {
                    if !self.blocks[next].visited {
                        stack.push(next);
                    }
                    self.blocks[next].predecessors += 1;
                }
            }
            for i in 0..self.blocks[b].instrs.len() {
                let instr = &self.blocks[b].instrs[i];
                if is_jump(instr.opcode) || is_block_push(instr.opcode) {
                    let t = instr.target.expect("translated");
                    if !self.blocks[t].visited {
                        stack.push(t);
                    }
                    self.blocks[t].predecessors += 1;
                }
            }
        }
    }

    /// `remove_unused_consts`: keep `co_consts[0]` (maybe the docstring) and every constant
    /// an instruction loads, in their order; renumber the opargs.
    fn remove_unused_consts(&mut self, consts: &mut Vec<Constant>) {
        let nconsts = consts.len();
        if nconsts == 0 {
            return;
        }
        let mut used = vec![false; nconsts];
        used[0] = true;
        for b in self.order() {
            for instr in &self.blocks[b].instrs {
                if has_const(instr.opcode) {
                    used[instr.oparg as usize] = true;
                }
            }
        }
        if used.iter().all(|&u| u) {
            return;
        }
        let mut reverse = vec![-1i32; nconsts];
        let mut kept = Vec::new();
        for (i, c) in consts.iter().enumerate() {
            if used[i] {
                reverse[i] = kept.len() as i32;
                kept.push(c.clone());
            }
        }
        *consts = kept;
        for b in self.order() {
            for instr in &mut self.blocks[b].instrs {
                if has_const(instr.opcode) {
                    instr.oparg = reverse[instr.oparg as usize];
                }
            }
        }
    }

    /// `add_checks_for_loads_of_uninitialized_variables`: a `LOAD_FAST` of a local that may be
    /// unbound on some path becomes `LOAD_FAST_CHECK`.
    fn add_checks_for_loads_of_uninitialized_variables(&mut self, nlocals: usize, nparams: usize) {
        if nlocals == 0 {
            return;
        }
        let mut nlocals = nlocals;
        if nlocals > 64 {
            // Locals past the 64th are only tracked inside one block.
            self.fast_scan_many_locals(nlocals);
            nlocals = 64;
        }
        self.reset_visited();
        let mut stack = Vec::new();
        let mut start_mask = 0u64;
        for i in nparams..nlocals {
            start_mask |= 1u64 << i;
        }
        let entry = self.entry;
        self.maybe_push(entry, start_mask, &mut stack);
        // DELETE_FAST and friends can be anywhere: scan every block once.
        for b in self.order() {
            self.scan_block_for_locals(b, &mut stack);
        }
        while let Some(b) = stack.pop() {
            self.blocks[b].visited = false;
            self.scan_block_for_locals(b, &mut stack);
        }
    }

    fn maybe_push(&mut self, b: BlockId, unsafe_mask: u64, stack: &mut Vec<BlockId>) {
        let block = &mut self.blocks[b];
        let both = block.unsafe_locals_mask | unsafe_mask;
        if block.unsafe_locals_mask != both {
            block.unsafe_locals_mask = both;
            if !block.visited {
                stack.push(b);
                block.visited = true;
            }
        }
    }

    fn scan_block_for_locals(&mut self, b: BlockId, stack: &mut Vec<BlockId>) {
        let mut unsafe_mask = self.blocks[b].unsafe_locals_mask;
        for i in 0..self.blocks[b].instrs.len() {
            if let Some(handler) = self.blocks[b].instrs[i].except {
                self.maybe_push(handler, unsafe_mask, stack);
            }
            let instr = &mut self.blocks[b].instrs[i];
            if instr.oparg >= 64 {
                continue;
            }
            let bit = 1u64 << instr.oparg;
            match instr.opcode {
                Opcode::DeleteFast | Opcode::LoadFastAndClear | Opcode::StoreFastMaybeNull => {
                    unsafe_mask |= bit;
                }
                Opcode::StoreFast | Opcode::LoadFastCheck => unsafe_mask &= !bit,
                Opcode::LoadFast => {
                    if unsafe_mask & bit != 0 {
                        instr.opcode = Opcode::LoadFastCheck;
                    }
                    unsafe_mask &= !bit;
                }
                _ => {}
            }
        }
        if let Some(next) = self.blocks[b].next {
            if self.blocks[b].has_fallthrough() {
                self.maybe_push(next, unsafe_mask, stack);
            }
        }
        if let Some(last) = self.blocks[b].last() {
            if is_jump(last.opcode) {
                let t = last.target.expect("translated");
                self.maybe_push(t, unsafe_mask, stack);
            }
        }
    }

    fn fast_scan_many_locals(&mut self, nlocals: usize) {
        let mut states = vec![0usize; nlocals - 64];
        let mut blocknum = 0usize;
        for b in self.order() {
            blocknum += 1;
            for instr in &mut self.blocks[b].instrs {
                let arg = instr.oparg as usize;
                if arg < 64
                    || !matches!(
                        instr.opcode,
                        Opcode::DeleteFast
                            | Opcode::LoadFastAndClear
                            | Opcode::StoreFastMaybeNull
                            | Opcode::StoreFast
                            | Opcode::LoadFast
                    )
                {
                    continue;
                }
                let Some(state) = states.get_mut(arg - 64) else {
                    continue;
                };
                match instr.opcode {
                    Opcode::DeleteFast | Opcode::LoadFastAndClear | Opcode::StoreFastMaybeNull => {
                        *state = blocknum - 1;
                    }
                    Opcode::StoreFast => *state = blocknum,
                    Opcode::LoadFast => {
                        if *state != blocknum {
                            instr.opcode = Opcode::LoadFastCheck;
                        }
                        *state = blocknum;
                    }
                    _ => {}
                }
            }
        }
    }

    /// `mark_warm`: blocks reachable from the entry without going through a handler.
    fn mark_warm(&mut self) {
        self.reset_visited();
        let entry = self.entry;
        let mut stack = vec![entry];
        self.blocks[entry].visited = true;
        while let Some(b) = stack.pop() {
            self.blocks[b].warm = true;
            if let Some(next) = self.blocks[b].next {
                if self.blocks[b].has_fallthrough() && !self.blocks[next].visited {
                    stack.push(next);
                    self.blocks[next].visited = true;
                }
            }
            for i in 0..self.blocks[b].instrs.len() {
                let instr = &self.blocks[b].instrs[i];
                if is_jump(instr.opcode) {
                    let t = instr.target.expect("translated");
                    if !self.blocks[t].visited {
                        stack.push(t);
                        self.blocks[t].visited = true;
                    }
                }
            }
        }
    }

    /// `mark_cold`: blocks only reachable from exception handlers.
    fn mark_cold(&mut self) {
        self.mark_warm();
        self.reset_visited();
        let mut stack = Vec::new();
        for b in self.order() {
            if self.blocks[b].except_handler {
                stack.push(b);
                self.blocks[b].visited = true;
            }
        }
        while let Some(b) = stack.pop() {
            self.blocks[b].cold = true;
            if let Some(next) = self.blocks[b].next {
                if self.blocks[b].has_fallthrough()
                    && !self.blocks[next].warm
                    && !self.blocks[next].visited
                {
                    stack.push(next);
                    self.blocks[next].visited = true;
                }
            }
            for i in 0..self.blocks[b].instrs.len() {
                let instr = &self.blocks[b].instrs[i];
                if is_jump(instr.opcode) {
                    let t = instr.target.expect("translated");
                    if !self.blocks[t].warm && !self.blocks[t].visited {
                        stack.push(t);
                        self.blocks[t].visited = true;
                    }
                }
            }
        }
    }

    /// `push_cold_blocks_to_end`: exception-only code goes after the normal path.
    fn push_cold_blocks_to_end(&mut self) {
        let entry = self.entry;
        if self.blocks[entry].next.is_none() {
            return;
        }
        self.mark_cold();
        // A cold block falling through into a warm one gets an explicit jump.
        for b in self.order() {
            let next = self.blocks[b].next;
            if let Some(next) = next {
                if self.blocks[b].cold && self.blocks[b].has_fallthrough() && self.blocks[next].warm
                {
                    let j = self.new_block();
                    let label = self.blocks[next].label;
                    self.blocks[j].instrs.push(CfgInstr {
                        opcode: Opcode::Jump,
                        oparg: label,
                        target: Some(next),
                        except: None,
                        loc: Location::NONE,
                    });
                    self.blocks[j].cold = true;
                    self.blocks[j].next = Some(next);
                    self.blocks[b].next = Some(j);
                }
            }
        }
        let mut cold_head: Option<BlockId> = None;
        let mut cold_tail: Option<BlockId> = None;
        let mut b = entry;
        while self.blocks[b].next.is_some() {
            while let Some(n) = self.blocks[b].next {
                if self.blocks[n].cold {
                    break;
                }
                b = n;
            }
            let Some(start) = self.blocks[b].next else {
                break;
            };
            // `start` begins a run of cold blocks; find its end.
            let mut end = start;
            while let Some(n) = self.blocks[end].next {
                if !self.blocks[n].cold {
                    break;
                }
                end = n;
            }
            match cold_tail {
                None => cold_head = Some(start),
                Some(t) => self.blocks[t].next = Some(start),
            }
            cold_tail = Some(end);
            self.blocks[b].next = self.blocks[end].next;
            self.blocks[end].next = None;
        }
        self.blocks[b].next = cold_head;
        if cold_head.is_some() {
            self.remove_redundant_jumps();
        }
    }

    fn is_exit_without_lineno(&self, b: BlockId) -> bool {
        let block = &self.blocks[b];
        block.exits_scope() && block.instrs.iter().all(|i| i.loc.lineno < 0)
    }

    /// `duplicate_exits_without_lineno`: an exit block without a line number reached by
    /// several jumps is copied per jump, so that each copy can take its jump's line.
    fn duplicate_exits_without_lineno(&mut self) {
        for b in self.order() {
            let Some(last) = self.blocks[b].last() else {
                continue;
            };
            if !is_jump(last.opcode) {
                continue;
            }
            let last_loc = last.loc;
            let target = last.target.expect("translated");
            if self.is_exit_without_lineno(target) && self.blocks[target].predecessors > 1 {
                let new_target = self.new_block();
                self.blocks[new_target].instrs = self.blocks[target].instrs.clone();
                self.blocks[new_target].instrs[0].loc = last_loc;
                let bb = &mut self.blocks[b];
                bb.instrs.last_mut().expect("non-empty").target = Some(new_target);
                self.blocks[target].predecessors -= 1;
                self.blocks[new_target].predecessors = 1;
                self.blocks[new_target].next = self.blocks[target].next;
                self.blocks[target].next = Some(new_target);
            }
        }
        // Exits without a line number left are reached by fallthrough only.
        for b in self.order() {
            if !self.blocks[b].has_fallthrough() || self.blocks[b].instrs.is_empty() {
                continue;
            }
            if let Some(next) = self.blocks[b].next {
                if self.is_exit_without_lineno(next) {
                    let loc = self.blocks[b].instrs.last().expect("non-empty").loc;
                    self.blocks[next].instrs[0].loc = loc;
                }
            }
        }
    }

    /// `propagate_line_numbers`.
    fn propagate_line_numbers(&mut self) {
        for b in self.order() {
            if self.blocks[b].instrs.is_empty() {
                continue;
            }
            let mut prev_location = Location::NONE;
            for instr in &mut self.blocks[b].instrs {
                if instr.loc.lineno < 0 {
                    instr.loc = prev_location;
                } else {
                    prev_location = instr.loc;
                }
            }
            if self.blocks[b].has_fallthrough() {
                if let Some(next) = self.blocks[b].next {
                    if self.blocks[next].predecessors == 1
                        && !self.blocks[next].instrs.is_empty()
                        && self.blocks[next].instrs[0].loc.lineno < 0
                    {
                        self.blocks[next].instrs[0].loc = prev_location;
                    }
                }
            }
            let last = self.blocks[b].instrs.last().expect("non-empty");
            if is_jump(last.opcode) {
                let t = last.target.expect("translated");
                if self.blocks[t].predecessors == 1 {
                    if let Some(first) = self.blocks[t].instrs.first_mut() {
                        if first.loc.lineno < 0 {
                            first.loc = prev_location;
                        }
                    }
                }
            }
        }
    }

    /// `guarantee_lineno_for_exits`.
    fn guarantee_lineno_for_exits(&mut self, firstlineno: i32) {
        let mut lineno = firstlineno;
        for b in self.order() {
            let Some(last) = self.blocks[b].last() else {
                continue;
            };
            if last.loc.lineno < 0 {
                if last.opcode == Opcode::ReturnValue {
                    for instr in &mut self.blocks[b].instrs {
                        instr.loc.lineno = lineno;
                    }
                }
            } else {
                lineno = last.loc.lineno;
            }
        }
    }

    fn resolve_line_numbers(&mut self, firstlineno: i32) {
        self.duplicate_exits_without_lineno();
        self.propagate_line_numbers();
        self.guarantee_lineno_for_exits(firstlineno);
    }

    /// `prepare_localsplus` (compile.c): insert the prefix instructions and turn cell and
    /// free-variable opargs into frame slots. Returns `co_nlocalsplus`.
    pub fn prepare_localsplus(&mut self, meta: &UnitMetadata) -> usize {
        let nlocals = meta.varnames.len();
        let ncellvars = meta.cellvars.len();
        let nfreevars = meta.freevars.len();
        let nlocalsplus = nlocals + ncellvars + nfreevars;
        // build_cellfixedoffsets: a cell that is also an argument lives in the argument's slot.
        let mut fixed: Vec<usize> = (0..ncellvars + nfreevars).map(|i| nlocals + i).collect();
        for (cellindex, name) in meta.cellvars.iter().enumerate() {
            if let Some(varindex) = meta.varnames.iter().position(|v| v == name) {
                fixed[cellindex] = varindex;
            }
        }
        self.insert_prefix_instructions(meta, &fixed);
        // fix_cell_offsets
        let mut numdropped = 0;
        for (i, slot) in fixed.iter_mut().enumerate() {
            if *slot == i + nlocals {
                *slot -= numdropped;
            } else {
                numdropped += 1;
            }
        }
        for b in self.order() {
            for instr in &mut self.blocks[b].instrs {
                if matches!(
                    instr.opcode,
                    Opcode::MakeCell
                        | Opcode::LoadClosure
                        | Opcode::LoadDeref
                        | Opcode::StoreDeref
                        | Opcode::DeleteDeref
                        | Opcode::LoadFromDictOrDeref
                ) {
                    if let Some(&slot) = fixed.get(instr.oparg as usize) {
                        instr.oparg = slot as i32;
                    }
                }
            }
        }
        nlocalsplus - numdropped
    }

    /// `insert_prefix_instructions`: `COPY_FREE_VARS`, `MAKE_CELL`s in slot order, and
    /// `RETURN_GENERATOR; POP_TOP` for generators and coroutines.
    fn insert_prefix_instructions(&mut self, meta: &UnitMetadata, fixed: &[usize]) {
        use pydive_bytecode::code::co_flags;
        let entry = self.entry;
        let mut prefix = Vec::new();
        if meta.flags & (co_flags::GENERATOR | co_flags::COROUTINE | co_flags::ASYNC_GENERATOR) != 0
        {
            let first = meta.firstlineno as i32;
            prefix.push(CfgInstr {
                opcode: Opcode::ReturnGenerator,
                oparg: 0,
                target: None,
                except: None,
                loc: Location {
                    lineno: first,
                    end_lineno: first,
                    col_offset: -1,
                    end_col_offset: -1,
                },
            });
            prefix.push(simple(Opcode::PopTop, 0));
        }
        let ncellvars = meta.cellvars.len();
        if ncellvars > 0 {
            let nvars = ncellvars + meta.varnames.len();
            let mut sorted = vec![0usize; nvars];
            for (i, &slot) in fixed.iter().take(ncellvars).enumerate() {
                sorted[slot] = i + 1;
            }
            let cells: Vec<CfgInstr> = sorted
                .iter()
                .filter(|&&s| s != 0)
                .map(|&s| simple(Opcode::MakeCell, s as i32 - 1))
                .collect();
            prefix.splice(0..0, cells);
        }
        if !meta.freevars.is_empty() {
            prefix.insert(0, simple(Opcode::CopyFreeVars, meta.freevars.len() as i32));
        }
        self.blocks[entry].instrs.splice(0..0, prefix);
    }

    /// `_PyCfg_Stackdepth`: the largest value stack any path needs; records each block's
    /// depth on entry (`b_startdepth`, which the exception table needs for handlers).
    pub fn stackdepth(&mut self, code_flags: u32) -> Result<i32, BackendError> {
        use pydive_bytecode::code::co_flags;
        for b in self.order() {
            self.blocks[b].startdepth = i32::MIN;
        }
        let mut stack = Vec::new();
        let mut maxdepth = 0;
        let entry = self.entry;
        let start = i32::from(
            code_flags & (co_flags::GENERATOR | co_flags::COROUTINE | co_flags::ASYNC_GENERATOR)
                != 0,
        );
        self.stackdepth_push(&mut stack, entry, start);
        while let Some(b) = stack.pop() {
            let mut depth = self.blocks[b].startdepth;
            let mut next = self.blocks[b].next;
            for i in 0..self.blocks[b].instrs.len() {
                let instr = &self.blocks[b].instrs[i];
                let (op, oparg, target) = (instr.opcode, instr.oparg, instr.target);
                let effect = op.stack_effect(oparg as u32, false).ok_or_else(|| {
                    BackendError(format!(
                        "compiler stack_effect(opcode={}, arg={oparg}) failed",
                        op.number()
                    ))
                })?;
                let new_depth = depth + effect;
                if new_depth < 0 {
                    return Err(BackendError(format!(
                        "stack underflow at {} in the control flow graph",
                        op.name()
                    )));
                }
                maxdepth = maxdepth.max(new_depth);
                if has_target(op) {
                    let effect = op.stack_effect(oparg as u32, true).unwrap_or(0);
                    let target_depth = depth + effect;
                    maxdepth = maxdepth.max(target_depth);
                    self.stackdepth_push(&mut stack, target.expect("translated"), target_depth);
                }
                depth = new_depth;
                if is_unconditional_jump(op) || is_scope_exit(op) {
                    // The rest of the block is dead.
                    next = None;
                    break;
                }
            }
            if let Some(next) = next {
                self.stackdepth_push(&mut stack, next, depth);
            }
        }
        Ok(maxdepth)
    }

    fn stackdepth_push(&mut self, stack: &mut Vec<BlockId>, b: BlockId, depth: i32) {
        let block = &mut self.blocks[b];
        if block.startdepth < depth && block.startdepth < 100 {
            block.startdepth = depth;
            stack.push(b);
        }
    }

    /// `_PyCfg_ConvertPseudoOps`: handler setups and `POP_BLOCK` become NOPs (the exception
    /// table carries them now), `STORE_FAST_MAYBE_NULL` a plain `STORE_FAST`.
    pub fn convert_pseudo_ops(&mut self) {
        for b in self.order() {
            for instr in &mut self.blocks[b].instrs {
                if is_block_push(instr.opcode) || instr.opcode == Opcode::PopBlock {
                    set_op0(instr, Opcode::Nop);
                } else if instr.opcode == Opcode::StoreFastMaybeNull {
                    instr.opcode = Opcode::StoreFast;
                }
            }
        }
        for b in self.order() {
            self.remove_redundant_nops(b);
        }
    }

    /// `_PyCfg_ResolveJumps`: `normalize_jumps` then `resolve_jump_offsets`.
    pub fn resolve_jumps(&mut self) -> Result<(), BackendError> {
        // Codegen ends every unit in a return or raise; code that could run off the end
        // (or a conditional jump with nowhere to fall through to) is malformed.
        let order = self.order();
        let last = *order.last().expect("entry block");
        if self.blocks[last].has_fallthrough() {
            return Err(BackendError(
                "the code unit can run past its last instruction".into(),
            ));
        }
        self.normalize_jumps();
        self.resolve_jump_offsets();
        Ok(())
    }

    /// `normalize_jumps`: `JUMP` picks its direction; a conditional jump backwards becomes
    /// the reversed condition over a `JUMP_BACKWARD`.
    fn normalize_jumps(&mut self) {
        self.reset_visited();
        let mut b = Some(self.entry);
        while let Some(id) = b {
            self.blocks[id].visited = true;
            self.normalize_jumps_in_block(id);
            b = self.blocks[id].next;
        }
    }

    fn normalize_jumps_in_block(&mut self, b: BlockId) {
        let Some(last) = self.blocks[b].last() else {
            return;
        };
        if !is_jump(last.opcode) {
            return;
        }
        let target = last.target.expect("translated");
        let is_forward = !self.blocks[target].visited;
        let opcode = last.opcode;
        let last = self.blocks[b].instrs.last_mut().expect("non-empty");
        match opcode {
            Opcode::Jump => {
                last.opcode = if is_forward {
                    Opcode::JumpForward
                } else {
                    Opcode::JumpBackward
                };
                return;
            }
            Opcode::JumpNoInterrupt => {
                last.opcode = if is_forward {
                    Opcode::JumpForward
                } else {
                    Opcode::JumpBackwardNoInterrupt
                };
                return;
            }
            _ => {}
        }
        let reversed = match opcode {
            Opcode::PopJumpIfNotNone => Opcode::PopJumpIfNone,
            Opcode::PopJumpIfNone => Opcode::PopJumpIfNotNone,
            Opcode::PopJumpIfFalse => Opcode::PopJumpIfTrue,
            Opcode::PopJumpIfTrue => Opcode::PopJumpIfFalse,
            _ => return,
        };
        if is_forward {
            return;
        }
        let next = self.blocks[b].next;
        let label = self.blocks[target].label;
        // 3.12 gives the new JUMP the conditional jump's location (3.13 gives none).
        let loc = self.blocks[b].instrs.last().expect("non-empty").loc;
        let j = self.new_block();
        self.blocks[j].instrs.push(CfgInstr {
            opcode: Opcode::Jump,
            oparg: label,
            target: Some(target),
            except: None,
            loc,
        });
        let last = self.blocks[b].instrs.last_mut().expect("non-empty");
        last.opcode = reversed;
        last.target = next;
        self.blocks[j].cold = self.blocks[b].cold;
        self.blocks[j].next = next;
        self.blocks[b].next = Some(j);
    }

    /// `resolve_jump_offsets`: jump opargs in code units from the next instruction; repeat
    /// until no jump changes size (an EXTENDED_ARG moves everything after it).
    fn resolve_jump_offsets(&mut self) {
        let order = self.order();
        loop {
            let mut totsize = 0;
            for &b in &order {
                self.blocks[b].offset = totsize;
                totsize += self.blocks[b]
                    .instrs
                    .iter()
                    .map(|i| instr_size(i.opcode, i.oparg))
                    .sum::<i32>();
            }
            let mut extended_arg_recompile = false;
            for &b in &order {
                let mut bsize = self.blocks[b].offset;
                for i in 0..self.blocks[b].instrs.len() {
                    let instr = &self.blocks[b].instrs[i];
                    let isize = instr_size(instr.opcode, instr.oparg);
                    bsize += isize;
                    if is_jump(instr.opcode) {
                        let target_offset = self.blocks[instr.target.expect("translated")].offset;
                        let oparg = if target_offset < bsize {
                            bsize - target_offset
                        } else {
                            target_offset - bsize
                        };
                        let instr = &mut self.blocks[b].instrs[i];
                        instr.oparg = oparg;
                        if instr_size(instr.opcode, oparg) != isize {
                            extended_arg_recompile = true;
                        }
                    }
                }
            }
            if !extended_arg_recompile {
                break;
            }
        }
    }
}

fn simple(opcode: Opcode, oparg: i32) -> CfgInstr {
    CfgInstr {
        opcode,
        oparg,
        target: None,
        except: None,
        loc: Location::NONE,
    }
}

/// `INSTR_SET_OP0`.
fn set_op0(instr: &mut CfgInstr, opcode: Opcode) {
    instr.opcode = opcode;
    instr.oparg = 0;
}

/// `PyObject_IsTrue` of a constant.
pub fn const_is_true(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Ellipsis | Constant::Code(_) => true,
        Constant::Bool(b) => *b,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) => !t.is_empty(),
        Constant::FrozenSet(t) => !t.is_empty(),
    }
}

/// Equality of `_PyCode_ConstantKey`s: the same type and value, `-0.0` apart from `0.0`,
/// `1` apart from `True` and `1.0`. Two constants with equal keys are one object in CPython's
/// constant cache, so this is also "the same constant" for `co_consts` lookups.
pub fn const_key_eq(a: &Constant, b: &Constant) -> bool {
    match (a, b) {
        (Constant::None, Constant::None) | (Constant::Ellipsis, Constant::Ellipsis) => true,
        (Constant::Bool(x), Constant::Bool(y)) => x == y,
        (Constant::Int(x), Constant::Int(y)) => x == y,
        (Constant::Float(x), Constant::Float(y)) => x.to_bits() == y.to_bits(),
        (Constant::Complex { real: r1, imag: i1 }, Constant::Complex { real: r2, imag: i2 }) => {
            r1.to_bits() == r2.to_bits() && i1.to_bits() == i2.to_bits()
        }
        (Constant::Str(x), Constant::Str(y)) => x == y,
        (Constant::Bytes(x), Constant::Bytes(y)) => x == y,
        (Constant::Tuple(x), Constant::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| const_key_eq(p, q))
        }
        (Constant::FrozenSet(x), Constant::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| const_key_eq(p, q)))
        }
        (Constant::Code(x), Constant::Code(y)) => Arc::ptr_eq(x, y),
        _ => false,
    }
}
