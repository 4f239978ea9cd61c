//! CPython 3.12's own doctests (`tests/cpython_lib/data/test_*.py`, extracted from eleven
//! `Lib/test` modules by `tests/cpython_lib/extract_doctests.py`) run with the built `pydive`
//! under `tests/cpython_lib/data/_doctest_mini.py`, which prints `ok N` or `FAIL N | ...` per
//! example. No CPython is needed: the expected outputs are in the data files.
//!
//! `tests/cpython_lib/expected_failures.txt` lists the examples that do not pass yet, one
//! `FILE INDEX: reason` a line (FILE without `.py`). The test fails on an unlisted failure (a
//! regression); a listed example that now passes is only reported, so that whoever fixes one
//! without knowing of this list does not break the build. `PYDIVE_UPDATE_EXPECTED=1` rewrites
//! the list from the run (dropping what passes, keeping the reasons of examples still listed);
//! `PYDIVE_DOCTESTS=SUBSTR[,..]` runs only the files whose name contains one of them.
//!
//! When pydive crashes or runs out of time inside a file, the example it was running fails
//! (`crash` / `timeout`) and the file runs again without it (its index is passed as an
//! argument), as `tests/cpython_lib/run_doctests.sh` does. Examples listed with a reason
//! starting `timeout` are left out from the start so that a known hang costs no time.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long one run of one file may take (a debug build; CPython needs well under a second).
const FILE_LIMIT: Duration = Duration::from_secs(60);

/// How many times a file is rerun after a crash before its remaining examples are given up.
const MAX_RERUNS: usize = 20;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cpython_lib/data")
}

fn list_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cpython_lib/expected_failures.txt")
}

/// `FILE INDEX: reason` lines; `#` starts a comment.
fn read_expected() -> BTreeMap<(String, usize), String> {
    let mut map = BTreeMap::new();
    for (key, reason) in common::list_entries(&list_path()) {
        let mut words = key.split_whitespace();
        let (Some(file), Some(Ok(index))) = (words.next(), words.next().map(str::parse)) else {
            panic!("bad line in expected_failures.txt: {key}: {reason}");
        };
        map.insert((file.to_string(), index), reason);
    }
    map
}

fn write_expected(map: &BTreeMap<(String, usize), String>) {
    let mut text = String::from(
        "# Examples of tests/cpython_lib/data (CPython 3.12's Lib/test doctests) that do not pass\n\
         # under pydive yet, one `FILE INDEX: reason` a line. crates/cli/tests/cpython_doctests.rs\n\
         # fails on an unlisted failure and reports a listed example that passes; rewrite the list with\n\
         # PYDIVE_UPDATE_EXPECTED=1 cargo test -p pydive --test cpython_doctests (reasons of\n\
         # examples still failing are kept). A reason starting `timeout` makes the test skip it.\n",
    );
    for ((file, index), reason) in map {
        text.push_str(&format!("{file} {index}: {reason}\n"));
    }
    fs::write(list_path(), text).expect("write expected_failures.txt");
}

/// How many examples a data file holds: its lines `    (LINENO, ...` (as run_doctests.sh counts).
fn count_examples(source: &str) -> usize {
    source.lines().filter(|l| l.starts_with("    (")).count()
}

/// How a process that stopped early ended: `exit N` or `signal N` (a Rust panic exits 101).
#[cfg(unix)]
fn describe(status: std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => format!("exit {code}"),
        (None, Some(signal)) => format!("signal {signal}"),
        _ => "unknown end".into(),
    }
}

#[cfg(not(unix))]
fn describe(status: std::process::ExitStatus) -> String {
    format!("{status}")
}

