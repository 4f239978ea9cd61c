//! `pydive dis FILE`: the listing `python3.12 -m dis FILE` prints.
//!
//! `FILE.py` is compiled by pydive's compiler with FILE as `co_filename`, exactly as
//! `python -m dis` compiles it; `FILE.pyc` (a CPython 3.12 `.pyc`, which `python -m dis`
//! cannot read) is loaded with marshal. The listing itself is `pydive_bytecode::dis::dis`.

use pydive_bytecode::dis::{self, DisOptions};
use pydive_bytecode::pyrepr::{self, CodeRepr};
use pydive_bytecode::{marshal, CodeObject, Constant};
use pydive_compiler::{CompileError, Mode};

pub fn main(file: &str) -> u8 {
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            // argparse.FileType's message for an unreadable infile (usage error, status 2).
            eprintln!("usage: dis.py [-h] [infile]");
            eprintln!(
                "dis.py: error: argument infile: can't open '{file}': [Errno {}] {}: '{file}'",
                e.raw_os_error().unwrap_or(0),
                os_error_message(&e)
            );
            return 2;
        }
    };
    let code = if bytes.starts_with(&marshal::MAGIC_NUMBER) {
        match marshal::read_pyc(&bytes) {
            Ok(code) => std::sync::Arc::new(code),
            Err(e) => {
                eprintln!("pydive dis: {file}: cannot read .pyc: {e}");
                return 1;
            }
        }
    } else if file.ends_with(".pyc") {
        eprintln!("pydive dis: {file}: not a CPython 3.12 .pyc (magic number 3531)");
        return 1;
    } else {
        let compiled = pydive_compiler::source::decode_source(&bytes, file)
            .and_then(|source| pydive_compiler::compile(&source, file, Mode::Exec));
        match compiled {
            Ok(code) => code,
            Err(err) => {
                eprint!("{}", syntax_error_text(&err));
                return 1;
            }
        }
    };
    print_listing(&code);
    0
}

fn print_listing(code: &CodeObject) {
    use std::io::Write;
    // Set order depends on str hashes, which depend on PYTHONHASHSEED as in CPython.
    let seed = match std::env::var("PYTHONHASHSEED") {
        Ok(s) if s != "random" => s.parse().ok(),
        _ => None,
    };
    pydive_vm::objects::hash::init_secret(seed);
    let reprs = HashedReprs {
        identifiers: pyrepr::code_identifiers(code),
    };
    let listing = dis::dis(code, &reprs, &DisOptions::default());
    // A closed pipe (`pydive dis x.py | head`) is not an error worth a panic.
    let _ = std::io::stdout().write_all(listing.as_bytes());
}

/// Constant reprs as CPython's: a frozenset shows its items in the order of CPython's hash
/// table, with str and bytes hashed as CPython hashes them (the VM's SipHash-1-3).
struct HashedReprs {
    /// The module's identifiers, for how often a frozenset constant was rebuilt.
    identifiers: std::collections::HashSet<std::sync::Arc<str>>,
}

impl CodeRepr for HashedReprs {
    fn const_repr(&self, code: &CodeObject, index: usize) -> String {
        self.repr(&code.consts[index])
    }
}

