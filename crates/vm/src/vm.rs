//! The virtual machine: builtin types, the frame stack, the module table, error helpers.

use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use crate::frame::FrameRef;
use crate::objects::dict::Dict;
use crate::objects::function::{Builtin, BuiltinKind, NativeFn};
use crate::objects::instance::{ExcData, Instance};
use crate::objects::module::Module;
use crate::objects::typeobj::{Layout, Type};
use crate::trace::Tracer;
use crate::value::{DictRef, Value};

/// A raised exception: the exception instance.
pub type PyErr = Value;
pub type PyResult<T> = Result<T, PyErr>;

macro_rules! builtin_types {
    ($($field:ident : $name:literal),* $(,)?) => {
        /// The builtin types, made once per VM.
        pub struct Types {
            $(pub $field: Rc<Type>,)*
        }

        impl Types {
            fn new(object: &Rc<Type>) -> Types {
                Types {
                    $($field: if $name == "object" { object.clone() } else {
                        Type::new_builtin($name, Some(object), Layout::Builtin)
                    },)*
                }
            }

            pub fn all(&self) -> Vec<Rc<Type>> {
                vec![$(self.$field.clone(),)*]
            }
        }
    };
}

builtin_types! {
    object: "object", type_: "type", none: "NoneType", not_implemented: "NotImplementedType",
    ellipsis: "ellipsis", int: "int", bool_: "bool", float: "float", complex: "complex",
    str_: "str", bytes: "bytes", bytearray: "bytearray", tuple: "tuple", list: "list",
    dict: "dict", set: "set", frozenset: "frozenset", slice: "slice", range: "range",
    code: "code", function: "function", builtin_function: "builtin_function_or_method",
    method_descriptor: "method_descriptor", classmethod_descriptor: "classmethod_descriptor",
    wrapper_descriptor: "wrapper_descriptor", method_wrapper: "method-wrapper",
    method: "method", module: "module", cell: "cell", frame: "frame", generator: "generator",
    coroutine: "coroutine", async_generator: "async_generator", property: "property",
    classmethod: "classmethod", staticmethod: "staticmethod", super_: "super",
    traceback: "traceback", iterator: "iterator", dict_keys: "dict_keys",
    dict_values: "dict_values", dict_items: "dict_items", enumerate: "enumerate", zip: "zip",
    map: "map", filter: "filter", reversed: "reversed", memoryview: "memoryview",
    mappingproxy: "mappingproxy",
    text_io: "TextIOWrapper", coroutine_wrapper: "coroutine_wrapper",
    list_iterator: "list_iterator", tuple_iterator: "tuple_iterator",
    str_ascii_iterator: "str_ascii_iterator", bytes_iterator: "bytes_iterator",
    bytearray_iterator: "bytearray_iterator", list_reverseiterator: "list_reverseiterator",
    range_iterator: "range_iterator", longrange_iterator: "longrange_iterator",
    set_iterator: "set_iterator",
    dict_keyiterator: "dict_keyiterator", dict_valueiterator: "dict_valueiterator",
    dict_itemiterator: "dict_itemiterator", callable_iterator: "callable_iterator",
}

/// Where the VM's `stdout` goes, in CPython's two layers: `sys.stdout` (TextIOWrapper) keeps
/// written text `pending` until 8192 bytes, a line end when line buffered (a terminal), or a
/// flush, then hands it to `sys.stdout.buffer` (BufferedWriter), whose `buf` goes to
/// descriptor 1 when full or flushed. So bytes written to `sys.stdout.buffer` go out ahead of
/// text still pending, as in CPython. Under `-u` (`unbuffered`: write_through over a FileIO)
/// every write goes straight out.
pub struct Stdout {
    buf: Vec<u8>,
    pending: Vec<u8>,
    pub unbuffered: bool,
    pub line_buffering: bool,
}

impl Stdout {
    /// `sys.stdout.write(s)` (TextIOWrapper.write).
    pub fn write(&mut self, s: &str) {
        if self.unbuffered {
            self.write_bytes(s.as_bytes());
            return;
        }
        if self.pending.len() + s.len() > 8192 {
            self.hand_pending();
        }
        self.pending.extend_from_slice(s.as_bytes());
        if self.line_buffering && s.contains(['\n', '\r']) {
            self.flush();
        }
    }

