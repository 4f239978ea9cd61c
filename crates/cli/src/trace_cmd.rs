//! `pydive trace FILE.py`: every instruction executed, with its frame (function, line), its
//! offset and `dis`-style text, and the value stack after it; frame pushes and pops with the
//! f_back chain; asyncio event-loop decisions. `--json` prints JSON Lines instead.

use std::io::Write;

use pydive_vm::run::Target;
use pydive_vm::trace::{FrameEvent, InstrEvent, Tracer};

/// Human-readable trace, on stderr so the program's own stdout stays apart (stdout is made
/// unbuffered while tracing so the two interleave in order on a terminal).
struct TextTracer {
    out: std::io::BufWriter<std::io::Stderr>,
}

fn indent(depth: usize) -> String {
    "  ".repeat(depth.saturating_sub(1))
}

impl Tracer for TextTracer {
    fn instruction(&mut self, e: &InstrEvent) {
        let arg = e.arg.map(|a| format!("{a:>5}")).unwrap_or_default();
        let argrepr = if e.argrepr.is_empty() {
            String::new()
        } else {
            format!(" ({})", e.argrepr)
        };
        let line = e.line.map(|l| l.to_string()).unwrap_or_else(|| "-".into());
        let _ = writeln!(
            self.out,
            "{}{}:{} {:>4} {:<20}{}{}  stack: [{}]",
            indent(e.depth),
            e.func,
            line,
            e.offset,
            e.opname,
            arg,
            argrepr,
            e.stack.join(", ")
        );
    }

    fn frame_push(&mut self, e: &FrameEvent) {
        let mut chain = vec![e.func.to_string()];
        chain.extend(e.back.iter().cloned());
        let _ = writeln!(
            self.out,
            "{}>>> push frame {} ({}:{})  f_back chain: {}",
            indent(e.depth),
            e.func,
            e.file,
            e.line,
            chain.join(" <- ")
        );
    }

    fn frame_pop(&mut self, e: &FrameEvent) {
        match &e.value {
            Some(v) => {
                let _ = writeln!(
                    self.out,
                    "{}<<< pop frame {} -> {}",
                    indent(e.depth),
                    e.func,
                    v
                );
            }
            None => {
                let _ = writeln!(
                    self.out,
                    "{}<<< pop frame {} (exception)",
                    indent(e.depth),
                    e.func
                );
            }
        }
    }

    fn exception(&mut self, func: &str, line: i64, exc: &str) {
        let _ = writeln!(self.out, "!!! {exc} raised in {func} line {line}");
    }

    fn event(&mut self, kind: &str, fields: &[(String, String)]) {
        let f: Vec<String> = fields.iter().map(|(k, v)| format!("{k}={v}")).collect();
        let _ = writeln!(self.out, "[asyncio] {kind} {}", f.join(" "));
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

struct JsonTracer {
    out: std::io::BufWriter<std::io::Stderr>,
}

impl Tracer for JsonTracer {
    fn instruction(&mut self, e: &InstrEvent) {
        let stack: Vec<String> = e.stack.iter().map(|s| json_str(s)).collect();
        let _ = writeln!(
            self.out,
            "{{\"event\":\"instruction\",\"depth\":{},\"frame\":{},\"line\":{},\"offset\":{},\"opname\":{},\"arg\":{},\"argrepr\":{},\"stack\":[{}]}}",
            e.depth,
            json_str(e.func),
            e.line.map(|l| l.to_string()).unwrap_or_else(|| "null".into()),
            e.offset,
            json_str(e.opname),
            e.arg.map(|a| a.to_string()).unwrap_or_else(|| "null".into()),
            json_str(&e.argrepr),
            stack.join(",")
        );
    }

    fn frame_push(&mut self, e: &FrameEvent) {
        let back: Vec<String> = e.back.iter().map(|s| json_str(s)).collect();
        let _ = writeln!(
            self.out,
            "{{\"event\":\"frame_push\",\"depth\":{},\"frame\":{},\"file\":{},\"line\":{},\"f_back\":[{}]}}",
            e.depth,
            json_str(e.func),
            json_str(e.file),
            e.line,
            back.join(",")
        );
    }

    fn frame_pop(&mut self, e: &FrameEvent) {
        let _ = writeln!(
            self.out,
            "{{\"event\":\"frame_pop\",\"depth\":{},\"frame\":{},\"value\":{}}}",
            e.depth,
            json_str(e.func),
            e.value
                .as_deref()
                .map(json_str)
                .unwrap_or_else(|| "null".into())
        );
    }

    fn exception(&mut self, func: &str, line: i64, exc: &str) {
        let _ = writeln!(
            self.out,
            "{{\"event\":\"exception\",\"frame\":{},\"line\":{line},\"exception\":{}}}",
            json_str(func),
            json_str(exc)
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

pub fn main(file: &str, json: bool, args: &[String]) -> u8 {
    let mut argv = vec![file.to_string()];
    argv.extend(args.iter().cloned());
    let Ok((_, mut cfg)) = crate::run::parse(&argv) else {
        eprintln!("pydive trace: bad arguments");
        return 2;
    };
    cfg.argv = argv;
    cfg.unbuffered = true;
    let target = if file.ends_with(".pyc") {
        Target::Pyc(file.into())
    } else {
        Target::File(file.into())
    };
    let tracer: Box<dyn Tracer + Send> = if json {
        Box::new(JsonTracer {
            out: std::io::BufWriter::new(std::io::stderr()),
        })
    } else {
        Box::new(TextTracer {
            out: std::io::BufWriter::new(std::io::stderr()),
        })
    };
    crate::run::run_on_big_stack(target, cfg, Some(tracer))
}
