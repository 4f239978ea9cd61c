"""pydive's importlib.util: find_spec, module_from_spec, spec_from_file_location,
resolve_name."""

import sys
import importlib
from importlib import _resolve_name

__all__ = ["find_spec", "module_from_spec", "resolve_name", "spec_from_file_location",
           "spec_from_loader"]


def resolve_name(name, package):
    """The absolute name of a possibly relative module name."""
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {repr(name)} "
                          "(required for relative module names)")
    level = 0
    for character in name:
        if character != ".":
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def find_spec(name, package=None):
    """The spec of a module (importing its parent package); None if it cannot be found.

    pydive finds a module by importing it: a module that is found is also executed."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        spec = getattr(module, "__spec__", None)
        if spec is None:
            raise ValueError(f"{fullname}.__spec__ is None")
        return spec
    parent = fullname.rpartition(".")[0]
    if parent:
        pkg = importlib.import_module(parent)
        if not hasattr(pkg, "__path__"):
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent!r} while trying to find {fullname!r}",
                name=fullname)
    try:
        module = importlib.import_module(fullname)
    except ModuleNotFoundError as e:
        if e.name == fullname:
            return None
        raise
    return getattr(module, "__spec__", None)


class _FileLoader:
    def __init__(self, name, path):
        self.name = name
        self.path = path

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        with open(self.path) as f:
            source = f.read()
        exec(compile(source, self.path, "exec"), module.__dict__)

    def get_filename(self, name=None):
        return self.path


class _Spec:
    def __init__(self, name, loader, origin=None, is_package=False):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.submodule_search_locations = [origin.rpartition("/")[0]] if is_package else None
        self.loader_state = None
        self.cached = None
        self.has_location = origin is not None
        self.parent = name if is_package else name.rpartition(".")[0]

    def __repr__(self):
        args = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            args.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            args.append(f"submodule_search_locations={self.submodule_search_locations}")
        return f"ModuleSpec({', '.join(args)})"


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for the module `name` whose source is the file `location`."""
    if location is None:
        return None
    location = str(location)
    if loader is None:
        loader = _FileLoader(name, location)
    is_package = submodule_search_locations is not None or location.endswith("__init__.py")
    return _Spec(name, loader, location, is_package)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    return _Spec(name, loader, origin, bool(is_package))


def module_from_spec(spec):
    """A new module for `spec`, its attributes set (not yet executed)."""
    module = None
    if spec.loader is not None and hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.origin is not None and spec.has_location:
        module.__file__ = spec.origin
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    return module