    /// `sys.stdout.buffer.write(b)` (BufferedWriter.write).
    pub fn write_bytes(&mut self, b: &[u8]) {
        self.buf.extend_from_slice(b);
        if self.unbuffered || self.buf.len() >= 8192 {
            self.flush_buffer();
        }
    }

    /// The pending text to the buffer (`_textiowrapper_writeflush`).
    fn hand_pending(&mut self) {
        if !self.pending.is_empty() {
            let p = std::mem::take(&mut self.pending);
            self.write_bytes(&p);
        }
    }

    /// `sys.stdout.buffer.flush()`: the buffer to descriptor 1 (pending text stays).
    pub fn flush_buffer(&mut self) {
        if !self.buf.is_empty() {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&self.buf);
            let _ = out.flush();
            self.buf.clear();
        }
    }

    /// `sys.stdout.buffer.raw.write(b)` (FileIO): to descriptor 1 now, whatever is buffered.
    pub fn write_raw(&mut self, b: &[u8]) {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(b);
        let _ = out.flush();
    }

    /// `sys.stdout.flush()`: pending text and buffer to descriptor 1.
    pub fn flush(&mut self) {
        self.hand_pending();
        self.flush_buffer();
    }
}

/// The code object `wrap_code` started from, for frozenset constants (see `wrapping_root`).
pub struct WrappingRoot {
    pub code: std::sync::Arc<pydive_bytecode::CodeObject>,
    pub identifiers: Option<std::collections::HashSet<std::sync::Arc<str>>>,
}

/// A native module: its name and the function that fills its namespace.
pub type ModuleInit = fn(&mut Vm, &DictRef) -> PyResult<()>;

pub struct Vm {
    pub types: Types,
    /// Exception classes by name (`TypeError`, ...).
    pub exc_types: HashMap<&'static str, Rc<Type>>,
    /// `exc_types["BaseException"]`, looked up once (`is_exception_type` is on hot paths).
    base_exception: std::cell::OnceCell<Rc<Type>>,
    pub builtins: DictRef,
    pub builtins_module: Value,
    /// `sys.modules`.
    pub modules: DictRef,
    pub sys_module: Option<Value>,
    /// Native modules that can be imported, by name.
    pub native_modules: HashMap<&'static str, ModuleInit>,
    /// The frame stack: the running frame is last.
    pub frames: Vec<FrameRef>,
    /// The exception being handled (`sys.exception()`), saved/restored by PUSH_EXC_INFO and
    /// POP_EXCEPT.
    pub exc_info: Value,
    /// The exception the generators' resumers are handling (`_PyErr_GetTopmostException`
    /// looks past a generator's own empty exc_state to its caller's): see `topmost_exc`.
    pub exc_outer: Value,
    pub recursion_limit: usize,
    /// How many evaluation loops are active on the Rust stack (entry markers).
    pub native_depth: usize,
    /// Units of CPython 3.12's C recursion budget in use (`C_RECURSION_LIMIT` minus
    /// `tstate->c_recursion_remaining`): see `enter_c`.
    pub c_recursion: usize,
    /// The checking method descriptors `cls.name` gives for lib/ classes standing for C
    /// types (`modules::pydive::c_type_method`), by (C type, function) address: one per
    /// method, as a type dict holds one; each entry keeps both alive, so no address is reused.
    pub c_type_methods: std::collections::HashMap<(usize, usize), Value>,
    pub tracer: Option<Box<dyn Tracer>>,
    /// `sys.settrace` / `sys.setprofile` state (`settrace.rs`).
    pub sys_trace: crate::settrace::SysTrace,
    pub stdout: Stdout,
    pub argv: Vec<String>,
    pub path: Vec<String>,
    pub warn_options: Vec<String>,
    /// Open files by id, for the native file objects.
    pub files: Vec<Option<crate::modules::io::FileState>>,
    /// Set by a SIGINT handler; checked on backward jumps.
    pub interrupted: Rc<std::sync::atomic::AtomicBool>,
    /// Cache of converted constants: code object identity must stay stable per code object.
    pub code_cache: HashMap<usize, Rc<crate::objects::code::PyCode>>,
    pub hash_seed: Option<u32>,
    /// The flags of `sys.flags` that matter here.
    pub dont_write_bytecode: bool,
    pub main_path: Option<String>,
    /// Set by RERAISE-like instructions: the error label must not add a traceback entry.
    pub reraising: bool,
    /// An exception to raise in the frame being resumed (`gen.throw`).
    pub pending_throw: Option<Value>,
    /// Generators resumed by FOR_ITER / SEND inside the running loop (generator.rs), innermost
    /// last.
    pub(crate) inline_gens: Vec<crate::generator::InlineGen>,
    /// `Cls(args)` calls whose `__init__` frame runs in the loop (`eval/calls.rs`).
    pub(crate) inline_inits: Vec<crate::eval::InlineInit>,
    /// `sys.set_asyncgen_hooks(firstiter, finalizer)`.
    pub asyncgen_hooks: (Value, Value),
    /// `--virtual-time`: asyncio advances its clock instead of sleeping.
    pub virtual_time: bool,
    /// Code objects whose addresses key `code_cache`.
    pub code_keepalive: Vec<std::sync::Arc<pydive_bytecode::CodeObject>>,
    /// While `wrap_code` converts a module's constants: the module's code object, and its
    /// identifiers once a frozenset constant needs them (pyrepr::frozenset_fills).
    pub wrapping_root: Option<WrappingRoot>,
}

