# A deque slot wrapper called on a non-deque: "requires a 'collections.deque' object but received"; a method: "doesn't apply to".
import collections
D = collections.deque
for name in ['append', 'pop', '__init__', '__setitem__', '__getitem__', '__delitem__', '__len__', '__iter__', '__contains__', '__iadd__', '__add__', '__repr__', '__eq__', '__copy__', '__reduce__', '__reversed__', 'copy', 'rotate', 'maxlen']:
    m = getattr(D, name)
    try:
        if name == 'maxlen': m.__get__(1)
        else: m(1, 2) if name in ('__setitem__',) else m(1)
    except TypeError as e: print(name, e)
    except Exception as e: print(name, type(e).__name__)
