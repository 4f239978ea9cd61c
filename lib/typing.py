"""Support for type hints (pydive's typing: the names programs import and subscript at
run time, with CPython 3.12's reprs for the common forms; no static checking)."""

import collections
import collections.abc
import contextlib
import functools
import re as _re
import sys
import types

__all__ = ["Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef",
           "Generic", "Literal", "Optional", "ParamSpec", "Protocol", "Tuple", "Type",
           "TypeVar", "TypeVarTuple", "Union", "AbstractSet", "ByteString", "Container",
           "ContextManager", "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView",
           "Mapping", "MappingView", "MutableMapping", "MutableSequence", "MutableSet",
           "Sequence", "Sized", "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable",
           "Coroutine", "Collection", "AsyncGenerator", "AsyncContextManager", "Reversible",
           "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat", "SupportsIndex",
           "SupportsInt", "SupportsRound", "ChainMap", "Counter", "Deque", "Dict",
           "DefaultDict", "List", "OrderedDict", "Set", "FrozenSet", "NamedTuple", "TypedDict",
           "Generator", "BinaryIO", "IO", "Match", "Pattern", "TextIO", "AnyStr",
           "assert_type", "assert_never", "cast", "clear_overloads", "dataclass_transform",
           "final", "get_args", "get_origin", "get_overloads", "get_type_hints", "is_typeddict",
           "LiteralString", "Never", "NewType", "no_type_check", "no_type_check_decorator",
           "NoReturn", "NotRequired", "overload", "override", "ParamSpecArgs",
           "ParamSpecKwargs", "Required", "reveal_type", "runtime_checkable", "Self", "Text",
           "TYPE_CHECKING", "TypeAlias", "TypeGuard", "TypeAliasType", "Unpack"]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, types.GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is ...:
        return "..."
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    if obj is None or obj is type(None):
        return "None"
    return repr(obj)


class _Final:
    __slots__ = ()


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, Final, Literal, ...: subscriptable markers."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, parameters)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


Any = _SpecialForm("Any")


class _AliasBase(_Final):
    """What the subscripted and the bare aliases share: attributes of the origin, `|`."""

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _collect_parameters(args):
    """The type variables of an alias's arguments, nested ones too, in first-seen order."""
    params = []
    for a in args:
        found = (a,) if isinstance(a, (TypeVar, TypeVarTuple)) else (
            _collect_parameters(a) if isinstance(a, list) else
            getattr(a, "__parameters__", ()) if not isinstance(a, type) else ())
        params.extend(p for p in found if p not in params)
    return tuple(params)


def _substitute(a, subst):
    if isinstance(a, TypeVar):
        return subst.get(a, a)
    if isinstance(a, list):
        return [_substitute(x, subst) for x in a]
    params = () if isinstance(a, type) else getattr(a, "__parameters__", ())
    if params and isinstance(params, tuple):
        return a[tuple(subst.get(p, p) for p in params)]
    return a


class _GenericAlias(_AliasBase):
    """`List[int]`, `Union[int, str]`, `Callable[[int], str]`: origin and arguments."""

    def __init__(self, origin, args, name=None, special_repr=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._special_repr = special_repr
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        if self._special_repr is not None:
            return self._special_repr(self)
        name = "typing." + self._name if self._name else _type_repr(self.__origin__)
        if not self.__args__:
            return f"{name}[()]"
        return "{}[{}]".format(name, ", ".join(_arg_repr(a) for a in self.__args__))

    def _cmp_args(self):
        # Union and Literal compare their arguments as sets (a Literal's with their types)
        if self.__origin__ is Union:
            return frozenset(self.__args__)
        if self.__origin__ is Literal:
            return frozenset((type(a), a) for a in self.__args__)
        return self.__args__

    def __eq__(self, other):
        if self.__origin__ is Union and isinstance(other, type(int | str)):
            return self._cmp_args() == frozenset(other.__args__)
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self._cmp_args() == other._cmp_args()

    def __hash__(self):
        return hash((self.__origin__, self._cmp_args()))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, type):
            return (origin,)
        return ()

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __getitem__(self, params):
        if self.__origin__ is Generic or self.__origin__ is globals().get("Protocol"):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(params, tuple):
            params = (params,)
        if (len(params) != len(self.__parameters__)
                and self.__origin__ is not collections.abc.Callable
                and all(type(p) is TypeVar for p in self.__parameters__)):
            raise TypeError(f"Too {'many' if len(params) > len(self.__parameters__) else 'few'}"
                            f" arguments for {self}; actual {len(params)},"
                            f" expected {len(self.__parameters__)}")
        subst = dict(zip(self.__parameters__, params))
        new_args = tuple(_substitute(a, subst) for a in self.__args__)
        return _GenericAlias(self.__origin__, new_args, self._name, self._special_repr)


