# modules: abc _collections_abc collections.abc keyword operator collections
import string
from string import Template, Formatter
for n in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits", "punctuation", "printable", "whitespace"]:
    print(n, repr(getattr(string, n)))
print(string.capwords("  hello   wORLD  foo "), string.capwords("a-b-c", "-"), string.__all__)
t = Template("$who likes $what, $$5, ${who}s; $_x1 ${_y}")
d = dict(who="tim", what="kung pao", _x1="X", _y="Y")
print(t.substitute(d), t.substitute(d, who="bob"), t.get_identifiers(), t.is_valid())
print(Template("$a $b $ c ${d").safe_substitute(a=1), Template("$a $b").safe_substitute({"b": 2}))
for tpl, kw in [("$who is $", {"who": 1}), ("line1\n  $ bad", {}), ("$missing", {}), ("${1x}", {}), ("$", {})]:
    try:
        print(Template(tpl).substitute(**kw))
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(Template("$a $").is_valid(), Template("été $x").substitute(x="ok"), Template("$été").safe_substitute())
class Pct(Template):
    delimiter = "%"
print(Pct("%x is %% and %{y}").substitute(x=1, y=2))
class Dotted(Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"
print(Dotted("$a.b and $c").safe_substitute({"a.b": 1}))
f = Formatter()
print(f.format("{0} {1!r} {x:>5} {y[0]} {z.real} {{lit}} {0:{w}}", "A", "B", x=3, y=[9], z=2j, w=4))
print(f.format("{} and {}", 1, 2), f.format("{:{}}", "a", 3), f.format("{!s:^7}", "mid"))
print(list(f.parse("a{0}b{1:x}c{2!r}{{d}}e{x.y[1]!s:>3}")), list(f.parse("")), list(f.parse("}}{{")))
for bad in ["{", "}", "{0", "{0!}", "{0!rx}", "{a.}", "{a[}", "{0}{}", "{}{0}", "{a[0]x}", "{!z}"]:
    try:
        print(bad, f.format(bad, 1, 2, a=[1]))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(bad, type(e).__name__, e)
class Upper(Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()
print(Upper().format("{} {x}", "abc", x="def"))
