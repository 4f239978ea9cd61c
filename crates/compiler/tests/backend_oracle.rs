//! The compiler back half against CPython 3.12 itself.
//!
//! Each `backend_golden/*.txt` holds, for a module's code unit, CPython's codegen output (the
//! instruction sequence and metadata that CPython's flowgraph receives) and the code object
//! CPython's `compile()` made from it. This test feeds the first into
//! `assemble::optimize_and_assemble` and compares every field with the second.
//! Regenerate the goldens with `python3.12 scripts/regen_backend_golden.py`.
//!
//! Constants are written in prefix notation: `None`, `...`, `True`, `False`, `i:<int>`,
//! `f:<f64 bits hex>`, `c:<real bits>:<imag bits>`, `s:<utf-8 hex>`, `b:<hex>`,
//! `t:<n>` / `fs:<n>` followed by n constants, and `code:<qualname hex>:<firstlineno>` for a
//! nested code object (compiled already, so only referred to).

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use num_bigint::BigInt;
use pydive_bytecode::{CodeObject, Constant, Opcode};
use pydive_compiler::assemble::optimize_and_assemble;
use pydive_compiler::ir::{Instr, InstrSequence, Location, UnitMetadata};

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
        .collect()
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn parse_str(tok: &str) -> Arc<str> {
    let hexpart = tok.strip_prefix("s:").expect("string token");
    Arc::from(String::from_utf8(unhex(hexpart)).expect("utf-8").as_str())
}

fn str_tok(s: &str) -> String {
    format!("s:{}", hex(s.as_bytes()))
}

fn parse_const<'a>(toks: &mut impl Iterator<Item = &'a str>) -> Constant {
    let tok = toks.next().expect("constant token");
    match tok {
        "None" => Constant::None,
        "..." => Constant::Ellipsis,
        "True" => Constant::Bool(true),
        "False" => Constant::Bool(false),
        _ => {
            let (kind, rest) = tok.split_once(':').expect("kind:value");
            match kind {
                "i" => Constant::Int(rest.parse::<BigInt>().expect("int")),
                "f" => Constant::Float(f64::from_bits(u64::from_str_radix(rest, 16).unwrap())),
                "c" => {
                    let (r, i) = rest.split_once(':').unwrap();
                    Constant::Complex {
                        real: f64::from_bits(u64::from_str_radix(r, 16).unwrap()),
                        imag: f64::from_bits(u64::from_str_radix(i, 16).unwrap()),
                    }
                }
                "s" => Constant::Str(parse_str(tok)),
                "b" => Constant::Bytes(Arc::from(unhex(rest))),
                "t" | "fs" => {
                    let n: usize = rest.parse().unwrap();
                    let items: Vec<Constant> = (0..n).map(|_| parse_const(toks)).collect();
                    if kind == "t" {
                        Constant::Tuple(Arc::from(items))
                    } else {
                        Constant::FrozenSet(Arc::from(items))
                    }
                }
                "code" => {
                    let (q, line) = rest.split_once(':').unwrap();
                    let qualname: Arc<str> =
                        Arc::from(String::from_utf8(unhex(q)).unwrap().as_str());
                    Constant::Code(Arc::new(CodeObject {
                        argcount: 0,
                        posonlyargcount: 0,
                        kwonlyargcount: 0,
                        stacksize: 0,
                        flags: 0,
                        code: Vec::new(),
                        consts: Vec::new(),
                        names: Vec::new(),
                        localsplusnames: Vec::new(),
                        localspluskinds: Vec::new(),
                        filename: Arc::from(""),
                        name: qualname.clone(),
                        qualname,
                        firstlineno: line.parse().unwrap(),
                        linetable: Vec::new(),
                        exceptiontable: Vec::new(),
                    }))
                }
                _ => panic!("unknown constant token {tok}"),
            }
        }
    }
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
        Constant::Str(s) => out.push(str_tok(s)),
        Constant::Bytes(b) => out.push(format!("b:{}", hex(b))),
        Constant::Tuple(items) => {
            out.push(format!("t:{}", items.len()));
            for item in items.iter() {
                const_tokens(item, out);
            }
        }
        // Sorted, as the recorder writes them (iteration order follows string hashes).
        Constant::FrozenSet(items) => {
            out.push(format!("fs:{}", items.len()));
            let mut each: Vec<Vec<String>> = items
                .iter()
                .map(|item| {
                    let mut toks = Vec::new();
                    const_tokens(item, &mut toks);
                    toks
                })
                .collect();
            each.sort();
            out.extend(each.into_iter().flatten());
        }
        Constant::Code(code) => out.push(format!(
            "code:{}:{}",
            hex(code.qualname.as_bytes()),
            code.firstlineno
        )),
    }
}

