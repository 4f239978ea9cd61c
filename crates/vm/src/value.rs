//! The value type: what sits in a value-stack slot, a local, a list item or a dict entry.
//!
//! Small immutable things (None, bools, machine-size ints, floats) are held inline; everything
//! else is a reference-counted heap object (`Rc`), so an object is finalized as soon as its last
//! reference drops, as in CPython. Single-threaded: `RefCell`, never locks.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::frame::FrameRef;
use crate::objects::{
    code::PyCode,
    dict::Dict,
    function::{BoundMethod, Builtin, Function},
    generator::Generator,
    instance::Instance,
    iter::Iter,
    misc::{Property, Range, Slice, Super, Traceback},
    module::Module,
    set::Set,
    typeobj::Type,
};

pub type DictRef = Rc<RefCell<Dict>>;
pub type ListRef = Rc<ListItems>;

/// A list's items. CPython releases them from the last to the first when the list is freed
/// (`list_dealloc`), so their `__del__` methods run in that order; a Vec drops from the
/// first, hence this wrapper (it derefs to the `RefCell<Vec<Value>>` everything uses).
pub struct ListItems(pub RefCell<Vec<Value>>);

impl std::ops::Deref for ListItems {
    type Target = RefCell<Vec<Value>>;
    fn deref(&self) -> &RefCell<Vec<Value>> {
        &self.0
    }
}

impl Drop for ListItems {
    fn drop(&mut self) {
        drop_last_first(std::mem::take(self.0.get_mut()));
    }
}

/// Release items from the last to the first, as CPython's list and tuple deallocators and
/// `list.clear()` do (the order `__del__` methods run in).
pub fn drop_last_first(mut items: Vec<Value>) {
    while let Some(item) = items.pop() {
        drop(item);
    }
}

/// A tuple's items. CPython's `tupledealloc` releases them from the last to the first (the
/// order their `__del__` methods run in, as for lists); a slice drops from the first, hence
/// this wrapper. It derefs to the `[Value]` everything reads; `Value::tuple` makes one.
#[repr(transparent)]
pub struct TupleItems(pub [Value]);

impl std::ops::Deref for TupleItems {
    type Target = [Value];
    fn deref(&self) -> &[Value] {
        &self.0
    }
}

impl Drop for TupleItems {
    fn drop(&mut self) {
        // Each item is released here, last first; the slice's own drop then sees only Nones.
        if self.0.len() > 1 {
            for item in self.0.iter_mut().rev() {
                drop(std::mem::replace(item, Value::None));
            }
        }
    }
}

pub type TupleRef = Rc<TupleItems>;

/// A tuple's shared items, from a Vec or slice.
pub fn tuple_items(items: impl Into<Rc<[Value]>>) -> TupleRef {
    let rc: Rc<[Value]> = items.into();
    let raw = Rc::into_raw(rc) as *const TupleItems;
    // SAFETY: TupleItems is `repr(transparent)` over `[Value]`, so the pointer (with the same
    // length metadata) addresses the same allocation with the same layout, and the Rc came
    // from `Rc::into_raw` just above; from_raw takes over that one strong count.
    #[allow(unsafe_code)]
    unsafe {
        Rc::from_raw(raw)
    }
}

pub type CellRef = Rc<RefCell<Option<Value>>>;

