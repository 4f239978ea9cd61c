//! marshal: the serialization CPython 3.12 uses for code objects in `.pyc` files
//! (`Python/marshal.c`, format version 4).
//!
//! Reading accepts every type code 3.12 can write (and the older text float forms). Writing
//! reproduces the bytes `marshal.dumps` makes for a freshly compiled module: CPython decides
//! whether an object gets `FLAG_REF` from its reference count, so [`Writer`] rebuilds the
//! sharing the compiler creates (constants merged module-wide, interned names, immortal
//! singletons) instead of looking at counts.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use crate::code::{CodeObject, Constant};

/// `MAGIC_NUMBER` of CPython 3.12 (3531) as it starts a `.pyc` file.
pub const MAGIC_NUMBER: [u8; 4] = [0xcb, 0x0d, 0x0d, 0x0a];
/// `Py_MARSHAL_VERSION`.
pub const MARSHAL_VERSION: u32 = 4;
/// Nesting beyond this is refused rather than risking the Rust stack. CPython allows 2000
/// (`MAX_MARSHAL_STACK_DEPTH`); real code objects nest a few dozen levels at most, and a
/// debug build's reader frames would not fit 2000 deep in a 2 MiB thread stack.
pub const MAX_DEPTH: usize = 200;

/// Type codes (`marshal.c`).
mod type_code {
    pub const NULL: u8 = b'0';
    pub const NONE: u8 = b'N';
    pub const FALSE: u8 = b'F';
    pub const TRUE: u8 = b'T';
    pub const STOPITER: u8 = b'S';
    pub const ELLIPSIS: u8 = b'.';
    pub const INT: u8 = b'i';
    pub const INT64: u8 = b'I';
    pub const FLOAT: u8 = b'f';
    pub const BINARY_FLOAT: u8 = b'g';
    pub const COMPLEX: u8 = b'x';
    pub const BINARY_COMPLEX: u8 = b'y';
    pub const LONG: u8 = b'l';
    pub const STRING: u8 = b's';
    pub const INTERNED: u8 = b't';
    pub const REF: u8 = b'r';
    pub const TUPLE: u8 = b'(';
    pub const LIST: u8 = b'[';
    pub const DICT: u8 = b'{';
    pub const CODE: u8 = b'c';
    pub const UNICODE: u8 = b'u';
    pub const SET: u8 = b'<';
    pub const FROZENSET: u8 = b'>';
    pub const ASCII: u8 = b'a';
    pub const ASCII_INTERNED: u8 = b'A';
    pub const SMALL_TUPLE: u8 = b')';
    pub const SHORT_ASCII: u8 = b'z';
    pub const SHORT_ASCII_INTERNED: u8 = b'Z';
    pub const FLAG_REF: u8 = 0x80;
}
use type_code as tc;

/// Why a marshal stream or `.pyc` could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MarshalError {
    /// The data ended inside an object (CPython: "EOF read where object expected").
    Eof,
    /// A type code marshal does not know, at this byte offset.
    BadTypeCode { code: u8, offset: usize },
    /// A back-reference to an object not (yet) read.
    BadRef(u32),
    /// The `.pyc` does not start with 3.12's magic number.
    BadMagic([u8; 4]),
    /// Nesting deeper than [`MAX_DEPTH`].
    TooDeep,
    /// Something valid for marshal that a code object cannot hold here (names the problem).
    Invalid(String),
}

impl fmt::Display for MarshalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MarshalError::Eof => write!(f, "EOF read where object expected"),
            MarshalError::BadTypeCode { code, offset } => {
                write!(
                    f,
                    "bad marshal data (unknown type code {code:#04x} at offset {offset})"
                )
            }
            MarshalError::BadRef(index) => {
                write!(f, "bad marshal data (invalid reference {index})")
            }
            MarshalError::BadMagic(magic) => {
                write!(
                    f,
                    "bad magic number {magic:02x?} (CPython 3.12 writes cb0d0d0a)"
                )
            }
            MarshalError::TooDeep => write!(f, "bad marshal data (nesting too deep)"),
            MarshalError::Invalid(what) => write!(f, "bad marshal data ({what})"),
        }
    }
}

impl std::error::Error for MarshalError {}

/// Any value marshal can carry. Code objects and their constants are a subset
/// ([`Constant`]); the rest is here for the `marshal` module.
#[derive(Clone, Debug)]
pub enum Value {
    /// `TYPE_NULL`: ends a dict; never a value on its own.
    Null,
    None,
    StopIteration,
    Ellipsis,
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Tuple(Arc<[Value]>),
    List(Vec<Value>),
    Dict(Vec<(Value, Value)>),
    Set(Vec<Value>),
    FrozenSet(Arc<[Value]>),
    Code(Arc<CodeObject>),
}

impl Value {
    /// This value as a code-object constant, if a code object can hold it.
    pub fn into_constant(self) -> Result<Constant, MarshalError> {
        Ok(match self {
            Value::None => Constant::None,
            Value::Ellipsis => Constant::Ellipsis,
            Value::Bool(b) => Constant::Bool(b),
            Value::Int(i) => Constant::Int(i),
            Value::Float(x) => Constant::Float(x),
            Value::Complex { real, imag } => Constant::Complex { real, imag },
            Value::Str(s) => Constant::Str(s),
            Value::Bytes(b) => Constant::Bytes(b),
            Value::Tuple(items) => Constant::Tuple(constants(&items)?.into()),
            Value::FrozenSet(items) => Constant::FrozenSet(constants(&items)?.into()),
            Value::Code(code) => Constant::Code(code),
            other => {
                return Err(MarshalError::Invalid(format!(
                    "{} cannot be a code object constant",
                    other.type_name()
                )))
            }
        })
    }

    /// The Python type name, for messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "NULL",
            Value::None => "NoneType",
            Value::StopIteration => "type",
            Value::Ellipsis => "ellipsis",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Complex { .. } => "complex",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::Tuple(_) => "tuple",
            Value::List(_) => "list",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::Code(_) => "code",
        }
    }
}

