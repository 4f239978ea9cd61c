"""Logging (pydive's logging).

Loggers form a tree by dotted name; a record made by one travels up the tree to every handler on
the way (until a logger with propagate off), each handler formatting it with its Formatter.
Record attributes, default formats, reprs and messages are CPython 3.12's.

pydive runs a single thread, so the module keeps no global lock; handlers still carry an RLock
for code that uses `handler.lock`.
"""

import io
import os
import re
import sys
import time
import traceback
import weakref
from types import GenericAlias
from _collections_abc import Mapping as _Mapping

__all__ = ["BASIC_FORMAT", "BufferingFormatter", "CRITICAL", "DEBUG", "ERROR", "FATAL",
           "FileHandler", "Filter", "Formatter", "Handler", "INFO", "LogRecord", "Logger",
           "LoggerAdapter", "NOTSET", "NullHandler", "StreamHandler", "WARN", "WARNING",
           "addLevelName", "basicConfig", "captureWarnings", "critical", "debug", "disable",
           "error", "exception", "fatal", "getLevelName", "getLogger", "getLoggerClass",
           "info", "log", "makeLogRecord", "setLoggerClass", "shutdown", "warn", "warning",
           "getLogRecordFactory", "setLogRecordFactory", "lastResort", "raiseExceptions",
           "getLevelNamesMapping", "getHandlerByName", "getHandlerNames"]

# ---------------------------------------------------------------------------------------------
# Levels

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {}
_nameToLevel = {}
for _name, _number in (("CRITICAL", 50), ("ERROR", 40), ("WARNING", 30), ("INFO", 20),
                       ("DEBUG", 10), ("NOTSET", 0)):
    _levelToName[_number] = _name
    _nameToLevel[_name] = _number
# the aliases name a number, but the number's name stays the main one
_nameToLevel["FATAL"] = FATAL
_nameToLevel["WARN"] = WARNING
del _name, _number

# module switches CPython documents
raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True
logAsyncioTasks = True

_startTime = time.time()


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """Map a level number to its name, a level name to its number; else 'Level %s'."""
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % level


def addLevelName(level, levelName):
    _levelToName[level], _nameToLevel[levelName] = levelName, level


def _checkLevel(level):
    """A level given as a number or a registered name, as a number."""
    if not isinstance(level, int):
        if str(level) != level:
            raise TypeError("Level not an integer or a valid string: %r" % (level,))
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        level = _nameToLevel[level]
    return level


# Frames of this file are skipped when looking for the code that logged.
_srcfile = os.path.normcase(_checkLevel.__code__.co_filename)


def _logging_frame(frame):
    path = os.path.normcase(frame.f_code.co_filename)
    return path == _srcfile or ("importlib" in path and "_bootstrap" in path)


def currentframe():
    return sys._getframe(1)


# ---------------------------------------------------------------------------------------------
# Records

def _current_task_name():
    asyncio = sys.modules.get("asyncio")
    if asyncio is None:
        return None
    try:
        return asyncio.current_task().get_name()
    except Exception:
        return None


def _thread_facts():
    threading = sys.modules.get("threading")
    if threading is None:
        import threading
    return threading.get_ident(), threading.current_thread().name


def _file_and_module(pathname):
    # 'dir/mod.py' -> ('mod.py', 'mod'); what is not a path keeps itself as the file name
    try:
        base = os.path.basename(pathname)
        return base, os.path.splitext(base)[0]
    except (TypeError, ValueError, AttributeError):
        return pathname, "Unknown module"


class LogRecord:
    """Everything known about one logging call."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None,
                 sinfo=None, **kwargs):
        now = time.time()
        self.name = name
        self.msg = msg
        # log("%(a)s", {"a": 1}): a lone non-empty mapping is the argument mapping itself
        if args and len(args) == 1 and isinstance(args[0], _Mapping) and args[0]:
            args = args[0]
        self.args = args
        self.levelno, self.levelname = level, getLevelName(level)
        self.pathname = pathname
        self.filename, self.module = _file_and_module(pathname)
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _startTime) * 1000
        if logThreads:
            self.thread, self.threadName = _thread_facts()
        else:
            self.thread = self.threadName = None
        self.processName = "MainProcess" if logMultiprocessing else None
        self.process = os.getpid() if logProcesses and hasattr(os, "getpid") else None
        self.taskName = _current_task_name() if logAsyncioTasks else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message with the arguments merged in by %-formatting."""
        text = str(self.msg)
        return text % self.args if self.args else text


