//! Running a program the way `python` does: set up `sys`, run a file, a `.pyc`, `-c` code
//! or `-m` module as `__main__`, and turn the outcome into an exit status (SystemExit
//! semantics, traceback for uncaught exceptions).

use std::rc::Rc;

use crate::trace::Tracer;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

pub enum Target {
    File(String),
    Pyc(String),
    Command(String),
    Module(String),
}

#[derive(Default)]
pub struct Config {
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// `PYTHONPATH` entries.
    pub pythonpath: Vec<String>,
    pub unbuffered: bool,
    /// `PYTHONHASHSEED` (None = random).
    pub hash_seed: Option<u32>,
    pub warn_options: Vec<String>,
    pub virtual_time: bool,
    /// How the program was invoked (`argv[0]` of the process), for CPython's
    /// "PROGRAM: can't open file ..." messages; empty = the executable's path.
    pub program: String,
}

impl Vm {
    /// Configure `sys` for a run.
    pub fn setup(&mut self, cfg: &Config, path0: &str) -> PyResult<()> {
        self.hash_seed = cfg.hash_seed;
        self.argv = cfg.argv.clone();
        let mut path = vec![path0.to_string()];
        path.extend(cfg.pythonpath.iter().cloned());
        self.path = path;
        self.warn_options = cfg.warn_options.clone();
        self.stdout.unbuffered = cfg.unbuffered;
        self.virtual_time = cfg.virtual_time;
        let (m, d) = self.new_module("sys");
        self.sys_module = Some(m.clone());
        crate::modules::sys::init(self, &d)?;
        crate::objects::function::set_function_module(&d, "sys");
        // sys and builtins are made before the import system: CPython gives both the spec
        // ModuleSpec(name, BuiltinImporter, origin='built-in') all the same.
        let spec = self.new_spec("sys", None, None);
        d.borrow_mut().set_str("__spec__", spec);
        let loader = self.builtin_importer();
        d.borrow_mut().set_str("__loader__", loader.clone());
        self.builtins.borrow_mut().set_str("__loader__", loader);
        self.modules.borrow_mut().set_str("sys", m);
        let b = self.builtins_module.clone();
        let spec = self.new_spec("builtins", None, None);
        self.builtins.borrow_mut().set_str("__spec__", spec);
        self.modules.borrow_mut().set_str("builtins", b);
        // What site adds to builtins (exit/quit, help, copyright, credits, license as
        // CPython's _sitebuiltins objects); should the import fail, the native exit/quit
        // stay.
        let _ = self.import_module("_sitebuiltins");
        Ok(())
    }

    fn run_target(&mut self, target: &Target, program: &str) -> PyResult<()> {
        match target {
            Target::File(path) => {
                let path = &absolute(path);
                let src = match std::fs::read(path) {
                    // The file tokenizer's errors carry the message alone (no position),
                    // but for those of a token (lineno set: bad UTF-8 in a literal).
                    Ok(b) => match pydive_compiler::source::decode_source(&b, path) {
                        Ok(s) => s,
                        Err(e) if e.lineno > 0 => return Err(self.syntax_error_from(&e)),
                        Err(e) => return Err(self.new_error("SyntaxError", e.msg)),
                    },
                    Err(e) => return Err(self.cannot_open(program, path, &e)),
                };
                let (_, d) = self.new_main_module(Some(path));
                let code = self.compile_main_file(&src, path)?;
                self.run_code_in(code, d, None)?;
            }
            Target::Pyc(path) => {
                let path = &absolute(path);
                let bytes = std::fs::read(path).map_err(|e| self.cannot_open(program, path, &e))?;
                let co = pydive_bytecode::marshal::read_pyc(&bytes).map_err(|e| {
                    self.new_error(
                        "RuntimeError",
                        format!("Bad code object in .pyc file ({e:?})"),
                    )
                })?;
                let (_, d) = self.new_main_module(Some(path));
                let code = self.wrap_code(std::sync::Arc::new(co))?;
                self.run_code_in(code, d, None)?;
            }
            Target::Command(src) => {
                let (_, d) = self.new_main_module(None);
                let code = self.compile_source(src, "<string>", pydive_compiler::Mode::Exec)?;
                self.run_code_in(code, d, None)?;
            }
            Target::Module(name) => {
                // runpy._run_module_as_main: find the module (a package runs its __main__
                // after its __init__), make sys.argv[0] its file, run it as __main__.
                let (src, file, is_pkg) = match self.find_module_source(name) {
                    Ok(found) => found,
                    Err(e) if self.err_is(&e, "ImportError") => {
                        let msg = self.str(&e)?;
                        let exe = self.executable();
                        self.write_stderr(&format!("{exe}: {msg}\n"));
                        let t = self.exc_type("SystemExit");
                        return Err(self.new_exception(&t, vec![Value::Int(1)]));
                    }
                    Err(e) => return Err(e),
                };
                let (spec_name, pkg) = if is_pkg {
                    (format!("{name}.__main__"), name.clone())
                } else {
                    let parent = name.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
                    (name.clone(), parent.to_string())
                };
                if let Some(sys) = self.sys_module.clone() {
                    let argv = self.getattr(&sys, "argv")?;
                    self.setitem(&argv, &Value::Int(0), Value::str(&file))?;
                }
                let (_, d) = self.new_main_module(Some(&file));
                let spec = self.new_spec(&spec_name, Some(&file), None);
                d.borrow_mut().set_str("__package__", Value::str(&pkg));
                d.borrow_mut().set_str("__spec__", spec);
                let code = self.compile_source(&src, &file, pydive_compiler::Mode::Exec)?;
                self.run_code_in(code, d, None)?;
            }
        }
        Ok(())
    }

