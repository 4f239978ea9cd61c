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
pub mod escape_warnings;
pub mod flowgraph;
pub mod invalid_rules;
pub mod ir;
pub mod pyast;
pub mod source;
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

/// The `__future__` bits of `compile()`'s `flags` (CPython's `PyCF_MASK`): they act as if
/// the source began with the matching future statements, and every code object gets them.
pub const FUTURE_FLAGS_MASK: u32 = 0x1FE_0000;

/// `ast.PyCF_ALLOW_TOP_LEVEL_AWAIT`: module-level `await` makes the module code a coroutine.
pub const PYCF_ALLOW_TOP_LEVEL_AWAIT: u32 = 0x2000;

/// `compile(source, filename, mode, flags)`: `flags` holds future features (`FUTURE_FLAGS_MASK`
/// bits; others are ignored) that the caller's code had or that were asked for explicitly.
pub fn compile_with_flags(
    source: &str,
    filename: &str,
    mode: Mode,
    flags: u32,
) -> Result<Compiled, CompileError> {
    on_big_stack(|| {
        let (seq, meta, warnings) = codegen_unit(source, filename, mode, &default_assemble, flags)?;
        let code = default_assemble(seq, meta, filename)?;
        Ok(Compiled {
            code: Arc::new(code),
            warnings,
        })
    })
}

/// The text of a parse error as CPython's string tokenizer has it: newlines translated to
/// `\n`, and for `exec` input (to which it adds a missing final newline) the last line with
/// one, unless the tokenizer raised the error itself (its text stops before the newline).
fn string_input_text(src: &SourceIndex, mut e: CompileError, mode: Mode) -> CompileError {
    const TOKENIZER: [&str; 11] = [
        "unterminated ",
        "closing parenthesis ",
        "unmatched '",
        "f-string: expecting '}'",
        "f-string: single '}'",
        "f-string: expressions nested too deeply",
        "invalid character",
        "invalid non-printable",
        "invalid digit",
        "leading zeros",
        "too many nested parentheses",
    ];
    let Some(text) = e.text.take() else {
        return e;
    };
    let mut text = text.replace("\r\n", "\n").replace('\r', "\n");
    // An error spanning lines was raised with the tokenizer past its first line, whose text
    // then comes from the tokenizer's buffers without the newline.
    if e.end_lineno > e.lineno {
        text.truncate(text.trim_end_matches('\n').len());
    }
    let by_tokenizer = TOKENIZER.iter().any(|p| e.msg.starts_with(p))
        || (e.msg.starts_with("invalid ") && e.msg.ends_with(" literal"));
    let last_line =
        !src.text().ends_with(['\n', '\r']) && e.lineno == src.line_col(src.text().len() as u32).0;
    if mode == Mode::Exec && last_line && !by_tokenizer && !text.ends_with('\n') {
        text.push('\n');
    }
    e.text = Some(text);
    e
}

/// The error of compiling a script read by CPython's file tokenizer (`python FILE`) rather
/// than from a string (`compile()`, imports): at the end of the input its DEDENT and
/// ENDMARKER tokens sit at column 0 (`tok->cur == tok->buf`), where the string tokenizer is
/// past the last line, so the errors pegen raises at them ("expected an indented block
/// after ...", "expected 'except' or 'finally' block": no end offset, the offset one past
/// the last line's newline) have offset 0 for a file.
pub fn file_input_error(mut e: CompileError) -> CompileError {
    let at_end = e.end_offset == -1
        && (e.msg.starts_with("expected an indented block")
            || e.msg == "expected 'except' or 'finally' block")
        && e.text
            .as_deref()
            .is_some_and(|t| t.ends_with('\n') && t.chars().count() as u32 == e.offset);
    if at_end {
        e.offset = 0;
    }
    e
}

