"""Object-oriented filesystem paths (pydive's pathlib: POSIX paths only; PurePath and Path
with CPython 3.12's parsing, str/repr, operators and common file-system methods)."""

import fnmatch
import os
import posixpath
import stat as _stat

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]


def _parse(parts):
    """(root, [names]) of the joined path parts, as PurePosixPath parses them."""
    root = ""
    names = []
    for part in parts:
        if isinstance(part, PurePath):
            part = str(part)
        else:
            part = os.fspath(part)
            if isinstance(part, bytes):
                raise TypeError("argument should be a str or an os.PathLike object where "
                                "__fspath__ returns a str, not 'bytes'")
        if not part:
            continue
        if part.startswith("/"):
            root = "//" if part.startswith("//") and not part.startswith("///") else "/"
            names = []
        names.extend(x for x in part.split("/") if x and x != ".")
    return root, names


class PurePath:
    """A path without file system access (POSIX flavour)."""

    __slots__ = ("_root", "_parts", "_str")

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._parts = _parse(args)
        self._str = None
        return self

    def __init__(self, *args):
        pass

    @classmethod
    def _from(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        self._str = None
        return self

    def with_segments(self, *pathsegments):
        return type(self)(*pathsegments)

    def __str__(self):
        if self._str is None:
            s = self._root + "/".join(self._parts)
            self._str = s or "."
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return f"{type(self).__name__}({self.as_posix()!r})"

    def as_uri(self):
        if self.is_absolute():
            from urllib.parse import quote_from_bytes
            return "file://" + quote_from_bytes(os.fsencode(self))
        raise ValueError("relative path can't be expressed as a file URI")

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if isinstance(other, PurePath):
            return self._key() == other._key()
        return NotImplemented

    def __hash__(self):
        return hash(str(self))

    # ordering compares the string forms; __lt__ ... __ge__ are made by _order() below

    def _joined(self, *segments):
        try:
            return self.with_segments(*segments)
        except TypeError:
            return NotImplemented

    def __truediv__(self, key):
        return self._joined(self, key)

    def __rtruediv__(self, key):
        return self._joined(key, self)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    @property
    def drive(self):
        return ""

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + tuple(self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ""

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[i:]
        return ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind(".")
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def _renamed(self, name):
        # this path with its last part replaced by name
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        return type(self)._from(self._root, self._parts[:-1] + [name])

    def with_name(self, name):
        if not self.name:
            raise ValueError(f"{self!r} has an empty name")
        if name in ("", ".") or "/" in name:
            raise ValueError(f"Invalid name {name!r}")
        return self._renamed(name)

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        valid = suffix == "" or (suffix.startswith(".") and suffix != "." and "/" not in suffix)
        if not valid:
            raise ValueError(f"Invalid suffix {suffix!r}")
        old = self.suffix
        base = self.name[:-len(old)] if old else self.name
        return self._renamed(base + suffix)

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        if _deprecated:
            _warn_more_args("positional argument", "relative_to")
        other = self.with_segments(other, *_deprecated)
        # the nearest of other and its parents that holds self; each step up is a '..'
        ups = 0
        for base in (other, *other.parents):
            if base == self or base in self.parents:
                break
            if not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of {str(other)!r}")
            if base.name == "..":
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
            ups += 1
        else:
            raise ValueError(f"{str(self)!r} and {str(other)!r} have different anchors")
        return self.with_segments(*[".."] * ups, *self._parts[len(base._parts):])

    def is_relative_to(self, other, /, *_deprecated):
        if _deprecated:
            _warn_more_args("argument", "is_relative_to")
        other = self.with_segments(other, *_deprecated)
        return other == self or other in self.parents

    @property
    def parent(self):
        if not self._parts:
            return self
        return type(self)._from(self._root, self._parts[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while p._parts:
            p = p.parent
            out.append(p)
        return tuple(out)

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *pathsegments):
        return self.with_segments(self, *pathsegments)

    def match(self, path_pattern, *, case_sensitive=None):
        pat = self.with_segments(path_pattern)
        if not pat._parts:
            raise ValueError("empty pattern")
        if pat._root:
            if pat._root != self._root or len(pat._parts) != len(self._parts):
                return False
        elif len(pat._parts) > len(self._parts):
            return False
        for part, p in zip(reversed(self._parts), reversed(pat._parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


def _order(name, test):
    def compare(self, other):
        if isinstance(other, PurePath):
            return test(str(self), str(other))
        return NotImplemented
    compare.__name__ = name
    compare.__qualname__ = "PurePath." + name
    setattr(PurePath, name, compare)


_order("__lt__", lambda a, b: a < b)
_order("__le__", lambda a, b: a <= b)
_order("__gt__", lambda a, b: a > b)
_order("__ge__", lambda a, b: a >= b)


def _warn_more_args(what, method):
    import warnings
    warnings.warn(f"support for supplying more than one {what} to "
                  f"pathlib.PurePath.{method}() is deprecated and scheduled for removal in "
                  f"Python 3.14", DeprecationWarning, stacklevel=3)


class PurePosixPath(PurePath):
    __slots__ = ()


class PureWindowsPath(PurePath):
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("pydive: pathlib.PureWindowsPath")


class Path(PurePath):
    """A path with file system methods."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return PurePath.__new__(cls, *args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser("~"))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self) if follow_symlinks else os.lstat(self)

    def lstat(self):
        return os.lstat(self)

    def exists(self, *, follow_symlinks=True):
        try:
            found = self.stat(follow_symlinks=follow_symlinks)
        except (OSError, ValueError):
            found = None
        return found is not None

    def is_dir(self):
        try:
            return _stat.S_ISDIR(self.stat().st_mode)
        except (OSError, ValueError):
            return False

    def is_file(self):
        try:
            return _stat.S_ISREG(self.stat().st_mode)
        except (OSError, ValueError):
            return False

    def is_symlink(self):
        try:
            return _stat.S_ISLNK(self.lstat().st_mode)
        except (OSError, ValueError):
            return False

    def is_mount(self):
        return os.path.ismount(self)

    def is_junction(self):
        return False

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode="rb") as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode="r", encoding=encoding, errors=errors) as stream:
            return stream.read()

    def write_bytes(self, data):
        payload = memoryview(data).tobytes() if not isinstance(data, bytes) else data
        with self.open(mode="wb") as stream:
            return stream.write(payload)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if isinstance(data, str):
            with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as out:
                return out.write(data)
        raise TypeError(f"data must be str, not {type(data).__name__}")

    def iterdir(self):
        for entry in os.listdir(self):
            yield self._from(self._root, [*self._parts, entry])

    def _walk_glob(self, parts):
        if not parts:
            yield self
            return
        head, rest = parts[0], parts[1:]
        if head == "**":
            yield from self._walk_glob(rest)
            for child in sorted(self.iterdir(), key=str) if self.is_dir() else ():
                if child.is_dir() and not child.is_symlink():
                    yield from child._walk_glob(parts)
            return
        if not self.is_dir():
            return
        for child in self.iterdir():
            if fnmatch.fnmatchcase(child.name, head):
                if rest and not child.is_dir():
                    continue
                yield from child._walk_glob(rest)

    def glob(self, pattern, *, case_sensitive=None):
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        parts = [p for p in pattern.split("/") if p and p != "."]
        # a pattern ending in "/" (or in "**") matches directories only
        dirs_only = pattern.endswith("/") or parts[-1:] == ["**"]
        seen = set()
        for p in self._walk_glob(parts):
            if dirs_only and not p.is_dir():
                continue
            if p not in seen:
                seen.add(p)
                yield p

    def rglob(self, pattern, *, case_sensitive=None):
        return self.glob("**/" + pattern)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        for dirpath, dirnames, filenames in os.walk(self, top_down, on_error, follow_symlinks):
            yield self.with_segments(dirpath), dirnames, filenames

    def absolute(self):
        if self.is_absolute():
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        return self.with_segments(os.path.realpath(self, strict=strict))

    def owner(self):
        raise NotImplementedError("pydive: Path.owner")

    def group(self):
        raise NotImplementedError("pydive: Path.group")

    def readlink(self):
        return self.with_segments(os.readlink(self))

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, "File exists", str(self))
            return
        open(str(self), "a").close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
            return
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
        except OSError:
            # an existing directory is fine when exist_ok says so
            if exist_ok and self.is_dir():
                return
            raise
        # a missing parent: make the chain above first, then this one
        self.parent.mkdir(parents=True, exist_ok=True)
        self.mkdir(mode, parents=False, exist_ok=exist_ok)

    def chmod(self, mode, *, follow_symlinks=True):
        raise NotImplementedError("pydive: Path.chmod")

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(self)

    def rename(self, target):
        return self._moved(os.rename, target)

    def replace(self, target):
        return self._moved(os.replace, target)

    def _moved(self, move, target):
        move(self, target)
        return self.with_segments(target)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def expanduser(self):
        if self._parts and self._parts[0].startswith("~") and not self._root:
            return self.with_segments(os.path.expanduser(str(self)))
        return self


class PosixPath(Path, PurePosixPath):
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate 'WindowsPath' on your system")
