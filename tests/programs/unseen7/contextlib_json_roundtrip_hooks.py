import contextlib
import json
import io
import sys
from collections import OrderedDict
from dataclasses import dataclass, asdict
from datetime import date, datetime, timedelta
from decimal import Decimal

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        print(f"handled {e}")
    finally:
        print(f"</{name}>")

with tag("a") as a, tag("b") as b:
    print(a, b)
with tag("c"):
    raise ValueError("inside")
try:
    with tag("d"):
        raise KeyError("escapes")
except KeyError as e:
    print("escaped", e)

with contextlib.suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in "xyz"]
    stack.callback(print, "callback ran")
    print(names)

class Timer(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter timer")
        return self
    def __exit__(self, *exc):
        print("exit timer", exc[0])
        return False

@Timer()
def work():
    print("working")
work()

@contextlib.contextmanager
def bad():
    yield 1
    yield 2
try:
    with bad():
        pass
except RuntimeError as e:
    print(e)
with contextlib.nullcontext(5) as v:
    print(v)

@dataclass
class Event:
    name: str
    when: date
    cost: Decimal
    tags: list

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return {"__date__": o.isoformat()}
        if isinstance(o, Decimal):
            return {"__dec__": str(o)}
        return super().default(o)

def hook(d):
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if "__dec__" in d:
        return Decimal(d["__dec__"])
    return d

ev = Event("launch", date(2024, 3, 1), Decimal("19.99"), ["a", "b"])
s = json.dumps(asdict(ev), cls=Enc, sort_keys=True)
print(s)
back = json.loads(s, object_hook=hook)
print(back, Event(**back) == ev)
doc = {"name": "Zoë", "n": [1, 2.5, None, True, False], "nested": {"k": {"deep": []}}, "e": {}, 3: "int key"}
print(json.dumps(doc))
print(json.dumps(doc, ensure_ascii=False, indent=2, separators=(",", ": ")))
print(json.dumps([1e100, 1.0, -0.0, 10**20, float("inf")]))
print(json.loads('{"a": [1, 2, {"b": null}], "c": 1.5e3, "d": "\\u00e9\\n"}'))
print(json.loads('[1, 2]', parse_int=str), json.loads('{"b":1,"a":2}', object_pairs_hook=OrderedDict))
for bad_doc in ('{"a": }', '[1, 2', '{"a" 1}', 'nan', '"abc', '[1,]', ''):
    try:
        json.loads(bad_doc)
    except json.JSONDecodeError as e:
        print(f"{bad_doc!r}: {e} (pos {e.pos}, line {e.lineno}, col {e.colno})")
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps("\x00\x1f\u2028"), json.dumps({"a": 1}, indent="\t"))
json.dump({"z": 1, "a": [1, 2]}, sys.stdout, indent=1, sort_keys=True)
print()
