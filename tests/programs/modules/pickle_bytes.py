# pickle.dumps is byte-identical with CPython's for builtin values, every protocol
import pickle

VALUES = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, 2**31 - 1, -2**31, 2**31, 2**63,
    -2**63 - 1, 2**1000, -(2**77), 0.0, -1.5, 1e300, float('inf'), 3.141592653589793,
    1 + 2j, '', 'a', 'héllo wörld', 'a\\b\nc\r\0\x1a\u0100\U0001f600é', 'x' * 300,
    b'', b'abc', bytes(range(256)), b'y' * 300, bytearray(b'ba'), bytearray(),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 'two', 3.0], {}, {'a': 1},
    {'a': [1, 2], 'b': {'c': (3,)}}, set(), {1}, {1, 2, 3}, frozenset(), frozenset({5}),
    range(3), range(1, 10, 2),
    slice(1, 2), slice(None, 5, -1), Ellipsis, NotImplemented, type(None), int, len,
    ZeroDivisionError, ValueError('bad', 2), [[]] * 3,
]
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    for v in VALUES:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v if not isinstance(v, BaseException) else (type(back), back.args) == (type(v), v.args)
        print(proto, repr(v)[:40], data if len(data) < 120 else (len(data), data[:60], data[-30:]), same)

for proto in (1, 4):
    for big in (list(range(1001)), {i: i for i in range(1001)}, set(range(1001))):
        data = pickle.dumps(big, proto)
        print(proto, type(big).__name__, len(data), data[-20:], pickle.loads(data) == big)

shared = [1, 2]
obj = [shared, shared, (shared,)]
for proto in range(6):
    data = pickle.dumps(obj, proto)
    back = pickle.loads(data)
    print(proto, data, back, back[0] is back[1] is back[2][0])

rec = []
rec.append(rec)
d = {}
d['self'] = d
t = ([],)
t[0].append(t)
for proto in range(6):
    for v in (rec, d, t):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, data)
    print(pickle.loads(pickle.dumps(rec, proto))[0] is pickle.loads(pickle.dumps(rec, proto))[0][0])
big = b'z' * 70000
data = pickle.dumps([big, 'tail'], 4)
print(len(data), data[:20], data[-30:], pickle.loads(data)[1])
data = pickle.dumps(["s" * 70000, list(range(300))], 5)
print(len(data), data[:24], data[-24:], pickle.loads(data)[0] == 's' * 70000)
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