def _arg_repr(a):
    if isinstance(a, list):
        return "[" + ", ".join(_arg_repr(x) for x in a) + "]"
    return _type_repr(a)


class _SpecialGenericAlias(_AliasBase):
    """`typing.List` (unsubscripted): the alias of a builtin or collections.abc class."""

    def __init__(self, origin, nparams, name):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Callable" and len(params) == 2:
            return _GenericAlias(self.__origin__, params, "Callable",
                                 special_repr=_callable_repr)
        if self._name == "Tuple":
            return _GenericAlias(tuple, params, "Tuple")
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if self._name in ("List", "Dict", "Set", "FrozenSet", "Tuple", "Type"):
            raise TypeError(f"Type {self._name} cannot be instantiated; use "
                            f"{self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __eq__(self, other):
        if isinstance(other, _SpecialGenericAlias):
            return self.__origin__ is other.__origin__
        return NotImplemented

    def __hash__(self):
        return hash(self.__origin__)


def _callable_repr(alias):
    args, result = alias.__args__
    if args is ...:
        inner = "..."
    else:
        inner = "[" + ", ".join(_arg_repr(a) for a in args) + "]"
    return f"typing.Callable[{inner}, {_arg_repr(result)}]"


def _flatten_union(params):
    out = []
    for p in params:
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            items = p.__args__
        elif isinstance(p, types.UnionType if hasattr(types, "UnionType") else ()):
            items = p.__args__
        else:
            items = (p,)
        for x in items:
            x = type(None) if x is None else x
            if x not in out:
                out.append(x)
    return tuple(out)


def _union_repr(alias):
    args = alias.__args__
    if len(args) == 2 and type(None) in args:
        other = args[0] if args[1] is type(None) else args[1]
        return f"typing.Optional[{_arg_repr(other)}]"
    return "typing.Union[" + ", ".join(_arg_repr(a) for a in args) + "]"


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    params = _flatten_union(parameters)
    if len(params) == 1:
        return params[0]
    return _GenericAlias(Union, params, "Union", special_repr=_union_repr)


def _optional_getitem(self, parameters):
    return Union[parameters, None]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    seen = []  # duplicates dropped (1 and True kept apart)
    for p in parameters:
        if not any(type(p) is type(q) and p == q for q in seen):
            seen.append(p)
    parameters = tuple(seen)
    return _GenericAlias(Literal, parameters, "Literal",
                         special_repr=lambda a: "typing.Literal[" +
                         ", ".join(repr(x) for x in a.__args__) + "]")


def _wrap_getitem(name):
    def getitem(self, parameters):
        return _GenericAlias(self, parameters, name)
    return getitem


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    alias = _GenericAlias(params[0], (params[0],), None,
                          special_repr=lambda a: "typing.Annotated[{}, {}]".format(
                              _arg_repr(a.__origin__),
                              ", ".join(repr(m) for m in a.__metadata__)))
    alias.__metadata__ = params[1:]
    return alias


Union = _SpecialForm("Union", _union_getitem)
Optional = _SpecialForm("Optional", _optional_getitem)
Literal = _SpecialForm("Literal", _literal_getitem)
ClassVar = _SpecialForm("ClassVar", _wrap_getitem("ClassVar"))
Final = _SpecialForm("Final", _wrap_getitem("Final"))
Required = _SpecialForm("Required", _wrap_getitem("Required"))
NotRequired = _SpecialForm("NotRequired", _wrap_getitem("NotRequired"))
TypeGuard = _SpecialForm("TypeGuard", _wrap_getitem("TypeGuard"))
Unpack = _SpecialForm("Unpack", _wrap_getitem("Unpack"))
Concatenate = _SpecialForm("Concatenate", _wrap_getitem("Concatenate"))


class Annotated:
    """Annotated[T, x, ...]: the type T carrying metadata x, ... (a class in 3.12, as
    get_origin(Annotated[int, "m"]) shows)."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        return _annotated_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
TypeAlias = _SpecialForm("TypeAlias")


class TypeVar(_Final):
    """A type variable: `T = TypeVar("T")`."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False):
        self.__name__ = name
        self._constraints = tuple(constraints)
        self._bound = bound
        self._lazy_bound = self._lazy_constraints = None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        try:
            self.__module__ = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass

    @property
    def __bound__(self):
        if self._lazy_bound is not None:
            self._bound, self._lazy_bound = self._lazy_bound(), None
        return self._bound

    @property
    def __constraints__(self):
        if self._lazy_constraints is not None:
            self._constraints, self._lazy_constraints = self._lazy_constraints(), None
        return self._constraints

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ""
        elif self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __typing_subst__(self, arg):
        return arg


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec(TypeVar):
    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


AnyStr = TypeVar("AnyStr", bytes, str)


def _is_typevar_like(p):
    if isinstance(p, (TypeVar, TypeVarTuple)):
        return True
    return (isinstance(p, _GenericAlias) and p.__origin__ is Unpack
            and isinstance(p.__args__[0], TypeVarTuple))


class Generic:
    """Base for generic classes: `class Box(Generic[T])`."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is globals().get("Protocol"):
            # as CPython's _generic_class_getitem: unique type variables only
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_typevar_like(p) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type "
                                "variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        expected = cls.__dict__.get("__parameters__")
        if (cls is not Generic and cls.__dict__.get("_is_protocol") is not True
                and isinstance(expected, tuple)
                and all(type(p) is TypeVar for p in expected)):
            # as CPython's _check_generic
            if not expected:
                raise TypeError(f"{cls} is not a generic class")
            if len(params) != len(expected):
                raise TypeError(f"Too {'many' if len(params) > len(expected) else 'few'} "
                                f"arguments for {cls}; actual {len(params)}, "
                                f"expected {len(expected)}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        bases = tuple(b for b in cls.__dict__.get("__orig_bases__", ())
                      if isinstance(b, _GenericAlias))
        # Generic[...] (or Protocol[...]) among the bases fixes the order, as CPython
        explicit = [b for b in bases if b.__origin__ is Generic
                    or b.__origin__ is globals().get("Protocol")]
        cls.__parameters__ = _collect_parameters(explicit[:1] or bases)


_generic_mro_entries = _GenericAlias.__mro_entries__


def _alias_mro_entries(self, bases):
    origin = self.__origin__
    if origin is Generic or (isinstance(origin, type) and issubclass(origin, Generic)):
        if origin is Generic and any(isinstance(b, type) and issubclass(b, Generic)
                                     for b in bases if b is not self):
            return ()
        return (origin,)
    return _generic_mro_entries(self, bases)


_GenericAlias.__mro_entries__ = _alias_mro_entries


def _allow_reckless_class_checks(depth=2):
    # as CPython: abc and functools check whole MROs, which may hold protocols
    try:
        return sys._getframe(depth).f_globals.get("__name__") in {"abc", "functools", None}
    except (AttributeError, ValueError):
        return True


def _check_runtime_protocol(cls):
    if (cls.__dict__.get("_is_protocol", False) and cls is not Protocol
            and not getattr(cls, "_is_runtime_protocol", False)
            and not _allow_reckless_class_checks(3)):
        raise TypeError("Instance and class checks can only be used with"
                        " @runtime_checkable protocols")


class _ProtocolMeta(type(Generic)):
    def __instancecheck__(cls, instance):
        _check_runtime_protocol(cls)
        if getattr(cls, "_is_protocol", False) and cls.__dict__.get("_is_runtime_protocol"):
            return all(hasattr(instance, attr) for attr in _protocol_attrs(cls))
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        _check_runtime_protocol(cls)
        if getattr(cls, "_is_protocol", False) and cls.__dict__.get("_is_runtime_protocol"):
            return all(hasattr(other, attr) for attr in _protocol_attrs(cls))
        return super().__subclasscheck__(other)


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for attr in list(base.__dict__) + list(getattr(base, "__annotations__", {})):
            if not attr.startswith("_abc_") and attr not in (
                    "__abstractmethods__", "__annotations__", "__dict__", "__doc__",
                    "__init__", "__module__", "__new__", "__slots__", "__subclasshook__",
                    "__weakref__", "__class_getitem__", "__parameters__", "__orig_bases__",
                    "_is_protocol", "_is_runtime_protocol", "__qualname__", "__init_subclass__",
                    "__protocol_attrs__", "__non_callable_proto_members__",
                    "__type_params__", "__match_args__"):
                attrs.add(attr)
    return attrs


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping)."""

    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    """Mark a protocol class as usable with isinstance() and issubclass()."""
    if not issubclass(cls, Generic) or not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, "
                        "got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


def _alias(origin, nparams, name=None):
    return _SpecialGenericAlias(origin, nparams, name or origin.__name__)


_abc = collections.abc
Hashable = _alias(_abc.Hashable, 0)
Awaitable = _alias(_abc.Awaitable, 1)
Coroutine = _alias(_abc.Coroutine, 3)
AsyncIterable = _alias(_abc.AsyncIterable, 1)
AsyncIterator = _alias(_abc.AsyncIterator, 1)
Iterable = _alias(_abc.Iterable, 1)
Iterator = _alias(_abc.Iterator, 1)
Reversible = _alias(_abc.Reversible, 1)
Sized = _alias(_abc.Sized, 0)
Container = _alias(_abc.Container, 1)
Collection = _alias(_abc.Collection, 1)
Callable = _alias(_abc.Callable, 2)
AbstractSet = _alias(_abc.Set, 1, "AbstractSet")
MutableSet = _alias(_abc.MutableSet, 1)
Mapping = _alias(_abc.Mapping, 2)
MutableMapping = _alias(_abc.MutableMapping, 2)
Sequence = _alias(_abc.Sequence, 1)
MutableSequence = _alias(_abc.MutableSequence, 1)
ByteString = _alias(_abc.ByteString, 0) if hasattr(_abc, "ByteString") else None
Tuple = _alias(tuple, -1, "Tuple")
List = _alias(list, 1, "List")
Deque = _alias(collections.deque, 1, "Deque")
Set = _alias(set, 1, "Set")
FrozenSet = _alias(frozenset, 1, "FrozenSet")
MappingView = _alias(_abc.MappingView, 1)
KeysView = _alias(_abc.KeysView, 1)
ItemsView = _alias(_abc.ItemsView, 2)
ValuesView = _alias(_abc.ValuesView, 1)
ContextManager = _alias(contextlib.AbstractContextManager, 1, "ContextManager")
AsyncContextManager = _alias(contextlib.AbstractAsyncContextManager, 1,
                             "AsyncContextManager")
Dict = _alias(dict, 2, "Dict")
DefaultDict = _alias(collections.defaultdict, 2, "DefaultDict")
OrderedDict = _alias(collections.OrderedDict, 2)
Counter = _alias(collections.Counter, 1)
ChainMap = _alias(collections.ChainMap, 2)
Generator = _alias(_abc.Generator, 3)
AsyncGenerator = _alias(_abc.AsyncGenerator, 2)
Type = _alias(type, 1, "Type")
Pattern = _alias(type(_re.compile("")), 1, "Pattern")
Match = _alias(type(_re.compile("").match("")), 1, "Match")
Text = str


class SupportsInt(Protocol):
    def __int__(self) -> int: ...


class SupportsFloat(Protocol):
    def __float__(self) -> float: ...


class SupportsComplex(Protocol):
    def __complex__(self) -> complex: ...


class SupportsBytes(Protocol):
    def __bytes__(self) -> bytes: ...


class SupportsIndex(Protocol):
    def __index__(self) -> int: ...


class SupportsAbs(Protocol):
    def __abs__(self): ...


class SupportsRound(Protocol):
    def __round__(self, ndigits: int = 0): ...


for _p in (SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex,
           SupportsAbs, SupportsRound):
    _p._is_runtime_protocol = True
del _p


class IO(Generic):
    """Generic base class for file objects."""
    __slots__ = ()


class BinaryIO(IO):
    __slots__ = ()


class TextIO(IO):
    __slots__ = ()


def cast(typ, val):
    """Return the value unchanged (a marker for type checkers)."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overload_registry = collections.defaultdict(list)


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @typing.overload-decorated "
        "functions outside a stub module should always be followed by an implementation "
        "that is not @typing.overload-ed.")


def overload(func):
    """Decorator for overloaded functions/methods (records them; calls fail)."""
    _overload_registry[getattr(func, "__qualname__", func)].append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get(getattr(func, "__qualname__", func), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        frozen_default=False, field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "frozen_default": frozen_default,
            "field_specifiers": field_specifiers, "kwargs": kwargs}
        return cls_or_fn
    return decorator


class ForwardRef(_Final):
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __repr__(self):
        return f"ForwardRef({self.__forward_arg__!r})"

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class or module, strings evaluated."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            base_globals = getattr(sys.modules.get(base.__module__, None), "__dict__", {})
            for name, value in ann.items():
                hints[name] = _eval(value, globalns if globalns is not None else base_globals,
                                    localns if localns is not None else dict(vars(base)))
        return hints if include_extras else {k: _strip_extras(v) for k, v in hints.items()}
    ann = getattr(obj, "__annotations__", None) or {}
    if globalns is None:
        globalns = getattr(obj, "__globals__", None)
        if globalns is None:
            globalns = getattr(obj, "__dict__", {})
    for name, value in ann.items():
        value = _eval(value, globalns, localns)
        if name != "return" and value is not None and getattr(obj, "__kwdefaults__", None) \
                is None and False:
            pass
        hints[name] = value
    return hints if include_extras else {k: _strip_extras(v) for k, v in hints.items()}


def _strip_extras(t):
    """Annotated[T, ...] -> T (the outermost one), as get_type_hints without include_extras."""
    while isinstance(t, _GenericAlias):
        if getattr(t, "__metadata__", None) is not None:
            t = t.__origin__
        elif t.__origin__ is Required or t.__origin__ is NotRequired:
            t = t.__args__[0]
        else:
            break
    return t


def _typeddict_qualifiers(t):
    """Required/NotRequired around a TypedDict key's type, through Annotated (as CPython)."""
    while isinstance(t, _GenericAlias):
        if getattr(t, "__metadata__", None) is not None:
            t = t.__origin__
        elif t.__origin__ is Required or t.__origin__ is NotRequired:
            yield t.__origin__
            t = t.__args__[0]
        else:
            break


def _eval(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        return eval(value, globalns, localns)
    if isinstance(value, ForwardRef):
        return eval(value.__forward_arg__, globalns, localns)
    return value


def get_origin(tp):
    """The unsubscripted version of a type: get_origin(List[int]) is list."""
    if isinstance(tp, _GenericAlias):
        if getattr(tp, "__metadata__", None) is not None:
            return Annotated
        return tp.__origin__
    if isinstance(tp, _SpecialGenericAlias):
        return tp.__origin__
    if isinstance(tp, types.GenericAlias):
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The type arguments: get_args(Dict[str, int]) == (str, int)."""
    if isinstance(tp, _GenericAlias):
        if getattr(tp, "__metadata__", None) is not None:
            return (tp.__origin__,) + tp.__metadata__
        args = tp.__args__
        if tp.__origin__ is collections.abc.Callable and len(args) == 2 and args[0] is not ...:
            return (list(args[0]), args[1])
        return args
    if isinstance(tp, (types.GenericAlias, types.UnionType)):
        return tp.__args__
    return ()


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """A distinct type for checkers; at run time, calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition(".")[2]
        self.__supertype__ = tp
        module = _caller_module()
        if module != "typing":
            self.__module__ = module

    def __call__(self, x, /):
        return x

    def __mro_entries__(self, bases):
        name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                sub = cls.__name__
                raise TypeError("Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{sub} = NewType({sub!r}, {name})`")
        return (Dummy,)

    def __repr__(self):
        return f"{self.__module__}.{self.__qualname__}"

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class TypeAliasType:
    def __init__(self, name, value, *, type_params=()):
        self.__name__ = name
        self._compute = lambda: value
        self.__type_params__ = type_params

    @property
    def __value__(self):
        return self._compute()

    def __repr__(self):
        return self.__name__

    def __getitem__(self, parameters):
        if not self.__type_params__:
            raise TypeError("Only generic type aliases are subscriptable")
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return types.GenericAlias(self, parameters)


# ---- NamedTuple and TypedDict ----

def _make_nmtuple(name, fields, module, defaults=()):
    nm_tpl = collections.namedtuple(name, [n for n, t in fields], defaults=defaults,
                                    module=module)
    # the class and its __new__ share the field types (inspect.signature shows them)
    nm_tpl.__annotations__ = nm_tpl.__new__.__annotations__ = dict(fields)
    return nm_tpl


class _NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types_ = ns.get("__annotations__", {})
        default_names = []
        for field_name in types_:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} cannot "
                                f"follow default field{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types_.items(), ns["__module__"],
                               defaults=[ns[n] for n in default_names])
        for key in ns:
            if key in ("__module__", "__qualname__", "__annotations__", "_fields",
                       "_field_defaults", "_make", "_replace", "_asdict", "_source"):
                continue
            if key not in types_:
                setattr(nm_tpl, key, ns[key])
        if "__qualname__" in ns:
            nm_tpl.__qualname__ = ns["__qualname__"]
        return nm_tpl


_NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})


class _NamedTupleFactory:
    """typing.NamedTuple: a base class (class syntax) or NamedTuple("P", [("x", int)])."""

    __name__ = __qualname__ = "NamedTuple"

    def __call__(self, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        try:
            module = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            module = None
        return _make_nmtuple(typename, list(fields), module)

    def __mro_entries__(self, bases):
        return (_NamedTuple,)

    def __repr__(self):
        return "<function NamedTuple>"


NamedTuple = _NamedTupleFactory()


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
        own = ns.get("__annotations__", {})
        annotations.update(own)
        tp_dict.__annotations__ = annotations
        required = set()
        optional = set()
        for base in bases:
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        for key, tp in own.items():
            qualifiers = set(_typeddict_qualifiers(tp))
            is_required = (True if Required in qualifiers
                           else False if NotRequired in qualifiers else total)
            required.discard(key)
            optional.discard(key)
            (required if is_required else optional).add(key)
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})


class _TypedDictFactory:
    """typing.TypedDict: a base class (class syntax) or TypedDict("M", {"k": int})."""

    __name__ = __qualname__ = "TypedDict"

    def __call__(self, typename, fields=None, /, *, total=True, **kwargs):
        if fields is None:
            fields = kwargs
        ns = {"__annotations__": dict(fields)}
        try:
            ns["__module__"] = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass
        return _TypedDictMeta(typename, (), ns, total=total)

    def __mro_entries__(self, bases):
        return (_TypedDict,)

    def __repr__(self):
        return "<function TypedDict>"