/// Compiles with a given flowgraph + assembler back end.
pub fn compile_with(
    source: &str,
    filename: &str,
    mode: Mode,
    assemble: AssembleFn<'_>,
) -> Result<Compiled, CompileError> {
    on_big_stack(|| {
        let (seq, meta, warnings) = codegen_unit(source, filename, mode, assemble, 0)?;
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
    on_big_stack(|| codegen_unit(source, filename, mode, assemble, 0))
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
    inherited_flags: u32,
) -> Result<(InstrSequence, UnitMetadata, Vec<CompileWarning>), CompileError> {
    let allow_top_level_await = inherited_flags & PYCF_ALLOW_TOP_LEVEL_AWAIT != 0;
    let inherited_flags = inherited_flags & FUTURE_FLAGS_MASK;
    let src = SourceIndex::new(source);
    if let Err(limit) = tokenizer_limits::check(source, &src, filename) {
        let e = earlier_parse_error(source, &src, filename, mode, limit);
        return Err(string_input_text(&src, e, mode));
    }
    match mode {
        Mode::Exec | Mode::Single => {
            let options = ParseOptions::from(ruff_python_parser::Mode::Module)
                .with_target_version(ruff_python_ast::PythonVersion::PY312);
            let parsed = parse_checked(&src, filename, source, mode, options)
                .map_err(|e| string_input_text(&src, e, mode))?;
            reject_unsupported(&src, filename, source, &parsed)?;
            let parser_warnings = escape_warnings::check(parsed.tokens(), source, &src, filename);
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
            if mode == Mode::Single {
                single_statement_only(&src, filename, &body)?;
            }
            let mut future =
                future_features(&body, &src, filename).map_err(error::with_program_text)?;
            future.flags |= inherited_flags;
            future.annotations |= inherited_flags & codegen::CO_FUTURE_ANNOTATIONS != 0;
            let st = symtable::build(&body, &src, filename, future.annotations)
                .map_err(error::with_program_text)?;
            let mut c = codegen::Compiler::new(&st, &src, filename, assemble);
            c.future_annotations = future.annotations;
            c.future_flags = future.flags;
            c.allow_top_level_await = allow_top_level_await;
            c.future_ok_until = future.ok_until;
            let (seq, meta) = if mode == Mode::Single {
                c.interactive_mod(&body)
            } else {
                c.module(&body)
            }
            .map_err(error::with_program_text)?;
            let mut warnings = parser_warnings;
            warnings.extend(c.warnings);
            Ok((seq, meta, warnings))
        }
        Mode::Eval => {
            let options = ParseOptions::from(ruff_python_parser::Mode::Expression)
                .with_target_version(ruff_python_ast::PythonVersion::PY312);
            let parsed = parse_checked(&src, filename, source, mode, options)
                .map_err(|e| string_input_text(&src, e, mode))?;
            let parser_warnings = escape_warnings::check(parsed.tokens(), source, &src, filename);
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
            let st =
                symtable::build_expr(&expr, &src, filename).map_err(error::with_program_text)?;
            let mut c = codegen::Compiler::new(&st, &src, filename, assemble);
            c.future_flags = inherited_flags;
            c.allow_top_level_await = allow_top_level_await;
            let (seq, meta) = c.expression_mod(&expr).map_err(error::with_program_text)?;
            let mut warnings = parser_warnings;
            warnings.extend(c.warnings);
            Ok((seq, meta, warnings))
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
                                // future.c: at the statement, a one-column location
                                imp.range.start().to_u32(),
                                imp.range.start().to_u32(),
                            ));
                        }
                        other => {
                            return Err(src.error(
                                ErrorKind::SyntaxError,
                                format!("future feature {other} is not defined"),
                                filename,
                                // future.c: at the statement, a one-column location
                                imp.range.start().to_u32(),
                                imp.range.start().to_u32(),
                            ));
                        }
                    }
                }
            }
            _ => break,
        }
    }
    Ok(f)
}

/// Syntax ruff parses but Python 3.12 does not have (a later version's): CPython's message
/// from the matching `invalid_*` rule, else `invalid syntax` at it.
fn reject_unsupported(
    src: &SourceIndex,
    filename: &str,
    source: &str,
    parsed: &ruff_python_parser::Parsed<ruff_python_ast::Mod>,
) -> Result<(), CompileError> {
    let Some(err) = parsed.unsupported_syntax_errors().first() else {
        return Ok(());
    };
    let pass = invalid_rules::Pass::new(src, filename, source, parsed.tokens());
    if let Some(e) = pass.unsupported(err) {
        return Err(e);
    }
    Err(src.error(
        ErrorKind::SyntaxError,
        "invalid syntax",
        filename,
        err.range.start().to_u32(),
        err.range.end().to_u32(),
    ))
}

/// Parses `source`; on a syntax error, CPython's message for it: the `invalid_*` rule that
/// matches around it (`invalid_rules`), else `parse_error`'s mapping of ruff's first error.
fn parse_checked(
    src: &SourceIndex,
    filename: &str,
    source: &str,
    mode: Mode,
    options: ParseOptions,
) -> Result<ruff_python_parser::Parsed<ruff_python_ast::Mod>, CompileError> {
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    let Some(first) = parsed.errors().first() else {
        return Ok(parsed);
    };
    let pass = invalid_rules::Pass::new(src, filename, source, parsed.tokens());
    // After a parser error CPython tokenizes the rest of the source, and an error of its
    // tokenizer there is reported instead (`_PyPegen_tokenize_full_source_to_check_for_errors`).
    let tokenizer_error = |e: &ruff_python_parser::ParseError| {
        use ruff_python_parser::{InterpolatedStringErrorType as F, LexicalErrorType as L};
        match &e.error {
            ParseErrorType::Lexical(
                L::UnclosedStringError
                | L::LineContinuationError
                | L::FStringError(F::UnterminatedString | F::UnterminatedTripleQuotedString)
                | L::TStringError(F::UnterminatedString | F::UnterminatedTripleQuotedString),
            ) => true,
            ParseErrorType::Lexical(L::UnrecognizedToken { tok }) => {
                !tok.is_ascii() || tok.is_ascii_control()
            }
            _ => false,
        }
    };
    // Its scan stops silently at an inconsistent dedent or a bad line continuation; an
    // indentation error of the parser is not followed by it, nor is an f-string's error.
    let stops_scan = |e: &ruff_python_parser::ParseError| {
        matches!(
            e.error,
            ParseErrorType::Lexical(
                ruff_python_parser::LexicalErrorType::IndentationError
                    | ruff_python_parser::LexicalErrorType::LineContinuationError
            ) | ParseErrorType::UnexpectedIndentation
        )
    };
    let first_start = first.location.start().to_u32();
    if !tokenizer_error(first) && !stops_scan(first) && !pass.in_fstring(first_start) {
        let later = parsed.errors()[1..]
            .iter()
            .find(|e| tokenizer_error(e) || stops_scan(e))
            .filter(|e| tokenizer_error(e));
        if let Some(later) = later {
            return Err(pass
                .refine(later)
                .unwrap_or_else(|| parse_error(src, filename, source, mode, later.clone())));
        }
    }
    let unclosed = tokenizer_limits::unclosed_bracket(source);
    // The parser reached the end of the input inside brackets.
    if source[first_start as usize..].trim().is_empty() && pass.reads_to_end(first_start) {
        if let Some(open) = unclosed {
            return Err(never_closed(src, filename, source, open));
        }
    }
    // An error after a bracket that is never closed: CPython's second pass reads on to the
    // end of the input in call arguments and displays, and reports the bracket.
    if let Some(open) = unclosed {
        if pass.after_bracket(first_start, open)
            && !stops_scan(first)
            && !tokenizer_error(first)
            && pass.reads_to_end(first_start)
        {
            return Err(never_closed(src, filename, source, open));
        }
    }
    // pegen tries `invalid_kvpair` inside a dict display before the rules `refine` knows.
    let kvpair = matches!(first.error, ParseErrorType::ExpectedToken { .. })
        && key_without_colon(source, first_start);
    let refined = if kvpair { None } else { pass.refine(first) };
    let e = match refined {
        Some(e) => {
            // A bracket left open at the end of the source, opened on a line before the one
            // the parser stopped on, is reported instead (CPython tokenizes the rest of the
            // source after a second-pass error).
            let stop = src.line_col(first.location.start().to_u32()).0;
            match unclosed {
                Some(open) if src.line_col(open as u32).0 < stop => {
                    return Err(never_closed(src, filename, source, open))
                }
                _ => e,
            }
        }
        None => parse_error(src, filename, source, mode, first.clone()),
    };
    // A generic error with a bracket never closed: the parser's lookahead went on to the end.
    if let Some(open) = unclosed {
        let generic = e.msg == "invalid syntax" || e.msg.starts_with("invalid syntax. ");
        if generic
            && pass.after_bracket(first_start, open)
            && !pass.in_params(first_start)
            && !stops_scan(first)
        {
            return Err(never_closed(src, filename, source, open));
        }
    }
    Err(e)
}

