//! `pyrepr::set_iteration_order` against CPython 3.12's own sets of ints.
//! Golden: `tests/golden/set_order.txt`, regenerated with
//! `python3.12 crates/bytecode/tests/golden/regen_set_order.py`.

use num_bigint::BigInt;
use pydive_bytecode::pyrepr::{constant_hash, set_iteration_order};
use pydive_bytecode::Constant;

#[test]
fn int_sets_iterate_in_cpython_order() {
    let golden = include_str!("golden/set_order.txt");
    let mut cases = 0;
    for line in golden.lines() {
        let (inserted, expected) = line.split_once(" | ").unwrap();
        let values: Vec<BigInt> = inserted.split(' ').map(|v| v.parse().unwrap()).collect();
        let hashes: Vec<i64> = values
            .iter()
            .map(|v| constant_hash(&Constant::Int(v.clone())).unwrap())
            .collect();
        let order: Vec<String> = set_iteration_order(&hashes)
            .into_iter()
            .map(|i| values[i].to_string())
            .collect();
        assert_eq!(order.join(" "), expected, "inserted: {inserted}");
        cases += 1;
    }
    assert_eq!(cases, 300);
}

#[test]
fn none_float_and_tuple_constants_hash_as_cpython() {
    // python3.12 -c "print(hash(None), hash(1.5), hash((None, 2.0)), hash(1j))"
    assert_eq!(constant_hash(&Constant::None), Some(4238894112));
    assert_eq!(
        constant_hash(&Constant::Float(1.5)),
        Some(1152921504606846977)
    );
    let pair = Constant::Tuple(vec![Constant::None, Constant::Float(2.0)].into());
    assert_eq!(constant_hash(&pair), Some(1669403740323764951));
    let j = Constant::Complex {
        real: 0.0,
        imag: 1.0,
    };
    assert_eq!(constant_hash(&j), Some(1000003));
    assert_eq!(constant_hash(&Constant::Float(f64::NAN)), None);
}
