//! str: repr, and the str methods.

use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::typeobj::Type;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Appends `tail` to `s` without copying `s` when `s` is its string's only reference (no
/// other `Rc`, no `Weak`): the allocation is grown with `realloc`, which the allocator often
/// does in place and otherwise does at geometric size-class steps, so a loop of `s += t`
/// costs linear time, as CPython's in-place `PyUnicode_Append`. Returns false (and leaves
/// `s` alone) when the string is shared or the allocation cannot be grown.
///
/// An `Rc<str>` is one allocation: two reference-count words, then the bytes; its layout is
/// that of `RcBox<()>` extended by the bytes and padded to its alignment, which is how `Rc`
/// itself computes it when freeing. `rc_layout_known` checks the header against `Rc`'s own
/// counts once, so a different layout of a future standard library turns this off instead of
/// corrupting memory.
#[allow(unsafe_code)]
pub fn append_in_place(s: &mut Rc<str>, tail: &str) -> bool {
    use std::alloc::Layout;
    const HEADER: usize = 2 * std::mem::size_of::<usize>();
    const ALIGN: usize = std::mem::align_of::<usize>();
    if tail.is_empty() || Rc::get_mut(s).is_none() || !rc_layout_known() {
        return false;
    }
    let old_len = s.len();
    let Some(new_len) = old_len.checked_add(tail.len()) else {
        return false;
    };
    let (Ok(old_layout), Ok(new_layout)) = (
        Layout::from_size_align(HEADER + old_len, ALIGN),
        Layout::from_size_align(HEADER + new_len, ALIGN),
    ) else {
        return false;
    };
    let (old_layout, new_size) = (old_layout.pad_to_align(), new_layout.pad_to_align().size());
    // SAFETY: `s` is the only reference (get_mut succeeded), so its block may move; the block
    // starts HEADER bytes before the str data (checked by rc_layout_known) and was allocated
    // by the global allocator with `old_layout`. The Rc is rebuilt over the new block with
    // the new length before anything else can see `s`.
    unsafe {
        let raw: *const str = Rc::into_raw(std::ptr::read(s));
        let base = (raw as *const u8).sub(HEADER) as *mut u8;
        let grown = std::alloc::realloc(base, old_layout, new_size);
        if grown.is_null() {
            std::ptr::write(s, Rc::from_raw(raw));
            return false;
        }
        std::ptr::copy_nonoverlapping(tail.as_ptr(), grown.add(HEADER + old_len), tail.len());
        let data = std::ptr::slice_from_raw_parts(grown.add(HEADER), new_len) as *const str;
        std::ptr::write(s, Rc::from_raw(data));
    }
    true
}

/// Whether an `Rc<str>`'s block is laid out as `append_in_place` assumes: the strong and the
/// weak count (plus one) in the two words before the data.
#[allow(unsafe_code)]
fn rc_layout_known() -> bool {
    thread_local! {
        static KNOWN: bool = {
            let a: Rc<str> = Rc::from("layout");
            let b = a.clone();
            let c = b.clone();
            let w = Rc::downgrade(&a);
            let data = Rc::as_ptr(&a) as *const u8;
            // SAFETY: reads two words inside the Rc's own allocation, before the data.
            let (strong, weak) = unsafe {
                let words = data.sub(2 * std::mem::size_of::<usize>()) as *const usize;
                (words.read(), words.add(1).read())
            };
            let ok = strong == 3 && weak == 2 && Rc::strong_count(&c) == 3;
            drop(w);
            ok
        };
    }
    KNOWN.with(|k| *k)
}

/// `repr(str)`: single quotes unless the text has ' and no ", escapes as CPython.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// `str.isprintable` for one character (Py_UNICODE_ISPRINTABLE): not of category Cc,
/// Cf, Cs, Co, Cn, Zl, Zp or Zs, space excepted; what repr() leaves unescaped.
pub fn is_printable(c: char) -> bool {
    crate::modules::unicodedata::is_printable(c)
}

/// `ascii()`: non-ASCII characters escaped.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

pub fn type_repr(t: &Rc<Type>) -> String {
    let module = t.module();
    let qn = t.qualname.borrow().clone();
    match module.as_deref() {
        Some("builtins") | None => format!("<class '{qn}'>"),
        Some(m) => format!("<class '{m}.{qn}'>"),
    }
}

fn this(vm: &mut Vm, a: &Args) -> PyResult<Rc<str>> {
    match a.pos.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(v @ Value::Instance(_)) => match crate::ops::unwrap_base(v) {
            Some(Value::Str(s)) => Ok(s),
            _ => Err(vm.descr_requires("str", v)),
        },
        Some(v) => Err(vm.descr_requires("str", v)),
        None => Err(vm.type_error("descriptor requires a 'str' object")),
    }
}

fn arg_str(vm: &mut Vm, a: &Args, i: usize, what: &str) -> PyResult<Option<Rc<str>>> {
    match a.pos.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.clone())),
        Some(other) => {
            if let Some(Value::Str(s)) = crate::ops::unwrap_base(other) {
                return Ok(Some(s));
            }
            let tn = vm.type_name(other);
            Err(vm.type_error(if what.ends_with("()") {
                format!("{what} argument must be str, not {tn}")
            } else {
                format!("{what} arg must be None or str")
            }))
        }
    }
}

