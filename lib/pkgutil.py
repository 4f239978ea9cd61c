"""Utilities for packages and modules on the file system (pydive's pkgutil): iter_modules,
walk_packages, get_data, resolve_name, extend_path, ModuleInfo. Directories of .py files
and packages are what pydive imports from; each is represented by a FileFinder."""

import importlib
import os
import sys
from collections import namedtuple

__all__ = ["get_importer", "iter_importers", "get_loader", "find_loader", "walk_packages",
           "iter_modules", "get_data", "read_code", "extend_path", "ModuleInfo",
           "resolve_name"]

ModuleInfo = namedtuple("ModuleInfo", "module_finder name ispkg")
ModuleInfo.__doc__ = "A namedtuple with minimal info about a module."


class FileFinder:
    """The finder of one directory on the path."""

    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return "FileFinder(%r)" % (self.path,)

    def iter_modules(self, prefix=""):
        """(name, ispkg) of the modules and packages in the directory, sorted."""
        if self.path is None or not os.path.isdir(self.path):
            return
        from inspect import getmodulename
        try:
            names = sorted(os.listdir(self.path))  # packages before same-named modules
        except OSError:
            names = []
        seen = set()
        for entry in names:
            modname = getmodulename(entry)
            if modname == "__init__" or modname in seen:
                continue
            full = os.path.join(self.path, entry)
            ispkg = False
            if not modname and os.path.isdir(full) and "." not in entry:
                try:
                    inside = os.listdir(full)
                except OSError:
                    inside = []
                if not any(getmodulename(f) == "__init__" for f in inside):
                    continue
                modname, ispkg = entry, True
            if modname and "." not in modname:
                seen.add(modname)
                yield prefix + modname, ispkg


_finders = {}


def get_importer(path_item):
    """The finder of a path entry (cached), or None if it is not a directory."""
    path_item = os.fsdecode(path_item)
    finder = _finders.get(path_item)
    if finder is None and os.path.isdir(path_item or "."):
        finder = _finders[path_item] = FileFinder(os.path.abspath(path_item or "."))
    return finder


def iter_importers(fullname=""):
    """The finders for a module's search: sys.path's, or its parent package's __path__."""
    if fullname.startswith("."):
        raise ImportError("Relative module name {!r} not supported".format(fullname))
    if "." in fullname:
        parent = fullname.rpartition(".")[0]
        package = importlib.import_module(parent)
        places = getattr(package, "__path__", None)
        if places is None:
            return
    else:
        places = sys.path
    for item in places:
        finder = get_importer(item)
        if finder is not None:
            yield finder


def iter_modules(path=None, prefix=""):
    """ModuleInfo of each top-level module on `path` (sys.path when None)."""
    if path is None:
        finders = iter_importers()
    elif isinstance(path, str):
        raise ValueError("path must be None or list of paths to look for modules in")
    else:
        finders = (f for f in map(get_importer, path) if f is not None)
    seen = set()
    for finder in finders:
        for name, ispkg in finder.iter_modules(prefix):
            if name not in seen:
                seen.add(name)
                yield ModuleInfo(finder, name, ispkg)


def walk_packages(path=None, prefix="", onerror=None):
    """ModuleInfo of every module on `path`, recursively through packages (which are
    imported to find their __path__; import errors go to `onerror`, ImportError is
    ignored without it)."""
    visited = set()
    for info in iter_modules(path, prefix):
        yield info
        if not info.ispkg:
            continue
        try:
            __import__(info.name)
        except ImportError:
            if onerror is not None:
                onerror(info.name)
        except Exception:
            if onerror is not None:
                onerror(info.name)
            else:
                raise
        else:
            subpath = getattr(sys.modules[info.name], "__path__", None) or []
            subpath = [p for p in subpath if p not in visited]
            visited.update(subpath)
            yield from walk_packages(subpath, info.name + ".", onerror)


def get_loader(module_or_name):
    """pydive has no loader objects: None."""
    return None


def find_loader(fullname):
    """pydive has no loader objects: None."""
    return None


def read_code(stream):
    """The code object of a .pyc stream (None if its magic number is another Python's)."""
    import marshal
    from importlib.util import MAGIC_NUMBER
    if stream.read(4) != MAGIC_NUMBER:
        return None
    stream.read(12)
    return marshal.load(stream)


def get_data(package, resource):
    """The bytes of file `resource` ('/'-separated, relative) inside package `package`."""
    module = sys.modules.get(package) or importlib.import_module(package)
    where = getattr(module, "__file__", None)
    if where is None:
        return None
    parts = resource.split("/")
    with open(os.path.join(os.path.dirname(where), *parts), "rb") as f:
        return f.read()


def extend_path(path, name):
    """`path` plus the `name` subdirectory of each other sys.path entry that has one (and the
    paths listed in .pkg files there), for packages split across directories."""
    if not isinstance(path, list):
        return path
    package_dir = name.rpartition(".")[2]
    places = sys.path
    if "." in name:
        parent = sys.modules.get(name.rpartition(".")[0])
        places = getattr(parent, "__path__", None) or []
    path = path[:]
    for place in places:
        if not isinstance(place, str) or not os.path.isdir(place):
            continue
        candidate = os.path.join(place, package_dir)
        if os.path.isdir(candidate) and candidate not in path:
            path.append(candidate)
        listing = os.path.join(place, package_dir + ".pkg")
        if os.path.isfile(listing):
            try:
                with open(listing) as f:
                    for line in f:
                        line = line.rstrip("\n")
                        if line and not line.startswith("#"):
                            path.append(line)
            except OSError as e:
                sys.stderr.write("Can't open %s: %s\n" % (listing, e))
    return path


def resolve_name(name):
    """The object named 'pkg.mod:attr.attr' or 'pkg.mod.attr.attr'."""
    import re
    ident = r"(?!\d)(\w+)(\.(?!\d)(\w+))*"
    m = re.fullmatch("(?P<pkg>%s)(?P<cln>:(?P<obj>%s)?)?" % (ident, ident), name, re.UNICODE)
    if m is None:
        raise ValueError("invalid format: %r" % name)
    if m.group("cln"):
        obj = importlib.import_module(m.group("pkg"))
        rest = m.group("obj").split(".") if m.group("obj") else []
    else:
        parts = name.split(".")
        modname = parts.pop(0)
        obj = importlib.import_module(modname)
        while parts:
            attempt = modname + "." + parts[0]
            try:
                obj = importlib.import_module(attempt)
            except ImportError:
                break
            parts.pop(0)
            modname = attempt
        rest = parts
    for attr in rest:
        obj = getattr(obj, attr)
    return obj
