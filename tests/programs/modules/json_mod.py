import json
data = {"name": "pydive", "version": [0, 1], "nested": {"ok": True, "none": None, "pi": 3.14}, "uni": "é"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
back = json.loads(s)
print(back == data, back["nested"], type(back["version"]).__name__)
print(json.loads('[1, 2.5, "x", null, true, {"a": [ ]}]'), json.loads("1e3"), json.loads('"\\u00e9\\n"'))
print(json.dumps([1.0, 1e20, float("inf")]), json.dumps("quote\"and\\"), json.dumps((1, 2)), json.dumps({1: "int key"}))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps(data, default=str)[:20])
