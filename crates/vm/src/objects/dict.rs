//! dict: insertion-ordered hash table keyed by the objects' own `__hash__` / `__eq__`.
//!
//! The table stores entries in insertion order (deleted ones leave a hole, compacted when
//! holes outnumber live entries) and an index from Python hash to entry positions. Lookups
//! that may run Python code (`__eq__` of a user class) go through `Vm::dict_*` in
//! `crate::ops`, which never holds a borrow of the dict while Python runs.

use std::rc::Rc;

use crate::value::Value;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

thread_local! {
    /// The interned names ([`intern`]).
    static NAMES: std::cell::RefCell<std::collections::HashSet<Rc<str>>> =
        std::cell::RefCell::new(std::collections::HashSet::new());
}

/// The one shared `Rc` of the name `s`. Code objects intern their `co_names` (CPython
/// interns them too), so an attribute stored by one function and read by another is the
/// same key in the instance's dict, compared by pointer ([`Dict::find_str_h`]).
pub fn intern(s: &str) -> Rc<str> {
    NAMES.with(|n| {
        let mut n = n.borrow_mut();
        if let Some(r) = n.get(s) {
            return r.clone();
        }
        let r: Rc<str> = Rc::from(s);
        n.insert(r.clone());
        r
    })
}

/// `sys.intern(s)`: the interned string equal to `s`, which becomes `s` itself when there is
/// none yet.
pub fn intern_rc(s: &Rc<str>) -> Rc<str> {
    NAMES.with(|n| {
        let mut n = n.borrow_mut();
        if let Some(r) = n.get(&**s) {
            return r.clone();
        }
        n.insert(s.clone());
        s.clone()
    })
}

/// A free slot of `Dict::indices`.
const EMPTY: u32 = u32::MAX;

/// Where the probe for `hash` starts in a table of `1 << log2` slots (the high bits of a
/// multiply, so consecutive ints spread).
#[inline]
fn probe_start(hash: i64, log2: u32) -> usize {
    ((hash as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - log2)) as usize
}

/// The positions of the entries with one hash, in insertion order (`Dict::slots`).
pub struct Slots<'a> {
    entries: &'a [Option<Entry>],
    indices: &'a [u32],
    hash: i64,
    /// The next entry position to scan (small dicts), or the next table slot to probe.
    at: usize,
}

impl Iterator for Slots<'_> {
    type Item = u32;

    #[inline]
    fn next(&mut self) -> Option<u32> {
        if self.indices.is_empty() {
            while self.at < self.entries.len() {
                let p = self.at;
                self.at += 1;
                if matches!(&self.entries[p], Some(e) if e.hash == self.hash) {
                    return Some(p as u32);
                }
            }
            return None;
        }
        let mask = self.indices.len() - 1;
        loop {
            let p = self.indices[self.at];
            if p == EMPTY {
                return None;
            }
            self.at = (self.at + 1) & mask;
            if matches!(&self.entries[p as usize], Some(e) if e.hash == self.hash) {
                return Some(p);
            }
        }
    }
}

#[derive(Clone, Default)]
pub struct Dict {
    entries: Vec<Option<Entry>>,
    /// The index of a dict past `SMALL` entry positions (smaller ones are scanned): CPython's
    /// `dk_indices`, a power-of-two table of entry positions (`EMPTY` where free) probed
    /// linearly from the hash. A deleted entry keeps its slot (CPython's DKIX_DUMMY) until
    /// the table is rebuilt, so the positions on a probe path stay in insertion order. Four
    /// bytes a slot: an instance dict of 15 attributes has a 128-byte index. Boxed once more
    /// so that the field is one pointer (`None` for small dicts): a `Dict` is 56 bytes, an
    /// `Rc<RefCell<Dict>>` (a `__dict__`, a dict value) 80 with the counts, jemalloc's
    /// 80-byte class rather than 96.
    indices: Option<Box<Box<[u32]>>>,
    len: u32,
    /// Bumped by every mutation; lets the VM's inline caches check a lookup still holds.
    version: u64,
    /// A class dict some inline cache depends on: its mutations bump `watched_epoch()`.
    watched: bool,
    /// The keys table CPython would have for this dict (for `sys.getsizeof`).
    pub keys_model: KeysModel,
}

