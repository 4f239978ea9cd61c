//! `_random.Random`: the Mersenne Twister core of `random` (CPython's `_randommodule.c`).
//!
//! lib/random.py keeps everything a Python user can override (`seed`'s argument handling,
//! every distribution); this type holds the 624 state words and hands out raw 32-bit words,
//! `random()` floats and `getrandbits(k)`. State and results are those of MT19937 as CPython
//! seeds it, so `random.seed(42); random.random()` prints the same digits on both.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigUint;

use crate::objects::function::{Args, NativeFn};
use crate::objects::native::{self, NativeData};
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

const WORDS: usize = 624;
const SHIFT: usize = 397;

/// The generator's state; `mt` is empty until the first seeding.
struct Twister {
    state: RefCell<State>,
}

struct State {
    mt: Vec<u32>,
    pos: usize,
}

impl NativeData for Twister {
    fn traverse(&self, _visit: &mut dyn FnMut(&Value)) -> bool {
        true
    }
    fn clear(&self, _trash: &mut Vec<Value>) {}
}

impl State {
    /// MT19937's init_by_array: the fixed start, then `key` folded in twice over.
    fn mix_in(&mut self, key: &[u32]) {
        let mut mt = vec![0u32; WORDS];
        mt[0] = 19_650_218;
        for i in 1..WORDS {
            let prev = mt[i - 1];
            mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        let (mut i, mut j) = (1usize, 0usize);
        let key_len = key.len().max(1);
        for _ in 0..WORDS.max(key.len()) {
            let prev = mt[i - 1];
            let k = key.get(j).copied().unwrap_or(0);
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(k)
                .wrapping_add(j as u32);
            i += 1;
            if i == WORDS {
                mt[0] = mt[WORDS - 1];
                i = 1;
            }
            j = (j + 1) % key_len;
        }
        for _ in 0..WORDS - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i == WORDS {
                mt[0] = mt[WORDS - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000; // never an all-zero state
        self.mt = mt;
        self.pos = WORDS;
    }

    fn twist(&mut self) {
        let mt = &mut self.mt;
        for i in 0..WORDS {
            let next = mt[(i + 1) % WORDS];
            let y = (mt[i] & 0x8000_0000) | (next & 0x7fff_ffff);
            let mut v = mt[(i + SHIFT) % WORDS] ^ (y >> 1);
            if next & 1 != 0 {
                v ^= 0x9908_b0df;
            }
            mt[i] = v;
        }
        self.pos = 0;
    }

    /// The next tempered 32-bit word.
    fn word(&mut self) -> u32 {
        if self.pos >= WORDS {
            self.twist();
        }
        let mut y = self.mt[self.pos];
        self.pos += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }
}

/// The twister of `self` (first argument), seeded from the OS by the instance's own
/// `seed()` when a subclass never seeded it.
fn this(vm: &mut Vm, a: &Args, method: &str) -> PyResult<Rc<Twister>> {
    let me = a.pos.first().cloned().unwrap_or(Value::None);
    let Some(t) = native::data_of::<Twister>(&me) else {
        let got = vm.type_name(&me);
        return Err(vm.type_error(format!(
            "descriptor '{method}' for '_random.Random' objects doesn't apply to a '{got}' object"
        )));
    };
    if t.state.borrow().mt.is_empty() {
        let seed = vm.getattr(&me, "seed")?;
        vm.call(&seed, vec![])?;
        if t.state.borrow().mt.is_empty() {
            t.state.borrow_mut().mix_in(&[0]);
        }
    }
    Ok(t)
}

fn r_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Type(cls)) = a.pos.first() else {
        return Err(vm.type_error("Random.__new__(X): X is not a type object"));
    };
    let cls = cls.clone();
    let data = Rc::new(Twister {
        state: RefCell::new(State {
            mt: Vec::new(),
            pos: WORDS,
        }),
    });
    Ok(native::new_object(vm, &cls, data))
}

/// `_mix_in(key)`: seed from a list of 32-bit words (lib/random.py turns `seed`'s argument
/// into them).
fn r_mix_in(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = a.pos.first().cloned().unwrap_or(Value::None);
    let Some(t) = native::data_of::<Twister>(&me) else {
        return Err(vm.type_error("_mix_in() needs a _random.Random"));
    };
    let items = vm.collect(a.pos.get(1).unwrap_or(&Value::None))?;
    let mut key = Vec::with_capacity(items.len());
    for it in &items {
        key.push((vm.index_value(it)? & 0xffff_ffff) as u32);
    }
    if key.is_empty() {
        key.push(0);
    }
    t.state.borrow_mut().mix_in(&key);
    Ok(Value::None)
}

/// `random()`: 53 random bits as a float in [0.0, 1.0).
fn r_random(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "random")?;
    let mut s = t.state.borrow_mut();
    let high = (s.word() >> 5) as f64;
    let low = (s.word() >> 6) as f64;
    Ok(Value::Float(
        (high * 67_108_864.0 + low) * (1.0 / 9_007_199_254_740_992.0),
    ))
}

