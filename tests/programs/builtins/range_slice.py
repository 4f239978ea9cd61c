# range and slice objects
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], 8 in r, 9 in r, r.index(11), r.count(5))
print(range(5), range(0), list(range(10, 0, -2)), list(range(-3)), range(1, 10)[::-1], len(range(0, 100, 7)))
print(range(3) == range(0, 3), range(0) == range(2, 2), reversed(range(3)).__class__.__name__)
print(r.start, r.stop, r.step, hash(range(3)) == hash(range(0, 3, 1)))
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(3), slice(None, None, -1).indices(4))
data = list(range(10))
print(data[s], data[slice(-3, None)], data[::-3], data[7:2:-2], data[-100:100])
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
big = range(10**20)
print(len(range(0, 10**6, 3)), big[-1], 10**19 in big)