_record_factory = LogRecord


def setLogRecordFactory(factory):
    global _record_factory
    _record_factory = factory


def getLogRecordFactory():
    return _record_factory


def makeLogRecord(dict):
    """A record whose attributes come from a dict (records sent over a wire, say)."""
    record = _record_factory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---------------------------------------------------------------------------------------------
# Format styles: how a format string pulls fields out of a record

class PercentStyle:
    default_format = "%(message)s"
    asctime_format = "%(asctime)s"
    asctime_search = "%(asctime)"
    validation_pattern = re.compile(r"%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]",
                                    re.I)

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        """Raise ValueError unless the format has at least one field of this style."""
        if self.validation_pattern.search(self._fmt) is None:
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._fmt, self.default_format[0]))

    def _fields(self, record):
        if self._defaults:
            return self._defaults | record.__dict__
        return record.__dict__

    def _fill(self, record):
        return self._fmt % self._fields(record)

    def format(self, record):
        try:
            return self._fill(record)
        except KeyError as missing:
            raise ValueError("Formatting field not found in record: %s" % missing)


class StrFormatStyle(PercentStyle):
    default_format = "{message}"
    asctime_format = "{asctime}"
    asctime_search = "{asctime"
    fmt_spec = re.compile(r"^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?"
                          r"[bcdefgnosx%]?$", re.I)
    field_spec = re.compile(r"^(\d+|\w+)(\.\w+|\[[^]]+\])*$")

    def _fill(self, record):
        return self._fmt.format(**self._fields(record))

    def validate(self):
        import string
        names = set()
        try:
            for _text, field, spec, conversion in string.Formatter().parse(self._fmt):
                if field:
                    if not self.field_spec.match(field):
                        raise ValueError("invalid field name/expression: %r" % field)
                    names.add(field)
                if conversion and conversion not in "rsa":
                    raise ValueError("invalid conversion: %r" % conversion)
                if spec and self.fmt_spec.match(spec) is None:
                    raise ValueError("bad specifier: %r" % spec)
        except ValueError as problem:
            raise ValueError("invalid format: %s" % problem)
        if not names:
            raise ValueError("invalid format: no fields")


# what string.Template recognises after a '$'
_DOLLAR = re.compile(r"\$(?:(\$)|((?a:[_a-z][_a-z0-9]*))|\{((?a:[_a-z][_a-z0-9]*))\}|)", re.I)


