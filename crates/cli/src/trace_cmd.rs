//! `pydive trace FILE.py`: every instruction executed, with its frame (function, line), its
//! offset and `dis`-style text, and the value stack after it; frame pushes and pops with the
//! f_back chain; exceptions raised and handled; asyncio event-loop decisions. `--json` prints
//! JSON Lines (one event per line) instead.
//!
//! The trace goes to stderr, so the program's own stdout stays apart (stdout is unbuffered
//! while tracing, so on a terminal the two interleave in order).
//!
//! Library code (pydive's embedded `lib/`, shown as `<pydive-lib>/...`) is not stepped
//! through unless `--all` is given: a call into it shows as one line, and user code that it
//! calls back (a coroutine resumed by the asyncio loop, a key function) is traced again.
//!
//! The text view of `func` from `tests/trace/func_walk.py` (the seed document's
//! `byte_code_with_frame_ex.py`, called), the walk the document draws step by step:
//!
//! ```text
//!   ==> call func  (<dir>/func_walk.py:2)  f_back: <module>
//!        2      0 RESUME                   0                         | []
//!        3      2 LOAD_CONST               1 (10)                    | [10]
//!               4 STORE_FAST               0 (x)                     | []
//!        4      6 LOAD_CONST               2 (20)                    | [20]
//!               8 STORE_FAST               1 (y)                     | []
//!        5     10 LOAD_GLOBAL              1 (NULL + print)          | [NULL, <built-in print>]
//!              20 LOAD_FAST                0 (x)                     | [NULL, <built-in print>, 10]
//!              22 LOAD_FAST                1 (y)                     | [NULL, <built-in print>, 10, 20]
//!              24 BINARY_OP                0 (+)                     | [NULL, <built-in print>, 30]
//!              28 CALL                     1                         | [None]
//!              36 POP_TOP                                            | []
//!              38 RETURN_CONST             0 (None)                  | []
//!   <== return None from func  (back to <module>)
//! ```
//!
//! `--json` prints the same events as JSON Lines (`instruction`, `frame_push`, `frame_pop`,
//! `exception`, `exception_handled`, `asyncio`); there an instruction's event comes after the
//! events of the frames it ran through `Vm::call` (imports, builtins calling back), where
//! the text view prints the instruction first and `(done)` with the stack after them.
//!
//! Each instruction line is `LINE OFFSET OPNAME ARG (ARGREPR)` as `dis` prints it (the line
//! number only where it changes) and, after `|`, the value stack after the instruction,
//! bottom first. Nested frames are indented two spaces per level.

use std::io::Write;

use pydive_vm::run::Target;
use pydive_vm::trace::{FrameEvent, InstrEvent, Tracer};

/// Where the library modules' code objects say they come from.
const LIB_PREFIX: &str = "<pydive-lib>/";
/// Longest repr shown for one value-stack entry in the text view.
const MAX_VALUE_WIDTH: usize = 48;
/// Column of the `|` before the value stack in the text view.
const STACK_COLUMN: usize = 66;

fn is_library(file: &str) -> bool {
    file.starts_with(LIB_PREFIX) || file.starts_with("<frozen")
}

/// Which frames are shown: the frame at each depth of the frame stack, and whether it is
/// library code that is not stepped through.
#[derive(Default)]
struct Filter {
    all: bool,
    /// `library[d]`: is the frame at depth `d` (1 = the entry frame) library code?
    library: Vec<bool>,
}

impl Filter {
    fn set(&mut self, depth: usize, file: &str) {
        if self.library.len() <= depth {
            self.library.resize(depth + 1, false);
        }
        // Code a library compiles at run time (`<string>`: namedtuple's methods, ...) counts
        // as library code too.
        let from_library = depth > 1 && !self.shown(depth - 1) && file.starts_with('<');
        self.library[depth] = !self.all && (is_library(file) || from_library);
    }

    /// How deep the frame at `depth` is drawn: one level per shown frame below it, so user
    /// code that library code calls back (the asyncio loop's task steps) is not pushed
    /// far to the right by the hidden library frames.
    fn level(&self, depth: usize) -> usize {
        1 + (1..depth).filter(|&d| self.shown(d)).count()
    }

