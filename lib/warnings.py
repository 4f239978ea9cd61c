"""pydive's warnings module: warn(), the filter list and the default output.

Behaves as CPython 3.12's warnings (its C half, Python/_warnings.c, and Lib/warnings.py): the
same filter tuples, registry keys and values, hook protocol and text on stderr. The VM calls
warn() for its own warnings and _warn_unawaited_coroutine() for coroutines never awaited.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

# Each filter: (action, message regex or None, category, module regex or None, lineno).
# The defaults of a release build: DeprecationWarning shown for __main__ only, the noisy
# categories silenced elsewhere.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

# Every change to the filters bumps this; a registry stamped with an older number is stale.
_filters_version = 0


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# ---------------------------------------------------------------------------------------------
# Editing the filter list

_ACTIONS = ("default", "always", "ignore", "module", "once", "error")


def _check_action(action):
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))


def _check_lineno(lineno):
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter matching message (a regex, case-insensitive, anchored at the start),
    category (and its subclasses), module (a regex on the module name) and lineno (0: any).
    It goes first, or last with append=True."""
    _check_action(action)
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type):
        raise AssertionError("category must be a class")
    if not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    _check_lineno(lineno)
    if message or module:
        import re
    _insert_filter((action, re.compile(message, re.I) if message else None, category,
                    re.compile(module) if module else None, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching every message of category from any module."""
    _check_action(action)
    _check_lineno(lineno)
    _insert_filter((action, None, category, None, lineno), append)


def _insert_filter(entry, append):
    # prepending moves an equal entry to the front; appending keeps one already present
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def resetwarnings():
    """Empty the filter list (every warning then gets defaultaction)."""
    del filters[:]
    _filters_mutated()


# ---------------------------------------------------------------------------------------------
# -W options (and PYTHONWARNINGS): action:message:category:module:lineno

class _OptionError(Exception):
    """A -W option that cannot be understood."""


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as why:
            print("Invalid -W option ignored:", why, file=sys.stderr)


def _setoption(arg):
    fields = arg.split(":")
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    fields = [f.strip() for f in fields] + [""] * (5 - len(fields))
    action, message, category, module, lineno = fields
    action = _getaction(action)
    category = _getcategory(category)
    if message or module:
        import re
        # an option's message and module are literal text; the module must match whole
        message = re.escape(message) if message else message
        module = re.escape(module) + r"\Z" if module else module
    number = 0
    if lineno:
        try:
            number = int(lineno)
        except (ValueError, OverflowError):
            number = -1
        if number < 0:
            raise _OptionError("invalid lineno %r" % (lineno,))
    filterwarnings(action, message, category, module, number)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"  # the old spelling
    for name in _ACTIONS:
        if name.startswith(action):
            return name
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    owner_name, _, attr = category.rpartition(".")
    if owner_name:
        try:
            owner = __import__(owner_name, None, None, [attr])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (owner_name,)) from None
    else:
        import builtins as owner
    try:
        found = getattr(owner, attr)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not issubclass(found, Warning):
        raise _OptionError("invalid warning category: %r" % (category,))
    return found


# ---------------------------------------------------------------------------------------------
# Showing a warning. The hooks: showwarning() and formatwarning() may be replaced by the
# user; _showwarnmsg_impl is what catch_warnings(record=True) swaps for a list's append.

class WarningMessage(object):
    """One warning as handed to the show hooks."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def _source_line(filename, lineno):
    try:
        import linecache
        return linecache.getline(filename, lineno)
    except Exception:
        return None


def _tracemalloc_hint_applies():
    # CPython hints at tracemalloc when it is not tracing (pydive has none: it never is),
    # except while finalizing, when the import is no longer possible.
    if sys.is_finalizing():
        return False
    try:
        import tracemalloc
    except ImportError:
        return True
    try:
        return not tracemalloc.is_tracing()
    except Exception:
        return False


def _formatwarnmsg_impl(msg):
    kind = msg.category.__name__
    parts = [f"{msg.filename}:{msg.lineno}: {kind}: {msg.message}\n"]
    line = msg.line if msg.line is not None else _source_line(msg.filename, msg.lineno)
    if line:
        parts.append("  %s\n" % line.strip())
    if msg.source is not None and _tracemalloc_hint_applies():
        parts.append("%s: Enable tracemalloc to get the object allocation traceback\n" % kind)
    return "".join(parts)


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes: 'file:line: Category: message', then the source line."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def _showwarnmsg_impl(msg):
    out = msg.file if msg.file is not None else sys.stderr
    if out is None:
        return  # no stderr at all: nowhere to show it
    text = _formatwarnmsg(msg)
    try:
        out.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (sys.stderr by default); may be replaced."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


# the originals, to tell whether the user replaced them
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    hook = globals().get("showwarning", _showwarning_orig)
    if hook is _showwarning_orig:
        _showwarnmsg_impl(msg)
        return
    if not callable(hook):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


def _formatwarnmsg(msg):
    hook = globals().get("formatwarning", _formatwarning_orig)
    if hook is _formatwarning_orig:
        return _formatwarnmsg_impl(msg)
    return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


# ---------------------------------------------------------------------------------------------
# Deciding: which filter applies, and whether the warning was shown before

def _pattern_accepts(pattern, text):
    # None accepts anything; a plain str (the built-in "__main__" filter) must be equal;
    # anything else is used as a compiled regex
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


def _choose_filter(category, text, lineno, module):
    """(action, filter) of the first filter that matches, else (defaultaction, None)."""
    for index, entry in enumerate(filters):
        if not isinstance(entry, tuple) or len(entry) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % index)
        action, msg_pat, cat, mod_pat, line = entry
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%s'" % type(action).__name__)
        # all evaluated, in this order, as CPython does (it matters only for errors)
        text_ok = _pattern_accepts(msg_pat, text)
        module_ok = _pattern_accepts(mod_pat, module)
        subclass = issubclass(category, cat)
        if text_ok and module_ok and subclass and line in (0, lineno):
            return action, entry
    return defaultaction, None


def _already_seen(registry, key, remember):
    """Whether registry marks key as shown; a stale registry is emptied first."""
    if registry.get("version") != _filters_version or type(registry.get("version")) is not int:
        registry.clear()
        registry["version"] = _filters_version
    elif registry.get(key):
        return True
    if remember:
        registry[key] = True
    return False


def _module_from_filename(filename):
    if not filename:
        return "<unknown>"
    return filename[:-3] if filename.endswith(".py") else filename


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Issue a warning with its location given: the filters decide what happens."""
    import operator
    lineno = operator.index(lineno)
    if not isinstance(filename, str):
        raise TypeError("warn_explicit() argument 'filename' must be str, not %s"
                        % type(filename).__name__)
    if module_globals is not None:
        if not isinstance(module_globals, dict):
            raise TypeError("module_globals must be a dict, not '%s'"
                            % type(module_globals).__name__)
        try:
            import linecache
            linecache.getlines(filename, module_globals)  # lets the loader supply the source
        except Exception:
            pass
    if module is None:
        module = _module_from_filename(filename)
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if isinstance(message, Warning):
        text, category = str(message), type(message)
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry is not None and _already_seen(registry, key, False):
        return
    action, entry = _choose_filter(category, text, lineno, module)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            where = onceregistry if registry is None else registry
            if _already_seen(where, (text, category), True):
                return
        elif action == "module":
            if registry is not None and _already_seen(registry, (text, category), True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r"
                               % (action, entry))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


# ---------------------------------------------------------------------------------------------
# warn(): find the code to blame, then warn_explicit()

def _is_internal_frame(frame):
    # the import machinery is never blamed
    path = frame.f_code.co_filename
    return "importlib" in path and "_bootstrap" in path


def _next_external_frame(frame, skip_file_prefixes):
    frame = frame.f_back
    while frame is not None and (_is_internal_frame(frame) or
                                 frame.f_code.co_filename.startswith(skip_file_prefixes)):
        frame = frame.f_back
    return frame


def _blamed_frame(stacklevel, skip_file_prefixes):
    """The frame stacklevel steps above warn()'s caller (level 1), or None past the top.
    Steps skip import-machinery frames and skipped prefixes, unless the caller itself is
    one (or stacklevel < 2)."""
    try:
        frame = sys._getframe(2)
    except ValueError:
        return None
    literal = stacklevel <= 1 or _is_internal_frame(frame)
    for _ in range(stacklevel - 1):
        if frame is None:
            break
        frame = frame.f_back if literal else _next_external_frame(frame, skip_file_prefixes)
    return frame


def _category_of(message, category):
    if isinstance(message, Warning):
        return type(message)
    if category is None:
        return UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    return category


def warn(message, category=None, stacklevel=1, source=None, *,
         skip_file_prefixes=()):
    """Issue a warning, or maybe ignore it or raise an exception."""
    category = _category_of(message, category)
    if not isinstance(skip_file_prefixes, tuple):
        raise TypeError("warn() argument 'skip_file_prefixes' must be tuple, not %s"
                        % type(skip_file_prefixes).__name__)
    if skip_file_prefixes and stacklevel < 2:
        stacklevel = 2
    frame = _blamed_frame(stacklevel, skip_file_prefixes)
    if frame is None:
        scope, filename, lineno = sys.__dict__, "sys", 1
    else:
        scope, filename, lineno = frame.f_globals, frame.f_code.co_filename, frame.f_lineno
    registry = scope.setdefault("__warningregistry__", {})
    module = scope.get("__name__", "<string>")
    warn_explicit(message, category, filename, lineno, module, registry, None, source)


# ---------------------------------------------------------------------------------------------
# catch_warnings

class catch_warnings(object):
    """A context manager that restores the filters and showwarning() on exit; with
    record=True it collects the WarningMessages shown inside instead of printing them."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules["warnings"]:
            shown.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = list(self._filters)
        mod._filters_mutated()
        self._showwarning = mod.showwarning
        self._showwarnmsg_impl = mod._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        shown = []
        mod._showwarnmsg_impl = shown.append
        # the default showwarning() is what reaches _showwarnmsg_impl
        mod.showwarning = mod._showwarning_orig
        return shown

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning = self._showwarning
        mod._showwarnmsg_impl = self._showwarnmsg_impl


# ---------------------------------------------------------------------------------------------

def _warn_unawaited_coroutine(coro):
    """Called by the VM for a coroutine object finalized without ever running."""
    text = "coroutine '%s' was never awaited\n" % coro.__qualname__
    origin = getattr(coro, "cr_origin", None)
    if origin:
        import linecache
        text += "Coroutine created at (most recent call last)\n"
        for path, number, function in reversed(origin):
            text += '  File "%s", line %s, in %s\n' % (path, number, function)
            source = linecache.getline(path, number).strip()
            if source:
                text += "    %s\n" % source
    warn(text.rstrip("\n"), category=RuntimeWarning, stacklevel=2, source=coro)


# -W options and PYTHONWARNINGS reach us as sys.warnoptions; each goes in front in turn, so
# the last one given wins.
if getattr(sys, "warnoptions", None):
    _processoptions(sys.warnoptions)
