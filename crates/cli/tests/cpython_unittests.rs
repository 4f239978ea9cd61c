//! A few unittest-based modules of CPython 3.12's own Lib/test (copied into
//! `tests/cpython_lib/unittest_data/test/`, with a small `test.support` stand-in) run with the
//! built `pydive` under `tests/cpython_lib/_unittest_driver.py`, which prints one line per
//! test (`ok|fail|error|skip|xfail|xpass ID`). No CPython is needed. The full measurement,
//! over CPython's whole `test.support` and more modules, is `tests/cpython_lib/run_unittests.py`.
//!
//! `tests/cpython_lib/expected_unittest_failures.txt` lists the tests that do not pass yet, one
//! `ID: status | reason` a line. The test fails on an unlisted failure (a regression); a listed
//! test that now passes is only reported, so that a fix elsewhere does not break the build.
//! `PYDIVE_UPDATE_EXPECTED=1` rewrites the list from the run. When pydive crashes or hangs in
//! a test, that test counts as `crash`/`timeout` and the module runs again without it and
//! without the tests already reported.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The modules run, each well under ten seconds with a debug build.
const MODULES: &[&str] = &[
    "test_augassign",
    "test_keywordonlyarg",
    "test_with",
    "test_string",
    "test_patma",
    "test_except_star",
    "test_exception_group",
    "test_scope",
    "test_raise",
    "test_richcmp",
];

/// How long one run of one module may take (a debug build).
const MODULE_LIMIT: Duration = Duration::from_secs(60);

fn lib_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cpython_lib")
}

fn list_path() -> PathBuf {
    lib_dir().join("expected_unittest_failures.txt")
}

/// `ID: status | reason` lines; `#` starts a comment.
fn read_expected() -> BTreeMap<String, String> {
    common::list_entries(&list_path()).into_iter().collect()
}

fn write_expected(map: &BTreeMap<String, String>) {
    let mut text = String::from(
        "# Tests of tests/cpython_lib/unittest_data (CPython 3.12's Lib/test unittest modules) that\n\
         # do not pass under pydive yet, one `ID: status | reason` a line.\n\
         # crates/cli/tests/cpython_unittests.rs fails on an unlisted failure and reports a listed\n\
         # test that passes; rewrite the list with\n\
         # PYDIVE_UPDATE_EXPECTED=1 cargo test -p pydive --test cpython_unittests\n",
    );
    for (id, reason) in map {
        text.push_str(&format!("{id}: {reason}\n"));
    }
    fs::write(list_path(), text).expect("write expected_unittest_failures.txt");
}

/// Runs a module once, leaving out the tests in `done`; returns (stdout, timed out).
fn run_once(module: &str, done: &BTreeMap<String, String>, scratch: &Path) -> (String, bool) {
    let skipfile = scratch.join(format!("{module}.skip"));
    let skip: String = done.keys().map(|id| format!("{id}\n")).collect();
    if fs::write(&skipfile, skip).is_err() {
        return (String::new(), false);
    }
    let out_path = scratch.join(format!("{module}.out"));
    let Ok(out_file) = fs::File::create(&out_path) else {
        return (String::new(), false);
    };
    let spawned = Command::new(env!("CARGO_BIN_EXE_pydive"))
        .arg(lib_dir().join("_unittest_driver.py"))
        .arg(format!("test.{module}"))
        .arg(&skipfile)
        .current_dir(lib_dir().join("unittest_data"))
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONUNBUFFERED", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::from(out_file))
        .stderr(Stdio::null())
        .spawn();
    let Ok(mut child) = spawned else {
        return (String::new(), false);
    };
    let start = Instant::now();
    let timed_out = loop {
        match child.try_wait() {
            Ok(Some(_)) => break false,
            Ok(None) if start.elapsed() >= MODULE_LIMIT => {
                let _ = child.kill();
                let _ = child.wait();
                break true;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break false,
        }
    };
    let out = String::from_utf8_lossy(&fs::read(&out_path).unwrap_or_default()).into_owned();
    let _ = fs::remove_file(&out_path);
    let _ = fs::remove_file(&skipfile);
    (out, timed_out)
}

/// Every test's outcome: (id, "ok" or "status | reason").
fn run_module(module: &str, scratch: &Path) -> BTreeMap<String, String> {
    let mut results = BTreeMap::new();
    for _ in 0..20 {
        let (out, timed_out) = run_once(module, &results, scratch);
        let mut current: Option<String> = None;
        let mut finished = false;
        for line in out.lines() {
            let (what, rest) = line.split_once(' ').unwrap_or((line, ""));
            let (id, why) = rest.split_once(" | ").unwrap_or((rest, ""));
            match what {
                "start" => current = Some(id.to_string()),
                "ok" | "skip" | "xfail" => {
                    results.insert(id.to_string(), "ok".to_string());
                    current = None;
                }
                "fail" | "error" | "xpass" => {
                    let why: String = why.chars().take(160).collect();
                    results.insert(id.to_string(), format!("{what} | {why}"));
                    current = None;
                }
                "done" => finished = true,
                _ => {}
            }
        }
        if finished {
            break;
        }
        let Some(id) = current else {
            results.insert(
                format!("{module} (module)"),
                "error | stopped outside a test".into(),
            );
            break;
        };
        let why = if timed_out { "timeout" } else { "crash" };
        results.insert(id, why.to_string());
    }
    results
}

#[test]
fn cpython_unittests_match() {
    let expected = read_expected();
    let scratch = std::env::temp_dir().join(format!("pydive-unittests-{}", std::process::id()));
    fs::create_dir_all(&scratch).expect("scratch folder");
    let outcomes = common::parallel_map(MODULES, |module| run_module(module, &scratch));
    let _ = fs::remove_dir_all(&scratch);

    let mut updated = BTreeMap::new();
    let (mut unexpected, mut fixed) = (Vec::new(), Vec::new());
    let (mut passed, mut total) = (0, 0);
    for (i, module) in MODULES.iter().enumerate() {
        let results = &outcomes[i];
        let ok = results.values().filter(|r| *r == "ok").count();
        eprintln!("{module:<22} {ok:>5} / {:>5}", results.len());
        passed += ok;
        total += results.len();
        for (id, outcome) in results {
            if outcome == "ok" {
                if expected.contains_key(id) {
                    fixed.push(id.clone());
                }
                continue;
            }
            match expected.get(id) {
                Some(reason) => {
                    updated.insert(id.clone(), reason.clone());
                }
                None => {
                    unexpected.push(format!("{id}: {outcome}"));
                    updated.insert(id.clone(), outcome.clone());
                }
            }
        }
    }
    eprintln!("pydive: {passed} of {total} tests pass (or are skipped as in CPython)");
    if std::env::var_os("PYDIVE_UPDATE_EXPECTED").is_some() {
        write_expected(&updated);
        eprintln!("rewrote {}", list_path().display());
        return;
    }
    if !fixed.is_empty() {
        // Not a failure: a fix elsewhere should not break the build of whoever did not know
        // of this list. Prune it with PYDIVE_UPDATE_EXPECTED=1.
        eprintln!(
            "{} listed tests now pass (rerun with PYDIVE_UPDATE_EXPECTED=1 to drop them):\n  {}",
            fixed.len(),
            fixed.join("\n  ")
        );
    }
    assert!(
        unexpected.is_empty(),
        "{} tests fail that tests/cpython_lib/expected_unittest_failures.txt does not list:\n  {}",
        unexpected.len(),
        unexpected.join("\n  ")
    );
}
