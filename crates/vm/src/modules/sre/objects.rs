//! `re.Pattern`, `re.Match` and finditer's `callable_iterator` as native types (CPython's
//! `PatternObject`, `MatchObject` and `ScannerObject` in `Modules/_sre/sre.c`).
//!
//! The hot methods are Rust: `Pattern.match/fullmatch/search/finditer`, every `Match` accessor.
//! lib/re/__init__.py adds the rest (repr, equality, pickling, sub, the general paths for
//! subjects that need converting) to the same types with `setup`, as plain functions.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::compile::{self, Program};
use super::engine::Machine;
use super::{arg, truth, usize_arg, Subject};
use crate::objects::function::{Args, NativeFn};
use crate::objects::native::{self, NativeData};
use crate::objects::typeobj::Type;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

/// A compiled pattern: the program and what `re.Pattern` reports.
pub(super) struct PatternData {
    pub prog: Program,
    /// a bytes pattern (its subjects are bytes)
    pub isbytes: bool,
    pub pattern: Value,
    pub flags: Value,
    pub groups: usize,
    /// name -> group number
    pub groupindex: DictRef,
    /// group number -> name
    pub indexgroup: DictRef,
}

impl NativeData for PatternData {
    // holds only str/bytes/int values and dicts of them: no cycles through a pattern
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) -> bool {
        true
    }
    fn clear(&self, _trash: &mut Vec<Value>) {}
}

/// A match: the subject as given (`string`) and as read (`subj`), the group boundaries.
struct MatchData {
    pattern: Value,
    pat: Rc<PatternData>,
    string: Value,
    subj: Subject,
    pos: usize,
    endpos: usize,
    /// start, end of each group (group 0 first; -1 when unset)
    caps: Box<[isize]>,
    lastindex: isize,
}

impl NativeData for MatchData {
    // a match is not reachable from the values it holds unless a buffer subject refers to
    // it; such a cycle is left to live rather than reported half-clearable
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) -> bool {
        true
    }
    fn clear(&self, _trash: &mut Vec<Value>) {}
}

/// finditer's iterator (CPython: a `callable_iterator` over `scanner.search`).
struct IterData {
    pattern: Value,
    pat: Rc<PatternData>,
    string: Value,
    subj: Subject,
    pos: Cell<usize>,
    end: usize,
    orig_pos: usize,
    must_advance: Cell<bool>,
    done: Cell<bool>,
}

impl NativeData for IterData {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) -> bool {
        true
    }
    fn clear(&self, _trash: &mut Vec<Value>) {}
}

struct Types {
    pattern: Rc<Type>,
    match_: Rc<Type>,
    iter: Rc<Type>,
}

thread_local! {
    static TYPES: RefCell<Option<Rc<Types>>> = const { RefCell::new(None) };
    // lib/re's `_general(pattern, string, pos, endpos, mode)`, given by `setup`
    static GENERAL: RefCell<Value> = const { RefCell::new(Value::None) };
}

/// lib/re's path for subjects that need converting (mode 3: finditer).
fn general(vm: &mut Vm, args: Vec<Value>) -> PyResult<Value> {
    let f = GENERAL.with(|g| g.borrow().clone());
    vm.call(&f, args)
}

fn types() -> Rc<Types> {
    TYPES.with(|t| t.borrow().clone().expect("_sre_pydive initialised"))
}

pub(super) fn pattern_of(v: &Value) -> Option<Rc<PatternData>> {
    native::data_of::<PatternData>(v)
}

fn this_pattern(vm: &Vm, a: &Args, method: &str) -> PyResult<Rc<PatternData>> {
    a.pos.first().and_then(pattern_of).ok_or_else(|| {
        let got = a.pos.first().map_or("nothing".into(), |v| vm.type_name(v));
        vm.type_error(format!(
            "descriptor '{method}' for 're.Pattern' objects doesn't apply to a '{got}' object"
        ))
    })
}

fn this_match(vm: &Vm, a: &Args, method: &str) -> PyResult<Rc<MatchData>> {
    a.pos
        .first()
        .and_then(native::data_of::<MatchData>)
        .ok_or_else(|| {
            let got = a.pos.first().map_or("nothing".into(), |v| vm.type_name(v));
            vm.type_error(format!(
                "descriptor '{method}' for 're.Match' objects doesn't apply to a '{got}' object"
            ))
        })
}