impl From<&Constant> for Value {
    fn from(constant: &Constant) -> Value {
        match constant {
            Constant::None => Value::None,
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Int(i) => Value::Int(i.clone()),
            Constant::Float(x) => Value::Float(*x),
            Constant::Complex { real, imag } => Value::Complex {
                real: *real,
                imag: *imag,
            },
            Constant::Str(s) => Value::Str(s.clone()),
            Constant::Bytes(b) => Value::Bytes(b.clone()),
            Constant::Tuple(items) => Value::Tuple(items.iter().map(Value::from).collect()),
            Constant::FrozenSet(items) => Value::FrozenSet(items.iter().map(Value::from).collect()),
            Constant::Code(code) => Value::Code(code.clone()),
        }
    }
}

fn constants(items: &[Value]) -> Result<Vec<Constant>, MarshalError> {
    items.iter().cloned().map(Value::into_constant).collect()
}

// ---------------------------------------------------------------------------------------
// Reading

/// Reads one marshalled object (`marshal.loads`). Trailing bytes are ignored, as CPython does.
pub fn loads_value(data: &[u8]) -> Result<Value, MarshalError> {
    Reader::new(data).read_object()
}

/// Reads a marshalled code object.
pub fn loads(data: &[u8]) -> Result<CodeObject, MarshalError> {
    match loads_value(data)? {
        Value::Code(code) => Ok(Arc::unwrap_or_clone(code)),
        other => Err(MarshalError::Invalid(format!(
            "expected a code object, found {}",
            other.type_name()
        ))),
    }
}

/// What the 16-byte header of a 3.12 `.pyc` says about its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PycValidation {
    /// Flags 0: the source's mtime and size.
    Timestamp { mtime: u32, source_size: u32 },
    /// Flags bit 0: a SipHash of the source; bit 1 (`check_source`) says whether to check it.
    Hash {
        source_hash: [u8; 8],
        check_source: bool,
    },
}

/// Reads the header of a `.pyc` file (PEP 552).
pub fn read_pyc_header(data: &[u8]) -> Result<PycValidation, MarshalError> {
    let header = data.get(..16).ok_or(MarshalError::Eof)?;
    let magic = [header[0], header[1], header[2], header[3]];
    if magic != MAGIC_NUMBER {
        return Err(MarshalError::BadMagic(magic));
    }
    let word =
        |i: usize| u32::from_le_bytes([header[i], header[i + 1], header[i + 2], header[i + 3]]);
    let flags = word(4);
    if flags & 1 == 0 {
        Ok(PycValidation::Timestamp {
            mtime: word(8),
            source_size: word(12),
        })
    } else {
        let mut source_hash = [0; 8];
        source_hash.copy_from_slice(&header[8..16]);
        Ok(PycValidation::Hash {
            source_hash,
            check_source: flags & 2 != 0,
        })
    }
}

/// Reads a CPython 3.12 `.pyc` file: header, then the module's code object.
pub fn read_pyc(data: &[u8]) -> Result<CodeObject, MarshalError> {
    read_pyc_header(data)?;
    loads(&data[16..])
}

/// The marshal reader (`r_object` in `marshal.c`).
struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    /// Objects written with FLAG_REF, by index; `None` while a container is being read.
    refs: Vec<Option<Value>>,
    depth: usize,
}

impl<'a> Reader<'a> {
    fn new(data: &'a [u8]) -> Self {
        Reader {
            data,
            pos: 0,
            refs: Vec::new(),
            depth: 0,
        }
    }