fn s(v: impl Into<Rc<str>>) -> Value {
    Value::Str(v.into())
}

fn chars_len(x: &str) -> usize {
    if x.is_ascii() {
        x.len()
    } else {
        x.chars().count()
    }
}

fn str_upper(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(s(this(vm, &a)?.to_uppercase()))
}
fn str_lower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(s(this(vm, &a)?.to_lowercase()))
}
/// Unicode's titlecase letters (category Lt).
fn is_titlecase(c: char) -> bool {
    matches!(c as u32,
        0x01C5 | 0x01C8 | 0x01CB | 0x01F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F
        | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
}

/// `_PyUnicode_IsCased`.
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// The full titlecase mapping (`_PyUnicode_ToTitleFull`) where it differs from uppercase.
fn title_full(c: char, out: &mut String) {
    let special: Option<&str> = match c as u32 {
        0x00DF => Some("Ss"),
        0x01C4..=0x01C6 => Some("\u{01C5}"),
        0x01C7..=0x01C9 => Some("\u{01C8}"),
        0x01CA..=0x01CC => Some("\u{01CB}"),
        0x01F1..=0x01F3 => Some("\u{01F2}"),
        0x0587 => Some("\u{0535}\u{0582}"),
        0xFB00 => Some("Ff"),
        0xFB01 => Some("Fi"),
        0xFB02 => Some("Fl"),
        0xFB03 => Some("Ffi"),
        0xFB04 => Some("Ffl"),
        0xFB05 | 0xFB06 => Some("St"),
        0xFB13 => Some("\u{0544}\u{0576}"),
        0xFB14 => Some("\u{0544}\u{0565}"),
        0xFB15 => Some("\u{0544}\u{056B}"),
        0xFB16 => Some("\u{054E}\u{0576}"),
        0xFB17 => Some("\u{0544}\u{056D}"),
        0x1FB2 => Some("\u{1FBA}\u{0345}"),
        0x1FB4 => Some("\u{0386}\u{0345}"),
        0x1FB7 => Some("\u{0391}\u{0342}\u{0345}"),
        0x1FC2 => Some("\u{1FCA}\u{0345}"),
        0x1FC4 => Some("\u{0389}\u{0345}"),
        0x1FC7 => Some("\u{0397}\u{0342}\u{0345}"),
        0x1FF2 => Some("\u{1FFA}\u{0345}"),
        0x1FF4 => Some("\u{038F}\u{0345}"),
        0x1FF7 => Some("\u{03A9}\u{0342}\u{0345}"),
        _ => None,
    };
    match special {
        Some(t) => out.push_str(t),
        None => match c as u32 {
            0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7 => {
                out.push(char::from_u32(c as u32 + 8).unwrap_or(c))
            }
            0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF => out.push(c),
            0x1FB3 => out.push('\u{1FBC}'),
            0x1FC3 => out.push('\u{1FCC}'),
            0x1FF3 => out.push('\u{1FFC}'),
            // Georgian Mkhedruli letters are their own titlecase (uppercase is Mtavruli)
            0x1FBC | 0x1FCC | 0x1FFC | 0x10D0..=0x10FA | 0x10FD..=0x10FF => out.push(c),
            _ => out.extend(c.to_uppercase()),
        },
    }
}

/// The lowercase of `cs[i]` in its context (`lower_ucs4`): a capital sigma ending a word
/// becomes a final sigma (`handle_capital_sigma`).
fn lower_at(cs: &[char], i: usize, out: &mut String) {
    use crate::modules::unicodedata::is_case_ignorable;
    if cs[i] != '\u{03A3}' {
        out.extend(cs[i].to_lowercase());
        return;
    }
    let before = cs[..i].iter().rev().find(|&&c| !is_case_ignorable(c));
    let after = cs[i + 1..].iter().find(|&&c| !is_case_ignorable(c));
    let last = before.is_some_and(|&c| is_cased(c)) && !after.is_some_and(|&c| is_cased(c));
    out.push(if last { '\u{03C2}' } else { '\u{03C3}' });
}

fn str_casefold(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // _PyUnicode_ToFoldedFull: in Unicode 15's CaseFolding.txt (C + F), the full fold of a
    // character is the lowercase of its uppercase, but for the exceptions below.
    let t = this(vm, &a)?;
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        match c {
            _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            // dotless i, and Cherokee, whose capitals are the folded form
            '\u{0131}' | '\u{13A0}'..='\u{13F5}' => out.push(c),
            '\u{13F8}'..='\u{13FD}' | '\u{AB70}'..='\u{ABBF}' => out.extend(c.to_uppercase()),
            '\u{1E9E}' => out.push_str("ss"),
            _ => out.extend(c.to_uppercase().flat_map(char::to_lowercase)),
        }
    }
    Ok(s(out))
}
fn str_swapcase(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    let mut out = String::with_capacity(t.len());
    let cs: Vec<char> = t.chars().collect();
    for (i, &c) in cs.iter().enumerate() {
        if c.is_uppercase() {
            lower_at(&cs, i, &mut out);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(s(out))
}
fn str_capitalize(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // 3.12: the first character titlecased, the rest lowercased.
    let t = this(vm, &a)?;
    let cs: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    if let Some(&c) = cs.first() {
        title_full(c, &mut out);
        for i in 1..cs.len() {
            lower_at(&cs, i, &mut out);
        }
    }
    Ok(s(out))
}
fn str_title(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    let mut out = String::new();
    let mut prev_cased = false;
    let cs: Vec<char> = t.chars().collect();
    for (i, &c) in cs.iter().enumerate() {
        if prev_cased {
            lower_at(&cs, i, &mut out);
        } else {
            title_full(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    Ok(s(out))
}

fn strip_chars(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Option<Vec<char>>> {
    Ok(arg_str(vm, a, 1, name)?.map(|c| c.chars().collect()))
}
fn str_strip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    Ok(s(match strip_chars(vm, &a, "strip")? {
        Some(cs) => t.trim_matches(|c| cs.contains(&c)).to_string(),
        None => t.trim_matches(py_space).to_string(),
    }))
}
fn str_lstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    Ok(s(match strip_chars(vm, &a, "lstrip")? {
        Some(cs) => t.trim_start_matches(|c| cs.contains(&c)).to_string(),
        None => t.trim_start_matches(py_space).to_string(),
    }))
}
fn str_rstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    Ok(s(match strip_chars(vm, &a, "rstrip")? {
        Some(cs) => t.trim_end_matches(|c| cs.contains(&c)).to_string(),
        None => t.trim_end_matches(py_space).to_string(),
    }))
}

fn split_impl(vm: &mut Vm, a: &Args, right: bool) -> PyResult<Value> {
    let t = this(vm, a)?;
    let sep = match a.pos.get(1).cloned().or_else(|| a.kwarg("sep")) {
        None | Some(Value::None) => None,
        Some(Value::Str(x)) => Some(x),
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("must be str or None, not {tn}")));
        }
    };
    let maxsplit = match a.pos.get(2).cloned().or_else(|| a.kwarg("maxsplit")) {
        Some(v) => vm.index_value(&v)?,
        None => -1,
    };
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let parts: Vec<String> = match sep {
        Some(sep) => {
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if right {
                let mut v: Vec<String> = t
                    .rsplitn(max.saturating_add(1), &*sep)
                    .map(String::from)
                    .collect();
                v.reverse();
                v
            } else {
                t.splitn(max.saturating_add(1), &*sep)
                    .map(String::from)
                    .collect()
            }
        }
        None => {
            let mut out = Vec::new();
            if right {
                let mut rest = t.trim_end_matches(py_space);
                while !rest.is_empty() {
                    if out.len() == max {
                        out.push(rest.trim_end_matches(py_space).to_string());
                        break;
                    }
                    match rest.rfind(py_space) {
                        Some(i) => {
                            let w = &rest[i..];
                            let wc = w.chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                            out.push(rest[i + wc..].to_string());
                            rest = rest[..i].trim_end_matches(py_space);
                        }
                        None => {
                            out.push(rest.to_string());
                            break;
                        }
                    }
                }
                out.reverse();
            } else {
                let mut rest = t.trim_start_matches(py_space);
                while !rest.is_empty() {
                    if out.len() == max {
                        out.push(rest.to_string());
                        break;
                    }
                    match rest.find(py_space) {
                        Some(i) => {
                            out.push(rest[..i].to_string());
                            rest = rest[i..].trim_start_matches(py_space);
                        }
                        None => {
                            out.push(rest.to_string());
                            break;
                        }
                    }
                }
            }
            out
        }
    };
    Ok(Value::list(parts.into_iter().map(s).collect()))
}
fn str_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    split_impl(vm, &a, false)
}
fn str_rsplit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    split_impl(vm, &a, true)
}
fn str_splitlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    let keep = match a.pos.get(1).cloned().or_else(|| a.kwarg("keepends")) {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut it = t.chars().peekable();
    while let Some(c) = it.next() {
        if matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        ) {
            let mut end = c.to_string();
            if c == '\r' && it.peek() == Some(&'\n') {
                it.next();
                end.push('\n');
            }
            if keep {
                cur.push_str(&end);
            }
            out.push(s(std::mem::take(&mut cur)));
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(s(cur));
    }
    Ok(Value::list(out))
}
fn str_join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sep = this(vm, &a)?;
    if a.pos.len() != 2 {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!("str.join() takes exactly one argument ({n} given)")));
    }
    let arg = &a.pos[1];
    let items = match arg {
        Value::List(_) | Value::Tuple(_) => vm.collect(arg)?,
        // PySequence_Fast: a TypeError of iter() becomes "can only join an iterable".
        _ => match vm.iter(arg) {
            Ok(it) => vm.collect(&it)?,
            Err(e) if vm.err_is(&e, "TypeError") => {
                return Err(vm.type_error("can only join an iterable"))
            }
            Err(e) => return Err(e),
        },
    };
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match it {
            Value::Str(x) => out.push_str(x),
            other => match crate::ops::unwrap_base(other) {
                Some(Value::Str(x)) => out.push_str(&x),
                _ => {
                    let tn = vm.type_name(other);
                    return Err(vm.type_error(format!(
                        "sequence item {i}: expected str instance, {tn} found"
                    )));
                }
            },
        }
    }
    Ok(s(out))
}
fn str_replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    let (Some(Value::Str(old)), Some(Value::Str(new))) = (a.pos.get(1), a.pos.get(2)) else {
        if a.pos.len() < 3 {
            let n = a.pos.len().saturating_sub(1);
            return Err(vm.type_error(format!("replace expected at least 2 arguments, got {n}")));
        }
        let k = if matches!(a.pos[1], Value::Str(_)) {
            2
        } else {
            1
        };
        let tn = vm.type_name(&a.pos[k]);
        return Err(vm.type_error(format!("replace() argument {k} must be str, not {tn}")));
    };
    let count = match a.pos.get(3).cloned().or_else(|| a.kwarg("count")) {
        Some(v) => vm.index_value(&v)?,
        None => -1,
    };
    if count < 0 {
        if old.is_empty() {
            let mut out = String::from(&**new);
            for c in t.chars() {
                out.push(c);
                out.push_str(new);
            }
            return Ok(s(out));
        }
        return Ok(s(t.replace(&**old, new)));
    }
    Ok(s(t.replacen(&**old, new, count as usize)))
}

