//! The backtracking matcher: runs a `Program` over a subject of code points.
//!
//! State: `pc`, `pos`, the group boundaries and loop registers (one vector, `slots`), and
//! `lastindex`. A choice point remembers where to resume and how long the undo trail was;
//! every write to `slots` pushes the old value on the trail, so backtracking restores it.
//! Choices are tried in sre's order (greedy first, left alternative first), which makes
//! results equal CPython's. The choice stack is a `Vec`: long subjects never recurse in
//! Rust. Look-around and atomic bodies run as nested calls (depth bounded by the pattern).

use super::chars::{icase_eq, is_word};
use super::compile::{At, Op, Program};

/// A subject character type: bytes, or chars of a str.
pub trait Unit: Copy {
    fn code(self) -> u32;
}

impl Unit for u8 {
    #[inline]
    fn code(self) -> u32 {
        self as u32
    }
}

impl Unit for char {
    #[inline]
    fn code(self) -> u32 {
        self as u32
    }
}

enum Choice {
    /// resume at `pc` with `pos`
    Pc {
        pc: usize,
        pos: usize,
        trail: usize,
        last: isize,
    },
    /// a greedy single-character repeat can give back one more character
    Greedy {
        pc: usize,
        start: usize,
        count: usize,
        min: usize,
        trail: usize,
        last: isize,
    },
    /// a lazy single-character repeat can take one more (`pc` is the repeat's own)
    Lazy {
        pc: usize,
        start: usize,
        count: usize,
        trail: usize,
        last: isize,
    },
}

pub struct Machine<'a, T: Unit> {
    prog: &'a Program,
    s: &'a [T],
    end: usize,
    /// group boundaries (`ncaps` of them) then the loop registers
    pub slots: Vec<isize>,
    trail: Vec<(usize, isize)>,
    pub lastindex: isize,
    /// the choice stack, kept between runs so that a search does not allocate one per start
    stack: Vec<Choice>,
}

impl<'a, T: Unit> Machine<'a, T> {
    pub fn new(prog: &'a Program, s: &'a [T], end: usize) -> Self {
        let mut slots = vec![-1isize; prog.ncaps];
        slots.extend(std::iter::repeat_n(0, prog.nregs));
        Machine {
            prog,
            s,
            end,
            slots,
            trail: Vec::new(),
            lastindex: -1,
            stack: Vec::new(),
        }
    }

    #[inline]
    fn set(&mut self, slot: usize, v: isize) {
        self.trail.push((slot, self.slots[slot]));
        self.slots[slot] = v;
    }

    fn undo(&mut self, mark: usize) {
        while self.trail.len() > mark {
            let (slot, old) = self.trail.pop().expect("trail entry");
            self.slots[slot] = old;
        }
    }

    #[inline]
    fn ch(&self, i: usize) -> u32 {
        self.s[i].code()
    }

    fn at(&self, kind: At, pos: usize) -> bool {
        let end = self.end;
        match kind {
            At::Bol | At::StartText => pos == 0,
            At::BolMulti => pos == 0 || self.ch(pos - 1) == 0x0a,
            At::Eol => pos == end || (pos + 1 == end && self.ch(pos) == 0x0a),
            At::EolMulti => pos == end || self.ch(pos) == 0x0a,
            At::EndText => pos == end,
            // sre: neither holds in an empty subject
            At::Boundary(_) | At::NotBoundary(_) if end == 0 => false,
            At::Boundary(ascii) | At::NotBoundary(ascii) => {
                let before = pos > 0 && is_word(self.ch(pos - 1), ascii);
                let after = pos < end && is_word(self.ch(pos), ascii);
                if matches!(kind, At::Boundary(_)) {
                    before != after
                } else {
                    before == after
                }
            }
        }
    }

    /// Reset the state for a new attempt (after a failed one it is already reset).
    pub fn reset(&mut self) {
        self.undo(0);
        self.lastindex = -1;
    }

