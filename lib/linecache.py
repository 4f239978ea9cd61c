"""Cache of source lines, used by tracebacks and warnings (like CPython's linecache)."""

import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname); a lazily loadable entry is a 1-tuple
# holding a function that returns the source.
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache, or '' if unavailable."""
    found = getlines(filename, module_globals)
    return found[lineno - 1] if 1 <= lineno <= len(found) else ""


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _stat(fullname):
    try:
        import os
    except ImportError:
        return None
    try:
        st = os.stat(fullname)
    except (OSError, ValueError):
        return None
    return st.st_size, st.st_mtime


def checkcache(filename=None):
    """Discard cache entries whose files changed (or all stale ones if no name)."""
    if filename is None:
        names = list(cache)
    else:
        names = [filename] if filename in cache else []
    for name in names:
        entry = cache[name]
        if len(entry) == 1 or entry[1] is None:
            continue  # lazy entries, and source with no file behind it, stay
        if _stat(entry[3]) != (entry[0], entry[1]):
            cache.pop(name, None)


def _read_lines(fullname):
    with open(fullname, "rb") as f:
        data = f.read()
    encoding = _detect_encoding(data)
    text = data.decode(encoding, "replace") if encoding else data.decode("utf-8", "replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    # Keep line ends like readlines(): split after "\n", "\r\n" and lone "\r" alike.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.splitlines(keepends=True)


def _detect_encoding(data):
    # PEP 263 cookie on the first two lines; utf-8 otherwise.
    for line in data.split(b"\n", 2)[:2]:
        stripped = line.lstrip()
        if not stripped.startswith(b"#"):
            if stripped and not stripped.startswith(b"\r"):
                break
            continue
        pos = line.find(b"coding")
        if pos >= 0 and pos + 6 < len(line) and line[pos + 6:pos + 7] in (b":", b"="):
            name = line[pos + 7:].strip()
            end = 0
            while end < len(name) and (chr(name[end]).isalnum() or chr(name[end]) in "-_."):
                end += 1
            name = name[:end].decode("ascii", "replace").lower()
            if name in ("latin-1", "iso-8859-1", "iso-latin-1") or name.startswith(("latin-1-", "iso-8859-1-")):
                return "latin-1"
            return "utf-8"
    return "utf-8"


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines ([] if unreadable)."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    fullname = filename
    st = _stat(fullname)
    if st is None:
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = data.splitlines(keepends=True)
                if lines and not lines[-1].endswith("\n"):
                    lines[-1] += "\n"
                cache[filename] = (len(data), None, lines, fullname)
                return cache[filename][2]
        # Relative names are looked up along sys.path.
        if filename.startswith("/"):
            return []
        for dirname in sys.path:
            try:
                fullname = (dirname.rstrip("/") + "/" + filename) if dirname else filename
            except (TypeError, AttributeError):
                continue
            st = _stat(fullname)
            if st is not None:
                break
        else:
            return []
    try:
        lines = _read_lines(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    size, mtime = st if st is not None else (0, None)
    cache[filename] = size, mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Remember a loader's get_source for filename so its lines can be had later."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return False
    if module_globals and "__name__" in module_globals:
        spec = module_globals.get("__spec__")
        name = getattr(spec, "name", None) or module_globals["__name__"]
        loader = getattr(spec, "loader", None)
        if loader is None:
            loader = module_globals.get("__loader__")
        get_source = getattr(loader, "get_source", None)
        if name and get_source:
            def get_lines(name=name, *args, **kwargs):
                return get_source(name, *args, **kwargs)
            cache[filename] = (get_lines,)
            return True
    return False


def _register_code(code, string, name):
    # Source given directly (e.g. by an interactive console) under a <name>.
    cache[code] = (len(string), None, [line + "\n" for line in string.splitlines()], name)