/// Maps ruff's parse errors to CPython's SyntaxError messages and positions where they are
/// known (CPython's tokenizer errors and the `invalid_*` rules of its grammar).
fn parse_error(
    src: &SourceIndex,
    filename: &str,
    source: &str,
    mode: Mode,
    e: ruff_python_parser::ParseError,
) -> CompileError {
    use ruff_python_parser::LexicalErrorType;
    let start = e.location.start().to_u32();
    let end = e.location.end().to_u32();
    let syntax = |msg: String| src.error(ErrorKind::SyntaxError, msg, filename, start, end);
    let (line, _) = src.line_col(start);
    let line_text = src.line_text(line).unwrap_or("");
    let line_start = start - src.line_col(start).1;
    match &e.error {
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            // Reported after the whole line, newline included, as CPython's tokenizer does.
            let mut e = src.error(
                ErrorKind::IndentationError,
                "unindent does not match any outer indentation level",
                filename,
                line_start,
                line_start,
            );
            let text = line_text.trim_end_matches(['\n', '\r']);
            e.offset = text.chars().count() as u32 + 1;
            e.end_offset = -1;
            e.text = Some(format!("{text}\n"));
            e
        }
        ParseErrorType::UnexpectedIndentation => {
            let mut e = src.error(
                ErrorKind::IndentationError,
                "unexpected indent",
                filename,
                line_start,
                line_start,
            );
            let indent = line_text.len() - line_text.trim_start_matches([' ', '\t', '\x0c']).len();
            e.offset = indent as u32;
            e.end_offset = -1;
            e
        }
        ParseErrorType::ExpectedToken {
            expected: ruff_python_ast::token::TokenKind::Indent,
            ..
        } => expected_indent_error(src, filename, start, end),
        ParseErrorType::OtherError(m) if m.starts_with("Expected an indented block") => {
            if m.contains("`case`") {
                // Reported at the line after the `case` header's newline.
                let mut at = start as usize;
                loop {
                    let rest = &source[at..];
                    let blank = rest.trim_start_matches([' ', '\t', '\x0c']);
                    if blank.starts_with(['\n', '\r', '#']) {
                        at = source.len() - blank.len();
                        at += blank.find('\n').map_or(blank.len(), |n| n + 1);
                    } else {
                        break;
                    }
                }
                if at < source.trim_end().len() {
                    return expected_indent_error(src, filename, at as u32, at as u32);
                }
            }
            expected_indent_error(src, filename, start, end)
        }
        ParseErrorType::OtherError(m)
            if m.starts_with("Expected an `except` or `finally` clause")
                || m.starts_with("Expected `except` or `finally` after `try` block") =>
        {
            try_without_handler(src, filename, source, start)
        }
        ParseErrorType::Lexical(LexicalErrorType::FStringError(
            ruff_python_parser::InterpolatedStringErrorType::UnterminatedString
            | ruff_python_parser::InterpolatedStringErrorType::UnterminatedTripleQuotedString,
        )) => {
            // At the f-string's start, prefix included (FSTRING_START); ruff reports it
            // after the opening quote.
            let head = source[..start as usize]
                .trim_end_matches(['\'', '"'])
                .trim_end_matches(|c: char| c.is_ascii_alphabetic());
            unterminated(src, source, filename, head.len() as u32, line, "f-string")
        }
        ParseErrorType::Lexical(
            LexicalErrorType::UnclosedStringError
            | LexicalErrorType::TStringError(
                ruff_python_parser::InterpolatedStringErrorType::UnterminatedString
                | ruff_python_parser::InterpolatedStringErrorType::UnterminatedTripleQuotedString,
            ),
        ) => {
            // ruff reads `t'` as a t-string (Python 3.14); for 3.12 the `t` is a name and
            // the string starts at the quote (`'don't'`).
            let t_string = matches!(
                e.error,
                ParseErrorType::Lexical(LexicalErrorType::TStringError(_))
            );
            let start = if t_string {
                // reported after the opening quote(s)
                let head = &source[..start as usize];
                let quote = head.chars().next_back().unwrap_or('\'');
                let quotes = if head.ends_with(&quote.to_string().repeat(3)) {
                    3
                } else {
                    1
                };
                start.saturating_sub(quotes)
            } else {
                start
            };
            unterminated(src, source, filename, start, line, "string")
        }
        ParseErrorType::Lexical(LexicalErrorType::Eof) => match unclosed_before(source, start) {
            Some(e) => never_closed(src, filename, source, e),
            None => syntax("unexpected EOF while parsing".into()),
        },
        ParseErrorType::InvalidAssignmentTarget
        | ParseErrorType::InvalidNamedAssignmentTarget
        | ParseErrorType::InvalidAnnotatedAssignmentTarget => {
            let name = expr_name(&source[start as usize..end as usize]);
            // `invalid_named_expression`: a lone bad target before a single `=` starting the
            // statement reads as a mistyped comparison.
            let before = &source[line_start as usize..start as usize];
            let after = source[end as usize..].trim_start_matches([' ', '\t']);
            let single_eq = after.starts_with('=')
                && !after.starts_with("==")
                && !after[1..]
                    .split(['\n', ';'])
                    .next()
                    .unwrap_or("")
                    .contains(" = ");
            let excluded = matches!(name, "list" | "tuple" | "generator expression")
                || matches!(
                    &source[start as usize..end as usize],
                    "True" | "False" | "None"
                );
            if before.trim().is_empty() && single_eq && !excluded {
                syntax(format!(
                    "cannot assign to {name} here. Maybe you meant '==' instead of '='?"
                ))
            } else {
                syntax(format!("cannot assign to {name}"))
            }
        }
        ParseErrorType::InvalidAugmentedAssignmentTarget => syntax(format!(
            "'{}' is an illegal expression for augmented assignment",
            expr_name(&source[start as usize..end as usize])
        )),
        ParseErrorType::InvalidDeleteTarget => syntax(format!(
            "cannot delete {}",
            expr_name(&source[start as usize..end as usize])
        )),
        ParseErrorType::ExpectedToken {
            expected: ruff_python_ast::token::TokenKind::Colon,
            found: ruff_python_ast::token::TokenKind::Newline,
        } => {
            let mut e = src.error(
                ErrorKind::SyntaxError,
                "expected ':'",
                filename,
                start,
                start,
            );
            e.end_offset = e.offset as i32 + 1;
            e
        }
        ParseErrorType::ExpectedToken { found, .. }
            if found.as_augmented_assign_operator().is_some() =>
        {
            // `invalid_assignment`: `a, b += 1`, the whole target named.
            let indent = line_text.len() - line_text.trim_start().len();
            let from = line_start + indent as u32;
            let target = source[from as usize..start as usize].trim_end();
            let name = expr_name(target);
            src.error(
                ErrorKind::SyntaxError,
                format!("'{name}' is an illegal expression for augmented assignment"),
                filename,
                from,
                from + target.len() as u32,
            )
        }
        ParseErrorType::ExpectedToken {
            expected: ruff_python_ast::token::TokenKind::Colon,
            found: ruff_python_ast::token::TokenKind::Equal,
        } if source[end as usize..]
            .trim_start_matches([' ', '\t'])
            .starts_with(['>', '<', '!']) =>
        {
            // `if x => 1:`: no expression can start at '>', so `invalid_named_expression`
            // does not match; the error is at the '='.
            src.error(
                ErrorKind::SyntaxError,
                "invalid syntax",
                filename,
                start,
                start + 1,
            )
        }
        ParseErrorType::ExpectedToken {
            expected: ruff_python_ast::token::TokenKind::Colon,
            found: ruff_python_ast::token::TokenKind::Equal,
        } if name_before(source, start).is_some() => {
            // `invalid_named_expression`: `if x = 1:`.
            let from = name_before(source, start).unwrap_or(start as usize);
            let rest = &source[end as usize..];
            let value = rest.split([':', '\n', '\r']).next().unwrap_or("");
            let to = end as usize + value.trim_end().len();
            src.error(
                ErrorKind::SyntaxError,
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                filename,
                from as u32,
                to as u32,
            )
        }
        ParseErrorType::ExpectedToken {
            expected: ruff_python_ast::token::TokenKind::Colon,
            found:
                ruff_python_ast::token::TokenKind::Rbrace | ruff_python_ast::token::TokenKind::Comma,
        } if unclosed_before(source, start).is_some_and(|o| source.as_bytes()[o] == b'{') => {
            // `invalid_double_starred_kvpairs` / `invalid_kvpair`: a key without a value.
            // At the key's last character (`a->end_col_offset - 1`).
            missing_colon(src, source, filename, start)
        }
        ParseErrorType::ExpectedToken { .. } if key_without_colon(source, start) => {
            // `invalid_kvpair` after other pairs: `{'a': 1, 'b' 2}`, at the key's last
            // character.
            missing_colon(src, source, filename, start)
        }
        ParseErrorType::OtherError(m) if m.starts_with("Bytes literal cannot be mixed") => {
            // `_PyPegen_concatenate_strings` raises at the last token read: the one after
            // the strings (a NEWLINE is one column wide).
            let rest = &source[end as usize..];
            let blanks: &[char] = if unclosed_before(source, end).is_some() {
                &[' ', '\t', '\x0c', '\n', '\r']
            } else {
                &[' ', '\t', '\x0c']
            };
            let at = (source.len() - rest.trim_start_matches(blanks).len()) as u32;
            let mut e = src.error(
                ErrorKind::SyntaxError,
                "cannot mix bytes and nonbytes literals",
                filename,
                at,
                at,
            );
            e.end_offset = e.offset as i32 + 1;
            e
        }
        ParseErrorType::ParamAfterVarKeywordParam => {
            syntax("arguments cannot follow var-keyword argument".into())
        }
        ParseErrorType::FStringError(
            ruff_python_parser::InterpolatedStringErrorType::UnclosedLbrace,
        )
        | ParseErrorType::Lexical(LexicalErrorType::FStringError(
            ruff_python_parser::InterpolatedStringErrorType::UnclosedLbrace,
        )) => src.error(
            ErrorKind::SyntaxError,
            "f-string: expecting '}'",
            filename,
            start,
            start,
        ),
        ParseErrorType::ExpectedExpression
            if source[..start as usize].trim_end().ends_with('{')
                && source[start as usize..].starts_with(['\'', '"']) =>
        {
            // `f'{'`: the replacement field ends with the string (a tokenizer error: no
            // width).
            src.error(
                ErrorKind::SyntaxError,
                "f-string: expecting '}'",
                filename,
                start,
                start,
            )
        }
        ParseErrorType::InvalidArgumentUnpackingOrder => src.error(
            ErrorKind::SyntaxError,
            "iterable argument unpacking follows keyword argument unpacking",
            filename,
            start,
            start + 1,
        ),
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            syntax("Generator expression must be parenthesized".into())
        }
        ParseErrorType::ExpectedKeywordParam => syntax("named arguments must follow bare *".into()),
        ParseErrorType::PositionalAfterKeywordArgument => {
            // Reported at the token after the argument (the last one the parser read).
            let after = end as usize
                + (source[end as usize..].len() - source[end as usize..].trim_start().len());
            let len = token_len(source, after);
            src.error(
                ErrorKind::SyntaxError,
                "positional argument follows keyword argument",
                filename,
                after as u32,
                (after + len) as u32,
            )
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            syntax("parameter without a default follows parameter with a default".into())
        }
        _ => {
            // A generic "invalid syntax" points at one token. CPython then tokenizes to the
            // end (`_PyPegen_tokenize_full_source_to_check_for_errors`): a bracket still open
            // there, opened on a line before the error's, is "'(' was never closed" instead.
            // (When a limit stops the scan first, the bracket open at the error is taken.)
            let open = tokenizer_limits::open_at_end(source)
                .unwrap_or_else(|| unclosed_before(source, start));
            if let Some(open) = open {
                if src.line_col(open as u32).0 < line {
                    return never_closed(src, filename, source, open);
                }
            }
            // `invalid_legacy_expression`: `print x` / `exec x`.
            let before = &source[line_start as usize..start as usize];
            let word = before.trim_end_matches([' ', '\t']);
            if word != before && (word.ends_with("print") || word.ends_with("exec")) {
                let name = if word.ends_with("print") {
                    "print"
                } else {
                    "exec"
                };
                let word_start = word.len() - name.len();
                let standalone = !word[..word_start]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.');
                let rest = source[start as usize..]
                    .split(['\n', '\r'])
                    .next()
                    .unwrap_or("");
                if standalone && !rest.trim().is_empty() && !rest.starts_with(['(', '=', '.']) {
                    let from = line_start + word_start as u32;
                    let to = start + rest.trim_end().len() as u32;
                    return src.error(
                        ErrorKind::SyntaxError,
                        format!(
                            "Missing parentheses in call to '{name}'. Did you mean {name}(...)?"
                        ),
                        filename,
                        from,
                        to,
                    );
                }
            }
            let at_end = source[start as usize..].trim().is_empty();
            if at_end && mode == Mode::Eval && !source.ends_with(['\n', '\r']) {
                // The error is at ENDMARKER of an expression without a newline.
                let mut e = src.error(
                    ErrorKind::SyntaxError,
                    "invalid syntax",
                    filename,
                    start,
                    start,
                );
                (e.offset, e.end_offset) = (0, 0);
                return e;
            }
            let rest = &source[start as usize..];
            if rest.starts_with([')', ']', '}']) && unclosed_before(source, start).is_none() {
                let c = &rest[..1];
                // A tokenizer error: its text stops before the newline.
                let mut e = src.error(
                    ErrorKind::SyntaxError,
                    format!("unmatched '{c}'"),
                    filename,
                    start,
                    start,
                );
                e.text = e.text.map(|t| t.trim_end_matches(['\n', '\r']).to_string());
                return e;
            }
            if rest.is_empty() || rest.starts_with(['\n', '\r']) {
                // The NEWLINE token: one column past the end of the line.
                let mut e = src.error(
                    ErrorKind::SyntaxError,
                    "invalid syntax",
                    filename,
                    start,
                    start,
                );
                e.end_offset = e.offset as i32 + 1;
                return e;
            }
            let len = token_len(source, start as usize);
            src.error(
                ErrorKind::SyntaxError,
                "invalid syntax",
                filename,
                start,
                start + len as u32,
            )
        }
    }
}