    /// Run program `p` at `pos`; the end of the first match, or None (state restored).
    pub fn run(
        &mut self,
        p: usize,
        start: usize,
        must_advance: bool,
        fullmatch: bool,
    ) -> Option<usize> {
        // a nested run (look-around, atomic group) finds the stack taken and makes its own
        let mut stack = std::mem::take(&mut self.stack);
        stack.clear();
        let found = self.run_on(&mut stack, p, start, must_advance, fullmatch);
        self.stack = stack;
        found
    }

    fn run_on(
        &mut self,
        stack: &mut Vec<Choice>,
        p: usize,
        start: usize,
        must_advance: bool,
        fullmatch: bool,
    ) -> Option<usize> {
        let prog = &self.prog.progs[p];
        let base_trail = self.trail.len();
        let base_last = self.lastindex;
        let mut pc = 0usize;
        let mut pos = start;
        let end = self.end;
        loop {
            let ok = match &prog[pc] {
                Op::Str(text) => {
                    let n = text.len();
                    if pos + n <= end
                        && text.iter().enumerate().all(|(k, &c)| self.ch(pos + k) == c)
                    {
                        pos += n;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Op::One(pred) => {
                    if pos < end && pred.test(self.ch(pos)) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Op::Split(a, b) => {
                    stack.push(Choice::Pc {
                        pc: *b,
                        pos,
                        trail: self.trail.len(),
                        last: self.lastindex,
                    });
                    pc = *a;
                    true
                }
                Op::Jmp(t) => {
                    pc = *t;
                    true
                }
                Op::Save(slot) => {
                    self.set(*slot, pos as isize);
                    if slot & 1 == 1 {
                        self.lastindex = (slot >> 1) as isize;
                    }
                    pc += 1;
                    true
                }
                Op::Single {
                    pred,
                    min,
                    max,
                    greedy,
                } => {
                    let (min, max) = (*min, *max);
                    if *greedy {
                        let limit = match max {
                            None => end,
                            Some(m) => end.min(pos.saturating_add(m)),
                        };
                        let mut i = pos;
                        while i < limit && pred.test(self.ch(i)) {
                            i += 1;
                        }
                        let count = i - pos;
                        if count >= min {
                            if count > min {
                                stack.push(Choice::Greedy {
                                    pc: pc + 1,
                                    start: pos,
                                    count,
                                    min,
                                    trail: self.trail.len(),
                                    last: self.lastindex,
                                });
                            }
                            pos = i;
                            pc += 1;
                            true
                        } else {
                            false
                        }
                    } else {
                        let mut i = pos;
                        let want = pos.saturating_add(min);
                        while i < want && i < end && pred.test(self.ch(i)) {
                            i += 1;
                        }
                        if i - pos == min {
                            if max.is_none_or(|m| min < m) {
                                stack.push(Choice::Lazy {
                                    pc,
                                    start: pos,
                                    count: min,
                                    trail: self.trail.len(),
                                    last: self.lastindex,
                                });
                            }
                            pos = i;
                            pc += 1;
                            true
                        } else {
                            false
                        }
                    }
                }
                Op::At(kind) => {
                    if self.at(*kind, pos) {
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Op::RepStart(r) => {
                    let r = self.prog.ncaps + r;
                    self.set(r, 0);
                    self.set(r + 1, -1);
                    pc += 1;
                    true
                }
                Op::RepLoop {
                    reg,
                    min,
                    max,
                    greedy,
                    enter,
                    exit,
                } => {
                    let r = self.prog.ncaps + reg;
                    let count = self.slots[r] as usize;
                    if count < *min {
                        // required iterations do not record where they started (as sre)
                        pc = enter + 1;
                    } else if max.is_some_and(|m| count >= m) || self.slots[r + 1] == pos as isize {
                        // done, or the last optional iteration matched nothing
                        pc = *exit;
                    } else if *greedy {
                        stack.push(Choice::Pc {
                            pc: *exit,
                            pos,
                            trail: self.trail.len(),
                            last: self.lastindex,
                        });
                        self.set(r + 1, pos as isize);
                        pc = enter + 1;
                    } else {
                        stack.push(Choice::Pc {
                            pc: *enter,
                            pos,
                            trail: self.trail.len(),
                            last: self.lastindex,
                        });
                        pc = *exit;
                    }
                    true
                }
                Op::RepEnter(r) => {
                    let r = self.prog.ncaps + r;
                    self.set(r + 1, pos as isize);
                    pc += 1;
                    true
                }
                Op::RepInc(r, lp) => {
                    let r = self.prog.ncaps + r;
                    let v = self.slots[r] + 1;
                    self.set(r, v);
                    pc = *lp;
                    true
                }
                Op::Backref { gid, icase, ascii } => {
                    let (gs, ge) = (self.slots[2 * gid], self.slots[2 * gid + 1]);
                    let mut ok = false;
                    if gs >= 0 && ge >= 0 {
                        let (gs, ge) = (gs as usize, ge as usize);
                        let n = ge.saturating_sub(gs);
                        if pos + n <= end {
                            ok = (0..n).all(|k| {
                                let (a, b) = (self.ch(gs + k), self.ch(pos + k));
                                a == b || (*icase && icase_eq(a, b, *ascii))
                            });
                            if ok {
                                pos += n;
                                pc += 1;
                            }
                        }
                    }
                    ok
                }
                Op::Look {
                    prog: sub,
                    behind,
                    negate,
                    width,
                } => {
                    let mark = self.trail.len();
                    let last = self.lastindex;
                    let mut result = if *behind {
                        if pos < *width {
                            None
                        } else {
                            self.run(*sub, pos - width, false, false)
                        }
                    } else {
                        self.run(*sub, pos, false, false)
                    };
                    if *behind && result.is_some_and(|e| e != pos) {
                        self.undo(mark);
                        self.lastindex = last;
                        result = None;
                    }
                    if *negate {
                        if result.is_some() {
                            self.undo(mark);
                            self.lastindex = last;
                            false
                        } else {
                            pc += 1;
                            true
                        }
                    } else if result.is_some() {
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Op::Atomic(sub) => match self.run(*sub, pos, false, false) {
                    Some(e) => {
                        pos = e;
                        pc += 1;
                        true
                    }
                    None => false,
                },
                Op::Cond { gid, yes, no } => {
                    let set = 2 * gid + 1 < self.prog.ncaps
                        && self.slots[2 * gid] >= 0
                        && self.slots[2 * gid + 1] >= 0;
                    pc = if set { *yes } else { *no };
                    true
                }
                Op::Match => {
                    if !((must_advance && pos == start) || (fullmatch && pos != end)) {
                        return Some(pos);
                    }
                    false
                }
                Op::Fail => false,
            };
            if ok {
                continue;
            }
            // backtrack
            loop {
                let Some(cp) = stack.pop() else {
                    self.undo(base_trail);
                    self.lastindex = base_last;
                    return None;
                };
                match cp {
                    Choice::Pc {
                        pc: p,
                        pos: q,
                        trail,
                        last,
                    } => {
                        self.undo(trail);
                        self.lastindex = last;
                        pc = p;
                        pos = q;
                        break;
                    }
                    Choice::Greedy {
                        pc: p,
                        start: b,
                        count,
                        min,
                        trail,
                        last,
                    } => {
                        self.undo(trail);
                        self.lastindex = last;
                        let count = count - 1;
                        if count > min {
                            stack.push(Choice::Greedy {
                                pc: p,
                                start: b,
                                count,
                                min,
                                trail,
                                last,
                            });
                        }
                        pc = p;
                        pos = b + count;
                        break;
                    }
                    Choice::Lazy {
                        pc: p,
                        start: b,
                        count,
                        trail,
                        last,
                    } => {
                        let Op::Single { pred, max, .. } = &prog[p] else {
                            unreachable!("a lazy choice belongs to a Single")
                        };
                        let i = b + count;
                        if i < end && pred.test(self.ch(i)) {
                            self.undo(trail);
                            self.lastindex = last;
                            let count = count + 1;
                            if max.is_none_or(|m| count < m) {
                                stack.push(Choice::Lazy {
                                    pc: p,
                                    start: b,
                                    count,
                                    trail,
                                    last,
                                });
                            }
                            pc = p + 1;
                            pos = b + count;
                            break;
                        }
                    }
                }
            }
        }
    }

    /// Search from `pos` for the first start where the pattern matches: (start, end).
    pub fn search(&mut self, pos: usize, must_advance: bool) -> Option<(usize, usize)> {
        let end = self.end;
        if pos > end {
            return None;
        }
        let prog = self.prog;
        let first = &prog.progs[0][0];
        if let Op::At(At::StartText | At::Bol) = first {
            if pos != 0 {
                return None;
            }
            return self.run(0, 0, must_advance, false).map(|e| (0, e));
        }
        // the first instruction that reads the subject (group starts read nothing)
        let lead = prog.progs[0]
            .iter()
            .find(|op| !matches!(op, Op::Save(_)))
            .unwrap_or(first);
        let firsts = match lead {
            Op::Split(..) => Firsts::of(&prog.progs[0]),
            _ => Firsts::default(),
        };
        let mut start = pos;
        while start <= end {
            match lead {
                Op::Str(text) => {
                    let c0 = text[0];
                    let n = text.len();
                    loop {
                        if start + n > end {
                            return None;
                        }
                        if self.ch(start) == c0
                            && text[1..]
                                .iter()
                                .enumerate()
                                .all(|(k, &c)| self.ch(start + 1 + k) == c)
                        {
                            break;
                        }
                        start += 1;
                    }
                }
                Op::One(pred) | Op::Single { pred, min: 1.., .. } => {
                    // a match must start with a character the test accepts
                    while start < end && !pred.test(self.ch(start)) {
                        start += 1;
                    }
                    if start >= end {
                        return None;
                    }
                }
                Op::Split(..) if firsts.len > 0 => {
                    // an alternation whose every branch starts by reading a character
                    while start < end && !firsts.accepts(self.ch(start)) {
                        start += 1;
                    }
                    if start >= end {
                        return None;
                    }
                }
                _ => {}
            }
            if let Some(e) = self.run(0, start, must_advance && start == pos, false) {
                return Some((start, e));
            }
            start += 1;
        }
        None
    }
}

/// The instructions that read the first character of every path through a program's start
/// (group starts and jumps followed, both sides of a split); empty when some path can begin
/// otherwise (an assertion, a possibly empty repeat, ...) or there are too many.
#[derive(Default)]
struct Firsts<'a> {
    ops: [Option<&'a Op>; 8],
    len: usize,
}

impl<'a> Firsts<'a> {
    fn of(prog: &'a [Op]) -> Firsts<'a> {
        let mut f = Firsts::default();
        let mut todo = [0usize; 16];
        let mut ntodo = 1;
        let mut seen = 0usize;
        while ntodo > 0 {
            ntodo -= 1;
            let mut pc = todo[ntodo];
            loop {
                seen += 1;
                if seen > 64 {
                    return Firsts::default();
                }
                match prog.get(pc) {
                    Some(Op::Save(_)) => pc += 1,
                    Some(Op::Jmp(t)) => pc = *t,
                    Some(Op::Split(a, b)) => {
                        if ntodo == todo.len() {
                            return Firsts::default();
                        }
                        todo[ntodo] = *b;
                        ntodo += 1;
                        pc = *a;
                    }
                    Some(op @ (Op::Str(_) | Op::One(_) | Op::Single { min: 1.., .. })) => {
                        if f.len == f.ops.len() {
                            return Firsts::default();
                        }
                        f.ops[f.len] = Some(op);
                        f.len += 1;
                        break;
                    }
                    _ => return Firsts::default(),
                }
            }
        }
        f
    }

    fn accepts(&self, c: u32) -> bool {
        self.ops[..self.len].iter().flatten().any(|op| match op {
            Op::Str(text) => text[0] == c,
            Op::One(pred) | Op::Single { pred, .. } => pred.test(c),
            _ => true,
        })
    }
}
