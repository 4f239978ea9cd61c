"""Abstract syntax trees of Python source (pydive's ast).

``parse()`` asks pydive's compiler (the native ``_ast`` module) for the tree of a source
text and builds node objects of the classes below, with CPython 3.12's fields and
positions. The helpers (``dump``, ``literal_eval``, ``walk``, ``NodeVisitor``,
``NodeTransformer``, ``unparse``, ...) work on any tree of these nodes.
"""

import _ast
from _ast import PyCF_ONLY_AST, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


class AST:
    """Base of every node class."""

    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        names = type(self)._fields
        if len(args) > len(names):
            n = len(names)
            raise TypeError(f"{type(self).__name__} constructor takes at most "
                            f"{n} positional argument{'' if n == 1 else 's'}")
        for name, value in zip(names, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


# The node classes, as Parser/Python.asdl declares them for 3.12. Each line: a base
# class (with whether its nodes carry positions), then its kinds. In a field list,
# 'x?' is optional (None when absent) and 'x*' a list.
_GRAMMAR = """
mod -
  Module: body* type_ignores*
  Interactive: body*
  Expression: body
  FunctionType: argtypes* returns
stmt +
  FunctionDef: name args body* decorator_list* returns? type_comment? type_params*
  AsyncFunctionDef: name args body* decorator_list* returns? type_comment? type_params*
  ClassDef: name bases* keywords* body* decorator_list* type_params*
  Return: value?
  Delete: targets*
  Assign: targets* value type_comment?
  TypeAlias: name type_params* value
  AugAssign: target op value
  AnnAssign: target annotation value? simple
  For: target iter body* orelse* type_comment?
  AsyncFor: target iter body* orelse* type_comment?
  While: test body* orelse*
  If: test body* orelse*
  With: items* body* type_comment?
  AsyncWith: items* body* type_comment?
  Match: subject cases*
  Raise: exc? cause?
  Try: body* handlers* orelse* finalbody*
  TryStar: body* handlers* orelse* finalbody*
  Assert: test msg?
  Import: names*
  ImportFrom: module? names* level?
  Global: names*
  Nonlocal: names*
  Expr: value
  Pass:
  Break:
  Continue:
expr +
  BoolOp: op values*
  NamedExpr: target value
  BinOp: left op right
  UnaryOp: op operand
  Lambda: args body
  IfExp: test body orelse
  Dict: keys* values*
  Set: elts*
  ListComp: elt generators*
  SetComp: elt generators*
  DictComp: key value generators*
  GeneratorExp: elt generators*
  Await: value
  Yield: value?
  YieldFrom: value
  Compare: left ops* comparators*
  Call: func args* keywords*
  FormattedValue: value conversion format_spec?
  JoinedStr: values*
  Constant: value kind?
  Attribute: value attr ctx
  Subscript: value slice ctx
  Starred: value ctx
  Name: id ctx
  List: elts* ctx
  Tuple: elts* ctx
  Slice: lower? upper? step?
expr_context -
  Load:
  Store:
  Del:
boolop -
  And:
  Or:
operator -
  Add:
  Sub:
  Mult:
  MatMult:
  Div:
  Mod:
  Pow:
  LShift:
  RShift:
  BitOr:
  BitXor:
  BitAnd:
  FloorDiv:
unaryop -
  Invert:
  Not:
  UAdd:
  USub:
cmpop -
  Eq:
  NotEq:
  Lt:
  LtE:
  Gt:
  GtE:
  Is:
  IsNot:
  In:
  NotIn:
excepthandler +
  ExceptHandler: type? name? body*
pattern +
  MatchValue: value
  MatchSingleton: value
  MatchSequence: patterns*
  MatchMapping: keys* patterns* rest?
  MatchClass: cls patterns* kwd_attrs* kwd_patterns*
  MatchStar: name?
  MatchAs: pattern? name?
  MatchOr: patterns*
type_ignore -
  TypeIgnore: lineno tag
type_param +
  TypeVar: name bound?
  ParamSpec: name
  TypeVarTuple: name
= comprehension: target iter ifs* is_async
= arguments: posonlyargs* args* vararg? kwonlyargs* kw_defaults* kwarg? defaults*
=+ arg: arg annotation? type_comment?
=+ keyword: arg? value
=+ alias: name asname?
= withitem: context_expr optional_vars?
= match_case: pattern guard? body*
"""


def _make_class(name, base, spec, positioned):
    fields = tuple(f.rstrip('?*') for f in spec.split())
    ns = {'__module__': 'ast', '_fields': fields, '__match_args__': fields,
          '__doc__': f"{name}({', '.join(spec.split())})"}
    if positioned:
        ns['_attributes'] = _POSITIONS
        ns['end_lineno'] = None
        ns['end_col_offset'] = None
    for f in spec.split():
        if f.endswith('?'):
            ns[f[:-1]] = None
    cls = type(name, (base,), ns)
    globals()[name] = cls
    return cls


def _build_classes():
    base = None
    positioned = False
    for line in _GRAMMAR.strip().splitlines():
        if line.startswith('='):
            head, _, spec = line.partition(':')
            _make_class(head.lstrip('=+ ').strip(), AST, spec, head.startswith('=+'))
        elif not line.startswith(' '):
            abstract, mark = line.split()
            positioned = mark == '+'
            ns = {'__module__': 'ast'}
            if positioned:
                ns['_attributes'] = _POSITIONS
                ns['end_lineno'] = None
                ns['end_col_offset'] = None
            base = type(abstract, (AST,), ns)
            globals()[abstract] = base
        else:
            name, _, spec = line.strip().partition(':')
            _make_class(name, base, spec, positioned)


_build_classes()
AST.__module__ = 'ast'
for _name, _value in list(globals().items()):
    if isinstance(_value, type) and issubclass(_value, AST):
        setattr(_ast, _name, _value)
del _name, _value

# Operators and contexts carry no data: the parser shares one instance of each.
_SHARED = {}


def _from_tuples(item):
    """A node (or list of nodes) from the (class, fields, position) tuples _ast gives."""
    if type(item) is list:
        return [_from_tuples(x) for x in item]
    if type(item) is not tuple:
        return item
    kind, values, where = item
    cls = globals()[kind]
    if not values and where is None:
        node = _SHARED.get(kind)
        if node is None:
            node = _SHARED[kind] = cls()
        return node
    node = cls.__new__(cls)
    d = node.__dict__
    for name, value in zip(cls._fields, values):
        d[name] = _from_tuples(value)
    if where is not None:
        d['lineno'], d['col_offset'], d['end_lineno'], d['end_col_offset'] = where
    return node


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """The tree of source (str or bytes): a Module, an Expression (mode='eval') or an
    Interactive (mode='single')."""
    if isinstance(source, AST):
        return source
    return _tree_of(source, filename, mode)


def _tree_of(source, filename, mode):
    if hasattr(filename, '__fspath__'):
        filename = filename.__fspath__()
    return _from_tuples(_ast._parse(source, filename, mode))


def _compile_tree(tree, filename, mode, flags=0):
    """compile() of an AST object: pydive's compiler works from source, so the tree is
    unparsed and that text compiled (line numbers are those of the unparsed text)."""
    if not isinstance(tree, AST):
        raise TypeError('compile() arg 1 must be a string, bytes or AST object')
    if flags & PyCF_ONLY_AST:
        return tree
    expected = {'exec': Module, 'eval': Expression, 'single': Interactive}.get(mode)
    if expected is None:
        raise ValueError("compile() mode must be 'exec', 'eval' or 'single'")
    if not isinstance(tree, expected):
        raise TypeError(f"expected {expected.__name__} node, got {type(tree).__name__}")
    _check_locations(tree)
    from _ast_unparse import Unparser
    if mode == 'single':
        text = '\n'.join(Unparser().visit(s) for s in tree.body) + '\n'
    else:
        text = Unparser(keep_lines=True).visit(tree)
    return compile(text, filename, mode, flags, True)


def _check_locations(tree):
    for node in walk(tree):
        if 'lineno' in node._attributes and not hasattr(node, 'lineno'):
            # CPython names the grammar's sum type (stmt, expr, ...) or the node's own.
            kind = type(node)
            while kind.__base__ is not AST and kind.__base__ is not object:
                kind = kind.__base__
            raise TypeError(f'required field "lineno" missing from {kind.__name__}')


def iter_fields(node):
    """(name, value) for each field node has."""
    for name in node._fields:
        try:
            value = getattr(node, name)
        except AttributeError:
            continue
        yield name, value


def iter_child_nodes(node):
    """The nodes directly below node: its node fields and the nodes in its list fields."""
    for _, value in iter_fields(node):
        if isinstance(value, list):
            yield from (x for x in value if isinstance(x, AST))
        elif isinstance(value, AST):
            yield value


def walk(node):
    """Every node of the tree under node (node first), breadth first."""
    from collections import deque
    pending = deque([node])
    while pending:
        current = pending.popleft()
        pending.extend(iter_child_nodes(current))
        yield current


def _optional_none(cls, name, value):
    # An optional field (a class default of None) that is None is left out of dumps.
    return value is None and getattr(cls, name, ...) is None


def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """The tree as a string, like its constructor calls (for debugging)."""
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent

    def show(value, depth):
        # Returns (text, simple): simple values may share a line with their siblings.
        if indent is None:
            lead, joiner = '', ', '
        else:
            depth += 1
            lead = '\n' + indent * depth
            joiner = ',' + lead
        if isinstance(value, list):
            if not value:
                return '[]', True
            return '[' + lead + joiner.join(show(v, depth)[0] for v in value) + ']', False
        if not isinstance(value, AST):
            return repr(value), True
        cls = type(value)
        parts = []
        all_simple = True
        named = annotate_fields
        for name in value._fields:
            if not hasattr(value, name):
                named = True
                continue
            item = getattr(value, name)
            if _optional_none(cls, name, item):
                named = True
                continue
            text, simple = show(item, depth)
            all_simple = all_simple and simple
            parts.append(f'{name}={text}' if named else text)
        if include_attributes:
            for name in value._attributes:
                if not hasattr(value, name):
                    continue
                item = getattr(value, name)
                if _optional_none(cls, name, item):
                    continue
                text, simple = show(item, depth)
                all_simple = all_simple and simple
                parts.append(f'{name}={text}')
        if all_simple and len(parts) <= 3:
            return f"{cls.__name__}({', '.join(parts)})", not parts
        return f'{cls.__name__}({lead}{joiner.join(parts)})', False

    if not isinstance(node, AST):
        raise TypeError(f'expected AST, got {type(node).__name__!r}')
    return show(node, 0)[0]


def literal_eval(node_or_string):
    """The value of a Python literal (numbers, strings, bytes, tuples, lists, dicts,
    sets, booleans, None, Ellipsis), given as text or as a tree."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(' \t'), mode='eval')
    if isinstance(node, Expression):
        node = node.body

    def bad(n):
        where = getattr(n, 'lineno', None)
        suffix = f' on line {where}' if where else ''
        raise ValueError(f'malformed node or string{suffix}: {n!r}')

    def number(n):
        if isinstance(n, Constant) and type(n.value) in (int, float, complex):
            return n.value
        bad(n)

    def signed(n):
        if isinstance(n, UnaryOp):
            if isinstance(n.op, UAdd):
                return +number(n.operand)
            if isinstance(n.op, USub):
                return -number(n.operand)
        return number(n)

    def value_of(n):
        if isinstance(n, Constant):
            return n.value
        if isinstance(n, Tuple):
            return tuple(map(value_of, n.elts))
        if isinstance(n, List):
            return list(map(value_of, n.elts))
        if isinstance(n, Set):
            return set(map(value_of, n.elts))
        if isinstance(n, Call) and isinstance(n.func, Name) and n.func.id == 'set' \
                and n.args == [] and n.keywords == []:
            return set()
        if isinstance(n, Dict):
            if len(n.keys) != len(n.values):
                bad(n)
            return dict(zip([value_of(k) for k in n.keys], [value_of(v) for v in n.values]))
        if isinstance(n, BinOp) and isinstance(n.op, (Add, Sub)):
            left = signed(n.left)
            right = number(n.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(n.op, Add) else left - right
        return signed(n)

    return value_of(node)


def get_docstring(node, clean=True):
    """The docstring of a module, class or function node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError(f"{type(node).__name__!r} can't have docstrings")
    body = node.body
    if not body or not isinstance(body[0], Expr):
        return None
    first = body[0].value
    if not (isinstance(first, Constant) and isinstance(first.value, str)):
        return None
    if clean:
        import inspect
        return inspect.cleandoc(first.value)
    return first.value


def copy_location(new_node, old_node):
    """Give new_node the position of old_node (where both have positions)."""
    for attr in _POSITIONS:
        if attr not in old_node._attributes or attr not in new_node._attributes:
            continue
        value = getattr(old_node, attr, None)
        if value is not None or (attr.startswith('end_') and hasattr(old_node, attr)):
            setattr(new_node, attr, value)
    return new_node


def fix_missing_locations(node):
    """Give every node without a position its parent's (the root gets 1, 0)."""

    def fill(n, inherited):
        here = list(inherited)
        for i, attr in enumerate(_POSITIONS):
            if attr not in n._attributes:
                continue
            current = getattr(n, attr, None)
            missing = current is None if attr.startswith('end_') else not hasattr(n, attr)
            if missing:
                setattr(n, attr, here[i])
            else:
                here[i] = current
        for child in iter_child_nodes(n):
            fill(child, here)

    fill(node, (1, 0, 1, 0))
    return node


def increment_lineno(node, n=1):
    """Move every node of the tree n lines down."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end = getattr(child, 'end_lineno', 0)
            if end is not None:
                child.end_lineno = end + n
    return node


class NodeVisitor:
    """Walks a tree calling visit_<ClassName>(node) where defined, else generic_visit."""

    def visit(self, node):
        handler = getattr(self, 'visit_' + type(node).__name__, None)
        if handler is None:
            return self.generic_visit(node)
        return handler(node)

    def generic_visit(self, node):
        for _, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of the node: None
    removes it, a list (in a list field) splices several nodes in its place."""

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                kept = []
                for item in value:
                    if not isinstance(item, AST):
                        kept.append(item)
                        continue
                    result = self.visit(item)
                    if result is None:
                        continue
                    if isinstance(result, AST):
                        kept.append(result)
                    else:
                        kept.extend(result)
                value[:] = kept
            elif isinstance(value, AST):
                result = self.visit(value)
                if result is None:
                    delattr(node, name)
                else:
                    setattr(node, name, result)
        return node


def unparse(ast_obj):
    """Python source text for a tree (comments and formatting are not kept)."""
    from _ast_unparse import Unparser
    return Unparser().visit(ast_obj)


def main(args=None):
    import argparse
    import sys
    parser = argparse.ArgumentParser(prog='python -m ast')
    parser.add_argument('infile', nargs='?', default='-')
    parser.add_argument('-m', '--mode', default='exec', choices=('exec', 'single', 'eval'))
    parser.add_argument('-a', '--include-attributes', action='store_true')
    parser.add_argument('-i', '--indent', type=int, default=3)
    ns = parser.parse_args(args)
    if ns.infile == '-':
        name, source = '<stdin>', sys.stdin.read()
    else:
        name = ns.infile
        with open(ns.infile, 'rb') as f:
            source = f.read()
    tree = parse(source, name, ns.mode)
    print(dump(tree, include_attributes=ns.include_attributes, indent=ns.indent))


if __name__ == '__main__':
    main()