/// CPython's tokenizer feeds its parser token by token, so a syntax error before the line
/// where a tokenizer limit is broken is the one reported. The lines before that one are
/// parsed on their own (an error at their very end only means they were cut there).
/// `compile(..., "single")` takes one statement: a compound one, or one line of simple ones
/// (pegen's `bad_single_statement` and the `statement_newline` rule).
fn single_statement_only(
    src: &SourceIndex,
    filename: &str,
    body: &[Stmt],
) -> Result<(), CompileError> {
    use ruff_text_size::Ranged;
    let text = src.text();
    let compound = |s: &Stmt| {
        matches!(
            s,
            Stmt::FunctionDef(_)
                | Stmt::ClassDef(_)
                | Stmt::If(_)
                | Stmt::For(_)
                | Stmt::While(_)
                | Stmt::With(_)
                | Stmt::Try(_)
                | Stmt::Match(_)
        )
    };
    let Some(first) = body.first() else {
        return Ok(());
    };
    if compound(first) {
        let Some(next) = body.get(1) else {
            return Ok(());
        };
        // The parser wanted the NEWLINE ending the compound statement at the next token.
        let start = next.range().start().to_u32();
        let rest = &text[start as usize..];
        let ident = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '_'))
            .map_or(rest.len(), |(i, _)| i);
        let len = if ident > 0 {
            ident
        } else {
            rest.chars().next().map_or(1, char::len_utf8)
        };
        return Err(src.error(
            ErrorKind::SyntaxError,
            "invalid syntax",
            filename,
            start,
            start + len as u32,
        ));
    }
    let mut last = first;
    for next in &body[1..] {
        let between = &text[last.range().end().to_usize()..next.range().start().to_usize()];
        if !between.contains(';') || compound(next) {
            // The NEWLINE token after the line (from its comment, if any, through the
            // newline) is where the parser saw more to read.
            let end = last.range().end().to_usize();
            let tail = &text[end..];
            let nl = end + tail.find('\n').unwrap_or(tail.len());
            let start = end + tail[..nl - end].find('#').unwrap_or(nl - end);
            let mut e = src.error(
                ErrorKind::SyntaxError,
                "multiple statements found while compiling a single statement",
                filename,
                start as u32,
                nl as u32,
            );
            e.end_offset += 1;
            return Err(e);
        }
        last = next;
    }
    Ok(())
}

