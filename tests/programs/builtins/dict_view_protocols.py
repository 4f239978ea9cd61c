# dict views are not subscriptable; keys and items views are unhashable (they compare like sets),
# values views hash by identity; set operations on views.
d = {'b': 1, 'a': 2}
print(sorted(d.keys()), sorted(d.values()), sorted(d.items()), list(reversed(d.keys())))
try:
    d.keys()[0]
except TypeError as e:
    print(e)
try:
    hash(d.keys())
except TypeError as e:
    print(e)
print(hash(d.values()) == hash(d.values()) or True)
for v in (d.values(), d.items()):
    try:
        v[0]
    except TypeError as e:
        print(e)
try:
    hash(d.items())
except TypeError as e:
    print(e)
print({1: 'x'}.keys() == {1}, {1: 'x'}.items() == {(1, 'x')}, d.keys() & {'a'}, d.items() - {('a', 2)})
