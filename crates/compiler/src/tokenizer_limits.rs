//! The limits CPython's tokenizer (`Parser/tokenizer.c`) enforces before the parser sees a
//! token, checked in one pass over the source: ruff's parser has none of them.
//!
//! - no NUL byte ("source code string cannot contain null bytes");
//! - at most `MAXLEVEL` (200) open brackets, the `{` of an f-string replacement field included
//!   ("too many nested parentheses");
//! - at most `MAXINDENT` (100) indentation levels ("too many levels of indentation");
//! - tabs and spaces used consistently: indentation compares the same way with tabs of 8 and
//!   tabs of 1 column (`TabError`);
//! - f-string format specs nested at most 2 deep ("f-string: expressions nested too deeply");
//! - decimal integer literals of at most 4300 digits (the int/str conversion limit, which
//!   CPython's parser applies when it converts the literal).
//!
//! The scan is a small state machine with an explicit stack (no recursion), so no input can
//! overflow the Rust stack here. Anything it does not understand it leaves to the parser.

use crate::error::{CompileError, ErrorKind, SourceIndex};

/// `MAXLEVEL`: open brackets.
const MAX_PAREN_LEVEL: usize = 200;
/// `MAXINDENT`: indentation levels (the stack holds at most 99 indents besides column 0).
const MAX_INDENT: usize = 100;
/// Format specs nested in format specs: `f'{x:{y:{z}}}'` is the deepest CPython accepts.
const MAX_FSTRING_SPEC_DEPTH: usize = 2;
/// `sys.int_info.default_max_str_digits`: decimal digits an int literal may have.
const MAX_STR_DIGITS: usize = 4300;

/// What the scanner is inside of.
#[derive(Clone, Copy)]
enum Frame {
    /// The literal text of an f-string.
    FString { quote: u8, triple: bool, raw: bool },
    /// The expression of a replacement field: `level` is the bracket level of its `{`;
    /// `spec_depth` counts the format specs around it.
    Field { level: usize, spec_depth: usize },
    /// A format spec (after `:` in a field), itself a literal that may hold fields.
    Spec { spec_depth: usize },
}

struct Scan<'a> {
    b: &'a [u8],
    i: usize,
    level: usize,
    frames: Vec<Frame>,
    /// Where each open bracket of code is (f-string fields excluded).
    open: Vec<usize>,
    src: &'a SourceIndex,
    filename: &'a str,
}

