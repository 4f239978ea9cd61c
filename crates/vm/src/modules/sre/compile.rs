//! The parser's tree (lib/re/_parser.py, tuples) to a program of `Op`s.
//!
//! Node shapes (see _parser.py's header): ('lit', ch, icase, ascii), ('any', dotall),
//! ('set', items, negate, icase, ascii), ('cat', name, ascii), ('seq', [nodes]),
//! ('alt', [nodes]), ('group', gid|None, node), ('repeat', node, min, max|None, how),
//! ('at', kind), ('backref', gid, icase, ascii), ('look', node, behind, negate, width),
//! ('atomic', node), ('cond', gid, yes, no|None), ('fail',).

use super::chars::{has_case, Cat, Charset, Pred};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Zero-width assertions.
#[derive(Clone, Copy, Debug)]
pub enum At {
    Bol,
    BolMulti,
    Eol,
    EolMulti,
    StartText,
    EndText,
    Boundary(bool),
    NotBoundary(bool),
}

/// One instruction. Programs are indexes into `Program::progs` (0 is the pattern; look-around
/// and atomic bodies are their own programs, ending in `Match`).
#[derive(Debug)]
pub enum Op {
    /// literal run
    Str(Vec<u32>),
    /// one character accepted by the test
    One(Pred),
    /// try the first target, then the second
    Split(usize, usize),
    Jmp(usize),
    /// group boundary slot
    Save(usize),
    At(At),
    /// a repeat of a one-character test
    Single {
        pred: Pred,
        min: usize,
        max: Option<usize>,
        greedy: bool,
    },
    /// counter registers `reg` (count) and `reg + 1` (where the last iteration started)
    RepStart(usize),
    RepLoop {
        reg: usize,
        min: usize,
        max: Option<usize>,
        greedy: bool,
        enter: usize,
        exit: usize,
    },
    RepEnter(usize),
    RepInc(usize, usize),
    Backref {
        gid: usize,
        icase: bool,
        ascii: bool,
    },
    Look {
        prog: usize,
        behind: bool,
        negate: bool,
        width: usize,
    },
    Atomic(usize),
    Cond {
        gid: usize,
        yes: usize,
        no: usize,
    },
    Match,
    Fail,
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Program {
    pub progs: Vec<Vec<Op>>,
    pub nregs: usize,
    /// 2 * (groups + 1)
    pub ncaps: usize,
}

struct Compiler<'v> {
    vm: &'v mut Vm,
    progs: Vec<Vec<Op>>,
    nregs: usize,
}

/// A node's kind and its fields.
fn fields(vm: &mut Vm, node: &Value) -> PyResult<(String, Vec<Value>)> {
    let items = vm.collect(node)?;
    let kind = match items.first() {
        Some(Value::Str(s)) => s.to_string(),
        _ => return Err(vm.type_error("re: malformed pattern tree")),
    };
    Ok((kind, items))
}

fn as_bool(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        _ => false,
    }
}

fn as_char(vm: &Vm, v: &Value) -> PyResult<u32> {
    match v {
        Value::Str(s) if s.chars().count() == 1 => Ok(s.chars().next().unwrap_or_default() as u32),
        _ => Err(vm.type_error("re: malformed pattern tree (character)")),
    }
}

fn as_usize(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    Ok(vm.index_value(v)?.max(0) as usize)
}

fn as_str(vm: &Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        _ => Err(vm.type_error("re: malformed pattern tree (name)")),
    }
}

