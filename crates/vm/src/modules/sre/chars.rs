//! One-character tests of pydive's `re`: categories (`\d \s \w`), case folding and `[...]`
//! sets, decided on code points (a bytes subject's bytes are code points 0..=255).
//!
//! The rules are CPython's `_sre` ones as `lib/re`'s Python engine had them: `\w` is
//! `str.isalnum()` or `_`, `\d` is `str.isdecimal()`, `\s` is `str.isspace()` (ASCII forms
//! under `re.ASCII`/`re.LOCALE` and for bytes); IGNORECASE compares the simple lowercase
//! forms, plus the few characters sre's `_EQUIVALENCES` table pairs up.

use crate::modules::unicodedata::{is_letter, numeric_kind};

/// Characters equal ignoring case besides what lower() says (CPython's re/_casefix.py).
const EQUIVALENCES: &[&[u32]] = &[
    &[0x69, 0x131],
    &[0x73, 0x17f],
    &[0xb5, 0x3bc],
    &[0x345, 0x3b9, 0x1fbe],
    &[0x390, 0x1fd3],
    &[0x3b0, 0x1fe3],
    &[0x3b2, 0x3d0],
    &[0x3b5, 0x3f5],
    &[0x3b8, 0x3d1],
    &[0x3ba, 0x3f0],
    &[0x3c0, 0x3d6],
    &[0x3c1, 0x3f1],
    &[0x3c2, 0x3c3],
    &[0x3c6, 0x3d5],
    &[0x432, 0x1c80],
    &[0x434, 0x1c81],
    &[0x43e, 0x1c82],
    &[0x441, 0x1c83],
    &[0x442, 0x1c84, 0x1c85],
    &[0x44a, 0x1c86],
    &[0x463, 0x1c87],
    &[0x1c88, 0xa64b],
    &[0x1e61, 0x1e9b],
    &[0xfb05, 0xfb06],
];

/// The equivalence group holding `c`, if any.
pub fn extra(c: u32) -> Option<&'static [u32]> {
    EQUIVALENCES.iter().copied().find(|g| g.contains(&c))
}

