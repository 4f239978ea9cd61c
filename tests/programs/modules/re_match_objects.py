# re.Match / re.Pattern / finditer's iterator: accessors, errors, reprs, type names, subjects.
import copy
import pickle
import re
import warnings

m = re.match('(a)(?P<n>b)?', 'ac')
print(m, type(m), type(m).__name__, type(m).__module__, isinstance(m, re.Match), re.Match[str])
for g in ([], 'x', 5, -1, 1.5, True, 2**100, b'n', 'n', 0, 1):
    try:
        print(repr(g), m.group(g), m[g] if not isinstance(g, list) else '')
    except Exception as e:
        print(repr(g), type(e).__name__, e)


def show(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)


show(pickle.dumps, m)
show(re.Match)
show(re.Pattern)
print(type(re.finditer('a', 'a')), type(re.compile('x')), re.Pattern[bytes])
print(m.span('n'), m.regs, m.lastindex, m.lastgroup, m.groupdict(), m.groupdict(0))
show(m.start, 1, 2)
show(m.end, group=1)
show(m.group, 1, 9)
show(m.groups, 1, 2)
show(m.groups, x=1)
print(m.groups(default=5), m[0], m['n'], m.group(0, 1, 'n'), m.start(), m.end(1), m.span(2))
show(setattr, m, 're', 1)
print(copy.copy(m) is m, copy.deepcopy(m) is m, m.string, m.pos, m.endpos, m.re)

p = re.compile(r'(?P<w>\w+)-(\d+)')
print(p, p.groups, p.groupindex, p.pattern, p.flags, type(p.groupindex).__name__)
print([mo.groups() for mo in p.finditer('ab-1 cd-22 x-')])
print([mo.span() for mo in p.finditer('ab-1 cd-22 x-', 3, 9)], [mo.pos for mo in p.finditer('ab-1 cd-2', 2)])
print(p.sub(lambda mo: mo.group(2) + mo['w'], 'ab-1 cd-22'), p.subn(r'\2\g<w>', 'ab-1 cd-22'))
print(p.search('zz ab-12', pos=1, endpos=6), p.match(string='ab-1'), p.fullmatch('ab-1 '))
print(re.search(b'(b+)', bytearray(b'abbc')), re.search(b'(b+)', memoryview(b'abbc')).group(1))


class S(str):
    pass


ms = re.search('b+', S('abbc'))
print(ms, type(ms.group()).__name__, type(ms.string).__name__)
print(re.match('x*', 'xxx').expand(r'<\g<0>>'), re.match(b'(x)', b'x').expand(rb'[\1]'))
print(p.match('ab-1').lastgroup, re.match('(a)|(b)', 'b').lastindex, re.match('(?P<a>x)', 'x').lastgroup)
print(pickle.loads(pickle.dumps(p)) == p, hash(p) == hash(re.compile(p.pattern)), copy.copy(p) is p)
print(p.scanner('ab-1cd-2').search(), p.scanner('ab-1cd-2').match())
show(p.match)
show(p.match, 'a', foo=1)
show(p.match, 'a', 'b')
show(p.match, b'a')
show(p.match, 1)
show(p.search, 'a', 0, 2**70)
show(p.search, 'ab-1', pos=1, string='x')
print(p.search('ab-1', 1.0 .__int__()), p.search('ab-1', True))
print(sorted(x for x in dir(m) if not x.startswith('__')))
print(sorted(x for x in dir(p) if not x.startswith('__')))
print(re.compile(b'x(?P<a>.)'), re.compile('x', re.I | re.M), re.compile(b'x') == re.compile('x'))
print(list(re.finditer(b'.', bytearray(b'ab'))), list(re.compile('a').finditer(S('xaa'), 2)))
print(re.sub('a', lambda mo: None, 'bab'), re.sub(b'a', b'\\g<0>!', bytearray(b'bab')))
it = re.finditer('a*', 'baab')
print(iter(it) is it, [mo.span() for mo in it], next(it, 'done'))
print(re.match('é(.)(.)?', 'éàb'), re.match('é(.)(.)?', 'éàb').groups(), re.search('(à)', 'éàb').span(1))
print(repr(re.search('.+', 'x' * 80))[:70], re.search(b'a', b'xa'))

# the subject of a bytearray match is read when a group is asked for (bpo-29444)
s = bytearray(b'abcdefgh')
m1 = re.search(b'[a-h]+', s)
m2 = re.search(b'[e-h]+', s)
s[:] = b'xyz'
print(m1.group(), m2.group(), m1.span(), m2.string)

import array
for code in 'bBhHiIlLfd':
    a = array.array(code)
    print(code, re.compile(b'bla').match(a), re.compile(b'').match(a).groups(), end='; ')
print()

# parse-time checks CPython's compiler makes
for pat in [r'(?<=((.{%d}){%d}){%d})' % (2**22, 2**22, 2**22), r'()(?(+1)a|b)', r'()(?(1a)a|b)', r'(?<=a{%d})' % 2**33, r'(?<=a{1,2})']:
    show(re.compile, pat)
from re._constants import MAXGROUPS, MAXREPEAT
print(MAXGROUPS, int(MAXREPEAT))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    re.template('a')
    re.compile('b', re.TEMPLATE)
    print([str(x.message)[:40] for x in w])