impl Compiler<'_> {
    /// The one-character test for a node that matches exactly one character, or None.
    fn char_pred(&mut self, node: &Value) -> PyResult<Option<Pred>> {
        let (kind, f) = fields(self.vm, node)?;
        Ok(Some(match kind.as_str() {
            "lit" => {
                let ch = as_char(self.vm, &f[1])?;
                let (icase, ascii) = (as_bool(&f[2]), as_bool(&f[3]));
                if icase && has_case(ch, ascii) {
                    Pred::icase(ch, ascii)
                } else {
                    Pred::Eq(ch)
                }
            }
            "any" => {
                if as_bool(&f[1]) {
                    Pred::Any
                } else {
                    Pred::NotNewline
                }
            }
            "set" => {
                let (negate, icase, ascii) = (as_bool(&f[2]), as_bool(&f[3]), as_bool(&f[4]));
                let mut chars = Vec::new();
                let mut ranges = Vec::new();
                let mut cats = Vec::new();
                for item in self.vm.collect(&f[1])? {
                    let (k, it) = fields(self.vm, &item)?;
                    match k.as_str() {
                        "ch" => chars.push(as_char(self.vm, &it[1])?),
                        "range" => {
                            ranges.push((as_char(self.vm, &it[1])?, as_char(self.vm, &it[2])?))
                        }
                        _ => {
                            let name = as_str(self.vm, &it[1])?;
                            cats.push(self.cat(&name)?);
                        }
                    }
                }
                Pred::Set(Box::new(Charset::new(
                    chars, ranges, cats, negate, icase, ascii,
                )))
            }
            "cat" => {
                let name = as_str(self.vm, &f[1])?;
                Pred::Cat(self.cat(&name)?, as_bool(&f[2]))
            }
            "group" if matches!(f[1], Value::None) => return self.char_pred(&f[2]),
            _ => return Ok(None),
        }))
    }

    fn cat(&self, name: &str) -> PyResult<Cat> {
        Cat::from_name(name).ok_or_else(|| self.vm.type_error("re: unknown category"))
    }

    /// A plain literal's character: a 'lit' that IGNORECASE does not change.
    fn plain_lit(&mut self, node: &Value) -> PyResult<Option<u32>> {
        let (kind, f) = fields(self.vm, node)?;
        if kind != "lit" {
            return Ok(None);
        }
        let ch = as_char(self.vm, &f[1])?;
        if as_bool(&f[2]) && has_case(ch, as_bool(&f[3])) {
            return Ok(None);
        }
        Ok(Some(ch))
    }

    fn subprogram(&mut self, node: &Value) -> PyResult<usize> {
        let idx = self.progs.len();
        self.progs.push(Vec::new());
        let mut prog = Vec::new();
        self.emit(node, &mut prog)?;
        prog.push(Op::Match);
        self.progs[idx] = prog;
        Ok(idx)
    }

    fn emit(&mut self, node: &Value, prog: &mut Vec<Op>) -> PyResult<()> {
        let (kind, f) = fields(self.vm, node)?;
        match kind.as_str() {
            "seq" => {
                let items = self.vm.collect(&f[1])?;
                let mut i = 0;
                while i < items.len() {
                    // runs of plain literals become one Str
                    if let Some(c) = self.plain_lit(&items[i])? {
                        let mut text = vec![c];
                        i += 1;
                        while i < items.len() {
                            match self.plain_lit(&items[i])? {
                                Some(c) => text.push(c),
                                None => break,
                            }
                            i += 1;
                        }
                        prog.push(Op::Str(text));
                        continue;
                    }
                    self.emit(&items[i], prog)?;
                    i += 1;
                }
            }
            "lit" | "any" | "set" | "cat" => {
                let pred = self.char_pred(node)?.expect("a one-character node");
                match pred {
                    Pred::Eq(c) => prog.push(Op::Str(vec![c])),
                    p => prog.push(Op::One(p)),
                }
            }
            "alt" => {
                let branches = self.vm.collect(&f[1])?;
                let mut jumps = Vec::new();
                for (i, b) in branches.iter().enumerate() {
                    if i + 1 < branches.len() {
                        let split_at = prog.len();
                        prog.push(Op::Fail);
                        self.emit(b, prog)?;
                        jumps.push(prog.len());
                        prog.push(Op::Fail);
                        prog[split_at] = Op::Split(split_at + 1, prog.len());
                    } else {
                        self.emit(b, prog)?;
                    }
                }
                let end = prog.len();
                for j in jumps {
                    prog[j] = Op::Jmp(end);
                }
            }
            "group" => {
                if matches!(f[1], Value::None) {
                    return self.emit(&f[2], prog);
                }
                let gid = as_usize(self.vm, &f[1])?;
                prog.push(Op::Save(2 * gid));
                self.emit(&f[2], prog)?;
                prog.push(Op::Save(2 * gid + 1));
            }
            "repeat" => self.emit_repeat(&f, prog)?,
            "at" => {
                let k = as_str(self.vm, &f[1])?;
                prog.push(Op::At(match k.as_str() {
                    "bol" => At::Bol,
                    "bol_m" => At::BolMulti,
                    "eol" => At::Eol,
                    "eol_m" => At::EolMulti,
                    "A" => At::StartText,
                    "Z" => At::EndText,
                    "b" => At::Boundary(false),
                    "bA" => At::Boundary(true),
                    "B" => At::NotBoundary(false),
                    "BA" => At::NotBoundary(true),
                    _ => return Err(self.vm.type_error("re: unknown assertion")),
                }));
            }
            "backref" => {
                let gid = as_usize(self.vm, &f[1])?;
                prog.push(Op::Backref {
                    gid,
                    icase: as_bool(&f[2]),
                    ascii: as_bool(&f[3]),
                });
            }
            "look" => {
                let sub = self.subprogram(&f[1])?;
                let width = match &f[4] {
                    Value::None => 0,
                    w => as_usize(self.vm, w)?,
                };
                prog.push(Op::Look {
                    prog: sub,
                    behind: as_bool(&f[2]),
                    negate: as_bool(&f[3]),
                    width,
                });
            }
            "atomic" => {
                let sub = self.subprogram(&f[1])?;
                prog.push(Op::Atomic(sub));
            }
            "cond" => {
                let gid = as_usize(self.vm, &f[1])?;
                let at = prog.len();
                prog.push(Op::Fail);
                let yes = prog.len();
                self.emit(&f[2], prog)?;
                let jmp_at = prog.len();
                prog.push(Op::Fail);
                let no = prog.len();
                if !matches!(f[3], Value::None) {
                    self.emit(&f[3], prog)?;
                }
                prog[at] = Op::Cond { gid, yes, no };
                prog[jmp_at] = Op::Jmp(prog.len());
            }
            "fail" => prog.push(Op::Fail),
            _ => return Err(self.vm.type_error(format!("re: unknown node {kind:?}"))),
        }
        Ok(())
    }

    fn emit_repeat(&mut self, f: &[Value], prog: &mut Vec<Op>) -> PyResult<()> {
        let body = &f[1];
        let min = as_usize(self.vm, &f[2])?;
        let max = match &f[3] {
            Value::None => None,
            v => Some(as_usize(self.vm, v)?),
        };
        let how = as_str(self.vm, &f[4])?;
        if how == "possessive" {
            // X*+ is (?>X*)
            let greedy = Value::tuple(vec![
                Value::str("repeat"),
                body.clone(),
                f[2].clone(),
                f[3].clone(),
                Value::str("greedy"),
            ]);
            let sub = self.subprogram(&greedy)?;
            prog.push(Op::Atomic(sub));
            return Ok(());
        }
        let greedy = how == "greedy";
        if let Some(pred) = self.char_pred(body)? {
            prog.push(Op::Single {
                pred,
                min,
                max,
                greedy,
            });
            return Ok(());
        }
        if min == 1 && max == Some(1) {
            return self.emit(body, prog);
        }
        if max == Some(0) {
            return Ok(());
        }
        let reg = self.nregs;
        self.nregs += 2;
        prog.push(Op::RepStart(reg));
        let lp = prog.len();
        prog.push(Op::Fail);
        let enter = prog.len();
        prog.push(Op::RepEnter(reg));
        self.emit(body, prog)?;
        prog.push(Op::RepInc(reg, lp));
        prog[lp] = Op::RepLoop {
            reg,
            min,
            max,
            greedy,
            enter,
            exit: prog.len(),
        };
        Ok(())
    }
}

/// Compile the tree of a pattern with `groups` groups (group 0 excluded).
pub fn compile(vm: &mut Vm, tree: &Value, groups: usize) -> PyResult<Program> {
    let mut c = Compiler {
        vm,
        progs: vec![Vec::new()],
        nregs: 0,
    };
    let mut prog = Vec::new();
    c.emit(tree, &mut prog)?;
    prog.push(Op::Match);
    c.progs[0] = prog;
    Ok(Program {
        progs: c.progs,
        nregs: c.nregs,
        ncaps: 2 * (groups + 1),
    })
}
