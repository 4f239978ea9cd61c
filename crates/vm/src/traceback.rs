//! Printing an uncaught exception exactly as CPython 3.12 does: the chained exceptions,
//! `Traceback (most recent call last):`, `File "...", line N, in NAME`, the source line and
//! the `~~~^^^` position markers.

use std::rc::Rc;

use crate::objects::misc::Traceback;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";
/// `TracebackException`'s defaults for exception groups.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// `traceback._ExceptionPrintContext`: how deep in an exception group tree we print.
#[derive(Default)]
struct PrintCtx {
    depth: usize,
    need_close: bool,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Every line of `text` with the indent and, inside a group, the margin character.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

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
    /// The whole report for an uncaught exception (what `sys.excepthook` prints), as
    /// `traceback.TracebackException.format`: the chain oldest first, exception groups as
    /// the `+-+---- 1 ----` tree.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut seen = Vec::new();
        let mut ctx = PrintCtx::default();
        let mut out = String::new();
        self.format_chain(exc, &mut seen, &mut ctx, &mut out);
        out
    }

    fn format_chain(
        &mut self,
        exc: &Value,
        seen: &mut Vec<usize>,
        ctx: &mut PrintCtx,
        out: &mut String,
    ) {
        // Walk __cause__ / __context__ (unless suppressed) to the oldest, then print forward.
        let mut chain: Vec<(Option<&'static str>, Value)> = Vec::new();
        let mut cur = Some(exc.clone());
        let mut msg = None;
        while let Some(e) = cur.take() {
            // Only links are cut at an exception already shown; a group's members always print.
            if !chain.is_empty() && seen.contains(&e.id()) {
                break;
            }
            seen.push(e.id());
            chain.push((msg, e.clone()));
            msg = None;
            if let Value::Instance(i) = &e {
                if let Some(d) = i.exc() {
                    let d = d.borrow();
                    if !d.cause.is_none() {
                        msg = Some(CAUSE_MESSAGE);
                        cur = Some(d.cause.clone());
                    } else if !d.context.is_none() && !d.suppress_context {
                        msg = Some(CONTEXT_MESSAGE);
                        cur = Some(d.context.clone());
                    }
                }
            }
        }
        // Each entry's message links it to the newer exception printed after it.
        for (k, (m, e)) in chain.iter().enumerate().rev() {
            self.format_one(e, seen, ctx, out);
            if let (true, Some(m)) = (k > 0, m) {
                ctx.emit(out, m, '|');
            }
        }
    }

    /// One exception of a chain: its traceback and `Type: message`, or a group's tree.
    fn format_one(
        &mut self,
        exc: &Value,
        seen: &mut Vec<usize>,
        ctx: &mut PrintCtx,
        out: &mut String,
    ) {
        let tb = crate::objects::exceptions::get_traceback(exc);
        let members = if self.err_is(exc, "BaseExceptionGroup") {
            match self.getattr(exc, "exceptions") {
                Ok(Value::Tuple(t)) => Some(t.to_vec()),
                Ok(Value::List(l)) => Some(l.borrow().clone()),
                _ => None,
            }
        } else {
            None
        };
        let Some(members) = members else {
            if let Value::Traceback(t) = &tb {
                ctx.emit(out, "Traceback (most recent call last):\n", '|');
                let text = self.format_tb(t);
                ctx.emit(out, &text, '|');
            }
            let text = self.format_exception_only(exc);
            ctx.emit(out, &text, '|');
            return;
        };
        if ctx.depth > MAX_GROUP_DEPTH {
            ctx.emit(
                out,
                &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
                '|',
            );
            return;
        }
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        if let Value::Traceback(t) = &tb {
            ctx.emit(
                out,
                "Exception Group Traceback (most recent call last):\n",
                if toplevel { '+' } else { '|' },
            );
            let text = self.format_tb(t);
            ctx.emit(out, &text, '|');
        }
        let text = self.format_exception_only(exc);
        ctx.emit(out, &text, '|');
        let num = members.len();
        let n = if num <= MAX_GROUP_WIDTH {
            num
        } else {
            MAX_GROUP_WIDTH + 1
        };
        ctx.need_close = false;
        for (i, m) in members.iter().take(n).enumerate() {
            let last = i == n - 1;
            if last {
                // The closing line may be written by a nested group instead.
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            out.push_str(&format!(
                "{}{}+---------------- {title} ----------------\n",
                ctx.indent(),
                if i == 0 { "+-" } else { "  " }
            ));
            ctx.depth += 1;
            if !truncated {
                self.format_chain(m, seen, ctx, out);
            } else {
                let remaining = num - MAX_GROUP_WIDTH;
                let plural = if remaining > 1 { "s" } else { "" };
                ctx.emit(
                    out,
                    &format!("and {remaining} more exception{plural}\n"),
                    '|',
                );
            }
            if last && ctx.need_close {
                out.push_str(&format!(
                    "{}+------------------------------------\n",
                    ctx.indent()
                ));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }

    /// The `  File ..., line N, in NAME` entries, with CPython's repeated-frame folding.
    pub fn format_tb(&mut self, tb: &Rc<Traceback>) -> String {
        self.format_tb_lines(tb, true)
    }

    /// `format_tb`, with or without the source lines (CPython shows none once `__main__` is
    /// being torn down: its traceback printer can no longer import `io`).
    fn format_tb_lines(&mut self, tb: &Rc<Traceback>, with_source: bool) -> String {
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
                let line = with_source.then(|| source_line(&file, t.lineno)).flatten();
                if let Some(line) = line {
                    // tb_displayline keeps trailing whitespace, and it counts when deciding
                    // whether the carets span the whole line
                    let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
                    out.push_str(&format!("    {stripped}\n"));
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
                            let stripped_len = stripped.chars().count();
                            let segment: String = line
                                .chars()
                                .skip(start)
                                .take(end.saturating_sub(start))
                                .collect();
                            // Anchors only for a one-line expression (format_frame_summary).
                            let anchors = if pos.end_line == pos.line {
                                caret_anchors(&segment)
                            } else {
                                None
                            };
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
            let mut msg = match self.str(exc) {
                Ok(s) => s.to_string(),
                Err(_) => "<exception str() failed>".to_string(),
            };
            msg.push_str(&self.suggestion(exc));
            if msg.is_empty() {
                out.push_str(&format!("{name}\n"));
            } else {
                out.push_str(&format!("{name}: {msg}\n"));
            }
        }
        if let Value::Instance(i) = exc {
            if let Some(d) = i.exc() {
                let notes = d.borrow().notes.clone();
                let items = match &notes {
                    Value::None => None,
                    Value::List(l) => Some(l.borrow().clone()),
                    Value::Tuple(t) => Some(t.to_vec()),
                    // a str or any other object: its repr on one line, as CPython
                    other => {
                        let r = self.repr(other).map(|s| s.to_string());
                        out.push_str(r.as_deref().unwrap_or("<__notes__ repr() failed>"));
                        out.push('\n');
                        None
                    }
                };
                for n in items.unwrap_or_default() {
                    let s = match &n {
                        Value::Str(s) => s.to_string(),
                        other => self
                            .str(other)
                            .map(|s| s.to_string())
                            .unwrap_or_else(|_| "<note str() failed>".to_string()),
                    };
                    out.push_str(&s);
                    out.push('\n');
                }
            }
        }
        out
    }

    /// `. Did you mean: 'x'?` for NameError, AttributeError and `from m import x`
    /// ImportError, computed by `traceback._compute_suggestion_error`; the import hint ends in
    /// '?' as in CPython 3.12.1's C display (traceback.py's own format has none).
    fn suggestion(&mut self, exc: &Value) -> String {
        let is_name = self.err_is(exc, "NameError");
        let attr = if self.err_is(exc, "ImportError") {
            "name_from"
        } else if is_name || self.err_is(exc, "AttributeError") {
            "name"
        } else {
            return String::new();
        };
        let wrong = match self.getattr(exc, attr) {
            Ok(Value::Str(s)) => s,
            _ => return String::new(),
        };
        let saved = self.exc_info.clone();
        let found = (|| -> PyResult<Value> {
            let tbm = self.import_module("traceback")?;
            let f = self.getattr(&tbm, "_compute_suggestion_error")?;
            let tb = crate::objects::exceptions::get_traceback(exc);
            let args = vec![
                exc.clone(),
                tb,
                Value::Str(wrong.clone()),
                Value::Bool(true),
            ];
            self.call(&f, args)
        })();
        self.exc_info = saved;
        let mut out = String::new();
        let found = match found {
            Ok(Value::Str(s)) => Some(s),
            _ => None,
        };
        if let Some(s) = &found {
            out.push_str(&format!(". Did you mean: '{s}'?"));
        }
        if is_name {
            let names = self
                .import_module("sys")
                .and_then(|sys| self.getattr(&sys, "stdlib_module_names"))
                .or_else(|_| {
                    let tbm = self.import_module("traceback")?;
                    self.getattr(&tbm, "_STDLIB_MODULE_NAMES")
                });
            let stdlib = names.and_then(|n| self.contains(&n, &Value::Str(wrong.clone())));
            if let Ok(true) = stdlib {
                if found.is_some() {
                    out.push_str(&format!(" Or did you forget to import '{wrong}'?"));
                } else {
                    out.push_str(&format!(". Did you forget to import '{wrong}'?"));
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
                    // pythonrun.c's print_error_text: no caret left of the stripped text,
                    // and one caret for IndentationError and TabError.
                    let start = off - 1 - indent as i64;
                    let width = if name == "IndentationError" || name == "TabError" {
                        1
                    } else {
                        (end - off).max(1) as usize
                    };
                    if start >= 0 {
                        let pad = " ".repeat(start as usize);
                        out.push_str(&format!("    {pad}{}\n", "^".repeat(width)));
                    }
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

// ---- sys.excepthook ----

/// `sys.excepthook(type, value, traceback)` (also `sys.__excepthook__`): print the exception
/// as an uncaught one, to `sys.stderr`.
pub fn sys_excepthook(vm: &mut Vm, a: crate::objects::function::Args) -> PyResult<Value> {
    if a.pos.len() != 3 {
        return Err(vm.type_error(format!(
            "excepthook expected 3 arguments, got {}",
            a.pos.len()
        )));
    }
    let value = a.pos[1].clone();
    let text = if vm.is_exception_instance(&value) {
        // A traceback passed separately is used when the exception has none.
        if let (Value::Traceback(_), Value::Instance(i)) = (&a.pos[2], &value) {
            if let Some(d) = i.exc() {
                if d.borrow().traceback.is_none() {
                    d.borrow_mut().traceback = a.pos[2].clone();
                }
            }
        }
        vm.format_exception(&value)
    } else {
        let tn = vm.type_name(&value);
        format!("TypeError: print_exception(): Exception expected for value, {tn} found\n")
    };
    vm.write_sys_stderr(&text);
    Ok(Value::None)
}

impl Vm {
    /// Write to `sys.stderr` (what Python code may have replaced), or the process's stderr.
    pub fn write_sys_stderr(&mut self, text: &str) {
        let stream = self
            .import_module("sys")
            .and_then(|sys| self.getattr(&sys, "stderr"));
        let written = match stream {
            Ok(s) if !s.is_none() => self.call_method(&s, "write", vec![Value::str(text)]),
            _ => Err(Value::None),
        };
        if written.is_err() {
            self.write_stderr(text);
        }
    }

    /// An uncaught exception goes to `sys.excepthook` when a program replaced it: true if a
    /// replacement ran (its own errors reported as CPython's `PyErr_PrintEx` does).
    pub fn call_user_excepthook(&mut self, exc: &Value) -> bool {
        let hook = self
            .import_module("sys")
            .and_then(|sys| self.getattr(&sys, "excepthook"));
        let hook = match hook {
            Ok(Value::Builtin(b)) if &*b.name == "excepthook" => return false,
            Ok(h) if !h.is_none() => h,
            _ => return false,
        };
        let ty = Value::Type(self.type_of(exc));
        let tb = crate::objects::exceptions::get_traceback(exc);
        if let Err(e) = self.call(&hook, vec![ty, exc.clone(), tb]) {
            if self.err_is(&e, "SystemExit") {
                return true;
            }
            let mut text = String::from("Error in sys.excepthook:\n");
            text.push_str(&self.format_exception(&e));
            text.push_str("\nOriginal exception was:\n");
            text.push_str(&self.format_exception(exc));
            self.write_stderr(&text);
        }
        true
    }
}

// ---- sys.unraisablehook ----

/// `sys.unraisablehook(unraisable)` (also `sys.__unraisablehook__`): the default report of an
/// exception that could not be raised, to `sys.stderr` (write_unraisable_exc_file).
pub fn sys_unraisablehook(vm: &mut Vm, a: crate::objects::function::Args) -> PyResult<Value> {
    let Some(u) = a.pos.first().cloned() else {
        return Err(
            vm.type_error("unraisablehook() takes exactly one argument (0 given)".to_string())
        );
    };
    let mut field = |n: &str| vm.getattr(&u, n);
    let (ty, exc, tb) = (
        field("exc_type")?,
        field("exc_value")?,
        field("exc_traceback")?,
    );
    let (msg, obj) = (field("err_msg")?, field("object")?);
    let text = vm.format_unraisable(&msg, &obj, &ty, &exc, &tb);
    vm.write_sys_stderr(&text);
    Ok(Value::None)
}

impl Vm {
    /// `PyErr_WriteUnraisable`: an exception that cannot propagate (from a finalizer, a
    /// callback) goes to `sys.unraisablehook`; when it has no traceback it gets one entry for
    /// the running frame, as CPython 3.12 does.
    pub fn report_unraisable(&mut self, exc: &Value, obj: Option<&Value>) {
        self.flush_stdout();
        if let Value::Instance(i) = exc {
            if let Some(d) = i.exc() {
                let frame = self
                    .frames
                    .iter()
                    .rev()
                    .find(|f| !crate::modules::pydive::hidden_code(&f.borrow().code))
                    .cloned();
                let no_traceback = d.borrow().traceback.is_none();
                if let (true, Some(frame)) = (no_traceback, frame) {
                    let (lasti, lineno) = {
                        let f = frame.borrow();
                        (f.lasti as usize * 2, f.lineno())
                    };
                    d.borrow_mut().traceback = Value::Traceback(Rc::new(Traceback {
                        frame,
                        lasti,
                        lineno,
                        next: std::cell::RefCell::new(None),
                    }));
                }
            }
        }
        let ty = Value::Type(self.type_of(exc));
        let tb = crate::objects::exceptions::get_traceback(exc);
        let obj = obj.cloned().unwrap_or(Value::None);
        let hook = self
            .import_module("sys")
            .and_then(|sys| self.getattr(&sys, "unraisablehook"));
        let hook = match hook {
            Ok(Value::Builtin(b)) if &*b.name == "unraisablehook" => Value::None,
            Ok(h) => h,
            Err(_) => Value::None,
        };
        if !hook.is_none() {
            let fields = [
                ("exc_type", ty.clone()),
                ("exc_value", exc.clone()),
                ("exc_traceback", tb.clone()),
                ("err_msg", Value::None),
                ("object", obj.clone()),
            ];
            let args = crate::modules::sys::struct_seq(self, "UnraisableHookArgs", &fields);
            match self.call(&hook, vec![args]) {
                Ok(_) => return,
                Err(e) => {
                    let msg = Value::str("Exception ignored in sys.unraisablehook");
                    let ety = Value::Type(self.type_of(&e));
                    let etb = crate::objects::exceptions::get_traceback(&e);
                    let text = self.format_unraisable(&msg, &hook, &ety, &e, &etb);
                    self.write_sys_stderr(&text);
                    return;
                }
            }
        }
        let text = self.format_unraisable(&Value::None, &obj, &ty, exc, &tb);
        self.write_sys_stderr(&text);
    }

    /// write_unraisable_exc_file's text: the header, the traceback and `Type: str(value)`,
    /// without the chained exceptions and notes an uncaught exception shows.
    pub fn format_unraisable(
        &mut self,
        err_msg: &Value,
        obj: &Value,
        ty: &Value,
        exc: &Value,
        tb: &Value,
    ) -> String {
        let mut out = String::new();
        let msg = if err_msg.is_none() {
            None
        } else {
            Some(
                self.str(err_msg)
                    .map_or_else(|_| String::new(), |s| s.to_string()),
            )
        };
        if !obj.is_none() {
            match &msg {
                Some(m) => out.push_str(&format!("{m}: ")),
                None => out.push_str("Exception ignored in: "),
            }
            match self.repr(obj) {
                Ok(r) => out.push_str(&r),
                Err(_) => out.push_str("<object repr() failed>"),
            }
            out.push('\n');
        } else if let Some(m) = &msg {
            out.push_str(&format!("{m}:\n"));
        }
        if let Value::Traceback(t) = tb {
            out.push_str("Traceback (most recent call last):\n");
            let with_source = !crate::generator::is_finalizing();
            out.push_str(&self.format_tb_lines(t, with_source));
        }
        let Value::Type(t) = ty else { return out };
        match t.module() {
            Some(m) if &*m != "builtins" && &*m != "__main__" => {
                out.push_str(&format!("{m}."));
            }
            _ => {}
        }
        out.push_str(&t.qualname.borrow());
        if !exc.is_none() {
            out.push_str(": ");
            match self.str(exc) {
                Ok(s) => out.push_str(&s),
                Err(_) => out.push_str("<exception str() failed>"),
            }
        }
        out.push('\n');
        out
    }
}