    /// Are the events of the frame at `depth` shown?
    fn shown(&self, depth: usize) -> bool {
        !self.library.get(depth).copied().unwrap_or(false)
    }
}

/// The text view for people. Written a line at a time, so what the program prints (stdout
/// is unbuffered while tracing), its warnings and its traceback appear where they happen:
/// an instruction's line goes out when it finishes, so what a `CALL` of `print` writes
/// comes just before that `CALL`'s line.
struct TextTracer {
    out: std::io::LineWriter<std::io::Stderr>,
    filter: Filter,
    /// The last line number printed for the frame at each depth (dis prints a line number
    /// only on the first instruction of a line).
    last_line: Vec<Option<u32>>,
    /// The instruction that started and has not finished: its depth and text. It is printed
    /// with the stack after it when it finishes, or first on its own when it runs frames of
    /// its own before that (an import, a builtin calling back into Python).
    pending: Option<(usize, String)>,
    /// The exception of the last `exception` event, until an instruction starts.
    last_exception: Option<String>,
    /// `--loop`: only the asyncio event-loop events (trace_loop.rs), no instructions/frames.
    loop_only: bool,
}

fn indent(depth: usize) -> String {
    "  ".repeat(depth.saturating_sub(1))
}

fn shorten(s: &str) -> String {
    if s.chars().count() <= MAX_VALUE_WIDTH {
        return s.to_string();
    }
    let head: String = s.chars().take(MAX_VALUE_WIDTH - 3).collect();
    format!("{head}...")
}

impl TextTracer {
    /// Print the started instruction on its own line before a nested event.
    fn flush_pending(&mut self) {
        if let Some((_, text)) = self.pending.take() {
            let _ = writeln!(self.out, "{text}");
        }
    }

    fn with_stack(&mut self, mut text: String, stack: &[String]) {
        let width = text.chars().count();
        if width < STACK_COLUMN {
            text.push_str(&" ".repeat(STACK_COLUMN - width));
        }
        let stack: Vec<String> = stack.iter().map(|s| shorten(s)).collect();
        let _ = writeln!(self.out, "{text} | [{}]", stack.join(", "));
    }

    fn set_line(&mut self, depth: usize, line: Option<u32>) -> bool {
        if self.last_line.len() <= depth {
            self.last_line.resize(depth + 1, None);
        }
        let changed = self.last_line[depth] != line;
        self.last_line[depth] = line;
        changed
    }
}

impl Tracer for TextTracer {
    fn instruction_start(&mut self, e: &InstrEvent) {
        if self.loop_only {
            return;
        }
        self.flush_pending();
        self.last_exception = None;
        if !self.filter.shown(e.depth) {
            return;
        }
        let line = if self.set_line(e.depth, e.line) {
            e.line.map(|l| l.to_string()).unwrap_or_else(|| "--".into())
        } else {
            String::new()
        };
        let arg = e.arg.map(|a| a.to_string()).unwrap_or_default();
        let argrepr = if e.argrepr.is_empty() {
            String::new()
        } else {
            format!(" ({})", shorten(&e.argrepr))
        };
        let text = format!(
            "{}{:>6} {:>6} {:<20} {:>5}{}",
            indent(self.filter.level(e.depth)),
            line,
            e.offset,
            e.opname,
            arg,
            argrepr
        );
        self.pending = Some((e.depth, text));
    }

    fn instruction(&mut self, e: &InstrEvent) {
        if self.loop_only {
            return;
        }
        if !self.filter.shown(e.depth) {
            return;
        }
        match self.pending.take() {
            Some((d, text)) if d == e.depth => self.with_stack(text, &e.stack),
            other => {
                self.pending = other;
                self.flush_pending();
                // Its line went out before the frames it ran: say where it finished.
                let text = format!(
                    "{}{:>6} {:>6} {:<20} (done)",
                    indent(self.filter.level(e.depth)),
                    "",
                    e.offset,
                    e.opname
                );
                self.with_stack(text, &e.stack);
            }
        }
    }

