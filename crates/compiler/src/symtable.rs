//! The symbol table: which scope each name lives in (CPython 3.12's `Python/symtable.c`).
//!
//! Two passes, as in CPython: a walk over the AST that records, per block, how each name is
//! used (`DEF_*` flags), then `analyze` that decides each name's scope (local, global, free,
//! cell), inlines list/set/dict comprehensions into their parent (PEP 709) and finds the
//! implicit `__class__` / `__classdict__` cells. Blocks are keyed by the address of the AST node
//! that opens them, as CPython keys them by node pointer.

use std::collections::{HashMap, HashSet};

use ruff_python_ast::{self as ast, Expr, Pattern, Stmt, TypeParam};
use ruff_text_size::{Ranged, TextRange};

use crate::error::{CompileError, ErrorKind, SourceIndex};

// Symbol flags (`DEF_*` in `pycore_symtable.h`).
pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 0x10;
pub const DEF_FREE: u32 = 0x20;
pub const DEF_FREE_CLASS: u32 = 0x40;
pub const DEF_IMPORT: u32 = 0x80;
pub const DEF_ANNOT: u32 = 0x100;
pub const DEF_COMP_ITER: u32 = 0x200;
pub const DEF_TYPE_PARAM: u32 = 0x400;
pub const DEF_COMP_CELL: u32 = 0x800;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Where a name resolves (`LOCAL` ... `CELL` in `pycore_symtable.h`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType {
    Function,
    Class,
    Module,
    Annotation,
    TypeAlias,
    TypeParams,
    TypeVarBound,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

#[derive(Clone, Copy, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: Scope,
}

pub type ScopeId = usize;

/// One block (`PySTEntryObject`).
#[derive(Debug)]
pub struct SymbolTableEntry {
    pub name: String,
    pub typ: BlockType,
    /// Names in order of first mention, with their flags and (after analysis) scope.
    pub symbols: Vec<(String, Symbol)>,
    index: HashMap<String, usize>,
    /// Parameters in definition order (`ste_varnames`).
    pub varnames: Vec<String>,
    pub children: Vec<ScopeId>,
    pub nested: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub comprehension: Option<ComprehensionKind>,
    pub comp_inlined: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    pub returns_value: bool,
    pub needs_class_closure: bool,
    pub needs_classdict: bool,
    pub can_see_class_scope: bool,
    pub free: bool,
    pub child_free: bool,
    comp_iter_target: bool,
    comp_iter_expr: u32,
    pub lineno: u32,
    /// `ste_directives`: the first `global` / `nonlocal` statement naming each name, where
    /// the errors found in analysis point (`error_at_directive`).
    directives: HashMap<String, TextRange>,
}

impl SymbolTableEntry {
    fn new(name: &str, typ: BlockType, lineno: u32) -> Self {
        SymbolTableEntry {
            name: name.to_string(),
            typ,
            symbols: Vec::new(),
            index: HashMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            nested: false,
            generator: false,
            coroutine: false,
            comprehension: None,
            comp_inlined: false,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            needs_class_closure: false,
            needs_classdict: false,
            can_see_class_scope: false,
            free: false,
            child_free: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
            lineno,
            directives: HashMap::new(),
        }
    }

    pub fn flags(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].1.flags)
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i].1)
    }

    /// `_PyST_GetScope`.
    pub fn scope(&self, name: &str) -> Scope {
        self.lookup(name).map_or(Scope::Unknown, |s| s.scope)
    }

    fn set(&mut self, name: &str, flags: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].1.flags = flags,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push((
                    name.to_string(),
                    Symbol {
                        flags,
                        scope: Scope::Unknown,
                    },
                ));
            }
        }
    }

    /// `_PyST_IsFunctionLike`.
    pub fn is_function_like(&self) -> bool {
        matches!(
            self.typ,
            BlockType::Function
                | BlockType::Annotation
                | BlockType::TypeVarBound
                | BlockType::TypeAlias
                | BlockType::TypeParams
        )
    }
}

/// The analyzed table of every block of a module.
#[derive(Debug)]
pub struct SymbolTable {
    pub entries: Vec<SymbolTableEntry>,
    by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    pub const TOP: ScopeId = 0;

    /// The block a node opened (a function, class, lambda, comprehension, type-param list...).
    pub fn lookup_node<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&node_key(node)).copied()
    }
}

/// Blocks are keyed by the address of their AST node, as CPython keys them by node pointer.
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// CPython's `_Py_Mangle`: `__spam` inside class `Ham` becomes `_Ham__spam`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// How deep statements, expressions and patterns may nest. CPython 3.12's AST optimizer and
/// symtable allow twice `Py_C_RECURSION_LIMIT` (1500) levels, counted from twice the C
/// recursion depth of the caller: 4 for code compiled from a script, which leaves 2996
/// (`compile('-' * 2995 + '1', '', 'eval')` compiles, one more minus does not).
const MAX_DEPTH: u32 = 2996;

