//! `pydive trace FILE.py`: every instruction with the value stack after it.

pub fn main(file: &str, _json: bool, _args: &[String]) -> u8 {
    eprintln!("pydive trace {file}: not implemented yet");
    2
}
