"""reprlib: size-limited reprs (pydive's own implementation of CPython 3.12's module)."""

import builtins
from itertools import islice
from threading import get_ident

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a call that re-enters for the same object (on the same
    thread) returns `fillvalue` instead of recursing forever."""

    def decorate(method):
        active = set()

        def wrapper(self):
            token = (id(self), get_ident())
            if token in active:
                return fillvalue
            active.add(token)
            try:
                return method(self)
            finally:
                active.discard(token)

        for name in ('__module__', '__doc__', '__name__', '__qualname__',
                     '__annotations__', '__type_params__'):
            try:
                setattr(wrapper, name, getattr(method, name))
            except AttributeError:
                pass
        return wrapper

    return decorate


def _cut_middle(text, limit, fill):
    # Keep the head and the tail of `text`, `fill` in between, about `limit` long in all.
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + fill + text[len(text) - tail:]


def _in_order_if_possible(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """Reprs with limits per kind of container, per string/int length and on nesting."""

    def __init__(self, *, maxlevel=6, maxtuple=6, maxlist=6, maxarray=5, maxdict=4,
                 maxset=6, maxfrozenset=6, maxdeque=6, maxstring=30, maxlong=40,
                 maxother=30, fillvalue='...', indent=None):
        # the limits: items per container kind, characters per str/int/other, nesting
        self.maxlevel, self.maxtuple, self.maxlist = maxlevel, maxtuple, maxlist
        self.maxarray, self.maxdict, self.maxset = maxarray, maxdict, maxset
        self.maxfrozenset, self.maxdeque = maxfrozenset, maxdeque
        self.maxstring, self.maxlong, self.maxother = maxstring, maxlong, maxother
        self.fillvalue, self.indent = fillvalue, indent

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        # Dispatch on the type's name: repr_list, repr_dict, ... ('a b' -> repr_a_b).
        kind = '_'.join(type(x).__name__.split())
        handler = getattr(self, 'repr_' + kind, self.repr_instance)
        return handler(x, level)

    # -- joining the pieces of one container ---------------------------------------------

    def _join(self, pieces, level):
        if self.indent is None:
            return ', '.join(pieces)
        if not pieces:
            return ''
        unit = self.indent
        if isinstance(unit, int):
            if unit < 0:
                raise ValueError(f'Repr.indent cannot be negative int (was {unit!r})')
            unit = ' ' * unit
        depth = self.maxlevel - level + 1
        try:
            inner = ',\n' + depth * unit
        except TypeError as exc:
            raise TypeError(
                f'Repr.indent must be a str, int or None, not {type(unit)}') from exc
        # One item per line at this depth, the closing bracket back one level.
        text = inner[1:] + inner.join(pieces) + inner
        outer_cut = len(unit)
        return text[:-outer_cut] if outer_cut else text

    def _sequence(self, x, level, opening, closing, limit, single_trail=''):
        count = len(x)
        if level <= 0 and count:
            body = self.fillvalue
        else:
            pieces = [self.repr1(item, level - 1) for item in islice(x, limit)]
            if count > limit:
                pieces.append(self.fillvalue)
            body = self._join(pieces, level)
            if count == 1 and single_trail and self.indent is None:
                closing = single_trail + closing
        return opening + body + closing

    # -- one method per kind ------------------------------------------------------------

    def repr_tuple(self, x, level):
        return self._sequence(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._sequence(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return f"array({x.typecode!r})"
        return self._sequence(x, level, f"array({x.typecode!r}, [", '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._sequence(_in_order_if_possible(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._sequence(_in_order_if_possible(x), level, 'frozenset({', '})',
                              self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._sequence(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return f'{{{self.fillvalue}}}'
        shown = islice(_in_order_if_possible(x), self.maxdict)
        pieces = [f'{self.repr1(key, level - 1)}: {self.repr1(x[key], level - 1)}'
                  for key in shown]
        if len(x) > self.maxdict:
            pieces += [self.fillvalue]
        return f'{{{self._join(pieces, level)}}}'

    def repr_str(self, x, level):
        text = builtins.repr(x[:self.maxstring])
        if len(text) <= self.maxstring:
            return text
        # Shorten the string itself, then splice the fill value into its repr.
        head = max(0, (self.maxstring - 3) // 2)
        tail = max(0, self.maxstring - 3 - head)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        text = builtins.repr(x)
        if len(text) > self.maxlong:
            text = _cut_middle(text, self.maxlong, self.fillvalue)
        return text

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return f'<{x.__class__.__name__} instance at {id(x):#x}>'
        if len(text) > self.maxother:
            text = _cut_middle(text, self.maxother, self.fillvalue)
        return text


aRepr = Repr()
repr = aRepr.repr
