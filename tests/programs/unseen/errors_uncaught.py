"""Common mistakes caught one by one, then an uncaught one ends the program."""


def show(fn):
    try:
        fn()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3


show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [1, 2] + (3,))
show(lambda: int("12.5"))
show(lambda: float("abc"))
show(lambda: {"a": 1}["b"])
show(lambda: [1, 2, 3][10])
show(lambda: (1, 2)[5])
show(lambda: "abc"[7])
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 5 % 0)
show(lambda: 2.0 / 0)
show(lambda: Config().timout)
show(lambda: "abc".uper())
show(lambda: None.foo)
show(lambda: undefined_name)
show(lambda: len(5))
show(lambda: abs("x"))
show(lambda: int(None))
show(lambda: [].pop())
show(lambda: {}.popitem())
show(lambda: [1, 2].index(9))
show(lambda: "abc".index("z"))
show(lambda: set().pop())
show(lambda: next(iter([])))
show(lambda: int("zz", 16))
show(lambda: chr(-1))
show(lambda: ord("ab"))
show(lambda: (1, 2) < ("a", "b"))
show(lambda: sorted([1, "a"]))
show(lambda: max([]))
show(lambda: "x" * 2.5)
show(lambda: [1, 2, 3]["1"])
show(lambda: {[1]: 2})
show(lambda: hash([]))
show(lambda: Config()())
show(lambda: Config(1))
show(lambda: print(end=3))
show(lambda: divmod(1, 0))
show(lambda: 10 ** -1 % 0)
show(lambda: round("1.5"))
show(lambda: "{} {}".format(1))
show(lambda: "{x}".format(y=1))
show(lambda: "%d" % "s")
show(lambda: "%s %s" % (1,))
show(lambda: list(zip([1], [2], strict=True)) and list(zip([1, 2], [3], strict=True)))
show(lambda: dict([(1, 2, 3)]))
show(lambda: a.b)  # noqa
show(lambda: int.bit_lenght)


def counter():
    total = 0

    def inc():
        total += 1
        return total
    return inc()


show(counter)


def process(records):
    out = {}
    for r in records:
        out[r["name"]] = r["score"] * 2
    return out


print(process([{"name": "a", "score": 1}]))
print(process([{"name": "a", "score": 1}, {"name": "b", "scor": 2}]))
print("not reached")