/// Char-index helpers for find/index/count with start/end (`ADJUST_INDICES`): negative
/// values count from the end, `end` is clipped to the length but `start` is not, so a start
/// past the end finds nothing (`"abc".find("", 4)` is -1).
fn range_args(vm: &mut Vm, a: &Args, len: usize) -> PyResult<(usize, usize)> {
    let mut bound = |v: Option<&Value>, default: usize| -> PyResult<usize> {
        let n = match v {
            Some(Value::None) | None => return Ok(default),
            Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_))) => {
                vm.index_value(v)?
            }
            Some(_) => {
                return Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ))
            }
        };
        Ok(if n < 0 {
            (n + len as i64).max(0) as usize
        } else {
            n as usize
        })
    };
    let start = bound(a.pos.get(2), 0)?;
    let end = bound(a.pos.get(3), len)?.min(len);
    Ok((start, end))
}

fn find_impl(vm: &mut Vm, a: &Args, right: bool) -> PyResult<i64> {
    let t = this(vm, a)?;
    let Some(Value::Str(sub)) = a.pos.get(1).cloned() else {
        let tn = a
            .pos
            .get(1)
            .map(|v| vm.type_name(v))
            .unwrap_or_else(|| Rc::from("nothing"));
        return Err(vm.type_error(format!("must be str, not {tn}")));
    };
    let (ascii, len) = char_len(&t);
    let (start, end) = range_args(vm, a, len)?;
    if start > end {
        return Ok(-1);
    }
    let hay = char_slice(&t, ascii, start, end);
    let pos = if right {
        hay.rfind(&*sub)
    } else {
        hay.find(&*sub)
    };
    Ok(match pos {
        Some(b) if ascii => (start + b) as i64,
        Some(b) => (start + hay[..b].chars().count()) as i64,
        None => -1,
    })
}

