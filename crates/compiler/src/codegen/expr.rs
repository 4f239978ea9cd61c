//! Expressions (`compiler_visit_expr1` and its helpers in `compile.c`): names, constants,
//! operators, calls, attribute access, subscripts, displays, f-strings, lambdas, `yield`,
//! `await`, and the conditional-jump compiler `jump_if`.

use pydive_bytecode::{Constant, Opcode};
use ruff_python_ast::{
    self as ast, BoolOp, CmpOp, ConversionFlag, Expr, ExprContext, InterpolatedStringElement,
    Operator, UnaryOp,
};
use ruff_text_size::{Ranged, TextRange};

use super::{
    CResult, Compiler, ScopeType, INTRINSIC_ASYNC_GEN_WRAP, INTRINSIC_LIST_TO_TUPLE,
    INTRINSIC_UNARY_POSITIVE, STACK_USE_GUIDELINE,
};
use crate::ast_opt;
use crate::error::{SourceIndex, WarningCategory};
use crate::ir::{Label, Location};
use crate::symtable::{Scope, SymbolTable, DEF_IMPORT};

/// BINARY_OP's oparg for an operator (`opcode._nb_ops` order).
pub(crate) fn binop_arg(op: Operator, inplace: bool) -> u32 {
    let base = match op {
        Operator::Add => 0,
        Operator::BitAnd => 1,
        Operator::FloorDiv => 2,
        Operator::LShift => 3,
        Operator::MatMult => 4,
        Operator::Mult => 5,
        Operator::Mod => 6,
        Operator::BitOr => 7,
        Operator::Pow => 8,
        Operator::RShift => 9,
        Operator::Sub => 10,
        Operator::Div => 11,
        Operator::BitXor => 12,
    };
    if inplace {
        base + 13
    } else {
        base
    }
}

/// The source text of an expression, for `from __future__ import annotations`.
pub(crate) fn unparse_source(src: &SourceIndex, e: &Expr) -> String {
    super::unparse::unparse(src, e)
}

/// A piece of the f-string `optimize_format` makes from `%`-formatting.
enum PercentPart<'a> {
    Lit(String),
    Value(&'a Expr, u32, Option<String>),
}

/// A piece of an f-string after CPython's parser has merged adjacent literal text.
enum FPart<'a> {
    Lit(String, TextRange),
    Value(&'a ast::InterpolatedElement),
}

/// `infer_type` names, for the "missed a comma" and `is` warnings.
fn infer_type_name(e: &Expr) -> Option<&'static str> {
    if let Some(c) = ast_opt::fold(e) {
        return Some(match c {
            Constant::None => "NoneType",
            Constant::Ellipsis => "ellipsis",
            Constant::Bool(_) => "bool",
            Constant::Int(_) => "int",
            Constant::Float(_) => "float",
            Constant::Complex { .. } => "complex",
            Constant::Str(_) => "str",
            Constant::Bytes(_) => "bytes",
            Constant::Tuple(_) => "tuple",
            Constant::FrozenSet(_) => "frozenset",
            Constant::Code(_) => "code",
        });
    }
    Some(match e {
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::Generator(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::FString(_) => "str",
        _ => return None,
    })
}

impl<'a> Compiler<'a> {
    pub fn visit_expr(&mut self, e: &'a Expr) -> CResult {
        self.enter_depth(e.range())?;
        let r = self.visit_expr_inner(e);
        self.depth -= 1;
        r
    }

