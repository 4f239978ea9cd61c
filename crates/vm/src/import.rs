//! The import system: `sys.modules`, native modules, the embedded `lib/` modules, then
//! `sys.path` (script folder first); packages, relative imports, `from x import y`.

use std::rc::Rc;
use std::sync::Arc;

use crate::frame::Frame;
use crate::objects::code::{new_pycode, PyCode};
use crate::objects::module::Module;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/lib_files.rs"));
}

/// Where embedded modules claim to live (their `__file__`).
pub const LIB_PREFIX: &str = "<pydive-lib>/";

/// The source of `lib/<rel>`. With `PYDIVE_LIB_DIR` set (a developer's knob: edit `lib/`
/// and rerun without rebuilding), files are read from that folder instead; each file read is
/// leaked once, as the embedded table is `'static`.
pub fn embedded_source(rel: &str) -> Option<&'static str> {
    if let Some(dir) = std::env::var_os("PYDIVE_LIB_DIR") {
        thread_local! {
            static READ: std::cell::RefCell<std::collections::HashMap<String, Option<&'static str>>> =
                Default::default();
        }
        return READ.with(|r| {
            *r.borrow_mut().entry(rel.to_string()).or_insert_with(|| {
                let p = std::path::Path::new(&dir).join(rel);
                std::fs::read_to_string(p)
                    .ok()
                    .map(|s| &*Box::leak(s.into_boxed_str()))
            })
        });
    }
    embedded::LIB_FILES
        .iter()
        .find(|(p, _)| *p == rel)
        .map(|(_, s)| *s)
}

/// The code object build.rs compiled from the embedded `lib/` file `rel`, marshalled; None
/// when lib/ is read from disk (`PYDIVE_LIB_DIR`) or the file did not compile cleanly.
pub fn embedded_code(rel: &str) -> Option<&'static [u8]> {
    if std::env::var_os("PYDIVE_LIB_DIR").is_some() {
        return None;
    }
    embedded::LIB_CODE
        .iter()
        .find(|(p, _)| *p == rel)
        .map(|(_, b)| *b)
}

impl Vm {
    /// Turn a bytecode-crate code object into the VM's, converting its constants.
    pub fn wrap_code(&mut self, co: Arc<pydive_bytecode::CodeObject>) -> PyResult<Rc<PyCode>> {
        let key = Arc::as_ptr(&co) as usize;
        if let Some(c) = self.code_cache.get(&key) {
            return Ok(c.clone());
        }
        let is_root = self.wrapping_root.is_none();
        if is_root {
            self.wrapping_root = Some(crate::vm::WrappingRoot {
                code: co.clone(),
                identifiers: None,
            });
        }
        let mut consts = Vec::with_capacity(co.consts.len());
        let mut failed = None;
        for c in &co.consts {
            match self.constant_value(c) {
                Ok(v) => consts.push(v),
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            }
        }
        if is_root {
            self.wrapping_root = None;
        }
        if let Some(e) = failed {
            return Err(e);
        }
        let pc = Rc::new(new_pycode(co.clone(), consts));
        self.code_cache.insert(key, pc.clone());
        // keep the Arc alive so the address stays unique
        self.code_keepalive.push(co);
        Ok(pc)
    }

