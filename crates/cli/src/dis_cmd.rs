//! `pydive dis FILE`: the listing `python3.12 -m dis FILE` prints.

pub fn main(file: &str) -> u8 {
    eprintln!("pydive dis {file}: not implemented yet");
    2
}
