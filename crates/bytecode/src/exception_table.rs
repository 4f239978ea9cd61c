//! `co_exceptiontable`: which handler catches an exception raised at each instruction
//! (CPython's `Objects/exception_handling_notes.txt`). The encoder mirrors
//! `assemble_emit_exception_table_entry` in `assemble.c`; the decoder mirrors
//! `get_exception_handler` in `ceval.c` and `dis._parse_exception_table`.
//!
//! Each entry is four varints — start, size, target (all in code units) and
//! `depth << 1 | lasti` — written as big-endian 6-bit groups with bit 6 meaning "more
//! follows". Bit 7 marks the first byte of an entry, so a reader can find entries anywhere.

/// One handler range: instructions at code units `[start, end)` jump to `target` with the
/// value stack cut to `depth` items (plus `lasti` pushed first when `lasti`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ExceptionTableEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

const CONTINUATION: u8 = 64;
const ENTRY_START: u8 = 128;

/// Appends one varint; `msb` (128 or 0) marks the first byte of an entry.
fn write_item(out: &mut Vec<u8>, value: u32, mut msb: u8) {
    // Values are below 2**30 in any real code object (CPython asserts it); wider ones keep
    // their low 30 bits rather than corrupting the stream.
    let value = value & ((1 << 30) - 1);
    for shift in [24, 18, 12, 6] {
        if value >= 1 << shift {
            out.push(((value >> shift) & 63) as u8 | CONTINUATION | msb);
            msb = 0;
        }
    }
    out.push((value & 63) as u8 | msb);
}

/// Appends the encoding of `entry` to `out`.
pub fn write_entry(out: &mut Vec<u8>, entry: &ExceptionTableEntry) {
    write_item(out, entry.start, ENTRY_START);
    write_item(out, entry.end.saturating_sub(entry.start), 0);
    write_item(out, entry.target, 0);
    write_item(out, (entry.depth << 1) | u32::from(entry.lasti), 0);
}

/// Encodes a whole table (entries sorted by `start`, not overlapping).
pub fn encode(entries: &[ExceptionTableEntry]) -> Vec<u8> {
    let mut out = Vec::new();
    for entry in entries {
        write_entry(&mut out, entry);
    }
    out
}

fn read_item(table: &[u8], pos: &mut usize) -> Option<u32> {
    let mut byte = *table.get(*pos)?;
    *pos += 1;
    let mut value = u32::from(byte & 63);
    while byte & CONTINUATION != 0 {
        byte = *table.get(*pos)?;
        *pos += 1;
        value = value.checked_shl(6)? | u32::from(byte & 63);
    }
    Some(value)
}

/// Decodes a table; a truncated final entry is dropped.
pub fn decode(table: &[u8]) -> Vec<ExceptionTableEntry> {
    let mut entries = Vec::new();
    let mut pos = 0;
    while pos < table.len() {
        let parsed = (|| {
            let start = read_item(table, &mut pos)?;
            let size = read_item(table, &mut pos)?;
            let target = read_item(table, &mut pos)?;
            let depth_lasti = read_item(table, &mut pos)?;
            Some(ExceptionTableEntry {
                start,
                end: start.saturating_add(size),
                target,
                depth: depth_lasti >> 1,
                lasti: depth_lasti & 1 != 0,
            })
        })();
        match parsed {
            Some(entry) => entries.push(entry),
            None => break,
        }
    }
    entries
}

/// The handler for the instruction at code unit `index` (`get_exception_handler`), if any.
pub fn find_handler(table: &[u8], index: u32) -> Option<ExceptionTableEntry> {
    let mut pos = 0;
    while pos < table.len() {
        let start = read_item(table, &mut pos)?;
        let size = read_item(table, &mut pos)?;
        if start > index {
            // Entries are sorted by start: nothing later can cover `index`.
            return None;
        }
        if index < start.saturating_add(size) {
            let target = read_item(table, &mut pos)?;
            let depth_lasti = read_item(table, &mut pos)?;
            return Some(ExceptionTableEntry {
                start,
                end: start.saturating_add(size),
                target,
                depth: depth_lasti >> 1,
                lasti: depth_lasti & 1 != 0,
            });
        }
        read_item(table, &mut pos)?;
        read_item(table, &mut pos)?;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CPython 3.12's table for `def f():\n try:\n  g()\n except E:\n  pass\n`.
    const TRY_EXCEPT: &[u8] = b"\x82\n\r\x00\x8d\t\x19\x03\x98\x01\x19\x03";

    #[test]
    fn decodes_cpython_table() {
        let entries = decode(TRY_EXCEPT);
        let entry = |start, end, target, depth, lasti| ExceptionTableEntry {
            start,
            end,
            target,
            depth,
            lasti,
        };
        // dis: 4 to 24 -> 26 [0]; 26 to 44 -> 50 [1] lasti; 48 to 50 -> 50 [1] lasti.
        assert_eq!(
            entries,
            vec![
                entry(2, 12, 13, 0, false),
                entry(13, 22, 25, 1, true),
                entry(24, 25, 25, 1, true)
            ]
        );
        assert_eq!(encode(&entries), TRY_EXCEPT);
        assert_eq!(find_handler(TRY_EXCEPT, 1), None);
        assert_eq!(find_handler(TRY_EXCEPT, 2).map(|e| e.target), Some(13));
        assert_eq!(find_handler(TRY_EXCEPT, 11).map(|e| e.target), Some(13));
        assert_eq!(find_handler(TRY_EXCEPT, 12), None);
        assert_eq!(find_handler(TRY_EXCEPT, 13).map(|e| e.target), Some(25));
        assert_eq!(find_handler(TRY_EXCEPT, 22), None);
        assert_eq!(find_handler(TRY_EXCEPT, 24).map(|e| e.lasti), Some(true));
        assert_eq!(find_handler(TRY_EXCEPT, 25), None);
    }

    #[test]
    fn wide_values_round_trip() {
        let entries: Vec<ExceptionTableEntry> = [
            0u32,
            63,
            64,
            4095,
            4096,
            262_143,
            262_144,
            1 << 24,
            (1 << 30) - 1,
        ]
        .iter()
        .enumerate()
        .map(|(i, &v)| ExceptionTableEntry {
            start: v,
            end: v + i as u32 + 1,
            target: v / 2,
            depth: v / 4,
            lasti: i % 2 == 0,
        })
        .collect();
        let table = encode(&entries);
        assert_eq!(decode(&table), entries);
        for end in 0..table.len() {
            let _ = decode(&table[..end]);
            let _ = find_handler(&table[..end], 70);
        }
        let _ = decode(&[0xff; 30]);
    }
}