    pub fn constant_value(&mut self, c: &pydive_bytecode::Constant) -> PyResult<Value> {
        use pydive_bytecode::Constant as C;
        Ok(match c {
            C::None => Value::None,
            C::Ellipsis => Value::Ellipsis,
            C::Bool(b) => Value::Bool(*b),
            C::Int(i) => Value::from_bigint(i.clone()),
            C::Float(f) => Value::Float(*f),
            C::Complex { real, imag } => Value::Complex(*real, *imag),
            // As CPython's intern_string_constants: a constant made of name characters only
            // is the interned string (`'hello' is sys.intern(''.join(['hel', 'lo']))`).
            C::Str(s) if s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') => {
                Value::Str(crate::objects::dict::intern(s))
            }
            C::Str(s) => Value::Str(Rc::from(&**s)),
            C::Bytes(b) => Value::Bytes(Rc::from(&**b)),
            C::Tuple(items) => {
                let mut v = Vec::with_capacity(items.len());
                for it in items.iter() {
                    v.push(self.constant_value(it)?);
                }
                Value::tuple(v)
            }
            C::FrozenSet(items) => {
                let mut v = Vec::with_capacity(items.len());
                for it in items.iter() {
                    v.push(self.constant_value(it)?);
                }
                // The compiler's frozenset, rebuilt from its own iteration order as
                // merge_consts_recursive (and sometimes intern_constants) does: the
                // table CPython's constant has (pyrepr::frozenset_fills).
                let fills = match self.wrapping_root.as_mut() {
                    Some(root) => {
                        let identifiers = root.identifiers.get_or_insert_with(|| {
                            pydive_bytecode::pyrepr::code_identifiers(&root.code)
                        });
                        pydive_bytecode::pyrepr::frozenset_fills(items, &|s| {
                            pydive_bytecode::pyrepr::interned_before(identifiers, s)
                        })
                    }
                    None => pydive_bytecode::pyrepr::frozenset_fills(items, &|s| {
                        pydive_bytecode::pyrepr::interned_before(&Default::default(), s)
                    }),
                };
                let mut set = self.new_set(v)?;
                for _ in 1..fills {
                    let keys = set.borrow().keys();
                    set = self.new_set(keys)?;
                }
                Value::FrozenSet(set)
            }
            C::Code(co) => Value::Code(self.wrap_code(co.clone())?),
        })
    }

    /// Compile source text (a SyntaxError on failure).
    pub fn compile_source(
        &mut self,
        src: &str,
        filename: &str,
        mode: pydive_compiler::Mode,
    ) -> PyResult<Rc<PyCode>> {
        self.compile_source_with_flags(src, filename, mode, 0)
    }

    /// `compile_source` with future-feature flags (`compile()`'s `flags`, or those the
    /// calling code was compiled with: `exec`/`eval`/`compile` inherit them).
    pub fn compile_source_with_flags(
        &mut self,
        src: &str,
        filename: &str,
        mode: pydive_compiler::Mode,
        flags: u32,
    ) -> PyResult<Rc<PyCode>> {
        self.compile_source_as(src, filename, mode, flags, false)
    }

    /// `compile_source` for the script `pydive FILE` runs: CPython reads that one with its
    /// file tokenizer (imports and `compile()` read strings), whose errors at the end of the
    /// input differ (`pydive_compiler::file_input_error`).
    pub fn compile_main_file(&mut self, src: &str, filename: &str) -> PyResult<Rc<PyCode>> {
        self.compile_source_as(src, filename, pydive_compiler::Mode::Exec, 0, true)
    }

    fn compile_source_as(
        &mut self,
        src: &str,
        filename: &str,
        mode: pydive_compiler::Mode,
        flags: u32,
        file_input: bool,
    ) -> PyResult<Rc<PyCode>> {
        match pydive_compiler::compile_with_flags(src, filename, mode, flags) {
            Ok(c) => {
                for w in &c.warnings {
                    let cat = format!("{:?}", w.category);
                    self.issue_compile_warning(w, &cat, filename)?;
                }
                self.wrap_code(c.code)
            }
            Err(e) if file_input => {
                Err(self.syntax_error_from(&pydive_compiler::file_input_error(e)))
            }
            Err(e) => Err(self.syntax_error_from(&e)),
        }
    }

    pub(crate) fn syntax_error_from(&mut self, e: &pydive_compiler::CompileError) -> Value {
        let t = self.exc_type(e.kind.class_name());
        if e.kind == pydive_compiler::ErrorKind::RecursionError {
            // a plain RecursionError, without SyntaxError's location details
            return self.new_exception(&t, vec![Value::str(&e.msg)]);
        }
        if e.lineno == 0 && e.offset == 0 && e.text.is_none() {
            // No location ("source code string cannot contain null bytes"): CPython's
            // PyErr_SetString, the message alone.
            return self.new_exception(&t, vec![Value::str(&e.msg)]);
        }
        let text = match &e.text {
            Some(t) => Value::str(t),
            None => Value::None,
        };
        let details = Value::tuple(vec![
            Value::str(&e.filename),
            Value::Int(e.lineno as i64),
            Value::Int(e.offset as i64),
            text,
            Value::Int(e.end_lineno as i64),
            Value::Int(e.end_offset as i64),
        ]);
        self.new_exception(&t, vec![Value::str(&e.msg), details])
    }

    /// A compiler warning as `PyErr_WarnExplicitObject(category, msg, filename, lineno, NULL,
    /// NULL)`: through the `warnings` filters once that module is loaded (no registry, so it
    /// shows every time); a filter that turns it into an exception makes the compilation fail
    /// with the SyntaxError at the warning's place instead, as CPython's compiler and parser do.
    fn issue_compile_warning(
        &mut self,
        w: &pydive_compiler::CompileWarning,
        cat: &str,
        filename: &str,
    ) -> PyResult<()> {
        let warnings = self.modules.borrow().get_str("warnings");
        let Some(warnings) = warnings else {
            return self.warn_explicit(&w.msg, cat, filename, w.lineno as i64);
        };
        let f = self.getattr(&warnings, "warn_explicit")?;
        let category = Value::Type(self.exc_type(cat));
        let args = vec![
            Value::str(&w.msg),
            category.clone(),
            Value::str(filename),
            Value::Int(w.lineno as i64),
        ];
        match self.call(&f, args) {
            Ok(_) => Ok(()),
            Err(exc) => {
                if self.isinstance(&exc, &category)? {
                    Err(self.syntax_error_from(&w.error))
                } else {
                    Err(exc)
                }
            }
        }
    }

    /// Print a warning the CPython way (`file:line: Category: message`), before the `warnings`
    /// module is loaded (its default action with no registry: every time).
    pub fn warn_explicit(
        &mut self,
        msg: &str,
        category: &str,
        filename: &str,
        lineno: i64,
    ) -> PyResult<()> {
        if self.warn_options.iter().any(|o| o == "ignore") {
            return Ok(());
        }
        let mut text = format!("{filename}:{lineno}: {category}: {msg}\n");
        if let Some(line) = crate::traceback::source_line(filename, lineno) {
            text.push_str(&format!("  {}\n", line.trim()));
        }
        self.write_stderr(&text);
        Ok(())
    }

    /// Run a code object in `globals` (and `locals` for module/class code).
    pub fn run_code_in(
        &mut self,
        code: Rc<PyCode>,
        globals: DictRef,
        locals: Option<Value>,
    ) -> PyResult<Value> {
        let builtins = match globals.borrow().get_str("__builtins__") {
            Some(Value::Module(m)) => m.dict.clone(),
            Some(Value::Dict(d)) => d,
            _ => self.builtins.clone(),
        };
        let locals = locals.or_else(|| Some(Value::Dict(globals.clone())));
        let frame = Frame::new(code, globals, builtins, locals);
        self.run_frame(Rc::new(std::cell::RefCell::new(frame)))
    }

    /// `import name` with `level` dots, from code whose globals are `globals`: returns the
    /// top package (no fromlist) or the module itself.
    pub fn import_module_level(
        &mut self,
        name: &str,
        globals: &DictRef,
        fromlist: &Value,
        level: i64,
    ) -> PyResult<Value> {
        let absname = if level > 0 {
            let package = self.package_of(globals)?;
            let mut parts: Vec<&str> = package.split('.').collect();
            if package.is_empty() {
                return Err(self.new_error(
                    "ImportError",
                    "attempted relative import with no known parent package",
                ));
            }
            for _ in 1..level {
                if parts.pop().is_none() || parts.is_empty() {
                    return Err(self.new_error(
                        "ImportError",
                        "attempted relative import beyond top-level package",
                    ));
                }
            }
            let base = parts.join(".");
            if name.is_empty() {
                base
            } else {
                format!("{base}.{name}")
            }
        } else {
            if name.is_empty() {
                return Err(self.value_error("Empty module name"));
            }
            name.to_string()
        };
        let module = self.import_module(&absname)?;
        let has_fromlist = match fromlist {
            Value::None => false,
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            _ => true,
        };
        if has_fromlist {
            // import submodules named in the fromlist of a package
            if let Value::Module(m) = &module {
                let is_pkg = m.dict.borrow().contains_str("__path__");
                if is_pkg {
                    for item in self.collect(fromlist)? {
                        if let Value::Str(s) = item {
                            if &*s != "*" && !m.dict.borrow().contains_str(&s) {
                                let sub = format!("{absname}.{s}");
                                match self.import_module(&sub) {
                                    Ok(_) => {}
                                    Err(e) if self.err_is(&e, "ModuleNotFoundError") => {}
                                    Err(e) => return Err(e),
                                }
                            }
                        }
                    }
                }
            }
            return Ok(module);
        }
        if level == 0 {
            let top = absname.split('.').next().unwrap_or(&absname);
            if let Some(m) = self.modules.borrow().get_str(top) {
                return Ok(m);
            }
        } else if !name.is_empty() {
            let first = name.split('.').next().unwrap_or(name);
            let prefix_len = absname.len() - name.len();
            let top = format!("{}{}", &absname[..prefix_len], first);
            if let Some(m) = self.modules.borrow().get_str(&top) {
                return Ok(m);
            }
        }
        Ok(module)
    }

    fn package_of(&mut self, globals: &DictRef) -> PyResult<String> {
        let g = globals.borrow();
        if let Some(Value::Str(p)) = g.get_str("__package__") {
            return Ok(p.to_string());
        }
        let name = match g.get_str("__name__") {
            Some(Value::Str(n)) => n.to_string(),
            _ => return Ok(String::new()),
        };
        if g.contains_str("__path__") {
            return Ok(name);
        }
        Ok(name
            .rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default())
    }

    /// Import the module with this absolute dotted name (parents first).
    pub fn import_module(&mut self, fullname: &str) -> PyResult<Value> {
        let cached = self.modules.borrow().get_str(fullname);
        match cached {
            // None in sys.modules blocks the import (how programs hide an accelerator module)
            Some(Value::None) => {
                return Err(self.module_not_found(
                    fullname,
                    &format!("import of {fullname} halted; None in sys.modules"),
                ))
            }
            Some(m) => return Ok(m),
            None => {}
        }
        let (parent, short) = match fullname.rsplit_once('.') {
            Some((p, s)) => (Some(p.to_string()), s.to_string()),
            None => (None, fullname.to_string()),
        };
        let search_path: Option<Vec<String>> = match &parent {
            Some(p) => {
                let pm = self.import_module(p)?;
                if let Some(m) = self.modules.borrow().get_str(fullname) {
                    return Ok(m);
                }
                let path = match &pm {
                    Value::Module(m) => m.dict.borrow().get_str("__path__"),
                    _ => None,
                };
                match path {
                    Some(pv) => {
                        let items = self.collect(&pv)?;
                        Some(
                            items
                                .iter()
                                .filter_map(|v| v.as_str().map(String::from))
                                .collect(),
                        )
                    }
                    None => {
                        return Err(self.module_not_found(
                            fullname,
                            &format!("No module named '{fullname}'; '{p}' is not a package"),
                        ))
                    }
                }
            }
            None => None,
        };
        let m = self.find_and_load(fullname, &short, search_path)?;
        if let Some(p) = parent {
            if let Some(Value::Module(pm)) = self.modules.borrow().get_str(&p) {
                pm.dict.borrow_mut().set_str(&short, m.clone());
            }
        }
        Ok(m)
    }

    /// Whether `e` is the ModuleNotFoundError saying that module `name` itself is missing.
    fn is_missing_module(&self, e: &Value, name: &str) -> bool {
        if !self.err_is(e, "ModuleNotFoundError") {
            return false;
        }
        let Value::Instance(i) = e else { return false };
        let Some(d) = i.dict() else { return false };
        let missing = d.borrow().get_str("name");
        matches!(missing, Some(Value::Str(n)) if &*n == name)
    }

    fn module_not_found(&mut self, name: &str, msg: &str) -> Value {
        let e = self.new_error("ModuleNotFoundError", msg);
        if let Value::Instance(i) = &e {
            if let Some(d) = &i.dict() {
                d.borrow_mut().set_str("name", Value::str(name));
            }
        }
        e
    }

    fn find_and_load(
        &mut self,
        fullname: &str,
        short: &str,
        search_path: Option<Vec<String>>,
    ) -> PyResult<Value> {
        // 1. native modules
        if let Some(init) = self.native_modules.get(fullname).copied() {
            if fullname == "sys" {
                if let Some(m) = self.sys_module.clone() {
                    self.modules.borrow_mut().set_str("sys", m.clone());
                    return Ok(m);
                }
            }
            if fullname == "builtins" {
                let m = self.builtins_module.clone();
                self.modules.borrow_mut().set_str("builtins", m.clone());
                return Ok(m);
            }
            let (m, d) = self.new_module(fullname);
            let spec = self.new_spec(fullname, None, None);
            d.borrow_mut().set_str("__spec__", spec);
            let loader = self.builtin_importer();
            d.borrow_mut().set_str("__loader__", loader);
            self.modules.borrow_mut().set_str(fullname, m.clone());
            if let Err(e) = init(self, &d) {
                self.modules.borrow_mut().del_str(fullname);
                return Err(e);
            }
            crate::builtins::docs::note_module(fullname, &d);
            crate::objects::function::set_function_module(&d, public_module_name(fullname));
            return Ok(m);
        }
        // 2. embedded lib/
        let rel = fullname.replace('.', "/");
        let pkg_rel = format!("{rel}/__init__.py");
        let mod_rel = format!("{rel}.py");
        if let Some(src) = embedded_source(&pkg_rel) {
            let file = format!("{LIB_PREFIX}{pkg_rel}");
            let dir = format!("{LIB_PREFIX}{rel}");
            if let Some(code) = self.frozen_code(&pkg_rel) {
                return self.load_code_module(fullname, code, &file, Some(&dir));
            }
            return self.load_source_module(fullname, src, &file, Some(&dir));
        }
        if let Some(src) = embedded_source(&mod_rel) {
            let file = format!("{LIB_PREFIX}{mod_rel}");
            if let Some(code) = self.frozen_code(&mod_rel) {
                return self.load_code_module(fullname, code, &file, None);
            }
            return self.load_source_module(fullname, src, &file, None);
        }
        // 3. sys.path (or the parent package's __path__)
        let paths: Vec<String> = match search_path {
            Some(p) => p,
            None => self.sys_path()?,
        };
        for dir in paths {
            if let Some(embedded_dir) = dir.strip_prefix(LIB_PREFIX) {
                let _ = embedded_dir;
                continue;
            }
            let base = if dir.is_empty() {
                ".".to_string()
            } else {
                dir.clone()
            };
            let pkg = std::path::Path::new(&base).join(short);
            let init = pkg.join("__init__.py");
            if init.is_file() {
                let src = self.read_source(&init)?;
                let file = init.to_string_lossy().to_string();
                let pdir = pkg.to_string_lossy().to_string();
                return self.load_source_module(fullname, &src, &file, Some(&pdir));
            }
            let file = std::path::Path::new(&base).join(format!("{short}.py"));
            if file.is_file() {
                let src = self.read_source(&file)?;
                let f = file.to_string_lossy().to_string();
                return self.load_source_module(fullname, &src, &f, None);
            }
            if pkg.is_dir() && fullname.find('.').is_none() {
                // namespace package
                let (m, d) = self.new_module(fullname);
                d.borrow_mut().set_str(
                    "__path__",
                    Value::list(vec![Value::str(&pkg.to_string_lossy())]),
                );
                d.borrow_mut().set_str("__package__", Value::str(fullname));
                self.modules.borrow_mut().set_str(fullname, m.clone());
                return Ok(m);
            }
        }
        // 4. fallbacks
        for (n, init) in crate::modules::FALLBACKS {
            if *n == fullname {
                let (m, d) = self.new_module(fullname);
                self.modules.borrow_mut().set_str(fullname, m.clone());
                init(self, &d)?;
                return Ok(m);
            }
        }
        Err(self.module_not_found(fullname, &format!("No module named '{fullname}'")))
    }

    /// Where `fullname` would be loaded from, without loading it (importlib.util.find_spec):
    /// None when it is not found, else (kind, origin, package folder) with kind "builtin"
    /// (a native module), "embedded" (pydive's lib/), "source" (a file) or "namespace".
    pub fn locate_module(
        &mut self,
        fullname: &str,
        search_path: Option<Vec<String>>,
    ) -> PyResult<Option<ModuleLocation>> {
        let short = fullname
            .rsplit_once('.')
            .map(|(_, s)| s)
            .unwrap_or(fullname);
        if self.native_modules.contains_key(fullname) {
            return Ok(Some(("builtin", None, None)));
        }
        let rel = fullname.replace('.', "/");
        let pkg_rel = format!("{rel}/__init__.py");
        let mod_rel = format!("{rel}.py");
        if embedded_source(&pkg_rel).is_some() {
            return Ok(Some((
                "embedded",
                Some(format!("{LIB_PREFIX}{pkg_rel}")),
                Some(format!("{LIB_PREFIX}{rel}")),
            )));
        }
        if embedded_source(&mod_rel).is_some() {
            return Ok(Some((
                "embedded",
                Some(format!("{LIB_PREFIX}{mod_rel}")),
                None,
            )));
        }
        let paths: Vec<String> = match search_path {
            Some(p) => p,
            None => self.sys_path()?,
        };
        for dir in paths {
            if dir.starts_with(LIB_PREFIX) {
                continue;
            }
            let base = if dir.is_empty() { ".".to_string() } else { dir };
            let pkg = std::path::Path::new(&base).join(short);
            let init = pkg.join("__init__.py");
            if init.is_file() {
                return Ok(Some((
                    "source",
                    Some(init.to_string_lossy().to_string()),
                    Some(pkg.to_string_lossy().to_string()),
                )));
            }
            let file = std::path::Path::new(&base).join(format!("{short}.py"));
            if file.is_file() {
                return Ok(Some((
                    "source",
                    Some(file.to_string_lossy().to_string()),
                    None,
                )));
            }
            if pkg.is_dir() && !fullname.contains('.') {
                return Ok(Some((
                    "namespace",
                    None,
                    Some(pkg.to_string_lossy().to_string()),
                )));
            }
        }
        if crate::modules::FALLBACKS
            .iter()
            .any(|(n, _)| *n == fullname)
        {
            return Ok(Some(("builtin", None, None)));
        }
        Ok(None)
    }

    fn sys_path(&mut self) -> PyResult<Vec<String>> {
        let p = match &self.sys_module {
            Some(Value::Module(m)) => m.dict.borrow().get_str("path"),
            _ => None,
        };
        match p {
            Some(v) => Ok(self
                .collect(&v)?
                .iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()),
            None => Ok(self.path.clone()),
        }
    }

    fn read_source(&mut self, p: &std::path::Path) -> PyResult<String> {
        match std::fs::read(p) {
            Ok(b) => self.decode_source(&b, &p.to_string_lossy()),
            Err(e) => Err(self.new_error("OSError", e.to_string())),
        }
    }

    /// A source file's bytes as text (PEP 263 coding cookies); a SyntaxError when they do
    /// not decode, as CPython's tokenizer raises.
    pub fn decode_source(&mut self, bytes: &[u8], filename: &str) -> PyResult<String> {
        pydive_compiler::source::decode_source(bytes, filename)
            .map_err(|e| self.syntax_error_from(&e))
    }

    /// Create, register and execute a module from source.
    pub fn load_source_module(
        &mut self,
        fullname: &str,
        src: &str,
        file: &str,
        pkg_dir: Option<&str>,
    ) -> PyResult<Value> {
        let code = self.compile_source(src, file, pydive_compiler::Mode::Exec)?;
        self.load_code_module(fullname, code, file, pkg_dir)
    }

    /// The embedded lib file's code object as build.rs compiled it (None: compile the
    /// source instead, e.g. when the marshalled form does not load).
    fn frozen_code(&mut self, rel: &str) -> Option<Rc<PyCode>> {
        let bytes = embedded_code(rel)?;
        let co = pydive_bytecode::marshal::loads(bytes).ok()?;
        self.wrap_code(Arc::new(co)).ok()
    }

    /// Run a module's code object in a new module namespace registered as `fullname`.
    pub fn load_code_module(
        &mut self,
        fullname: &str,
        code: Rc<PyCode>,
        file: &str,
        pkg_dir: Option<&str>,
    ) -> PyResult<Value> {
        let (m, d) = self.new_module(fullname);
        let spec = self.new_spec(fullname, Some(file), pkg_dir);
        set_initializing(&spec, true);
        {
            let mut dd = d.borrow_mut();
            dd.set_str("__spec__", spec.clone());
            dd.set_str("__file__", Value::str(file));
            dd.set_str("__cached__", Value::None);
            dd.set_str("__builtins__", self.builtins_module.clone());
            match pkg_dir {
                Some(dir) => {
                    dd.set_str("__path__", Value::list(vec![Value::str(dir)]));
                    dd.set_str("__package__", Value::str(fullname));
                }
                None => {
                    let pkg = fullname.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
                    dd.set_str("__package__", Value::str(pkg));
                }
            }
        }
        self.modules.borrow_mut().set_str(fullname, m.clone());
        let r = self.run_code_in(code, d, None);
        set_initializing(&spec, false);
        if let Err(e) = r {
            self.modules.borrow_mut().del_str(fullname);
            return Err(e);
        }
        // the module may have replaced itself in sys.modules
        Ok(self.modules.borrow().get_str(fullname).unwrap_or(m))
    }

    /// IMPORT_FROM: `from module import name`.
    pub fn import_from(&mut self, module: &Value, name: &str) -> PyResult<Value> {
        match self.getattr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if self.err_is(&e, "AttributeError") => {
                let modname = match module {
                    Value::Module(m) => m.name.to_string(),
                    _ => "?".into(),
                };
                let full = format!("{modname}.{name}");
                if let Some(v) = self.modules.borrow().get_str(&full) {
                    return Ok(v);
                }
                if let Value::Module(m) = module {
                    if m.dict.borrow().contains_str("__path__") {
                        match self.import_module(&full) {
                            Ok(v) => return Ok(v),
                            // As importlib's _handle_fromlist: only the submodule itself
                            // being missing means "cannot import name"; an error raised
                            // while running it (a missing module it imports) goes through.
                            Err(e) if !self.is_missing_module(&e, &full) => return Err(e),
                            Err(_) => {}
                        }
                    }
                }
                let file = match module {
                    Value::Module(m) => m.dict.borrow().get_str("__file__"),
                    _ => None,
                };
                let partial = if is_initializing(module) {
                    "partially initialized module "
                } else {
                    ""
                };
                let circular = if partial.is_empty() {
                    ""
                } else {
                    " (most likely due to a circular import)"
                };
                let msg = match file {
                    Some(Value::Str(f)) => {
                        format!("cannot import name '{name}' from {partial}'{modname}'{circular} ({f})")
                    }
                    _ => format!("cannot import name '{name}' from {partial}'{modname}'{circular} (unknown location)"),
                };
                let err = self.new_error("ImportError", msg);
                if let Value::Instance(i) = &err {
                    if let Some(d) = &i.dict() {
                        d.borrow_mut().set_str("name", Value::str(&modname));
                    }
                }
                Err(err)
            }
            Err(e) => Err(e),
        }
    }

    /// `from module import *`.
    pub fn import_star(&mut self, module: &Value, locals: Option<Value>) -> PyResult<()> {
        let Some(Value::Dict(target)) = locals else {
            return Err(self.system_error("import * only allowed at module level"));
        };
        let Value::Module(m) = module else {
            return Ok(());
        };
        let all = m.dict.borrow().get_str("__all__");
        let names: Vec<Value> = match all {
            Some(a) => self.collect(&a)?,
            None => m
                .dict
                .borrow()
                .keys()
                .into_iter()
                .filter(|k| k.as_str().is_some_and(|s| !s.starts_with('_')))
                .collect(),
        };
        for n in names {
            let s = n.as_str().unwrap_or("").to_string();
            let v = self.getattr(module, &s)?;
            target.borrow_mut().set_str(&s, v);
        }
        Ok(())
    }

    /// `getattr(import_module(module), name)` or None, without raising.
    pub fn getattr_opt_module(&mut self, module: &str, name: &str) -> Option<Value> {
        let m = self.import_module(module).ok()?;
        self.getattr(&m, name).ok()
    }

    /// The module object for `__main__`.
    pub fn new_main_module(&mut self, file: Option<&str>) -> (Value, DictRef) {
        let (m, d) = self.new_module("__main__");
        {
            let mut dd = d.borrow_mut();
            // CPython's __main__ starts with an empty __annotations__ (before __builtins__).
            dd.set_str(
                "__annotations__",
                Value::dict(crate::objects::dict::Dict::new()),
            );
            dd.set_str("__builtins__", self.builtins_module.clone());
            if let Some(f) = file {
                dd.set_str("__file__", Value::str(f));
                dd.set_str("__cached__", Value::None);
            }
        }
        self.modules.borrow_mut().set_str("__main__", m.clone());
        (m, d)
    }
}