    fn visit_expr_inner(&mut self, e: &'a Expr) -> CResult {
        let loc = self.loc(e.range());
        // ast_opt: a constant after folding is just a LOAD_CONST.
        if !matches!(e, Expr::Name(_)) || is_debug_name(e) {
            if let Some(c) = ast_opt::fold(e) {
                self.load_const(c, loc);
                return Ok(());
            }
        }
        match e {
            Expr::Named(n) => {
                self.visit_expr(&n.value)?;
                self.emit(Opcode::Copy, 1, loc);
                self.visit_expr(&n.target)?;
            }
            Expr::BoolOp(b) => self.boolop(b, loc)?,
            Expr::BinOp(b) => {
                if let Some(parts) = self.optimize_format(b) {
                    return self.format_parts(parts, loc);
                }
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
                self.emit(Opcode::BinaryOp, binop_arg(b.op, false), loc);
            }
            Expr::UnaryOp(u) => {
                if u.op == UnaryOp::Not {
                    if let Some(inverted) = self.fold_not_compare(u, loc)? {
                        return inverted;
                    }
                }
                self.visit_expr(&u.operand)?;
                match u.op {
                    UnaryOp::UAdd => {
                        self.emit(Opcode::CallIntrinsic1, INTRINSIC_UNARY_POSITIVE, loc)
                    }
                    UnaryOp::Invert => self.emit0(Opcode::UnaryInvert, loc),
                    UnaryOp::Not => self.emit0(Opcode::UnaryNot, loc),
                    UnaryOp::USub => self.emit0(Opcode::UnaryNegative, loc),
                }
            }
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::If(i) => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(loc, &i.test, next, false)?;
                self.visit_expr(&i.body)?;
                self.jump(Opcode::Jump, end, Location::NONE);
                self.use_label(next);
                self.visit_expr(&i.orelse)?;
                self.use_label(end);
            }
            Expr::Dict(d) => self.dict(d, loc)?,
            Expr::Set(s) => self.starunpack_helper(
                loc,
                &s.elts,
                0,
                Opcode::BuildSet,
                Opcode::SetAdd,
                Opcode::SetUpdate,
                false,
            )?,
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
                self.comprehension(e)?
            }
            Expr::Yield(y) => {
                if !self.ste().is_function_like() {
                    return Err(self.error("'yield' outside function", y.range));
                }
                match &y.value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(Constant::None, loc),
                }
                self.add_yield(loc);
            }
            Expr::YieldFrom(y) => {
                if !self.ste().is_function_like() {
                    return Err(self.error("'yield' outside function", y.range));
                }
                if self.ur().scope_type == ScopeType::AsyncFunction {
                    return Err(self.error("'yield from' inside async function", y.range));
                }
                self.visit_expr(&y.value)?;
                self.emit0(Opcode::GetYieldFromIter, loc);
                self.load_const(Constant::None, loc);
                self.add_yield_from(loc, false);
            }
            Expr::Await(a) => {
                if !self.is_top_level_await() {
                    if !self.ste().is_function_like() {
                        return Err(self.error("'await' outside function", a.range));
                    }
                    if !matches!(
                        self.ur().scope_type,
                        ScopeType::AsyncFunction | ScopeType::Comprehension
                    ) {
                        return Err(self.error("'await' outside async function", a.range));
                    }
                }
                self.visit_expr(&a.value)?;
                self.emit(Opcode::GetAwaitable, 0, loc);
                self.load_const(Constant::None, loc);
                self.add_yield_from(loc, true);
            }
            Expr::Compare(c) => self.compare(c, loc)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FString(f) => self.fstring(f, loc)?,
            Expr::TString(t) => return Err(self.error("invalid syntax", t.range)),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                // Folded above; reaching here means a literal ast_opt could not represent.
                return Err(self.not_implemented("this literal", e.range()));
            }
            Expr::Attribute(a) => self.attribute(a, loc)?,
            Expr::Subscript(s) => self.subscript(s, loc)?,
            Expr::Starred(s) => {
                let msg = if s.ctx == ExprContext::Store {
                    "starred assignment target must be in a list or tuple"
                } else {
                    "can't use starred expression here"
                };
                return Err(self.error(msg, s.range));
            }
            Expr::Slice(s) => {
                let n = self.slice(e)?;
                let _ = s;
                self.emit(Opcode::BuildSlice, n, loc);
            }
            Expr::Name(n) => {
                self.check_forbidden_name(&n.id, n.ctx, n.range)?;
                self.nameop(&n.id, n.ctx, loc)?
            }
            Expr::List(l) => match l.ctx {
                ExprContext::Store => self.assignment_helper(loc, l.range, &l.elts)?,
                ExprContext::Load => self.starunpack_helper(
                    loc,
                    &l.elts,
                    0,
                    Opcode::BuildList,
                    Opcode::ListAppend,
                    Opcode::ListExtend,
                    false,
                )?,
                _ => {
                    for elt in &l.elts {
                        self.visit_expr(elt)?;
                    }
                }
            },
            Expr::Tuple(t) => match t.ctx {
                ExprContext::Store => self.assignment_helper(loc, t.range, &t.elts)?,
                ExprContext::Load => self.starunpack_helper(
                    loc,
                    &t.elts,
                    0,
                    Opcode::BuildList,
                    Opcode::ListAppend,
                    Opcode::ListExtend,
                    true,
                )?,
                _ => {
                    for elt in &t.elts {
                        self.visit_expr(elt)?;
                    }
                }
            },
            Expr::IpyEscapeCommand(c) => return Err(self.error("invalid syntax", c.range)),
        }
        Ok(())
    }

    /// ast_opt's `fold_unaryop` turns `not (a is b)` into `a is not b` (and `in` into
    /// `not in`).
    fn fold_not_compare(
        &mut self,
        u: &'a ast::ExprUnaryOp,
        loc: Location,
    ) -> CResult<Option<CResult>> {
        let Expr::Compare(c) = &*u.operand else {
            return Ok(None);
        };
        if c.ops.len() != 1 {
            return Ok(None);
        }
        let inverted = match c.ops[0] {
            CmpOp::Is => CmpOp::IsNot,
            CmpOp::IsNot => CmpOp::Is,
            CmpOp::In => CmpOp::NotIn,
            CmpOp::NotIn => CmpOp::In,
            _ => return Ok(None),
        };
        // The rewritten node keeps the Compare's location.
        let _ = loc;
        let cloc = self.loc(c.range);
        self.check_compare(&c.left, &[inverted], &c.comparators, c.range)?;
        self.visit_expr(&c.left)?;
        self.visit_compare_operand(&c.comparators[0], inverted)?;
        self.addcompare(inverted, cloc);
        Ok(Some(Ok(())))
    }

    /// `addop_yield`.
    pub fn add_yield(&mut self, loc: Location) {
        let ste = self.ste();
        if ste.generator && ste.coroutine {
            self.emit(Opcode::CallIntrinsic1, INTRINSIC_ASYNC_GEN_WRAP, loc);
        }
        self.emit(Opcode::YieldValue, 0, loc);
        self.emit(Opcode::Resume, 1, loc);
    }

    /// `compiler_boolop`.
    fn boolop(&mut self, b: &'a ast::ExprBoolOp, loc: Location) -> CResult {
        let jumpi = if b.op == BoolOp::And {
            Opcode::PopJumpIfFalse
        } else {
            Opcode::PopJumpIfTrue
        };
        let end = self.new_label();
        let n = b.values.len() - 1;
        for v in &b.values[..n] {
            self.visit_expr(v)?;
            self.emit(Opcode::Copy, 1, loc);
            self.jump(jumpi, end, loc);
            self.emit0(Opcode::PopTop, loc);
        }
        self.visit_expr(&b.values[n])?;
        self.use_label(end);
        Ok(())
    }

    /// `compiler_jump_if`: evaluate `e` for its truth and jump to `next` if it is `cond`.
    pub fn jump_if(&mut self, loc: Location, e: &'a Expr, next: Label, cond: bool) -> CResult {
        self.enter_depth(e.range())?;
        let r = self.jump_if_inner(loc, e, next, cond);
        self.depth -= 1;
        r
    }

    fn jump_if_inner(&mut self, loc: Location, e: &'a Expr, next: Label, cond: bool) -> CResult {
        if ast_opt::fold(e).is_none() {
            match e {
                Expr::UnaryOp(u) if u.op == UnaryOp::Not => {
                    let folds_to_compare = matches!(&*u.operand, Expr::Compare(c)
                        if c.ops.len() == 1 && matches!(c.ops[0], CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn));
                    if !folds_to_compare {
                        return self.jump_if(loc, &u.operand, next, !cond);
                    }
                }
                Expr::BoolOp(b) => {
                    let cond2 = b.op == BoolOp::Or;
                    let next2 = if cond2 != cond {
                        self.new_label()
                    } else {
                        next
                    };
                    let n = b.values.len() - 1;
                    for v in &b.values[..n] {
                        self.jump_if(loc, v, next2, cond2)?;
                    }
                    self.jump_if(loc, &b.values[n], next, cond)?;
                    if next2 != next {
                        self.use_label(next2);
                    }
                    return Ok(());
                }
                Expr::If(i) => {
                    let end = self.new_label();
                    let next2 = self.new_label();
                    self.jump_if(loc, &i.test, next2, false)?;
                    self.jump_if(loc, &i.body, next, cond)?;
                    self.jump(Opcode::Jump, end, Location::NONE);
                    self.use_label(next2);
                    self.jump_if(loc, &i.orelse, next, cond)?;
                    self.use_label(end);
                    return Ok(());
                }
                Expr::Compare(c) if c.ops.len() > 1 => {
                    let eloc = self.loc(c.range);
                    self.check_compare(&c.left, &c.ops, &c.comparators, c.range)?;
                    let cleanup = self.new_label();
                    self.visit_expr(&c.left)?;
                    let n = c.ops.len() - 1;
                    for i in 0..n {
                        self.visit_compare_operand(&c.comparators[i], c.ops[i])?;
                        self.emit(Opcode::Swap, 2, eloc);
                        self.emit(Opcode::Copy, 2, eloc);
                        self.addcompare(c.ops[i], eloc);
                        self.jump(Opcode::PopJumpIfFalse, cleanup, eloc);
                    }
                    self.visit_compare_operand(&c.comparators[n], c.ops[n])?;
                    self.addcompare(c.ops[n], eloc);
                    let op = if cond {
                        Opcode::PopJumpIfTrue
                    } else {
                        Opcode::PopJumpIfFalse
                    };
                    self.jump(op, next, eloc);
                    let end = self.new_label();
                    self.jump(Opcode::Jump, end, Location::NONE);
                    self.use_label(cleanup);
                    self.emit0(Opcode::PopTop, eloc);
                    if !cond {
                        self.jump(Opcode::Jump, next, Location::NONE);
                    }
                    self.use_label(end);
                    return Ok(());
                }
                _ => {}
            }
        }
        self.visit_expr(e)?;
        // `not (a in b)` became the Compare `a not in b`, with the Compare's location.
        let erange = match e {
            Expr::UnaryOp(u) if u.op == UnaryOp::Not => match &*u.operand {
                Expr::Compare(c)
                    if c.ops.len() == 1
                        && matches!(
                            c.ops[0],
                            CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn
                        ) =>
                {
                    c.range
                }
                _ => e.range(),
            },
            _ => e.range(),
        };
        let eloc = self.loc(erange);
        let op = if cond {
            Opcode::PopJumpIfTrue
        } else {
            Opcode::PopJumpIfFalse
        };
        self.jump(op, next, eloc);
        Ok(())
    }

    /// `compiler_addcompare`.
    pub fn addcompare(&mut self, op: CmpOp, loc: Location) {
        // COMPARE_OP's oparg: the comparison in the high bits, its result mask in the low 4.
        let (opcode, arg) = match op {
            CmpOp::Lt => (Opcode::CompareOp, 2),
            CmpOp::LtE => (Opcode::CompareOp, (1 << 4) | 2 | 8),
            CmpOp::Eq => (Opcode::CompareOp, (2 << 4) | 8),
            CmpOp::NotEq => (Opcode::CompareOp, (3 << 4) | 7),
            CmpOp::Gt => (Opcode::CompareOp, (4 << 4) | 4),
            CmpOp::GtE => (Opcode::CompareOp, (5 << 4) | 4 | 8),
            CmpOp::Is => (Opcode::IsOp, 0),
            CmpOp::IsNot => (Opcode::IsOp, 1),
            CmpOp::In => (Opcode::ContainsOp, 0),
            CmpOp::NotIn => (Opcode::ContainsOp, 1),
        };
        self.emit(opcode, arg, loc);
    }

    /// The right operand of `in` / `not in`: ast_opt turns a list display into a tuple and
    /// a set display of constants into a frozenset.
    fn visit_compare_operand(&mut self, e: &'a Expr, op: CmpOp) -> CResult {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            if let Some(c) = ast_opt::fold_iter(e) {
                let loc = self.loc(e.range());
                self.load_const(c, loc);
                return Ok(());
            }
            if let Expr::List(l) = e {
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
        }
        self.visit_expr(e)
    }

    /// `check_compare`: SyntaxWarning for `is` with a literal.
    fn check_compare(
        &mut self,
        left: &Expr,
        ops: &[CmpOp],
        comparators: &[Expr],
        range: TextRange,
    ) -> CResult {
        let is_arg = |e: &Expr| match ast_opt::fold(e) {
            None => true,
            Some(c) => matches!(c, Constant::None | Constant::Bool(_) | Constant::Ellipsis),
        };
        let mut left_ok = is_arg(left);
        let mut left_expr = left;
        for (op, right) in ops.iter().zip(comparators) {
            let right_ok = is_arg(right);
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && (!right_ok || !left_ok) {
                let literal = if !left_ok { left_expr } else { right };
                let tname = infer_type_name(literal).unwrap_or("object");
                let msg = if *op == CmpOp::Is {
                    format!("\"is\" with '{tname}' literal. Did you mean \"==\"?")
                } else {
                    format!("\"is not\" with '{tname}' literal. Did you mean \"!=\"?")
                };
                self.warn(WarningCategory::SyntaxWarning, msg, range);
                return Ok(());
            }
            left_ok = right_ok;
            left_expr = right;
        }
        Ok(())
    }

    /// `compiler_compare`.
    fn compare(&mut self, c: &'a ast::ExprCompare, loc: Location) -> CResult {
        self.check_compare(&c.left, &c.ops, &c.comparators, c.range)?;
        self.visit_expr(&c.left)?;
        let n = c.ops.len() - 1;
        if n == 0 {
            self.visit_compare_operand(&c.comparators[0], c.ops[0])?;
            self.addcompare(c.ops[0], loc);
        } else {
            let cleanup = self.new_label();
            for i in 0..n {
                self.visit_compare_operand(&c.comparators[i], c.ops[i])?;
                self.emit(Opcode::Swap, 2, loc);
                self.emit(Opcode::Copy, 2, loc);
                self.addcompare(c.ops[i], loc);
                self.emit(Opcode::Copy, 1, loc);
                self.jump(Opcode::PopJumpIfFalse, cleanup, loc);
                self.emit0(Opcode::PopTop, loc);
            }
            self.visit_compare_operand(&c.comparators[n], c.ops[n])?;
            self.addcompare(c.ops[n], loc);
            let end = self.new_label();
            self.jump(Opcode::Jump, end, Location::NONE);
            self.use_label(cleanup);
            self.emit(Opcode::Swap, 2, loc);
            self.emit0(Opcode::PopTop, loc);
            self.use_label(end);
        }
        Ok(())
    }

    /// `starunpack_helper`: build a list / tuple / set from elements, some maybe starred.
    #[allow(clippy::too_many_arguments)]
    pub fn starunpack_helper(
        &mut self,
        loc: Location,
        elts: &'a [Expr],
        pushed: u32,
        build: Opcode,
        add: Opcode,
        extend: Opcode,
        tuple: bool,
    ) -> CResult {
        let n = elts.len();
        if n > 2 {
            let folded: Option<Vec<Constant>> = elts
                .iter()
                .map(|e| {
                    if e.is_starred_expr() {
                        None
                    } else {
                        ast_opt::fold(e)
                    }
                })
                .collect();
            if let Some(items) = folded {
                if tuple && pushed == 0 {
                    self.load_const(Constant::Tuple(items.into()), loc);
                } else {
                    let c = if add == Opcode::SetAdd {
                        let mut uniq: Vec<Constant> = Vec::new();
                        for it in items {
                            if !uniq
                                .iter()
                                .any(|u| ast_opt::const_key(u) == ast_opt::const_key(&it))
                            {
                                uniq.push(it);
                            }
                        }
                        Constant::FrozenSet(uniq.into())
                    } else {
                        Constant::Tuple(items.into())
                    };
                    self.emit(build, pushed, loc);
                    self.load_const(c, loc);
                    self.emit(extend, 1, loc);
                    if tuple {
                        self.emit(Opcode::CallIntrinsic1, INTRINSIC_LIST_TO_TUPLE, loc);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|e| e.is_starred_expr());
        if !seen_star && !big {
            for e in elts {
                self.visit_expr(e)?;
            }
            let op = if tuple { Opcode::BuildTuple } else { build };
            self.emit(op, n as u32 + pushed, loc);
            return Ok(());
        }
        let mut sequence_built = false;
        if big {
            self.emit(build, pushed, loc);
            sequence_built = true;
        }
        for (i, e) in elts.iter().enumerate() {
            if let Expr::Starred(s) = e {
                if !sequence_built {
                    self.emit(build, i as u32 + pushed, loc);
                    sequence_built = true;
                }
                self.visit_expr(&s.value)?;
                self.emit(extend, 1, loc);
            } else {
                self.visit_expr(e)?;
                if sequence_built {
                    self.emit(add, 1, loc);
                }
            }
        }
        if tuple {
            self.emit(Opcode::CallIntrinsic1, INTRINSIC_LIST_TO_TUPLE, loc);
        }
        Ok(())
    }

    /// `assignment_helper` / `unpack_helper`. Its errors point at the whole target (`range`),
    /// as CPython's do.
    fn assignment_helper(&mut self, loc: Location, range: TextRange, elts: &'a [Expr]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if e.is_starred_expr() {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment", range));
                }
                if i >= 256 || n - i > (i32::MAX >> 8) as usize {
                    return Err(
                        self.error("too many expressions in star-unpacking assignment", range)
                    );
                }
                self.emit(Opcode::UnpackEx, (i + ((n - i - 1) << 8)) as u32, loc);
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Opcode::UnpackSequence, n as u32, loc);
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.visit_expr(&s.value)?,
                _ => self.visit_expr(e)?,
            }
        }
        Ok(())
    }

    /// `compiler_dict` / `compiler_subdict`.
    fn dict(&mut self, d: &'a ast::ExprDict, loc: Location) -> CResult {
        let n = d.items.len();
        let mut have_dict = false;
        let mut elements = 0usize;
        for i in 0..n {
            if d.items[i].key.is_none() {
                if elements > 0 {
                    self.subdict(d, i - elements, i, loc)?;
                    if have_dict {
                        self.emit(Opcode::DictUpdate, 1, loc);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Opcode::BuildMap, 0, loc);
                    have_dict = true;
                }
                self.visit_expr(&d.items[i].value)?;
                self.emit(Opcode::DictUpdate, 1, loc);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(d, i - elements, i + 1, loc)?;
                if have_dict {
                    self.emit(Opcode::DictUpdate, 1, loc);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(d, n - elements, n, loc)?;
            if have_dict {
                self.emit(Opcode::DictUpdate, 1, loc);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Opcode::BuildMap, 0, loc);
        }
        Ok(())
    }

    fn subdict(
        &mut self,
        d: &'a ast::ExprDict,
        begin: usize,
        end: usize,
        loc: Location,
    ) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        let items = &d.items[begin..end];
        if n > 1 && !big {
            let keys: Option<Vec<Constant>> = items
                .iter()
                .map(|it| it.key.as_ref().and_then(ast_opt::fold))
                .collect();
            if let Some(keys) = keys {
                for it in items {
                    self.visit_expr(&it.value)?;
                }
                self.load_const(Constant::Tuple(keys.into()), loc);
                self.emit(Opcode::BuildConstKeyMap, n as u32, loc);
                return Ok(());
            }
        }
        if big {
            self.emit(Opcode::BuildMap, 0, loc);
        }
        for it in items {
            if let Some(k) = &it.key {
                self.visit_expr(k)?;
            }
            self.visit_expr(&it.value)?;
            if big {
                self.emit(Opcode::MapAdd, 1, loc);
            }
        }
        if !big {
            self.emit(Opcode::BuildMap, n as u32, loc);
        }
        Ok(())
    }

    /// `update_start_location_to_match_attr`: a multi-line attribute access is located at
    /// its attribute name.
    pub fn update_start_location_to_match_attr(
        &self,
        mut loc: Location,
        attr: &ast::ExprAttribute,
    ) -> Location {
        let aloc = self.loc(attr.range);
        if loc.lineno != aloc.end_lineno {
            loc.lineno = aloc.end_lineno;
            let len = attr.attr.id.chars().count() as i32;
            if len <= aloc.end_col_offset {
                loc.col_offset = aloc.end_col_offset - len;
            } else {
                loc.col_offset = -1;
                loc.end_col_offset = -1;
            }
            loc.end_lineno = loc.lineno.max(loc.end_lineno);
            if loc.lineno == loc.end_lineno {
                loc.end_col_offset = loc.col_offset.max(loc.end_col_offset);
            }
        }
        loc
    }

    fn attribute(&mut self, a: &'a ast::ExprAttribute, loc: Location) -> CResult {
        if a.ctx == ExprContext::Load && self.can_optimize_super_call(a) {
            let Expr::Call(call) = &*a.value else {
                unreachable!("checked by can_optimize_super_call")
            };
            self.load_args_for_super(call)?;
            let op = if call.arguments.args.is_empty() {
                Opcode::LoadZeroSuperAttr
            } else {
                Opcode::LoadSuperAttr
            };
            self.emit_name(op, &a.attr.id, loc);
            let l = self.update_start_location_to_match_attr(loc, a);
            self.emit0(Opcode::Nop, l);
            return Ok(());
        }
        self.visit_expr(&a.value)?;
        let l = self.update_start_location_to_match_attr(loc, a);
        match a.ctx {
            ExprContext::Load => self.emit_name(Opcode::LoadAttr, &a.attr.id, l),
            ExprContext::Store => {
                self.check_forbidden_name(&a.attr.id, ExprContext::Store, a.range)?;
                self.emit_name(Opcode::StoreAttr, &a.attr.id, l)
            }
            _ => self.emit_name(Opcode::DeleteAttr, &a.attr.id, l),
        }
        Ok(())
    }

    /// `can_optimize_super_call`: `super().attr` / `super(C, self).attr` become
    /// LOAD_SUPER_ATTR when `super` is certainly the builtin.
    fn can_optimize_super_call(&self, a: &ast::ExprAttribute) -> bool {
        let Expr::Call(call) = &*a.value else {
            return false;
        };
        let Expr::Name(func) = &*call.func else {
            return false;
        };
        if func.id.as_str() != "super"
            || a.attr.id.as_str() == "__class__"
            || !call.arguments.keywords.is_empty()
        {
            return false;
        }
        if self.ste().scope("super") != Scope::GlobalImplicit {
            return false;
        }
        if self.st.entries[SymbolTable::TOP].lookup("super").is_some() {
            return false;
        }
        let nargs = call.arguments.args.len();
        if nargs == 2 {
            return !call.arguments.args.iter().any(|a| a.is_starred_expr());
        }
        if nargs != 0 {
            return false;
        }
        let meta = &self.ur().meta;
        if meta.argcount == 0 && meta.posonlyargcount == 0 {
            return false;
        }
        self.get_ref_type("__class__") == Scope::Free
    }

    /// `get_ref_type`.
    fn get_ref_type(&self, name: &str) -> Scope {
        if self.ur().scope_type == ScopeType::Class
            && (name == "__class__" || name == "__classdict__")
        {
            return Scope::Cell;
        }
        self.ste().scope(name)
    }

    /// `load_args_for_super`.
    fn load_args_for_super(&mut self, call: &'a ast::ExprCall) -> CResult {
        let Expr::Name(func) = &*call.func else {
            return Err(self.error("compiler error: super call", call.range()));
        };
        let floc = self.loc(func.range);
        self.nameop(&func.id, ExprContext::Load, floc)?;
        if call.arguments.args.len() == 2 {
            self.visit_expr(&call.arguments.args[0])?;
            self.visit_expr(&call.arguments.args[1])?;
            return Ok(());
        }
        let loc = self.loc(call.range());
        self.nameop("__class__", ExprContext::Load, loc)?;
        let first =
            self.ur().meta.varnames.first().cloned().ok_or_else(|| {
                self.error("compiler error: super() without arguments", call.range())
            })?;
        self.nameop(&first, ExprContext::Load, loc)
    }

    /// `compiler_subscript`.
    fn subscript(&mut self, s: &'a ast::ExprSubscript, loc: Location) -> CResult {
        if s.ctx == ExprContext::Load {
            self.check_subscripter(&s.value);
            self.check_index(&s.value, &s.slice);
        }
        self.visit_expr(&s.value)?;
        if super::stmt::is_two_element_slice(&s.slice) && s.ctx != ExprContext::Del {
            self.slice(&s.slice)?;
            if s.ctx == ExprContext::Load {
                self.emit0(Opcode::BinarySlice, loc);
            } else {
                self.emit0(Opcode::StoreSlice, loc);
            }
        } else {
            self.visit_expr(&s.slice)?;
            let op = match s.ctx {
                ExprContext::Load => Opcode::BinarySubscr,
                ExprContext::Store => Opcode::StoreSubscr,
                _ => Opcode::DeleteSubscr,
            };
            self.emit0(op, loc);
        }
        Ok(())
    }

    fn check_subscripter(&mut self, e: &Expr) {
        let warn = match ast_opt::fold(e) {
            Some(c) => matches!(
                c,
                Constant::None
                    | Constant::Ellipsis
                    | Constant::Int(_)
                    | Constant::Bool(_)
                    | Constant::Float(_)
                    | Constant::Complex { .. }
                    | Constant::FrozenSet(_)
            ),
            None => matches!(
                e,
                Expr::Set(_) | Expr::SetComp(_) | Expr::Generator(_) | Expr::Lambda(_)
            ),
        };
        if warn {
            let t = infer_type_name(e).unwrap_or("object");
            self.warn(
                WarningCategory::SyntaxWarning,
                format!("'{t}' object is not subscriptable; perhaps you missed a comma?"),
                e.range(),
            );
        }
    }

    fn check_index(&mut self, e: &Expr, s: &Expr) {
        let Some(index_type) = infer_type_name(s) else {
            return;
        };
        if matches!(index_type, "int" | "bool") || matches!(s, Expr::Slice(_)) {
            return;
        }
        let warn = match ast_opt::fold(e) {
            Some(c) => matches!(
                c,
                Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)
            ),
            None => matches!(
                e,
                Expr::Tuple(_) | Expr::List(_) | Expr::ListComp(_) | Expr::FString(_)
            ),
        };
        if warn {
            let t = infer_type_name(e).unwrap_or("object");
            self.warn(
                WarningCategory::SyntaxWarning,
                format!(
                    "{t} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"
                ),
                e.range(),
            );
        }
    }

    /// `compiler_slice`: push start, stop (and step); returns how many.
    pub fn slice(&mut self, e: &'a Expr) -> CResult<u32> {
        let Expr::Slice(s) = e else {
            return Err(self.error("compiler error: expected a slice", e.range()));
        };
        let loc = self.loc(s.range);
        let mut n = 2;
        match &s.lower {
            Some(l) => self.visit_expr(l)?,
            None => self.load_const(Constant::None, loc),
        }
        match &s.upper {
            Some(u) => self.visit_expr(u)?,
            None => self.load_const(Constant::None, loc),
        }
        if let Some(st) = &s.step {
            n += 1;
            self.visit_expr(st)?;
        }
        Ok(n)
    }

    /// `validate_keywords`.
    fn validate_keywords(&self, keywords: &[ast::Keyword]) -> CResult {
        // CPython compares every pair in order: the first keyword that is repeated later
        // reports its next repetition. Found with a map, so 10000 keywords stay linear.
        let mut first: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        let mut repeated: Option<(usize, usize)> = None;
        for (j, k) in keywords.iter().enumerate() {
            let Some(arg) = &k.arg else { continue };
            match first.get(arg.id.as_str()) {
                Some(&i) if repeated.is_none_or(|(r, _)| i < r) => repeated = Some((i, j)),
                Some(_) => {}
                None => {
                    first.insert(arg.id.as_str(), j);
                }
            }
        }
        for (i, k) in keywords.iter().enumerate() {
            let Some(arg) = &k.arg else { continue };
            self.check_forbidden_name(&arg.id, ExprContext::Store, k.range)?;
            if let Some((r, j)) = repeated {
                if r == i {
                    return Err(self.error(
                        format!("keyword argument repeated: {}", arg.id),
                        keywords[j].range,
                    ));
                }
            }
        }
        Ok(())
    }

    /// `compiler_call`.
    fn call(&mut self, c: &'a ast::ExprCall) -> CResult {
        if let [Expr::Generator(g)] = &c.arguments.args[..] {
            if !g.parenthesized {
                self.genexp_ranges
                    .insert(crate::symtable::node_key(g), c.arguments.range);
            }
        }
        self.validate_keywords(&c.arguments.keywords)?;
        if self.maybe_optimize_method_call(c)? {
            return Ok(());
        }
        self.check_caller(&c.func);
        let floc = self.loc(c.func.range());
        self.emit0(Opcode::PushNull, floc);
        self.visit_expr(&c.func)?;
        let loc = self.loc(c.range());
        self.call_helper(loc, 0, &c.arguments.args, &c.arguments.keywords)
    }

    fn check_caller(&mut self, e: &Expr) {
        let is_literal = ast_opt::fold(e).is_some()
            || matches!(
                e,
                Expr::Tuple(_)
                    | Expr::List(_)
                    | Expr::ListComp(_)
                    | Expr::Dict(_)
                    | Expr::DictComp(_)
                    | Expr::Set(_)
                    | Expr::SetComp(_)
                    | Expr::Generator(_)
                    | Expr::FString(_)
            );
        if is_literal {
            let t = infer_type_name(e).unwrap_or("object");
            self.warn(
                WarningCategory::SyntaxWarning,
                format!("'{t}' object is not callable; perhaps you missed a comma?"),
                e.range(),
            );
        }
    }

    /// `maybe_optimize_method_call`: `obj.meth(args)` as LOAD_ATTR (method) + CALL.
    fn maybe_optimize_method_call(&mut self, c: &'a ast::ExprCall) -> CResult<bool> {
        let Expr::Attribute(meth) = &*c.func else {
            return Ok(false);
        };
        if meth.ctx != ExprContext::Load {
            return Ok(false);
        }
        if let Expr::Name(n) = &*meth.value {
            if self.st.entries[SymbolTable::TOP].flags(&n.id) & DEF_IMPORT != 0 {
                return Ok(false);
            }
        }
        let args = &c.arguments.args;
        let kwds = &c.arguments.keywords;
        let argsl = args.len();
        let kwdsl = kwds.len();
        if argsl + kwdsl + usize::from(kwdsl != 0) >= STACK_USE_GUIDELINE {
            return Ok(false);
        }
        if args.iter().any(|a| a.is_starred_expr()) || kwds.iter().any(|k| k.arg.is_none()) {
            return Ok(false);
        }
        let mut loc = self.loc(meth.range);
        if self.can_optimize_super_call(meth) {
            let Expr::Call(call) = &*meth.value else {
                unreachable!("checked by can_optimize_super_call")
            };
            self.load_args_for_super(call)?;
            let op = if call.arguments.args.is_empty() {
                Opcode::LoadZeroSuperMethod
            } else {
                Opcode::LoadSuperMethod
            };
            self.emit_name(op, &meth.attr.id, loc);
            loc = self.update_start_location_to_match_attr(loc, meth);
            self.emit0(Opcode::Nop, loc);
        } else {
            self.visit_expr(&meth.value)?;
            loc = self.update_start_location_to_match_attr(loc, meth);
            self.emit_name(Opcode::LoadMethod, &meth.attr.id, loc);
        }
        for a in args.iter() {
            self.visit_expr(a)?;
        }
        if kwdsl > 0 {
            for k in kwds.iter() {
                self.visit_expr(&k.value)?;
            }
            self.call_simple_kw_helper(loc, kwds);
        }
        let cloc = self.loc(c.range());
        let cloc = self.update_start_location_to_match_attr(cloc, meth);
        self.emit(Opcode::Call, (argsl + kwdsl) as u32, cloc);
        Ok(true)
    }

    /// `compiler_call_simple_kw_helper`: KW_NAMES with the keyword names tuple.
    fn call_simple_kw_helper(&mut self, loc: Location, kwds: &[ast::Keyword]) {
        let names: Vec<Constant> = kwds
            .iter()
            .map(|k| Constant::Str(k.arg.as_ref().map_or("", |a| a.id.as_str()).into()))
            .collect();
        let idx = self.add_const(Constant::Tuple(names.into()));
        self.emit(Opcode::KwNames, idx, loc);
    }

    /// `compiler_call_helper` (shared by calls and class definitions).
    pub fn call_helper(
        &mut self,
        loc: Location,
        n: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
    ) -> CResult {
        self.call_helper_impl(loc, n, args.iter().collect(), keywords, None)
    }

    /// The class-with-type-params variant: an extra `.generic_base` positional argument.
    pub fn call_helper_extra_base(
        &mut self,
        loc: Location,
        n: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
        _range: TextRange,
    ) -> CResult {
        self.call_helper_impl(loc, n, args.iter().collect(), keywords, Some(loc))
    }

    fn call_helper_impl(
        &mut self,
        loc: Location,
        n: u32,
        args: Vec<&'a Expr>,
        keywords: &'a [ast::Keyword],
        generic_base: Option<Location>,
    ) -> CResult {
        self.validate_keywords(keywords)?;
        let nelts = args.len() + usize::from(generic_base.is_some());
        let nkwelts = keywords.len();
        let simple = nelts + nkwelts * 2 <= STACK_USE_GUIDELINE
            && !args.iter().any(|a| a.is_starred_expr())
            && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            for a in &args {
                self.visit_expr(a)?;
            }
            if let Some(gloc) = generic_base {
                self.nameop(".generic_base", ExprContext::Load, gloc)?;
            }
            if nkwelts > 0 {
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                self.call_simple_kw_helper(loc, keywords);
            }
            self.emit(Opcode::Call, n + (nelts + nkwelts) as u32, loc);
            return Ok(());
        }
        // ex_call: positional arguments as a tuple.
        if generic_base.is_some() {
            return Err(
                self.not_implemented("generic classes with starred bases", TextRange::default())
            );
        }
        if n == 0 && nelts == 1 {
            if let Expr::Starred(s) = args[0] {
                self.visit_expr(&s.value)?;
            } else {
                self.starunpack_refs(loc, &args, n)?;
            }
        } else {
            self.starunpack_refs(loc, &args, n)?;
        }
        if nkwelts > 0 {
            let mut have_dict = false;
            let mut nseen = 0usize;
            for (i, kw) in keywords.iter().enumerate() {
                if kw.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(loc, &keywords[i - nseen..i])?;
                        if have_dict {
                            self.emit(Opcode::DictMerge, 1, loc);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Opcode::BuildMap, 0, loc);
                        have_dict = true;
                    }
                    self.visit_expr(&kw.value)?;
                    self.emit(Opcode::DictMerge, 1, loc);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(loc, &keywords[nkwelts - nseen..])?;
                if have_dict {
                    self.emit(Opcode::DictMerge, 1, loc);
                }
            }
        }
        self.emit(Opcode::CallFunctionEx, u32::from(nkwelts > 0), loc);
        Ok(())
    }

    /// starunpack_helper over borrowed argument references (tuple of positionals).
    fn starunpack_refs(&mut self, loc: Location, args: &[&'a Expr], pushed: u32) -> CResult {
        let n = args.len();
        if n > 2 {
            let folded: Option<Vec<Constant>> = args
                .iter()
                .map(|e| {
                    if e.is_starred_expr() {
                        None
                    } else {
                        ast_opt::fold(e)
                    }
                })
                .collect();
            if let Some(items) = folded {
                if pushed == 0 {
                    self.load_const(Constant::Tuple(items.into()), loc);
                } else {
                    self.emit(Opcode::BuildList, pushed, loc);
                    self.load_const(Constant::Tuple(items.into()), loc);
                    self.emit(Opcode::ListExtend, 1, loc);
                    self.emit(Opcode::CallIntrinsic1, INTRINSIC_LIST_TO_TUPLE, loc);
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = args.iter().any(|e| e.is_starred_expr());
        if !seen_star && !big {
            for e in args {
                self.visit_expr(e)?;
            }
            self.emit(Opcode::BuildTuple, n as u32 + pushed, loc);
            return Ok(());
        }
        let mut sequence_built = false;
        if big {
            self.emit(Opcode::BuildList, pushed, loc);
            sequence_built = true;
        }
        for (i, e) in args.iter().enumerate() {
            if let Expr::Starred(s) = e {
                if !sequence_built {
                    self.emit(Opcode::BuildList, i as u32 + pushed, loc);
                    sequence_built = true;
                }
                self.visit_expr(&s.value)?;
                self.emit(Opcode::ListExtend, 1, loc);
            } else {
                self.visit_expr(e)?;
                if sequence_built {
                    self.emit(Opcode::ListAppend, 1, loc);
                }
            }
        }
        self.emit(Opcode::CallIntrinsic1, INTRINSIC_LIST_TO_TUPLE, loc);
        Ok(())
    }

    /// `compiler_subkwargs`.
    fn subkwargs(&mut self, loc: Location, kws: &'a [ast::Keyword]) -> CResult {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in kws {
                self.visit_expr(&k.value)?;
            }
            let keys: Vec<Constant> = kws
                .iter()
                .map(|k| Constant::Str(k.arg.as_ref().map_or("", |a| a.id.as_str()).into()))
                .collect();
            self.load_const(Constant::Tuple(keys.into()), loc);
            self.emit(Opcode::BuildConstKeyMap, n as u32, loc);
            return Ok(());
        }
        if big {
            self.emit(Opcode::BuildMap, 0, Location::NONE);
        }
        for k in kws {
            let name = k.arg.as_ref().map_or("", |a| a.id.as_str());
            self.load_const(Constant::Str(name.into()), loc);
            self.visit_expr(&k.value)?;
            if big {
                self.emit(Opcode::MapAdd, 1, Location::NONE);
            }
        }
        if !big {
            self.emit(Opcode::BuildMap, n as u32, loc);
        }
        Ok(())
    }

    /// `compiler_lambda`.
    fn lambda(&mut self, l: &'a ast::ExprLambda) -> CResult {
        let loc = self.loc(l.range);
        let empty = ast::Parameters::default();
        let p: &'a ast::Parameters = match &l.parameters {
            Some(p) => p,
            None => {
                // A lambda without parameters has no defaults to push.
                let ste = self
                    .st
                    .lookup_node(l)
                    .ok_or_else(|| self.error("compiler error: no lambda scope", l.range))?;
                return self.lambda_body(l, ste, 0, loc, &empty);
            }
        };
        self.check_lambda_args(p)?;
        let funcflags = self.default_arguments(p, loc)?;
        let ste = self
            .st
            .lookup_node(l)
            .ok_or_else(|| self.error("compiler error: no lambda scope", l.range))?;
        self.lambda_body(l, ste, funcflags, loc, p)
    }

    fn check_lambda_args(&self, p: &ast::Parameters) -> CResult {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            self.check_forbidden_name(&a.parameter.name.id, ExprContext::Store, a.parameter.range)?;
        }
        Ok(())
    }

    fn lambda_body(
        &mut self,
        l: &'a ast::ExprLambda,
        ste: usize,
        funcflags: u32,
        loc: Location,
        p: &ast::Parameters,
    ) -> CResult {
        let lineno = loc.lineno as u32;
        self.enter_scope("<lambda>", ScopeType::Lambda, ste, lineno)?;
        self.add_const(Constant::None);
        {
            let u = self.u();
            u.meta.argcount = p.args.len() as u32;
            u.meta.posonlyargcount = p.posonlyargs.len() as u32;
            u.meta.kwonlyargcount = p.kwonlyargs.len() as u32;
        }
        self.visit_expr(&l.body)?;
        let code = if self.ste().generator {
            self.finish_code(false)?
        } else {
            let rloc = Location {
                lineno: loc.lineno,
                end_lineno: loc.lineno,
                col_offset: 0,
                end_col_offset: 0,
            };
            self.emit0(Opcode::ReturnValue, rloc);
            self.finish_code(true)?
        };
        self.make_closure(code, funcflags, loc)
    }

    /// ast_opt's `optimize_format`: `"..%s.." % (a, b)` with simple `%s` / `%r` / `%a`
    /// units becomes an f-string.
    fn optimize_format(&self, b: &'a ast::ExprBinOp) -> Option<Vec<PercentPart<'a>>> {
        if b.op != Operator::Mod {
            return None;
        }
        let Some(Constant::Str(fmt)) = ast_opt::fold(&b.left) else {
            return None;
        };
        let Expr::Tuple(t) = &*b.right else {
            return None;
        };
        if t.elts.iter().any(|e| e.is_starred_expr()) || ast_opt::fold(&b.right).is_some() {
            return None;
        }
        let chars: Vec<char> = fmt.chars().collect();
        let mut pos = 0;
        let mut cnt = 0;
        let mut out = Vec::new();
        loop {
            // parse_literal
            let start = pos;
            let mut lit = String::new();
            while pos < chars.len() {
                if chars[pos] != '%' {
                    lit.push(chars[pos]);
                    pos += 1;
                } else if pos + 1 < chars.len() && chars[pos + 1] == '%' {
                    lit.push('%');
                    pos += 2;
                } else {
                    break;
                }
            }
            if pos != start {
                out.push(PercentPart::Lit(lit));
            }
            if pos >= chars.len() {
                break;
            }
            if cnt >= t.elts.len() {
                return None;
            }
            pos += 1;
            // simple_format_arg_parse
            let next = |pos: &mut usize| -> Option<char> {
                let c = chars.get(*pos).copied();
                *pos += 1;
                c
            };
            let mut ljust = false;
            let mut ch;
            loop {
                ch = next(&mut pos)?;
                match ch {
                    '-' => ljust = true,
                    '+' | ' ' | '#' | '0' => {}
                    _ => break,
                }
            }
            let mut width: i32 = -1;
            let mut prec: i32 = -1;
            if ch.is_ascii_digit() {
                width = 0;
                let mut digits = 0;
                while ch.is_ascii_digit() {
                    width = width * 10 + (ch as i32 - '0' as i32);
                    ch = next(&mut pos)?;
                    digits += 1;
                    if digits >= 3 {
                        return None;
                    }
                }
            }
            if ch == '.' {
                ch = next(&mut pos)?;
                prec = 0;
                let mut digits = 0;
                while ch.is_ascii_digit() {
                    prec = prec * 10 + (ch as i32 - '0' as i32);
                    ch = next(&mut pos)?;
                    digits += 1;
                    if digits >= 3 {
                        return None;
                    }
                }
            }
            let conv = match ch {
                's' => 1,
                'r' => 2,
                'a' => 3,
                _ => return None,
            };
            let mut spec = String::new();
            if !ljust && width > 0 {
                spec.push('>');
            }
            if width >= 0 {
                spec.push_str(&width.to_string());
            }
            if prec >= 0 {
                spec.push_str(&format!(".{prec}"));
            }
            out.push(PercentPart::Value(
                &t.elts[cnt],
                conv,
                (!spec.is_empty()).then_some(spec),
            ));
            cnt += 1;
        }
        if cnt < t.elts.len() {
            return None;
        }
        Some(out)
    }

    /// Compiles the JoinedStr that `optimize_format` made (its constants have no location).
    fn format_parts(&mut self, parts: Vec<PercentPart<'a>>, loc: Location) -> CResult {
        let n = parts.len();
        let big = n > STACK_USE_GUIDELINE;
        if big {
            self.load_const(Constant::Str("".into()), loc);
            self.emit_name(Opcode::LoadMethod, "join", loc);
            self.emit(Opcode::BuildList, 0, loc);
        }
        for p in parts {
            match p {
                PercentPart::Lit(s) => self.load_const(Constant::Str(s.into()), Location::NONE),
                PercentPart::Value(e, conv, spec) => {
                    self.visit_expr(e)?;
                    let mut oparg = conv;
                    if let Some(spec) = spec {
                        self.load_const(Constant::Str(spec.into()), Location::NONE);
                        oparg |= 4;
                    }
                    let vloc = self.loc(e.range());
                    self.emit(Opcode::FormatValue, oparg, vloc);
                }
            }
            if big {
                self.emit(Opcode::ListAppend, 1, loc);
            }
        }
        if big {
            self.emit(Opcode::Call, 1, loc);
        } else if n != 1 {
            self.emit(Opcode::BuildString, n as u32, loc);
        }
        Ok(())
    }

    /// f-strings: `compiler_joined_str` over the parts CPython's parser would produce.
    fn fstring(&mut self, f: &'a ast::ExprFString, loc: Location) -> CResult {
        let mut parts: Vec<FPart<'a>> = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => {
                    push_lit(&mut parts, &s.value, s.range);
                }
                ast::FStringPart::FString(fs) => {
                    for el in fs.elements.iter() {
                        self.collect_fstring_element(el, &mut parts);
                    }
                }
            }
        }
        self.joined_str(parts, loc)
    }

    fn collect_fstring_element(
        &mut self,
        el: &'a InterpolatedStringElement,
        parts: &mut Vec<FPart<'a>>,
    ) {
        match el {
            InterpolatedStringElement::Literal(l) => push_lit(parts, &l.value, l.range),
            InterpolatedStringElement::Interpolation(i) => {
                if let Some(dbg) = &i.debug_text {
                    let text = format!("{}{}{}", dbg.leading(), dbg.expression(), dbg.trailing());
                    // Located at the debug text itself, just inside the `{`.
                    let start = i.range.start() + ruff_text_size::TextSize::from(1);
                    let end = start + ruff_text_size::TextSize::from(text.len() as u32);
                    push_lit(parts, &text, TextRange::new(start, end));
                }
                parts.push(FPart::Value(i));
            }
        }
    }

    fn joined_str(&mut self, parts: Vec<FPart<'a>>, loc: Location) -> CResult {
        let n = parts.len();
        if n > STACK_USE_GUIDELINE {
            self.load_const(Constant::Str("".into()), loc);
            self.emit_name(Opcode::LoadMethod, "join", loc);
            self.emit(Opcode::BuildList, 0, loc);
            for p in parts {
                self.fpart(p)?;
                self.emit(Opcode::ListAppend, 1, loc);
            }
            self.emit(Opcode::Call, 1, loc);
        } else {
            for p in parts {
                self.fpart(p)?;
            }
            if n != 1 {
                self.emit(Opcode::BuildString, n as u32, loc);
            }
        }
        Ok(())
    }

    fn fpart(&mut self, p: FPart<'a>) -> CResult {
        match p {
            FPart::Lit(s, range) => {
                let loc = self.loc(range);
                self.load_const(Constant::Str(s.into()), loc);
            }
            FPart::Value(i) => {
                self.visit_expr(&i.expression)?;
                let mut oparg = match i.conversion {
                    ConversionFlag::None => 0,
                    ConversionFlag::Str => 1,
                    ConversionFlag::Repr => 2,
                    ConversionFlag::Ascii => 3,
                };
                if i.debug_text.is_some()
                    && i.conversion == ConversionFlag::None
                    && i.format_spec.is_none()
                {
                    oparg = 2;
                }
                if let Some(spec) = &i.format_spec {
                    let mut parts = Vec::new();
                    for el in spec.elements.iter() {
                        self.collect_fstring_element(el, &mut parts);
                    }
                    // CPython's parser ends a spec that ends in a replacement field with an
                    // empty string constant, and starts the spec's location at the colon.
                    let end = spec.range.end();
                    if matches!(parts.last(), Some(FPart::Value(_))) {
                        parts.push(FPart::Lit(String::new(), TextRange::new(end, end)));
                    }
                    let start = spec.range.start().to_u32().saturating_sub(1);
                    let sloc = self.loc(TextRange::new(start.into(), end));
                    self.joined_str(parts, sloc)?;
                    oparg |= 4;
                }
                let loc = self.loc(i.range);
                self.emit(Opcode::FormatValue, oparg, loc);
            }
        }
        Ok(())
    }
}

fn push_lit<'a>(parts: &mut Vec<FPart<'a>>, text: &str, range: TextRange) {
    if text.is_empty() {
        return;
    }
    if let Some(FPart::Lit(s, r)) = parts.last_mut() {
        s.push_str(text);
        *r = TextRange::new(r.start(), range.end());
        return;
    }
    parts.push(FPart::Lit(text.to_string(), range));
}

fn is_debug_name(e: &Expr) -> bool {
    matches!(e, Expr::Name(n) if n.id.as_str() == "__debug__" && n.ctx == ExprContext::Load)
}
