//! `co_linetable`: CPython 3.12's location table (PEP 626 line numbers, PEP 657 columns),
//! as described in CPython's `Objects/locations.md`. The encoder (used by the assembler,
//! mirroring `write_location_info_entry` in `assemble.c`) sits beside the decoder (used by the
//! VM for `f_lineno` and tracebacks and by `dis`, mirroring `advance_with_locations` in
//! `codeobject.c`).
//!
//! Each entry covers 1..=8 code units. Its first byte is `1CCCCLLL`: code `C` says how the
//! location is stored, `L` is the length minus one. Line numbers are deltas from the previous
//! entry's line, starting at `co_firstlineno`.

/// A source location as the compiler carries it (`location` in CPython's `compile.c`):
/// 1-based lines, 0-based UTF-8 byte columns, -1 where unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    pub lineno: i32,
    pub end_lineno: i32,
    pub col_offset: i32,
    pub end_col_offset: i32,
}

impl Location {
    /// `NO_LOCATION`: an instruction with no line (code 15 in the table).
    pub const NONE: Location = Location {
        lineno: -1,
        end_lineno: -1,
        col_offset: -1,
        end_col_offset: -1,
    };
}

/// Entry kinds (`_PyCodeLocationInfoKind`).
mod kind {
    /// 0..=9: same line, columns in two bytes' worth of bits.
    pub const SHORT_MAX: u8 = 9;
    /// 10..=12: line delta 0..=2, one byte each for start and end column.
    pub const ONE_LINE0: u8 = 10;
    pub const ONE_LINE2: u8 = 12;
    pub const NO_COLUMNS: u8 = 13;
    pub const LONG: u8 = 14;
    pub const NONE: u8 = 15;
}

// ---------------------------------------------------------------------------------------
// Encoding

/// Builds a location table entry by entry, as `assemble_location_info` does.
#[derive(Debug)]
pub struct LineTableWriter {
    out: Vec<u8>,
    /// The line the next delta is taken from (`a_lineno`).
    lineno: i32,
}

impl LineTableWriter {
    pub fn new(firstlineno: i32) -> Self {
        LineTableWriter {
            out: Vec::new(),
            lineno: firstlineno,
        }
    }

    /// Adds `size` code units (CACHE entries included) at location `loc`, splitting them into
    /// entries of at most 8 units (`assemble_emit_location`).
    pub fn emit(&mut self, loc: Location, mut size: u32) {
        while size > 8 {
            self.entry(loc, 8);
            size -= 8;
        }
        if size > 0 {
            self.entry(loc, size);
        }
    }

    pub fn finish(self) -> Vec<u8> {
        self.out
    }

    fn first_byte(&mut self, code: u8, length: u32) {
        debug_assert!((1..=8).contains(&length));
        self.out.push(0x80 | (code << 3) | (length - 1) as u8);
    }

    fn varint(&mut self, mut value: u32) {
        while value >= 64 {
            self.out.push(64 | (value & 63) as u8);
            value >>= 6;
        }
        self.out.push(value as u8);
    }

    fn signed_varint(&mut self, value: i32) {
        let zigzag = if value < 0 {
            (value.unsigned_abs() << 1) | 1
        } else {
            (value as u32) << 1
        };
        self.varint(zigzag);
    }

