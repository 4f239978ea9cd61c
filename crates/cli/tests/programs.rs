//! The differential corpus: every `tests/programs/<area>/*.py` (and, when `../shared` exists
//! beside the repository, every seed example in `../shared/examples/seed/`) is run with the
//! built `pydive` binary and its stdout, stderr and exit status are compared with what
//! CPython 3.12 printed, as recorded beside the program (`NAME.py.out`, `.err`, `.rc`) by
//! `scripts/regen_golden.sh`.
//!
//! Both sides are normalized the same way: the program's folder becomes `<dir>` and every
//! hexadecimal literal (`0x7f..`) becomes `0xADDR`. Programs run from their own folder with
//! `PYTHONHASHSEED=0 PYTHONUNBUFFERED=1`, as the recording did.
//!
//! `tests/programs/expected_failures.txt` lists the programs that do not pass yet, one
//! `PATH: reason` a line. The test fails on a failure that is not listed and on a listed
//! program that now passes, so the list stays honest. `scripts/update_expected_failures.sh`
//! rewrites it from a run (keeping the reasons already written).
//!
//! A second suite, `dis_listings_match_cpython`, runs `pydive dis NAME.py` on every program
//! that has a `NAME.py.dis` (what `python3.12 -m dis NAME.py` printed, recorded by the same
//! script) and compares the listing; its list of known failures is
//! `tests/programs/expected_dis_failures.txt`.
//!
//! A third suite, `command_lines_match_cpython`, runs pydive with the arguments written in
//! each `tests/command_line/NAME.args` (one a line, in place of `python3.12 ...`: `-c`, `-m`,
//! script arguments, missing files) from that folder and compares all three outputs with
//! `NAME.args.out/.err/.rc`; its list is `tests/command_line/expected_failures.txt`.
//!
//! Environment knobs:
//! - `PYDIVE_PROGRAMS=SUBSTR[,SUBSTR..]` runs only the programs whose path contains one of them;
//! - `PYDIVE_TEST_JOBS=N` sets the number of programs run at once (default: the cores, at most 4);
//! - `PYDIVE_UPDATE_EXPECTED=1` rewrites the expected-failure lists instead of failing.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// What `timeout(1)` exits with when it had to stop the program; the recordings use it too.
const TIMED_OUT: i32 = 124;

/// What is compared: a program's run, `pydive dis`'s listing of it, or a whole command line.
#[derive(Clone, Copy, PartialEq)]
enum Suite {
    Run,
    Dis,
    CommandLine,
}

impl Suite {
    fn list_name(self) -> &'static str {
        match self {
            Suite::Run | Suite::CommandLine => "expected_failures.txt",
            Suite::Dis => "expected_dis_failures.txt",
        }
    }

    /// The folder of the suite's files and of its expected-failure list.
    fn dir(self) -> PathBuf {
        match self {
            Suite::Run | Suite::Dis => repo_root().join("tests/programs"),
            Suite::CommandLine => repo_root().join("tests/command_line"),
        }
    }

    fn title(self) -> &'static str {
        match self {
            Suite::Run => "differential corpus",
            Suite::Dis => "dis listings",
            Suite::CommandLine => "command lines",
        }
    }

    /// What this suite compares: every program for runs, those with a recorded listing for
    /// `dis`, the `.args` files for command lines.
    fn programs(self) -> Vec<Program> {
        let all = collect_programs();
        match self {
            Suite::Run => all,
            Suite::Dis => all
                .into_iter()
                .filter(|p| golden_path(p, ".dis").is_file())
                .collect(),
            Suite::CommandLine => sorted_entries(&self.dir())
                .into_iter()
                .filter(|f| f.extension().is_some_and(|e| e == "args"))
                .map(|path| Program {
                    key: format!(
                        "command_line/{}",
                        path.file_name().unwrap_or_default().to_string_lossy()
                    ),
                    path,
                })
                .collect(),
        }
    }
}

/// One program of the corpus.
struct Program {
    /// The name it has in reports and in the expected-failure list (`area/name.py`, or
    /// `shared/seed/name.py` for the seed examples).
    key: String,
    path: PathBuf,
}

