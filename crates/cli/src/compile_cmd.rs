//! `pydive compile FILE.py [-o OUT.pyc]`: write a `.pyc` that CPython 3.12 loads and runs,
//! as `python3.12 -m py_compile FILE.py` does.
//!
//! Default output: `__pycache__/NAME.cpython-312.pyc` beside the source
//! (`importlib.util.cache_from_source`). The header is timestamp-validated (flags 0, source
//! mtime and size), as py_compile writes by default. Errors are reported as py_compile
//! reports them: a SyntaxError as `traceback.format_exception_only` formats it, its
//! subclasses as `Sorry: IndentationError: msg (file, line N)`; exit status 1.

use std::path::{Path, PathBuf};

use pydive_bytecode::marshal;
use pydive_compiler::{CompileError, ErrorKind, Mode};

pub fn main(file: &str, output: Option<&str>) -> u8 {
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprint!("{}", os_error_text(&e, file));
            return 1;
        }
    };
    let compiled = decode_source(&bytes, file)
        .and_then(|source| pydive_compiler::compile(&source, file, Mode::Exec));
    let code = match compiled {
        Ok(code) => code,
        Err(err) => {
            eprint!("{}", py_compile_error_text(&err));
            return 1;
        }
    };
    let out_path = match output {
        Some(o) => PathBuf::from(o),
        None => cache_from_source(Path::new(file)),
    };
    if let Some(dir) = out_path.parent() {
        if !dir.as_os_str().is_empty() {
            if let Err(e) = std::fs::create_dir_all(dir) {
                eprint!("{}", os_error_text(&e, &dir.to_string_lossy()));
                return 1;
            }
        }
    }
    let mtime = std::fs::metadata(file)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_secs() as u32);
    let pyc = marshal::write_pyc(&code, mtime, bytes.len() as u32);
    if let Err(e) = std::fs::write(&out_path, pyc) {
        eprint!("{}", os_error_text(&e, &out_path.to_string_lossy()));
        return 1;
    }
    0
}

/// PEP 263: UTF-8 (a BOM allowed) unless a coding cookie in the first two lines names
/// another encoding; pydive decodes UTF-8, Latin-1 and cp1252 and reports others.
fn decode_source(bytes: &[u8], file: &str) -> Result<String, CompileError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let encoding = coding_cookie(bytes).unwrap_or_else(|| "utf-8".to_string());
    let error = |msg: String, lineno: u32| CompileError {
        kind: ErrorKind::SyntaxError,
        msg,
        filename: file.to_string(),
        lineno,
        offset: 0,
        end_lineno: lineno,
        end_offset: 0,
        text: None,
    };
    match encoding.as_str() {
        "utf-8" | "utf8" | "utf_8" | "utf-8-sig" => match std::str::from_utf8(bytes) {
            Ok(s) => Ok(s.to_string()),
            Err(e) => {
                let bad = bytes[e.valid_up_to()];
                let lineno = 1 + bytes[..e.valid_up_to()]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count();
                Err(error(
                    format!(
                        "Non-UTF-8 code starting with '\\x{bad:02x}' in file {file} on line \
                         {lineno}, but no encoding declared; see \
                         https://peps.python.org/pep-0263/ for details"
                    ),
                    lineno as u32,
                ))
            }
        },
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" => {
            Ok(bytes.iter().map(|&b| char::from(b)).collect())
        }
        "cp1252" | "windows-1252" => bytes
            .iter()
            .map(|&b| cp1252_char(b))
            .collect::<Option<String>>()
            .ok_or_else(|| error("source is not valid cp1252".to_string(), 1)),
        other => Err(error(format!("unknown encoding: {other}"), 1)),
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

/// The encoding named by a `coding[:=]` comment on line 1 or 2, lowercased.
fn coding_cookie(bytes: &[u8]) -> Option<String> {
    for line in bytes.split(|&b| b == b'\n').take(2) {
        let line = String::from_utf8_lossy(line);
        let trimmed = line.trim_start_matches([' ', '\t', '\x0c']);
        if !trimmed.starts_with('#') {
            continue;
        }
        if let Some(pos) = trimmed.find("coding") {
            let rest = &trimmed[pos + 6..];
            if let Some(rest) = rest.strip_prefix([':', '=']) {
                let name: String = rest
                    .trim_start_matches([' ', '\t'])
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
                    .collect();
                if !name.is_empty() {
                    return Some(name.to_lowercase().replace('_', "-"));
                }
            }
        }
    }
    None
}

/// `importlib.util.cache_from_source`: `DIR/__pycache__/NAME.cpython-312.pyc`.
fn cache_from_source(file: &Path) -> PathBuf {
    let dir = file.parent().unwrap_or(Path::new(""));
    let stem = file
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let stem = stem
        .rsplit_once('.')
        .map_or(stem.as_str(), |(s, _)| s)
        .to_string();
    dir.join("__pycache__")
        .join(format!("{stem}.cpython-312.pyc"))
}

/// `str(OSError)`: `[Errno 2] No such file or directory: 'x.py'`.
fn os_error_text(e: &std::io::Error, path: &str) -> String {
    let errno = e.raw_os_error().unwrap_or(0);
    let text = match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        _ => {
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    };
    format!("[Errno {errno}] {text}: '{path}'")
}

/// What `py_compile.main` prints for a compile error (`PyCompileError.msg`).
fn py_compile_error_text(err: &CompileError) -> String {
    if err.kind != ErrorKind::SyntaxError && err.kind != ErrorKind::NotImplemented {
        return format!("Sorry: {err}");
    }
    format_syntax_error(err)
}

/// `traceback.format_exception_only` for a SyntaxError (`TracebackException._format_syntax_error`).
fn format_syntax_error(err: &CompileError) -> String {
    let mut out = String::new();
    let mut filename_suffix = String::new();
    if err.lineno > 0 {
        out.push_str(&format!(
            "  File \"{}\", line {}\n",
            err.filename, err.lineno
        ));
    } else {
        filename_suffix = format!(" ({})", err.filename);
    }
    if let Some(text) = &err.text {
        let rtext = text.trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let spaces = rtext.chars().count() - ltext.chars().count();
        out.push_str(&format!("    {ltext}\n"));
        if err.offset > 0 {
            let len = text.chars().count() as i64;
            let mut offset = i64::from(err.offset);
            let mut end_offset = if err.end_offset == 0 {
                offset
            } else {
                i64::from(err.end_offset)
            };
            if offset > len {
                offset = len + 1;
            }
            if end_offset > len {
                end_offset = len + 1;
            }
            if offset == end_offset || end_offset == -1 {
                end_offset = offset + 1;
            }
            let colno = offset - 1 - spaces as i64;
            let end_colno = end_offset - 1 - spaces as i64;
            if colno >= 0 {
                let caretspace: String = ltext
                    .chars()
                    .take(colno as usize)
                    .map(|c| if c.is_whitespace() { c } else { ' ' })
                    .collect();
                let carets = "^".repeat((end_colno - colno).max(0) as usize);
                out.push_str(&format!("    {caretspace}{carets}\n"));
            }
        }
    }
    let msg = if err.msg.is_empty() {
        "<no detail available>"
    } else {
        &err.msg
    };
    out.push_str(&format!(
        "{}: {msg}{filename_suffix}\n",
        err.kind.class_name()
    ));
    out
}
