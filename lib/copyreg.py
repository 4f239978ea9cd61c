"""Registry of pickle support functions (pydive's copyreg).

``pickle(type, function)`` tells pickle and copy how to reduce instances of a type;
the helpers here (``__newobj__``, ``_reconstructor``, ``_slotnames``, ...) are the
callables that pickles made by ``object.__reduce_ex__`` refer to by name.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function(obj) -> reduce tuple for instances of ob_type."""
    if callable(pickle_function):
        dispatch_table.update({ob_type: pickle_function})
    else:
        raise TypeError("reduction functions must be callable")
    if constructor_ob is None:
        return
    constructor(constructor_ob)


def constructor(object):
    if callable(object):
        return
    raise TypeError("constructors must be callable")


def _complex_reduce(c):
    parts = (c.real, c.imag)
    return complex, parts


pickle(complex, _complex_reduce)


def _union_reduce(union):
    import functools
    import operator
    return functools.reduce, (operator.or_, union.__args__)


try:
    pickle(type(int | str), _union_reduce)
except TypeError:
    pass


# --- what protocols 0 and 1 rebuild instances with ---------------------------------

def _reconstructor(cls, base, state):
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    init = base.__init__
    if init is not object.__init__:
        init(made, state)
    return made


def _is_builtin_type(t):
    return getattr(t, '__module__', None) == 'builtins'


def _reduce_ex(self, proto):
    """object.__reduce_ex__ for protocols 0 and 1."""
    assert proto < 2
    cls = self.__class__
    base = object
    for candidate in cls.__mro__:
        if _is_builtin_type(candidate):
            base = candidate
            break
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    getstate = getattr(self, '__getstate__', None)
    if getattr(cls, '__slots__', None) and \
            getattr(cls, '__getstate__', None) is getattr(object, '__getstate__', None):
        raise TypeError("a class that defines __slots__ without defining "
                        "__getstate__ cannot be pickled")
    if getstate is None:
        try:
            extra = self.__dict__
        except AttributeError:
            extra = None
    else:
        extra = getstate()
    return (_reconstructor, args, extra) if extra else (_reconstructor, args)


# --- what protocols 2 and up rebuild instances with ---------------------------------

def __newobj__(cls, *args):
    """cls.__new__(cls, *args), for protocol 2's NEWOBJ."""
    make = cls.__new__
    return make(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """cls.__new__(cls, *args, **kwargs), for protocol 4's NEWOBJ_EX."""
    make = cls.__new__
    return make(cls, *args, **kwargs)


def _slotnames(cls):
    """The instance attributes cls's __slots__ (and its bases') declare, mangled as
    the compiler mangles private names; cached on cls as __slotnames__."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            declared = klass.__dict__["__slots__"]
            if isinstance(declared, str):
                declared = (declared,)
            for slot in declared:
                if slot in ("__dict__", "__weakref__"):
                    continue
                if slot.startswith('__') and not slot.endswith('__'):
                    owner = klass.__name__.lstrip('_')
                    found.append(f'_{owner}{slot}' if owner else slot)
                else:
                    found.append(slot)
    try:
        cls.__slotnames__ = found
    except Exception:
        pass
    return found


# --- the extension registry (codes for (module, name) pairs) -----------------------

_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> object


def add_extension(module, name, code):
    """Give the global module.name the extension code `code` (1 to 2**31-1)."""
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    old_code = _extension_registry.get(key)
    old_key = _inverted_registry.get(code)
    if old_code == code and old_key == key:
        return
    if old_code is not None:
        raise ValueError(f"key {key} is already registered with code {old_code}")
    if old_key is not None:
        raise ValueError(f"code {code} is already in use for key {old_key}")
    _extension_registry.update({key: code})
    _inverted_registry.update({code: key})


def remove_extension(module, name, code):
    """Forget an extension code (for tests)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f"key {key} is not registered with code {code}")
    _extension_registry.pop(key)
    _inverted_registry.pop(code)
    _extension_cache.pop(code, None)


def clear_extension_cache():
    """Drop the objects the unpickler has looked up by extension code."""
    _extension_cache.clear()
