# memoryview: cast (formats B b c H h I i L l Q q f d ? e, shape=), step slices, tolist,
# nbytes/itemsize/format/ndim/shape/strides, equality across formats, hash, errors.
m = memoryview(bytearray(range(12)))
tests = [
 lambda: m.cast('Z'), lambda: m.cast('<I'), lambda: m.cast('@I').format, lambda: m.cast('I', shape=[2]),
 lambda: m.cast('I', shape=(3,)).tolist(), lambda: m.cast('I', shape=5), lambda: m.cast('I', shape=[0]),
 lambda: m.cast('B', shape=[3,4]).tolist(), lambda: m.cast('B', shape=[3,4])[0], lambda: m.cast('B', shape=[3,4])[1,2],
 lambda: m.cast("B", shape=[3,4]).cast("H").tolist(), lambda: m.cast('H').cast('I'), lambda: m[::2].cast('H'), lambda: m.cast('d'),
 lambda: m[::2].tolist(), lambda: m[::-3].tolist(), lambda: m[::2].strides, lambda: m.cast('H')[::2].strides,
 lambda: len(m.cast('B', shape=[3,4])), lambda: m.cast('B', shape=[3,4]).strides, lambda: m.cast('B',shape=[12]).shape,
 lambda: m.cast('h')[1.0], lambda: m.cast('h')["a"], lambda: m.cast('h')[9], lambda: list(m.cast('B', shape=[3,4])),
 lambda: m.cast('c')[0], lambda: m.cast('H') == m.cast('H'), lambda: m == m.cast('b'), lambda: m.cast('c') == m,
 lambda: hash(m), lambda: hash(memoryview(b'ab').cast('H')), lambda: hash(memoryview(b'ab').cast('c')) == hash(b'ab'),
 lambda: m.cast('I', shape=[]), lambda: memoryview(b'abcd').cast('I', shape=[]).tolist(), lambda: memoryview(b'abcd').cast('I', shape=[])[()],
 lambda: m.cast('B', shape=[2,2,3]).tolist(), lambda: m.cast('B', shape=[1]*65),
 lambda: m.cast('B', shape=[3,4]).tobytes(), lambda: m.cast('B', shape=[3,4]).nbytes, lambda: m[::2].tobytes(), lambda: m[::2].hex(),
 lambda: m[::2].c_contiguous, lambda: m[::2].contiguous, lambda: m.cast('B', shape=[3,4]).f_contiguous,
 lambda: m.cast('f').tolist(), lambda: m.cast('?').tolist(), lambda: m.cast('e').tolist(), lambda: m.cast('P').tolist(),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
x = memoryview(bytearray(8)).cast('H')
for v in [1, -1, 70000, 1.5, "a", True]:
    try:
        x[0] = v; print("set", v, x.tolist())
    except Exception as e:
        print("set", v, type(e).__name__, e)
y = memoryview(bytearray(8)).cast('c')
for v in [b'a', b'ab', 97]:
    try:
        y[0] = v; print("setc", v, y.tolist())
    except Exception as e:
        print("setc", v, type(e).__name__, e)
z = memoryview(bytearray(16)).cast('d')
z[0] = 1.5; z[1] = 3
print(z.tolist())
try: z[0] = "x"
except Exception as e: print(type(e).__name__, e)
f = memoryview(bytearray(8)).cast('f'); f[0]=1e300
print(f.tolist())
b = bytearray(range(10)); mm = memoryview(b)
mm[::2] = b'\xff' * 5; print(b)
try: mm[::2] = b'ab'
except Exception as e: print(type(e).__name__, e)
mm[1:3] = memoryview(b'\x01\x02'); print(b)
try: mm.cast('H')[0:2] = b'abcd'
except Exception as e: print(type(e).__name__, e)
print(memoryview(b'ab').toreadonly().readonly)
print(float('nan') == float('nan'), memoryview(bytearray(8)).cast('d') == memoryview(bytes(8)).cast('d'))

m = memoryview(bytearray(range(16)))
for fmt in "BbcHhIiLlQqfd?":
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, c.nbytes, c.ndim, c.shape, c.strides, len(c), c.readonly)
print(m.cast("Q").tolist(), m.cast("q")[-1], m.cast("h")[::3].tolist())
neg = memoryview(bytes([0xff] * 8))
print(neg.cast("b").tolist()[:2], neg.cast("h")[0], neg.cast("i")[0], neg.cast("q")[0],
      neg.cast("Q")[0], neg.cast("L")[0])
s = m[1::3]
print(s.tolist(), s.shape, s.strides, s.nbytes, s.c_contiguous, s.tobytes(), bytes(s))
r = m[::-1]
print(r.tolist()[:4], r.strides, r[0], r[-1], r[2:5].tolist(), r[::-2].tolist())
print(m[2:2].tolist(), m[10:2].shape, m[::5].tolist())
n = m.cast("B", shape=[2, 2, 4])
print(n.shape, n.strides, n.ndim, n.nbytes, n[1, 0, 3], n.tolist()[1])
n2 = n.cast("B")
print(n2.shape, n2 == m, m.cast("H") == m.cast("H"), m.cast("H") == m)
print(m.cast("c").tolist()[:3], b"".join([m[:2], m[4:6]]))
print(memoryview(b"ab") == b"ab", memoryview(b"ab") == bytearray(b"ab"), memoryview(b"ab") == "ab")
ro = memoryview(b"abc")
print(hash(ro) == hash(b"abc"), hash(ro[::2]) == hash(b"ac"), ro.toreadonly() == ro)
wr = memoryview(bytearray(b"abc"))
print(wr.toreadonly().readonly, wr.readonly)
try:
    wr.toreadonly()[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError", e)
ba = bytearray(8)
c = memoryview(ba).cast("I")
c[1] = 0xDEADBEEF
c[0] = -1 & 0xFFFF
print(ba, c.tolist(), c.hex(), c.hex(":"))
try:
    c[0] = 1 << 32
except ValueError as e:
    print("ValueError", e)
with memoryview(b"xyz") as v:
    print(v.cast("c")[1])
print(v)
try:
    v.cast("B")
except ValueError as e:
    print("ValueError", e)
