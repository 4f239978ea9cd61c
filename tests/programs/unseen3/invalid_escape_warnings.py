# SyntaxWarning for invalid escape sequences (3.12): the first one of each non-raw string
# or bytes literal, at the literal's first line; raw strings and valid escapes are quiet.
import re
import warnings

print(re.findall('\d+', 'a1b22c333'))
print(re.sub('\s+', ' ', 'a  b\t\tc'))
print(r'\d raw is fine', '\\d escaped is fine', '\x41\101\u0041\N{BULLET}\n'.strip())
path = "C:\Program Files\data"
print(path)
print(b'\d bytes', b'\N{x}' if False else b'\q')
multi = """first line
second \p here \q
third"""
print(multi)
print('\777' == '\u01ff', b'\x41\101')
print(f'\d{1 + 1}\w', 'two \z in one \y string')
print('adjacent \c' 'literals \e')
print('\é')


def doc():
    """Docstring with \s escape."""
    return doc.__doc__


print(doc())
