//! Native modules, one file each. `register` lists them; `import` finds them before the
//! embedded `lib/` modules and `sys.path`. Fallback modules (used only when `lib/` has no
//! module of that name) are listed in `FALLBACKS`.

pub mod ast;
pub mod asyncio_native;
pub mod bz2lzma;
pub mod contextvars;
pub mod deque;
pub mod dis;
pub mod fork;
pub mod gc;
pub mod inspect;
pub mod io;
pub mod json;
pub mod marshal;
pub mod math;
pub mod opcode;
pub mod os;
pub mod posix_extra;
pub mod pydive;
pub mod random;
pub mod select;
pub mod signal;
pub mod socket;
pub mod sre;
pub mod subprocess;
pub mod sys;
pub mod time;
pub mod unicodedata;
#[rustfmt::skip]
mod unicodedata_tables;
mod stdlib_names;
pub mod weakref;
pub mod zlib;

use crate::vm::{ModuleInit, Vm};
pub use stdlib_names::STDLIB_MODULE_NAMES;

/// Native modules that take precedence over everything else.
const NATIVE: &[(&str, ModuleInit)] = &[
    ("sys", sys::init),
    ("builtins", builtins_init),
    ("_io", io::init),
    ("_time", time::init),
    ("math", math::init),
    ("_pydive", pydive::init),
    ("_ast", ast::init),
    ("_dis", dis::init),
    ("opcode", opcode::init),
    ("marshal", marshal::init),
    ("gc", gc::init),
    ("posix", os::init),
    ("select", select::init),
    ("_signal", signal::init),
    ("socket", socket::init),
    ("_sre_pydive", sre::init),
    ("_weakref", weakref::init),
    ("_collections", deque::init),
    ("_random", random::init),
    ("_contextvars", contextvars::init),
    ("_asyncio", asyncio_native::init),
    ("_pydive_thread", crate::threads::init),
    ("_zlib", zlib::init),
    ("_json", json::init),
    ("_subprocess", subprocess::init),
    ("unicodedata", unicodedata::init),
    ("_charmap", crate::objects::charmap::init),
    ("_pydive_bz2", bz2lzma::init_bz2),
    ("_pydive_lzma", bz2lzma::init_lzma),
    ("_fcntl", posix_extra::init_fcntl),
    ("_resource", posix_extra::init_resource),
];

/// Native stand-ins used only when `lib/` does not provide the module.
pub const FALLBACKS: &[(&str, ModuleInit)] = &[("inspect", inspect::init), ("io", io::init)];

pub fn register(vm: &mut Vm) {
    crate::objects::code::init(vm);
    inspect::init_frame(vm);
    crate::objects::iter::init_dunders(vm);
    for (name, init) in NATIVE {
        vm.native_modules.insert(name, *init);
    }
}

fn builtins_init(_vm: &mut Vm, _d: &crate::value::DictRef) -> crate::vm::PyResult<()> {
    Ok(())
}
