# del, global, pass, assert, chained assignment, augmented attribute/subscript
x = y = z = [0]
x.append(1)
print(x, y, z, x is z)
a = {"k": 1}
a["k"] += 5
a.setdefault("l", []).append(2)
print(a)
class O: pass
o = O()
o.v = 1
o.v *= 10
print(o.v)
lst = [1, 2, 3, 4]
lst[1:3] = []
lst[0] -= 100
print(lst)
del lst[0]
print(lst)
v = 1
del v
try:
    v
except NameError as e:
    print("NameError:", e)
if True: pass
def empty(): pass
print(empty())
def doc():
    "only a docstring"
print(doc.__doc__, doc())
t = 1,
print(t, type(t).__name__)
print(0o17, 0xFF, 0b101, 1_000_000, 1e3, 1.5e-3, 10j, 0.5j, .5, 5.)
print("con" "cat", 'single' "double", """tri
ple""", r"raw\n", b"by" b"tes", "\N{GREEK SMALL LETTER ALPHA}", "\u00e9\x41\101")
s = "a\
b"
print(s, len(s))
total = (1 +
         2 +
         3)
print(total); print("semicolons"); print([1,
  2])
