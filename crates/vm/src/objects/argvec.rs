//! `ArgVec`: the positional arguments of a native call (`Args::pos`). Up to `INLINE` of
//! them live inside the value itself, so the common builtin call (`len(x)`,
//! `l.append(v)`, `isinstance(a, b)`) allocates nothing for its arguments — CPython passes
//! them as a pointer into the caller's stack (vectorcall); a `Vec` cost a malloc and a free
//! per call. Reads go through `Deref<Target = [Value]>`, so `pos.get(i)`, `pos.len()`,
//! `pos[i]`, `&pos[1..]` and `pos.iter()` read as on a `Vec`.

use std::mem::ManuallyDrop;

use crate::value::Value;

const INLINE: usize = 4;

pub enum ArgVec {
    /// `n` values in the first `n` places; the rest hold `Value::Null`. Only the first `n`
    /// are dropped (`Drop`): a call's arguments are released without a look at the
    /// places it did not use.
    Inline(u8, ManuallyDrop<[Value; INLINE]>),
    Heap(Vec<Value>),
}

fn nulls() -> ManuallyDrop<[Value; INLINE]> {
    ManuallyDrop::new([Value::Null, Value::Null, Value::Null, Value::Null])
}

impl Drop for ArgVec {
    #[inline]
    fn drop(&mut self) {
        if let ArgVec::Inline(n, a) = self {
            // (The places past `n` hold NULLs, which own nothing.)
            for x in &mut a[..*n as usize] {
                drop(std::mem::replace(x, Value::Null));
            }
        }
    }
}

impl ArgVec {
    pub fn new() -> ArgVec {
        ArgVec::Inline(0, nulls())
    }

    /// The `n` (at most `INLINE`) values `take(i)` gives for i in 0..n, stored inline.
    #[inline(always)]
    pub fn inline_from(n: usize, mut take: impl FnMut(usize) -> Value) -> ArgVec {
        use Value::Null;
        let a = match n {
            0 => [Null, Null, Null, Null],
            1 => [take(0), Null, Null, Null],
            2 => [take(0), take(1), Null, Null],
            3 => [take(0), take(1), take(2), Null],
            _ => [take(0), take(1), take(2), take(3)],
        };
        ArgVec::Inline(n.min(INLINE) as u8, ManuallyDrop::new(a))
    }

    /// Whether `n` values fit inline.
    #[inline]
    pub fn fits_inline(n: usize) -> bool {
        n <= INLINE
    }

    /// Room for `n` values without a reallocation.
    pub fn with_capacity(n: usize) -> ArgVec {
        if n <= INLINE {
            ArgVec::new()
        } else {
            ArgVec::Heap(Vec::with_capacity(n))
        }
    }

    pub fn as_slice(&self) -> &[Value] {
        self
    }

    pub fn as_mut_slice(&mut self) -> &mut [Value] {
        self
    }

    /// The values moved into a `Vec` (no copy when they already live in one).
    pub fn into_vec(mut self) -> Vec<Value> {
        match &mut self {
            ArgVec::Heap(v) => std::mem::take(v),
            ArgVec::Inline(n, a) => {
                let k = std::mem::take(n) as usize;
                a[..k]
                    .iter_mut()
                    .map(|x| std::mem::replace(x, Value::Null))
                    .collect()
            }
        }
    }

    /// The heap form, with room for `extra` more values.
    fn spill(&mut self, extra: usize) -> &mut Vec<Value> {
        if let ArgVec::Inline(n, a) = self {
            let n = *n as usize;
            let mut v = Vec::with_capacity(n + extra.max(INLINE));
            v.extend(
                a.iter_mut()
                    .take(n)
                    .map(|x| std::mem::replace(x, Value::Null)),
            );
            *self = ArgVec::Heap(v);
        }
        match self {
            ArgVec::Heap(v) => v,
            ArgVec::Inline(..) => unreachable!(),
        }
    }

    pub fn push(&mut self, v: Value) {
        match self {
            ArgVec::Inline(n, a) if (*n as usize) < INLINE => {
                a[*n as usize] = v;
                *n += 1;
            }
            _ => self.spill(1).push(v),
        }
    }

