//! `_sre_pydive`: the matcher of pydive's `re` (lib/re parses; this module compiles the
//! parser's tree and runs it), CPython's `_sre` in spirit, not in API.
//!
//! - `compile(tree, groups, isbytes, pattern, flags, groupindex, indexgroup)`: a `re.Pattern`
//!   (`objects.rs`, with `re.Match` and finditer's iterator; the program in `compile.rs`,
//!   instructions and one-character tests in `chars.rs`, the backtracking machine in
//!   `engine.rs`).
//! - `run(pattern, string, text, pos, end, mode, must_advance)`, `iterate(pattern, string,
//!   text, pos, end)`: match/search and finditer over a subject lib/re converted.
//! - `findall(pattern, text, pos, end)`, `split(pattern, text, maxsplit)`,
//!   `subx(pattern, text, count, template, callback, string)`: the loops over the subject.
//!
//! `text` is a str or bytes. An ASCII str is matched on its bytes; another str on its chars
//! (the last one converted is remembered, so repeated searches of one long string do not
//! convert it again). Positions are character indexes throughout.

mod chars;
mod compile;
mod engine;

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use crate::objects::function::{Args, NativeFn};
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};
use compile::Program;
use engine::{Machine, Unit};
use objects::PatternData;

/// The subject, as code units the machine reads.
#[derive(Clone)]
enum Subject {
    Bytes(Rc<[u8]>),
    Ascii(Rc<str>),
    Chars(Rc<[char]>),
}

/// A str and its chars.
type Converted = Option<(Weak<str>, Rc<[char]>)>;

thread_local! {
    // the last non-ASCII str converted to chars (pydive runs Python threads on one OS thread)
    static LAST_CHARS: RefCell<Converted> = const { RefCell::new(None) };
}

fn chars_of(s: &Rc<str>) -> Rc<[char]> {
    let hit = LAST_CHARS.with(|c| {
        c.borrow().as_ref().and_then(|(w, v)| {
            (std::ptr::addr_eq(w.as_ptr(), Rc::as_ptr(s)) && w.strong_count() > 0)
                .then(|| v.clone())
        })
    });
    if let Some(v) = hit {
        return v;
    }
    let v: Rc<[char]> = s.chars().collect();
    LAST_CHARS.with(|c| *c.borrow_mut() = Some((Rc::downgrade(s), v.clone())));
    v
}

impl Subject {
    fn of_str(s: &Rc<str>) -> Subject {
        if crate::objects::str_index::is_ascii(s) {
            Subject::Ascii(s.clone())
        } else {
            Subject::Chars(chars_of(s))
        }
    }

    fn of(vm: &Vm, v: &Value) -> PyResult<Subject> {
        Ok(match v {
            Value::Str(s) => Subject::of_str(s),
            Value::Bytes(b) => Subject::Bytes(b.clone()),
            Value::ByteArray(b) => Subject::Bytes(Rc::from(&b.borrow()[..])),
            _ => return Err(vm.type_error("expected string or bytes-like object")),
        })
    }

    fn len(&self) -> usize {
        match self {
            Subject::Bytes(b) => b.len(),
            Subject::Ascii(s) => s.len(),
            Subject::Chars(c) => c.len(),
        }
    }

    fn is_bytes(&self) -> bool {
        matches!(self, Subject::Bytes(_))
    }

    fn slice(&self, a: usize, b: usize) -> Value {
        match self {
            Subject::Bytes(v) => Value::Bytes(Rc::from(&v[a..b])),
            Subject::Ascii(s) => Value::Str(Rc::from(&s[a..b])),
            Subject::Chars(c) => Value::Str(Rc::from(c[a..b].iter().collect::<String>())),
        }
    }

    fn push_to(&self, out: &mut Joined, a: usize, b: usize) {
        match (self, out) {
            (Subject::Bytes(v), Joined::Bytes(o)) => o.extend_from_slice(&v[a..b]),
            (Subject::Ascii(s), Joined::Str(o)) => o.push_str(&s[a..b]),
            (Subject::Chars(c), Joined::Str(o)) => o.extend(c[a..b].iter()),
            _ => {}
        }
    }
}

/// Run `$body` with `$s` bound to the subject's code units (`&[u8]` or `&[char]`).
macro_rules! with_units {
    ($subj:expr, |$s:ident| $body:expr) => {
        match $subj {
            Subject::Bytes(b) => {
                let $s: &[u8] = &b[..];
                $body
            }
            Subject::Ascii(a) => {
                let $s: &[u8] = a.as_bytes();
                $body
            }
            Subject::Chars(c) => {
                let $s: &[char] = &c[..];
                $body
            }
        }
    };
}

