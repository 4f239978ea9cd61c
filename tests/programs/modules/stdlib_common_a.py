# common uses of string, copy, keyword, textwrap, json, re, itertools, functools, operator, warnings, time, builtins
import string, copy, keyword, textwrap, json, re, time, itertools, functools, operator, warnings, builtins
print(string.ascii_letters[:5], string.digits, string.punctuation[:5], string.capwords("hello world"))
t = string.Template("$who likes ${what}"); print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
print(string.Formatter().format("{0}-{1:>3}", "a", 7))
a = {"x": [1, 2, {"y": 3}]}; b = copy.deepcopy(a); b["x"][2]["y"] = 4; print(a, b, copy.copy([1, [2]]))
print(keyword.iskeyword("for"), keyword.iskeyword("foo"), len(keyword.kwlist) > 30, keyword.softkwlist)
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 2, width=30))
print(textwrap.dedent("   a\n   b"), textwrap.shorten("Hello  world, this is long", width=15), textwrap.indent("a\nb", "> "))
s = json.dumps({"b": [1, 2.5, None, True], "a": "é"}, sort_keys=True, indent=2); print(s); print(json.loads(s), json.dumps("é", ensure_ascii=False))
print(json.dumps([1, {"a": (1, 2)}], separators=(",", ":")), json.loads('{"x": 1e3, "y": [null, false]}'))
m = re.match(r"(\w+)@(\w+)\.com", "joe@example.com"); print(m.groups(), m.group(1), m.span(), re.sub(r"\d+", "#", "a1b22c333"))
print(re.findall(r"[aeiou]", "education"), re.split(r"[,;]\s*", "a, b;c"), re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)").search("on 2024-05").groupdict())
print(list(itertools.accumulate([1, 2, 3])), list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:3])
print(list(itertools.combinations("abcd", 2)), list(itertools.groupby("aabbbc")) and [(k, len(list(g))) for k, g in itertools.groupby("aabbbc")])
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.pairwise([1, 2, 3])))
print(list(itertools.batched(range(7), 3)), list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(functools.reduce(operator.add, [1, 2, 3]), functools.partial(int, base=2)("101"), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.lru_cache(maxsize=2)
def sq(x): return x * x
print(sq(2), sq(2), sq.cache_info())
@functools.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) >= V(2))
class C:
    @functools.cached_property
    def p(self): print("computing"); return 42
c = C(); print(c.p, c.p)
@functools.singledispatch
def f(x): return "obj"
@f.register
def _(x: int): return "int"
print(f(1), f("s"), f.registry.keys() and sorted(t.__name__ for t in f.registry))
print(operator.itemgetter(1, 0)([5, 6]), operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", ",")("a,b"))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("careful", DeprecationWarning)
    print(len(w), w[0].category.__name__, str(w[0].message))
print(isinstance(time.time(), float), time.monotonic() > 0, type(time.perf_counter_ns()).__name__)
print(builtins.len("abc"), builtins.__name__, hasattr(builtins, "print"))
