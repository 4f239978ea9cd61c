//! The compiler never panics and never overflows its stack, whatever the source: random bytes,
//! random token soups, mutated real Python files, deep nesting, huge literals, many arguments.
//!
//! Every input is compiled in all three modes (`exec`, `eval`, `single`) on a thread with a
//! modest stack (`CALLER_STACK`): `compile` must bring its own stack for the deep recursion of
//! the parser and the passes. A panic fails the test and writes the input to
//! `$TMPDIR/pydive-robustness-*.py` so it can be replayed; a stack overflow aborts the test
//! binary (Rust cannot catch it), which fails the run just as loudly.
//!
//! Whatever `compile` returns is checked too: an error names a line of the source (or the line
//! after the last), and a code object survives a marshal round trip byte for byte.
//!
//! `deep_and_huge_inputs_match_cpython_outcome` also compares the *kind* of outcome with what
//! CPython 3.12's `compile()` does on the same input (recorded in `DEEP_CASES`; regenerate the
//! column with `fuzz/deep_cases.py`). Known differences are listed in `KNOWN_OUTCOME_MISMATCHES`
//! with the finding of `docs/FUZZING.md` that explains them; a listed case that starts matching
//! fails the test so the list stays honest.
//!
//! Environment knobs (defaults keep `cargo test` quick in a debug build):
//! - `PYDIVE_FUZZ_ITERS=N` — inputs per random test (default 100);
//! - `PYDIVE_FUZZ_SEED=N` — the first seed (default 1); each input's seed is printed on failure;
//! - `PYDIVE_FUZZ_STDLIB=DIR` — also mutate the `.py` files under DIR (e.g. CPython's Lib).
//!
//! The libFuzzer target doing the same with coverage guidance is `fuzz/` (see docs/FUZZING.md).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use pydive_bytecode::marshal;
use pydive_compiler::{compile, CompileError, ErrorKind, Mode};

/// The stack of the thread that calls `compile`: what a small embedding might have.
const CALLER_STACK: usize = 512 * 1024;

const MODES: [Mode; 3] = [Mode::Exec, Mode::Eval, Mode::Single];

/// What compiling one input gave, in CPython's terms.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Outcome {
    Ok,
    /// The exception class name and message.
    Err(String, String),
}

/// Compiles `source` in `mode` on a small-stack thread. `Err` carries the panic message.
/// A code object's marshal round trip is checked back on the calling thread: marshal is not
/// the compiler, and its recursion (bounded by `marshal::MAX_DEPTH`) needs the usual stack.
fn compile_guarded(source: &str, mode: Mode) -> Result<Outcome, String> {
    let src = source.to_string();
    let handle = std::thread::Builder::new()
        .name("robustness".into())
        .stack_size(CALLER_STACK)
        .spawn(move || {
            let result = compile(&src, "<fuzz>", mode);
            check_error(&src, &result);
            result
        })
        .expect("spawn a test thread");
    let result = handle.join().map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "panic with a non-string payload".into())
    })?;
    Ok(match result {
        Ok(code) => {
            check_marshal(&code);
            Outcome::Ok
        }
        Err(e) => Outcome::Err(e.kind.class_name().to_string(), e.msg),
    })
}

/// A code object survives a marshal round trip byte for byte, unless it nests deeper than
/// marshal reads (CPython's `MAX_MARSHAL_STACK_DEPTH` refuses such objects too).
fn check_marshal(code: &pydive_bytecode::CodeObject) {
    let bytes = marshal::dumps(code);
    match marshal::loads(&bytes) {
        Ok(back) => assert!(
            marshal::dumps(&back) == bytes,
            "marshal round trip changed the code object"
        ),
        Err(marshal::MarshalError::TooDeep) => {}
        Err(e) => panic!("marshal.loads of marshal.dumps failed: {e:?}"),
    }
}

