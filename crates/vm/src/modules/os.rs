//! A small native `os` (and `os.path`), used when `lib/` provides none: what linecache,
//! warnings, traceback and common scripts need.

use std::rc::Rc;

use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

fn path_arg(vm: &mut Vm, a: &Args, i: usize) -> PyResult<String> {
    match a.pos.get(i) {
        Some(Value::Str(s)) => Ok(s.to_string()),
        Some(Value::Bytes(b)) => Ok(String::from_utf8_lossy(b).to_string()),
        Some(other) => {
            if let Ok(f) = vm.getattr(other, "__fspath__") {
                let r = vm.call(&f, vec![])?;
                return Ok(r.as_str().unwrap_or("").to_string());
            }
            let tn = vm.type_name(other);
            Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {tn}"
            )))
        }
        None => Err(vm.type_error("missing path argument")),
    }
}

fn os_error(vm: &mut Vm, e: std::io::Error, path: &str) -> Value {
    let (cls, errno, msg) = match e.kind() {
        std::io::ErrorKind::NotFound => ("FileNotFoundError", 2, "No such file or directory"),
        std::io::ErrorKind::PermissionDenied => ("PermissionError", 13, "Permission denied"),
        std::io::ErrorKind::AlreadyExists => ("FileExistsError", 17, "File exists"),
        _ => (
            "OSError",
            e.raw_os_error().unwrap_or(5) as i64,
            "Input/output error",
        ),
    };
    let t = vm.exc_type(cls);
    vm.new_exception(
        &t,
        vec![Value::Int(errno), Value::str(msg), Value::str(path)],
    )
}

fn stat(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0)?;
    let md = std::fs::metadata(&p).map_err(|e| os_error(vm, e, &p))?;
    let mtime = md
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    let mode = if md.is_dir() { 0o040755 } else { 0o100644 };
    Ok(crate::modules::sys::struct_seq(
        vm,
        "stat_result",
        &[
            ("st_mode", Value::Int(mode)),
            ("st_ino", Value::Int(0)),
            ("st_dev", Value::Int(0)),
            ("st_nlink", Value::Int(1)),
            ("st_uid", Value::Int(0)),
            ("st_gid", Value::Int(0)),
            ("st_size", Value::Int(md.len() as i64)),
            ("st_atime", Value::Float(mtime)),
            ("st_mtime", Value::Float(mtime)),
            ("st_ctime", Value::Float(mtime)),
        ],
    ))
}

fn getcwd(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::str(
        &std::env::current_dir()
            .map(|d| d.to_string_lossy().to_string())
            .unwrap_or_default(),
    ))
}

fn listdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = if a.pos.is_empty() {
        ".".to_string()
    } else {
        path_arg(vm, &a, 0)?
    };
    let rd = std::fs::read_dir(&p).map_err(|e| os_error(vm, e, &p))?;
    let mut names: Vec<Value> = rd
        .flatten()
        .map(|e| Value::str(&e.file_name().to_string_lossy()))
        .collect();
    names.sort_by(|x, y| x.as_str().cmp(&y.as_str()));
    Ok(Value::list(names))
}

fn getpid(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(std::process::id() as i64))
}

fn fspath(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::str(&path_arg(vm, &a, 0)?))
}

fn remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0)?;
    std::fs::remove_file(&p).map_err(|e| os_error(vm, e, &p))?;
    Ok(Value::None)
}

fn mkdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0)?;
    std::fs::create_dir(&p).map_err(|e| os_error(vm, e, &p))?;
    Ok(Value::None)
}

fn urandom(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = vm.index_value(a.pos.first().unwrap_or(&Value::Int(0)))? as usize;
    let mut x = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(1)
        | 1;
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.push(x as u8);
    }
    Ok(Value::Bytes(out.into()))
}

fn getenv(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let k = path_arg(vm, &a, 0)?;
    Ok(match std::env::var(&k) {
        Ok(v) => Value::str(&v),
        Err(_) => a.pos.get(1).cloned().unwrap_or(Value::None),
    })
}

// ---- os.path ----

