"""Where asyncio's error reports go.

CPython logs them with `logging.getLogger('asyncio').error(...)`; with logging not
configured that lands on logging's last-resort handler: the message, then the
formatted traceback, on stderr. We write that same text directly, and hand over to
logging only when the program configured it.
"""

import sys


def __getattr__(name):
    # `asyncio.log.logger`, made only when asked for: pydive may lack `logging`.
    if name == 'logger':
        import logging
        return logging.getLogger(__package__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _configured_logger():
    logging = sys.modules.get('logging')
    if logging is None:
        return None
    try:
        logger = logging.getLogger('asyncio')
        if logging.root.handlers or logger.handlers:
            return logger
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


def error(message, exc_info=None):
    """logger.error(message, exc_info=exc_info) as asyncio's logger would do it."""
    logger = _configured_logger()
    if logger is not None:
        logger.error(message, exc_info=exc_info)
        return
    if exc_info is True:
        exc_info = sys.exc_info()
    elif isinstance(exc_info, BaseException):
        exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
    text = message
    if exc_info and exc_info[0] is not None:
        if not text.endswith('\n'):
            text += '\n'
        text += _format_exception(*exc_info)
    stream = sys.stderr
    if stream is not None:
        stream.write(text + '\n')
