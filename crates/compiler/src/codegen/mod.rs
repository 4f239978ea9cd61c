//! Code generation: AST to one `InstrSequence` + `UnitMetadata` per code unit, in CPython
//! 3.12's exact instruction order (`Python/compile.c`).
//!
//! The `Compiler` keeps a stack of units (module, class body, function, lambda, generator
//! expression, type-parameter scope). When a nested unit is finished it is handed to the
//! assembler callback, and the resulting code object becomes a constant of its parent.
//! Statements are in `stmt.rs`, expressions in `expr.rs`, comprehensions in `comprehension.rs`,
//! match patterns in `pattern.rs`; this file holds the unit machinery, name resolution and
//! function / class creation.

mod comprehension;
mod expr;
mod pattern;
mod stmt;
mod unparse;

use std::collections::HashMap;
use std::sync::Arc;

use pydive_bytecode::code::co_flags;
use pydive_bytecode::{CodeObject, Constant, Opcode};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::ast_opt::const_key;
use crate::error::{CompileError, CompileWarning, ErrorKind, SourceIndex, WarningCategory};
use crate::ir::{InstrSequence, Label, Location, UnitMetadata};
use crate::symtable::{self, BlockType, Scope, ScopeId, SymbolTable};

/// Turns a finished unit into a code object (the flowgraph + assembler passes).
pub type AssembleFn<'a> =
    &'a (dyn Fn(InstrSequence, UnitMetadata, &str) -> Result<CodeObject, CompileError> + Sync);

/// `STACK_USE_GUIDELINE`: above this many items, builds go element by element.
pub(crate) const STACK_USE_GUIDELINE: usize = 30;

/// MAKE_FUNCTION oparg flags.
pub(crate) const MAKE_FUNCTION_DEFAULTS: u32 = 0x01;
pub(crate) const MAKE_FUNCTION_KWDEFAULTS: u32 = 0x02;
pub(crate) const MAKE_FUNCTION_ANNOTATIONS: u32 = 0x04;
pub(crate) const MAKE_FUNCTION_CLOSURE: u32 = 0x08;

// Intrinsic function numbers (`opcode._intrinsic_1_descs` / `_intrinsic_2_descs`).
pub(crate) const INTRINSIC_PRINT: u32 = 1;
pub(crate) const INTRINSIC_IMPORT_STAR: u32 = 2;
pub(crate) const INTRINSIC_STOPITERATION_ERROR: u32 = 3;
pub(crate) const INTRINSIC_ASYNC_GEN_WRAP: u32 = 4;
pub(crate) const INTRINSIC_UNARY_POSITIVE: u32 = 5;
pub(crate) const INTRINSIC_LIST_TO_TUPLE: u32 = 6;
pub(crate) const INTRINSIC_TYPEVAR: u32 = 7;
pub(crate) const INTRINSIC_PARAMSPEC: u32 = 8;
pub(crate) const INTRINSIC_TYPEVARTUPLE: u32 = 9;
pub(crate) const INTRINSIC_SUBSCRIPT_GENERIC: u32 = 10;
pub(crate) const INTRINSIC_TYPEALIAS: u32 = 11;
pub(crate) const INTRINSIC_PREP_RERAISE_STAR: u32 = 1;
pub(crate) const INTRINSIC_TYPEVAR_WITH_BOUND: u32 = 2;
pub(crate) const INTRINSIC_TYPEVAR_WITH_CONSTRAINTS: u32 = 3;
pub(crate) const INTRINSIC_SET_FUNCTION_TYPE_PARAMS: u32 = 4;

/// `co_flags` bit for `from __future__ import annotations`.
pub(crate) const CO_FUTURE_ANNOTATIONS: u32 = 0x100_0000;

/// A bound on codegen's own recursion, above what the symtable lets through (its
/// `MAX_DEPTH` reports CPython's RecursionError first; codegen recurses more than once for
/// some nodes, e.g. a condition and its operands).
const MAX_DEPTH: u32 = 12_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeType {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
    TypeParams,
}

/// The kinds of `fblock` (frame blocks) CPython tracks for break/continue/return unwinding.
#[derive(Clone, Debug)]
pub(crate) enum FBlockKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

#[derive(Clone, Debug)]
pub(crate) struct FBlock<'a> {
    pub kind: FBlockKind,
    pub block: Label,
    pub exit: Option<Label>,
    /// Extra data: the finally body, or the handler name.
    pub finally_body: Option<&'a [Stmt]>,
    pub name: Option<String>,
    pub loc: Location,
}

pub(crate) struct Unit<'a> {
    pub ste: ScopeId,
    pub scope_type: ScopeType,
    pub seq: InstrSequence,
    pub meta: UnitMetadata,
    pub private: Option<String>,
    pub fblocks: Vec<FBlock<'a>>,
    pub in_inlined_comp: u32,
    const_index: HashMap<String, u32>,
    name_index: HashMap<String, u32>,
    varname_index: HashMap<String, u32>,
    /// Cell and free variables: index into cellvars, or ncells + index into freevars.
    deref_index: HashMap<String, u32>,
    pub fasthidden: HashMap<String, bool>,
    /// Symbols temporarily replaced while an inlined comprehension is compiled (CPython
    /// writes them into `ste_symbols` and restores them afterwards).
    pub scope_override: HashMap<String, symtable::Symbol>,
}

pub(crate) type CResult<T = ()> = Result<T, CompileError>;