struct Builder<'a> {
    entries: Vec<SymbolTableEntry>,
    by_node: HashMap<usize, ScopeId>,
    stack: Vec<ScopeId>,
    private: Option<String>,
    future_annotations: bool,
    src: &'a SourceIndex,
    filename: &'a str,
    depth: u32,
}

type Res<T = ()> = Result<T, CompileError>;

/// Builds and analyzes the symbol table of a module (`_PySymtable_Build`).
pub fn build(
    body: &[Stmt],
    src: &SourceIndex,
    filename: &str,
    future_annotations: bool,
) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        entries: Vec::new(),
        by_node: HashMap::new(),
        stack: Vec::new(),
        private: None,
        future_annotations,
        src,
        filename,
        depth: 0,
    };
    b.entries
        .push(SymbolTableEntry::new("top", BlockType::Module, 0));
    b.stack.push(0);
    for stmt in body {
        b.visit_stmt(stmt)?;
    }
    b.finish()
}

/// Symbol table for an expression (eval mode).
pub fn build_expr(
    expr: &Expr,
    src: &SourceIndex,
    filename: &str,
) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        entries: Vec::new(),
        by_node: HashMap::new(),
        stack: Vec::new(),
        private: None,
        future_annotations: false,
        src,
        filename,
        depth: 0,
    };
    b.entries
        .push(SymbolTableEntry::new("top", BlockType::Module, 0));
    b.stack.push(0);
    b.visit_expr(expr)?;
    b.finish()
}

impl<'a> Builder<'a> {
    fn finish(mut self) -> Result<SymbolTable, CompileError> {
        let mut free = HashSet::new();
        let mut global = HashSet::new();
        let mut type_params = HashSet::new();
        analyze_block(
            &mut self.entries,
            0,
            None,
            &mut free,
            &mut global,
            &mut type_params,
            None,
        )
        .map_err(|msg| self.err_msg(msg))?;
        Ok(SymbolTable {
            entries: self.entries,
            by_node: self.by_node,
        })
    }

    fn err_msg(&self, (msg, range): (String, TextRange)) -> CompileError {
        self.src.error(
            ErrorKind::SyntaxError,
            msg,
            self.filename,
            range.start().to_u32(),
            range.end().to_u32(),
        )
    }

    fn error(&self, msg: impl Into<String>, range: TextRange) -> CompileError {
        self.err_msg((msg.into(), range))
    }

    fn cur(&mut self) -> &mut SymbolTableEntry {
        let id = *self.stack.last().expect("symtable stack is never empty");
        &mut self.entries[id]
    }

    fn cur_ref(&self) -> &SymbolTableEntry {
        &self.entries[*self.stack.last().expect("symtable stack is never empty")]
    }

