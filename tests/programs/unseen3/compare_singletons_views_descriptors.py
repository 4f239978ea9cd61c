# Ordering of singletons (None < None is an error, == works), dict views as abc.Reversible
# (their type's __dict__ has __iter__/__reversed__, object is their base) and the messages
# of unbound builtin methods called on a foreign object.
import collections.abc as cabc


def attempt(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, 'TypeError:', e)


attempt('None < None', lambda: None < None)
attempt('None <= None', lambda: None <= None)
attempt('None > None', lambda: None > None)
attempt('None >= None', lambda: None >= None)
attempt('None == None', lambda: (None == None, None != None))
attempt('... < ...', lambda: ... < ...)
attempt('NotImplemented >= NotImplemented', lambda: NotImplemented >= NotImplemented)
attempt('sorted Nones', lambda: sorted([None, None]))
attempt('max Nones', lambda: max([None, None]))
attempt('tuples with None', lambda: (1, None) < (1, None))
attempt('tuples with None eq', lambda: (1, None) == (1, None))
attempt('min tuples', lambda: min([(2, None), (1, None)]))

d = {'a': 1, 'b': 2}
for view in (d.keys(), d.values(), d.items()):
    t = type(view)
    print(t.__name__, t.__mro__, t.__bases__, '__iter__' in t.__dict__, '__reversed__' in t.__dict__)
    print([abc.__name__ for abc in (cabc.Iterable, cabc.Reversible, cabc.Sized, cabc.Collection,
                                    cabc.Set, cabc.KeysView, cabc.ValuesView, cabc.ItemsView,
                                    cabc.MappingView) if isinstance(view, abc)])
    print(list(t.__iter__(view)), list(reversed(view)))

attempt('list.append(1, 2)', lambda: list.append(1, 2))
attempt('list.append()', lambda: list.append())
attempt('dict.keys(5)', lambda: dict.keys(5))
attempt('str.upper(5)', lambda: str.upper(5))
attempt('str.join(1, [])', lambda: str.join(1, []))
attempt('tuple.count(1, 2)', lambda: tuple.count(1, 2))
attempt('type.__call__(5)', lambda: type.__call__(5))
attempt('list.append ok', lambda: (lambda l: (list.append(l, 3), l))([1]))
attempt('str.upper ok', lambda: str.upper('abc'))
