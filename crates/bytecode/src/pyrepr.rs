//! `repr()` of the values a code object holds as constants, exactly as CPython 3.12 writes
//! them (`unicode_repr`, `bytes_repr`, `float_repr`, `complex_repr`, tuple and frozenset
//! reprs). `dis` uses these for LOAD_CONST; the VM can reuse them for its own objects.

use crate::code::{CodeObject, Constant};
use crate::unicode_printable::NON_PRINTABLE;

/// `Py_UNICODE_ISPRINTABLE`.
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    NON_PRINTABLE
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_err()
}

/// `repr(str)`: single quotes unless the text has a single quote and no double quote.
pub fn str_repr(s: &str) -> String {
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
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if c.is_ascii() || is_printable(c) => out.push(c),
            c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// `repr(bytes)`.
pub fn bytes_repr(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(bytes.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b if b == quote => {
                out.push('\\');
                out.push(b as char);
            }
            b if !(0x20..0x7f).contains(&b) => out.push_str(&format!("\\x{b:02x}")),
            b => out.push(b as char),
        }
    }
    out.push(quote as char);
    out
}

/// The shortest digits that read back as `x` and the decimal exponent of the first one
/// (`x = 0.d1d2d3... * 10**decpt`), for finite non-zero `x` (sign ignored).
fn shortest_digits(x: f64) -> (String, i32) {
    // Rust's `{:e}` prints the shortest round-trip digits, as CPython's `repr` does.
    let sci = format!("{:e}", x.abs());
    let (mantissa, exponent) = sci.split_once('e').unwrap_or((&sci, "0"));
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits }.to_string();
    let decpt = exponent.parse::<i32>().unwrap_or(0) + 1;
    (nearest_shortest(x.abs(), digits, decpt), decpt)
}

/// Among the shortest digit strings that round-trip, CPython (`_Py_dg_dtoa` mode 0) takes the
/// one nearest the exact value, an exact tie going to the even last digit. Rust's shortest
/// form can pick the other neighbour of a tie; check the two neighbours exactly.
fn nearest_shortest(v: f64, digits: String, decpt: i32) -> String {
    use num_bigint::BigInt;
    let n = digits.len() as i32;
    let Ok(d) = digits.parse::<u64>() else {
        return digits;
    };
    let q = decpt - n; // candidate = D * 10**q
    let parse = |d: u64| -> Option<f64> { format!("{d}e{q}").parse::<f64>().ok() };
    let mut alts = Vec::new();
    for c in [d.wrapping_sub(1), d + 1] {
        if c.to_string().len() == digits.len() && parse(c) == Some(v) {
            alts.push(c);
        }
    }
    if alts.is_empty() {
        return digits;
    }
    // v = m * 2**k exactly.
    let bits = v.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, k) = if biased == 0 {
        (frac, -1074i64)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    // Both sides times 10**max(0,-q) * 2**max(0,-k), so both are integers.
    let scale_pow10 = (-q).max(0) as u32;
    let scale_pow2 = (-k).max(0) as usize;
    let exact = BigInt::from(m)
        * BigInt::from(10u8).pow(scale_pow10)
        * (BigInt::from(1u8) << (k.max(0) as usize));
    let dist = |c: u64| -> BigInt {
        let cv = BigInt::from(c)
            * BigInt::from(10u8).pow((q.max(0)) as u32)
            * (BigInt::from(1u8) << scale_pow2);
        let diff = cv - &exact;
        if diff < BigInt::from(0) {
            -diff
        } else {
            diff
        }
    };
    let mut best = d;
    let mut best_dist = dist(d);
    for c in alts {
        let dc = dist(c);
        if dc < best_dist || (dc == best_dist && c % 2 == 0 && best % 2 != 0) {
            best = c;
            best_dist = dc;
        }
    }
    best.to_string()
}