    fn enter_block(&mut self, name: &str, typ: BlockType, key: usize, range: TextRange) {
        let lineno = self.src.line_col(range.start().to_u32()).0;
        let mut entry = SymbolTableEntry::new(name, typ, lineno);
        let parent = self.cur_ref();
        if parent.nested || parent.is_function_like() {
            entry.nested = true;
        }
        let id = self.entries.len();
        self.entries.push(entry);
        let parent_id = *self.stack.last().expect("stack");
        // symtable_enter_block: an annotation block (future annotations: they become strings)
        // is no child of its parent, so it is never analyzed and its names make no cells
        if typ != BlockType::Annotation {
            self.entries[parent_id].children.push(id);
        }
        self.by_node.insert(key, id);
        self.stack.push(id);
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> Res {
        let id = *self.stack.last().expect("stack");
        self.add_def_in(name, flag, id, range)
    }

    /// `symtable_add_def_helper`.
    fn add_def_in(&mut self, name: &str, flag: u32, id: ScopeId, range: TextRange) -> Res {
        let mangled = mangle(self.private.as_deref(), name);
        let ste = &self.entries[id];
        let mut val = ste.flags(&mangled);
        if flag & DEF_PARAM != 0 && val & DEF_PARAM != 0 {
            return Err(self.error(
                format!("duplicate argument '{name}' in function definition"),
                range,
            ));
        }
        if flag & DEF_TYPE_PARAM != 0 && val & DEF_TYPE_PARAM != 0 {
            return Err(self.error(format!("duplicate type parameter '{name}'"), range));
        }
        val |= flag;
        if ste.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(self.error(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    range,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        let ste = &mut self.entries[id];
        ste.set(&mangled, val);
        if flag & DEF_PARAM != 0 {
            ste.varnames.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            let g = self.entries[0].flags(&mangled);
            self.entries[0].set(&mangled, g | flag);
        }
        Ok(())
    }

    fn lookup(&self, name: &str) -> u32 {
        let mangled = mangle(self.private.as_deref(), name);
        self.cur_ref().flags(&mangled)
    }

    fn enter_depth(&mut self, range: TextRange) -> Res {
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

    fn visit_body(&mut self, body: &[Stmt]) -> Res {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Res {
        self.enter_depth(s.range())?;
        let r = self.visit_stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) -> Res {
        match s {
            Stmt::FunctionDef(f) => {
                self.add_def(&f.name.id, DEF_LOCAL, f.name.range)?;
                let p = &f.parameters;
                // CPython tests `args->defaults != NULL`, and the parser always makes that
                // sequence (possibly empty): a generic function always gets `.defaults`.
                let has_defaults = true;
                let has_kwdefaults = p.kwonlyargs.iter().any(|a| a.default.is_some());
                for a in p.posonlyargs.iter().chain(p.args.iter()) {
                    if let Some(d) = &a.default {
                        self.visit_expr(d)?;
                    }
                }
                for a in p.kwonlyargs.iter() {
                    if let Some(d) = &a.default {
                        self.visit_expr(d)?;
                    }
                }
                for d in f.decorator_list.iter() {
                    self.visit_expr(&d.expression)?;
                }
                if let Some(tp) = &f.type_params {
                    self.enter_type_param_block(
                        &f.name.id,
                        node_key(&**tp),
                        has_defaults,
                        has_kwdefaults,
                        false,
                        f.range,
                    )?;
                    self.visit_type_params(tp)?;
                }
                self.visit_annotations(p, f.returns.as_deref(), node_key(&**p), f.range)?;
                self.enter_block(&f.name.id, BlockType::Function, node_key(f), f.range);
                if f.is_async {
                    self.cur().coroutine = true;
                }
                self.visit_params(p)?;
                self.visit_body(&f.body)?;
                self.exit_block();
                if f.type_params.is_some() {
                    self.exit_block();
                }
            }
            Stmt::ClassDef(c) => {
                self.add_def(&c.name.id, DEF_LOCAL, c.name.range)?;
                for d in c.decorator_list.iter() {
                    self.visit_expr(&d.expression)?;
                }
                let saved_private = self.private.clone();
                if let Some(tp) = &c.type_params {
                    self.enter_type_param_block(
                        &c.name.id,
                        node_key(&**tp),
                        false,
                        false,
                        true,
                        c.range,
                    )?;
                    self.private = Some(c.name.id.to_string());
                    self.visit_type_params(tp)?;
                }
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value)?;
                    }
                }
                self.enter_block(&c.name.id, BlockType::Class, node_key(c), c.range);
                self.private = Some(c.name.id.to_string());
                if c.type_params.is_some() {
                    self.add_def("__type_params__", DEF_LOCAL, c.range)?;
                    self.add_def(".type_params", USE, c.range)?;
                }
                self.visit_body(&c.body)?;
                self.exit_block();
                if c.type_params.is_some() {
                    self.exit_block();
                }
                self.private = saved_private;
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                    self.cur().returns_value = true;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.visit_expr(t)?;
                }
                self.visit_expr(&a.value)?;
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let cur = self.lookup(&n.id);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0
                        && *self.stack.last().expect("stack") != 0
                        && a.simple
                    {
                        let what = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(self.error(
                            format!("annotated name '{}' can't be {what}", n.id),
                            s.range(),
                        ));
                    }
                    if a.simple {
                        self.add_def(&n.id, DEF_ANNOT | DEF_LOCAL, n.range)?;
                    } else if a.value.is_some() {
                        self.add_def(&n.id, DEF_LOCAL, n.range)?;
                    }
                } else {
                    self.visit_expr(&a.target)?;
                }
                self.visit_annotation(&a.annotation)?;
                if let Some(v) = &a.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::TypeAlias(t) => {
                self.visit_expr(&t.name)?;
                let name = match &*t.name {
                    Expr::Name(n) => n.id.to_string(),
                    _ => return Err(self.error("invalid type alias name", t.range)),
                };
                let in_class = self.cur_ref().typ == BlockType::Class;
                if let Some(tp) = &t.type_params {
                    self.enter_type_param_block(
                        &name,
                        node_key(&**tp),
                        false,
                        false,
                        false,
                        t.range,
                    )?;
                    self.visit_type_params(tp)?;
                }
                self.enter_block(&name, BlockType::TypeAlias, node_key(t), t.range);
                self.cur().can_see_class_scope = in_class;
                if in_class {
                    self.add_def("__classdict__", USE, t.value.range())?;
                }
                self.visit_expr(&t.value)?;
                self.exit_block();
                if t.type_params.is_some() {
                    self.exit_block();
                }
            }
            Stmt::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for clause in &i.elif_else_clauses {
                    if let Some(t) = &clause.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&clause.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                    if let Some(c) = &r.cause {
                        self.visit_expr(c)?;
                    }
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(&n.id, DEF_LOCAL, n.range)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.orelse)?;
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    self.visit_alias(alias)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    self.visit_alias(alias)?;
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.declare(&n.id, s.range(), true)?;
                }
            }
            Stmt::Nonlocal(g) => {
                for n in &g.names {
                    self.declare(&n.id, s.range(), false)?;
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
            Stmt::IpyEscapeCommand(e) => {
                return Err(self.error("invalid syntax", e.range));
            }
        }
        Ok(())
    }

    /// `global` / `nonlocal` statements.
    fn declare(&mut self, name: &str, range: TextRange, global: bool) -> Res {
        let cur = self.lookup(name);
        let kw = if global { "global" } else { "nonlocal" };
        if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
            let msg = if cur & DEF_PARAM != 0 {
                format!("name '{name}' is parameter and {kw}")
            } else if cur & USE != 0 {
                format!("name '{name}' is used prior to {kw} declaration")
            } else if cur & DEF_ANNOT != 0 {
                format!("annotated name '{name}' can't be {kw}")
            } else {
                format!("name '{name}' is assigned to before {kw} declaration")
            };
            return Err(self.error(msg, range));
        }
        self.cur()
            .directives
            .entry(name.to_string())
            .or_insert(range);
        self.add_def(name, if global { DEF_GLOBAL } else { DEF_NONLOCAL }, range)
    }