    fn frame_push(&mut self, e: &FrameEvent) {
        if self.loop_only {
            return;
        }
        self.flush_pending();
        self.filter.set(e.depth, e.file);
        self.set_line(e.depth, None);
        let caller_shown = e.depth <= 1 || self.filter.shown(e.depth - 1);
        if !self.filter.shown(e.depth) && !caller_shown {
            return;
        }
        let back = e.back.first().map(String::as_str).unwrap_or("None");
        let what = if self.filter.shown(e.depth) && e.line > 0 {
            format!("({}:{})", e.file, e.line)
        } else if self.filter.shown(e.depth) {
            format!("({})", e.file)
        } else {
            format!("({}: library code, not traced; --all shows it)", e.file)
        };
        let _ = writeln!(
            self.out,
            "{}==> {} {}  {}  f_back: {}",
            indent(self.filter.level(e.depth)),
            e.kind,
            e.func,
            what,
            back
        );
    }

    fn frame_pop(&mut self, e: &FrameEvent) {
        if self.loop_only {
            return;
        }
        self.flush_pending();
        let caller_shown = e.depth <= 1 || self.filter.shown(e.depth - 1);
        if !self.filter.shown(e.depth) && !caller_shown {
            return;
        }
        let back = match e.back.first() {
            Some(b) => format!("  (back to {b})"),
            None => String::new(),
        };
        let v = e.value.as_deref().map(shorten).unwrap_or_default();
        let text = match e.kind {
            "yield" => format!("<== yield {v} from {} (suspended){back}", e.func),
            "generator" => format!("<== {} returns {v}{back}", e.func),
            "exception" => format!("<== {} unwound by the exception{back}", e.func),
            _ => format!("<== return {v} from {}{back}", e.func),
        };
        let _ = writeln!(self.out, "{}{text}", indent(self.filter.level(e.depth)));
    }

    fn exception_at(&mut self, depth: usize, func: &str, line: i64, exc: &str) {
        if self.loop_only {
            return;
        }
        self.flush_pending();
        if !self.filter.shown(depth) {
            return;
        }
        // The same exception again with no instruction run in between: it left a frame.
        let how = if self.last_exception.as_deref() == Some(exc) {
            "propagates to"
        } else {
            "raised in"
        };
        self.last_exception = Some(exc.to_string());
        let _ = writeln!(
            self.out,
            "{}!!! {} {how} {func} (line {line})",
            indent(self.filter.level(depth)),
            shorten(exc)
        );
    }

    fn exception_handled(&mut self, depth: usize, func: &str, target: usize) {
        if self.loop_only {
            return;
        }
        self.flush_pending();
        if !self.filter.shown(depth) {
            return;
        }
        let _ = writeln!(
            self.out,
            "{}!!! handled in {func}: the exception table sends it to offset {target}",
            indent(self.filter.level(depth))
        );
    }

    fn event(&mut self, kind: &str, fields: &[(String, String)]) {
        self.flush_pending();
        let _ = writeln!(self.out, "{}", crate::trace_loop::render(kind, fields));
        // Keep the trace in step with the program's (unbuffered) stdout.
        let _ = self.out.flush();
    }
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_opt<T: ToString>(v: Option<T>) -> String {
    v.map(|x| x.to_string()).unwrap_or_else(|| "null".into())
}

/// JSON Lines for tools: one object a line, `"event"` says which kind.
struct JsonTracer {
    out: std::io::BufWriter<std::io::Stderr>,
    filter: Filter,
}

impl Tracer for JsonTracer {
    fn instruction(&mut self, e: &InstrEvent) {
        if !self.filter.shown(e.depth) {
            return;
        }
        let stack: Vec<String> = e.stack.iter().map(|s| json_str(s)).collect();
        let _ = writeln!(
            self.out,
            "{{\"event\":\"instruction\",\"depth\":{},\"frame\":{},\"code\":{},\"firstlineno\":{},\"file\":{},\"line\":{},\"offset\":{},\"opname\":{},\"arg\":{},\"argrepr\":{},\"stack\":[{}]}}",
            e.depth,
            json_str(e.func),
            json_str(e.code_name),
            e.first_line,
            json_str(e.file),
            json_opt(e.line),
            e.offset,
            json_str(e.opname),
            json_opt(e.arg),
            json_str(&e.argrepr),
            stack.join(",")
        );
    }

