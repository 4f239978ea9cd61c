import re
for p in ['*a', 'a**', 'a{3,2}', '[a', '(a', 'a)', r'\q', '(?<a>x)', '(?P<1a>x)', '(?P=zz)', '(?P<a>x)(?P<a>y)', '[b-a]', r'(?<=a+)b', 'a(?i)b', '(?z)', r'\1(a)', r'[\d-z]', '(?#abc', 'x{,}', 'x{}', '^*', r'\x4', r'\777', '(?(2)a|b)', '(?(a)x)', 'a|*', '(?i', '(?-i)', '(?a-u:x)', r'(?P<n>a)(?P=n', '[]', '[^]', 'a{1,2}{3}', '(?', '(?P', '(?<', r'\u12', 'abc\n(de', '(?x) a b # c\n d', '(?P<n>a)(?P=n)', r'(a)\1', '(?L)a', '(?iu)a', '(?i-i:a)', '(?P<a-b>x)', '(?(1a)x)', r'\8', r'[\8]', r'[\1]', '(?<=(a)\\1)b', '(a)(?(1)b|c|d)', r'\b*', '(?:)*', r'(?x)[ a]', '[[a]', 'a--b', '[a--b]', '(?<!ab|c)d', '(?P>x)', 'a{99999999999}', '(?ai)x', '(?x)(?s)a']:
    try:
        r = re.compile(p)
        print(repr(p), 'OK', r.groups, r.groupindex, r.flags)
    except re.error as e:
        print(repr(p), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
try:
    re.compile(b"\\u1234")
except re.error as e:
    print(e)
try:
    re.compile("a", re.L)
except ValueError as e:
    print(e)
print(re.compile(b"(?L)a").flags, re.compile("(?a)a").flags, re.compile(b"a").flags)