fn earlier_parse_error(
    source: &str,
    src: &SourceIndex,
    filename: &str,
    mode: Mode,
    limit: CompileError,
) -> CompileError {
    if limit.lineno <= 1 {
        return limit;
    }
    let cut = source
        .char_indices()
        .filter(|&(_, c)| c == '\n')
        .nth(limit.lineno as usize - 2)
        .map_or(0, |(i, _)| i + 1);
    let prefix = &source[..cut];
    let parse_mode = match mode {
        Mode::Eval => ruff_python_parser::Mode::Expression,
        Mode::Exec | Mode::Single => ruff_python_parser::Mode::Module,
    };
    let options =
        ParseOptions::from(parse_mode).with_target_version(ruff_python_ast::PythonVersion::PY312);
    // Errors the tokenizer raises itself (not indentation or the int limit) win over parse
    // errors before them: CPython's parser reads ahead into them, and on a generic "invalid
    // syntax" tokenizes the rest of the source for them
    // (`_PyPegen_tokenize_full_source_to_check_for_errors`).
    let raised_by_tokenizer = limit.msg == "too many nested parentheses"
        || limit.msg.starts_with("closing parenthesis")
        || limit.msg.starts_with("invalid digit")
        || limit.msg.starts_with("invalid ") && limit.msg.ends_with(" literal")
        || limit.msg.starts_with("leading zeros")
        || limit.msg.starts_with("f-string:");
    if raised_by_tokenizer {
        return limit;
    }
    match ruff_python_parser::parse(prefix, options) {
        Err(e) if (e.location.end().to_u32() as usize) < prefix.trim_end().len() => {
            parse_error(src, filename, source, mode, e)
        }
        _ => limit,
    }
}

