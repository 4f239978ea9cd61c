# list(obj) of a class: __iter__, then the length hint (__len__, whose TypeError means no length,
# or __length_hint__ with its checks), then the items — the calls CPython's list_extend makes.
class Seq:
    def __init__(self, n, log): self.n, self.log = n, log
    def __iter__(self):
        self.log.append("iter")
        return iter(range(self.n))
    def __len__(self):
        self.log.append("len")
        return self.n
class Hinted:
    def __init__(self, log): self.log = log
    def __iter__(self):
        self.log.append("iter")
        return iter("ab")
    def __length_hint__(self):
        self.log.append("hint")
        return 2
class BadLen:
    def __iter__(self): return iter([1])
    def __len__(self): raise ValueError("no length")
class TypeLen:
    def __iter__(self): return iter([1, 2])
    def __len__(self): raise TypeError("no")
class NegHint:
    def __iter__(self): return iter([1])
    def __length_hint__(self): return -1
class StrHint:
    def __iter__(self): return iter([1])
    def __length_hint__(self): return "x"
class NIHint:
    def __iter__(self): return iter([3])
    def __length_hint__(self): return NotImplemented
log = []
print(list(Seq(3, log)), log)
log = []
print(list(Hinted(log)), log)
for cls in (BadLen, TypeLen, NegHint, StrHint, NIHint):
    try:
        print(cls.__name__, list(cls()))
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)
from unittest.mock import MagicMock
m = MagicMock()
m.__iter__.return_value = [1, 2]
print(list(m), m.mock_calls)
