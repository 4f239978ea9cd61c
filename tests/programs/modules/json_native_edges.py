# json edge cases: the scanner's and encoder's results, errors (message and position) and
# hooks, as CPython's _json gives them.
import json
import math
from collections import OrderedDict, namedtuple
from decimal import Decimal
from enum import IntEnum


def err(f, *a, **k):
    try:
        r = f(*a, **k)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', repr(e.msg), e.pos, e.lineno, e.colno, '|', e)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', repr(r))


print('-- values')
for doc in ['0', '-0', '-0.0', '1.5e3', '1E+2', '1e-2', '12345678901234567890123',
            '-98765432109876543210', '3.141592653589793', '1e400', '-1e400', '2.5E-324',
            '"a\\u00e9b"', '"\\ud83d\\ude00"', '"\\/\\b\\f\\n\\r\\t\\"\\\\"',
            ' [1, 2 ,3 ] ', '{"a": {"b": [true, false, null]}}', '[]', '{}', '""',
            'NaN', 'Infinity', '-Infinity', '[1e5, 1.0e-1, 0.5]', '"\u00e9\u4e2d"',
            '{"\u00e9": "\U0001f600", "k": 1}']:
    v = json.loads(doc)
    print(repr(doc), '->', repr(v), type(v).__name__)
print(math.copysign(1, json.loads('-0.0')))

print('-- errors')
for doc in ['', ' ', 'x', '[', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a":', '{"a" 1}',
            '{"a":1,}', '{"a":1 "b":2}', '{1:2}', '"abc', '"ab\\', '"a\\x"',
            '"\\u12"', '"\\u12g4"', '"\\u1234', '"a\nb"', '"a\tb"', '[1] x', '1 2',
            'nul', 'tru', '-', '-x', '01', '1.', '1.e5', '1e', '1e+', '[-]', '.5',
            '\n\n  [1,\n  2,,]', '[\n"\u00e9\u00e9", x]', '\ufeff[1]', 'Infinit',
            '"\\ud83d\\u12zz"', '{"a":1}}', '[1, "\u00e9"] \u00e9']:
    err(json.loads, doc)
err(json.loads, '"a\nb"', strict=False)
err(json.loads, '["a\x01b", "\x1f"]', strict=False)
err(json.loads, 5)
err(json.loads, b'[1, "\xc3\xa9"]')
err(json.loads, bytearray(b'{"a": 2}'))

print('-- hooks')
print(json.loads('{"b": 1, "a": 2, "b": 3}'))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
print(json.loads('{"b": 1, "a": {"x": 2}}', object_pairs_hook=OrderedDict))
print(json.loads('[{"a": 1}, {"b": 2}]', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: ('hooked', d),
                 object_pairs_hook=lambda p: ('pairs', p)))
print(json.loads('[1.5, 2, -3.25e1]', parse_float=Decimal))
print(json.loads('[1.5, 2, -30]', parse_int=lambda s: 'int:' + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'const:' + s))
err(json.loads, '[NaN]', parse_constant=lambda s: 1 / 0)
print(json.loads('[1, 2]', parse_float=float, parse_int=int))
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'))
print(d.raw_decode('xx{"a": "\u00e9"}yy', 2))
err(d.raw_decode, '[1]', -1)
err(d.raw_decode, '[1]', 5)
err(d.scan_once, '"abc"', 0)
err(d.scan_once, '  1', 0)
print(json.decoder.scanstring('"abc\\n" rest', 1))
print(json.decoder.scanstring('"\u00e9\\u00e9" rest', 1))
err(json.decoder.scanstring, '"abc', 1)
err(json.decoder.scanstring, '"abc"', 9)
keys = json.loads('[{"key": 1}, {"key": 2}]')
print(list(keys[0])[0] is list(keys[1])[0])

print('-- nesting')
for n in (100, 1000):
    deep = []
    for _ in range(n - 1):
        deep = [deep]
    print(n, json.loads('[' * n + ']' * n) == deep, len(json.dumps(deep)))