/// `getrandbits(k)`: an int of k random bits, built from 32-bit words, least significant
/// first, the last word keeping its top bits.
fn r_getrandbits(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let k = vm.index_value(a.pos.get(1).unwrap_or(&Value::None))?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let t = this(vm, &a, "getrandbits")?;
    let mut s = t.state.borrow_mut();
    if k <= 32 {
        return Ok(Value::Int(if k == 0 {
            0
        } else {
            (s.word() >> (32 - k)) as i64
        }));
    }
    let mut words = Vec::with_capacity(k as usize / 32 + 1);
    let mut left = k;
    while left > 0 {
        let mut w = s.word();
        if left < 32 {
            w >>= 32 - left;
        }
        words.push(w);
        left -= 32;
    }
    drop(s);
    let n = BigUint::from_slice(&words);
    Ok(Value::from_bigint(n.into()))
}

/// `getstate()`: the 624 words and the position.
fn r_getstate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "getstate")?;
    let s = t.state.borrow();
    let mut out: Vec<Value> = s.mt.iter().map(|&w| Value::Int(w as i64)).collect();
    out.push(Value::Int(s.pos as i64));
    Ok(Value::tuple(out))
}

/// `setstate(state)`, with CPython's checks and messages.
fn r_setstate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = a.pos.first().cloned().unwrap_or(Value::None);
    let Some(t) = native::data_of::<Twister>(&me) else {
        return Err(vm.type_error("setstate() needs a _random.Random"));
    };
    let Some(Value::Tuple(state)) = a.pos.get(1) else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if state.len() != WORDS + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut mt = Vec::with_capacity(WORDS);
    for w in &state[..WORDS] {
        let v = match w {
            Value::Int(i) => *i as i128,
            Value::Bool(b) => *b as i128,
            Value::BigInt(b) => {
                use num_traits::ToPrimitive;
                b.to_i128().unwrap_or(i128::MAX)
            }
            _ => return Err(vm.type_error("an integer is required")),
        };
        if v < 0 {
            return Err(vm.overflow_error("can't convert negative value to unsigned int"));
        }
        if v > u64::MAX as i128 {
            return Err(vm.overflow_error("Python int too large to convert to C unsigned long"));
        }
        mt.push(v as u32);
    }
    let pos = vm.index_value(&state[WORDS])?;
    if !(0..=WORDS as i64).contains(&pos) {
        return Err(vm.value_error("invalid state"));
    }
    let mut s = t.state.borrow_mut();
    s.mt = mt;
    s.pos = pos as usize;
    Ok(Value::None)
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let t = native::new_type(vm, "_random", "Random");
    native::add_new(vm, &t, r_new);
    let methods: &[(&str, NativeFn)] = &[
        ("_mix_in", r_mix_in),
        ("random", r_random),
        ("getrandbits", r_getrandbits),
        ("getstate", r_getstate),
        ("setstate", r_setstate),
    ];
    for (n, f) in methods {
        vm.add_method(&t, n, *f);
    }
    d.borrow_mut().set_str("Random", Value::Type(t));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// MT19937's reference output for init_by_array({0x123, 0x234, 0x345, 0x456}).
    #[test]
    fn reference_sequence() {
        let mut s = State {
            mt: Vec::new(),
            pos: WORDS,
        };
        s.mix_in(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| s.word()).collect();
        assert_eq!(
            first,
            [
                1_067_595_299,
                955_945_823,
                477_289_528,
                4_107_218_783,
                4_228_976_476
            ]
        );
    }
}