impl HashedReprs {
    fn repr(&self, c: &Constant) -> String {
        match c {
            Constant::FrozenSet(items) if !items.is_empty() => {
                let Some(hashes) = items.iter().map(constant_hash).collect::<Option<Vec<_>>>()
                else {
                    return pyrepr::constant_repr(c, self);
                };
                // CPython fills the set's table two or three times, each from the
                // previous table's order (pyrepr::frozenset_fills says when and why).
                let fills = pyrepr::frozenset_fills(items, &|s| {
                    pyrepr::interned_before(&self.identifiers, s)
                });
                let mut order: Vec<usize> = (0..items.len()).collect();
                for _ in 0..fills {
                    let in_order: Vec<i64> = order.iter().map(|&i| hashes[i]).collect();
                    order = pyrepr::set_iteration_order(&in_order)
                        .into_iter()
                        .map(|j| order[j])
                        .collect();
                }
                let parts: Vec<String> = order.into_iter().map(|i| self.repr(&items[i])).collect();
                format!("frozenset({{{}}})", parts.join(", "))
            }
            Constant::Tuple(items) if items.iter().any(|i| matches!(i, Constant::FrozenSet(_))) => {
                let parts: Vec<String> = items.iter().map(|i| self.repr(i)).collect();
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            _ => pyrepr::constant_repr(c, self),
        }
    }
}

/// `hash()` of a constant that can be a set item, where pydive computes it as CPython does.
fn constant_hash(c: &Constant) -> Option<i64> {
    use pydive_vm::objects::hash;
    match c {
        Constant::Str(s) => Some(hash::hash_str(s)),
        Constant::Bytes(b) => Some(hash::hash_bytes(b)),
        Constant::Float(f) => Some(hash::hash_f64(*f, 0)),
        Constant::Tuple(items) => {
            let hashes = items
                .iter()
                .map(constant_hash)
                .collect::<Option<Vec<_>>>()?;
            Some(hash::hash_tuple(&hashes))
        }
        Constant::FrozenSet(items) => {
            let hashes = items
                .iter()
                .map(constant_hash)
                .collect::<Option<Vec<_>>>()?;
            Some(hash::hash_frozenset(&hashes))
        }
        Constant::Ellipsis | Constant::Code(_) => None,
        _ => pyrepr::constant_hash(c),
    }
}

/// `strerror` text for the common cases.
fn os_error_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        _ => {
            let text = e.to_string();
            // Rust appends " (os error N)"; CPython shows only the message.
            match text.find(" (os error") {
                Some(i) => text[..i].to_string(),
                None => text,
            }
        }
    }
}

/// The end of the traceback `python -m dis` prints for a source that does not compile
/// (`traceback.format_exception_only` for a SyntaxError); the runpy frames above it are
/// CPython's own and not reproduced.
fn syntax_error_text(err: &CompileError) -> String {
    let mut out = String::from("Traceback (most recent call last):\n");
    let mut suffix = String::new();
    if err.lineno > 0 {
        out.push_str(&format!(
            "  File \"{}\", line {}\n",
            err.filename, err.lineno
        ));
    } else {
        suffix = format!(" ({})", err.filename);
    }
    if let Some(text) = &err.text {
        let rtext = text.trim_end_matches('\n');
        let ltext = rtext.trim_start_matches([' ', '\n', '\x0c']);
        let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
        out.push_str(&format!("    {ltext}\n"));
        if err.offset > 0 {
            let offset = i64::from(err.offset);
            let mut end_offset = if err.end_offset == 0 {
                offset
            } else {
                i64::from(err.end_offset)
            };
            if offset == end_offset || end_offset == -1 {
                end_offset = offset + 1;
            }
            let colno = offset - 1 - spaces;
            let end_colno = end_offset - 1 - spaces;
            if colno >= 0 {
                let caret_space: String = ltext
                    .chars()
                    .take(colno as usize)
                    .map(|c| if c.is_whitespace() { c } else { ' ' })
                    .collect();
                // The top-level printer (pythonrun.c) shows one caret for IndentationError
                // and TabError, whatever their end.
                let width = match err.kind {
                    pydive_compiler::ErrorKind::IndentationError
                    | pydive_compiler::ErrorKind::TabError => 1,
                    _ => (end_colno - colno).max(0) as usize,
                };
                let carets = "^".repeat(width);
                out.push_str(&format!("    {caret_space}{carets}\n"));
            }
        }
    }
    let msg = if err.msg.is_empty() {
        "<no detail available>"
    } else {
        &err.msg
    };
    out.push_str(&format!("{}: {msg}{suffix}\n", err.kind.class_name()));
    out
}
