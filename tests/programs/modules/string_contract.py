# string's contract: constants, capwords, Formatter (and its hooks), Template.
import string
for name in ("whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits", "hexdigits",
             "octdigits", "punctuation", "printable"):
    print(name, repr(getattr(string, name)))
print(sorted(string.__all__))
print(string.capwords("  hello   wORLD  again "), string.capwords("a-b-c", "-"), string.capwords(""), string.capwords("x,,y", ","))
f = string.Formatter()
print(f.format("{} {} {!r} {x:>{w}} {y.real} {{lit}}", "a", [1, 2], "r", x="X", w=4, y=3), f.format("{0[1]} {1}", [1, 2], "b"),
      f.format("{0}{1}{0}", "ab", "cd"), f.format("{:{}}|", "z", 3), f.format("{a!s:^7}|{b!a}", a=1.5, b="é"))
print(list(f.parse("x{0!r:>3}y{}z{{}}")), list(f.parse("")), list(f.parse("}}{{")))
for bad in [("{} {0}", 1), ("{0} {}", 1), ("{0!x}", 1), ("{", 1), ("}", 1), ("{0", 1), ("{:{:{:{}}}}", 1, 2, 3, 4),
            ("{0[}", 1), ("{z}",), ("{2}", 1), ("{0.}", 1)]:
    try:
        print(f.format(*bad))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(range(len(args))) | set(kwargs)
        print("used", sorted(map(str, used)), "extra", sorted(map(str, extra - used)))
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)
    def format_field(self, value, spec):
        return "[" + super().format_field(value, spec) + "]"
print(Strict().format("{0} {name} {missing!u} {1:>3}", "a", 7, name="n", other=1))
print(f.vformat("{0}-{k}", ("p",), {"k": "q"}), f.get_field("0.real", (5,), {}), f.get_value("k", (), {"k": 1}),
      f.convert_field("x", "r"), f.convert_field(1, None), f.format_field(3.14159, ".2f"))

T = string.Template
t = T("$who likes ${what}; $$ is money; $who again")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}, who="kw"),
      t.safe_substitute(who="x"), t.get_identifiers(), t.is_valid(), t.template)
for tmpl, kw in (("$who", {}), ("bad $ here", {}), ("line1\nline2 $", {}), ("${bad", {"bad": 1}), ("$1", {})):
    try:
        print(T(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(T(tmpl).safe_substitute(**kw), T(tmpl).is_valid(), T(tmpl).get_identifiers())
print(T("$é $_a ${b1} $x.y").safe_substitute(_a=1, b1=2, x=3))
class Pct(T):
    delimiter = "%"
class Brace(T):
    braceidpattern = r"[a-z]+\.[a-z]+"
class Upper(T):
    idpattern = r"[A-Z]+"
    flags = 0
print(Pct("%who costs %%5 %{x}").substitute(who="it", x="y"), Brace("${a.b} $c").substitute({"a.b": 1, "c": 2}),
      Upper("$AB $cd").safe_substitute(AB=1, cd=2), Pct.pattern.pattern.count("%"))
class Custom(T):
    pattern = r"""@(?:(?P<escaped>@)|(?P<named>\w+)|\{(?P<braced>\w+)\}|(?P<invalid>))"""
print(Custom("@a @@ @{b}").substitute(a=1, b=2), Custom("@ x").safe_substitute(), Custom("@a").get_identifiers())
