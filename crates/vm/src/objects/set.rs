//! set and frozenset: CPython's open-addressing table (`Objects/setobject.c`), so that
//! iteration follows the table's slot order exactly as CPython's does.
//!
//! Slots hold (hash, key); a deleted key leaves a dummy. Probing visits LINEAR_PROBES
//! neighbours, then jumps with the perturbed hash, like `set_add_entry`.

use crate::value::Value;

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
pub enum Slot {
    Empty,
    Dummy,
    Active(i64, Value),
}

#[derive(Clone)]
pub struct Set {
    pub table: Vec<Slot>,
    /// Active + dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
}

impl Default for Set {
    fn default() -> Self {
        Set::new()
    }
}

/// Outcome of probing for a key: the slot holding an equal key, or where to insert it.
pub enum Probe {
    Found(usize),
    /// Key absent; the slot to put it in (the first dummy on the way, else an empty one).
    Empty(usize),
    /// A key in this slot has the same hash and needs Python `__eq__` to decide.
    NeedsEq(usize),
}

impl Set {
    pub fn new() -> Set {
        Set {
            table: vec![Slot::Empty; MINSIZE],
            fill: 0,
            used: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Probe sequence of `set_add_entry` / `set_lookkey`, starting after `skip` same-hash
    /// slots already ruled out by Python equality.
    pub fn probe(&self, hash: i64, key: &Value, not_equal: &[usize]) -> Probe {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        // An absent key goes to the last dummy passed on the way: `set_add_entry` keeps
        // overwriting its freeslot (iteration order after removals depends on it).
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.table[j] {
                    Slot::Empty => return Probe::Empty(freeslot.unwrap_or(j)),
                    Slot::Dummy => freeslot = Some(j),
                    Slot::Active(h, k) if *h == hash && !not_equal.contains(&j) => {
                        match crate::objects::dict::fast_key_eq(k, key) {
                            Some(true) => return Probe::Found(j),
                            Some(false) => {}
                            None => return Probe::NeedsEq(j),
                        }
                    }
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// Put a key known to be absent into the slot `at` found by `probe`: a reused dummy
    /// adds nothing to `fill` and never resizes.
    pub fn insert_at(&mut self, at: usize, hash: i64, key: Value) {
        if matches!(self.table[at], Slot::Dummy) {
            self.table[at] = Slot::Active(hash, key);
            self.used += 1;
            return;
        }
        self.table[at] = Slot::Active(hash, key);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let newsize = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(newsize);
        }
    }

    pub fn remove_at(&mut self, at: usize) -> Option<Value> {
        match std::mem::replace(&mut self.table[at], Slot::Dummy) {
            Slot::Active(_, k) => {
                self.used -= 1;
                Some(k)
            }
            other => {
                self.table[at] = other;
                None
            }
        }
    }

    /// `set_table_resize`: the new table is the smallest power of two above `minused`,
    /// refilled in old-table order without comparisons (`set_insert_clean`).
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        // The small table without dummies is left as it is (set_table_resize).
        if newsize == MINSIZE && self.table.len() == MINSIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        for slot in old {
            if let Slot::Active(h, k) = slot {
                self.insert_clean(h, k);
            }
        }
    }

    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                if matches!(self.table[j], Slot::Empty) {
                    self.table[j] = Slot::Active(hash, key);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// After a difference update: when more than a quarter of the table is dummies, rebuild
    /// it (`set_difference_update_internal`'s last step).
    pub fn shed_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            let target = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(target);
        }
    }

    /// The one big resize `set_merge` / `set_update_internal` do before adding `extra` keys.
    pub fn presize(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// `set_merge` into an empty table: copy the slots when the sizes match, else insert
    /// cleanly in the other table's order. Returns false when `self` is not empty (the caller
    /// then adds key by key).
    pub fn merge_into_empty(&mut self, other: &Set) -> bool {
        self.presize(other.used);
        if self.fill != 0 {
            return false;
        }
        if self.mask() == other.mask() && other.fill == other.used {
            self.table = other.table.clone();
        } else {
            for slot in &other.table {
                if let Slot::Active(h, k) = slot {
                    self.insert_clean(*h, k.clone());
                }
            }
        }
        self.fill = other.used;
        self.used = other.used;
        true
    }

    /// Insert a key whose equality never needs Python (used for builtin keys and copies).
    pub fn add_fast(&mut self, hash: i64, key: Value) {
        if let Probe::Empty(at) = self.probe(hash, &key, &[]) {
            self.insert_at(at, hash, key);
        }
    }

    pub fn clear(&mut self) {
        *self = Set::new();
    }

    /// Keys in table order.
    pub fn keys(&self) -> Vec<Value> {
        self.table
            .iter()
            .filter_map(|s| match s {
                Slot::Active(_, k) => Some(k.clone()),
                _ => None,
            })
            .collect()
    }

    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.table
            .iter()
            .filter_map(|s| match s {
                Slot::Active(h, k) => Some((*h, k.clone())),
                _ => None,
            })
            .collect()
    }

    /// The active slot at or after `pos`.
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, Value)> {
        while pos < self.table.len() {
            if let Slot::Active(_, k) = &self.table[pos] {
                return Some((pos, k.clone()));
            }
            pos += 1;
        }
        None
    }

    /// Remove and return the first active key in table order (`set.pop` scans from a finger;
    /// CPython starts where the last pop stopped, we start at 0 each time).
    pub fn pop_first(&mut self) -> Option<Value> {
        let pos = self
            .table
            .iter()
            .position(|s| matches!(s, Slot::Active(..)))?;
        self.remove_at(pos)
    }
}
