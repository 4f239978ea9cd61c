"""Queues (pydive's queue).

Threads are pydive's green threads (see threading): a get() on an empty queue or a put() on
a full one waits on the queue's conditions and lets the other threads run, as in CPython.
"""

import heapq
import threading
import time
from collections import deque
from types import GenericAlias

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."


Empty.__module__ = "_queue"  # CPython's comes from its C module


class Full(Exception):
    "Exception raised by Queue.put(block=0)/put_nowait()."


def _check_timeout(block, timeout):
    # checked before looking at the queue, as CPython does
    if block and timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait_until(cond, ready, block, timeout, failure, what):
    """With cond held: wait until ready() (raise failure when not blocking or timed out);
    `what` names the wait in pydive's deadlock report."""
    if ready():
        return
    if not block:
        raise failure
    if timeout is None:
        while not ready():
            cond._wait(None, what)
        return
    deadline = time.monotonic() + timeout
    while not ready():
        left = deadline - time.monotonic()
        if left <= 0.0:
            raise failure
        cond._wait(left, what)


class Queue:
    """First in, first out; at most maxsize items when maxsize > 0.

    Subclasses change the order by overriding _init, _qsize, _put and _get (the storage)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # the locking objects CPython's queue exposes, for code that touches them
        self.mutex = lock = threading.Lock()
        for waiter in ("not_empty", "not_full", "all_tasks_done"):
            setattr(self, waiter, threading.Condition(lock))
        self.unfinished_tasks = 0

    def _bounded_and_full(self):
        return self.maxsize > 0 and self._qsize() >= self.maxsize

    def task_done(self):
        """Mark one item taken by get() as processed (for join())."""
        with self.all_tasks_done:
            if self.unfinished_tasks <= 0:
                raise ValueError("task_done() called too many times")
            self.unfinished_tasks -= 1
            if self.unfinished_tasks == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        """Return once every item put has been marked done."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done._wait(None, "Queue.join()")

    def qsize(self):
        return self._qsize()

    def empty(self):
        return self._qsize() == 0

    def full(self):
        return self._bounded_and_full()

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            if self.maxsize > 0:
                _check_timeout(block, timeout)
                _wait_until(self.not_full, lambda: not self._bounded_and_full(), block,
                            timeout, Full, "Queue.put()")
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            _check_timeout(block, timeout)
            _wait_until(self.not_empty, self._qsize, block, timeout, Empty, "Queue.get()")
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, False)

    def get_nowait(self):
        return self.get(False)

    # -- the storage

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    __class_getitem__ = classmethod(GenericAlias)


class PriorityQueue(Queue):
    """Smallest item first (a heap; put (priority, data) pairs)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    """Last in, first out."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task accounting (CPython's _queue.SimpleQueue)."""

    def __init__(self):
        self._items = deque()
        self._cond = threading.Condition(threading.Lock())

    def put(self, item, block=True, timeout=None):
        # never full: block and timeout are accepted and ignored
        with self._cond:
            self._items.append(item)
            self._cond.notify()

    def put_nowait(self, item):
        self.put(item)

    def get(self, block=True, timeout=None):
        _check_timeout(block, timeout)
        with self._cond:
            _wait_until(self._cond, lambda: self._items, block, timeout, Empty,
                        "SimpleQueue.get()")
            return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)

    __class_getitem__ = classmethod(GenericAlias)


SimpleQueue.__module__ = "_queue"
