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
pub mod tokenizer_limits;

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
    tokenizer_limits::check(source, &src, filename)?;
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
        ParseErrorType::ExpectedToken {
            expected: ruff_python_ast::token::TokenKind::Indent,
            ..
        } => {
            return expected_indent_error(src, filename, start, end);
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block") => {
            return expected_indent_error(src, filename, start, end);
        }
        ParseErrorType::Lexical(LexicalErrorType::Eof) => {
            if let Some(at) = tokenizer_limits::unclosed_bracket(source) {
                let bracket = source.as_bytes()[at] as char;
                let mut e = src.error(
                    ErrorKind::SyntaxError,
                    format!("'{bracket}' was never closed"),
                    filename,
                    at as u32,
                    at as u32,
                );
                e.end_offset = 0;
                return e;
            }
            (
                ErrorKind::SyntaxError,
                "unexpected EOF while parsing".to_string(),
            )
        }
        ParseErrorType::OtherError(m)
            if m.starts_with("Expected an `except` or `finally` clause") =>
        {
            (
                ErrorKind::SyntaxError,
                "expected 'except' or 'finally' block".to_string(),
            )
        }
        ParseErrorType::UnexpectedIndentation => {
            (ErrorKind::IndentationError, "unexpected indent".to_string())
        }
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => (
            ErrorKind::SyntaxError,
            "unterminated string literal (detected at line {})".to_string(),
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

/// CPython's "expected an indented block after ... on line N" (IndentationError), reported at
/// the first token of the line that should have been indented. The block's header is the
/// last non-blank line before it; its first word names the statement.
fn expected_indent_error(src: &SourceIndex, filename: &str, start: u32, end: u32) -> CompileError {
    let (line, _) = src.line_col(start);
    let mut header = None;
    for n in (1..line.max(1)).rev() {
        let text = src.line_text(n).unwrap_or("").trim_start();
        if !text.trim().is_empty() && !text.starts_with('#') {
            header = Some((n, text));
            break;
        }
    }
    // At end of input the error is on the header's own line (CPython: after its colon).
    let at_end = start as usize >= src.text().trim_end().len();
    if at_end {
        let (n, _) = src.line_col(start);
        header = src
            .line_text(n)
            .filter(|t| !t.trim().is_empty())
            .map(|t| (n, t.trim_start()))
            .or(header);
    }
    let Some((hline, htext)) = header else {
        return src.error(
            ErrorKind::IndentationError,
            "expected an indented block",
            filename,
            start,
            end,
        );
    };
    let word: String = htext
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    let word = if word == "async" {
        htext[5..]
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .collect()
    } else {
        word
    };
    let what = match word.as_str() {
        "def" => "function definition".to_string(),
        "class" => "class definition".to_string(),
        "if" | "elif" | "else" | "for" | "while" | "with" | "try" | "except" | "finally"
        | "match" | "case" => format!("'{word}' statement"),
        _ => {
            return src.error(
                ErrorKind::IndentationError,
                "expected an indented block",
                filename,
                start,
                end,
            )
        }
    };
    let msg = format!("expected an indented block after {what} on line {hline}");
    if at_end {
        let mut e = src.error(ErrorKind::IndentationError, msg, filename, start, start);
        e.end_offset = 0;
        return e;
    }
    // The statement that should have been indented: its first token.
    let text = src.line_text(line).unwrap_or("");
    let indent = text.len() - text.trim_start().len();
    let tok_len = text
        .trim_start()
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .map_or(1, |w| w.len().max(1));
    let line_start = start - src.line_col(start).1;
    let tok_start = line_start + indent as u32;
    src.error(
        ErrorKind::IndentationError,
        msg,
        filename,
        tok_start,
        tok_start + tok_len as u32,
    )
}