class StringTemplateStyle(PercentStyle):
    default_format = "${message}"
    asctime_format = "${asctime}"
    asctime_search = "${asctime}"

    def __init__(self, fmt, *, defaults=None):
        PercentStyle.__init__(self, fmt, defaults=defaults)
        import string
        self._tpl = string.Template(self._fmt)

    def usesTime(self):
        return "$asctime" in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        names = set()
        for m in _DOLLAR.finditer(self._fmt):
            _escaped, plain, braced = m.groups()
            if plain or braced:
                names.add(plain or braced)
            elif m.group(0) == "$":
                raise ValueError("invalid format: bare '$' not allowed")
        if not names:
            raise ValueError("invalid format: no fields")

    def _fill(self, record):
        return self._tpl.substitute(**self._fields(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# style character -> (style class, basicConfig's default format in that style)
_STYLES = {
    "%": (PercentStyle, BASIC_FORMAT),
    "{": (StrFormatStyle, "{levelname}:{name}:{message}"),
    "$": (StringTemplateStyle, "${levelname}:${name}:${message}"),
}


def _style_class(style):
    if style not in _STYLES:
        raise ValueError("Style must be one of: %s" % ",".join(_STYLES.keys()))
    return _STYLES[style][0]


# ---------------------------------------------------------------------------------------------
# Formatters

def _append_block(text, block):
    """text, then block on a line of its own."""
    if not text.endswith("\n"):
        text += "\n"
    return text + block


class Formatter:
    """Turns a LogRecord into text: the message, then any traceback and stack."""

    converter = time.localtime
    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *, defaults=None):
        self._style = _style_class(style)(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        stamp = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, stamp)
        text = time.strftime(self.default_time_format, stamp)
        with_msecs = self.default_msec_format
        return with_msecs % (text, record.msecs) if with_msecs else text

    def formatException(self, ei):
        with io.StringIO() as out:
            traceback.print_exception(ei[0], ei[1], ei[2], None, out)
            text = out.getvalue()
        return text[:-1] if text.endswith("\n") else text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        # the traceback text is cached on the record for the next handler
        trace = record.exc_text
        if record.exc_info and not trace:
            trace = record.exc_text = self.formatException(record.exc_info)
        if trace:
            text = _append_block(text, trace)
        if record.stack_info:
            text = _append_block(text, self.formatStack(record.stack_info))
        return text


_defaultFormatter = Formatter()


class BufferingFormatter:
    """Formats a batch of records: a header, each record, a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = "".join(self.linefmt.format(r) for r in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ---------------------------------------------------------------------------------------------
# Filters

class Filter:
    """Passes the records of one logger and of the loggers below it ('' passes all)."""

    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.nlen or record.name == self.name:
            return True
        # below it means: the name, then a dot
        return record.name.startswith(self.name) and record.name[self.nlen] == "."


def _add_once(items, item):
    if item not in items:
        items.append(item)


def _discard(items, item):
    if item in items:
        items.remove(item)


class Filterer:
    """Something holding filters: a record passes when every filter accepts it."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        _add_once(self.filters, filter)

    def removeFilter(self, filter):
        _discard(self.filters, filter)

    def filter(self, record):
        """False if some filter refuses; else the record (a filter may hand back a new one)."""
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, "filter") else check(record)
            if not verdict:
                return False
            if isinstance(verdict, LogRecord):
                record = verdict
        return record


# ---------------------------------------------------------------------------------------------
# Handlers

_handlers = weakref.WeakValueDictionary()  # name -> handler
_handlerList = []  # weak references, oldest first: shutdown() closes newest first


def _forget_handler(ref):
    # (at interpreter exit the list may be gone already)
    if _handlerList is not None and ref in _handlerList:
        _handlerList.remove(ref)


def getHandlerByName(name):
    return _handlers.get(name)


def getHandlerNames():
    return frozenset(_handlers)


