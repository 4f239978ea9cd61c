//! CPython's second parser pass: when ruff's parser fails, the tokens around the failure are
//! examined for the `invalid_*` rule of CPython 3.12's grammar (Grammar/python.gram) that
//! matches, to report its message at its location. `None` leaves the error to `parse_error`'s
//! general mapping.

use crate::error::{CompileError, ErrorKind, SourceIndex};
use ruff_python_ast::token::{Token, TokenKind as K};
use ruff_python_parser::{
    LexicalErrorType, ParseError, ParseErrorType, UnsupportedSyntaxError,
    UnsupportedSyntaxErrorKind,
};
use ruff_text_size::Ranged;

/// The significant tokens of the source (no comments, no newlines inside brackets).
pub(crate) struct Pass<'a> {
    src: &'a SourceIndex,
    filename: &'a str,
    source: &'a str,
    toks: Vec<(K, u32, u32)>,
}

/// Where an argument-like list is: which brackets hold the error.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Context {
    DefParams,
    LambdaParams,
    Call,
    Subscript,
    /// `[`, `{` or a plain `(`.
    Display(K),
    Other,
}

impl<'a> Pass<'a> {
    pub(crate) fn new(
        src: &'a SourceIndex,
        filename: &'a str,
        source: &'a str,
        tokens: &[Token],
    ) -> Self {
        let toks = tokens
            .iter()
            .filter(|t| !matches!(t.kind(), K::Comment | K::NonLogicalNewline))
            .map(|t| {
                (
                    t.kind(),
                    t.range().start().to_u32(),
                    t.range().end().to_u32(),
                )
            })
            .collect();
        Pass {
            src,
            filename,
            source,
            toks,
        }
    }

    fn err(&self, msg: impl Into<String>, start: u32, end: u32) -> CompileError {
        self.src
            .error(ErrorKind::SyntaxError, msg, self.filename, start, end)
    }

    /// A generic "invalid syntax" at token `i`.
    fn generic_at(&self, i: usize) -> CompileError {
        let (k, s, e) = self.tok(i);
        if matches!(k, K::Newline | K::EndOfFile) || s == e {
            let mut err = self.err("invalid syntax", s, s);
            err.end_offset = err.offset as i32 + 1;
            return err;
        }
        self.err("invalid syntax", s, e)
    }

    fn tok(&self, i: usize) -> (K, u32, u32) {
        let end = self.source.len() as u32;
        self.toks
            .get(i)
            .copied()
            .unwrap_or((K::EndOfFile, end, end))
    }

    fn kind(&self, i: usize) -> K {
        self.tok(i).0
    }

    /// Kind of the token before `i` (EndOfFile when none).
    fn kind_before(&self, i: usize, n: usize) -> K {
        i.checked_sub(n).map_or(K::EndOfFile, |j| self.kind(j))
    }

    fn text(&self, i: usize) -> &str {
        let (_, s, e) = self.tok(i);
        &self.source[s as usize..e as usize]
    }

    /// The index of the first token starting at or after `pos`.
    fn at(&self, pos: u32) -> usize {
        let mut i = self.toks.partition_point(|t| t.1 < pos);
        while matches!(self.kind(i), K::Dedent | K::Indent) && i < self.toks.len() {
            i += 1;
        }
        i
    }

    /// The innermost bracket still open before token `i`.
    fn open_bracket(&self, i: usize) -> Option<usize> {
        let mut depth = 0i32;
        for j in (0..i.min(self.toks.len())).rev() {
            match self.kind(j) {
                K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
                K::Lpar | K::Lsqb | K::Lbrace => {
                    if depth == 0 {
                        return Some(j);
                    }
                    depth -= 1;
                }
                K::Newline | K::Indent | K::Dedent if depth == 0 => return None,
                _ => {}
            }
        }
        None
    }

