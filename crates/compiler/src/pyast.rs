//! The tree `ast.parse` returns: ruff's AST rewritten into CPython 3.12's node shapes
//! (`Parser/Python.asdl`), with CPython's positions (1-based lines, UTF-8 byte columns).
//!
//! Ruff's tree differs from CPython's in a few places, handled here: `async` variants are
//! flags (CPython has separate node types), literals are separate node kinds (CPython has one
//! `Constant`), implicitly concatenated strings are kept apart (CPython joins them), `elif`
//! is a clause list (CPython nests `If` in `orelse`), a decorated definition starts at its
//! first decorator (CPython starts it at `def`/`class`), and a lone generator argument
//! excludes the call's parentheses (CPython includes them).
//!
//! The result is a plain [`Tree`] the VM turns into Python objects (`modules/ast.rs`), which
//! `lib/ast.py` dresses as node classes.

use pydive_bytecode::Constant;
use ruff_python_ast::{self as ast, Expr, InterpolatedStringElement, Number, Pattern, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

use crate::error::{CompileError, ErrorKind, SourceIndex};
use crate::Mode;

/// A node, a list of values, or a plain value (identifiers, numbers, constants, None).
#[derive(Debug, Clone)]
pub enum Tree {
    Node(Box<Node>),
    List(Vec<Tree>),
    Const(Constant),
}

/// One AST node: its class name, its `_fields` in order, and (for classes with
/// `_attributes`) `(lineno, col_offset, end_lineno, end_col_offset)`.
#[derive(Debug, Clone)]
pub struct Node {
    pub kind: &'static str,
    pub fields: Vec<Tree>,
    pub loc: Option<[u32; 4]>,
}

/// `ast.parse(source, filename, mode)`: the tree, or the SyntaxError `compile()` would raise.
pub fn parse(source: &str, filename: &str, mode: Mode) -> Result<Tree, CompileError> {
    super::on_big_stack(|| parse_here(source, filename, mode))
}

fn parse_here(source: &str, filename: &str, mode: Mode) -> Result<Tree, CompileError> {
    let src = SourceIndex::new(source);
    if let Err(limit) = crate::tokenizer_limits::check(source, &src, filename) {
        let e = super::earlier_parse_error(source, &src, filename, mode, limit);
        return Err(super::string_input_text(&src, e, mode));
    }
    let ruff_mode = match mode {
        Mode::Eval => ruff_python_parser::Mode::Expression,
        Mode::Exec | Mode::Single => ruff_python_parser::Mode::Module,
    };
    let options = ruff_python_parser::ParseOptions::from(ruff_mode)
        .with_target_version(ruff_python_ast::PythonVersion::PY312);
    let parsed = super::parse_checked(&src, filename, source, mode, options)
        .map_err(|e| super::string_input_text(&src, e, mode))?;
    super::reject_unsupported(&src, filename, source, &parsed)?;
    let mut c = Conv {
        src: &src,
        text: source,
        filename,
        err: None,
    };
    let tree = match (parsed.into_syntax(), mode) {
        (ast::Mod::Module(m), Mode::Single) => bare("Interactive", vec![c.stmts(&m.body)]),
        (ast::Mod::Module(m), _) => bare("Module", vec![c.stmts(&m.body), Tree::List(vec![])]),
        (ast::Mod::Expression(e), _) => bare("Expression", vec![c.expr(&e.body)]),
    };
    match c.err {
        Some(e) => Err(e),
        None => Ok(tree),
    }
}

fn bare(kind: &'static str, fields: Vec<Tree>) -> Tree {
    Tree::Node(Box::new(Node {
        kind,
        fields,
        loc: None,
    }))
}

fn none() -> Tree {
    Tree::Const(Constant::None)
}

fn text(s: &str) -> Tree {
    Tree::Const(Constant::Str(s.into()))
}

fn int(i: i64) -> Tree {
    Tree::Const(Constant::Int(i.into()))
}

fn ident_opt(i: Option<&ast::Identifier>) -> Tree {
    i.map_or_else(none, |i| text(i.as_str()))
}

struct Conv<'a> {
    src: &'a SourceIndex,
    text: &'a str,
    filename: &'a str,
    err: Option<CompileError>,
}

