import json, io, decimal, datetime, dataclasses, enum
doc = {"name": "Zoë 😀", "n": [1, 2.0, -0.0, 1e20, 1.5e-7, 10**30], "ok": True, "none": None, "nested": {"z": [], "a": {}}, "t": (1, 2)}
print(json.dumps(doc))
print(json.dumps(doc, ensure_ascii=False, sort_keys=True))
print(json.dumps(doc, indent="\t", sort_keys=True)[:80])
print(json.dumps(doc["nested"], indent=2, separators=(",", ": ")), json.dumps([[]], indent=0), json.dumps({}, indent=2), json.dumps([1, [2, [3]]], indent=1))
print(json.dumps("\u2028\x00\x1f\"\\/"), json.dumps(float("nan")), json.loads("NaN"), json.loads("-Infinity"), json.loads('"\\ud83d\\ude00"'))
print(json.loads("[1.0, 1e2, -0, 12345678901234567890]"), json.loads("3.14", parse_float=decimal.Decimal), json.loads("7", parse_int=str), json.loads("[NaN]", parse_constant=lambda c: c))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"a": 1, "a": 2}', object_pairs_hook=lambda p: p), json.loads(' \n {"x" : [ ] } \n'), json.loads(b'{"b": 1}'), json.loads('"\\u00e9"'))
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
def hook(d):
    return Pt(d["x"], d["y"]) if d.keys() == {"x", "y"} else d
pts = json.loads('[{"x": 1, "y": 2}, {"x": 3, "y": 4, "z": 0}]', object_hook=hook)
print(type(pts[0]).__name__, pts[0].x, pts[1])
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (datetime.date, datetime.datetime)):
            return o.isoformat()
        if isinstance(o, decimal.Decimal):
            return str(o)
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"d": datetime.date(2024, 5, 1), "m": decimal.Decimal("1.10"), "s": {3, 1}}, cls=Enc))
print(list(Enc(indent=None).iterencode({"a": [1, 2]})), json.dumps({"x": datetime.datetime(2024, 1, 2, 3, 4)}, default=str))
try:
    json.dumps({"x": object()})
except TypeError as e:
    print(str(e).split(" at ")[0])
a = []; a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print(e)
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print(e)
print(json.dumps({1: "a", None: "b", 1.5: "c", True: "d"}), json.dumps({"a": 1}, skipkeys=True), json.dumps({(1,): 2}, skipkeys=True))
for bad in ['{"a": 1', '{"a" 1}', "[1,]", '{"a":1,}', "tru", '"\\x"', '"abc', "01", "[1 2]", "{'a': 1}", '{"a": 1}}', "\n\n  [\n  1,\n  oops]", '"\t"', "", "   "]:
    try:
        json.loads(bad)
        print("ok", repr(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.lineno, e.colno, e.pos)
buf = io.StringIO(); json.dump({"k": [1, 2]}, buf, indent=2); buf.seek(0); print(json.load(buf), repr(buf.getvalue()))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode("[1, 2]xyz"))
try:
    dec.raw_decode("  [1]")
except json.JSONDecodeError as e:
    print(e)
@dataclasses.dataclass
class Rec:
    id: int
    tags: list
    when: str = "2024-01-01"
recs = [Rec(1, ["a"]), Rec(2, [])]
s = json.dumps([dataclasses.asdict(r) for r in recs], indent=2)
back = [Rec(**d) for d in json.loads(s)]
print(back == recs, s.count("\n"))
class Color(enum.Enum):
    RED = "r"
print(json.dumps({"c": Color.RED.value}), json.dumps(enum.IntEnum("N", "A B").B), json.dumps(3.0), json.dumps(1/3), json.dumps(-1e-300), json.dumps(2**64), json.dumps(1e16), json.dumps(123456789.123456789))
