# Builtin functions and types called with keywords they do not take, and the arity
# messages of the positional-only ones (what a learner's typo gets back).
calls = [
    "len(obj=[1])", "abs(x=-1)", "ord(c='a')", "chr(i=65)", "hash(obj=1)", "callable(obj=len)",
    "repr(obj=1)", "ascii(obj='é')", "iter(o=[])", "next(it=iter([1]))", "divmod(x=7, y=2)",
    "isinstance(obj=1, class_or_tuple=int)", "issubclass(cls=int, class_or_tuple=int)",
    "hex(number=255)", "bin(number=5)", "oct(number=8)", "hex()", "bin(1, 2)", "oct('7')",
    "getattr(o=1, name='real')", "setattr(o=1)", "hasattr(o=1, name='x')", "delattr(o=1)",
    "vars(o=1)", "vars(1, 2)", "dir(o=1)", "dir(1, 2)", "format(value=1)", "format(1, '', 3)",
    "next(iter([]), 1, 2)", "globals(1)", "locals(x=1)", "any(iterable=[])", "all(iterable=[])",
    "input(prompt='?')", "sorted(iterable=[3, 1])", "sorted([3, 1], reversed=True)",
    "sorted([3, 1, 2], reverse=True)", "pow(base=2, exp=10)", "pow(2, exp=5)",
    "pow(base=3, exp=4, mod=5)", "round(number=2.675, ndigits=2)", "round(number=7.5)",
    "list(iterable=[1])", "tuple(iterable=[1])", "set(iterable=[1])", "frozenset(iterable=[1])",
    "float(x='1.5')", "slice(start=1)", "map(func=str, iterable=[1])", "filter(function=None, iterable=[1])",
    "reversed(sequence=[1])", "zip([1], [2], strict=True, fill=0)", "list(zip([1, 2], 'ab', strict=True))",
    "int(x='5')", "int('ff', base=16)", "str(object=5)", "bytes(source=b'x')", "dict(a=1)",
    "enumerate(iterable='ab', start=1)", "range(stop=3)", "bool(x=1)", "complex(real=1, imag=2)",
    "max([], default=None)", "min(3, 1, key=abs)", "sum([1, 2], start=10)", "print('x', sep='', bogus=1)",
]
for src in calls:
    try:
        r = eval(src)
        if type(r).__name__ in ("map", "filter", "zip", "list_reverseiterator", "enumerate", "list_iterator"):
            r = list(r)
        print(f"{src:45} -> {r!r}")
    except Exception as e:
        print(f"{src:45} !! {type(e).__name__}: {e}")
