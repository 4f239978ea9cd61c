//! pydive's compiler: Python 3.12 source to CPython 3.12 code objects.
//!
//! Passes, in order (CPython's `compile.c` driver):
//! 1. parse (ruff_python_parser) — source to AST
//! 2. ast_opt — constant folding on the AST (`ast_opt.c`), asked lazily by codegen
//! 3. symtable — scopes, cells, free variables (`symtable.c`)
//! 4. codegen — AST to an `ir::InstrSequence` per code unit (`compile.c`)
//! 5. flowgraph — CFG optimizations (`flowgraph.c`)
//! 6. assemble — `co_code`, line table, exception table (`assemble.c`)
//!
//! Passes 5 and 6 are reached through an `AssembleFn` so that codegen can be tested on its
//! own (see `codegen_module`).

pub mod assemble;
pub mod ast_opt;
pub mod codegen;
pub mod error;
pub mod flowgraph;
pub mod ir;
pub mod symtable;

use std::sync::Arc;

use pydive_bytecode::CodeObject;
use ruff_python_ast::{Expr, Stmt};
use ruff_python_parser::{ParseErrorType, ParseOptions};

pub use codegen::AssembleFn;
pub use error::{CompileError, CompileWarning, ErrorKind, SourceIndex, WarningCategory};
use ir::{InstrSequence, UnitMetadata};

/// What the source is: a module (`exec`), one expression (`eval`) or one interactive
/// statement (`single`), as for `compile()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

/// The result of compiling: the code object and the warnings to issue.
#[derive(Clone, Debug)]
pub struct Compiled {
    pub code: Arc<CodeObject>,
    pub warnings: Vec<CompileWarning>,
}

/// Stack for the parse and the compiler passes: ruff's parser and our passes recurse on the
/// nesting of the source, so they run on a thread with room for CPython's nesting limits.
const COMPILE_STACK_SIZE: usize = 256 * 1024 * 1024;

/// `MAXLEVEL` of CPython's tokenizer.
const MAX_PAREN_LEVEL: usize = 200;

/// Compiles `source` to a code object, CPython 3.12's `compile(source, filename, mode)`.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<Arc<CodeObject>, CompileError> {
    compile_with_warnings(source, filename, mode).map(|c| c.code)
}

/// Like `compile`, also returning the SyntaxWarnings / DeprecationWarnings emitted.
pub fn compile_with_warnings(
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<Compiled, CompileError> {
    compile_with(source, filename, mode, &default_assemble)
}

/// Compiles with a given flowgraph + assembler back end.
pub fn compile_with(
    source: &str,
    filename: &str,
    mode: Mode,
    assemble: AssembleFn<'_>,
) -> Result<Compiled, CompileError> {
    on_big_stack(|| {
        let (seq, meta, warnings) = codegen_unit(source, filename, mode, assemble)?;
        let code = assemble(seq, meta, filename)?;
        Ok(Compiled {
            code: Arc::new(code),
            warnings,
        })
    })
}

/// Runs codegen only: the top-level unit's instructions and metadata before the flowgraph
/// (what CPython's `_testinternalcapi.compiler_codegen` returns). Nested units are still
/// assembled with `assemble` so they can appear in `co_consts`.
pub fn codegen_module(
    source: &str,
    filename: &str,
    mode: Mode,
    assemble: AssembleFn<'_>,
) -> Result<(InstrSequence, UnitMetadata, Vec<CompileWarning>), CompileError> {
    on_big_stack(|| codegen_unit(source, filename, mode, assemble))
}

fn on_big_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|s| {
        match std::thread::Builder::new()
            .stack_size(COMPILE_STACK_SIZE)
            .spawn_scoped(s, f)
        {
            Ok(handle) => match handle.join() {
                Ok(v) => v,
                Err(payload) => std::panic::resume_unwind(payload),
            },
            // No thread available: compile on this one.
            Err(_) => unreachable_thread(),
        }
    })
}

#[cold]
fn unreachable_thread() -> ! {
    panic!("pydive: could not start the compiler thread")
}