/// An error names a line of the source (or the line after the last) and has a message.
fn check_error(source: &str, result: &Result<Arc<pydive_bytecode::CodeObject>, CompileError>) {
    if let Err(e) = result {
        // Lines end at \n, \r\n or a lone \r, as CPython's tokenizer reads them.
        let lines = source
            .replace("\r\n", "\n")
            .split_inclusive(['\n', '\r'])
            .count() as u32;
        // CPython reports errors at end of input on the line after the last one.
        assert!(
            e.lineno <= lines + 1,
            "error line {} past the end ({} lines): {e}",
            e.lineno,
            lines
        );
        assert!(!e.msg.is_empty(), "empty error message");
        let _ = e.to_string();
    }
}

/// Compiles `source` in every mode; on a panic, saves the input and fails naming it.
fn assert_never_panics(what: &str, source: &str) {
    for mode in MODES {
        if let Err(msg) = compile_guarded(source, mode) {
            let path = save_reproducer(what, source);
            panic!(
                "compile panicked on {what} ({mode:?}): {msg}\n  input saved to {}",
                path.display()
            );
        }
    }
}

fn save_reproducer(what: &str, source: &str) -> PathBuf {
    let name: String = what
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let path = std::env::temp_dir().join(format!("pydive-robustness-{name}.py"));
    let _ = std::fs::write(&path, source);
    path
}

/// xorshift64*: a small seeded generator, so that every failing input can be regenerated.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn iterations() -> u64 {
    env_u64("PYDIVE_FUZZ_ITERS", 100)
}

fn first_seed() -> u64 {
    env_u64("PYDIVE_FUZZ_SEED", 1)
}

// ---------------------------------------------------------------------------------------------
// Random bytes

#[test]
fn random_bytes_never_panic() {
    for seed in first_seed()..first_seed() + iterations() {
        let mut rng = Rng::new(seed);
        let len = rng.below(200);
        // Mostly printable ASCII with some control bytes and high bytes, so that the tokenizer
        // gets past the first character now and then.
        let bytes: Vec<u8> = (0..len)
            .map(|_| match rng.below(10) {
                0 => rng.next() as u8,
                1 => *rng.pick(b"\n\r\t \x0c\\\0"),
                _ => 0x20 + rng.below(0x5f) as u8,
            })
            .collect();
        let source = String::from_utf8_lossy(&bytes);
        assert_never_panics(&format!("random bytes seed {seed}"), &source);
    }
}

// ---------------------------------------------------------------------------------------------
// Token soups: sequences of real Python tokens in random order

const TOKENS: &[&str] = &[
    // keywords and soft keywords
    "False",
    "None",
    "True",
    "and",
    "as",
    "assert",
    "async",
    "await",
    "break",
    "class",
    "continue",
    "def",
    "del",
    "elif",
    "else",
    "except",
    "finally",
    "for",
    "from",
    "global",
    "if",
    "import",
    "in",
    "is",
    "lambda",
    "nonlocal",
    "not",
    "or",
    "pass",
    "raise",
    "return",
    "try",
    "while",
    "with",
    "yield",
    "match",
    "case",
    "type",
    "_",
    "__debug__",
    "__class__",
    "__future__",
    "annotations",
    "print",
    "super",
    // names and literals
    "x",
    "y",
    "f",
    "self",
    "0",
    "1",
    "2.5",
    "1j",
    "0x1f",
    "0o7",
    "0b1",
    "1_000",
    "1e400",
    "09",
    "'s'",
    "\"d\"",
    "b'b'",
    "r'\\d'",
    "u'u'",
    "'''t\n'''",
    "f'{x}'",
    "f'{x!r:>{y}}'",
    "f'{x=}'",
    "f\"{'a'}\"",
    "rb'x'",
    "'\\N{DASH}'",
    "'\\x'",
    "'unterminated",
    "...",
    // operators and delimiters
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<<",
    ">>",
    "&",
    "|",
    "^",
    "~",
    ":=",
    "<",
    ">",
    "<=",
    ">=",
    "==",
    "!=",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    ".",
    ";",
    "=",
    "->",
    "+=",
    "-=",
    "*=",
    "/=",
    "//=",
    "%=",
    "@=",
    "&=",
    "|=",
    "^=",
    ">>=",
    "<<=",
    "**=",
    "!",
    "$",
    "?",
    "\\\n",
    "#c",
    // layout
    "\n",
    "\n",
    "\n    ",
    "\n        ",
    "\n  ",
    "\t",
    " ",
];