/// The simple (one character) lowercase mapping, as `str.lower()` when it gives one
/// character; U+0130 maps to 'i'.
pub fn lower(c: u32) -> u32 {
    if c < 0x80 {
        return if (0x41..=0x5a).contains(&c) {
            c + 32
        } else {
            c
        };
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_lowercase();
    match (it.next(), it.next()) {
        (Some(l), None) => l as u32,
        _ if c == 0x130 => 0x69,
        _ => c,
    }
}

/// The simple uppercase mapping (`str.upper()` when it gives one character).
pub fn upper(c: u32) -> u32 {
    if c < 0x80 {
        return if (0x61..=0x7a).contains(&c) {
            c - 32
        } else {
            c
        };
    }
    let Some(ch) = char::from_u32(c) else {
        return c;
    };
    let mut it = ch.to_uppercase();
    match (it.next(), it.next()) {
        (Some(u), None) => u as u32,
        _ => c,
    }
}

pub fn ascii_lower(c: u32) -> u32 {
    if (0x41..=0x5a).contains(&c) {
        c + 32
    } else {
        c
    }
}

/// Whether IGNORECASE changes what `c` matches.
pub fn has_case(c: u32, ascii: bool) -> bool {
    if ascii {
        return c < 0x80 && (c as u8).is_ascii_alphabetic();
    }
    lower(c) != c || upper(c) != c || extra(c).is_some()
}

/// The lowercase form of `c` and its special equivalents.
pub fn fold_set(c: u32, ascii: bool) -> Vec<u32> {
    if ascii {
        return vec![ascii_lower(c)];
    }
    let low = lower(c);
    match extra(low) {
        Some(g) => {
            let mut v = vec![low];
            v.extend(g.iter().copied().filter(|&x| x != low));
            v
        }
        None => vec![low],
    }
}

/// Whether `b` equals `a` ignoring case, as sre's *_IGNORE opcodes decide (back-references).
pub fn icase_eq(a: u32, b: u32, ascii: bool) -> bool {
    if ascii {
        return ascii_lower(a) == ascii_lower(b);
    }
    let lb = lower(b);
    fold_set(a, false).contains(&lb)
}

fn isalnum(c: u32) -> bool {
    if c < 0x80 {
        return (c as u8).is_ascii_alphanumeric();
    }
    let Some(ch) = char::from_u32(c) else {
        return false;
    };
    let (dec, dig, num) = numeric_kind(ch);
    is_letter(ch) || dec || dig || num
}

pub fn is_word(c: u32, ascii: bool) -> bool {
    if c < 0x80 {
        return c == 0x5f || (c as u8).is_ascii_alphanumeric();
    }
    !ascii && isalnum(c)
}

fn is_digit(c: u32, ascii: bool) -> bool {
    if c < 0x80 {
        return (0x30..=0x39).contains(&c);
    }
    !ascii && char::from_u32(c).is_some_and(|ch| numeric_kind(ch).0)
}

fn is_space(c: u32, ascii: bool) -> bool {
    if c < 0x80 {
        return matches!(c, 0x20 | 0x09..=0x0d) || (!ascii && (0x1c..=0x1f).contains(&c));
    }
    !ascii && char::from_u32(c).is_some_and(crate::objects::str::py_space)
}

/// `\d \D \s \S \w \W`.
#[derive(Clone, Copy, Debug)]
pub enum Cat {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

impl Cat {
    pub fn from_name(name: &str) -> Option<Cat> {
        Some(match name {
            "d" => Cat::Digit,
            "D" => Cat::NotDigit,
            "s" => Cat::Space,
            "S" => Cat::NotSpace,
            "w" => Cat::Word,
            "W" => Cat::NotWord,
            _ => return None,
        })
    }

    pub fn test(self, c: u32, ascii: bool) -> bool {
        match self {
            Cat::Digit => is_digit(c, ascii),
            Cat::NotDigit => !is_digit(c, ascii),
            Cat::Space => is_space(c, ascii),
            Cat::NotSpace => !is_space(c, ascii),
            Cat::Word => is_word(c, ascii),
            Cat::NotWord => !is_word(c, ascii),
        }
    }
}

/// A `[...]` set: single characters (sorted; folded under IGNORECASE), ranges and
/// categories, maybe negated.
///
/// Under IGNORECASE, as CPython's `_optimize_charset`: every character of the set up to
/// U+FFFF is replaced by its lowercase form and that form's equivalents (`chars`, kept as
/// sorted runs); only a range reaching past U+FFFF stays a range, tested with the subject
/// character's lowercase and uppercase forms (RANGE_UNI_IGNORE).
#[derive(Debug)]
pub struct Charset {
    /// sorted, disjoint runs of member characters
    pub chars: Vec<(u32, u32)>,
    pub ranges: Vec<(u32, u32)>,
    pub cats: Vec<Cat>,
    pub negate: bool,
    pub icase: bool,
    pub ascii: bool,
    /// Membership of the code points below 256, decided once.
    pub low: [bool; 256],
}

impl Charset {
    pub fn new(
        chars: Vec<u32>,
        ranges: Vec<(u32, u32)>,
        cats: Vec<Cat>,
        negate: bool,
        icase: bool,
        ascii: bool,
    ) -> Charset {
        let (mut chars, ranges) = if icase {
            let mut folded: Vec<u32> = chars.iter().flat_map(|&c| fold_set(c, ascii)).collect();
            let mut wide = Vec::new();
            for &(lo, hi) in &ranges {
                for c in lo..=hi.min(0xffff) {
                    folded.extend(fold_set(c, ascii));
                }
                if hi > 0xffff {
                    wide.push((lo, hi));
                }
            }
            (folded, wide)
        } else {
            (chars, ranges)
        };
        chars.sort_unstable();
        chars.dedup();
        let mut runs: Vec<(u32, u32)> = Vec::new();
        for c in chars {
            match runs.last_mut() {
                Some(last) if last.1 + 1 == c => last.1 = c,
                _ => runs.push((c, c)),
            }
        }
        let mut set = Charset {
            chars: runs,
            ranges,
            cats,
            negate,
            icase,
            ascii,
            low: [false; 256],
        };
        for c in 0..256u32 {
            set.low[c as usize] = set.decide(c);
        }
        set
    }

    fn in_chars(&self, c: u32) -> bool {
        let i = self.chars.partition_point(|&(_, hi)| hi < c);
        self.chars.get(i).is_some_and(|&(lo, _)| lo <= c)
    }

    fn contains(&self, c: u32) -> bool {
        self.in_chars(c)
            || self.ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi)
            || self.cats.iter().any(|cat| cat.test(c, self.ascii))
    }

    fn contains_folded(&self, c: u32) -> bool {
        if self.in_chars(c) {
            return true;
        }
        let up = if !self.ascii || c < 0x80 { upper(c) } else { c };
        self.ranges
            .iter()
            .any(|&(lo, hi)| (lo <= c && c <= hi) || (lo <= up && up <= hi))
            || self.cats.iter().any(|cat| cat.test(c, self.ascii))
    }

    fn decide(&self, ch: u32) -> bool {
        let found = if self.icase {
            let c = if self.ascii {
                ascii_lower(ch)
            } else {
                lower(ch)
            };
            self.contains_folded(c)
        } else {
            self.contains(ch)
        };
        found != self.negate
    }

    #[inline]
    pub fn matches(&self, ch: u32) -> bool {
        if ch < 256 {
            self.low[ch as usize]
        } else {
            self.decide(ch)
        }
    }
}

/// The test of an instruction that matches exactly one character.
#[derive(Debug)]
pub enum Pred {
    /// `.` with DOTALL
    Any,
    /// `.`
    NotNewline,
    Eq(u32),
    /// equal ignoring ASCII case to this lowercase letter
    AsciiIcase(u32),
    /// the subject character's lowercase form is this one
    LowerIs(u32),
    /// the subject character's lowercase form is one of these
    LowerIn(Vec<u32>),
    Cat(Cat, bool),
    Set(Box<Charset>),
}

impl Pred {
    #[inline]
    pub fn test(&self, c: u32) -> bool {
        match self {
            Pred::Any => true,
            Pred::NotNewline => c != 0x0a,
            Pred::Eq(x) => c == *x,
            Pred::AsciiIcase(l) => ascii_lower(c) == *l,
            Pred::LowerIs(l) => lower(c) == *l,
            Pred::LowerIn(v) => v.contains(&lower(c)),
            Pred::Cat(cat, ascii) => cat.test(c, *ascii),
            Pred::Set(s) => s.matches(c),
        }
    }

    /// The test for "equal to `c` ignoring case".
    pub fn icase(c: u32, ascii: bool) -> Pred {
        if ascii {
            return Pred::AsciiIcase(ascii_lower(c));
        }
        let folds = fold_set(c, false);
        if folds.len() == 1 {
            Pred::LowerIs(lower(c))
        } else {
            Pred::LowerIn(folds)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_folding_follows_sre() {
        assert_eq!(lower('A' as u32), 'a' as u32);
        assert_eq!(lower(0x130), 0x69); // İ -> i
        assert!(Pred::icase(0x412, false).test(0x1c80)); // В ~ ᲀ (casefix)
        assert!(Pred::icase('k' as u32, false).test(0x212a)); // Kelvin sign
        assert!(!Pred::icase('k' as u32, true).test(0x212a)); // not under ASCII
        assert!(has_case(0x17f, false) && !has_case('1' as u32, false));
    }

    #[test]
    fn sets_and_categories() {
        let set = Charset::new(vec![], vec![(0x2129, 0x212b)], vec![], false, true, false);
        assert!(set.matches('K' as u32) && set.matches('k' as u32));
        let neg = Charset::new(
            vec!['a' as u32],
            vec![],
            vec![Cat::Digit],
            true,
            false,
            false,
        );
        assert!(!neg.matches('a' as u32) && !neg.matches(0x663) && neg.matches('b' as u32));
        assert!(Cat::Word.test(0xe9, false) && !Cat::Word.test(0xe9, true));
        assert!(Cat::Space.test(0x1c, false) && !Cat::Space.test(0x1c, true));
    }
}
