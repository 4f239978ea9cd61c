//! `pydive compile FILE.py [-o OUT.pyc]`.

pub fn main(file: &str, _output: Option<&str>) -> u8 {
    eprintln!("pydive compile {file}: not implemented yet");
    2
}
