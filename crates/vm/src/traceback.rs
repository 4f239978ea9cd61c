//! Printing an uncaught exception exactly as CPython 3.12 does: the chained exceptions,
//! `Traceback (most recent call last):`, `File "...", line N, in NAME`, the source line and
//! the `~~~^^^` position markers.

use std::rc::Rc;

use crate::objects::misc::Traceback;
use crate::value::Value;
use crate::vm::Vm;

/// Line `lineno` of a source file (the embedded lib included), without its newline.
pub fn source_line(filename: &str, lineno: i64) -> Option<String> {
    if lineno < 1 {
        return None;
    }
    let text = if let Some(rel) = filename.strip_prefix(crate::import::LIB_PREFIX) {
        crate::import::embedded_source(rel)?.to_string()
    } else {
        let bytes = std::fs::read(filename).ok()?;
        String::from_utf8_lossy(&bytes).to_string()
    };
    text.lines()
        .nth(lineno as usize - 1)
        .map(|l| l.trim_end_matches(['\r', '\n']).to_string())
}

fn byte_to_char(line: &str, byte: usize) -> usize {
    let b = byte.min(line.len());
    let mut b2 = b;
    while b2 > 0 && !line.is_char_boundary(b2) {
        b2 -= 1;
    }
    line[..b2].chars().count()
}

