"""TaskGroup: `async with` waits for all the tasks started through the group.

When one of them fails, the others and the task running the `async with` body are
cancelled; once everything has finished, the failures leave as one ExceptionGroup.
KeyboardInterrupt and SystemExit are raised as they are. Follows CPython 3.12.
"""

__all__ = ('TaskGroup',)

from . import events
from . import exceptions
from . import tasks


def _fatal(exc):
    # These leave the group as they are, not wrapped in an ExceptionGroup.
    return isinstance(exc, (KeyboardInterrupt, SystemExit))


class TaskGroup:
    """`async with TaskGroup() as tg:` ... `tg.create_task(coro)` ..."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent = None            # the task running the `async with` body
        self._parent_cancelled = False  # we cancelled it (a child failed)
        self._tasks = set()            # children not finished yet
        self._errors = []
        self._fatal_error = None       # the first SystemExit/KeyboardInterrupt seen
        self._all_finished = None      # set while __aexit__ waits for the last child

    def __repr__(self):
        notes = ''
        if self._tasks:
            notes += f' tasks={len(self._tasks)}'
        if self._errors:
            notes += f' errors={len(self._errors)}'
        if self._aborting:
            notes += ' cancelling'
        elif self._entered:
            notes += ' entered'
        return f'<TaskGroup{notes}>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has already been entered')
        loop = self._loop = self._loop or events.get_running_loop()
        parent = self._parent = tasks.current_task(loop)
        if parent is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _fatal(exc) and self._fatal_error is None:
            self._fatal_error = exc
        # A CancelledError out of the body is ours to re-raise, unless the cancellation
        # was our own doing (a child failed) and nobody else asked for one.
        reraise_cancel = exc if et is exceptions.CancelledError else None
        if self._parent_cancelled and self._parent.uncancel() == 0:
            reraise_cancel = None
        if et is not None and not self._aborting:
            self._abort()
        # Wait for every child, even if this wait itself gets cancelled.
        while self._tasks:
            waiter = self._all_finished or self._loop.create_future()
            self._all_finished = waiter
            try:
                await waiter
            except exceptions.CancelledError as cancel:
                if not self._aborting:
                    reraise_cancel = cancel
                    self._abort()
            self._all_finished = None
        if self._fatal_error is not None:
            raise self._fatal_error
        if reraise_cancel and not self._errors:
            raise reraise_cancel
        if et not in (None, exceptions.CancelledError):
            self._errors.append(exc)  # the body's own error joins the children's
        if self._errors:
            try:
                raise BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors) from None
            finally:
                self._errors = None  # no cycle through the group's frames

    def create_task(self, coro, *, name=None, context=None):
        """Start `coro` as a task of this group (the group must be entered and not ending)."""
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        # Older task factories take no `context`: pass it only when there is one.
        extra = {} if context is None else {'context': context}
        child = self._loop.create_task(coro, **extra)
        tasks._set_task_name(child, name)
        if not child.done():
            self._tasks.add(child)
            child.add_done_callback(self._on_task_done)
        else:
            self._on_task_done(child)  # an eager task may finish at once
        return child

    def _abort(self):
        self._aborting = True
        for child in self._tasks:
            if not child.done():
                child.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        waiter = self._all_finished
        if waiter is not None and not self._tasks and not waiter.done():
            waiter.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _fatal(exc) and self._fatal_error is None:
            self._fatal_error = exc
        parent = self._parent
        if parent.done():
            note = (f'Task {task!r} has errored out but its parent task {parent} '
                    'is already completed')
            self._loop.call_exception_handler({'message': note, 'exception': exc, 'task': task})
            return
        if not (self._aborting or self._parent_cancelled):
            # The first failure: cancel the siblings, and the parent so that it leaves
            # the body (its __aexit__ then waits for the children).
            self._abort()
            self._parent_cancelled = True
            parent.cancel()
