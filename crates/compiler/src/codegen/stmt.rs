//! Statements (`compiler_visit_stmt` and the functions it calls in `compile.c`).

use pydive_bytecode::{Constant, Opcode};
use ruff_python_ast::{self as ast, Expr, ExprContext, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::{
    CResult, Compiler, FBlock, FBlockKind, ScopeType, INTRINSIC_IMPORT_STAR, INTRINSIC_PRINT,
    INTRINSIC_TYPEALIAS,
};
use crate::ast_opt;
use crate::error::WarningCategory;
use crate::ir::{Label, Location};

impl<'a> Compiler<'a> {
    pub fn visit_body(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    pub fn visit_stmt(&mut self, s: &'a Stmt) -> CResult {
        self.enter_depth(s.range())?;
        let r = self.visit_stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn visit_stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        let loc = self.loc(s.range());
        match s {
            Stmt::FunctionDef(f) => self.function(f)?,
            Stmt::ClassDef(c) => self.class(c)?,
            Stmt::TypeAlias(t) => self.typealias(t)?,
            Stmt::Return(r) => self.return_stmt(r)?,
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.visit_expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i < n - 1 {
                        self.emit(Opcode::Copy, 1, loc);
                    }
                    self.visit_expr(t)?;
                }
            }
            Stmt::AugAssign(a) => self.augassign(a)?,
            Stmt::AnnAssign(a) => self.annassign(a)?,
            Stmt::For(f) => {
                if f.is_async {
                    self.async_for(f)?
                } else {
                    self.for_stmt(f)?
                }
            }
            Stmt::While(w) => self.while_stmt(w)?,
            Stmt::If(i) => self.if_stmt(&i.test, &i.body, &i.elif_else_clauses, s.range())?,
            Stmt::Match(m) => self.match_stmt(m)?,
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                    n += 1;
                    if let Some(c) = &r.cause {
                        self.visit_expr(c)?;
                        n += 1;
                    }
                }
                self.emit(Opcode::RaiseVarargs, n, loc);
            }
            Stmt::Try(t) => {
                if t.is_star {
                    self.try_star(t)?
                } else if !t.finalbody.is_empty() {
                    self.try_finally(t)?
                } else {
                    self.try_except(t)?
                }
            }
            Stmt::Assert(a) => self.assert_stmt(a)?,
            Stmt::Import(i) => self.import(i)?,
            Stmt::ImportFrom(i) => self.import_from(i)?,
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::Expr(e) => self.stmt_expr(&e.value, loc)?,
            Stmt::Pass(_) => self.emit0(Opcode::Nop, loc),
            Stmt::Break(_) => self.break_stmt(loc, s.range())?,
            Stmt::Continue(_) => self.continue_stmt(loc, s.range())?,
            Stmt::With(w) => {
                if w.is_async {
                    self.async_with(w, 0)?
                } else {
                    self.with(w, 0)?
                }
            }
            Stmt::IpyEscapeCommand(_) => return Err(self.error("invalid syntax", s.range())),
        }
        Ok(())
    }

    /// `compiler_stmt_expr`.
    fn stmt_expr(&mut self, value: &'a Expr, loc: Location) -> CResult {
        if self.interactive && self.units.len() <= 1 {
            self.visit_expr(value)?;
            self.emit(Opcode::CallIntrinsic1, INTRINSIC_PRINT, loc);
            self.emit0(Opcode::PopTop, Location::NONE);
            return Ok(());
        }
        if ast_opt::fold(value).is_some() {
            // A constant statement does nothing, but keeps its line.
            self.emit0(Opcode::Nop, loc);
            return Ok(());
        }
        self.visit_expr(value)?;
        self.emit0(Opcode::PopTop, Location::NONE);
        Ok(())
    }

    /// `compiler_return`.
    fn return_stmt(&mut self, r: &'a ast::StmtReturn) -> CResult {
        let mut loc = self.loc(r.range);
        let folded = r.value.as_deref().and_then(ast_opt::fold);
        let preserve_tos = r.value.is_some() && folded.is_none();
        let ste = self.ste();
        if !ste.is_function_like() {
            return Err(self.error("'return' outside function", r.range));
        }
        if r.value.is_some() && ste.coroutine && ste.generator {
            return Err(self.error("'return' with value in async generator", r.range));
        }
        if preserve_tos {
            self.visit_expr(r.value.as_deref().expect("value"))?;
        }
        // Where an error while unwinding points: `loc`'s range (a constant's own, CPython).
        let mut loc_range = r.range;
        if !preserve_tos {
            if let Some(v) = &r.value {
                // The return value's line gets an instruction of its own.
                loc = self.loc(v.range());
                loc_range = v.range();
                self.emit0(Opcode::Nop, loc);
            }
        }
        let stmt_line = self.loc(r.range).lineno;
        if r.value
            .as_ref()
            .is_none_or(|v| self.loc(v.range()).lineno != stmt_line)
        {
            loc = self.loc(r.range);
            loc_range = r.range;
            self.emit0(Opcode::Nop, loc);
        }
        self.unwind_fblock_stack(&mut loc, preserve_tos, false, loc_range)?;
        match (&r.value, folded) {
            (None, _) => self.load_const(Constant::None, loc),
            (Some(_), Some(c)) => self.load_const(c, loc),
            _ => {}
        }
        self.emit0(Opcode::ReturnValue, loc);
        Ok(())
    }

    /// `compiler_break`.
    fn break_stmt(&mut self, mut loc: Location, range: TextRange) -> CResult {
        self.emit0(Opcode::Nop, loc);
        let Some(loop_idx) = self.unwind_fblock_stack(&mut loc, false, true, range)? else {
            return Err(self.error("'break' outside loop", range));
        };
        let fb = self.ur().fblocks[loop_idx].clone();
        self.unwind_fblock(&mut loc, &fb, false)?;
        let exit = fb.exit.expect("loop exit label");
        self.jump(Opcode::Jump, exit, loc);
        Ok(())
    }

    /// `compiler_continue`.
    fn continue_stmt(&mut self, mut loc: Location, range: TextRange) -> CResult {
        self.emit0(Opcode::Nop, loc);
        let Some(loop_idx) = self.unwind_fblock_stack(&mut loc, false, true, range)? else {
            return Err(self.error("'continue' not properly in loop", range));
        };
        let block = self.ur().fblocks[loop_idx].block;
        self.jump(Opcode::Jump, block, loc);
        Ok(())
    }

    pub fn push_fblock(
        &mut self,
        kind: FBlockKind,
        block: Label,
        exit: Option<Label>,
        loc: Location,
    ) -> CResult {
        if self.ur().fblocks.len() >= 20 {
            return Err(self.error("too many statically nested blocks", TextRange::default()));
        }
        self.u().fblocks.push(FBlock {
            kind,
            block,
            exit,
            finally_body: None,
            name: None,
            loc,
        });
        Ok(())
    }

    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    /// `compiler_unwind_fblock_stack`. With `want_loop`, stops at the innermost loop and
    /// returns its index.
    pub fn unwind_fblock_stack(
        &mut self,
        loc: &mut Location,
        preserve_tos: bool,
        want_loop: bool,
        range: TextRange,
    ) -> CResult<Option<usize>> {
        let Some(top) = self.ur().fblocks.last().cloned() else {
            return Ok(None);
        };
        if matches!(top.kind, FBlockKind::ExceptionGroupHandler) {
            return Err(self.error(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                range,
            ));
        }
        if want_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(self.ur().fblocks.len() - 1));
        }
        let copy = self.u().fblocks.pop().expect("top");
        self.unwind_fblock(loc, &copy, preserve_tos)?;
        let r = self.unwind_fblock_stack(loc, preserve_tos, want_loop, range);
        self.u().fblocks.push(copy);
        r
    }

    /// `compiler_unwind_fblock`: the code that leaves one block early.
    pub fn unwind_fblock(
        &mut self,
        loc: &mut Location,
        fb: &FBlock<'a>,
        preserve_tos: bool,
    ) -> CResult {
        match fb.kind {
            FBlockKind::WhileLoop
            | FBlockKind::ExceptionHandler
            | FBlockKind::ExceptionGroupHandler
            | FBlockKind::AsyncComprehensionGenerator => {}
            FBlockKind::ForLoop => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2, *loc);
                }
                self.emit0(Opcode::PopTop, *loc);
            }
            FBlockKind::TryExcept => self.emit0(Opcode::PopBlock, *loc),
            FBlockKind::FinallyTry => {
                self.emit0(Opcode::PopBlock, *loc);
                if preserve_tos {
                    let l = self.new_label();
                    self.push_fblock(FBlockKind::PopValue, l, None, *loc)?;
                }
                if let Some(body) = fb.finally_body {
                    self.visit_body(body)?;
                }
                if preserve_tos {
                    self.pop_fblock();
                }
                *loc = Location::NONE;
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2, *loc);
                }
                self.emit0(Opcode::PopTop, *loc);
                if preserve_tos {
                    self.emit(Opcode::Swap, 2, *loc);
                }
                self.emit0(Opcode::PopBlock, *loc);
                self.emit0(Opcode::PopExcept, *loc);
            }
            FBlockKind::With | FBlockKind::AsyncWith => {
                *loc = fb.loc;
                self.emit0(Opcode::PopBlock, *loc);
                if preserve_tos {
                    self.emit(Opcode::Swap, 2, *loc);
                }
                self.call_exit_with_nones(*loc);
                if matches!(fb.kind, FBlockKind::AsyncWith) {
                    self.emit(Opcode::GetAwaitable, 2, *loc);
                    self.load_const(Constant::None, *loc);
                    self.add_yield_from(*loc, true);
                }
                self.emit0(Opcode::PopTop, *loc);
                *loc = Location::NONE;
            }
            FBlockKind::HandlerCleanup => {
                if fb.name.is_some() {
                    self.emit0(Opcode::PopBlock, *loc);
                }
                if preserve_tos {
                    self.emit(Opcode::Swap, 2, *loc);
                }
                self.emit0(Opcode::PopBlock, *loc);
                self.emit0(Opcode::PopExcept, *loc);
                if let Some(name) = &fb.name {
                    self.load_const(Constant::None, *loc);
                    self.nameop(name, ExprContext::Store, *loc)?;
                    self.nameop(name, ExprContext::Del, *loc)?;
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::Swap, 2, *loc);
                }
                self.emit0(Opcode::PopTop, *loc);
            }
        }
        Ok(())
    }

    pub fn call_exit_with_nones(&mut self, loc: Location) {
        self.load_const(Constant::None, loc);
        self.load_const(Constant::None, loc);
        self.load_const(Constant::None, loc);
        self.emit(Opcode::Call, 2, loc);
    }

    /// `compiler_add_yield_from`: the SEND loop of `yield from` / `await`.
    pub fn add_yield_from(&mut self, loc: Location, is_await: bool) {
        let send = self.new_label();
        let fail = self.new_label();
        let exit = self.new_label();
        self.use_label(send);
        self.jump(Opcode::Send, exit, loc);
        self.jump(Opcode::SetupFinally, fail, loc);
        self.emit(Opcode::YieldValue, 0, loc);
        self.emit0(Opcode::PopBlock, Location::NONE);
        self.emit(Opcode::Resume, if is_await { 3 } else { 2 }, loc);
        self.jump(Opcode::JumpNoInterrupt, send, loc);
        self.use_label(fail);
        self.emit0(Opcode::CleanupThrow, loc);
        self.use_label(exit);
        self.emit0(Opcode::EndSend, loc);
    }

    /// `compiler_if`; `elif` clauses are nested ifs as in CPython's AST.
    fn if_stmt(
        &mut self,
        test: &'a Expr,
        body: &'a [Stmt],
        clauses: &'a [ast::ElifElseClause],
        _range: TextRange,
    ) -> CResult {
        let end = self.new_label();
        let next = if clauses.is_empty() {
            end
        } else {
            self.new_label()
        };
        let loc = self.loc(test.range());
        self.jump_if(loc, test, next, false)?;
        self.visit_body(body)?;
        if let Some((first, rest)) = clauses.split_first() {
            self.jump(Opcode::Jump, end, Location::NONE);
            self.use_label(next);
            match &first.test {
                Some(t) => self.if_stmt(t, &first.body, rest, first.range)?,
                None => self.visit_body(&first.body)?,
            }
        }
        self.use_label(end);
        Ok(())
    }

    /// `compiler_for`.
    fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult {
        let loc = self.loc(f.range);
        let start = self.new_label();
        let body = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_fblock(FBlockKind::ForLoop, start, Some(end), loc)?;
        self.visit_iter(&f.iter)?;
        self.emit0(Opcode::GetIter, loc);
        self.use_label(start);
        self.jump(Opcode::ForIter, cleanup, loc);
        self.use_label(body);
        self.visit_expr(&f.target)?;
        self.visit_body(&f.body)?;
        self.jump(Opcode::Jump, start, Location::NONE);
        self.use_label(cleanup);
        self.emit0(Opcode::EndFor, Location::NONE);
        self.pop_fblock();
        self.visit_body(&f.orelse)?;
        self.use_label(end);
        Ok(())
    }

    /// An iterable that ast_opt's `fold_iter` may have turned into a tuple.
    pub fn visit_iter(&mut self, e: &'a Expr) -> CResult {
        if let Some(c) = ast_opt::fold_iter(e) {
            let loc = self.loc(e.range());
            self.load_const(c, loc);
            return Ok(());
        }
        if let Expr::List(l) = e {
            // A list display iterated over is built as a tuple.
            let loc = self.loc(e.range());
            return self.starunpack_helper(
                loc,
                &l.elts,
                0,
                Opcode::BuildList,
                Opcode::ListAppend,
                Opcode::ListExtend,
                true,
            );
        }
        self.visit_expr(e)
    }

    /// `compiler_async_for`.
    fn async_for(&mut self, f: &'a ast::StmtFor) -> CResult {
        let loc = self.loc(f.range);
        if self.is_top_level_await() {
            self.top_level_async = true;
        } else if self.ur().scope_type != ScopeType::AsyncFunction {
            return Err(self.error("'async for' outside async function", f.range));
        }
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.visit_expr(&f.iter)?;
        self.emit0(Opcode::GetAiter, loc);
        self.use_label(start);
        self.push_fblock(FBlockKind::ForLoop, start, Some(end), loc)?;
        self.jump(Opcode::SetupFinally, except, loc);
        self.emit0(Opcode::GetAnext, loc);
        self.load_const(Constant::None, loc);
        self.add_yield_from(loc, true);
        self.emit0(Opcode::PopBlock, loc);
        self.visit_expr(&f.target)?;
        self.visit_body(&f.body)?;
        self.jump(Opcode::Jump, start, Location::NONE);
        self.pop_fblock();
        self.use_label(except);
        let iloc = self.loc(f.iter.range());
        self.emit0(Opcode::EndAsyncFor, iloc);
        self.visit_body(&f.orelse)?;
        self.use_label(end);
        Ok(())
    }

    /// `compiler_while`.
    fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult {
        let loc = self.loc(w.range);
        let lp = self.new_label();
        let body = self.new_label();
        let end = self.new_label();
        let anchor = self.new_label();
        self.use_label(lp);
        self.push_fblock(FBlockKind::WhileLoop, lp, Some(end), loc)?;
        self.jump_if(loc, &w.test, anchor, false)?;
        self.use_label(body);
        self.visit_body(&w.body)?;
        self.jump_if(loc, &w.test, body, true)?;
        self.pop_fblock();
        self.use_label(anchor);
        self.visit_body(&w.orelse)?;
        self.use_label(end);
        Ok(())
    }

    /// `compiler_with` (one item per level of recursion).
    fn with(&mut self, w: &'a ast::StmtWith, pos: usize) -> CResult {
        let item = &w.items[pos];
        let block = self.new_label();
        let fin = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.visit_expr(&item.context_expr)?;
        let loc = self.loc(w.range);
        self.emit0(Opcode::BeforeWith, loc);
        self.jump(Opcode::SetupWith, fin, loc);
        self.use_label(block);
        self.push_fblock(FBlockKind::With, block, Some(fin), loc)?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.emit0(Opcode::PopTop, loc),
        }
        if pos + 1 == w.items.len() {
            self.visit_body(&w.body)?;
        } else {
            self.with(w, pos + 1)?;
        }
        self.emit0(Opcode::PopBlock, Location::NONE);
        self.pop_fblock();
        self.call_exit_with_nones(loc);
        self.emit0(Opcode::PopTop, loc);
        self.jump(Opcode::Jump, exit, loc);
        self.use_label(fin);
        self.jump(Opcode::SetupCleanup, cleanup, loc);
        self.emit0(Opcode::PushExcInfo, loc);
        self.emit0(Opcode::WithExceptStart, loc);
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }

    /// `compiler_async_with`.
    fn async_with(&mut self, w: &'a ast::StmtWith, pos: usize) -> CResult {
        let loc = self.loc(w.range);
        if self.is_top_level_await() {
            self.top_level_async = true;
        } else if self.ur().scope_type != ScopeType::AsyncFunction {
            return Err(self.error("'async with' outside async function", w.range));
        }
        let item = &w.items[pos];
        let block = self.new_label();
        let fin = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.visit_expr(&item.context_expr)?;
        self.emit0(Opcode::BeforeAsyncWith, loc);
        self.emit(Opcode::GetAwaitable, 1, loc);
        self.load_const(Constant::None, loc);
        self.add_yield_from(loc, true);
        self.jump(Opcode::SetupWith, fin, loc);
        self.use_label(block);
        self.push_fblock(FBlockKind::AsyncWith, block, Some(fin), loc)?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.emit0(Opcode::PopTop, loc),
        }
        if pos + 1 == w.items.len() {
            self.visit_body(&w.body)?;
        } else {
            self.async_with(w, pos + 1)?;
        }
        self.pop_fblock();
        self.emit0(Opcode::PopBlock, loc);
        self.call_exit_with_nones(loc);
        self.emit(Opcode::GetAwaitable, 2, loc);
        self.load_const(Constant::None, loc);
        self.add_yield_from(loc, true);
        self.emit0(Opcode::PopTop, loc);
        self.jump(Opcode::Jump, exit, loc);
        self.use_label(fin);
        self.jump(Opcode::SetupCleanup, cleanup, loc);
        self.emit0(Opcode::PushExcInfo, loc);
        self.emit0(Opcode::WithExceptStart, loc);
        self.emit(Opcode::GetAwaitable, 2, loc);
        self.load_const(Constant::None, loc);
        self.add_yield_from(loc, true);
        self.with_except_finish(cleanup);
        self.use_label(exit);
        Ok(())
    }

    /// `compiler_with_except_finish`.
    fn with_except_finish(&mut self, cleanup: Label) {
        let none = Location::NONE;
        let suppress = self.new_label();
        let exit = self.new_label();
        self.jump(Opcode::PopJumpIfTrue, suppress, none);
        self.emit(Opcode::Reraise, 2, none);
        self.use_label(suppress);
        self.emit0(Opcode::PopTop, none);
        self.emit0(Opcode::PopBlock, none);
        self.emit0(Opcode::PopExcept, none);
        self.emit0(Opcode::PopTop, none);
        self.emit0(Opcode::PopTop, none);
        self.jump(Opcode::Jump, exit, none);
        self.use_label(cleanup);
        self.pop_except_and_reraise(none);
        self.use_label(exit);
    }

    /// `POP_EXCEPT_AND_RERAISE`.
    pub fn pop_except_and_reraise(&mut self, loc: Location) {
        self.emit(Opcode::Copy, 3, loc);
        self.emit0(Opcode::PopExcept, loc);
        self.emit(Opcode::Reraise, 1, loc);
    }

    /// `compiler_try_finally`.
    fn try_finally(&mut self, t: &'a ast::StmtTry) -> CResult {
        let loc = self.loc(t.range);
        let body = self.new_label();
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.jump(Opcode::SetupFinally, end, loc);
        self.use_label(body);
        self.push_fblock(FBlockKind::FinallyTry, body, Some(end), loc)?;
        self.u().fblocks.last_mut().expect("fblock").finally_body = Some(&t.finalbody);
        if !t.handlers.is_empty() {
            if t.is_star {
                self.try_star_except(t)?;
            } else {
                self.try_except(t)?;
            }
        } else {
            self.visit_body(&t.body)?;
        }
        self.emit0(Opcode::PopBlock, Location::NONE);
        self.pop_fblock();
        self.visit_body(&t.finalbody)?;
        self.jump(Opcode::Jump, exit, Location::NONE);
        self.use_label(end);
        let none = Location::NONE;
        self.jump(Opcode::SetupCleanup, cleanup, none);
        self.emit0(Opcode::PushExcInfo, none);
        self.push_fblock(FBlockKind::FinallyEnd, end, None, none)?;
        self.visit_body(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Opcode::Reraise, 0, none);
        self.use_label(cleanup);
        self.pop_except_and_reraise(none);
        self.use_label(exit);
        Ok(())
    }

    /// `compiler_try_except`.
    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let loc = self.loc(t.range);
        let none = Location::NONE;
        let body = self.new_label();
        let mut except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.jump(Opcode::SetupFinally, except, loc);
        self.use_label(body);
        self.push_fblock(FBlockKind::TryExcept, body, None, loc)?;
        self.visit_body(&t.body)?;
        self.pop_fblock();
        self.emit0(Opcode::PopBlock, none);
        self.visit_body(&t.orelse)?;
        self.jump(Opcode::Jump, end, none);
        let n = t.handlers.len();
        self.use_label(except);
        self.jump(Opcode::SetupCleanup, cleanup, none);
        self.emit0(Opcode::PushExcInfo, none);
        let eh = self.new_label();
        self.push_fblock(FBlockKind::ExceptionHandler, eh, None, loc)?;
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let hloc = self.loc(h.range);
            if h.type_.is_none() && i < n - 1 {
                return Err(self.error("default 'except:' must be last", h.range));
            }
            except = self.new_label();
            if let Some(ty) = &h.type_ {
                self.visit_expr(ty)?;
                self.emit0(Opcode::CheckExcMatch, hloc);
                self.jump(Opcode::PopJumpIfFalse, except, hloc);
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_label();
                let cleanup_body = self.new_label();
                self.nameop(&name.id, ExprContext::Store, hloc)?;
                self.jump(Opcode::SetupCleanup, cleanup_end, hloc);
                self.use_label(cleanup_body);
                self.push_fblock(FBlockKind::HandlerCleanup, cleanup_body, None, hloc)?;
                self.u().fblocks.last_mut().expect("fblock").name = Some(name.id.to_string());
                self.visit_body(&h.body)?;
                self.pop_fblock();
                self.emit0(Opcode::PopBlock, none);
                self.emit0(Opcode::PopBlock, none);
                self.emit0(Opcode::PopExcept, none);
                self.load_const(Constant::None, none);
                self.nameop(&name.id, ExprContext::Store, none)?;
                self.nameop(&name.id, ExprContext::Del, none)?;
                self.jump(Opcode::Jump, end, none);
                self.use_label(cleanup_end);
                self.load_const(Constant::None, none);
                self.nameop(&name.id, ExprContext::Store, none)?;
                self.nameop(&name.id, ExprContext::Del, none)?;
                self.emit(Opcode::Reraise, 1, none);
            } else {
                let cleanup_body = self.new_label();
                self.emit0(Opcode::PopTop, hloc);
                self.use_label(cleanup_body);
                self.push_fblock(FBlockKind::HandlerCleanup, cleanup_body, None, hloc)?;
                self.visit_body(&h.body)?;
                self.pop_fblock();
                self.emit0(Opcode::PopBlock, none);
                self.emit0(Opcode::PopExcept, none);
                self.jump(Opcode::Jump, end, none);
            }
            self.use_label(except);
        }
        self.pop_fblock();
        self.emit(Opcode::Reraise, 0, none);
        self.use_label(cleanup);
        self.pop_except_and_reraise(none);
        self.use_label(end);
        Ok(())
    }

    fn try_star(&mut self, t: &'a ast::StmtTry) -> CResult {
        if !t.finalbody.is_empty() {
            self.try_finally(t)
        } else {
            self.try_star_except(t)
        }
    }

    /// `compiler_try_star_except`.
    fn try_star_except(&mut self, t: &'a ast::StmtTry) -> CResult {
        let loc = self.loc(t.range);
        let none = Location::NONE;
        let body = self.new_label();
        let except = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        self.jump(Opcode::SetupFinally, except, loc);
        self.use_label(body);
        self.push_fblock(FBlockKind::TryExcept, body, None, loc)?;
        self.visit_body(&t.body)?;
        self.pop_fblock();
        self.emit0(Opcode::PopBlock, none);
        self.jump(Opcode::Jump, orelse, none);
        let n = t.handlers.len();
        self.use_label(except);
        self.jump(Opcode::SetupCleanup, cleanup, none);
        self.emit0(Opcode::PushExcInfo, none);
        let eh = self.new_label();
        self.push_fblock(FBlockKind::ExceptionGroupHandler, eh, None, loc)?;
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let hloc = self.loc(h.range);
            let next_except = self.new_label();
            let except_with_error = self.new_label();
            let no_match = self.new_label();
            if i == 0 {
                // A list for the exceptions raised in the handlers, and a copy of the group.
                self.emit(Opcode::BuildList, 0, hloc);
                self.emit(Opcode::Copy, 2, hloc);
            }
            if let Some(ty) = &h.type_ {
                self.visit_expr(ty)?;
                self.emit0(Opcode::CheckEgMatch, hloc);
                self.emit(Opcode::Copy, 1, hloc);
                self.jump(Opcode::PopJumpIfNone, no_match, hloc);
            }
            let cleanup_end = self.new_label();
            let cleanup_body = self.new_label();
            match &h.name {
                Some(name) => self.nameop(&name.id, ExprContext::Store, hloc)?,
                None => self.emit0(Opcode::PopTop, hloc),
            }
            self.jump(Opcode::SetupCleanup, cleanup_end, hloc);
            self.use_label(cleanup_body);
            self.push_fblock(FBlockKind::HandlerCleanup, cleanup_body, None, hloc)?;
            if let Some(name) = &h.name {
                self.u().fblocks.last_mut().expect("fblock").name = Some(name.id.to_string());
            }
            self.visit_body(&h.body)?;
            self.pop_fblock();
            self.emit0(Opcode::PopBlock, none);
            if let Some(name) = &h.name {
                self.load_const(Constant::None, none);
                self.nameop(&name.id, ExprContext::Store, none)?;
                self.nameop(&name.id, ExprContext::Del, none)?;
            }
            self.jump(Opcode::Jump, next_except, none);
            self.use_label(cleanup_end);
            if let Some(name) = &h.name {
                self.load_const(Constant::None, none);
                self.nameop(&name.id, ExprContext::Store, none)?;
                self.nameop(&name.id, ExprContext::Del, none)?;
            }
            self.emit(Opcode::ListAppend, 3, none);
            self.emit0(Opcode::PopTop, none);
            self.jump(Opcode::Jump, except_with_error, none);
            self.use_label(next_except);
            self.emit0(Opcode::Nop, none);
            self.jump(Opcode::Jump, except_with_error, none);
            self.use_label(no_match);
            self.emit0(Opcode::PopTop, hloc);
            self.use_label(except_with_error);
            if i == n - 1 {
                self.emit(Opcode::ListAppend, 1, none);
                self.jump(Opcode::Jump, reraise_star, none);
            }
        }
        self.pop_fblock();
        let reraise = self.new_label();
        self.use_label(reraise_star);
        self.emit(
            Opcode::CallIntrinsic2,
            super::INTRINSIC_PREP_RERAISE_STAR,
            none,
        );
        self.emit(Opcode::Copy, 1, none);
        self.jump(Opcode::PopJumpIfNotNone, reraise, none);
        self.emit0(Opcode::PopTop, none);
        self.emit0(Opcode::PopBlock, none);
        self.emit0(Opcode::PopExcept, none);
        self.jump(Opcode::Jump, end, none);
        self.use_label(reraise);
        self.emit0(Opcode::PopBlock, none);
        self.emit(Opcode::Swap, 2, none);
        self.emit0(Opcode::PopExcept, none);
        self.emit(Opcode::Reraise, 0, none);
        self.use_label(cleanup);
        self.pop_except_and_reraise(none);
        self.use_label(orelse);
        self.visit_body(&t.orelse)?;
        self.use_label(end);
        Ok(())
    }

    /// `compiler_assert`.
    fn assert_stmt(&mut self, a: &'a ast::StmtAssert) -> CResult {
        let loc = self.loc(a.range);
        let always_true = match &*a.test {
            Expr::Tuple(t) => !t.elts.is_empty(),
            _ => false,
        };
        if always_true {
            self.warn(
                WarningCategory::SyntaxWarning,
                "assertion is always true, perhaps remove parentheses?".into(),
                a.range,
            );
        }
        let end = self.new_label();
        self.jump_if(loc, &a.test, end, true)?;
        self.emit0(Opcode::LoadAssertionError, loc);
        if let Some(m) = &a.msg {
            self.visit_expr(m)?;
            self.emit(Opcode::Call, 0, loc);
        }
        self.emit(Opcode::RaiseVarargs, 1, loc);
        self.use_label(end);
        Ok(())
    }

    /// `compiler_import`.
    fn import(&mut self, i: &'a ast::StmtImport) -> CResult {
        let loc = self.loc(i.range);
        for alias in &i.names {
            self.load_const(Constant::Int(0.into()), loc);
            self.load_const(Constant::None, loc);
            self.emit_name(Opcode::ImportName, &alias.name.id, loc);
            let name = alias.name.id.as_str();
            if let Some(asname) = &alias.asname {
                // compiler_import_as: walk the dotted path with IMPORT_FROM.
                let parts: Vec<&str> = name.split('.').collect();
                if parts.len() > 1 {
                    for (k, attr) in parts[1..].iter().enumerate() {
                        let idx = self.add_name(attr);
                        self.emit(Opcode::ImportFrom, idx, loc);
                        if k + 2 < parts.len() {
                            self.emit(Opcode::Swap, 2, loc);
                            self.emit0(Opcode::PopTop, loc);
                        }
                    }
                    self.nameop(&asname.id, ExprContext::Store, loc)?;
                    self.emit0(Opcode::PopTop, loc);
                } else {
                    self.nameop(&asname.id, ExprContext::Store, loc)?;
                }
            } else {
                let store = name.split('.').next().unwrap_or(name);
                self.nameop(store, ExprContext::Store, loc)?;
            }
        }
        Ok(())
    }

    /// `compiler_from_import`.
    fn import_from(&mut self, i: &'a ast::StmtImportFrom) -> CResult {
        let loc = self.loc(i.range);
        self.load_const(Constant::Int(i.level.into()), loc);
        let names: Vec<Constant> = i
            .names
            .iter()
            .map(|a| Constant::Str(a.name.id.as_str().into()))
            .collect();
        if i.module
            .as_ref()
            .is_some_and(|m| m.id.as_str() == "__future__")
            && !self.is_future_import_position(i.range)
        {
            return Err(self.error(
                "from __future__ imports must occur at the beginning of the file",
                i.range,
            ));
        }
        self.load_const(Constant::Tuple(names.into()), loc);
        let module = i.module.as_ref().map_or("", |m| m.id.as_str());
        self.emit_name(Opcode::ImportName, module, loc);
        for (k, alias) in i.names.iter().enumerate() {
            if k == 0 && alias.name.id.as_str() == "*" {
                self.emit(Opcode::CallIntrinsic1, INTRINSIC_IMPORT_STAR, loc);
                self.emit0(Opcode::PopTop, Location::NONE);
                return Ok(());
            }
            self.emit_name(Opcode::ImportFrom, &alias.name.id, loc);
            let store = alias.asname.as_ref().unwrap_or(&alias.name);
            self.nameop(&store.id, ExprContext::Store, loc)?;
        }
        self.emit0(Opcode::PopTop, loc);
        Ok(())
    }

    /// `compiler_augassign`.
    fn augassign(&mut self, a: &'a ast::StmtAugAssign) -> CResult {
        let e = &*a.target;
        let mut loc = self.loc(e.range());
        match e {
            Expr::Attribute(at) => {
                self.visit_expr(&at.value)?;
                self.emit(Opcode::Copy, 1, loc);
                let l = self.update_start_location_to_match_attr(loc, at);
                self.emit_name(Opcode::LoadAttr, &at.attr.id, l);
            }
            Expr::Subscript(sub) => {
                self.visit_expr(&sub.value)?;
                if is_two_element_slice(&sub.slice) {
                    self.slice(&sub.slice)?;
                    self.emit(Opcode::Copy, 3, loc);
                    self.emit(Opcode::Copy, 3, loc);
                    self.emit(Opcode::Copy, 3, loc);
                    self.emit0(Opcode::BinarySlice, loc);
                } else {
                    self.visit_expr(&sub.slice)?;
                    self.emit(Opcode::Copy, 2, loc);
                    self.emit(Opcode::Copy, 2, loc);
                    self.emit0(Opcode::BinarySubscr, loc);
                }
            }
            Expr::Name(n) => {
                self.check_forbidden_name(&n.id, ExprContext::Store, n.range)?;
                self.nameop(&n.id, ExprContext::Load, loc)?
            }
            _ => return Err(self.error("invalid target for augmented assignment", e.range())),
        }
        let sloc = self.loc(a.range);
        self.visit_expr(&a.value)?;
        self.emit(Opcode::BinaryOp, super::expr::binop_arg(a.op, true), sloc);
        loc = self.loc(e.range());
        match e {
            Expr::Attribute(at) => {
                let l = self.update_start_location_to_match_attr(loc, at);
                self.emit(Opcode::Swap, 2, l);
                self.emit_name(Opcode::StoreAttr, &at.attr.id, l);
            }
            Expr::Subscript(sub) => {
                if is_two_element_slice(&sub.slice) {
                    self.emit(Opcode::Swap, 4, loc);
                    self.emit(Opcode::Swap, 3, loc);
                    self.emit(Opcode::Swap, 2, loc);
                    self.emit0(Opcode::StoreSlice, loc);
                } else {
                    self.emit(Opcode::Swap, 3, loc);
                    self.emit(Opcode::Swap, 2, loc);
                    self.emit0(Opcode::StoreSubscr, loc);
                }
            }
            Expr::Name(n) => self.nameop(&n.id, ExprContext::Store, loc)?,
            _ => {}
        }
        Ok(())
    }

    /// `compiler_annassign`.
    fn annassign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult {
        let loc = self.loc(a.range);
        if let Some(v) = &a.value {
            self.visit_expr(v)?;
            self.visit_expr(&a.target)?;
        }
        let module_or_class = matches!(self.ur().scope_type, ScopeType::Module | ScopeType::Class);
        match &*a.target {
            Expr::Name(n) => {
                // Without a value the target is not compiled: the statement is reported.
                self.check_forbidden_name(&n.id, ExprContext::Store, a.range)?;
                if a.simple && module_or_class {
                    if self.future_annotations {
                        let text = self.unparse(&a.annotation);
                        let aloc = self.loc(a.annotation.range());
                        self.load_const(Constant::Str(text.into()), aloc);
                    } else {
                        self.visit_expr(&a.annotation)?;
                    }
                    self.emit_name(Opcode::LoadName, "__annotations__", loc);
                    let mangled = self.mangle(&n.id);
                    self.load_const(Constant::Str(mangled.into()), loc);
                    self.emit0(Opcode::StoreSubscr, loc);
                }
            }
            Expr::Attribute(at) => {
                self.check_forbidden_name(&at.attr.id, ExprContext::Store, a.range)?;
                if a.value.is_none() {
                    self.check_ann_expr(&at.value)?;
                }
            }
            Expr::Subscript(s) => {
                if a.value.is_none() {
                    self.check_ann_expr(&s.value)?;
                    self.check_ann_subscr(&s.slice)?;
                }
            }
            _ => return Err(self.error("invalid node type for annotated assignment", a.range)),
        }
        if !a.simple && !self.future_annotations && module_or_class {
            self.check_ann_expr(&a.annotation)?;
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> CResult {
        self.visit_expr(e)?;
        let loc = self.loc(e.range());
        self.emit0(Opcode::PopTop, loc);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult {
        match e {
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.check_ann_expr(part)?;
                }
                Ok(())
            }
            Expr::Tuple(t) => {
                for elt in &t.elts {
                    self.check_ann_subscr(elt)?;
                }
                Ok(())
            }
            _ => self.check_ann_expr(e),
        }
    }

    /// `compiler_typealias`.
    fn typealias(&mut self, t: &'a ast::StmtTypeAlias) -> CResult {
        let loc = self.loc(t.range);
        let Expr::Name(n) = &*t.name else {
            return Err(self.error("invalid type alias name", t.range));
        };
        let name = n.id.as_str();
        if let Some(tp) = &t.type_params {
            self.emit0(Opcode::PushNull, loc);
            let ste = self
                .st
                .lookup_node(&**tp)
                .ok_or_else(|| self.error("compiler error: no type-param scope", t.range))?;
            let tname = format!("<generic parameters of {name}>");
            self.enter_scope(&tname, ScopeType::TypeParams, ste, loc.lineno as u32)?;
            self.load_const(Constant::Str(name.into()), loc);
            self.type_params(tp)?;
        } else {
            self.load_const(Constant::Str(name.into()), loc);
            self.load_const(Constant::None, loc);
        }
        let ste = self
            .st
            .lookup_node(t)
            .ok_or_else(|| self.error("compiler error: no type alias scope", t.range))?;
        self.enter_scope(name, ScopeType::Function, ste, loc.lineno as u32)?;
        self.add_const(Constant::None);
        self.visit_expr(&t.value)?;
        self.emit0(Opcode::ReturnValue, loc);
        let code = self.finish_code(false)?;
        self.make_closure(code, 0, loc)?;
        self.emit(Opcode::BuildTuple, 3, loc);
        self.emit(Opcode::CallIntrinsic1, INTRINSIC_TYPEALIAS, loc);
        if t.type_params.is_some() {
            let code = self.finish_code(false)?;
            self.make_closure(code, 0, loc)?;
            self.emit(Opcode::Call, 0, loc);
        }
        self.nameop(name, ExprContext::Store, loc)
    }

    /// Whether a `from __future__` import at `range` is among the module's first statements.
    fn is_future_import_position(&self, range: TextRange) -> bool {
        self.future_ok_until
            .is_some_and(|end| range.start().to_u32() <= end)
    }
}

/// `is_two_element_slice`.
pub(crate) fn is_two_element_slice(e: &Expr) -> bool {
    matches!(e, Expr::Slice(s) if s.step.is_none())
}
