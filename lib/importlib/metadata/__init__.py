"""Metadata of installed distributions (pydive).

A distribution is a `NAME-VERSION.dist-info` (or `.egg-info`) folder in a sys.path entry;
its METADATA/PKG-INFO headers, RECORD, entry_points.txt and top_level.txt are read as text.
pydive ships no installed distributions, so version("x") raises PackageNotFoundError unless
such a folder is on sys.path.
"""

import csv
import os
import re
import sys

__all__ = ["Distribution", "DistributionFinder", "PackageMetadata", "PackageNotFoundError",
           "distribution", "distributions", "entry_points", "files", "metadata",
           "packages_distributions", "requires", "version"]


class PackageNotFoundError(ModuleNotFoundError):
    """No distribution of that name is installed."""

    def __str__(self):
        return f"No package metadata was found for {self.name}"

    @property
    def name(self):
        return self.args[0]


def _normalize(name):
    return re.sub(r"[-_.]+", "-", name).lower().replace("-", "_")


class PackageMetadata:
    """The RFC 822 headers of METADATA: a mapping where a header may repeat."""

    def __init__(self, text):
        self._items = []
        body = []
        lines = text.splitlines()
        i = 0
        while i < len(lines):
            line = lines[i]
            i += 1
            if not line.strip():
                body = lines[i:]
                break
            if line[:1] in (" ", "\t") and self._items:
                key, val = self._items[-1]
                self._items[-1] = (key, val + "\n" + line)
                continue
            key, _, val = line.partition(":")
            self._items.append((key.strip(), val.strip()))
        payload = "\n".join(body).strip("\n")
        if payload:
            self._items.append(("Description", payload))

    def __getitem__(self, key):
        for k, v in self._items:
            if k.lower() == key.lower():
                return v
        raise KeyError(key)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def get_all(self, key, failobj=None):
        found = [v for k, v in self._items if k.lower() == key.lower()]
        return found or failobj

    def __contains__(self, key):
        return any(k.lower() == key.lower() for k, _ in self._items)

    def __iter__(self):
        return iter([k for k, _ in self._items])

    def __len__(self):
        return len(self._items)

    def keys(self):
        return [k for k, _ in self._items]

    @property
    def json(self):
        multi = {"classifier", "license_file", "obsoletes_dist", "platform", "project_url",
                 "provides_dist", "provides_extra", "requires_dist", "requires_external",
                 "supported_platform", "dynamic"}
        out = {}
        for k, v in self._items:
            key = k.lower().replace("-", "_")
            if key == "keywords":
                out[key] = re.split(r"[\s,]+", v)
            elif key in multi:
                out.setdefault(key, []).append(v)
            else:
                out[key] = v
        return out


class EntryPoint:
    """`name = module:attr [extras]` from a group of entry_points.txt."""
    _SHAPE = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?"
                        r"((?P<extras>\[.*\])\s*)?$")

    def __init__(self, name, value, group):
        vars(self).update(name=name, value=value, group=group)
        self.__dict__["dist"] = None

    def __setattr__(self, name, value):
        raise AttributeError("EntryPoint objects are immutable.")

    def _parts(self):
        m = self._SHAPE.match(self.value)
        if m is None:
            raise ValueError(f"bad entry point value {self.value!r}")
        return m

    @property
    def module(self):
        return self._parts().group("module")

    @property
    def attr(self):
        return self._parts().group("attr")

    @property
    def extras(self):
        raw = self._parts().group("extras") or ""
        return re.findall(r"\w+", raw)

    def load(self):
        import importlib
        target = importlib.import_module(self.module)
        for step in filter(None, (self.attr or "").split(".")):
            target = getattr(target, step)
        return target

    def matches(self, **params):
        return all(getattr(self, k) == v for k, v in params.items())

    def _key(self):
        return self.name, self.value, self.group

    def __eq__(self, other):
        return isinstance(other, EntryPoint) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return (f"EntryPoint(name={self.name!r}, value={self.value!r}, "
                f"group={self.group!r})")

    def __reduce__(self):
        return type(self), self._key()


class EntryPoints(tuple):
    """An immutable collection of EntryPoint, selectable by attribute."""
    __slots__ = ()

    def __getitem__(self, name):
        for ep in self:
            if ep.name == name:
                return ep
        raise KeyError(name)

    def select(self, **params):
        return EntryPoints(ep for ep in self if ep.matches(**params))

    @property
    def names(self):
        return {ep.name for ep in self}

    @property
    def groups(self):
        return {ep.group for ep in self}


def _parse_entry_points(text, dist):
    group = None
    out = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1].strip()
            continue
        name, _, value = line.partition("=")
        ep = EntryPoint(name.strip(), value.strip(), group)
        ep.__dict__["dist"] = dist
        out.append(ep)
    return out


class PackagePath(str):
    """A path listed in RECORD, relative to the distribution's site directory."""
    hash = None
    size = None
    dist = None

    @property
    def name(self):
        return self.rpartition("/")[2]

    @property
    def parts(self):
        return tuple(self.split("/"))

    def read_text(self, encoding="utf-8"):
        with open(self.locate(), encoding=encoding) as f:
            return f.read()

    def read_binary(self):
        with open(self.locate(), "rb") as f:
            return f.read()

    def locate(self):
        return self.dist.locate_file(self)


