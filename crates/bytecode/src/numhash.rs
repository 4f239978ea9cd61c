//! The hash functions of CPython's numbers and tuples (`Objects/longobject.c`,
//! `floatobject.c`, `tupleobject.c`). They do not depend on the process's hash secret, so
//! both the VM (`hash()`) and `dis` (the order of a frozenset constant's items) use them.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// `_PyHASH_MODULUS`: 2**61 - 1.
pub const MODULUS: u64 = (1 << 61) - 1;
const BITS: u32 = 61;
/// `_PyHASH_INF`.
pub const INF: i64 = 314159;

pub fn hash_i64(v: i64) -> i64 {
    let m = MODULUS as i128;
    let r = (v as i128).abs() % m;
    let r = if v < 0 { -r } else { r } as i64;
    if r == -1 {
        -2
    } else {
        r
    }
}

pub fn hash_bigint(v: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = (v.magnitude() % m.magnitude()).to_i64().unwrap_or(0);
    let r = if v.sign() == Sign::Minus { -r } else { r };
    if r == -1 {
        -2
    } else {
        r
    }
}

/// `_Py_HashDouble` (NaN hashes are identity-based; the caller passes the object id).
pub fn hash_f64(v: f64, id: usize) -> i64 {
    if !v.is_finite() {
        if v.is_infinite() {
            return if v > 0.0 { INF } else { -INF };
        }
        return (id >> 4) as i64;
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % BITS as i32
    } else {
        BITS as i32 - 1 - ((-1 - e) % BITS as i32)
    } as u32;
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let r = (x as i64).wrapping_mul(sign);
    if r == -1 {
        -2
    } else {
        r
    }
}

/// C's `frexp`: v = m * 2**e with 0.5 <= |m| < 1.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // subnormal: scale up first
        let (m, e) = frexp(v * f64::powi(2.0, 64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m_bits = (bits & !(0x7ffu64 << 52)) | (1022u64 << 52);
    (f64::from_bits(m_bits), e)
}

/// `_PyHASH_XXPRIME_5`: where the rounds start, and part of the tuple's length mix.
const XX_PRIME_5: u64 = 2870177450012600261;

/// The xxHash rounds of 3.12's tuple hash over the items' hashes (before the length is
/// mixed in).
fn xx_rounds(item_hashes: &[i64]) -> u64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    let mut acc: u64 = XX_PRIME_5;
    for &h in item_hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc
}

/// -1 is no hash: both hashes give this constant instead.
fn not_minus_one(acc: u64) -> i64 {
    if acc == u64::MAX {
        1546275796
    } else {
        acc as i64
    }
}

/// The slice hash of 3.12 (slices became hashable in 3.12): the tuple hash's rounds over
/// start, stop and step, without the tuple's final mixing in of the length.
pub fn hash_slice(item_hashes: [i64; 3]) -> i64 {
    not_minus_one(xx_rounds(&item_hashes))
}

/// The tuple hash of 3.12 (xxHash-based), over the items' hashes.
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    let len_mix = (item_hashes.len() as u64) ^ (XX_PRIME_5 ^ 3527539);
    let acc = xx_rounds(item_hashes).wrapping_add(len_mix);
    not_minus_one(acc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_hash_matches_cpython() {
        // hash(slice(1, 2)) and hash(slice(None)) in CPython 3.12.1 (None hashes to
        // 0xFCA86420 since 3.12).
        assert_eq!(hash_slice([1, 2, 0xFCA86420]), -2178470213028018262);
        assert_eq!(hash_slice([0xFCA86420; 3]), 4032618106351268893);
    }

    #[test]
    fn ints_and_floats_agree() {
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(12345), 12345);
        assert_eq!(hash_f64(1.5, 0), 1152921504606846977);
        assert_eq!(hash_f64(2.0, 0), 2);
        assert_eq!(hash_f64(-0.5, 0), -1152921504606846976);
    }

    #[test]
    fn tuple_hash_matches_cpython() {
        // python3.12 -c "print(hash((1, 2)))"
        assert_eq!(hash_tuple(&[1, 2]), -3550055125485641917);
        assert_eq!(hash_tuple(&[]), 5740354900026072187);
    }
}
