//! Reads a CPython `.pyc` and writes its code object back with pydive's marshal, to compare:
//! `cargo run -p pydive-bytecode --example remarshal -- IN.pyc OUT.marshal`
fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: remarshal IN.pyc OUT.marshal");
        std::process::exit(2);
    }
    let data = std::fs::read(&args[1]).unwrap_or_else(|e| {
        eprintln!("{}: {e}", args[1]);
        std::process::exit(1)
    });
    match pydive_bytecode::marshal::read_pyc(&data) {
        Ok(code) => std::fs::write(&args[2], pydive_bytecode::marshal::dumps(&code))
            .unwrap_or_else(|e| {
                eprintln!("{}: {e}", args[2]);
                std::process::exit(1)
            }),
        Err(e) => {
            eprintln!("{}: {e}", args[1]);
            std::process::exit(1)
        }
    }
}
