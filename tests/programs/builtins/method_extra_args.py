# Every public method of the core builtin types called with one argument too many and with
# an unknown keyword: CPython's TypeError (type and message) must come out, never a result.
SAMPLES = [
    ('abc', str), (b'abc', bytes), (bytearray(b'abc'), bytearray), ([1, 2], list),
    ({1: 2}, dict), ({1, 2}, set), ((1, 2), tuple), (5, int), (2.5, float),
]
# enough arguments to reach the arity check for methods that need some
FILL = 6


def attempt(f, *args, **kw):
    try:
        r = f(*args, **kw)
        return 'ok ' + type(r).__name__
    except Exception as e:
        return f'{type(e).__name__}: {e}'


for obj, tp in SAMPLES:
    for name in sorted(n for n in dir(tp) if not n.startswith('_')):
        meth = getattr(tp, name)
        if not callable(meth):
            continue
        # the first count of arguments that gives "too many": try 0..FILL extra ones
        results = []
        for n in range(FILL):
            fresh = obj.copy() if hasattr(obj, 'copy') else obj
            results.append(attempt(getattr(tp, name), fresh, *([1] * n)))
        fresh = obj.copy() if hasattr(obj, 'copy') else obj
        kw = attempt(getattr(tp, name), fresh, zzz=1)
        print(f'{tp.__name__}.{name}:')
        for n, r in enumerate(results):
            print(f'  {n}: {r}')
        print(f'  kw: {kw}')

# the probe's examples
for src in ["'abc'.lower(1)", "str(1, 2)", "'a'.replace('a', 'b', count=1)",
            "'a b'.split(' ', 1, 2)", "[].append()", "'a'.split(x=1)", "'a'.lower(x=1)",
            "'a'.startswith(x=1)", "str.lower('a', 1)", "list.append([], 1, 2)",
            "(1, 2, 1).index(1, 1)", "(1, 2, 3).index(3, 0, 2)", "[1, 2, 3].index(3, -2, -1)",
            "[1, 2, 3].index(3, -2)", "[1, 2, 3].index(1, -10, 10**30)",
            "type('S', (str,), {})('x').lower(1)", "dict.fromkeys([1], 2, 3)",
            "bytes.fromhex('ab', 1)", "int.from_bytes(b'a', 'big', zzz=1)"]:
    print(src, '->', attempt(eval, src))