// ---- making patterns and matches ----

/// `compile(tree, groups, isbytes, pattern, flags, groupindex, indexgroup)`: a `re.Pattern`.
pub(super) fn s_compile(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let groups = usize_arg(vm, &a, 1)?;
    let prog = compile::compile(vm, &arg(&a, 0), groups)?;
    let (Value::Dict(groupindex), Value::Dict(indexgroup)) = (arg(&a, 5), arg(&a, 6)) else {
        return Err(vm.type_error("_sre_pydive.compile: group dicts required"));
    };
    let data = PatternData {
        prog,
        isbytes: truth(&arg(&a, 2)),
        pattern: arg(&a, 3),
        flags: arg(&a, 4),
        groups,
        groupindex,
        indexgroup,
    };
    Ok(native::new_object(vm, &types().pattern, Rc::new(data)))
}

/// The match of `machine` found at `start..end`.
#[allow(clippy::too_many_arguments)]
fn new_match(
    vm: &Vm,
    pattern: &Value,
    pat: &Rc<PatternData>,
    string: &Value,
    subj: &Subject,
    pos: usize,
    endpos: usize,
    slots: &[isize],
    found: (usize, usize),
    lastindex: isize,
) -> Value {
    let ncaps = pat.prog.ncaps;
    let mut caps = Vec::with_capacity(ncaps);
    caps.push(found.0 as isize);
    caps.push(found.1 as isize);
    caps.extend_from_slice(&slots[2..ncaps]);
    let data = MatchData {
        pattern: pattern.clone(),
        pat: pat.clone(),
        string: string.clone(),
        subj: subj.clone(),
        pos,
        endpos,
        caps: caps.into_boxed_slice(),
        lastindex,
    };
    native::new_object(vm, &types().match_, Rc::new(data))
}

/// Run `pat` over `subj[..end]` from `pos`: mode 0 match, 1 fullmatch, 2 search. The Match
/// reports `match_pos` as its `pos`.
#[allow(clippy::too_many_arguments)]
fn run(
    vm: &Vm,
    pattern: &Value,
    pat: &Rc<PatternData>,
    string: &Value,
    subj: &Subject,
    pos: usize,
    end: usize,
    mode: usize,
    must_advance: bool,
    match_pos: usize,
) -> Option<Value> {
    with_units!(subj, |s| {
        let mut m = Machine::new(&pat.prog, s, end);
        let found = if mode == 2 {
            m.search(pos, must_advance)
        } else if pos > end {
            None
        } else {
            m.run(0, pos, must_advance, mode == 1).map(|e| (pos, e))
        };
        found.map(|f| {
            new_match(
                vm,
                pattern,
                pat,
                string,
                subj,
                match_pos,
                end,
                &m.slots,
                f,
                m.lastindex,
            )
        })
    })
}

/// Match objects for the `subx` callback: the pattern, the subject as given and as read.
pub(super) struct MatchMaker<'a> {
    pub pattern: &'a Value,
    pub pat: &'a Rc<PatternData>,
    pub string: &'a Value,
    pub subj: &'a Subject,
}

impl MatchMaker<'_> {
    pub fn make(&self, vm: &Vm, slots: &[isize], found: (usize, usize), lastindex: isize) -> Value {
        let end = self.subj.len();
        new_match(
            vm,
            self.pattern,
            self.pat,
            self.string,
            self.subj,
            0,
            end,
            slots,
            found,
            lastindex,
        )
    }
}

/// `run(pattern, string, text, pos, end, mode, must_advance)`: the general path of
/// match/fullmatch/search once lib/re converted the subject to `text` and clamped the bounds.
pub(super) fn s_run(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pattern = arg(&a, 0);
    let pat = this_pattern(vm, &a, "run")?;
    let string = arg(&a, 1);
    let subj = Subject::of(vm, &arg(&a, 2))?;
    let pos = usize_arg(vm, &a, 3)?;
    let end = usize_arg(vm, &a, 4)?.min(subj.len());
    let mode = usize_arg(vm, &a, 5)?;
    let must_advance = truth(&arg(&a, 6));
    Ok(run(
        vm,
        &pattern,
        &pat,
        &string,
        &subj,
        pos,
        end,
        mode,
        must_advance,
        pos,
    )
    .unwrap_or(Value::None))
}

