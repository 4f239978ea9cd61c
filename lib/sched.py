"""A general-purpose event scheduler (pydive's sched).

A scheduler holds events, each an action to call at a time (as its ``timefunc``
counts) with a priority breaking ties; ``run()`` calls them in order, waiting with
``delayfunc`` in between. Time units are whatever the two functions agree on.
"""

import heapq
import itertools
import threading
import time as _time
from collections import namedtuple as _namedtuple

__all__ = ["scheduler"]

Event = _namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.__doc__ = """Event(time, priority, sequence, action, argument, kwargs):
one scheduled call. Events order by time, then priority, then the order in which
they were scheduled."""
for _name, _text in (
    ('time', 'Numeric type compatible with the return value of the\ntimefunc function passed to the constructor.'),
    ('priority', 'Events scheduled for the same time will be executed\nin the order of their priority.'),
    ('sequence', 'A continually increasing sequence number that\n    separates events if time and priority are equal.'),
    ('action', 'Executing the event means executing\naction(*argument, **kwargs)'),
    ('argument', 'argument is a sequence holding the positional\narguments for the action.'),
    ('kwargs', 'kwargs is a dictionary holding the keyword\narguments for the action.'),
):
    getattr(Event, _name).__doc__ = _text
del _name, _text

_NO_KWARGS = object()


class scheduler:

    def __init__(self, timefunc=_time.monotonic, delayfunc=_time.sleep):
        """timefunc() gives the current time; delayfunc(n) waits n of its units."""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._counter = itertools.count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action(*argument, **kwargs) at the absolute time given.

        Returns the Event, which cancel() accepts.
        """
        if kwargs is _NO_KWARGS:
            kwargs = {}
        with self._lock:
            ev = Event(time, priority, next(self._counter), action, argument, kwargs)
            heapq.heappush(self._queue, ev)
        return ev

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule an event delay time units from now (see enterabs)."""
        when = self.timefunc() + delay
        return self.enterabs(when, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove a scheduled event (ValueError if it is not in the queue)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """True when no events are scheduled."""
        with self._lock:
            return len(self._queue) == 0

    def run(self, blocking=True):
        """Run the scheduled events in order.

        With blocking false, run only the events that are due and return the time
        until the next one (None when the queue is empty).
        """
        q = self._queue
        while True:
            with self._lock:
                if not q:
                    return None
                head = q[0]
                now = self.timefunc()
                due = head.time <= now
                if due:
                    heapq.heappop(q)
            if not due:
                if not blocking:
                    return head.time - now
                self.delayfunc(head.time - now)
                continue
            head.action(*head.argument, **head.kwargs)
            # Let other threads run between events.
            self.delayfunc(0)

    @property
    def queue(self):
        """The pending events, in the order they will run (a new list)."""
        with self._lock:
            pending = list(self._queue)
        return [heapq.heappop(pending) for _ in range(len(pending))]