/// The start of the plain name that ends just before `at` (spaces between), if there is one.
fn name_before(source: &str, at: u32) -> Option<usize> {
    let before = source.get(..at as usize)?.trim_end_matches([' ', '\t']);
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_')
        .last()
        .map(|(i, _)| i)?;
    let word = &before[start..];
    let keyword = matches!(
        word,
        "if" | "elif"
            | "while"
            | "for"
            | "with"
            | "in"
            | "not"
            | "and"
            | "or"
            | "is"
            | "lambda"
            | "return"
            | "del"
            | "assert"
    );
    let first = word.chars().next()?;
    let preceded_ok = before[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '.'));
    (!keyword && !first.is_ascii_digit() && preceded_ok).then_some(start)
}

/// The tokenizer's "unterminated [triple-quoted] {what} literal (detected at line N)" for a
/// literal whose prefix starts at `start` (a triple-quoted one is detected at the last line),
/// its text without the newline.
fn unterminated(
    src: &SourceIndex,
    source: &str,
    filename: &str,
    start: u32,
    line: u32,
    what: &str,
) -> CompileError {
    let quote = source[start as usize..].trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let msg = if quote.starts_with("\"\"\"") || quote.starts_with("'''") {
        let last = src.line_col(source.len().saturating_sub(1) as u32).0;
        format!("unterminated triple-quoted {what} literal (detected at line {last})")
    } else {
        format!("unterminated {what} literal (detected at line {line})")
    };
    let mut e = src.error(ErrorKind::SyntaxError, msg, filename, start, start);
    e.text = e.text.map(|t| t.trim_end_matches(['\n', '\r']).to_string());
    e
}