fn token_soup(rng: &mut Rng, len: usize) -> String {
    let mut out = String::new();
    for _ in 0..len {
        out.push_str(TOKENS[rng.below(TOKENS.len())]);
        if rng.below(3) != 0 {
            out.push(' ');
        }
    }
    out
}

#[test]
fn token_soups_never_panic() {
    for seed in first_seed()..first_seed() + iterations() {
        let mut rng = Rng::new(seed ^ 0x70C3);
        let len = 1 + rng.below(40);
        let source = token_soup(&mut rng, len);
        assert_never_panics(&format!("token soup seed {seed}"), &source);
    }
}

/// Statement-shaped soups: a line from a template with holes filled by short token soups, so
/// that more inputs get past the parser into symtable and codegen.
#[test]
fn statement_soups_never_panic() {
    const TEMPLATES: &[&str] = &[
        "def f(#):\n    #\n",
        "async def f(#):\n    #\n    await #\n",
        "class C(#):\n    #\n",
        "x = #\n",
        "for # in #:\n    #\nelse:\n    #\n",
        "while #:\n    #\n",
        "with # as #:\n    #\n",
        "try:\n    #\nexcept # as e:\n    #\nfinally:\n    #\n",
        "try:\n    #\nexcept* #:\n    #\n",
        "match #:\n    case #:\n        #\n    case #:\n        #\n",
        "lambda #: #\n",
        "[# for # in # if #]\n",
        "{#: # for # in #}\n",
        "f'{#}'\n",
        "def g():\n    nonlocal #\n    global #\n    yield #\n",
        "@#\ndef h(): #\n",
        "type T[#] = #\n",
        "def k[#](#) -> #: #\n",
        "del #\n",
        "assert #, #\n",
        "from # import #\n",
        "import #\n",
        "return #\n",
        "print(#)\n",
    ];
    const FILL: &[&str] = &[
        "x",
        "y",
        "1",
        "x, y",
        "*x",
        "**x",
        "x=1",
        "/",
        "*",
        "x: int",
        "x: int = 1",
        "(x, y)",
        "[x, y]",
        "{x}",
        "x.y",
        "x[0]",
        "x()",
        "yield",
        "await x",
        "lambda: x",
        "x if y else 1",
        "not x",
        "x and y",
        "x := 1",
        "*",
        "None",
        "...",
        "_",
        "C()",
        "[*x]",
        "{**x}",
        "x[1:2]",
        "f'{x}'",
        "super()",
        "__class__",
        "1 + 2 * 3",
        "(yield)",
        "async",
        "match",
        "case",
    ];
    for seed in first_seed()..first_seed() + iterations() {
        let mut rng = Rng::new(seed ^ 0x57A7);
        let mut source = String::new();
        for _ in 0..1 + rng.below(4) {
            let template = rng.pick(TEMPLATES);
            for (i, part) in template.split('#').enumerate() {
                if i > 0 {
                    if rng.below(4) == 0 {
                        let len = 1 + rng.below(4);
                        source.push_str(&token_soup(&mut rng, len));
                    } else {
                        source.push_str(FILL[rng.below(FILL.len())]);
                    }
                }
                source.push_str(part);
            }
            // Nest the next statement in the previous block now and then.
            if rng.below(3) == 0 {
                source = source.replace('\n', "\n    ");
                source.insert_str(0, "def outer():\n    ");
                source.push('\n');
            }
        }
        assert_never_panics(&format!("statement soup seed {seed}"), &source);
    }
}

// ---------------------------------------------------------------------------------------------
// Mutated real Python files

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            python_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

/// The seeds for mutation: the repository's own Python files (always there), plus the files
/// under `PYDIVE_FUZZ_STDLIB` when set.
fn seed_files() -> Vec<PathBuf> {
    let root = repo_root();
    let mut files = Vec::new();
    for dir in [
        "tests/programs",
        "tests/syntax_errors",
        "lib",
        "crates/compiler/tests/codegen_snippets",
        "crates/compiler/tests/backend_snippets",
    ] {
        python_files(&root.join(dir), &mut files);
    }
    if let Ok(dir) = std::env::var("PYDIVE_FUZZ_STDLIB") {
        python_files(Path::new(&dir), &mut files);
    }
    files
}

