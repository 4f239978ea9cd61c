"""High-level file operations (pydive's shutil).

Copying files and their permission bits and times, copying and removing trees, moving, which()
get_terminal_size() and disk_usage(), with CPython 3.12's results, error reports and hook calls.
Archives and chown are not provided.
"""

import fnmatch
import os
import stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "move", "rmtree", "Error", "SpecialFileError", "ExecError", "ignore_patterns",
           "which", "get_terminal_size", "SameFileError", "disk_usage"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving
    and unpacking registries fails"""


# ---------------------------------------------------------------------------------------------
# Files

def copyfileobj(fsrc, fdst, length=0):
    """Copy everything fsrc.read() gives to fdst.write(), length bytes at a time."""
    step = length or COPY_BUFSIZE
    while True:
        block = fsrc.read(step)
        if not block:
            return
        fdst.write(block)


def _same_file(a, b):
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _path_of(p):
    return p.path if isinstance(p, os.DirEntry) else p


def _stat_of(p, follow=True):
    if isinstance(p, os.DirEntry):
        return p.stat(follow_symlinks=follow)
    return os.stat(p) if follow else os.lstat(p)


def _is_link(p):
    return p.is_symlink() if isinstance(p, os.DirEntry) else os.path.islink(p)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the bytes of src into dst (made or truncated); returns dst. With
    follow_symlinks false a symbolic link src is recreated as a link."""
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for end in (src, dst):
        try:
            mode = _stat_of(end).st_mode
        except OSError:
            continue
        if stat.S_ISFIFO(mode):
            raise SpecialFileError("`%s` is a named pipe" % _path_of(end))
    if not follow_symlinks and _is_link(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as reader:
        try:
            with open(dst, "wb") as writer:
                copyfileobj(reader, writer)
        except IsADirectoryError as problem:
            if os.path.exists(dst):
                raise
            # 'dst/' naming a directory that is not there
            raise FileNotFoundError(f"Directory does not exist: {dst}") from problem
    return dst


def _set_meta(func, *args, **kwargs):
    # pydive's os may lack chmod/utime: the copy then keeps its own mode and times
    try:
        func(*args, **kwargs)
    except NotImplementedError:
        pass


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src."""
    if not follow_symlinks and _is_link(src) and os.path.islink(dst):
        if not hasattr(os, "lchmod"):
            return  # a link's own mode cannot be set here
        _set_meta(os.lchmod, dst, stat.S_IMODE(os.lstat(src).st_mode))
        return
    _set_meta(os.chmod, dst, stat.S_IMODE(_stat_of(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits and access/modification times of src."""
    follow = follow_symlinks or not (_is_link(src) and os.path.islink(dst))
    if not follow:
        return  # setting a link's own times and mode is not supported here
    info = _stat_of(src)
    if hasattr(info, "st_atime_ns"):
        _set_meta(os.utime, dst, ns=(info.st_atime_ns, info.st_mtime_ns))
    else:
        _set_meta(os.utime, dst, (info.st_atime, info.st_mtime))
    _set_meta(os.chmod, dst, stat.S_IMODE(info.st_mode))


def _into_dir(src, dst):
    # copying into a directory means copying to a file of src's name inside it
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits ("cp src dst"); returns the file written."""
    dst = _into_dir(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata ("cp -p src dst"); returns the file written."""
    dst = _into_dir(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


# ---------------------------------------------------------------------------------------------
# Trees

def ignore_patterns(*patterns):
    """A copytree() ignore callable dropping the names that match any glob pattern."""
    def _ignore_patterns(path, names):
        dropped = set()
        for pattern in patterns:
            dropped.update(fnmatch.filter(names, pattern))
        return dropped
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the tree at src to dst (made, with its parents); returns dst.

    Failures do not stop the copy: they are collected, (src, dst, reason) each, and raised
    together as Error at the end."""
    with os.scandir(src) as listing:
        entries = list(listing)
    skipped = ignore(os.fspath(src), [e.name for e in entries]) if ignore else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    failures = []
    again = (symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
    for entry in entries:
        if entry.name in skipped:
            continue
        here = os.path.join(src, entry.name)
        there = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                target = os.readlink(here)
                if symlinks:
                    os.symlink(target, there)
                    copystat(here, there, follow_symlinks=False)
                    continue
                if ignore_dangling_symlinks and not os.path.exists(target):
                    continue
            if entry.is_dir():
                copytree(here, there, *again)
            else:
                copy_function(here, there)
        except Error as nested:
            failures.extend(nested.args[0])
        except OSError as why:
            failures.append((here, there, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        failures.append((src, dst, str(why)))
    if failures:
        raise Error(failures)
    return dst


def _error_handler(ignore_errors, onerror, onexc):
    """rmtree's single onexc(function, path, exception) from its three options."""
    if ignore_errors:
        return lambda func, path, exc: None
    if onexc is not None:
        return onexc
    if onerror is not None:
        def as_onerror(func, path, exc):
            info = (None, None, None) if exc is None else (type(exc), exc, exc.__traceback__)
            return onerror(func, path, info)
        return as_onerror

    def reraise(func, path, exc):
        raise exc
    return reraise


def _remove_contents(top, report):
    try:
        with os.scandir(top) as listing:
            entries = list(listing)
    except OSError as problem:
        problem.filename = top
        report(os.scandir, top, problem)
        return
    for entry in entries:
        full = os.path.join(top, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _remove_contents(full, report)
            try:
                os.rmdir(full)
            except OSError as problem:
                report(os.rmdir, full, problem)
        else:
            try:
                os.unlink(full)
            except OSError as problem:
                report(os.unlink, full, problem)


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Delete the directory tree at path.

    A failure goes to onexc(function, path, exception) (or the older onerror, given
    exc_info), is dropped with ignore_errors, and is raised otherwise. A symbolic link is
    refused."""
    report = _error_handler(ignore_errors, onerror, onexc)
    if dir_fd is not None:
        raise NotImplementedError("pydive: shutil.rmtree(dir_fd=...) is not supported")
    try:
        info = os.lstat(path)
    except Exception as problem:
        report(os.lstat, path, problem)
        return
    if stat.S_ISLNK(info.st_mode):
        # a link to a directory would let rmtree escape the tree it was given
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError as problem:
            report(os.path.islink, path, problem)
        return
    path = os.fspath(path)
    _remove_contents(path, report)
    try:
        os.rmdir(path)
    except OSError as problem:
        report(os.rmdir, path, problem)


rmtree.avoids_symlink_attacks = True


def _trimmed_basename(path):
    # a trailing separator must not make the name empty
    return os.path.basename(os.fspath(path).rstrip(os.sep + (os.altsep or "")))


def _inside(src, dst):
    src = os.path.join(os.path.abspath(src), "")
    dst = os.path.join(os.path.abspath(dst), "")
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Move src to dst (or into dst when it is a directory) by renaming, or by copying
    then deleting across file systems; returns where it went."""
    target = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            # e.g. a case-only rename on a case-insensitive file system
            os.rename(src, dst)
            return None
        target = os.path.join(dst, _trimmed_basename(src))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)
    return target


# ---------------------------------------------------------------------------------------------
# The environment

def _runnable(candidate, mode):
    return (os.path.exists(candidate) and os.access(candidate, mode)
            and not os.path.isdir(candidate))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The first file named cmd, in PATH's directories (or path's), that mode allows;
    None if there is none. A cmd with a directory part is checked where it says."""
    as_bytes = isinstance(cmd, bytes)
    folder, cmd = os.path.split(cmd)
    if folder:
        places = [folder]
    else:
        if path is None:
            path = os.environ.get("PATH", None)
            if path is None:
                path = os.defpath
        if not path:
            return None
        if as_bytes:
            places = os.fsencode(path).split(os.fsencode(os.pathsep))
        else:
            places = os.fsdecode(path).split(os.pathsep)
    tried = set()
    for place in places:
        key = os.path.normcase(place)
        if key in tried:
            continue
        tried.add(key)
        candidate = os.path.join(place, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


_usage = None


def disk_usage(path):
    """(total, used, free) bytes of the filesystem holding `path`, as a named tuple 'usage'."""
    global _usage
    if _usage is None:
        from collections import namedtuple
        _usage = namedtuple("usage", "total used free")
    st = os.statvfs(path)
    unit = st.f_frsize
    return _usage(st.f_blocks * unit, (st.f_blocks - st.f_bfree) * unit, st.f_bavail * unit)


def _env_size(name):
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    """(columns, lines): $COLUMNS / $LINES when set, else the terminal's, else fallback."""
    columns, lines = _env_size("COLUMNS"), _env_size("LINES")
    if columns <= 0 or lines <= 0:
        try:
            measured = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            measured = os.terminal_size(fallback)
        if columns <= 0:
            columns = measured.columns or fallback[0]
        if lines <= 0:
            lines = measured.lines or fallback[1]
    return os.terminal_size((columns, lines))
