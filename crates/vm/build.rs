//! Embeds every `lib/**/*.py` of the repository into the binary as a table
//! `(module path relative to lib/, source)`, so pydive's Python standard library travels
//! inside the `pydive` executable; and, for each file that compiles without warnings, its
//! code object marshalled (`LIB_CODE`), the frozen modules of pydive: an import of
//! `asyncio` then unmarshals instead of parsing and compiling ~6,000 lines every run.

use std::fs;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, base: &Path, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        if p.is_dir() {
            if p.file_name().is_some_and(|n| n == "__pycache__") {
                continue;
            }
            collect(&p, base, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            if let Ok(rel) = p.strip_prefix(base) {
                out.push((rel.to_string_lossy().replace('\\', "/"), p.clone()));
            }
        }
    }
}

fn main() {
    let manifest =
        PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    let lib = manifest.join("../../lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut files = Vec::new();
    collect(&lib, &lib, &mut files);
    let mut code = String::from("/// Embedded `lib/**/*.py`: (path relative to lib/, source).\npub static LIB_FILES: &[(&str, &str)] = &[\n");
    for (rel, path) in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let abs = fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        code.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            rel,
            abs.to_string_lossy()
        ));
    }
    code.push_str("];\n");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()));
    let code_dir = out_dir.join("lib_code");
    let _ = fs::create_dir_all(&code_dir);
    code.push_str(
        "/// Marshalled code objects of the embedded lib files (path relative to lib/, bytes).\npub static LIB_CODE: &[(&str, &[u8])] = &[\n",
    );
    for (i, (rel, path)) in files.iter().enumerate() {
        let Ok(src) = fs::read_to_string(path) else {
            continue;
        };
        // The same filename the importer gives the module (import.rs LIB_PREFIX).
        let filename = format!("<pydive-lib>/{rel}");
        let compiled =
            pydive_compiler::compile_with_flags(&src, &filename, pydive_compiler::Mode::Exec, 0);
        // Errors and warnings are left to the importer, which reports them at run time.
        let Ok(c) = compiled else { continue };
        if !c.warnings.is_empty() {
            continue;
        }
        let bin = code_dir.join(format!("{i}.marshal"));
        if fs::write(&bin, pydive_bytecode::marshal::dumps(&c.code)).is_ok() {
            code.push_str(&format!(
                "    ({:?}, include_bytes!({:?})),\n",
                rel,
                bin.to_string_lossy()
            ));
        }
    }
    code.push_str("];\n");
    // also watch directories so new files trigger a rebuild
    let mut dirs = vec![lib.clone()];
    while let Some(d) = dirs.pop() {
        println!("cargo:rerun-if-changed={}", d.display());
        if let Ok(rd) = fs::read_dir(&d) {
            for e in rd.flatten() {
                if e.path().is_dir() {
                    dirs.push(e.path());
                }
            }
        }
    }
    let out = out_dir.join("lib_files.rs");
    if let Err(e) = fs::write(&out, code) {
        println!("cargo:warning=could not write {}: {e}", out.display());
    }
}
