//! The `dis.dis` listing of a code object, as CPython 3.12's `dis` prints it.
//!
//! Interim: the bytecode crate is getting the shared formatter (`dis.rs`); until it lands,
//! this renders the common listing (line starts, jump-target marks, argreprs, exception
//! table, nested code objects) from the one opcode table.

use std::rc::Rc;

use pydive_bytecode::opcode::{OpFlags, CMP_OP, INTRINSIC_1, INTRINSIC_2, NB_OPS};
use pydive_bytecode::Opcode;

use crate::objects::code::PyCode;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

struct Ins {
    offset: usize,
    op: Opcode,
    arg: Option<u32>,
    argrepr: String,
    jump_target: Option<usize>,
}

fn instructions(vm: &mut Vm, code: &PyCode) -> PyResult<Vec<Ins>> {
    let bytes = &code.co.code;
    let mut out = Vec::new();
    let mut i = 0;
    let mut ext: u32 = 0;
    while i + 1 < bytes.len() {
        let Some(op) = Opcode::from_u16(bytes[i] as u16) else {
            i += 2;
            continue;
        };
        let raw = bytes[i + 1] as u32;
        let arg = ext << 8 | raw;
        ext = if op == Opcode::ExtendedArg { arg } else { 0 };
        let caches = op.cache_entries() as usize;
        let has_arg = op.has_arg();
        let a = arg as usize;
        let mut jump_target = None;
        let name = |k: usize| {
            code.co
                .names
                .get(k)
                .map(|s| s.to_string())
                .unwrap_or_default()
        };
        let argrepr = if !has_arg {
            String::new()
        } else {
            match op {
                Opcode::LoadConst | Opcode::ReturnConst | Opcode::KwNames => {
                    match code.consts.get(a) {
                        Some(c) => vm.repr(c)?.to_string(),
                        None => String::new(),
                    }
                }
                Opcode::LoadGlobal => {
                    if a & 1 != 0 {
                        format!("NULL + {}", name(a >> 1))
                    } else {
                        name(a >> 1)
                    }
                }
                Opcode::LoadAttr => {
                    if a & 1 != 0 {
                        format!("NULL|self + {}", name(a >> 1))
                    } else {
                        name(a >> 1)
                    }
                }
                Opcode::LoadSuperAttr => {
                    if a & 1 != 0 {
                        format!("NULL|self + {}", name(a >> 2))
                    } else {
                        name(a >> 2)
                    }
                }
                Opcode::BinaryOp => NB_OPS
                    .get(a)
                    .map(|(_, s)| s.to_string())
                    .unwrap_or_default(),
                Opcode::CompareOp => CMP_OP
                    .get(a >> 4)
                    .map(|s| s.to_string())
                    .unwrap_or_default(),
                Opcode::CallIntrinsic1 => INTRINSIC_1
                    .get(a)
                    .map(|s| s.to_string())
                    .unwrap_or_default(),
                Opcode::CallIntrinsic2 => INTRINSIC_2
                    .get(a)
                    .map(|s| s.to_string())
                    .unwrap_or_default(),
                Opcode::FormatValue => {
                    let conv = ["", "str", "repr", "ascii"][a & 3];
                    let mut s = conv.to_string();
                    if a & 4 != 0 {
                        if !s.is_empty() {
                            s.push_str(", ");
                        }
                        s.push_str("with format");
                    }
                    s
                }
                Opcode::MakeFunction => {
                    let flags = ["defaults", "kwdefaults", "annotations", "closure"];
                    flags
                        .iter()
                        .enumerate()
                        .filter(|(k, _)| a & (1 << k) != 0)
                        .map(|(_, s)| *s)
                        .collect::<Vec<_>>()
                        .join(", ")
                }
                _ if op.flags().has(OpFlags::NAME) => name(a),
                _ if op.flags().has(OpFlags::LOCAL) || op.flags().has(OpFlags::FREE) => code
                    .co
                    .localsplusnames
                    .get(a)
                    .map(|s| s.to_string())
                    .unwrap_or_default(),
                _ if op.is_jump() => {
                    let signed = if op.is_backward_jump() {
                        -(a as i64)
                    } else {
                        a as i64
                    };
                    let t = i as i64 + 2 + signed * 2 + 2 * caches as i64;
                    jump_target = Some(t as usize);
                    format!("to {t}")
                }
                _ => String::new(),
            }
        };
        out.push(Ins {
            offset: i,
            op,
            arg: if has_arg { Some(arg) } else { None },
            argrepr,
            jump_target,
        });
        i += 2 * (1 + caches);
    }
    Ok(out)
}

/// `dis.dis(code)` text, nested code objects included.
pub fn disassemble(vm: &mut Vm, code: &Rc<PyCode>) -> PyResult<String> {
    let mut out = String::new();
    disassemble_one(vm, code, &mut out)?;
    for c in code.consts.clone() {
        if let Value::Code(inner) = &c {
            out.push('\n');
            let r = vm.repr(&c)?;
            out.push_str(&format!("Disassembly of {r}:\n"));
            out.push_str(&disassemble(vm, inner)?);
        }
    }
    Ok(out)
}

fn disassemble_one(vm: &mut Vm, code: &Rc<PyCode>, out: &mut String) -> PyResult<()> {
    let ins = instructions(vm, code)?;
    // line starts: first offset of each new (non-None) line
    let mut starts = std::collections::HashMap::new();
    let mut last = None;
    for (unit, p) in code.positions.iter().enumerate() {
        if let Some(l) = p.line {
            if Some(l) != last {
                starts.insert(unit * 2, l);
                last = Some(l);
            }
        }
    }
    let mut labels: std::collections::HashSet<usize> =
        ins.iter().filter_map(|i| i.jump_target).collect();
    for e in &code.exc_table {
        labels.insert(e.target * 2);
    }
    let maxline = starts.values().copied().max().unwrap_or(0);
    let lineno_width = if starts.is_empty() {
        0
    } else if maxline >= 1000 {
        maxline.to_string().len()
    } else {
        3
    };
    let maxoffset = code.co.code.len().saturating_sub(2);
    let offset_width = if maxoffset >= 10000 {
        maxoffset.to_string().len()
    } else {
        4
    };
    for i in &ins {
        let start = starts.get(&i.offset);
        if lineno_width > 0 && start.is_some() && i.offset > 0 {
            out.push('\n');
        }
        let mut fields: Vec<String> = Vec::new();
        if lineno_width > 0 {
            fields.push(match start {
                Some(l) => format!("{l:>lineno_width$}"),
                None => " ".repeat(lineno_width),
            });
        }
        fields.push("   ".into());
        fields.push(if labels.contains(&i.offset) {
            ">>".into()
        } else {
            "  ".into()
        });
        fields.push(format!("{:>offset_width$}", i.offset));
        fields.push(format!("{:<20}", i.op.name()));
        if let Some(a) = i.arg {
            fields.push(format!("{a:>5}"));
            if !i.argrepr.is_empty() {
                fields.push(format!("({})", i.argrepr));
            }
        }
        out.push_str(fields.join(" ").trim_end());
        out.push('\n');
    }
    if !code.exc_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exc_table {
            let lasti = if e.lasti { " lasti" } else { "" };
            out.push_str(&format!(
                "  {} to {} -> {} [{}]{}\n",
                e.start * 2,
                e.end * 2 - 2,
                e.target * 2,
                e.depth,
                lasti
            ));
        }
    }
    Ok(())
}