fn opcode_by_name(name: &str) -> Opcode {
    *Opcode::ALL
        .iter()
        .find(|op| op.name() == name)
        .unwrap_or_else(|| panic!("unknown opcode {name}"))
}

struct Golden {
    filename: Arc<str>,
    seq: InstrSequence,
    meta: UnitMetadata,
    expected: Vec<String>,
}

fn parse_golden(text: &str) -> Golden {
    let mut meta = UnitMetadata::default();
    let mut filename: Arc<str> = Arc::from("");
    let mut raw_instrs: Vec<(Opcode, u32, Location, bool)> = Vec::new();
    let mut expected = Vec::new();
    let mut section = "";
    for line in text.lines() {
        if line.starts_with('#') || line.starts_with("source ") {
            continue;
        }
        if line.starts_with('[') {
            section = if line == "[input]" {
                "input"
            } else {
                "expected"
            };
            continue;
        }
        if section == "expected" {
            expected.push(line.to_string());
            continue;
        }
        let mut toks = line.split(' ').filter(|t| !t.is_empty());
        let key = toks.next().unwrap_or("");
        let strs = |toks: &mut dyn Iterator<Item = &str>| -> Vec<Arc<str>> {
            toks.map(parse_str).collect()
        };
        match key {
            "filename" => filename = parse_str(toks.next().unwrap()),
            "name" => meta.name = parse_str(toks.next().unwrap()),
            "qualname" => meta.qualname = parse_str(toks.next().unwrap()),
            "firstlineno" => meta.firstlineno = toks.next().unwrap().parse().unwrap(),
            "flags" => meta.flags = toks.next().unwrap().parse().unwrap(),
            "argcount" => {
                meta.argcount = toks.next().unwrap().parse().unwrap();
                meta.posonlyargcount = toks.next().unwrap().parse().unwrap();
                meta.kwonlyargcount = toks.next().unwrap().parse().unwrap();
            }
            "const" => meta.consts.push(parse_const(&mut toks)),
            "names" => meta.names = strs(&mut toks),
            "varnames" => meta.varnames = strs(&mut toks),
            "cellvars" => meta.cellvars = strs(&mut toks),
            "freevars" => meta.freevars = strs(&mut toks),
            "instr" => {
                let op = opcode_by_name(toks.next().unwrap());
                let nums: Vec<i32> = (0..5)
                    .map(|_| toks.next().unwrap().parse().unwrap())
                    .collect();
                let loc = Location {
                    lineno: nums[1],
                    end_lineno: nums[2],
                    col_offset: nums[3],
                    end_col_offset: nums[4],
                };
                raw_instrs.push((op, nums[0] as u32, loc, toks.next() == Some("target")));
            }
            "" => {}
            other => panic!("unknown golden line {other}"),
        }
    }
    // Jump targets are instruction indices: give each distinct target a label.
    let mut seq = InstrSequence::default();
    let mut labels = BTreeMap::new();
    for &(_, arg, _, is_target) in &raw_instrs {
        if is_target && !labels.contains_key(&arg) {
            let l = seq.new_label();
            labels.insert(arg, l);
        }
    }
    for (i, (op, arg, loc, is_target)) in raw_instrs.into_iter().enumerate() {
        if let Some(&l) = labels.get(&(i as u32)) {
            seq.place_label(l);
        }
        if is_target {
            seq.instrs.push(Instr {
                opcode: op,
                oparg: 0,
                target: Some(labels[&arg]),
                loc,
            });
        } else {
            seq.emit(op, arg, loc);
        }
    }
    Golden {
        filename,
        seq,
        meta,
        expected,
    }
}