/// Whether `t` is ASCII, and its length in chars (bytes when ASCII).
fn char_len(t: &Rc<str>) -> (bool, usize) {
    use crate::objects::str_index;
    (str_index::is_ascii(t), str_index::char_len(t))
}

/// Chars `start..end` of `t` as a str slice (no copy; ASCII strings index bytes directly).
fn char_slice(t: &Rc<str>, ascii: bool, start: usize, end: usize) -> &str {
    if ascii {
        return &t[start.min(t.len())..end.min(t.len())];
    }
    let from = crate::objects::str_index::byte_offset(t, start);
    let to = crate::objects::str_index::byte_offset(t, end.max(start));
    &t[from..to]
}
fn str_find(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &a, false)?))
}
fn str_rfind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &a, true)?))
}
fn str_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = find_impl(vm, &a, false)?;
    if r < 0 {
        return Err(vm.value_error("substring not found"));
    }
    Ok(Value::Int(r))
}
fn str_rindex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = find_impl(vm, &a, true)?;
    if r < 0 {
        return Err(vm.value_error("substring not found"));
    }
    Ok(Value::Int(r))
}
fn str_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    let Some(Value::Str(sub)) = a.pos.get(1).cloned() else {
        return Err(match a.pos.get(1) {
            None => vm.type_error("count() takes at least 1 argument (0 given)"),
            Some(v) => {
                let tn = vm.type_name(v);
                vm.type_error(format!("must be str, not {tn}"))
            }
        });
    };
    let (ascii, len) = char_len(&t);
    let (start, end) = range_args(vm, &a, len)?;
    if start > end {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        // an empty string is found before each character and at the end
        return Ok(Value::Int((end - start) as i64 + 1));
    }
    let hay = char_slice(&t, ascii, start, end);
    Ok(Value::Int(hay.matches(&*sub).count() as i64))
}