/// Checks the tokenizer's limits; the first one broken is the error.
pub fn check(source: &str, src: &SourceIndex, filename: &str) -> Result<(), CompileError> {
    if source.as_bytes().contains(&0) {
        return Err(CompileError {
            kind: ErrorKind::SyntaxError,
            msg: "source code string cannot contain null bytes".into(),
            filename: filename.to_string(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
        });
    }
    let mut s = Scan {
        b: source.as_bytes(),
        i: 0,
        level: 0,
        frames: Vec::new(),
        open: Vec::new(),
        src,
        filename,
    };
    s.run()
}

/// The innermost bracket still open at the end of the source, if any: CPython's tokenizer
/// reports "'(' was never closed" there when the input ends inside brackets.
pub fn unclosed_bracket(source: &str) -> Option<usize> {
    open_at_end(source).flatten()
}

/// `Some(unclosed_bracket)` when the scan reaches the end of the source; None when one of the
/// limits stops it first.
pub fn open_at_end(source: &str) -> Option<Option<usize>> {
    let src = SourceIndex::new(source);
    let mut s = Scan {
        b: source.as_bytes(),
        i: 0,
        level: 0,
        frames: Vec::new(),
        open: Vec::new(),
        src: &src,
        filename: "",
    };
    s.run().ok()?;
    Some(s.open.last().copied())
}

impl Scan<'_> {
    fn peek(&self, k: usize) -> Option<u8> {
        self.b.get(self.i + k).copied()
    }

    /// A tokenizer error: its end is its start, as CPython's tokenizer reports.
    fn error(&self, kind: ErrorKind, msg: &str, at: usize) -> CompileError {
        self.src
            .error(kind, msg, self.filename, at as u32, at as u32)
    }

    /// "closing parenthesis ']' does not match opening parenthesis '('" at the closing one
    /// (`self.i`), naming the opening one's line when it is another; the text is the line
    /// without its newline, as the tokenizer's errors have it.
    fn mismatch(&self, opening: u8, closing: u8, opened_at: usize) -> CompileError {
        let (open_line, _) = self.src.line_col(opened_at as u32);
        let (line, _) = self.src.line_col(self.i as u32);
        let (opening, closing) = (opening as char, closing as char);
        let mut msg = format!(
            "closing parenthesis '{closing}' does not match opening parenthesis '{opening}'"
        );
        if open_line != line {
            msg += &format!(" on line {open_line}");
        }
        let mut e = self.error(ErrorKind::SyntaxError, &msg, self.i);
        e.text = e.text.map(|t| t.trim_end_matches(['\n', '\r']).to_string());
        e
    }

    /// An indentation error is reported at column 1 of its line, as CPython does.
    fn line_error(&self, kind: ErrorKind, msg: &str, line_start: usize) -> CompileError {
        let mut e = self.src.error(
            kind,
            msg,
            self.filename,
            line_start as u32,
            line_start as u32,
        );
        e.offset = 1;
        e.end_offset = 0;
        e
    }

    fn run(&mut self) -> Result<(), CompileError> {
        // (columns with tabs of 8, columns with tabs of 1) of each indentation level.
        let mut indents: Vec<(usize, usize)> = vec![(0, 0)];
        let mut at_line_start = true;
        while self.i < self.b.len() {
            if at_line_start {
                at_line_start = false;
                if self.level == 0 && self.frames.is_empty() {
                    self.indentation(&mut indents)?;
                    continue;
                }
            }
            match self.frames.last().copied() {
                Some(Frame::FString { quote, triple, raw }) => {
                    if !self.fstring_literal(quote, triple, raw)? {
                        return Ok(());
                    }
                }
                Some(Frame::Spec { spec_depth }) => {
                    if !self.spec_literal(spec_depth)? {
                        return Ok(());
                    }
                }
                Some(Frame::Field { .. }) | None => {
                    if self.code_char(&mut at_line_start)? {
                        return Ok(());
                    }
                }
            }
        }
        Ok(())
    }

    /// At the start of a logical line: measure its indentation (`tok_get`'s indentation code).
    fn indentation(&mut self, indents: &mut Vec<(usize, usize)>) -> Result<(), CompileError> {
        let line_start = self.i;
        let (mut col, mut altcol) = (0usize, 0usize);
        while let Some(c) = self.peek(0) {
            match c {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                0x0c => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            self.i += 1;
        }
        // Blank lines and comment-only lines do not count.
        if matches!(self.peek(0), None | Some(b'#' | b'\n' | b'\r')) {
            return Ok(());
        }
        let tab_error = |s: &Self| {
            s.line_error(
                ErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                line_start,
            )
        };
        let &(top, alttop) = indents.last().unwrap_or(&(0, 0));
        if col == top {
            if altcol != alttop {
                return Err(tab_error(self));
            }
        } else if col > top {
            if indents.len() >= MAX_INDENT {
                return Err(self.line_error(
                    ErrorKind::IndentationError,
                    "too many levels of indentation",
                    line_start,
                ));
            }
            if altcol <= alttop {
                return Err(tab_error(self));
            }
            indents.push((col, altcol));
        } else {
            while indents.len() > 1 && indents.last().is_some_and(|&(c, _)| col < c) {
                indents.pop();
            }
            match indents.last() {
                // A dedent to no outer level: the parser reports it.
                Some(&(c, _)) if c != col => return Ok(()),
                Some(&(_, a)) if a != altcol => return Err(tab_error(self)),
                _ => {}
            }
        }
        Ok(())
    }

    fn open_bracket(&mut self) -> Result<(), CompileError> {
        if self.level >= MAX_PAREN_LEVEL {
            return Err(self.error(
                ErrorKind::SyntaxError,
                "too many nested parentheses",
                self.i,
            ));
        }
        self.level += 1;
        Ok(())
    }

    /// One step in code (the module or a replacement field). Returns true to stop scanning.
    fn code_char(&mut self, at_line_start: &mut bool) -> Result<bool, CompileError> {
        let c = self.b[self.i];
        match c {
            b'#' => {
                while self.peek(0).is_some_and(|c| c != b'\n' && c != b'\r') {
                    self.i += 1;
                }
            }
            b'\\' => {
                // A continuation joins the next line to this one: no indentation there.
                self.i += 1;
                if self.peek(0) == Some(b'\r') {
                    self.i += 1;
                }
                if self.peek(0) == Some(b'\n') {
                    self.i += 1;
                }
            }
            b'\n' | b'\r' => {
                self.i += 1;
                if c == b'\r' && self.peek(0) == Some(b'\n') {
                    self.i += 1;
                }
                if self.frames.is_empty() {
                    *at_line_start = true;
                }
            }
            b'(' | b'[' | b'{' => {
                self.open_bracket()?;
                self.open.push(self.i);
                self.i += 1;
            }
            b')' | b']' | b'}' => {
                if let Some(Frame::Field { level, .. }) = self.frames.last().copied() {
                    if c == b'}' && self.level == level {
                        // The end of a replacement field: back to the literal around it.
                        self.frames.pop();
                        self.level -= 1;
                        self.i += 1;
                        return Ok(false);
                    }
                }
                self.level = self.level.saturating_sub(1);
                let opened = self.open.pop();
                if let (Some(at), true) = (opened, self.frames.is_empty()) {
                    let opening = self.b[at];
                    if !matches!((opening, c), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                        return Err(self.mismatch(opening, c, at));
                    }
                }
                self.i += 1;
            }
            b':' => {
                if let Some(Frame::Field { level, spec_depth }) = self.frames.last().copied() {
                    if self.level == level {
                        if spec_depth >= MAX_FSTRING_SPEC_DEPTH {
                            return Err(self.error(
                                ErrorKind::SyntaxError,
                                "f-string: expressions nested too deeply",
                                self.i,
                            ));
                        }
                        self.frames.push(Frame::Spec {
                            spec_depth: spec_depth + 1,
                        });
                    }
                }
                self.i += 1;
            }
            b'\'' | b'"' => self.string(0)?,
            b'0'..=b'9' => self.number()?,
            c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                let start = self.i;
                while self
                    .peek(0)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80)
                {
                    self.i += 1;
                }
                if matches!(self.peek(0), Some(b'\'' | b'"')) {
                    let word = &self.b[start..self.i];
                    if word.len() <= 2 && word.iter().all(|c| b"rRbBuUfF".contains(c)) {
                        let mut flags = 0u8;
                        for c in word {
                            flags |= match c.to_ascii_lowercase() {
                                b'r' => 1,
                                b'f' => 2,
                                _ => 0,
                            };
                        }
                        self.string(flags)?;
                    }
                }
            }
            _ => self.i += 1,
        }
        Ok(false)
    }

    /// A number, read as CPython's tokenizer reads it (its errors and their columns: the
    /// column after the last character read). A decimal integer literal of more than
    /// `MAX_STR_DIGITS` digits is refused as `int(text)` would be (the parser converts
    /// literals with the same limit).
    fn number(&mut self) -> Result<(), CompileError> {
        let start = self.i;
        let after_dot = start > 0 && self.b[start - 1] == b'.';
        let mut n = Num {
            b: self.b,
            p: start,
        };
        let plain_digits = match self.number_token(&mut n, after_dot) {
            Ok(d) => d,
            Err(e) => return Err(self.number_error(e, start)),
        };
        self.i = n.p;
        if plain_digits > MAX_STR_DIGITS {
            let mut e = self.src.error(
                ErrorKind::SyntaxError,
                format!(
                    "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: \
                     value has {plain_digits} digits; use sys.set_int_max_str_digits() to \
                     increase the limit - Consider hexadecimal for huge integer literals to \
                     avoid decimal conversion limits."
                ),
                self.filename,
                start as u32,
                start as u32,
            );
            (e.offset, e.end_offset) = (0, 0);
            return Err(e);
        }
        Ok(())
    }

    /// CPython's tokenizer shows the number's line without its newline (`_syntaxerror_range`).
    fn number_error(&self, e: NumError, start: usize) -> CompileError {
        let mut e = self.number_error_at(e, start);
        if let Some(t) = &mut e.text {
            let kept = t.trim_end_matches(['\n', '\r']).len();
            t.truncate(kept);
        }
        e
    }

    fn number_error_at(&self, e: NumError, start: usize) -> CompileError {
        match e {
            NumError::At(msg, cur) => {
                // CPython's column is the count of characters read: the last one's 1-based.
                self.error(ErrorKind::SyntaxError, &msg, cur.saturating_sub(1))
            }
            NumError::LeadingZeros(zeros_end) => {
                let mut e = self.error(
                    ErrorKind::SyntaxError,
                    "leading zeros in decimal integer literals are not permitted; \
                     use an 0o prefix for octal integers",
                    start,
                );
                let (_, col) = self.src.char_offset(zeros_end as u32);
                e.end_offset = col as i32 - 1;
                e
            }
        }
    }

    /// `tok_get`'s number branch from the first digit (or the digit after a leading `.`).
    /// Returns the digit count of a plain decimal integer (0 for any other literal).
    fn number_token(&self, n: &mut Num, after_dot: bool) -> Result<usize, NumError> {
        let c0 = n.next();
        if after_dot {
            let c = n.decimal_tail()?;
            return n.float_rest(c, true).map(|_| 0);
        }
        if c0 == b'0' {
            let mut c = n.next();
            let radix = match c {
                b'x' | b'X' => Some((16, "hexadecimal")),
                b'o' | b'O' => Some((8, "octal")),
                b'b' | b'B' => Some((2, "binary")),
                _ => None,
            };
            if let Some((radix, kind)) = radix {
                let is_digit = |c: u8| (c as char).is_digit(radix);
                c = n.next();
                loop {
                    if c == b'_' {
                        c = n.next();
                    }
                    if !is_digit(c) {
                        if radix != 16 && c.is_ascii_digit() {
                            return Err(
                                n.at(format!("invalid digit '{}' in {kind} literal", c as char))
                            );
                        }
                        n.back(c);
                        return Err(n.at(format!("invalid {kind} literal")));
                    }
                    while is_digit(c) {
                        c = n.next();
                    }
                    if c != b'_' {
                        break;
                    }
                }
                if radix != 16 && c.is_ascii_digit() {
                    return Err(n.at(format!("invalid digit '{}' in {kind} literal", c as char)));
                }
                n.end_of_number(c, kind)?;
                n.back(c);
                return Ok(0);
            }
            // `0`, `00`, `0_0`, or a float/imaginary starting with zeros.
            loop {
                if c == b'_' {
                    c = n.next();
                    if !c.is_ascii_digit() {
                        n.back(c);
                        return Err(n.at("invalid decimal literal".into()));
                    }
                }
                if c != b'0' {
                    break;
                }
                c = n.next();
            }
            let zeros_end = n.p;
            let mut nonzero = false;
            if c.is_ascii_digit() {
                nonzero = true;
                c = n.decimal_tail()?;
            }
            if matches!(c, b'.' | b'e' | b'E' | b'j' | b'J') {
                return n.float_rest(c, false).map(|_| 0);
            }
            if nonzero {
                return Err(NumError::LeadingZeros(zeros_end));
            }
            n.end_of_number(c, "decimal")?;
            n.back(c);
            return Ok(0);
        }
        let c = n.decimal_tail()?;
        if matches!(c, b'.' | b'e' | b'E' | b'j' | b'J') {
            return n.float_rest(c, false).map(|_| 0);
        }
        n.end_of_number(c, "decimal")?;
        n.back(c);
        let text = &self.b[self.i..n.p];
        Ok(text.iter().filter(|c| c.is_ascii_digit()).count())
    }

    /// A string literal at `self.i` (its opening quote). `flags`: 1 raw, 2 f-string.
    fn string(&mut self, flags: u8) -> Result<(), CompileError> {
        let quote = self.b[self.i];
        let triple = self.peek(1) == Some(quote) && self.peek(2) == Some(quote);
        self.i += if triple { 3 } else { 1 };
        let raw = flags & 1 != 0;
        if flags & 2 != 0 {
            self.frames.push(Frame::FString { quote, triple, raw });
            return Ok(());
        }
        while let Some(c) = self.peek(0) {
            if c == b'\\' {
                self.i += 2;
                continue;
            }
            if c == quote {
                if !triple {
                    self.i += 1;
                    return Ok(());
                }
                if self.peek(1) == Some(quote) && self.peek(2) == Some(quote) {
                    self.i += 3;
                    return Ok(());
                }
            }
            if !triple && (c == b'\n' || c == b'\r') {
                // Unterminated: the parser reports it.
                return Ok(());
            }
            self.i += 1;
        }
        Ok(())
    }

    /// One step in an f-string's literal text. Returns false to stop scanning.
    fn fstring_literal(
        &mut self,
        quote: u8,
        triple: bool,
        raw: bool,
    ) -> Result<bool, CompileError> {
        let Some(c) = self.peek(0) else {
            return Ok(false);
        };
        match c {
            b'\\' if !raw => self.i += 2,
            b'\\' => self.i += 1,
            b'{' if self.peek(1) == Some(b'{') => self.i += 2,
            b'}' if self.peek(1) == Some(b'}') => self.i += 2,
            b'{' => self.open_field(0)?,
            b'\n' | b'\r' if !triple => return Ok(false),
            c if c == quote => {
                if !triple {
                    self.i += 1;
                    self.frames.pop();
                } else if self.peek(1) == Some(quote) && self.peek(2) == Some(quote) {
                    self.i += 3;
                    self.frames.pop();
                } else {
                    self.i += 1;
                }
            }
            _ => self.i += 1,
        }
        Ok(true)
    }

    /// One step in a format spec. Returns false to stop scanning.
    fn spec_literal(&mut self, spec_depth: usize) -> Result<bool, CompileError> {
        let Some(c) = self.peek(0) else {
            return Ok(false);
        };
        match c {
            b'{' => self.open_field(spec_depth)?,
            b'}' => {
                // Ends the spec and the field it belongs to.
                self.frames.pop();
                if let Some(Frame::Field { .. }) = self.frames.last() {
                    self.frames.pop();
                }
                self.level = self.level.saturating_sub(1);
                self.i += 1;
            }
            b'\n' | b'\r' => {
                // A newline ends a single-quoted f-string's spec with an error the parser
                // reports; in a triple-quoted one it is text.
                let in_triple = self.frames.iter().rev().find_map(|f| match f {
                    Frame::FString { triple, .. } => Some(*triple),
                    _ => None,
                });
                if in_triple != Some(true) {
                    return Ok(false);
                }
                self.i += 1;
            }
            _ => self.i += 1,
        }
        Ok(true)
    }

    fn open_field(&mut self, spec_depth: usize) -> Result<(), CompileError> {
        self.open_bracket()?;
        self.i += 1;
        self.frames.push(Frame::Field {
            level: self.level,
            spec_depth,
        });
        Ok(())
    }
}

