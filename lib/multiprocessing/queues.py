"""multiprocessing.queues for pydive: Queue, JoinableQueue and SimpleQueue between processes.

Each is an OS pipe carrying pickled objects framed as multiprocessing.connection frames
them, with a process-shared lock for readers and one for writers (so the messages of two
processes never interleave). Queue.put pickles and writes at once, in the calling thread
(CPython hands every object to a feeder thread): an object that cannot be pickled fails in
put() itself. What does not fit in the pipe (64 KiB unread) is left to a feeder thread,
which writes it when there is room; a process waits for its feeder before it ends, as
CPython's does (cancel_join_thread() makes it not wait).
qsize() and the unfinished-task count of JoinableQueue live in shared memory.
"""

import collections
import os
import pickle
import threading
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
        self._pending = collections.deque()  # frames this process has not written yet
        self._feeder = None
        self._feeder_daemon = False
        self._feeder_pid = None

    def __getstate__(self):
        synchronize._inheritance_only(self)

    def _check_closed(self):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)

    def put(self, obj, block=True, timeout=None):
        self._check_closed()
        if self._sem is not None and not self._sem._semlock.acquire(block, timeout):
            raise Full
        frame = connection._frame(pickle.dumps(obj))
        self._count(1)
        if self._feeder_pid != os.getpid():  # a child forked while the parent fed
            self._pending.clear()
            self._feeder = None
            self._feeder_pid = os.getpid()
        if self._pending:  # earlier objects still wait for room: keep their order
            self._pending.append(frame)
            return
        self._wlock.acquire()
        done = connection._write_some(self._writer._wfd, frame)
        if done == len(frame):
            self._wlock.release()
            return
        # the pipe is full: a feeder thread writes the rest when there is room (holding the
        # writers' lock until this message is whole), as CPython's feeder thread writes
        self._pending.append(frame[done:])
        self._feeder = threading.Thread(target=self._feed, name="QueueFeederThread",
                                        daemon=self._feeder_daemon)
        self._feeder.start()

    def _feed(self):
        fd = self._writer._wfd
        while self._pending:
            chunk = self._pending[0]
            done = connection._write_some(fd, chunk)
            if done < len(chunk):
                self._pending[0] = chunk[done:]
                connection._wait_fd(fd, True)
                continue
            self._pending.popleft()
            self._wlock.release()
            if self._pending:
                self._wlock.acquire()
        self._feeder = None

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
        feeder = self._feeder
        if feeder is not None:
            feeder.join()

    def cancel_join_thread(self):
        self._feeder_daemon = True
        if self._feeder is not None:
            self._feeder.daemon = True

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
