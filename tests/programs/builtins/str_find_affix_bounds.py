# str.find/rfind/index/rindex/startswith/endswith with start/end bounds (negative, past the
# end, reversed) on ASCII and non-ASCII strings: a digest of 825 results, as CPython.
cases = ["hello world", "héllo wörld € 😀 héllo", "", "aaa", "ab€ab€"]
subs = ["", "l", "lo", "ö", "€", "😀", "héllo", "x", "a", "aa", "b€"]
bounds = [(), (0,), (1,), (3,), (-1,), (-3,), (100,), (-100,), (2, 5), (2, -2), (5, 2), (0, 100), (None, 4), (3, None), (-5, -1)]
out = []
for t in cases:
    for sub in subs:
        for b in bounds:
            row = [t.find(sub, *b), t.rfind(sub, *b), t.startswith(sub, *b), t.endswith(sub, *b),
                   t.startswith((sub, "zz"), *b), t.endswith(("zz", sub), *b)]
            try:
                row.append(t.index(sub, *b))
            except ValueError as e:
                row.append(str(e))
            try:
                row.append(t.rindex(sub, *b))
            except ValueError as e:
                row.append(str(e))
            out.append(repr(row))
print(len(out))
import hashlib
print(hashlib.sha256("\n".join(out).encode()).hexdigest())
print(out[:3], out[-3:])