impl Conv<'_> {
    fn node(&self, kind: &'static str, fields: Vec<Tree>, r: TextRange) -> Tree {
        let (l, c) = self.src.line_col(r.start().to_u32());
        let (el, ec) = self.src.line_col(r.end().to_u32());
        Tree::Node(Box::new(Node {
            kind,
            fields,
            loc: Some([l, c, el, ec]),
        }))
    }

    fn unsupported(&mut self, what: &str, r: TextRange) -> Tree {
        if self.err.is_none() {
            self.err = Some(self.src.error(
                ErrorKind::SyntaxError,
                format!("{what} is not Python 3.12 syntax"),
                self.filename,
                r.start().to_u32(),
                r.end().to_u32(),
            ));
        }
        none()
    }

    fn stmts(&mut self, body: &[Stmt]) -> Tree {
        Tree::List(body.iter().map(|s| self.stmt(s)).collect())
    }

    fn exprs<'e>(&mut self, es: impl IntoIterator<Item = &'e Expr>) -> Tree {
        Tree::List(es.into_iter().map(|e| self.expr(e)).collect())
    }

    fn opt(&mut self, e: Option<&Expr>) -> Tree {
        e.map_or_else(none, |e| self.expr(e))
    }

    /// Where CPython starts a decorated `def`/`class`: at its keyword, after the decorators.
    fn def_range(&self, r: TextRange, decorators: &[ast::Decorator]) -> TextRange {
        let Some(last) = decorators.last() else {
            return r;
        };
        let b = self.text.as_bytes();
        let mut i = last.range.end().to_usize();
        while i < b.len() {
            match b[i] {
                b'#' => {
                    while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                        i += 1;
                    }
                }
                c if c.is_ascii_alphabetic() => {
                    let word_end = b[i..]
                        .iter()
                        .position(|c| !c.is_ascii_alphanumeric() && *c != b'_')
                        .map_or(b.len(), |n| i + n);
                    if matches!(&b[i..word_end], b"def" | b"class" | b"async") {
                        break;
                    }
                    i = word_end;
                }
                _ => i += 1,
            }
        }
        TextRange::new(TextSize::from(i as u32), r.end())
    }

    fn stmt(&mut self, s: &Stmt) -> Tree {
        let r = s.range();
        match s {
            Stmt::FunctionDef(f) => {
                let kind = if f.is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                };
                let fields = vec![
                    text(f.name.as_str()),
                    self.arguments(Some(&f.parameters)),
                    self.stmts(&f.body),
                    self.exprs(f.decorator_list.iter().map(|d| &d.expression)),
                    self.opt(f.returns.as_deref()),
                    none(),
                    self.type_params(f.type_params.as_deref()),
                ];
                self.node(kind, fields, self.def_range(r, &f.decorator_list))
            }
            Stmt::ClassDef(c) => {
                let (bases, keywords) = match &c.arguments {
                    Some(a) => (self.exprs(a.args.iter()), self.keywords(&a.keywords)),
                    None => (Tree::List(vec![]), Tree::List(vec![])),
                };
                let fields = vec![
                    text(c.name.as_str()),
                    bases,
                    keywords,
                    self.stmts(&c.body),
                    self.exprs(c.decorator_list.iter().map(|d| &d.expression)),
                    self.type_params(c.type_params.as_deref()),
                ];
                self.node("ClassDef", fields, self.def_range(r, &c.decorator_list))
            }
            Stmt::Return(x) => {
                let v = self.opt(x.value.as_deref());
                self.node("Return", vec![v], r)
            }
            Stmt::Delete(x) => {
                let t = self.exprs(x.targets.iter());
                self.node("Delete", vec![t], r)
            }
            Stmt::TypeAlias(x) => {
                let fields = vec![
                    self.expr(&x.name),
                    self.type_params(x.type_params.as_deref()),
                    self.expr(&x.value),
                ];
                self.node("TypeAlias", fields, r)
            }
            Stmt::Assign(x) => {
                let fields = vec![self.exprs(x.targets.iter()), self.expr(&x.value), none()];
                self.node("Assign", fields, r)
            }
            Stmt::AugAssign(x) => {
                let fields = vec![self.expr(&x.target), operator(x.op), self.expr(&x.value)];
                self.node("AugAssign", fields, r)
            }
            Stmt::AnnAssign(x) => {
                let fields = vec![
                    self.expr(&x.target),
                    self.expr(&x.annotation),
                    self.opt(x.value.as_deref()),
                    int(i64::from(x.simple)),
                ];
                self.node("AnnAssign", fields, r)
            }
            Stmt::For(x) => {
                let kind = if x.is_async { "AsyncFor" } else { "For" };
                let fields = vec![
                    self.expr(&x.target),
                    self.expr(&x.iter),
                    self.stmts(&x.body),
                    self.stmts(&x.orelse),
                    none(),
                ];
                self.node(kind, fields, r)
            }
            Stmt::While(x) => {
                let fields = vec![
                    self.expr(&x.test),
                    self.stmts(&x.body),
                    self.stmts(&x.orelse),
                ];
                self.node("While", fields, r)
            }
            Stmt::If(x) => {
                let test = self.expr(&x.test);
                let body = self.stmts(&x.body);
                let orelse = self.elif_chain(&x.elif_else_clauses);
                self.node("If", vec![test, body, orelse], r)
            }
            Stmt::With(x) => {
                let kind = if x.is_async { "AsyncWith" } else { "With" };
                let items = x
                    .items
                    .iter()
                    .map(|i| {
                        let ctx = self.expr(&i.context_expr);
                        let vars = self.opt(i.optional_vars.as_deref());
                        bare("withitem", vec![ctx, vars])
                    })
                    .collect();
                let fields = vec![Tree::List(items), self.stmts(&x.body), none()];
                self.node(kind, fields, r)
            }
            Stmt::Match(x) => {
                let subject = self.expr(&x.subject);
                let cases = x
                    .cases
                    .iter()
                    .map(|c| {
                        let p = self.pattern(&c.pattern);
                        let g = self.opt(c.guard.as_deref());
                        let b = self.stmts(&c.body);
                        bare("match_case", vec![p, g, b])
                    })
                    .collect();
                self.node("Match", vec![subject, Tree::List(cases)], r)
            }
            Stmt::Raise(x) => {
                let fields = vec![self.opt(x.exc.as_deref()), self.opt(x.cause.as_deref())];
                self.node("Raise", fields, r)
            }
            Stmt::Try(x) => {
                let kind = if x.is_star { "TryStar" } else { "Try" };
                let handlers = x
                    .handlers
                    .iter()
                    .map(|h| {
                        let ast::ExceptHandler::ExceptHandler(h) = h;
                        let fields = vec![
                            self.opt(h.type_.as_deref()),
                            ident_opt(h.name.as_ref()),
                            self.stmts(&h.body),
                        ];
                        self.node("ExceptHandler", fields, h.range)
                    })
                    .collect();
                let fields = vec![
                    self.stmts(&x.body),
                    Tree::List(handlers),
                    self.stmts(&x.orelse),
                    self.stmts(&x.finalbody),
                ];
                self.node(kind, fields, r)
            }
            Stmt::Assert(x) => {
                let fields = vec![self.expr(&x.test), self.opt(x.msg.as_deref())];
                self.node("Assert", fields, r)
            }
            Stmt::Import(x) => {
                let names = self.aliases(&x.names);
                self.node("Import", vec![names], r)
            }
            Stmt::ImportFrom(x) => {
                let fields = vec![
                    ident_opt(x.module.as_ref()),
                    self.aliases(&x.names),
                    int(i64::from(x.level)),
                ];
                self.node("ImportFrom", fields, r)
            }
            Stmt::Global(x) => {
                let names = Tree::List(x.names.iter().map(|n| text(n.as_str())).collect());
                self.node("Global", vec![names], r)
            }
            Stmt::Nonlocal(x) => {
                let names = Tree::List(x.names.iter().map(|n| text(n.as_str())).collect());
                self.node("Nonlocal", vec![names], r)
            }
            Stmt::Expr(x) => {
                let v = self.expr(&x.value);
                self.node("Expr", vec![v], r)
            }
            Stmt::Pass(_) => self.node("Pass", vec![], r),
            Stmt::Break(_) => self.node("Break", vec![], r),
            Stmt::Continue(_) => self.node("Continue", vec![], r),
            Stmt::IpyEscapeCommand(_) => self.unsupported("an IPython escape command", r),
        }
    }

    /// `elif` clauses become an `If` nested in `orelse`, starting at the `elif` keyword.
    fn elif_chain(&mut self, clauses: &[ast::ElifElseClause]) -> Tree {
        let Some((first, rest)) = clauses.split_first() else {
            return Tree::List(vec![]);
        };
        match &first.test {
            None => self.stmts(&first.body),
            Some(test) => {
                let end = clauses.last().map_or(first.range.end(), |c| c.range.end());
                let t = self.expr(test);
                let b = self.stmts(&first.body);
                let o = self.elif_chain(rest);
                let r = TextRange::new(first.range.start(), end);
                Tree::List(vec![self.node("If", vec![t, b, o], r)])
            }
        }
    }

    fn aliases(&mut self, names: &[ast::Alias]) -> Tree {
        Tree::List(
            names
                .iter()
                .map(|a| {
                    let fields = vec![text(a.name.as_str()), ident_opt(a.asname.as_ref())];
                    self.node("alias", fields, a.range)
                })
                .collect(),
        )
    }

    fn keywords(&mut self, ks: &[ast::Keyword]) -> Tree {
        Tree::List(
            ks.iter()
                .map(|k| {
                    let fields = vec![ident_opt(k.arg.as_ref()), self.expr(&k.value)];
                    self.node("keyword", fields, k.range)
                })
                .collect(),
        )
    }

    fn arg(&mut self, p: &ast::Parameter) -> Tree {
        let fields = vec![
            text(p.name.as_str()),
            self.opt(p.annotation.as_deref()),
            none(),
        ];
        self.node("arg", fields, p.range)
    }

    fn star_arg(&mut self, p: &ast::Parameter) -> Tree {
        let fields = vec![
            text(p.name.as_str()),
            self.opt(p.annotation.as_deref()),
            none(),
        ];
        let r = TextRange::new(p.name.range.start(), p.range.end());
        self.node("arg", fields, r)
    }

    fn arguments(&mut self, p: Option<&ast::Parameters>) -> Tree {
        let empty = ast::Parameters::default();
        let p = p.unwrap_or(&empty);
        let posonly = p
            .posonlyargs
            .iter()
            .map(|a| self.arg(&a.parameter))
            .collect();
        let args = p.args.iter().map(|a| self.arg(&a.parameter)).collect();
        // CPython's `*args` / `**kwargs` arg starts at the name, after the stars.
        let vararg = p.vararg.as_deref().map_or_else(none, |a| self.star_arg(a));
        let kwonly = p
            .kwonlyargs
            .iter()
            .map(|a| self.arg(&a.parameter))
            .collect();
        let kw_defaults = p
            .kwonlyargs
            .iter()
            .map(|a| self.opt(a.default.as_deref()))
            .collect();
        let kwarg = p.kwarg.as_deref().map_or_else(none, |a| self.star_arg(a));
        let defaults = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .filter_map(|a| a.default.as_deref())
            .map(|d| self.expr(d))
            .collect();
        bare(
            "arguments",
            vec![
                Tree::List(posonly),
                Tree::List(args),
                vararg,
                Tree::List(kwonly),
                Tree::List(kw_defaults),
                kwarg,
                Tree::List(defaults),
            ],
        )
    }

    fn type_params(&mut self, tp: Option<&ast::TypeParams>) -> Tree {
        let Some(tp) = tp else {
            return Tree::List(vec![]);
        };
        Tree::List(
            tp.type_params
                .iter()
                .map(|t| match t {
                    ast::TypeParam::TypeVar(v) => {
                        let fields = vec![text(v.name.as_str()), self.opt(v.bound.as_deref())];
                        self.node("TypeVar", fields, v.range)
                    }
                    ast::TypeParam::ParamSpec(v) => {
                        self.node("ParamSpec", vec![text(v.name.as_str())], v.range)
                    }
                    ast::TypeParam::TypeVarTuple(v) => {
                        self.node("TypeVarTuple", vec![text(v.name.as_str())], v.range)
                    }
                })
                .collect(),
        )
    }

    fn comprehensions(&mut self, gens: &[ast::Comprehension]) -> Tree {
        Tree::List(
            gens.iter()
                .map(|g| {
                    let fields = vec![
                        self.expr(&g.target),
                        self.expr(&g.iter),
                        self.exprs(g.ifs.iter()),
                        int(i64::from(g.is_async)),
                    ];
                    bare("comprehension", fields)
                })
                .collect(),
        )
    }

    fn constant(&self, c: Constant, kind: Tree, r: TextRange) -> Tree {
        self.node("Constant", vec![Tree::Const(c), kind], r)
    }

    fn expr(&mut self, e: &Expr) -> Tree {
        let r = e.range();
        match e {
            Expr::BoolOp(x) => {
                let op = bare(
                    match x.op {
                        ast::BoolOp::And => "And",
                        ast::BoolOp::Or => "Or",
                    },
                    vec![],
                );
                let values = self.exprs(x.values.iter());
                self.node("BoolOp", vec![op, values], r)
            }
            Expr::Named(x) => {
                let fields = vec![self.expr(&x.target), self.expr(&x.value)];
                self.node("NamedExpr", fields, r)
            }
            Expr::BinOp(x) => {
                let fields = vec![self.expr(&x.left), operator(x.op), self.expr(&x.right)];
                self.node("BinOp", fields, r)
            }
            Expr::UnaryOp(x) => {
                let op = bare(
                    match x.op {
                        ast::UnaryOp::Invert => "Invert",
                        ast::UnaryOp::Not => "Not",
                        ast::UnaryOp::UAdd => "UAdd",
                        ast::UnaryOp::USub => "USub",
                    },
                    vec![],
                );
                let operand = self.expr(&x.operand);
                self.node("UnaryOp", vec![op, operand], r)
            }
            Expr::Lambda(x) => {
                let fields = vec![self.arguments(x.parameters.as_deref()), self.expr(&x.body)];
                self.node("Lambda", fields, r)
            }
            Expr::If(x) => {
                let fields = vec![self.expr(&x.test), self.expr(&x.body), self.expr(&x.orelse)];
                self.node("IfExp", fields, r)
            }
            Expr::Dict(x) => {
                let keys = x.items.iter().map(|i| self.opt(i.key.as_ref())).collect();
                let values = x.items.iter().map(|i| self.expr(&i.value)).collect();
                self.node("Dict", vec![Tree::List(keys), Tree::List(values)], r)
            }
            Expr::Set(x) => {
                let elts = self.exprs(x.elts.iter());
                self.node("Set", vec![elts], r)
            }
            Expr::ListComp(x) => {
                let fields = vec![self.expr(&x.elt), self.comprehensions(&x.generators)];
                self.node("ListComp", fields, r)
            }
            Expr::SetComp(x) => {
                let fields = vec![self.expr(&x.elt), self.comprehensions(&x.generators)];
                self.node("SetComp", fields, r)
            }
            Expr::DictComp(x) => {
                let fields = vec![
                    self.opt(x.key.as_deref()),
                    self.expr(&x.value),
                    self.comprehensions(&x.generators),
                ];
                self.node("DictComp", fields, r)
            }
            Expr::Generator(x) => {
                let fields = vec![self.expr(&x.elt), self.comprehensions(&x.generators)];
                self.node("GeneratorExp", fields, r)
            }
            Expr::Await(x) => {
                let v = self.expr(&x.value);
                self.node("Await", vec![v], r)
            }
            Expr::Yield(x) => {
                let v = self.opt(x.value.as_deref());
                self.node("Yield", vec![v], r)
            }
            Expr::YieldFrom(x) => {
                let v = self.expr(&x.value);
                self.node("YieldFrom", vec![v], r)
            }
            Expr::Compare(x) => {
                let ops = x.ops.iter().map(|o| bare(cmpop(*o), vec![])).collect();
                let fields = vec![
                    self.expr(&x.left),
                    Tree::List(ops),
                    self.exprs(x.comparators.iter()),
                ];
                self.node("Compare", fields, r)
            }
            Expr::Call(x) => {
                let func = self.expr(&x.func);
                let a = &x.arguments;
                let args = a
                    .args
                    .iter()
                    .map(|arg| match arg {
                        // CPython's lone generator argument owns the call's parentheses.
                        Expr::Generator(g)
                            if !g.parenthesized && a.args.len() == 1 && a.keywords.is_empty() =>
                        {
                            let fields =
                                vec![self.expr(&g.elt), self.comprehensions(&g.generators)];
                            self.node("GeneratorExp", fields, a.range)
                        }
                        _ => self.expr(arg),
                    })
                    .collect();
                let keywords = self.keywords(&a.keywords);
                self.node("Call", vec![func, Tree::List(args), keywords], r)
            }
            Expr::FString(x) => {
                let mut parts = Vec::new();
                for part in x.value.iter() {
                    match part {
                        ast::FStringPart::Literal(s) => push_text(&mut parts, &s.value, s.range),
                        ast::FStringPart::FString(f) => {
                            for el in f.elements.iter() {
                                self.fstring_element(el, &mut parts);
                            }
                        }
                    }
                }
                let values = self.joined_values(parts);
                self.node("JoinedStr", vec![values], r)
            }
            Expr::TString(_) => self.unsupported("a template string (t-string)", r),
            Expr::StringLiteral(x) => {
                let kind = if x.value.is_unicode() {
                    text("u")
                } else {
                    none()
                };
                self.constant(Constant::Str(x.value.to_str().into()), kind, r)
            }
            Expr::BytesLiteral(x) => {
                let b: Vec<u8> = x.value.bytes().collect();
                self.constant(Constant::Bytes(b.into()), none(), r)
            }
            Expr::NumberLiteral(x) => {
                let c = match &x.value {
                    Number::Int(i) => Constant::Int(crate::ast_opt::int_value(i)),
                    Number::Float(f) => Constant::Float(*f),
                    Number::Complex { real, imag } => Constant::Complex {
                        real: *real,
                        imag: *imag,
                    },
                };
                self.constant(c, none(), r)
            }
            Expr::BooleanLiteral(x) => self.constant(Constant::Bool(x.value), none(), r),
            Expr::NoneLiteral(_) => self.constant(Constant::None, none(), r),
            Expr::EllipsisLiteral(_) => self.constant(Constant::Ellipsis, none(), r),
            Expr::Attribute(x) => {
                let fields = vec![self.expr(&x.value), text(x.attr.as_str()), ctx(x.ctx)];
                self.node("Attribute", fields, r)
            }
            Expr::Subscript(x) => {
                let fields = vec![self.expr(&x.value), self.expr(&x.slice), ctx(x.ctx)];
                self.node("Subscript", fields, r)
            }
            Expr::Starred(x) => {
                let fields = vec![self.expr(&x.value), ctx(x.ctx)];
                self.node("Starred", fields, r)
            }
            Expr::Name(x) => self.node("Name", vec![text(x.id.as_str()), ctx(x.ctx)], r),
            Expr::List(x) => {
                let fields = vec![self.exprs(x.elts.iter()), ctx(x.ctx)];
                self.node("List", fields, r)
            }
            Expr::Tuple(x) => {
                let fields = vec![self.exprs(x.elts.iter()), ctx(x.ctx)];
                self.node("Tuple", fields, r)
            }
            Expr::Slice(x) => {
                let fields = vec![
                    self.opt(x.lower.as_deref()),
                    self.opt(x.upper.as_deref()),
                    self.opt(x.step.as_deref()),
                ];
                self.node("Slice", fields, r)
            }
            Expr::IpyEscapeCommand(_) => self.unsupported("an IPython escape command", r),
        }
    }

    /// One piece of an f-string: literal text joins its neighbours (CPython merges
    /// adjacent text into one `Constant`); `{x=}` adds its text before the value.
    fn fstring_element<'e>(
        &mut self,
        el: &'e InterpolatedStringElement,
        parts: &mut Vec<FPart<'e>>,
    ) {
        match el {
            InterpolatedStringElement::Literal(l) => push_text(parts, &l.value, l.range),
            InterpolatedStringElement::Interpolation(i) => {
                if let Some(dbg) = &i.debug_text {
                    let t = format!("{}{}{}", dbg.leading(), dbg.expression(), dbg.trailing());
                    let start = i.range.start() + TextSize::from(1);
                    let end = start + TextSize::from(t.len() as u32);
                    push_text(parts, &t, TextRange::new(start, end));
                }
                parts.push(FPart::Value(i));
            }
        }
    }

    fn joined_values(&mut self, parts: Vec<FPart<'_>>) -> Tree {
        let mut out = Vec::with_capacity(parts.len());
        for p in parts {
            out.push(match p {
                FPart::Text(s, range) => self.constant(Constant::Str(s.into()), none(), range),
                FPart::Value(i) => self.formatted_value(i),
            });
        }
        Tree::List(out)
    }

    fn formatted_value(&mut self, i: &ast::InterpolatedElement) -> Tree {
        let value = self.expr(&i.expression);
        let mut conversion = match i.conversion {
            ast::ConversionFlag::None => -1,
            ast::ConversionFlag::Str => i64::from(b's'),
            ast::ConversionFlag::Repr => i64::from(b'r'),
            ast::ConversionFlag::Ascii => i64::from(b'a'),
        };
        if i.debug_text.is_some() && conversion == -1 && i.format_spec.is_none() {
            conversion = i64::from(b'r');
        }
        let spec = match &i.format_spec {
            None => none(),
            Some(spec) => {
                let mut parts = Vec::new();
                for el in spec.elements.iter() {
                    self.fstring_element(el, &mut parts);
                }
                // CPython ends a spec that ends in a field with an empty text, and starts
                // the spec at its colon.
                let end = spec.range.end();
                if matches!(parts.last(), Some(FPart::Value(_))) {
                    parts.push(FPart::Text(String::new(), TextRange::new(end, end)));
                }
                let start = spec.range.start().to_u32().saturating_sub(1);
                let values = self.joined_values(parts);
                self.node("JoinedStr", vec![values], TextRange::new(start.into(), end))
            }
        };
        self.node(
            "FormattedValue",
            vec![value, int(conversion), spec],
            i.range,
        )
    }

    fn patterns(&mut self, ps: &[Pattern]) -> Tree {
        Tree::List(ps.iter().map(|p| self.pattern(p)).collect())
    }

    fn pattern(&mut self, p: &Pattern) -> Tree {
        let r = p.range();
        match p {
            Pattern::MatchValue(x) => {
                let v = self.expr(&x.value);
                self.node("MatchValue", vec![v], r)
            }
            Pattern::MatchSingleton(x) => {
                let c = match x.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                };
                self.node("MatchSingleton", vec![Tree::Const(c)], r)
            }
            Pattern::MatchSequence(x) => {
                let ps = self.patterns(&x.patterns);
                self.node("MatchSequence", vec![ps], r)
            }
            Pattern::MatchMapping(x) => {
                let fields = vec![
                    self.exprs(x.keys.iter()),
                    self.patterns(&x.patterns),
                    ident_opt(x.rest.as_ref()),
                ];
                self.node("MatchMapping", fields, r)
            }
            Pattern::MatchClass(x) => {
                let a = &x.arguments;
                let fields = vec![
                    self.expr(&x.cls),
                    self.patterns(&a.patterns),
                    Tree::List(a.keywords.iter().map(|k| text(k.attr.as_str())).collect()),
                    Tree::List(
                        a.keywords
                            .iter()
                            .map(|k| self.pattern(&k.pattern))
                            .collect(),
                    ),
                ];
                self.node("MatchClass", fields, r)
            }
            Pattern::MatchStar(x) => self.node("MatchStar", vec![ident_opt(x.name.as_ref())], r),
            Pattern::MatchAs(x) => {
                let inner = x.pattern.as_deref().map_or_else(none, |p| self.pattern(p));
                self.node("MatchAs", vec![inner, ident_opt(x.name.as_ref())], r)
            }
            Pattern::MatchOr(x) => {
                let ps = self.patterns(&x.patterns);
                self.node("MatchOr", vec![ps], r)
            }
        }
    }
}

