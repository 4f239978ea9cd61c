# Hashable values as dict keys found again by equal, new objects: bound builtin methods, method-wrappers, slices (hashable since 3.12), ranges, numbers across types; and CPython 3.12's hash values for numbers, tuples and frozensets.
import fractions, decimal, datetime, enum
l = [1]
d = {l.append: 'app', (1).__add__: 'add', len: 'len', slice(1, 2): 'slice', range(3): 'range'}
print(d[l.append], d[(1).__add__], d[len], d[slice(1, 2)], d[range(0, 3)])
print(hash(slice(1, 2)) == hash(slice(1, 2)), slice(1, 2) == slice(1, 2), hash(range(3)) == hash(range(0, 3, 1)))
print({fractions.Fraction(1, 2): 1}[0.5], {decimal.Decimal('1.5'): 1}[1.5], {1.0: 'f'}[True], {2**64: 'b'}[float(2**64)])
print(hash(fractions.Fraction(1, 3)), hash(decimal.Decimal('0.1')), hash(1.5), hash(-1), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(1e300), hash(float('inf')), hash(complex(1, 2)))
print(hash((1, 2)), hash(()), hash(frozenset([1, 2])), hash(frozenset()), hash('') , hash(b''), hash((1.5, 'a')) == hash((1.5, 'a')))
class E(enum.Enum):
    A = 1
print({E.A: 1}[E.A], {datetime.date(2024, 1, 1): 'd'}[datetime.date(2024, 1, 1)], {datetime.timedelta(1): 1}[datetime.timedelta(hours=24)])
s = {l.append, l.append, [].append}; print(len(s))
class K:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
k = K(); print({k: 1}[k], K.__hash__ is object.__hash__)
print(int.__add__ == int.__add__, str.upper == str.upper, {str.upper: 1}[str.upper], (1).__add__ == (1).__add__, (1).__add__ == (2).__add__)