enum Outcome {
    Pass,
    /// Why it failed (which of the three outputs differ) and an excerpt of the difference.
    Fail {
        why: String,
        reason: String,
        excerpt: String,
    },
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn expected_failures_path(suite: Suite) -> PathBuf {
    suite.dir().join(suite.list_name())
}

fn golden_path(program: &Program, ext: &str) -> PathBuf {
    let mut p = program.path.clone().into_os_string();
    p.push(ext);
    PathBuf::from(p)
}

/// Programs are the `.py` files exactly one folder below `tests/programs/` whose name does not
/// start with `_`; those files and deeper folders are modules that programs import.
fn collect_programs() -> Vec<Program> {
    let mut programs = Vec::new();
    let root = Suite::Run.dir();
    for area in sorted_entries(&root) {
        if !area.is_dir() {
            continue;
        }
        for file in sorted_entries(&area) {
            if is_program(&file) {
                let key = file.strip_prefix(&root).unwrap_or(&file);
                programs.push(Program {
                    key: key.to_string_lossy().into_owned(),
                    path: file.clone(),
                });
            }
        }
    }
    let seed = repo_root().join("../shared/examples/seed");
    for file in sorted_entries(&seed) {
        if is_program(&file) {
            let name = file.file_name().unwrap_or_default().to_string_lossy();
            programs.push(Program {
                key: format!("shared/seed/{name}"),
                path: file.clone(),
            });
        }
    }
    programs
}

fn is_program(file: &Path) -> bool {
    let name = file.file_name().unwrap_or_default().to_string_lossy();
    name.ends_with(".py") && !name.starts_with('_') && file.is_file()
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => Vec::new(),
    };
    entries.sort();
    entries
}

/// `PATH: reason` lines; `#` starts a comment line.
fn read_expected_failures(suite: Suite) -> BTreeMap<String, String> {
    let text = fs::read_to_string(expected_failures_path(suite)).unwrap_or_default();
    let mut map = BTreeMap::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        // A line whose reason is empty was trimmed to `PATH:`.
        let (key, reason) = line
            .split_once(": ")
            .unwrap_or((line.trim_end_matches(':'), ""));
        map.insert(key.trim().to_string(), reason.trim().to_string());
    }
    map
}

fn write_expected_failures(suite: Suite, map: &BTreeMap<String, String>) {
    let what = match suite {
        Suite::Run => {
            "Programs of tests/programs (and ../shared/examples/seed, as shared/seed/...) that\n\
             # do not pass under pydive yet"
        }
        Suite::Dis => {
            "Programs of tests/programs whose `pydive dis` listing does not match\n\
             # `python3.12 -m dis` yet"
        }
        Suite::CommandLine => {
            "Command lines of tests/command_line (NAME.args) whose run does not match\n\
             # CPython 3.12's yet"
        }
    };
    let mut text = format!(
        "# {what}, one `PATH: reason` a line. The runner (crates/cli/tests/programs.rs)\n\
         # fails on an unlisted failure and on a listed program that passes; rewrite this list\n\
         # from a run with scripts/update_expected_failures.sh, which refreshes the reasons marked\n\
         # [auto] and keeps the others (write a reason by hand to keep it).\n"
    );
    for (key, reason) in map {
        text.push_str(&format!("{key}: {reason}\n"));
    }
    fs::write(expected_failures_path(suite), text).expect("write the expected-failure list");
}

/// The recording's normalization: the interpreter's own path (in usage errors) becomes
/// `<python>`, the program's folder `<dir>`, hex literals `0xADDR`.
fn normalize(text: &str, dir: &str) -> String {
    let text = text
        .replace(env!("CARGO_BIN_EXE_pydive"), "<python>")
        .replace(dir, "<dir>");
    common::hex_to_addr(&text)
}

fn time_limit(source: &str) -> Duration {
    // run_forever() never returns: the recording watched it for 3 s and kept what it printed
    // by then. A debug build on a loaded machine starts far slower than CPython, so watch it
    // longer; the corpus's run_forever programs print nothing after their last timer (< 3 s).
    if source.contains("run_forever()") {
        Duration::from_secs(8)
    } else {
        Duration::from_secs(20)
    }
}

/// The options a program asks of pydive on its first line (`# pydive-flags: A B`).
fn pydive_flags(source: &str) -> Vec<&str> {
    source
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# pydive-flags:"))
        .map(|f| f.split_whitespace().collect())
        .unwrap_or_default()
}

