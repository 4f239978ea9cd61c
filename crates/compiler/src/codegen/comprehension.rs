//! Comprehensions (`compiler_comprehension` in `compile.c`). List, set and dict
//! comprehensions are inlined into the enclosing code (PEP 709): their iteration variables are
//! saved with LOAD_FAST_AND_CLEAR and restored afterwards. Generator expressions stay nested
//! generator functions.

use pydive_bytecode::{Constant, Opcode};
use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{CResult, Compiler, FBlockKind, ScopeType, INTRINSIC_STOPITERATION_ERROR};
use crate::ast_opt;
use crate::ir::{Instr, Label, Location};
use crate::symtable::{Scope, Symbol, DEF_LOCAL, DEF_NONLOCAL};

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompType {
    GenExp,
    List,
    Set,
    Dict,
}

/// `inlined_comprehension_state`.
#[derive(Default)]
struct InlinedState {
    pushed_locals: Vec<String>,
    temp_symbols: Vec<(String, Option<Symbol>)>,
    fast_hidden: Vec<String>,
    cleanup: Option<Label>,
    end: Option<Label>,
}

impl<'a> Compiler<'a> {
    pub fn comprehension(&mut self, e: &'a Expr) -> CResult {
        let (typ, name, generators, elt, val): (
            CompType,
            &str,
            &'a [ast::Comprehension],
            &'a Expr,
            Option<&'a Expr>,
        ) = match e {
            Expr::Generator(g) => (CompType::GenExp, "<genexpr>", &g.generators, &g.elt, None),
            Expr::ListComp(g) => (CompType::List, "<listcomp>", &g.generators, &g.elt, None),
            Expr::SetComp(g) => (CompType::Set, "<setcomp>", &g.generators, &g.elt, None),
            Expr::DictComp(g) => {
                let Some(key) = &g.key else {
                    return Err(self.error("invalid syntax", g.range));
                };
                (
                    CompType::Dict,
                    "<dictcomp>",
                    &g.generators,
                    key,
                    Some(&g.value),
                )
            }
            _ => return Err(self.error("compiler error: not a comprehension", e.range())),
        };
        let key = match e {
            Expr::Generator(g) => self.st.lookup_node(g),
            Expr::ListComp(g) => self.st.lookup_node(g),
            Expr::SetComp(g) => self.st.lookup_node(g),
            Expr::DictComp(g) => self.st.lookup_node(g),
            _ => None,
        };
        let ste =
            key.ok_or_else(|| self.error("compiler error: no comprehension scope", e.range()))?;
        let entry = &self.st.entries[ste];
        let is_inlined = entry.comp_inlined;
        let is_async_generator = entry.coroutine;
        let scope_type = self.ur().scope_type;
        let is_top_level_await = self.is_top_level_await();
        // A generator expression that is a call's only argument includes the call's parens.
        let range = match e {
            Expr::Generator(g) if !g.parenthesized => self
                .genexp_ranges
                .get(&crate::symtable::node_key(g))
                .copied()
                .unwrap_or(g.range),
            _ => e.range(),
        };
        let loc = self.loc(range);
        let outermost = &generators[0];
        let mut state = InlinedState::default();
        if is_inlined {
            self.comprehension_iter(loc, outermost)?;
            self.push_inlined_comprehension_state(loc, ste, &mut state)?;
        } else {
            let lineno = loc.lineno as u32;
            self.enter_scope(name, ScopeType::Comprehension, ste, lineno)?;
        }
        if is_async_generator
            && typ != CompType::GenExp
            && scope_type != ScopeType::AsyncFunction
            && scope_type != ScopeType::Comprehension
            && !is_top_level_await
        {
            return Err(self.error(
                "asynchronous comprehension outside of an asynchronous function",
                e.range(),
            ));
        }
        if is_top_level_await && is_async_generator {
            // Any async comprehension at the top level (a generator expression too) makes
            // the module code a coroutine.
            self.top_level_async = true;
        }
        if typ != CompType::GenExp {
            let op = match typ {
                CompType::List => Opcode::BuildList,
                CompType::Set => Opcode::BuildSet,
                _ => Opcode::BuildMap,
            };
            self.emit(op, 0, loc);
            if is_inlined {
                self.emit(Opcode::Swap, 2, loc);
            }
        }
        self.comprehension_generator(loc, generators, 0, 0, elt, val, typ, is_inlined)?;
        if is_inlined {
            return self.pop_inlined_comprehension_state(loc, state);
        }
        if typ != CompType::GenExp {
            self.emit0(Opcode::ReturnValue, loc);
        } else {
            self.wrap_in_stopiteration_handler();
        }
        let code = self.finish_code(true)?;
        self.make_closure(code, 0, loc)?;
        self.comprehension_iter(loc, outermost)?;
        self.emit(Opcode::Call, 0, loc);
        if is_async_generator && typ != CompType::GenExp {
            self.emit(Opcode::GetAwaitable, 0, loc);
            self.load_const(Constant::None, loc);
            self.add_yield_from(loc, true);
        }
        Ok(())
    }

