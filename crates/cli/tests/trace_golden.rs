//! `pydive trace` tests over the small programs of `tests/trace/*.py`.
//!
//! - `trace_text_matches_golden`: the human view (stderr of `pydive trace NAME.py`) equals
//!   `NAME.py.trace`. The trace is pydive's own output, so these goldens are pydive's output
//!   reviewed by a person, not CPython's. After an intended change, rewrite them with
//!   `PYDIVE_UPDATE_TRACE=1 cargo test -p pydive --test trace_golden` and read the diff.
//! - `json_trace_is_json_lines`: `--json` prints one object a line.
//! - `traced_instructions_agree_with_dis`: every instruction `pydive trace --json --all`
//!   reports for the program's own code has the offset, opname and oparg (and, where `dis`
//!   prints it the same way, the argrepr) that `pydive dis NAME.py` lists for that code
//!   object, and the program stdout is the same traced or not.
//!
//! Outputs are normalized as the differential corpus does: the folder becomes `<dir>`,
//! hexadecimal literals `0xADDR`.

mod common;

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn trace_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/trace")
        .canonicalize()
        .expect("tests/trace exists")
}

fn programs() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(trace_dir())
        .expect("tests/trace readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    v.sort();
    v
}

/// Run pydive with `args` from `tests/trace`: (stdout, stderr), normalized.
fn pydive(args: &[&str]) -> (String, String) {
    let dir = trace_dir();
    let out = Command::new(env!("CARGO_BIN_EXE_pydive"))
        .args(args)
        .current_dir(&dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONUNBUFFERED", "1")
        .output()
        .expect("pydive runs");
    let d = dir.to_string_lossy().to_string();
    (
        normalize(&String::from_utf8_lossy(&out.stdout), &d),
        normalize(&String::from_utf8_lossy(&out.stderr), &d),
    )
}

fn normalize(text: &str, dir: &str) -> String {
    let text = text.replace(dir, "<dir>");
    common::hex_to_addr(&text)
}

fn name_of(p: &Path) -> String {
    p.file_name().unwrap().to_string_lossy().to_string()
}

#[test]
fn trace_text_matches_golden() {
    let update = std::env::var("PYDIVE_UPDATE_TRACE").is_ok_and(|v| v == "1");
    let mut failures = Vec::new();
    for p in programs() {
        let name = name_of(&p);
        let (_, trace) = pydive(&["trace", &name]);
        let golden = p.with_file_name(format!("{name}.trace"));
        if update {
            fs::write(&golden, &trace).expect("golden written");
            continue;
        }
        let want = fs::read_to_string(&golden).unwrap_or_default();
        if want != trace {
            let line = want
                .lines()
                .zip(trace.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| want.lines().count().min(trace.lines().count()));
            failures.push(format!(
                "{name}: line {}: want {:?}, got {:?}",
                line + 1,
                want.lines().nth(line).unwrap_or(""),
                trace.lines().nth(line).unwrap_or("")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "trace output differs from tests/trace/*.trace (PYDIVE_UPDATE_TRACE=1 rewrites them):\n{}",
        failures.join("\n")
    );
}

#[test]
fn json_trace_is_json_lines() {
    for p in programs() {
        let name = name_of(&p);
        let (_, trace) = pydive(&["trace", "--json", &name]);
        assert!(!trace.is_empty(), "{name}: empty JSON trace");
        for line in trace.lines() {
            assert!(
                line.starts_with("{\"event\":\"") && line.ends_with('}'),
                "{name}: not a JSON object line: {line}"
            );
        }
    }
}

/// The value of `"key":` in a flat JSON object line (strings unescaped; numbers and null as
/// written).
fn field(line: &str, key: &str) -> Option<String> {
    let pat = format!("\"{key}\":");
    let at = line.find(&pat)? + pat.len();
    let rest = &line[at..];
    if let Some(s) = rest.strip_prefix('"') {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => return Some(out),
                '\\' => match chars.next()? {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'u' => {
                        let hex: String = chars.by_ref().take(4).collect();
                        out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                    }
                    other => out.push(other),
                },
                c => out.push(c),
            }
        }
        None
    } else {
        let end = rest.find([',', '}']).unwrap_or(rest.len());
        Some(rest[..end].to_string())
    }
}

/// One instruction of a `dis` listing: (opname, oparg, argrepr).
type DisInstr = (String, Option<u32>, String);

/// `pydive dis` parsed: code object (co_name, or "<module>") -> offset -> instruction.
fn dis_listing(text: &str) -> HashMap<String, HashMap<usize, DisInstr>> {
    let mut out: HashMap<String, HashMap<usize, DisInstr>> = HashMap::new();
    let mut current = "<module>".to_string();
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("Disassembly of <code object ") {
            let name = rest.split(" at ").next().unwrap_or("").to_string();
            let first = rest
                .rsplit("line ")
                .next()
                .and_then(|l| l.trim_end_matches(">:").parse::<u32>().ok())
                .unwrap_or(0);
            current = format!("{name}:{first}");
            continue;
        }
        let mut toks: Vec<&str> = line.split_whitespace().filter(|t| *t != ">>").collect();
        let num = |t: &str| t.parse::<usize>().is_ok();
        if toks.len() >= 3 && num(toks[0]) && num(toks[1]) {
            toks.remove(0);
        }
        if toks.len() < 2 || !num(toks[0]) {
            continue;
        }
        let opname = toks[1];
        if !opname
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        {
            continue;
        }
        let offset: usize = toks[0].parse().unwrap();
        let arg = toks.get(2).and_then(|t| t.parse::<u32>().ok());
        let argrepr = match (line.find('('), line.rfind(')')) {
            (Some(a), Some(b)) if b > a => line[a + 1..b].to_string(),
            _ => String::new(),
        };
        out.entry(current.clone())
            .or_default()
            .insert(offset, (opname.to_string(), arg, argrepr));
    }
    out
}

#[test]
fn traced_instructions_agree_with_dis() {
    let mut failures = Vec::new();
    for p in programs() {
        let name = name_of(&p);
        let (listing, _) = pydive(&["dis", &name]);
        let dis = dis_listing(&listing);
        let (traced_out, trace) = pydive(&["trace", "--json", "--all", &name]);
        let (plain_out, _) = pydive(&[&name]);
        if traced_out != plain_out {
            failures.push(format!("{name}: stdout differs when traced"));
        }
        let own_file = format!("<dir>/{name}");
        let mut checked = 0;
        for line in trace.lines() {
            if field(line, "event").as_deref() != Some("instruction")
                || field(line, "file").as_deref() != Some(own_file.as_str())
            {
                continue;
            }
            let code = field(line, "code").unwrap_or_default();
            let key = if code == "<module>" {
                code
            } else {
                format!("{code}:{}", field(line, "firstlineno").unwrap_or_default())
            };
            let offset: usize = field(line, "offset").and_then(|o| o.parse().ok()).unwrap();
            let opname = field(line, "opname").unwrap_or_default();
            let arg = field(line, "arg").and_then(|a| a.parse::<u32>().ok());
            let argrepr = field(line, "argrepr").unwrap_or_default();
            let Some((dop, darg, drepr)) = dis.get(&key).and_then(|m| m.get(&offset)) else {
                failures.push(format!(
                    "{name}: {key} offset {offset} not in the dis listing"
                ));
                continue;
            };
            // dis shows code objects with their address and file; the trace names them.
            let repr_ok = drepr == &argrepr || drepr.starts_with("<code object");
            if dop != &opname || darg != &arg || !repr_ok {
                failures.push(format!(
                    "{name}: {key} offset {offset}: trace {opname} {arg:?} ({argrepr}), dis {dop} {darg:?} ({drepr})"
                ));
            }
            checked += 1;
        }
        if checked == 0 {
            failures.push(format!("{name}: no instruction of its own code traced"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
