//! `pydive trace --loop --virtual-time` over the programs of `tests/trace_loop/*.py`: the
//! asyncio event loop's decisions (iterations, timers, task steps and suspensions) with the
//! program's own output in between, as one stream (stdout and stderr merged, both
//! unbuffered while tracing). Golden `NAME.py.loop` files are pydive's output reviewed by a
//! person (nothing to compare with in CPython); after an intended change rewrite them with
//! `PYDIVE_UPDATE_TRACE=1 cargo test -p pydive --test trace_loop_golden` and read the diff.
//!
//! The seed's coroutine.py must read as the explanation of its four lines: both tasks' first
//! steps in one iteration, each suspended on its sleep's future; the 1 s timer due first,
//! its future's done-callback waking Task-1 in the next iteration; then the same for Task-2
//! at 2 s; then an idle loop (run_forever would wait forever; the trace stops there).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/trace_loop")
        .canonicalize()
        .expect("tests/trace_loop exists")
}

fn loop_trace(name: &str) -> String {
    let d = dir();
    let out = Command::new("sh")
        .arg("-c")
        .arg("exec \"$0\" trace --loop --virtual-time \"$1\" 2>&1")
        .arg(env!("CARGO_BIN_EXE_pydive"))
        .arg(name)
        .current_dir(&d)
        .env("PYTHONHASHSEED", "0")
        .output()
        .expect("pydive runs");
    String::from_utf8_lossy(&out.stdout).replace(&*d.to_string_lossy(), "<dir>")
}

#[test]
fn loop_traces_match_golden() {
    let mut programs: Vec<PathBuf> = fs::read_dir(dir())
        .expect("readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    programs.sort();
    assert!(!programs.is_empty());
    let update = std::env::var_os("PYDIVE_UPDATE_TRACE").is_some();
    let mut failed = Vec::new();
    for p in programs {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        let got = loop_trace(&name);
        let golden = p.with_file_name(format!("{name}.loop"));
        if update {
            fs::write(&golden, &got).expect("write golden");
            continue;
        }
        let want = fs::read_to_string(&golden).unwrap_or_default();
        if got != want {
            eprintln!("--- {name}: got\n{got}--- want\n{want}");
            failed.push(name);
        }
    }
    assert!(failed.is_empty(), "loop traces differ: {failed:?}");
}

#[test]
fn seed_trace_shows_why_the_lines_come_in_that_order() {
    let t = loop_trace("seed_coroutine.py");
    let pos = |needle: &str| {
        t.find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in trace:\n{t}"))
    };
    // Both first steps (and first prints) in iteration 1, before any timer fires.
    assert!(pos("coroutine2 first entry point") < pos("--- loop iteration 2"));
    // The 1 s timer fires before the 2 s one; each wakes its task in the next iteration.
    assert!(pos("timer due (t=1.000)") < pos("coroutine1 second entry point"));
    assert!(pos("coroutine1 second entry point") < pos("timer due (t=2.000)"));
    assert!(pos("timer due (t=2.000)") < pos("coroutine2 second entry point"));
    assert!(t.trim_end().ends_with("so the trace stops here"));
}
