"""multiprocessing.queues for pydive: Queue, JoinableQueue and SimpleQueue between processes.

Each is an OS pipe carrying pickled objects framed as multiprocessing.connection frames
them, with a process-shared lock for readers and one for writers (so the messages of two
processes never interleave). Queue.put pickles and writes at once, in the calling thread
(CPython hands the object to a feeder thread, which writes later): an object that cannot be
pickled fails in put() itself, and a put blocks while the pipe is full (64 KiB unread).
qsize() and the unfinished-task count of JoinableQueue live in shared memory.
"""

import pickle
import time
from queue import Empty, Full

from . import connection, synchronize
from .sharedctypes import RawValue

__all__ = ["Queue", "SimpleQueue", "JoinableQueue"]


class Queue:
    """A FIFO of picklable objects shared by processes (put/get with block and timeout)."""

    def __init__(self, maxsize=0, *, ctx=None):
        self._maxsize = maxsize
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = synchronize.Lock()
        self._wlock = synchronize.Lock()
        self._sem = synchronize.BoundedSemaphore(maxsize) if maxsize > 0 else None
        self._size = RawValue("q", 0)
        self._size_lock = synchronize.Lock()
        self._closed = False

    def __getstate__(self):
        synchronize._inheritance_only(self)

    def _check_closed(self):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        if self._sem is not None and not self._sem._semlock.acquire(block, timeout):
            raise Full
        data = pickle.dumps(obj)
        with self._wlock:
            self._count(1)
            self._writer.send_bytes(data)

    def _count(self, n):
        with self._size_lock:
            self._size.value += n

    def get(self, block=True, timeout=None):
        self._check_closed()
        if block and timeout is None:
            with self._rlock:
                data = self._reader.recv_bytes()
                self._count(-1)
        else:
            deadline = None if timeout is None else time.monotonic() + timeout
            if not self._rlock.acquire(block, timeout):
                raise Empty
            try:
                if block:
                    left = max(0.0, deadline - time.monotonic())
                    if not self._reader.poll(left):
                        raise Empty
                elif not self._reader.poll():
                    raise Empty
                data = self._reader.recv_bytes()
                self._count(-1)
            finally:
                self._rlock.release()
        if self._sem is not None:
            self._sem._semlock.release()
        return pickle.loads(data)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return max(0, self._size.value)

    def empty(self):
        return not self._reader.poll()

    def full(self):
        return self._sem is not None and self._size.value >= self._maxsize

    def close(self):
        self._closed = True
        self._reader.close()

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass

    def __repr__(self):
        return "<%s.%s object at %#x>" % (type(self).__module__, type(self).__qualname__,
                                           id(self))


class JoinableQueue(Queue):
    """A Queue with task_done() and join()."""

    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize)
        self._unfinished = RawValue("q", 0)
        self._cond = synchronize.Condition()

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        with self._cond:
            self._unfinished.value += 1
        try:
            Queue.put(self, obj, block, timeout)
        except BaseException:
            with self._cond:
                self._unfinished.value -= 1
            raise

    def task_done(self):
        with self._cond:
            if self._unfinished.value <= 0:
                raise ValueError("task_done() called too many times")
            self._unfinished.value -= 1
            if self._unfinished.value == 0:
                self._cond.notify_all()

    def join(self):
        with self._cond:
            while self._unfinished.value:
                self._cond.wait()


class SimpleQueue:
    """A plain FIFO shared by processes: put, get, empty, close."""

    def __init__(self, *, ctx=None):
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = synchronize.Lock()
        self._wlock = synchronize.Lock()

    def __getstate__(self):
        synchronize._inheritance_only(self)

    def empty(self):
        return not self._reader.poll()

    def close(self):
        self._reader.close()
        self._writer.close()

    def get(self):
        with self._rlock:
            data = self._reader.recv_bytes()
        return pickle.loads(data)

    def put(self, obj):
        data = pickle.dumps(obj)
        with self._wlock:
            self._writer.send_bytes(data)