fn affix_impl(vm: &mut Vm, a: &Args, end: bool) -> PyResult<Value> {
    let t = this(vm, a)?;
    let (ascii, len) = char_len(&t);
    let (st, en) = range_args(vm, a, len)?;
    let hay = if st <= en {
        char_slice(&t, ascii, st, en)
    } else {
        ""
    };
    let check = |p: &str| {
        if end {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    match a.pos.get(1) {
        Some(Value::Str(p)) => Ok(Value::Bool(st <= en && check(p))),
        Some(Value::Tuple(ps)) => {
            for p in ps.iter() {
                match p {
                    Value::Str(p) => {
                        if st <= en && check(p) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    other => {
                        let tn = vm.type_name(other);
                        return Err(vm.type_error(format!(
                            "tuple for {}with must only contain str, not {tn}",
                            if end { "ends" } else { "starts" }
                        )));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => {
            let tn = other
                .map(|v| vm.type_name(v))
                .unwrap_or_else(|| Rc::from("NoneType"));
            Err(vm.type_error(format!(
                "{}with first arg must be str or a tuple of str, not {tn}",
                if end { "ends" } else { "starts" }
            )))
        }
    }
}
fn str_startswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    affix_impl(vm, &a, false)
}
fn str_endswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    affix_impl(vm, &a, true)
}

fn pad_impl(vm: &mut Vm, a: &Args, how: char) -> PyResult<Value> {
    let t = this(vm, a)?;
    let width = vm.index_value(a.pos.get(1).unwrap_or(&Value::Int(0)))?;
    let fill = match a.pos.get(2) {
        Some(Value::Str(f)) if chars_len(f) == 1 => f.chars().next().unwrap_or(' '),
        Some(Value::Str(_)) => {
            return Err(vm.type_error("The fill character must be exactly one character long"))
        }
        Some(other) => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!(
                "The fill character must be a unicode character, not {tn}"
            )));
        }
        None => ' ',
    };
    let len = chars_len(&t) as i64;
    if width <= len {
        return Ok(Value::Str(t));
    }
    let total = (width - len) as usize;
    let (left, right) = match how {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            // CPython's centering: extra space goes left when width is odd and len even...
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let f = fill.to_string();
    crate::objects::arith::check_alloc(vm, (left + right).saturating_mul(f.len()))?;
    Ok(s(format!("{}{}{}", f.repeat(left), t, f.repeat(right))))
}
fn str_ljust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pad_impl(vm, &a, '<')
}
fn str_rjust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pad_impl(vm, &a, '>')
}
fn str_center(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pad_impl(vm, &a, '^')
}
fn str_zfill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    let width = vm
        .index_value(a.pos.get(1).unwrap_or(&Value::Int(0)))?
        .max(0) as usize;
    let len = chars_len(&t);
    if width <= len {
        return Ok(Value::Str(t));
    }
    let (sign, rest) = match t.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &t[1..]),
        _ => (String::new(), &t[..]),
    };
    crate::objects::arith::check_alloc(vm, width - len)?;
    Ok(s(format!("{sign}{}{rest}", "0".repeat(width - len))))
}

fn pred(vm: &mut Vm, a: &Args, f: impl Fn(char) -> bool) -> PyResult<Value> {
    let t = this(vm, a)?;
    Ok(Value::Bool(!t.is_empty() && t.chars().all(f)))
}
fn str_isdigit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // Py_UNICODE_ISDIGIT: a digit value in the Unicode 15.0 database (superscripts,
    // circled digits; not '½')
    pred(vm, &a, |c| crate::modules::unicodedata::numeric_kind(c).1)
}
fn str_isdecimal(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, &a, |c| crate::modules::unicodedata::numeric_kind(c).0)
}

/// `Py_UNICODE_ISSPACE`: Unicode white space plus the separators U+001C..U+001F, what
/// str.split(), str.strip() and str.isspace() treat as space.
pub fn py_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\x1c'..='\x1f')
}
fn str_isnumeric(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // a numeric value in the Unicode 15.0 database, Unihan's (CJK numerals) included
    pred(vm, &a, |c| crate::modules::unicodedata::numeric_kind(c).2)
}
fn str_isalpha(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // Py_UNICODE_ISALPHA: general category Lu, Ll, Lt, Lm or Lo
    pred(vm, &a, crate::modules::unicodedata::is_letter)
}
fn str_isalnum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, &a, |c| {
        let (dec, dig, num) = crate::modules::unicodedata::numeric_kind(c);
        crate::modules::unicodedata::is_letter(c) || dec || dig || num
    })
}
fn str_isspace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, &a, py_space)
}
fn str_isascii(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    Ok(Value::Bool(t.is_ascii()))
}
fn str_isprintable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    Ok(Value::Bool(t.chars().all(is_printable)))
}
fn str_isidentifier(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    let mut cs = t.chars();
    Ok(Value::Bool(match cs.next() {
        // XID_Start then XID_Continue (`_PyUnicode_IsXidStart`/`Continue`); the four
        // characters Unicode 15.1 added to XID_Continue are not in CPython 3.12's 15.0
        Some(c) => {
            (c == '_' || unicode_ident::is_xid_start(c))
                && cs.all(|c| {
                    unicode_ident::is_xid_continue(c)
                        && !matches!(c, '\u{200C}' | '\u{200D}' | '\u{30FB}' | '\u{FF65}')
                })
        }
        None => false,
    }))
}
fn str_isupper(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    let mut cased = false;
    for c in t.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= c.is_uppercase();
    }
    Ok(Value::Bool(cased))
}
fn str_islower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    let mut cased = false;
    for c in t.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return Ok(Value::Bool(false));
        }
        cased |= c.is_lowercase();
    }
    Ok(Value::Bool(cased))
}
fn str_istitle(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    let mut prev_cased = false;
    let mut any = false;
    for c in t.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            any = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(any))
}