    /// The source and file of module `name` for `-m`, and whether it is a package (whose
    /// `__main__` is what runs; the package itself is imported first).
    fn find_module_source(&mut self, name: &str) -> PyResult<(String, String, bool)> {
        let rel = name.replace('.', "/");
        let cands = [
            (format!("{rel}.py"), false),
            (format!("{rel}/__main__.py"), true),
        ];
        let init = format!("{rel}/__init__.py");
        for (cand, is_pkg) in &cands {
            if let Some(src) = crate::import::embedded_source(cand) {
                if *is_pkg {
                    self.import_module(name)?;
                }
                let file = format!("{}{cand}", crate::import::LIB_PREFIX);
                return Ok((src.to_string(), file, *is_pkg));
            }
        }
        if crate::import::embedded_source(&init).is_some() {
            return Err(self.not_runnable_package(name));
        }
        if let Some((parent, _)) = name.rsplit_once('.') {
            self.import_module(parent)?;
        }
        for dir in self.path.clone() {
            let base = if dir.is_empty() { ".".to_string() } else { dir };
            for (cand, is_pkg) in &cands {
                let p = std::path::Path::new(&base).join(cand);
                if p.is_file() {
                    if *is_pkg {
                        self.import_module(name)?;
                    }
                    let file = p.to_string_lossy().to_string();
                    let bytes = std::fs::read(&p).unwrap_or_default();
                    let src = self.decode_source(&bytes, &file)?;
                    return Ok((src, file, *is_pkg));
                }
            }
            if std::path::Path::new(&base).join(&init).is_file() {
                return Err(self.not_runnable_package(name));
            }
        }
        Err(self.new_error("ModuleNotFoundError", format!("No module named {name}")))
    }

    /// runpy's error for `-m PACKAGE` when the package has no `__main__` (after importing
    /// the package, as runpy does).
    fn not_runnable_package(&mut self, name: &str) -> PyErr {
        if let Err(e) = self.import_module(name) {
            return e;
        }
        self.new_error(
            "ImportError",
            format!(
                "No module named {name}.__main__; '{name}' is a package and cannot be directly executed"
            ),
        )
    }

    /// `sys.executable`, as CPython's runpy names the interpreter in its errors.
    fn executable(&self) -> String {
        std::env::current_exe()
            .map(|p| p.to_string_lossy().to_string())
            .unwrap_or_else(|_| "python".into())
    }

