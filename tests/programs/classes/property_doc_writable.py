# property.__doc__ is a writable member (CPython's property_members): set, deleted (None),
# a copy made by .getter takes the new getter's docstring; fget/fset/fdel stay read-only.
class C:
    @property
    def x(self):
        "orig"
        return 1


p = C.__dict__['x']
print(p.__doc__)
p.__doc__ = 'changed'
print(p.__doc__, C.x.__doc__)
del p.__doc__
print(p.__doc__)
print(p.getter(lambda self: 2).__doc__)


class P(property):
    pass


r = P(lambda s: 1, doc='d')
r.__doc__ = 'e'
print(r.__doc__, type(r).__name__)
for name in ('fget', 'fset', 'fdel'):
    try:
        setattr(p, name, None)
    except AttributeError as e:
        print(name, 'AttributeError:', e)
try:
    p.other = 1
except AttributeError as e:
    print('AttributeError:', e)
