import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(100)
print(a, s, d, s[1] is a[1], d[1] is a[1])
class Obj:
    def __init__(self): self.items = [1]
    def __repr__(self): return f"Obj({self.items})"
o = Obj()
o2, o3 = copy.copy(o), copy.deepcopy(o)
o.items.append(2)
print(o, o2, o3)
class Custom:
    def __copy__(self):
        print("__copy__ called"); return "copied"
    def __deepcopy__(self, memo):
        print("__deepcopy__ called"); return "deep copied"
print(copy.copy(Custom()), copy.deepcopy(Custom()))
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc, dc)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
