# Code objects: co_lnotab (deprecated), equality and hashing, marshal round trips.
import marshal
import types
import warnings


def f(a, b):
    c = (a +
         b)
    if c > 100:
        pass
    return c * \
        2


def far_lines():
    x = 1
    # many blank lines follow




























































































































































    return x


co = f.__code__
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(co.co_lnotab.hex())
    print(far_lines.__code__.co_lnotab.hex())
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
print(co.co_linetable.hex())
print(list(co.co_lines()))

co2 = marshal.loads(marshal.dumps(co))
print("marshal equal:", co2 == co, co2 is co, hash(co2) == hash(co))
print("replace() equal:", co.replace() == co)
print("renamed equal:", co.replace(co_name="g") == co)
print("other file equal:", co.replace(co_filename="elsewhere.py") == co)
print("other qualname equal:", co.replace(co_qualname="Z.f") == co)
print("same source, two compiles:", compile("x = 1", "a", "exec") == compile("x = 1", "b", "exec"))
print("different constant:", compile("x = 1", "a", "exec") == compile("x = 2", "a", "exec"))
print("1 vs 1.0:", compile("x = 1", "a", "exec") == compile("x = 1.0", "a", "exec"))
print("0.0 vs -0.0:", compile("x = 0.0", "a", "exec") == compile("x = -0.0", "a", "exec"))
print("True vs 1:", compile("x = True", "a", "exec") == compile("x = 1", "a", "exec"))
print("nested code:", compile("def h(): return 1", "a", "exec") == compile("def h(): return 1", "b", "exec"))
print("nested differ:", compile("def h(): return 1", "a", "exec") == compile("def h(): return 2", "a", "exec"))
seen = {co: "f", co2: "f again"}
print(len(seen), seen[co])
g = types.FunctionType(co2, globals())
print(g(3, 4))
print(co != co2, co == "not code")
print(sorted(n for n in dir(co) if n.startswith("_co")))
print(sorted(n for n in dir(types.TracebackType) if n.startswith("tb_")))
