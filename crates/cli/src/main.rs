//! The `pydive` command: like `python`, plus the views that make the machine visible.

fn main() {
    eprintln!("pydive: nothing runs yet");
    std::process::exit(2);
}
