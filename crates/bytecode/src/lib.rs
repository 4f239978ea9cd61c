//! pydive's bytecode crate: the CPython 3.12 instruction set, code objects, and the formats
//! they travel in (marshal, line table, exception table) plus their `dis` rendering.

pub mod code;
pub mod dis;
pub mod exception_table;
pub mod linetable;
pub mod marshal;
pub mod numhash;
pub mod opcode;
pub mod pyrepr;
mod unicode_printable;

pub use code::{CodeObject, Constant};
pub use opcode::Opcode;