/// Runs one program from its folder; returns (stdout, stderr, exit status), not yet normalized.
fn run_pydive(
    suite: Suite,
    program: &Program,
    scratch: &Path,
    index: usize,
) -> (String, String, i32) {
    let dir = program.path.parent().expect("program has a folder");
    let name = program.path.file_name().expect("program has a name");
    let source = fs::read_to_string(&program.path).unwrap_or_default();
    let out_path = scratch.join(format!("{index}.out"));
    let err_path = scratch.join(format!("{index}.err"));
    let (out_file, err_file) = match (fs::File::create(&out_path), fs::File::create(&err_path)) {
        (Ok(o), Ok(e)) => (o, e),
        _ => return (String::new(), "cannot create scratch files".into(), -1),
    };
    let mut command = Command::new(env!("CARGO_BIN_EXE_pydive"));
    match suite {
        // `# pydive-flags: --virtual-time` on the first line: options for pydive only.
        Suite::Run => command.args(pydive_flags(&source)).arg(name),
        Suite::Dis => command.arg("dis").arg(name),
        Suite::CommandLine => command.args(source.lines()),
    };
    let spawned = command
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONUNBUFFERED", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::from(out_file))
        .stderr(Stdio::from(err_file))
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(e) => return (String::new(), format!("cannot start pydive: {e}"), -1),
    };
    let limit = match suite {
        Suite::Run => time_limit(&source),
        Suite::Dis | Suite::CommandLine => Duration::from_secs(20),
    };
    let start = Instant::now();
    let rc = loop {
        match child.try_wait() {
            Ok(Some(status)) => break exit_code(status),
            Ok(None) if start.elapsed() >= limit => {
                let _ = child.kill();
                let _ = child.wait();
                break TIMED_OUT;
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break -1,
        }
    };
    let read = |p: &Path| String::from_utf8_lossy(&fs::read(p).unwrap_or_default()).into_owned();
    let result = (read(&out_path), read(&err_path), rc);
    let _ = fs::remove_file(&out_path);
    let _ = fs::remove_file(&err_path);
    result
}

#[cfg(unix)]
fn exit_code(status: std::process::ExitStatus) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    // A shell reports death by signal N as 128+N; so did the recording.
    status
        .code()
        .unwrap_or_else(|| 128 + status.signal().unwrap_or(0))
}

#[cfg(not(unix))]
fn exit_code(status: std::process::ExitStatus) -> i32 {
    status.code().unwrap_or(-1)
}

fn check(suite: Suite, program: &Program, scratch: &Path, index: usize) -> Outcome {
    let golden = |ext: &str| fs::read_to_string(golden_path(program, ext));
    let goldens = match suite {
        Suite::Run | Suite::CommandLine => (golden(".out"), golden(".err"), golden(".rc")),
        // A listing is compared on stdout alone; `dis` of a valid file prints no errors.
        Suite::Dis => (golden(".dis"), Ok(String::new()), Ok("0".into())),
    };
    let (Ok(want_out), Ok(want_err), Ok(want_rc)) = goldens else {
        return Outcome::Fail {
            why: " no golden files".into(),
            reason: "no golden files: run scripts/regen_golden.sh".into(),
            excerpt: String::new(),
        };
    };
    let want_rc: i32 = want_rc.trim().parse().unwrap_or(-1);
    let dir = program.path.parent().expect("program has a folder");
    let dir_text = fs::canonicalize(dir)
        .unwrap_or_else(|_| dir.to_path_buf())
        .to_string_lossy()
        .into_owned();
    let (out, err, rc) = run_pydive(suite, program, scratch, index);
    let (out, err) = (normalize(&out, &dir_text), normalize(&err, &dir_text));

    let mut why = String::new();
    let mut excerpt = String::new();
    if out != want_out {
        why.push_str(" stdout");
        excerpt.push_str(&diff_excerpt("stdout", &want_out, &out));
    }
    if err != want_err {
        why.push_str(" stderr");
        excerpt.push_str(&diff_excerpt("stderr", &want_err, &err));
    }
    if rc != want_rc {
        why.push_str(&format!(" exit({rc}, want {want_rc})"));
    }
    if why.is_empty() {
        return Outcome::Pass;
    }
    Outcome::Fail {
        reason: guess_reason(&out, &want_out, &err, rc),
        why,
        excerpt,
    }
}