mod objects;

/// The result being built by `subx`.
enum Joined {
    Str(String),
    Bytes(Vec<u8>),
}

fn program(vm: &Vm, v: Option<&Value>) -> PyResult<Rc<PatternData>> {
    v.and_then(objects::pattern_of)
        .ok_or_else(|| vm.type_error("_sre_pydive: a re.Pattern is required"))
}

fn arg(a: &Args, i: usize) -> Value {
    a.pos.get(i).cloned().unwrap_or(Value::None)
}

fn usize_arg(vm: &mut Vm, a: &Args, i: usize) -> PyResult<usize> {
    Ok(vm.index_value(&arg(a, i))?.max(0) as usize)
}

fn truth(v: &Value) -> bool {
    matches!(v, Value::Bool(true)) || matches!(v, Value::Int(i) if *i != 0)
}

/// Successive matches from `pos` (an empty match may not sit where the previous one
/// ended), at most `limit` (0: all); `each(machine, start, end)` sees every one and may stop
/// the loop by returning false.
fn each_match<T: Unit>(
    prog: &Program,
    s: &[T],
    pos: usize,
    end: usize,
    limit: usize,
    mut each: impl FnMut(&Machine<'_, T>, usize, usize) -> PyResult<bool>,
) -> PyResult<()> {
    let mut m = Machine::new(prog, s, end);
    let mut pos = pos;
    let mut must_advance = false;
    let mut n = 0;
    while pos <= end {
        if limit > 0 && n >= limit {
            break;
        }
        let Some((start, e)) = m.search(pos, must_advance) else {
            break;
        };
        if !each(&m, start, e)? {
            break;
        }
        n += 1;
        m.reset();
        must_advance = e == start;
        pos = e;
    }
    Ok(())
}

/// The value of group `g` of the match (None when unset).
fn group<T: Unit>(subj: &Subject, m: &Machine<'_, T>, g: usize) -> Option<Value> {
    let (a, b) = (m.slots[2 * g], m.slots[2 * g + 1]);
    (a >= 0 && b >= 0).then(|| subj.slice(a as usize, b as usize))
}

/// `findall(prog, text, pos, end)`
fn s_findall(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = program(vm, a.pos.first())?;
    let subj = Subject::of(vm, &arg(&a, 1))?;
    let (pos, end) = (usize_arg(vm, &a, 2)?, usize_arg(vm, &a, 3)?);
    let end = end.min(subj.len());
    let groups = p.prog.ncaps / 2 - 1;
    let empty = || subj.slice(0, 0);
    let mut out = Vec::new();
    with_units!(&subj, |s| each_match(
        &p.prog,
        s,
        pos,
        end,
        0,
        |m, start, e| {
            out.push(match groups {
                0 => subj.slice(start, e),
                1 => group(&subj, m, 1).unwrap_or_else(empty),
                _ => Value::tuple(
                    (1..=groups)
                        .map(|g| group(&subj, m, g).unwrap_or_else(empty))
                        .collect(),
                ),
            });
            Ok(true)
        }
    ))?;
    Ok(Value::list(out))
}

/// `split(prog, text, maxsplit)`
fn s_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = program(vm, a.pos.first())?;
    let subj = Subject::of(vm, &arg(&a, 1))?;
    let maxsplit = vm.index_value(&arg(&a, 2))?;
    let len = subj.len();
    if maxsplit < 0 {
        return Ok(Value::list(vec![subj.slice(0, len)]));
    }
    let maxsplit = maxsplit as usize;
    let groups = p.prog.ncaps / 2 - 1;
    let mut out = Vec::new();
    let mut last = 0;
    with_units!(&subj, |s| each_match(
        &p.prog,
        s,
        0,
        len,
        maxsplit,
        |m, start, e| {
            out.push(subj.slice(last, start));
            for g in 1..=groups {
                out.push(group(&subj, m, g).unwrap_or(Value::None));
            }
            last = e;
            Ok(true)
        }
    ))?;
    out.push(subj.slice(last, len));
    Ok(Value::list(out))
}

/// CPython's join message for a replacement of the wrong type.
fn bad_piece(vm: &Vm, bytes: bool, index: usize, got: &str) -> crate::vm::PyErr {
    let want = if bytes {
        "expected a bytes-like object"
    } else {
        "expected str instance"
    };
    vm.type_error(format!("sequence item {index}: {want}, {got} found"))
}

