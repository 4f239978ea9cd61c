# importing stdlib modules in various forms
import math as m, os.path
from collections import OrderedDict as OD, deque
from itertools import (chain,
                       count)
print(m.floor(2.5), os.path.join("a", "b"), OD([(1, 2)]), deque([1]), list(chain([1], [2])), next(count(5)))
import collections.abc
print(issubclass(list, collections.abc.Sequence), isinstance({}, collections.abc.Mapping))
print(__name__, type(m).__name__, m.__name__)
def lazy():
    import json
    return json.dumps([1])
print(lazy(), "json" in dir())