    /// `wrap_in_stopiteration_handler`: a generator's body turns a leaking StopIteration into
    /// RuntimeError (PEP 479).
    pub fn wrap_in_stopiteration_handler(&mut self) {
        let handler = self.new_label();
        let seq = &mut self.u().seq;
        seq.instrs.insert(
            0,
            Instr {
                opcode: Opcode::SetupCleanup,
                oparg: 0,
                target: Some(handler),
                loc: Location::NONE,
            },
        );
        for pos in seq.label_positions.iter_mut().flatten() {
            *pos += 1;
        }
        self.load_const(Constant::None, Location::NONE);
        self.emit0(Opcode::ReturnValue, Location::NONE);
        self.use_label(handler);
        self.emit(
            Opcode::CallIntrinsic1,
            INTRINSIC_STOPITERATION_ERROR,
            Location::NONE,
        );
        self.emit(Opcode::Reraise, 1, Location::NONE);
    }

    fn comprehension_iter(&mut self, loc: Location, comp: &'a ast::Comprehension) -> CResult {
        self.visit_iter(&comp.iter)?;
        if comp.is_async {
            self.emit0(Opcode::GetAiter, loc);
        } else {
            self.emit0(Opcode::GetIter, loc);
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn comprehension_generator(
        &mut self,
        loc: Location,
        generators: &'a [ast::Comprehension],
        gen_index: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        typ: CompType,
        iter_on_stack: bool,
    ) -> CResult {
        if generators[gen_index].is_async {
            self.async_comprehension_generator(
                loc,
                generators,
                gen_index,
                depth,
                elt,
                val,
                typ,
                iter_on_stack,
            )
        } else {
            self.sync_comprehension_generator(
                loc,
                generators,
                gen_index,
                depth,
                elt,
                val,
                typ,
                iter_on_stack,
            )
        }
    }

    /// The innermost part of a comprehension: yield / append / add the element.
    fn comprehension_element(
        &mut self,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        typ: CompType,
        depth: u32,
    ) -> CResult<Location> {
        let mut elt_loc = self.loc(elt.range());
        match typ {
            CompType::GenExp => {
                self.visit_expr(elt)?;
                self.add_yield(elt_loc);
                self.emit0(Opcode::PopTop, elt_loc);
            }
            CompType::List => {
                self.visit_expr(elt)?;
                self.emit(Opcode::ListAppend, depth + 1, elt_loc);
            }
            CompType::Set => {
                self.visit_expr(elt)?;
                self.emit(Opcode::SetAdd, depth + 1, elt_loc);
            }
            CompType::Dict => {
                let val = val.expect("dict comprehension value");
                self.visit_expr(elt)?;
                self.visit_expr(val)?;
                let vloc = self.loc(val.range());
                elt_loc = Location {
                    lineno: elt_loc.lineno,
                    end_lineno: vloc.end_lineno,
                    col_offset: elt_loc.col_offset,
                    end_col_offset: vloc.end_col_offset,
                };
                self.emit(Opcode::MapAdd, depth + 1, elt_loc);
            }
        }
        Ok(elt_loc)
    }

    #[allow(clippy::too_many_arguments)]
    fn sync_comprehension_generator(
        &mut self,
        loc: Location,
        generators: &'a [ast::Comprehension],
        mut gen_index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        typ: CompType,
        iter_on_stack: bool,
    ) -> CResult {
        let mut start = Some(self.new_label());
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let gen = &generators[gen_index];
        if !iter_on_stack {
            if gen_index == 0 {
                // The outermost iterator arrives as the implicit argument `.0`.
                self.u().meta.argcount = 1;
                self.emit(Opcode::LoadFast, 0, loc);
            } else {
                // `for y in [f(x)]` binds y without a loop.
                // (After ast_opt, which turns a display of constants into a constant.)
                let folded =
                    ast_opt::fold_iter(&gen.iter).is_some() || ast_opt::fold(&gen.iter).is_some();
                let elts: Option<&'a [Expr]> = match &gen.iter {
                    Expr::List(l) if !folded => Some(&l.elts),
                    Expr::Tuple(t) if !folded => Some(&t.elts),
                    _ => None,
                };
                if let Some(elts) = elts {
                    if elts.len() == 1 && !elts[0].is_starred_expr() {
                        self.visit_expr(&elts[0])?;
                        start = None;
                    }
                }
                if start.is_some() {
                    self.visit_iter(&gen.iter)?;
                    self.emit0(Opcode::GetIter, loc);
                }
            }
        }
        if let Some(start) = start {
            depth += 1;
            self.use_label(start);
            self.jump(Opcode::ForIter, anchor, loc);
        }
        self.visit_expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(loc, cond, if_cleanup, false)?;
        }
        gen_index += 1;
        if gen_index < generators.len() {
            self.comprehension_generator(loc, generators, gen_index, depth, elt, val, typ, false)?;
        }
        let mut elt_loc = self.loc(elt.range());
        if gen_index >= generators.len() {
            elt_loc = self.comprehension_element(elt, val, typ, depth)?;
        }
        self.use_label(if_cleanup);
        if let Some(start) = start {
            self.jump(Opcode::Jump, start, elt_loc);
            self.use_label(anchor);
            self.emit0(Opcode::EndFor, Location::NONE);
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn async_comprehension_generator(
        &mut self,
        loc: Location,
        generators: &'a [ast::Comprehension],
        mut gen_index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        typ: CompType,
        iter_on_stack: bool,
    ) -> CResult {
        let start = self.new_label();
        let except = self.new_label();
        let if_cleanup = self.new_label();
        let gen = &generators[gen_index];
        if !iter_on_stack {
            if gen_index == 0 {
                self.u().meta.argcount = 1;
                self.emit(Opcode::LoadFast, 0, loc);
            } else {
                self.visit_iter(&gen.iter)?;
                self.emit0(Opcode::GetAiter, loc);
            }
        }
        self.use_label(start);
        self.push_fblock(FBlockKind::AsyncComprehensionGenerator, start, None, loc)?;
        self.jump(Opcode::SetupFinally, except, loc);
        self.emit0(Opcode::GetAnext, loc);
        self.load_const(Constant::None, loc);
        self.add_yield_from(loc, true);
        self.emit0(Opcode::PopBlock, loc);
        self.visit_expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(loc, cond, if_cleanup, false)?;
        }
        depth += 1;
        gen_index += 1;
        if gen_index < generators.len() {
            self.comprehension_generator(loc, generators, gen_index, depth, elt, val, typ, false)?;
        }
        let mut elt_loc = self.loc(elt.range());
        if gen_index >= generators.len() {
            elt_loc = self.comprehension_element(elt, val, typ, depth)?;
        }
        self.use_label(if_cleanup);
        self.jump(Opcode::Jump, start, elt_loc);
        self.pop_fblock();
        self.use_label(except);
        self.emit0(Opcode::EndAsyncFor, loc);
        Ok(())
    }

    /// `push_inlined_comprehension_state`.
    fn push_inlined_comprehension_state(
        &mut self,
        loc: Location,
        comp: usize,
        state: &mut InlinedState,
    ) -> CResult {
        let ste = self.ste();
        let in_class_block =
            ste.typ == crate::symtable::BlockType::Class && self.ur().in_inlined_comp == 0;
        let is_function_like = ste.is_function_like();
        self.u().in_inlined_comp += 1;
        let symbols = &self.st.entries[comp].symbols;
        for (k, sym) in symbols {
            let flags = sym.flags;
            if !((flags & DEF_LOCAL != 0 && flags & DEF_NONLOCAL == 0) || in_class_block) {
                continue;
            }
            if !is_function_like {
                let orig = self.ur().fasthidden.get(k).copied();
                if orig != Some(true) {
                    self.u().fasthidden.insert(k.clone(), true);
                    state.fast_hidden.push(k.clone());
                }
            }
            let scope = sym.scope;
            let outer = self.current_symbol(k);
            let outsc = outer.map_or(Scope::Unknown, |s| s.scope);
            if scope != outsc && !(scope == Scope::Cell && outsc == Scope::Free) {
                let prev = self.ur().scope_override.get(k).copied();
                state.temp_symbols.push((k.clone(), prev));
                self.u().scope_override.insert(k.clone(), *sym);
            }
            state.pushed_locals.push(k.clone());
            let idx = self.add_varname(k);
            self.emit(Opcode::LoadFastAndClear, idx, loc);
            if scope == Scope::Cell {
                let idx = match self.deref_index(k) {
                    Some(i) => i,
                    None => self.add_cellvar(k),
                };
                self.emit(Opcode::MakeCell, idx, loc);
            }
        }
        if !state.pushed_locals.is_empty() {
            self.emit(Opcode::Swap, state.pushed_locals.len() as u32 + 1, loc);
            let cleanup = self.new_label();
            let end = self.new_label();
            state.cleanup = Some(cleanup);
            state.end = Some(end);
            self.jump(Opcode::SetupFinally, cleanup, loc);
        }
        Ok(())
    }

    fn restore_inlined_comprehension_locals(&mut self, loc: Location, state: &InlinedState) {
        let n = state.pushed_locals.len() as u32;
        self.emit(Opcode::Swap, n + 1, loc);
        for k in state.pushed_locals.iter().rev() {
            let idx = self.add_varname(k);
            self.emit(Opcode::StoreFastMaybeNull, idx, loc);
        }
    }

    /// `pop_inlined_comprehension_state`.
    fn pop_inlined_comprehension_state(&mut self, loc: Location, state: InlinedState) -> CResult {
        self.u().in_inlined_comp -= 1;
        for (k, prev) in state.temp_symbols.iter().rev() {
            match prev {
                Some(sym) => {
                    self.u().scope_override.insert(k.clone(), *sym);
                }
                None => {
                    self.u().scope_override.remove(k);
                }
            }
        }
        if let (Some(cleanup), Some(end)) = (state.cleanup, state.end) {
            self.emit0(Opcode::PopBlock, Location::NONE);
            self.jump(Opcode::Jump, end, Location::NONE);
            self.use_label(cleanup);
            self.emit(Opcode::Swap, 2, Location::NONE);
            self.emit0(Opcode::PopTop, Location::NONE);
            self.restore_inlined_comprehension_locals(loc, &state);
            self.emit(Opcode::Reraise, 0, Location::NONE);
            self.use_label(end);
            self.restore_inlined_comprehension_locals(loc, &state);
        }
        for k in state.fast_hidden {
            self.u().fasthidden.insert(k, false);
        }
        Ok(())
    }
}
