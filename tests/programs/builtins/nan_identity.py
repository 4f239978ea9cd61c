# CPython checks identity before equality in `in`, count, index, remove and dict/set lookups;
# a NaN is not equal to itself but is itself. pydive holds floats inline: each NaN made gets a
# payload of its own (objects/float.rs), so copies stay identical and two NaNs do not.
import math
x = float('nan')
y = float('nan')
print(x in [x], x in [y], [x].count(x), [x, y].count(x), [y, x].index(x))
print(x in (x,), x in {x}, y in {x}, x in {x: 1}, y in {x: 1}, {x: 1}.get(x), {x: 1}.get(y))
print(x is x, x is y, math.nan is math.nan, x == x)
z = x
print(z is x, [z].count(x), x in [math.nan], math.nan in [math.nan])
s = {x, y, x}
print(len(s), len({float('nan') for _ in range(3)}), len({math.nan for _ in range(3)}))
d = {}
d[x] = 1; d[y] = 2; d[x] = 3
print(len(d), sorted(d.values()))
print([x].remove(x), (x, 1) == (x, 1), [x] == [x], [x] == [y])
import struct
print(struct.pack('<d', x), struct.pack('<d', -x), x.hex(), repr(x), str(-x))
print(math.isnan(x + 1), (x + 1) in [x], x in [x + 0])
from collections import Counter, deque
print(Counter([x, x, y])[x], deque([x]).count(x), x in deque([x]))
print(id(x) == id(z), id(x) == id(y))
import operator
print(operator.contains([x], x), operator.countOf([x, x], x), operator.indexOf([y, x], x))
print(list(map(lambda v: v is x, [x, y])))
x = float('-nan')
print(struct.pack('<d', x), math.copysign(1, x), x is x, x != x)
print((x + 1) is x, -x is x, abs(x) is x, float(x) is x, +x is x)
import copy, pickle
print(copy.copy(x) is x, copy.deepcopy(x) is x, pickle.loads(pickle.dumps(x)) is x)
print(memoryview(bytearray(8)).cast('d').tolist())
m = memoryview(bytearray(8)).cast('d'); m[0] = float('nan'); print(bytes(m.obj))
print(repr(float('nan')), str(float('-nan')), f"{float('nan'):.2f}", format(float('nan'), 'e'), float('nan').hex())
print(hash(x) == hash(x), math.isnan(math.inf - math.inf), (math.inf - math.inf) is (math.inf - math.inf))
print(len({float('nan'), 1.0} - {1.0}), max(x, 1.0) is x, min(1.0, x) == 1.0)
