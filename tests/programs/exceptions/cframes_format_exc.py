# Errors raised in modules that are C in CPython: tracebacks hold only the Python frames
# (this file's and user callbacks'), never the library's.
import traceback, sys
import datetime, decimal, heapq, bisect, functools, itertools, struct, operator, collections, pickle, csv, array, random, binascii, zlib, time

class Bad:
    def __lt__(self, other):
        raise RuntimeError("user __lt__")

def key_fails(x):
    raise LookupError("user key")

cases = [
    ("date", lambda: datetime.date(2023, 2, 29)),
    ("timedelta", lambda: datetime.timedelta(days="x")),
    ("fromisoformat", lambda: datetime.date.fromisoformat("2023-13-01")),
    ("Decimal", lambda: decimal.Decimal("abc")),
    ("Decimal div", lambda: decimal.Decimal(1) / decimal.Decimal(0)),
    ("heappush", lambda: heapq.heappush(1, 2)),
    ("heappush lt", lambda: heapq.heappush([Bad()], Bad())),
    ("insort", lambda: bisect.insort(None, 1)),
    ("bisect key", lambda: bisect.bisect([1, 2], 1, key=key_fails)),
    ("reduce", lambda: functools.reduce(lambda a, b: a + b, [])),
    ("reduce cb", lambda: functools.reduce(lambda a, b: a + b, [1, "a"])),
    ("partial", lambda: functools.partial(5)),
    ("cmp_to_key", lambda: sorted([1, 2], key=functools.cmp_to_key(lambda a, b: 1 / 0))),
    ("lru", lambda: functools.lru_cache(key_fails)(1)),
    ("chain", lambda: list(itertools.chain.from_iterable(5))),
    ("islice", lambda: itertools.islice([], -1)),
    ("struct", lambda: struct.pack('i', 'x')),
    ("unpack", lambda: struct.unpack('i', b'x')),
    ("operator.add", lambda: operator.add(1, 'a')),
    ("itemgetter", lambda: operator.itemgetter(5)([])),
    ("deque", lambda: collections.deque(maxlen=-1)),
    ("defaultdict", lambda: collections.defaultdict(5)),
    ("OrderedDict", lambda: collections.OrderedDict().popitem()),
    ("odict move", lambda: collections.OrderedDict().move_to_end(1)),
    ("pickle", lambda: pickle.dumps(lambda: 0)),
    ("unpickle", lambda: pickle.loads(b"junk")),
    ("csv.reader", lambda: csv.reader(5)),
    ("csv.writer", lambda: csv.writer(5)),
    ("array", lambda: array.array('q', 'x')),
    ("array typecode", lambda: array.array('z')),
    ("getrandbits", lambda: random.getrandbits(-1)),
    ("binascii", lambda: binascii.unhexlify('x')),
    ("zlib", lambda: zlib.decompress(b'junk')),
    ("time", lambda: time.strftime(5)),
    ("sleep", lambda: time.sleep(-1)),
]
for name, f in cases:
    try:
        f()
    except BaseException as e:
        tb = e.__traceback__
        print("==", name, type(e).__name__, len(traceback.extract_tb(tb)))
        for fs in traceback.extract_tb(tb)[1:]:
            print("   ", fs.name, fs.filename.rsplit('/', 1)[-1], fs.line)
        if name in ("date", "heappush lt", "cmp_to_key", "reduce cb", "pickle", "itemgetter"):
            print(traceback.format_exc(), end="")
    else:
        print("==", name, "no error")
