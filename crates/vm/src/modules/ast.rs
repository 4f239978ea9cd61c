//! `_ast`: the parser's tree for `lib/ast.py` (`ast.parse`, `compile(..., PyCF_ONLY_AST)`).
//!
//! `_ast._parse(source, filename, mode)` returns the tree of `pydive_compiler::pyast` as plain
//! values: a node is `(class_name, (field, ...), (lineno, col_offset, end_lineno,
//! end_col_offset) or None)`, a list of nodes is a list, and identifiers and constants are
//! themselves. `lib/ast.py` turns the tuples into node objects.

use pydive_compiler::pyast::Tree;

use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

fn to_value(vm: &mut Vm, t: &Tree) -> PyResult<Value> {
    Ok(match t {
        Tree::Const(c) => vm.constant_value(c)?,
        Tree::List(items) => {
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                out.push(to_value(vm, i)?);
            }
            Value::list(out)
        }
        Tree::Node(n) => {
            let mut fields = Vec::with_capacity(n.fields.len());
            for f in &n.fields {
                fields.push(to_value(vm, f)?);
            }
            let loc = match n.loc {
                Some(l) => Value::tuple(l.iter().map(|&x| Value::Int(i64::from(x))).collect()),
                None => Value::None,
            };
            Value::tuple(vec![Value::str(n.kind), Value::tuple(fields), loc])
        }
    })
}

fn parse(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let source = match a.pos.first() {
        Some(Value::Str(s)) => s.to_string(),
        Some(v @ (Value::Bytes(_) | Value::ByteArray(_))) => {
            let b = crate::objects::bytes::bytes_of(vm, v)?;
            String::from_utf8_lossy(&b).into_owned()
        }
        _ => return Err(vm.type_error("ast.parse() source must be a string or bytes")),
    };
    let filename = match a.pos.get(1) {
        Some(v) => vm.str(v)?.to_string(),
        None => "<unknown>".to_string(),
    };
    let mode = match a.pos.get(2).and_then(|m| m.as_str()) {
        Some("exec") | None => pydive_compiler::Mode::Exec,
        Some("eval") => pydive_compiler::Mode::Eval,
        Some("single") => pydive_compiler::Mode::Single,
        Some("func_type") => {
            return Err(vm.not_implemented("ast.parse() with mode='func_type'"));
        }
        Some(_) => {
            return Err(
                vm.value_error("compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
            )
        }
    };
    match pydive_compiler::pyast::parse(&source, &filename, mode) {
        Ok(tree) => to_value(vm, &tree),
        Err(e) => Err(vm.syntax_error_from(&e)),
    }
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    d.borrow_mut().set_str("_parse", vm.native("_parse", parse));
    d.borrow_mut().set_str("PyCF_ONLY_AST", Value::Int(0x400));
    d.borrow_mut()
        .set_str("PyCF_TYPE_COMMENTS", Value::Int(0x1000));
    d.borrow_mut()
        .set_str("PyCF_ALLOW_TOP_LEVEL_AWAIT", Value::Int(0x2000));
    Ok(())
}