/// One random edit of `source`, on char boundaries: the kinds of damage a person or a broken
/// tool does to a file.
fn mutate(rng: &mut Rng, source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let n = chars.len();
    let at = rng.below(n + 1);
    let span = 1 + rng.below(40).min(n.saturating_sub(at).max(1));
    let end = (at + span).min(n);
    let mut out: Vec<char> = Vec::with_capacity(n + 64);
    match rng.below(9) {
        // delete a span
        0 => {
            out.extend(&chars[..at]);
            out.extend(&chars[end..]);
        }
        // duplicate a span
        1 => {
            out.extend(&chars[..end]);
            out.extend(&chars[at..]);
        }
        // insert a token
        2 => {
            out.extend(&chars[..at]);
            out.extend(rng.pick(TOKENS).chars());
            out.extend(&chars[at..]);
        }
        // replace one char with a delimiter or quote
        3 => {
            out.extend(&chars);
            if at < n {
                out[at] = *rng.pick(&[
                    '(', ')', '[', ']', '{', '}', ':', '"', '\'', '\\', '\t', ' ', '#',
                ]);
            }
        }
        // truncate
        4 => out.extend(&chars[..at]),
        // indent or dedent the line holding `at`
        5 => {
            let line_start = chars[..at]
                .iter()
                .rposition(|&c| c == '\n')
                .map_or(0, |i| i + 1);
            out.extend(&chars[..line_start]);
            if rng.below(2) == 0 {
                out.extend("    ".chars());
                out.extend(&chars[line_start..]);
            } else {
                let skip = chars[line_start..]
                    .iter()
                    .take_while(|&&c| c == ' ')
                    .count()
                    .min(4);
                out.extend(&chars[line_start + skip..]);
            }
        }
        // move a span elsewhere
        6 => {
            let moved: Vec<char> = chars[at..end].to_vec();
            let rest: Vec<char> = chars[..at].iter().chain(&chars[end..]).copied().collect();
            let to = rng.below(rest.len() + 1);
            out.extend(&rest[..to]);
            out.extend(moved);
            out.extend(&rest[to..]);
        }
        // swap keywords for others
        7 => {
            let text: String = chars.iter().collect();
            let from = rng.pick(&[
                "def ", "if ", "for ", "return ", "yield ", "await ", "class ", "(", ":",
            ]);
            let to = rng.pick(&[
                "async def ",
                "elif ",
                "async for ",
                "yield ",
                "return ",
                "nonlocal ",
                "lambda ",
                "[",
                "",
            ]);
            out.extend(text.replacen(from, to, 1 + rng.below(3)).chars());
        }
        // a random non-ASCII or control character
        _ => {
            out.extend(&chars[..at]);
            out.push(*rng.pick(&[
                '\u{0}', '\u{c}', '\u{feff}', 'é', '𝔘', '\u{2028}', '\r', '\u{85}', '€',
            ]));
            out.extend(&chars[at..]);
        }
    }
    out.into_iter().collect()
}

#[test]
fn mutated_python_files_never_panic() {
    let files = seed_files();
    assert!(
        !files.is_empty(),
        "no Python files found under {}",
        repo_root().display()
    );
    let per_file_limit = 20_000; // bytes: keep the debug-build run quick
    let sources: Vec<(PathBuf, String)> = files
        .into_iter()
        .filter_map(|p| std::fs::read_to_string(&p).ok().map(|s| (p, s)))
        .filter(|(_, s)| s.len() <= per_file_limit || std::env::var("PYDIVE_FUZZ_STDLIB").is_ok())
        .collect();
    for seed in first_seed()..first_seed() + iterations() {
        let mut rng = Rng::new(seed ^ 0x3D17);
        let (path, source) = rng.pick(&sources);
        let mut mutated = source.clone();
        for _ in 0..1 + rng.below(3) {
            mutated = mutate(&mut rng, &mutated);
        }
        let name = path
            .strip_prefix(repo_root())
            .unwrap_or(path)
            .display()
            .to_string();
        assert_never_panics(&format!("{name} mutation seed {seed}"), &mutated);
    }
}