pub(crate) struct Compiler<'a> {
    pub st: &'a SymbolTable,
    pub src: &'a SourceIndex,
    pub filename: &'a str,
    pub units: Vec<Unit<'a>>,
    pub warnings: Vec<CompileWarning>,
    pub assemble: AssembleFn<'a>,
    pub future_annotations: bool,
    pub interactive: bool,
    pub depth: u32,
    pub future_flags: u32,
    /// `PyCF_ALLOW_TOP_LEVEL_AWAIT`: module-level `await`, `async for`/`async with` and async
    /// comprehensions compile, making the module code a coroutine.
    pub allow_top_level_await: bool,
    /// A module-level `async for`/`async with`/async comprehension was compiled under `allow_top_level_await`
    /// (CPython sets the module's `ste_coroutine` then).
    pub top_level_async: bool,
    /// Source ranges of unparenthesized generator expressions that are a call's sole
    /// argument: CPython's node spans the call's parentheses.
    pub genexp_ranges: HashMap<usize, TextRange>,
    /// End offset of the last statement where `from __future__` imports are allowed.
    pub future_ok_until: Option<u32>,
}

impl<'a> Compiler<'a> {
    pub fn new(
        st: &'a SymbolTable,
        src: &'a SourceIndex,
        filename: &'a str,
        assemble: AssembleFn<'a>,
    ) -> Self {
        Compiler {
            st,
            src,
            filename,
            units: Vec::new(),
            warnings: Vec::new(),
            assemble,
            future_annotations: false,
            interactive: false,
            depth: 0,
            future_flags: 0,
            allow_top_level_await: false,
            top_level_async: false,
            future_ok_until: None,
            genexp_ranges: HashMap::new(),
        }
    }

    // ----- locations and errors -----

    pub fn loc(&self, range: TextRange) -> Location {
        let (l, c) = self.src.line_col(range.start().to_u32());
        let (el, ec) = self.src.line_col(range.end().to_u32());
        Location {
            lineno: l as i32,
            end_lineno: el as i32,
            col_offset: c as i32,
            end_col_offset: ec as i32,
        }
    }

    /// CPython locates a decorated `def` / `class` at its keyword, after the decorators
    /// (ruff's range starts at the first decorator).
    pub fn def_range(&self, range: TextRange, decorators: &[ast::Decorator]) -> TextRange {
        let Some(last) = decorators.last() else {
            return range;
        };
        let text = self.src.text().as_bytes();
        let mut i = last.expression.range().end().to_u32() as usize;
        // Skip the rest of the decorator line, then blank and comment lines.
        loop {
            while i < text.len() && text[i] != b'\n' {
                i += 1;
            }
            i += 1;
            while i < text.len() && matches!(text[i], b' ' | b'\t' | b'\x0c' | b'\r') {
                i += 1;
            }
            if i < text.len() && (text[i] == b'#' || text[i] == b'\n') {
                continue;
            }
            break;
        }
        let start = (i.min(range.end().to_u32() as usize)) as u32;
        TextRange::new(start.into(), range.end())
    }

