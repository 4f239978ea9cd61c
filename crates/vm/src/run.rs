//! Running a program the way `python` does: set up `sys`, run a file, a `.pyc`, `-c` code
//! or `-m` module as `__main__`, and turn the outcome into an exit status (SystemExit
//! semantics, traceback for uncaught exceptions).

use std::rc::Rc;

use crate::trace::Tracer;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

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
        self.modules.borrow_mut().set_str("sys", m);
        let b = self.builtins_module.clone();
        self.modules.borrow_mut().set_str("builtins", b);
        Ok(())
    }

    fn run_target(&mut self, target: &Target) -> PyResult<()> {
        match target {
            Target::File(path) => {
                let path = &absolute(path);
                let src = match std::fs::read(path) {
                    Ok(b) => String::from_utf8_lossy(&b).to_string(),
                    Err(e) => {
                        return Err(self.new_error(
                            "OSError",
                            format!(
                                "can't open file '{path}': [Errno {}] {}",
                                e.raw_os_error().unwrap_or(2),
                                "No such file or directory"
                            ),
                        ));
                    }
                };
                let (_, d) = self.new_main_module(Some(path));
                let code = self.compile_source(&src, path, pydive_compiler::Mode::Exec)?;
                self.run_code_in(code, d, None)?;
            }
            Target::Pyc(path) => {
                let path = &absolute(path);
                let bytes =
                    std::fs::read(path).map_err(|e| self.new_error("OSError", e.to_string()))?;
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
                // find the module's source, then run it as __main__
                let m = self.find_module_source(name)?;
                let (src, file) = m;
                let (_, d) = self.new_main_module(Some(&file));
                let pkg = name.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
                d.borrow_mut().set_str("__package__", Value::str(pkg));
                let code = self.compile_source(&src, &file, pydive_compiler::Mode::Exec)?;
                self.run_code_in(code, d, None)?;
            }
        }
        Ok(())
    }

    fn find_module_source(&mut self, name: &str) -> PyResult<(String, String)> {
        let rel = name.replace('.', "/");
        for cand in [format!("{rel}.py"), format!("{rel}/__main__.py")] {
            if let Some(src) = crate::import::embedded_source(&cand) {
                return Ok((
                    src.to_string(),
                    format!("{}{cand}", crate::import::LIB_PREFIX),
                ));
            }
        }
        if let Some((parent, _)) = name.rsplit_once('.') {
            self.import_module(parent)?;
        }
        for dir in self.path.clone() {
            let base = if dir.is_empty() { ".".to_string() } else { dir };
            for cand in [format!("{rel}.py"), format!("{rel}/__main__.py")] {
                let p = std::path::Path::new(&base).join(&cand);
                if p.is_file() {
                    let src =
                        String::from_utf8_lossy(&std::fs::read(&p).unwrap_or_default()).to_string();
                    return Ok((src, p.to_string_lossy().to_string()));
                }
            }
        }
        Err(self.new_error("ModuleNotFoundError", format!("No module named {name}")))
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
        self.print_exception(exc);
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
    let r = vm.run_target(&target);
    let code = match r {
        Ok(()) => 0,
        Err(e) => vm.handle_exit(&e),
    };
    vm.run_exit_hooks();
    vm.finalize_main_module();
    vm.flush_stdout();
    code
}

impl Vm {
    /// `atexit`-like end of run: flush the standard streams.
    pub fn run_exit_hooks(&mut self) {
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