/// Runs one file once, skipping `skip`; returns (stdout, timed out, how it ended).
fn run_once(file: &Path, skip: &[usize], scratch: &Path) -> (String, bool, String) {
    let out_path = scratch.join(format!(
        "{}.out",
        file.file_stem().unwrap_or_default().to_string_lossy()
    ));
    let Ok(out_file) = fs::File::create(&out_path) else {
        return (String::new(), false, "no scratch file".into());
    };
    let spawned = Command::new(env!("CARGO_BIN_EXE_pydive"))
        .arg(file.file_name().expect("file name"))
        .args(skip.iter().map(usize::to_string))
        .current_dir(data_dir())
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONUNBUFFERED", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::from(out_file))
        .stderr(Stdio::null())
        .spawn();
    let Ok(mut child) = spawned else {
        return (String::new(), false, "cannot start pydive".into());
    };
    let start = Instant::now();
    let (timed_out, code) = loop {
        match child.try_wait() {
            Ok(Some(status)) => break (false, describe(status)),
            Ok(None) if start.elapsed() >= FILE_LIMIT => {
                let _ = child.kill();
                let _ = child.wait();
                break (true, "timeout".into());
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break (false, "lost".into()),
        }
    };
    let out = String::from_utf8_lossy(&fs::read(&out_path).unwrap_or_default()).into_owned();
    let _ = fs::remove_file(&out_path);
    (out, timed_out, code)
}

/// Every example's outcome: `None` when it passed, else what went wrong.
fn run_file(file: &Path, preskip: &[usize], scratch: &Path) -> Vec<Option<String>> {
    let n = count_examples(&fs::read_to_string(file).unwrap_or_default());
    let mut results: Vec<Option<Option<String>>> = vec![None; n];
    for &i in preskip {
        if i < n {
            results[i] = Some(Some("timeout (listed, not run)".into()));
        }
    }
    let mut skip = preskip.to_vec();
    let mut end = String::new();
    for _ in 0..=MAX_RERUNS {
        let (out, timed_out, how) = run_once(file, &skip, scratch);
        end = how;
        let mut last: Option<usize> = None;
        let mut done = false;
        let mut setup = false;
        for line in out.lines() {
            let (verdict, rest) = line.split_once(' ').unwrap_or((line, ""));
            let index = rest.split(' ').next().and_then(|s| s.parse::<usize>().ok());
            match (verdict, index) {
                ("ok", Some(i)) if i < n => {
                    results[i] = Some(None);
                    last = Some(i);
                }
                ("FAIL", Some(i)) if i < n => {
                    let detail = rest.split_once(" | ").map_or("", |(_, d)| d);
                    results[i] = Some(Some(detail.to_string()));
                    last = Some(i);
                }
                ("skip", Some(i)) => last = Some(i),
                _ if line == "setup" => setup = true,
                _ if line == "done" => done = true,
                _ => {}
            }
        }
        if done || !setup {
            break;
        }
        let bad = last.map_or(0, |i| i + 1);
        if bad >= n {
            break;
        }
        let why = if timed_out {
            "timeout".to_string()
        } else {
            format!("crash ({end})")
        };
        results[bad] = Some(Some(why));
        skip.push(bad);
    }
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Some(format!("not reached ({end})"))))
        .collect()
}

#[test]
fn cpython_doctests_match() {
    let filter: Vec<String> = std::env::var("PYDIVE_DOCTESTS")
        .unwrap_or_default()
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let mut files: Vec<PathBuf> = fs::read_dir(data_dir())
        .expect("tests/cpython_lib/data")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().unwrap_or_default().to_string_lossy();
            name.starts_with("test_")
                && name.ends_with(".py")
                && (filter.is_empty() || filter.iter().any(|f| name.contains(f.as_str())))
        })
        .collect();
    files.sort();
    let stem = |p: &Path| {
        p.file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned()
    };
    let expected = read_expected();
    let scratch = std::env::temp_dir().join(format!("pydive-doctests-{}", std::process::id()));
    fs::create_dir_all(&scratch).expect("scratch folder");
    let outcomes = common::parallel_map(&files, |file| {
        let name = stem(file);
        let preskip: Vec<usize> = expected
            .iter()
            .filter(|((f, _), reason)| *f == name && reason.starts_with("timeout"))
            .map(|((_, index), _)| *index)
            .collect();
        run_file(file, &preskip, &scratch)
    });
    let _ = fs::remove_dir_all(&scratch);

    let mut updated = expected.clone();
    let (mut unexpected, mut fixed) = (Vec::new(), Vec::new());
    let mut by_module: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (i, file) in files.iter().enumerate() {
        let name = stem(file);
        let module = name.split("__").next().unwrap_or(&name).to_string();
        let tally = by_module.entry(module).or_default();
        for (index, outcome) in outcomes[i].iter().enumerate() {
            let key = (name.clone(), index);
            tally.1 += 1;
            match outcome {
                None => {
                    tally.0 += 1;
                    if updated.remove(&key).is_some() {
                        fixed.push(format!("{name} {index}"));
                    }
                }
                Some(why) => {
                    if !expected.contains_key(&key) {
                        unexpected.push(format!("{name} {index}: {why}"));
                        let short: String = why.chars().take(160).collect();
                        updated.insert(key, short);
                    }
                }
            }
        }
    }
    let (mut passed, mut total) = (0, 0);
    for (module, (p, t)) in &by_module {
        eprintln!("{module:<22} {p:>5} / {t:>5}");
        passed += p;
        total += t;
    }
    eprintln!("pydive: {passed} of {total} examples pass");
    if std::env::var_os("PYDIVE_UPDATE_EXPECTED").is_some() {
        if filter.is_empty() {
            write_expected(&updated);
            eprintln!("rewrote {}", list_path().display());
        } else {
            eprintln!("PYDIVE_DOCTESTS is set: the list is not rewritten from a partial run");
        }
        return;
    }
    let mut message = String::new();
    if !unexpected.is_empty() {
        message.push_str(&format!(
            "{} examples fail that tests/cpython_lib/expected_failures.txt does not list:\n  {}\n",
            unexpected.len(),
            unexpected.join("\n  ")
        ));
    }
    if !fixed.is_empty() {
        // Not a failure: several people fix examples at once, and a fix should not break the
        // build of whoever did not know of this list. Prune it with PYDIVE_UPDATE_EXPECTED=1.
        eprintln!(
            "{} listed examples now pass (rerun with PYDIVE_UPDATE_EXPECTED=1 to drop them):\n  {}",
            fixed.len(),
            fixed.join("\n  ")
        );
    }
    assert!(message.is_empty(), "{message}");
}