    fn bytes(&mut self, n: usize) -> Result<&'a [u8], MarshalError> {
        let end = self.pos.checked_add(n).ok_or(MarshalError::Eof)?;
        let slice = self.data.get(self.pos..end).ok_or(MarshalError::Eof)?;
        self.pos = end;
        Ok(slice)
    }

    fn byte(&mut self) -> Result<u8, MarshalError> {
        Ok(self.bytes(1)?[0])
    }

    fn u32(&mut self) -> Result<u32, MarshalError> {
        let b = self.bytes(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn i32(&mut self) -> Result<i32, MarshalError> {
        Ok(self.u32()? as i32)
    }

    /// A length prefix (`r_long` checked non-negative).
    fn len(&mut self) -> Result<usize, MarshalError> {
        let n = self.i32()?;
        let n =
            usize::try_from(n).map_err(|_| MarshalError::Invalid(format!("negative size {n}")))?;
        // A length cannot exceed the bytes left: refuse before allocating.
        if n > self.data.len() - self.pos {
            return Err(MarshalError::Eof);
        }
        Ok(n)
    }

    fn f64(&mut self) -> Result<f64, MarshalError> {
        let b = self.bytes(8)?;
        let mut raw = [0; 8];
        raw.copy_from_slice(b);
        Ok(f64::from_le_bytes(raw))
    }

    /// The pre-version-2 text float: one length byte, then the repr.
    fn text_float(&mut self) -> Result<f64, MarshalError> {
        let n = self.byte()? as usize;
        let text = std::str::from_utf8(self.bytes(n)?)
            .map_err(|_| MarshalError::Invalid("float text is not ASCII".into()))?;
        parse_float_text(text).ok_or_else(|| MarshalError::Invalid(format!("bad float {text:?}")))
    }

    fn read_object(&mut self) -> Result<Value, MarshalError> {
        if self.depth >= MAX_DEPTH {
            return Err(MarshalError::TooDeep);
        }
        self.depth += 1;
        let result = self.read_object_inner();
        self.depth -= 1;
        result
    }

    fn read_object_inner(&mut self) -> Result<Value, MarshalError> {
        let offset = self.pos;
        let code = self.byte()?;
        let flag = code & tc::FLAG_REF != 0;
        let kind = code & !tc::FLAG_REF;
        // Containers reserve their ref slot before their items, as `r_ref_reserve` does.
        let reserved =
            if flag && matches!(kind, tc::TUPLE | tc::SMALL_TUPLE | tc::CODE | tc::FROZENSET) {
                self.refs.push(None);
                Some(self.refs.len() - 1)
            } else {
                None
            };
        let value = match kind {
            tc::NULL => Value::Null,
            tc::NONE => Value::None,
            tc::STOPITER => Value::StopIteration,
            tc::ELLIPSIS => Value::Ellipsis,
            tc::FALSE => Value::Bool(false),
            tc::TRUE => Value::Bool(true),
            tc::INT => Value::Int(BigInt::from(self.i32()?)),
            tc::INT64 => {
                let b = self.bytes(8)?;
                let mut raw = [0; 8];
                raw.copy_from_slice(b);
                Value::Int(BigInt::from(i64::from_le_bytes(raw)))
            }
            tc::LONG => Value::Int(self.read_long()?),
            tc::FLOAT => Value::Float(self.text_float()?),
            tc::BINARY_FLOAT => Value::Float(self.f64()?),
            tc::COMPLEX => {
                let real = self.text_float()?;
                let imag = self.text_float()?;
                Value::Complex { real, imag }
            }
            tc::BINARY_COMPLEX => {
                let real = self.f64()?;
                let imag = self.f64()?;
                Value::Complex { real, imag }
            }
            tc::STRING => {
                let n = self.len()?;
                Value::Bytes(self.bytes(n)?.into())
            }
            tc::ASCII | tc::ASCII_INTERNED => {
                let n = self.len()?;
                Value::Str(self.latin1(n)?)
            }
            tc::SHORT_ASCII | tc::SHORT_ASCII_INTERNED => {
                let n = self.byte()? as usize;
                Value::Str(self.latin1(n)?)
            }
            tc::UNICODE | tc::INTERNED => {
                let n = self.len()?;
                let raw = self.bytes(n)?;
                let text = std::str::from_utf8(raw).map_err(|_| {
                    MarshalError::Invalid(
                        "str with lone surrogates (not representable in pydive yet)".into(),
                    )
                })?;
                Value::Str(text.into())
            }
            tc::SMALL_TUPLE => {
                let n = self.byte()? as usize;
                Value::Tuple(self.items(n)?.into())
            }
            tc::TUPLE => {
                let n = self.len()?;
                Value::Tuple(self.items(n)?.into())
            }
            tc::LIST => {
                let n = self.len()?;
                Value::List(self.items(n)?)
            }
            tc::SET | tc::FROZENSET => {
                let n = self.len()?;
                let items = self.items(n)?;
                if kind == tc::SET {
                    Value::Set(items)
                } else {
                    Value::FrozenSet(items.into())
                }
            }
            tc::DICT => {
                let mut pairs = Vec::new();
                loop {
                    let key = self.read_object()?;
                    if matches!(key, Value::Null) {
                        break;
                    }
                    let value = self.read_object()?;
                    pairs.push((key, value));
                }
                Value::Dict(pairs)
            }
            tc::CODE => Value::Code(Arc::new(self.read_code()?)),
            tc::REF => {
                let index = self.u32()?;
                return self
                    .refs
                    .get(index as usize)
                    .and_then(|slot| slot.clone())
                    .ok_or(MarshalError::BadRef(index));
            }
            _ => return Err(MarshalError::BadTypeCode { code, offset }),
        };
        if let Some(slot) = reserved {
            self.refs[slot] = Some(value.clone());
        } else if flag {
            self.refs.push(Some(value.clone()));
        }
        Ok(value)
    }

    fn latin1(&mut self, n: usize) -> Result<Arc<str>, MarshalError> {
        let raw = self.bytes(n)?;
        Ok(raw.iter().map(|&b| b as char).collect::<String>().into())
    }

    fn items(&mut self, n: usize) -> Result<Vec<Value>, MarshalError> {
        let mut items = Vec::with_capacity(n.min(4096));
        for _ in 0..n {
            items.push(self.read_object()?);
        }
        Ok(items)
    }

    /// `TYPE_LONG`: a signed digit count, then base-2**15 digits, least significant first.
    fn read_long(&mut self) -> Result<BigInt, MarshalError> {
        let n = self.i32()?;
        let count = n.unsigned_abs() as usize;
        if count > (self.data.len() - self.pos) / 2 {
            return Err(MarshalError::Eof);
        }
        let mut value = BigInt::zero();
        let mut digits = Vec::with_capacity(count);
        for _ in 0..count {
            let b = self.bytes(2)?;
            let digit = u16::from_le_bytes([b[0], b[1]]);
            if digit >= 1 << 15 {
                return Err(MarshalError::Invalid("digit out of range in long".into()));
            }
            digits.push(digit);
        }
        // Packed into 32-bit words in one pass (shifting the whole value per digit would be
        // quadratic).
        let mut words = vec![0u32; (count * 15).div_ceil(32) + 1];
        for (i, &digit) in digits.iter().enumerate() {
            let (w, off) = (i * 15 / 32, i * 15 % 32);
            let wide = u64::from(digit) << off;
            words[w] |= wide as u32;
            words[w + 1] |= (wide >> 32) as u32;
        }
        value += BigInt::from_biguint(Sign::Plus, num_bigint::BigUint::new(words));
        Ok(if n < 0 { -value } else { value })
    }

    fn read_code(&mut self) -> Result<CodeObject, MarshalError> {
        let argcount = self.u32()?;
        let posonlyargcount = self.u32()?;
        let kwonlyargcount = self.u32()?;
        let stacksize = self.u32()?;
        let flags = self.u32()?;
        let code = self.field_bytes("co_code")?;
        let consts = match self.read_object()? {
            Value::Tuple(items) => constants(&items)?,
            other => return Err(field_type("co_consts", "tuple", &other)),
        };
        let names = self.field_strs("co_names")?;
        let localsplusnames = self.field_strs("co_localsplusnames")?;
        let localspluskinds = self.field_bytes("co_localspluskinds")?;
        if localspluskinds.len() != localsplusnames.len() {
            return Err(MarshalError::Invalid(
                "co_localspluskinds and co_localsplusnames differ in length".into(),
            ));
        }
        let filename = self.field_str("co_filename")?;
        let name = self.field_str("co_name")?;
        let qualname = self.field_str("co_qualname")?;
        let firstlineno = self.u32()?;
        let linetable = self.field_bytes("co_linetable")?;
        let exceptiontable = self.field_bytes("co_exceptiontable")?;
        Ok(CodeObject {
            argcount,
            posonlyargcount,
            kwonlyargcount,
            stacksize,
            flags,
            code,
            consts,
            names,
            localsplusnames,
            localspluskinds,
            filename,
            name,
            qualname,
            firstlineno,
            linetable,
            exceptiontable,
        })
    }

    fn field_bytes(&mut self, field: &str) -> Result<Vec<u8>, MarshalError> {
        match self.read_object()? {
            Value::Bytes(b) => Ok(b.to_vec()),
            other => Err(field_type(field, "bytes", &other)),
        }
    }

    fn field_str(&mut self, field: &str) -> Result<Arc<str>, MarshalError> {
        match self.read_object()? {
            Value::Str(s) => Ok(s),
            other => Err(field_type(field, "str", &other)),
        }
    }

    fn field_strs(&mut self, field: &str) -> Result<Vec<Arc<str>>, MarshalError> {
        match self.read_object()? {
            Value::Tuple(items) => items
                .iter()
                .map(|item| match item {
                    Value::Str(s) => Ok(s.clone()),
                    other => Err(field_type(field, "tuple of str", other)),
                })
                .collect(),
            other => Err(field_type(field, "tuple", &other)),
        }
    }
}

fn field_type(field: &str, expected: &str, found: &Value) -> MarshalError {
    MarshalError::Invalid(format!(
        "{field} must be {expected}, not {}",
        found.type_name()
    ))
}

/// Parses the text floats of marshal versions 0 and 1 (`repr` output).
fn parse_float_text(text: &str) -> Option<f64> {
    match text {
        "inf" => Some(f64::INFINITY),
        "-inf" => Some(f64::NEG_INFINITY),
        "nan" | "-nan" => Some(f64::NAN),
        _ => text.parse().ok(),
    }
}

// ---------------------------------------------------------------------------------------
// Writing

/// Marshals a code object as `marshal.dumps(code)` does for a freshly compiled module.
pub fn dumps(code: &CodeObject) -> Vec<u8> {
    let mut writer = Writer::new();
    writer.count_code(code);
    writer.write_code(code, true);
    writer.out
}

/// Marshals a constant on its own (constants of one pool: equal values are shared).
pub fn dumps_constant(constant: &Constant) -> Vec<u8> {
    let mut writer = Writer::new();
    writer.count_const(constant);
    writer.write_const(constant);
    writer.out
}

/// Marshals any value (`marshal.dumps`). Lists, dicts and sets, which no code object holds,
/// are written without back-references; their items follow the constant rules.
pub fn dumps_value(value: &Value) -> Vec<u8> {
    let mut writer = Writer::new();
    writer.count_value(value);
    writer.write_value(value);
    writer.out
}

/// A `.pyc` for a timestamp-validated source (flags 0): magic, flags, mtime, size, code.
pub fn write_pyc(code: &CodeObject, mtime: u32, source_size: u32) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&MAGIC_NUMBER);
    out.extend_from_slice(&0u32.to_le_bytes());
    out.extend_from_slice(&mtime.to_le_bytes());
    out.extend_from_slice(&source_size.to_le_bytes());
    out.extend_from_slice(&dumps(code));
    out
}

