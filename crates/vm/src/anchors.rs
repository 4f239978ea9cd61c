//! Caret anchors for traceback position markers: the `^^` run under the operator of a
//! binary operation, or the brackets of a subscript, when the highlighted segment is one
//! such expression (CPython 3.12's `_extract_caret_anchors_from_line_segment`).
//!
//! A small scanner instead of a full parse: it tokenizes the segment, and at bracket
//! depth 0 finds the binary operator the AST root would be (lowest precedence, rightmost
//! for left-associative operators, leftmost for `**`). Segments whose root is anything
//! else (comparison, boolean operator, call, ...) get no anchors.

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Op(usize, &'static str),
    Word(String),
    Atom,
    Open(usize, char),
    Close(usize, char),
    Other,
}

const OPS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", ":=", "->", "+=",
    "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "@", "|", "^", "&",
    "<", ">", "=", "~", ",", ":", ".", ";",
];

fn tokenize(s: &[char]) -> Option<Vec<Tok>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if c.is_whitespace() || c == '\\' {
            i += 1;
            continue;
        }
        if c == '#' {
            break;
        }
        if c == '\'' || c == '"' {
            let q = c;
            let triple = i + 2 < s.len() && s[i + 1] == q && s[i + 2] == q;
            i += if triple { 3 } else { 1 };
            loop {
                if i >= s.len() {
                    return None;
                }
                if s[i] == '\\' {
                    i += 2;
                    continue;
                }
                if s[i] == q {
                    if !triple {
                        i += 1;
                        break;
                    }
                    if i + 2 < s.len() && s[i + 1] == q && s[i + 2] == q {
                        i += 3;
                        break;
                    }
                }
                i += 1;
            }
            out.push(Tok::Atom);
            continue;
        }
        if c.is_alphanumeric() || c == '_' {
            let st = i;
            while i < s.len()
                && (s[i].is_alphanumeric()
                    || s[i] == '_'
                    || (s[i] == '.' && s[st].is_ascii_digit()))
            {
                i += 1;
            }
            let w: String = s[st..i].iter().collect();
            // string prefixes: f"..", b'..'
            if i < s.len()
                && (s[i] == '\'' || s[i] == '"')
                && w.len() <= 2
                && w.chars().all(|c| "rRbBfFuU".contains(c))
            {
                continue;
            }
            if w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                out.push(Tok::Atom);
            } else {
                out.push(Tok::Word(w));
            }
            continue;
        }
        if "([{".contains(c) {
            out.push(Tok::Open(i, c));
            i += 1;
            continue;
        }
        if ")]}".contains(c) {
            out.push(Tok::Close(i, c));
            i += 1;
            continue;
        }
        let mut matched = false;
        for op in OPS {
            let n = op.chars().count();
            if i + n <= s.len() && s[i..i + n].iter().collect::<String>() == *op {
                out.push(Tok::Op(i, op));
                i += n;
                matched = true;
                break;
            }
        }
        if !matched {
            out.push(Tok::Other);
            i += 1;
        }
    }
    Some(out)
}

fn prec(op: &str) -> Option<u8> {
    Some(match op {
        "|" => 1,
        "^" => 2,
        "&" => 3,
        "<<" | ">>" => 4,
        "+" | "-" => 5,
        "*" | "/" | "//" | "%" | "@" => 6,
        "**" => 8,
        _ => return None,
    })
}

const KEYWORDS: &[&str] = &[
    "and", "or", "not", "in", "is", "if", "else", "lambda", "for", "await", "yield",
];

/// `(left_end, right_start)` in characters of `segment`, or None.
pub fn anchors(segment: &str) -> Option<(usize, usize)> {
    let s: Vec<char> = segment.chars().collect();
    let toks = tokenize(&s)?;
    if toks.is_empty() {
        return None;
    }
    let mut depth = 0i32;
    let mut best: Option<(u8, usize, usize)> = None; // (prec, pos, len)
    let mut prev_is_operand = false;
    let mut last_top_open: Option<usize> = None;
    let mut ends_with_subscript = false;
    for (k, t) in toks.iter().enumerate() {
        match t {
            Tok::Open(p, c) => {
                if depth == 0 {
                    if *c == '[' && prev_is_operand {
                        last_top_open = Some(*p);
                    } else {
                        last_top_open = None;
                    }
                }
                depth += 1;
                prev_is_operand = false;
            }
            Tok::Close(_, c) => {
                depth -= 1;
                if depth < 0 {
                    return None;
                }
                prev_is_operand = true;
                if depth == 0 {
                    ends_with_subscript =
                        *c == ']' && last_top_open.is_some() && k == toks.len() - 1;
                }
            }
            Tok::Word(w) => {
                if depth == 0 && KEYWORDS.contains(&w.as_str()) {
                    return None;
                }
                prev_is_operand = true;
            }
            Tok::Atom => prev_is_operand = true,
            Tok::Op(p, op) => {
                if depth == 0 {
                    if *op == "." {
                        prev_is_operand = false;
                        continue;
                    }
                    match prec(op) {
                        Some(pr) if prev_is_operand => {
                            let better = match best {
                                None => true,
                                Some((bp, _, _)) => pr < bp || (pr == bp && pr != 8),
                            };
                            if better {
                                best = Some((pr, *p, op.chars().count()));
                            }
                        }
                        Some(_) => {}
                        None => {
                            if *op != "~" {
                                return None; // comparison, assignment, comma, ...
                            }
                        }
                    }
                }
                prev_is_operand = false;
            }
            Tok::Other => return None,
        }
    }
    if depth != 0 {
        return None;
    }
    if let Some((_, pos, len)) = best {
        return Some((pos, pos + len));
    }
    if ends_with_subscript {
        let l = last_top_open?;
        return Some((l, s.len()));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::anchors;

    #[test]
    fn binary_ops_and_subscripts() {
        assert_eq!(anchors("1/0"), Some((1, 2)));
        assert_eq!(anchors("a + b * c"), Some((2, 3)));
        assert_eq!(anchors("a ** b ** c"), Some((2, 4)));
        assert_eq!(anchors("x[1]"), Some((1, 4)));
        assert_eq!(anchors("f(x)"), None);
        assert_eq!(anchors("a < b"), None);
        assert_eq!(anchors("(a + b) // c"), Some((8, 10)));
        assert_eq!(anchors("-a + b"), Some((3, 4)));
    }
}