    /// `write_location_info_entry`: picks the shortest form that holds `loc`.
    fn entry(&mut self, loc: Location, length: u32) {
        if loc.lineno < 0 {
            self.first_byte(kind::NONE, length);
            return;
        }
        let line_delta = loc.lineno - self.lineno;
        let (column, end_column) = (loc.col_offset, loc.end_col_offset);
        if column < 0 || end_column < 0 {
            if loc.end_lineno == loc.lineno || loc.end_lineno == -1 {
                self.first_byte(kind::NO_COLUMNS, length);
                self.signed_varint(line_delta);
                self.lineno = loc.lineno;
                return;
            }
        } else if loc.end_lineno == loc.lineno {
            if line_delta == 0 && column < 80 && end_column - column < 16 && end_column >= column {
                self.first_byte((column >> 3) as u8, length);
                self.out
                    .push((((column & 7) << 4) | (end_column - column)) as u8);
                return;
            }
            if (0..3).contains(&line_delta) && column < 128 && end_column < 128 {
                self.first_byte(kind::ONE_LINE0 + line_delta as u8, length);
                self.out.push(column as u8);
                self.out.push(end_column as u8);
                self.lineno = loc.lineno;
                return;
            }
        }
        self.first_byte(kind::LONG, length);
        self.signed_varint(line_delta);
        self.varint((loc.end_lineno - loc.lineno).max(0) as u32);
        self.varint((loc.col_offset + 1).max(0) as u32);
        self.varint((loc.end_col_offset + 1).max(0) as u32);
        self.lineno = loc.lineno;
    }
}

/// Encodes a whole table from (location, size in code units) per instruction, merging runs of
/// equal locations first as the assembler does.
pub fn encode(firstlineno: i32, instructions: &[(Location, u32)]) -> Vec<u8> {
    let mut writer = LineTableWriter::new(firstlineno);
    let mut current = Location::NONE;
    let mut size = 0;
    for &(loc, units) in instructions {
        if loc != current {
            writer.emit(current, size);
            current = loc;
            size = 0;
        }
        size += units;
    }
    writer.emit(current, size);
    writer.finish()
}

// ---------------------------------------------------------------------------------------
// Decoding

/// One decoded entry: code units `[start, end)` (in units of 2 bytes) and their location.
/// `None` fields are the `None`s of `co_positions()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocationEntry {
    pub start: u32,
    pub end: u32,
    pub line: Option<i32>,
    pub end_line: Option<i32>,
    pub column: Option<i32>,
    pub end_column: Option<i32>,
}

/// One item of `co_positions()`: `(line, end_line, column, end_column)`.
pub type Position = (Option<i32>, Option<i32>, Option<i32>, Option<i32>);

fn some_if_known(value: i32) -> Option<i32> {
    (value >= 0).then_some(value)
}

/// Decodes every entry of a location table. A truncated final entry ends the table (CPython
/// trusts its tables; we never read past the end).
pub fn decode(linetable: &[u8], firstlineno: i32) -> Vec<LocationEntry> {
    let mut entries = Vec::new();
    let mut pos = 0;
    let mut line = firstlineno;
    let mut start = 0u32;
    let byte_at = |pos: &mut usize| -> Option<u8> {
        let b = linetable.get(*pos).copied();
        *pos += 1;
        b
    };
    let varint = |pos: &mut usize| -> Option<u32> {
        let mut read = byte_at(pos)?;
        let mut value = u32::from(read & 63);
        let mut shift = 0;
        while read & 64 != 0 {
            read = byte_at(pos)?;
            shift += 6;
            if shift >= 32 {
                return None;
            }
            value |= u32::from(read & 63) << shift;
        }
        Some(value)
    };
    let signed_varint = |pos: &mut usize| -> Option<i32> {
        let raw = varint(pos)?;
        let magnitude = (raw >> 1) as i32;
        Some(if raw & 1 != 0 { -magnitude } else { magnitude })
    };
    while let Some(first) = byte_at(&mut pos) {
        let code = (first >> 3) & 15;
        let end = start + u32::from(first & 7) + 1;
        let decoded = (|| -> Option<Position> {
            Some(match code {
                kind::NONE => (None, None, None, None),
                kind::LONG => {
                    line = line.wrapping_add(signed_varint(&mut pos)?);
                    let end_line = line.wrapping_add(varint(&mut pos)? as i32);
                    let column = (varint(&mut pos)? as i32).wrapping_sub(1);
                    let end_column = (varint(&mut pos)? as i32).wrapping_sub(1);
                    (
                        Some(line),
                        Some(end_line),
                        some_if_known(column),
                        some_if_known(end_column),
                    )
                }
                kind::NO_COLUMNS => {
                    line = line.wrapping_add(signed_varint(&mut pos)?);
                    (Some(line), Some(line), None, None)
                }
                kind::ONE_LINE0..=kind::ONE_LINE2 => {
                    line = line.wrapping_add(i32::from(code - kind::ONE_LINE0));
                    let column = i32::from(byte_at(&mut pos)?);
                    let end_column = i32::from(byte_at(&mut pos)?);
                    (Some(line), Some(line), Some(column), Some(end_column))
                }
                _ => {
                    debug_assert!(code <= kind::SHORT_MAX);
                    let second = byte_at(&mut pos)?;
                    let column = i32::from(code) << 3 | i32::from((second >> 4) & 7);
                    let end_column = column + i32::from(second & 15);
                    (Some(line), Some(line), Some(column), Some(end_column))
                }
            })
        })();
        let Some((line_no, end_line, column, end_column)) = decoded else {
            break;
        };
        entries.push(LocationEntry {
            start,
            end,
            line: line_no,
            end_line,
            column,
            end_column,
        });
        start = end;
    }
    entries
}