/// `iterate(pattern, string, text, pos, end)`: finditer's iterator once lib/re converted the
/// subject and clamped the bounds.
pub(super) fn s_iterate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pattern = arg(&a, 0);
    let pat = this_pattern(vm, &a, "iterate")?;
    let subj = Subject::of(vm, &arg(&a, 2))?;
    let pos = usize_arg(vm, &a, 3)?;
    let end = usize_arg(vm, &a, 4)?.min(subj.len());
    Ok(new_iter(vm, pattern, pat, arg(&a, 1), subj, pos, end))
}

fn new_iter(
    vm: &Vm,
    pattern: Value,
    pat: Rc<PatternData>,
    string: Value,
    subj: Subject,
    pos: usize,
    end: usize,
) -> Value {
    let data = IterData {
        pattern,
        pat,
        string,
        subj,
        pos: Cell::new(pos),
        end,
        orig_pos: pos,
        must_advance: Cell::new(false),
        done: Cell::new(false),
    };
    native::new_object(vm, &types().iter, Rc::new(data))
}

// ---- Pattern ----

/// The arguments `(string, pos=0, endpos=None)` of match/fullmatch/search/finditer.
fn subject_args(vm: &Vm, a: &Args, name: &str) -> PyResult<(Value, Value, Value)> {
    let mut vals = [None, None, None];
    if a.pos.len() > 4 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 3 arguments ({} given)",
            a.pos.len() - 1
        )));
    }
    for (i, v) in a.pos.iter().skip(1).enumerate() {
        vals[i] = Some(v.clone());
    }
    for (k, v) in &a.kw {
        let i = match k.as_ref() {
            "string" => 0,
            "pos" => 1,
            "endpos" => 2,
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                )
            }
        };
        if vals[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for {name}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        vals[i] = Some(v.clone());
    }
    let [s, p, e] = vals;
    let Some(s) = s else {
        return Err(vm.type_error(format!(
            "{name}() missing required argument 'string' (pos 1)"
        )));
    };
    Ok((s, p.unwrap_or(Value::Int(0)), e.unwrap_or(Value::None)))
}

/// The subject and bounds when no conversion is needed: a str or bytes of the pattern's kind
/// and int bounds (clamped as CPython's `state_init`).
fn plain_subject(
    pat: &PatternData,
    string: &Value,
    pos: &Value,
    endpos: &Value,
) -> Option<(Subject, usize, usize)> {
    let subj = match (string, pat.isbytes) {
        (Value::Str(s), false) => Subject::of_str(s),
        (Value::Bytes(b), true) => Subject::Bytes(b.clone()),
        _ => return None,
    };
    let n = subj.len() as i64;
    let pos = match pos {
        Value::Int(p) => (*p).clamp(0, n) as usize,
        _ => return None,
    };
    let end = match endpos {
        Value::None => n as usize,
        Value::Int(e) => (*e).clamp(0, n) as usize,
        _ => return None,
    };
    Some((subj, pos, end))
}

/// match (mode 0), fullmatch (1), search (2); other subjects go to lib/re's `_general`.
fn p_run(vm: &mut Vm, a: Args, mode: usize, name: &str) -> PyResult<Value> {
    let pat = this_pattern(vm, &a, name)?;
    let (string, pos, endpos) = subject_args(vm, &a, name)?;
    let pattern = &a.pos[0];
    match plain_subject(&pat, &string, &pos, &endpos) {
        Some((subj, p, e)) => {
            Ok(run(vm, pattern, &pat, &string, &subj, p, e, mode, false, p).unwrap_or(Value::None))
        }
        None => {
            let args = vec![
                pattern.clone(),
                string,
                pos,
                endpos,
                Value::Int(mode as i64),
            ];
            general(vm, args)
        }
    }
}

fn p_match(vm: &mut Vm, a: Args) -> PyResult<Value> {
    p_run(vm, a, 0, "match")
}

fn p_fullmatch(vm: &mut Vm, a: Args) -> PyResult<Value> {
    p_run(vm, a, 1, "fullmatch")
}

fn p_search(vm: &mut Vm, a: Args) -> PyResult<Value> {
    p_run(vm, a, 2, "search")
}

fn p_finditer(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let pat = this_pattern(vm, &a, "finditer")?;
    let (string, pos, endpos) = subject_args(vm, &a, "finditer")?;
    let pattern = a.pos[0].clone();
    match plain_subject(&pat, &string, &pos, &endpos) {
        Some((subj, p, e)) => Ok(new_iter(vm, pattern, pat, string, subj, p, e)),
        None => general(vm, vec![pattern, string, pos, endpos, Value::Int(3)]),
    }
}