    pub fn pop(&mut self) -> Option<Value> {
        match self {
            ArgVec::Inline(0, _) => None,
            ArgVec::Inline(n, a) => {
                *n -= 1;
                Some(std::mem::replace(&mut a[*n as usize], Value::Null))
            }
            ArgVec::Heap(v) => v.pop(),
        }
    }

    /// Append the values of `src`, moved out (each place left holding `Value::Null`): a
    /// call's arguments taken from the caller's value stack.
    pub fn move_from(&mut self, src: &mut [Value]) {
        match self {
            ArgVec::Inline(n, a) if *n as usize + src.len() <= INLINE => {
                let k = *n as usize;
                for (d, s) in a[k..k + src.len()].iter_mut().zip(src.iter_mut()) {
                    std::mem::swap(d, s);
                }
                *n += src.len() as u8;
            }
            _ => {
                let v = self.spill(src.len());
                v.extend(src.iter_mut().map(|x| std::mem::replace(x, Value::Null)));
            }
        }
    }

    /// `Vec::insert`: `v` at `i`, the values from `i` on move up one place.
    pub fn insert(&mut self, i: usize, v: Value) {
        match self {
            ArgVec::Inline(n, a) if (*n as usize) < INLINE => {
                let len = *n as usize;
                assert!(i <= len, "insertion index out of bounds");
                a[len] = v;
                a[i..=len].rotate_right(1);
                *n += 1;
            }
            _ => self.spill(1).insert(i, v),
        }
    }

    /// `Vec::remove`: the value at `i`, the ones after it move down one place.
    pub fn remove(&mut self, i: usize) -> Value {
        match self {
            ArgVec::Inline(n, a) => {
                let len = *n as usize;
                assert!(i < len, "removal index out of bounds");
                a[i..len].rotate_left(1);
                *n -= 1;
                std::mem::replace(&mut a[len - 1], Value::Null)
            }
            ArgVec::Heap(v) => v.remove(i),
        }
    }

    pub fn truncate(&mut self, len: usize) {
        match self {
            ArgVec::Inline(n, a) => {
                for x in a.iter_mut().take(*n as usize).skip(len) {
                    *x = Value::Null;
                }
                *n = (*n).min(len as u8);
            }
            ArgVec::Heap(v) => v.truncate(len),
        }
    }

    pub fn clear(&mut self) {
        self.truncate(0);
    }

    /// `Vec::split_off`: the values from `at` on, taken out.
    pub fn split_off(&mut self, at: usize) -> Vec<Value> {
        match self {
            ArgVec::Inline(n, a) => {
                let len = *n as usize;
                assert!(at <= len, "split_off index out of bounds");
                let tail = a[at..len]
                    .iter_mut()
                    .map(|x| std::mem::replace(x, Value::Null))
                    .collect();
                *n = at as u8;
                tail
            }
            ArgVec::Heap(v) => v.split_off(at),
        }
    }

    /// `Vec::drain(..)` of everything: the values in order, `self` left empty.
    pub fn take_all(&mut self) -> Vec<Value> {
        std::mem::take(self).into_vec()
    }
}

impl Default for ArgVec {
    fn default() -> ArgVec {
        ArgVec::new()
    }
}

impl Clone for ArgVec {
    fn clone(&self) -> ArgVec {
        match self {
            ArgVec::Inline(n, a) => ArgVec::Inline(*n, a.clone()),
            ArgVec::Heap(v) => ArgVec::Heap(v.clone()),
        }
    }
}

impl std::fmt::Debug for ArgVec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ArgVec({} values)", self.len())
    }
}

impl std::ops::Deref for ArgVec {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        match self {
            ArgVec::Inline(n, a) => &a[..*n as usize],
            ArgVec::Heap(v) => v,
        }
    }
}

impl std::ops::DerefMut for ArgVec {
    #[inline]
    fn deref_mut(&mut self) -> &mut [Value] {
        match self {
            ArgVec::Inline(n, a) => &mut a[..*n as usize],
            ArgVec::Heap(v) => v,
        }
    }
}

