//! Expression to source text, as CPython 3.12's `Python/ast_unparse.c` writes it: the
//! annotation strings of `from __future__ import annotations`.
//!
//! Precedence levels and spacing follow ast_unparse.c (`a | None`, `dict[str, int]`,
//! `'quoted'`). Constructs it cannot render fall back to the source text.

use pydive_bytecode::pyrepr;
use ruff_python_ast::{
    BoolOp, CmpOp, ConversionFlag, Expr, InterpolatedStringElement, Number, Operator, UnaryOp,
};
use ruff_text_size::Ranged;

use crate::ast_opt;
use crate::error::SourceIndex;

// Precedence levels (`enum ... PR_TUPLE ...` in ast_unparse.c).
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_BOR: u8 = 6;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

pub(crate) fn unparse(src: &SourceIndex, e: &Expr) -> String {
    let mut out = String::new();
    Unparser { src, out: &mut out }.expr(e, PR_TEST);
    out
}

struct Unparser<'s> {
    src: &'s SourceIndex,
    out: &'s mut String,
}

impl Unparser<'_> {
    fn source_text(&mut self, e: &Expr) {
        let r = e.range();
        let text = self
            .src
            .text()
            .get(r.start().to_usize()..r.end().to_usize())
            .unwrap_or("");
        self.out.push_str(text);
    }

    fn paren_if(&mut self, cond: bool, f: impl FnOnce(&mut Self)) {
        if cond {
            self.out.push('(');
        }
        f(self);
        if cond {
            self.out.push(')');
        }
    }

    fn expr(&mut self, e: &Expr, level: u8) {
        match e {
            Expr::BoolOp(b) => {
                let (op, pr) = match b.op {
                    BoolOp::And => (" and ", PR_AND),
                    BoolOp::Or => (" or ", PR_OR),
                };
                self.paren_if(level > pr, |u| {
                    for (i, v) in b.values.iter().enumerate() {
                        if i > 0 {
                            u.out.push_str(op);
                        }
                        u.expr(v, pr + 1);
                    }
                });
            }
            Expr::BinOp(b) => {
                let (op, pr) = match b.op {
                    Operator::Add => (" + ", PR_ARITH),
                    Operator::Sub => (" - ", PR_ARITH),
                    Operator::Mult => (" * ", PR_TERM),
                    Operator::MatMult => (" @ ", PR_TERM),
                    Operator::Div => (" / ", PR_TERM),
                    Operator::Mod => (" % ", PR_TERM),
                    Operator::LShift => (" << ", PR_SHIFT),
                    Operator::RShift => (" >> ", PR_SHIFT),
                    Operator::BitOr => (" | ", PR_BOR),
                    Operator::BitXor => (" ^ ", PR_BXOR),
                    Operator::BitAnd => (" & ", PR_BAND),
                    Operator::FloorDiv => (" // ", PR_TERM),
                    Operator::Pow => (" ** ", PR_POWER),
                };
                let rassoc = b.op == Operator::Pow;
                self.paren_if(level > pr, |u| {
                    u.expr(&b.left, if rassoc { pr + 1 } else { pr });
                    u.out.push_str(op);
                    u.expr(&b.right, if rassoc { pr } else { pr + 1 });
                });
            }
            Expr::UnaryOp(un) => {
                let (op, pr) = match un.op {
                    UnaryOp::Invert => ("~", PR_FACTOR),
                    UnaryOp::Not => ("not ", PR_NOT),
                    UnaryOp::UAdd => ("+", PR_FACTOR),
                    UnaryOp::USub => ("-", PR_FACTOR),
                };
                self.paren_if(level > pr, |u| {
                    u.out.push_str(op);
                    u.expr(&un.operand, pr);
                });
            }
            Expr::If(i) => self.paren_if(level > PR_TEST, |u| {
                u.expr(&i.body, PR_TEST + 1);
                u.out.push_str(" if ");
                u.expr(&i.test, PR_TEST + 1);
                u.out.push_str(" else ");
                u.expr(&i.orelse, PR_TEST);
            }),
            Expr::Dict(d) => {
                self.out.push('{');
                for (i, item) in d.items.iter().enumerate() {
                    if i > 0 {
                        self.out.push_str(", ");
                    }
                    match &item.key {
                        Some(k) => {
                            self.expr(k, PR_TEST);
                            self.out.push_str(": ");
                            self.expr(&item.value, PR_TEST);
                        }
                        None => {
                            self.out.push_str("**");
                            self.expr(&item.value, PR_BOR);
                        }
                    }
                }
                self.out.push('}');
            }
            Expr::Set(s) => {
                self.out.push('{');
                self.seq(&s.elts);
                self.out.push('}');
            }
            Expr::List(l) => {
                self.out.push('[');
                self.seq(&l.elts);
                self.out.push(']');
            }
            Expr::Tuple(t) => {
                if t.elts.is_empty() {
                    self.out.push_str("()");
                    return;
                }
                self.paren_if(level > PR_TUPLE, |u| {
                    u.seq(&t.elts);
                    if t.elts.len() == 1 {
                        u.out.push(',');
                    }
                });
            }
            Expr::Compare(c) => self.paren_if(level > PR_CMP, |u| {
                u.expr(&c.left, PR_CMP + 1);
                for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                    u.out.push_str(match op {
                        CmpOp::Eq => " == ",
                        CmpOp::NotEq => " != ",
                        CmpOp::Lt => " < ",
                        CmpOp::LtE => " <= ",
                        CmpOp::Gt => " > ",
                        CmpOp::GtE => " >= ",
                        CmpOp::Is => " is ",
                        CmpOp::IsNot => " is not ",
                        CmpOp::In => " in ",
                        CmpOp::NotIn => " not in ",
                    });
                    u.expr(right, PR_CMP + 1);
                }
            }),
            Expr::Call(c) => {
                self.expr(&c.func, PR_ATOM);
                self.out.push('(');
                let mut first = true;
                for a in c.arguments.args.iter() {
                    if !first {
                        self.out.push_str(", ");
                    }
                    first = false;
                    self.expr(a, PR_TEST);
                }
                for k in c.arguments.keywords.iter() {
                    if !first {
                        self.out.push_str(", ");
                    }
                    first = false;
                    match &k.arg {
                        Some(name) => {
                            self.out.push_str(name.id.as_str());
                            self.out.push('=');
                        }
                        None => self.out.push_str("**"),
                    }
                    self.expr(&k.value, PR_TEST);
                }
                self.out.push(')');
            }
            Expr::Attribute(a) => {
                // `1 .real` needs the space so the dot is not read as a decimal point.
                let is_int = matches!(&*a.value, Expr::NumberLiteral(n) if matches!(n.value, Number::Int(_)));
                self.expr(&a.value, PR_ATOM);
                if is_int {
                    self.out.push(' ');
                }
                self.out.push('.');
                self.out.push_str(a.attr.id.as_str());
            }
            Expr::Subscript(s) => {
                self.expr(&s.value, PR_ATOM);
                self.out.push('[');
                self.expr(&s.slice, PR_TUPLE);
                self.out.push(']');
            }
            Expr::Starred(s) => {
                self.out.push('*');
                self.expr(&s.value, PR_BOR);
            }
            Expr::Name(n) => self.out.push_str(n.id.as_str()),
            Expr::Slice(s) => {
                if let Some(l) = &s.lower {
                    self.expr(l, PR_TEST);
                }
                self.out.push(':');
                if let Some(u) = &s.upper {
                    self.expr(u, PR_TEST);
                }
                if let Some(st) = &s.step {
                    self.out.push(':');
                    self.expr(st, PR_TEST);
                }
            }
            Expr::Await(a) => self.paren_if(level > PR_AWAIT, |u| {
                u.out.push_str("await ");
                u.expr(&a.value, PR_ATOM);
            }),
            Expr::StringLiteral(s) => self.out.push_str(&pyrepr::str_repr(s.value.to_str())),
            Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_) => match ast_opt::literal(e) {
                Some(c) => {
                    let text = match &c {
                        pydive_bytecode::Constant::Float(f) if f.is_infinite() => "1e309".into(),
                        _ => pyrepr::constant_repr(&c, &pyrepr::DefaultCodeRepr),
                    };
                    self.out.push_str(&text);
                }
                None => self.source_text(e),
            },
            Expr::EllipsisLiteral(_) => self.out.push_str("..."),
            Expr::FString(f) => {
                // Simple f-strings only: literal text and plain replacement fields.
                let simple = f.value.elements().all(|el| match el {
                    InterpolatedStringElement::Literal(_) => true,
                    InterpolatedStringElement::Interpolation(i) => {
                        i.format_spec.is_none()
                            && i.debug_text.is_none()
                            && i.conversion == ConversionFlag::None
                    }
                });
                if !simple {
                    self.source_text(e);
                    return;
                }
                let mut body = String::new();
                for el in f.value.elements() {
                    match el {
                        InterpolatedStringElement::Literal(l) => {
                            body.push_str(&l.value.replace('{', "{{").replace('}', "}}"))
                        }
                        InterpolatedStringElement::Interpolation(i) => {
                            let mut inner = String::new();
                            Unparser {
                                src: self.src,
                                out: &mut inner,
                            }
                            .expr(&i.expression, PR_TEST + 1);
                            body.push('{');
                            if inner.starts_with('{') {
                                body.push(' ');
                            }
                            body.push_str(&inner);
                            body.push('}');
                        }
                    }
                }
                self.out.push('f');
                self.out.push_str(&pyrepr::str_repr(&body));
            }
            _ => self.source_text(e),
        }
    }

    fn seq(&mut self, elts: &[Expr]) {
        for (i, e) in elts.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            self.expr(e, PR_TEST);
        }
    }
}