    fn visit_alias(&mut self, alias: &ast::Alias) -> Res {
        let store = match &alias.asname {
            Some(a) => a.id.to_string(),
            None => alias.name.id.split('.').next().unwrap_or("").to_string(),
        };
        if store == "*" {
            if self.cur_ref().typ != BlockType::Module {
                return Err(self.error("import * only allowed at module level", alias.range));
            }
            Ok(())
        } else {
            self.add_def(&store, DEF_IMPORT, alias.range)
        }
    }

    fn enter_type_param_block(
        &mut self,
        name: &str,
        key: usize,
        has_defaults: bool,
        has_kwdefaults: bool,
        is_class: bool,
        range: TextRange,
    ) -> Res {
        let current_type = self.cur_ref().typ;
        self.enter_block(name, BlockType::TypeParams, key, range);
        if current_type == BlockType::Class {
            self.cur().can_see_class_scope = true;
            self.add_def("__classdict__", USE, range)?;
        }
        if is_class {
            self.add_def(".type_params", DEF_LOCAL, range)?;
            self.add_def(".type_params", USE, range)?;
            self.add_def(".generic_base", DEF_LOCAL, range)?;
            self.add_def(".generic_base", USE, range)?;
        }
        if has_defaults {
            self.add_def(".defaults", DEF_PARAM, range)?;
        }
        if has_kwdefaults {
            self.add_def(".kwdefaults", DEF_PARAM, range)?;
        }
        Ok(())
    }

    fn visit_type_params(&mut self, tp: &ast::TypeParams) -> Res {
        for p in &tp.type_params {
            match p {
                TypeParam::TypeVar(tv) => {
                    self.add_def(&tv.name.id, DEF_TYPE_PARAM | DEF_LOCAL, tv.name.range)?;
                    if let Some(bound) = &tv.bound {
                        let in_class = self.cur_ref().can_see_class_scope;
                        self.enter_block(
                            &tv.name.id,
                            BlockType::TypeVarBound,
                            node_key(tv),
                            tv.range,
                        );
                        self.cur().can_see_class_scope = in_class;
                        if in_class {
                            self.add_def("__classdict__", USE, bound.range())?;
                        }
                        self.visit_expr(bound)?;
                        self.exit_block();
                    }
                }
                TypeParam::ParamSpec(ps) => {
                    self.add_def(&ps.name.id, DEF_TYPE_PARAM | DEF_LOCAL, ps.name.range)?;
                }
                TypeParam::TypeVarTuple(tt) => {
                    self.add_def(&tt.name.id, DEF_TYPE_PARAM | DEF_LOCAL, tt.name.range)?;
                }
            }
        }
        Ok(())
    }