fn p_join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let mut out = path_arg(vm, &a, 0)?;
    for i in 1..a.pos.len() {
        let p = path_arg(vm, &a, i)?;
        if p.starts_with('/') {
            out = p;
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(&p);
        } else {
            out.push('/');
            out.push_str(&p);
        }
    }
    Ok(Value::str(&out))
}
fn p_exists(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0)?;
    Ok(Value::Bool(std::path::Path::new(&p).exists()))
}
fn p_isfile(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0)?;
    Ok(Value::Bool(std::path::Path::new(&p).is_file()))
}
fn p_isdir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0)?;
    Ok(Value::Bool(std::path::Path::new(&p).is_dir()))
}
fn split_at_slash(p: &str) -> (String, String) {
    match p.rfind('/') {
        Some(i) => {
            let head = &p[..i + 1];
            let head = if head.chars().all(|c| c == '/') {
                head.to_string()
            } else {
                head.trim_end_matches('/').to_string()
            };
            (head, p[i + 1..].to_string())
        }
        None => (String::new(), p.to_string()),
    }
}
fn p_basename(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0)?;
    Ok(Value::str(&split_at_slash(&p).1))
}
fn p_dirname(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0)?;
    Ok(Value::str(&split_at_slash(&p).0))
}
fn p_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0)?;
    let (h, t) = split_at_slash(&p);
    Ok(Value::tuple(vec![Value::str(&h), Value::str(&t)]))
}
fn p_splitext(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0)?;
    let base_start = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    let base = &p[base_start..];
    let dot = base
        .rfind('.')
        .filter(|&i| base[..i].chars().any(|c| c != '.'));
    Ok(match dot {
        Some(i) => Value::tuple(vec![
            Value::str(&p[..base_start + i]),
            Value::str(&base[i..]),
        ]),
        None => Value::tuple(vec![Value::str(&p), Value::str("")]),
    })
}
fn normpath(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let abs = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for comp in p.split('/') {
        match comp {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|l| *l != "..") {
                    parts.pop();
                } else if !abs {
                    parts.push("..");
                }
            }
            c => parts.push(c),
        }
    }
    let body = parts.join("/");
    if abs {
        format!("/{body}")
    } else if body.is_empty() {
        ".".into()
    } else {
        body
    }
}
fn p_normpath(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0)?;
    Ok(Value::str(&normpath(&p)))
}
fn p_abspath(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0)?;
    let full = if p.starts_with('/') {
        p
    } else {
        format!(
            "{}/{p}",
            std::env::current_dir()
                .map(|d| d.to_string_lossy().to_string())
                .unwrap_or_default()
        )
    };
    Ok(Value::str(&normpath(&full)))
}
fn p_isabs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let p = path_arg(vm, &a, 0)?;
    Ok(Value::Bool(p.starts_with('/')))
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("stat", stat),
        ("getcwd", getcwd),
        ("listdir", listdir),
        ("getpid", getpid),
        ("fspath", fspath),
        ("remove", remove),
        ("unlink", remove),
        ("mkdir", mkdir),
        ("urandom", urandom),
        ("getenv", getenv),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    let env = vm.new_dict();
    for (k, v) in std::env::vars() {
        env.borrow_mut().set_str(&k, Value::str(&v));
    }
    let (pm, pd) = vm.new_module("posixpath");
    let pfns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("join", p_join),
        ("exists", p_exists),
        ("isfile", p_isfile),
        ("isdir", p_isdir),
        ("basename", p_basename),
        ("dirname", p_dirname),
        ("split", p_split),
        ("splitext", p_splitext),
        ("normpath", p_normpath),
        ("abspath", p_abspath),
        ("isabs", p_isabs),
    ];
    for (n, f) in pfns {
        pd.borrow_mut().set_str(n, vm.native(n, *f));
    }
    pd.borrow_mut().set_str("sep", Value::str("/"));
    vm.modules.borrow_mut().set_str("os.path", pm.clone());
    let mut dd = d.borrow_mut();
    dd.set_str("path", pm);
    dd.set_str("environ", Value::Dict(env));
    dd.set_str("sep", Value::str("/"));
    dd.set_str("pathsep", Value::str(":"));
    dd.set_str("linesep", Value::str("\n"));
    dd.set_str("curdir", Value::str("."));
    dd.set_str("pardir", Value::str(".."));
    dd.set_str("name", Value::str("posix"));
    dd.set_str("devnull", Value::str("/dev/null"));
    let _ = Rc::new(());
    Ok(())
}
