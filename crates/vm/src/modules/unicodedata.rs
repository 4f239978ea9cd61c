//! `unicodedata`: the Unicode 15.0.0 character database CPython 3.12 answers with.
//!
//! Properties, decompositions and composition pairs are tables generated from CPython
//! itself (`scripts/gen_unicodedata.py` → `unicodedata_tables.rs`). Names come from the
//! unicode_names2 crate (Unicode 16.0; names never change once given) restricted to the
//! code points assigned in 15.0.0 and to those CPython names (it leaves Tangut ideographs
//! unnamed). Normalization is UAX #15 over these tables, as Modules/unicodedata.c does.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::unicodedata_tables as t;
use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

fn record(c: u32) -> &'static t::Record {
    let i = t::RUNS.partition_point(|&(start, _)| start <= c) - 1;
    &t::RECORDS[t::RUNS[i].1 as usize]
}

fn assigned(c: u32) -> bool {
    record(c).0 != 0
}

/// The one character argument `fname` wants (CPython's clinic message otherwise).
fn char_arg(vm: &mut Vm, a: &Args, fname: &str) -> PyResult<u32> {
    match a.pos.first() {
        Some(Value::Str(s)) => {
            let mut it = s.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c as u32),
                _ => Err(vm.type_error(format!(
                    "{fname}() argument must be a unicode character, not str"
                ))),
            }
        }
        Some(v) => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "{fname}() argument 1 must be a unicode character, not {tn}"
            )))
        }
        None => Err(vm.type_error(format!("{fname}() takes at least 1 argument (0 given)"))),
    }
}

fn ud_category(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = char_arg(vm, &a, "category")?;
    Ok(Value::str(t::CATEGORIES[record(c).0 as usize]))
}

fn ud_bidirectional(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = char_arg(vm, &a, "bidirectional")?;
    Ok(Value::str(t::BIDI[record(c).1 as usize]))
}

fn ud_combining(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = char_arg(vm, &a, "combining")?;
    Ok(Value::Int(i64::from(record(c).2)))
}

fn ud_east_asian_width(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = char_arg(vm, &a, "east_asian_width")?;
    Ok(Value::str(t::EAW[record(c).3 as usize]))
}

fn ud_mirrored(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = char_arg(vm, &a, "mirrored")?;
    Ok(Value::Int(i64::from(record(c).4)))
}

fn or_default(vm: &mut Vm, a: &Args, msg: &str) -> PyResult<Value> {
    match a.pos.get(1) {
        Some(d) => Ok(d.clone()),
        None => Err(vm.value_error(msg)),
    }
}

fn ud_decimal(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = char_arg(vm, &a, "decimal")?;
    match record(c).5 {
        d if d >= 0 => Ok(Value::Int(i64::from(d))),
        _ => or_default(vm, &a, "not a decimal"),
    }
}

fn ud_digit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = char_arg(vm, &a, "digit")?;
    match record(c).6 {
        d if d >= 0 => Ok(Value::Int(i64::from(d))),
        _ => or_default(vm, &a, "not a digit"),
    }
}

fn ud_numeric(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = char_arg(vm, &a, "numeric")?;
    match record(c).7 {
        0xFFFF => or_default(vm, &a, "not a numeric character"),
        i => Ok(Value::Float(t::NUMERICS[i as usize])),
    }
}

/// `str.isdecimal`/`isdigit`/`isnumeric` of one code point, as CPython's tables say.
pub fn numeric_kind(c: char) -> (bool, bool, bool) {
    if c.is_ascii() {
        let d = c.is_ascii_digit();
        return (d, d, d);
    }
    let r = record(c as u32);
    (r.5 >= 0, r.6 >= 0, r.7 != 0xFFFF)
}

/// `str.isprintable` of one code point: not of category Cc, Cf, Cs, Co, Cn, Zl, Zp or Zs
/// (space excepted).
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !matches!(record(c as u32).0, 0 | 12..=18)
}

/// `str.isalpha` of one code point: general category Lu, Ll, Lt, Lm or Lo.
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    (1..=5).contains(&record(c as u32).0)
}