    fn frame_push(&mut self, e: &FrameEvent) {
        self.filter.set(e.depth, e.file);
        let caller_shown = e.depth <= 1 || self.filter.shown(e.depth - 1);
        if !self.filter.shown(e.depth) && !caller_shown {
            return;
        }
        let back: Vec<String> = e.back.iter().map(|s| json_str(s)).collect();
        let _ = writeln!(
            self.out,
            "{{\"event\":\"frame_push\",\"kind\":{},\"depth\":{},\"frame\":{},\"file\":{},\"line\":{},\"f_back\":[{}],\"traced\":{}}}",
            json_str(e.kind),
            e.depth,
            json_str(e.func),
            json_str(e.file),
            e.line,
            back.join(","),
            self.filter.shown(e.depth)
        );
    }

    fn frame_pop(&mut self, e: &FrameEvent) {
        let caller_shown = e.depth <= 1 || self.filter.shown(e.depth - 1);
        if !self.filter.shown(e.depth) && !caller_shown {
            return;
        }
        let _ = writeln!(
            self.out,
            "{{\"event\":\"frame_pop\",\"kind\":{},\"depth\":{},\"frame\":{},\"value\":{}}}",
            json_str(e.kind),
            e.depth,
            json_str(e.func),
            e.value
                .as_deref()
                .map(json_str)
                .unwrap_or_else(|| "null".into())
        );
    }

    fn exception_at(&mut self, depth: usize, func: &str, line: i64, exc: &str) {
        if !self.filter.shown(depth) {
            return;
        }
        let _ = writeln!(
            self.out,
            "{{\"event\":\"exception\",\"depth\":{depth},\"frame\":{},\"line\":{line},\"exception\":{}}}",
            json_str(func),
            json_str(exc)
        );
    }

    fn exception_handled(&mut self, depth: usize, func: &str, target: usize) {
        if !self.filter.shown(depth) {
            return;
        }
        let _ = writeln!(
            self.out,
            "{{\"event\":\"exception_handled\",\"depth\":{depth},\"frame\":{},\"target\":{target}}}",
            json_str(func)
        );
    }

    fn event(&mut self, kind: &str, fields: &[(String, String)]) {
        let f: Vec<String> = fields
            .iter()
            .map(|(k, v)| format!("{}:{}", json_str(k), json_str(v)))
            .collect();
        let _ = writeln!(
            self.out,
            "{{\"event\":\"asyncio\",\"kind\":{},\"fields\":{{{}}}}}",
            json_str(kind),
            f.join(",")
        );
    }
}

/// `pydive trace` options beyond the file and its arguments.
#[derive(Default, Clone, Copy)]
pub struct Options {
    pub json: bool,
    pub all: bool,
    /// `--loop`: show only the event loop's decisions (asyncio events).
    pub loop_only: bool,
    /// `--virtual-time`: asyncio jumps its clock instead of sleeping.
    pub virtual_time: bool,
}

pub fn main_with(file: &str, opts: Options, args: &[String]) -> u8 {
    let Options {
        json,
        all,
        loop_only,
        virtual_time,
    } = opts;
    let mut argv = vec![file.to_string()];
    argv.extend(args.iter().cloned());
    let Ok((_, mut cfg)) = crate::run::parse(&argv) else {
        eprintln!("pydive trace: bad arguments");
        return 2;
    };
    cfg.argv = argv;
    cfg.unbuffered = true;
    cfg.virtual_time |= virtual_time;
    // A loop with nothing left to wait for ends the trace instead of hanging it.
    pydive_vm::modules::pydive::set_trace_stops_when_idle(true);
    let target = if file.ends_with(".pyc") {
        Target::Pyc(file.into())
    } else {
        Target::File(file.into())
    };
    let filter = Filter {
        all,
        library: Vec::new(),
    };
    let tracer: Box<dyn Tracer + Send> = if json {
        Box::new(JsonTracer {
            out: std::io::BufWriter::new(std::io::stderr()),
            filter,
        })
    } else {
        Box::new(TextTracer {
            out: std::io::LineWriter::new(std::io::stderr()),
            filter,
            last_line: Vec::new(),
            pending: None,
            last_exception: None,
            loop_only,
        })
    };
    crate::run::run_on_big_stack(target, cfg, Some(tracer))
}
