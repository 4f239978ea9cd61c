# range objects past 64 bits: slicing (compute_slice with exact bounds), slices with huge
# start/stop/step on small ranges, reversed() and iteration (longrange_iterator), index and
# count, len() past sys.maxsize, equality and hashes of the results.
def show(f):
    try:
        r = f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
    return repr(r)


B = 10**20
ranges = [range(B), range(-B, B, 3), range(B, -B, -7), range(5, B**2, B), range(0, 10),
          range(10, 0, -3), range(-2**62, 2**62, 2**61), range(2**63 - 5, 2**63 + 5),
          range(-2**63 - 3, -2**63 + 3), range(0), range(B, B)]
slices = [slice(None), slice(None, None, -1), slice(1, None, 2), slice(-5, None), slice(None, 3),
          slice(B, None), slice(-B, B, B // 7), slice(2**63, None, -1), slice(None, None, 2**64),
          slice(3, -3, -2), slice(None, None, -2**70)]
for r in ranges:
    small = abs(r.stop - r.start) < 1000
    print(repr(r), show(lambda: len(r)), show(lambda: r[-1]), show(lambda: r[2**64]),
          show(lambda: r.__len__()))
    print("  ", show(lambda: r.index(r[-1]) if r else None), show(lambda: r.count(3)),
          show(lambda: r.index(3.0) if small else None), show(lambda: r.count(True) if small else None),
          show(lambda: bool(r)), show(lambda: hash(r) == hash(range(r.start, r.stop, r.step))),
          show(lambda: (r[-1] if r else 0) in r))
    for s in slices:
        print("  ", s, show(lambda: r[s]), show(lambda: r[s] == range(0)),
              show(lambda: r[s][:2] if r[s] else None), show(lambda: list(r[s][:3])))
    it = reversed(r)
    print("  rev", show(lambda: [next(it) for _ in range(3)]))
    it = iter(r)
    print("  it", show(lambda: [next(it) for _ in range(3)]), type(it).__name__ if r else "")
print(show(lambda: range(B)[B - 1]), show(lambda: range(B) == range(0, B, 1)),
      show(lambda: range(B)[::2] == range(0, B, 2)))
print(show(lambda: range(0, B, 2).index(B - 2)), show(lambda: (B - 2) in range(0, B, 2)),
      show(lambda: range(2**64)[2**63:][:5]))
print(show(lambda: range(10)[slice(1.5, None)]), show(lambda: range(10)[::0]),
      show(lambda: list(reversed(range(2**64, 2**64 + 3)))), show(lambda: sum(range(B, B + 5))))
print(show(lambda: [x for x in range(2**63 - 2, 2**63 + 2)]),
      show(lambda: [x for x in range(-2**63 + 1, -2**63 - 2, -1)]))
