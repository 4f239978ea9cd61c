# collections across its public API: reprs, errors, operators and iteration order.
from collections import (namedtuple, OrderedDict, Counter, ChainMap, defaultdict,
                         UserDict, UserList, UserString, deque)


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


# namedtuple
P = namedtuple('P', 'x, y')
p = P(1, y=2)
print(p, p._asdict(), p._replace(x=5), P._make([3, 4]), P._fields, P.__doc__, P.x.__doc__)
print(P.__new__.__doc__, P.__match_args__, P._field_defaults, p.__getnewargs__())
attempt('make3', lambda: P._make([1, 2, 3]))
attempt('replace', lambda: p._replace(z=1))
attempt('bad name', lambda: namedtuple('Q', 'a class'))
attempt('bad ident', lambda: namedtuple('Q', 'a 1b'))
attempt('underscore', lambda: namedtuple('Q', 'a _b'))
attempt('dup', lambda: namedtuple('Q', 'a b a'))
attempt('defaults', lambda: namedtuple('Q', 'a', defaults=(1, 2)))
R = namedtuple('R', ['abc', 'def', '_x', 'abc', '1'], rename=True)
print(R._fields)
D = namedtuple('D', 'a b c', defaults=[7, 8])
print(D(1), D._field_defaults, D.__new__.__defaults__)
attempt('missing', lambda: D())
print(P.__module__, P.__qualname__, P.__new__.__qualname__, P._make.__qualname__)
S = namedtuple('S', 'only')
print(S(1), repr(S.__new__.__doc__))
attempt('setattr', lambda: setattr(p, 'x', 3))

# OrderedDict
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
od.move_to_end('a'); print(od)
od.move_to_end('a', last=False); print(od, list(reversed(od)))
print(od.popitem(), od.popitem(last=False), od)
attempt('popempty', lambda: OrderedDict().popitem())
attempt('move missing', lambda: od.move_to_end('zz'))
o1 = OrderedDict(a=1, b=2); o2 = OrderedDict(b=2, a=1)
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 | {'c': 3}, {'c': 3} | o1)
print(OrderedDict.fromkeys('xyz', 0), od.setdefault('k', 9), od, od.pop('k'), od.pop('q', 'dflt'))
attempt('popmissing', lambda: od.pop('q'))
print(repr(OrderedDict()), od.copy(), list(od.keys()), list(od.values()), list(od.items()))
rec = OrderedDict(); rec['me'] = rec; print(rec)
o3 = OrderedDict(x=1); o3 |= [('y', 2)]; print(o3)

# Counter
c = Counter('abracadabra')
print(c, c.most_common(2), sorted(c.elements()), c.total())
c.update('zz'); c.subtract({'a': 10}); print(c)
print(+c, -c)
a, b = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=-1)
print(a + b, a - b, a | b, a & b, a == b, a <= b, a >= b, a < b, a > b)
print(Counter(a=1) == Counter(a=1, b=0), Counter() == {})
attempt('fromkeys', lambda: Counter.fromkeys('ab'))
del c['zz']; del c['missing']; print(c['missing'], c)
x = Counter(a=2); x += Counter(a=-5, b=1); print(x)
x = Counter(a=2); x -= Counter(a=1, c=3); print(x)
x = Counter(a=2, b=1); x |= Counter(a=1, b=4); print(x)
x = Counter(a=2, b=1); x &= Counter(a=1); print(x)
print(Counter(['x', 'y', 'x']).most_common(), Counter().most_common(1), repr(Counter()))
print(Counter({'a': 1.5, 'b': 'str'}) if False else Counter({'a': 1.5, 'b': 0.5}))
attempt('add other', lambda: Counter() + {})
attempt('update 2', lambda: Counter().update('a', 'b'))
print(Counter(a=1, b=2).copy(), Counter('aab').__reduce__())

# ChainMap
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm, cm['a'], cm['b'], len(cm), list(cm), dict(cm), cm.get('z', 0), 'b' in cm)
cm2 = cm.new_child({'c': 4}); print(cm2, cm2.parents, cm2.new_child())
cm['b'] = 30; print(cm)
del cm['b']; print(cm)
attempt('del missing', lambda: cm.__delitem__('zz'))
attempt('getmissing', lambda: cm['zz'])
print(cm.pop('a'), cm); attempt('pop missing', lambda: cm.pop('zz'))
print(cm.pop('zz', 'default'))
cm.clear(); print(cm); attempt('popitem', lambda: cm.popitem())
print(ChainMap.fromkeys('ab', 1), ChainMap(), bool(ChainMap()), bool(ChainMap({}, {1: 2})))
cm3 = ChainMap({'x': 1}); print(cm3 | {'y': 2}, {'y': 2} | cm3); cm3 |= {'z': 3}; print(cm3)
print(cm3.copy(), repr(ChainMap({}, {})))

