"""Queues between tasks: FIFO, priority (lowest first) and LIFO, optionally bounded.

A task that cannot get (queue empty) or put (queue full) parks a future in a line of
waiters; each put/get wakes the first live waiter of the other line. Behaviour, reprs and
messages follow CPython 3.12's asyncio.Queue.
"""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

import collections
import heapq

from . import _native
from . import futures
from . import locks
from . import mixins


class QueueEmpty(Exception):
    """get_nowait() found nothing to take."""


class QueueFull(Exception):
    """put_nowait() found no room."""


# `_queue_put(queue, item)` / `_queue_get(queue, nothing)` of the native module (see
# crates/vm/src/modules/asyncio_native.rs) do full() + put_nowait() / empty() + get_nowait()
# at once, for a plain Queue where no code could tell the difference, and nothing otherwise.
# Without the native module (CPython's harness, `pydive trace`) they never do anything.
if futures._asyncio is not None:
    _put_at_once = futures._asyncio._queue_put
    _get_at_once = futures._asyncio._queue_get
else:
    def _put_at_once(queue, item):
        return False

    def _get_at_once(queue, nothing):
        return nothing

_NOTHING = object()  # what _get_at_once hands back when it took nothing


class Queue(mixins._LoopBoundMixin):
    """First in, first out. maxsize <= 0 means no bound."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        # Futures of tasks waiting to get (queue empty) and to put (queue full).
        self._getters, self._putters = collections.deque(), collections.deque()
        self._unfinished_tasks = 0  # items put and not yet matched by task_done()
        self._finished = locks.Event()  # set while _unfinished_tasks is 0: join() waits on it
        self._finished.set()
        self._init(maxsize)

    # The storage: subclasses redefine these three.
    def _init(self, maxsize):
        self._queue = collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        # The first waiter still waiting gets its turn; cancelled ones are dropped on the way.
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    __class_getitem__ = classmethod(_native.class_getitem)

    def _format(self):
        text = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None):  # (a subclass may store items elsewhere)
            text += f' _queue={list(self._queue)!r}'
        for label, line in (('_getters', self._getters), ('_putters', self._putters)):
            if line:
                text += f' {label}[{len(line)}]'
        unfinished = self._unfinished_tasks
        if unfinished:
            text += f' tasks={unfinished}'
        return text

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:  # no bound
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        """Add `item`, first waiting for room if the queue is full."""
        # CPython's `while self.full(): <wait>` then `put_nowait(item)`, each turn tried
        # first by _put_at_once (full() and put_nowait() in one step, or nothing).
        while not _put_at_once(self, item):
            if not self.full():
                return self.put_nowait(item)
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()  # (a no-op unless the wait itself was interrupted)
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass  # a get_nowait() already took it out to wake it
                if not self.full() and not putter.cancelled():
                    # Woken, but leaving: the room goes to the next putter.
                    self._wakeup_next(self._putters)
                raise
        return None

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        """Take the next item, first waiting for one if the queue is empty."""
        # CPython's `while self.empty(): <wait>` then `get_nowait()`, each turn tried
        # first by _get_at_once (empty() and get_nowait() in one step, or nothing).
        while True:
            item = _get_at_once(self, _NOTHING)
            if item is not _NOTHING:
                return item
            if not self.empty():
                return self.get_nowait()
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()  # (a no-op unless the wait itself was interrupted)
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass  # a put_nowait() already took it out to wake it
                if not self.empty() and not getter.cancelled():
                    # Woken, but leaving: the item goes to the next getter.
                    self._wakeup_next(self._getters)
                raise

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        """One item taken earlier is fully processed (join() counts these)."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()  # join() returns

    async def join(self):
        """Wait until every item put has been matched by a task_done()."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """The smallest entry comes out first (a heap)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)


class LifoQueue(Queue):
    """The newest entry comes out first (a stack)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


if futures._asyncio is not None:
    futures._asyncio._queue_setup(Queue, locks.Event)