    /// The bracket closing the one opened at `i`.
    fn close_of(&self, i: usize) -> Option<usize> {
        let mut depth = 0i32;
        for j in i..self.toks.len() {
            match self.kind(j) {
                K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
                K::Rpar | K::Rsqb | K::Rbrace => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(j);
                    }
                }
                K::Newline | K::EndOfFile => return None,
                _ => {}
            }
        }
        None
    }

    /// The bracket opening the one closed at `i`.
    fn open_of(&self, i: usize) -> Option<usize> {
        let mut depth = 0i32;
        for j in (0..=i).rev() {
            match self.kind(j) {
                K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
                K::Lpar | K::Lsqb | K::Lbrace => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(j);
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// The first token of the logical line holding token `i`.
    fn line_start(&self, i: usize) -> usize {
        let mut j = i.min(self.toks.len());
        while j > 0 && !matches!(self.kind(j - 1), K::Newline | K::Indent | K::Dedent) {
            j -= 1;
        }
        j
    }

    /// Is the token before `i` (at its bracket depth, back to the bracket or line start) a
    /// `lambda` whose parameters `i` is in?
    fn in_lambda_params(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 {
            j -= 1;
            match self.kind(j) {
                K::Rpar | K::Rsqb | K::Rbrace => match self.open_of(j) {
                    Some(o) => j = o,
                    None => return false,
                },
                K::Lambda => return true,
                K::Lpar | K::Lsqb | K::Lbrace | K::Colon | K::Newline | K::Indent | K::Dedent => {
                    return false
                }
                _ => {}
            }
        }
        false
    }

    fn context(&self, i: usize) -> (Context, Option<usize>) {
        if self.in_lambda_params(i) {
            return (Context::LambdaParams, None);
        }
        let Some(o) = self.open_bracket(i) else {
            return (Context::Other, None);
        };
        let before = self.kind_before(o, 1);
        let ctx = match self.kind(o) {
            K::Lpar if before == K::Name && self.kind_before(o, 2) == K::Def => Context::DefParams,
            K::Lpar if is_operand_end(before) && o > self.line_start(o) => Context::Call,
            K::Lsqb if is_operand_end(before) && o > self.line_start(o) => Context::Subscript,
            k => Context::Display(k),
        };
        (ctx, Some(o))
    }

    /// The first token of the `disjunction` (an expression without `if`/`lambda`/`:=`) that
    /// ends with token `last`.
    fn disjunction_start(&self, last: usize) -> usize {
        let mut j = last as isize;
        while j >= 0 {
            let k = self.kind(j as usize);
            match k {
                K::Lpar | K::Lsqb | K::Lbrace => return j as usize + 1,
                K::Rpar | K::Rsqb | K::Rbrace => match self.open_of(j as usize) {
                    Some(o) => j = o as isize - 1,
                    None => return j as usize + 1,
                },
                _ if is_operand(k) || is_inner_operator(k) => j -= 1,
                _ => return j as usize + 1,
            }
        }
        0
    }

    /// The last token of the expression starting at token `first`.
    fn expression_end(&self, first: usize) -> usize {
        let mut j = first;
        let mut last = first;
        let mut after_operand = false;
        while j < self.toks.len() {
            let k = self.kind(j);
            match k {
                K::Lpar | K::Lsqb | K::Lbrace => {
                    let Some(c) = self.close_of(j) else {
                        return last;
                    };
                    last = c;
                    j = c + 1;
                    after_operand = true;
                }
                _ if is_operand(k) => {
                    let string_run = matches!(k, K::String | K::FStringStart)
                        && matches!(self.kind_before(j, 1), K::String | K::FStringEnd);
                    if after_operand && !string_run {
                        return last;
                    }
                    if k == K::FStringStart {
                        while j < self.toks.len() && self.kind(j) != K::FStringEnd {
                            j += 1;
                        }
                    }
                    last = j;
                    j += 1;
                    after_operand = true;
                }
                _ if is_inner_operator(k) && k != K::Dot || k == K::Dot && after_operand => {
                    j += 1;
                    after_operand = false;
                }
                _ => return last,
            }
        }
        last
    }

    /// The end of the value expression after the `=` at `eq`.
    fn value_end(&self, eq: usize) -> u32 {
        self.tok(self.expression_end(eq + 1)).2
    }

    // ----- the rules -----

    pub(crate) fn refine(&self, e: &ParseError) -> Option<CompileError> {
        let start = e.location.start().to_u32();
        let end = e.location.end().to_u32();
        let i = self.at(start);
        if start > 0
            && self.source[start as usize..].starts_with('>')
            && self.source.as_bytes()[start as usize - 1] == b'<'
        {
            // CPython reads `<>` as one token (the parser refuses it).
            return Some(self.err("invalid syntax", start - 1, start + 1));
        }
        if self.kind(i) == K::Not
            && i > 0
            && is_operand_end(self.kind(i - 1))
            && self.kind(i + 1) != K::In
            && !matches!(e.error, ParseErrorType::Lexical(_))
        {
            // `a not b`: `not` may start `not in`, so the parser fails after it.
            return Some(self.generic_at(i + 1));
        }
        match &e.error {
            ParseErrorType::OtherError(m) => self.other(m, start, end, i),
            ParseErrorType::PositionalAfterKeywordArgument
                if is_operand(self.kind(self.at(end)))
                    && is_operand_end(self.kind_before(self.at(end), 1)) =>
            {
                self.missing_comma(self.at(end))
            }
            ParseErrorType::UnparenthesizedTupleExpression
                if self.kind(self.line_start(i)) == K::Raise =>
            {
                let comma = (i..self.toks.len()).find(|&j| self.kind(j) == K::Comma)?;
                Some(self.generic_at(comma))
            }
            ParseErrorType::VarParameterWithDefault => {
                // Back to the parameter's start: `*` or `**`.
                let mut j = i;
                while j > 0 && !matches!(self.kind(j - 1), K::Comma | K::Lpar | K::Lambda) {
                    j -= 1;
                }
                if (j..i).any(|k| self.kind(k) == K::Colon)
                    && (j..i).filter(|&k| self.kind(k) == K::Star).count() > 1
                {
                    // `*args: *Ts = 1`: the starred annotation ends the parameter.
                    return Some(self.generic_at(i));
                }
                let msg = if self.kind(j) == K::DoubleStar {
                    "var-keyword argument cannot have default value"
                } else {
                    "var-positional argument cannot have default value"
                };
                Some(self.err(msg, start, end))
            }
            ParseErrorType::ExpectedKeywordParam => {
                // `invalid_star_etc` / `invalid_lambda_star_etc`.
                let mut i = i;
                while i > 0 && self.kind(i) != K::Star {
                    i -= 1;
                }
                let lambda = self.in_lambda_params(i);
                let close = if lambda { K::Colon } else { K::Rpar };
                let (k1, k2) = (self.kind(i + 1), self.kind(i + 2));
                let named = k1 == close || k1 == K::Comma && (k2 == close || k2 == K::DoubleStar);
                if !named {
                    return Some(self.generic_at(i + 1));
                }
                if lambda {
                    let j = if k1 == close { i + 1 } else { i + 2 };
                    let (_, s, e) = self.tok(j);
                    return Some(self.err("named arguments must follow bare *", s, e));
                }
                let (_, s, e) = self.tok(i);
                Some(self.err("named arguments must follow bare *", s, e))
            }
            ParseErrorType::ExpectedExpression => self.expected_expression(i),
            ParseErrorType::ExpectedToken { expected, found } => {
                self.expected_token(*expected, *found, i, start, end)
            }
            ParseErrorType::InvalidNamedAssignmentTarget => {
                let text = &self.source[start as usize..end as usize];
                Some(self.err(
                    format!(
                        "cannot use assignment expressions with {}",
                        crate::expr_name(text)
                    ),
                    start,
                    end,
                ))
            }
            ParseErrorType::InvalidAssignmentTarget => self.assignment_target(i, start, end),
            ParseErrorType::InvalidMatchPatternTarget
                if self.text(i) == "_" && self.kind_before(i, 1) == K::As =>
            {
                Some(self.err("cannot use '_' as a target", start, end))
            }
            ParseErrorType::SimpleStatementsOnSameLine
                if self.kind(i) == K::From && self.kind(self.line_start(i)) == K::Import =>
            {
                // `invalid_import`: `import a from b`; CPython ends it one character short
                // of the token after the module name.
                let mut j = i + 1;
                while matches!(self.kind(j), K::Name | K::Dot) {
                    j += 1;
                }
                let (k, s, e) = self.tok(j);
                let short = s < e && !matches!(k, K::Newline | K::EndOfFile);
                let mut err = self.err(
                    "Did you mean to use 'from ... import ...' instead?",
                    self.tok(self.line_start(i)).1,
                    if short { e } else { s },
                );
                if short {
                    err.end_offset -= 1;
                }
                Some(err)
            }
            ParseErrorType::UnparenthesizedGeneratorExpression
                if self.kind(self.line_start(i)) == K::Class =>
            {
                // Class bases are not call arguments: the parser stops at `for`.
                let mut j = i;
                while j < self.toks.len() && self.kind(j) != K::For {
                    j += 1;
                }
                Some(self.generic_at(j))
            }
            ParseErrorType::InvalidStarredExpressionUsage
                if self.kind_before(i, 1) == K::Lpar && self.kind(self.at(end)) == K::Rpar =>
            {
                // `invalid_group`: `(*x)`.
                Some(self.err("cannot use starred expression here", start, end))
            }
            ParseErrorType::InvalidAnnotatedAssignmentTarget => {
                if self.kind(i) == K::Star {
                    return Some(self.generic_at(self.at(end)));
                }
                Some(self.err("illegal target for annotation", start, end))
            }
            ParseErrorType::InvalidDeleteTarget if self.kind(i) == K::Star => {
                Some(self.err("cannot delete starred", start, end))
            }
            ParseErrorType::PositionalAfterKeywordUnpacking => {
                // At the token after the argument, the last one the parser read.
                let j = self.at(end);
                let mut err = self.generic_at(j);
                err.msg = "positional argument follows keyword argument unpacking".into();
                Some(err)
            }
            ParseErrorType::FStringError(f)
            | ParseErrorType::Lexical(LexicalErrorType::FStringError(f)) => {
                self.fstring(f, i, start, end)
            }
            ParseErrorType::Lexical(
                LexicalErrorType::UnicodeError
                | LexicalErrorType::MissingUnicodeLbrace
                | LexicalErrorType::MissingUnicodeRbrace,
            ) => self.escape_error(start),
            ParseErrorType::EmptyTypeParams if self.kind(self.line_start(i)) == K::Def => {
                // `def f[]()`: the type parameters fail, then the forced `(`.
                let mut err = self.generic_at(i.saturating_sub(1));
                err.msg = "expected '('".into();
                Some(err)
            }
            ParseErrorType::EmptyTypeParams => Some(self.generic_at(i)),
            ParseErrorType::ExpectedImaginaryNumber => {
                Some(self.err("imaginary number required in complex literal", start, end))
            }
            ParseErrorType::ExpectedRealNumber => {
                Some(self.err("real number required in complex literal", start, end))
            }
            ParseErrorType::Lexical(LexicalErrorType::Eof)
                if self.source.trim_end_matches(['\n', '\r']).ends_with('\\') =>
            {
                // Input ending in a line continuation: after the backslash, on its line.
                let at = self.source.trim_end_matches(['\n', '\r']).len() as u32;
                let mut err = self.err("unexpected EOF while parsing", at, at);
                err.end_offset = -1;
                Some(err)
            }
            ParseErrorType::Lexical(LexicalErrorType::LineContinuationError)
                if self.source[end as usize..]
                    .trim_end_matches(['\n', '\r'])
                    .is_empty() =>
            {
                // A backslash ending the input.
                let at = end.min(self.source.trim_end_matches(['\n', '\r']).len() as u32);
                let mut err = self.err("unexpected EOF while parsing", at, at);
                err.end_offset = -1;
                Some(err)
            }
            ParseErrorType::Lexical(LexicalErrorType::LineContinuationError) => {
                // At the character after the backslash.
                let at = (end as usize).min(self.source.len()) as u32;
                let mut err = self.err(
                    "unexpected character after line continuation character",
                    at,
                    at,
                );
                err.end_offset = 0;
                Some(err)
            }
            ParseErrorType::InvalidStarredExpressionUsage => {
                let (ctx, open) = self.context(i);
                if ctx == Context::Display(K::Lbrace)
                    && self.kind_before(i, 1) == K::Colon
                    && self.kind(i) == K::Star
                {
                    return Some(self.err(
                        "cannot use a starred expression in a dictionary value",
                        start,
                        end,
                    ));
                }
                let in_subscript = ctx == Context::Subscript
                    || open.is_some_and(|o| self.context(o).0 == Context::Subscript);
                if !in_subscript {
                    return None;
                }
                let after = self.at(end);
                if self.kind_before(i, 1) == K::Lpar && self.kind(after) == K::Rpar {
                    return Some(self.err("cannot use starred expression here", start, end));
                }
                // Unparenthesized in a slice: the parser stops at the `*` after `:`, else at
                // the `:` after it.
                if self.kind_before(i, 1) == K::Colon {
                    Some(self.generic_at(i))
                } else {
                    Some(self.generic_at(after))
                }
            }
            ParseErrorType::Lexical(LexicalErrorType::InvalidByteLiteral) => {
                let (s, e) = string_around(self.source, start as usize)?;
                Some(self.err(
                    "bytes can only contain ASCII literal characters",
                    s as u32,
                    e as u32,
                ))
            }
            ParseErrorType::Lexical(LexicalErrorType::UnrecognizedToken { tok }) => {
                let c = *tok;
                if c.is_ascii() && !c.is_ascii_control() {
                    return None;
                }
                let msg = if c.is_control() || c.is_whitespace() {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                } else {
                    format!("invalid character '{c}' (U+{:04X})", c as u32)
                };
                let mut err = self.err(msg, start, start);
                err.end_offset = err.offset as i32;
                Some(err)
            }
            _ => None,
        }
    }

    /// A bad escape in a string literal: the `unicodeescape` codec's error (or the bytes
    /// parser's), over the whole literal.
    fn escape_error(&self, at: u32) -> Option<CompileError> {
        let (s, e) = string_around(self.source, at as usize)?;
        let text = &self.source[s..e];
        let prefix_len = text.find(['\'', '"'])?;
        let prefix = text[..prefix_len].to_ascii_lowercase();
        if prefix.contains('r') {
            return None;
        }
        let quote = &text[prefix_len..];
        let q = if quote.starts_with("\"\"\"") || quote.starts_with("'''") {
            3
        } else {
            1
        };
        let body_start = s + prefix_len + q;
        let mut body = text.get(prefix_len + q..text.len().checked_sub(q)?)?;
        // The error's offset in the body (past its end when the lexer stopped there).
        let mut err_at = (at as usize).saturating_sub(body_start);
        if prefix.contains('f') {
            // An f-string's literal parts are decoded one by one.
            let from = body[..err_at.min(body.len())]
                .rfind('}')
                .map_or(0, |p| p + 1);
            let to = body[from..].find('{').map_or(body.len(), |p| from + p);
            body = &body[from..to];
            err_at -= from;
        }
        let (msg, range) = if prefix.contains('b') {
            let pos = bytes_escape_error(body)?;
            (
                format!("(value error) invalid \\x escape at position {pos}"),
                (s, e),
            )
        } else {
            let (from, to, why) = str_escape_error(body, err_at)?;
            let msg = format!(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to}: {why}"
            );
            if prefix.contains('f') {
                // Reported at the f-string's end.
                (msg, (e - 1, e))
            } else {
                (msg, (s, e))
            }
        };
        Some(self.err(msg, range.0 as u32, range.1 as u32))
    }

    /// Is the byte offset `pos` inside an f-string replacement field?
    pub(crate) fn in_fstring(&self, pos: u32) -> bool {
        let mut o = self.open_bracket(self.at(pos));
        while let Some(b) = o {
            if self.is_fstring_field(b) {
                return true;
            }
            o = self.open_bracket(b);
        }
        false
    }

    /// Does CPython's parser read past an error at `pos` to the end of the input? (Inside
    /// call arguments, displays and subscripts its `invalid_*` rules look ahead; parameter
    /// lists and f-strings do not.)
    pub(crate) fn reads_to_end(&self, pos: u32) -> bool {
        let i = self.at(pos);
        let (ctx, _) = self.context(i);
        let starred_after_kwargs = self.kind_before(i, 1) == K::Star;
        !matches!(
            ctx,
            Context::DefParams | Context::LambdaParams | Context::Other
        ) && !starred_after_kwargs
            && !self.in_fstring(pos)
    }

    /// Is the error at `pos` inside the bracket opened at byte `open` (or at that bracket,
    /// when it follows an operand: `a{`)?
    pub(crate) fn after_bracket(&self, pos: u32, open: usize) -> bool {
        let open = open as u32;
        pos > open || pos == open && is_operand_end(self.kind_before(self.at(pos), 1))
    }

    /// Is the byte offset `pos` in a parameter list?
    pub(crate) fn in_params(&self, pos: u32) -> bool {
        let (ctx, _) = self.context(self.at(pos));
        matches!(ctx, Context::DefParams | Context::LambdaParams)
    }

    /// Is the `{` at `o` an f-string replacement field (a nested one in a format spec too)?
    fn is_fstring_field(&self, o: usize) -> bool {
        if self.kind(o) != K::Lbrace {
            return false;
        }
        match self.kind_before(o, 1) {
            K::FStringStart => true,
            K::FStringMiddle | K::Colon => self
                .open_bracket(o)
                .map_or(self.kind_before(o, 1) == K::FStringMiddle, |p| {
                    self.is_fstring_field(p)
                }),
            _ => false,
        }
    }

    /// f-string replacement field errors (`invalid_replacement_field`).
    fn fstring(
        &self,
        f: &ruff_python_parser::InterpolatedStringErrorType,
        i: usize,
        start: u32,
        end: u32,
    ) -> Option<CompileError> {
        use ruff_python_parser::InterpolatedStringErrorType as F;
        match f {
            F::SingleRbrace => Some(self.err("f-string: single '}' is not allowed", start, start)),
            F::InvalidConversionFlag => {
                let text = &self.source[start as usize..end as usize];
                if matches!(self.kind(i), K::Rbrace | K::Colon) {
                    return Some(self.err("f-string: missing conversion character", start, end));
                }
                let msg = if self.kind(i) == K::Name {
                    format!(
                        "f-string: invalid conversion character '{text}': expected 's', 'r', or 'a'"
                    )
                } else {
                    "f-string: invalid conversion character".to_string()
                };
                Some(self.err(msg, start, end))
            }
            F::UnclosedLbrace => {
                if i > 0 && is_operand(self.kind(i)) && is_operand_end(self.kind(i - 1)) {
                    if let Some(e) = self.missing_comma(i) {
                        return Some(e);
                    }
                }
                let o = self.open_bracket(i)?;
                let mut depth = 0;
                let (mut bang, mut colon, mut equal) = (false, false, false);
                for j in o + 1..i {
                    match self.kind(j) {
                        K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
                        K::Rpar | K::Rsqb | K::Rbrace => depth -= 1,
                        K::Exclamation if depth == 0 => bang = true,
                        K::Colon if depth == 0 => colon = true,
                        K::Equal if depth == 0 => equal = true,
                        _ => {}
                    }
                }
                let msg = if colon {
                    "f-string: expecting '}', or format specs"
                } else if bang {
                    "f-string: expecting ':' or '}'"
                } else if equal {
                    "f-string: expecting '!', or ':', or '}'"
                } else {
                    return None;
                };
                Some(self.err(msg, start, end))
            }
            _ => None,
        }
    }

    fn other(&self, m: &str, start: u32, end: u32, i: usize) -> Option<CompileError> {
        let simple = match m {
            "Only one '/' separator allowed" => "/ may appear only once",
            "'/' parameter must appear before '*' parameter" => "/ must be ahead of *",
            "Expected one or more exception types" => "expected one or more exception types",
            "Positional patterns cannot follow keyword patterns" => {
                "positional patterns follow keyword patterns"
            }
            _ => "",
        };
        if !simple.is_empty() {
            return Some(self.err(simple, start, end));
        }
        match m {
            "Position-only parameter separator not allowed as first parameter" => {
                // `invalid_parameters`: `/` first, then `,`; after a `*`, `/` is misplaced.
                if matches!(self.kind_before(i, 1), K::Lpar | K::Lambda) {
                    if self.kind(i + 1) == K::Comma {
                        return Some(self.err("at least one argument must precede /", start, end));
                    }
                    return Some(self.generic_at(i));
                }
                Some(self.err("/ must be ahead of *", start, end))
            }
            "Only one '*' parameter allowed" | "Only one '*' separator allowed" => {
                Some(self.err("* argument may appear only once", start, start + 1))
            }
            "Cannot have both 'except' and 'except*' on the same 'try'" => {
                let e = if self.kind(i + 1) == K::Star {
                    self.tok(i + 1).2
                } else {
                    self.tok(i).2
                };
                Some(self.err(
                    "cannot have both 'except' and 'except*' on the same 'try'",
                    start,
                    e,
                ))
            }
            "Multiple exception types must be parenthesized when using `as`" => {
                let j = self.at(end);
                let e = if self.kind(j) == K::As {
                    self.tok(j + 1).2
                } else {
                    end
                };
                Some(self.err("multiple exception types must be parenthesized", start, e))
            }
            "Only single target (not tuple) can be annotated"
            | "Only single target (not list) can be annotated" => {
                let msg = format!("o{}", &m[1..]);
                if matches!(self.kind(i), K::Lpar | K::Lsqb) {
                    Some(self.err(msg, start, end))
                } else {
                    let (_, s, e) = self.tok(i);
                    Some(self.err(msg, s, e))
                }
            }
            "Trailing comma not allowed" => {
                let j = self.at(end);
                let mut err = self.generic_at(j);
                if self.kind(self.line_start(i)) == K::From {
                    err.msg = "trailing comma not allowed without surrounding parentheses".into();
                }
                Some(err)
            }
            "Expected an identifier" if self.kind_before(i, 1) == K::As => {
                let ls = self.line_start(i);
                if self.kind(ls) != K::Case {
                    return None;
                }
                let last = self.expression_end(i);
                Some(self.err("invalid pattern target", start, self.tok(last).2))
            }
            "Expected a parameter name" => {
                // `invalid_kwarg`: `f(True=1)`, `f(a.b=1)`, `f(*a=1)`.
                let eq = self.at(end);
                if self.kind(eq) != K::Equal {
                    return None;
                }
                let eq_end = self.tok(eq).2;
                let text = &self.source[start as usize..end as usize];
                if matches!(text, "True" | "False" | "None") {
                    return Some(self.err(format!("cannot assign to {text}"), start, eq_end));
                }
                if self.kind(i) == K::Star {
                    return Some(self.err(
                        "cannot assign to iterable argument unpacking",
                        start,
                        self.value_end(eq),
                    ));
                }
                Some(self.err(
                    "expression cannot contain assignment, perhaps you meant \"==\"?",
                    start,
                    eq_end,
                ))
            }
            _ if m.starts_with("Expected an expression or a ") && self.kind(i) == K::Equal => {
                self.equal_sign(i)
            }
            _ => None,
        }
    }

    fn expected_expression(&self, i: usize) -> Option<CompileError> {
        let (ctx, open) = self.context(i);
        let prev = self.kind_before(i, 1);
        if let Some(o) = open {
            let in_fstring = self.is_fstring_field(o);
            let unary_only = (o + 1..i).all(|j| {
                matches!(
                    self.kind(j),
                    K::Plus | K::Minus | K::Tilde | K::Not | K::Star | K::DoubleStar | K::Await
                )
            });
            let what = match self.kind(i) {
                K::Rbrace => Some('}'),
                K::Exclamation => Some('!'),
                K::Colon => Some(':'),
                K::Equal => Some('='),
                _ => None,
            };
            let field_ends = matches!(
                self.kind(i),
                K::FStringEnd | K::FStringMiddle | K::Newline | K::EndOfFile
            );
            if in_fstring
                && !field_ends
                && self.kind(o + 1) != K::Lambda
                && (o + 1 < i || what.is_none())
            {
                if unary_only {
                    // No expression starts the field.
                    let (_, s, e) = self.tok(o + 1);
                    return Some(self.err(
                        "f-string: expecting a valid expression after '{'",
                        s,
                        e,
                    ));
                }
                // `invalid_replacement_field` raises on the token after the longest
                // expression: the operator left without its operand (`f"{a +}"`).
                let binary = |k: K| {
                    (k.is_operator()
                        && !matches!(
                            k,
                            K::Lpar
                                | K::Rpar
                                | K::Lsqb
                                | K::Rsqb
                                | K::Lbrace
                                | K::Rbrace
                                | K::Comma
                                | K::Semi
                                | K::Dot
                                | K::Colon
                        ))
                        || matches!(k, K::And | K::Or)
                };
                // (back over unary signs after the operator: `f"{a * -}"`)
                let mut at = i;
                if o + 1 < i {
                    let mut j = i - 1;
                    while j > o + 1
                        && matches!(self.kind(j), K::Minus | K::Plus | K::Tilde)
                        && binary(self.kind(j - 1))
                    {
                        j -= 1;
                    }
                    if binary(self.kind(j)) || self.kind(j) == K::If {
                        at = j;
                    }
                }
                let (_, s, e) = self.tok(at);
                return Some(self.err("f-string: expecting '=', or '!', or ':', or '}'", s, e));
            }
            if in_fstring && o + 1 == i {
                // `f"{}"`, `f"{!r}"`: `invalid_replacement_field`.
                let (k, s, e) = self.tok(i);
                let what = match k {
                    K::Rbrace => '}',
                    K::Exclamation => '!',
                    K::Colon => ':',
                    K::Equal => '=',
                    _ => return None,
                };
                return Some(self.err(
                    format!("f-string: valid expression required before '{what}'"),
                    s,
                    e,
                ));
            }
            if in_fstring && self.kind(o + 1) == K::Lambda {
                let colon = (o + 1..i).find(|&j| self.kind(j) == K::Colon)?;
                return Some(self.err(
                    "f-string: lambda expressions are not allowed without parentheses",
                    self.tok(o + 1).1,
                    self.tok(colon).2,
                ));
            }
        }
        if prev == K::Rarrow && self.kind(self.line_start(i)) != K::Lambda {
            // `def f() -> :`: no annotation, then the forced `:` at `->`.
            let mut err = self.generic_at(i - 1);
            err.msg = "expected ':'".into();
            return Some(err);
        }
        match (ctx, prev) {
            (Context::DefParams | Context::LambdaParams, K::Equal) => {
                let (_, s, e) = self.tok(i - 1);
                Some(self.err("expected default value expression", s, e))
            }
            (Context::Call, K::Equal)
                if self.kind_before(i, 2) == K::Name
                    && matches!(self.kind(i), K::Comma | K::Rpar) =>
            {
                let (s, e) = (self.tok(i - 2).1, self.tok(i - 1).2);
                Some(self.err("expected argument value expression", s, e))
            }
            (Context::Display(K::Lbrace), K::Colon) => {
                let (_, s, e) = self.tok(i - 1);
                Some(self.err("expression expected after dictionary key and ':'", s, e))
            }
            (Context::Call, K::Star) if self.kind_before(i, 2) == K::Comma => {
                let o = open?;
                let mut depth = 0;
                let mut kwargs = false;
                for j in o + 1..i {
                    match self.kind(j) {
                        K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
                        K::Rpar | K::Rsqb | K::Rbrace => depth -= 1,
                        K::DoubleStar if depth == 0 => kwargs = true,
                        _ => {}
                    }
                }
                let (_, s, e) = self.tok(i - 1);
                kwargs.then(|| {
                    self.err(
                        "iterable argument unpacking follows keyword argument unpacking",
                        s,
                        e,
                    )
                })
            }
            _ => None,
        }
    }

    fn expected_token(
        &self,
        expected: K,
        found: K,
        i: usize,
        start: u32,
        end: u32,
    ) -> Option<CompileError> {
        match (expected, found) {
            (K::Else, K::Colon) => Some(self.generic_at(i)),
            (K::Colon, _)
                if found != K::Newline
                    && (matches!(self.kind_before(i, 1), K::Else | K::Try | K::Finally)
                        && self.line_start(i) == i - 1
                        || self.kind_before(i, 1) == K::Rpar
                            && matches!(self.kind(self.line_start(i)), K::Def | K::Async)) =>
            {
                // A forced `:` (`&&':'`): after `else`, `try`, `finally`, a def's `)`.
                let mut err = self.generic_at(i);
                err.msg = "expected ':'".into();
                Some(err)
            }
            (K::Colon, K::For) if self.context(i).0 == Context::Display(K::Lbrace) => {
                // `invalid_double_starred_kvpairs`: a key without a value before `for`.
                let last = self.tok(i - 1).2 - 1;
                let mut err = self.err("':' expected after dictionary key", last, last);
                err.end_offset = 0;
                Some(err)
            }
            (K::Else, _) => {
                // `invalid_expression`: `a if b` without `else`.
                let mut j = i;
                let mut depth = 0;
                while j > 0 {
                    j -= 1;
                    match self.kind(j) {
                        K::Rpar | K::Rsqb | K::Rbrace => depth += 1,
                        K::Lpar | K::Lsqb | K::Lbrace => depth -= 1,
                        K::If if depth == 0 => break,
                        _ => {}
                    }
                }
                if j == 0 {
                    return None;
                }
                let s = self.tok(self.disjunction_start(j - 1)).1;
                Some(self.err(
                    "expected 'else' after 'if' expression",
                    s,
                    self.tok(i - 1).2,
                ))
            }
            (K::Rsqb | K::Rbrace, K::For) => {
                // `invalid_comprehension`: `[a, b for ...]`.
                let o = self.open_bracket(i)?;
                let mut depth = 0;
                let mut comma = false;
                for j in o + 1..i {
                    match self.kind(j) {
                        K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
                        K::Rpar | K::Rsqb | K::Rbrace => depth -= 1,
                        K::Comma if depth == 0 => comma = true,
                        K::Colon | K::DoubleStar if depth == 0 => return None,
                        _ => {}
                    }
                }
                comma.then(|| {
                    self.err(
                        "did you forget parentheses around the comprehension target?",
                        self.tok(o + 1).1,
                        self.tok(i - 1).2,
                    )
                })
            }
            (K::Lpar, _)
                if self.kind_before(i, 1) == K::Name && self.kind_before(i, 2) == K::Def =>
            {
                let mut err = self.generic_at(i);
                err.msg = "expected '('".into();
                Some(err)
            }
            (K::Rpar | K::Colon, K::Lpar) => self.parenthesized_params(i),
            (K::Comma, K::Star) if self.kind_before(i, 1) == K::Slash => {
                Some(self.err("expected comma between / and *", start, end))
            }
            (_, K::Equal) => self.equal_sign(i),
            (K::Colon, _) if is_operand(found) && self.context(i).0 == Context::Subscript => {
                self.missing_comma(i)
            }
            (K::Comma | K::Rsqb | K::Rpar | K::Rbrace, _) if is_operand(found) => {
                self.missing_comma(i)
            }
            _ => None,
        }
    }

    /// `invalid_parameters` / `invalid_lambda_parameters`: `def f((a, b)):`.
    fn parenthesized_params(&self, i: usize) -> Option<CompileError> {
        let (ctx, open) = self.context(i);
        let msg = match ctx {
            Context::DefParams => "Function parameters cannot be parenthesized",
            Context::LambdaParams => "Lambda expression parameters cannot be parenthesized",
            _ => return None,
        };
        let close = self.close_of(i)?;
        let mut names = 0;
        for j in i + 1..close {
            let want = if (j - i) % 2 == 1 { K::Name } else { K::Comma };
            if self.kind(j) != want {
                return None;
            }
            names += usize::from(want == K::Name);
        }
        // Parameters without defaults only before it.
        let from = match ctx {
            Context::DefParams => open? + 1,
            _ => {
                let mut j = i;
                while j > 0 && self.kind(j - 1) != K::Lambda {
                    j -= 1;
                }
                j
            }
        };
        if names == 0 || (from..i).any(|j| self.kind(j) == K::Equal) {
            return None;
        }
        Some(self.err(msg, self.tok(i).1, self.tok(close).2))
    }

    /// An `=` where an expression continues: `invalid_named_expression` and `invalid_kwarg`.
    fn equal_sign(&self, i: usize) -> Option<CompileError> {
        let (ctx, open) = self.context(i);
        if ctx == Context::Call {
            // The argument's first token.
            let mut j = i;
            let o = open?;
            while j > o + 1 && self.kind(j - 1) != K::Comma {
                j -= 1;
            }
            let msg = match self.kind(j) {
                K::DoubleStar => "cannot assign to keyword argument unpacking",
                K::Star => "cannot assign to iterable argument unpacking",
                _ => return None,
            };
            return Some(self.err(msg, self.tok(j).1, self.value_end(i)));
        }
        let in_condition = matches!(self.kind(self.line_start(i)), K::If | K::Elif | K::While);
        if !matches!(ctx, Context::Display(_)) && !in_condition || i == 0 {
            return None;
        }
        let value_last = self.expression_end(i + 1);
        if matches!(self.kind(value_last + 1), K::Equal | K::ColonEqual) {
            return None;
        }
        let first = self.disjunction_start(i - 1);
        if first == i - 1 && self.kind(first) == K::Name {
            if in_condition {
                return None;
            }
            return Some(self.err(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                self.tok(first).1,
                self.tok(value_last).2,
            ));
        }
        // A bitwise_or only: no comparison, `not`, `and`, `or` at its level.
        let mut depth = 0;
        for j in first..i {
            match self.kind(j) {
                K::Lpar | K::Lsqb | K::Lbrace => depth += 1,
                K::Rpar | K::Rsqb | K::Rbrace => depth -= 1,
                k if depth == 0 && is_comparison_or_bool(k) => {
                    return in_condition.then(|| self.generic_at(i))
                }
                _ => {}
            }
        }
        let (s, e) = (self.tok(first).1, self.tok(i - 1).2);
        let text = &self.source[s as usize..e as usize];
        let name = crate::expr_name(text);
        if matches!(
            name,
            "list" | "tuple" | "generator expression" | "True" | "False" | "None"
        ) {
            return None;
        }
        Some(self.err(
            format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?"),
            s,
            e,
        ))
    }

    /// `invalid_expression`: two expressions side by side in brackets.
    fn missing_comma(&self, i: usize) -> Option<CompileError> {
        let (ctx, _) = self.context(i);
        if matches!(
            ctx,
            Context::Other | Context::DefParams | Context::LambdaParams
        ) || i == 0
        {
            return None;
        }
        let prev = self.kind(i - 1);
        if !(is_operand(prev) || matches!(prev, K::Rpar | K::Rsqb | K::Rbrace | K::FStringEnd)) {
            return None;
        }
        let mut first = self.disjunction_start(i - 1);
        if first >= i {
            return None;
        }
        // A leading `*` starts a starred item (`[*a b]`); `**` a double-starred one, whose
        // `bitwise_or` gets no comma hint (`{**a b}`).
        while matches!(self.kind(first), K::Star | K::DoubleStar)
            && !is_operand_end(self.kind_before(first, 1))
        {
            if self.kind(first) == K::DoubleStar {
                return None;
            }
            first += 1;
        }
        if first >= i {
            return None;
        }
        if ctx == Context::Call
            && self.kind_before(first, 1) == K::Equal
            && first == i - 1
            && self.kind(first) == K::Name
        {
            // A keyword argument's value that is a name: `f(a=b c)` (CPython's parser has
            // that `expression` memoized from its first pass).
            return None;
        }
        let first_text = self.text(first);
        if matches!(self.kind(first), K::Match | K::Case | K::Type)
            || first_text == "_"
            || self.kind_before(first, 1) == K::Else
        {
            return None;
        }
        // A comprehension's clauses hold `disjunction`s, not `expression`s.
        let o = self.open_bracket(i).unwrap_or(0);
        if (o..first).any(|j| self.kind(j) == K::For) {
            return None;
        }
        let last = self.expression_end(i);
        if first == i - 1 && self.kind(first) == K::Name {
            if matches!(first_text, "print" | "exec") && self.kind(i) != K::Lpar {
                // `invalid_legacy_expression`.
                return Some(self.err(
                    format!(
                        "Missing parentheses in call to '{first_text}'. Did you mean {first_text}(...)?"
                    ),
                    self.tok(first).1,
                    self.tok(last).2,
                ));
            }
            if matches!(self.kind(i), K::String | K::FStringStart) {
                return None;
            }
        }
        Some(self.err(
            "invalid syntax. Perhaps you forgot a comma?",
            self.tok(first).1,
            self.tok(last).2,
        ))
    }

    /// `invalid_assignment` / `invalid_for_target`.
    fn assignment_target(&self, i: usize, start: u32, end: u32) -> Option<CompileError> {
        let text = &self.source[start as usize..end as usize];
        if self.kind(i) == K::Yield {
            let before = self.source[..start as usize].trim_end();
            if before.ends_with('(') {
                return Some(self.err(
                    "cannot assign to yield expression here. Maybe you meant '==' instead of '='?",
                    start,
                    end,
                ));
            }
            return Some(self.err("assignment to yield expression not possible", start, end));
        }
        let parsed = parse_expr(text)?;
        let ls = self.line_start(i);
        let for_target =
            self.kind(ls) == K::For || self.kind(ls) == K::Async && self.kind(ls + 1) == K::For;
        use ruff_python_ast::Expr;
        match &parsed {
            Expr::Compare(c) if for_target => {
                if c.ops.first() == Some(&ruff_python_ast::CmpOp::In) {
                    return None;
                }
                let op_at = start + c.left.range().end().to_u32();
                Some(self.generic_at(self.at(op_at)))
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                let before = self.source[..start as usize].trim_end();
                if before.ends_with('(') {
                    return None;
                }
                Some(self.err("assignment to yield expression not possible", start, end))
            }
            Expr::If(_)
            | Expr::Lambda(_)
            | Expr::Compare(_)
            | Expr::BoolOp(_)
            | Expr::Named(_)
            | Expr::UnaryOp(ruff_python_ast::ExprUnaryOp {
                op: ruff_python_ast::UnaryOp::Not,
                ..
            }) => Some(self.err(
                format!("cannot assign to {}", crate::expr_name(text)),
                start,
                end,
            )),
            _ => None,
        }
    }

    /// Errors the parser accepts but CPython 3.12 does not.
    pub(crate) fn unsupported(&self, e: &UnsupportedSyntaxError) -> Option<CompileError> {
        let start = e.range.start().to_u32();
        let end = e.range.end().to_u32();
        match e.kind {
            UnsupportedSyntaxErrorKind::UnparenthesizedExceptionTypes => {
                Some(self.err("multiple exception types must be parenthesized", start, end))
            }
            UnsupportedSyntaxErrorKind::UnpackingInComprehension(kind) => {
                // (ruff does not export the kind's type.)
                let i = self.at(start);
                let (_, s, e) = self.tok(i);
                let msg = match format!("{kind:?}").as_str() {
                    "DictInDict" => "dict unpacking cannot be used in dict comprehension",
                    _ => {
                        let e = self.tok(self.expression_end(i + 1)).2;
                        return Some(self.err(
                            "iterable unpacking cannot be used in comprehension",
                            s,
                            e,
                        ));
                    }
                };
                Some(self.err(msg, s, e))
            }
            UnsupportedSyntaxErrorKind::TypeParamDefault => {
                // 3.13's defaults: 3.12's type parameters end before `=`.
                let i = self.at(start);
                let ls = self.line_start(i);
                let def = matches!(self.kind(ls), K::Def | K::Async);
                let mut j = i;
                while j > ls && self.kind(j) != K::Lsqb {
                    j -= 1;
                }
                if def {
                    let mut err = self.generic_at(j);
                    err.msg = "expected '('".into();
                    return Some(err);
                }
                let eq = (i..self.toks.len()).find(|&k| self.kind(k) == K::Equal)?;
                Some(self.generic_at(eq))
            }
            UnsupportedSyntaxErrorKind::ParenthesizedKeywordArgumentName => {
                let mut i = self.at(start);
                while self.kind(i) == K::Lpar {
                    i += 1;
                }
                let eq = self.at(end);
                Some(self.err(
                    "expression cannot contain assignment, perhaps you meant \"==\"?",
                    self.tok(i).1,
                    self.tok(eq).2,
                ))
            }
            _ => None,
        }
    }
}

fn parse_expr(text: &str) -> Option<ruff_python_ast::Expr> {
    let options = ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Expression)
        .with_target_version(ruff_python_ast::PythonVersion::PY312);
    match ruff_python_parser::parse(text, options).ok()?.into_syntax() {
        ruff_python_ast::Mod::Expression(e) => Some(*e.body),
        ruff_python_ast::Mod::Module(_) => None,
    }
}

