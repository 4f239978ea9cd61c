//! The python-like command line: `pydive [options] [-c CODE | -m MODULE | FILE | -] [ARGS...]`.
//!
//! Options stop at the script name; the rest becomes `sys.argv[1:]`. Supported: `-c`,
//! `-m`, `-u`, `-W arg`, `-X opt` (accepted and ignored), `-B`, `-E`, `-s`, `-S`, `-I`, `-O`,
//! `--virtual-time` (pydive: asyncio advances time instead of sleeping). Environment:
//! PYTHONPATH, PYTHONUNBUFFERED, PYTHONHASHSEED, PYTHONWARNINGS.

use pydive_vm::run::{Config, Target};

/// CPython's usage lines, naming the program as it was invoked.
fn usage() -> String {
    let program = std::env::args().next().unwrap_or_else(|| "pydive".into());
    format!(
        "usage: {program} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n\
         Try `python -h' for more information.\n"
    )
}

/// Parse the command line into a target and a configuration (`Err` = usage error text).
pub fn parse(args: &[String]) -> Result<(Target, Config), String> {
    let mut cfg = Config {
        program: std::env::args().next().unwrap_or_default(),
        ..Config::default()
    };
    let mut warn_cli = Vec::new();
    let mut i = 0;
    let mut target = None;
    while i < args.len() {
        let a = &args[i];
        if a == "-c" || a == "-m" {
            let Some(v) = args.get(i + 1) else {
                return Err(format!("Argument expected for the {a} option\n{}", usage()));
            };
            if a == "-c" {
                cfg.argv = vec!["-c".into()];
                target = Some(Target::Command(v.clone()));
            } else {
                cfg.argv = vec![v.clone()];
                target = Some(Target::Module(v.clone()));
            }
            cfg.argv.extend(args[i + 2..].iter().cloned());
            break;
        } else if let Some(code) = a
            .strip_prefix("-c")
            .filter(|s| !s.is_empty() && !a.starts_with("--"))
        {
            cfg.argv = vec!["-c".into()];
            cfg.argv.extend(args[i + 1..].iter().cloned());
            target = Some(Target::Command(code.to_string()));
            break;
        } else if a == "-W" || a == "-X" {
            let Some(v) = args.get(i + 1) else {
                return Err(format!("Argument expected for the {a} option\n{}", usage()));
            };
            if a == "-W" {
                warn_cli.push(v.clone());
            }
            i += 2;
            continue;
        } else if let Some(w) = a.strip_prefix("-W").filter(|s| !s.is_empty()) {
            warn_cli.push(w.to_string());
        } else if a.starts_with("-X") {
            // implementation options: accepted and ignored
        } else if a == "--virtual-time" {
            cfg.virtual_time = true;
        } else if a == "-u" {
            cfg.unbuffered = true;
        } else if a == "-" {
            let mut src = String::new();
            let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut src);
            cfg.argv = vec!["-".into()];
            cfg.argv.extend(args[i + 1..].iter().cloned());
            target = Some(Target::Command(src));
            break;
        } else if a.starts_with('-') && a.len() > 1 && !a.starts_with("--") {
            for c in a[1..].chars() {
                match c {
                    'u' => cfg.unbuffered = true,
                    'B' | 'E' | 's' | 'S' | 'I' | 'O' | 'q' | 'v' | 'b' | 'd' | 'i' | 'P' | 'R' => {
                    }
                    other => return Err(format!("Unknown option: -{other}\n{}", usage())),
                }
            }
        } else if a == "--version" || a == "-V" {
            println!("Python 3.12.1");
            std::process::exit(0);
        } else if a.starts_with("--") {
            return Err(format!("unknown option {a}\n{}", usage()));
        } else {
            cfg.argv = args[i..].to_vec();
            target = Some(if a.ends_with(".pyc") {
                Target::Pyc(a.clone())
            } else {
                Target::File(a.clone())
            });
            break;
        }
        i += 1;
    }
    let Some(target) = target else {
        return Err(
            "pydive: interactive mode is not supported; give a FILE, -c CODE or -m MODULE\n".into(),
        );
    };
    env_config(&mut cfg);
    cfg.warn_options.extend(warn_cli);
    Ok((target, cfg))
}

/// PYTHONPATH, PYTHONUNBUFFERED, PYTHONHASHSEED, PYTHONWARNINGS.
fn env_config(cfg: &mut Config) {
    if let Ok(p) = std::env::var("PYTHONPATH") {
        cfg.pythonpath = p
            .split(':')
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
    }
    if std::env::var("PYTHONUNBUFFERED").is_ok_and(|v| !v.is_empty()) {
        cfg.unbuffered = true;
    }
    cfg.hash_seed = match std::env::var("PYTHONHASHSEED") {
        Ok(s) if s != "random" => s.parse().ok(),
        _ => None,
    };
    if let Ok(w) = std::env::var("PYTHONWARNINGS") {
        cfg.warn_options = w
            .split(',')
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
    }
    if std::env::var("PYDIVE_VIRTUAL_TIME").is_ok_and(|v| v == "1") {
        cfg.virtual_time = true;
    }
}

/// Run on a thread with a large stack: Python calls do not recurse in Rust, but calls from
/// Rust back into Python (`__init__`, `__eq__`, `sorted(key=)`) do.
pub fn run_on_big_stack(
    target: Target,
    cfg: Config,
    tracer: Option<Box<dyn pydive_vm::trace::Tracer + Send>>,
) -> u8 {
    let handle = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || {
            let tracer: Option<Box<dyn pydive_vm::trace::Tracer>> = match tracer {
                Some(t) => Some(t),
                None => None,
            };
            pydive_vm::run::run(target, cfg, tracer)
        });
    match handle.map(|h| h.join()) {
        Ok(Ok(code)) => code as u8,
        _ => {
            eprintln!("pydive: internal error (the VM thread panicked)");
            70
        }
    }
}

pub fn main(args: &[String]) -> u8 {
    match parse(args) {
        Ok((target, cfg)) => run_on_big_stack(target, cfg, None),
        Err(msg) => {
            eprint!("{msg}");
            2
        }
    }
}
