//! The opcode table against CPython 3.12's `opcode` and `dis` modules.
//!
//! Golden: `tests/golden/opcode_table.txt`, regenerated with
//! `python3.12 crates/bytecode/tests/golden/regen_opcode_golden.py`.

use pydive_bytecode::opcode::{
    self, OpFlags, CMP_OP, HAVE_ARGUMENT, INTRINSIC_1, INTRINSIC_2, MAX_PSEUDO_OPCODE,
    MIN_INSTRUMENTED_OPCODE, MIN_PSEUDO_OPCODE, NB_OPS,
};
use pydive_bytecode::Opcode;

const GOLDEN: &str = include_str!("golden/opcode_table.txt");

fn flag_names(flags: OpFlags) -> String {
    let names = [
        (OpFlags::ARG, "ARG"),
        (OpFlags::CONST, "CONST"),
        (OpFlags::NAME, "NAME"),
        (OpFlags::JUMP, "JUMP"),
        (OpFlags::LOCAL, "LOCAL"),
        (OpFlags::FREE, "FREE"),
        (OpFlags::COMPARE, "COMPARE"),
        (OpFlags::EXC, "EXC"),
    ];
    let set: Vec<&str> = names
        .iter()
        .filter(|(bit, _)| flags.has(*bit))
        .map(|(_, name)| *name)
        .collect();
    if set.is_empty() {
        "NONE".to_string()
    } else {
        set.join("|")
    }
}

fn parse_effect(text: &str) -> Option<i32> {
    if text == "-" {
        None
    } else {
        Some(text.parse().expect("golden effect is an integer or '-'"))
    }
}

#[test]
fn table_matches_cpython_opcode_module() {
    let mut seen = Vec::new();
    let mut checked_effects = 0;
    for line in GOLDEN.lines() {
        if line.starts_with('#') {
            continue;
        }
        let Some((head, effects)) = line.split_once(" | ") else {
            continue;
        };
        let fields: Vec<&str> = head.split(' ').collect();
        let [name, number, caches, flags] = fields[..] else {
            panic!("bad golden line {line}");
        };
        let number: u16 = number.parse().unwrap();
        let op = Opcode::from_u16(number).unwrap_or_else(|| panic!("{name} ({number}) missing"));
        assert_eq!(op.name(), name, "name of opcode {number}");
        assert_eq!(
            op.cache_entries().to_string(),
            caches,
            "cache entries of {name}"
        );
        assert_eq!(flag_names(op.flags()), flags, "flags of {name}");
        for probe in effects.split(' ') {
            let (oparg, values) = probe.split_once(':').unwrap();
            let oparg: u32 = oparg.parse().unwrap();
            let values: Vec<Option<i32>> = values.split(',').map(parse_effect).collect();
            let [any, taken, not_taken] = values[..] else {
                panic!("bad probe {probe}");
            };
            // Instructions without an argument are probed once; any oparg must agree.
            let opargs: &[u32] = if op.has_arg() { &[oparg] } else { &[0, 7, 300] };
            for &a in opargs {
                assert_eq!(op.stack_effect(a, true), taken, "{name}({a}) jump=True");
                assert_eq!(
                    op.stack_effect(a, false),
                    not_taken,
                    "{name}({a}) jump=False"
                );
                assert_eq!(op.stack_effect_max(a), any, "{name}({a}) jump=None");
                checked_effects += 3;
            }
        }
        seen.push(op);
    }
    let missing: Vec<&str> = Opcode::ALL
        .iter()
        .filter(|op| !seen.contains(op))
        .map(|op| op.name())
        .collect();
    assert!(missing.is_empty(), "not in CPython 3.12: {missing:?}");
    assert!(
        checked_effects > 3000,
        "only {checked_effects} effects checked"
    );
}

fn extra(key: &str) -> Vec<&'static str> {
    let line = GOLDEN
        .lines()
        .find(|l| l.split(' ').next() == Some(key))
        .unwrap_or_else(|| panic!("{key} not in golden"));
    line.split(' ').skip(1).collect()
}

#[test]
fn constants_and_oparg_tables_match() {
    assert_eq!(extra("HAVE_ARGUMENT"), [HAVE_ARGUMENT.to_string()]);
    assert_eq!(extra("MIN_PSEUDO_OPCODE"), [MIN_PSEUDO_OPCODE.to_string()]);
    assert_eq!(extra("MAX_PSEUDO_OPCODE"), [MAX_PSEUDO_OPCODE.to_string()]);
    assert_eq!(
        extra("MIN_INSTRUMENTED_OPCODE"),
        [MIN_INSTRUMENTED_OPCODE.to_string()]
    );
    let nb: Vec<String> = NB_OPS.iter().map(|(n, s)| format!("{n}={s}")).collect();
    assert_eq!(extra("NB_OPS"), nb);
    assert_eq!(extra("CMP_OP"), CMP_OP);
    assert_eq!(extra("INTRINSIC_1"), INTRINSIC_1);
    assert_eq!(extra("INTRINSIC_2"), INTRINSIC_2);
}

#[test]
fn every_instruction_has_a_stack_doc() {
    for &op in Opcode::ALL {
        let doc = op.stack_doc();
        assert!(
            doc.starts_with('(') && doc.contains("--"),
            "{}: {doc}",
            op.name()
        );
    }
    // The doc and the counts agree where the doc is a plain list.
    assert_eq!(opcode::Opcode::BuildTuple.stack_pops(3, false), Some(3));
    assert_eq!(opcode::Opcode::LoadGlobal.stack_pushes(1, false), Some(2));
}