fn partition_impl(vm: &mut Vm, a: &Args, right: bool) -> PyResult<Value> {
    let t = this(vm, a)?;
    let sep = match a.pos.get(1) {
        Some(Value::Str(sep)) => sep.clone(),
        other => {
            let tn = other.map_or("nothing".into(), |v| vm.type_name(v));
            return Err(vm.type_error(format!("must be str, not {tn}")));
        }
    };
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let pos = if right { t.rfind(&*sep) } else { t.find(&*sep) };
    Ok(match pos {
        Some(i) => Value::tuple(vec![
            s(&t[..i]),
            Value::Str(sep.clone()),
            s(&t[i + sep.len()..]),
        ]),
        None => {
            if right {
                Value::tuple(vec![s(""), s(""), Value::Str(t)])
            } else {
                Value::tuple(vec![Value::Str(t), s(""), s("")])
            }
        }
    })
}
fn str_partition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    partition_impl(vm, &a, false)
}
fn str_rpartition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    partition_impl(vm, &a, true)
}
fn str_removeprefix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    if matches!(a.pos.get(1), Some(Value::None)) {
        return Err(vm.type_error("removeprefix() argument must be str, not None"));
    }
    let p = arg_str(vm, &a, 1, "removeprefix()")?.unwrap_or_else(|| Rc::from(""));
    Ok(s(t.strip_prefix(&*p).unwrap_or(&t)))
}
fn str_removesuffix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    if matches!(a.pos.get(1), Some(Value::None)) {
        return Err(vm.type_error("removesuffix() argument must be str, not None"));
    }
    let p = arg_str(vm, &a, 1, "removesuffix()")?.unwrap_or_else(|| Rc::from(""));
    if p.is_empty() {
        return Ok(Value::Str(t));
    }
    Ok(s(t.strip_suffix(&*p).unwrap_or(&t)))
}
fn str_encode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    crate::objects::bytes::check_codec_args(vm, &a, "encode")?;
    // the usual call, s.encode() / s.encode('utf-8'): the UTF-8 bytes as they are
    let plain_utf8 = a.kw.is_empty()
        && match a.pos.get(1) {
            None => true,
            Some(Value::Str(e)) => a.pos.len() == 2 && matches!(&**e, "utf-8" | "utf8"),
            Some(_) => false,
        };
    if plain_utf8 {
        return Ok(Value::Bytes(Rc::from(t.as_bytes())));
    }
    let enc = a
        .pos
        .get(1)
        .cloned()
        .or_else(|| a.kwarg("encoding"))
        .and_then(|v| v.as_str().map(|x| x.to_lowercase()))
        .unwrap_or_else(|| "utf-8".into());
    match enc.replace('_', "-").as_str() {
        "utf-8" | "utf8" => Ok(Value::Bytes(t.as_bytes().to_vec().into())),
        codec @ ("idna" | "punycode") => crate::objects::bytes::lib_codec(vm, codec, true, &a),
        "utf-8-sig" | "utf8-sig" => {
            let mut b = b"\xef\xbb\xbf".to_vec();
            b.extend_from_slice(t.as_bytes());
            Ok(Value::Bytes(b.into()))
        }
        "ascii" | "us-ascii" | "latin-1" | "latin1" | "iso-8859-1" | "l1" => {
            let ascii = enc == "ascii" || enc == "us-ascii";
            let limit: u32 = if ascii { 0x80 } else { 0x100 };
            let errors = crate::objects::bytes::errors_arg(&a);
            if t.is_ascii() {
                return Ok(Value::Bytes(Rc::from(t.as_bytes())));
            }
            let chars: Vec<char> = t.chars().collect();
            let mut out = Vec::new();
            let mut i = 0;
            while i < chars.len() {
                let c = chars[i];
                if (c as u32) < limit {
                    out.push(c as u32 as u8);
                    i += 1;
                    continue;
                }
                match errors.as_str() {
                    "ignore" => {}
                    "replace" => out.push(b'?'),
                    "backslashreplace" | "namereplace" => {
                        let n = c as u32;
                        let name = match errors.as_str() {
                            "namereplace" => crate::modules::unicodedata::char_name(n),
                            _ => None,
                        };
                        let esc = if let Some(name) = name {
                            format!("\\N{{{name}}}")
                        } else if n < 0x100 {
                            format!("\\x{n:02x}")
                        } else if n < 0x10000 {
                            format!("\\u{n:04x}")
                        } else {
                            format!("\\U{n:08x}")
                        };
                        out.extend_from_slice(esc.as_bytes());
                    }
                    "xmlcharrefreplace" => {
                        out.extend_from_slice(format!("&#{};", c as u32).as_bytes())
                    }
                    "strict" => {
                        // The run of unencodable characters, as CPython reports it.
                        let mut j = i + 1;
                        while j < chars.len() && chars[j] as u32 >= limit {
                            j += 1;
                        }
                        let codec = if ascii { "ascii" } else { "latin-1" };
                        let why = format!("ordinal not in range({limit})");
                        return Err(crate::objects::exceptions::unicode_error(
                            vm,
                            "UnicodeEncodeError",
                            codec,
                            Value::Str(t.clone()),
                            i,
                            j,
                            &why,
                        ));
                    }
                    other => {
                        return Err(vm.new_error(
                            "LookupError",
                            format!("unknown error handler name '{other}'"),
                        ))
                    }
                }
                i += 1;
            }
            Ok(Value::Bytes(out.into()))
        }
        e @ ("unicode-escape" | "raw-unicode-escape") => {
            // unicode_escape writes repr-like escapes; the raw form only escapes past U+00FF
            let raw = e.starts_with("raw");
            let mut out = Vec::new();
            for c in t.chars() {
                let n = c as u32;
                match c {
                    _ if raw && n < 0x100 => out.push(n as u8),
                    '\\' => out.extend_from_slice(b"\\\\"),
                    '\t' => out.extend_from_slice(b"\\t"),
                    '\n' => out.extend_from_slice(b"\\n"),
                    '\r' => out.extend_from_slice(b"\\r"),
                    ' '..='~' => out.push(n as u8),
                    _ if n < 0x100 => out.extend_from_slice(format!("\\x{n:02x}").as_bytes()),
                    _ if n < 0x10000 => out.extend_from_slice(format!("\\u{n:04x}").as_bytes()),
                    _ => out.extend_from_slice(format!("\\U{n:08x}").as_bytes()),
                }
            }
            Ok(Value::Bytes(out.into()))
        }
        other => match wide_codec(other) {
            Some((unit, order)) => Ok(Value::Bytes(encode_wide(&t, unit, order).into())),
            None => match crate::objects::charmap::find(&enc) {
                Some(table) => {
                    let errors = crate::objects::bytes::errors_arg(&a);
                    let out = crate::objects::charmap::encode(vm, &t, table, &errors)?;
                    Ok(Value::Bytes(out.into()))
                }
                None => Err(vm.new_error("LookupError", format!("unknown encoding: {other}"))),
            },
        },
    }
}

