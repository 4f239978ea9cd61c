"""pydive's asyncio: CPython 3.12's event loop, written for pydive in plain Python.

The loop (base_events.py) keeps a FIFO ready queue of Handles and a heap of
TimerHandles; each `_run_once` runs the callbacks that were ready when it started.
Tasks (tasks.py) drive coroutines with send()/throw() in `__step`, and futures
(futures.py) schedule their done-callbacks with call_soon — the same structure and
the same order of events as CPython's asyncio.
"""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .protocols import *
from .queues import *
from .runners import *
from .selector_events import Server
from .streams import *
from .subprocess import *
from .taskgroups import *
from .tasks import *
from .timeouts import *
from .transports import *
from .unix_events import *
from .unsupported import *

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           protocols.__all__ +
           queues.__all__ +
           runners.__all__ +
           ('Server',) +
           streams.__all__ +
           subprocess.__all__ +
           taskgroups.__all__ +
           tasks.__all__ +
           timeouts.__all__ +
           transports.__all__ +
           unix_events.__all__ +
           unsupported.__all__)
