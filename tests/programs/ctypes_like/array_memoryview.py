# memoryview(array.array) reads the array through its buffer (format, itemsize, cast).
import array
a = array.array('i', [1, 2])
m = memoryview(a)
print(m.tolist(), m.nbytes, m.format, m.itemsize, m.ndim, m.shape, len(m), m[1])
c = m.cast('B')
print(c.nbytes, len(c), c.format, bytes(m))
b = array.array('d', [1.5, -2.0])
print(memoryview(b).tolist(), memoryview(b).format, memoryview(array.array('b', [1, -2])).tolist())
print(bytes(memoryview(array.array('H', [1, 258]))))
