"""multiprocessing.managers for pydive: a manager is a server process holding shared objects.

SyncManager.start() listens on a Unix socket, then forks the server process
(SyncManager-N). Each process talks to it over a connection of its own (made on first use
in that process, so children made by fork get theirs), sending pickled requests framed as
multiprocessing.connection frames them: create an object of a registered type, call one of
its methods. The server serves each connection on a green thread of its own, so a call that
blocks there (Queue.get, Lock.acquire, Event.wait) does not stop the others. Proxies
(DictProxy, ListProxy, Namespace, Queue, Lock, Value, ...) forward their methods; they can be
pickled (sent to a Pool worker), and name the same object there. Objects live until the
manager shuts down (CPython counts references to them).

Not supported: BaseManager.register of your own types, connect() to a manager of another
process tree, authentication keys (the socket file is private to the user).
"""

import os
import pickle
import queue
import select
import socket
import struct
import tempfile
import threading
import atexit

from .process import BaseProcess

__all__ = ["BaseManager", "SyncManager", "BaseProxy", "Namespace"]


class RemoteError(Exception):
    def __str__(self):
        return ("\n" + "-" * 75 + "\n" + str(self.args[0]) + "-" * 75)


class Namespace:
    """A plain object whose attributes are what was set (the type behind Manager().Namespace)."""

    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        items = list(self.__dict__.items())
        temp = []
        for name, value in items:
            if not name.startswith("_"):
                temp.append("%s=%r" % (name, value))
        temp.sort()
        return "%s(%s)" % (self.__class__.__name__, ", ".join(temp))


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self._typecode, self._value)


def Array(typecode, sequence, lock=True):
    return list(sequence)


_TYPES = {
    "dict": dict, "list": list, "Namespace": Namespace, "Queue": queue.Queue,
    "JoinableQueue": queue.Queue, "Lock": threading.Lock, "RLock": threading.RLock,
    "Event": threading.Event, "Condition": threading.Condition,
    "Semaphore": threading.Semaphore, "BoundedSemaphore": threading.BoundedSemaphore,
    "Barrier": threading.Barrier, "Value": Value, "Array": Array,
}


class _h:
    """Pickled messages over a socket, framed as multiprocessing.connection frames them;
    a read waits in select() first, so other green threads run meanwhile."""

    @staticmethod
    def send_obj(sock, obj):
        data = pickle.dumps(obj)
        sock.sendall(struct.pack("!i", len(data)) + data)

    @staticmethod
    def _exact(sock, n):
        parts = []
        while n:
            while not select.select([sock], [], [],
                                    0.02 if threading.active_count() > 1 else None)[0]:
                pass
            chunk = sock.recv(min(n, 1 << 20))
            if not chunk:
                raise EOFError
            parts.append(chunk)
            n -= len(chunk)
        return b"".join(parts)

    @staticmethod
    def recv_obj(sock):
        size, = struct.unpack("!i", _h._exact(sock, 4))
        return pickle.loads(_h._exact(sock, size))


# -- the server -------------------------------------------------------------------------------

def _serve(listener):
    objects = {}
    ids = iter(range(1, 1 << 62))
    stop = threading.Event()

    def handle(conn, request):
        # one request, on a green thread of its own: a call that blocks (Queue.get) waits
        # there while the loop below goes on serving the other connections
        kind = request[0]
        try:
            if kind == "create":
                _, typeid, args, kwds = request
                obj = _TYPES[typeid](*args, **kwds)
                ident = next(ids)
                objects[ident] = obj
                reply = ("ok", ident)
            elif kind == "call":
                _, ident, name, args, kwds = request
                obj = objects[ident]
                if name == "__getattribute__":
                    result = getattr(obj, *args)
                elif name == "__setattr__":
                    result = setattr(obj, *args)
                elif name == "__delattr__":
                    result = delattr(obj, *args)
                else:
                    result = getattr(obj, name)(*args, **kwds)
                    if name in ("keys", "values", "items"):
                        result = list(result)  # views cannot be pickled
                reply = ("ok", result)
            elif kind == "shutdown":
                _h.send_obj(conn, ("ok", None))
                stop.set()
                return
            else:
                reply = ("err", ValueError("unknown request %r" % (kind,)))
        except BaseException as e:
            e.__traceback__ = None
            reply = ("err", e)
        try:
            _h.send_obj(conn, reply)
        except (OSError, pickle.PicklingError, TypeError, AttributeError) as e:
            _h.send_obj(conn, ("err", RemoteError(repr(e))))

    listener.setblocking(False)
    conns = []
    busy = set()
    while not stop.is_set():
        idle = [c for c in conns if c not in busy]
        ready = select.select([listener] + idle, [], [], 0.02)[0]
        if stop.is_set():
            break
        for sock in ready:
            if sock is listener:
                try:
                    conn, _ = listener.accept()
                except BlockingIOError:
                    continue
                conn.setblocking(True)
                conns.append(conn)
                continue
            try:
                request = _h.recv_obj(sock)
            except (EOFError, OSError):
                conns.remove(sock)
                sock.close()
                continue
            busy.add(sock)
            threading.Thread(target=_run_one, args=(handle, sock, request, busy),
                             daemon=True).start()


