"""asyncio's logger (CPython 3.12: `logging.getLogger('asyncio')`, Lib/asyncio/log.py).

With logging not configured, an error record lands on logging's last-resort handler:
the message, then the formatted traceback, on stderr. `logger` writes that same text
itself, so asyncio does not need the logging package; once the program configures
logging (a handler on the root or the 'asyncio' logger), records go there instead.
"""

import sys

# logging's levels
_DEBUG, _INFO, _WARNING, _ERROR, _CRITICAL = 10, 20, 30, 40, 50


def _configured_logger():
    logging = sys.modules.get('logging')
    if logging is None:
        return None
    try:
        real = logging.getLogger(__package__)
        if logging.root.handlers or real.handlers:
            return real
    except Exception:
        return None
    return None


def _format_exception(exc_type, exc, tb):
    try:
        import traceback
    except ImportError:
        return f'{exc_type.__name__}: {exc}'
    text = ''.join(traceback.format_exception(exc_type, exc, tb))
    if text.endswith('\n'):
        text = text[:-1]
    return text


class _Logger:
    """The subset of logging.Logger that asyncio (and its users) call."""

    name = __package__

    def __init__(self):
        self.level = 0  # NOTSET: the last-resort handler shows WARNING and above

    def setLevel(self, level):
        self.level = level
        real = _configured_logger()
        if real is not None:
            real.setLevel(level)

    def isEnabledFor(self, level):
        return level >= max(self.level, _WARNING)

    def _log(self, level, msg, args, exc_info=None):
        real = _configured_logger()
        if real is not None:
            real.log(level, msg, *args, exc_info=exc_info)
            return
        if not self.isEnabledFor(level):
            return
        if args:
            msg = msg % args
        if exc_info is True:
            exc_info = sys.exc_info()
        elif isinstance(exc_info, BaseException):
            exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
        text = str(msg)
        if exc_info and exc_info[0] is not None:
            if not text.endswith('\n'):
                text += '\n'
            text += _format_exception(*exc_info)
        stream = sys.stderr
        if stream is not None:
            stream.write(text + '\n')

    def debug(self, msg, *args, exc_info=None):
        self._log(_DEBUG, msg, args, exc_info)

    def info(self, msg, *args, exc_info=None):
        self._log(_INFO, msg, args, exc_info)

    def warning(self, msg, *args, exc_info=None):
        self._log(_WARNING, msg, args, exc_info)

    def error(self, msg, *args, exc_info=None):
        self._log(_ERROR, msg, args, exc_info)

    def exception(self, msg, *args, exc_info=True):
        self._log(_ERROR, msg, args, exc_info)

    def critical(self, msg, *args, exc_info=None):
        self._log(_CRITICAL, msg, args, exc_info)


logger = _Logger()
