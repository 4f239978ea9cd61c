//! Measurement helper: compile a list of files with the whole pipeline and write each result
//! as a `.pyc` (or the error text), so that a CPython-side script can compare code objects
//! field by field (`scripts/conformance.py`'s comparison, run over the stdlib).
//!
//! `PYDIVE_DUMP_LIST=files.txt PYDIVE_DUMP_DIR=out cargo test -p pydive-compiler --release
//!  --test codegen_stdlib_dump -- --ignored`
//! writes `out/N.pyc` or `out/N.err` for the N-th line of `files.txt`. It fails if any file
//! makes the compiler panic.

use pydive_bytecode::marshal;
use pydive_compiler::{compile, Mode};

#[test]
#[ignore = "measurement tool; needs PYDIVE_DUMP_LIST and PYDIVE_DUMP_DIR"]
fn dump_compiled_files() {
    let (Ok(list), Ok(dir)) = (
        std::env::var("PYDIVE_DUMP_LIST"),
        std::env::var("PYDIVE_DUMP_DIR"),
    ) else {
        return;
    };
    let files = std::fs::read_to_string(list).unwrap();
    let mut panics = Vec::new();
    for (i, path) in files.lines().enumerate() {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let source = String::from_utf8_lossy(&bytes).to_string();
        let result = std::panic::catch_unwind(|| compile(&source, path, Mode::Exec));
        match result {
            Ok(Ok(code)) => {
                std::fs::write(format!("{dir}/{i}.pyc"), marshal::write_pyc(&code, 0, 0)).unwrap();
            }
            Ok(Err(e)) => {
                std::fs::write(format!("{dir}/{i}.err"), format!("{e}")).unwrap();
            }
            Err(_) => panics.push(path.to_string()),
        }
    }
    assert!(panics.is_empty(), "compiler panicked on {panics:?}");
}
