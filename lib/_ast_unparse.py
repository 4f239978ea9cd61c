"""ast.unparse: source text from a tree, with CPython 3.12's spacing and parentheses.

Expressions are rendered bottom-up as strings: each node kind has a binding strength
(``_P_*`` below, weakest first); a node is wrapped in parentheses when the place it
sits in asks for a stronger binding than its own. Statements become indented lines.
"""

import sys
from ast import (AST, Constant, Expr, FunctionDef, AsyncFunctionDef, ClassDef, Module,
                 If, JoinedStr, FormattedValue, Tuple, Name, UnaryOp, Not, USub, UAdd,
                 Invert, And, Or)

# Binding strengths, weakest first (CPython's _Precedence order).
(_P_NAMED, _P_TUPLE, _P_YIELD, _P_TEST, _P_OR, _P_AND, _P_NOT, _P_CMP, _P_EXPR,
 _P_BXOR, _P_BAND, _P_SHIFT, _P_ARITH, _P_TERM, _P_FACTOR, _P_POWER, _P_AWAIT,
 _P_ATOM) = range(1, 19)
_P_BOR = _P_EXPR

_BINOPS = {
    'Add': ('+', _P_ARITH), 'Sub': ('-', _P_ARITH),
    'Mult': ('*', _P_TERM), 'MatMult': ('@', _P_TERM), 'Div': ('/', _P_TERM),
    'Mod': ('%', _P_TERM), 'FloorDiv': ('//', _P_TERM),
    'LShift': ('<<', _P_SHIFT), 'RShift': ('>>', _P_SHIFT),
    'BitOr': ('|', _P_BOR), 'BitXor': ('^', _P_BXOR), 'BitAnd': ('&', _P_BAND),
    'Pow': ('**', _P_POWER),
}
_CMPOPS = {
    'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
    'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in',
}
_UNARY = {'Invert': '~', 'Not': 'not', 'UAdd': '+', 'USub': '-'}

_TRIPLE = ('"""', "'''")
_QUOTES = ("'", '"', '"""', "'''")
_HUGE = '1e' + repr(sys.float_info.max_10_exp + 1)


def _escape_for_literal(text, quotes, escape_newlines=False):
    """(body, usable quotes) for writing text as a string literal, preferring the first
    usable quote; backslashes and unprintable characters are escaped."""
    chars = []
    for ch in text:
        if ch in '\n\t' and not escape_newlines:
            chars.append(ch)
        elif ch == '\\':
            chars.append('\\\\')
        elif not ch.isprintable():
            # repr's escape of one unprintable character (\x.., \u.., \U.., \n, ...)
            chars.append(repr(ch)[1:-1])
        else:
            chars.append(ch)
    body = ''.join(chars)
    usable = [q for q in quotes if '\n' not in body or q in _TRIPLE]
    usable = [q for q in usable if q not in body]
    if not usable:
        r = repr(text)
        first = [q for q in quotes if r[0] in q]
        return r[1:-1], [first[0] if first else r[0]]
    if body:
        # Avoid a quote that would touch the same character at the end.
        usable.sort(key=lambda q: q[0] == body[-1])
        if usable[0][0] == body[-1]:
            body = body[:-1] + '\\' + body[-1]
    return body, usable


