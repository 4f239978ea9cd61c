"""Pathname functions for POSIX paths (pydive's os.path; CPython's Lib/posixpath.py API).

The string functions work on str and bytes alike; the ones that ask the file system go
through the native `posix` module.
"""

import posix
import stat as _stat

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime", "getatime",
           "getctime", "islink", "exists", "lexists", "isdir", "isfile", "ismount",
           "expanduser", "expandvars", "normpath", "abspath", "samefile", "sameopenfile",
           "samestat", "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath", "commonpath",
           "isjunction"]

curdir = "."
pardir = ".."
extsep = "."
sep = "/"
pathsep = ":"
defpath = "/bin:/usr/bin"
altsep = None
devnull = "/dev/null"
supports_unicode_filenames = False


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    r = f(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
            type(p).__name__, type(r).__name__))
    return r


def _sep(p):
    return b"/" if isinstance(p, bytes) else "/"


def normcase(s):
    return _fspath(s)


def isabs(s):
    s = _fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join path components; an absolute component discards what came before it."""
    a = _fspath(a)
    sep = _sep(a)
    path = a
    if not p:
        path[:0] + sep  # TypeError for a bad first argument, as CPython
    for b in map(_fspath, p):
        if isinstance(b, bytes) != isinstance(a, bytes):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path += b
        else:
            path += sep + b
    return path


def split(p):
    """(head, tail): tail is what follows the last slash."""
    p = _fspath(p)
    sep = _sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and after, unless the dot leads the name."""
    p = _fspath(p)
    if isinstance(p, bytes):
        sep, dot = b"/", b"."
    else:
        sep, dot = "/", "."
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def splitroot(p):
    """(drive, root, tail) as in 3.12."""
    p = _fspath(p)
    sep = _sep(p)
    empty = p[:0]
    if p[:1] != sep:
        return empty, empty, p
    if p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    p = _fspath(p)
    sep = _sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def commonprefix(m):
    """The longest leading string that every item of the list starts with."""
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def normpath(path):
    """Collapse redundant separators and up-level references (no file system access)."""
    path = _fspath(path)
    if isinstance(path, bytes):
        sep, empty, dot, dotdot = b"/", b"", b".", b".."
    else:
        sep, empty, dot, dotdot = "/", "", ".", ".."
    if path == empty:
        return dot
    initial_slashes = 1 if path.startswith(sep) else 0
    # POSIX allows one or two initial slashes, but treats three or more as single slash.
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    new_comps = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if (comp != dotdot or (not initial_slashes and not new_comps) or
                (new_comps and new_comps[-1] == dotdot)):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep.join(new_comps)
    if initial_slashes:
        path = sep * initial_slashes + path
    return path or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = posix.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _fspath(filename)
    try:
        r = posix._realpath(filename)
    except OSError:
        if strict:
            raise
        return abspath(filename)
    return r.encode() if isinstance(filename, bytes) else r


def relpath(path, start=None):
    """`path` relative to `start` (default: the current directory)."""
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    if isinstance(path, bytes):
        curdir_, sep, pardir_ = b".", b"/", b".."
    else:
        curdir_, sep, pardir_ = ".", "/", ".."
    if start is None:
        start = curdir_
    else:
        start = _fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir_] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir_
    return join(*rel_list)


def commonpath(paths):
    """The longest common sub-path of every path of the sequence."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = tuple(map(_fspath, paths))
    if isinstance(paths[0], bytes):
        sep, curdir_ = b"/", b"."
    else:
        sep, curdir_ = "/", "."
    split_paths = [path.split(sep) for path in paths]
    try:
        isabs_, = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir_] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs_ else sep[:0]
    return prefix + sep.join(common)


def expanduser(path):
    path = _fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path  # ~user: not looked up
    home = posix.environ.get("HOME")
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    root = b"/" if isinstance(path, bytes) else "/"
    home = home.rstrip(root)
    return (home + path[i:]) or root


def expandvars(path):
    """$name and ${name} replaced by environment variables; unknown ones stay."""
    path = _fspath(path)
    if isinstance(path, bytes):
        return path
    if "$" not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if path[i + 1:i + 2] == "{":
            j = path.find("}", i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == "_"):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in posix.environ:
            out.append(posix.environ[name])
        else:
            out.append(path[i:end] if name else "$")
        i = end if name else i + 1
    return "".join(out)


# ---- what asks the file system ----

def exists(path):
    try:
        posix.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        posix.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    try:
        st = posix.stat(path)
    except (OSError, ValueError):
        return False
    return _stat.S_ISREG(st.st_mode)


def isdir(s):
    try:
        st = posix.stat(s)
    except (OSError, ValueError):
        return False
    return _stat.S_ISDIR(st.st_mode)


def islink(path):
    try:
        st = posix.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return _stat.S_ISLNK(st.st_mode)


def isjunction(path):
    _fspath(path)
    return False


def ismount(path):
    try:
        s1 = posix.lstat(path)
    except (OSError, ValueError):
        return False
    if _stat.S_ISLNK(s1.st_mode):
        return False
    parent = realpath(join(path, pardir))
    try:
        s2 = posix.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    return posix.stat(filename).st_size


def getmtime(filename):
    return posix.stat(filename).st_mtime


def getatime(filename):
    return posix.stat(filename).st_atime


def getctime(filename):
    return posix.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(posix.stat(f1), posix.stat(f2))


def sameopenfile(fp1, fp2):
    raise NotImplementedError("pydive: os.path.sameopenfile")
