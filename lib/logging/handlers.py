"""More logging handlers: rotating and watched files, buffering and memory handlers, and
the queue handler/listener pair.

pydive's version of CPython 3.12's module: the network handlers (socket, datagram, syslog,
SMTP, HTTP) are not provided.
"""

import copy
import io
import os
import re
import time

import logging

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 24 * 60 * 60


class _Held:
    # holds a handler's lock through its acquire()/release(), which subclasses may override
    __slots__ = ("handler",)

    def __init__(self, handler):
        self.handler = handler

    def __enter__(self):
        self.handler.acquire()

    def __exit__(self, *exc):
        self.handler.release()


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that may move its file aside (shouldRollover/doRollover) before
    writing a record."""

    namer = None
    rotator = None

    def __init__(self, filename, mode,
                 encoding=None, delay=False, errors=None):
        super().__init__(filename, mode=mode, encoding=encoding, errors=errors, delay=delay)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            rolling = self.shouldRollover(record)
            if rolling:
                self.doRollover()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        namer = self.namer
        return namer(default_name) if callable(namer) else default_name

    def rotate(self, source, dest):
        mover = self.rotator
        if callable(mover):
            mover(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _reopen_unless_delayed(self):
        # after a rollover the file is reopened at once, unless the handler opens lazily
        if not self.delay:
            self.stream = self._open()


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls the file over to name.1, name.2 ... when it would grow past maxBytes."""

    def __init__(self, filename, mode="a", maxBytes=0, backupCount=0, encoding=None,
                 delay=False, errors=None):
        if maxBytes > 0:
            mode = "a"
        text = "b" not in mode
        super().__init__(filename, mode, io.text_encoding(encoding) if text else encoding,
                         delay, errors)
        self.maxBytes, self.backupCount = maxBytes, backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        keep = self.backupCount
        if keep > 0:
            for n in reversed(range(1, keep)):
                older = self.rotation_filename(f"{base}.{n}")
                newer = self.rotation_filename(f"{base}.{n + 1}")
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(base + ".1")
            if os.path.exists(first):
                os.remove(first)
            self.rotate(base, first)
        self._reopen_unless_delayed()

    def shouldRollover(self, record):
        # a special file (a fifo, /dev/null) never rolls over, and is not opened to ask
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:  # opened now to learn the current size
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        size = self.stream.seek(0, os.SEEK_END)
        # 3.12.1 rolls over even an empty file when one record would pass maxBytes
        return size + len(self.format(record)) + 1 >= self.maxBytes


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls the file over at intervals: 'S', 'M', 'H', 'D', 'MIDNIGHT' or 'W0'-'W6'."""

    def __init__(self, filename, when="h", interval=1, backupCount=0, encoding=None,
                 delay=False, utc=False, atTime=None, errors=None):
        super().__init__(filename, "a", io.text_encoding(encoding), delay, errors)
        self.when = when.upper()
        self.backupCount, self.utc, self.atTime = backupCount, utc, atTime
        units = {"S": (1, "%Y-%m-%d_%H-%M-%S", r"\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}"),
                 "M": (60, "%Y-%m-%d_%H-%M", r"\d{4}-\d{2}-\d{2}_\d{2}-\d{2}"),
                 "H": (3600, "%Y-%m-%d_%H", r"\d{4}-\d{2}-\d{2}_\d{2}"),
                 "D": (_MIDNIGHT, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
                 "MIDNIGHT": (_MIDNIGHT, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}")}
        if self.when.startswith("W"):
            if len(self.when) != 2:
                raise ValueError("You must specify a day for weekly rollover from 0 to 6 "
                                 "(0 is Monday): %s" % self.when)
            day = self.when[1]
            if not "0" <= day <= "6":
                raise ValueError(f"Invalid day specified for weekly rollover: {self.when}")
            self.dayOfWeek = int(day)
            seconds, self.suffix, ext = 7 * _MIDNIGHT, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"
        elif self.when in units:
            seconds, self.suffix, ext = units[self.when]
        else:
            raise ValueError(f"Invalid rollover interval specified: {self.when}")
        self.extMatch = re.compile(ext, re.ASCII)
        self.interval = seconds * interval
        start = os.stat(filename).st_mtime if os.path.exists(filename) else int(time.time())
        self.rolloverAt = self.computeRollover(start)

    def computeRollover(self, currentTime):
        if self.when != "MIDNIGHT" and not self.when.startswith("W"):
            return currentTime + self.interval
        t = time.gmtime(currentTime) if self.utc else time.localtime(currentTime)
        now = t[3] * 3600 + t[4] * 60 + t[5]
        if self.atTime is None:
            at = _MIDNIGHT
        else:
            at = self.atTime.hour * 3600 + self.atTime.minute * 60 + self.atTime.second
        left = at - now
        if left <= 0:
            left += _MIDNIGHT
            day = (t[6] + 1) % 7
        else:
            day = t[6]
        result = currentTime + left
        if self.when.startswith("W"):
            ahead = self.dayOfWeek - day
            if ahead < 0:
                ahead += 7
            result += ahead * _MIDNIGHT
        return result

    def shouldRollover(self, record):
        if int(time.time()) < self.rolloverAt:
            return False
        return not (os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename))

    def getFilesToDelete(self):
        folder, base = os.path.split(self.baseFilename)
        found = []
        for name in os.listdir(folder):
            if name.startswith(base + "."):
                tail = name[len(base) + 1:]
                if self.extMatch.fullmatch(tail):
                    found.append(os.path.join(folder, name))
        found.sort()
        return found[:max(0, len(found) - self.backupCount)]

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        now = int(time.time())
        start = self.rolloverAt - self.interval
        t = time.gmtime(start) if self.utc else time.localtime(start)
        target = self.rotation_filename(self.baseFilename + "." + time.strftime(self.suffix, t))
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        self._reopen_unless_delayed()
        nxt = self.computeRollover(now)
        while nxt <= now:
            nxt += self.interval
        self.rolloverAt = nxt


class WatchedFileHandler(logging.FileHandler):
    """Reopens its file when it was moved or removed (as log rotation tools do)."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        super().__init__(filename, mode=mode, encoding=encoding, errors=errors, delay=delay)
        self.dev = self.ino = -1
        self._statstream()

    def _statstream(self):
        if self.stream:
            st = os.fstat(self.stream.fileno())
            self.dev, self.ino = st.st_dev, st.st_ino

    def reopenIfNeeded(self):
        try:
            st = os.stat(self.baseFilename)
        except FileNotFoundError:
            st = None
        same = st is not None and (st.st_dev, st.st_ino) == (self.dev, self.ino)
        old = self.stream
        if not same and old is not None:
            old.flush()
            old.close()
            self.stream = None
            self.stream = self._open()
            self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        super().emit(record)