/// `PyOS_double_to_string(x, 'r', 0, flags)`: `add_dot_0` adds `.0` to integral values
/// in fixed notation (as `repr(float)` does; `complex` reprs do not).
fn float_repr_with(x: f64, add_dot_0: bool, always_sign: bool) -> String {
    let sign = if x.is_sign_negative() && !x.is_nan() {
        "-"
    } else if always_sign {
        "+"
    } else {
        ""
    };
    if x.is_nan() {
        return format!("{sign}nan");
    }
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0{}", if add_dot_0 { ".0" } else { "" });
    }
    let (digits, decpt) = shortest_digits(x);
    let n = digits.len() as i32;
    let body = if decpt <= -4 || decpt > 16 {
        // Exponent form: d[.ddd]e±XX with at least two exponent digits.
        let exp = decpt - 1;
        let mantissa = if n > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits.clone()
        };
        let exp_sign = if exp < 0 { '-' } else { '+' };
        format!("{mantissa}e{exp_sign}{:02}", exp.unsigned_abs())
    } else if decpt <= 0 {
        format!("0.{}{digits}", "0".repeat((-decpt) as usize))
    } else if decpt < n {
        format!(
            "{}.{}",
            &digits[..decpt as usize],
            &digits[decpt as usize..]
        )
    } else {
        let zeros = "0".repeat((decpt - n) as usize);
        if add_dot_0 {
            format!("{digits}{zeros}.0")
        } else {
            format!("{digits}{zeros}")
        }
    };
    format!("{sign}{body}")
}

/// `repr(float)`: `0.1`, `1.0`, `1e+16`, `1e-05`, `inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    float_repr_with(x, true, false)
}

/// `repr(complex)`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_repr(real: f64, imag: f64) -> String {
    if real == 0.0 && real.is_sign_positive() {
        format!("{}j", float_repr_with(imag, false, false))
    } else {
        format!(
            "({}{}j)",
            float_repr_with(real, false, false),
            float_repr_with(imag, false, true)
        )
    }
}

/// How `dis` shows constants. The defaults are pyrepr's; the VM overrides them to show its
/// own objects (code object addresses, the iteration order of its frozensets).
pub trait CodeRepr {
    /// `<code object NAME at 0x..., file "FILE", line N>`.
    fn code_repr(&self, code: &CodeObject) -> String {
        format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            code.name, code as *const CodeObject as usize, code.filename, code.firstlineno
        )
    }

    /// `repr(code.co_consts[index])` (`index` is in range).
    fn const_repr(&self, code: &CodeObject, index: usize) -> String {
        constant_repr(&code.consts[index], self)
    }
}

/// Code object reprs with the code object's own address.
pub struct DefaultCodeRepr;

impl CodeRepr for DefaultCodeRepr {}

