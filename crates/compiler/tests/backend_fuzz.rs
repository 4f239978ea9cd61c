//! The back half never panics: random instruction sequences (any opcode, wild opargs, jumps
//! anywhere, handler setups without matching pops, labels in odd places) go through
//! `optimize_and_assemble`, which must return a code object or an error — never unwind.
//! Deterministic (a fixed-seed xorshift), so a failure reproduces.

use std::sync::Arc;

use pydive_bytecode::{Constant, Opcode};
use pydive_compiler::assemble::optimize_and_assemble;
use pydive_compiler::ir::{InstrSequence, Location, UnitMetadata};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

fn random_unit(rng: &mut Rng) -> (InstrSequence, UnitMetadata) {
    let ops = Opcode::ALL;
    let n = 1 + rng.below(40) as usize;
    let nconsts = rng.below(5) as usize;
    let mut meta = UnitMetadata {
        name: Arc::from("f"),
        qualname: Arc::from("f"),
        firstlineno: rng.below(3) as u32,
        flags: [0, 0x3, 0x23, 0xa3, 0x7][rng.below(5) as usize],
        argcount: rng.below(3) as u32,
        ..UnitMetadata::default()
    };
    for i in 0..nconsts {
        meta.consts.push(match i % 4 {
            0 => Constant::None,
            1 => Constant::Bool(rng.below(2) == 1),
            2 => Constant::Int((rng.below(300) as i64).into()),
            _ => Constant::Str(Arc::from("s")),
        });
    }
    for i in 0..rng.below(70) {
        meta.varnames.push(Arc::from(format!("v{i}").as_str()));
    }
    for i in 0..rng.below(3) {
        meta.cellvars.push(Arc::from(format!("c{i}").as_str()));
    }
    for i in 0..rng.below(3) {
        meta.freevars.push(Arc::from(format!("f{i}").as_str()));
    }
    meta.names.push(Arc::from("n"));
    let mut seq = InstrSequence::default();
    let labels: Vec<_> = (0..1 + rng.below(6)).map(|_| seq.new_label()).collect();
    for _ in 0..n {
        if rng.below(4) == 0 {
            let l = labels[rng.below(labels.len() as u64) as usize];
            seq.place_label(l);
        }
        let op = ops[rng.below(ops.len() as u64) as usize];
        let oparg = match rng.below(6) {
            0 => rng.below(1 << 31) as u32,
            1 => 0,
            _ => rng.below(8) as u32,
        };
        let line = rng.below(5) as i32 - 1;
        let loc = Location {
            lineno: line,
            end_lineno: line + rng.below(2) as i32,
            col_offset: rng.below(90) as i32 - 1,
            end_col_offset: rng.below(90) as i32 - 1,
        };
        if op.is_jump()
            || matches!(
                op,
                Opcode::SetupFinally | Opcode::SetupCleanup | Opcode::SetupWith
            )
        {
            let l = labels[rng.below(labels.len() as u64) as usize];
            seq.emit_jump(op, l, loc);
        } else {
            seq.emit(op, oparg, loc);
        }
    }
    // Most real units end in a return; some random ones do not.
    if rng.below(4) != 0 {
        seq.emit(Opcode::ReturnConst, 0, Location::NONE);
    }
    (seq, meta)
}

#[test]
fn random_sequences_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let (mut ok, mut errors) = (0, 0);
    for case in 0..20_000 {
        let (seq, meta) = random_unit(&mut rng);
        let result = std::panic::catch_unwind(|| {
            optimize_and_assemble(seq.clone(), meta.clone(), &Arc::from("fuzz.py"))
        });
        match result {
            Ok(Ok(_)) => ok += 1,
            Ok(Err(_)) => errors += 1,
            Err(_) => panic!("case {case} panicked: {seq:?} {meta:?}"),
        }
    }
    // Both outcomes must occur, or the generator is not exploring.
    assert!(ok > 100 && errors > 100, "ok {ok}, errors {errors}");
}