/// `invalid_kvpair`'s "':' expected after dictionary key", at the last character of the key
/// that ends before `at` (`a->end_col_offset - 1`), with no end.
fn missing_colon(src: &SourceIndex, source: &str, filename: &str, at: u32) -> CompileError {
    let before = source[..at as usize].trim_end();
    let last = before
        .char_indices()
        .next_back()
        .map_or(0, |(i, _)| i as u32);
    let mut e = src.error(
        ErrorKind::SyntaxError,
        "':' expected after dictionary key",
        filename,
        last,
        last,
    );
    e.end_offset = 0;
    e
}

/// Whether the code before `at` is a dict display's key with no ':' after at least one
/// complete pair (or `**mapping`) and a comma: `{'a': 1, 'b' 2}` (pegen's
/// `','.double_starred_kvpair+ ',' invalid_kvpair`; a comprehension is no display).
fn key_without_colon(source: &str, at: u32) -> bool {
    let key_end = source[..at as usize].trim_end().len();
    let Some(open) = unclosed_before(source, key_end as u32) else {
        return false;
    };
    if source.as_bytes()[open] != b'{' {
        return false;
    }
    // The top-level pieces of the display between its '{' and the key's end.
    let mut pieces = vec![String::new()];
    let (mut depth, mut quote) = (0usize, None::<char>);
    let mut chars = source[open + 1..key_end].chars();
    while let Some(c) = chars.next() {
        // String literals count as code, their text as 's'.
        let shown = match quote {
            Some(q) => {
                if c == '\\' {
                    chars.next();
                } else if c == q {
                    quote = None;
                }
                's'
            }
            None if c == '\'' || c == '"' => {
                quote = Some(c);
                's'
            }
            None if "([{".contains(c) => {
                depth += 1;
                c
            }
            None if ")]}".contains(c) => {
                depth = depth.saturating_sub(1);
                c
            }
            None if c == ',' && depth == 0 => {
                pieces.push(String::new());
                continue;
            }
            None => c,
        };
        if depth == 0 {
            if let Some(p) = pieces.last_mut() {
                p.push(shown);
            }
        }
    }
    let Some((key, pairs)) = pieces.split_last() else {
        return false;
    };
    let pair = |p: &String| p.contains(':') || p.trim_start().starts_with("**");
    !pairs.is_empty()
        && pairs.iter().all(pair)
        && !key.contains(':')
        && !key.trim().is_empty()
        && !pieces
            .iter()
            .any(|p| p.contains(" for ") || p.contains(" async "))
}

/// The innermost bracket still open at `at`, if any.
fn unclosed_before(source: &str, at: u32) -> Option<usize> {
    let prefix = source.get(..at as usize)?;
    tokenizer_limits::unclosed_bracket(prefix)
}

/// Where the next code is from `at`: `at` itself unless the rest of its line is blank or a
/// comment, else the first token of the next line that holds code (the end of the source if
/// none does).
fn next_code(source: &str, at: usize) -> usize {
    let mut at = at.min(source.len());
    loop {
        let rest = &source[at..];
        let blank = rest.trim_start_matches([' ', '\t', '\x0c']);
        if blank.is_empty() {
            return source.len();
        }
        if !blank.starts_with(['\n', '\r', '#']) {
            return source.len() - blank.len();
        }
        let skipped = source.len() - blank.len();
        at = skipped + blank.find('\n').map_or(blank.len(), |n| n + 1);
    }
}

/// `invalid_try_stmt`'s "expected 'except' or 'finally' block", raised at the token after
/// the block (pegen's last token read): the next statement's first token when it is level
/// with the `try`; a DEDENT when it is left of it (at the column after its indentation, with
/// no end); at the end of the input, after the last line (newline included, one added if
/// missing, as for `exec` input), with no end.
fn try_without_handler(
    src: &SourceIndex,
    filename: &str,
    source: &str,
    start: u32,
) -> CompileError {
    const MSG: &str = "expected 'except' or 'finally' block";
    let at = next_code(source, start as usize);
    if at >= source.len() {
        let last = source.len().saturating_sub(1) as u32;
        let line = src.line_col(last).0;
        let text = src.line_text(line).unwrap_or("");
        let text = format!("{}\n", text.trim_end_matches(['\n', '\r']));
        let mut e = src.error(ErrorKind::SyntaxError, MSG, filename, last, last);
        (e.offset, e.end_offset) = (text.chars().count() as u32, -1);
        e.text = Some(text);
        return e;
    }
    let (line, _) = src.line_col(at as u32);
    let indent = line_indent(src, line);
    // The `try` is the nearest line above with less indentation than every line after it
    // (the block's enclosing headers, innermost first) that starts with `try`.
    let mut least = usize::MAX;
    let mut try_indent = None;
    for n in (1..line).rev() {
        let text = src.line_text(n).unwrap_or("");
        let code = text.trim_start_matches([' ', '\t', '\x0c']);
        if code.trim().is_empty() || code.starts_with('#') {
            continue;
        }
        let i = text.len() - code.len();
        if i < least {
            least = i;
            let word = code
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .next();
            if word == Some("try") {
                try_indent = Some(i);
                break;
            }
        }
    }
    if try_indent.is_some_and(|t| indent < t) {
        let mut e = src.error(ErrorKind::SyntaxError, MSG, filename, at as u32, at as u32);
        (e.offset, e.end_offset) = (indent as u32, -1);
        return e;
    }
    let len = token_len(source, at);
    src.error(
        ErrorKind::SyntaxError,
        MSG,
        filename,
        at as u32,
        (at + len) as u32,
    )
}

