//! Python's object types: one file per type. Each file holds the type's data and its
//! builtin methods, registered into the type's dict by its `init` function (see docs/VM.md).

pub mod argcheck;
pub mod argvec;
pub mod arith;
pub mod asyncgen;
pub mod asyncgen_awaitable;
pub mod attrs;
pub mod bytes;
pub mod charmap;
#[rustfmt::skip]
mod charmap_tables;
pub mod code;
pub mod compare;
pub mod descriptors;
pub mod dict;
pub mod dictobj;
pub mod dictview;
pub mod dunders;
pub mod exceptions;
pub mod float;
pub mod format;
pub mod function;
pub mod generator;
pub mod hash;
pub mod instance;
pub mod int;
pub mod items;
pub mod iter;
pub mod iterators;
pub mod list;
pub mod mappingproxy;
pub mod memoryview;
pub mod misc;
pub mod module;
pub mod native;
pub mod rangeobj;
pub mod repr;
pub mod set;
pub mod setops;
pub mod str;
pub mod str_index;
pub mod tuple;
pub mod typecall;
pub mod typeobj;

pub use dictobj::dict_update_from;

pub fn dict_methods_init(vm: &mut crate::vm::Vm) {
    dictobj::init(vm);
}