    fn visit_params(&mut self, p: &ast::Parameters) -> Res {
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            self.add_def(&a.parameter.name.id, DEF_PARAM, a.parameter.range)?;
        }
        for a in p.kwonlyargs.iter() {
            self.add_def(&a.parameter.name.id, DEF_PARAM, a.parameter.range)?;
        }
        if let Some(v) = &p.vararg {
            self.add_def(&v.name.id, DEF_PARAM, v.range)?;
            self.cur().varargs = true;
        }
        if let Some(k) = &p.kwarg {
            self.add_def(&k.name.id, DEF_PARAM, k.range)?;
            self.cur().varkeywords = true;
        }
        Ok(())
    }

    fn visit_annotation(&mut self, ann: &Expr) -> Res {
        if self.future_annotations {
            self.enter_block(
                "_annotation",
                BlockType::Annotation,
                node_key(ann),
                ann.range(),
            );
            self.visit_expr(ann)?;
            self.exit_block();
            Ok(())
        } else {
            self.visit_expr(ann)
        }
    }

    fn visit_annotations(
        &mut self,
        p: &ast::Parameters,
        returns: Option<&Expr>,
        key: usize,
        range: TextRange,
    ) -> Res {
        if self.future_annotations {
            self.enter_block("_annotation", BlockType::Annotation, key, range);
        }
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(ann) = &a.parameter.annotation {
                self.visit_expr(ann)?;
            }
        }
        if let Some(ann) = p.vararg.as_ref().and_then(|v| v.annotation.as_ref()) {
            self.visit_expr(ann)?;
        }
        if let Some(ann) = p.kwarg.as_ref().and_then(|v| v.annotation.as_ref()) {
            self.visit_expr(ann)?;
        }
        for a in p.kwonlyargs.iter() {
            if let Some(ann) = &a.parameter.annotation {
                self.visit_expr(ann)?;
            }
        }
        if self.future_annotations {
            self.exit_block();
        }
        if let Some(r) = returns {
            self.visit_annotation(r)?;
        }
        Ok(())
    }

    fn visit_pattern(&mut self, p: &Pattern) -> Res {
        self.enter_depth(p.range())?;
        match p {
            Pattern::MatchValue(v) => self.visit_expr(&v.value)?,
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => {
                for q in &s.patterns {
                    self.visit_pattern(q)?;
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add_def(&n.id, DEF_LOCAL, n.range)?;
                }
            }
            Pattern::MatchMapping(m) => {
                for k in m.keys.iter() {
                    self.visit_expr(k)?;
                }
                for q in m.patterns.iter() {
                    self.visit_pattern(q)?;
                }
                if let Some(n) = &m.rest {
                    self.add_def(&n.id, DEF_LOCAL, n.range)?;
                }
            }
            Pattern::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                for q in c.arguments.patterns.iter() {
                    self.visit_pattern(q)?;
                }
                for k in &c.arguments.keywords {
                    self.visit_pattern(&k.pattern)?;
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(q) = &a.pattern {
                    self.visit_pattern(q)?;
                }
                if let Some(n) = &a.name {
                    self.add_def(&n.id, DEF_LOCAL, n.range)?;
                }
            }
            Pattern::MatchOr(o) => {
                for q in &o.patterns {
                    self.visit_pattern(q)?;
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn raise_if_annotation_block(&self, what: &str, range: TextRange) -> Res {
        let typ = self.cur_ref().typ;
        let msg = match typ {
            BlockType::Annotation => format!("{what} cannot be used within an annotation"),
            BlockType::TypeVarBound => format!("{what} cannot be used within a TypeVar bound"),
            BlockType::TypeAlias => format!("{what} cannot be used within a type alias"),
            BlockType::TypeParams => {
                format!("{what} cannot be used within the definition of a generic")
            }
            _ => return Ok(()),
        };
        Err(self.error(msg, range))
    }

    fn raise_if_comprehension_block(&self, range: TextRange) -> Res {
        let msg = match self.cur_ref().comprehension {
            Some(ComprehensionKind::List) => "'yield' inside list comprehension",
            Some(ComprehensionKind::Set) => "'yield' inside set comprehension",
            Some(ComprehensionKind::Dict) => "'yield' inside dict comprehension",
            Some(ComprehensionKind::Generator) => "'yield' inside generator expression",
            None => return Ok(()),
        };
        Err(self.error(msg, range))
    }

    pub fn visit_expr(&mut self, e: &Expr) -> Res {
        self.enter_depth(e.range())?;
        let r = self.visit_expr_inner(e);
        self.depth -= 1;
        r
    }

    fn visit_expr_inner(&mut self, e: &Expr) -> Res {
        match e {
            Expr::Named(n) => {
                self.raise_if_annotation_block("named expression", n.range)?;
                if self.cur_ref().comp_iter_expr > 0 {
                    return Err(self.error(
                        "assignment expression cannot be used in a comprehension iterable expression",
                        n.range,
                    ));
                }
                if self.cur_ref().comprehension.is_some() {
                    self.extend_namedexpr_scope(&n.target)?;
                }
                self.visit_expr(&n.value)?;
                self.visit_expr(&n.target)?;
            }
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.visit_expr(v)?;
                }
            }
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    for a in p.posonlyargs.iter().chain(p.args.iter()) {
                        if let Some(d) = &a.default {
                            self.visit_expr(d)?;
                        }
                    }
                    for a in p.kwonlyargs.iter() {
                        if let Some(d) = &a.default {
                            self.visit_expr(d)?;
                        }
                    }
                }
                self.enter_block("lambda", BlockType::Function, node_key(l), l.range);
                if let Some(p) = &l.parameters {
                    self.visit_params(p)?;
                }
                self.visit_expr(&l.body)?;
                self.exit_block();
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k)?;
                    }
                }
                for item in &d.items {
                    self.visit_expr(&item.value)?;
                }
            }
            Expr::Set(s) => {
                for v in &s.elts {
                    self.visit_expr(v)?;
                }
            }
            Expr::ListComp(c) => self.visit_comprehension(
                node_key(c),
                c.range,
                "<listcomp>",
                ComprehensionKind::List,
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::SetComp(c) => self.visit_comprehension(
                node_key(c),
                c.range,
                "<setcomp>",
                ComprehensionKind::Set,
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::DictComp(c) => {
                let Some(key) = &c.key else {
                    return Err(self.error("invalid syntax", c.range));
                };
                self.visit_comprehension(
                    node_key(c),
                    c.range,
                    "<dictcomp>",
                    ComprehensionKind::Dict,
                    &c.generators,
                    key,
                    Some(&c.value),
                )?
            }
            Expr::Generator(c) => self.visit_comprehension(
                node_key(c),
                c.range,
                "<genexpr>",
                ComprehensionKind::Generator,
                &c.generators,
                &c.elt,
                None,
            )?,
            Expr::Yield(y) => {
                self.raise_if_annotation_block("yield expression", y.range)?;
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
                self.cur().generator = true;
                self.raise_if_comprehension_block(y.range)?;
            }
            Expr::YieldFrom(y) => {
                self.raise_if_annotation_block("yield expression", y.range)?;
                self.visit_expr(&y.value)?;
                self.cur().generator = true;
                self.raise_if_comprehension_block(y.range)?;
            }
            Expr::Await(a) => {
                self.raise_if_annotation_block("await expression", a.range)?;
                self.visit_expr(&a.value)?;
                self.cur().coroutine = true;
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                for v in c.comparators.iter() {
                    self.visit_expr(v)?;
                }
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                for a in c.arguments.args.iter() {
                    self.visit_expr(a)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.visit_expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for el in f.value.elements() {
                    self.visit_fstring_element(el)?;
                }
            }
            Expr::TString(t) => {
                return Err(self.error("invalid syntax", t.range));
            }
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
            Expr::Name(n) => {
                let flag = if n.ctx == ast::ExprContext::Load {
                    USE
                } else {
                    DEF_LOCAL
                };
                self.add_def(&n.id, flag, n.range)?;
                // `super()` is a use of `__class__`.
                if n.ctx == ast::ExprContext::Load
                    && self.cur_ref().is_function_like()
                    && n.id.as_str() == "super"
                {
                    self.add_def("__class__", USE, n.range)?;
                }
            }
            Expr::List(l) => {
                for v in &l.elts {
                    self.visit_expr(v)?;
                }
            }
            Expr::Tuple(t) => {
                for v in &t.elts {
                    self.visit_expr(v)?;
                }
            }
            Expr::IpyEscapeCommand(e) => return Err(self.error("invalid syntax", e.range)),
        }
        Ok(())
    }

    fn visit_fstring_element(&mut self, el: &ast::InterpolatedStringElement) -> Res {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            self.visit_expr(&i.expression)?;
            if let Some(spec) = &i.format_spec {
                for el in spec.elements.iter() {
                    self.visit_fstring_element(el)?;
                }
            }
        }
        Ok(())
    }

    /// `symtable_extend_namedexpr_scope`: a walrus in a comprehension binds in the enclosing
    /// function (or module).
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> Res {
        let Expr::Name(n) = target else {
            return Ok(());
        };
        let name = n.id.as_str();
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let ste = &self.entries[id];
            if ste.comprehension.is_some() {
                if ste.flags(name) & DEF_COMP_ITER != 0 {
                    return Err(self.error(
                        format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                        n.range,
                    ));
                }
                continue;
            }
            if ste.is_function_like() && ste.typ != BlockType::Function {
                let msg = match ste.typ {
                    BlockType::TypeParams => "assignment expression within a comprehension cannot be used within the definition of a generic",
                    BlockType::TypeAlias => "assignment expression within a comprehension cannot be used in a type alias",
                    BlockType::TypeVarBound => "assignment expression within a comprehension cannot be used in a TypeVar bound",
                    _ => "assignment expression within a comprehension cannot be used in an annotation",
                };
                return Err(self.error(msg, n.range));
            }
            if ste.typ == BlockType::Function {
                let in_scope = ste.flags(name);
                if in_scope & DEF_GLOBAL != 0 {
                    self.add_def(name, DEF_GLOBAL, n.range)?;
                } else {
                    self.add_def(name, DEF_NONLOCAL, n.range)?;
                }
                return self.add_def_in(name, DEF_LOCAL, id, n.range);
            }
            if ste.typ == BlockType::Module {
                self.add_def(name, DEF_GLOBAL, n.range)?;
                return self.add_def_in(name, DEF_GLOBAL, id, n.range);
            }
            if ste.typ == BlockType::Class {
                return Err(self.error(
                    "assignment expression within a comprehension cannot be used in a class body",
                    n.range,
                ));
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn visit_comprehension(
        &mut self,
        key: usize,
        range: TextRange,
        scope_name: &str,
        kind: ComprehensionKind,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Res {
        let is_generator = kind == ComprehensionKind::Generator;
        let Some(outermost) = generators.first() else {
            return Err(self.error("invalid syntax", range));
        };
        self.cur().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.cur().comp_iter_expr -= 1;
        self.enter_block(scope_name, BlockType::Function, key, range);
        self.cur().comprehension = Some(kind);
        if outermost.is_async {
            self.cur().coroutine = true;
        }
        // The outermost iterator is received as the implicit argument `.0`.
        self.add_def(".0", DEF_PARAM, outermost.iter.range())?;
        self.cur().comp_iter_target = true;
        self.visit_expr(&outermost.target)?;
        self.cur().comp_iter_target = false;
        for cond in &outermost.ifs {
            self.visit_expr(cond)?;
        }
        for g in &generators[1..] {
            self.cur().comp_iter_target = true;
            self.visit_expr(&g.target)?;
            self.cur().comp_iter_target = false;
            self.cur().comp_iter_expr += 1;
            self.visit_expr(&g.iter)?;
            self.cur().comp_iter_expr -= 1;
            for cond in &g.ifs {
                self.visit_expr(cond)?;
            }
            if g.is_async {
                self.cur().coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        self.cur().generator = is_generator;
        let is_async = self.cur_ref().coroutine && !is_generator;
        self.exit_block();
        if is_async {
            self.cur().coroutine = true;
        }
        Ok(())
    }
}

type AnalyzeErr = (String, TextRange);

/// `analyze_name`.
#[allow(clippy::too_many_arguments)]
fn analyze_name(
    entries: &[SymbolTableEntry],
    id: ScopeId,
    scopes: &mut HashMap<String, Scope>,
    name: &str,
    flags: u32,
    bound: Option<&HashSet<String>>,
    bound_mut: &mut Option<HashSet<String>>,
    local: &mut HashSet<String>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
    type_params: &mut HashSet<String>,
    class_entry: Option<ScopeId>,
    ste_free: &mut bool,
) -> Result<(), AnalyzeErr> {
    // Errors point at the name's first global / nonlocal statement (`error_at_directive`).
    let none = entries[id]
        .directives
        .get(name)
        .copied()
        .unwrap_or_default();
    let _ = bound;
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err((format!("name '{name}' is nonlocal and global"), none));
        }
        scopes.insert(name.to_string(), Scope::GlobalExplicit);
        global.insert(name.to_string());
        if let Some(b) = bound_mut.as_mut() {
            b.remove(name);
        }
        return Ok(());
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(b) = bound_mut.as_ref() else {
            return Err((
                "nonlocal declaration not allowed at module level".into(),
                none,
            ));
        };
        if !b.contains(name) {
            return Err((format!("no binding for nonlocal '{name}' found"), none));
        }
        if type_params.contains(name) {
            return Err((
                format!("nonlocal binding not allowed for type parameter '{name}'"),
                none,
            ));
        }
        scopes.insert(name.to_string(), Scope::Free);
        *ste_free = true;
        free.insert(name.to_string());
        return Ok(());
    }
    if flags & DEF_BOUND != 0 {
        scopes.insert(name.to_string(), Scope::Local);
        local.insert(name.to_string());
        global.remove(name);
        if flags & DEF_TYPE_PARAM != 0 {
            type_params.insert(name.to_string());
        } else {
            type_params.remove(name);
        }
        return Ok(());
    }
    if let Some(ce) = class_entry {
        let class_flags = entries[ce].flags(name);
        if class_flags & DEF_GLOBAL != 0 {
            scopes.insert(name.to_string(), Scope::GlobalExplicit);
            return Ok(());
        } else if class_flags & DEF_BOUND != 0 && class_flags & DEF_NONLOCAL == 0 {
            scopes.insert(name.to_string(), Scope::GlobalImplicit);
            return Ok(());
        }
    }
    if bound_mut.as_ref().is_some_and(|b| b.contains(name)) {
        scopes.insert(name.to_string(), Scope::Free);
        *ste_free = true;
        free.insert(name.to_string());
        return Ok(());
    }
    if global.contains(name) {
        scopes.insert(name.to_string(), Scope::GlobalImplicit);
        return Ok(());
    }
    if entries[id].nested {
        *ste_free = true;
    }
    scopes.insert(name.to_string(), Scope::GlobalImplicit);
    Ok(())
}

/// `analyze_block`.
fn analyze_block(
    entries: &mut Vec<SymbolTableEntry>,
    id: ScopeId,
    mut bound: Option<HashSet<String>>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
    type_params: &mut HashSet<String>,
    class_entry: Option<ScopeId>,
) -> Result<(), AnalyzeErr> {
    let mut local = HashSet::new();
    let mut scopes: HashMap<String, Scope> = HashMap::new();
    let mut newglobal = HashSet::new();
    let mut newfree = HashSet::new();
    let mut newbound = HashSet::new();
    let mut inlined_cells = HashSet::new();
    let typ = entries[id].typ;

    if typ == BlockType::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
    }
    let symbols: Vec<(String, u32)> = entries[id]
        .symbols
        .iter()
        .map(|(n, s)| (n.clone(), s.flags))
        .collect();
    let mut ste_free = entries[id].free;
    for (name, flags) in &symbols {
        analyze_name(
            entries,
            id,
            &mut scopes,
            name,
            *flags,
            None,
            &mut bound,
            &mut local,
            free,
            global,
            type_params,
            class_entry,
            &mut ste_free,
        )?;
    }
    entries[id].free = ste_free;
    if typ != BlockType::Class {
        if entries[id].is_function_like() {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
        newbound.insert("__classdict__".to_string());
    }

    let children = entries[id].children.clone();
    for &child in &children {
        let mut new_class_entry = None;
        if entries[child].can_see_class_scope {
            if typ == BlockType::Class {
                new_class_entry = Some(id);
            } else if class_entry.is_some() {
                new_class_entry = class_entry;
            }
        }
        let inline_comp = entries[child].comprehension.is_some() && !entries[child].generator;
        // analyze_child_block: the child works on copies of the sets.
        let mut child_free = newfree.clone();
        let mut temp_global = newglobal.clone();
        let mut temp_type_params = type_params.clone();
        analyze_block(
            entries,
            child,
            Some(newbound.clone()),
            &mut child_free,
            &mut temp_global,
            &mut temp_type_params,
            new_class_entry,
        )?;
        if inline_comp {
            inline_comprehension(
                entries,
                id,
                child,
                &mut scopes,
                &mut child_free,
                &mut inlined_cells,
            );
            entries[child].comp_inlined = true;
        }
        newfree.extend(child_free);
        if entries[child].free || entries[child].child_free {
            entries[id].child_free = true;
        }
    }
    // Splice the children of inlined comprehensions into our own list.
    let mut spliced = Vec::new();
    for &child in &children {
        if entries[child].comp_inlined {
            spliced.extend(entries[child].children.iter().copied());
        } else {
            spliced.push(child);
        }
    }
    entries[id].children = spliced;

    if entries[id].is_function_like() {
        // analyze_cells: locals that children use freely become cells.
        for (name, scope) in scopes.iter_mut() {
            if *scope != Scope::Local {
                continue;
            }
            if !newfree.contains(name) && !inlined_cells.contains(name) {
                continue;
            }
            *scope = Scope::Cell;
            newfree.remove(name);
        }
    } else if typ == BlockType::Class {
        // drop_class_free
        if newfree.remove("__class__") {
            entries[id].needs_class_closure = true;
        }
        if newfree.remove("__classdict__") {
            entries[id].needs_classdict = true;
        }
    }
    let classflag = typ == BlockType::Class || entries[id].can_see_class_scope;
    update_symbols(
        &mut entries[id],
        &scopes,
        bound.as_ref(),
        &newfree,
        &inlined_cells,
        classflag,
    );
    free.extend(newfree);
    Ok(())
}

fn is_free_in_any_child(entries: &[SymbolTableEntry], id: ScopeId, name: &str) -> bool {
    entries[id].children.iter().any(|&c| {
        entries[c]
            .lookup(name)
            .is_some_and(|s| s.scope == Scope::Free)
    })
}

/// `inline_comprehension` (PEP 709): the comprehension's names move into the parent.
fn inline_comprehension(
    entries: &mut [SymbolTableEntry],
    id: ScopeId,
    comp: ScopeId,
    scopes: &mut HashMap<String, Scope>,
    comp_free: &mut HashSet<String>,
    inlined_cells: &mut HashSet<String>,
) {
    let comp_symbols: Vec<(String, Symbol)> = entries[comp].symbols.clone();
    for (name, sym) in comp_symbols {
        if sym.flags & DEF_PARAM != 0 {
            continue;
        }
        let mut scope = sym.scope;
        let mut only_flags = sym.flags;
        if scope == Scope::Cell || only_flags & DEF_COMP_CELL != 0 {
            inlined_cells.insert(name.clone());
        }
        match entries[id].lookup(&name).map(|s| s.flags) {
            None => {
                if scope == Scope::Free
                    && entries[id].typ == BlockType::Class
                    && name == "__class__"
                {
                    scope = Scope::GlobalImplicit;
                    only_flags &= !DEF_FREE;
                    comp_free.remove(&name);
                }
                entries[id].set(&name, only_flags);
                scopes.insert(name, scope);
            }
            Some(existing) => {
                if existing & DEF_BOUND != 0
                    && !is_free_in_any_child(entries, comp, &name)
                    && entries[id].typ != BlockType::Class
                {
                    comp_free.remove(&name);
                }
            }
        }
    }
}

/// `update_symbols`: record each name's scope; free names of children propagate up.
fn update_symbols(
    ste: &mut SymbolTableEntry,
    scopes: &HashMap<String, Scope>,
    bound: Option<&HashSet<String>>,
    free: &HashSet<String>,
    inlined_cells: &HashSet<String>,
    classflag: bool,
) {
    for (name, sym) in ste.symbols.iter_mut() {
        if inlined_cells.contains(name) {
            sym.flags |= DEF_COMP_CELL;
        }
        sym.scope = scopes.get(name).copied().unwrap_or(Scope::Unknown);
    }
    let mut free_sorted: Vec<&String> = free.iter().collect();
    free_sorted.sort();
    for name in free_sorted {
        if let Some(&i) = ste.index.get(name) {
            if classflag {
                ste.symbols[i].1.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if bound.is_some_and(|b| !b.contains(name)) {
            continue;
        }
        ste.set(name, 0);
        let i = ste.index[name];
        ste.symbols[i].1.scope = Scope::Free;
    }
}