// ---------------------------------------------------------------------------------------------
// Deep nesting, huge literals, many arguments

/// What CPython 3.12's `compile(src, "<s>", "exec")` does, as "Ok" or "Class: message prefix".
struct DeepCase {
    name: &'static str,
    source: fn() -> String,
    cpython: &'static str,
}

fn rep(s: &str, n: usize) -> String {
    s.repeat(n)
}

fn nested_blocks(header: &str, n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        s.push_str(&" ".repeat(i));
        s.push_str(header);
        s.push('\n');
    }
    s.push_str(&" ".repeat(n));
    s.push_str("pass\n");
    s
}

fn joined(item: &str, sep: &str, n: usize) -> String {
    vec![item; n].join(sep)
}

fn numbered(prefix: &str, n: usize) -> String {
    (0..n)
        .map(|i| format!("{prefix}{i}"))
        .collect::<Vec<_>>()
        .join(",")
}

const DEEP_CASES: &[DeepCase] = &[
    DeepCase {
        name: "parens_100k",
        source: || rep("(", 100_000) + "1" + &rep(")", 100_000),
        cpython: "SyntaxError: too many nested parentheses",
    },
    DeepCase {
        name: "parens_199",
        source: || rep("(", 199) + "1" + &rep(")", 199),
        cpython: "Ok",
    },
    DeepCase {
        name: "lists_5000",
        source: || rep("[", 5000) + &rep("]", 5000),
        cpython: "SyntaxError: too many nested parentheses",
    },
    DeepCase {
        name: "braces_unclosed_100k",
        source: || rep("{", 100_000),
        cpython: "SyntaxError: too many nested parentheses",
    },
    DeepCase {
        name: "not_100k",
        source: || rep("not ", 100_000) + "x",
        cpython: "MemoryError: Parser stack overflowed - Python source too complex to parse",
    },
    DeepCase {
        name: "neg_100k",
        source: || rep("-", 100_000) + "x",
        cpython: "MemoryError: Parser stack overflowed - Python source too complex to parse",
    },
    DeepCase {
        name: "neg_3000",
        source: || rep("-", 3000) + "x",
        cpython: "RecursionError: maximum recursion depth exceeded during compilation",
    },
    DeepCase {
        name: "invert_3000",
        source: || rep("~", 3000) + "1",
        cpython: "RecursionError: maximum recursion depth exceeded during compilation",
    },
    DeepCase {
        name: "add_100k",
        source: || joined("a", "+", 100_000),
        cpython: "RecursionError: maximum recursion depth exceeded during compilation",
    },
    DeepCase {
        name: "add_consts_100k",
        source: || joined("1", "+", 100_000),
        cpython: "RecursionError: maximum recursion depth exceeded during compilation",
    },
    DeepCase {
        name: "attr_100k",
        source: || "a".to_string() + &rep(".b", 100_000),
        cpython: "RecursionError: maximum recursion depth exceeded during compilation",
    },
    DeepCase {
        name: "subscript_100k",
        source: || "a".to_string() + &rep("[0]", 100_000),
        cpython: "RecursionError: maximum recursion depth exceeded during compilation",
    },
    DeepCase {
        name: "call_100k",
        source: || "f".to_string() + &rep("()", 100_000),
        cpython: "RecursionError: maximum recursion depth exceeded during compilation",
    },
    DeepCase {
        name: "lambda_10k",
        source: || rep("lambda: ", 10_000) + "1",
        cpython: "MemoryError: Parser stack overflowed - Python source too complex to parse",
    },
    DeepCase {
        name: "lambda_1k",
        source: || rep("lambda: ", 1000) + "1",
        cpython: "Ok",
    },
    DeepCase {
        name: "ifexp_10k",
        source: || rep("1 if 1 else ", 10_000) + "1",
        cpython: "MemoryError: Parser stack overflowed - Python source too complex to parse",
    },
    DeepCase {
        name: "pow_100k",
        source: || joined("a", "**", 100_000),
        cpython: "MemoryError: Parser stack overflowed - Python source too complex to parse",
    },
    DeepCase {
        name: "ifs_1000",
        source: || nested_blocks("if x:", 1000),
        cpython: "IndentationError: too many levels of indentation",
    },
    DeepCase {
        name: "ifs_99",
        source: || nested_blocks("if x:", 99),
        cpython: "Ok",
    },
    DeepCase {
        name: "ifs_100",
        source: || nested_blocks("if x:", 100),
        cpython: "IndentationError: too many levels of indentation",
    },
    DeepCase {
        name: "defs_1000",
        source: || nested_blocks("def f():", 1000),
        cpython: "IndentationError: too many levels of indentation",
    },
    DeepCase {
        name: "defs_99",
        source: || nested_blocks("def f():", 99),
        cpython: "Ok",
    },
    DeepCase {
        name: "classes_99",
        source: || nested_blocks("class C:", 99),
        cpython: "Ok",
    },
    DeepCase {
        name: "withs_99",
        source: || nested_blocks("with x:", 99),
        cpython: "SyntaxError: too many statically nested blocks",
    },
    DeepCase {
        name: "trys_99",
        source: || nested_blocks("try:", 99),
        cpython: "SyntaxError: expected 'except' or 'finally' block",
    },
    DeepCase {
        name: "elifs_10k",
        source: || "if x: pass\n".to_string() + &rep("elif x: pass\n", 10_000),
        cpython: "MemoryError: Parser stack overflowed - Python source too complex to parse",
    },
    DeepCase {
        name: "elifs_1k",
        source: || "if x: pass\n".to_string() + &rep("elif x: pass\n", 1000),
        cpython: "Ok",
    },
    DeepCase {
        name: "big_int_100k_digits",
        source: || "x = ".to_string() + &rep("1", 100_000),
        cpython: "SyntaxError: Exceeds the limit (4300 digits) for integer string conversion",
    },
    DeepCase {
        name: "big_int_4300_digits",
        source: || "x = ".to_string() + &rep("7", 4300),
        cpython: "Ok",
    },
    DeepCase {
        name: "big_hex_100k_digits",
        source: || "x = 0x".to_string() + &rep("f", 100_000),
        cpython: "Ok",
    },
    DeepCase {
        name: "big_float",
        source: || "x = ".to_string() + &rep("9", 5000) + ".5e-10",
        cpython: "Ok",
    },
    DeepCase {
        name: "big_str_1m",
        source: || "x = '".to_string() + &rep("a", 1_000_000) + "'",
        cpython: "Ok",
    },
    DeepCase {
        name: "big_bytes_1m",
        source: || "x = b'".to_string() + &rep("\\xff", 250_000) + "'",
        cpython: "Ok",
    },
    DeepCase {
        name: "many_args_10k",
        source: || format!("f({})", numbered("a", 10_000)),
        cpython: "Ok",
    },
    DeepCase {
        name: "many_kwargs_10k",
        source: || {
            format!(
                "f({})",
                (0..10_000)
                    .map(|i| format!("k{i}=1"))
                    .collect::<Vec<_>>()
                    .join(",")
            )
        },
        cpython: "Ok",
    },
    DeepCase {
        name: "many_params_10k",
        source: || format!("def f({}): pass", numbered("a", 10_000)),
        cpython: "Ok",
    },
    DeepCase {
        name: "many_locals_70k",
        source: || {
            format!(
                "def f():\n    {}\n",
                (0..70_000)
                    .map(|i| format!("v{i} = 1"))
                    .collect::<Vec<_>>()
                    .join("; ")
            )
        },
        cpython: "Ok",
    },
    DeepCase {
        name: "many_consts_70k",
        source: || {
            format!(
                "x = [{}]",
                (0..70_000)
                    .map(|i| i.to_string())
                    .collect::<Vec<_>>()
                    .join(",")
            )
        },
        cpython: "Ok",
    },
    DeepCase {
        name: "and_chain_20k",
        source: || joined("a", " and ", 20_000),
        cpython: "Ok",
    },
    DeepCase {
        name: "compare_chain_20k",
        source: || joined("a", " < ", 20_000),
        cpython: "Ok",
    },
    DeepCase {
        name: "tuple_100k",
        source: || joined("1", ",", 100_000),
        cpython: "Ok",
    },
    DeepCase {
        name: "dict_20k",
        source: || {
            format!(
                "{{{}}}",
                (0..20_000)
                    .map(|i| format!("{i}:{i}"))
                    .collect::<Vec<_>>()
                    .join(",")
            )
        },
        cpython: "Ok",
    },
    DeepCase {
        name: "string_concat_100k",
        source: || joined("'a'", " ", 100_000),
        cpython: "Ok",
    },
    DeepCase {
        name: "assign_targets_20k",
        source: || joined("a", " = ", 20_000),
        cpython: "Ok",
    },
    DeepCase {
        name: "statements_30k",
        source: || rep("x = 1\n", 30_000),
        cpython: "Ok",
    },
    DeepCase {
        name: "long_line_jump",
        source: || format!("while x:\n    {}\n", rep("y = 1; ", 30_000)),
        cpython: "Ok",
    },
    DeepCase {
        name: "fstring_nested_parens_100k",
        source: || format!("f'{{{}1{}}}'", rep("(", 100_000), rep(")", 100_000)),
        cpython: "SyntaxError: too many nested parentheses",
    },
    DeepCase {
        name: "fstring_nested_fstrings",
        source: || rep("f'{", 10) + "1" + &rep("}'", 10),
        cpython: "Ok",
    },
    DeepCase {
        name: "fstring_nested_format_spec",
        source: || format!("f'{{x:{}}}'", rep("{x:", 3) + &rep("}", 3)),
        cpython: "SyntaxError: f-string: expressions nested too deeply",
    },
    DeepCase {
        name: "await_10k",
        source: || format!("async def f():\n    x = {}y\n", rep("await ", 10_000)),
        cpython: "SyntaxError: invalid syntax",
    },
    DeepCase {
        name: "star_1000",
        source: || rep("*", 1000) + "a",
        cpython: "SyntaxError: invalid syntax",
    },
    DeepCase {
        name: "nested_comprehensions_150",
        source: || rep("[", 150) + "x" + &rep(" for x in y]", 150),
        cpython: "crash (signal 11)",
    },
    DeepCase {
        name: "decorators_10k",
        source: || rep("@d\n", 10_000) + "def f(): pass\n",
        cpython: "Ok",
    },
    DeepCase {
        name: "walrus_150",
        source: || rep("(x := ", 150) + "1" + &rep(")", 150),
        cpython: "Ok",
    },
    DeepCase {
        name: "match_or_pattern_10k",
        source: || {
            format!(
                "match x:\n    case {}:\n        pass\n",
                joined("1", " | ", 10_000)
            )
        },
        cpython: "Ok",
    },
    DeepCase {
        name: "match_nested_seq_150",
        source: || {
            format!(
                "match x:\n    case {}y{}:\n        pass\n",
                rep("[", 150),
                rep("]", 150)
            )
        },
        cpython: "Ok",
    },
    DeepCase {
        name: "unary_not_3000",
        source: || rep("not ", 3000) + "x",
        cpython: "RecursionError: maximum recursion depth exceeded during compilation",
    },
    DeepCase {
        name: "lambda_defaults_chain_500",
        source: || rep("lambda x=", 500) + "1" + &rep(": x", 500),
        cpython: "Ok",
    },
    DeepCase {
        name: "indent_tabs_mixed",
        source: || "if x:\n\tif y:\n        pass\n".to_string(),
        cpython: "TabError: inconsistent use of tabs and spaces in indentation",
    },
    DeepCase {
        name: "null_byte",
        source: || "x = 1\0\n".to_string(),
        cpython: "SyntaxError: source code string cannot contain null bytes",
    },
    DeepCase {
        name: "lone_surrogate_escape",
        source: || "x = '\\ud800'".to_string(),
        cpython: "Ok",
    },
];