/// The `[expected]` lines for a code object pydive made.
fn dump(co: &CodeObject) -> Vec<String> {
    let strs = |tag: &str, v: &[Arc<str>]| {
        std::iter::once(tag.to_string())
            .chain(v.iter().map(|s| str_tok(s)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut lines = vec![
        format!(
            "argcount {} {} {}",
            co.argcount, co.posonlyargcount, co.kwonlyargcount
        ),
        format!("stacksize {}", co.stacksize),
        format!("flags {}", co.flags),
        format!("firstlineno {}", co.firstlineno),
        format!("name {}", str_tok(&co.name)),
        format!("qualname {}", str_tok(&co.qualname)),
        format!("code {}", hex(&co.code)),
    ];
    for c in &co.consts {
        let mut toks = vec!["const".to_string()];
        const_tokens(c, &mut toks);
        lines.push(toks.join(" "));
    }
    lines.push(strs("names", &co.names));
    lines.push(strs("varnames", &co.varnames()));
    lines.push(strs("cellvars", &co.cellvars()));
    lines.push(strs("freevars", &co.freevars()));
    lines.push(format!("linetable {}", hex(&co.linetable)));
    lines.push(format!("exceptiontable {}", hex(&co.exceptiontable)));
    lines
}

fn field(line: &str) -> &str {
    line.split(' ').next().unwrap_or("")
}

#[test]
fn module_units_match_cpython() {
    // BACKEND_GOLDEN_DIR: another recorded corpus (`regen_backend_golden.py --all-stdlib DIR`).
    let dir = match std::env::var("BACKEND_GOLDEN_DIR") {
        Ok(d) => std::path::PathBuf::from(d),
        Err(_) => Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/backend_golden"),
    };
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("golden dir")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 50, "golden files missing");
    let mut failures = Vec::new();
    let mut field_mismatches: BTreeMap<String, usize> = BTreeMap::new();
    for path in &paths {
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let golden = parse_golden(&std::fs::read_to_string(path).unwrap());
        let got = match optimize_and_assemble(golden.seq, golden.meta, &golden.filename) {
            Ok(co) => dump(&co),
            Err(e) => {
                failures.push(format!("{name}: error {e}"));
                continue;
            }
        };
        if got == golden.expected {
            continue;
        }
        // BACKEND_DUMP=dir writes pydive's side of each differing unit there, for diffing.
        if let Ok(dump_dir) = std::env::var("BACKEND_DUMP") {
            let _ = std::fs::write(Path::new(&dump_dir).join(&name), got.join("\n") + "\n");
        }
        let mut fields = Vec::new();
        let n = got.len().max(golden.expected.len());
        for i in 0..n {
            let (g, e) = (got.get(i), golden.expected.get(i));
            if g != e {
                let f = field(e.or(g).unwrap()).to_string();
                if !fields.contains(&f) {
                    fields.push(f);
                }
            }
        }
        for f in &fields {
            *field_mismatches.entry(f.clone()).or_default() += 1;
        }
        let first = (0..n)
            .find(|&i| got.get(i) != golden.expected.get(i))
            .unwrap();
        let clip = |s: Option<&String>| {
            s.map(|s| s.chars().take(300).collect::<String>())
                .unwrap_or_default()
        };
        failures.push(format!(
            "{name}: fields {fields:?}\n  expected {}\n  got      {}",
            clip(golden.expected.get(first)),
            clip(got.get(first))
        ));
    }
    assert!(
        failures.is_empty(),
        "{} of {} module units differ from CPython 3.12 (field counts {field_mismatches:?}):\n{}",
        failures.len(),
        paths.len(),
        failures.join("\n")
    );
}
