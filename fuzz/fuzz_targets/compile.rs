//! Coverage-guided fuzzing of `pydive_compiler::compile`: any bytes, decoded as UTF-8 with
//! replacement, compiled in the mode the first byte picks. The compiler must return a code
//! object or a `CompileError` — never panic, never overflow its stack — and a code object
//! must survive a marshal round trip byte for byte.
//!
//! Run from the repository root: `cargo +nightly fuzz run compile fuzz/corpus/compile` (seed
//! the corpus with `cp tests/programs/*/*.py fuzz/corpus/compile/`). docs/FUZZING.md says more.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pydive_bytecode::marshal;
use pydive_compiler::{compile, Mode};

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let mode = match first % 3 {
        0 => Mode::Exec,
        1 => Mode::Eval,
        _ => Mode::Single,
    };
    let source = String::from_utf8_lossy(rest);
    match compile(&source, "<fuzz>", mode) {
        Ok(code) => {
            let bytes = marshal::dumps(&code);
            match marshal::loads(&bytes) {
                Ok(back) => assert!(marshal::dumps(&back) == bytes, "marshal round trip"),
                Err(marshal::MarshalError::TooDeep) => {}
                Err(e) => panic!("marshal.loads of marshal.dumps: {e:?}"),
            }
        }
        Err(e) => {
            assert!(!e.msg.is_empty(), "empty error message");
        }
    }
});