/// UTF-16 and UTF-32 codec names (any case, `_` or `-` or nothing between the parts): the code
/// unit size in bytes and the byte order — `None` for the plain name, which writes a BOM
/// (little endian, as CPython on this machine) and reads one when it is there.
pub fn wide_codec(name: &str) -> Option<(usize, Option<bool>)> {
    let n: String = name
        .to_lowercase()
        .chars()
        .filter(|c| *c != '-' && *c != '_')
        .collect();
    let (unit, rest) = if let Some(r) = n.strip_prefix("utf16") {
        (2, r)
    } else if let Some(r) = n.strip_prefix("utf32") {
        (4, r)
    } else {
        return None;
    };
    match rest {
        "" => Some((unit, None)),
        "le" => Some((unit, Some(false))),
        "be" => Some((unit, Some(true))),
        _ => None,
    }
}

/// Encodes as UTF-16/UTF-32 in the order given, with a little-endian BOM when it is `None`.
pub fn encode_wide(t: &str, unit: usize, order: Option<bool>) -> Vec<u8> {
    let big = order == Some(true);
    let mut out = Vec::with_capacity(t.len() * unit + unit);
    let mut push = |v: u32| {
        let bytes = v.to_le_bytes();
        let mut b = bytes[..unit].to_vec();
        if big {
            b.reverse();
        }
        out.extend_from_slice(&b);
    };
    if order.is_none() {
        push(0xfeff);
    }
    for c in t.chars() {
        if unit == 4 {
            push(c as u32);
        } else {
            let mut buf = [0u16; 2];
            for u in c.encode_utf16(&mut buf) {
                push(*u as u32);
            }
        }
    }
    out
}

