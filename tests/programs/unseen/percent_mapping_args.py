# printf-style % with a mapping: a keyed field leaves no positional argument after it
for fmt, args in [("%(a)s %s", {"a": 1}), ("%s %(a)s", {"a": 1}), ("%(a)s %(b)d", {"a": "x", "b": 2}), ("%s", {"a": 1}), ("%(a)s", {"a": 1, "b": 2}),
                  ("%(a)s %*d", {"a": 1}), ("%(a)-5s|%(a)5s|", {"a": "q"}), ("%s %s", {"a": 1}), ("%(a)s %%", {"a": 1}), ("%d", {"a": 1})]:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__, e)