/// The back end: flowgraph passes and assembler (`assemble::optimize_and_assemble`). Their
/// errors are internal ones (CPython's SystemError), reported naming the unit.
fn default_assemble(
    seq: InstrSequence,
    meta: UnitMetadata,
    filename: &str,
) -> Result<CodeObject, CompileError> {
    let (qualname, firstlineno) = (meta.qualname.clone(), meta.firstlineno);
    assemble::optimize_and_assemble(seq, meta, &Arc::from(filename)).map_err(|e| CompileError {
        kind: ErrorKind::NotImplemented,
        msg: format!("internal compiler error in '{qualname}': {}", e.0),
        filename: filename.to_string(),
        lineno: firstlineno,
        offset: 0,
        end_lineno: firstlineno,
        end_offset: 0,
        text: None,
    })
}

fn codegen_unit(
    source: &str,
    filename: &str,
    mode: Mode,
    assemble: AssembleFn<'_>,
) -> Result<(InstrSequence, UnitMetadata, Vec<CompileWarning>), CompileError> {
    let src = SourceIndex::new(source);
    check_paren_depth(source, &src, filename)?;
    match mode {
        Mode::Exec | Mode::Single => {
            let options = ParseOptions::from(ruff_python_parser::Mode::Module)
                .with_target_version(ruff_python_ast::PythonVersion::PY312);
            let parsed = ruff_python_parser::parse(source, options)
                .map_err(|e| parse_error(&src, filename, source, e))?;
            if let Some(err) = parsed.unsupported_syntax_errors().first() {
                return Err(src.error(
                    ErrorKind::SyntaxError,
                    "invalid syntax",
                    filename,
                    err.range.start().to_u32(),
                    err.range.end().to_u32(),
                ));
            }
            let module = parsed.into_syntax();
            let body: Vec<Stmt> = match module {
                ruff_python_ast::Mod::Module(m) => m.body.into_iter().collect(),
                ruff_python_ast::Mod::Expression(e) => {
                    return Err(src.error(
                        ErrorKind::SyntaxError,
                        "invalid syntax",
                        filename,
                        e.range.start().to_u32(),
                        e.range.end().to_u32(),
                    ))
                }
            };
            let future = future_features(&body, &src, filename)?;
            let st = symtable::build(&body, &src, filename, future.annotations)?;
            let mut c = codegen::Compiler::new(&st, &src, filename, assemble);
            c.future_annotations = future.annotations;
            c.future_flags = future.flags;
            c.future_ok_until = future.ok_until;
            let (seq, meta) = if mode == Mode::Single {
                c.interactive_mod(&body)?
            } else {
                c.module(&body)?
            };
            Ok((seq, meta, c.warnings))
        }
        Mode::Eval => {
            let options = ParseOptions::from(ruff_python_parser::Mode::Expression)
                .with_target_version(ruff_python_ast::PythonVersion::PY312);
            let parsed = ruff_python_parser::parse(source, options)
                .map_err(|e| parse_error(&src, filename, source, e))?;
            let expr: Expr = match parsed.into_syntax() {
                ruff_python_ast::Mod::Expression(e) => *e.body,
                ruff_python_ast::Mod::Module(m) => {
                    return Err(src.error(
                        ErrorKind::SyntaxError,
                        "invalid syntax",
                        filename,
                        m.range.start().to_u32(),
                        m.range.end().to_u32(),
                    ))
                }
            };
            let st = symtable::build_expr(&expr, &src, filename)?;
            let mut c = codegen::Compiler::new(&st, &src, filename, assemble);
            let (seq, meta) = c.expression_mod(&expr)?;
            Ok((seq, meta, c.warnings))
        }
    }
}

struct Future {
    annotations: bool,
    flags: u32,
    ok_until: Option<u32>,
}

/// CPython's `future.c`: `from __future__ import ...` at the top of a module.
fn future_features(
    body: &[Stmt],
    src: &SourceIndex,
    filename: &str,
) -> Result<Future, CompileError> {
    let mut f = Future {
        annotations: false,
        flags: 0,
        ok_until: None,
    };
    for (i, s) in body.iter().enumerate() {
        match s {
            Stmt::Expr(e) if i == 0 && matches!(&*e.value, Expr::StringLiteral(_)) => continue,
            Stmt::ImportFrom(imp)
                if imp
                    .module
                    .as_ref()
                    .is_some_and(|m| m.id.as_str() == "__future__")
                    && imp.level == 0 =>
            {
                f.ok_until = Some(imp.range.start().to_u32());
                for alias in &imp.names {
                    match alias.name.id.as_str() {
                        "nested_scopes" | "generators" | "division" | "absolute_import"
                        | "with_statement" | "print_function" | "unicode_literals"
                        | "generator_stop" => {}
                        "annotations" => {
                            f.annotations = true;
                            f.flags |= codegen::CO_FUTURE_ANNOTATIONS;
                        }
                        "braces" => {
                            return Err(src.error(
                                ErrorKind::SyntaxError,
                                "not a chance",
                                filename,
                                alias.range.start().to_u32(),
                                alias.range.end().to_u32(),
                            ))
                        }
                        other => {
                            return Err(src.error(
                                ErrorKind::SyntaxError,
                                format!("future feature {other} is not defined"),
                                filename,
                                alias.range.start().to_u32(),
                                alias.range.end().to_u32(),
                            ))
                        }
                    }
                }
            }
            _ => break,
        }
    }
    Ok(f)
}