/// Tokens an expression can start or continue with as an operand.
fn is_operand(k: K) -> bool {
    matches!(
        k,
        K::Name
            | K::Int
            | K::Float
            | K::Complex
            | K::String
            | K::FStringStart
            | K::True
            | K::False
            | K::None
            | K::Ellipsis
            | K::Lpar
            | K::Lsqb
            | K::Lbrace
            | K::Match
            | K::Case
            | K::Type
    )
}

/// Tokens that end an operand (a call or subscript may follow).
fn is_operand_end(k: K) -> bool {
    matches!(
        k,
        K::Name
            | K::Int
            | K::Float
            | K::Complex
            | K::True
            | K::False
            | K::None
            | K::Ellipsis
            | K::Rpar
            | K::Rsqb
            | K::Rbrace
            | K::String
            | K::FStringEnd
            | K::Match
            | K::Case
            | K::Type
    )
}

/// Operators inside a `disjunction`.
fn is_inner_operator(k: K) -> bool {
    matches!(
        k,
        K::Plus
            | K::Minus
            | K::Star
            | K::Slash
            | K::DoubleSlash
            | K::Percent
            | K::At
            | K::DoubleStar
            | K::Vbar
            | K::Amper
            | K::CircumFlex
            | K::LeftShift
            | K::RightShift
            | K::Tilde
            | K::Dot
            | K::Await
            | K::FStringMiddle
            | K::FStringEnd
    ) || is_comparison_or_bool(k)
}

