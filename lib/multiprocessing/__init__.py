"""multiprocessing for pydive: processes made with os.fork(), as CPython 3.12 makes them on Linux.

A Process runs in a child process (its own memory and pid; a global it changes stays
unchanged in the parent; its exit code is the child's exit status). Pipes, queues, locks,
semaphores, conditions, events, barriers and Value/Array are shared with the children through
what fork hands down: OS pipes (pickled messages, framed as CPython frames them; a semaphore
is a pipe holding one byte per unit) and files in /dev/shm. Pool and
concurrent.futures.ProcessPoolExecutor run their tasks in forked worker processes.

Not supported (each raises NotImplementedError naming it): the 'spawn' and 'forkserver'
start methods, os.fork() from a thread other than the main thread, connection.Listener and
Client, ctypes types in Value/Array. Manager() starts a server process (managers.py).
What differs from CPython: Queue.put pickles and writes in the calling thread (no feeder
thread), so an unpicklable object fails in put() and a put waits while 64 KiB are unread.
"""

import atexit as _atexit
import os as _os

from . import context as _context
from .context import (ProcessError, BufferTooShort, TimeoutError, AuthenticationError,
                      Process)
from .process import current_process, active_children, parent_process

__all__ = ["Array", "AuthenticationError", "Barrier", "BoundedSemaphore", "BufferTooShort",
           "Condition", "Event", "JoinableQueue", "Lock", "Manager", "Pipe", "Pool",
           "Process", "ProcessError", "Queue", "RLock", "RawArray", "RawValue", "Semaphore",
           "SimpleQueue", "TimeoutError", "Value", "active_children", "allow_connection_pickling",
           "cpu_count", "current_process", "freeze_support", "get_all_start_methods",
           "get_context", "get_logger", "get_start_method", "log_to_stderr", "parent_process",
           "reducer", "set_executable", "set_forkserver_preload", "set_start_method"]

_default = _context._default_context

Array = _default.Array
Barrier = _default.Barrier
BoundedSemaphore = _default.BoundedSemaphore
Condition = _default.Condition
Event = _default.Event
JoinableQueue = _default.JoinableQueue
Lock = _default.Lock
Manager = _default.Manager
Pipe = _default.Pipe
Pool = _default.Pool
Queue = _default.Queue
RLock = _default.RLock
RawArray = _default.RawArray
RawValue = _default.RawValue
Semaphore = _default.Semaphore
SimpleQueue = _default.SimpleQueue
Value = _default.Value
allow_connection_pickling = _default.allow_connection_pickling
cpu_count = _default.cpu_count
freeze_support = _default.freeze_support
get_all_start_methods = _default.get_all_start_methods
get_context = _default.get_context
get_logger = _default.get_logger
get_start_method = _default.get_start_method
log_to_stderr = _default.log_to_stderr
set_executable = _default.set_executable
set_forkserver_preload = _default.set_forkserver_preload
set_start_method = _default.set_start_method
reducer = _default.reducer

SUBDEBUG = 5
SUBWARNING = 25

_atexit.register(lambda: __import__("multiprocessing.process").process._at_exit())
