class A:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented
    def __repr__(self): return f"A({self.v})"
class B:
    def __init__(self, v): self.v = v
    def __gt__(self, other):
        print("B.__gt__")
        return self.v > other.v
class SubA(A):
    def __gt__(self, other):
        print("SubA.__gt__")
        return True
tests = {
    "A(1) < B(2)": lambda: A(1) < B(2),
    "A(1) < A(2)": lambda: A(1) < A(2),
    "A(1) == A(1)": lambda: A(1) == A(1),
    "A(1) != 3": lambda: A(1) != 3,
    "A(1) < SubA(2)": lambda: A(1) < SubA(2),
    "A(1) >= 2": lambda: A(1) >= 2,
    "max": lambda: max(B(1), B(3), B(2)).v,
}
for name, fn in tests.items():
    try:
        print(name, "->", fn())
    except TypeError as e:
        print(name, "-> TypeError:", e)

class BadLen:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class BadBool:
    def __bool__(self): return 1
class BadInit:
    def __init__(self): return 5
class BadRepr:
    def __repr__(self): return 42
class BadStr:
    def __str__(self): return None
class BadIter:
    def __iter__(self): return [1, 2]
class GetItemSeq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
class BadHash:
    def __hash__(self): return "h"
class Unhashable:
    def __eq__(self, o): return True
class NoFormat:
    pass
class BadIndex:
    def __index__(self): return 1.5
class NoNext:
    def __iter__(self): return self
cases = [
    ("len(BadLen(-1))", lambda: len(BadLen(-1))),
    ("len(BadLen('3'))", lambda: len(BadLen("3"))),
    ("len(BadLen(2**70))", lambda: len(BadLen(2**70))),
    ("bool(BadBool())", lambda: bool(BadBool())),
    ("BadInit()", lambda: BadInit()),
    ("repr(BadRepr())", lambda: repr(BadRepr())),
    ("str(BadStr())", lambda: str(BadStr())),
    ("iter(BadIter())", lambda: iter(BadIter())),
    ("list(GetItemSeq())", lambda: list(GetItemSeq())),
    ("20 in GetItemSeq()", lambda: 20 in GetItemSeq()),
    ("hash(BadHash())", lambda: hash(BadHash())),
    ("hash(Unhashable())", lambda: hash(Unhashable())),
    ("{Unhashable()}", lambda: {Unhashable()}),
    ("format(NoFormat(), 'x')", lambda: format(NoFormat(), "x")),
    ("f'{NoFormat():>5}'", lambda: f"{NoFormat():>5}"),
    ("[1][BadIndex()]", lambda: [1][BadIndex()]),
    ("next(NoNext())", lambda: next(NoNext())),
    ("for over NoNext", lambda: [x for x in NoNext()]),
    ("NoFormat()()", lambda: NoFormat()()),
    ("NoFormat()[0]", lambda: NoFormat()[0]),
    ("NoFormat()[0] = 1", lambda: NoFormat().__setitem__(0, 1)),
    ("del NoFormat()[0]", lambda: exec("del x[0]", {"x": NoFormat()})),
    ("-NoFormat()", lambda: -NoFormat()),
    ("NoFormat() + 1", lambda: NoFormat() + 1),
    ("1 - NoFormat()", lambda: 1 - NoFormat()),
    ("abs(NoFormat())", lambda: abs(NoFormat())),
    ("reversed(NoFormat())", lambda: reversed(NoFormat())),
    ("len(NoFormat())", lambda: len(NoFormat())),
    ("int(NoFormat())", lambda: int(NoFormat())),
    ("float(NoFormat())", lambda: float(NoFormat())),
    ("round(NoFormat())", lambda: round(NoFormat())),
    ("divmod(NoFormat(), 2)", lambda: divmod(NoFormat(), 2)),
    ("pow(NoFormat(), 2, 3)", lambda: pow(NoFormat(), 2, 3)),
    ("NoFormat() < NoFormat()", lambda: NoFormat() < NoFormat()),
    ("with NoFormat()", lambda: exec("with x: pass", {"x": NoFormat()})),
    ("async with in sync", lambda: exec("async def f():\n async with x: pass\nf().send(None)", {"x": NoFormat()})),
    ("await non-awaitable", lambda: exec("async def f():\n await 3\nf().send(None)")),
    ("a, b = [1, 2, 3]", lambda: exec("a, b = [1, 2, 3]")),
    ("a, b, c = [1]", lambda: exec("a, b, c = [1]")),
    ("a, *b, c = [1]", lambda: exec("a, *b, c = [1]")),
    ("f(**{1: 2})", lambda: (lambda **k: k)(**{1: 2})),
    ("f(*3)", lambda: print(*3)),
    ("f(**[])", lambda: print(**[])),
    ("dup kw", lambda: (lambda **k: k)(**{"a": 1}, **{"a": 2})),
]
for name, fn in cases:
    try:
        r = fn()
        print(name, "->", r)
    except Exception as e:
        print(f"{name} -> {type(e).__name__}: {e}")
class I(int): pass
print(divmod(I(7), 2), (7).__divmod__(2), divmod(7, I(2)), (7).__rdivmod__(2))
class D:
    def __divmod__(self, o): return ("D", o)
    def __rdivmod__(self, o): return ("rD", o)
print(divmod(D(), 1), divmod(1, D()))
class F:
    def __floordiv__(self, o): return 1
    def __mod__(self, o): return 2
try: print(divmod(F(), 1))
except TypeError as e: print(e)
class ND(D):
    def __divmod__(self, o): return NotImplemented
try: print(divmod(ND(), 5))
except TypeError as e: print(e)
try: print(divmod(D, 5))
except TypeError as e: print(e)
class P:
    def __pow__(self, e, m=None): return ("P", e, m)
    def __rpow__(self, b, m=None): return ("rP", b, m)
for args in [(2, 2, 3.0), (2.0, 2, 3), (2, 2.0, 3), ("a", 2, 3), (P(), 2, 3), (2, P(), 3), (2, 3, P()), (None, 1, 1), (2, 3, "x")]:
    try: print(pow(*args))
    except TypeError as e: print(e)
class N: pass
for code in ["del x[0]", "x.__delitem__(0)"]:
    for x in [N(), type.__dict__, (1,), "s", 3]:
        try:
            exec(code, {"x": x})
        except Exception as e:
            print(code, type(x).__name__, e)