/// `co_lines()`: `(start, end, line)` byte ranges, consecutive entries on the same line merged.
pub fn co_lines(linetable: &[u8], firstlineno: i32) -> Vec<(u32, u32, Option<i32>)> {
    let mut lines: Vec<(u32, u32, Option<i32>)> = Vec::new();
    for entry in decode(linetable, firstlineno) {
        match lines.last_mut() {
            Some(last) if last.2 == entry.line => last.1 = entry.end.saturating_mul(2),
            _ => lines.push((
                entry.start.saturating_mul(2),
                entry.end.saturating_mul(2),
                entry.line,
            )),
        }
    }
    lines
}

/// `co_lnotab` (decode_linetable of CPython's codeobject.c): `(byte delta, line delta)` pairs
/// where the computed line changes, deltas too large split over several pairs.
pub fn lnotab(linetable: &[u8], firstlineno: i32) -> Vec<u8> {
    let mut out = Vec::new();
    let (mut line, mut offset) = (firstlineno, 0i64);
    let mut computed = firstlineno;
    for entry in decode(linetable, firstlineno) {
        // An entry without a line keeps the line computed so far (its delta is 0).
        computed = entry.line.unwrap_or(computed);
        if computed == line {
            continue;
        }
        let start = i64::from(entry.start) * 2;
        let (mut bdelta, mut ldelta) = (start - offset, i64::from(computed) - i64::from(line));
        while bdelta > 255 {
            out.extend([255, 0]);
            bdelta -= 255;
        }
        while ldelta > 127 {
            out.extend([bdelta as u8, 127]);
            bdelta = 0;
            ldelta -= 127;
        }
        while ldelta < -128 {
            out.extend([bdelta as u8, (-128i8) as u8]);
            bdelta = 0;
            ldelta += 128;
        }
        out.extend([bdelta as u8, (ldelta as i8) as u8]);
        offset = start;
        line = computed;
    }
    out
}

/// `co_positions()`: one `(line, end_line, column, end_column)` per code unit of `co_code`
/// covered by the table.
pub fn co_positions(linetable: &[u8], firstlineno: i32) -> Vec<Position> {
    let mut positions = Vec::new();
    for entry in decode(linetable, firstlineno) {
        for _ in entry.start..entry.end {
            positions.push((entry.line, entry.end_line, entry.column, entry.end_column));
        }
    }
    positions
}

/// `PyCode_Addr2Line`: the line of the instruction at byte offset `offset` (`f_lineno` for
/// `f_lasti`), `None` for an instruction without a line or an offset beyond the table.
pub fn addr2line(linetable: &[u8], firstlineno: i32, offset: i32) -> Option<i32> {
    if offset < 0 {
        // f_lasti = -1 (a frame that has not started) reports co_firstlineno.
        return Some(firstlineno);
    }
    let unit = offset as u32 / 2;
    decode(linetable, firstlineno)
        .into_iter()
        .find(|e| e.start <= unit && unit < e.end)
        .and_then(|e| e.line)
}