    /// CPython's "PROGRAM: can't open file 'PATH': [Errno N] MESSAGE" (exit status 2).
    fn cannot_open(&mut self, program: &str, path: &str, e: &std::io::Error) -> Value {
        let program = if program.is_empty() {
            self.executable()
        } else {
            program.to_string()
        };
        let errno = e.raw_os_error().unwrap_or(2);
        let reason = match e.kind() {
            std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
            _ => {
                let s = e.to_string();
                s.split(" (os error").next().unwrap_or(&s).to_string()
            }
        };
        self.write_stderr(&format!(
            "{program}: can't open file '{path}': [Errno {errno}] {reason}\n"
        ));
        let t = self.exc_type("SystemExit");
        self.new_exception(&t, vec![Value::Int(2)])
    }

    /// The exit status for an exception that ended the program (printing what CPython prints).
    pub fn handle_exit(&mut self, exc: &Value) -> i32 {
        if self.err_is(exc, "SystemExit") {
            let code = self.getattr(exc, "code").unwrap_or(Value::None);
            return match code {
                Value::None => 0,
                Value::Int(i) => (i & 0xff) as i32,
                Value::Bool(b) => b as i32,
                other => {
                    let s = self.str(&other).map(|s| s.to_string()).unwrap_or_default();
                    self.write_stderr(&format!("{s}\n"));
                    1
                }
            };
        }
        self.flush_stdout();
        if !self.call_user_excepthook(exc) {
            self.print_exception(exc);
        }
        // CPython re-raises SIGINT after an uncaught KeyboardInterrupt: the shell sees 130.
        if self.err_is(exc, "KeyboardInterrupt") {
            return 130;
        }
        1
    }
}

/// Run a program to completion: the process exit status.
pub fn run(target: Target, cfg: Config, tracer: Option<Box<dyn Tracer>>) -> i32 {
    // The hash secret must be set before any dict is built: str hashes depend on it.
    crate::objects::hash::init_secret(cfg.hash_seed);
    let mut vm = Vm::new();
    let path0 = match &target {
        Target::File(p) | Target::Pyc(p) => {
            let dir = std::path::Path::new(p)
                .parent()
                .map(|d| d.to_string_lossy().to_string())
                .unwrap_or_default();
            let dir = if dir.is_empty() { ".".to_string() } else { dir };
            std::fs::canonicalize(&dir)
                .map(|d| d.to_string_lossy().to_string())
                .unwrap_or(dir)
        }
        _ => std::env::current_dir()
            .map(|d| d.to_string_lossy().to_string())
            .unwrap_or_default(),
    };
    if let Err(e) = vm.setup(&cfg, &path0) {
        let code = vm.handle_exit(&e);
        vm.flush_stdout();
        return code;
    }
    vm.tracer = tracer;
    let r = vm.run_target(&target, &cfg.program);
    let code = match r {
        Ok(()) => 0,
        Err(e) => vm.handle_exit(&e),
    };
    crate::threads::shutdown(&mut vm);
    vm.run_exit_hooks();
    vm.finalize_main_module();
    crate::modules::io::flush_all(&mut vm);
    vm.flush_stdout();
    crate::threads::at_exit();
    if crate::modules::fork::in_fork_child() {
        // No launcher thread in a forked child to collect the status (modules/fork.rs).
        std::process::exit(code);
    }
    code
}

impl Vm {
    /// End of run: the `atexit` handlers (when the program imported atexit), then flush the
    /// standard streams.
    pub fn run_exit_hooks(&mut self) {
        let atexit = self.modules.borrow().get_str("atexit");
        if let Some(m) = atexit {
            if let Ok(run) = self.getattr(&m, "_run_exitfuncs") {
                if let Err(e) = self.call(&run, vec![]) {
                    self.print_exception(&e);
                }
            }
        }
        if let Ok(out) = crate::modules::sys::get_stdout(self) {
            let _ = crate::modules::io::flush(self, &out);
        }
        let _ = Rc::new(());
    }
}

/// CPython makes the script path absolute for `__file__` and `co_filename`.
fn absolute(p: &str) -> String {
    let path = std::path::Path::new(p);
    if path.is_absolute() {
        return p.to_string();
    }
    match std::env::current_dir() {
        Ok(d) => d.join(path).to_string_lossy().to_string(),
        Err(_) => p.to_string(),
    }
}
