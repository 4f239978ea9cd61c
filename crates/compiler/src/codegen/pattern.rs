//! `match` statements and patterns (PEP 634; `compiler_match` and `compiler_pattern_*` in
//! `compile.c`).

use ruff_python_ast as ast;

use super::{CResult, Compiler};

impl<'a> Compiler<'a> {
    pub fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        Err(self.not_implemented("the match statement", m.range))
    }
}
