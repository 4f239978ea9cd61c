//! `_sre_pydive`: the matcher of pydive's `re` (lib/re parses; this module compiles the
//! parser's tree and runs it), CPython's `_sre` in spirit, not in API.
//!
//! - `Program(tree, groups)`: a compiled pattern (`compile.rs`, instructions and one-character
//!   tests in `chars.rs`).
//! - `search(prog, text, pos, end, must_advance)` / `match(prog, text, pos, end,
//!   must_advance, fullmatch)`: `(caps, lastindex)` or None; `caps` is the tuple of group
//!   boundaries (start, end of group 0 first; -1 for an unset group).
//! - `findall(prog, text, pos, end)`, `split(prog, text, maxsplit)`,
//!   `subx(prog, text, count, template, callback)`: the loops over the subject, in Rust.
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
use crate::objects::native::{self, NativeData};
use crate::objects::typeobj::Type;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};
use compile::Program;
use engine::{Machine, Unit};

struct ProgramData {
    prog: Program,
    /// a bytes pattern (its subjects are bytes)
    isbytes: bool,
}

impl NativeData for ProgramData {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) -> bool {
        true
    }
    fn clear(&self, _trash: &mut Vec<Value>) {}
}

/// The subject, as code units the machine reads.
enum Subject {
    Bytes(Rc<[u8]>),
    Ascii(Rc<str>),
    Chars(Rc<[char]>),
}

/// A str and its chars.
type Converted = Option<(Weak<str>, Rc<[char]>)>;