/// A `.pyc` validated by a source hash (PEP 552; `check_source` sets flags bit 1).
pub fn write_pyc_hashed(code: &CodeObject, source_hash: [u8; 8], check_source: bool) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(&MAGIC_NUMBER);
    let flags: u32 = if check_source { 3 } else { 1 };
    out.extend_from_slice(&flags.to_le_bytes());
    out.extend_from_slice(&source_hash);
    out.extend_from_slice(&dumps(code));
    out
}

/// Which object a value is, as far as CPython's sharing goes: two occurrences with the same
/// identity are one object there, so the second is written as a back-reference.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Identity {
    /// Interned strings: one object per value, process-wide.
    Interned(Arc<str>),
    /// Constants, merged module-wide by the compiler (`_PyCode_ConstantKey`); the key is the
    /// constant's type and value written without references.
    Const(Vec<u8>),
    /// `co_filename`, one object shared by every code object of the module.
    Filename(Arc<str>),
    /// A non-interned `co_name` (`<module>`, `<lambda>`, ...): static strings in CPython.
    StaticName(Arc<str>),
    /// An object nothing else shares (a nested qualname, the bytes fields of a code object).
    Unique(usize),
    /// The empty tuple and empty bytes are singletons.
    EmptyTuple,
    EmptyBytes,
    /// Code objects, by address.
    Code(usize),
}

/// The marshal writer (`w_object` in `marshal.c`).
struct Writer {
    out: Vec<u8>,
    /// Ref index of each object already written with FLAG_REF.
    refs: HashMap<Identity, u32>,
    /// How many times each constant occurs in the merged constant pool.
    const_uses: HashMap<Vec<u8>, usize>,
    /// The next constant written has an extra reference (a frozenset item).
    force_shared: bool,
    /// Class-body qualnames already written as co_qualname of some code object.
    qualnames_pooled: std::collections::HashSet<Arc<str>>,
    unique: usize,
}