# defaultdict
dd = defaultdict(list); dd['a'].append(1); print(dd, dd.copy(), dd.default_factory)
print(defaultdict(None, {'a': 1}), defaultdict(int) | {'x': 1}, {'y': 2} | defaultdict(int))
attempt('dd missing', lambda: defaultdict()['q'])
attempt('dd bad', lambda: defaultdict(5))

# UserDict
ud = UserDict({'a': 1}, b=2); ud['c'] = 3
print(ud, len(ud), 'a' in ud, ud.get('z'), ud.copy(), ud | {'d': 4}, {'d': 4} | ud)
del ud['a']; print(ud, UserDict.fromkeys('pq'), list(ud), ud == {'b': 2, 'c': 3})
attempt('ud missing', lambda: ud['zz'])
class UD(UserDict):
    def __missing__(self, key):
        return key * 2
print(UD()['ab'], type(UD().copy()).__name__)
ud |= {'e': 5}; print(ud)

# UserList
ul = UserList([3, 1, 2])
print(ul, ul[0], ul[1:], type(ul[1:]).__name__, ul + [4], [0] + ul, ul * 2, 2 * ul, len(ul))
ul.append(5); ul.insert(0, 0); ul.extend([9]); ul.sort(); print(ul, ul.pop(), ul.index(2), ul.count(1))
ul.reverse(); print(ul); ul.remove(0); print(ul, ul.copy(), 3 in ul)
ul += [7]; print(ul); ul *= 2; print(ul); ul[0] = 100; del ul[1]; print(ul)
print(ul < [200], ul == UserList(ul), ul > [1], ul <= ul, ul >= [1000])
print(UserList(UserList([1])), UserList((1, 2)), UserList())
ul.clear(); print(ul)

# UserString
us = UserString('Hello World')
for name, args in [('capitalize', ()), ('casefold', ()), ('center', (15, '*')), ('count', ('l',)),
                   ('endswith', ('d',)), ('expandtabs', (4,)), ('find', ('o',)), ('index', ('W',)),
                   ('isalpha', ()), ('isalnum', ()), ('isascii', ()), ('isdecimal', ()),
                   ('isdigit', ()), ('isidentifier', ()), ('islower', ()), ('isnumeric', ()),
                   ('isprintable', ()), ('isspace', ()), ('istitle', ()), ('isupper', ()),
                   ('join', (['a', 'b'],)), ('ljust', (14, '.')), ('lower', ()), ('lstrip', ('H',)),
                   ('partition', (' ',)), ('removeprefix', ('He',)), ('removesuffix', ('ld',)),
                   ('replace', ('l', 'L', 2)), ('rfind', ('o',)), ('rindex', ('o',)),
                   ('rjust', (14,)), ('rpartition', ('o',)), ('rsplit', (None, 1)), ('rstrip', ('d',)),
                   ('split', ()), ('splitlines', (True,)), ('startswith', ('He',)), ('strip', ('Hd',)),
                   ('swapcase', ()), ('title', ()), ('translate', ({72: 'J'},)), ('upper', ()),
                   ('zfill', (14,)), ('format', ()), ('encode', ()), ('isdigit', ())]:
    r = getattr(us, name)(*args)
    print(name, type(r).__name__, repr(r))
print(us + '!', '>' + us, us * 2, us[1:4], us[0], len(us), 'World' in us, us == 'Hello World',
      us < 'Z', hash(us) == hash('Hello World'), int(UserString('42')), float(UserString('1.5')),
      UserString('%s-%d') % ('a', 3), '%s!' % UserString('x'))
print(UserString(UserString('a')), UserString(5), str(us), repr(us), us.count(UserString('o')))
print(UserString('a{}').format(1), UserString('{x}').format_map({'x': 2}), us.find(UserString('W')))
print(list(UserString('abc')), reversed(UserString('ab')).__class__.__name__, UserString('b') > 'a')
print(UserString('x').__getnewargs__(), UserString('abc').__rmod__ if False else '')
print(sorted([UserString('b'), UserString('a')]), UserString('a').__eq__(UserString('a')))

# deque basics (native)
dq = deque([1, 2, 3], maxlen=3); dq.append(4); print(dq, dq.maxlen)
