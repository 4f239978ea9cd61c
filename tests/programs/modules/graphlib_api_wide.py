# graphlib: static orders, the incremental protocol, which cycle is reported, errors.
from graphlib import TopologicalSorter, CycleError


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e.args if isinstance(e, CycleError) else e)


graphs = [
    {},
    {'a': []},
    {'d': ['b', 'c'], 'c': ['a'], 'b': ['a'], 'e': ['d', 'a']},
    {1: [2, 3], 2: [4], 3: [4], 4: [], 5: [1, 4], 6: []},
    {'x': ['y'], 'y': ['z'], 'z': ['x']},
    {'a': ['b'], 'b': ['c'], 'c': ['d'], 'd': ['b'], 'e': ['a']},
    {'self': ['self']},
    {1: [2], 2: [3], 3: [1], 4: [5], 5: [4]},
    {'p': ['q', 'r'], 'q': ['s'], 'r': ['s'], 's': ['t'], 't': ['q']},
    {i: [i + 1] for i in range(20)} | {20: [5]},
]
for g in graphs:
    attempt('static', lambda: list(TopologicalSorter(g).static_order()))
ts = TopologicalSorter()
ts.add('build', 'compile', 'fetch')
ts.add('compile', 'fetch')
ts.add('test', 'build')
ts.add('deploy', 'test', 'build')
ts.add('fetch')
ts.prepare()
order = []
while ts.is_active():
    ready = ts.get_ready()
    order.append(ready)
    ts.done(*reversed(ready))
print(order, bool(ts), ts.get_ready())
t2 = TopologicalSorter({'a': ['b']})
attempt('get_ready early', lambda: t2.get_ready())
attempt('is_active early', lambda: t2.is_active())
attempt('done early', lambda: t2.done('a'))
t2.prepare()
attempt('prepare twice', lambda: t2.prepare())
attempt('add late', lambda: t2.add('z'))
attempt('done unknown', lambda: t2.done('zz'))
attempt('done not ready', lambda: t2.done('a'))
print(t2.get_ready())
t2.done('b')
attempt('done twice', lambda: t2.done('b'))
print(t2.get_ready(), t2.is_active())
t3 = TopologicalSorter()
t3.add(1, 2, 2, 3)
t3.add(2, 3)
print(list(t3.static_order()), TopologicalSorter[int], issubclass(CycleError, ValueError))