/// Marks a reason the runner wrote; the update rewrites such reasons on every run, and keeps
/// the ones people wrote.
const AUTO: &str = "[auto] ";

/// A reason for a new expected failure: pydive's last stderr line when it failed where CPython
/// did not (usually the exception that names the missing feature), else the first difference.
fn guess_reason(out: &str, want_out: &str, err: &str, rc: i32) -> String {
    let clip = |s: &str| s.trim().chars().take(60).collect::<String>();
    if rc == TIMED_OUT {
        return format!("{AUTO}timed out");
    }
    if rc != 0 {
        if let Some(last) = err.lines().rev().find(|l| !l.trim().is_empty()) {
            return format!("{AUTO}exit {rc}: {}", clip(last));
        }
    }
    if out != want_out {
        let (got, want): (Vec<&str>, Vec<&str>) =
            (out.lines().collect(), want_out.lines().collect());
        let first = got
            .iter()
            .zip(&want)
            .position(|(a, b)| a != b)
            .unwrap_or(got.len().min(want.len()));
        let line = |v: &Vec<&str>| v.get(first).map_or("<end>".to_string(), |l| clip(l));
        return format!(
            "{AUTO}stdout line {}: want {:?}, got {:?}",
            first + 1,
            line(&want),
            line(&got)
        );
    }
    format!("{AUTO}stderr differs")
}

/// The first differing line and a few after it, expected (`-`) then actual (`+`).
fn diff_excerpt(stream: &str, want: &str, got: &str) -> String {
    let want_lines: Vec<&str> = want.lines().collect();
    let got_lines: Vec<&str> = got.lines().collect();
    let first = want_lines
        .iter()
        .zip(&got_lines)
        .position(|(a, b)| a != b)
        .unwrap_or(want_lines.len().min(got_lines.len()));
    let mut s = format!("    {stream} differs from line {}:\n", first + 1);
    for line in want_lines.iter().skip(first).take(6) {
        s.push_str(&format!("    -{line}\n"));
    }
    for line in got_lines.iter().skip(first).take(6) {
        s.push_str(&format!("    +{line}\n"));
    }
    if want_lines.len() == got_lines.len() && first == want_lines.len() {
        s.push_str("    (the texts differ only in their final newline)\n");
    }
    s
}

/// Whether a program's output may depend on the machine's speed: it uses asyncio or sleeps.
fn keeps_real_time(program: &Program) -> bool {
    let source = fs::read_to_string(&program.path).unwrap_or_default();
    [
        "asyncio",
        "sleep(",
        "time.time",
        "monotonic",
        "perf_counter",
    ]
    .iter()
    .any(|needle| source.contains(needle))
}

fn jobs() -> usize {
    if let Some(n) = std::env::var("PYDIVE_TEST_JOBS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        return n.max(1);
    }
    std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .min(4)
}

#[test]
fn programs_match_cpython() {
    run_suite(Suite::Run);
}

#[test]
fn dis_listings_match_cpython() {
    run_suite(Suite::Dis);
}

#[test]
fn command_lines_match_cpython() {
    run_suite(Suite::CommandLine);
}