def _run_one(handle, sock, request, busy):
    try:
        handle(sock, request)
    finally:
        busy.discard(sock)


class _ServerProcess(BaseProcess):
    _start_method = None


# -- the client side --------------------------------------------------------------------------

_connections = {}  # (pid, address) -> socket


def _request(address, request):
    key = (os.getpid(), address)
    conn = _connections.get(key)
    if conn is None:
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.connect(address)
        _connections[key] = conn
    _h.send_obj(conn, request)
    status, value = _h.recv_obj(conn)
    if status == "err":
        raise value
    return value


def _rebuild(cls, address, ident, typeid):
    return cls(address, ident, typeid)


class BaseProxy:
    """A local stand-in for an object held by a manager's server process."""

    def __init__(self, address, ident, typeid):
        object.__setattr__(self, "_address", address)
        object.__setattr__(self, "_id", ident)
        object.__setattr__(self, "_typeid", typeid)

    def _callmethod(self, methodname, args=(), kwds={}):
        return _request(self._address, ("call", self._id, methodname, tuple(args), dict(kwds)))

    def _getvalue(self):
        return self._callmethod("copy") if self._typeid in ("dict", "list") else \
            self._callmethod("__getattribute__", ("__dict__",))

    def __reduce__(self):
        return _rebuild, (type(self), self._address, self._id, self._typeid)

    def __deepcopy__(self, memo):
        return self._getvalue()

    def __repr__(self):
        return "<%s object, typeid %r at %#x>" % (type(self).__name__, self._typeid, id(self))

    def __str__(self):
        try:
            return self._callmethod("__repr__")
        except Exception:
            return repr(self)[:-1] + "; '__str__()' failed>"


def _forward(*names):
    def make(name):
        def method(self, *args, **kwds):
            return self._callmethod(name, args, kwds)
        method.__name__ = name
        return method
    return {name: make(name) for name in names}


DictProxy = type("DictProxy", (BaseProxy,), _forward(
    "__contains__", "__delitem__", "__getitem__", "__len__", "__setitem__", "clear",
    "copy", "get", "items", "keys", "pop", "popitem", "setdefault", "update", "values"))
DictProxy.__iter__ = lambda self: iter(self._callmethod("keys"))
DictProxy.items = lambda self: list(self._callmethod("items"))
DictProxy.keys = lambda self: list(self._callmethod("keys"))
DictProxy.values = lambda self: list(self._callmethod("values"))

ListProxy = type("ListProxy", (BaseProxy,), _forward(
    "__add__", "__contains__", "__delitem__", "__getitem__", "__len__", "__mul__",
    "__reversed__", "__rmul__", "__setitem__", "append", "count", "extend", "index",
    "insert", "pop", "remove", "reverse", "sort"))
ListProxy.__iter__ = lambda self: iter(self._callmethod("copy"))


def _list_iadd(self, value):
    self._callmethod("extend", (value,))
    return self


def _list_imul(self, value):
    self._callmethod("__imul__", (value,))
    return self


ListProxy.__iadd__ = _list_iadd
ListProxy.__imul__ = _list_imul

AcquirerProxy = type("AcquirerProxy", (BaseProxy,), _forward("acquire", "release"))
AcquirerProxy.__enter__ = lambda self: self._callmethod("acquire")
AcquirerProxy.__exit__ = lambda self, *exc: self._callmethod("release")

ConditionProxy = type("ConditionProxy", (AcquirerProxy,), _forward(
    "wait", "notify", "notify_all", "wait_for"))
EventProxy = type("EventProxy", (BaseProxy,), _forward("is_set", "set", "clear", "wait"))
BarrierProxy = type("BarrierProxy", (BaseProxy,), _forward("wait", "abort", "reset"))
BarrierProxy.parties = property(lambda self: self._callmethod("__getattribute__",
                                                               ("parties",)))
BarrierProxy.n_waiting = property(lambda self: self._callmethod("__getattribute__",
                                                                 ("n_waiting",)))
BarrierProxy.broken = property(lambda self: self._callmethod("__getattribute__",
                                                              ("broken",)))
