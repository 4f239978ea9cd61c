//! Codegen oracle: pydive's un-optimized instruction sequence and unit metadata for a module
//! must equal what CPython 3.12's `_testinternalcapi.compiler_codegen` returns.
//!
//! Golden files: `codegen_golden/*.txt` (regenerate with `python3.12
//! scripts/regen_codegen_golden.py`) and the `[input]` sections of `backend_golden/*.txt`
//! (`scripts/regen_backend_golden.py`), which record the same thing for the seed examples and
//! stdlib modules. Nested code objects are compared by qualname and first line only: the
//! test's stand-in assembler makes a shell code object from a unit's metadata.

use std::path::{Path, PathBuf};

use pydive_bytecode::code::local_kind;
use pydive_bytecode::{CodeObject, Constant};
use pydive_compiler::ir::{InstrSequence, UnitMetadata};
use pydive_compiler::{codegen_module, CompileError, Mode};

fn hexs(s: &str) -> String {
    let mut out = String::from("s:");
    for b in s.as_bytes() {
        out.push_str(&format!("{b:02x}"));
    }
    out
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
        Constant::Bytes(b) => out.push(format!(
            "b:{}",
            b.iter().map(|x| format!("{x:02x}")).collect::<String>()
        )),
        Constant::Tuple(t) => {
            out.push(format!("t:{}", t.len()));
            for x in t.iter() {
                const_tokens(x, out);
            }
        }
        Constant::FrozenSet(t) => {
            // Set order is CPython's hash order; compare as a sorted multiset of tokens.
            out.push(format!("fs:{}", t.len()));
            for x in t.iter() {
                const_tokens(x, out);
            }
        }
        Constant::Code(code) => out.push(format!(
            "code:{}:{}",
            hexs(&code.qualname).trim_start_matches("s:"),
            code.firstlineno
        )),
    }
}

fn names_line(tag: &str, names: &[std::sync::Arc<str>]) -> String {
    let mut parts = vec![tag.to_string()];
    parts.extend(names.iter().map(|n| hexs(n)));
    parts.join(" ")
}

fn render(seq: &InstrSequence, meta: &UnitMetadata) -> Vec<String> {
    let mut lines = vec![
        format!("name {}", hexs(&meta.name)),
        format!(
            "argcount {} {} {}",
            meta.argcount, meta.posonlyargcount, meta.kwonlyargcount
        ),
    ];
    for c in &meta.consts {
        let mut toks = vec!["const".to_string()];
        const_tokens(c, &mut toks);
        lines.push(toks.join(" "));
    }
    lines.push(names_line("names", &meta.names));
    lines.push(names_line("varnames", &meta.varnames));
    lines.push(names_line("cellvars", &meta.cellvars));
    lines.push(names_line("freevars", &meta.freevars));
    for ins in &seq.instrs {
        let (arg, target) = match ins.target {
            Some(l) => (
                seq.label_positions[l.0 as usize].map_or(-1, |p| p as i64),
                " target",
            ),
            None => (ins.oparg as i64, ""),
        };
        let has_target = ins.opcode.is_jump()
            || ins
                .opcode
                .flags()
                .has(pydive_bytecode::opcode::OpFlags::EXC);
        lines.push(format!(
            "instr {} {} {} {} {} {}{}",
            ins.opcode.name(),
            if ins.opcode.has_arg() || ins.target.is_some() {
                arg
            } else {
                0
            },
            ins.loc.lineno,
            ins.loc.end_lineno,
            ins.loc.col_offset,
            ins.loc.end_col_offset,
            if has_target { " target" } else { target }
        ));
    }
    lines
}

/// Stand-in for the flowgraph + assembler: a code object holding just the metadata that a
/// parent unit's codegen looks at (qualname, first line, free variables).
fn shell_assemble(
    _seq: InstrSequence,
    meta: UnitMetadata,
    filename: &str,
) -> Result<CodeObject, CompileError> {
    let mut localsplusnames = Vec::new();
    let mut kinds = Vec::new();
    for v in &meta.varnames {
        localsplusnames.push(v.clone());
        kinds.push(local_kind::LOCAL);
    }
    for v in &meta.cellvars {
        localsplusnames.push(v.clone());
        kinds.push(local_kind::CELL);
    }
    for v in &meta.freevars {
        localsplusnames.push(v.clone());
        kinds.push(local_kind::FREE);
    }
    Ok(CodeObject {
        argcount: meta.argcount,
        posonlyargcount: meta.posonlyargcount,
        kwonlyargcount: meta.kwonlyargcount,
        stacksize: 0,
        flags: meta.flags,
        code: Vec::new(),
        consts: meta.consts,
        names: meta.names,
        localsplusnames,
        localspluskinds: kinds,
        filename: filename.into(),
        name: meta.name,
        qualname: meta.qualname,
        firstlineno: meta.firstlineno,
        linetable: Vec::new(),
        exceptiontable: Vec::new(),
    })
}

/// The `[input]` lines of a golden file that this test renders (the backend golden also has
/// filename / qualname / firstlineno / flags lines, which belong to the assembler's view).
fn expected_lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_input = false;
    for line in text.lines() {
        if line == "[input]" {
            in_input = true;
            continue;
        }
        if line.starts_with('[') {
            in_input = false;
            continue;
        }
        if !in_input {
            continue;
        }
        let tag = line.split(' ').next().unwrap_or("");
        if matches!(tag, "filename" | "qualname" | "firstlineno" | "flags") {
            continue;
        }
        out.push(line.to_string());
    }
    out
}

