from itertools import *
import itertools
def show(*a):
    print(*a)
show(list(islice(count(), 5)), list(islice(count(2.5, 0.5), 3)), repr(count()), repr(count(3, 2)), repr(count(1.5)))
c = count(10); next(c); show(repr(c))
show(list(islice(cycle("abc"), 8)), list(cycle([])), list(repeat(7, 3)), repr(repeat("x", 2)), repr(repeat(1)), list(repeat(1, -2)))
show(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=10)), list(accumulate([3, 1, 5, 2], max)), list(accumulate([])), list(accumulate([], initial=0)))
show(list(batched("abcdefg", 3)), list(batched([], 2)))
show(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])))
show(list(compress("abcdef", [1, 0, 1, 0, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
show(list(filterfalse(None, [0, 1, "", "a"])), list(filterfalse(lambda x: x % 2, range(6))), list(starmap(pow, [(2, 3), (3, 2)])))
show(list(pairwise("abcd")), list(pairwise("a")))
for args in [(5,), (2, 6), (1, 9, 3), (None,), (3, None), (0, None, 4), (5, 2)]:
    show(args, list(islice(range(12), *args)))
it = iter(range(10)); show(list(islice(it, 2, 5)), next(it))
it = iter(range(10)); sl = islice(it, 0, 6, 4); show(list(sl), next(it))
for bad in [(-1,), ("a",), (1, -2), (1, 2, 0), (1, 2, "x")]:
    try:
        islice([], *bad)
    except ValueError as e:
        show("ValueError", e)
show(list(zip_longest("abc", [1], fillvalue="-")), list(zip_longest()), list(zip_longest([1, 2])))
show(list(product("ab", range(2))), list(product([1, 2], repeat=2)), list(product()), list(product([], [1])))
show(list(permutations("abc")), list(permutations(range(3), 2)), list(permutations("ab", 3)), list(permutations([], 0)))
show(list(combinations("abcd", 2)), list(combinations(range(3), 0)), list(combinations("ab", 3)))
show(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement("", 2)), list(combinations_with_replacement("", 0)))
show([(k, list(g)) for k, g in groupby("aaabbcaa")], [(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
gs = list(groupby("aabbc")); show([(k, list(g)) for k, g in gs])
g = groupby("aaabbb"); k1, g1 = next(g); show(k1, next(g1)); k2, g2 = next(g); show(k2, list(g2), list(g1))
a, b = tee(iter(range(5))); show(next(a), next(a), list(b), list(a))
a, b, c2 = tee("xyz", 3); show(list(a), list(b), list(c2), tee([], 0))
x, = tee([1]); y, z = tee(x); show(list(y), list(z))
for bad in (lambda: batched("a", 0), lambda: permutations("a", -1), lambda: combinations("a", -1), lambda: product("a", repeat=-1), lambda: tee([], -1)):
    try:
        bad()
    except ValueError as e:
        show("ValueError", e)
show(type(chain()).__name__, isinstance(chain(), chain), type(groupby("")).__module__, sorted(n for n in dir(itertools) if not n.startswith("_")))
