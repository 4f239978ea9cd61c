import re
from fractions import Fraction

TOKEN = re.compile(r"""
    (?P<NUM>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>\*\*|[-+*/%()=,^])
  | (?P<WS>\s+)
  | (?P<ERR>.)
""", re.VERBOSE)

class CalcError(Exception):
    pass

def tokenize(text):
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "WS":
            continue
        if kind == "ERR":
            raise CalcError(f"bad character {m.group()!r} at {m.start()}")
        yield kind, m.group(), m.start()
    yield "EOF", "", len(text)

class Parser:
    def __init__(self, text, env):
        self.toks = list(tokenize(text))
        self.i = 0
        self.env = env

    def peek(self):
        return self.toks[self.i]

    def next(self):
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def expect(self, val):
        kind, v, pos = self.next()
        if v != val:
            raise CalcError(f"expected {val!r} at {pos}, got {v or kind!r}")

    def statement(self):
        if self.peek()[0] == "NAME" and self.toks[self.i + 1][1] == "=":
            name = self.next()[1]
            self.next()
            val = self.expr()
            self.env[name] = val
            return val
        val = self.expr()
        if self.peek()[0] != "EOF":
            raise CalcError(f"trailing input at {self.peek()[2]}")
        return val

    def expr(self):
        val = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.next()[1]
            rhs = self.term()
            val = val + rhs if op == "+" else val - rhs
        return val

    def term(self):
        val = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.next()[1]
            rhs = self.factor()
            if op == "*":
                val *= rhs
            elif op == "/":
                val = Fraction(val) / rhs
            else:
                val %= rhs
        return val

    def factor(self):
        if self.peek()[1] == "-":
            self.next()
            return -self.factor()
        base = self.atom()
        if self.peek()[1] in ("**", "^"):
            self.next()
            return base ** self.factor()
        return base

    def atom(self):
        kind, v, pos = self.next()
        if kind == "NUM":
            return Fraction(v) if "." in v or "e" in v.lower() else int(v)
        if kind == "NAME":
            if self.peek()[1] == "(":
                self.next()
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.next()
                    args.append(self.expr())
                self.expect(")")
                fn = {"max": max, "min": min, "abs": abs}.get(v)
                if fn is None:
                    raise CalcError(f"unknown function {v}")
                return fn(*args)
            try:
                return self.env[v]
            except KeyError:
                raise CalcError(f"undefined name {v!r}") from None
        if v == "(":
            val = self.expr()
            self.expect(")")
            return val
        raise CalcError(f"unexpected {v or kind!r} at {pos}")

env = {}
lines = """
1 + 2 * 3
(1 + 2) * 3
2 ** 3 ** 2
-2 ^ 2
7 / 2
x = 1.5e2 / 4
x * 2
y = x % 7
max(1, y, 3) + abs(-4)
10 / 0
2 $ 3
(1 + 2
foo(3)
z + 1
1 2
2 ** 100
""".strip().splitlines()
for line in lines:
    try:
        r = Parser(line, env).statement()
        print(f"{line:<20} = {r!s:<30} {type(r).__name__}")
    except CalcError as e:
        print(f"{line:<20} ! {e}")
    except ZeroDivisionError as e:
        print(f"{line:<20} ! ZeroDivisionError: {e}")
print(sorted(env.items()))
print([t for t in tokenize("a=1.5*b")])
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1.1).limit_denominator(100), float(Fraction(22, 7)))
print(repr(Fraction(-6, 4)), Fraction(7, 3) // 1, Fraction(7, 3) % 1, round(Fraction(7, 2)), round(Fraction(5, 2)))
print(f"{Fraction(1, 3):.5f}", format(Fraction(10, 3), ">12.3f"), Fraction(2, 3) ** -2)
Parser("(1 +", env).statement()