/// Unicode's Case_Ignorable property (`_PyUnicode_IsCaseIgnorable`): categories Mn, Me, Cf, Lm
/// and Sk, and the word-break MidLetter / MidNumLet / Single_Quote characters.
pub fn is_case_ignorable(c: char) -> bool {
    matches!(
        c as u32,
        0x27 | 0x2E
            | 0x3A
            | 0x5E
            | 0x60
            | 0xA8
            | 0xAD
            | 0xAF
            | 0xB4
            | 0xB7
            | 0xB8
            | 0x387
            | 0x55F
            | 0x5F4
            | 0x2018
            | 0x2019
            | 0x2024
            | 0x2027
            | 0xFE13
            | 0xFE52
            | 0xFE55
            | 0xFF07
            | 0xFF0E
            | 0xFF1A
    ) || (!c.is_ascii() && matches!(record(c as u32).0, 4 | 6 | 8 | 16 | 28))
}

fn ud_decomposition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = char_arg(vm, &a, "decomposition")?;
    let s = t::DECOMPOSITIONS
        .binary_search_by_key(&c, |&(k, _)| k)
        .map_or("", |i| t::DECOMPOSITIONS[i].1);
    Ok(Value::str(s))
}

/// CPython names what UnicodeData.txt names, except the Tangut ideograph ranges.
pub(crate) fn char_name(c: u32) -> Option<String> {
    if !assigned(c) || (0x17000..=0x187F7).contains(&c) || (0x18D00..=0x18D08).contains(&c) {
        return None;
    }
    let ch = char::from_u32(c)?;
    unicode_names2::name(ch).map(|n| n.to_string())
}

fn ud_name(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = char_arg(vm, &a, "name")?;
    match char_name(c) {
        Some(n) => Ok(Value::str(&n)),
        None => or_default(vm, &a, "no such name"),
    }
}

fn ud_lookup(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = match a.pos.first() {
        Some(Value::Str(s)) => s.to_string(),
        Some(Value::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        Some(v) => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("lookup() argument must be str or bytes, not {tn}")));
        }
        None => return Err(vm.type_error("lookup() takes exactly one argument (0 given)")),
    };
    let found = unicode_names2::character(&name).filter(|c| {
        let c = *c as u32;
        assigned(c) && !((0x17000..=0x187F7).contains(&c) || (0x18D00..=0x18D08).contains(&c))
    });
    match found {
        Some(c) => Ok(Value::str(&c.to_string())),
        None => {
            let key = Value::str(&format!("undefined character name '{name}'"));
            Err(vm.key_error(key))
        }
    }
}

// ---- normalization (UAX #15) ----

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// Decomposition mappings: code point → (compatibility?, code points).
fn mappings() -> &'static HashMap<u32, (bool, Vec<u32>)> {
    static M: OnceLock<HashMap<u32, (bool, Vec<u32>)>> = OnceLock::new();
    M.get_or_init(|| {
        t::DECOMPOSITIONS
            .iter()
            .map(|&(c, s)| {
                let compat = s.starts_with('<');
                let cps = s
                    .split(' ')
                    .filter(|p| !p.starts_with('<'))
                    .filter_map(|p| u32::from_str_radix(p, 16).ok())
                    .collect();
                (c, (compat, cps))
            })
            .collect()
    })
}

fn compositions() -> &'static HashMap<(u32, u32), u32> {
    static M: OnceLock<HashMap<(u32, u32), u32>> = OnceLock::new();
    M.get_or_init(|| {
        t::COMPOSITIONS
            .iter()
            .map(|&(a, b, c)| ((a, b), c))
            .collect()
    })
}

fn ccc(c: u32) -> u8 {
    record(c).2
}

fn decompose_into(c: u32, compat: bool, out: &mut Vec<u32>) {
    if (S_BASE..S_BASE + S_COUNT).contains(&c) {
        let s = c - S_BASE;
        out.push(L_BASE + s / N_COUNT);
        out.push(V_BASE + (s % N_COUNT) / T_COUNT);
        if !s.is_multiple_of(T_COUNT) {
            out.push(T_BASE + s % T_COUNT);
        }
        return;
    }
    match mappings().get(&c) {
        Some((is_compat, cps)) if compat || !is_compat => {
            for &d in cps {
                decompose_into(d, compat, out);
            }
        }
        _ => out.push(c),
    }
}

