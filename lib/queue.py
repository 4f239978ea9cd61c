"""Queues (pydive's queue).

pydive runs one thread, so nothing can ever fill an empty queue or drain a full one while a
caller waits: waiting with a timeout sleeps that long and then gives up (Empty / Full, as
CPython would), and waiting with no timeout raises RuntimeError instead of hanging forever.
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


def _give_up(block, timeout, failure, what):
    """A put/get that cannot proceed now: fail the way a lone thread would."""
    if not block:
        raise failure
    if timeout is None:
        raise RuntimeError("pydive: %s would wait forever (no other threads)" % what)
    if timeout:
        time.sleep(timeout)
    raise failure


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
        if self.unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks -= 1

    def join(self):
        """Return once every item put has been marked done."""
        if self.unfinished_tasks:
            raise RuntimeError("pydive: Queue.join() would wait forever (no other threads)")

    def qsize(self):
        return self._qsize()

    def empty(self):
        return self._qsize() == 0

    def full(self):
        return self._bounded_and_full()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0:
            _check_timeout(block, timeout)
        if self._bounded_and_full():
            _give_up(block, timeout, Full, "Queue.put() on a full queue")
        self._put(item)
        self.unfinished_tasks = self.unfinished_tasks + 1

    def get(self, block=True, timeout=None):
        _check_timeout(block, timeout)
        if not self._qsize():
            _give_up(block, timeout, Empty, "Queue.get() on an empty queue")
        return self._get()

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

    def put(self, item, block=True, timeout=None):
        # never full: block and timeout are accepted and ignored
        self._items.append(item)

    def put_nowait(self, item):
        self._items.append(item)

    def get(self, block=True, timeout=None):
        _check_timeout(block, timeout)
        if not self._items:
            _give_up(block, timeout, Empty, "SimpleQueue.get() on an empty queue")
        return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)

    __class_getitem__ = classmethod(GenericAlias)


SimpleQueue.__module__ = "_queue"
