//! What the compiler reports: `CompileError` (CPython's SyntaxError fields) and the warnings it
//! emits for the VM to issue (`SyntaxWarning`, `DeprecationWarning`).

use std::fmt;

/// Which exception class a compile error becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Nesting too deep for the compiler (CPython raises RecursionError during compilation).
    RecursionError,
    /// A construct pydive does not compile yet; the VM raises it as SyntaxError naming it.
    NotImplemented,
}

impl ErrorKind {
    /// The Python exception class name.
    pub fn class_name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError | ErrorKind::NotImplemented => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// A SyntaxError (or subclass) with CPython's fields. Positions are 1-based lines and 1-based
/// columns counted in characters, as `SyntaxError.offset` is; 0 when unknown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    /// -1 where CPython's tokenizer leaves it so (indentation errors).
    pub end_offset: i32,
    /// The source line the error is on (with its newline), if known.
    pub text: Option<String>,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} ({}, line {})",
            self.kind.class_name(),
            self.msg,
            self.filename,
            self.lineno
        )
    }
}

impl std::error::Error for CompileError {}

/// Warning classes the compiler emits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WarningCategory {
    SyntaxWarning,
    DeprecationWarning,
}

/// A warning the compiler emitted, for the VM to issue through `warnings.warn_explicit`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileWarning {
    pub category: WarningCategory,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    /// 1-based character column, 0 if unknown.
    pub offset: u32,
    /// The SyntaxError CPython raises instead when the warnings filters turn this warning
    /// into an exception (`compiler_warn` / `_PyPegen_warn_invalid_escape_sequence`).
    pub error: Box<CompileError>,
}

/// Maps ruff's byte offsets to CPython's positions: 1-based line numbers and 0-based UTF-8 byte
/// columns within the line (what `co_positions()` holds).
#[derive(Clone, Debug)]
pub struct SourceIndex {
    line_starts: Vec<u32>,
    source: std::sync::Arc<str>,
}

impl SourceIndex {
    pub fn new(source: &str) -> SourceIndex {
        let mut line_starts = vec![0u32];
        let bytes = source.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                // A lone CR ends a line too, as CPython's tokenizer treats it.
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => line_starts.push(i as u32 + 1),
                _ => {}
            }
            i += 1;
        }
        SourceIndex {
            line_starts,
            source: source.into(),
        }
    }

    /// The whole source text.
    pub fn text(&self) -> &str {
        &self.source
    }

    /// (1-based line, 0-based byte column) of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, offset - self.line_starts[line])
    }

    /// The text of a 1-based line, with its line ending.
    pub fn line_text(&self, lineno: u32) -> Option<&str> {
        let i = (lineno as usize).checked_sub(1)?;
        let start = *self.line_starts.get(i)? as usize;
        let end = self
            .line_starts
            .get(i + 1)
            .map_or(self.source.len(), |&e| e as usize);
        self.source.get(start..end)
    }

    /// 1-based character column (SyntaxError.offset) of a byte offset.
    pub fn char_offset(&self, offset: u32) -> (u32, u32) {
        let (line, col) = self.line_col(offset);
        let start = self.line_starts[line as usize - 1] as usize;
        let chars = self
            .source
            .get(start..start + col as usize)
            .map_or(col as usize, |s| s.chars().count());
        (line, chars as u32 + 1)
    }

    /// A SyntaxError of `kind` covering the byte range `start..end`.
    pub fn error(
        &self,
        kind: ErrorKind,
        msg: impl Into<String>,
        filename: &str,
        start: u32,
        end: u32,
    ) -> CompileError {
        let (lineno, offset) = self.char_offset(start);
        let (end_lineno, end_offset) = self.char_offset(end.max(start));
        CompileError {
            kind,
            msg: msg.into(),
            filename: filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset: end_offset as i32,
            text: self.line_text(lineno).map(str::to_string),
        }
    }
}

/// `PyErr_ProgramTextObject`: errors found after parsing (future imports, symtable, codegen)
/// take their `text` from the file named `filename`, read again from disk, as CPython's
/// compiler does; a source with no such file (`<string>`) gets None.
pub fn with_program_text(mut e: CompileError) -> CompileError {
    let line = (e.lineno as usize).checked_sub(1).and_then(|i| {
        let bytes = std::fs::read(&e.filename).ok()?;
        let text = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
        text.split_inclusive('\n').nth(i).map(str::to_string)
    });
    e.text = line;
    e
}