/// CPython 3.12's `C_RECURSION_LIMIT` (Include/cpython/pystate.h, release builds).
pub const C_RECURSION_LIMIT: usize = 1500;

impl Vm {
    pub fn new() -> Vm {
        let object = Type::new_builtin("object", None, Layout::Object);
        let types = Types::new(&object);
        // bool derives from int.
        {
            let int = types.int.clone();
            *types.bool_.bases.borrow_mut() = vec![int.clone()];
            *types.bool_.mro.borrow_mut() = vec![types.bool_.clone(), int, object.clone()];
        }
        let builtins = Rc::new(RefCell::new(Dict::new()));
        let builtins_module = Value::Module(Rc::new(Module {
            name: Rc::from("builtins"),
            dict: builtins.clone(),
        }));
        let mut vm = Vm {
            types,
            exc_types: HashMap::new(),
            base_exception: std::cell::OnceCell::new(),
            builtins,
            builtins_module,
            modules: Rc::new(RefCell::new(Dict::new())),
            sys_module: None,
            native_modules: HashMap::new(),
            frames: Vec::new(),
            exc_info: Value::None,
            exc_outer: Value::None,
            recursion_limit: 1000,
            native_depth: 0,
            c_recursion: 0,
            c_type_methods: Default::default(),
            tracer: None,
            sys_trace: Default::default(),
            stdout: Stdout {
                buf: Vec::new(),
                pending: Vec::new(),
                unbuffered: false,
                line_buffering: false,
            },
            argv: Vec::new(),
            path: Vec::new(),
            warn_options: Vec::new(),
            files: Vec::new(),
            interrupted: Rc::new(std::sync::atomic::AtomicBool::new(false)),
            code_cache: HashMap::new(),
            hash_seed: Some(0),
            dont_write_bytecode: true,
            main_path: None,
            reraising: false,
            pending_throw: None,
            inline_gens: Vec::new(),
            inline_inits: Vec::new(),
            asyncgen_hooks: (Value::None, Value::None),
            virtual_time: false,
            code_keepalive: Vec::new(),
            wrapping_root: None,
        };
        for t in vm.types.all() {
            t.dict
                .borrow_mut()
                .set_str("__module__", Value::str("builtins"));
        }
        crate::objects::exceptions::init(&mut vm);
        crate::objects::int::init(&mut vm);
        crate::objects::float::init(&mut vm);
        crate::objects::str::init(&mut vm);
        crate::objects::bytes::init(&mut vm);
        crate::objects::list::init(&mut vm);
        crate::objects::tuple::init(&mut vm);
        crate::objects::rangeobj::init(&mut vm);
        crate::objects::memoryview::init(&mut vm);
        crate::objects::mappingproxy::init(&mut vm);
        crate::objects::dict_methods_init(&mut vm);
        crate::generator::init(&mut vm);
        crate::objects::dictview::init(&mut vm);
        crate::builtins::init(&mut vm);
        crate::objects::function::set_function_module(&vm.builtins, "builtins");
        crate::objects::dunders::init(&mut vm);
        crate::objects::descriptors::init(&mut vm);
        crate::modules::register(&mut vm);
        crate::objects::argcheck::init(&mut vm);
        vm
    }

    // ---- registering natives ----