impl From<Vec<Value>> for ArgVec {
    fn from(v: Vec<Value>) -> ArgVec {
        ArgVec::Heap(v)
    }
}

impl From<ArgVec> for Vec<Value> {
    fn from(a: ArgVec) -> Vec<Value> {
        a.into_vec()
    }
}

impl Extend<Value> for ArgVec {
    fn extend<I: IntoIterator<Item = Value>>(&mut self, iter: I) {
        for v in iter {
            self.push(v);
        }
    }
}

impl FromIterator<Value> for ArgVec {
    fn from_iter<I: IntoIterator<Item = Value>>(iter: I) -> ArgVec {
        let mut a = ArgVec::new();
        a.extend(iter);
        a
    }
}

/// The owning iterator of an `ArgVec`.
pub enum IntoIter {
    Inline(usize, u8, [Value; INLINE]),
    Heap(std::vec::IntoIter<Value>),
}

impl Iterator for IntoIter {
    type Item = Value;
    #[inline]
    fn next(&mut self) -> Option<Value> {
        match self {
            IntoIter::Inline(i, n, a) => {
                if *i < *n as usize {
                    *i += 1;
                    Some(std::mem::replace(&mut a[*i - 1], Value::Null))
                } else {
                    None
                }
            }
            IntoIter::Heap(it) => it.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            IntoIter::Inline(i, n, _) => {
                let k = *n as usize - *i;
                (k, Some(k))
            }
            IntoIter::Heap(it) => it.size_hint(),
        }
    }
}

impl DoubleEndedIterator for IntoIter {
    fn next_back(&mut self) -> Option<Value> {
        match self {
            IntoIter::Inline(i, n, a) => {
                if *i < *n as usize {
                    *n -= 1;
                    Some(std::mem::replace(&mut a[*n as usize], Value::Null))
                } else {
                    None
                }
            }
            IntoIter::Heap(it) => it.next_back(),
        }
    }
}

impl ExactSizeIterator for IntoIter {}

impl IntoIterator for ArgVec {
    type Item = Value;
    type IntoIter = IntoIter;
    fn into_iter(mut self) -> IntoIter {
        match &mut self {
            ArgVec::Inline(n, a) => {
                let k = std::mem::take(n);
                IntoIter::Inline(
                    0,
                    k,
                    ManuallyDrop::into_inner(std::mem::replace(a, nulls())),
                )
            }
            ArgVec::Heap(v) => IntoIter::Heap(std::mem::take(v).into_iter()),
        }
    }
}

impl<'a> IntoIterator for &'a ArgVec {
    type Item = &'a Value;
    type IntoIter = std::slice::Iter<'a, Value>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::ArgVec;
    use crate::value::Value;

    fn ints(a: &ArgVec) -> Vec<i64> {
        a.iter()
            .map(|v| match v {
                Value::Int(i) => *i,
                _ => -1,
            })
            .collect()
    }

    #[test]
    fn inline_and_spilled_behave_as_a_vec() {
        let mut a = ArgVec::with_capacity(2);
        for i in 0..3 {
            a.push(Value::Int(i));
        }
        a.insert(0, Value::Int(9));
        assert!(matches!(a, ArgVec::Inline(4, _)));
        assert_eq!(ints(&a), [9, 0, 1, 2]);
        a.insert(2, Value::Int(7));
        assert!(matches!(a, ArgVec::Heap(_)));
        assert_eq!(ints(&a), [9, 0, 7, 1, 2]);
        let mut b: ArgVec = (0..4).map(Value::Int).collect();
        assert!(matches!(b.remove(1), Value::Int(1)));
        assert_eq!(ints(&b), [0, 2, 3]);
        let tail = b.split_off(1);
        assert_eq!(tail.len(), 2);
        assert_eq!(ints(&b), [0]);
        let c: ArgVec = (0..3).map(Value::Int).collect();
        let back: Vec<i64> = c
            .into_iter()
            .rev()
            .map(|v| match v {
                Value::Int(i) => i,
                _ => -1,
            })
            .collect();
        assert_eq!(back, [2, 1, 0]);
    }
}
