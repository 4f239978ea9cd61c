//! pydive's compiler: Python 3.12 source to CPython 3.12 code objects.
//!
//! Passes, in order (CPython's `compile.c` driver):
//! 1. parse (ruff_python_parser) — source to AST
//! 2. ast_opt — constant folding on the AST (`ast_opt.c`)
//! 3. symtable — scopes, cells, free variables (`symtable.c`)
//! 4. codegen — AST to an `ir::InstrSequence` per code unit (`compile.c`)
//! 5. flowgraph — CFG optimizations (`flowgraph.c`)
//! 6. assemble — `co_code`, line table, exception table (`assemble.c`)

pub mod ir;
pub mod flowgraph;
pub mod assemble;