    pub fn native(&self, name: &str, func: NativeFn) -> Value {
        Value::Builtin(Rc::new(Builtin {
            name: Rc::from(name),
            func,
            kind: BuiltinKind::Function,
            bound: None,
            owner: None,
            data: None,
            module: Default::default(),
            c_units: Default::default(),
            spec: None,
        }))
    }

    /// Add a method to a builtin type's dict.
    pub fn add_method(&self, ty: &Rc<Type>, name: &str, func: NativeFn) {
        let b = Builtin {
            name: Rc::from(name),
            func,
            kind: BuiltinKind::Method,
            bound: None,
            owner: Some(ty.name()),
            data: None,
            module: Default::default(),
            c_units: Default::default(),
            spec: None,
        };
        ty.dict
            .borrow_mut()
            .set_str(name, Value::Builtin(Rc::new(b)));
    }

    pub fn add_classmethod(&self, ty: &Rc<Type>, name: &str, func: NativeFn) {
        let b = Builtin {
            name: Rc::from(name),
            func,
            kind: BuiltinKind::ClassMethod,
            bound: None,
            owner: Some(ty.name()),
            data: None,
            module: Default::default(),
            c_units: Default::default(),
            spec: None,
        };
        ty.dict
            .borrow_mut()
            .set_str(name, Value::Builtin(Rc::new(b)));
    }

    pub fn add_staticmethod(&self, ty: &Rc<Type>, name: &str, func: NativeFn) {
        let b = Builtin {
            name: Rc::from(name),
            func,
            kind: BuiltinKind::StaticMethod,
            bound: None,
            owner: Some(ty.name()),
            data: None,
            module: Default::default(),
            c_units: Default::default(),
            spec: None,
        };
        ty.dict
            .borrow_mut()
            .set_str(name, Value::Builtin(Rc::new(b)));
    }

    pub fn set_builtin(&self, name: &str, v: Value) {
        self.builtins.borrow_mut().set_str(name, v);
    }

    // ---- exceptions ----

    pub fn exc_type(&self, name: &str) -> Rc<Type> {
        match self.exc_types.get(name) {
            Some(t) => t.clone(),
            None => self
                .exc_types
                .get("SystemError")
                .cloned()
                .unwrap_or_else(|| self.types.object.clone()),
        }
    }

    /// A new exception instance of `ty` with `args`.
    pub fn new_exception(&self, ty: &Rc<Type>, args: Vec<Value>) -> Value {
        let data = ExcData {
            args: Value::tuple(args),
            ..Default::default()
        };
        // The dict is made on first use (most exceptions never get attributes).
        let dict =
            (!crate::objects::instance::lazy_dict(ty)).then(|| Rc::new(RefCell::new(Dict::new())));
        let inst = Rc::new(Instance::new(
            ty.clone(),
            dict,
            Vec::new(),
            None,
            Some(data),
        ));
        crate::gc::track_instance(&inst);
        Value::Instance(inst)
    }

    /// `_Py_EnterRecursiveCall(where)`: the places CPython 3.12's C code may recurse
    /// (PyObject_Repr, PyObject_RichCompare, a C function call, ...) each take one unit of a
    /// per-thread budget of `C_RECURSION_LIMIT`, whatever `sys.setrecursionlimit` says; an
    /// evaluation loop entered from Rust takes two (`run_frame_exit`). Pair with `leave_c`.
    #[inline]
    pub fn enter_c(&mut self, where_: &str) -> PyResult<()> {
        if self.c_recursion >= C_RECURSION_LIMIT {
            return Err(self.c_recursion_error(where_));
        }
        self.c_recursion += 1;
        Ok(())
    }

    /// An evaluation loop entered from Rust (`run_frame_exit`): `_PyEval_EvalFrameDefault`
    /// takes `PY_EVAL_C_STACK_UNITS` (2) of the C budget, refused when fewer than two are
    /// left. Pair with `leave_eval`.
    #[inline]
    pub fn enter_eval(&mut self) -> PyResult<()> {
        if self.c_recursion + 1 >= C_RECURSION_LIMIT {
            return Err(self.c_recursion_error(""));
        }
        self.c_recursion += 2;
        self.native_depth += 1;
        Ok(())
    }

    #[inline]
    pub fn leave_eval(&mut self) {
        self.c_recursion -= 2;
        self.native_depth -= 1;
    }