/// Decodes UTF-16/UTF-32 bytes; `Err` holds the position and reason of the first bad unit
/// and the byte order read (CPython names the codec by it: `utf-16-le`).
pub fn decode_wide(
    data: &[u8],
    unit: usize,
    order: Option<bool>,
    lossy: bool,
) -> Result<String, (usize, &'static str, bool)> {
    let mut data = data;
    let mut big = order == Some(true);
    let mut base = 0;
    if order.is_none() && data.len() >= unit {
        let le_bom: &[u8] = if unit == 2 {
            &[0xff, 0xfe]
        } else {
            &[0xff, 0xfe, 0, 0]
        };
        let be_bom: &[u8] = if unit == 2 {
            &[0xfe, 0xff]
        } else {
            &[0, 0, 0xfe, 0xff]
        };
        if data.starts_with(le_bom) {
            data = &data[unit..];
            base = unit;
        } else if data.starts_with(be_bom) {
            data = &data[unit..];
            base = unit;
            big = true;
        }
    }
    let read = |i: usize| -> u32 {
        let mut v = 0u32;
        for k in 0..unit {
            let b = data[i + if big { k } else { unit - 1 - k }] as u32;
            v = (v << 8) | b;
        }
        v
    };
    let mut out = String::new();
    let mut i = 0;
    while i + unit <= data.len() {
        let v = read(i);
        i += unit;
        if unit == 4 {
            match char::from_u32(v) {
                Some(c) => out.push(c),
                None if lossy => out.push('\u{fffd}'),
                None => return Err((base + i - unit, "code point not in range(0x110000)", big)),
            }
            continue;
        }
        if (0xd800..0xdc00).contains(&v) {
            if i + 2 <= data.len() {
                let w = read(i);
                if (0xdc00..0xe000).contains(&w) {
                    i += 2;
                    let c = 0x10000 + ((v - 0xd800) << 10) + (w - 0xdc00);
                    out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    continue;
                }
            }
            if lossy {
                out.push('\u{fffd}');
                continue;
            }
            return Err((base + i - 2, "illegal UTF-16 surrogate", big));
        }
        match char::from_u32(v) {
            Some(c) => out.push(c),
            None if lossy => out.push('\u{fffd}'),
            None => return Err((base + i - 2, "illegal encoding", big)),
        }
    }
    if i < data.len() {
        if lossy {
            out.push('\u{fffd}');
        } else {
            return Err((base + i, "truncated data", big));
        }
    }
    Ok(out)
}
fn str_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    // a METH_VARARGS|METH_KEYWORDS method: its call takes a unit of the C recursion budget
    let r = vm.with_c(" while calling a Python object", |vm| {
        crate::objects::format::str_format(vm, &t, &a.pos[1..], &a.kw)
    })?;
    Ok(s(r))
}
fn str_format_map(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    let m = a.pos.get(1).cloned().unwrap_or(Value::None);
    let r = crate::objects::format::str_format_map(vm, &t, &m)?;
    Ok(s(r))
}
fn str_expandtabs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    let size = match a.pos.get(1).cloned().or_else(|| a.kwarg("tabsize")) {
        Some(v) => vm.index_value(&v)?,
        None => 8,
    };
    if size > i32::MAX as i64 || size < i32::MIN as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    let mut out = String::new();
    let mut col = 0i64;
    for c in t.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(s(out))
}
fn str_translate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a)?;
    let table = a.pos.get(1).cloned().unwrap_or(Value::None);
    let mut out = String::new();
    for c in t.chars() {
        match vm.getitem(&table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(Value::Str(r)) => out.push_str(&r),
            Ok(Value::Int(i)) => out.push(char::from_u32(i as u32).unwrap_or(c)),
            Ok(_) => {
                return Err(vm.type_error("character mapping must return integer, None or str"))
            }
            Err(e) if vm.err_is(&e, "LookupError") => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(s(out))
}
fn str_maketrans(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = vm.new_dict();
    let args: Vec<Value> = a
        .pos
        .iter()
        .filter(|v| !matches!(v, Value::Type(_)))
        .cloned()
        .collect();
    if !a.kw.is_empty() {
        return Err(vm.type_error("str.maketrans() takes no keyword arguments"));
    }
    match args.len() {
        0 => return Err(vm.type_error("maketrans expected at least 1 argument, got 0")),
        n if n > 3 => {
            return Err(vm.type_error(format!("maketrans expected at most 3 arguments, got {n}")))
        }
        _ => {}
    }
    for (i, v) in args.iter().enumerate().skip(1) {
        if !matches!(v, Value::Str(_)) {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!(
                "maketrans() argument {} must be str, not {tn}",
                i + 1
            )));
        }
    }
    match args.as_slice() {
        [Value::Dict(m)] => {
            let items = m.borrow().items();
            for (k, v) in items {
                let k =
                    match k {
                        Value::Str(x) if chars_len(&x) == 1 => {
                            Value::Int(x.chars().next().unwrap_or('\0') as i64)
                        }
                        Value::Str(_) => {
                            return Err(vm
                                .value_error("string keys in translate table must be of length 1"))
                        }
                        k @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) => k,
                        _ => {
                            return Err(vm
                                .type_error("keys in translate table must be strings or integers"))
                        }
                    };
                vm.dict_set(&d, k, v)?;
            }
        }
        [_] => {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            )
        }
        [x, _, ..] if !matches!(x, Value::Str(_)) => {
            return Err(vm.type_error(
                "first maketrans argument must be a string if there is a second argument",
            ))
        }
        [Value::Str(x), Value::Str(y), rest @ ..] => {
            if chars_len(x) != chars_len(y) {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (c1, c2) in x.chars().zip(y.chars()) {
                vm.dict_set(&d, Value::Int(c1 as i64), Value::Int(c2 as i64))?;
            }
            if let Some(Value::Str(z)) = rest.first() {
                for c in z.chars() {
                    vm.dict_set(&d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        _ => return Err(vm.type_error("maketrans() argument error")),
    }
    Ok(Value::Dict(d))
}

fn str_getnewargs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::tuple(vec![Value::Str(this(vm, &a)?)]))
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.str_.clone();
    let methods: &[(&str, crate::objects::function::NativeFn)] = &[
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("swapcase", str_swapcase),
        ("capitalize", str_capitalize),
        ("title", str_title),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("join", str_join),
        ("replace", str_replace),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("center", str_center),
        ("zfill", str_zfill),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isascii", str_isascii),
        ("isprintable", str_isprintable),
        ("isidentifier", str_isidentifier),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("encode", str_encode),
        ("format", str_format),
        ("format_map", str_format_map),
        ("expandtabs", str_expandtabs),
        ("translate", str_translate),
        ("__getnewargs__", str_getnewargs),
    ];
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
    vm.add_staticmethod(&t, "maketrans", str_maketrans);
}

#[cfg(test)]
mod append_tests {
    use super::append_in_place;
    use std::rc::Rc;

    #[test]
    fn grows_only_unshared_strings() {
        let mut s: Rc<str> = Rc::from("ab");
        for _ in 0..1000 {
            assert!(append_in_place(&mut s, "é"));
        }
        assert_eq!(s.chars().count(), 1002);
        assert!(s.starts_with("abéé"));
        let shared = s.clone();
        assert!(!append_in_place(&mut s, "x"));
        assert_eq!(&*s, &*shared);
        drop(shared);
        let weak = Rc::downgrade(&s);
        assert!(!append_in_place(&mut s, "x"));
        drop(weak);
        assert!(!append_in_place(&mut s, ""));
        assert!(append_in_place(&mut s, "z"));
        assert!(s.ends_with("éz"));
    }
}
