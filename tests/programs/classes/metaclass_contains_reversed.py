# `x in C` and reversed(C) for a class C use its metaclass's __contains__/__reversed__
# (EnumType's, or a metaclass of our own); a plain class still fails as CPython does.
from enum import Enum, Flag
class Color(Enum):
    RED = 1
    GREEN = 2
print(1 in Color, 7 in Color, Color.RED in Color, list(reversed(Color)))
class M(type):
    def __contains__(cls, v): return v == 1
    def __reversed__(cls): return iter('ba')
class K(metaclass=M): pass
print(1 in K, 2 in K, list(reversed(K)))
class Plain: pass
for f in (lambda: 1 in Plain, lambda: reversed(Plain), lambda: 1 in list, lambda: reversed(int)):
    try: print(f())
    except TypeError as e: print('TypeError', e)
class It(type):
    def __iter__(cls): return iter([1, 2])
class J(metaclass=It): pass
print(2 in J, 3 in J)