/// Cases whose outcome differs from CPython's, with the finding in docs/FUZZING.md that
/// explains it. A case listed here that matches CPython fails the test: remove its line.
const KNOWN_OUTCOME_MISMATCHES: &[(&str, &str)] = &[
    ("not_100k", F1),
    ("neg_100k", F1),
    ("lambda_10k", F1),
    ("ifexp_10k", F1),
    ("pow_100k", F1),
    ("elifs_10k", "F1: CPython's parser overflows on 10000 elifs; ruff's parser keeps elif clauses in a flat list and pydive compiles them"),
];

/// The finding shared by the parser-depth cases.
const F1: &str = "F1: CPython's parser stops at 6000 levels of its own recursion (MemoryError); ruff's has no such limit, so pydive's compiler depth limit answers (RecursionError)";

/// The deep cases to run: all, or those whose name contains `PYDIVE_DEEP_CASE`.
fn deep_cases() -> impl Iterator<Item = &'static DeepCase> {
    let only = std::env::var("PYDIVE_DEEP_CASE").ok();
    DEEP_CASES
        .iter()
        .filter(move |c| only.as_deref().is_none_or(|o| c.name.contains(o)))
}

fn outcome_text(o: &Outcome) -> String {
    match o {
        Outcome::Ok => "Ok".into(),
        Outcome::Err(class, msg) => format!("{class}: {msg}"),
    }
}