class Unparser:
    def __init__(self, keep_lines=False):
        self._lines = []
        self._depth = 0
        # For compile(): put each statement on its own line number when there is room,
        # so tracebacks of the compiled tree point where its positions say.
        self._keep_lines = keep_lines

    # -- statements ----------------------------------------------------------------

    def visit(self, node):
        if isinstance(node, list):
            for item in node:
                self._stmt(item)
            return '\n'.join(self._lines)
        kind = type(node).__name__
        if kind in ('Module', 'Interactive'):
            self._body(node.body, with_docstring=kind == 'Module')
            return '\n'.join(self._lines)
        if kind == 'Expression':
            return self.x(node.body)
        if hasattr(self, '_s_' + kind):
            self._stmt(node)
            return '\n'.join(self._lines)
        return self.x(node)

    def _line(self, text):
        self._lines.append('    ' * self._depth + text)

    def _stmt(self, node):
        if self._keep_lines:
            want = getattr(node, 'lineno', None)
            if isinstance(want, int):
                want -= len(getattr(node, 'decorator_list', None) or ())
                while len(self._lines) < want - 1:
                    self._lines.append('')
        getattr(self, '_s_' + type(node).__name__)(node)

    def _body(self, stmts, with_docstring=True):
        if with_docstring and stmts and isinstance(stmts[0], Expr) \
                and isinstance(stmts[0].value, Constant) and isinstance(stmts[0].value.value, str):
            doc = stmts[0].value
            body, quotes = _escape_for_literal(doc.value, _TRIPLE)
            self._line(('u' if doc.kind == 'u' else '') + quotes[0] + body + quotes[0])
            stmts = stmts[1:]
        for s in stmts:
            self._stmt(s)

    def _block(self, header, stmts, with_docstring=False):
        self._line(header + ':')
        self._depth += 1
        self._body(stmts, with_docstring)
        self._depth -= 1

    def _s_Expr(self, node):
        self._line(self.x(node.value, _P_YIELD))

    def _s_Assign(self, node):
        targets = ''.join(self.x(t, _P_TUPLE) + ' = ' for t in node.targets)
        self._line(targets + self.x(node.value))

    def _s_AugAssign(self, node):
        self._line(f'{self.x(node.target)} {_BINOPS[type(node.op).__name__][0]}= '
                   f'{self.x(node.value)}')

    def _s_AnnAssign(self, node):
        target = self.x(node.target)
        if not node.simple and isinstance(node.target, Name):
            target = f'({target})'
        text = f'{target}: {self.x(node.annotation)}'
        if node.value:
            text += ' = ' + self.x(node.value)
        self._line(text)

    def _s_Return(self, node):
        self._line('return' + (' ' + self.x(node.value) if node.value else ''))

    def _s_Pass(self, node):
        self._line('pass')

    def _s_Break(self, node):
        self._line('break')

    def _s_Continue(self, node):
        self._line('continue')

    def _s_Delete(self, node):
        self._line('del ' + ', '.join(self.x(t) for t in node.targets))

    def _s_Assert(self, node):
        self._line('assert ' + self.x(node.test) + (', ' + self.x(node.msg) if node.msg else ''))

    def _s_Global(self, node):
        self._line('global ' + ', '.join(node.names))

    def _s_Nonlocal(self, node):
        self._line('nonlocal ' + ', '.join(node.names))

    def _s_Raise(self, node):
        text = 'raise'
        if node.exc:
            text += ' ' + self.x(node.exc)
            if node.cause:
                text += ' from ' + self.x(node.cause)
        self._line(text)

    def _s_Import(self, node):
        self._line('import ' + ', '.join(self._alias(a) for a in node.names))

    def _s_ImportFrom(self, node):
        where = '.' * (node.level or 0) + (node.module or '')
        self._line(f"from {where} import " + ', '.join(self._alias(a) for a in node.names))

    def _alias(self, a):
        return a.name + (' as ' + a.asname if a.asname else '')

    def _s_If(self, node):
        self._block('if ' + self.x(node.test), node.body)
        rest = node.orelse
        while len(rest) == 1 and isinstance(rest[0], If):
            self._block('elif ' + self.x(rest[0].test), rest[0].body)
            rest = rest[0].orelse
        if rest:
            self._block('else', rest)

    def _s_While(self, node):
        self._block('while ' + self.x(node.test), node.body)
        if node.orelse:
            self._block('else', node.orelse)

    def _s_For(self, node, prefix='for '):
        self._block(f'{prefix}{self.x(node.target, _P_TUPLE)} in {self.x(node.iter)}', node.body)
        if node.orelse:
            self._block('else', node.orelse)

    def _s_AsyncFor(self, node):
        self._s_For(node, 'async for ')

    def _s_With(self, node, prefix='with '):
        items = []
        for item in node.items:
            text = self.x(item.context_expr)
            if item.optional_vars:
                text += ' as ' + self.x(item.optional_vars)
            items.append(text)
        self._block(prefix + ', '.join(items), node.body)

    def _s_AsyncWith(self, node):
        self._s_With(node, 'async with ')

    def _s_Try(self, node, star=''):
        self._block('try', node.body)
        for h in node.handlers:
            head = 'except' + star
            if h.type:
                head += ' ' + self.x(h.type)
            if h.name:
                head += ' as ' + h.name
            self._block(head, h.body)
        if node.orelse:
            self._block('else', node.orelse)
        if node.finalbody:
            self._block('finally', node.finalbody)

    def _s_TryStar(self, node):
        self._s_Try(node, '*')

    def _type_params(self, params):
        if not params:
            return ''
        out = []
        for p in params:
            kind = type(p).__name__
            if kind == 'TypeVar':
                out.append(p.name + (': ' + self.x(p.bound) if p.bound else ''))
            elif kind == 'TypeVarTuple':
                out.append('*' + p.name)
            else:
                out.append('**' + p.name)
        return '[' + ', '.join(out) + ']'

    def _definition_gap(self, node):
        # A blank line before every def/class but the very first line of output.
        if self._lines and not self._keep_lines:
            self._lines.append('')
        for d in node.decorator_list:
            self._line('@' + self.x(d))

    def _s_FunctionDef(self, node, prefix='def '):
        self._definition_gap(node)
        head = f'{prefix}{node.name}{self._type_params(node.type_params)}' \
               f'({self._arguments(node.args)})'
        if node.returns:
            head += ' -> ' + self.x(node.returns)
        self._block(head, node.body, with_docstring=True)

    def _s_AsyncFunctionDef(self, node):
        self._s_FunctionDef(node, 'async def ')

    def _s_ClassDef(self, node):
        self._definition_gap(node)
        head = 'class ' + node.name + self._type_params(node.type_params)
        parts = [self.x(b) for b in node.bases] + [self._keyword(k) for k in node.keywords]
        if parts:
            head += '(' + ', '.join(parts) + ')'
        self._block(head, node.body, with_docstring=True)

    def _s_TypeAlias(self, node):
        self._line(f'type {self.x(node.name)}{self._type_params(node.type_params)} = '
                   f'{self.x(node.value)}')

    def _s_Match(self, node):
        self._line('match ' + self.x(node.subject) + ':')
        self._depth += 1
        for case in node.cases:
            head = 'case ' + self.p(case.pattern)
            if case.guard:
                head += ' if ' + self.x(case.guard)
            self._block(head, case.body)
        self._depth -= 1

    # -- patterns ----------------------------------------------------------------

    def p(self, node, prec=_P_TEST):
        kind = type(node).__name__
        if kind == 'MatchValue':
            return self.x(node.value)
        if kind == 'MatchSingleton':
            return repr(node.value)
        if kind == 'MatchSequence':
            return '[' + ', '.join(self.p(q) for q in node.patterns) + ']'
        if kind == 'MatchStar':
            return '*' + (node.name if node.name is not None else '_')
        if kind == 'MatchMapping':
            items = [f'{self.x(k)}: {self.p(q)}' for k, q in zip(node.keys, node.patterns)]
            if node.rest:
                items.append('**' + node.rest)
            return '{' + ', '.join(items) + '}'
        if kind == 'MatchClass':
            items = [self.p(q) for q in node.patterns]
            items += [f'{a}={self.p(q)}' for a, q in zip(node.kwd_attrs, node.kwd_patterns)]
            return self.x(node.cls) + '(' + ', '.join(items) + ')'
        if kind == 'MatchAs':
            if node.name is None:
                return '_'
            if node.pattern is None:
                return node.name
            return self._wrap(f'{self.p(node.pattern, _P_BOR)} as {node.name}',
                              _P_TEST, prec)
        if kind == 'MatchOr':
            return self._wrap(' | '.join(self.p(q, _P_BOR + 1) for q in node.patterns),
                              _P_BOR, prec)
        raise ValueError(f'unexpected pattern node {kind}')

    # -- expressions ----------------------------------------------------------------

    @staticmethod
    def _wrap(text, own, wanted):
        return f'({text})' if wanted > own else text

    def x(self, node, prec=_P_TEST):
        """node as source text, in a place that binds at least as tightly as prec."""
        return getattr(self, '_e_' + type(node).__name__)(node, prec)

    def _seq(self, items):
        if len(items) == 1:
            return self.x(items[0]) + ','
        return ', '.join(self.x(e) for e in items)

    def _e_Tuple(self, node, prec):
        text = self._seq(node.elts)
        return f'({text})' if not node.elts or prec > _P_TUPLE else text

    def _e_List(self, node, prec):
        return '[' + ', '.join(self.x(e) for e in node.elts) + ']'

    def _e_Set(self, node, prec):
        if not node.elts:
            return '{*()}'
        return '{' + ', '.join(self.x(e) for e in node.elts) + '}'

    def _e_Dict(self, node, prec):
        items = []
        for k, v in zip(node.keys, node.values):
            items.append('**' + self.x(v, _P_EXPR) if k is None else f'{self.x(k)}: {self.x(v)}')
        return '{' + ', '.join(items) + '}'

    def _e_Name(self, node, prec):
        return node.id

    def _constant_text(self, value):
        if value is ...:
            return '...'
        if isinstance(value, (float, complex)):
            return repr(value).replace('inf', _HUGE).replace('nan', f'({_HUGE}-{_HUGE})')
        if isinstance(value, tuple):
            inner = ', '.join(self._constant_text(v) for v in value)
            return f'({inner},)' if len(value) == 1 else f'({inner})'
        return repr(value)

    def _e_Constant(self, node, prec):
        prefix = 'u' if getattr(node, 'kind', None) == 'u' else ''
        return prefix + self._constant_text(node.value)

    def _e_NamedExpr(self, node, prec):
        text = f'{self.x(node.target, _P_ATOM)} := {self.x(node.value, _P_ATOM)}'
        return self._wrap(text, _P_NAMED, prec)

    def _e_Yield(self, node, prec):
        text = 'yield' + (' ' + self.x(node.value, _P_ATOM) if node.value else '')
        return self._wrap(text, _P_YIELD, prec)

    def _e_YieldFrom(self, node, prec):
        return self._wrap('yield from ' + self.x(node.value, _P_ATOM), _P_YIELD, prec)

    def _e_Await(self, node, prec):
        return self._wrap('await ' + self.x(node.value, _P_ATOM), _P_AWAIT, prec)

    def _e_Lambda(self, node, prec):
        params = self._arguments(node.args, lambda_=True)
        text = 'lambda' + (' ' + params if params else '') + ': ' + self.x(node.body)
        return self._wrap(text, _P_TEST, prec)

    def _e_IfExp(self, node, prec):
        text = (f'{self.x(node.body, _P_OR)} if {self.x(node.test, _P_OR)} '
                f'else {self.x(node.orelse)}')
        return self._wrap(text, _P_TEST, prec)

    def _e_BoolOp(self, node, prec):
        own = _P_AND if isinstance(node.op, And) else _P_OR
        word = ' and ' if own == _P_AND else ' or '
        # Each later operand is asked to bind one step tighter (as CPython does).
        parts = [self.x(v, own + 1 + i) for i, v in enumerate(node.values)]
        return self._wrap(word.join(parts), own, prec)

    def _e_UnaryOp(self, node, prec):
        sym = _UNARY[type(node.op).__name__]
        own = _P_NOT if isinstance(node.op, Not) else _P_FACTOR
        gap = ' ' if own == _P_NOT else ''
        return self._wrap(sym + gap + self.x(node.operand, own), own, prec)

    def _e_BinOp(self, node, prec):
        sym, own = _BINOPS[type(node.op).__name__]
        if own == _P_POWER:
            left, right = self.x(node.left, own + 1), self.x(node.right, own)
        else:
            left, right = self.x(node.left, own), self.x(node.right, own + 1)
        return self._wrap(f'{left} {sym} {right}', own, prec)

    def _e_Compare(self, node, prec):
        text = self.x(node.left, _P_CMP + 1)
        for op, right in zip(node.ops, node.comparators):
            text += f' {_CMPOPS[type(op).__name__]} {self.x(right, _P_CMP + 1)}'
        return self._wrap(text, _P_CMP, prec)

    def _keyword(self, k):
        if k.arg is None:
            return '**' + self.x(k.value)
        return f'{k.arg}={self.x(k.value)}'

    def _e_Call(self, node, prec):
        parts = [self.x(a) for a in node.args] + [self._keyword(k) for k in node.keywords]
        return self.x(node.func, _P_ATOM) + '(' + ', '.join(parts) + ')'

    def _e_Attribute(self, node, prec):
        base = self.x(node.value, _P_ATOM)
        # "1.real" would read as a float: CPython writes "1 .real".
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            base += ' '
        return f'{base}.{node.attr}'

    def _e_Subscript(self, node, prec):
        s = node.slice
        inner = self._seq(s.elts) if isinstance(s, Tuple) and s.elts else self.x(s)
        return f'{self.x(node.value, _P_ATOM)}[{inner}]'

    def _e_Starred(self, node, prec):
        return '*' + self.x(node.value, _P_EXPR)

    def _e_Slice(self, node, prec):
        text = (self.x(node.lower) if node.lower else '') + ':'
        text += self.x(node.upper) if node.upper else ''
        if node.step:
            text += ':' + self.x(node.step)
        return text

    def _generators(self, gens):
        out = ''
        for g in gens:
            out += ' async for ' if g.is_async else ' for '
            out += f'{self.x(g.target, _P_TUPLE)} in {self.x(g.iter, _P_OR)}'
            for cond in g.ifs:
                out += ' if ' + self.x(cond, _P_OR)
        return out

    def _e_ListComp(self, node, prec):
        return f'[{self.x(node.elt)}{self._generators(node.generators)}]'

    def _e_SetComp(self, node, prec):
        return f'{{{self.x(node.elt)}{self._generators(node.generators)}}}'

    def _e_GeneratorExp(self, node, prec):
        return f'({self.x(node.elt)}{self._generators(node.generators)})'

    def _e_DictComp(self, node, prec):
        return f'{{{self.x(node.key)}: {self.x(node.value)}{self._generators(node.generators)}}}'

    def _arguments(self, args, lambda_=False):
        positional = args.posonlyargs + args.args
        first_default = len(positional) - len(args.defaults)
        out = []
        for i, a in enumerate(positional):
            text = self._arg(a, lambda_)
            if i >= first_default:
                text += '=' + self.x(args.defaults[i - first_default])
            out.append(text)
            if i + 1 == len(args.posonlyargs):
                out[-1] += ', /'
        if args.vararg or args.kwonlyargs:
            out.append('*' + (self._arg(args.vararg, lambda_) if args.vararg else ''))
        for a, d in zip(args.kwonlyargs, args.kw_defaults):
            out.append(self._arg(a, lambda_) + ('=' + self.x(d) if d else ''))
        if args.kwarg:
            out.append('**' + self._arg(args.kwarg, lambda_))
        return ', '.join(out)

    def _arg(self, a, lambda_=False):
        if a.annotation and not lambda_:
            return f'{a.arg}: {self.x(a.annotation)}'
        return a.arg

    # -- f-strings ----------------------------------------------------------------

    def _fstring_piece(self, node, in_spec=False):
        if isinstance(node, JoinedStr):
            return ''.join(self._fstring_piece(v, in_spec) for v in node.values)
        if isinstance(node, Constant) and isinstance(node.value, str):
            text = node.value.replace('{', '{{').replace('}', '}}')
            if in_spec:
                for old, new in (('\\', '\\\\'), ("'", "\\'"), ('"', '\\"'), ('\n', '\\n')):
                    text = text.replace(old, new)
            return text
        if isinstance(node, FormattedValue):
            return self._e_FormattedValue(node, _P_TEST)
        raise ValueError(f'Unexpected node inside JoinedStr, {node!r}')

    def _e_FormattedValue(self, node, prec):
        inner = Unparser().x(node.value, _P_TEST + 1)
        text = '{' + (' ' if inner.startswith('{') else '') + inner
        if node.conversion != -1:
            text += '!' + chr(node.conversion)
        if node.format_spec:
            text += ':' + self._fstring_piece(node.format_spec, in_spec=True)
        return text + '}'

    def _e_JoinedStr(self, node, prec):
        pieces = [(self._fstring_piece(v), isinstance(v, Constant)) for v in node.values]
        quotes = list(_QUOTES)
        kept = []
        for text, literal in pieces:
            if literal:
                text, usable = _escape_for_literal(text, quotes, escape_newlines=True)
                if not set(usable) & set(quotes):
                    break
                quotes = usable
            elif '\n' in text:
                quotes = [q for q in quotes if q in _TRIPLE]
            kept.append(text)
        else:
            return 'f' + quotes[0] + ''.join(kept) + quotes[0]
        # No one quote suits every piece: write the literal text as repr would, in '''.
        body = ''.join(repr('"' + t)[2:-1] if literal else t for t, literal in pieces)
        return "f'''" + body + "'''"