/// `all_name_chars` in `codeobject.c`: string constants made of these are interned.
fn all_name_chars(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// The compiler's statically allocated (immortal) code names.
const STATIC_NAMES: &[&str] = &[
    "<module>",
    "<lambda>",
    "<genexpr>",
    "<listcomp>",
    "<setcomp>",
    "<dictcomp>",
];

/// A `co_name` comes from an identifier (interned) unless it is one of the compiler's
/// `<...>` names.
fn name_is_interned(s: &str) -> bool {
    !s.starts_with('<')
}

impl Writer {
    fn new() -> Self {
        Writer {
            out: Vec::new(),
            refs: HashMap::new(),
            const_uses: HashMap::new(),
            force_shared: false,
            qualnames_pooled: std::collections::HashSet::new(),
            unique: 0,
        }
    }

    /// Counts how often each merged object is referenced, walking merged tuples and
    /// frozensets once (their items are shared with them, not copied). Besides constants,
    /// `makecode` (`assemble.c`) merges each code object's co_consts, co_names and
    /// co_localsplusnames tuples and its line and exception tables through the same cache.
    fn count_code(&mut self, code: &CodeObject) {
        if self.bump(consts_key(&code.consts)) {
            for constant in &code.consts {
                self.count_const(constant);
            }
        }
        self.bump(names_key(&code.names));
        self.bump(names_key(&code.localsplusnames));
        self.bump(bytes_key(&code.linetable));
        self.bump(bytes_key(&code.exceptiontable));
        if qualname_in_consts(code) {
            self.bump(str_key(&code.qualname));
        }
    }

    fn count_value(&mut self, value: &Value) {
        match value {
            Value::List(items) | Value::Set(items) => {
                items.iter().for_each(|item| self.count_value(item))
            }
            Value::Dict(pairs) => pairs.iter().for_each(|(k, v)| {
                self.count_value(k);
                self.count_value(v);
            }),
            Value::Null | Value::StopIteration => {}
            other => {
                if let Ok(constant) = other.clone().into_constant() {
                    self.count_const(&constant);
                }
            }
        }
    }

    fn write_value(&mut self, value: &Value) {
        match value {
            Value::Null => self.byte(tc::NULL),
            Value::StopIteration => self.byte(tc::STOPITER),
            Value::List(items) => {
                self.byte(tc::LIST);
                self.len(items.len());
                items.iter().for_each(|item| self.write_value(item));
            }
            Value::Dict(pairs) => {
                self.byte(tc::DICT);
                for (key, item) in pairs {
                    self.write_value(key);
                    self.write_value(item);
                }
                self.byte(tc::NULL);
            }
            Value::Set(items) => {
                self.byte(tc::SET);
                self.len(items.len());
                let mut sorted: Vec<(Vec<u8>, &Value)> =
                    items.iter().map(|item| (dumps_value(item), item)).collect();
                sorted.sort_by(|a, b| a.0.cmp(&b.0));
                for (_, item) in sorted {
                    self.write_value(item);
                }
            }
            other => match other.clone().into_constant() {
                Ok(constant) => self.write_const(&constant),
                // Containers of the kinds above inside a tuple or frozenset.
                Err(_) => match other {
                    Value::Tuple(items) | Value::FrozenSet(items) => {
                        let code = if matches!(other, Value::Tuple(_)) {
                            tc::TUPLE
                        } else {
                            tc::FROZENSET
                        };
                        if code == tc::TUPLE {
                            self.tuple_header(items.len(), 0);
                        } else {
                            self.byte(code);
                            self.len(items.len());
                        }
                        items.iter().for_each(|item| self.write_value(item));
                    }
                    _ => self.byte(tc::NONE),
                },
            },
        }
    }

    /// Counts one more use of a pooled object; true on its first use.
    fn bump(&mut self, key: Vec<u8>) -> bool {
        let uses = self.const_uses.entry(key).or_insert(0);
        *uses += 1;
        *uses == 1
    }

    fn pool_shared(&self, key: &[u8]) -> bool {
        self.const_uses.get(key).copied().unwrap_or(0) > 1
    }

    fn count_const(&mut self, constant: &Constant) {
        if let Constant::Code(code) = constant {
            self.count_code(code);
            return;
        }
        if let Constant::FrozenSet(items) = constant {
            // Frozensets come from the optimizer's set folding and are not merged: each one
            // is its own object, and its items are counted every time.
            for item in items.iter() {
                self.count_const(item);
            }
            return;
        }
        let key = const_key(constant);
        let uses = self.const_uses.entry(key).or_insert(0);
        *uses += 1;
        if *uses > 1 {
            return;
        }
        if let Constant::Tuple(items) = constant {
            for item in items.iter() {
                self.count_const(item);
            }
        }
    }

    fn byte(&mut self, b: u8) {
        self.out.push(b);
    }

    fn u32(&mut self, v: u32) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }

    fn len(&mut self, n: usize) {
        // Sizes beyond i32 cannot come from a real code object; saturate rather than wrap.
        self.u32(u32::try_from(n).unwrap_or(u32::MAX).min(i32::MAX as u32));
    }

    /// `w_ref`: writes a back-reference if `identity` was already written and returns true;
    /// otherwise, when `shared`, registers it and sets FLAG_REF on the type code at `at`.
    fn reference(&mut self, identity: &Identity, shared: bool) -> (bool, u8) {
        if let Some(&index) = self.refs.get(identity) {
            self.byte(tc::REF);
            self.u32(index);
            return (true, 0);
        }
        if shared {
            let index = self.refs.len() as u32;
            self.refs.insert(identity.clone(), index);
            (false, tc::FLAG_REF)
        } else {
            (false, 0)
        }
    }

    fn next_unique(&mut self) -> Identity {
        self.unique += 1;
        Identity::Unique(self.unique)
    }

    fn write_code(&mut self, code: &CodeObject, top_level: bool) {
        let identity = Identity::Code(code as *const CodeObject as usize);
        // The module's code object is also held by its caller; nested ones only by co_consts.
        let (done, flag) = self.reference(&identity, top_level);
        if done {
            return;
        }
        self.byte(tc::CODE | flag);
        self.u32(code.argcount);
        self.u32(code.posonlyargcount);
        self.u32(code.kwonlyargcount);
        self.u32(code.stacksize);
        self.u32(code.flags);
        // co_code is rebuilt from the adaptive copy and cached on the code object, so it
        // always has a second reference.
        let identity = self.next_unique();
        self.write_bytes_as(&code.code, identity, true);
        self.write_pooled_tuple(consts_key(&code.consts), &code.consts, |w, c| {
            w.write_const(c)
        });
        self.write_pooled_tuple(names_key(&code.names), &code.names, |w, s| {
            w.write_interned(s)
        });
        self.write_pooled_tuple(
            names_key(&code.localsplusnames),
            &code.localsplusnames,
            |w, s| w.write_interned(s),
        );
        let identity = self.next_unique();
        self.write_bytes_as(&code.localspluskinds, identity, false);
        self.write_str_as(
            &code.filename,
            Identity::Filename(code.filename.clone()),
            true,
            false,
        );
        let (name_identity, shared) = self.name_identity(&code.name);
        let interned = name_is_interned(&code.name);
        // co_qualname is the same object as co_name when they are equal.
        let shared = shared || code.qualname == code.name;
        self.write_str_as(&code.name, name_identity.clone(), shared, interned);
        if code.qualname == code.name {
            self.write_str_as(&code.qualname, name_identity, shared, interned);
        } else {
            // A class body stores its qualname as a constant too (for `__qualname__`): the
            // same object, so it is pooled with the constants. Only the first class body
            // with that qualname owns the pooled object; a later one's constant is merged
            // into it while its co_qualname stays its own.
            let in_consts =
                qualname_in_consts(code) && self.qualnames_pooled.insert(code.qualname.clone());
            let identity = if in_consts {
                Identity::Const(str_key(&code.qualname))
            } else {
                self.next_unique()
            };
            self.write_str_as(&code.qualname, identity, in_consts, false);
        }
        self.u32(code.firstlineno);
        self.write_pooled_bytes(&code.linetable);
        self.write_pooled_bytes(&code.exceptiontable);
    }

    /// co_name's identity and whether it is shared beyond this code object.
    fn name_identity(&mut self, name: &Arc<str>) -> (Identity, bool) {
        if name_is_interned(name) {
            (Identity::Interned(name.clone()), true)
        } else if STATIC_NAMES.contains(&&**name) {
            (Identity::StaticName(name.clone()), true)
        } else {
            // Built at compile time (`<generic parameters of f>`): one reference.
            (self.next_unique(), false)
        }
    }

    /// co_consts, co_names or co_localsplusnames: merged module-wide (see `count_code`).
    fn write_pooled_tuple<T>(
        &mut self,
        key: Vec<u8>,
        items: &[T],
        mut write: impl FnMut(&mut Self, &T),
    ) {
        let (identity, shared) = if items.is_empty() {
            (Identity::EmptyTuple, true)
        } else {
            let shared = self.pool_shared(&key);
            (Identity::Const(key), shared)
        };
        let (done, flag) = self.reference(&identity, shared);
        if done {
            return;
        }
        self.tuple_header(items.len(), flag);
        for item in items {
            write(self, item);
        }
    }

    /// co_linetable or co_exceptiontable: merged module-wide like the tuples.
    fn write_pooled_bytes(&mut self, bytes: &[u8]) {
        let key = bytes_key(bytes);
        let shared = self.pool_shared(&key);
        self.write_bytes_as(bytes, Identity::Const(key), shared);
    }

    fn tuple_header(&mut self, n: usize, flag: u8) {
        if n < 256 {
            self.byte(tc::SMALL_TUPLE | flag);
            self.byte(n as u8);
        } else {
            self.byte(tc::TUPLE | flag);
            self.len(n);
        }
    }

    fn write_interned(&mut self, s: &Arc<str>) {
        self.write_str_as(s, Identity::Interned(s.clone()), true, true);
    }

    fn write_bytes_as(&mut self, bytes: &[u8], identity: Identity, shared: bool) {
        let (identity, shared) = if bytes.is_empty() {
            (Identity::EmptyBytes, true)
        } else {
            (identity, shared)
        };
        let (done, flag) = self.reference(&identity, shared);
        if done {
            return;
        }
        self.byte(tc::STRING | flag);
        self.len(bytes.len());
        self.out.extend_from_slice(bytes);
    }

    fn write_str_as(&mut self, s: &str, identity: Identity, shared: bool, interned: bool) {
        let (done, flag) = self.reference(&identity, shared || interned);
        if done {
            return;
        }
        self.str_body(s, flag, interned);
    }

    fn str_body(&mut self, s: &str, flag: u8, interned: bool) {
        if s.is_ascii() {
            if s.len() < 256 {
                let code = if interned {
                    tc::SHORT_ASCII_INTERNED
                } else {
                    tc::SHORT_ASCII
                };
                self.byte(code | flag);
                self.byte(s.len() as u8);
            } else {
                let code = if interned {
                    tc::ASCII_INTERNED
                } else {
                    tc::ASCII
                };
                self.byte(code | flag);
                self.len(s.len());
            }
        } else {
            let code = if interned { tc::INTERNED } else { tc::UNICODE };
            self.byte(code | flag);
            self.len(s.len());
        }
        self.out.extend_from_slice(s.as_bytes());
    }

    fn write_const(&mut self, constant: &Constant) {
        let forced = std::mem::take(&mut self.force_shared);
        match constant {
            Constant::None => self.byte(tc::NONE),
            Constant::Ellipsis => self.byte(tc::ELLIPSIS),
            Constant::Bool(b) => self.byte(if *b { tc::TRUE } else { tc::FALSE }),
            Constant::Code(code) => self.write_code(code, false),
            _ => {
                let key = const_key(constant);
                let shared = forced
                    || self.const_uses.get(&key).copied().unwrap_or(0) > 1
                    || const_is_singleton(constant);
                // `from m import *` puts the parser's interned "*" among the constants.
                let interned =
                    matches!(constant, Constant::Str(s) if all_name_chars(s) || &**s == "*");
                let identity = match constant {
                    Constant::Str(s) if interned => Identity::Interned(s.clone()),
                    Constant::Tuple(items) if items.is_empty() => Identity::EmptyTuple,
                    Constant::Bytes(b) if b.is_empty() => Identity::EmptyBytes,
                    Constant::FrozenSet(_) => self.next_unique(),
                    _ => Identity::Const(key),
                };
                let (done, flag) = self.reference(&identity, shared || interned);
                if done {
                    return;
                }
                self.const_body(constant, flag, interned);
            }
        }
    }

    fn const_body(&mut self, constant: &Constant, flag: u8, interned: bool) {
        match constant {
            Constant::None | Constant::Ellipsis | Constant::Bool(_) | Constant::Code(_) => {
                self.write_const(constant)
            }
            Constant::Int(i) => self.int_body(i, flag),
            Constant::Float(x) => {
                self.byte(tc::BINARY_FLOAT | flag);
                self.out.extend_from_slice(&x.to_le_bytes());
            }
            Constant::Complex { real, imag } => {
                self.byte(tc::BINARY_COMPLEX | flag);
                self.out.extend_from_slice(&real.to_le_bytes());
                self.out.extend_from_slice(&imag.to_le_bytes());
            }
            Constant::Str(s) => self.str_body(s, flag, interned),
            Constant::Bytes(b) => {
                self.byte(tc::STRING | flag);
                self.len(b.len());
                self.out.extend_from_slice(b);
            }
            Constant::Tuple(items) => {
                self.tuple_header(items.len(), flag);
                for item in items.iter() {
                    self.write_const(item);
                }
            }
            Constant::FrozenSet(items) => {
                self.byte(tc::FROZENSET | flag);
                self.len(items.len());
                // 3.12 writes a frozenset's items ordered by their own marshalled bytes, so
                // that the output does not depend on hashing.
                // The sort key is each item marshalled alone, FLAG_REF included.
                let mut sorted: Vec<(Vec<u8>, &Constant)> = items
                    .iter()
                    .map(|item| {
                        let mut alone = Writer::new();
                        alone.const_uses = self.const_uses.clone();
                        alone.write_const(item);
                        (alone.out, item)
                    })
                    .collect();
                sorted.sort_by(|a, b| a.0.cmp(&b.0));
                for (_, item) in sorted {
                    // While writing, CPython's sort list holds every item once more.
                    self.force_shared = true;
                    self.write_const(item);
                }
            }
        }
    }

    /// `TYPE_INT` when the value fits in 32 bits, else `TYPE_LONG` with 15-bit digits.
    fn int_body(&mut self, value: &BigInt, flag: u8) {
        if let Some(small) = value.to_i32() {
            self.byte(tc::INT | flag);
            self.u32(small as u32);
            return;
        }
        self.byte(tc::LONG | flag);
        let (sign, magnitude) = value.clone().into_parts();
        // 15-bit digits cut from the 32-bit words: linear in the size (a shift per digit
        // would be quadratic, minutes for a 100 000-digit literal in a debug build).
        let words = magnitude.to_u32_digits();
        let count = magnitude.bits().div_ceil(15) as usize;
        let word = |i: usize| u64::from(words.get(i).copied().unwrap_or(0));
        let digits: Vec<u16> = (0..count)
            .map(|i| {
                let (w, off) = (i * 15 / 32, i * 15 % 32);
                let pair = word(w) | (word(w + 1) << 32);
                ((pair >> off) & 0x7fff) as u16
            })
            .collect();
        let count = digits.len() as i32;
        let signed = if sign == Sign::Minus { -count } else { count };
        self.u32(signed as u32);
        for digit in digits {
            self.out.extend_from_slice(&digit.to_le_bytes());
        }
    }
}

