# subclassing builtins
class MyList(list):
    def append(self, x):
        print("append", x)
        super().append(x)
    def total(self): return sum(self)
m = MyList([1, 2])
m.append(3)
print(m, m.total(), len(m), type(m).__name__, isinstance(m, list), m + [4], type(m + [4]).__name__)
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
d = MyDict()
d["a"] = 1
d.update(b=2)
print(d)
class MyInt(int):
    def __repr__(self): return f"MyInt({int(self)})"
    def double(self): return MyInt(self * 2)
i = MyInt(21)
print(i, i + 1, type(i + 1).__name__, i.double(), i == 21, hash(i) == hash(21))
class MyStr(str):
    def shout(self): return self.upper() + "!"
s = MyStr("hey")
print(s, s.shout(), s + "x", type(s.upper()).__name__, len(s))
class Err(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise Err(7)
except Err as e:
    print(e, e.code, e.args, repr(e))
class T(tuple):
    pass
print(T((1, 2)), T((1, 2))[0], type(T((1,))).__name__)
