# A small library manager: custom exceptions, a contextmanager, collections, heapq/bisect,
# itertools/functools helpers (a probe program that matched CPython as first written).
import heapq, bisect, contextlib, itertools, functools, operator
from collections import defaultdict, Counter, OrderedDict, deque, ChainMap, namedtuple
class LibraryError(Exception): pass
class NotAvailable(LibraryError):
    def __init__(self, title): super().__init__(f"{title!r} is checked out"); self.title = title
class Book:
    _ids = itertools.count(1)
    def __init__(self, title, author, year):
        self.id = next(self._ids); self.title, self.author, self.year = title, author, year
        self.out = False
    def __repr__(self): return f"<Book #{self.id} {self.title!r} ({self.year})>"
    def __lt__(self, o): return (self.year, self.title) < (o.year, o.title)
    def __hash__(self): return hash(self.id)
class Library:
    def __init__(self): self.books = {}; self.log = deque(maxlen=3)
    def add(self, *books):
        for b in books: self.books[b.id] = b
        return self
    def checkout(self, bid):
        b = self.books.get(bid)
        if b is None: raise LibraryError(f"no book {bid}")
        if b.out: raise NotAvailable(b.title)
        b.out = True; self.log.append(("out", bid))
    @contextlib.contextmanager
    def borrowed(self, bid):
        self.checkout(bid)
        try: yield self.books[bid]
        finally: self.books[bid].out = False; self.log.append(("in", bid))
    def __len__(self): return len(self.books)
    def __contains__(self, title): return any(b.title == title for b in self.books.values())
    def __iter__(self): return iter(sorted(self.books.values()))
lib = Library().add(Book("Dune", "Herbert", 1965), Book("Emma", "Austen", 1815), Book("Ulysses", "Joyce", 1922), Book("Persuasion", "Austen", 1817))
print(len(lib), "Dune" in lib, list(lib))
with lib.borrowed(1) as b:
    print("reading", b)
    try: lib.checkout(1)
    except LibraryError as e: print(type(e).__name__, e, isinstance(e, NotAvailable))
with contextlib.suppress(LibraryError):
    lib.checkout(99)
    print("not reached")
print(list(lib.log))
by_author = defaultdict(list)
for b in lib: by_author[b.author].append(b.title)
print(dict(by_author), Counter(b.author for b in lib).most_common(1))
print(heapq.nsmallest(2, lib.books.values(), key=lambda b: b.year), heapq.nlargest(1, [3, 1, 4, 1, 5]))
h = []
for b in lib.books.values(): heapq.heappush(h, (-b.year, b.title))
print([heapq.heappop(h)[1] for _ in range(len(h))])
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), heapq.heappushpop([5, 7], 3), heapq.heapify(x := [5, 2, 8, 1]) or x)
years = sorted(b.year for b in lib)
print(bisect.bisect_left(years, 1900), bisect.bisect(years, 1922), bisect.bisect_right(years, 1815))
bisect.insort(years, 1900); print(years)
print(bisect.bisect_left(list(lib), 1920, key=lambda b: b.year))
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"): return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
print(sorted(lib, key=operator.attrgetter("author", "year")), sorted(["b", "A", "c"], key=str.lower), sorted([(1, "b"), (1, "a")], reverse=True))
print(sorted(lib.books.values(), key=functools.cmp_to_key(lambda a, b: len(a.title) - len(b.title))))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); cm["c"] = 4; print(cm, cm["b"], list(cm), cm.maps, cm.new_child({"z": 0}).parents)
od = OrderedDict.fromkeys("abc"); od.move_to_end("a"); od.popitem(last=False); print(od, list(reversed(od)))
Pt = namedtuple("Pt", "x y", defaults=[0]); p = Pt(1); print(p, p._replace(y=5), p._asdict(), Pt._fields, Pt._field_defaults, Pt._make([7, 8]))
c = Counter("mississippi"); print(c, c["z"], c.total(), sorted(c.elements())[:5], c - Counter("ss"), c & Counter("ppp"), +Counter(a=-1, b=2), c.most_common(2))
d = deque(range(5)); d.rotate(2); d.appendleft(-1); d.extendleft([8, 9]); print(d, d.index(3), d.count(0), d[2], d.maxlen)
try: d.index(100)
except ValueError as e: print(e)
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul, initial=10)), list(itertools.pairwise("abcd")), list(itertools.batched("abcdefg", 3)))
print([(k, list(g)) for k, g in itertools.groupby(sorted(lib, key=lambda b: b.author), key=lambda b: b.author)])
print(list(itertools.combinations("abcd", 2))[:4], list(itertools.permutations(range(3), 2))[:3], list(itertools.product("ab", repeat=2)), list(itertools.starmap(pow, [(2, 3)])))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.compress("abcdef", [1, 0, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 4, 1])), list(itertools.takewhile(lambda x: x < 3, [1, 4, 1])), list(itertools.chain.from_iterable(["ab", "c"])), list(itertools.filterfalse(None, [0, 1, 2])), list(itertools.repeat("x", 3)), list(itertools.cycle("ab") for _ in range(0)))
t1, t2 = itertools.tee(iter([1, 2])); print(list(t1), list(t2))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.partial(int, base=2)("101"), repr(functools.partial(max, 1)))
@functools.singledispatch
def show(x): return f"obj {x}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
class Cached:
    @functools.cached_property
    def val(self): print("computing"); return 42
cc = Cached(); print(cc.val, cc.val, cc.__dict__)