/// Immortal singletons in CPython 3.12: always shared, so always written with FLAG_REF.
fn const_is_singleton(constant: &Constant) -> bool {
    match constant {
        Constant::Int(i) => i.to_i32().is_some_and(|v| (-5..=256).contains(&v)),
        // One-character latin-1 strings are cached (`_Py_LATIN1_CHR`).
        Constant::Str(s) => {
            let mut chars = s.chars();
            matches!((chars.next(), chars.next()), (Some(c), None) if (c as u32) < 256)
        }
        Constant::Tuple(items) => items.is_empty(),
        Constant::Bytes(b) => b.len() <= 1,
        _ => false,
    }
}

fn consts_key(consts: &[Constant]) -> Vec<u8> {
    let mut writer = KeyWriter { out: Vec::new() };
    writer.out.push(tc::TUPLE);
    writer
        .out
        .extend_from_slice(&(consts.len() as u32).to_le_bytes());
    for constant in consts {
        writer.write(constant);
    }
    writer.out
}

fn names_key(names: &[Arc<str>]) -> Vec<u8> {
    let mut writer = KeyWriter { out: Vec::new() };
    writer.out.push(tc::TUPLE);
    writer
        .out
        .extend_from_slice(&(names.len() as u32).to_le_bytes());
    for name in names {
        writer.str(name);
    }
    writer.out
}