fn p_getter(vm: &mut Vm, a: Args, name: &str) -> PyResult<Value> {
    let p = this_pattern(vm, &a, name)?;
    Ok(match name {
        "pattern" => p.pattern.clone(),
        "flags" => p.flags.clone(),
        "groups" => Value::Int(p.groups as i64),
        // a copy, as CPython's
        _ => {
            let d = p.groupindex.borrow().clone();
            let d = Value::dict(d);
            crate::objects::mappingproxy::new(vm, d)
        }
    })
}

fn p_new(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Err(vm.type_error("cannot create 're.Pattern' instances"))
}

// ---- Match ----

/// CPython's `match_getindex`: an int-like is a group number, anything else a group name.
fn group_index(vm: &mut Vm, m: &MatchData, g: &Value) -> PyResult<usize> {
    let n = m.pat.groups as i64;
    let i = match g {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => -1,
        Value::Instance(_) if vm.lookup_special(g, "__index__")?.is_some() => {
            match vm.index_value(g) {
                Ok(i) => i,
                Err(e) if vm.err_is(&e, "OverflowError") => -1,
                Err(e) => return Err(e),
            }
        }
        _ => match vm.dict_get(&m.pat.groupindex, g)? {
            Some(Value::Int(i)) => i,
            _ => -1,
        },
    };
    if i < 0 || i > n {
        return Err(vm.index_error("no such group"));
    }
    Ok(i as usize)
}

impl MatchData {
    fn span(&self, i: usize) -> (isize, isize) {
        (self.caps[2 * i], self.caps[2 * i + 1])
    }

    fn get(&self, i: usize, default: &Value) -> Value {
        let (a, b) = self.span(i);
        if a < 0 || b < 0 {
            return default.clone();
        }
        let (a, b) = (a as usize, b as usize);
        match (&self.subj, &self.string) {
            (Subject::Bytes(v), Value::Bytes(s)) if a == 0 && b == v.len() => {
                Value::Bytes(s.clone())
            }
            // CPython slices the buffer as it is now (bpo-29444)
            (_, Value::ByteArray(now)) => {
                let now = now.borrow();
                let n = now.len();
                Value::Bytes(Rc::from(&now[a.min(n)..b.min(n)]))
            }
            _ => self.subj.slice(a, b),
        }
    }
}

fn int(i: isize) -> Value {
    Value::Int(i as i64)
}

fn no_keywords(vm: &Vm, a: &Args, name: &str) -> PyResult<()> {
    if a.kw.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn m_group(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = this_match(vm, &a, "group")?;
    no_keywords(vm, &a, "group")?;
    match a.pos.len() {
        1 => Ok(m.get(0, &Value::None)),
        2 => {
            let i = group_index(vm, &m, &a.pos[1])?;
            Ok(m.get(i, &Value::None))
        }
        _ => {
            let mut out = Vec::with_capacity(a.pos.len() - 1);
            for g in a.pos.iter().skip(1) {
                let i = group_index(vm, &m, g)?;
                out.push(m.get(i, &Value::None));
            }
            Ok(Value::tuple(out))
        }
    }
}

fn m_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = this_match(vm, &a, "__getitem__")?;
    if a.pos.len() != 2 {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!("expected 1 argument, got {n}")));
    }
    let i = group_index(vm, &m, &arg(&a, 1))?;
    Ok(m.get(i, &Value::None))
}

/// The `default=None` argument of groups()/groupdict().
fn default_arg(vm: &Vm, a: &Args, name: &str) -> PyResult<Value> {
    let given = a.pos.len().saturating_sub(1) + a.kw.len();
    if given > 1 {
        return Err(vm.type_error(format!("{name}() takes at most 1 argument ({given} given)")));
    }
    if let Some((k, v)) = a.kw.first() {
        if k.as_ref() != "default" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
        }
        return Ok(v.clone());
    }
    Ok(arg(a, 1))
}

fn m_groups(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = this_match(vm, &a, "groups")?;
    let default = default_arg(vm, &a, "groups")?;
    Ok(Value::tuple(
        (1..=m.pat.groups).map(|i| m.get(i, &default)).collect(),
    ))
}