fn is_comparison_or_bool(k: K) -> bool {
    matches!(
        k,
        K::Less
            | K::Greater
            | K::EqEqual
            | K::NotEqual
            | K::LessEqual
            | K::GreaterEqual
            | K::In
            | K::Not
            | K::Is
            | K::And
            | K::Or
    )
}

/// The byte range of the string literal (prefix and quotes included) holding `at`.
pub(crate) fn string_around(source: &str, at: usize) -> Option<(usize, usize)> {
    let b = source.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'#' {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if c == b'\'' || c == b'"' {
            let mut s = i;
            while s > 0 && b[s - 1].is_ascii_alphabetic() {
                s -= 1;
            }
            let triple = b.get(i..i + 3) == Some(&[c, c, c][..]);
            let q = if triple { 3 } else { 1 };
            let mut j = i + q;
            let close = loop {
                if j >= b.len() {
                    break b.len();
                }
                if b[j] == b'\\' {
                    j += 2;
                    continue;
                }
                if !triple && b[j] == b'\n' {
                    break j;
                }
                if b[j] == c && (!triple || b.get(j..j + 3) == Some(&[c, c, c][..])) {
                    break j + q;
                }
                j += 1;
            };
            if (s..close).contains(&at) {
                return Some((s, close));
            }
            i = close.max(i + 1);
            continue;
        }
        i += 1;
    }
    None
}

