"""Names for built-in types that are not directly accessible as builtins (pydive's types).

Most are found by taking type() of an example object, so they are exactly the VM's
own types.
"""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
# mappingproxy: the VM's read-only view of a mapping (objects/mappingproxy.rs).
MappingProxyType = type(type.__dict__)


class SimpleNamespace:
    """A simple attribute-based namespace (CPython's Objects/namespaceobject.c)."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        running = _ns_repr_running
        key = id(self)
        if key in running:
            return name + "(...)"
        running.add(key)
        try:
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            running.discard(key)
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), dict(self.__dict__))


_ns_repr_running = set()


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()  # no "never awaited" warning


async def _ag():
    yield


_ag = _ag()
AsyncGeneratorType = type(_ag)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)

WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])

ModuleType = type(sys)

try:
    raise TypeError
except TypeError as exc:
    TracebackType = type(exc.__traceback__)
    FrameType = type(exc.__traceback__.tb_frame)

GetSetDescriptorType = type(FunctionType.__code__)
MemberDescriptorType = type(FunctionType.__globals__)



class GenericAlias:
    """`list[int]`: a parameterized generic (Objects/genericaliasobject.c); `origin[args]`
    on a builtin type makes one."""

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, "__origin__", origin)
        object.__setattr__(self, "__args__", args)
        object.__setattr__(self, "__unpacked__", False)

    @property
    def __parameters__(self):
        # type variables of the arguments, nested aliases' too (list[dict[str, T]] has T)
        params = []
        for a in self.__args__:
            if hasattr(a, "__typing_subst__"):
                found = (a,)
            elif isinstance(a, type):
                found = ()
            else:
                found = getattr(a, "__parameters__", ())
                found = found if isinstance(found, tuple) else ()
            params.extend(p for p in found if not any(p is q for q in params))
        return tuple(params)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return NotImplemented

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __getitem__(self, item):
        params = self.__parameters__
        if not params:
            raise TypeError(f"{self!r} is not a generic class")
        if not isinstance(item, tuple):
            item = (item,)
        if len(item) != len(params):
            raise TypeError(f"Too {'many' if len(item) > len(params) else 'few'} arguments for"
                            f" {self!r}; actual {len(item)}, expected {len(params)}")

        def subst(a):
            for p, v in zip(params, item):
                if a is p:
                    return v
            inner = () if isinstance(a, type) else getattr(a, "__parameters__", ())
            if inner and isinstance(inner, tuple):
                return a[tuple(subst(p) for p in inner)]
            return a
        return GenericAlias(self.__origin__, tuple(subst(a) for a in self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 0:
            inner = "()"
        else:
            inner = ", ".join(_generic_repr(a) for a in args)
        return f"{_generic_repr(self.__origin__)}[{inner}]"


def _generic_repr(p):
    if p is Ellipsis:
        return "..."
    if isinstance(p, list):
        return "[" + ", ".join(_generic_repr(a) for a in p) + "]"
    if isinstance(p, GenericAlias):
        return repr(p)
    if hasattr(p, "__origin__") and hasattr(p, "__args__"):
        return repr(p)
    qualname = getattr(p, "__qualname__", None)
    module = getattr(p, "__module__", None)
    if qualname is None or module is None:
        return repr(p)
    if module == "builtins":
        return qualname
    return f"{module}.{qualname}"


UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del sys, _f, _g, _C, _c, _ag, _cell_factory


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Build a class as a class statement would: bases resolved (PEP 560), the metaclass
    found and prepared, exec_body(namespace) run to fill the namespace."""
    real_bases = resolve_bases(bases)
    meta, namespace, kwds = prepare_class(name, real_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if real_bases is not bases:
        namespace['__orig_bases__'] = bases
    return meta(name, real_bases, namespace, **kwds)


def resolve_bases(bases):
    """bases with each non-class that has __mro_entries__ replaced by what it returns
    (bases itself when nothing changes)."""
    out = []
    changed = False
    for base in bases:
        if isinstance(base, type) or not hasattr(base, '__mro_entries__'):
            out.append(base)
            continue
        entries = base.__mro_entries__(bases)
        changed = True
        if not isinstance(entries, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        out.extend(entries)
    return tuple(out) if changed else bases


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace from its __prepare__, the keywords left for it).

    The metaclass is kwds['metaclass'] (removed from the keywords), else the type of
    the first base, else type; a class metaclass is then replaced by the most derived
    metaclass among it and the bases' metaclasses."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    namespace = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, namespace, kwds


def _calculate_meta(meta, bases):
    # the one metaclass that is a subclass of all the others, or an error
    best = meta
    for base in bases:
        other = type(base)
        if issubclass(best, other):
            continue
        if not issubclass(other, best):
            raise TypeError('metaclass conflict: the metaclass of a derived class must be '
                            'a (non-strict) subclass of the metaclasses of all its bases')
        best = other
    return best


def get_original_bases(cls, /):
    """The bases cls was defined with, before __mro_entries__ replaced any
    (cls.__orig_bases__ when the class has its own, else cls.__bases__)."""
    try:
        own, bases = cls.__dict__, cls.__bases__
    except AttributeError:
        raise TypeError(f'Expected an instance of type, not {type(cls).__name__!r}') from None
    return own.get('__orig_bases__', bases)


class DynamicClassAttribute:
    """A property for instances that is invisible on the class: looking it up on the
    class raises AttributeError, so the metaclass's __getattr__ answers instead (enum
    members named like an attribute of their class rely on it)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None  # getter() may take the new function's doc
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if not self.__isabstractmethod__:
                raise AttributeError()
            return self
        if self.fget is None:
            raise AttributeError('unreadable attribute')
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _with(self, fget, fset, fdel, doc):
        twin = type(self)(fget, fset, fdel, doc)
        twin.overwrite_doc = self.overwrite_doc
        return twin

    def getter(self, fget):
        doc = fget.__doc__ if self.overwrite_doc else None
        return self._with(fget, self.fset, self.fdel, doc or self.__doc__)

    def setter(self, fset):
        return self._with(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return self._with(self.fget, self.fset, fdel, self.__doc__)


class _GeneratorWrapper:
    """What a types.coroutine() function returns for a generator-like object that is
    not a real generator: awaitable, and forwarding the generator protocol."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = gen.__class__ is GeneratorType
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self.__wrapped if self.__isgen else self

    __await__ = __iter__


# the gi_* attributes of the wrapped object, also under their cr_* names
for _gi, _cr in (('gi_code', 'cr_code'), ('gi_frame', 'cr_frame'),
                 ('gi_running', 'cr_running'), ('gi_yieldfrom', 'cr_await')):
    _attr = property(lambda self, _name=_gi: getattr(self._GeneratorWrapper__wrapped, _name))
    setattr(_GeneratorWrapper, _gi, _attr)
    setattr(_GeneratorWrapper, _cr, _attr)
del _gi, _cr, _attr

_CO_GENERATOR = 0x20
_CO_ITERABLE_COROUTINE = 0x100
_CO_COROUTINE_KINDS = 0x180  # CO_COROUTINE | CO_ITERABLE_COROUTINE


def coroutine(func):
    """Decorator letting a generator function be awaited from async code (the old
    @asyncio.coroutine style)."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if func.__class__ is FunctionType and code.__class__ is CodeType:
        if code.co_flags & _CO_COROUTINE_KINDS:
            return func
        if code.co_flags & _CO_GENERATOR:
            # a generator function: mark its code, no wrapper needed
            func.__code__ = code.replace(co_flags=code.co_flags | _CO_ITERABLE_COROUTINE)
            return func

    import functools
    import _collections_abc

    # any other callable: check at each call what it returned
    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        kind = result.__class__
        if kind is CoroutineType or (
                kind is GeneratorType and result.gi_code.co_flags & _CO_ITERABLE_COROUTINE):
            return result
        if (isinstance(result, _collections_abc.Generator)
                and not isinstance(result, _collections_abc.Coroutine)):
            return _GeneratorWrapper(result)
        return result
    return wrapped


__all__ = [n for n in globals() if n[:1] != "_"]


# C types in CPython: error messages name them with their module ('types.SimpleNamespace')
try:
    import _pydive
    _pydive.set_tp_name(SimpleNamespace, 'types.SimpleNamespace')
    _pydive.set_immutable(SimpleNamespace)
    del _pydive
except ImportError:
    pass
