# inspect.getmodulename/getabsfile/getargs/getargvalues/formatargvalues/getlineno/getclasstree.
import inspect, sys
print(inspect.getmodulename("/a/b/mod.py"), inspect.getmodulename("x.cpython-312-x86_64-linux-gnu.so"), inspect.getmodulename("readme.txt"), inspect.getmodulename("c.pyc"))
def f(a, b=2, *rest, c, d=4, **kw):
    frame = sys._getframe()
    info = inspect.getargvalues(frame)
    print(info.args, info.varargs, info.keywords, sorted(info.locals)[:4])
    print(inspect.formatargvalues(*info))
    print(inspect.getlineno(frame), inspect.getargs(f.__code__))
f(1, 2, 3, c=5, e=6)
try:
    inspect.getargs(f)
except TypeError as e:
    print("TypeError", str(e)[:30])
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E: pass
for unique in (False, True):
    tree = inspect.getclasstree([A, B, C, D, E], unique)
    def show(t, depth=0):
        for item in t:
            if isinstance(item, list):
                show(item, depth + 1)
            else:
                print("  " * depth + item[0].__name__, [b.__name__ for b in item[1]])
    show(tree)
print(inspect.getabsfile(inspect).endswith("inspect.py"))
