"""Filename globbing (pydive's glob): glob, iglob, escape; `**` with recursive=True."""

import fnmatch
import os
import re

__all__ = ["glob", "iglob", "escape"]

_magic_check = re.compile("([*?[])")


def has_magic(s):
    return _magic_check.search(s) is not None


def _ishidden(path):
    return path[0] == "."


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The list of paths matching a pathname pattern (in the file system's order)."""
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching a pathname pattern."""
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    return _iglob(pathname, root_dir, recursive, False, include_hidden)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def _lexists(pathname, root_dir):
    return os.path.lexists(_join(root_dir, pathname)) if root_dir else os.path.lexists(pathname)


def _isdir(pathname, root_dir):
    return os.path.isdir(_join(root_dir, pathname)) if root_dir else os.path.isdir(pathname)


def _listdir(dirname, root_dir, dironly):
    path = _join(root_dir, dirname) if root_dir else dirname
    try:
        names = os.listdir(path or os.curdir)
    except OSError:
        return []
    if dironly:
        base = path or os.curdir
        names = [n for n in names if os.path.isdir(os.path.join(base, n))]
    return names


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(pathname, root_dir):
                yield pathname
        else:
            if _isdir(dirname, root_dir):
                yield pathname
        return
    if not dirname:
        if recursive and basename == "**":
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and basename == "**":
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname) if root_dir else dirname, basename,
                                dironly, include_hidden):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dironly, include_hidden=False):
    names = _listdir(dirname, None, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden=False):
    if basename:
        if _lexists(_join(dirname, basename), None):
            return [basename]
    else:
        if _isdir(dirname, None):
            return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden=False):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _rlistdir(dirname, dironly, include_hidden=False):
    names = _listdir(dirname, None, dironly)
    for x in names:
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, include_hidden):
                yield _join(x, y)


def escape(pathname):
    """Escape all special characters."""
    drive, pathname = os.path.splitdrive(pathname)
    pathname = _magic_check.sub(r"[\1]", pathname)
    return drive + pathname
