//! CPython's hash functions (`Python/pyhash.c`, `Objects/longobject.c`, `floatobject.c`,
//! `tupleobject.c`), so that hash values, and with them set iteration order, match CPython.

use std::cell::Cell;

pub use pydive_bytecode::numhash::{
    frexp, hash_bigint, hash_f64, hash_i64, hash_tuple, INF, MODULUS,
};

thread_local! {
    /// The SipHash key `(k0, k1)` of `_Py_HashSecret`.
    static SECRET: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

/// Set the hash secret the way CPython does for `PYTHONHASHSEED`: seed 0 disables
/// randomization (all-zero key); seed N fills the key with `lcg_urandom(N)`; `None`
/// (unset or "random") uses a random key.
pub fn init_secret(seed: Option<u32>) {
    let mut buf = [0u8; 24];
    let seed = match seed {
        Some(s) => s,
        None => {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos() as u32 ^ std::process::id())
                .unwrap_or(12345);
            t | 1
        }
    };
    if seed != 0 {
        let mut x = seed;
        for b in buf.iter_mut() {
            x = x.wrapping_mul(214013).wrapping_add(2531011);
            *b = ((x >> 16) & 0xff) as u8;
        }
    }
    let k0 = u64::from_le_bytes(buf[0..8].try_into().unwrap_or([0; 8]));
    let k1 = u64::from_le_bytes(buf[8..16].try_into().unwrap_or([0; 8]));
    SECRET.with(|s| s.set((k0, k1)));
    HASH_CACHE.with(|c| c.borrow_mut().clear());
}

fn siphash13(k0: u64, k1: u64, src: &[u8]) -> u64 {
    let mut b: u64 = (src.len() as u64) << 56;
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    macro_rules! half_round {
        ($a:ident, $b:ident, $c:ident, $d:ident, $s:expr, $t:expr) => {
            $a = $a.wrapping_add($b);
            $c = $c.wrapping_add($d);
            $b = $b.rotate_left($s) ^ $a;
            $d = $d.rotate_left($t) ^ $c;
            $a = $a.rotate_left(32);
        };
    }
    macro_rules! single_round {
        () => {
            half_round!(v0, v1, v2, v3, 13, 16);
            half_round!(v2, v1, v0, v3, 17, 21);
        };
    }
    let mut chunks = src.chunks_exact(8);
    for c in &mut chunks {
        let mi = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        v3 ^= mi;
        single_round!();
        v0 ^= mi;
    }
    let mut t: u64 = 0;
    for (i, &byte) in chunks.remainder().iter().enumerate() {
        t |= (byte as u64) << (8 * i);
    }
    b |= t;
    v3 ^= b;
    single_round!();
    v0 ^= b;
    v2 ^= 0xff;
    single_round!();
    single_round!();
    single_round!();
    (v0 ^ v1) ^ (v2 ^ v3)
}

/// `_Py_HashBytes`.
pub fn hash_bytes(data: &[u8]) -> i64 {
    if data.is_empty() {
        return 0;
    }
    let (k0, k1) = SECRET.with(|s| s.get());
    let x = siphash13(k0, k1, data) as i64;
    if x == -1 {
        -2
    } else {
        x
    }
}

/// One slot of the str-hash cache: a short string's address, length, bytes and hash.
#[derive(Clone, Copy)]
struct HashSlot {
    ptr: usize,
    len: usize,
    bytes: [u8; 24],
    hash: i64,
}

const HASH_SLOTS: usize = 512;

thread_local! {
    /// CPython keeps a str's hash in the object; pydive's `Rc<str>` has no room for it, so
    /// short strings' hashes are remembered here, keyed by address and checked by content
    /// (so a freed and reused address can never give a wrong hash). Attribute and global
    /// names are hashed over and over from the same code-object strings; this makes that a
    /// compare instead of a SipHash.
    static HASH_CACHE: std::cell::RefCell<Vec<HashSlot>> = const {
        std::cell::RefCell::new(Vec::new())
    };
}

/// str hash: SipHash over the string's PEP 393 storage (1, 2 or 4 bytes per code point).
pub fn hash_str(s: &str) -> i64 {
    let len = s.len();
    if len == 0 || len > 24 {
        return hash_str_uncached(s);
    }
    let ptr = s.as_ptr() as usize;
    let slot = (ptr >> 3 ^ ptr >> 12 ^ len) % HASH_SLOTS;
    HASH_CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_empty() {
            c.resize(
                HASH_SLOTS,
                HashSlot {
                    ptr: 0,
                    len: 0,
                    bytes: [0; 24],
                    hash: 0,
                },
            );
        }
        let e = &mut c[slot];
        if e.ptr == ptr && e.len == len && &e.bytes[..len] == s.as_bytes() {
            return e.hash;
        }
        let h = hash_str_uncached(s);
        e.ptr = ptr;
        e.len = len;
        e.bytes[..len].copy_from_slice(s.as_bytes());
        e.hash = h;
        h
    })
}

fn hash_str_uncached(s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(s.as_bytes());
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut buf = Vec::with_capacity(s.len() * 4);
    for c in s.chars() {
        let c = c as u32;
        if max < 0x100 {
            buf.push(c as u8);
        } else if max < 0x10000 {
            buf.extend_from_slice(&(c as u16).to_le_bytes());
        } else {
            buf.extend_from_slice(&c.to_le_bytes());
        }
    }
    hash_bytes(&buf)
}

/// frozenset hash (`frozenset_hash` in setobject.c).
pub fn hash_frozenset(item_hashes: &[i64]) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for &h in item_hashes {
        hash ^= shuffle(h as u64);
    }
    if item_hashes.len() % 2 == 1 {
        // entries of the table that are empty or dummies are not counted: matches CPython
    }
    hash ^= ((item_hashes.len() as u64).wrapping_add(1)).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        hash = 590923713;
    }
    hash as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_hash_with_seed_zero() {
        init_secret(Some(0));
        // PYTHONHASHSEED=0 python3.12 -c "print(hash('a'), hash('hello'))"
        assert_eq!(hash_str("a"), 4644417185603328019);
        assert_eq!(hash_str("é"), 6047309291227476195);
        assert_eq!(hash_str("hello"), -2096571579003691106);
    }
}
