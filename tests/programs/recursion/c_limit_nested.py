# Deeply nested containers: CPython 3.12's C code recursing on them (repr, comparison, json,
# isinstance with nested tuples) stops with RecursionError at its C recursion limit (1500
# units), never crashes; the largest depth that works is printed for each.
import json


def nest(n, mk=lambda x: [x]):
    x = 0
    for i in range(n):
        x = mk(x)
    return x


def run(name, f):
    try:
        r = f()
        print(name, "ok", r)
    except RecursionError as e:
        print(name, "RecursionError:", e)


def largest(f, mk=lambda x: [x]):
    lo, hi = 0, 2000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            f(nest(mid, mk))
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo


big = nest(100000)
big2 = nest(100000)
run("repr", lambda: len(repr(big)))
run("str", lambda: len(str(big)))
run("print", lambda: print(big))
run("==", lambda: big == big2)
run("<", lambda: big < big2)
run("in", lambda: big in [big2])
run("same object ==", lambda: big == big)
run("hash of nested tuples", lambda: hash(nest(100000, lambda x: (x,))) == hash(nest(100000, lambda x: (x,))))
run("dict repr", lambda: len(repr(nest(100000, lambda x: {"k": x}))))
run("dict ==", lambda: nest(100000, lambda x: {1: x}) == nest(100000, lambda x: {1: x}))
run("json.dumps", lambda: json.dumps(big))
run("json.loads", lambda: json.loads("[" * 100000 + "]" * 100000))
run("isinstance", lambda: isinstance(1, nest(100000, lambda x: (x,))))
run("issubclass", lambda: issubclass(int, nest(100000, lambda x: (x,))))
run("f-string", lambda: len(f"{big}"))

print("largest repr(list)", largest(repr))
print("largest repr(tuple)", largest(repr, lambda x: (x,)))
print("largest repr(dict)", largest(repr, lambda x: {1: x}))
print("largest ==", largest(lambda x: x == nest(3000)))
print("largest json.dumps", largest(json.dumps))
print("largest json.dumps(dict)", largest(json.dumps, lambda x: {"a": x}))
print("largest json.loads", largest(lambda x: json.loads(json.dumps(x, check_circular=False))))
print("largest f-string", largest(lambda x: f"{x}"))
print("largest str.format", largest(lambda x: "{}".format(x)))
