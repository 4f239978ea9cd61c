sq = lambda x: x * x
print(sq(5), (lambda: "no args")(), (lambda *a: sum(a))(1, 2, 3), (lambda a, b=10: a + b)(1))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda x: x + 1, [1, 2])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3), sq.__name__, sq.__qualname__, (lambda: 0).__code__.co_name)
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
print((lambda x: (lambda y: x + y))(1)(2), (lambda: (yield 1))().__next__())
cond = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
print(cond(1), cond(-1), cond(0))
