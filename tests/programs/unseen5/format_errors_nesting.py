# str.format errors and nesting (the spec nested twice is refused), a string.Formatter subclass,
# format() with a spec the type does not take.
import string
for fmt, args, kw in [("{", (), {}), ("}", (), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{1}", (1,), {}), ("{x}", (), {}), ("{0.real.imag.zz}", (1,), {}), ("{0[5]}", ([1],), {}), ("{0[a]}", ({"a": 1},), {}), ("{0:{1}}", (1,), {}), ("{!r}", (1,), {}), ("{0!x}", (1,), {}), ("{0:%Y}", (1,), {}), ("{:{:{}}}", (1, 2, 3), {}), ("{a.b}", (), {"a": 1}), ("{0[0]:>{1}}", ("ab", 5), {}), ("{0!s:^7}|{0!r:^7}", ("x",), {}), ("{:-^20}", ("mid",), {}), ("{0:}", (None,), {}), ("{0:d}", (None,), {}), ("{:,}", ("s",), {}), ("{:_}", (1.5,), {}), ("{:,.2%}", (1234.5,), {}), ("{0]}", (1,), {}), ("{0:{1}{2}}", (3, "<", 4), {})]:
    try: print(repr(fmt), "->", repr(fmt.format(*args, **kw)))
    except Exception as e: print(repr(fmt), "->", type(e).__name__, e)
class F(string.Formatter):
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, f"<{key}?>") if isinstance(key, str) else super().get_value(key, args, kwargs)
    def format_field(self, v, spec): return super().format_field(v, spec).upper()
print(F().format("{name} is {age} {0}", "pos", name="ann"), F().vformat("{x!r}", (), {"x": "q"}))
try: "{missing}".format_map({})
except KeyError as e: print("KeyError", e)
for v in (1, 1.5, "s", 2j, True):
    for spec in ("%Y", "5x5", "10.2.2f", "..2", ",s", "=5"):
        try:
            print(repr(v), repr(spec), repr(format(v, spec)))
        except ValueError as e:
            print(repr(v), repr(spec), "ValueError:", e)