/// `dis.findlinestarts`: `(byte offset, line)` where a new line starts.
pub fn line_starts(linetable: &[u8], firstlineno: i32) -> Vec<(u32, i32)> {
    let mut starts = Vec::new();
    let mut last = None;
    for (start, _, line) in co_lines(linetable, firstlineno) {
        if let Some(line) = line {
            if Some(line) != last {
                last = Some(line);
                starts.push((start, line));
            }
        }
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loc(lineno: i32, end_lineno: i32, col: i32, end_col: i32) -> Location {
        Location {
            lineno,
            end_lineno,
            col_offset: col,
            end_col_offset: end_col,
        }
    }

    /// The module `def f(x):\n  return x+1.5\n` compiled by CPython 3.12: f's table.
    const F_TABLE: &[u8] = b"\x80\x00\xd8\t\n\x883\x89\x15\x80,";

    #[test]
    fn decodes_cpython_table() {
        // dis shows: RESUME line 1; LOAD_FAST x (2,2,9,10); LOAD_CONST (2,2,11,14);
        // BINARY_OP (2,2,9,14) + cache; RETURN_VALUE (2,2,2,14).
        let positions = co_positions(F_TABLE, 1);
        assert_eq!(positions[0], (Some(1), Some(1), Some(0), Some(0)));
        assert_eq!(positions[1], (Some(2), Some(2), Some(9), Some(10)));
        assert_eq!(positions[2], (Some(2), Some(2), Some(11), Some(14)));
        assert_eq!(positions[3], (Some(2), Some(2), Some(9), Some(14)));
        assert_eq!(positions[4], positions[3]);
        assert_eq!(positions[5], (Some(2), Some(2), Some(2), Some(14)));
        assert_eq!(positions.len(), 6);
        assert_eq!(
            co_lines(F_TABLE, 1),
            vec![(0, 2, Some(1)), (2, 12, Some(2))]
        );
        assert_eq!(line_starts(F_TABLE, 1), vec![(0, 1), (2, 2)]);
        assert_eq!(addr2line(F_TABLE, 1, 6), Some(2));
        assert_eq!(addr2line(F_TABLE, 1, 12), None);
    }

    #[test]
    fn encoder_reproduces_cpython_table() {
        let table = encode(
            1,
            &[
                (loc(1, 1, 0, 0), 1),
                (loc(2, 2, 9, 10), 1),
                (loc(2, 2, 11, 14), 1),
                (loc(2, 2, 9, 14), 2),
                (loc(2, 2, 2, 14), 1),
            ],
        );
        assert_eq!(table, F_TABLE);
    }

    #[test]
    fn every_form_round_trips() {
        let locations = [
            loc(5, 5, 3, 7),       // short form after a one-line jump
            loc(5, 5, 3, 7),       // merged with the previous
            loc(5, 5, 100, 120),   // one-line form (column >= 80)
            loc(7, 7, 1, 2),       // one-line form, delta 2
            loc(20, 20, -1, -1),   // no columns
            loc(3, 9, 4, 300),     // long form, negative delta, multi-line
            Location::NONE,        // no location
            loc(3, 3, 500, 600),   // long form: columns too wide
            loc(1000, 1000, 0, 1), // long form: big delta
        ];
        let sizes = [1, 2, 3, 9, 1, 4, 2, 1, 17];
        let instructions: Vec<(Location, u32)> = locations.iter().copied().zip(sizes).collect();
        let table = encode(4, &instructions);
        let positions = co_positions(&table, 4);
        let expected: Vec<_> = instructions
            .iter()
            .flat_map(|&(l, n)| {
                let known = |v: i32| (v >= 0).then_some(v);
                std::iter::repeat_n(
                    (
                        known(l.lineno),
                        known(l.end_lineno),
                        known(l.col_offset),
                        known(l.end_col_offset),
                    ),
                    n as usize,
                )
            })
            .collect();
        assert_eq!(positions, expected);
        // No panic on any truncation or garbage.
        for end in 0..table.len() {
            let _ = decode(&table[..end], 4);
        }
        let _ = decode(&[0xff; 40], 1);
        let _ = decode(&[0xf0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], 1);
    }
}
