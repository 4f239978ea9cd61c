//! Source files as text: PEP 263, the way CPython 3.12's tokenizer reads a file.
//!
//! UTF-8 (a BOM allowed) unless a coding cookie (`# -*- coding: NAME -*-`, `# vim:
//! fileencoding=NAME`) on line 1, or on line 2 after a comment-only or blank line 1, names
//! another encoding. pydive decodes the encodings below; a codec CPython has but pydive does
//! not decode yet is a SyntaxError that says so, an unknown name is CPython's "encoding
//! problem". Bytes that do not decode are a SyntaxError too, never replaced silently.

use crate::error::{CompileError, ErrorKind};

/// Decode a source file's bytes as CPython does before tokenizing.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, CompileError> {
    let error = |msg: String, lineno: u32| CompileError {
        kind: ErrorKind::SyntaxError,
        msg,
        filename: filename.to_string(),
        lineno,
        offset: 0,
        end_lineno: lineno,
        end_offset: 0,
        text: None,
    };
    let (bom, bytes) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let encoding = coding_cookie(bytes);
    let declared = encoding.is_some();
    let encoding = match encoding {
        Some(name) if bom && name != "utf-8" => {
            return Err(error(format!("encoding problem: {name} with BOM"), 0));
        }
        Some(name) => name,
        None => "utf-8".to_string(),
    };
    match encoding.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => match std::str::from_utf8(bytes) {
            Ok(s) => Ok(s.to_string()),
            // A declared UTF-8 leaves the checking to the tokens (see `declared_utf8`).
            Err(_) if declared => declared_utf8(bytes, filename),
            Err(e) => {
                let bad = bytes[e.valid_up_to()];
                let lineno = 1 + bytes[..e.valid_up_to()]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count();
                Err(error(
                    format!(
                        "Non-UTF-8 code starting with '\\x{bad:02x}' in file {filename} on line \
                         {lineno}, but no encoding declared; see \
                         https://peps.python.org/pep-0263/ for details"
                    ),
                    0,
                ))
            }
        },
        "iso-8859-1" | "latin1" | "l1" | "iso8859-1" | "8859" | "cp819" | "latin" => {
            Ok(bytes.iter().map(|&b| char::from(b)).collect())
        }
        // A declared encoding the bytes do not follow: CPython says only "encoding problem".
        "ascii" | "us-ascii" | "646" | "us" if bytes.is_ascii() => {
            Ok(bytes.iter().map(|&b| char::from(b)).collect())
        }
        "cp1252" | "windows-1252" if bytes.iter().all(|&b| cp1252_char(b).is_some()) => {
            Ok(bytes.iter().filter_map(|&b| cp1252_char(b)).collect())
        }
        other if KNOWN_CODECS.contains(&other) => Err(error(
            format!("encoding problem: {other} (pydive does not decode {other} source files yet)"),
            0,
        )),
        other => Err(error(format!("encoding problem: {other}"), 0)),
    }
}

/// Source that declares UTF-8 (`# coding: utf-8`) but holds bytes that are not: CPython's
/// tokenizer then checks no line as a whole; what it reports depends on the token the bytes
/// are in. In a comment they pass; in a str literal its decoding fails, `(unicode error)
/// 'utf-8' codec can't decode byte 0x.. in position N: REASON` (N counted in the literal's
/// text, or in the run of non-ASCII bytes when the literal has escapes to process); in a
/// bytes literal, `bytes can only contain ASCII literal characters`; elsewhere they make an
/// identifier that does not decode. Locations follow `_PyPegen_raise_error`: the token's
/// byte columns + 1, read as character counts of the line's replace-decoded UTF-8.
fn declared_utf8(bytes: &[u8], filename: &str) -> Result<String, CompileError> {
    // The invalid sequences: (start, length, truncated at the end of the data).
    let bad_at = |from: usize| -> Option<usize> {
        match std::str::from_utf8(&bytes[from..]) {
            Ok(_) => None,
            Err(e) => Some(from + e.valid_up_to()),
        }
    };
    let Some(mut next_bad) = bad_at(0) else {
        return Ok(String::from_utf8_lossy(bytes).into_owned());
    };
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'#' {
            // A comment: its bytes are never decoded.
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
            while next_bad < i {
                match bad_at(next_bad + 1) {
                    Some(n) if n >= i => {
                        next_bad = n;
                        break;
                    }
                    Some(n) => next_bad = n,
                    None => return Ok(String::from_utf8_lossy(bytes).into_owned()),
                }
            }
            continue;
        }
        if b == b'\'' || b == b'"' {
            let end = string_end(bytes, i);
            if next_bad < end {
                return Err(literal_error(bytes, filename, i, i, end, next_bad));
            }
            i = end;
            continue;
        }
        if is_word(b) {
            let start = i;
            while i < bytes.len() && is_word(bytes[i]) {
                i += 1;
            }
            let word = bytes[start..i].to_ascii_lowercase();
            let prefix = matches!(
                &word[..],
                b"r" | b"u" | b"b" | b"f" | b"br" | b"rb" | b"fr" | b"rf"
            );
            if prefix && i < bytes.len() && (bytes[i] == b'\'' || bytes[i] == b'"') {
                let end = string_end(bytes, i);
                if next_bad < end {
                    return Err(literal_error(bytes, filename, start, i, end, next_bad));
                }
                i = end;
                continue;
            }
            if next_bad < i {
                // An identifier: verify_identifier decodes the word.
                let msg = unicode_error(&bytes[start..i]);
                let mut e = located(bytes, filename, start, start, msg);
                e.end_offset = -1;
                return Err(e);
            }
            continue;
        }
        i += 1;
    }
    Ok(String::from_utf8_lossy(bytes).into_owned())
}

