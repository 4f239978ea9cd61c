"""Weak references for pydive, over the native `_weakref` (see crates/vm/src/modules/weakref.rs).

Instances of classes, functions and classes can be weakly referenced; a callback runs when an
instance dies (functions and classes never report their death: their callbacks never run).
"""

import _weakref

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class ReferenceType:
    __slots__ = ("_handle", "_callback", "_hash", "__weakref__")

    def __new__(cls, ob, callback=None, *args, **kw):
        # CPython reuses the live basic ref (no callback, not a subclass) of ob.
        if callback is None and cls is ReferenceType:
            r = _weakref.basic(ob, 1)
            if r is not None:
                return r
        return object.__new__(cls)

    def __init__(self, ob, callback=None):
        try:
            self._handle
            return  # a reused basic ref (CPython's weakref___init__ changes nothing)
        except AttributeError:
            pass
        self._callback = callback
        self._hash = None
        basic = 1 if callback is None and type(self) is ReferenceType else 0
        self._handle = _weakref.new(ob, callback, self, basic)

    def __call__(self):
        return _weakref.get(self._handle)

    def __del__(self):
        try:
            _weakref.forget(self._handle)
        except AttributeError:  # __init__ failed
            pass

    @property
    def __callback__(self):
        return self._callback if self() is not None else None

    def __hash__(self):
        if self._hash is None:
            ob = self()
            if ob is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = self(), other()
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __repr__(self):
        ob = self()
        if ob is None:
            return "<weakref at 0x%x; dead>" % id(self)
        return "<weakref at 0x%x; to '%s' at 0x%x>" % (id(self), type(ob).__name__, id(ob))

    def __class_getitem__(cls, item):
        return cls


ref = ReferenceType


class KeyedRef(ref):
    """A weak reference carrying a key (CPython's WeakValueDictionary keeps its entries
    as these): the callback can tell which entry died."""

    __slots__ = ("key",)

    def __init__(self, ob, callback, key):
        ref.__init__(self, ob, callback)
        self.key = key


class WeakMethod(ref):
    __slots__ = ("_func_ref", "_meth_type")

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        ref.__init__(self, obj, callback)
        self._func_ref = ref(func)
        self._meth_type = type(meth)

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)


# --- proxies ---------------------------------------------------------------------------
# A proxy holds its own handle (no ref object in between), so a callback receives the proxy
# itself, as in CPython. Every attribute access goes to the referent: the proxy's own slots
# are read with object.__getattribute__.

_slot = object.__getattribute__
_DEAD = "weakly-referenced object no longer exists"


def _referent(p):
    ob = _weakref.get(_slot(p, "_handle"))
    if ob is None:
        raise ReferenceError(_DEAD)
    return ob


def _plain(x):
    """An operand with any proxy replaced by its referent (CPython's UNWRAP)."""
    if type(x) is ProxyType or type(x) is CallableProxyType:
        return _referent(x)
    return x


def _binary(op):
    # nb_add and friends are one slot for both sides: each operand is unwrapped in place
    def forward(self, other):
        return op(_referent(self), _plain(other))

    def reflected(self, other):
        return op(_plain(other), _referent(self))
    return forward, reflected


def _proxy_namespace(callable_kind):
    import operator as _op
    ns = {"__slots__": ("_handle", "_callback"), "__module__": __name__}

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '%s' instances" % _type_name(cls))

    def __init_subclass__(cls, **kw):
        raise TypeError("type '%s' is not an acceptable base type" % _type_name(cls.__mro__[1]))

    def __del__(self):
        try:
            _weakref.forget(_slot(self, "_handle"))
        except AttributeError:
            pass

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __dir__(self):
        return dir(_referent(self))

    def __repr__(self):
        ob = _weakref.get(_slot(self, "_handle"))
        return "<weakproxy at %#x to %s at %#x>" % (id(self), type(ob).__name__, id(ob))

    def __str__(self):
        return str(_referent(self))

    def __bytes__(self):
        return bytes(_referent(self))

    def __hash__(self):
        raise TypeError("unhashable type: '%s'" % _type_name(type(self)))

    def __bool__(self):
        return bool(_referent(self))

    def __len__(self):
        return len(_referent(self))

    def __contains__(self, item):
        return item in _referent(self)

    def __getitem__(self, key):
        return _referent(self)[key]

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        ob = _referent(self)
        if not hasattr(type(ob), "__next__"):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object"
                            % type(ob).__name__)
        return next(ob)

    def __reversed__(self):
        return reversed(_referent(self))

    def __pow__(self, other, mod=None):
        if mod is None:
            return pow(_referent(self), _plain(other))
        return pow(_referent(self), _plain(other), _plain(mod))

    def __rpow__(self, other, mod=None):
        if mod is None:
            return pow(_plain(other), _referent(self))
        return pow(_plain(other), _referent(self), _plain(mod))

    def __ipow__(self, other):
        ob = _referent(self)
        ob **= _plain(other)
        return ob

    for fn in (__new__, __init_subclass__, __del__, __getattribute__, __setattr__, __delattr__,
               __dir__, __repr__, __str__, __bytes__, __hash__, __bool__, __len__, __contains__,
               __getitem__, __setitem__, __delitem__, __iter__, __next__, __reversed__,
               __pow__, __rpow__, __ipow__):
        ns[fn.__name__] = fn
    ns["__init_subclass__"] = classmethod(__init_subclass__)

    for name in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod",
                 "lshift", "rshift", "and", "or", "xor"):
        op = divmod if name == "divmod" else getattr(_op, name + "_" * (name in ("and", "or")))
        ns["__%s__" % name], ns["__r%s__" % name] = _binary(op)
        if name != "divmod":
            ns["__i%s__" % name] = _binary(getattr(_op, "i" + name))[0]
    for name in ("lt", "le", "eq", "ne", "gt", "ge"):
        ns["__%s__" % name] = _binary(getattr(_op, name))[0]
    for name, fn in (("neg", _op.neg), ("pos", _op.pos), ("abs", abs), ("invert", _op.invert),
                     ("int", int), ("float", float), ("index", _op.index)):
        ns["__%s__" % name] = (lambda f: lambda self: f(_referent(self)))(fn)

    if callable_kind:
        def __call__(self, /, *args, **kwargs):
            return _referent(self)(*args, **kwargs)
        ns["__call__"] = __call__
    return ns