for n in (3000, 100000):
    err(json.loads, '[' * n + ']' * n)
    err(json.loads, '{"a":' * n + '1' + '}' * n)
    deep = []
    for _ in range(n):
        deep = [deep]
    err(json.dumps, deep)

print('-- dumps')
print(json.dumps([1, 2.5, -0.0, 1e16, 1.0, True, False, None, 'x', (1, 2)]))
print(json.dumps({'b': 1, 'a': [1, {'c': None}]}, sort_keys=True))
print(json.dumps({'b': 1, 'a': [1, {'c': None}], 'e': [], 'f': {}}, indent=2))
print(json.dumps({'b': 1, 'a': [1, {'c': None}]}, indent='\t', sort_keys=True))
print(json.dumps([1, [2, [3]]], indent=0))
print(json.dumps([1, {'a': 2}], separators=(',', ':')))
print(json.dumps({'a': 1, 'b': 2}, separators=(' ; ', ' = '), indent=1))
print(json.dumps('\u00e9\u4e2d\U0001f600\x7f\x00\x1f"\\\n'))
print(json.dumps(['\u00e9\u4e2d\U0001f600\x7f\x00\x1f"\\\n'], ensure_ascii=False))
print(json.dumps({1: 'int', 2.5: 'float', True: 't', False: 'f', None: 'n', 10**20: 'big'}))
print(json.dumps({float('inf'): 1, float('nan'): 2}))
err(json.dumps, {(1, 2): 3})
print(json.dumps({(1, 2): 3, 'k': 4}, skipkeys=True))
err(json.dumps, {'b': 1, 2: 3}, sort_keys=True)
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
err(json.dumps, [1.0, float('nan')], allow_nan=False)
err(json.dumps, {'x': float('-inf')}, allow_nan=False)
err(json.dumps, {float('inf'): 1}, allow_nan=False)
err(json.dumps, object())
err(json.dumps, {'a': {1, 2}})
print(json.dumps({'a': {1, 2}}, default=sorted))
print(json.dumps([Decimal('1.5'), 1j], default=str))
a = []
a.append(a)
err(json.dumps, a)
dd = {}
dd['self'] = dd
err(json.dumps, dd)
err(json.dumps, [1], default=lambda o: o)


class Loop:
    pass


err(json.dumps, Loop(), default=lambda o: o)
err(json.dumps, Loop(), default=lambda o: [o])
print(json.dumps(a, check_circular=False, default=str) if False else 'skip')
shared = [1]
print(json.dumps([shared, shared, {'s': shared}]))
P = namedtuple('P', 'x y')


class Color(IntEnum):
    RED = 1


class S(str):
    pass


class F(float):
    def __repr__(self):
        return 'F!'


class L(list):
    pass


print(json.dumps([P(1, 2), Color.RED, S('s'), F(2.5), L([1, 2])]))
print(json.dumps({Color.RED: 1, S('k'): 2, F(0.5): 3}))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)]), sort_keys=True))
print(json.dumps(10**30), json.dumps(-10**30), json.dumps(0))
print(json.dumps({'k': 'v'}, indent=-1))
err(json.dumps, [F('nan')], allow_nan=False)


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps([1 + 2j, {'c': 3j}], cls=Enc))
print(Enc(indent=1).encode({'z': 1j}))
print(list(json.JSONEncoder().iterencode([1, {'a': 'b'}])))
print(json.JSONEncoder(sort_keys=True).encode({'b': [1.5, 'é'], 'a': None}))
print(json.encoder.encode_basestring('a"\u00e9\n'), json.encoder.encode_basestring_ascii('a"\u00e9\n\U0001f600'))
for v in [0.1, 1 / 3, 1e-7, 123456789012345678.0, 5e-324, 1.7976931348623157e308]:
    assert json.loads(json.dumps(v)) == v
    print(json.dumps(v))
big = {'k%d' % i: [i, str(i), i / 2, None, True] for i in range(300)}
text = json.dumps(big)
print(len(text), json.loads(text) == big, json.loads(json.dumps(big, indent=3)) == big)
