# A function of a C module knows its module: __module__ and __self__ (pickle, inspect.getmodule, cProfile names).
import math, os, time, _json, pickle, inspect, builtins, sys, json, itertools, operator, _collections
for f in (math.sqrt, os.getpid, time.time, time.sleep, _json.scanstring, len, print, sys.getrecursionlimit, builtins.__build_class__):
    print(repr(f), f.__module__, type(f.__self__).__name__, getattr(f.__self__, '__name__', None), f.__qualname__)
    print(inspect.getmodule(f).__name__)
for f in (math.sqrt, len, os.getpid, time.time, time.monotonic):
    p = pickle.dumps(f)
    print(p, pickle.loads(p) is f)
print(math.sqrt.__self__ is math, len.__self__ is builtins, time.time.__self__ is time)
print([].append.__self__, [].append.__module__ if hasattr([].append,'__module__') else '-')
print(list.append.__qualname__, getattr(list.append, '__module__', 'nomod'))
print(math.sqrt(4.0), len([1]))
import copy; print(copy.deepcopy(math.sqrt) is math.sqrt)
print(str.maketrans.__module__ if hasattr(str.maketrans,'__module__') else '-')
import cProfile, pstats, io
pr = cProfile.Profile()
pr.enable(); math.sqrt(2.0); math.floor(2.5); pr.disable()
names = sorted(f"{k[2]}" for k in pstats.Stats(pr).stats if 'math' in k[2] or 'sqrt' in k[2])
print(names)
print(os.getcwd.__module__, _collections.deque.__module__, itertools.chain.__module__)
