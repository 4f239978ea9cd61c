//! `match` statements and patterns (PEP 634; `compiler_match` and `compiler_pattern_*` in
//! `compile.c`).
//!
//! Every pattern routine consumes the subject on top of the stack and jumps to a "fail_pop"
//! label on failure; `on_top` counts the items above the subject that a failure must pop.
//! Captured values stay on the stack, below those items, until the whole pattern matched,
//! and are then stored in order.

use pydive_bytecode::{Constant, Opcode};
use ruff_python_ast::{self as ast, CmpOp, Expr, ExprContext, Pattern, Singleton};
use ruff_text_size::{Ranged, TextRange};

use super::{CResult, Compiler};
use crate::ast_opt;
use crate::ir::{Label, Location};

/// `pattern_context`.
#[derive(Clone, Default)]
struct PatternContext {
    stores: Vec<String>,
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

fn is_wildcard_star(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Compiler<'a> {
    /// `compiler_match`.
    pub fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.visit_expr(&m.subject)?;
        let end = self.new_label();
        let cases = m.cases.len();
        let last = &m.cases[cases - 1];
        let has_default = is_wildcard(&last.pattern) && cases > 1;
        let n = cases - usize::from(has_default);
        for (i, case) in m.cases[..n].iter().enumerate() {
            let ploc = self.loc(case.pattern.range());
            if i != n - 1 {
                self.emit(Opcode::Copy, 1, ploc);
            }
            let mut pc = PatternContext {
                allow_irrefutable: case.guard.is_some() || i == cases - 1,
                ..Default::default()
            };
            self.pattern(&case.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.nameop(&name, ExprContext::Store, ploc)?;
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(ploc, guard, target, false)?;
            }
            if i != n - 1 {
                self.emit0(Opcode::PopTop, ploc);
            }
            self.visit_body(&case.body)?;
            self.jump(Opcode::Jump, end, Location::NONE);
            self.emit_and_reset_fail_pop(ploc, &mut pc);
        }
        if has_default {
            let ploc = self.loc(last.pattern.range());
            if cases == 1 {
                self.emit0(Opcode::PopTop, ploc);
            } else {
                self.emit0(Opcode::Nop, ploc);
            }
            if let Some(guard) = &last.guard {
                self.jump_if(ploc, guard, end, false)?;
            }
            self.visit_body(&last.body)?;
        }
        self.use_label(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    fn jump_to_fail_pop(&mut self, loc: Location, pc: &mut PatternContext, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.jump(op, pc.fail_pop[pops], loc);
    }

    fn emit_and_reset_fail_pop(&mut self, loc: Location, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            return;
        }
        let labels = std::mem::take(&mut pc.fail_pop);
        for &l in labels[1..].iter().rev() {
            self.use_label(l);
            self.emit0(Opcode::PopTop, loc);
        }
        self.use_label(labels[0]);
    }

    fn pattern_rotate(&mut self, loc: Location, mut count: usize) {
        while count > 1 {
            self.emit(Opcode::Swap, count as u32, loc);
            count -= 1;
        }
    }

    fn pattern_store_name(
        &mut self,
        loc: Location,
        name: Option<&ast::Identifier>,
        pc: &mut PatternContext,
        range: TextRange,
    ) -> CResult {
        let Some(name) = name else {
            self.emit0(Opcode::PopTop, loc);
            return Ok(());
        };
        self.check_forbidden_name(&name.id, ExprContext::Store, range)?;
        if pc.stores.iter().any(|s| s == name.id.as_str()) {
            return Err(self.error(
                format!("multiple assignments to name '{}' in pattern", name.id),
                range,
            ));
        }
        let rotations = pc.on_top + pc.stores.len() + 1;
        self.pattern_rotate(loc, rotations);
        pc.stores.push(name.id.to_string());
        Ok(())
    }

    fn pattern_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        self.enter_depth(p.range())?;
        let r = self.pattern_inner(p, pc);
        self.depth -= 1;
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult {
        let loc = self.loc(p.range());
        match p {
            Pattern::MatchValue(v) => {
                let ok =
                    ast_opt::fold(&v.value).is_some() || matches!(&*v.value, Expr::Attribute(_));
                if !ok {
                    return Err(self.error(
                        "patterns may only match literals and attribute lookups",
                        v.range,
                    ));
                }
                self.visit_expr(&v.value)?;
                self.addcompare(CmpOp::Eq, loc);
                self.jump_to_fail_pop(loc, pc, Opcode::PopJumpIfFalse);
            }
            Pattern::MatchSingleton(s) => {
                let c = match s.value {
                    Singleton::None => Constant::None,
                    Singleton::True => Constant::Bool(true),
                    Singleton::False => Constant::Bool(false),
                };
                self.load_const(c, loc);
                self.addcompare(CmpOp::Is, loc);
                self.jump_to_fail_pop(loc, pc, Opcode::PopJumpIfFalse);
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(s, pc, loc)?,
            Pattern::MatchMapping(m) => self.pattern_mapping(m, pc, loc)?,
            Pattern::MatchClass(c) => self.pattern_class(c, pc, loc)?,
            Pattern::MatchStar(s) => {
                self.pattern_store_name(loc, s.name.as_ref(), pc, s.range)?;
            }
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => {
                                format!(
                                    "name capture '{}' makes remaining patterns unreachable",
                                    n.id
                                )
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.error(msg, a.range));
                    }
                    self.pattern_store_name(loc, a.name.as_ref(), pc, a.range)?;
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.emit(Opcode::Copy, 1, loc);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.pattern_store_name(loc, a.name.as_ref(), pc, a.range)?;
                }
            },
            Pattern::MatchOr(o) => self.pattern_or(o, pc, loc)?,
        }
        Ok(())
    }

    /// `compiler_pattern_sequence`.
    fn pattern_sequence(
        &mut self,
        s: &'a ast::PatternMatchSequence,
        pc: &mut PatternContext,
        loc: Location,
    ) -> CResult {
        let patterns = &s.patterns;
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p, Pattern::MatchStar(_)) {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern", s.range));
                }
                star_wildcard = is_wildcard_star(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        pc.on_top += 1;
        self.emit0(Opcode::MatchSequence, loc);
        self.jump_to_fail_pop(loc, pc, Opcode::PopJumpIfFalse);
        match star {
            None => {
                self.emit0(Opcode::GetLen, loc);
                self.load_const(Constant::Int((size as u64).into()), loc);
                self.addcompare(CmpOp::Eq, loc);
                self.jump_to_fail_pop(loc, pc, Opcode::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.emit0(Opcode::GetLen, loc);
                self.load_const(Constant::Int(((size - 1) as u64).into()), loc);
                self.addcompare(CmpOp::GtE, loc);
                self.jump_to_fail_pop(loc, pc, Opcode::PopJumpIfFalse);
            }
            _ => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.emit0(Opcode::PopTop, loc);
        } else if star_wildcard {
            self.pattern_sequence_subscr(loc, patterns, star.unwrap_or(0), pc)?;
        } else {
            self.pattern_sequence_unpack(loc, patterns, pc, s.range)?;
        }
        Ok(())
    }

    /// `pattern_helper_sequence_unpack`.
    fn pattern_sequence_unpack(
        &mut self,
        loc: Location,
        patterns: &'a [Pattern],
        pc: &mut PatternContext,
        range: TextRange,
    ) -> CResult {
        let n = patterns.len();
        let mut seen_star = false;
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p, Pattern::MatchStar(_)) {
                if seen_star {
                    return Err(
                        self.error("multiple starred expressions in sequence pattern", range)
                    );
                }
                if i >= 256 {
                    return Err(self.error(
                        "too many expressions in star-unpacking sequence pattern",
                        range,
                    ));
                }
                self.emit(Opcode::UnpackEx, (i + ((n - i - 1) << 8)) as u32, loc);
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Opcode::UnpackSequence, n as u32, loc);
        }
        pc.on_top += n;
        for p in patterns {
            pc.on_top -= 1;
            self.pattern_subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `pattern_helper_sequence_subscr`: index the subject instead of unpacking it.
    fn pattern_sequence_subscr(
        &mut self,
        loc: Location,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> CResult {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.emit(Opcode::Copy, 1, loc);
            if i < star {
                self.load_const(Constant::Int((i as u64).into()), loc);
            } else {
                self.emit0(Opcode::GetLen, loc);
                self.load_const(Constant::Int(((size - i) as u64).into()), loc);
                self.emit(
                    Opcode::BinaryOp,
                    super::expr::binop_arg(ast::Operator::Sub, false),
                    loc,
                );
            }
            self.emit0(Opcode::BinarySubscr, loc);
            self.pattern_subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.emit0(Opcode::PopTop, loc);
        Ok(())
    }

    /// `compiler_pattern_class`.
    fn pattern_class(
        &mut self,
        c: &'a ast::PatternMatchClass,
        pc: &mut PatternContext,
        loc: Location,
    ) -> CResult {
        let patterns = &c.arguments.patterns;
        let kwds = &c.arguments.keywords;
        let nargs = patterns.len();
        let nattrs = kwds.len();
        for (i, k) in kwds.iter().enumerate() {
            self.check_forbidden_name(&k.attr.id, ExprContext::Store, k.pattern.range())?;
            for other in &kwds[i + 1..] {
                if other.attr.id == k.attr.id {
                    return Err(self.error(
                        format!("attribute name repeated in class pattern: {}", k.attr.id),
                        other.pattern.range(),
                    ));
                }
            }
        }
        self.visit_expr(&c.cls)?;
        let names: Vec<Constant> = kwds
            .iter()
            .map(|k| Constant::Str(k.attr.id.as_str().into()))
            .collect();
        self.load_const(Constant::Tuple(names.into()), loc);
        self.emit(Opcode::MatchClass, nargs as u32, loc);
        self.emit(Opcode::Copy, 1, loc);
        self.load_const(Constant::None, loc);
        self.emit(Opcode::IsOp, 1, loc);
        pc.on_top += 1;
        self.jump_to_fail_pop(loc, pc, Opcode::PopJumpIfFalse);
        self.emit(Opcode::UnpackSequence, (nargs + nattrs) as u32, loc);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        for i in 0..nargs + nattrs {
            pc.on_top -= 1;
            let p = if i < nargs {
                &patterns[i]
            } else {
                &kwds[i - nargs].pattern
            };
            if is_wildcard(p) {
                self.emit0(Opcode::PopTop, loc);
                continue;
            }
            self.pattern_subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `compiler_pattern_mapping`.
    fn pattern_mapping(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        pc: &mut PatternContext,
        loc: Location,
    ) -> CResult {
        let keys = &m.keys;
        let patterns = &m.patterns;
        let size = keys.len();
        let star_target = m.rest.as_ref();
        pc.on_top += 1;
        self.emit0(Opcode::MatchMapping, loc);
        self.jump_to_fail_pop(loc, pc, Opcode::PopJumpIfFalse);
        if size == 0 && star_target.is_none() {
            pc.on_top -= 1;
            self.emit0(Opcode::PopTop, loc);
            return Ok(());
        }
        if size > 0 {
            self.emit0(Opcode::GetLen, loc);
            self.load_const(Constant::Int((size as u64).into()), loc);
            self.addcompare(CmpOp::GtE, loc);
            self.jump_to_fail_pop(loc, pc, Opcode::PopJumpIfFalse);
        }
        let mut seen: Vec<String> = Vec::new();
        for key in keys.iter() {
            if let Some(c) = ast_opt::fold(key) {
                let k = ast_opt::const_key(&c);
                if seen.contains(&k) {
                    let repr = pydive_bytecode::pyrepr::constant_repr(
                        &c,
                        &pydive_bytecode::pyrepr::DefaultCodeRepr,
                    );
                    let msg = format!("mapping pattern checks duplicate key ({repr})");
                    return Err(self.error(&msg, m.range));
                }
                seen.push(k);
            } else if !matches!(key, Expr::Attribute(_)) {
                return Err(self.error(
                    "mapping pattern keys may only match literals and attribute lookups",
                    m.range,
                ));
            }
            self.visit_expr(key)?;
        }
        self.emit(Opcode::BuildTuple, size as u32, loc);
        self.emit0(Opcode::MatchKeys, loc);
        pc.on_top += 2;
        self.emit(Opcode::Copy, 1, loc);
        self.load_const(Constant::None, loc);
        self.emit(Opcode::IsOp, 1, loc);
        self.jump_to_fail_pop(loc, pc, Opcode::PopJumpIfFalse);
        self.emit(Opcode::UnpackSequence, size as u32, loc);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in patterns.iter() {
            pc.on_top -= 1;
            self.pattern_subpattern(p, pc)?;
        }
        pc.on_top -= 2;
        if let Some(star) = star_target {
            self.emit(Opcode::BuildMap, 0, loc);
            self.emit(Opcode::Swap, 3, loc);
            self.emit(Opcode::DictUpdate, 2, loc);
            self.emit(Opcode::UnpackSequence, size as u32, loc);
            let mut remaining = size;
            while remaining > 0 {
                self.emit(Opcode::Copy, (1 + remaining) as u32, loc);
                remaining -= 1;
                self.emit(Opcode::Swap, 2, loc);
                self.emit0(Opcode::DeleteSubscr, loc);
            }
            self.pattern_store_name(loc, Some(star), pc, m.range)?;
        } else {
            self.emit0(Opcode::PopTop, loc);
            self.emit0(Opcode::PopTop, loc);
        }
        Ok(())
    }

    /// `compiler_pattern_or`.
    fn pattern_or(
        &mut self,
        o: &'a ast::PatternMatchOr,
        pc: &mut PatternContext,
        loc: Location,
    ) -> CResult {
        let end = self.new_label();
        let size = o.patterns.len();
        let old_pc = pc.clone();
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in o.patterns.iter().enumerate() {
            let aloc = self.loc(alt.range());
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == size - 1 && old_pc.allow_irrefutable;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Opcode::Copy, 1, aloc);
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) if ctl.len() != nstores => {
                    return Err(self.error("alternative patterns bind different names", o.range));
                }
                Some(ctl) => {
                    let ctl = ctl.clone();
                    let mut icontrol = nstores;
                    while icontrol > 0 {
                        icontrol -= 1;
                        let name = &ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return Err(
                                self.error("alternative patterns bind different names", o.range)
                            );
                        };
                        if icontrol != istores {
                            // Reorder the captures to the first alternative's order.
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(0..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.pattern_rotate(aloc, icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.jump(Opcode::Jump, end, aloc);
            self.emit_and_reset_fail_pop(aloc, pc);
        }
        let control = control.unwrap_or_default();
        *pc = old_pc;
        self.emit0(Opcode::PopTop, loc);
        self.jump_to_fail_pop(loc, pc, Opcode::Jump);
        self.use_label(end);
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control.iter().take(nstores) {
            self.pattern_rotate(loc, nrots);
            if pc.stores.contains(name) {
                return Err(self.error(
                    format!("multiple assignments to name '{name}' in pattern"),
                    o.range,
                ));
            }
            pc.stores.push(name.clone());
        }
        self.emit0(Opcode::PopTop, loc);
        Ok(())
    }
}
