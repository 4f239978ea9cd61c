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
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """`async with TaskGroup() as tg:` ... `tg.create_task(coro)` ..."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None  # set while __aexit__ waits for the last child

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
        if self._loop is None:
            self._loop = events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _fatal(exc) and self._base_error is None:
            self._base_error = exc
        # A CancelledError out of the body is ours to re-raise, unless the cancellation
        # was our own doing (a child failed) and nobody else asked for one.
        reraise_cancel = exc if et is exceptions.CancelledError else None
        if self._parent_cancel_requested and self._parent_task.uncancel() == 0:
            reraise_cancel = None
        if et is not None and not self._aborting:
            self._abort()
        # Wait for every child, even if this wait itself gets cancelled.
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except exceptions.CancelledError as cancel:
                if not self._aborting:
                    reraise_cancel = cancel
                    self._abort()
            self._on_completed_fut = None
        assert not self._tasks
        if self._base_error is not None:
            raise self._base_error
        if reraise_cancel and not self._errors:
            raise reraise_cancel
        if et is not None and et is not exceptions.CancelledError:
            self._errors.append(exc)
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
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        tasks._set_task_name(task, name)
        if task.done():
            self._on_task_done(task)  # an eager task may finish at once
        else:
            self._tasks.add(task)
            task.add_done_callback(self._on_task_done)
        return task

    def _is_base_error(self, exc):
        assert isinstance(exc, BaseException)
        return _fatal(exc)

    def _abort(self):
        self._aborting = True
        for child in self._tasks:
            if not child.done():
                child.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        waiter = self._on_completed_fut
        if waiter is not None and not self._tasks and not waiter.done():
            waiter.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if _fatal(exc) and self._base_error is None:
            self._base_error = exc
        parent = self._parent_task
        if parent.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {parent} is already completed',
                'exception': exc,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            # The first failure: cancel the siblings, and the parent so that it leaves
            # the body (its __aexit__ then waits for the children).
            self._abort()
            self._parent_cancel_requested = True
            parent.cancel()
