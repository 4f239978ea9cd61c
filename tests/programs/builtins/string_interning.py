# Which strings are the same object: constants made of name characters are interned when
# code is compiled (so equal ones anywhere are one object), strings built at run time are
# new objects until sys.intern() gives the interned one (or makes them it).
import sys

s1 = 'hello'
s2 = 'hel' + 'lo'             # folded by the compiler: a constant too
s3 = ''.join(['hel', 'lo'])   # built at run time
print(s1 is s2, s1 is s3, s1 == s3)
print(sys.intern(s3) is s1, sys.intern(s3) is s3)

def other_function():
    return 'hello'

print(other_function() is s1)

built = '_'.join(['not', 'yet', 'interned'])
first = sys.intern(built)
print(first is built, sys.intern('not_yet_' + 'interned'.upper().lower()) is built)
print('not_yet_interned' is built)

spaced = 'hello world'
print(spaced is ' '.join(['hello', 'world']), sys.intern(' '.join(['hello', 'world'])) == spaced)

class S(str):
    pass

for args in ((), ('a', 'b'), (5,), (S('x'),)):
    try:
        sys.intern(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    sys.intern(string='a')
except TypeError as e:
    print('TypeError:', e)