/// One Python value.
#[derive(Clone)]
pub enum Value {
    /// The NULL that 3.12's calling convention puts on the value stack (`PUSH_NULL`,
    /// `LOAD_GLOBAL` with the low oparg bit). Never visible to Python code.
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// An int that fits a machine word; larger ones are `BigInt`. Results are normalized
    /// back to `Int` whenever they fit.
    Int(i64),
    BigInt(Rc<BigInt>),
    Float(f64),
    Complex(f64, f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    ByteArray(Rc<RefCell<Vec<u8>>>),
    Tuple(TupleRef),
    List(ListRef),
    Dict(DictRef),
    Set(Rc<RefCell<Set>>),
    FrozenSet(Rc<RefCell<Set>>),
    Slice(Rc<Slice>),
    Range(Rc<Range>),
    Code(Rc<PyCode>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    Method(Rc<BoundMethod>),
    Type(Rc<Type>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Cell(CellRef),
    Frame(FrameRef),
    Generator(Rc<Generator>),
    Iter(Rc<RefCell<Iter>>),
    Property(Rc<Property>),
    ClassMethod(Rc<RefCell<Value>>),
    StaticMethod(Rc<RefCell<Value>>),
    Super(Rc<Super>),
    Traceback(Rc<Traceback>),
    /// The Rust data of a native object, kept in its instance's `base`
    /// (`objects/native.rs`); never seen by Python code.
    Native(Rc<dyn crate::objects::native::NativeData>),
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(tuple_items(items))
    }

    pub fn list(items: Vec<Value>) -> Value {
        let l = Rc::new(ListItems(RefCell::new(items)));
        crate::gc::track_list(&l);
        Value::List(l)
    }

    pub fn dict(d: Dict) -> Value {
        let d = Rc::new(RefCell::new(d));
        crate::gc::track_dict(&d);
        Value::Dict(d)
    }

    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// `a is b`: identity for heap objects; inline values compare by value (CPython caches
    /// small ints and the singletons, which is what programs observe).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null)
            | (None, None)
            | (NotImplemented, NotImplemented)
            | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (BigInt(a), BigInt(b)) => Rc::ptr_eq(a, b),
            (Str(a), Str(b)) => Rc::ptr_eq(a, b) || (a.len() <= 1 && a == b),
            (Bytes(a), Bytes(b)) => Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty()),
            (ByteArray(a), ByteArray(b)) => Rc::ptr_eq(a, b),
            (Tuple(a), Tuple(b)) => Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty()),
            (List(a), List(b)) => Rc::ptr_eq(a, b),
            (Dict(a), Dict(b)) => Rc::ptr_eq(a, b),
            (Set(a), Set(b)) | (FrozenSet(a), FrozenSet(b)) => Rc::ptr_eq(a, b),
            (Slice(a), Slice(b)) => Rc::ptr_eq(a, b),
            (Range(a), Range(b)) => Rc::ptr_eq(a, b),
            (Code(a), Code(b)) => Rc::ptr_eq(a, b),
            (Function(a), Function(b)) => Rc::ptr_eq(a, b),
            (Builtin(a), Builtin(b)) => Rc::ptr_eq(a, b),
            (Method(a), Method(b)) => Rc::ptr_eq(a, b),
            (Type(a), Type(b)) => Rc::ptr_eq(a, b),
            (Instance(a), Instance(b)) => Rc::ptr_eq(a, b),
            (Module(a), Module(b)) => Rc::ptr_eq(a, b),
            (Cell(a), Cell(b)) => Rc::ptr_eq(a, b),
            (Frame(a), Frame(b)) => Rc::ptr_eq(a, b),
            (Generator(a), Generator(b)) => Rc::ptr_eq(a, b),
            (Iter(a), Iter(b)) => Rc::ptr_eq(a, b),
            (Property(a), Property(b)) => Rc::ptr_eq(a, b),
            (ClassMethod(a), ClassMethod(b)) | (StaticMethod(a), StaticMethod(b)) => {
                Rc::ptr_eq(a, b)
            }
            (Super(a), Super(b)) => Rc::ptr_eq(a, b),
            (Traceback(a), Traceback(b)) => Rc::ptr_eq(a, b),
            (Native(a), Native(b)) => Rc::ptr_eq(a, b),
            (Complex(a, b), Complex(c, d)) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            _ => false,
        }
    }

    /// A stable address for `id()` and reprs (`0x...`).
    pub fn id(&self) -> usize {
        use Value::*;
        fn p<T: ?Sized>(r: &Rc<T>) -> usize {
            Rc::as_ptr(r) as *const u8 as usize
        }
        match self {
            Null => 0,
            None => 0x1000,
            NotImplemented => 0x1010,
            Ellipsis => 0x1020,
            Bool(b) => 0x1030 + *b as usize * 0x10,
            Int(i) => 0x10_0000usize.wrapping_add((*i as usize).wrapping_mul(32)),
            Float(f) => f.to_bits() as usize,
            Complex(a, _) => a.to_bits() as usize ^ 1,
            BigInt(r) => p(r),
            Str(r) => p(r),
            Bytes(r) => p(r),
            ByteArray(r) => p(r),
            Tuple(r) => p(r),
            List(r) => p(r),
            Dict(r) => p(r),
            Set(r) | FrozenSet(r) => p(r),
            Slice(r) => p(r),
            Range(r) => p(r),
            Code(r) => p(r),
            Function(r) => p(r),
            Builtin(r) => p(r),
            Method(r) => p(r),
            Type(r) => p(r),
            Instance(r) => p(r),
            Module(r) => p(r),
            Cell(r) => p(r),
            Frame(r) => p(r),
            Generator(r) => p(r),
            Iter(r) => p(r),
            Property(r) => p(r),
            ClassMethod(r) | StaticMethod(r) => p(r),
            Super(r) => p(r),
            Traceback(r) => p(r),
            Native(r) => p(r),
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }
}
