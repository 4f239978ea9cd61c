# Error messages name C types of other modules with their module, as CPython's tp_name does
# ('_io.TextIOWrapper', 'collections.deque'), and classes of Python modules by their bare name.
import sys, io, collections, itertools, functools, re, array, datetime, decimal, fractions, random, struct, threading, weakref, operator, types
objs = [sys.stdout, io.StringIO(), io.BytesIO(), open(__file__), open(__file__, 'rb'), open(__file__, 'rb', buffering=0),
        collections.deque(), collections.OrderedDict(), collections.defaultdict(), collections.Counter(),
        itertools.count(), itertools.chain(), functools.partial(print), re.compile('a'), re.match('a', 'a'),
        array.array('b'), datetime.date(2020, 1, 1), datetime.timedelta(1), decimal.Decimal(1), fractions.Fraction(1),
        random.Random(), struct.Struct('i'), threading.Lock(), weakref.ref(random.Random), operator.itemgetter(1),
        types.SimpleNamespace(), iter([]), iter(()), iter(''), iter({}), reversed([]), map(str, []), zip(), enumerate([]),
        range(3), memoryview(b''), bytearray(), frozenset(), slice(1), property(), classmethod(print), staticmethod(print),
        (x for x in []), {}.keys(), {}.values(), {}.items(), sys.flags, sys.version_info, type(sys.implementation)]
for o in objs:
    try:
        o.nonexistent_attr
    except AttributeError as e:
        print(e)
for o in (collections.Counter(), fractions.Fraction(1), random.Random()):
    try:
        o + "x"
    except TypeError as e:
        print(e)
for o in (collections.deque(), itertools.count(), operator.itemgetter(0)):
    try:
        o()
    except TypeError as e:
        print(e)
try:
    len(itertools.count())
except TypeError as e:
    print(e)
try:
    types.SimpleNamespace.missing
except AttributeError as e:
    print(e)