/// A class body loads its own qualname as a constant (for `__qualname__`).
fn qualname_in_consts(code: &CodeObject) -> bool {
    code.qualname != code.name
        && code
            .consts
            .iter()
            .any(|c| matches!(c, Constant::Str(s) if *s == code.qualname))
}

fn str_key(s: &str) -> Vec<u8> {
    let mut writer = KeyWriter { out: Vec::new() };
    writer.str(s);
    writer.out
}

fn bytes_key(bytes: &[u8]) -> Vec<u8> {
    let mut writer = KeyWriter { out: Vec::new() };
    writer.bytes(bytes);
    writer.out
}

/// The merging key of a constant: its type and value, written without references. Floats
/// compare by bits, so `0.0` and `-0.0` stay apart as in `_PyCode_ConstantKey`.
fn const_key(constant: &Constant) -> Vec<u8> {
    let mut writer = KeyWriter { out: Vec::new() };
    writer.write(constant);
    writer.out
}

struct KeyWriter {
    out: Vec<u8>,
}

impl KeyWriter {
    fn str(&mut self, s: &str) {
        self.out.push(tc::UNICODE);
        self.out.extend_from_slice(&(s.len() as u32).to_le_bytes());
        self.out.extend_from_slice(s.as_bytes());
    }

    fn bytes(&mut self, b: &[u8]) {
        self.out.push(tc::STRING);
        self.out.extend_from_slice(&(b.len() as u32).to_le_bytes());
        self.out.extend_from_slice(b);
    }

