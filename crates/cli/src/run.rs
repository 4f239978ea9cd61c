//! The python-like command line: `pydive [-c CODE | -m MODULE | FILE] [ARGS...]`.

pub fn main(args: &[String]) -> u8 {
    eprintln!("pydive {}: running is not implemented yet", args.join(" "));
    2
}
