import keyword
from collections import abc
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist), keyword.kwlist[:5])
print(issubclass(dict, abc.MutableMapping), isinstance([], abc.Sequence), isinstance((), abc.MutableSequence), isinstance("", abc.Iterable))
print(isinstance(iter([]), abc.Iterator), isinstance((x for x in []), abc.Generator), isinstance(len, abc.Callable), isinstance({}.keys(), abc.Set))
class MySeq(abc.Sequence):
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
s = MySeq()
print(list(s), s.index(4), s.count(1), 4 in s, list(reversed(s)), isinstance(s, abc.Reversible))
class Sized:
    def __len__(self): return 0
print(isinstance(Sized(), abc.Sized), issubclass(int, abc.Hashable), issubclass(list, abc.Hashable))
