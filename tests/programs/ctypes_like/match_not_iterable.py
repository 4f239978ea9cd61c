# re.Match has __getitem__ (a mapping's: m[0], m['name']) but is not a sequence: no
# iteration by index.
import re

m = re.match(r'(?P<a>x)(y)', 'xy')
print(m[0], m['a'], m[2])
for f in (lambda: iter(m), lambda: list(m), lambda: tuple(m), lambda: [*m],
          lambda: 'x' in m):
    try:
        print(f())
    except TypeError as e:
        print(e)
print(m.groups(), list(m.groups()))