/// The size of the keys table CPython 3.12 would give a dict built by the same operations
/// (Objects/dictobject.c): a shared empty table until the first insertion, a table of 8
/// slots then, resized to `calculate_log2_keysize(used * 3)` when its usable two thirds are
/// taken (deleted entries keep their place until then), and "general" (24-byte entries)
/// once a key is not an exact str.
#[derive(Clone, Copy, Default)]
pub struct KeysModel {
    /// log2 of the table size; 0 for the shared empty table, `UNKNOWN` where pydive does not
    /// follow what CPython would do (until `clear()`).
    pub log2_size: u8,
    /// Entries taken, deleted ones included (`dk_nentries`).
    pub nentries: u32,
    /// Not a str-only (unicode) table.
    pub general: bool,
}

impl KeysModel {
    const UNKNOWN: u8 = u8::MAX;
    /// `calculate_log2_keysize`: `bit_length(((minsize | 8) - 1) | 7)` (so a power of two
    /// of 16 or more gets twice that, and anything below 8 gets 16).
    fn log2_for(minsize: usize) -> u8 {
        let m = ((minsize | 8) - 1) | 7;
        (usize::BITS - m.leading_zeros()) as u8
    }

    fn usable(&self) -> u32 {
        ((1u32 << self.log2_size) << 1) / 3
    }

    /// `insertdict` of a new key into a dict of `used` items.
    fn insert(&mut self, used: usize, is_str: bool) {
        if self.log2_size == Self::UNKNOWN {
            return;
        }
        if self.log2_size == 0 {
            *self = KeysModel {
                log2_size: 3,
                nentries: 0,
                general: !is_str,
            };
        } else {
            if !self.general && !is_str {
                self.resize(used);
                self.general = true;
            }
            if self.usable() <= self.nentries {
                self.resize(used);
            }
        }
        self.nentries += 1;
    }

    /// `insertion_resize`: room for `used * 3`.
    fn resize(&mut self, used: usize) {
        self.log2_size = Self::log2_for(used * 3);
        self.nentries = used as u32;
    }

    /// `_PyDict_FromItems` / `dict_new_presized` for `n` items (BUILD_MAP and friends).
    pub fn presized(n: usize, all_str: bool) -> KeysModel {
        if n <= 5 {
            return KeysModel::default();
        }
        KeysModel {
            log2_size: Self::log2_for((n * 3).div_ceil(2)),
            nentries: 0,
            general: !all_str,
        }
    }

    /// `PyDict_Copy` of a dict of `used` items: the same table when dense enough, else a
    /// merge into a table presized for `used`.
    pub fn copied(&self, used: usize) -> KeysModel {
        if used == 0 {
            KeysModel::default()
        } else if used as u32 >= self.nentries * 2 / 3 {
            *self
        } else {
            // A sparse dict is merged into a new one presized for its items (dict_merge).
            KeysModel {
                log2_size: Self::log2_for((used * 3).div_ceil(2)),
                nentries: used as u32,
                general: self.general,
            }
        }
    }

    /// Before `dict_merge(self, other)` inserts `other`'s items into this dict of `used`
    /// items: a new dict clones a clean table, else one resize makes room for them all.
    /// Returns the model to keep after the insertions when the table is cloned.
    pub fn before_merge(
        &mut self,
        used: usize,
        other: &KeysModel,
        other_used: usize,
    ) -> Option<KeysModel> {
        if other_used == 0 || self.log2_size == Self::UNKNOWN {
            return None;
        }
        if other.log2_size == Self::UNKNOWN {
            self.log2_size = Self::UNKNOWN;
            return None;
        }
        if used == 0 {
            let half = ((1u32 << other.log2_size) / 2) * 2 / 3;
            if other.nentries as usize == other_used
                && (other.log2_size == 3 || (half as usize) < other_used)
            {
                return Some(*other);
            }
        }
        let usable = if self.log2_size == 0 {
            0
        } else {
            self.usable()
        };
        if (usable as usize) < other_used {
            self.log2_size = Self::log2_for(((used + other_used) * 3).div_ceil(2));
            self.nentries = used as u32;
            self.general = self.general || other.general;
        }
        None
    }

