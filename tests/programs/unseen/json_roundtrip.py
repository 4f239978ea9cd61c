"""json dumps/loads with indentation, sort_keys, custom encoders and decode errors."""
import json
from datetime import date


data = {
    "name": "Widget \u00e9\u4e2d",
    "tags": ["a", "b"],
    "price": 9.99,
    "count": 3,
    "active": True,
    "parent": None,
    "dims": {"w": 1.5, "h": 2, "nested": [[], {}, [1, [2, [3]]]]},
    "big": 10 ** 20,
    "ratio": 1e-7,
}
s = json.dumps(data)
print(s)
print(json.dumps(data, ensure_ascii=False, sort_keys=True))
print(json.dumps(data, indent=2)[:200])
print(json.dumps([1, 2, {"a": []}], indent="\t"))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
back = json.loads(s)
print(back == data, back["name"], type(back["big"]).__name__)
print(json.loads('{"x": [1, 2.5, "s", null, true, false], "y": {"z": -0.0}}'))
print(json.loads("[1e3, -2, 3.25E-2, \"\\u0041\\n\"]"))
print(json.dumps((1, 2)), json.dumps("quote\"back\\slash\ttab"), json.dumps(float("inf")), json.dumps({1: 2, None: 3, 2.5: 4}))


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return o.isoformat()
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({"when": date(2024, 2, 29), "ids": {3, 1, 2}}, cls=Encoder))
print(json.dumps({"d": date(2020, 1, 1)}, default=str))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "nul", '{"a" 1}', "[1] x"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, e.lineno, e.colno, e.pos)
print(json.loads('{"a": 1, "a": 2}'), json.loads("3.0"), json.loads('"\\ud83d\\ude00"'))
print(json.loads('{"n": 1.5}', parse_float=lambda x: "F" + x), json.loads('[1]', parse_int=float))
pairs = json.loads('{"b": 1, "a": 2}', object_pairs_hook=list)
print(pairs)
print(json.dumps({"z": 1, "a": {"y": 2, "b": 3}}, sort_keys=True, indent=1))