class FileHash:
    def __init__(self, spec):
        self.mode, _, self.value = spec.partition("=")

    def __repr__(self):
        return f"<FileHash mode: {self.mode} value: {self.value}>"


class Distribution:
    """One installed distribution."""

    def read_text(self, filename):
        raise NotImplementedError

    def locate_file(self, path):
        raise NotImplementedError

    @classmethod
    def from_name(cls, name):
        if not name:
            raise ValueError("A distribution name is required.")
        for dist in cls.discover(name=name):
            return dist
        raise PackageNotFoundError(name)

    @classmethod
    def discover(cls, **kwargs):
        context = DistributionFinder.Context(**kwargs)
        return iter(PathDistribution._find(context))

    @staticmethod
    def at(path):
        return PathDistribution(os.fspath(path))

    @property
    def metadata(self):
        text = (self.read_text("METADATA") or self.read_text("PKG-INFO")
                or self.read_text("") or "")
        return PackageMetadata(text)

    @property
    def name(self):
        return self.metadata["Name"]

    @property
    def _normalized_name(self):
        return _normalize(self.name)

    @property
    def version(self):
        return self.metadata["Version"]

    @property
    def entry_points(self):
        return EntryPoints(_parse_entry_points(self.read_text("entry_points.txt") or "",
                                               self))

    @property
    def files(self):
        text = self.read_text("RECORD")
        if text is None:
            text = self.read_text("SOURCES.txt")
            if text is None:
                return None
            rows = [[line] for line in text.splitlines()]
        else:
            rows = list(csv.reader(text.splitlines()))
        out = []
        for row in rows:
            if not row or not row[0]:
                continue
            p = PackagePath(row[0])
            if len(row) > 1 and row[1]:
                p.hash = FileHash(row[1])
            if len(row) > 2 and row[2]:
                p.size = int(row[2])
            p.dist = self
            if os.path.exists(p.locate()):
                out.append(p)
        return out

    @property
    def requires(self):
        reqs = self.metadata.get_all("Requires-Dist")
        if reqs is None:
            text = self.read_text("requires.txt")
            if text is None:
                return None
            reqs = []
            section = ""
            for line in text.splitlines():
                line = line.strip()
                if not line:
                    continue
                if line.startswith("["):
                    section = line.strip("[]")
                    continue
                if section:
                    extra, _, marker = section.partition(":")
                    cond = []
                    if marker:
                        cond.append(f"({marker})" if extra else marker)
                    if extra:
                        cond.append(f'extra == "{extra}"')
                    line = f"{line}; " + " and ".join(cond)
                reqs.append(line)
        return reqs


class DistributionFinder:
    class Context:
        name = None

        def __init__(self, **kwargs):
            vars(self).update(kwargs)

        @property
        def path(self):
            return vars(self).get("path", sys.path)

    def find_distributions(self, context=None):
        raise NotImplementedError


class PathDistribution(Distribution):
    def __init__(self, path):
        self._path = path

    def read_text(self, filename):
        try:
            with open(os.path.join(self._path, filename), encoding="utf-8") as f:
                return f.read()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError):
            return None

    def locate_file(self, path):
        import pathlib
        return pathlib.Path(self._path).parent / path

    @classmethod
    def _find(cls, context):
        wanted = _normalize(context.name) if context.name else None
        for entry in context.path:
            if not isinstance(entry, str):
                continue
            try:
                names = sorted(os.listdir(entry or "."))
            except OSError:
                continue
            for item in names:
                stem, dot, kind = item.rpartition(".")
                if kind not in ("dist-info", "egg-info"):
                    continue
                if wanted is not None and _normalize(stem.partition("-")[0]) != wanted:
                    continue
                yield cls(os.path.join(entry or ".", item))


def distribution(distribution_name):
    return Distribution.from_name(distribution_name)


def distributions(**kwargs):
    return Distribution.discover(**kwargs)


def metadata(distribution_name):
    return distribution(distribution_name).metadata


def version(distribution_name):
    return distribution(distribution_name).version


def entry_points(**params):
    seen = set()
    found = []
    for dist in distributions():
        key = dist._normalized_name
        if key in seen:
            continue
        seen.add(key)
        found.extend(dist.entry_points)
    return EntryPoints(found).select(**params)


def files(distribution_name):
    return distribution(distribution_name).files


def requires(distribution_name):
    return distribution(distribution_name).requires


def packages_distributions():
    out = {}
    for dist in distributions():
        top = dist.read_text("top_level.txt")
        if top is not None:
            names = top.split()
        else:
            names = sorted({str(f).split("/")[0].removesuffix(".py")
                            for f in dist.files or ()
                            if "/" in str(f) or str(f).endswith(".py")}
                           - {""})
            names = [n for n in names if not n.endswith((".dist-info", ".egg-info"))]
        for n in names:
            out.setdefault(n, []).append(dist.metadata["Name"])
    return out
