# method resolution order (C3)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
print(D.__bases__, D.__base__, A.__bases__, object.__bases__)
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
print([k.__name__ for k in Z.__mro__], [k.__name__ for k in W.__mro__])
try:
    class Bad(Z, W): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(A, B): pass
except TypeError as e:
    print("TypeError:", e)
class K1(A): pass
class K2(K1, C): pass
print([k.__name__ for k in K2.__mro__], issubclass(K2, A), isinstance(K2(), C))
