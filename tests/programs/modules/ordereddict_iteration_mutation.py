# OrderedDict as CPython's C odict: an iterator (of the dict or of a view, either direction)
# refuses to go on after a key was added, removed or moved ('mutated during iteration'), or
# after clear() ('changed size'), but not after a value changed; views' .mapping is the
# OrderedDict; popitem/pop/move_to_end/equality/copy/pickle semantics.
from collections import OrderedDict as OD
od = OD(a=1, b=2, c=3)
print(od.keys().mapping, od.values().mapping, od.items().mapping)
print(type(od.keys().mapping).__name__, od.keys().mapping == {'a': 1, 'b': 2, 'c': 3})
for name, make in [("iter", lambda o: iter(o)), ("keys", lambda o: iter(o.keys())),
                   ("values", lambda o: iter(o.values())), ("items", lambda o: iter(o.items())),
                   ("reversed", lambda o: reversed(o)), ("rev keys", lambda o: reversed(o.keys())),
                   ("rev items", lambda o: reversed(o.items()))]:
    for op in ["move_to_end", "move_to_end_first", "add", "del", "pop", "popitem", "set existing", "clear"]:
        o = OD(a=1, b=2, c=3)
        it = make(o)
        first = next(it)
        if op == "move_to_end": o.move_to_end('a')
        elif op == "move_to_end_first": o.move_to_end('c', last=False)
        elif op == "add": o['d'] = 4
        elif op == "del": del o['b']
        elif op == "pop": o.pop('b')
        elif op == "popitem": o.popitem()
        elif op == "set existing": o['a'] = 9
        elif op == "clear": o.clear()
        try:
            print(name, op, first, list(it))
        except Exception as e:
            print(name, op, first, type(e).__name__, e)
o = OD(a=1, b=2, c=3)
print(o.popitem(), o.popitem(last=False), o)
o = OD(a=1, b=2, c=3)
print(o.pop('b'), o.pop('z', 5))
try: o.pop('z')
except KeyError as e: print("KeyError", e)
try: OD().popitem()
except KeyError as e: print("KeyError", e)
try: o.move_to_end('zz')
except KeyError as e: print("KeyError", e)
print(OD(a=1, b=2) == {'b': 2, 'a': 1}, {'b': 2, 'a': 1} == OD(a=1, b=2))
print(OD(a=1, b=2) == OD(b=2, a=1), OD(a=1, b=2) != OD(b=2, a=1))
print(OD(a=1, b=2) == dict(a=1, b=2), OD(a=1) == [('a', 1)])
print(list(reversed(OD(a=1, b=2).values())), list(reversed(OD(a=1, b=2).items())))
print(type(reversed(OD())).__name__, type(reversed(OD().keys())).__name__, type(reversed(OD().items())).__name__, type(reversed(OD().values())).__name__)
print(type(iter(OD())).__name__, type(iter(OD().keys())).__name__, type(iter(OD().items())).__name__)
print(type(OD().keys()).__name__, type(OD().values()).__name__, type(OD().items()).__name__)
print(repr(OD(a=1).keys()), repr(OD(a=1).values()), repr(OD(a=1).items()))
o = OD(a=1, b=2, c=3)
o.move_to_end('a', last=False); o.move_to_end('b', last=False); print(o)
print(OD.fromkeys('abc'), OD(a=1) | {'b': 2}, {'b': 2} | OD(a=1))
o = OD(a=1); o |= [('z', 2)]; print(o)
import copy, pickle
print(copy.copy(OD(a=1, b=2)), copy.deepcopy(OD(a=[1])), pickle.loads(pickle.dumps(OD(x=1, y=2))))
class S(OD): pass
print(S(a=1), repr(S(a=1).keys()))
o = OD(a=1, b=2)
print(o.setdefault('c', 3), o.setdefault('a', 7), o)
o.update(b=5, d=6); print(o)
d = OD(); d['x'] = d; print(d)
print(o.keys() == {'a', 'b', 'c', 'd'}, o.keys() & {'a'}, 'a' in o.keys(), ('a', 1) in o.items())
print(len(o.keys()), reversed(o.keys()).__length_hint__() if hasattr(reversed(o.keys()), '__length_hint__') else 'nohint')
print(o.__reduce__()[:2])
it = iter(o); o['q'] = 1
try: next(it)
except RuntimeError as e: print("RuntimeError", e)
it = iter(o); del o['q']; o['q'] = 2
try: print(list(it))
except RuntimeError as e: print("RuntimeError", e)
print(OD.__dict__.keys() >= {'move_to_end'}, {1: 2}.keys() < {1, 2}, {1: 2}.items() <= {(1, 2)})
print(OD.__eq__(OD(a=1), {'a': 1}), OD.__ne__(OD(a=1), OD(a=1)))
print(OD(a=1).__eq__(3))

# mutated while the next key is the last: the iterator still notices
o = OD(a=1, b=2)
it = iter(o)
print(next(it))
o.move_to_end('a')
try:
    print(next(it))
except RuntimeError as e:
    print("RuntimeError", e)
print(list(it))
# exhausted before the change: nothing to say
it = iter(o)
print(list(it))
o['new'] = 1
print(list(it))
# the 'changed size' error is sticky
o = OD(a=1, b=2)
it = iter(o)
next(it)
o.clear()
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError", e)
o2 = OD(x=1)
o2.update([('y', 2)], z=3)
c = o2.copy()
c['w'] = 0
print(o2, c, type(c).__name__)