fn m_groupdict(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = this_match(vm, &a, "groupdict")?;
    let default = default_arg(vm, &a, "groupdict")?;
    let items = m.pat.groupindex.borrow().items();
    let out = vm.new_dict();
    for (name, g) in items {
        let i = vm.index_value(&g)? as usize;
        vm.dict_set(&out, name, m.get(i, &default))?;
    }
    Ok(Value::Dict(out))
}

/// The optional group argument of start/end/span.
fn span_arg(vm: &mut Vm, a: &Args, m: &MatchData, name: &str) -> PyResult<(isize, isize)> {
    no_keywords(vm, a, &format!("Match.{name}"))?;
    match a.pos.len() {
        1 => Ok(m.span(0)),
        2 => {
            let i = group_index(vm, m, &a.pos[1])?;
            Ok(m.span(i))
        }
        n => Err(vm.type_error(format!("{name} expected at most 1 argument, got {}", n - 1))),
    }
}

fn m_start(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = this_match(vm, &a, "start")?;
    Ok(int(span_arg(vm, &a, &m, "start")?.0))
}

fn m_end(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = this_match(vm, &a, "end")?;
    Ok(int(span_arg(vm, &a, &m, "end")?.1))
}

fn m_span(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = this_match(vm, &a, "span")?;
    let (s, e) = span_arg(vm, &a, &m, "span")?;
    Ok(Value::tuple(vec![int(s), int(e)]))
}

fn m_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let m = this_match(vm, &a, "__repr__")?;
    let text = vm.repr(&m.get(0, &Value::None))?;
    let short: String = text.chars().take(50).collect();
    let (s, e) = m.span(0);
    Ok(Value::str(&format!(
        "<re.Match object; span=({s}, {e}), match={short}>"
    )))
}

fn m_self(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(arg(&a, 0))
}

fn m_reduce(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Err(vm.type_error("cannot pickle 're.Match' object"))
}

fn m_new(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Err(vm.type_error("cannot create 're.Match' instances"))
}

fn class_getitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let item = arg(&a, 1);
    Ok(crate::objects::typecall::generic_alias(
        vm, &a.pos[0], &item,
    ))
}

fn m_getter(vm: &mut Vm, a: Args, name: &str) -> PyResult<Value> {
    let m = this_match(vm, &a, name)?;
    Ok(match name {
        "re" => m.pattern.clone(),
        "string" => m.string.clone(),
        "pos" => Value::Int(m.pos as i64),
        "endpos" => Value::Int(m.endpos as i64),
        "lastindex" => {
            if m.lastindex < 1 {
                Value::None
            } else {
                int(m.lastindex)
            }
        }
        "lastgroup" => {
            if m.lastindex < 1 {
                Value::None
            } else {
                let d = m.pat.indexgroup.clone();
                vm.dict_get(&d, &int(m.lastindex))?.unwrap_or(Value::None)
            }
        }
        _ => Value::tuple(
            (0..=m.pat.groups)
                .map(|i| {
                    let (s, e) = m.span(i);
                    Value::tuple(vec![int(s), int(e)])
                })
                .collect(),
        ),
    })
}

// ---- finditer's iterator ----

fn it_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(it) = a.pos.first().and_then(native::data_of::<IterData>) else {
        return Err(vm.type_error("expected a callable_iterator"));
    };
    let pos = it.pos.get();
    if it.done.get() || pos > it.end {
        return Err(vm.stop_iteration(Value::None));
    }
    let found = with_units!(&it.subj, |s| {
        let mut m = Machine::new(&it.pat.prog, s, it.end);
        m.search(pos, it.must_advance.get()).map(|f| {
            let v = new_match(
                vm,
                &it.pattern,
                &it.pat,
                &it.string,
                &it.subj,
                it.orig_pos,
                it.end,
                &m.slots,
                f,
                m.lastindex,
            );
            (v, f)
        })
    });
    match found {
        Some((v, (start, end))) => {
            it.pos.set(end);
            it.must_advance.set(start == end);
            Ok(v)
        }
        None => {
            it.done.set(true);
            Err(vm.stop_iteration(Value::None))
        }
    }
}

fn it_iter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(arg(&a, 0))
}

// ---- setup ----

