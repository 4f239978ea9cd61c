# __doc__ and __text_signature__ of builtins, builtin types and their methods, and of native
# module functions; inspect.signature built from them (or ValueError where CPython has none).
import inspect
import math
import os
import time

print(len.__doc__)
print(len.__text_signature__, sorted.__text_signature__, print.__text_signature__)
print(str.join.__doc__)
print("-".join.__text_signature__, list.append.__text_signature__)
print(dict.fromkeys.__text_signature__, str.maketrans.__text_signature__)
print(math.sqrt.__doc__, math.sqrt.__text_signature__)
print(time.sleep.__doc__)
print(os.getcwd.__doc__)
print(repr(list.__doc__), list.__text_signature__)
print(repr(int.__text_signature__), int.__doc__.splitlines()[0])
print(repr(object.__text_signature__), object.__doc__)
print(repr(range.__doc__.splitlines()[0]))
print(inspect.getdoc(abs))

for f in (len, sorted, print, abs, divmod, isinstance, getattr, iter, next, max, min,
          round, pow, sum, hash, id, repr, format, vars, dir, input, open, issubclass,
          str.join, str.split, str.replace, str.startswith, bytes.hex, list.sort,
          list.index, dict.get, dict.pop, dict.setdefault, set.add, frozenset.union,
          int.to_bytes, int.from_bytes, float.fromhex, tuple.count, "x".upper, [].append,
          {}.get, math.sqrt, math.log, math.isclose, math.gcd, time.sleep, time.time,
          os.getcwd, os.listdir, object, list, float, tuple, int, str, dict, range):
    try:
        print(getattr(f, "__qualname__", f), inspect.signature(f))
    except ValueError as e:
        print(getattr(f, "__qualname__", f), "ValueError:", e)