class Handler(Filterer):
    """Where records end up; subclasses say how in emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _handlerList.append(weakref.ref(self, _forget_handler))
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        _handlers.pop(self._name, None)
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        import threading
        self.lock = threading.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        """Filter, then emit; returns what the filters said."""
        verdict = self.filter(record)
        if verdict:
            if isinstance(verdict, LogRecord):
                record = verdict
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return verdict

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name:
            _handlers.pop(self._name, None)

    def handleError(self, record):
        """Report an exception raised while emitting, and the logging call behind it."""
        if not (raiseExceptions and sys.stderr):
            return
        err = sys.stderr
        problem = sys.exception()
        try:
            err.write("--- Logging error ---\n")
            traceback.print_exception(problem, limit=None, file=err)
            err.write("Call stack:\n")
            # the first frame outside the logging package is where the call came from
            frame = problem.__traceback__.tb_frame
            here = os.path.dirname(_srcfile)
            while frame and os.path.dirname(os.path.normcase(frame.f_code.co_filename)) == here:
                frame = frame.f_back
            if frame:
                traceback.print_stack(frame, file=err)
            else:
                err.write("Logging error in stack frame not found in logging package.\n")
            try:
                err.write("Message: %r\nArguments: %s\n" % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write("Unable to print the message and arguments - possible formatting "
                          "error.\nUse the traceback above to help find the error.\n")
        except OSError:
            pass
        finally:
            del problem

    def __repr__(self):
        return "<%s (%s)>" % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record and a terminator to a stream (sys.stderr by default)."""

    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        target = self.stream
        if target and hasattr(target, "flush"):
            target.flush()

    def emit(self, record):
        try:
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switch streams (flushing the old one) and return the old one; None if unchanged."""
        if stream is self.stream:
            return None
        previous = self.stream
        self.flush()
        self.stream = stream
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, "name", ""))
        if label:
            label += " "
        return "<%s %s(%s)>" % (type(self).__name__, label, getLevelName(self.level))

    __class_getitem__ = classmethod(GenericAlias)


class FileHandler(StreamHandler):
    """A StreamHandler on a file it opens itself (at the first record when delay is true)."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        self.encoding = encoding if "b" in mode else io.text_encoding(encoding)
        self.errors = errors
        self.delay = delay
        self._builtin_open = open
        StreamHandler.__init__(self, None if delay else self._open())
        if delay:
            self.stream = None

    def _open(self):
        return self._builtin_open(self.baseFilename, self.mode, encoding=self.encoding,
                                  errors=self.errors)

    def emit(self, record):
        # a closed 'w' handler must not reopen (and truncate) its file
        if self.stream is None and (self.mode != "w" or not self._closed):
            self.stream = self._open()
        if self.stream:
            super().emit(record)

    def close(self):
        try:
            if self.stream:
                try:
                    self.flush()
                finally:
                    stream, self.stream = self.stream, None
                    closer = getattr(stream, "close", None)
                    if closer is not None:
                        closer()
        finally:
            StreamHandler.close(self)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class NullHandler(Handler):
    """Swallows records (for libraries, so that 'no handlers' is never reported)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


class _StderrHandler(StreamHandler):
    """lastResort: writes to whatever sys.stderr is at the time."""

    def __init__(self, level=NOTSET):
        super(StreamHandler, self).__init__(level)  # no stream of its own to set

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


# ---------------------------------------------------------------------------------------------
# The logger tree

class PlaceHolder:
    """Stands in the tree for a dotted name no logger has been asked for yet; remembers the
    loggers below it so they can be re-parented when it becomes a real logger."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


def _ancestor_names(name):
    """The dotted prefixes of name, longest first (as CPython walks them: after a '.', the
    search for the next one skips the character just before it)."""
    cut = name.rfind(".")
    while cut > 0:
        yield name[:cut]
        cut = name.rfind(".", 0, cut - 1)


_loggerClass = None  # set to Logger below