/// `repr()` of a constant.
pub fn constant_repr<R: CodeRepr + ?Sized>(constant: &Constant, code_repr: &R) -> String {
    match constant {
        Constant::None => "None".to_string(),
        Constant::Ellipsis => "Ellipsis".to_string(),
        Constant::Bool(true) => "True".to_string(),
        Constant::Bool(false) => "False".to_string(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(x) => float_repr(*x),
        Constant::Complex { real, imag } => complex_repr(*real, *imag),
        Constant::Str(s) => str_repr(s),
        Constant::Bytes(b) => bytes_repr(b),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(|c| constant_repr(c, code_repr)).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            if items.is_empty() {
                return "frozenset()".to_string();
            }
            // Show the items in CPython's hash-table order when every hash is known;
            // str hashes are randomized per process, so their order is CPython's luck.
            let hashes: Option<Vec<i64>> = items.iter().map(constant_hash).collect();
            let order: Vec<usize> = match hashes {
                Some(hashes) => set_iteration_order(&hashes),
                None => (0..items.len()).collect(),
            };
            let parts: Vec<String> = order
                .into_iter()
                .map(|i| constant_repr(&items[i], code_repr))
                .collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Constant::Code(code) => code_repr.code_repr(code),
    }
}

/// `hash()` of a constant whose hash does not depend on the process: None (a constant in
/// 3.12), bools, ints, floats but NaN (hashed by identity), complex numbers and tuples of
/// those. Strings and bytes are hashed with the process's secret: `None`.
pub fn constant_hash(constant: &Constant) -> Option<i64> {
    use crate::numhash::{hash_bigint, hash_f64, hash_tuple};
    let float = |f: f64| (!f.is_nan()).then(|| hash_f64(f, 0));
    Some(match constant {
        Constant::None => 0xFCA86420,
        Constant::Bool(b) => i64::from(*b),
        Constant::Int(i) => hash_bigint(i),
        Constant::Float(f) => float(*f)?,
        Constant::Complex { real, imag } => {
            let h = float(*real)?.wrapping_add(1000003i64.wrapping_mul(float(*imag)?));
            if h == -1 {
                -2
            } else {
                h
            }
        }
        Constant::Tuple(items) => {
            let hashes: Option<Vec<i64>> = items.iter().map(constant_hash).collect();
            hash_tuple(&hashes?)
        }
        _ => return None,
    })
}

/// The order in which CPython 3.12 iterates a set built by adding items with these hashes
/// one by one (`set_add_entry`, `set_table_resize` and `set_insert_clean` in
/// `setobject.c`). Items with equal hashes are taken to be distinct.
pub fn set_iteration_order(hashes: &[i64]) -> Vec<usize> {
    const MIN_SIZE: usize = 8;
    const LINEAR_PROBES: usize = 9;
    const PERTURB_SHIFT: u32 = 5;

    /// Places `item` in the first free slot of its probe sequence.
    fn insert(table: &mut [Option<usize>], hash: i64, item: usize) {
        let mask = table.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            if let Some(slot) = table[i..=i + probes].iter_mut().find(|s| s.is_none()) {
                *slot = Some(item);
                return;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    let mut table: Vec<Option<usize>> = vec![None; MIN_SIZE];
    let mut used = 0usize;
    for (item, &hash) in hashes.iter().enumerate() {
        insert(&mut table, hash, item);
        used += 1;
        let mask = table.len() - 1;
        if used * 5 >= mask * 3 {
            let min_used = if used > 50000 { used * 2 } else { used * 4 };
            let mut size = MIN_SIZE;
            while size <= min_used {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for moved in old.into_iter().flatten() {
                insert(&mut table, hashes[moved], moved);
            }
        }
    }
    table.into_iter().flatten().collect()
}

/// How many times CPython 3.12 fills the hash table of a frozenset constant before a code
/// object holds it; each fill inserts the items in the previous table's order, so colliding
/// items can swap places. Once from the literal's items; once more when the compiler's
/// constant cache first registers it (`merge_consts_recursive` rebuilds it); and a third
/// time when `_PyCode_New` interns the set's name-like strings and one of them is replaced
/// by an equal string interned before (`intern_constants` then rebuilds the set).
/// `interned_before` says which strings were: pydive answers for the identifiers of the
/// module (CPython's parser interns every name) and [`INTERNED_ONE_CHAR`].
pub fn frozenset_fills(items: &[Constant], interned_before: &dyn Fn(&str) -> bool) -> usize {
    let replaced = items.iter().any(|item| match item {
        Constant::Str(s) => is_name_like(s) && interned_before(s),
        _ => false,
    });
    if replaced {
        3
    } else {
        2
    }
}

/// One-character strings that CPython 3.12 keeps as static identifiers of their own, so a
/// literal's (shared one-character) string is replaced when interned; other one-character
/// strings intern in place.
pub const INTERNED_ONE_CHAR: &str = "abcdenprsx_";

/// `all_name_chars` of codeobject.c: only such strings are interned in constants.
fn is_name_like(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The identifiers of a module's code objects, nested ones included: the names CPython's
/// parser has interned by the time the module's code objects are made.
pub fn code_identifiers(code: &CodeObject) -> std::collections::HashSet<std::sync::Arc<str>> {
    fn walk(code: &CodeObject, out: &mut std::collections::HashSet<std::sync::Arc<str>>) {
        out.insert(code.name.clone());
        out.extend(code.names.iter().cloned());
        out.extend(code.localsplusnames.iter().cloned());
        for c in &code.consts {
            if let Constant::Code(inner) = c {
                walk(inner, out);
            }
        }
    }
    let mut out = std::collections::HashSet::new();
    walk(code, &mut out);
    out
}

/// Whether `s` was interned before a frozenset constant of a module whose identifiers are
/// `identifiers` was made (see [`frozenset_fills`]).
pub fn interned_before(
    identifiers: &std::collections::HashSet<std::sync::Arc<str>>,
    s: &str,
) -> bool {
    // A one-character str is one shared object, which an identifier interns in place.
    if s.len() == 1 {
        INTERNED_ONE_CHAR.contains(s)
    } else {
        identifiers.contains(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_like_cpython() {
        let cases = [
            (0.1, "0.1"),
            (1.0, "1.0"),
            (-0.0, "-0.0"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123456789012345680.0, "1.2345678901234568e+17"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1.5e-7, "1.5e-07"),
            (1e100, "1e+100"),
            (2.5, "2.5"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (0.3, "0.3"),
            (1.0 / 3.0, "0.3333333333333333"),
            // An exact tie between two shortest candidates goes to the even digit.
            (1000000000000000.3, "1000000000000000.2"),
            (9007199254740993.0, "9007199254740992.0"),
        ];
        for (x, expected) in cases {
            assert_eq!(float_repr(x), expected, "{x:e}");
        }
    }

    #[test]
    fn complex_like_cpython() {
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(0.0, 1.5), "1.5j");
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(complex_repr(1.0, f64::INFINITY), "(1+infj)");
        assert_eq!(complex_repr(0.0, 1e16), "1e+16j");
    }

    #[test]
    fn strings_like_cpython() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(str_repr("a\tb\nc\rd\\"), "'a\\tb\\nc\\rd\\\\'");
        assert_eq!(str_repr("\x00\x1f\x7f"), "'\\x00\\x1f\\x7f'");
        assert_eq!(str_repr("é€😀"), "'é€😀'");
        assert_eq!(
            str_repr("\u{a0}\u{ad}\u{200b}\u{e000}"),
            "'\\xa0\\xad\\u200b\\ue000'"
        );
        assert_eq!(str_repr("\u{e0001}"), "'\\U000e0001'");
        assert_eq!(bytes_repr(b"a'b"), "b\"a'b\"");
        assert_eq!(bytes_repr(b"\x00\xff\\'\""), "b'\\x00\\xff\\\\\\'\"'");
    }

    #[test]
    fn containers() {
        let t = Constant::Tuple(vec![Constant::Int(1.into())].into());
        assert_eq!(constant_repr(&t, &DefaultCodeRepr), "(1,)");
        let t = Constant::Tuple(vec![Constant::None, Constant::Str("x".into())].into());
        assert_eq!(constant_repr(&t, &DefaultCodeRepr), "(None, 'x')");
        let f = Constant::FrozenSet(vec![Constant::Int(1.into()), Constant::Int(2.into())].into());
        assert_eq!(constant_repr(&f, &DefaultCodeRepr), "frozenset({1, 2})");
        // Orders CPython 3.12 prints: 8 takes slot 0; 4 collides with 100, then a resize.
        let ints =
            |v: &[i64]| Constant::FrozenSet(v.iter().map(|&i| Constant::Int(i.into())).collect());
        assert_eq!(
            constant_repr(&ints(&[1, 8, 9]), &DefaultCodeRepr),
            "frozenset({8, 1, 9})"
        );
        assert_eq!(
            constant_repr(&ints(&[-1, 0, 5, 100, 4]), &DefaultCodeRepr),
            "frozenset({0, 4, 100, 5, -1})"
        );
        let e = Constant::FrozenSet(Vec::new().into());
        assert_eq!(constant_repr(&e, &DefaultCodeRepr), "frozenset()");
    }
}
