//! pydive's virtual machine: runs CPython 3.12 code objects on frames with real value stacks.
//!
//! Layout (see docs/VM.md):
//! - `value` — the `Value` type; `objects/` — one file per object type and its methods;
//! - `frame` — frames and their layout; `eval/` — the evaluation loop and opcode handlers by
//!   category; `generator` — send/throw/close;
//! - `ops` — the object protocols (attributes, calls, operators, items, iteration);
//! - `builtins/` — the builtins module; `modules/` — native modules; `import` — the import
//!   system and the embedded `lib/`; `traceback` — uncaught-exception reports;
//! - `trace` — the tracer hook; `run` — running a program as `python` does.

pub mod anchors;
pub mod builtins;
pub mod eval;
pub mod frame;
pub mod gc;
pub mod generator;
pub mod import;
pub mod modules;
pub mod objects;
pub mod ops;
pub mod run;
pub mod settrace;
pub mod threads;
pub mod trace;
pub mod traceback;
pub mod value;
pub mod vm;

pub use value::Value;
pub use vm::{PyErr, PyResult, Vm};
