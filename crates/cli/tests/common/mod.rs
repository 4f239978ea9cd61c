//! Helpers shared by the test binaries of `crates/cli/tests` (each includes this module).

/// The recordings' address normalization: every hexadecimal literal (`0x7f..`) becomes
/// `0xADDR`, as `../shared/examples/regen` and `scripts/regen_golden.sh` write them.
#[allow(dead_code)] // not every test binary that includes this module compares recordings
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

/// `f` of each item, on up to four threads (each takes the next item not yet taken), the
/// results in the items' order: for the test binaries that run pydive once per file.
#[allow(dead_code)] // not every test binary that includes this module runs files in parallel
pub fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Mutex;
    let jobs = std::thread::available_parallelism().map_or(2, |n| n.get().min(4));
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<R>>> = Mutex::new(items.iter().map(|_| None).collect());
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(item) = items.get(i) else { break };
                let r = f(item);
                results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(r);
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .map(|r| r.expect("every item was run"))
        .collect()
}

/// The entries of an expected-failures list: `(key, reason)` for each `KEY: reason` line (split
/// at the first ':', both trimmed), blank lines and `#` comments left out.
#[allow(dead_code)] // not every test binary that includes this module reads such a list
pub fn list_entries(path: &std::path::Path) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (key, reason) = line.split_once(':').unwrap_or((line, ""));
            (key.trim().to_string(), reason.trim().to_string())
        })
        .collect()
}
