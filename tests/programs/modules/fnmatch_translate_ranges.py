# fnmatch.translate as CPython 3.12 writes it (ranges, empty and reversed ranges, escaped
# set operations, atomic groups for interior stars) and matching that would backtrack forever
# without them.
import fnmatch, sys
pats = ['*', '**', 'a*', '*a', '*a*', 'a*b*c', '*a*a*a*a*a*a*a*a*a*a', '?', '[abc]', '[!abc]', '[]]', '[!]]',
        '[a-z]', '[z-a]', '[a-c-e]', '[--a]', '[a-]', '[!a-]', '[-a]', '[a--]', '[\\]', '[\\-a]', '[&&]', '[~~|]',
        '[', '[!', 'a[b', '[^x]', '[[x]', 'x.y+z(1)', '*.py', 'f[0-9][!a-c]*?.t?t', '[a-b-c-d]', '[z-a-d]',
        '[!]', '[]', '[]-]', '[!z-a]', '[a-a]', 'a**b**', '***', '[%-0]', '[0-%]', '[!--]']
for p in pats:
    print(repr(p), fnmatch.translate(p))
for name, pat in [('a'*50, '*a*a*a*a*a*a*a*a*a*a'), ('a'*50+'b', '*a*a*a*a*a*a*a*a*a*a'), ('abc.py', '*.py'),
                  ('b', '[a-c]'), ('-', '[a-]'), ('x', '[z-a]'), ('f5x9.txt', 'f[0-9][!a-c]*?.t?t'), ('.', '[%-0]')]:
    print(name[:10], pat, fnmatch.fnmatchcase(name, pat))
print(fnmatch.filter(['a.py', 'b.txt', 'c.py'], '*.py'))
