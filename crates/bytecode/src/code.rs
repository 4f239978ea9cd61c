//! Code objects: the compiled form of a module, class body or function, as CPython 3.12 lays it
//! out (`PyCodeObject`, `Include/cpython/code.h`).
//!
//! A `CodeObject` is plain immutable data shared by reference (`Arc`). The compiler makes them,
//! marshal reads and writes them, `dis` prints them and the VM runs them. Field names are
//! CPython's `co_*` names without the prefix.

use std::sync::Arc;

use num_bigint::BigInt;

/// `co_flags` bits (`Include/cpython/code.h`).
pub mod co_flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;
}

/// Kind bits of each entry of `co_localsplusnames` (`co_localspluskinds`,
/// `Include/internal/pycore_code.h`).
pub mod local_kind {
    pub const HIDDEN: u8 = 0x10;
    pub const LOCAL: u8 = 0x20;
    pub const CELL: u8 = 0x40;
    pub const FREE: u8 = 0x80;
}

/// An entry of `co_consts`: the values a code object can hold as constants, and what marshal
/// can write. Nested code objects are constants too.
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Ellipsis,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex { real: f64, imag: f64 },
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Tuple(Arc<[Constant]>),
    FrozenSet(Arc<[Constant]>),
    Code(Arc<CodeObject>),
}

/// A compiled code object. `co_varnames`, `co_cellvars` and `co_freevars` are derived from
/// `localsplusnames` + `localspluskinds`, exactly as CPython 3.12 stores and marshals them.
#[derive(Clone, Debug)]
pub struct CodeObject {
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub stacksize: u32,
    pub flags: u32,
    /// `co_code`: the pristine bytecode, CACHE entries included (zeroed), 2 bytes per unit.
    pub code: Vec<u8>,
    pub consts: Vec<Constant>,
    pub names: Vec<Arc<str>>,
    /// Names of every fast local, cell and free variable, in frame slot order.
    pub localsplusnames: Vec<Arc<str>>,
    /// One `local_kind` byte per entry of `localsplusnames`.
    pub localspluskinds: Vec<u8>,
    pub filename: Arc<str>,
    pub name: Arc<str>,
    pub qualname: Arc<str>,
    pub firstlineno: u32,
    /// `co_linetable`: the 3.12 location table (PEP 657 format).
    pub linetable: Vec<u8>,
    /// `co_exceptiontable`: varint-encoded handler ranges.
    pub exceptiontable: Vec<u8>,
}

impl CodeObject {
    fn names_with_kind(&self, pick: impl Fn(u8) -> bool) -> Vec<Arc<str>> {
        self.localsplusnames
            .iter()
            .zip(&self.localspluskinds)
            .filter(|(_, &kind)| pick(kind))
            .map(|(name, _)| name.clone())
            .collect()
    }

    /// `co_varnames`: arguments and plain locals (a cell that is also an argument counts too).
    pub fn varnames(&self) -> Vec<Arc<str>> {
        self.names_with_kind(|k| k & local_kind::LOCAL != 0)
    }

    /// `co_cellvars`.
    pub fn cellvars(&self) -> Vec<Arc<str>> {
        self.names_with_kind(|k| k & local_kind::CELL != 0)
    }

    /// `co_freevars`.
    pub fn freevars(&self) -> Vec<Arc<str>> {
        self.names_with_kind(|k| k & local_kind::FREE != 0)
    }

    /// `co_nlocals`.
    pub fn nlocals(&self) -> usize {
        self.varnames().len()
    }

    /// Number of frame slots for locals, cells and free variables (`co_nlocalsplus`).
    pub fn nlocalsplus(&self) -> usize {
        self.localsplusnames.len()
    }
}
