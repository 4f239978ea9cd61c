# pickletools: dis() of pickles of every protocol (stack and memo checks, MARK bookkeeping),
# genops positions and arguments, optimize() dropping unused PUTs (bytes as CPython's), and
# the errors of broken pickles.
import io
import pickle
import pickletools


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


shared = [1, 2]
value = {"ints": [0, 1, 255, 256, 65535, 65536, -1, 2 ** 31, 2 ** 64, -2 ** 70],
         "floats": [0.5, -2.0], "text": "caf\u00e9", "bytes": b"\x00\xff", "none": None,
         "bools": (True, False), "tuple1": (1,), "tuple3": (1, 2, 3), "big": tuple(range(5)),
         "set": {1}, "frozen": frozenset({2}), "shared": [shared, shared],
         "ba": bytearray(b"ab")}

for proto in range(6):
    data = pickle.dumps(value, protocol=proto)
    print("protocol", proto, len(data))
    pickletools.dis(data)
    opt = pickletools.optimize(data)
    print("optimized", len(opt), pickle.loads(opt) == value)
    pickletools.dis(opt)

# hand-made pickles: text protocol 0, GLOBAL/REDUCE, PUT/GET, INT booleans, STRING
handmade = [
    b"(lp0\nI1\naI01\naI00\naF1.5\naS'ab\\n'\np1\nag1\naVuni\\u20ac\na.",
    b"cbuiltins\nset\n((lp0\nI3\natR.",
    b"(I1\nI2\ntp0\n0g0\n.",
    b"\x80\x02]q\x00(K\x01K\x02e.",
    b"\x80\x04\x95\x0b\x00\x00\x00\x00\x00\x00\x00]\x94(K\x01h\x00e.",
    b"(I1\n1N.",
]
for data in handmade:
    out = io.StringIO()
    pickletools.dis(data, out)
    print(out.getvalue(), end="")
    print("optimize", pickletools.optimize(data))
    print([(op.name, arg, pos) for op, arg, pos in pickletools.genops(data)])

for data in [b"", b"K\x01", b"\xff", b"a.", b"(.", b"K\x01K\x02.", b"K\x01p0\np0\n.",
             b"g5\n.", b"0.", b"Jab"]:
    out = io.StringIO()
    try:
        pickletools.dis(data, out)
    except ValueError as e:
        print(repr(data), "ValueError", e)
    print(" ", out.getvalue().splitlines()[-1:] if out.getvalue() else [])

memo = {}
first = pickle.dumps([1, 2], protocol=2)
pickletools.dis(first, memo=memo, indentlevel=2)
print(sorted(memo))
op = pickletools.code2op["K"]
print(op.name, op.proto, op.arg.name, op.arg.n, op.stack_before, op.stack_after,
      len(pickletools.opcodes))