def setLoggerClass(klass):
    """The class getLogger() makes new loggers of."""
    global _loggerClass
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager:
    """Owns the logger tree: the name -> logger (or PlaceHolder) table."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError("A logger name must be a string")
        known = self.loggerDict.get(name)
        if known is not None and not isinstance(known, PlaceHolder):
            return known
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        if known is not None:
            self._fixupChildren(known, made)
        self._fixupParents(made)
        return made

    def setLoggerClass(self, klass):
        if klass != Logger and not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        """Hook alogger under its nearest existing ancestor, leaving placeholders between."""
        parent = None
        for prefix in _ancestor_names(alogger.name):
            entry = self.loggerDict.get(prefix)
            if entry is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(entry, Logger):
                parent = entry
                break
            else:
                entry.append(alogger)
        alogger.parent = parent or self.root

    def _fixupChildren(self, ph, alogger):
        """alogger replaces placeholder ph: slot it above the loggers ph was holding for."""
        prefix = alogger.name
        for child in ph.loggerMap:
            if not child.parent.name.startswith(prefix):
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        for entry in self.loggerDict.values():
            if isinstance(entry, Logger):
                entry._cache.clear()
        self.root._cache.clear()


def _hierarchy_depth(logger):
    return 0 if logger is logger.manager.root else 1 + logger.name.count(".")


class Logger(Filterer):
    """A named channel: makes records and hands them to its handlers and its ancestors'."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}  # level -> isEnabledFor(level), cleared on any level change

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    # -- the logging calls (debug() ... critical() are made by _per_level_methods below)

    def warn(self, msg, *args, **kwargs):
        _warn_deprecated("method")
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
        elif self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    # -- making the record

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file, line, function, stack text) of the stacklevel-th frame outside logging."""
        frame = currentframe()
        if frame is None:
            return "(unknown file)", 0, "(unknown function)", None
        while stacklevel > 0 and frame.f_back is not None:
            frame = frame.f_back
            if not _logging_frame(frame):
                stacklevel -= 1
        code = frame.f_code
        stack = None
        if stack_info:
            with io.StringIO() as out:
                out.write("Stack (most recent call last):\n")
                traceback.print_stack(frame, file=out)
                stack = out.getvalue()
            if stack.endswith("\n"):
                stack = stack[:-1]
        return code.co_filename, frame.f_lineno, code.co_name, stack

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None, extra=None,
                   sinfo=None):
        record = _record_factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        for key in extra or ():
            if key in ("message", "asctime") or key in record.__dict__:
                raise KeyError("Attempt to overwrite %r in LogRecord" % key)
            record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        try:
            fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        except ValueError:
            fn, lno, func, sinfo = "(unknown file)", 0, "(unknown function)", None
        if isinstance(exc_info, BaseException):
            exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
        elif exc_info and not isinstance(exc_info, tuple):
            exc_info = sys.exc_info()  # exc_info=True: the exception being handled
        self.handle(self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func,
                                    extra, sinfo))

    # -- dispatching it

    def handle(self, record):
        if self.disabled:
            return
        verdict = self.filter(record)
        if not verdict:
            return
        if isinstance(verdict, LogRecord):
            record = verdict
        self.callHandlers(record)

    def addHandler(self, hdlr):
        _add_once(self.handlers, hdlr)

    def removeHandler(self, hdlr):
        _discard(self.handlers, hdlr)

    def _propagation_chain(self):
        """This logger, then its ancestors as far as propagation goes."""
        node = self
        while node:
            yield node
            node = node.parent if node.propagate else None

    def hasHandlers(self):
        return any(node.handlers for node in self._propagation_chain())

    def callHandlers(self, record):
        seen = 0
        for node in self._propagation_chain():
            for hdlr in node.handlers:
                seen += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
        if seen:
            return
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager.emittedNoHandlerWarning = True

    # -- levels

    def getEffectiveLevel(self):
        """The first level set on the way up the tree (NOTSET if none is)."""
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        try:
            return self._cache[level]
        except KeyError:
            enabled = self.manager.disable < level and level >= self.getEffectiveLevel()
            self._cache[level] = enabled
            return enabled

    def getChild(self, suffix):
        if self.root is not self:
            suffix = self.name + "." + suffix
        return self.manager.getLogger(suffix)

    def getChildren(self):
        """The loggers directly below this one."""
        depth = _hierarchy_depth(self) + 1
        return {entry for entry in self.manager.loggerDict.values()
                if isinstance(entry, Logger) and entry.parent is self
                and _hierarchy_depth(entry) == depth}

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError("logger cannot be pickled")
        return getLogger, (self.name,)


def _per_level_methods(cls, make):
    """Give cls a debug() ... critical() method each (and fatal, critical's alias)."""
    for level, name in ((DEBUG, "debug"), (INFO, "info"), (WARNING, "warning"),
                        (ERROR, "error"), (CRITICAL, "critical")):
        method = make(level)
        method.__name__ = name
        method.__qualname__ = cls.__name__ + "." + name
        setattr(cls, name, method)
    cls.fatal = cls.critical


def _logger_call(level):
    def method(self, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)
    return method


_per_level_methods(Logger, _logger_call)


def _warn_deprecated(kind):
    import warnings
    warnings.warn("The 'warn' %s is deprecated, use 'warning' instead" % kind,
                  DeprecationWarning, 3)


class RootLogger(Logger):
    """The top of the tree, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter:
    """Wraps a logger to add context: process() gets each call's message and keywords."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    # debug() ... critical() are made by _per_level_methods below

    def warn(self, msg, *args, **kwargs):
        _warn_deprecated("method")
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level):
            return
        msg, kwargs = self.process(msg, kwargs)
        self.logger.log(level, msg, *args, **kwargs)

    # the rest asks or tells the wrapped logger

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, **kwargs):
        return self.logger._log(level, msg, args, **kwargs)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))

    __class_getitem__ = classmethod(GenericAlias)