/// Where the string literal whose quote is at `q` ends (past its closing quote, or at the
/// end of its line when a one-line literal is left open).
fn string_end(bytes: &[u8], q: usize) -> usize {
    let quote = bytes[q];
    let triple = bytes.len() >= q + 3 && bytes[q + 1] == quote && bytes[q + 2] == quote;
    let mut i = q + if triple { 3 } else { 1 };
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'\n' if !triple => return i,
            c if c == quote => {
                if !triple {
                    return i + 1;
                }
                if bytes.len() >= i + 3 && bytes[i + 1] == quote && bytes[i + 2] == quote {
                    return i + 3;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The error for a literal `[start, end)` (its prefix from `start`, its quote at `q`) holding
/// the invalid bytes at `bad`.
fn literal_error(
    bytes: &[u8],
    filename: &str,
    start: usize,
    q: usize,
    end: usize,
    bad: usize,
) -> CompileError {
    let prefix = bytes[start..q].to_ascii_lowercase();
    if prefix.contains(&b'b') {
        located(
            bytes,
            filename,
            start,
            end,
            "bytes can only contain ASCII literal characters".to_string(),
        )
    } else {
        let quote = bytes[q];
        let triple = bytes.len() >= q + 3 && bytes[q + 1] == quote && bytes[q + 2] == quote;
        let qlen = if triple { 3 } else { 1 };
        let content_end = if end >= q + 2 * qlen && bytes[end - 1] == quote {
            end - qlen
        } else {
            end
        };
        let content = &bytes[q + qlen..content_end];
        // parsestr: without a backslash (or raw) the whole text is decoded at once; else
        // decode_unicode_with_escapes decodes each run of non-ASCII bytes by itself.
        let text = if prefix.contains(&b'r') || !content.contains(&b'\\') {
            content
        } else {
            let mut run = bad;
            while run > q + qlen && bytes[run - 1] >= 0x80 {
                run -= 1;
            }
            let mut stop = bad;
            while stop < content_end && bytes[stop] >= 0x80 {
                stop += 1;
            }
            &bytes[run..stop]
        };
        located(bytes, filename, start, end, unicode_error(text))
    }
}

/// `(unicode error) 'utf-8' codec can't decode ...` for the first bad sequence of `text`.
fn unicode_error(text: &[u8]) -> String {
    let (pos, len, reason) = match std::str::from_utf8(text) {
        Ok(_) => (0, 1, "invalid start byte"),
        Err(e) => {
            let pos = e.valid_up_to();
            match e.error_len() {
                None => (pos, text.len() - pos, "unexpected end of data"),
                Some(n) if (0xc2..=0xf4).contains(&text[pos]) => {
                    (pos, n, "invalid continuation byte")
                }
                Some(n) => (pos, n, "invalid start byte"),
            }
        }
    };
    let what = if len == 1 {
        format!("byte 0x{:02x} in position {pos}", text[pos])
    } else {
        format!("bytes in position {pos}-{}", pos + len - 1)
    };
    format!("(unicode error) 'utf-8' codec can't decode {what}: {reason}")
}

/// A SyntaxError for the token `[start, end)` of `bytes`, located as `_PyPegen_raise_error`
/// does: byte columns + 1, measured in characters of the token's first line decoded with
/// "replace" (so columns past a bad byte come out shifted, as CPython's do).
fn located(bytes: &[u8], filename: &str, start: usize, end: usize, msg: String) -> CompileError {
    let line_of = |at: usize| -> (usize, usize) {
        let ls = bytes[..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let no = 1 + bytes[..ls].iter().filter(|&&b| b == b'\n').count();
        (no, ls)
    };
    let (lineno, ls) = line_of(start);
    let le = bytes[ls..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |p| ls + p + 1);
    let text = String::from_utf8_lossy(&bytes[ls..le]).into_owned();
    let r = text.as_bytes();
    let chars = |col: usize| -> usize {
        // Past the end, CPython's decode reaches the line's terminating NUL: one more.
        let n = col.min(r.len() + 1);
        String::from_utf8_lossy(&r[..n.min(r.len())])
            .chars()
            .count()
            + n.saturating_sub(r.len())
    };
    let (end_lineno, els) = line_of(end);
    CompileError {
        kind: ErrorKind::SyntaxError,
        msg,
        filename: filename.to_string(),
        lineno: lineno as u32,
        offset: chars(start - ls + 1) as u32,
        end_lineno: end_lineno as u32,
        end_offset: chars(end - els + 1) as i32,
        text: Some(text),
    }
}

/// Codecs CPython has that pydive cannot decode source in yet (so the message can say so).
/// UTF-16 and UTF-32 are not here: their cookie cannot be read from such a file, and
/// CPython's "encoding problem" is all there is to say.
const KNOWN_CODECS: &[&str] = &[
    "utf-7",
    "iso-8859-2",
    "iso-8859-5",
    "iso-8859-7",
    "iso-8859-15",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp437",
    "cp850",
    "cp866",
    "koi8-r",
    "koi8-u",
    "mac-roman",
    "euc-kr",
    "cp949",
    "euc-jp",
    "shift-jis",
    "cp932",
    "gbk",
    "gb2312",
    "gb18030",
    "big5",
    "iso-2022-jp",
];

/// The encoding a coding cookie names (CPython's `get_coding_spec` + `get_normal_name`), if
/// line 1 has one, or line 2 has one and line 1 holds nothing but a comment or blanks.
fn coding_cookie(bytes: &[u8]) -> Option<String> {
    for (index, line) in bytes.split(|&b| b == b'\n').take(2).enumerate() {
        let start = line
            .iter()
            .position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'))
            .unwrap_or(line.len());
        let rest = &line[start..];
        if rest.first() != Some(&b'#') {
            // Only a comment or blank line 1 lets line 2 declare the encoding.
            if index == 0 && !rest.iter().all(|&b| b == b'\r') {
                return None;
            }
            continue;
        }
        if let Some(name) = cookie_name(line) {
            return Some(normal_name(&name));
        }
    }
    None
}

/// The first `coding[:=]NAME` in a comment line.
fn cookie_name(line: &[u8]) -> Option<String> {
    let mut i = 0;
    while i + 6 <= line.len() {
        if &line[i..i + 6] == b"coding" {
            let mut t = i + 6;
            if matches!(line.get(t), Some(b':' | b'=')) {
                t += 1;
                while matches!(line.get(t), Some(b' ' | b'\t')) {
                    t += 1;
                }
                let begin = t;
                while line
                    .get(t)
                    .is_some_and(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
                {
                    t += 1;
                }
                if t > begin {
                    return Some(String::from_utf8_lossy(&line[begin..t]).into_owned());
                }
            }
        }
        i += 1;
    }
    None
}

/// `get_normal_name`: utf-8 and latin-1 spellings to one name; others lowercased, `_` as `-`.
fn normal_name(name: &str) -> String {
    let lower = name.to_ascii_lowercase().replace('_', "-");
    let family = |base: &str| lower == base || lower.starts_with(&format!("{base}-"));
    if family("utf-8") {
        "utf-8".to_string()
    } else if family("latin-1") || family("iso-8859-1") || family("iso-latin-1") {
        "iso-8859-1".to_string()
    } else {
        lower
    }
}

/// Windows-1252: Latin-1 except 0x80..=0x9F, five of which are undefined.
fn cp1252_char(b: u8) -> Option<char> {
    const HIGH: [u16; 32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
        0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ];
    match b {
        0x80..=0x9F => match HIGH[usize::from(b - 0x80)] {
            0 => None,
            c => char::from_u32(u32::from(c)),
        },
        _ => Some(char::from(b)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_as_cpython_reads_them() {
        assert_eq!(
            coding_cookie(b"# -*- coding: latin-1 -*-\n"),
            Some("iso-8859-1".into())
        );
        assert_eq!(
            coding_cookie(b"#!/bin/python\n# vim: set fileencoding=UTF_8 :\n"),
            Some("utf-8".into())
        );
        // a code line 1 stops the search; "encoding and" is no cookie
        assert_eq!(coding_cookie(b"x = 1\n# coding: latin-1\n"), None);
        assert_eq!(
            coding_cookie(b"# an encoding and latin-1/ascii text\n"),
            None
        );
        assert_eq!(coding_cookie(b"\n# coding=cp1252\n"), Some("cp1252".into()));
    }

    #[test]
    fn bytes_that_do_not_decode_are_errors() {
        let e = decode_source(b"x = 1\ns = '\xe9'\n", "f.py").unwrap_err();
        assert!(e
            .msg
            .starts_with("Non-UTF-8 code starting with '\\xe9' in file f.py on line 2"));
        assert_eq!(
            decode_source(b"# coding: latin-1\ns='\xe9'\n", "f.py").unwrap(),
            "# coding: latin-1\ns='\u{e9}'\n"
        );
        assert_eq!(
            decode_source(b"# coding: klingon\n", "f.py")
                .unwrap_err()
                .msg,
            "encoding problem: klingon"
        );
        assert_eq!(
            decode_source(b"\xef\xbb\xbfx='\xc3\xa9'\n", "f.py").unwrap(),
            "x='\u{e9}'\n"
        );
    }
}
