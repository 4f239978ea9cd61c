# Floats against ints past 2**63 and 2**127: comparisons are exact, so equal values
# find each other in dicts and sets.
import math

big_pows = [2 ** 63, 2 ** 64, 2 ** 100, 2 ** 127, 2 ** 128, 2 ** 200, 2 ** 1000, 10 ** 300]
for n in big_pows:
    f = float(n)
    print(f"{n.bit_length():5} bits: f==n {f == n}  n==f {n == f}  f<n+1 {f < n + 1}  "
          f"f>n-1 {f > n - 1}  n+1>f {n + 1 > f}  f<=n {f <= n}  f!=n {f != n}")

print(1e300 == 10 ** 300, float(10 ** 300) == 10 ** 300, int(1e300) == 1e300)
print(-float(2 ** 200) == -(2 ** 200), -float(2 ** 200) < -(2 ** 200) + 1, -(2 ** 200) - 1 < -float(2 ** 200))
print(2.5e200 > 2 ** 600, 2.5e200 < 2 ** 700, 1.5 * 2 ** 130 == 3 * 2 ** 129)

# hash(x) == hash(y) for equal numbers, and lookups by the other type
table = {2 ** 100: "int key", 3 * 2 ** 200: "big int key"}
print(table.get(2.0 ** 100), table.get(3.0 * 2 ** 200), table.get(2.0 ** 100 + 2 ** 50))
floats = {2.0 ** 150, 1e200}
print(2 ** 150 in floats, int(1e200) in floats, 2 ** 150 + 1 in floats)
print(hash(2.0 ** 100) == hash(2 ** 100), hash(float(10 ** 300)) == hash(int(float(10 ** 300))))

# infinities and nan against huge ints
inf, nan = math.inf, math.nan
print(inf > 2 ** 5000, -inf < -(2 ** 5000), nan == 2 ** 200, nan != 2 ** 200, nan < 2 ** 200)

# sorting mixes, max/min, and ties resolved by equality
vals = [2 ** 130, float(2 ** 129), 2 ** 129 + 1, 1e39, 10 ** 39, float(2 ** 130)]
print(sorted(vals, key=lambda v: (v, type(v).__name__)))
print(max(vals), min(vals), vals.count(2 ** 130), vals.index(float(2 ** 129)))
print([v == 10 ** 39 for v in vals])
# around the edge of 64-bit ints
print(2 ** 63 - 1 == 2.0 ** 63, 2 ** 63 == 2.0 ** 63, -(2 ** 63) == -(2.0 ** 63), {2.0 ** 63: 1}.get(2 ** 63))
print((2 ** 63 - 1) in {2.0 ** 63}, 9007199254740993 == 9007199254740992.0, 9007199254740992 == 9007199254740992.0)