/// A number literal's error: a message at a read position, or the old-style octal one.
enum NumError {
    At(String, usize),
    LeadingZeros(usize),
}

/// The read position in a number literal, as CPython's `tok->cur`.
struct Num<'a> {
    b: &'a [u8],
    p: usize,
}

impl Num<'_> {
    /// The next character (0 at the end of input, which is not read past).
    fn next(&mut self) -> u8 {
        match self.b.get(self.p) {
            Some(&c) => {
                self.p += 1;
                c
            }
            None => 0,
        }
    }

    fn back(&mut self, c: u8) {
        if c != 0 {
            self.p -= 1;
        }
    }

    fn at(&self, msg: String) -> NumError {
        NumError::At(msg, self.p)
    }

    /// `tok_decimal_tail`: digits and single underscores after a digit just read.
    fn decimal_tail(&mut self) -> Result<u8, NumError> {
        loop {
            let mut c = self.next();
            while c.is_ascii_digit() {
                c = self.next();
            }
            if c != b'_' {
                return Ok(c);
            }
            c = self.next();
            if !c.is_ascii_digit() {
                self.back(c);
                return Err(self.at("invalid decimal literal".into()));
            }
        }
    }

    /// The fraction, exponent and imaginary suffix; `c` was just read (`in_fraction`: the
    /// number started with `.`, its first digits read).
    fn float_rest(&mut self, mut c: u8, in_fraction: bool) -> Result<(), NumError> {
        if c == b'.' && !in_fraction {
            c = self.next();
            if c.is_ascii_digit() {
                c = self.decimal_tail()?;
            }
        }
        if matches!(c, b'e' | b'E') {
            let e = c;
            c = self.next();
            if matches!(c, b'+' | b'-') {
                c = self.next();
                if !c.is_ascii_digit() {
                    self.back(c);
                    return Err(self.at("invalid decimal literal".into()));
                }
            } else if !c.is_ascii_digit() {
                self.back(c);
                self.end_of_number(e, "decimal")?;
                self.back(e);
                return Ok(());
            }
            c = self.decimal_tail()?;
        }
        if matches!(c, b'j' | b'J') {
            c = self.next();
            self.end_of_number(c, "imaginary")?;
        } else {
            self.end_of_number(c, "decimal")?;
        }
        self.back(c);
        Ok(())
    }

    /// `verify_end_of_number`: a letter right after a number is an error, except the start of
    /// a keyword that may follow one (`1if x else y`: CPython only warns).
    fn end_of_number(&mut self, c: u8, kind: &str) -> Result<(), NumError> {
        let rest = &self.b[self.p.min(self.b.len())..];
        let keyword = match c {
            b'a' => rest.starts_with(b"nd"),
            b'e' => rest.starts_with(b"lse"),
            b'f' => rest.starts_with(b"or"),
            b'i' => matches!(rest.first(), Some(b'f' | b'n' | b's')),
            b'o' => rest.starts_with(b"r"),
            b'n' => rest.starts_with(b"ot"),
            _ => false,
        };
        if !keyword && c < 128 && (c.is_ascii_alphanumeric() || c == b'_') {
            self.back(c);
            return Err(self.at(format!("invalid {kind} literal")));
        }
        Ok(())
    }
}
