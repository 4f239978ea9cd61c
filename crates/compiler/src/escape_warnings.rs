//! The parser's SyntaxWarning for an invalid escape sequence in a string literal
//! (`'\d'`, `b'\N'`, `'\777'`): CPython's string_parser.c reports the first one of each
//! non-raw string token, at the token's first line, before the compiler's own warnings.

use ruff_python_ast::str_prefix::AnyStringPrefix;
use ruff_python_ast::token::{TokenKind, Tokens};
use ruff_python_ast::StringFlags;
use ruff_text_size::Ranged;

use crate::error::{CompileWarning, SourceIndex, WarningCategory};

/// The warnings for every string token of `tokens`, in source order.
pub fn check(
    tokens: &Tokens,
    source: &str,
    src: &SourceIndex,
    filename: &str,
) -> Vec<CompileWarning> {
    let mut out = Vec::new();
    for tok in tokens.iter() {
        let kind = tok.kind();
        if !matches!(kind, TokenKind::String | TokenKind::FStringMiddle) {
            continue;
        }
        let Some(flags) = tok.string_flags() else {
            continue;
        };
        let prefix = flags.prefix();
        if prefix.is_raw() {
            continue;
        }
        let bytes = matches!(prefix, AnyStringPrefix::Bytes(_));
        let range = tok.range();
        let (start, end) = if kind == TokenKind::String {
            let s = range.start() + flags.opener_len();
            let e = range.end() - flags.closer_len();
            (s.to_usize(), e.to_usize())
        } else {
            (range.start().to_usize(), range.end().to_usize())
        };
        let Some(text) = source.get(start..end.max(start)) else {
            continue;
        };
        let fstring = kind == TokenKind::FStringMiddle;
        if let Some(msg) = first_invalid(text, bytes, fstring) {
            let (lineno, _) = src.char_offset(range.start().to_u32());
            out.push(CompileWarning {
                category: WarningCategory::SyntaxWarning,
                msg: msg.clone(),
                filename: filename.to_string(),
                lineno,
                offset: 0,
                error: Box::new(as_error(src, &msg, filename, range)),
            });
        }
    }
    out
}

/// The SyntaxError the parser raises instead when the warning is turned into an error: at the
/// literal's token, with its line as the tokenizer holds it (newline-terminated).
fn as_error(
    src: &SourceIndex,
    msg: &str,
    filename: &str,
    range: ruff_text_size::TextRange,
) -> crate::error::CompileError {
    let mut e = src.error(
        crate::error::ErrorKind::SyntaxError,
        msg,
        filename,
        range.start().to_u32(),
        range.end().to_u32(),
    );
    if e.lineno == e.end_lineno {
        if let Some(t) = e.text.as_mut().filter(|t| !t.ends_with('\n')) {
            t.push('\n');
        }
    }
    e
}

/// The message for the first invalid escape of a literal's body, if any.
fn first_invalid(text: &str, bytes: bool, fstring: bool) -> Option<String> {
    let cs: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < cs.len() {
        if cs[i] != '\\' {
            i += 1;
            continue;
        }
        let &c = cs.get(i + 1)?;
        match c {
            '\n' | '\r' | '\\' | '\'' | '"' | 'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | 'x' => {
                i += 2;
            }
            'N' | 'u' | 'U' if !bytes => i += 2,
            '{' | '}' if fstring => i += 2,
            // a backslash before a non-ASCII character stands for itself (CPython turns
            // it into `\u005c` before decoding)
            c if !c.is_ascii() => i += 1,
            '0'..='7' => {
                let digits: String = cs[i + 1..]
                    .iter()
                    .take(3)
                    .take_while(|d| ('0'..='7').contains(d))
                    .collect();
                let value = u32::from_str_radix(&digits, 8).unwrap_or(0);
                if value > 0o377 {
                    return Some(format!("invalid octal escape sequence '\\{digits}'"));
                }
                i += 1 + digits.len();
            }
            other => return Some(format!("invalid escape sequence '\\{other}'")),
        }
    }
    None
}