def _type_name(cls):
    return "weakref." + cls.__name__ if cls.__module__ == __name__ else cls.__name__


ProxyType = type("ProxyType", (), _proxy_namespace(False))
CallableProxyType = type("CallableProxyType", (), _proxy_namespace(True))
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(ob, callback=None, /):
    """A proxy to ob: attribute access and operators go to ob while it lives, then raise
    ReferenceError."""
    if callback is None:
        p = _weakref.basic(ob, 2)
        if p is not None:
            return p
    kind = CallableProxyType if callable(ob) else ProxyType
    p = object.__new__(kind)
    object.__setattr__(p, "_callback", callback)
    object.__setattr__(p, "_handle", _weakref.new(ob, callback, p,
                                                   2 if callback is None else 0))
    return p


getweakrefcount = _weakref.getweakrefcount
getweakrefs = _weakref.getweakrefs


class WeakValueDictionary:
    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def _remover(self, key):
        data = self.data

        def remove(wr):
            if data.get(key) is wr:
                del data[key]
        return remove

    def __setitem__(self, key, value):
        self.data[key] = ref(value, self._remover(key))

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None

    def __len__(self):
        return sum(1 for wr in self.data.values() if wr() is not None)

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    keys = __iter__

    def values(self):
        for wr in list(self.data.values()):
            o = wr()
            if o is not None:
                yield o

    def items(self):
        for k, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                yield k, o

    def get(self, key, default=None):
        wr = self.data.get(key)
        if wr is None:
            return default
        o = wr()
        return default if o is None else o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def pop(self, key, *args):
        wr = self.data.pop(key, None)
        o = None if wr is None else wr()
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def update(self, other=(), /, **kw):
        if hasattr(other, "items"):
            other = other.items()
        for k, v in other:
            self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        self.data.clear()

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def itervaluerefs(self):
        yield from list(self.data.values())

    def valuerefs(self):
        return list(self.data.values())

    def copy(self):
        return WeakValueDictionary(self.items())

    __copy__ = copy

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))


class _WeakRefKeys:
    """What WeakKeyDictionary and WeakSet share: `self.data` holds weak references (dict keys
    or set items) to the live objects."""

    def __contains__(self, obj):
        try:
            wr = ref(obj)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in self.data if wr() is not None)

    def __iter__(self):
        for wr in list(self.data):
            o = wr()
            if o is not None:
                yield o


class WeakKeyDictionary(_WeakRefKeys):
    def __init__(self, dict=None):
        self.data = {}
        d = self.data

        def remove(k):
            try:
                del d[k]
            except KeyError:
                pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __delitem__(self, key):
        del self.data[ref(key)]

    keys = _WeakRefKeys.__iter__

    def values(self):
        for wr, v in list(self.data.items()):
            if wr() is not None:
                yield v

    def items(self):
        for wr, v in list(self.data.items()):
            o = wr()
            if o is not None:
                yield o, v

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def update(self, dict=None, /, **kw):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for k, v in dict:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))


class WeakSet(_WeakRefKeys):
    def __init__(self, data=None):
        self.data = set()
        s = self.data

        def remove(wr):
            s.discard(wr)
        self._remove = remove
        if data is not None:
            for x in data:
                self.add(x)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def clear(self):
        self.data.clear()

    def __repr__(self):
        return repr(self.data)


class finalize:
    """finalize(obj, func, *args, **kwargs): call func(*args, **kwargs) once, when obj dies
    or when the finalizer is called."""

    _registry = {}

    def __init__(self, obj, func, /, *args, **kwargs):
        self._key = self
        finalize._registry[self] = (func, args, kwargs)
        self._ref = ref(obj, self._fire)
        self.atexit = True

    def _fire(self, wr):
        self()

    def __call__(self, _=None):
        info = finalize._registry.pop(self._key, None)
        if info is not None:
            func, args, kwargs = info
            return func(*args, **kwargs)

    def detach(self):
        info = finalize._registry.pop(self._key, None)
        obj = self._ref()
        if info is not None and obj is not None:
            return (obj, info[0], info[1], info[2])

    def peek(self):
        info = finalize._registry.get(self._key)
        obj = self._ref()
        if info is not None and obj is not None:
            return (obj, info[0], info[1], info[2])

    @property
    def alive(self):
        return self._key in finalize._registry


# C types in CPython: error messages name them with their module ('weakref.ReferenceType')
try:
    import _pydive
    _pydive.set_tp_name(ReferenceType, 'weakref.ReferenceType')
    _pydive.set_tp_name(ProxyType, 'weakref.ProxyType')
    _pydive.set_tp_name(CallableProxyType, 'weakref.CallableProxyType')
    del _pydive
except ImportError:
    pass