/// `setup(pattern_extras, match_extras, general)`: lib/re's Python methods of re.Pattern and
/// re.Match (classes whose bodies are copied to the native types) and its general path.
pub(super) fn s_setup(vm: &mut Vm, a: Args) -> PyResult<Value> {
    GENERAL.with(|g| *g.borrow_mut() = arg(&a, 2));
    let t = types();
    for (extras, ty) in [(arg(&a, 0), &t.pattern), (arg(&a, 1), &t.match_)] {
        let items = match &extras {
            Value::Dict(d) => d.borrow().items(),
            _ => {
                let d = vm.getattr(&extras, "__dict__")?;
                let d = vm.call(&Value::Type(vm.types.dict.clone()), vec![d])?;
                match d {
                    Value::Dict(d) => d.borrow().items(),
                    _ => Vec::new(),
                }
            }
        };
        for (k, v) in items {
            let Value::Str(k) = k else { continue };
            if matches!(
                k.as_ref(),
                "__dict__"
                    | "__weakref__"
                    | "__module__"
                    | "__qualname__"
                    | "__slots__"
                    | "__doc__"
            ) {
                continue;
            }
            ty.dict.borrow_mut().set_str(&k, v);
        }
    }
    Ok(Value::None)
}

fn getter_of(vm: &Vm, ty: &Rc<Type>, name: &'static str, get: NativeFn) {
    native::add_getter(vm, ty, name, get, |vm, _| {
        Err(vm.attribute_error("readonly attribute"))
    });
}

/// Make the types and put them in the module dict.
pub(super) fn init(vm: &mut Vm, d: &DictRef) {
    let pattern = native::new_type(vm, "re", "Pattern");
    native::add_new(vm, &pattern, p_new);
    let methods: &[(&str, NativeFn)] = &[
        ("match", p_match),
        ("fullmatch", p_fullmatch),
        ("search", p_search),
        ("finditer", p_finditer),
    ];
    for (n, f) in methods {
        vm.add_method(&pattern, n, *f);
    }
    vm.add_classmethod(&pattern, "__class_getitem__", class_getitem);
    getter_of(vm, &pattern, "pattern", |vm, a| p_getter(vm, a, "pattern"));
    getter_of(vm, &pattern, "flags", |vm, a| p_getter(vm, a, "flags"));
    getter_of(vm, &pattern, "groups", |vm, a| p_getter(vm, a, "groups"));
    getter_of(vm, &pattern, "groupindex", |vm, a| {
        p_getter(vm, a, "groupindex")
    });

    let match_ = native::new_type(vm, "re", "Match");
    native::add_new(vm, &match_, m_new);
    let methods: &[(&str, NativeFn)] = &[
        ("group", m_group),
        ("__getitem__", m_getitem),
        ("groups", m_groups),
        ("groupdict", m_groupdict),
        ("start", m_start),
        ("end", m_end),
        ("span", m_span),
        ("__repr__", m_repr),
        ("__copy__", m_self),
        ("__deepcopy__", m_self),
        ("__reduce__", m_reduce),
        ("__reduce_ex__", m_reduce),
    ];
    for (n, f) in methods {
        vm.add_method(&match_, n, *f);
    }
    vm.add_classmethod(&match_, "__class_getitem__", class_getitem);
    getter_of(vm, &match_, "re", |vm, a| m_getter(vm, a, "re"));
    getter_of(vm, &match_, "string", |vm, a| m_getter(vm, a, "string"));
    getter_of(vm, &match_, "pos", |vm, a| m_getter(vm, a, "pos"));
    getter_of(vm, &match_, "endpos", |vm, a| m_getter(vm, a, "endpos"));
    getter_of(vm, &match_, "lastindex", |vm, a| {
        m_getter(vm, a, "lastindex")
    });
    getter_of(vm, &match_, "lastgroup", |vm, a| {
        m_getter(vm, a, "lastgroup")
    });
    getter_of(vm, &match_, "regs", |vm, a| m_getter(vm, a, "regs"));

    let iter = native::new_type(vm, "builtins", "callable_iterator");
    vm.add_method(&iter, "__next__", it_next);
    vm.add_method(&iter, "__iter__", it_iter);

    {
        let mut md = d.borrow_mut();
        md.set_str("Pattern", Value::Type(pattern.clone()));
        md.set_str("Match", Value::Type(match_.clone()));
    }
    let t = Types {
        pattern,
        match_,
        iter,
    };
    TYPES.with(|s| *s.borrow_mut() = Some(Rc::new(t)));
}