#[allow(dead_code)]
fn _m(_: &Module) {}

/// Where a module would be loaded from: (kind, origin file, package folder).
pub type ModuleLocation = (&'static str, Option<String>, Option<String>);

thread_local! {
    /// `ModuleSpec`, made on first use (a plain class: attributes in the instance dict).
    static SPEC_TYPE: std::cell::RefCell<Option<Rc<crate::objects::typeobj::Type>>> =
        const { std::cell::RefCell::new(None) };
}

/// `repr(spec)`: `ModuleSpec(name='x', loader=None, origin='...')` (importlib._bootstrap's
/// ModuleSpec.__repr__).
fn spec_repr(vm: &mut Vm, a: crate::objects::function::Args) -> PyResult<Value> {
    let this = a.pos.first().cloned().unwrap_or(Value::None);
    let mut parts = Vec::new();
    for field in ["name", "loader", "origin", "submodule_search_locations"] {
        let v = vm.getattr(&this, field)?;
        if (field == "origin" || field == "submodule_search_locations") && v.is_none() {
            continue;
        }
        let r = vm.repr(&v)?;
        parts.push(format!("{field}={r}"));
    }
    Ok(Value::str(&format!("ModuleSpec({})", parts.join(", "))))
}

thread_local! {
    static BUILTIN_IMPORTER: std::cell::RefCell<Option<Rc<crate::objects::typeobj::Type>>> =
        const { std::cell::RefCell::new(None) };
}

/// BuiltinImporter.create_module(spec): the native module named `spec.name`.
fn builtin_importer_create(vm: &mut Vm, a: crate::objects::function::Args) -> PyResult<Value> {
    let spec = a.pos.get(1).cloned().unwrap_or(Value::None);
    let name = vm.getattr(&spec, "name")?;
    let name = vm.str(&name)?;
    vm.import_module(&name)
}

/// BuiltinImporter's methods that answer None (exec_module, get_code, get_source).
fn builtin_importer_none(_vm: &mut Vm, _a: crate::objects::function::Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn builtin_importer_is_package(
    _vm: &mut Vm,
    _a: crate::objects::function::Args,
) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

impl Vm {
    /// `_frozen_importlib.BuiltinImporter`: the loader in the spec of every native module
    /// (sys, builtins, math, ...), as CPython's built-in modules have it.
    pub fn builtin_importer(&mut self) -> Value {
        if let Some(t) = BUILTIN_IMPORTER.with(|t| t.borrow().clone()) {
            return Value::Type(t);
        }
        use crate::objects::typeobj::{Layout, Type};
        let t = Type::new_builtin("BuiltinImporter", Some(&self.types.object), Layout::Object);
        t.dict
            .borrow_mut()
            .set_str("__module__", Value::str("_frozen_importlib"));
        self.add_classmethod(&t, "create_module", builtin_importer_create);
        for name in ["exec_module", "get_code", "get_source"] {
            self.add_classmethod(&t, name, builtin_importer_none);
        }
        self.add_classmethod(&t, "is_package", builtin_importer_is_package);
        BUILTIN_IMPORTER.with(|c| *c.borrow_mut() = Some(t.clone()));
        Value::Type(t)
    }

    /// A `ModuleSpec` for module `name`: `origin` is its file (None for built-in modules),
    /// `search` the package's `__path__` (None for a plain module).
    pub fn new_spec(&mut self, name: &str, origin: Option<&str>, search: Option<&str>) -> Value {
        let t = SPEC_TYPE.with(|t| t.borrow().clone());
        let t = match t {
            Some(t) => t,
            None => {
                use crate::objects::typeobj::{Layout, Type};
                let t = Type::new_builtin("ModuleSpec", Some(&self.types.object), Layout::Object);
                t.dict
                    .borrow_mut()
                    .set_str("__module__", Value::str("importlib._bootstrap"));
                self.add_method(&t, "__repr__", spec_repr);
                SPEC_TYPE.with(|c| *c.borrow_mut() = Some(t.clone()));
                t
            }
        };
        let spec = crate::ops::new_instance(self, &t);
        // a built-in module's loader is BuiltinImporter; a file's is given by importlib.util
        let loader = match origin {
            None if search.is_none() => self.builtin_importer(),
            _ => Value::None,
        };
        if let Value::Instance(i) = &spec {
            if let Some(d) = &i.dict() {
                let mut d = d.borrow_mut();
                d.set_str("name", Value::str(name));
                d.set_str("loader", loader);
                d.set_str(
                    "origin",
                    match origin {
                        Some(o) => Value::str(o),
                        None => Value::str("built-in"),
                    },
                );
                d.set_str("loader_state", Value::None);
                d.set_str(
                    "submodule_search_locations",
                    match search {
                        Some(p) => Value::list(vec![Value::str(p)]),
                        None => Value::None,
                    },
                );
                let parent = match search {
                    Some(_) => name,
                    None => name.rsplit_once('.').map(|(p, _)| p).unwrap_or(""),
                };
                d.set_str("parent", Value::str(parent));
                d.set_str("cached", Value::None);
                d.set_str("has_location", Value::Bool(origin.is_some()));
                d.set_str("_initializing", Value::Bool(false));
            }
        }
        spec
    }
}

/// Set `spec._initializing` (read by IMPORT_FROM's "partially initialized module" message).
fn set_initializing(spec: &Value, on: bool) {
    if let Value::Instance(i) = spec {
        if let Some(d) = &i.dict() {
            d.borrow_mut().set_str("_initializing", Value::Bool(on));
        }
    }
}

/// Whether `module.__spec__._initializing` is true.
fn is_initializing(module: &Value) -> bool {
    let Value::Module(m) = module else {
        return false;
    };
    let Some(Value::Instance(i)) = m.dict.borrow().get_str("__spec__") else {
        return false;
    };
    let Some(d) = i.dict() else { return false };
    let v = d.borrow().get_str("_initializing");
    matches!(v, Some(Value::Bool(true)))
}

/// The name CPython gives the module of a function of pydive's native module `name` (its
/// `__module__`): pydive's private halves stand for the CPython C module that `lib/` re-exports.
fn public_module_name(name: &str) -> &str {
    match name {
        "_time" => "time",
        "_sre_pydive" => "_sre",
        "_pydive_thread" => "_thread",
        "_zlib" => "zlib",
        "_pydive_bz2" => "_bz2",
        "_pydive_lzma" => "_lzma",
        "_fcntl" => "fcntl",
        "_resource" => "resource",
        _ => name,
    }
}
