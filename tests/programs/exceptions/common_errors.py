# messages of the TypeErrors/ValueErrors/AttributeErrors/NameErrors typical programs hit
def f(a, b=1, *, c): pass
class K:
    def m(self, x): pass
cases = [
    lambda: f(), lambda: f(1, 2, 3), lambda: f(1, c=1, d=2), lambda: f(1, a=2, c=3), lambda: K().m(), lambda: K().m(1, 2),
    lambda: len(5), lambda: len(), lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (), lambda: 1 < "a", lambda: [] < {},
    lambda: None(), lambda: 5(), lambda: "abc"(), lambda: iter(5), lambda: next([]), lambda: next(iter([])),
    lambda: None.x, lambda: (1).foo, lambda: K().nope, lambda: K.nope, lambda: undefined_name,
    lambda: int([]), lambda: float([]), lambda: list(5), lambda: dict(5), lambda: tuple(None), lambda: set(1),
    lambda: "abc"[5], lambda: "abc"["x"], lambda: [1][None], lambda: {}[[]], lambda: (1, 2)[1.0],
    lambda: sorted([1, None]), lambda: max([]), lambda: min(1), lambda: sum(["a", "b"]), lambda: sum([1], "s"),
    lambda: "x" * "y", lambda: [1] * 1.5, lambda: -"a", lambda: ~1.5, lambda: abs("a"), lambda: hash({}),
    lambda: int("12", 1), lambda: chr(-1), lambda: ord("ab"), lambda: range(1.5), lambda: [].index(1),
    lambda: getattr(1, "x"), lambda: setattr(1, "x", 2), lambda: delattr(K(), "zz"), lambda: isinstance(1, 1),
    lambda: issubclass(1, int), lambda: divmod("a", 1), lambda: round("a"), lambda: zip(1), lambda: map(1, 1),
    lambda: open(5.5), lambda: "a".encode("nope"), lambda: b"a".decode("nope"), lambda: int(None), lambda: str(b"x", "nope"),
    lambda: [].sort(key=1), lambda: sorted([3, 1], key=lambda x, y: 0), lambda: dict(a=1)["b"], lambda: {"a": 1}.pop("b"),
    lambda: frozenset().add, lambda: (lambda: 0)(1), lambda: (lambda x: 0)(), lambda: print(sep=1), lambda: "{}".format(), lambda: "{x}".format(),
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, "ok", type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