thread_local! {
    // re.Match, given by `setup` (lib/re/__init__.py at import)
    static MATCH_TYPE: RefCell<Option<Rc<Type>>> = const { RefCell::new(None) };
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
    fn of(vm: &Vm, v: &Value) -> PyResult<Subject> {
        Ok(match v {
            Value::Str(s) => {
                if crate::objects::str_index::is_ascii(s) {
                    Subject::Ascii(s.clone())
                } else {
                    Subject::Chars(chars_of(s))
                }
            }
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

/// The result being built by `subx`.
enum Joined {
    Str(String),
    Bytes(Vec<u8>),
}

fn program(vm: &Vm, v: Option<&Value>) -> PyResult<Rc<ProgramData>> {
    v.and_then(native::data_of::<ProgramData>)
        .ok_or_else(|| vm.type_error("_sre_pydive: a Program is required"))
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

/// The caps tuple of the match just found, with group 0 = (start, end).
fn caps_of<T: Unit>(m: &Machine<'_, T>, ncaps: usize, start: usize, end: usize) -> Value {
    let mut out = Vec::with_capacity(ncaps);
    out.push(Value::Int(start as i64));
    out.push(Value::Int(end as i64));
    for &c in &m.slots[2..ncaps] {
        out.push(Value::Int(c as i64));
    }
    Value::tuple(out)
}

fn result<T: Unit>(m: &Machine<'_, T>, ncaps: usize, found: Option<(usize, usize)>) -> Value {
    match found {
        None => Value::None,
        Some((s, e)) => Value::tuple(vec![
            caps_of(m, ncaps, s, e),
            Value::Int(m.lastindex as i64),
        ]),
    }
}

fn p_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Type(cls)) = a.pos.first() else {
        return Err(vm.type_error("Program.__new__(X): X is not a type object"));
    };
    let cls = cls.clone();
    let groups = usize_arg(vm, &a, 2)?;
    let prog = compile::compile(vm, &arg(&a, 1), groups)?;
    let isbytes = truth(&arg(&a, 3));
    Ok(native::new_object(
        vm,
        &cls,
        Rc::new(ProgramData { prog, isbytes }),
    ))
}

/// `search(prog, text, pos, end, must_advance)`
fn s_search(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = program(vm, a.pos.first())?;
    let subj = Subject::of(vm, &arg(&a, 1))?;
    let (pos, end) = (usize_arg(vm, &a, 2)?, usize_arg(vm, &a, 3)?);
    let must_advance = truth(&arg(&a, 4));
    let end = end.min(subj.len());
    Ok(with_units!(&subj, |s| {
        let mut m = Machine::new(&p.prog, s, end);
        let found = m.search(pos, must_advance);
        result(&m, p.prog.ncaps, found)
    }))
}

/// `match(prog, text, pos, end, must_advance, fullmatch)`
fn s_match(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = program(vm, a.pos.first())?;
    let subj = Subject::of(vm, &arg(&a, 1))?;
    let (pos, end) = (usize_arg(vm, &a, 2)?, usize_arg(vm, &a, 3)?);
    let must_advance = truth(&arg(&a, 4));
    let fullmatch = truth(&arg(&a, 5));
    let end = end.min(subj.len());
    Ok(with_units!(&subj, |s| {
        let mut m = Machine::new(&p.prog, s, end);
        let found = if pos > end {
            None
        } else {
            m.run(0, pos, must_advance, fullmatch).map(|e| (pos, e))
        };
        result(&m, p.prog.ncaps, found)
    }))
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

/// `subx(prog, text, count, template, repl, pattern, string)`: `(result, n)`. `template` is
/// the parsed replacement (literals at even indexes, group numbers at odd ones), or None
/// when `repl(match)` computes each replacement (None: nothing); the match objects are made
/// of `pattern` and `string` (the subject as given).
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
    let pattern = arg(&a, 5);
    let string = arg(&a, 6);
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
    let ncaps = p.prog.ncaps;
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
                    let caps = caps_of(m, ncaps, start, e);
                    let mo = new_match(vm, &pattern, &string, 0, len, caps, m.lastindex)
                        .ok_or_else(|| vm.type_error("re: setup() was not called"))?;
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

/// `setup(Match)`: the class `run` and `subx` make match objects of.
fn s_setup(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(Value::Type(t)) = a.pos.first() {
        MATCH_TYPE.with(|m| *m.borrow_mut() = Some(t.clone()));
    }
    Ok(Value::None)
}

/// A `re.Match` (lib/re's class, its slots filled here as `Match._make` does).
fn new_match(
    vm: &Vm,
    pattern: &Value,
    string: &Value,
    pos: usize,
    endpos: usize,
    caps: Value,
    lastindex: isize,
) -> Option<Value> {
    let ty = MATCH_TYPE.with(|m| m.borrow().clone())?;
    let inst = crate::ops::new_instance(vm, &ty);
    let Value::Instance(i) = &inst else {
        return None;
    };
    {
        let mut slots = i.slots.borrow_mut();
        for (k, name) in ty.slots.iter().enumerate() {
            slots[k] = Some(match name.as_ref() {
                "re" => pattern.clone(),
                "string" => string.clone(),
                "pos" => Value::Int(pos as i64),
                "endpos" => Value::Int(endpos as i64),
                "_caps" => caps.clone(),
                "_lastindex" => Value::Int(lastindex as i64),
                _ => continue,
            });
        }
    }
    Some(inst)
}

/// Clamp `pos`/`endpos` to the subject as `Pattern._bounds`; None when not plain ints.
fn bounds(pos: &Value, endpos: &Value, n: usize) -> Option<(usize, usize)> {
    let pos = match pos {
        Value::Int(p) => (*p).clamp(0, n as i64) as usize,
        _ => return None,
    };
    let end = match endpos {
        Value::None => n,
        Value::Int(e) => (*e).clamp(0, n as i64) as usize,
        _ => return None,
    };
    Some((pos, end))
}

/// `run(prog, pattern, string, pos, endpos, mode[, must_advance, match_pos])`: the whole of
/// `Pattern.match` (mode 0), `fullmatch` (1) or `search` (2) for a str or bytes subject of
/// the pattern's kind and int bounds: a Match or None. NotImplemented for anything else
/// (lib/re then takes its general path). `match_pos` is the `pos` the Match reports
/// (finditer's first one).
fn s_run(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = program(vm, a.pos.first())?;
    let pattern = arg(&a, 1);
    let string = arg(&a, 2);
    let subj = match (&string, p.isbytes) {
        (Value::Str(_), false) | (Value::Bytes(_), true) => Subject::of(vm, &string)?,
        _ => return Ok(Value::NotImplemented),
    };
    let Some((pos, end)) = bounds(&arg(&a, 3), &arg(&a, 4), subj.len()) else {
        return Ok(Value::NotImplemented);
    };
    let mode = usize_arg(vm, &a, 5)?;
    let must_advance = truth(&arg(&a, 6));
    let match_pos = match arg(&a, 7) {
        Value::Int(i) => i.max(0) as usize,
        _ => pos,
    };
    let ncaps = p.prog.ncaps;
    let found = with_units!(&subj, |s| {
        let mut m = Machine::new(&p.prog, s, end);
        let found = if mode == 2 {
            m.search(pos, must_advance)
        } else if pos > end {
            None
        } else {
            m.run(0, pos, must_advance, mode == 1).map(|e| (pos, e))
        };
        found.map(|(st, e)| (caps_of(&m, ncaps, st, e), m.lastindex))
    });
    let Some((caps, lastindex)) = found else {
        return Ok(Value::None);
    };
    Ok(
        new_match(vm, &pattern, &string, match_pos, end, caps, lastindex)
            .unwrap_or(Value::NotImplemented),
    )
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let t = native::new_type(vm, "_sre_pydive", "Program");
    native::add_new(vm, &t, p_new);
    d.borrow_mut().set_str("Program", Value::Type(t));
    let fns: &[(&str, NativeFn)] = &[
        ("search", s_search),
        ("match", s_match),
        ("findall", s_findall),
        ("split", s_split),
        ("subx", s_subx),
        ("run", s_run),
        ("setup", s_setup),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    Ok(())
}
