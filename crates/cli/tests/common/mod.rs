//! Helpers shared by the test binaries of `crates/cli/tests` (each includes this module).

/// The recordings' address normalization: every hexadecimal literal (`0x7f..`) becomes
/// `0xADDR`, as `../shared/examples/regen` and `scripts/regen_golden.sh` write them.
pub fn hex_to_addr(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'0'
            && bytes.get(i + 1) == Some(&b'x')
            && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
        {
            i += 2;
            while bytes.get(i).is_some_and(u8::is_ascii_hexdigit) {
                i += 1;
            }
            out.push_str("0xADDR");
            continue;
        }
        let ch_len = text[i..].chars().next().map_or(1, char::len_utf8);
        out.push_str(&text[i..i + ch_len]);
        i += ch_len;
    }
    out
}