class BufferingHandler(logging.Handler):
    """Keeps records in a buffer, flushed (emptied) when shouldFlush says so."""

    def __init__(self, capacity):
        super().__init__()
        self.capacity, self.buffer = capacity, []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        buffer = self.buffer
        buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with _Held(self):
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to a target handler when full or when a record of
    flushLevel or above arrives."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        super().__init__(capacity)
        self.flushLevel, self.target, self.flushOnClose = flushLevel, target, flushOnClose

    def shouldFlush(self, record):
        full = len(self.buffer) >= self.capacity
        return full or record.levelno >= self.flushLevel

    def setTarget(self, target):
        with _Held(self):
            self.target = target

    def flush(self):
        with _Held(self):
            target = self.target
            if target:
                for pending in self.buffer:
                    target.handle(pending)
                self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with _Held(self):
                self.target = None
                BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts formatted records on a queue (for a QueueListener in another thread)."""

    def __init__(self, queue):
        super().__init__()
        self.queue, self.listener = queue, None

    def enqueue(self, record):
        # never block the logging call: a full bounded queue raises queue.Full here
        self.queue.put_nowait(record)

    def prepare(self, record):
        """A copy of `record` that crosses threads safely: its text formatted once, and no
        arguments, traceback or stack left to format (or to pickle) on the other side."""
        text = self.format(record)
        flat = copy.copy(record)
        flat.message = flat.msg = text
        flat.args = flat.exc_info = flat.exc_text = flat.stack_info = None
        return flat

    def emit(self, record):
        try:
            prepared = self.prepare(record)
            self.enqueue(prepared)
        except Exception:
            self.handleError(record)


class QueueListener:
    """Takes records off a queue in a thread of its own and hands them to handlers."""

    _sentinel = None  # what stop() puts on the queue to end the thread

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue, self.handlers = queue, handlers
        self.respect_handler_level = respect_handler_level
        self._thread = None

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        import threading
        worker = threading.Thread(target=self._monitor, daemon=True)
        self._thread = worker
        worker.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for target in self.handlers:
            if self.respect_handler_level and record.levelno < target.level:
                continue
            target.handle(record)

    def _monitor(self):
        import queue as queue_module
        source = self.queue
        done = getattr(source, "task_done", None)  # queue.Queue has it, SimpleQueue not
        while True:
            try:
                item = self.dequeue(True)
            except queue_module.Empty:
                return
            stop = item is self._sentinel
            if not stop:
                self.handle(item)
            if done is not None:
                done()
            if stop:
                return

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        worker = self._thread
        if worker:
            self.enqueue_sentinel()
            worker.join()
            self._thread = None