fn run_suite(suite: Suite) {
    let filter: Vec<String> = std::env::var("PYDIVE_PROGRAMS")
        .unwrap_or_default()
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    let programs: Vec<Program> = suite
        .programs()
        .into_iter()
        .filter(|p| filter.is_empty() || filter.iter().any(|f| p.key.contains(f.as_str())))
        .collect();
    // one folder per suite: the suites run at once, and the first to finish removes its own
    let tag = match suite {
        Suite::Run => "programs",
        Suite::Dis => "dis",
        Suite::CommandLine => "command-lines",
    };
    let scratch = std::env::temp_dir().join(format!("pydive-{tag}-{}", std::process::id()));
    fs::create_dir_all(&scratch).expect("scratch folder");

    let next = AtomicUsize::new(0);
    let outcomes: Mutex<Vec<Option<Outcome>>> =
        Mutex::new((0..programs.len()).map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..jobs() {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(program) = programs.get(i) else {
                    break;
                };
                let outcome = check(suite, program, &scratch, i);
                outcomes.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(outcome);
            });
        }
    });
    let mut outcomes = outcomes.into_inner().unwrap_or_else(|e| e.into_inner());
    // A program that keeps real time (asyncio timers, sleeps) can print in another order when
    // the machine is loaded by the parallel runs, as CPython would, and a long one can run out
    // of time there: run such a failure again, alone, before counting it.
    for (i, program) in programs.iter().enumerate() {
        for _ in 0..2 {
            let retry = match &outcomes[i] {
                Some(Outcome::Fail { why, .. }) => {
                    keeps_real_time(program) || why.contains(&format!("exit({TIMED_OUT},"))
                }
                _ => false,
            };
            if !retry {
                break;
            }
            outcomes[i] = Some(check(suite, program, &scratch, i));
        }
    }
    let _ = fs::remove_dir_all(&scratch);

    let expected = read_expected_failures(suite);
    let (mut passed, mut failed, mut xfailed) = (0, 0, 0);
    let mut unexpected_passes = Vec::new();
    let mut updated = expected.clone();
    let mut report = String::new();
    // (passed, compared) per area: the first folder of the key.
    let mut by_area: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for (program, outcome) in programs.iter().zip(outcomes) {
        let listed = expected.get(&program.key);
        let area = by_area
            .entry(program.key.rsplit_once('/').map_or("", |(a, _)| a))
            .or_default();
        area.1 += 1;
        match outcome.expect("every program ran") {
            Outcome::Pass => {
                area.0 += 1;
                passed += 1;
                updated.remove(&program.key);
                if listed.is_some() {
                    unexpected_passes.push(program.key.clone());
                }
            }
            Outcome::Fail {
                why,
                reason,
                excerpt,
            } => {
                if let Some(written) = listed {
                    xfailed += 1;
                    if written.is_empty() || written.starts_with(AUTO) {
                        updated.insert(program.key.clone(), reason);
                    }
                } else {
                    failed += 1;
                    report.push_str(&format!("FAIL {}:{why}\n{excerpt}", program.key));
                    updated.insert(program.key.clone(), reason);
                }
            }
        }
    }
    let known: std::collections::BTreeSet<&str> = programs.iter().map(|p| p.key.as_str()).collect();
    let all_keys: std::collections::BTreeSet<String> =
        suite.programs().into_iter().map(|p| p.key).collect();
    for key in expected.keys() {
        if !known.contains(key.as_str())
            && filter.is_empty()
            && !all_keys.contains(key)
            && !key.starts_with("shared/")
        {
            eprintln!(
                "note: {} lists {key}, which is not in the corpus",
                suite.list_name()
            );
            updated.remove(key);
        }
    }

    print!("{report}");
    for key in &unexpected_passes {
        println!(
            "PASS {key}: listed in {} but passes now; remove it",
            suite.list_name()
        );
    }
    // Written past libtest's capture so that the summary shows on success too.
    let summary = format!(
        "{passed} passed, {failed} failed, {xfailed} expected failures{}",
        if unexpected_passes.is_empty() {
            String::new()
        } else {
            format!(", {} unexpected passes", unexpected_passes.len())
        }
    );
    let areas: Vec<String> = by_area
        .iter()
        .map(|(area, (pass, total))| format!("{area} {pass}/{total}"))
        .collect();
    let _ = writeln!(
        std::io::stderr(),
        "{}: {summary}\n  by area: {}",
        suite.title(),
        areas.join(", ")
    );
    println!("{summary}");
    if std::env::var_os("PYDIVE_UPDATE_EXPECTED").is_some() {
        write_expected_failures(suite, &updated);
        println!(
            "rewrote {} ({} entries)",
            expected_failures_path(suite)
                .strip_prefix(repo_root())
                .unwrap_or(&expected_failures_path(suite))
                .display(),
            updated.len()
        );
        return;
    }
    assert!(
        failed == 0 && unexpected_passes.is_empty(),
        "{failed} unexpected failures, {} unexpected passes (see above; \
         scripts/update_expected_failures.sh rewrites the list)",
        unexpected_passes.len()
    );
}

#[test]
fn normalization_matches_the_recording() {
    assert_eq!(
        normalize("<gen at 0x7f3a12 in /a/b/x.py>", "/a/b"),
        "<gen at 0xADDR in <dir>/x.py>"
    );
    assert_eq!(normalize("0x 0xg é0x1F", "/nowhere"), "0x 0xg é0xADDR");
}