TypedDict = _TypedDictFactory()


# ---- PEP 695: what the type-parameter intrinsics of the bytecode make ----
# CPython makes these objects in C (Objects/typevarobject.c); bounds, constraints and alias
# values are evaluated lazily, when first read.

def _lazy(fn):
    box = []

    def get():
        if not box:
            box.append(fn())
        return box[0]
    return get


def _intrinsic_1(n, v):
    if n == 7:  # INTRINSIC_TYPEVAR
        return _pep695_typevar(v)
    if n == 8:  # INTRINSIC_PARAMSPEC
        p = ParamSpec.__new__(ParamSpec)
        p.__name__ = v
        p._bound, p._constraints = None, ()
        p._lazy_bound = p._lazy_constraints = None
        p.__covariant__ = p.__contravariant__ = False
        p.__infer_variance__ = True
        return p
    if n == 9:  # INTRINSIC_TYPEVARTUPLE
        return TypeVarTuple(v)
    if n == 10:  # INTRINSIC_SUBSCRIPT_GENERIC
        return Generic[v]
    if n == 11:  # INTRINSIC_TYPEALIAS: (name, type_params, compute_value)
        name, type_params, compute = v
        alias = TypeAliasType.__new__(TypeAliasType)
        alias.__name__ = name
        alias.__type_params__ = () if type_params is None else type_params
        alias._compute = _lazy(compute)
        alias.__module__ = _caller_module()
        return alias
    raise SystemError(f"unknown intrinsic {n}")