    fn write(&mut self, constant: &Constant) {
        match constant {
            Constant::None => self.out.push(tc::NONE),
            Constant::Ellipsis => self.out.push(tc::ELLIPSIS),
            Constant::Bool(b) => self.out.push(if *b { tc::TRUE } else { tc::FALSE }),
            Constant::Int(i) => {
                self.out.push(tc::LONG);
                let text = i.to_string();
                self.out
                    .extend_from_slice(&(text.len() as u32).to_le_bytes());
                self.out.extend_from_slice(text.as_bytes());
            }
            Constant::Float(x) => {
                self.out.push(tc::BINARY_FLOAT);
                self.out.extend_from_slice(&x.to_bits().to_le_bytes());
            }
            Constant::Complex { real, imag } => {
                self.out.push(tc::BINARY_COMPLEX);
                self.out.extend_from_slice(&real.to_bits().to_le_bytes());
                self.out.extend_from_slice(&imag.to_bits().to_le_bytes());
            }
            Constant::Str(s) => self.str(s),
            Constant::Bytes(b) => self.bytes(b),
            Constant::Tuple(items) | Constant::FrozenSet(items) => {
                let code = if matches!(constant, Constant::Tuple(_)) {
                    tc::TUPLE
                } else {
                    tc::FROZENSET
                };
                self.out.push(code);
                self.out
                    .extend_from_slice(&(items.len() as u32).to_le_bytes());
                for item in items.iter() {
                    self.write(item);
                }
            }
            Constant::Code(code) => {
                self.out.push(tc::CODE);
                let address = Arc::as_ptr(code) as usize;
                self.out.extend_from_slice(&address.to_le_bytes());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `marshal.dumps(compile('def f(x):\n  return x+1.5\n', 't.py', 'exec'))` in CPython 3.12.
    const SMALL_MODULE: &[u8] = b"\xe3\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\xf3\n\x00\x00\x00\x97\x00d\x00\x84\x00Z\x00y\x01)\x02c\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\xf3\x0c\x00\x00\x00\x97\x00|\x00d\x01z\x00\x00\x00S\x00)\x02Ng\x00\x00\x00\x00\x00\x00\xf8?\xa9\x00)\x01\xda\x01xs\x01\x00\x00\x00 \xfa\x04t.py\xda\x01fr\x06\x00\x00\x00\x01\x00\x00\x00s\x0b\x00\x00\x00\x80\x00\xd8\t\n\x883\x89\x15\x80,\xf3\x00\x00\x00\x00N)\x01r\x06\x00\x00\x00r\x03\x00\x00\x00r\x07\x00\x00\x00r\x05\x00\x00\x00\xfa\x08<module>r\x08\x00\x00\x00\x01\x00\x00\x00s\n\x00\x00\x00\xf0\x03\x01\x01\x01\xf3\x02\x01\x01\x0fr\x07\x00\x00\x00";

    #[test]
    fn reads_and_rewrites_a_cpython_module_byte_for_byte() {
        let code = loads(SMALL_MODULE).unwrap();
        assert_eq!(&*code.name, "<module>");
        assert_eq!(&*code.filename, "t.py");
        let Constant::Code(f) = &code.consts[0] else {
            panic!("first constant is f's code");
        };
        assert_eq!(&*f.qualname, "f");
        assert_eq!(f.argcount, 1);
        assert!(matches!(f.consts[1], Constant::Float(x) if x == 1.5));
        assert_eq!(dumps(&code), SMALL_MODULE);
    }

    fn round_trip(constant: Constant) -> Constant {
        loads_value(&dumps_constant(&constant))
            .unwrap()
            .into_constant()
            .unwrap()
    }

    #[test]
    fn constants_round_trip() {
        let big: BigInt = "-123456789012345678901234567890".parse().unwrap();
        for value in [
            BigInt::from(0),
            BigInt::from(-5),
            BigInt::from(i32::MAX),
            BigInt::from(i32::MIN),
            BigInt::from(i64::from(i32::MAX) + 1),
            BigInt::from(1u64 << 45),
            big,
        ] {
            match round_trip(Constant::Int(value.clone())) {
                Constant::Int(back) => assert_eq!(back, value),
                other => panic!("{other:?}"),
            }
        }
        // 2**31 needs TYPE_LONG: digits 0, 0, 2 in base 2**15.
        let bytes = dumps_constant(&Constant::Int(BigInt::from(1u64 << 31)));
        assert_eq!(bytes, b"l\x03\x00\x00\x00\x00\x00\x00\x00\x02\x00");
        match round_trip(Constant::Float(f64::NAN)) {
            Constant::Float(x) => assert!(x.is_nan()),
            other => panic!("{other:?}"),
        }
        let tuple = Constant::Tuple(
            vec![
                Constant::Str("héllo".into()),
                Constant::Bytes(b"\x00\xff".to_vec().into()),
                Constant::Complex {
                    real: 1.0,
                    imag: -2.5,
                },
                Constant::FrozenSet(
                    vec![Constant::Str("b".into()), Constant::Str("a".into())].into(),
                ),
                Constant::Ellipsis,
            ]
            .into(),
        );
        let again = dumps_constant(&round_trip(tuple.clone()));
        assert_eq!(again, dumps_constant(&tuple));
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        assert!(matches!(loads_value(b""), Err(MarshalError::Eof)));
        assert!(matches!(
            loads_value(b"\x01"),
            Err(MarshalError::BadTypeCode { code: 1, offset: 0 })
        ));
        assert!(matches!(
            loads_value(b"r\x05\x00\x00\x00"),
            Err(MarshalError::BadRef(5))
        ));
        assert!(matches!(loads(b"N"), Err(MarshalError::Invalid(_))));
        // Every truncation of a real module fails cleanly.
        for end in 0..SMALL_MODULE.len() {
            assert!(loads(&SMALL_MODULE[..end]).is_err());
        }
        // Nesting deeper than MAX_DEPTH is refused.
        let deep = [b')', 1].repeat(MAX_DEPTH + 1);
        assert!(matches!(loads_value(&deep), Err(MarshalError::TooDeep)));
        // A huge claimed length does not allocate.
        assert!(loads_value(b"s\xff\xff\xff\x7f").is_err());
    }

    #[test]
    fn runtime_values_round_trip() {
        let value = Value::List(vec![
            Value::Int(1.into()),
            Value::Dict(vec![(
                Value::Str("k".into()),
                Value::Set(vec![Value::Int(2.into())]),
            )]),
            Value::Tuple(vec![Value::List(Vec::new()), Value::StopIteration].into()),
        ]);
        let bytes = dumps_value(&value);
        assert_eq!(
            bytes,
            b"[\x03\x00\x00\x00\xe9\x01\x00\x00\x00{\xda\x01k<\x01\x00\x00\x00\xe9\x02\x00\x00\x000)\x02[\x00\x00\x00\x00S"
        );
        assert_eq!(dumps_value(&loads_value(&bytes).unwrap()), bytes);
    }

    #[test]
    fn pyc_header() {
        let code = loads(SMALL_MODULE).unwrap();
        let pyc = write_pyc(&code, 0x01020304, 42);
        assert_eq!(&pyc[..4], b"\xcb\r\r\n");
        assert_eq!(
            read_pyc_header(&pyc).unwrap(),
            PycValidation::Timestamp {
                mtime: 0x01020304,
                source_size: 42
            }
        );
        assert_eq!(&pyc[16..], SMALL_MODULE);
        assert!(read_pyc(&pyc).is_ok());
        let mut bad = pyc.clone();
        bad[0] = 0x42;
        assert!(matches!(read_pyc(&bad), Err(MarshalError::BadMagic(_))));
        let hashed = write_pyc_hashed(&code, [7; 8], true);
        assert_eq!(
            read_pyc_header(&hashed).unwrap(),
            PycValidation::Hash {
                source_hash: [7; 8],
                check_source: true
            }
        );
    }
}