enum FPart<'e> {
    Text(String, TextRange),
    Value(&'e ast::InterpolatedElement),
}

fn push_text(parts: &mut Vec<FPart<'_>>, s: &str, range: TextRange) {
    if s.is_empty() {
        return;
    }
    if let Some(FPart::Text(t, r)) = parts.last_mut() {
        t.push_str(s);
        *r = r.cover(range);
        return;
    }
    parts.push(FPart::Text(s.to_string(), range));
}

fn ctx(c: ast::ExprContext) -> Tree {
    bare(
        match c {
            ast::ExprContext::Store => "Store",
            ast::ExprContext::Del => "Del",
            ast::ExprContext::Load | ast::ExprContext::Invalid => "Load",
        },
        vec![],
    )
}

fn operator(op: ast::Operator) -> Tree {
    use ast::Operator as O;
    bare(
        match op {
            O::Add => "Add",
            O::Sub => "Sub",
            O::Mult => "Mult",
            O::MatMult => "MatMult",
            O::Div => "Div",
            O::Mod => "Mod",
            O::Pow => "Pow",
            O::LShift => "LShift",
            O::RShift => "RShift",
            O::BitOr => "BitOr",
            O::BitXor => "BitXor",
            O::BitAnd => "BitAnd",
            O::FloorDiv => "FloorDiv",
        },
        vec![],
    )
}

fn cmpop(op: ast::CmpOp) -> &'static str {
    use ast::CmpOp as C;
    match op {
        C::Eq => "Eq",
        C::NotEq => "NotEq",
        C::Lt => "Lt",
        C::LtE => "LtE",
        C::Gt => "Gt",
        C::GtE => "GtE",
        C::Is => "Is",
        C::IsNot => "IsNot",
        C::In => "In",
        C::NotIn => "NotIn",
    }
}