    pub fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        self.src.error(
            ErrorKind::SyntaxError,
            msg,
            self.filename,
            range.start().to_u32(),
            range.end().to_u32(),
        )
    }

    pub fn not_implemented(&self, what: &str, range: TextRange) -> CompileError {
        self.src.error(
            ErrorKind::NotImplemented,
            format!("pydive does not compile {what} yet"),
            self.filename,
            range.start().to_u32(),
            range.end().to_u32(),
        )
    }

    pub fn warn(&mut self, category: WarningCategory, msg: String, range: TextRange) {
        let (lineno, offset) = self.src.char_offset(range.start().to_u32());
        let error = crate::error::with_program_text(self.src.error(
            ErrorKind::SyntaxError,
            msg.clone(),
            self.filename,
            range.start().to_u32(),
            range.end().to_u32(),
        ));
        self.warnings.push(CompileWarning {
            category,
            msg,
            filename: self.filename.to_string(),
            lineno,
            offset,
            error: Box::new(error),
        });
    }

    pub fn enter_depth(&mut self, range: TextRange) -> CResult {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.src.error(
                ErrorKind::RecursionError,
                "maximum recursion depth exceeded during compilation",
                self.filename,
                range.start().to_u32(),
                range.end().to_u32(),
            ));
        }
        Ok(())
    }

    // ----- the current unit -----

    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is always open")
    }

    pub fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is always open")
    }

    pub fn ste(&self) -> &'a symtable::SymbolTableEntry {
        &self.st.entries[self.ur().ste]
    }

    // ----- emitting -----

    pub fn emit(&mut self, op: Opcode, arg: u32, loc: Location) {
        self.u().seq.emit(op, arg, loc);
    }

    pub fn emit0(&mut self, op: Opcode, loc: Location) {
        self.u().seq.emit(op, 0, loc);
    }

    pub fn jump(&mut self, op: Opcode, target: Label, loc: Location) {
        self.u().seq.emit_jump(op, target, loc);
    }

    pub fn new_label(&mut self) -> Label {
        self.u().seq.new_label()
    }

    pub fn use_label(&mut self, label: Label) {
        self.u().seq.place_label(label);
    }

    /// `compiler_add_const`: index of `c` in co_consts, adding it if new.
    pub fn add_const(&mut self, c: Constant) -> u32 {
        let key = const_key(&c);
        let u = self.u();
        if let Some(&i) = u.const_index.get(&key) {
            return i;
        }
        let i = u.meta.consts.len() as u32;
        u.meta.consts.push(c);
        u.const_index.insert(key, i);
        i
    }

    pub fn load_const(&mut self, c: Constant, loc: Location) {
        let i = self.add_const(c);
        self.emit(Opcode::LoadConst, i, loc);
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        let i = u.meta.names.len() as u32;
        u.meta.names.push(name.into());
        u.name_index.insert(name.to_string(), i);
        i
    }

    pub fn add_varname(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.varname_index.get(name) {
            return i;
        }
        let i = u.meta.varnames.len() as u32;
        u.meta.varnames.push(name.into());
        u.varname_index.insert(name.to_string(), i);
        i
    }

    pub fn mangle(&self, name: &str) -> String {
        symtable::mangle(self.ur().private.as_deref(), name)
    }

    /// `ADDOP_NAME`: an instruction whose oparg names co_names, with 3.12's encodings of
    /// LOAD_ATTR (method bit) and LOAD_SUPER_ATTR (method and two-arg bits).
    pub fn emit_name(&mut self, op: Opcode, name: &str, loc: Location) {
        let mangled = self.mangle(name);
        let arg = self.add_name(&mangled);
        let (op, arg) = match op {
            Opcode::LoadAttr => (Opcode::LoadAttr, arg << 1),
            Opcode::LoadMethod => (Opcode::LoadAttr, (arg << 1) | 1),
            Opcode::LoadSuperAttr => (Opcode::LoadSuperAttr, (arg << 2) | 2),
            Opcode::LoadSuperMethod => (Opcode::LoadSuperAttr, (arg << 2) | 3),
            Opcode::LoadZeroSuperAttr => (Opcode::LoadSuperAttr, arg << 2),
            Opcode::LoadZeroSuperMethod => (Opcode::LoadSuperAttr, (arg << 2) | 1),
            _ => (op, arg),
        };
        self.emit(op, arg, loc);
    }

    /// The symbol `name` resolves to in the current unit, inlined-comprehension overrides
    /// included.
    pub fn current_symbol(&self, name: &str) -> Option<symtable::Symbol> {
        if let Some(s) = self.ur().scope_override.get(name) {
            return Some(*s);
        }
        self.ste().lookup(name).copied()
    }

    /// Adds a cell variable that the symbol table did not list (dict_add_o on u_cellvars).
    pub fn add_cellvar(&mut self, name: &str) -> u32 {
        let u = self.u();
        let i = u.meta.cellvars.len() as u32;
        u.meta.cellvars.push(name.into());
        u.deref_index.insert(name.to_string(), i);
        i
    }

    /// Index of a cell or free variable as codegen numbers them (cells first, then frees).
    pub fn deref_index(&self, name: &str) -> Option<u32> {
        self.ur().deref_index.get(name).copied()
    }

    // ----- scopes -----

    /// `compiler_enter_scope`.
    pub fn enter_scope(
        &mut self,
        name: &str,
        scope_type: ScopeType,
        ste: ScopeId,
        lineno: u32,
    ) -> CResult {
        let entry = &self.st.entries[ste];
        let mut meta = UnitMetadata {
            name: name.into(),
            qualname: name.into(),
            firstlineno: lineno,
            ..Default::default()
        };
        let mut varname_index = HashMap::new();
        for v in &entry.varnames {
            varname_index.insert(v.clone(), meta.varnames.len() as u32);
            meta.varnames.push(v.as_str().into());
        }
        // dictbytype(CELL, DEF_COMP_CELL) and dictbytype(FREE, DEF_FREE_CLASS): sorted names.
        let mut cells: Vec<&str> = entry
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == Scope::Cell || s.flags & symtable::DEF_COMP_CELL != 0)
            .map(|(n, _)| n.as_str())
            .collect();
        cells.sort_unstable();
        let mut cellvars: Vec<Arc<str>> = cells.iter().map(|&s| s.into()).collect();
        if entry.needs_class_closure {
            cellvars.push("__class__".into());
        }
        if entry.needs_classdict {
            cellvars.push("__classdict__".into());
        }
        let mut frees: Vec<&str> = entry
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == Scope::Free || s.flags & symtable::DEF_FREE_CLASS != 0)
            .map(|(n, _)| n.as_str())
            .collect();
        frees.sort_unstable();
        let mut deref_index = HashMap::new();
        for (i, c) in cellvars.iter().enumerate() {
            deref_index.insert(c.to_string(), i as u32);
        }
        let ncells = cellvars.len() as u32;
        for (i, f) in frees.iter().enumerate() {
            deref_index.insert(f.to_string(), ncells + i as u32);
        }
        meta.cellvars = cellvars;
        meta.freevars = frees.iter().map(|&s| s.into()).collect();
        let private = self.units.last().and_then(|u| u.private.clone());
        self.units.push(Unit {
            ste,
            scope_type,
            seq: InstrSequence::default(),
            meta,
            private,
            fblocks: Vec::new(),
            in_inlined_comp: 0,
            const_index: HashMap::new(),
            name_index: HashMap::new(),
            varname_index,
            deref_index,
            fasthidden: HashMap::new(),
            scope_override: HashMap::new(),
        });
        let mut loc = Location {
            lineno: lineno as i32,
            end_lineno: lineno as i32,
            col_offset: 0,
            end_col_offset: 0,
        };
        if scope_type == ScopeType::Module {
            loc.lineno = 0;
        } else {
            self.set_qualname();
        }
        self.emit(Opcode::Resume, 0, loc);
        Ok(())
    }

    /// `compiler_set_qualname`.
    fn set_qualname(&mut self) {
        let n = self.units.len();
        let stack_size = n - 1;
        let mut base: Option<String> = None;
        if stack_size > 1 {
            let mut parent = n - 2;
            if self.units[parent].scope_type == ScopeType::TypeParams {
                if stack_size == 2 {
                    let u = self.u();
                    u.meta.qualname = u.meta.name.clone();
                    return;
                }
                parent = n - 3;
            }
            let u = &self.units[n - 1];
            let p = &self.units[parent];
            let mut force_global = false;
            if matches!(
                u.scope_type,
                ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Class
            ) {
                let mangled = symtable::mangle(p.private.as_deref(), &u.meta.name);
                if self.st.entries[p.ste].scope(&mangled) == Scope::GlobalExplicit {
                    force_global = true;
                }
            }
            if !force_global {
                if matches!(
                    p.scope_type,
                    ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Lambda
                ) {
                    base = Some(format!("{}.<locals>", p.meta.qualname));
                } else {
                    base = Some(p.meta.qualname.to_string());
                }
            }
        }
        let u = self.u();
        let q = match base {
            Some(b) => format!("{b}.{}", u.meta.name),
            None => u.meta.name.to_string(),
        };
        u.meta.qualname = q.into();
    }

    /// `compute_code_flags`.
    fn code_flags(&self) -> u32 {
        let ste = self.ste();
        let mut flags = 0;
        if ste.is_function_like() {
            flags |= co_flags::NEWLOCALS | co_flags::OPTIMIZED;
            if ste.nested {
                flags |= co_flags::NESTED;
            }
            if ste.generator && !ste.coroutine {
                flags |= co_flags::GENERATOR;
            }
            if !ste.generator && ste.coroutine {
                flags |= co_flags::COROUTINE;
            }
            if ste.generator && ste.coroutine {
                flags |= co_flags::ASYNC_GENERATOR;
            }
            if ste.varargs {
                flags |= co_flags::VARARGS;
            }
            if ste.varkeywords {
                flags |= co_flags::VARKEYWORDS;
            }
        }
        if self.is_top_level_await() && (ste.coroutine || self.top_level_async) && !ste.generator {
            flags |= co_flags::COROUTINE;
        }
        flags | self.future_flags
    }

    /// `IS_TOP_LEVEL_AWAIT`: compiling with `PyCF_ALLOW_TOP_LEVEL_AWAIT`, in module code.
    pub fn is_top_level_await(&self) -> bool {
        self.allow_top_level_await && self.ste().typ == symtable::BlockType::Module
    }

    /// Finishes the current unit (`optimize_and_assemble`): appends the implicit return and
    /// returns the unit's instructions and metadata, popping it.
    pub fn finish_unit(&mut self, add_none: bool) -> (InstrSequence, UnitMetadata) {
        if add_none {
            self.load_const(Constant::None, Location::NONE);
        }
        self.emit0(Opcode::ReturnValue, Location::NONE);
        let flags = self.code_flags();
        let mut unit = self.units.pop().expect("unit to finish");
        unit.meta.flags = flags;
        // Every name that was ever hidden keeps CO_FAST_HIDDEN (CPython leaves it in the dict).
        let mut hidden: Vec<String> = unit.fasthidden.into_keys().collect();
        hidden.sort();
        unit.meta.fasthidden = hidden.into_iter().map(Into::into).collect();
        (unit.seq, unit.meta)
    }

    /// Finishes the current unit and assembles it into a code object.
    pub fn finish_code(&mut self, add_none: bool) -> CResult<Arc<CodeObject>> {
        let (seq, meta) = self.finish_unit(add_none);
        let code = (self.assemble)(seq, meta, self.filename)?;
        Ok(Arc::new(code))
    }

    // ----- names -----

    /// `compiler_nameop`: load, store or delete a name in whatever scope it lives.
    pub fn nameop(&mut self, name: &str, ctx: ExprContext, loc: Location) -> CResult {
        let mangled = self.mangle(name);
        let scope = self
            .current_symbol(&mangled)
            .map_or(Scope::Unknown, |s| s.scope);
        let ste = self.ste();
        let is_function_like = ste.is_function_like();
        let is_class = ste.typ == BlockType::Class;
        let can_see_class_scope = ste.can_see_class_scope;
        enum OpType {
            Deref,
            Fast,
            Global,
            Name,
        }
        let optype = match scope {
            Scope::Free | Scope::Cell => OpType::Deref,
            Scope::Local => {
                if is_function_like || self.ur().fasthidden.get(&mangled) == Some(&true) {
                    OpType::Fast
                } else {
                    OpType::Name
                }
            }
            Scope::GlobalImplicit => {
                if is_function_like {
                    OpType::Global
                } else {
                    OpType::Name
                }
            }
            Scope::GlobalExplicit => OpType::Global,
            Scope::Unknown => OpType::Name,
        };
        let in_inlined = self.ur().in_inlined_comp > 0;
        match optype {
            OpType::Deref => {
                let Some(idx) = self.deref_index(&mangled) else {
                    return Err(self.error(
                        format!("compiler error: no cell for '{mangled}'"),
                        TextRange::default(),
                    ));
                };
                let op = match ctx {
                    ExprContext::Load => {
                        if is_class && !in_inlined {
                            self.emit0(Opcode::LoadLocals, loc);
                            Opcode::LoadFromDictOrDeref
                        } else if can_see_class_scope {
                            let cd = self.deref_index("__classdict__").unwrap_or(0);
                            self.emit(Opcode::LoadDeref, cd, loc);
                            Opcode::LoadFromDictOrDeref
                        } else {
                            Opcode::LoadDeref
                        }
                    }
                    ExprContext::Store => Opcode::StoreDeref,
                    _ => Opcode::DeleteDeref,
                };
                self.emit(op, idx, loc);
            }
            OpType::Fast => {
                let idx = self.add_varname(&mangled);
                let op = match ctx {
                    ExprContext::Load => Opcode::LoadFast,
                    ExprContext::Store => Opcode::StoreFast,
                    _ => Opcode::DeleteFast,
                };
                self.emit(op, idx, loc);
            }
            OpType::Global => {
                let idx = self.add_name(&mangled);
                match ctx {
                    ExprContext::Load => {
                        if can_see_class_scope && scope == Scope::GlobalImplicit {
                            let cd = self.deref_index("__classdict__").unwrap_or(0);
                            self.emit(Opcode::LoadDeref, cd, loc);
                            self.emit(Opcode::LoadFromDictOrGlobals, idx, loc);
                        } else {
                            self.emit(Opcode::LoadGlobal, idx << 1, loc);
                        }
                    }
                    ExprContext::Store => self.emit(Opcode::StoreGlobal, idx, loc),
                    _ => self.emit(Opcode::DeleteGlobal, idx, loc),
                }
            }
            OpType::Name => {
                let idx = self.add_name(&mangled);
                match ctx {
                    ExprContext::Load => {
                        if is_class && in_inlined {
                            self.emit(Opcode::LoadGlobal, idx << 1, loc);
                        } else {
                            self.emit(Opcode::LoadName, idx, loc);
                        }
                    }
                    ExprContext::Store => self.emit(Opcode::StoreName, idx, loc),
                    _ => self.emit(Opcode::DeleteName, idx, loc),
                }
            }
        }
        Ok(())
    }

    /// `forbidden_name`.
    pub fn check_forbidden_name(&self, name: &str, ctx: ExprContext, range: TextRange) -> CResult {
        if ctx == ExprContext::Store && name == "__debug__" {
            return Err(self.error("cannot assign to __debug__", range));
        }
        if ctx == ExprContext::Del && name == "__debug__" {
            return Err(self.error("cannot delete __debug__", range));
        }
        Ok(())
    }

    // ----- closures and functions -----

    /// `compiler_make_closure`: push a function made from `code` (closure cells loaded first).
    pub fn make_closure(
        &mut self,
        code: Arc<CodeObject>,
        mut flags: u32,
        loc: Location,
    ) -> CResult {
        let freevars = code.freevars();
        if !freevars.is_empty() {
            for name in freevars.iter() {
                // A free variable of the child is a cell or free variable here; a class
                // body's own `__class__` / `__classdict__` cells are found the same way.
                let Some(idx) = self.deref_index(name) else {
                    return Err(self.error(
                        format!("compiler error: closure variable '{name}' not found"),
                        TextRange::default(),
                    ));
                };
                self.emit(Opcode::LoadClosure, idx, loc);
            }
            flags |= MAKE_FUNCTION_CLOSURE;
            self.emit(Opcode::BuildTuple, freevars.len() as u32, loc);
        }
        self.load_const(Constant::Code(code), loc);
        self.emit(Opcode::MakeFunction, flags, loc);
        Ok(())
    }

    /// `compiler_decorators`.
    pub fn decorators(&mut self, decos: &'a [ast::Decorator]) -> CResult {
        for d in decos {
            self.visit_expr(&d.expression)?;
        }
        Ok(())
    }

    /// `compiler_apply_decorators`.
    pub fn apply_decorators(&mut self, decos: &'a [ast::Decorator]) -> CResult {
        for d in decos.iter().rev() {
            let loc = self.loc(d.expression.range());
            self.emit(Opcode::Call, 0, loc);
        }
        Ok(())
    }

    /// `compiler_default_arguments`: push defaults tuple / kw-defaults dict; returns the
    /// MAKE_FUNCTION flags they need.
    pub fn default_arguments(&mut self, p: &'a ast::Parameters, loc: Location) -> CResult<u32> {
        let mut flags = 0;
        let defaults: Vec<&'a Expr> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            // compiler_visit_defaults: VISIT_SEQ then BUILD_TUPLE.
            for d in &defaults {
                self.visit_expr(d)?;
            }
            self.emit(Opcode::BuildTuple, defaults.len() as u32, loc);
            flags |= MAKE_FUNCTION_DEFAULTS;
        }
        if p.kwonlyargs.iter().any(|a| a.default.is_some()) {
            // compiler_visit_kwonlydefaults
            let mut keys = Vec::new();
            for a in p.kwonlyargs.iter() {
                if let Some(d) = &a.default {
                    let mangled = self.mangle(&a.parameter.name.id);
                    keys.push(Constant::Str(mangled.into()));
                    self.visit_expr(d)?;
                }
            }
            let n = keys.len() as u32;
            self.load_const(Constant::Tuple(keys.into()), loc);
            self.emit(Opcode::BuildConstKeyMap, n, loc);
            flags |= MAKE_FUNCTION_KWDEFAULTS;
        }
        Ok(flags)
    }

    /// `compiler_visit_annotations`: push the annotations tuple (name, value, ...); returns
    /// whether there were any.
    pub fn visit_annotations(
        &mut self,
        p: &'a ast::Parameters,
        returns: Option<&'a Expr>,
        loc: Location,
    ) -> CResult<bool> {
        let mut count = 0u32;
        // CPython's order: args, then positional-only, *args, keyword-only, **kwargs.
        for a in p.args.iter().chain(p.posonlyargs.iter()) {
            let ann = a.parameter.annotation.as_deref();
            count += self.visit_argannotation(&a.parameter.name.id, ann, loc)?;
        }
        if let Some(v) = &p.vararg {
            count += self.visit_argannotation(&v.name.id, v.annotation.as_deref(), loc)?;
        }
        for a in p.kwonlyargs.iter() {
            let ann = a.parameter.annotation.as_deref();
            count += self.visit_argannotation(&a.parameter.name.id, ann, loc)?;
        }
        if let Some(k) = &p.kwarg {
            count += self.visit_argannotation(&k.name.id, k.annotation.as_deref(), loc)?;
        }
        count += self.visit_argannotation("return", returns, loc)?;
        if count > 0 {
            self.emit(Opcode::BuildTuple, count * 2, loc);
            return Ok(true);
        }
        Ok(false)
    }

    fn visit_argannotation(
        &mut self,
        name: &str,
        ann: Option<&'a Expr>,
        loc: Location,
    ) -> CResult<u32> {
        let Some(ann) = ann else { return Ok(0) };
        let mangled = self.mangle(name);
        self.load_const(Constant::Str(mangled.into()), loc);
        if self.future_annotations {
            let text = self.unparse(ann);
            let aloc = self.loc(ann.range());
            self.load_const(Constant::Str(text.into()), aloc);
        } else if let Expr::Starred(s) = ann {
            // `*args: *Ts` annotates with the unpacked form.
            self.visit_expr(&s.value)?;
            self.emit(Opcode::UnpackSequence, 1, loc);
        } else {
            self.visit_expr(ann)?;
        }
        Ok(1)
    }

    /// Source text of an annotation for `from __future__ import annotations` (CPython
    /// unparses the AST; the source text is the same for ordinary spacing).
    pub fn unparse(&self, e: &Expr) -> String {
        crate::codegen::expr::unparse_source(self.src, e)
    }

    /// `compiler_function` for `def` and `async def`.
    pub fn function(&mut self, f: &'a ast::StmtFunctionDef) -> CResult {
        let decos = &f.decorator_list[..];
        self.decorators(decos)?;
        let mut firstlineno = self.src.line_col(f.range.start().to_u32()).0;
        if let Some(d) = decos.first() {
            firstlineno = self.src.line_col(d.expression.range().start().to_u32()).0;
        }
        let loc = self.loc(self.def_range(f.range, decos));
        let p = &*f.parameters;
        self.check_debug_args(p)?;
        let is_generic = f.type_params.is_some();
        if is_generic {
            // Used by the CALL to the type parameters function.
            self.emit0(Opcode::PushNull, loc);
        }
        let mut funcflags = self.default_arguments(p, loc)?;
        let mut num_typeparam_args = 0;
        if let Some(tp) = &f.type_params {
            if funcflags & MAKE_FUNCTION_DEFAULTS != 0 {
                num_typeparam_args += 1;
            }
            if funcflags & MAKE_FUNCTION_KWDEFAULTS != 0 {
                num_typeparam_args += 1;
            }
            if num_typeparam_args == 2 {
                self.emit(Opcode::Swap, 2, loc);
            }
            let ste = self
                .st
                .lookup_node(&**tp)
                .ok_or_else(|| self.error("compiler error: no type-param scope", f.range))?;
            let name = format!("<generic parameters of {}>", f.name.id);
            self.enter_scope(&name, ScopeType::TypeParams, ste, firstlineno)?;
            self.type_params(tp)?;
            for i in 0..num_typeparam_args {
                self.emit(Opcode::LoadFast, i, loc);
            }
        }
        if self.visit_annotations(p, f.returns.as_deref(), loc)? {
            funcflags |= MAKE_FUNCTION_ANNOTATIONS;
        }
        // compiler_function_body
        let scope_type = if f.is_async {
            ScopeType::AsyncFunction
        } else {
            ScopeType::Function
        };
        let ste = self
            .st
            .lookup_node(f)
            .ok_or_else(|| self.error("compiler error: no function scope", f.range))?;
        self.enter_scope(&f.name.id, scope_type, ste, firstlineno)?;
        let docstring = docstring_of(&f.body);
        self.add_const(match &docstring {
            Some(d) => Constant::Str(d.as_str().into()),
            None => Constant::None,
        });
        {
            let u = self.u();
            // CPython's u_argcount: positional-or-keyword parameters (not positional-only).
            u.meta.argcount = p.args.len() as u32;
            u.meta.posonlyargcount = p.posonlyargs.len() as u32;
            u.meta.kwonlyargcount = p.kwonlyargs.len() as u32;
        }
        let start = usize::from(docstring.is_some());
        for s in &f.body[start..] {
            self.visit_stmt(s)?;
        }
        let ste_entry = self.ste();
        if ste_entry.coroutine || ste_entry.generator {
            self.wrap_in_stopiteration_handler();
        }
        let code = self.finish_code(true)?;
        if is_generic {
            self.make_closure(code, funcflags, loc)?;
            self.emit(Opcode::Swap, 2, loc);
            self.emit(
                Opcode::CallIntrinsic2,
                INTRINSIC_SET_FUNCTION_TYPE_PARAMS,
                loc,
            );
            self.u().meta.argcount = num_typeparam_args;
            let tcode = self.finish_code(false)?;
            self.make_closure(tcode, 0, loc)?;
            if num_typeparam_args > 0 {
                self.emit(Opcode::Swap, num_typeparam_args + 1, loc);
            }
            self.emit(Opcode::Call, num_typeparam_args, loc);
        } else {
            self.make_closure(code, funcflags, loc)?;
        }
        self.apply_decorators(decos)?;
        self.nameop(&f.name.id, ExprContext::Store, loc)
    }

    /// `compiler_check_debug_args`.
    fn check_debug_args(&self, p: &ast::Parameters) -> CResult {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            self.check_forbidden_name(&a.parameter.name.id, ExprContext::Store, a.parameter.range)?;
        }
        for v in [&p.vararg, &p.kwarg].into_iter().flatten() {
            self.check_forbidden_name(&v.name.id, ExprContext::Store, v.range)?;
        }
        Ok(())
    }

    /// `compiler_type_params`: build the tuple of TypeVar / ParamSpec / TypeVarTuple objects.
    pub fn type_params(&mut self, tp: &'a ast::TypeParams) -> CResult {
        let n = tp.type_params.len();
        for p in &tp.type_params {
            let loc = self.loc(p.range());
            match p {
                ast::TypeParam::TypeVar(tv) => {
                    self.load_const(Constant::Str(tv.name.id.as_str().into()), loc);
                    if let Some(bound) = &tv.bound {
                        let is_constraint = matches!(&**bound, Expr::Tuple(_));
                        self.type_param_bound(tv, bound, &tv.name.id)?;
                        let intr = if is_constraint {
                            INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                        } else {
                            INTRINSIC_TYPEVAR_WITH_BOUND
                        };
                        self.emit(Opcode::CallIntrinsic2, intr, loc);
                    } else {
                        self.emit(Opcode::CallIntrinsic1, INTRINSIC_TYPEVAR, loc);
                    }
                    self.emit(Opcode::Copy, 1, loc);
                    self.nameop(&tv.name.id, ExprContext::Store, loc)?;
                }
                ast::TypeParam::TypeVarTuple(tt) => {
                    self.load_const(Constant::Str(tt.name.id.as_str().into()), loc);
                    self.emit(Opcode::CallIntrinsic1, INTRINSIC_TYPEVARTUPLE, loc);
                    self.emit(Opcode::Copy, 1, loc);
                    self.nameop(&tt.name.id, ExprContext::Store, loc)?;
                }
                ast::TypeParam::ParamSpec(ps) => {
                    self.load_const(Constant::Str(ps.name.id.as_str().into()), loc);
                    self.emit(Opcode::CallIntrinsic1, INTRINSIC_PARAMSPEC, loc);
                    self.emit(Opcode::Copy, 1, loc);
                    self.nameop(&ps.name.id, ExprContext::Store, loc)?;
                }
            }
        }
        let loc = tp
            .type_params
            .first()
            .map_or(Location::NONE, |p| self.loc(p.range()));
        self.emit(Opcode::BuildTuple, n as u32, loc);
        Ok(())
    }

    /// The lazily evaluated bound (or constraints) of a TypeVar: its own little function.
    fn type_param_bound(
        &mut self,
        tv: &'a ast::TypeParamTypeVar,
        bound: &'a Expr,
        name: &str,
    ) -> CResult {
        let ste = self
            .st
            .lookup_node(tv)
            .ok_or_else(|| self.error("compiler error: no TypeVar bound scope", tv.range))?;
        let lineno = self.src.line_col(bound.range().start().to_u32()).0;
        let loc = self.loc(tv.range);
        self.enter_scope(name, ScopeType::TypeParams, ste, lineno)?;
        self.visit_expr(bound)?;
        self.emit0(Opcode::ReturnValue, loc);
        let code = self.finish_code(true)?;
        self.make_closure(code, 0, loc)
    }

    /// `compiler_class`.
    pub fn class(&mut self, c: &'a ast::StmtClassDef) -> CResult {
        let decos = &c.decorator_list[..];
        self.decorators(decos)?;
        let mut firstlineno = self.src.line_col(c.range.start().to_u32()).0;
        if let Some(d) = decos.first() {
            firstlineno = self.src.line_col(d.expression.range().start().to_u32()).0;
        }
        let crange = self.def_range(c.range, decos);
        let loc = self.loc(crange);
        if let Some(tp) = &c.type_params {
            self.u().private = Some(c.name.id.to_string());
            self.emit0(Opcode::PushNull, loc);
            let ste = self
                .st
                .lookup_node(&**tp)
                .ok_or_else(|| self.error("compiler error: no type-param scope", c.range))?;
            let name = format!("<generic parameters of {}>", c.name.id);
            self.enter_scope(&name, ScopeType::TypeParams, ste, firstlineno)?;
            self.u().private = Some(c.name.id.to_string());
            self.type_params(tp)?;
            self.nameop(".type_params", ExprContext::Store, loc)?;
        }
        self.class_body(c, firstlineno, crange)?;
        let (args, keywords): (&'a [Expr], &'a [ast::Keyword]) = match &c.arguments {
            Some(a) => (&a.args[..], &a.keywords[..]),
            None => (&[], &[]),
        };
        if c.type_params.is_some() {
            self.nameop(".type_params", ExprContext::Load, loc)?;
            self.emit(Opcode::CallIntrinsic1, INTRINSIC_SUBSCRIPT_GENERIC, loc);
            self.nameop(".generic_base", ExprContext::Store, loc)?;
            self.call_helper_extra_base(loc, 2, args, keywords, c.range)?;
            let code = self.finish_code(false)?;
            self.make_closure(code, 0, loc)?;
            self.emit(Opcode::Call, 0, loc);
        } else {
            self.call_helper(loc, 2, args, keywords)?;
        }
        self.apply_decorators(decos)?;
        self.nameop(&c.name.id, ExprContext::Store, loc)
    }

    /// `compiler_class_body`: the class body's own code unit, then PUSH_NULL,
    /// LOAD_BUILD_CLASS, the body function and the class name.
    fn class_body(
        &mut self,
        c: &'a ast::StmtClassDef,
        firstlineno: u32,
        crange: TextRange,
    ) -> CResult {
        let ste = self
            .st
            .lookup_node(c)
            .ok_or_else(|| self.error("compiler error: no class scope", c.range))?;
        self.enter_scope(&c.name.id, ScopeType::Class, ste, firstlineno)?;
        let loc = Location {
            lineno: firstlineno as i32,
            end_lineno: firstlineno as i32,
            col_offset: 0,
            end_col_offset: 0,
        };
        self.u().private = Some(c.name.id.to_string());
        self.nameop("__name__", ExprContext::Load, loc)?;
        self.nameop("__module__", ExprContext::Store, loc)?;
        let qualname = self.ur().meta.qualname.clone();
        self.load_const(Constant::Str(qualname), loc);
        self.nameop("__qualname__", ExprContext::Store, loc)?;
        if c.type_params.is_some() {
            self.nameop(".type_params", ExprContext::Load, loc)?;
            self.nameop("__type_params__", ExprContext::Store, loc)?;
        }
        let ste_entry = &self.st.entries[ste];
        if ste_entry.needs_classdict {
            self.emit0(Opcode::LoadLocals, loc);
            let idx = self.deref_index("__classdict__").unwrap_or(0);
            self.emit(Opcode::StoreDeref, idx, loc);
        }
        self.body(&c.body, loc)?;
        if ste_entry.needs_classdict {
            let idx = self.deref_index("__classdict__").unwrap_or(0);
            self.emit(Opcode::LoadClosure, idx, Location::NONE);
            self.nameop("__classdictcell__", ExprContext::Store, Location::NONE)?;
        }
        if ste_entry.needs_class_closure {
            let idx = self.deref_index("__class__").unwrap_or(0);
            self.emit(Opcode::LoadClosure, idx, Location::NONE);
            self.emit(Opcode::Copy, 1, Location::NONE);
            self.nameop("__classcell__", ExprContext::Store, Location::NONE)?;
        } else {
            self.load_const(Constant::None, Location::NONE);
        }
        self.emit0(Opcode::ReturnValue, Location::NONE);
        let code = self.finish_code(true)?;
        let loc = self.loc(crange);
        self.emit0(Opcode::PushNull, loc);
        self.emit0(Opcode::LoadBuildClass, loc);
        self.make_closure(code, 0, loc)?;
        self.load_const(Constant::Str(c.name.id.as_str().into()), loc);
        Ok(())
    }

    /// `compiler_body`: module and class bodies (docstring to `__doc__`, annotations setup).
    pub fn body(&mut self, stmts: &'a [Stmt], mut loc: Location) -> CResult {
        if self.ur().scope_type == ScopeType::Module {
            if let Some(first) = stmts.first() {
                loc = self.loc(first.range());
            }
        }
        if find_ann(stmts) {
            self.emit0(Opcode::SetupAnnotations, loc);
        }
        if stmts.is_empty() {
            return Ok(());
        }
        let mut first = 0;
        if !self.interactive {
            if let Some(doc) = docstring_of(stmts) {
                first = 1;
                let dloc = self.loc(stmts[0].range());
                let vloc = match &stmts[0] {
                    Stmt::Expr(e) => self.loc(e.value.range()),
                    _ => dloc,
                };
                self.load_const(Constant::Str(doc.into()), vloc);
                self.nameop("__doc__", ExprContext::Store, Location::NONE)?;
            }
        }
        for s in &stmts[first..] {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    /// The module unit (`compiler_mod` for `Module`).
    pub fn module(&mut self, body: &'a [Stmt]) -> CResult<(InstrSequence, UnitMetadata)> {
        self.enter_scope("<module>", ScopeType::Module, SymbolTable::TOP, 1)?;
        self.body(body, Location::NONE)?;
        Ok(self.finish_unit(true))
    }

    /// `Interactive` mode: each expression statement prints its value.
    pub fn interactive_mod(&mut self, body: &'a [Stmt]) -> CResult<(InstrSequence, UnitMetadata)> {
        self.interactive = true;
        self.enter_scope("<module>", ScopeType::Module, SymbolTable::TOP, 1)?;
        if find_ann(body) {
            let loc = body.first().map_or(Location::NONE, |s| self.loc(s.range()));
            self.emit0(Opcode::SetupAnnotations, loc);
        }
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(self.finish_unit(true))
    }

    /// `Expression` mode.
    pub fn expression_mod(&mut self, e: &'a Expr) -> CResult<(InstrSequence, UnitMetadata)> {
        self.enter_scope("<module>", ScopeType::Module, SymbolTable::TOP, 1)?;
        self.visit_expr(e)?;
        Ok(self.finish_unit(false))
    }
}

/// `_PyAST_GetDocString`: the first statement, if it is a string literal expression.
pub(crate) fn docstring_of(body: &[Stmt]) -> Option<String> {
    match body.first()? {
        Stmt::Expr(e) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// `find_ann`: whether a body (not descending into functions/classes) has an annotated
/// assignment, so it needs SETUP_ANNOTATIONS.
pub(crate) fn find_ann(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        Stmt::If(i) => find_ann(&i.body) || i.elif_else_clauses.iter().any(|c| find_ann(&c.body)),
        Stmt::With(w) => find_ann(&w.body),
        Stmt::Try(t) => {
            find_ann(&t.body)
                || find_ann(&t.orelse)
                || find_ann(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    find_ann(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}
