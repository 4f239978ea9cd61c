//! The whole pipeline (codegen + flowgraph + assembler) against CPython 3.12's `compile()`:
//! every code object of each snippet, nested ones included, field by field.
//!
//! Golden files: `codegen_golden/NAME.code.txt`, regenerated with
//! `python3.12 scripts/regen_codegen_golden.py`.

use std::path::{Path, PathBuf};

use pydive_bytecode::{CodeObject, Constant};
use pydive_compiler::{compile, Mode};

fn hexs(s: &str) -> String {
    let mut out = String::from("s:");
    for b in s.as_bytes() {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn const_tokens(c: &Constant, out: &mut Vec<String>) {
    match c {
        Constant::None => out.push("None".into()),
        Constant::Ellipsis => out.push("...".into()),
        Constant::Bool(true) => out.push("True".into()),
        Constant::Bool(false) => out.push("False".into()),
        Constant::Int(i) => out.push(format!("i:{i}")),
        Constant::Float(f) => out.push(format!("f:{:016x}", f.to_bits())),
        Constant::Complex { real, imag } => {
            out.push(format!("c:{:016x}:{:016x}", real.to_bits(), imag.to_bits()))
        }
        Constant::Str(s) => out.push(hexs(s)),
        Constant::Bytes(b) => out.push(format!("b:{}", hex(b))),
        Constant::Tuple(t) => {
            out.push(format!("t:{}", t.len()));
            for x in t.iter() {
                const_tokens(x, out);
            }
        }
        Constant::FrozenSet(t) => {
            out.push(format!("fs:{}", t.len()));
            let mut items: Vec<String> = t
                .iter()
                .map(|x| {
                    let mut v = Vec::new();
                    const_tokens(x, &mut v);
                    v.join(" ")
                })
                .collect();
            // Set order is CPython's hash order; compare elements sorted.
            items.sort();
            out.extend(items);
        }
        Constant::Code(code) => out.push(format!(
            "code:{}:{}",
            hexs(&code.qualname).trim_start_matches("s:"),
            code.firstlineno
        )),
    }
}

fn dump(co: &CodeObject, lines: &mut Vec<String>) {
    lines.push(format!("code {}", hexs(&co.qualname)));
    lines.push(format!("name {}", hexs(&co.name)));
    lines.push(format!(
        "argcount {} {} {}",
        co.argcount, co.posonlyargcount, co.kwonlyargcount
    ));
    lines.push(format!("stacksize {}", co.stacksize));
    lines.push(format!("flags {}", co.flags));
    lines.push(format!("firstlineno {}", co.firstlineno));
    lines.push(format!("bytecode {}", hex(&co.code)));
    for c in &co.consts {
        let mut t = vec!["const".to_string()];
        const_tokens(c, &mut t);
        lines.push(t.join(" "));
    }
    for (tag, names) in [
        ("names", co.names.clone()),
        ("varnames", co.varnames()),
        ("cellvars", co.cellvars()),
        ("freevars", co.freevars()),
    ] {
        let mut parts = vec![tag.to_string()];
        parts.extend(names.iter().map(|n| hexs(n)));
        lines.push(parts.join(" "));
    }
    lines.push(format!("linetable {}", hex(&co.linetable)));
    lines.push(format!("exceptiontable {}", hex(&co.exceptiontable)));
    for c in &co.consts {
        if let Constant::Code(inner) = c {
            dump(inner, lines);
        }
    }
}

fn normalize(lines: Vec<String>) -> Vec<String> {
    // Sort the elements of flat frozensets in the golden the same way as `const_tokens`.
    lines
        .into_iter()
        .map(|l| {
            let toks: Vec<&str> = l.split(' ').collect();
            if let Some(i) = toks.iter().position(|t| t.starts_with("fs:")) {
                let n: usize = toks[i][3..].parse().unwrap_or(0);
                let flat = toks[i + 1..]
                    .iter()
                    .take(n)
                    .all(|t| !t.starts_with("t:") && !t.starts_with("fs:"));
                if flat && i + 1 + n <= toks.len() {
                    let mut v: Vec<&str> = toks.clone();
                    v[i + 1..i + 1 + n].sort();
                    return v.join(" ");
                }
            }
            l
        })
        .collect()
}

fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

#[test]
fn code_objects_match_cpython_compile() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(tests_dir().join("codegen_golden"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".code.txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    let mut failed = 0;
    let mut units = 0;
    let mut units_ok = 0;
    for g in &files {
        let text = std::fs::read_to_string(g).unwrap();
        let rel = text
            .lines()
            .find_map(|l| l.strip_prefix("source "))
            .unwrap_or_default()
            .to_string();
        let expected: Vec<String> = normalize(
            text.lines()
                .filter(|l| !l.starts_with('#') && !l.starts_with("source "))
                .map(str::to_string)
                .collect(),
        );
        let source =
            std::fs::read_to_string(tests_dir().join("codegen_snippets").join(&rel)).unwrap();
        let actual = match compile(&source, &rel, Mode::Exec) {
            Ok(co) => {
                let mut lines = Vec::new();
                dump(&co, &mut lines);
                normalize(lines)
            }
            Err(e) => {
                failed += 1;
                eprintln!("MISMATCH {rel}: compile error {e}");
                continue;
            }
        };
        // Per code object: split on "code " lines.
        let split = |v: &[String]| -> Vec<Vec<String>> {
            let mut out: Vec<Vec<String>> = Vec::new();
            for l in v {
                if l.starts_with("code ") {
                    out.push(Vec::new());
                }
                if let Some(last) = out.last_mut() {
                    last.push(l.clone());
                }
            }
            out
        };
        let (eu, au) = (split(&expected), split(&actual));
        let mut file_ok = eu.len() == au.len();
        for (i, e) in eu.iter().enumerate() {
            units += 1;
            match au.get(i) {
                Some(a) if a == e => units_ok += 1,
                Some(a) => {
                    file_ok = false;
                    let k = (0..e.len().max(a.len()))
                        .find(|&k| e.get(k) != a.get(k))
                        .unwrap_or(0);
                    eprintln!(
                        "MISMATCH {rel} unit {}:\n  expected: {}\n  actual:   {}",
                        e[0],
                        e.get(k).map_or("<end>", String::as_str),
                        a.get(k).map_or("<end>", String::as_str)
                    );
                }
                None => file_ok = false,
            }
        }
        if !file_ok {
            failed += 1;
        }
    }
    eprintln!(
        "{} / {} files, {units_ok} / {units} code objects identical",
        files.len() - failed,
        files.len()
    );
    assert_eq!(failed, 0);
}