/// The indentation (bytes) of a 1-based line.
fn line_indent(src: &SourceIndex, line: u32) -> usize {
    let text = src.line_text(line).unwrap_or("");
    text.len() - text.trim_start_matches([' ', '\t', '\x0c']).len()
}

/// "'(' was never closed" at the bracket at `at`.
fn never_closed(src: &SourceIndex, filename: &str, source: &str, at: usize) -> CompileError {
    let bracket = source.as_bytes()[at] as char;
    let mut e = src.error(
        ErrorKind::SyntaxError,
        format!("'{bracket}' was never closed"),
        filename,
        at as u32,
        at as u32,
    );
    e.end_offset = 0;
    // The tokenizer is at the end of the input: a bracket on an earlier line has its line
    // taken from the tokenizer's buffers, without the newline.
    let last = src.line_col(source.len().saturating_sub(1) as u32).0;
    if e.lineno < last {
        e.text = e.text.map(|t| t.trim_end_matches(['\n', '\r']).to_string());
    }
    e
}

/// The length in bytes of the token at `at` (1 for a newline or the end of input).
fn token_len(source: &str, at: usize) -> usize {
    let rest = source.get(at..).unwrap_or("");
    let Some(c) = rest.chars().next() else {
        return 1;
    };
    // A string literal (prefix included) is one token.
    let prefix = rest
        .bytes()
        .take_while(|b| matches!(b.to_ascii_lowercase(), b'r' | b'b' | b'u' | b'f'))
        .count();
    if prefix <= 2 && rest[prefix..].starts_with(['\'', '"']) {
        if let Some((s, e)) = invalid_rules::string_around(source, at + prefix) {
            if s <= at {
                return e - at;
            }
        }
    }
    if c == '.' && rest[1..].starts_with(|d: char| d.is_ascii_digit()) {
        return 1 + rest[1..]
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len() - 1);
    }
    if rest.starts_with("<>") {
        return 2;
    }
    if c.is_alphanumeric() || c == '_' {
        return rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
    }
    const OPS: [&str; 47] = [
        "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//",
        "/=", ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=", "~", "%", "&", "(", ")", "*",
        "+", ",", "-", ".", "/", ":", ";", "<", "=", ">", "@", "[", "]", "^", "{", "|", "}",
    ];
    OPS.iter()
        .find(|op| rest.starts_with(**op))
        .map_or(c.len_utf8(), |op| op.len())
}

/// `_PyPegen_get_expr_name`: what CPython calls the expression `text` in its errors.
pub(crate) fn expr_name(text: &str) -> &'static str {
    let options = ParseOptions::from(ruff_python_parser::Mode::Expression)
        .with_target_version(ruff_python_ast::PythonVersion::PY312);
    // A bare `yield` parses only in parentheses.
    let Ok(parsed) = ruff_python_parser::parse(text, options.clone())
        .or_else(|_| ruff_python_parser::parse(&format!("({text})"), options))
    else {
        return "expression";
    };
    let ruff_python_ast::Mod::Expression(e) = parsed.into_syntax() else {
        return "expression";
    };
    match &*e.body {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) => "f-string expression",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        _ => "literal",
    }
}

/// CPython's "expected an indented block after ... on line N" (IndentationError), reported at
/// the first token of the line that should have been indented. The block's header is the
/// last non-blank line before it; its first word names the statement.
fn expected_indent_error(src: &SourceIndex, filename: &str, start: u32, end: u32) -> CompileError {
    // ruff may report it at the header's newline: the statement is the next code after it.
    // (At the end of the input it stays where it is.)
    let next = next_code(src.text(), start as usize);
    let (start, end) = if next < src.text().len() {
        (next as u32, end.max(next as u32))
    } else {
        (start, end)
    };
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
    let word = if word == "except" && htext[6..].trim_start().starts_with('*') {
        "except*".to_string()
    } else if word == "async" {
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
        "if" | "elif" | "else" | "for" | "while" | "with" | "try" | "except" | "except*"
        | "finally" | "match" | "case" => format!("'{word}' statement"),
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
        e.end_offset = -1;
        return e;
    }
    // The statement that should have been indented: its first token, or a DEDENT when it is
    // left of the header (pegen reports a DEDENT at the column after the indentation, with
    // no end).
    let text = src.line_text(line).unwrap_or("");
    let indent = text.len() - text.trim_start().len();
    if indent < line_indent(src, hline) {
        let mut e = src.error(ErrorKind::IndentationError, msg, filename, start, start);
        (e.offset, e.end_lineno, e.end_offset) = (indent as u32, e.lineno, -1);
        return e;
    }
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
