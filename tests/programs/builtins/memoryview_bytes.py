# memoryview over bytes and bytearray
b = bytearray(b"hello world")
m = memoryview(b)
print(m[0], m[-1], bytes(m[0:5]), m.nbytes, m.readonly, m.format, m.itemsize, len(m), m.tobytes())
m[0] = ord("H")
print(b, m.tolist()[:5], m.hex())
ro = memoryview(b"abc")
print(ro.readonly, ro[1:].tobytes())
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
sub = m[6:]
sub[:] = b"WORLD"
print(b, bytes(sub), m == b"Hello WORLD", m.obj is b)
m.release()
try:
    m[0]
except ValueError as e:
    print("ValueError:", e)
