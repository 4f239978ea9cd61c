"""Weak references for pydive, over the native `_weakref` (see crates/vm/src/modules/weakref.rs).

Instances of classes, functions and classes can be weakly referenced; a callback runs when an
instance dies (functions and classes never report their death: their callbacks never run).
"""

import _weakref

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
           "ReferenceType", "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class ReferenceType:
    __slots__ = ("_handle", "_callback", "_hash", "__weakref__")

    def __init__(self, ob, callback=None):
        self._callback = callback
        self._hash = None
        self._handle = _weakref.new(ob, callback, self if callback is not None else None)

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


def proxy(ob, callback=None):
    raise NotImplementedError("weakref.proxy is not supported by pydive")


def getweakrefcount(ob):
    return _weakref.count(ob)


def getweakrefs(ob):
    raise NotImplementedError("weakref.getweakrefs is not supported by pydive")


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
    del _pydive
except ImportError:
    pass
