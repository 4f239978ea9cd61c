# operator is C in CPython.
import operator

get = operator.itemgetter(1)
print(get("ab"), operator.add(1, 2))
operator.add(1, 'a')
