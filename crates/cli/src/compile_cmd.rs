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
    let compiled = pydive_compiler::source::decode_source(&bytes, file)
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