/// The tokenizer's nesting limit: "too many nested parentheses" at 200 open brackets.
fn check_paren_depth(source: &str, src: &SourceIndex, filename: &str) -> Result<(), CompileError> {
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
                continue;
            }
            q @ (b'\'' | b'"') => {
                // Skip a string literal (escapes and triple quotes respected).
                let triple = bytes.get(i + 1) == Some(&q) && bytes.get(i + 2) == Some(&q);
                let raw = i > 0 && matches!(bytes[i - 1], b'r' | b'R');
                i += if triple { 3 } else { 1 };
                while i < bytes.len() {
                    if bytes[i] == b'\\' && !raw {
                        i += 2;
                        continue;
                    }
                    if bytes[i] == b'\\' && raw {
                        i += 2;
                        continue;
                    }
                    if bytes[i] == q {
                        if !triple {
                            i += 1;
                            break;
                        }
                        if bytes.get(i + 1) == Some(&q) && bytes.get(i + 2) == Some(&q) {
                            i += 3;
                            break;
                        }
                    }
                    if bytes[i] == b'\n' && !triple {
                        break;
                    }
                    i += 1;
                }
                continue;
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_PAREN_LEVEL {
                    return Err(src.error(
                        ErrorKind::SyntaxError,
                        "too many nested parentheses",
                        filename,
                        i as u32,
                        i as u32 + 1,
                    ));
                }
            }
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

/// Maps ruff's parse errors to CPython's SyntaxError messages where they are known.
fn parse_error(
    src: &SourceIndex,
    filename: &str,
    source: &str,
    e: ruff_python_parser::ParseError,
) -> CompileError {
    use ruff_python_parser::LexicalErrorType;
    let start = e.location.start().to_u32();
    let end = e.location.end().to_u32();
    let (kind, msg) = match &e.error {
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => (
            ErrorKind::IndentationError,
            "unindent does not match any outer indentation level".to_string(),
        ),
        ParseErrorType::UnexpectedIndentation => {
            (ErrorKind::IndentationError, "unexpected indent".to_string())
        }
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => (
            ErrorKind::SyntaxError,
            "unterminated string literal (detected at line {})".to_string(),
        ),
        ParseErrorType::Lexical(LexicalErrorType::Eof) => (
            ErrorKind::SyntaxError,
            "unexpected EOF while parsing".to_string(),
        ),
        ParseErrorType::EmptySlice | ParseErrorType::ExpectedExpression => {
            (ErrorKind::SyntaxError, "invalid syntax".to_string())
        }
        ParseErrorType::InvalidAssignmentTarget => (
            ErrorKind::SyntaxError,
            "cannot assign to expression".to_string(),
        ),
        ParseErrorType::InvalidDeleteTarget => (
            ErrorKind::SyntaxError,
            "cannot delete expression".to_string(),
        ),
        ParseErrorType::PositionalAfterKeywordArgument => (
            ErrorKind::SyntaxError,
            "positional argument follows keyword argument".to_string(),
        ),
        ParseErrorType::NonDefaultParamAfterDefaultParam => (
            ErrorKind::SyntaxError,
            "non-default argument follows default argument".to_string(),
        ),
        _ => (ErrorKind::SyntaxError, "invalid syntax".to_string()),
    };
    let msg = if msg.contains("{}") {
        let line = src.line_col(start).0;
        msg.replace("{}", &line.to_string())
    } else {
        msg
    };
    let _ = source;
    src.error(kind, msg, filename, start, end)
}