    /// A Python `__init__` frame a class call runs in the caller's loop (`init_call`): the
    /// units CPython takes for `_PyObject_MakeTpCall` (one) and `slot_tp_init`'s evaluation
    /// loop (two), given back by `leave_inlined_init`.
    pub fn enter_inlined_init(&mut self) -> PyResult<()> {
        self.enter_c(" while calling a Python object")?;
        if self.c_recursion + 1 >= C_RECURSION_LIMIT {
            self.c_recursion -= 1;
            return Err(self.c_recursion_error(""));
        }
        self.c_recursion += 2;
        Ok(())
    }

    #[inline]
    pub fn leave_inlined_init(&mut self) {
        self.c_recursion -= 3;
    }

    /// `_Py_LeaveRecursiveCall`.
    #[inline]
    pub fn leave_c(&mut self) {
        self.c_recursion -= 1;
    }

    /// `f` inside `enter_c(where_)` / `leave_c`.
    #[inline]
    pub fn with_c<T>(
        &mut self,
        where_: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        self.enter_c(where_)?;
        let r = f(self);
        self.leave_c();
        r
    }

    /// A check without a unit: what `enter_c` would refuse, for a leaf CPython counts but
    /// pydive answers without recursing (an int compared inside a list).
    #[inline]
    pub fn check_c(&self, where_: &str) -> PyResult<()> {
        if self.c_recursion >= C_RECURSION_LIMIT {
            return Err(self.c_recursion_error(where_));
        }
        Ok(())
    }

    #[cold]
    fn c_recursion_error(&self, where_: &str) -> PyErr {
        self.new_error(
            "RecursionError",
            format!("maximum recursion depth exceeded{where_}"),
        )
    }

