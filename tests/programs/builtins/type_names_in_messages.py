# Messages naming the type of a C type of another module: tp_name ('collections.OrderedDict')
# in int()/float(), "can only join an iterable" for str.join, the bare name in fspath/open.
import collections, functools, re, struct, operator, os
def t(f):
    try:
        r = f(); print('ok', type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)
for o in (collections.OrderedDict(a=1), collections.defaultdict(int), {}.keys(), [1], (1,)):
    t(lambda: int(o))
    t(lambda: float(o))
for o in (functools.partial(len), re.compile('a'), struct.Struct('i'), operator.itemgetter(1), int, 5):
    t(lambda: ','.join(o))
t(lambda: ','.join(x for x in [1]))
t(lambda: ','.join(['a', 2]))
t(lambda: ','.join(iter(['a', 'b'])))
class Bad:
    def __iter__(self):
        raise TypeError('from __iter__')
t(lambda: ','.join(Bad()))
def gen():
    yield 'a'
    raise TypeError('inside')
t(lambda: ','.join(gen()))
for o in (collections.deque(), re.compile('a'), 1.5, None):
    t(lambda: open(o))
    t(lambda: os.fspath(o))
class L(list): pass
print(int.__name__, float(type('F', (float,), {})(2.5)), int(type('I', (int,), {})(3)))
