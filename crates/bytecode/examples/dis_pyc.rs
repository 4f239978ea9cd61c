//! Prints `dis.dis` of a CPython `.pyc`: `cargo run -p pydive-bytecode --example dis_pyc -- X.pyc`
fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dis_pyc FILE.pyc [--caches]");
        std::process::exit(2);
    };
    let show_caches = std::env::args().any(|a| a == "--caches");
    let data = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(1)
    });
    match pydive_bytecode::marshal::read_pyc(&data) {
        Ok(code) => {
            let options = pydive_bytecode::dis::DisOptions {
                show_caches,
                ..Default::default()
            };
            let repr = pydive_bytecode::pyrepr::DefaultCodeRepr;
            print!("{}", pydive_bytecode::dis::dis(&code, &repr, &options));
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1)
        }
    }
}
