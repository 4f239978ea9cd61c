# (lone surrogates are left out: pydive's str cannot hold them)
# json's observable contract: chunking of iterencode, separators/indent, key coercion, errors
# with their positions, hooks, bytes input and encoding detection, JSONDecodeError fields.
import json
from json import encoder, decoder
from collections import OrderedDict
import enum

class Color(enum.IntEnum):
    RED = 1

class F(float):
    def __repr__(self):
        return "F!"

print(list(json.JSONEncoder().iterencode([1, "a", [2, {}], {"k": [None]}, []])))
print(list(json.JSONEncoder(indent=2).iterencode({"a": [1, 2], "b": {}})))
print(list(json.JSONEncoder().iterencode({"x": True, "y": False, "z": 1.5})))
print(json.dumps({"a": [1, {"b": 2}]}, indent=0))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps({"a": 1}, indent=3, separators=(" ,", " = ")))
print(json.dumps([Color.RED, F(2.5), True, None], sort_keys=True))
print(json.dumps({Color.RED: 1, 2.5: 2, True: 3, None: 4, 7: 5}))
print(json.dumps({(1, 2): 1, "ok": 2}, skipkeys=True))
for bad in ({(1, 2): 1}, {b"x": 1}):
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
for v in (float("nan"), float("inf"), -float("inf")):
    print(json.dumps(v), json.dumps([v]), json.dumps({v: v}))
    try:
        json.dumps([v], allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
a = []
a.append(a)
d = {}
d["d"] = d
for o in (a, d):
    try:
        json.dumps(o)
    except ValueError as e:
        print("ValueError:", e)
    try:
        json.dumps(o, check_circular=False)
    except RecursionError:
        print("RecursionError")
class Thing:
    pass
t = Thing()
print(json.dumps([t, t], default=lambda o: "thing"))
class Loop(json.JSONEncoder):
    def default(self, o):
        return [o]
try:
    Loop().encode(t)
except ValueError as e:
    print("ValueError:", e)
class SetEnc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(SetEnc().encode({"s": {3, 1, 2}}), SetEnc(indent=1).encode({"s": {1}}))
try:
    SetEnc().encode(frozenset())
except TypeError as e:
    print("TypeError:", e)
print(json.dumps("\x00\x1f\x7f\u2028 é \U0001F600 \\ \" / \b\f\n\r\t"))
print(json.dumps("\x00\x1f\x7f\u2028 é \U0001F600", ensure_ascii=False))
print(encoder.encode_basestring("a\"b\n"), encoder.encode_basestring_ascii("é\u0100"))
print(encoder.py_encode_basestring_ascii("\U00010000"), encoder.py_encode_basestring("x"))
print(json.dumps(("t", "u")), json.dumps([]), json.dumps({}), json.dumps(""), json.dumps(-0.0), json.dumps(10**30))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True))
try:
    json.dumps({1: 1, "a": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
e = json.JSONEncoder()
print(e.item_separator, e.key_separator, e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan, e.sort_keys, e.indent)
e = json.JSONEncoder(indent=4)
print(repr(e.item_separator), repr(e.key_separator))
print(json.JSONEncoder.item_separator, json.JSONEncoder.key_separator)
try:
    json.JSONEncoder(None)
except TypeError as e:
    print("TypeError:", e)
import io
buf = io.StringIO()
json.dump({"a": [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf = io.StringIO()
json.dump([1, "x"], buf)
print(buf.getvalue())

# decoding
print(json.loads(' {"a" : [1, 2.0, -3e2, 0, -0, 1E+2, 2e-1], "b": {}, "c": []} '))
print(json.loads('"\\ud83d\\ude00 \\u00e9 \\/ \\" \\\\ \\b\\f\\n\\r\\t"'))
print(json.loads('[NaN, Infinity, -Infinity]'), json.loads('-0'), json.loads('0.5'), json.loads('1e400'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1}', object_hook=dict, object_pairs_hook=OrderedDict))
print(json.loads('[1.5, 2, "NaN", NaN]', parse_float=str, parse_int=float, parse_constant=lambda c: "const " + c))
print(json.loads(b'{"a": "\xc3\xa9"}'), json.loads(bytearray(b'[1]')))
# (pydive has no utf-16/32 codecs yet: detect_encoding is checked, utf-8 is decoded)
for b in (b'\xef\xbb\xbf{}', b'\xff\xfe{\x00', b'\xfe\xff\x00{', b'\xff\xfe\x00\x00{\x00\x00\x00', b'\x00\x00\xfe\xff',
          b'\x00{\x00}', b'{\x00}\x00', b'\x00\x00\x00{', b'{\x00\x00\x00', b'\x001', b'1\x00', b'1', b'', b'12', b'{}\x00\x00'):
    print(json.detect_encoding(b), end=" ")
print()
print(json.loads('"x"\n  '), json.loads("\t[\n1\r]"))
print(json.loads('"a\tb"', strict=False), json.JSONDecoder(strict=False).decode('["\n"]'))
print(json.JSONDecoder().raw_decode('[1, 2] trailing'), json.JSONDecoder().raw_decode('  x {"a": 1}x', 4))
bad_docs = ['', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a" 1}', '{"a":1,}',
            '{"a":1 "b":2}', '{1: 2}', '"abc', '"\\', '"\\x"', '"\\u12"', '"\\u12zz"', '"a\nb"',
            '[1]x', '[1] [2]', 'nul', 'tru', '-', '--1', '01', '1.', '.5', '1e', 'NaNx', '\ufeff[]',
            '{"a": 1}\n\n  }', 'infinity', '[-Infinity, -inf]', '"\\ud800\\u12"', '\n\n "\\q"']
for doc in bad_docs:
    try:
        print(repr(doc), "->", json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "JSONDecodeError:", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == doc)
for x in (None, 1, [1]):
    try:
        json.loads(x)
    except TypeError as e:
        print("TypeError:", e)
err = json.JSONDecodeError("Boom", "ab\ncd", 4)
print(err, err.args, err.msg, err.pos, err.lineno, err.colno, isinstance(err, ValueError))
print(err.__reduce__()[1], type(err).__name__, json.JSONDecodeError.__module__, json.JSONDecodeError.__mro__[1].__name__)
cls, args = err.__reduce__()
e2 = cls(*args)
print(e2, e2.pos)
print(json.loads(' 7 '), json.load(io.StringIO('[{"z": null}]')))
d = json.JSONDecoder()
print(d.object_hook, d.parse_float is float, d.parse_int is int, d.strict, d.object_pairs_hook, d.parse_constant('NaN'))
print(decoder.scanstring('"abc" rest', 1), decoder.scanstring('x"\\n\\u0041"', 2))
try:
    decoder.scanstring('"abc', 1)
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
print(sorted(json.__all__), json.__version__)
print(json.dumps(json.loads('{"deep": [[[[[{"x": [1, {"y": []}]}]]]]]}'), indent=1))
big = {"list": list(range(5)), "str": "s" * 3, "nested": [{"i": i, "sq": [i] * i} for i in range(3)]}
print(json.loads(json.dumps(big)) == big, json.loads(json.dumps(big, indent=2)) == big)
# long runs: whitespace, digits and plain string text longer than the decoder's windows
print(json.loads(" " * 150 + "[" + "\n" * 70 + "1" + "\t" * 80 + "]" + " " * 100))
big = "1" * 100
print(json.loads(big) == int(big), json.loads("-" + big + "." + "5" * 80 + "e-7" + "0" * 70), json.loads("[" + big + "0.25]"))
print(json.loads('"' + "x" * 200 + '\\n' + "y" * 100 + '"') == "x" * 200 + "\n" + "y" * 100)
for doc in ('"' + "a" * 100 + "\x01" + '"', '"' + "b" * 70 + '\\', '[' + " " * 90 + ']]', "[1" + "0" * 90 + "x]"):
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)