QueueProxy = type("AutoProxy[Queue]", (BaseProxy,), _forward(
    "empty", "full", "get", "get_nowait", "join", "put", "put_nowait", "qsize",
    "task_done"))
ArrayProxy = type("ArrayProxy", (BaseProxy,), _forward("__len__", "__getitem__",
                                                       "__setitem__"))


class ValueProxy(BaseProxy):
    def get(self):
        return self._callmethod("get")

    def set(self, value):
        return self._callmethod("set", (value,))

    value = property(get, set)


class NamespaceProxy(BaseProxy):
    def __getattr__(self, key):
        if key[0] == "_":
            return object.__getattribute__(self, key)
        return self._callmethod("__getattribute__", (key,))

    def __setattr__(self, key, value):
        if key[0] == "_":
            return object.__setattr__(self, key, value)
        return self._callmethod("__setattr__", (key, value))

    def __delattr__(self, key):
        if key[0] == "_":
            return object.__delattr__(self, key)
        return self._callmethod("__delattr__", (key,))

    def __repr__(self):
        return self._callmethod("__repr__")


_PROXIES = {
    "dict": DictProxy, "list": ListProxy, "Namespace": NamespaceProxy,
    "Queue": QueueProxy, "JoinableQueue": QueueProxy, "Lock": AcquirerProxy,
    "RLock": AcquirerProxy, "Event": EventProxy, "Condition": ConditionProxy,
    "Semaphore": AcquirerProxy, "BoundedSemaphore": AcquirerProxy, "Barrier": BarrierProxy,
    "Value": ValueProxy, "Array": ArrayProxy,
}


class State:
    INITIAL = 0
    STARTED = 1
    SHUTDOWN = 2


class BaseManager:
    """A server process holding objects that other processes use through proxies."""

    def __init__(self, address=None, authkey=None, serializer="pickle", ctx=None, *,
                 shutdown_timeout=1.0):
        self._address = address
        self._state = State.INITIAL
        self._process = None
        self._dir = None

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None,
                 method_to_typeid=None, create_method=True):
        raise NotImplementedError("pydive: multiprocessing.managers.BaseManager.register "
                                  "(managers hold only the SyncManager types)")

    def start(self, initializer=None, initargs=()):
        """Start the server process."""
        if self._state == State.STARTED:
            raise ProcessError_("Already started server")
        if self._state == State.SHUTDOWN:
            raise ProcessError_("Manager has shut down")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if self._address is None:
            self._dir = tempfile.mkdtemp(prefix="pydive-mp-")
            self._address = os.path.join(self._dir, "manager")
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(self._address)
        listener.listen(64)

        def run_server():
            if initializer is not None:
                initializer(*initargs)
            _serve(listener)

        self._process = _ServerProcess(target=run_server)
        self._process.name = type(self).__name__ + "-" + ":".join(
            str(i) for i in self._process._identity)
        self._process.daemon = True
        self._process.start()
        listener.close()
        self._state = State.STARTED
        atexit.register(self._finish)
        return None

    def _finish(self):
        if self._state == State.STARTED:
            self.shutdown()

    def shutdown(self):
        """Stop the server process."""
        if self._state != State.STARTED:
            return
        self._state = State.SHUTDOWN
        try:
            _request(self._address, ("shutdown",))
        except Exception:
            pass
        self._process.join(timeout=1.0)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()
        conn = _connections.pop((os.getpid(), self._address), None)
        if conn is not None:
            conn.close()
        if self._dir is not None:
            try:
                os.unlink(self._address)
                os.rmdir(self._dir)
            except OSError:
                pass

    def connect(self):
        raise NotImplementedError("pydive: BaseManager.connect (a manager of another "
                                  "process tree)")

    def get_server(self):
        raise NotImplementedError("pydive: BaseManager.get_server")

    @property
    def address(self):
        return self._address

    def __enter__(self):
        if self._state == State.INITIAL:
            self.start()
        if self._state != State.STARTED:
            raise ProcessError_("Unable to start server")
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()

    def _create(self, typeid, *args, **kwds):
        if self._state != State.STARTED:
            raise AssertionError("server not yet started")
        ident = _request(self._address, ("create", typeid, args, kwds))
        return _PROXIES[typeid](self._address, ident, typeid)


def ProcessError_(msg):
    from .context import ProcessError
    return ProcessError(msg)


def _creator(typeid):
    def create(self, *args, **kwds):
        return self._create(typeid, *args, **kwds)
    create.__name__ = typeid
    return create


class SyncManager(BaseManager):
    """Manager(): dict, list, Namespace, Queue, locks, events, Value, Array in a server."""


for _typeid in _TYPES:
    setattr(SyncManager, _typeid, _creator(_typeid))
del _typeid
