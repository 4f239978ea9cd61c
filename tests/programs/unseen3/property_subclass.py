# Subclasses of property: construction, __get__/__set__/__delete__ through the subclass,
# getter/setter/deleter keeping the subclass, super().__init__, and the usual messages.


class LoggedProperty(property):
    def __get__(self, obj, objtype=None):
        if obj is not None:
            print('get via', type(self).__name__)
        return super().__get__(obj, objtype)


class P(property):
    pass


class Temperature:
    def __init__(self):
        self._c = 20

    @LoggedProperty
    def celsius(self):
        'degrees Celsius'
        return self._c

    @celsius.setter
    def celsius(self, v):
        print('set', v)
        self._c = v

    @P
    def kelvin(self):
        return self._c + 273

    doc_only = P(lambda self: 'x', doc='explicit doc')


t = Temperature()
print(t.celsius)
t.celsius = 25
print(t.celsius, t.kelvin)
print(type(Temperature.__dict__['celsius']).__name__, type(Temperature.__dict__['kelvin']).__name__)
print(Temperature.celsius.__doc__, Temperature.doc_only.__doc__, t.doc_only)
print(isinstance(Temperature.kelvin, property), Temperature.kelvin.fset, Temperature.celsius.fset.__name__)
try:
    t.kelvin = 5
except AttributeError as e:
    print(e)
try:
    del t.celsius
except AttributeError as e:
    print(e)


class WithInit(property):
    def __init__(self, fget, label):
        super().__init__(fget)
        self.label = label


class Item:
    name = WithInit(lambda self: 'widget', 'the name')


print(Item().name, Item.name.label, Item.name.fget(None))


class Deletable:
    def __init__(self):
        self._v = 1

    v = P(lambda self: self._v)

    @v.deleter
    def v(self):
        print('deleting')
        del self._v


d = Deletable()
print(type(Deletable.__dict__['v']).__name__, d.v)
del d.v
print(hasattr(d, '_v'))