fn compose_pair(a: u32, b: u32) -> Option<u32> {
    if (L_BASE..L_BASE + L_COUNT).contains(&a) && (V_BASE..V_BASE + V_COUNT).contains(&b) {
        return Some(S_BASE + ((a - L_BASE) * V_COUNT + (b - V_BASE)) * T_COUNT);
    }
    if (S_BASE..S_BASE + S_COUNT).contains(&a)
        && (a - S_BASE).is_multiple_of(T_COUNT)
        && (T_BASE + 1..T_BASE + T_COUNT).contains(&b)
    {
        return Some(a + (b - T_BASE));
    }
    compositions().get(&(a, b)).copied()
}

fn normalize(s: &str, compat: bool, compose: bool) -> String {
    let mut d = Vec::with_capacity(s.len());
    for ch in s.chars() {
        decompose_into(ch as u32, compat, &mut d);
    }
    // canonical ordering: stable sort of each run of non-starters by combining class
    let mut i = 0;
    while i < d.len() {
        if ccc(d[i]) == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < d.len() && ccc(d[i]) != 0 {
            i += 1;
        }
        d[start..i].sort_by_key(|&c| ccc(c));
    }
    if compose {
        let mut out: Vec<u32> = Vec::with_capacity(d.len());
        let mut starter: Option<usize> = None;
        for c in d {
            let cc = ccc(c);
            if let Some(si) = starter {
                let blocked = out.len() > si + 1 && {
                    let last = ccc(out[out.len() - 1]);
                    last == 0 || last >= cc
                };
                if !blocked {
                    if let Some(p) = compose_pair(out[si], c) {
                        out[si] = p;
                        continue;
                    }
                }
            }
            if cc == 0 {
                starter = Some(out.len());
            }
            out.push(c);
        }
        d = out;
    }
    d.into_iter().filter_map(char::from_u32).collect()
}

fn form_and_str(vm: &mut Vm, a: &Args, fname: &str) -> PyResult<(bool, bool, String)> {
    let form = match a.pos.first() {
        Some(Value::Str(s)) => s.to_string(),
        Some(v) => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("{fname}() argument 1 must be str, not {tn}")));
        }
        None => return Err(vm.type_error(format!("{fname}() takes exactly 2 arguments (0 given)"))),
    };
    let s = match a.pos.get(1) {
        Some(Value::Str(s)) => s.to_string(),
        Some(v) => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("{fname}() argument 2 must be str, not {tn}")));
        }
        None => return Err(vm.type_error(format!("{fname}() takes exactly 2 arguments (1 given)"))),
    };
    let (compat, compose) = match form.as_str() {
        "NFC" => (false, true),
        "NFD" => (false, false),
        "NFKC" => (true, true),
        "NFKD" => (true, false),
        _ => return Err(vm.value_error("invalid normalization form")),
    };
    Ok((compat, compose, s))
}

fn ud_normalize(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (compat, compose, s) = form_and_str(vm, &a, "normalize")?;
    if s.is_ascii() {
        return Ok(a.pos[1].clone());
    }
    let n = normalize(&s, compat, compose);
    if n == s {
        return Ok(a.pos[1].clone());
    }
    Ok(Value::str(&n))
}

fn ud_is_normalized(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (compat, compose, s) = form_and_str(vm, &a, "is_normalized")?;
    Ok(Value::Bool(
        s.is_ascii() || normalize(&s, compat, compose) == s,
    ))
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("category", ud_category),
        ("bidirectional", ud_bidirectional),
        ("combining", ud_combining),
        ("east_asian_width", ud_east_asian_width),
        ("mirrored", ud_mirrored),
        ("decimal", ud_decimal),
        ("digit", ud_digit),
        ("numeric", ud_numeric),
        ("decomposition", ud_decomposition),
        ("name", ud_name),
        ("lookup", ud_lookup),
        ("normalize", ud_normalize),
        ("is_normalized", ud_is_normalized),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    d.borrow_mut()
        .set_str("unidata_version", Value::str("15.0.0"));
    Ok(())
}