/// `subx(pattern, text, count, template, repl, string)`: `(result, n)`. `template` is the
/// parsed replacement (literals at even indexes, group numbers at odd ones), or None when
/// `repl(match)` computes each replacement (None: nothing); the match objects hold `string`
/// (the subject as given).
fn s_subx(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = program(vm, a.pos.first())?;
    let text = arg(&a, 1);
    let subj = Subject::of(vm, &text)?;
    let count = vm.index_value(&arg(&a, 2))?;
    if count < 0 {
        return Ok(Value::tuple(vec![text, Value::Int(0)]));
    }
    let count = count as usize;
    let template = match arg(&a, 3) {
        Value::None => None,
        t => Some(vm.collect(&t)?),
    };
    let callback = arg(&a, 4);
    let pattern = arg(&a, 0);
    let string = arg(&a, 5);
    let maker = objects::MatchMaker {
        pattern: &pattern,
        pat: &p,
        string: &string,
        subj: &subj,
    };
    let len = subj.len();
    let bytes = subj.is_bytes();
    let mut out = if bytes {
        Joined::Bytes(Vec::new())
    } else {
        Joined::Str(String::new())
    };
    let mut last = 0;
    let mut n = 0usize;
    let mut pieces = 0usize;
    let mut error: Option<crate::vm::PyErr> = None;
    with_units!(&subj, |s| each_match(
        &p.prog,
        s,
        0,
        len,
        count,
        |m, start, e| {
            if start > last {
                subj.push_to(&mut out, last, start);
                pieces += 1;
            }
            match &template {
                Some(t) => {
                    for (i, item) in t.iter().enumerate() {
                        if i % 2 == 1 {
                            let g = vm.index_value(item)? as usize;
                            let (a, b) = if g == 0 {
                                (start as isize, e as isize)
                            } else {
                                (m.slots[2 * g], m.slots[2 * g + 1])
                            };
                            if a >= 0 && b >= 0 {
                                subj.push_to(&mut out, a as usize, b as usize);
                            }
                        } else {
                            append(vm, &mut out, item)?;
                        }
                    }
                    pieces += 1;
                }
                None => {
                    let mo = maker.make(vm, &m.slots, (start, e), m.lastindex);
                    let r = vm.call(&callback, vec![mo])?;
                    if !matches!(r, Value::None) {
                        if error.is_none() && !append(vm, &mut out, &r)? {
                            let got = vm.type_name(&r);
                            error = Some(bad_piece(vm, bytes, pieces, &got));
                        }
                        pieces += 1;
                    }
                }
            }
            last = e;
            n += 1;
            Ok(true)
        }
    ))?;
    if let Some(err) = error {
        return Err(err);
    }
    if n == 0 {
        return Ok(Value::tuple(vec![text, Value::Int(0)]));
    }
    if last < len {
        subj.push_to(&mut out, last, len);
    }
    let joined = match out {
        Joined::Str(s) => Value::Str(Rc::from(s)),
        Joined::Bytes(b) => Value::Bytes(Rc::from(b)),
    };
    Ok(Value::tuple(vec![joined, Value::Int(n as i64)]))
}

/// Append a replacement; false when its type does not fit the result.
fn append(vm: &mut Vm, out: &mut Joined, v: &Value) -> PyResult<bool> {
    match (out, v) {
        (Joined::Str(o), Value::Str(s)) => o.push_str(s),
        (Joined::Bytes(o), Value::Bytes(b)) => o.extend_from_slice(b),
        (Joined::Bytes(o), Value::ByteArray(b)) => o.extend_from_slice(&b.borrow()),
        (Joined::Bytes(o), other) if vm.type_name(other).as_ref() == "memoryview" => {
            let bytes_type = Value::Type(vm.types.bytes.clone());
            match vm.call(&bytes_type, vec![other.clone()])? {
                Value::Bytes(b) => o.extend_from_slice(&b),
                _ => return Ok(false),
            }
        }
        (Joined::Str(o), other @ Value::Instance(_)) => {
            // a str subclass
            let str_type = Value::Type(vm.types.str_.clone());
            if !vm.isinstance(other, &str_type)? {
                return Ok(false);
            }
            match vm.call(&str_type, vec![other.clone()])? {
                Value::Str(s) => o.push_str(&s),
                _ => return Ok(false),
            }
        }
        _ => return Ok(false),
    }
    Ok(true)
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    objects::init(vm, d);
    let fns: &[(&str, NativeFn)] = &[
        ("compile", objects::s_compile),
        ("run", objects::s_run),
        ("iterate", objects::s_iterate),
        ("findall", s_findall),
        ("split", s_split),
        ("subx", s_subx),
        ("setup", objects::s_setup),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    Ok(())
}
