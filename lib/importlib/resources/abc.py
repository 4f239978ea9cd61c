"""The abstract reader/traversable interfaces of importlib.resources (pydive)."""

import abc

__all__ = ["ResourceReader", "Traversable", "TraversableResources"]


class ResourceReader(metaclass=abc.ABCMeta):
    """What a loader offers to read resources of its package (legacy interface)."""

    @abc.abstractmethod
    def open_resource(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def resource_path(self, resource):
        raise FileNotFoundError

    @abc.abstractmethod
    def is_resource(self, path):
        raise FileNotFoundError

    @abc.abstractmethod
    def contents(self):
        raise FileNotFoundError


class TraversalError(Exception):
    pass


class Traversable(metaclass=abc.ABCMeta):
    """A file or folder of a package, pathlib.Path-like."""

    @abc.abstractmethod
    def iterdir(self):
        """The children of this folder."""

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def read_text(self, encoding=None):
        with self.open(encoding=encoding) as f:
            return f.read()

    @abc.abstractmethod
    def is_dir(self):
        """Whether this is a folder."""

    @abc.abstractmethod
    def is_file(self):
        """Whether this is a file."""

    def joinpath(self, *descendants):
        here = self
        for part in descendants:
            for name in str(part).split("/"):
                if not name:
                    continue
                matches = [c for c in here.iterdir() if c.name == name]
                if not matches:
                    raise TraversalError("Target not found during traversal.", part)
                here = matches[0]
        return here

    def __truediv__(self, child):
        return self.joinpath(child)

    @abc.abstractmethod
    def open(self, mode="r", *args, **kwargs):
        """Open the file."""

    @property
    @abc.abstractmethod
    def name(self):
        """The last part of the path."""


class TraversableResources(ResourceReader):
    """A ResourceReader built on files()."""

    @abc.abstractmethod
    def files(self):
        """The Traversable of the package."""

    def open_resource(self, resource):
        return self.files().joinpath(resource).open("rb")

    def resource_path(self, resource):
        raise FileNotFoundError(resource)

    def is_resource(self, path):
        return self.files().joinpath(path).is_file()

    def contents(self):
        return (item.name for item in self.files().iterdir())