    /// `_PyDict_SizeOf` plus the GC header: what `sys.getsizeof` answers (`None`: not known).
    pub fn sizeof(&self) -> Option<usize> {
        if self.log2_size == Self::UNKNOWN {
            return None;
        }
        let mut n = 48 + 16;
        if self.log2_size > 0 {
            let size = 1usize << self.log2_size;
            let index_bytes = match self.log2_size {
                0..=7 => 1,
                8..=15 => 2,
                16..=31 => 4,
                _ => 8,
            };
            let entry = if self.general { 24 } else { 16 };
            n += 32 + size * index_bytes + self.usable() as usize * entry;
        }
        Some(n)
    }
}

thread_local! {
    static VERSIONS: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
    static WATCHED: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Changes whenever a watched dict (see `Dict::watch`) changes.
#[inline]
pub fn watched_epoch() -> u64 {
    WATCHED.with(|w| w.get())
}

/// A fresh version number, unique across all dicts (so a cache keyed by a dict's version can
/// never mistake another dict, or the same dict after changes, for the one it saw).
fn next_version() -> u64 {
    VERSIONS.with(|v| {
        let n = v.get() + 1;
        v.set(n);
        n
    })
}

/// Equality that needs no Python code: `Some(answer)` for builtin keys, `None` when a
/// user `__eq__` must decide.
pub fn fast_key_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Str(x), Str(y)) => Some(x == y),
        (Int(x), Int(y)) => Some(x == y),
        (Bool(x), Bool(y)) => Some(x == y),
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => Some(*x == *y as i64),
        // exact, as `float_richcompare`: 2**63-1 != 2.0**63, 2**200 == 2.0**200
        (Int(x), Float(y)) | (Float(y), Int(x)) => {
            Some(y.fract() == 0.0 && *y as i128 == i128::from(*x))
        }
        (BigInt(x), Float(y)) | (Float(y), BigInt(x)) => Some(
            y.fract() == 0.0
                && <num_bigint::BigInt as num_traits::FromPrimitive>::from_f64(*y).as_ref()
                    == Some(&**x),
        ),
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => Some((*x as i64 as f64) == *y),
        (Float(x), Float(y)) => Some(x == y),
        (BigInt(x), BigInt(y)) => Some(x == y),
        (BigInt(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), BigInt(_)) => Some(false),
        (Bytes(x), Bytes(y)) => Some(x == y),
        (None, _) | (_, None) => Some(false),
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                match fast_key_eq(p, q) {
                    Some(true) => {}
                    other => return other,
                }
            }
            Some(true)
        }
        (Instance(_), _) | (_, Instance(_)) => Option::None,
        (FrozenSet(_), _) | (_, FrozenSet(_)) => Option::None,
        // Two bound methods of one object and function are equal (a new one each lookup);
        // slices (hashable since 3.12) compare by value.
        (Method(_), Method(_)) | (Slice(_), Slice(_)) => Option::None,
        (Builtin(x), Builtin(y)) if x.bound.is_some() && y.bound.is_some() => {
            Some(crate::objects::compare::bound_builtins_equal(x, y))
        }
        // Compared by value too (1 == 1+0j, range(3) == range(0, 3), equal code objects).
        (Complex(..) | Range(_) | Code(_), _) | (_, Complex(..) | Range(_) | Code(_)) => {
            Option::None
        }
        (Str(_) | Int(_) | Bool(_) | Float(_) | BigInt(_) | Bytes(_), _) => Some(false),
        _ => Some(false),
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    /// An empty dict with room for `n` entries before its tables grow (instance dicts of a
    /// class whose instances are known to get `n` attributes; `typecall.rs`).
    pub fn with_capacity(n: usize) -> Dict {
        let mut d = Dict::default();
        d.entries.reserve_exact(n);
        d
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The version stamp: changes whenever the dict changes, and is unique to this dict.
    pub fn version(&self) -> u64 {
        self.version
    }

    fn touch(&mut self) {
        self.version = next_version();
        if self.watched {
            WATCHED.with(|w| w.set(self.version));
        }
    }

    /// Count as changed without a change: what the dict's owner means changed (a class's
    /// `__bases__`, hence its MRO), so caches keyed by the version or epoch let go.
    pub fn mark_changed(&mut self) {
        self.touch();
    }

    /// From now on, a change of this dict changes `watched_epoch()` (the VM's attribute
    /// caches watch the dicts of the classes they looked names up in).
    pub fn watch(&mut self) {
        self.watched = true;
    }

    pub fn is_watched(&self) -> bool {
        self.watched
    }

    /// The index table (empty for small dicts).
    #[inline]
    fn index(&self) -> &[u32] {
        match &self.indices {
            Some(b) => b,
            None => &[],
        }
    }

    /// Positions of the entries whose hash is `hash`, in insertion order.
    fn slots(&self, hash: i64) -> Slots<'_> {
        let indices = self.index();
        let at = if indices.is_empty() {
            0
        } else {
            probe_start(hash, indices.len().trailing_zeros())
        };
        Slots {
            entries: &self.entries,
            indices,
            hash,
            at,
        }
    }

    /// Enter entry position `pos` in the index, rebuilding it first when two thirds of its
    /// slots are taken (the dead positions count: they keep their slots).
    fn index_push(&mut self, hash: i64, pos: u32) {
        if self.entries.len() <= Self::SMALL {
            return;
        }
        let n = self.entries.len();
        let indices = match self.indices.as_deref_mut() {
            Some(ix) if n * 3 < ix.len() * 2 => ix,
            _ => {
                self.rebuild_index();
                return;
            }
        };
        let mask = indices.len() - 1;
        let mut i = probe_start(hash, indices.len().trailing_zeros());
        while indices[i] != EMPTY {
            i = (i + 1) & mask;
        }
        indices[i] = pos;
    }

    /// A new index of every live entry, with room for as many entries again.
    fn rebuild_index(&mut self) {
        if self.entries.len() <= Self::SMALL {
            self.indices = None;
            return;
        }
        let size = (self.entries.len() * 3).next_power_of_two().max(16);
        let mut indices = vec![EMPTY; size].into_boxed_slice();
        let log2 = size.trailing_zeros();
        for (pos, e) in self.entries.iter().enumerate() {
            if let Some(e) = e {
                let mut i = probe_start(e.hash, log2);
                while indices[i] != EMPTY {
                    i = (i + 1) & (size - 1);
                }
                indices[i] = pos as u32;
            }
        }
        self.indices = Some(Box::new(indices));
    }

    /// Positions of the entries whose hash is `hash`.
    pub fn candidates(&self, hash: i64) -> Vec<(usize, Value)> {
        self.slots(hash)
            .filter_map(|i| {
                self.entries[i as usize]
                    .as_ref()
                    .map(|e| (i as usize, e.key.clone()))
            })
            .collect()
    }

    /// Dicts up to this many entry positions are searched by a scan of the entries (hash
    /// compare first) instead of the index: cheaper for instance and keyword dicts.
    const SMALL: usize = 8;

    /// Look up with a key whose equality is decidable without Python code.
    pub fn find_fast(&self, hash: i64, key: &Value) -> Option<usize> {
        if self.entries.len() <= Self::SMALL {
            return self.entries.iter().position(|e| {
                e.as_ref()
                    .is_some_and(|e| e.hash == hash && fast_key_eq(&e.key, key) == Some(true))
            });
        }
        for i in self.slots(hash) {
            if let Some(e) = &self.entries[i as usize] {
                if fast_key_eq(&e.key, key) == Some(true) {
                    return Some(i as usize);
                }
            }
        }
        None
    }

    pub fn entry(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).and_then(|e| e.as_ref())
    }

    pub fn set_value_at(&mut self, pos: usize, value: Value) {
        if let Some(Some(e)) = self.entries.get_mut(pos) {
            e.value = value;
            self.touch();
        }
    }

    /// Append a new entry (the caller checked the key is absent).
    pub fn push(&mut self, hash: i64, key: Value, value: Value) {
        self.keys_model
            .insert(self.len as usize, matches!(key, Value::Str(_)));
        let pos = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.index_push(hash, pos);
        self.len += 1;
        self.touch();
    }

    pub fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        let e = self.entries.get_mut(pos)?.take()?;
        // Its index slot stays, pointing at a hole: probes go on past it.
        self.touch();
        self.len -= 1;
        if self.entries.len() > 16 && (self.len as usize) * 2 < self.entries.len() {
            self.compact();
        }
        Some(e)
    }

    fn compact(&mut self) {
        let old = std::mem::take(&mut self.entries);
        let model = self.keys_model;
        self.indices = None;
        self.len = 0;
        for e in old.into_iter().flatten() {
            self.push(e.hash, e.key, e.value);
        }
        self.keys_model = model;
    }

    pub fn clear(&mut self) {
        self.keys_model = KeysModel::default();
        self.entries.clear();
        self.indices = None;
        self.len = 0;
        self.touch();
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The entry at or after raw position `pos` (for iterators that survive mutation checks).
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value.clone()).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn last_pos(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| e.is_some())
    }

    // ---- str-keyed fast paths: namespaces (globals, class dicts, instance dicts) ----

    pub fn get_str(&self, key: &str) -> Option<Value> {
        self.get_str_h(key, crate::objects::hash::hash_str(key))
    }

    /// `get_str` with the key's hash already known (the VM keeps the hashes of co_names).
    #[inline]
    pub fn get_str_h(&self, key: &str, h: i64) -> Option<Value> {
        let p = self.find_str_h(key, h)?;
        self.entries[p].as_ref().map(|e| e.value.clone())
    }

    /// The position of the str key `key` whose hash is `h`. Code objects' names are
    /// interned ([`intern`]), so the keys they stored usually are the same `Rc`: a pointer
    /// comparison, the bytes compared only when the pointers differ.
    #[inline]
    pub fn find_str_h(&self, key: &str, h: i64) -> Option<usize> {
        let same = |e: &Entry| match &e.key {
            Value::Str(s) => {
                s.len() == key.len() && (std::ptr::eq(s.as_ptr(), key.as_ptr()) || **s == *key)
            }
            _ => false,
        };
        if self.entries.len() <= Self::SMALL {
            return self
                .entries
                .iter()
                .position(|e| matches!(e, Some(e) if e.hash == h && same(e)));
        }
        self.slots(h)
            .find(|&i| matches!(&self.entries[i as usize], Some(e) if same(e)))
            .map(|i| i as usize)
    }

    /// The position of the attribute name `key` (hash `h`), tried first at `hint` by a
    /// pointer compare (the names of code objects and attributes set are interned, see
    /// [`intern`]); when found elsewhere, `hint` learns the new place. The inline caches'
    /// hit path: a plain instance's attributes sit at the same positions in every instance
    /// of its class that got them in the same order.
    #[inline(always)]
    pub fn find_attr_hinted(
        &self,
        key: &str,
        h: i64,
        hint: &std::cell::Cell<u32>,
    ) -> Option<usize> {
        let at = hint.get() as usize;
        if let Some(Some(Entry {
            key: Value::Str(s), ..
        })) = self.entries.get(at)
        {
            if std::ptr::eq(s.as_ptr(), key.as_ptr()) && s.len() == key.len() {
                return Some(at);
            }
        }
        let p = self.find_str_h(key, h)?;
        hint.set(p as u32);
        Some(p)
    }

    /// The value of the attribute name `key` ([`Dict::find_attr_hinted`]).
    #[inline(always)]
    pub fn get_attr_hinted(
        &self,
        key: &str,
        h: i64,
        hint: &std::cell::Cell<u32>,
    ) -> Option<&Value> {
        let p = self.find_attr_hinted(key, h, hint)?;
        self.entries[p].as_ref().map(|e| &e.value)
    }

    /// The value at entry position `pos` (a live entry found by a lookup).
    #[inline]
    pub fn value_at(&self, pos: usize) -> Option<&Value> {
        match self.entries.get(pos) {
            Some(Some(e)) => Some(&e.value),
            _ => None,
        }
    }

    /// `set_strv` with the key's hash already known.
    pub fn set_strv_h(&mut self, key: Value, h: i64, value: Value) {
        match self.find_fast(h, &key) {
            Some(pos) => self.set_value_at(pos, value),
            None => self.push(h, key, value),
        }
    }

    /// `set_strv_h` for a key known to be a `Value::Str`, cloning it only to insert; the
    /// value replaced is handed back (for the caller to drop once no borrow is held).
    pub fn replace_str_h(&mut self, key: &Value, h: i64, value: Value) -> Option<Value> {
        let Value::Str(k) = key else {
            return None;
        };
        let found = if self.entries.len() <= Self::SMALL {
            self.entries.iter().position(|e| {
                e.as_ref().is_some_and(|e| {
                    e.hash == h && matches!(&e.key, Value::Str(s) if Rc::ptr_eq(s, k) || s == k)
                })
            })
        } else {
            self.find_fast(h, key)
        };
        match found {
            Some(pos) => {
                let old = self.entries[pos]
                    .as_mut()
                    .map(|e| std::mem::replace(&mut e.value, value));
                self.touch();
                old
            }
            None => {
                self.push(h, key.clone(), value);
                None
            }
        }
    }

    pub fn contains_str(&self, key: &str) -> bool {
        self.get_str(key).is_some()
    }

    pub fn set_str(&mut self, key: &str, value: Value) {
        self.set_strv(Value::Str(Rc::from(key)), value)
    }

    /// Set an attribute: a new key is the interned name (as CPython's `PyObject_SetAttr`
    /// interns it), the one the code objects' names share, so later lookups compare pointers.
    pub fn set_attr(&mut self, key: &str, value: Value) {
        let h = crate::objects::hash::hash_str(key);
        match self.find_str_h(key, h) {
            Some(pos) => self.set_value_at(pos, value),
            None => self.push(h, Value::Str(intern(key)), value),
        }
    }

    /// Set with a key known to be a `Value::Str`.
    pub fn set_strv(&mut self, key: Value, value: Value) {
        let h = match &key {
            Value::Str(s) => crate::objects::hash::hash_str(s),
            _ => return,
        };
        match self.find_fast(h, &key) {
            Some(pos) => self.set_value_at(pos, value),
            None => self.push(h, key, value),
        }
    }

    pub fn del_str(&mut self, key: &str) -> Option<Value> {
        let h = crate::objects::hash::hash_str(key);
        let pos = self.find_fast(h, &Value::str(key))?;
        self.remove_at(pos).map(|e| e.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A dict value or `__dict__` is an `Rc<RefCell<Dict>>`: 80 bytes with the counts
    /// (jemalloc's 80-byte class; 96 before the index was boxed once more). Only smaller.
    #[cfg(target_pointer_width = "64")]
    #[test]
    fn dict_stays_small() {
        assert!(std::mem::size_of::<std::cell::RefCell<Dict>>() <= 64);
    }

    fn key(i: i64) -> Value {
        Value::Int(i)
    }

    /// The index (past `SMALL` positions) finds what a scan finds, through growth,
    /// deletions (holes the probes pass), compaction and equal hashes of unequal keys.
    #[test]
    fn index_agrees_with_scan() {
        let mut d = Dict::new();
        for i in 0..2000 {
            d.push(i % 97, key(i), key(i * 10));
        }
        for i in (0..2000).step_by(3) {
            let pos = d.find_fast(i % 97, &key(i)).expect("present");
            d.remove_at(pos);
        }
        for i in 0..2000 {
            let found = d
                .find_fast(i % 97, &key(i))
                .map(|p| d.entry(p).unwrap().value.clone());
            let want = (i % 3 != 0).then(|| key(i * 10));
            assert_eq!(found.is_some(), want.is_some(), "key {i}");
            if let (Some(Value::Int(a)), Some(Value::Int(b))) = (found, want) {
                assert_eq!(a, b);
            }
        }
        // Candidates with one hash come in insertion order.
        let c: Vec<i64> = d
            .candidates(5)
            .iter()
            .map(|(_, k)| match k {
                Value::Int(i) => *i,
                _ => -1,
            })
            .collect();
        let want: Vec<i64> = (0..2000).filter(|i| i % 97 == 5 && i % 3 != 0).collect();
        assert_eq!(c, want);
        assert_eq!(d.len(), 2000 - 667);
        // Past half holes: the entries are compacted and the index rebuilt.
        for i in (1..2000).step_by(3) {
            let pos = d.find_fast(i % 97, &key(i)).expect("present");
            d.remove_at(pos);
        }
        assert_eq!(d.len(), 666);
        for i in 0..2000 {
            assert_eq!(
                d.find_fast(i % 97, &key(i)).is_some(),
                i % 3 == 2,
                "key {i}"
            );
        }
        d.clear();
        assert!(d.find_fast(1, &key(1)).is_none());
        d.push(1, key(1), key(2));
        assert!(d.find_fast(1, &key(1)).is_some());
    }
}