def _adapter_call(level):
    def method(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    return method


_per_level_methods(LoggerAdapter, _adapter_call)

root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ---------------------------------------------------------------------------------------------
# Module-level convenience

def _new_default_handler(kwargs, encoding, errors):
    """basicConfig's handler when none is given: a file's or a stream's."""
    filename = kwargs.pop("filename", None)
    mode = kwargs.pop("filemode", "a")
    if not filename:
        return StreamHandler(kwargs.pop("stream", None))
    if "b" in mode:
        errors = None
    else:
        encoding = io.text_encoding(encoding)
    return FileHandler(filename, mode, encoding=encoding, errors=errors)


def basicConfig(**kwargs):
    """Give the root logger a handler and formatter, unless it has handlers already (or
    force=True, which first removes and closes them)."""
    force = kwargs.pop("force", False)
    encoding = kwargs.pop("encoding", None)
    errors = kwargs.pop("errors", "backslashreplace")
    if force:
        for old in list(root.handlers):
            root.removeHandler(old)
            old.close()
    if root.handlers:
        return
    handlers = kwargs.pop("handlers", None)
    if handlers is None:
        if "stream" in kwargs and "filename" in kwargs:
            raise ValueError("'stream' and 'filename' should not be specified together")
        handlers = [_new_default_handler(kwargs, encoding, errors)]
    elif "stream" in kwargs or "filename" in kwargs:
        raise ValueError("'stream' or 'filename' should not be specified together with "
                         "'handlers'")
    datefmt = kwargs.pop("datefmt", None)
    style = kwargs.pop("style", "%")
    _style_class(style)
    formatter = Formatter(kwargs.pop("format", _STYLES[style][1]), datefmt, style)
    for hdlr in handlers:
        if hdlr.formatter is None:
            hdlr.setFormatter(formatter)
        root.addHandler(hdlr)
    if kwargs.get("level") is not None:
        root.setLevel(kwargs["level"])
    kwargs.pop("level", None)
    if kwargs:
        raise ValueError("Unrecognised argument(s): %s" % ", ".join(kwargs.keys()))


def getLogger(name=None):
    """The logger of that dotted name, made on first use (no name: the root logger)."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def _ensure_configured():
    # the module-level calls give the root logger a default handler on first use
    if not root.handlers:
        basicConfig()


def _on_root(name):
    """The module-level function `name`: root's method of that name, once configured."""
    def function(msg, *args, **kwargs):
        _ensure_configured()
        getattr(root, name)(msg, *args, **kwargs)
    function.__name__ = function.__qualname__ = name
    return function


debug = _on_root("debug")
info = _on_root("info")
warning = _on_root("warning")
error = _on_root("error")
critical = fatal = _on_root("critical")


def log(level, msg, *args, **kwargs):
    _ensure_configured()
    root.log(level, msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warn(msg, *args, **kwargs):
    _warn_deprecated("function")
    warning(msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record at or below level, whatever the loggers say."""
    manager = root.manager
    manager.disable = level
    manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flush and close every handler still alive, newest first (registered with atexit)."""
    for ref in reversed(list(handlerList)):
        try:
            hdlr = ref()
            if not hdlr:
                continue
            try:
                hdlr.acquire()
                if getattr(hdlr, "flushOnClose", True):
                    hdlr.flush()
                hdlr.close()
            except (OSError, ValueError):
                pass  # the stream may be gone already at exit
            finally:
                hdlr.release()
        except:  # noqa: E722 (as CPython: anything, unless raiseExceptions)
            if raiseExceptions:
                raise


import atexit  # noqa: E402
atexit.register(shutdown)


# ---------------------------------------------------------------------------------------------
# Routing warnings to the 'py.warnings' logger

_saved_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    """warnings.showwarning while captured: to a file if one is given, else to the log."""
    import warnings
    if file is not None:
        if _saved_showwarning is not None:
            _saved_showwarning(message, category, filename, lineno, file, line)
        return
    text = warnings.formatwarning(message, category, filename, lineno, line)
    channel = getLogger("py.warnings")
    if not channel.handlers:
        channel.addHandler(NullHandler())
    channel.warning("%s", text)


def captureWarnings(capture):
    global _saved_showwarning
    import warnings
    if capture:
        if _saved_showwarning is None:
            _saved_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    elif _saved_showwarning is not None:
        warnings.showwarning = _saved_showwarning
        _saved_showwarning = None
