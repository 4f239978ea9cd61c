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