/// The position of the first `\x` escape without two hex digits in a bytes literal's body.
fn bytes_escape_error(body: &str) -> Option<usize> {
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            if b.get(i + 1) == Some(&b'x')
                && !(b.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
                    && b.get(i + 3).is_some_and(u8::is_ascii_hexdigit))
            {
                return Some(i);
            }
            i += 2;
            continue;
        }
        i += 1;
    }
    None
}

/// The first bad escape of a str literal's body as the `unicodeescape` codec reports it:
/// (first, last) positions in its input, where each non-ASCII character was rewritten as a
/// ten-byte `\UXXXXXXXX` escape first, and the reason.
fn str_escape_error(body: &str, err_at: usize) -> Option<(usize, usize, &'static str)> {
    let mut buf: Vec<u8> = Vec::new();
    // The body offset each byte of `buf` comes from.
    let mut origin: Vec<usize> = Vec::new();
    let mut chars = body.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let before = buf.len();
        if c == '\\' {
            buf.push(b'\\');
            match chars.peek() {
                None => buf.extend_from_slice(b"u005c"),
                Some(&(_, n)) if !n.is_ascii() => buf.extend_from_slice(b"u005c"),
                Some(&(_, n)) => {
                    buf.push(n as u8);
                    chars.next();
                }
            }
        } else if c.is_ascii() {
            buf.push(c as u8);
        } else {
            buf.extend_from_slice(format!("\\U{:08x}", c as u32).as_bytes());
        }
        origin.resize(buf.len(), at);
        let _ = before;
    }
    let end = buf.len();
    let mut i = 0;
    while i < end {
        if buf[i] != b'\\' {
            i += 1;
            continue;
        }
        let start = i;
        let Some(&kind) = buf.get(i + 1) else {
            return Some((start, end - 1, "\\ at end of string"));
        };
        i += 2;
        let (count, why) = match kind {
            b'x' => (2, "truncated \\xXX escape"),
            b'u' => (4, "truncated \\uXXXX escape"),
            b'U' => (8, "truncated \\UXXXXXXXX escape"),
            b'N' => {
                let malformed = "malformed \\N character escape";
                if buf.get(i) != Some(&b'{') {
                    return Some((start, i - 1, malformed));
                }
                let name_start = i + 1;
                let close = buf[name_start..].iter().position(|&c| c == b'}');
                match close {
                    None => return Some((start, end - 1, malformed)),
                    Some(0) => return Some((start, name_start - 1, malformed)),
                    Some(n) => {
                        // Only the name the lexer refused is unknown.
                        let close_at = name_start + n;
                        if origin[start] <= err_at && err_at <= origin[close_at] {
                            return Some((start, close_at, "unknown Unicode character name"));
                        }
                        i = close_at + 1;
                        continue;
                    }
                }
            }
            _ => continue,
        };
        let mut value: u32 = 0;
        for _ in 0..count {
            match buf.get(i).and_then(|&c| (c as char).to_digit(16)) {
                Some(d) => {
                    value = value.wrapping_mul(16).wrapping_add(d);
                    i += 1;
                }
                None => return Some((start, i - 1, why)),
            }
        }
        if value > 0x10FFFF {
            return Some((start, i - 1, "illegal Unicode character"));
        }
    }
    None
}
