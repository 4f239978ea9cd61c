# The mixin methods of collections.abc on minimal user classes: sets, mappings, sequences,
# generators, coroutines and async generators.
import collections.abc as cabc
import warnings


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class S(cabc.MutableSet):
    def __init__(self, items=()):
        self.items = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def add(self, x):
        if x not in self.items:
            self.items.append(x)
    def discard(self, x):
        if x in self.items:
            self.items.remove(x)
    def __repr__(self):
        return f'S({self.items})'


a, b = S('abcd'), S('cdef')
print(a & b, a | b, a - b, a ^ b, b ^ a, a ^ set('ax'), set('ax') ^ a, 'xy' and a.isdisjoint('xy'),
      a == S('dcba'), a < S('abcde'), a <= a, a > S('ab'), a >= S('ab'), a != b, a & 'ab' if False else '')
c = S('abc'); c ^= 'cdx'; print(c)
c = S('abc'); c ^= c; print(c)
c = S('abc'); c -= 'ab'; print(c)
c = S('abc'); c -= c; print(c)
c = S('abc'); c &= 'bcz'; print(c)
c = S('abc'); c |= 'xy'; print(c)
c = S('ab'); print(c.pop(), c, c.remove('b'), c)
attempt('remove missing', lambda: S().remove('q'))
attempt('pop empty', lambda: S().pop())
c = S('abc'); c.clear(); print(c, S._hash(S('ab')) == S._hash(S('ba')))
attempt('sub list', lambda: a - ['a'])
attempt('rsub', lambda: ['a'] - a)


class M(cabc.MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)


class KeysOnly:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k * 2


m = M()
m.update({'a': 1}, b=2)
m.update([('c', 3)])
m.update(KeysOnly())
m.update(m)
print(dict(m), m.get('zz', 'dflt'), 'a' in m, m.setdefault('a', 9), m.setdefault('n', 0), m.pop('n'),
      m.pop('zz', 'none'), m == {'a': 1, 'b': 2, 'c': 3, 'p': 'pp', 'q': 'qq'}, m != {}, m == 5)
attempt('pop missing', lambda: m.pop('zz'))
print(m.popitem(), list(m.keys()), list(m.values()), list(m.items()), 'b' in m.keys(), 2 in m.values(),
      ('a', 1) in m.items(), ('a', 2) in m.items(), repr(m.keys())[:9], len(m.items()))
print(sorted(m.keys() & set(['a', 'zz'])), m.keys() | set('x') >= set('x'), m.items() - set([('a', 1)]) == set([('b', 2), ('c', 3), ('p', 'pp')]))
m.clear(); print(dict(m), len(m))
attempt('popitem empty', lambda: m.popitem())
attempt('update 2', lambda: m.update({}, {}))


class Q(cabc.MutableSequence):
    def __init__(self, items=()):
        self.l = list(items)
    def __getitem__(self, i):
        return self.l[i]
    def __setitem__(self, i, v):
        self.l[i] = v
    def __delitem__(self, i):
        del self.l[i]
    def __len__(self):
        return len(self.l)
    def insert(self, i, v):
        self.l.insert(i, v)
    def __repr__(self):
        return f'Q({self.l})'


q = Q('abcabc')
print(q.index('c'), q.index('a', 1), q.index('a', -3), q.index('b', 0, -1), q.index('c', -10), q.count('a'),
      'b' in q, list(reversed(q)), q[1])
attempt('index missing', lambda: q.index('z'))
attempt('index stop', lambda: q.index('c', 0, 2))
attempt('index neg stop', lambda: q.index('c', 0, -4))
q.append('d'); q.extend('ef'); q.extend(q); print(q)
q.reverse(); print(q, q.pop(), q.pop(0), q)
q.remove('e'); print(q)
attempt('remove missing', lambda: q.remove('zz'))
q += 'zz'; print(q)
q.clear(); print(q, len(q))
nan = float('nan')
print(Q([nan]).index(nan), Q([nan]).count(nan), nan in Q([nan]))


def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')


class G(cabc.Generator):
    def __init__(self):
        self.g = gen()
    def send(self, v):
        return self.g.send(v)
    def throw(self, *args):
        return self.g.throw(*args)


g = G()
print(next(g), g.close(), isinstance(g, cabc.Iterator), iter(g) is g)


class Stubborn(cabc.Generator):
    def send(self, v):
        return 1
    def throw(self, *args):
        return 'ignored'


attempt('stubborn close', lambda: Stubborn().close())
attempt('throw default', lambda: cabc.Generator.throw(Stubborn(), ValueError, 'msg'))


class Co(cabc.Coroutine):
    def send(self, v):
        raise StopIteration(v)
    def throw(self, *args):
        return 'kept going'
    def __await__(self):
        return iter([])


attempt('co close', lambda: Co().close())


class AG(cabc.AsyncGenerator):
    async def asend(self, v):
        raise StopAsyncIteration
    async def athrow(self, *args):
        return 'still here'


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    except Exception as e:
        return f'{type(e).__name__}: {e}'


print(run(AG().aclose()), run(AG().__anext__()), AG().__aiter__().__class__.__name__)
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter('always')
    print(isinstance(b'x', cabc.ByteString), [str(w.message) for w in seen])
print(issubclass(list, cabc.MutableSequence), issubclass(dict, cabc.Mapping), issubclass(str, cabc.Sequence),
      isinstance(iter([]), cabc.Iterator), isinstance(gen(), cabc.Generator), issubclass(bytes, cabc.Buffer),
      cabc.Set._from_iterable is not None, cabc.KeysView({'a': 1}), cabc.ValuesView({'a': 1}))