    pub fn new_error(&self, name: &str, msg: impl Into<String>) -> PyErr {
        let ty = self.exc_type(name);
        self.new_exception(&ty, vec![Value::str(&msg.into())])
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("TypeError", msg)
    }

    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("ValueError", msg)
    }

    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("AttributeError", msg)
    }

    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("IndexError", msg)
    }

    pub fn key_error(&self, key: Value) -> PyErr {
        let ty = self.exc_type("KeyError");
        self.new_exception(&ty, vec![key])
    }

    pub fn name_error(&self, name: &str) -> PyErr {
        let e = self.new_error("NameError", format!("name '{name}' is not defined"));
        if let Value::Instance(i) = &e {
            if let Some(d) = &i.dict() {
                d.borrow_mut().set_str("name", Value::str(name));
            }
        }
        e
    }

    pub fn zero_division(&self, msg: &str) -> PyErr {
        self.new_error("ZeroDivisionError", msg)
    }

    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("OverflowError", msg)
    }

    pub fn not_implemented(&self, feature: &str) -> PyErr {
        self.new_error(
            "NotImplementedError",
            format!("pydive does not support {feature} yet"),
        )
    }

    pub fn system_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error("SystemError", msg)
    }

    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let ty = self.exc_type("StopIteration");
        let args = if value.is_none() { vec![] } else { vec![value] };
        self.new_exception(&ty, args)
    }

    /// Is `err` an instance of the exception class named `name`?
    pub fn err_is(&self, err: &PyErr, name: &str) -> bool {
        let ty = self.exc_type(name);
        self.type_of(err).is_subtype(&ty)
    }

    // ---- types ----

    /// `type(v)`.
    pub fn type_of(&self, v: &Value) -> Rc<Type> {
        let t = &self.types;
        match v {
            Value::Null | Value::None => t.none.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Complex(..) => t.complex.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::ByteArray(_) => t.bytearray.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(b) => match (b.kind, &b.bound) {
                // a slot's (`int.__add__`, `(5).__add__`): wrapper_descriptor / method-wrapper
                (BuiltinKind::Method, None) if crate::modules::pydive::is_slot_wrapper(b) => {
                    t.wrapper_descriptor.clone()
                }
                (BuiltinKind::Method, Some(_)) if crate::modules::pydive::is_slot_wrapper(b) => {
                    t.method_wrapper.clone()
                }
                (BuiltinKind::Method, None) => t.method_descriptor.clone(),
                (BuiltinKind::ClassMethod, None) => t.classmethod_descriptor.clone(),
                _ => t.builtin_function.clone(),
            },
            Value::Method(_) => t.method.clone(),
            Value::Type(ty) => ty
                .metaclass
                .borrow()
                .clone()
                .unwrap_or_else(|| t.type_.clone()),
            Value::Instance(i) => i.class(),
            Value::Module(_) => t.module.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Frame(_) => t.frame.clone(),
            Value::Generator(g) => match g.kind {
                crate::objects::generator::GenKind::Generator => t.generator.clone(),
                crate::objects::generator::GenKind::Coroutine => t.coroutine.clone(),
                crate::objects::generator::GenKind::AsyncGenerator => t.async_generator.clone(),
            },
            Value::Iter(it) => crate::objects::iter::iter_type(t, &it.borrow()),
            Value::Property(_) => t.property.clone(),
            Value::ClassMethod(_) => t.classmethod.clone(),
            Value::StaticMethod(_) => t.staticmethod.clone(),
            Value::Super(_) => t.super_.clone(),
            Value::Traceback(_) => t.traceback.clone(),
            Value::Native(_) => t.object.clone(),
        }
    }

    /// How error messages name the type of `v`: CPython's `tp_name`, with the iterator
    /// types' own names.
    pub fn type_name(&self, v: &Value) -> Rc<str> {
        match v {
            Value::Iter(it) => Rc::from(it.borrow().type_name()),
            _ => Self::tp_name_of(&self.type_of(v)),
        }
    }

    /// CPython's `tp_name` of a class: `__name__` for classes made by class statements and
    /// for builtins, "module.name" for the types that are C types of other modules in
    /// CPython ('_io.TextIOWrapper', 'collections.deque'): pydive's native types, and the
    /// lib/ classes `_pydive.set_tp_name` marked.
    pub fn tp_name_of(t: &Rc<Type>) -> Rc<str> {
        if let Some(n) = crate::modules::pydive::tp_name(t) {
            return n;
        }
        if t.builtin {
            if let Some(m) = t.module() {
                if &*m != "builtins" {
                    return Rc::from(format!("{m}.{}", t.name()));
                }
            }
        }
        t.name()
    }

    pub fn isinstance_type(&self, v: &Value, ty: &Rc<Type>) -> bool {
        self.type_of(v).is_subtype(ty)
    }

    pub fn is_exception_instance(&self, v: &Value) -> bool {
        matches!(v, Value::Instance(i) if i.exc().is_some())
    }

    pub fn is_exception_type(&self, t: &Rc<Type>) -> bool {
        match self.base_exception.get() {
            Some(b) => t.is_subtype(b),
            None => {
                let b = self.exc_type("BaseException");
                let r = t.is_subtype(&b);
                if Rc::ptr_eq(&b, &self.types.object) {
                    // Asked before the exception types exist: do not remember `object`.
                    return r;
                }
                let _ = self.base_exception.set(b);
                r
            }
        }
    }

    // ---- misc ----

    pub fn flush_stdout(&mut self) {
        self.stdout.flush();
    }

    /// Write to the real stderr (flushing stdout first, as the streams interleave in a tty).
    pub fn write_stderr(&mut self, s: &str) {
        self.write_stderr_bytes(s.as_bytes());
    }

    /// Bytes to the real stderr (`sys.stderr.buffer.write`), stdout flushed first.
    pub fn write_stderr_bytes(&mut self, b: &[u8]) {
        self.stdout.flush();
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(b);
        let _ = err.flush();
    }

    /// The frame object of the running frame.
    pub fn current_frame(&self) -> Option<FrameRef> {
        self.frames.last().cloned()
    }

    pub fn new_module(&self, name: &str) -> (Value, DictRef) {
        let dict = Rc::new(RefCell::new(Dict::new()));
        dict.borrow_mut().set_str("__name__", Value::str(name));
        dict.borrow_mut().set_str("__doc__", Value::None);
        dict.borrow_mut().set_str("__package__", Value::None);
        dict.borrow_mut().set_str("__loader__", Value::None);
        dict.borrow_mut().set_str("__spec__", Value::None);
        (
            Value::Module(Rc::new(Module {
                name: Rc::from(name),
                dict: dict.clone(),
            })),
            dict,
        )
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

impl Vm {
    /// `_PyErr_GetTopmostException`: the exception being handled here, or else the one the
    /// code that resumed the running generators is handling (a raise in a generator or
    /// coroutine called from an `except` block gets it as `__context__`).
    pub fn topmost_exc(&self) -> Value {
        if self.exc_info.is_none() {
            self.exc_outer.clone()
        } else {
            self.exc_info.clone()
        }
    }
}