fn source_line(text: &str) -> Option<String> {
    text.lines()
        .find_map(|l| l.strip_prefix("source ").map(str::to_string))
}

fn normalize_frozensets(lines: &mut [String]) {
    // frozenset element order follows CPython's hashing; compare sorted element tokens.
    for l in lines.iter_mut() {
        if l.contains(" fs:") {
            let mut toks: Vec<&str> = l.split(' ').collect();
            let mut i = 0;
            while i < toks.len() {
                if let Some(n) = toks[i].strip_prefix("fs:") {
                    let n: usize = n.parse().unwrap_or(0);
                    if toks[i + 1..]
                        .iter()
                        .take(n)
                        .all(|t| !t.starts_with("t:") && !t.starts_with("fs:"))
                    {
                        let end = (i + 1 + n).min(toks.len());
                        toks[i + 1..end].sort_unstable();
                    }
                }
                i += 1;
            }
            *l = toks.join(" ");
        }
    }
}

struct Outcome {
    name: String,
    result: Result<(), String>,
}

fn check_file(golden: &Path, source_path: &Path) -> Outcome {
    let name = golden.file_name().unwrap().to_string_lossy().to_string();
    let text = std::fs::read_to_string(golden).unwrap();
    let mut expected = expected_lines(&text);
    let rel = source_line(&text).unwrap_or_default();
    let source = match std::fs::read(source_path) {
        Ok(b) => String::from_utf8_lossy(&b).to_string(),
        Err(e) => {
            return Outcome {
                name,
                result: Err(format!("cannot read {}: {e}", source_path.display())),
            }
        }
    };
    let result = match codegen_module(&source, &rel, Mode::Exec, &shell_assemble) {
        Err(e) => Err(format!("compile error: {e}")),
        Ok((seq, meta, _)) => {
            let mut actual = render(&seq, &meta);
            normalize_frozensets(&mut actual);
            normalize_frozensets(&mut expected);
            let mut r = Ok(());
            for i in 0..expected.len().max(actual.len()) {
                let e = expected.get(i).map_or("<end>", String::as_str);
                let a = actual.get(i).map_or("<end>", String::as_str);
                if e != a {
                    let ctx: Vec<String> = (i.saturating_sub(3)..i)
                        .filter_map(|k| expected.get(k).cloned())
                        .collect();
                    r = Err(format!(
                        "line {i}:\n  after: {}\n  expected: {e}\n  actual:   {a}",
                        ctx.join("\n         ")
                    ));
                    break;
                }
            }
            r
        }
    };
    Outcome { name, result }
}

fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests")
}

fn goldens(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(tests_dir().join(dir))
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    // `NAME.code.txt` files hold whole code objects (codegen_code_objects.rs).
    v.retain(|p| {
        p.extension().is_some_and(|e| e == "txt") && !p.to_string_lossy().ends_with(".code.txt")
    });
    v.sort();
    v
}

fn report(outcomes: &[Outcome]) -> usize {
    let mut failed = 0;
    for o in outcomes {
        if let Err(e) = &o.result {
            failed += 1;
            eprintln!("MISMATCH {}: {e}", o.name);
        }
    }
    eprintln!("{} / {} match", outcomes.len() - failed, outcomes.len());
    failed
}

/// The codegen snippet corpus: every construct the snippets use must match exactly.
#[test]
fn codegen_snippets_match_cpython() {
    let outcomes: Vec<Outcome> = goldens("codegen_golden")
        .iter()
        .map(|g| {
            let text = std::fs::read_to_string(g).unwrap();
            let src = tests_dir()
                .join("codegen_snippets")
                .join(source_line(&text).unwrap_or_default());
            check_file(g, &src)
        })
        .collect();
    assert!(!outcomes.is_empty());
    assert_eq!(report(&outcomes), 0);
}

/// The module units of the backend corpus whose sources are in the repository or the shared
/// seed examples.
#[test]
fn backend_corpus_module_units_match_cpython() {
    let mut outcomes = Vec::new();
    for g in goldens("backend_golden") {
        let stem = g.file_stem().unwrap().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&g).unwrap();
        let rel = source_line(&text).unwrap_or_default();
        let src = if stem.starts_with("snippet_") {
            tests_dir().join("backend_snippets").join(&rel)
        } else if stem.starts_with("seed_") {
            Path::new("/work/shared/examples/seed").join(&rel)
        } else {
            continue;
        };
        if !src.exists() {
            continue;
        }
        outcomes.push(check_file(&g, &src));
    }
    assert_eq!(report(&outcomes), 0);
}

/// Stdlib module units (needs CPython 3.12's Lib on this machine; reports how many match).
#[test]
#[ignore = "measurement over the installed CPython stdlib; run with --ignored"]
fn stdlib_module_units_match_cpython() {
    let lib = Path::new("/root/.pyenv/versions/3.12.1/lib/python3.12");
    let mut outcomes = Vec::new();
    for g in goldens("backend_golden") {
        let stem = g.file_stem().unwrap().to_string_lossy().to_string();
        if !stem.starts_with("stdlib_") {
            continue;
        }
        let text = std::fs::read_to_string(&g).unwrap();
        let src = lib.join(source_line(&text).unwrap_or_default());
        if src.exists() {
            outcomes.push(check_file(&g, &src));
        }
    }
    assert_eq!(report(&outcomes), 0);
}
