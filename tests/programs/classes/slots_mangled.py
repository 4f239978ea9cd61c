class C:
    __slots__ = ('__x', 'y', '__z__')
    def __init__(self):
        self.__x = 1
        self.y = 2
        self.__z__ = 3
    def get(self):
        return self.__x

c = C()
print(c.get(), c.y, c.__z__, c._C__x)
print(sorted(k for k in C.__dict__ if not k.startswith('__') or k == '__z__'))
print(C.__slots__)
try:
    c.__x = 5
except AttributeError as e:
    print('AttributeError', e)

class _Under:
    __slots__ = '__p'
    def __init__(self):
        self.__p = 'p'
print(_Under()._Under__p, '_Under__p' in _Under.__dict__)

class D(C):
    __slots__ = ('__x',)
    def __init__(self):
        super().__init__()
        self.__x = 9
d = D()
print(d._C__x, d._D__x, d.get())
del d._D__x
try:
    d._D__x
except AttributeError as e:
    print('AttributeError', e)
