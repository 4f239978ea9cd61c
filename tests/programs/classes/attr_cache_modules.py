# Module attribute reads after the module's namespace changes (monkeypatching), and class
# attribute reads that go through the type lookup cache.
import math
import types


def sq(x):
    return math.sqrt(x)


print(sq(16.0))
orig = math.sqrt
math.sqrt = lambda x: "patched " + str(x)
print(sq(16.0))
math.sqrt = orig
print(sq(25.0))

m = types.ModuleType("m")
m.value = 1


def read(mod):
    try:
        return mod.value
    except AttributeError as e:
        return "AttributeError: " + str(e)


print(read(m))
m.value = 2
print(read(m))
del m.value
print(read(m))
m.__getattr__ = lambda name: "module getattr " + name
print(read(m))


class Counter:
    count = 0

    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count

    @staticmethod
    def double(x):
        return 2 * x


class Sub(Counter):
    pass


for i in range(3):
    print(Counter.bump(), Sub.bump(), Counter.count, Sub.count, Sub.double(i))


# type-level lookups of special methods after the class changes
class V:
    def __len__(self):
        return 1


v = V()
print(len(v))
V.__len__ = lambda self: 2
print(len(v))


class W(V):
    pass


w = W()
print(len(w))
V.__len__ = lambda self: 3
print(len(w), len(v))
W.__len__ = lambda self: 4
print(len(w), len(v))
del W.__len__
print(len(w))


# a builtin subclass's own method after the base's is cached
class MyStr(str):
    pass


print(MyStr("abc").upper(), "abc".upper())
MyStr.upper = lambda self: "own upper"
print(MyStr("abc").upper(), "abc".upper())
