"""Abstract Base Classes (PEP 3119), in pure Python for pydive.

ABCMeta keeps, per class, a registry of virtual subclasses and positive/negative
caches of issubclass() answers; a global counter invalidates the negative caches
whenever any ABC registers a new virtual subclass (CPython's abc does the same in C).
The VM's object.__new__ refuses to instantiate a class whose __abstractmethods__ is
non-empty (see lib/NATIVE.md).
"""


def abstractmethod(funcobj):
    """Decorator: marks a method that concrete subclasses must define (a class with such
    methods left cannot be instantiated, when its metaclass is ABCMeta)."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(obj):
    return getattr(obj, "__isabstractmethod__", False)


class abstractclassmethod(classmethod):
    """Deprecated: an abstract classmethod (write @classmethod over @abstractmethod)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractstaticmethod(staticmethod):
    """Deprecated: an abstract staticmethod (write @staticmethod over @abstractmethod)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        super().__init__(abstractmethod(callable))


class abstractproperty(property):
    """Deprecated: an abstract property (write @property over @abstractmethod)."""
    __isabstractmethod__ = True


# Bumped by every register(); a negative cache entry is only good for one value.
_abc_invalidation_counter = 0


def get_cache_token():
    """Token that changes whenever an ABC gains a virtual subclass."""
    return _abc_invalidation_counter


def _abstract_names(cls, namespace, bases):
    # the abstract names of the body, and those of the bases the class still leaves abstract
    own = {name for name, value in namespace.items() if _is_abstract(value)}
    inherited = {name for base in bases for name in getattr(base, "__abstractmethods__", ())
                 if _is_abstract(getattr(cls, name, None))}
    return frozenset(own | inherited)


class ABCMeta(type):
    """The metaclass of abstract base classes: register() adds virtual subclasses, and
    isinstance()/issubclass() also consult __subclasshook__ and the registries."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _abc_invalidation_counter
        # The direct subclasses that are ABCs too (every subclass of an ABC is one), kept
        # here as well as by type.__subclasses__(), which pydive's types may not track.
        cls._abc_subclasses = []
        for b in bases:
            if isinstance(b, ABCMeta):
                b._abc_subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns it (usable as a decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # already a subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        global _abc_invalidation_counter
        _abc_invalidation_counter += 1
        return subclass

    def _dump_registry(cls, file=None):
        # (a debugging aid: the registry and the caches, one per line)
        report = [f"Class: {cls.__module__}.{cls.__qualname__}",
                  f"Inv. counter: {get_cache_token()}"]
        report += [f"{name}: {getattr(cls, name)!r}" for name in
                   ("_abc_registry", "_abc_cache", "_abc_negative_cache",
                    "_abc_negative_cache_version")]
        for line in report:
            print(line, file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry.clear()

    def _abc_caches_clear(cls):
        cls._abc_cache.clear()
        cls._abc_negative_cache.clear()

    def __instancecheck__(cls, instance):
        # isinstance(): by __class__ and by type(), which differ for proxies
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (cls._abc_negative_cache_version == _abc_invalidation_counter
                    and subclass in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        # issubclass(): the caches, then the hook, the MRO, the registry, the subclasses
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _abc_invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, "__mro__", ()):
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        subclasses = cls.__subclasses__()
        for scls in cls._abc_subclasses:
            if scls not in subclasses:
                subclasses.append(scls)
        for scls in subclasses:
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False


def update_abstractmethods(cls):
    """Recompute the abstract methods of an ABC whose methods changed after it was made
    (a class that is no ABC comes back unchanged)."""
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _abstract_names(cls, vars(cls), cls.__bases__)
    return cls


class ABC(metaclass=ABCMeta):
    """A base class whose metaclass is ABCMeta."""
    __slots__ = ()
