//! Character positions in a `str`.
//!
//! pydive keeps a `str` as UTF-8 (`Rc<str>`); CPython stores one, two or four bytes per
//! character (PEP 393), so `s[i]`, `len(s)` and a search from a start index cost it O(1) to
//! reach the position. Scanning UTF-8 for the same answer costs O(i) — and even `is_ascii`
//! reads the whole string — which makes the usual `while i < len(s): c = s[i]` loop over a
//! long string quadratic. For long strings this module remembers, for the few strings
//! indexed most recently, whether they are ASCII, how many characters they hold, and the
//! byte offset of every `STRIDE`-th character, so a position is one table lookup plus at
//! most `STRIDE - 1` characters of scanning.
//!
//! The memory is held through `Weak<str>`: the remembered string's allocation stays put
//! while it is remembered (so its address names it), but its reference count — which
//! `sys.getrefcount` shows — does not change.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

/// Strings shorter than this (bytes) are scanned: as cheap as a lookup.
const SHORT: usize = 256;
/// One remembered byte offset per this many characters.
const STRIDE: usize = 64;
/// How many strings are remembered at once (a loop often walks two: compare, copy).
const SLOTS: usize = 4;

/// What is known about one long string.
struct CharIndex {
    ascii: bool,
    chars: usize,
    /// Byte offset of character `k * STRIDE`, for every `k` (empty when ASCII).
    marks: Vec<usize>,
}

impl CharIndex {
    fn build(s: &str) -> CharIndex {
        if s.is_ascii() {
            return CharIndex {
                ascii: true,
                chars: s.len(),
                marks: Vec::new(),
            };
        }
        let mut marks = Vec::with_capacity(s.len() / STRIDE + 1);
        let mut chars = 0;
        for (b, _) in s.char_indices() {
            if chars % STRIDE == 0 {
                marks.push(b);
            }
            chars += 1;
        }
        CharIndex {
            ascii: false,
            chars,
            marks,
        }
    }

    fn byte_offset(&self, s: &str, k: usize) -> usize {
        if self.ascii {
            return k.min(s.len());
        }
        if k >= self.chars {
            return s.len();
        }
        let from = self.marks[k / STRIDE];
        from + s[from..]
            .char_indices()
            .nth(k % STRIDE)
            .map_or(s.len() - from, |(b, _)| b)
    }
}

type Slot = Option<(Weak<str>, Rc<CharIndex>)>;

thread_local! {
    // pydive runs every Python thread on one OS thread (threads.rs), so one table serves all.
    static RECENT: RefCell<[Slot; SLOTS]> = const { RefCell::new([None, None, None, None]) };
    static NEXT: Cell<usize> = const { Cell::new(0) };
}

/// The index of a long string: remembered, or built and remembered now.
fn index_of(s: &Rc<str>) -> Rc<CharIndex> {
    let found = RECENT.with(|r| {
        r.borrow().iter().flatten().find_map(|(w, ix)| {
            // The Weak keeps the allocation, so an equal address is this very string.
            (std::ptr::addr_eq(w.as_ptr(), Rc::as_ptr(s)) && w.strong_count() > 0)
                .then(|| ix.clone())
        })
    });
    if let Some(ix) = found {
        return ix;
    }
    let ix = Rc::new(CharIndex::build(s));
    RECENT.with(|r| {
        let n = NEXT.with(|c| {
            let n = c.get();
            c.set((n + 1) % SLOTS);
            n
        });
        r.borrow_mut()[n] = Some((Rc::downgrade(s), ix.clone()));
    });
    ix
}

/// Whether `s` holds only ASCII characters (then byte and character positions agree).
pub fn is_ascii(s: &Rc<str>) -> bool {
    if s.len() < SHORT {
        return s.is_ascii();
    }
    index_of(s).ascii
}

/// `len(s)`: the number of characters.
pub fn char_len(s: &Rc<str>) -> usize {
    if s.len() < SHORT {
        return if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
    }
    index_of(s).chars
}

/// The byte offset of character `k` of `s`; `s.len()` when `k` is at or past the end.
pub fn byte_offset(s: &Rc<str>, k: usize) -> usize {
    if s.len() < SHORT {
        return s.char_indices().nth(k).map_or(s.len(), |(b, _)| b);
    }
    index_of(s).byte_offset(s, k)
}

/// Character `k` of `s` (`k` below `char_len(s)`).
pub fn char_at(s: &Rc<str>, k: usize) -> char {
    let b = byte_offset(s, k);
    s[b..].chars().next().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(n: usize) -> Rc<str> {
        // Mixed widths: 1, 2, 3 and 4 bytes a character.
        let alphabet = ['a', 'é', '한', '🐍'];
        Rc::from((0..n).map(|i| alphabet[i * 7 % 4]).collect::<String>())
    }

    #[test]
    fn positions_agree_with_a_scan() {
        for n in [0, 1, 63, 64, 65, 200, 1000] {
            let s = sample(n);
            let chars: Vec<char> = s.chars().collect();
            assert_eq!(char_len(&s), chars.len());
            assert_eq!(is_ascii(&s), s.is_ascii());
            for k in 0..=n + 2 {
                let want = s.char_indices().nth(k).map_or(s.len(), |(b, _)| b);
                assert_eq!(byte_offset(&s, k), want, "n={n} k={k}");
                if let Some(&c) = chars.get(k) {
                    assert_eq!(char_at(&s, k), c);
                }
            }
        }
    }

    #[test]
    fn ascii_and_forgotten_strings() {
        let a: Rc<str> = Rc::from("x".repeat(1000));
        assert!(is_ascii(&a));
        assert_eq!(char_len(&a), 1000);
        assert_eq!(byte_offset(&a, 999), 999);
        // More strings than slots: each still answers right when indexed again.
        let many: Vec<Rc<str>> = (0..SLOTS + 3).map(|i| sample(300 + i)).collect();
        for _ in 0..2 {
            for (i, s) in many.iter().enumerate() {
                assert_eq!(char_len(s), 300 + i);
            }
        }
        // A freed string's slot is not taken for a new string at the same address.
        let len_before = char_len(&a);
        drop(a);
        let b: Rc<str> = Rc::from("é".repeat(600));
        assert_eq!(char_len(&b), 600);
        assert_eq!(len_before, 1000);
        // The count the user sees is untouched by being remembered.
        assert_eq!(Rc::strong_count(&b), 1);
    }
}
