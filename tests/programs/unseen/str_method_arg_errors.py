# str method argument errors: strip/lstrip/rstrip, removeprefix/suffix, count, replace, join arity
for f in [lambda: 'a'.split(1), lambda: 'a'.rsplit(1), lambda: 'a'.lstrip(1), lambda: 'a'.rstrip(2.0), lambda: 'a'.strip(b"a"),
          lambda: 'a'.removesuffix(1), lambda: 'a'.removeprefix(None), lambda: 'a'.removesuffix(None), lambda: 'a'.count(1), lambda: 'a'.count(),
          lambda: 'a'.replace('a', 1), lambda: 'a'.replace(1, 'a'), lambda: 'a'.replace('a'), lambda: 'a'.replace(), lambda: "x".join(),
          lambda: "x".join("ab", "c"), lambda: "x".join([1]), lambda: "abc".strip(None), lambda: "abcab".removeprefix("ab"), lambda: "aXbXc".replace("X", "-", 1)]:
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError:", e)