/// Does pydive's outcome agree with CPython's? The error class must be the same and CPython's
/// message must start pydive's (CPython's messages are recorded as a prefix).
fn agrees(pydive: &Outcome, cpython: &str) -> bool {
    if cpython.starts_with("crash") {
        // CPython itself dies (its C stack overflows): any orderly outcome is better.
        return true;
    }
    match pydive {
        Outcome::Ok => cpython == "Ok",
        Outcome::Err(..) => outcome_text(pydive).starts_with(cpython),
    }
}

/// Below this size a deep case is also compiled in `eval` and `single` mode (never-panic only);
/// the big ones are compiled once, in `exec` mode, to keep a debug-build run quick.
const ALL_MODES_MAX_LEN: usize = 20_000;

#[test]
fn deep_and_huge_inputs_match_cpython_outcome() {
    // PYDIVE_DUMP_DEEP_CASES=DIR writes each case to DIR/NAME.py for fuzz/deep_cases.py, which
    // prints what CPython 3.12 does with them (the `cpython` column).
    if let Ok(dir) = std::env::var("PYDIVE_DUMP_DEEP_CASES") {
        std::fs::create_dir_all(&dir).expect("create the dump directory");
        for case in DEEP_CASES {
            let path = Path::new(&dir).join(format!("{}.py", case.name));
            std::fs::write(path, (case.source)()).expect("write a deep case");
        }
        return;
    }
    let mut problems = Vec::new();
    for case in deep_cases() {
        let source = (case.source)();
        let got = match compile_guarded(&source, Mode::Exec) {
            Ok(outcome) => outcome,
            Err(panic) => {
                let path = save_reproducer(case.name, &source);
                panic!(
                    "compile panicked on {}: {panic}\n  input saved to {}",
                    case.name,
                    path.display()
                );
            }
        };
        if source.len() <= ALL_MODES_MAX_LEN {
            assert_never_panics(case.name, &source);
        }
        let known = KNOWN_OUTCOME_MISMATCHES
            .iter()
            .find(|(n, _)| *n == case.name);
        match (agrees(&got, case.cpython), known) {
            (true, None) | (false, Some(_)) => {}
            (false, None) => problems.push(format!(
                "{}: pydive {} / CPython {}",
                case.name,
                outcome_text(&got),
                case.cpython
            )),
            (true, Some((_, finding))) => problems.push(format!(
                "{}: now matches CPython; remove it from KNOWN_OUTCOME_MISMATCHES ({finding})",
                case.name
            )),
        }
    }
    assert!(
        problems.is_empty(),
        "{} outcome(s) differ:\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}

/// Errors and code objects for these small inputs keep their kind: a quick check that the error
/// classes the compiler can produce are all reachable from the outside.
#[test]
fn error_kinds_are_reachable() {
    let kind = |src: &str| compile(src, "<s>", Mode::Exec).err().map(|e| e.kind);
    assert_eq!(kind("x = (\n"), Some(ErrorKind::SyntaxError));
    assert_eq!(kind("if x:\npass\n"), Some(ErrorKind::IndentationError));
    assert_eq!(
        kind("if x:\n\tif y:\n        pass\n"),
        Some(ErrorKind::TabError)
    );
    assert_eq!(kind("x = 1\n"), None);
}
