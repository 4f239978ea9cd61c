"""Read data files shipped inside packages (pydive).

files(package) answers a pathlib.Path for a package on disk.  For pydive's own lib/
packages, whose sources are inside the executable, it answers a small Traversable that can
read the embedded .py files by name (joinpath/read_text/is_file/is_dir); listing such a
package (iterdir) raises NotImplementedError.  The legacy functions (read_text, open_binary,
path, contents, ...) warn DeprecationWarning as in CPython 3.12.
"""

import contextlib
import io
import os
import pathlib
import sys
import tempfile
import types
import warnings

from .abc import ResourceReader, Traversable

__all__ = ["Package", "Resource", "ResourceReader", "as_file", "contents", "files",
           "is_resource", "open_binary", "open_text", "path", "read_binary", "read_text"]

Package = types.ModuleType | str
Resource = str

_EMBEDDED = "<pydive-lib>/"


class _EmbeddedPath(Traversable):
    """A file or folder of pydive's embedded lib/ (read through _pydive.embedded_source)."""

    def __init__(self, rel):
        self._rel = rel.strip("/")

    def __repr__(self):
        return f"EmbeddedPath({self._rel!r})"

    def __str__(self):
        return _EMBEDDED + self._rel

    def __eq__(self, other):
        return isinstance(other, _EmbeddedPath) and other._rel == self._rel

    def __hash__(self):
        return hash(self._rel)

    @property
    def name(self):
        return self._rel.rpartition("/")[2]

    def _source(self):
        import _pydive
        return _pydive.embedded_source(self._rel)

    def is_file(self):
        return self._source() is not None

    def is_dir(self):
        import _pydive
        return _pydive.embedded_source(self._rel + "/__init__.py") is not None

    def exists(self):
        return self.is_file() or self.is_dir()

    def iterdir(self):
        raise NotImplementedError("pydive: listing a package embedded in the executable")

    def joinpath(self, *descendants):
        parts = [self._rel]
        for d in descendants:
            parts.extend(p for p in str(d).split("/") if p)
        return _EmbeddedPath("/".join(parts))

    def open(self, mode="r", *args, **kwargs):
        text = self._source()
        if text is None:
            raise FileNotFoundError(2, "No such file or directory", str(self))
        if "w" in mode or "a" in mode or "+" in mode:
            raise PermissionError(f"pydive: {self} is embedded in the executable (read-only)")
        if "b" in mode:
            return io.BytesIO(text.encode("utf-8"))
        return io.StringIO(text)

    def read_text(self, encoding=None, errors=None):
        with self.open() as f:
            return f.read()


def _resolve(anchor):
    if anchor is None:
        name = sys._getframe(2).f_globals.get("__name__", "__main__")
        return sys.modules[name]
    if isinstance(anchor, str):
        import importlib
        return importlib.import_module(anchor)
    return anchor


def _folder_of(module):
    where = getattr(module, "__file__", None)
    spec = getattr(module, "__spec__", None)
    if where is None and spec is not None:
        where = spec.origin
        locations = spec.submodule_search_locations
        if where is None and locations:
            return pathlib.Path(list(locations)[0])
    if where is None:
        raise TypeError(f"{module.__name__!r} has no files to read resources from")
    folder = os.path.dirname(where)
    if folder.startswith(_EMBEDDED) or folder + "/" == _EMBEDDED:
        return _EmbeddedPath(folder[len(_EMBEDDED):])
    return pathlib.Path(folder)


def files(anchor=None):
    """A Traversable of the folder holding `anchor` (a module or its name)."""
    return _folder_of(_resolve(anchor))


@contextlib.contextmanager
def as_file(path):
    """A real file-system path for `path` for the duration of the with block."""
    if isinstance(path, pathlib.Path):
        yield path
        return
    fd, name = tempfile.mkstemp(suffix=path.name)
    try:
        os.write(fd, path.read_bytes())
        os.close(fd)
        yield pathlib.Path(name)
    finally:
        try:
            os.remove(name)
        except FileNotFoundError:
            pass


def _legacy_warning(func):
    warnings.warn(f"{func} is deprecated. Use files() instead. Refer to "
                  "https://importlib-resources.readthedocs.io/en/latest/using.html"
                  "#migrating-from-legacy for migration advice.",
                  DeprecationWarning, stacklevel=3)


def _package(package):
    module = _resolve(package)
    spec = getattr(module, "__spec__", None)
    if spec is None or spec.submodule_search_locations is None:
        raise TypeError(f"{spec.name if spec else module.__name__!r} is not a package")
    return module


def _resource(package, resource):
    name = os.path.basename(resource)
    if name != resource or resource in ("", ".", ".."):
        raise ValueError(f"{resource!r} must be only a file name")
    return files(_package(package)).joinpath(resource)


def open_binary(package, resource):
    _legacy_warning("open_binary")
    return _resource(package, resource).open("rb")


def read_binary(package, resource):
    _legacy_warning("read_binary")
    return _resource(package, resource).read_bytes()


def open_text(package, resource, encoding="utf-8", errors="strict"):
    _legacy_warning("open_text")
    target = _resource(package, resource)
    if isinstance(target, pathlib.Path):
        return target.open("r", encoding=encoding, errors=errors)
    return target.open("r")


def read_text(package, resource, encoding="utf-8", errors="strict"):
    _legacy_warning("read_text")
    target = _resource(package, resource)
    if isinstance(target, pathlib.Path):
        with target.open("r", encoding=encoding, errors=errors) as f:
            return f.read()
    return target.read_text()


def contents(package):
    _legacy_warning("contents")
    return [child.name for child in files(_package(package)).iterdir()]


def is_resource(package, name):
    _legacy_warning("is_resource")
    target = files(_package(package)).joinpath(name)
    return target.is_file()


def path(package, resource):
    _legacy_warning("path")
    return as_file(_resource(package, resource))
