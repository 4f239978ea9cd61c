# Set literals of three or more constants become frozenset constants; CPython fills their
# hash table two or three times (the third when a name-like str item was interned before,
# e.g. because the module uses it as an identifier), and colliding items can swap places.
# The goldens are recorded with PYTHONHASHSEED=0, so str hashes are fixed.

pairs = {('b', 2), ('c', 3), ('p', 'pp')}
print(pairs, ('c', 3) in {('b', 2), ('c', 3), ('p', 'pp')})

letters = {'a', 'b', 'c', 'd', 'ax'}
print(letters, 'ax' in {'a', 'b', 'c', 'd', 'ax'})

fresh = {'yd0', 'yd1', 'yd3'}
print(fresh)
named = {'ye0', 'ye1', 'ye3'}
ye1 = 'an identifier, so the literal above has its string interned before'
print(named)

underscore = {'yb0', 'yb2', 'yb10', '_'}
print(underscore, sorted(underscore))


def inner(k):
    # the same literal inside a function, and one whose item is a parameter's name
    return k in {'yg0', 'yg1', 'yg20'}, {'k', 'yh3', 'yh15', 'yh0'}


print(inner('yg1'))
for item in {'apple', 'banana', 'cherry', 'date', 'elder'}:
    print(item, end=' ')
print()
print({1, 9, 17, 25}, {0.5, 8.5, 'x', 'yz'}, frozenset({'m', 'n', 'o'}))
