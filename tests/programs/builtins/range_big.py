# ranges with bounds past 64 bits: exact repr, attributes, indexing, 'in', len's OverflowError, ==, hash, index/count, and iteration of the ones whose items are few or start small.
big = range(10**20)
print(big, big.start, big.stop, big.step, big[-1], big[10**19], 10**19 in big, -1 in big, 10**20 in big)
print(bool(big), bool(range(10**20, 10**20)), range(10**20) == range(0, 10**20), hash(big) == hash(range(0, 10**20, 1)))
try: len(big)
except OverflowError as e: print("OverflowError", e)
print(len(range(10**19, 10**19 + 5)), list(range(2**63 - 2, 2**63 + 1))[:1] if False else "")
r = range(-10**20, 10**20, 10**19)
print(r, len(r), r[3], r[-1], r.index(0), r.count(10**19), 5 in r, r.index(-10**20))
try: r.index(7)
except ValueError as e: print("ValueError", e)
try: big[10**20]
except IndexError as e: print("IndexError", e)
for i in range(10**20):
    if i == 3: break
print(i, sum(x for x in range(2**64) if x < 5 or x > 10 and False) if False else "")
print(range(0, 2**64, 2**62), list(range(0, 2**64, 2**62)) if False else "", len(range(0, 2**64, 2**62)))
print(list(range(0, 2**64, 2**62)), list(range(2**63 - 2, 2**63 + 2)), list(range(10**20, 10**20 + 3)))
print([x for x in range(-2**64, -2**64 + 2)], sum(range(10**19, 10**19 + 3)))
it = iter(range(10**20))