def _intrinsic_2(n, v1, v2):
    if n == 2:  # INTRINSIC_TYPEVAR_WITH_BOUND: (name, bound thunk)
        return _pep695_typevar(v1, bound=_lazy(v2))
    if n == 3:  # INTRINSIC_TYPEVAR_WITH_CONSTRAINTS: (name, constraints thunk)
        return _pep695_typevar(v1, constraints=_lazy(v2))
    if n == 4:  # INTRINSIC_SET_FUNCTION_TYPE_PARAMS: (func, type_params)
        v1.__type_params__ = v2
        return v1
    raise SystemError(f"unknown intrinsic {n}")


def _caller_module():
    # The module whose code runs the intrinsic: skip the helpers' own frames.
    f = sys._getframe(1)
    while f is not None and f.f_globals.get("__name__") == __name__:
        f = f.f_back
    return f.f_globals.get("__name__", "__main__") if f is not None else "__main__"


def _pep695_typevar(name, bound=None, constraints=None):
    t = TypeVar.__new__(TypeVar)
    t.__name__ = name
    t._bound, t._constraints = None, ()
    t._lazy_bound = bound
    t._lazy_constraints = constraints
    t.__covariant__ = False
    t.__contravariant__ = False
    t.__infer_variance__ = True
    return t


# C types in CPython: error messages name them with their module ('typing.TypeAliasType')
try:
    import _pydive
    for _cls in (TypeVar, ParamSpec, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs,
                 TypeAliasType, Generic):
        _pydive.set_tp_name(_cls, "typing." + _cls.__name__)
    del _cls, _pydive
except ImportError:
    pass
