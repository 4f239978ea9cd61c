import re
from collections import namedtuple

Token = namedtuple("Token", "kind text pos")
TOKEN_RE = re.compile(r"\s*(?:(?P<num>\d+\.?\d*)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%()=<>!]=?|,))")

class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos

def tokenize(src):
    pos = 0
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m or m.end() == pos:
            raise ParseError(f"unexpected {src[pos]!r}", pos)
        kind = m.lastgroup
        yield Token(kind, m.group(kind), m.start(kind))
        pos = m.end()
    yield Token("eof", "", pos)

class Parser:
    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.i = 0
    @property
    def tok(self):
        return self.toks[self.i]
    def eat(self, text=None, kind=None):
        t = self.tok
        if (text and t.text != text) or (kind and t.kind != kind):
            raise ParseError(f"expected {text or kind}, got {t.text or t.kind!r}", t.pos)
        self.i += 1
        return t
    def statement(self):
        if self.tok.kind == "name" and self.toks[self.i + 1].text == "=":
            name = self.eat(kind="name").text
            self.eat("=")
            return ("assign", name, self.expr())
        return self.expr()
    def expr(self):
        node = self.term()
        while self.tok.text in ("+", "-"):
            op = self.eat().text
            node = (op, node, self.term())
        return node
    def term(self):
        node = self.power()
        while self.tok.text in ("*", "/", "%"):
            op = self.eat().text
            node = (op, node, self.power())
        return node
    def power(self):
        base = self.unary()
        if self.tok.text == "**":
            self.eat()
            return ("**", base, self.power())
        return base
    def unary(self):
        if self.tok.text == "-":
            self.eat()
            return ("neg", self.unary())
        return self.atom()
    def atom(self):
        t = self.tok
        if t.kind == "num":
            self.eat()
            return ("num", float(t.text) if "." in t.text else int(t.text))
        if t.kind == "name":
            self.eat()
            if self.tok.text == "(":
                self.eat("(")
                args = [self.expr()]
                while self.tok.text == ",":
                    self.eat(","); args.append(self.expr())
                self.eat(")")
                return ("call", t.text, args)
            return ("var", t.text)
        if t.text == "(":
            self.eat("(")
            e = self.expr()
            self.eat(")")
            return e
        raise ParseError(f"unexpected {t.text or t.kind!r}", t.pos)

OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b}
FUNCS = {"max": max, "min": min, "abs": abs}

def evaluate(node, env):
    match node:
        case ("num", v): return v
        case ("var", name):
            try:
                return env[name]
            except KeyError:
                raise NameError(f"undefined variable {name!r}") from None
        case ("neg", x): return -evaluate(x, env)
        case ("assign", name, x):
            env[name] = evaluate(x, env); return env[name]
        case ("call", fn, args): return FUNCS[fn](*(evaluate(a, env) for a in args))
        case (op, a, b): return OPS[op](evaluate(a, env), evaluate(b, env))

env = {}
for line in ["x = 3", "y = x ** 2 ** 2 - 1", "(x + y) * -2 / 4", "max(x, y, 7) % 5", "2 ** 100",
             "z + 1", "3 +", "4 $ 4", "1 / 0", "abs(-2.5) * 2"]:
    try:
        print(f"{line:<20} => {evaluate(Parser(line).statement(), env)!r}")
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(f"{line:<20} !! {type(e).__name__}: {e}")
print(sorted(env.items()))
evaluate(Parser("q * 2").statement(), env)
