# modules: json.decoder json.encoder
import json, enum, collections
data = {"b": [1, 2.5, -0.0, 1e100, 3.14159, True, False, None], "a": {"nested": "x\"y\\z\n\t\u00e9\u4e2d\U0001f600\x01"}, "n": 12345678901234567890, 3: "int key", 1.5: "float key", None: "none key", True: "bool key"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=False, ensure_ascii=False, default=str))
print(json.dumps({"z": 1, "a": [1, {"q": []}, {}], "m": []}, indent=4, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent="\t"), json.dumps([1, 2], separators=(",", ":")), json.dumps({"a": 1}, indent=0))
print(json.dumps((1, 2)), json.dumps("str"), json.dumps(None), json.dumps(float("nan")), json.dumps([float("inf"), float("-inf")]))
class C(enum.IntEnum):
    A = 7
print(json.dumps([C.A, {C.A: 1}]), json.dumps(collections.OrderedDict(b=1, a=2)), json.dumps({"k": 1.0}))
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True), json.dumps(object(), default=lambda o: "custom"))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc), Enc().encode([1]), list(json.JSONEncoder().iterencode({"a": [1, 2]})))
for bad in (lambda: json.dumps(object()), lambda: json.dumps({(1,): 2}), lambda: json.dumps(float("nan"), allow_nan=False),
            lambda: json.dumps({"x": float("inf")}, allow_nan=False), lambda: json.dumps({1: 1, "a": 2}, sort_keys=True)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
l = [1]; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
d = {}; d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print(e)
docs = ['{"a": [1, 2.5, -3e2, true, false, null, "s\\u00e9\\ud83d\\ude00\\n"], "b": {}}', ' [ ] ', '"\\/\\b\\f\\r\\t"', '-0', '0.5', '1E3', '-1.5e-3', '123456789012345678901234567890',
        'NaN', 'Infinity', '-Infinity', '{"a":1,"a":2}', '"\\ud800"', '"\\udc00\\ud800x"', '[1,\n2,\n  3]']
for doc in docs:
    print(repr(json.loads(doc)))
bads = ['', '[1,]', '{"a":1,}', '{"a" 1}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '1 2', '{1:2}', 'nul', '[', '{', '"a\nb"', '-', '01', '1.', '1e', '[1,2', '{"a":', '\ufeff[]', '"ab\\q"', '[\n1,\n2\n', '"\\u12zz"', '"x\\', 'tru', '{"a":1 "b":2}', '[1,,2]']
for doc in bads:
    try:
        print(repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, e.msg, e.pos, e.lineno, e.colno)
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)),
      json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10), json.loads('[NaN]', parse_constant=lambda c: c))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads('["a\tb"]', strict=False), json.JSONDecoder().raw_decode('[1] xyz'))
print(json.loads('"\\u00e9"'.encode("utf-16")), json.loads(bytearray(b'{"k": null}')))
try:
    json.loads(3)
except TypeError as e:
    print(e)
import io
buf = io.StringIO(); json.dump({"x": [1, 2]}, buf, indent=1); print(buf.getvalue()); buf.seek(0); print(json.load(buf))
print(json.__all__, issubclass(json.JSONDecodeError, ValueError))
