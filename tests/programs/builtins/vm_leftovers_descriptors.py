# Small VM leftovers: OSError with more than 5 arguments, dict views' .mapping, slot
# wrappers and method-wrappers, code.replace().


def show_oserror(e):
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2, str(e))


show_oserror(OSError(1, 'msg', 'fn', None, 'fn2', 'extra', 7))
show_oserror(OSError(2, 'msg', 'fn', None, 'fn2'))
show_oserror(OSError(2, 'msg', 'fn', None, 'fn2', 6))
show_oserror(OSError(2, 'msg'))
show_oserror(FileNotFoundError(2, 'msg', 'fn', None, 'fn2', 6))

d = {'a': 1}
for view in (d.keys(), d.values(), d.items()):
    m = view.mapping
    print(type(m).__name__, m, m['a'], m == d)
    try:
        m['b'] = 2
    except TypeError as e:
        print(e)
d['c'] = 3
print(d.keys().mapping)

print(type(int.__add__).__name__, int.__add__)
print(type(int.bit_length).__name__, int.bit_length)
print(type((5).__add__).__name__, (5).__add__.__self__, (5).__add__(2))
print(repr((5).__add__).split(' at ')[0])
for x in (object.__init__, str.join, [].append, dict.__getitem__, list.__getitem__,
          dict.__len__, list.__iter__, object.__reduce__, set.__contains__,
          str.__contains__, tuple.__getitem__, object.__eq__, dict.__repr__):
    print(type(x).__name__, x if type(x).__name__ != 'builtin_function_or_method' else '')
print(int.__add__(3, 4), int.__add__.__get__(3)(4))


def f(a, b=2):
    return a + b


c = f.__code__
c2 = c.replace(co_name='g')
print(c2.co_name, c2.co_varnames, c2 is c, c2 == c)
try:
    c.replace(co_bogus=1)
except TypeError as e:
    print(e)
