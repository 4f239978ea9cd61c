"""Queues between tasks: FIFO, priority (lowest first) and LIFO, optionally bounded.

A task that cannot get (queue empty) or put (queue full) parks a future in a line of
waiters; each put/get wakes the first live waiter of the other line. Behaviour, reprs and
messages follow CPython 3.12's asyncio.Queue.
"""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

import collections
import heapq

from . import _native
from . import locks
from . import mixins


class QueueEmpty(Exception):
    """get_nowait() found nothing to take."""


class QueueFull(Exception):
    """put_nowait() found no room."""


def _wake_first(line):
    # The first waiter still waiting gets its turn; cancelled ones are dropped on the way.
    while line:
        waiter = line.popleft()
        if not waiter.done():
            waiter.set_result(None)
            return


async def _wait_in_line(queue, line, blocked):
    # Called once `blocked()` was found true: wait until it is false, parked in `line`. If
    # the wait is interrupted (cancellation) just after a wake-up, the turn passes to the
    # next in line. (put/get test `blocked()` themselves first, so the common case makes no
    # coroutine here.)
    while True:
        turn = queue._get_loop().create_future()
        line.append(turn)
        try:
            await turn
        except:
            turn.cancel()
            try:
                line.remove(turn)
            except ValueError:
                pass  # already taken out by the wake-up
            if not blocked() and not turn.cancelled():
                _wake_first(line)
            raise
        if not blocked():
            return


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
        _wake_first(waiters)

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
        return '<%s %s>' % (type(self).__name__, self._format())

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return self._maxsize > 0 and self.qsize() >= self._maxsize

    async def put(self, item):
        """Add `item`, first waiting for room if the queue is full."""
        if self.full():
            await _wait_in_line(self, self._putters, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        # (as _count_unfinished(+1), without the call: put_nowait runs for every item)
        self._unfinished_tasks += 1
        self._finished.clear()
        if self._getters:
            _wake_first(self._getters)

    async def get(self):
        """Take the next item, first waiting for one if the queue is empty."""
        if self.empty():
            await _wait_in_line(self, self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        if self._putters:
            _wake_first(self._putters)
        return item

    def task_done(self):
        """One item taken earlier is fully processed (join() counts these)."""
        if not self._unfinished_tasks > 0:
            raise ValueError('task_done() called too many times')
        self._count_unfinished(-1)

    def _count_unfinished(self, step):
        # put_nowait() counts +1, task_done() -1; `_finished` is set exactly when the
        # count is back to 0 (join() waits for that), cleared by every put.
        left = self._unfinished_tasks = self._unfinished_tasks + step
        if step > 0:
            self._finished.clear()
        elif not left:
            self._finished.set()

    async def join(self):
        """Wait until every item put has been matched by a task_done()."""
        all_done = self._finished
        if self._unfinished_tasks > 0:
            await all_done.wait()


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