impl Vm {
    /// The whole report for an uncaught exception (what `sys.excepthook` prints).
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut seen = Vec::new();
        self.format_chain(exc, &mut seen)
    }

    fn format_chain(&mut self, exc: &Value, seen: &mut Vec<usize>) -> String {
        seen.push(exc.id());
        let mut out = String::new();
        if let Value::Instance(i) = exc {
            if let Some(d) = &i.exc {
                let (cause, context, suppress) = {
                    let d = d.borrow();
                    (d.cause.clone(), d.context.clone(), d.suppress_context)
                };
                if !cause.is_none() && !seen.contains(&cause.id()) {
                    out.push_str(&self.format_chain(&cause, seen));
                    out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
                } else if !context.is_none() && !suppress && !seen.contains(&context.id()) {
                    out.push_str(&self.format_chain(&context, seen));
                    out.push_str(
                        "\nDuring handling of the above exception, another exception occurred:\n\n",
                    );
                }
            }
        }
        out.push_str(&self.format_single(exc));
        out
    }

    fn format_single(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        let tb = crate::objects::exceptions::get_traceback(exc);
        if let Value::Traceback(t) = tb {
            out.push_str("Traceback (most recent call last):\n");
            out.push_str(&self.format_tb(&t));
        }
        out.push_str(&self.format_exception_only(exc));
        out
    }

    /// The `  File ..., line N, in NAME` entries, with CPython's repeated-frame folding.
    pub fn format_tb(&mut self, tb: &Rc<Traceback>) -> String {
        let mut out = String::new();
        let mut cur = Some(tb.clone());
        let mut last: Option<(String, i64, String)> = None;
        let mut count = 0;
        while let Some(t) = cur {
            let (file, name, code) = {
                let f = t.frame.borrow();
                (
                    f.code.co.filename.to_string(),
                    f.code.co.name.to_string(),
                    f.code.clone(),
                )
            };
            let key = (file.clone(), t.lineno, name.clone());
            if last.as_ref() == Some(&key) {
                count += 1;
            } else {
                if count > 3 {
                    let n = count - 3;
                    out.push_str(&format!(
                        "  [Previous line repeated {n} more time{}]\n",
                        if n > 1 { "s" } else { "" }
                    ));
                }
                last = Some(key);
                count = 1;
            }
            if count <= 3 {
                out.push_str(&format!(
                    "  File \"{file}\", line {}, in {name}\n",
                    t.lineno
                ));
                if let Some(line) = source_line(&file, t.lineno) {
                    let stripped = line.trim_start();
                    out.push_str(&format!("    {}\n", stripped.trim_end()));
                    let pos = code.positions.get(t.lasti / 2).copied().unwrap_or_default();
                    if let (Some(l), Some(c), Some(ec)) = (pos.line, pos.col, pos.end_col) {
                        if l as i64 == t.lineno {
                            let start = byte_to_char(&line, c as usize);
                            let end = if pos.end_line != pos.line {
                                line.trim_end().chars().count()
                            } else {
                                byte_to_char(&line, ec as usize)
                            };
                            let indent = line.chars().count() - stripped.chars().count();
                            let stripped_len = stripped.trim_end().chars().count();
                            let segment: String = line
                                .chars()
                                .skip(start)
                                .take(end.saturating_sub(start))
                                .collect();
                            let anchors = caret_anchors(&segment);
                            let show = end.saturating_sub(start) < stripped_len
                                || anchors.is_some_and(|(l, r)| r > l);
                            if show && end > start && start >= indent {
                                let mut m = String::from("    ");
                                m.push_str(&" ".repeat(start - indent));
                                match anchors {
                                    Some((la, ra)) => {
                                        m.push_str(&"~".repeat(la));
                                        m.push_str(&"^".repeat(ra - la));
                                        m.push_str(&"~".repeat((end - start).saturating_sub(ra)));
                                    }
                                    None => m.push_str(&"^".repeat(end - start)),
                                }
                                out.push_str(&m);
                                out.push('\n');
                            }
                        }
                    }
                }
            }
            cur = t.next.borrow().clone();
        }
        if count > 3 {
            let n = count - 3;
            out.push_str(&format!(
                "  [Previous line repeated {n} more time{}]\n",
                if n > 1 { "s" } else { "" }
            ));
        }
        out
    }

    /// `TypeName: message` (module-qualified outside builtins/__main__), then notes.
    pub fn format_exception_only(&mut self, exc: &Value) -> String {
        let ty = self.type_of(exc);
        let module = ty.module().unwrap_or_else(|| Rc::from("builtins"));
        let qn = ty.qualname.borrow().clone();
        let name = if &*module == "builtins" || &*module == "__main__" {
            qn.to_string()
        } else {
            format!("{module}.{qn}")
        };
        let mut out = String::new();
        if self.err_is(exc, "SyntaxError") {
            out.push_str(&self.format_syntax_error(exc, &name));
        } else {
            let msg = match self.str(exc) {
                Ok(s) => s.to_string(),
                Err(_) => "<exception str() failed>".to_string(),
            };
            if msg.is_empty() {
                out.push_str(&format!("{name}\n"));
            } else {
                out.push_str(&format!("{name}: {msg}\n"));
            }
        }
        if let Value::Instance(i) = exc {
            if let Some(d) = &i.exc {
                let notes = d.borrow().notes.clone();
                if let Value::List(l) = notes {
                    for n in l.borrow().clone() {
                        let s = match &n {
                            Value::Str(s) => s.to_string(),
                            other => self.str(other).map(|s| s.to_string()).unwrap_or_default(),
                        };
                        out.push_str(&s);
                        out.push('\n');
                    }
                }
            }
        }
        out
    }

    fn format_syntax_error(&mut self, exc: &Value, name: &str) -> String {
        let get = |vm: &mut Vm, n: &str| vm.getattr(exc, n).unwrap_or(Value::None);
        let msg = get(self, "msg");
        let filename = get(self, "filename");
        let lineno = get(self, "lineno");
        let offset = get(self, "offset");
        let end_offset = get(self, "end_offset");
        let end_lineno = get(self, "end_lineno");
        let text = get(self, "text");
        let mut out = String::new();
        if let Value::Str(f) = &filename {
            let ln = match lineno {
                Value::Int(l) => l,
                _ => 0,
            };
            out.push_str(&format!("  File \"{f}\", line {ln}\n"));
        }
        if let Value::Str(t) = &text {
            let line = t.trim_end_matches(['\n', '\r']);
            let stripped = line.trim_start();
            let indent = line.chars().count() - stripped.chars().count();
            out.push_str(&format!("    {}\n", stripped.trim_end()));
            if let Value::Int(off) = offset {
                if off >= 1 {
                    let mut end = match end_offset {
                        Value::Int(e) if e > 0 => e,
                        _ => off + 1,
                    };
                    if !matches!((&end_lineno, &lineno), (Value::Int(a), Value::Int(b)) if a == b) {
                        end = line.chars().count() as i64 + 1;
                    }
                    if end <= off {
                        end = off + 1;
                    }
                    let start = (off - 1 - indent as i64).max(0) as usize;
                    let width = (end - off).max(1) as usize;
                    out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
                }
            }
        }
        let m = match &msg {
            Value::Str(s) => s.to_string(),
            Value::None => self.str(exc).map(|s| s.to_string()).unwrap_or_default(),
            other => self.str(other).map(|s| s.to_string()).unwrap_or_default(),
        };
        out.push_str(&format!("{name}: {m}\n"));
        out
    }

    /// Print an uncaught exception to stderr.
    pub fn print_exception(&mut self, exc: &Value) {
        let text = self.format_exception(exc);
        self.write_stderr(&text);
    }
}

/// `traceback._extract_caret_anchors_from_line_segment`: where the `^` run goes inside a
/// binary operation or subscript that makes up the whole segment.
pub fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    crate::anchors::anchors(segment)
}
