"""pydive's importlib.util: find_spec, module_from_spec, spec_from_file_location,
resolve_name."""

import sys
import importlib
import _pydive
from importlib import _resolve_name

__all__ = ["cache_from_source", "find_spec", "module_from_spec", "resolve_name",
           "source_from_cache", "spec_from_file_location",
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
    """The spec of a module, found without executing it (its parent package is imported);
    None if it cannot be found."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f"{name}.__spec__ is not set") from None
        if spec is None:
            raise ValueError(f"{name}.__spec__ is None")
        if getattr(spec, "loader", 0) is None and type(spec).__module__ == "importlib._bootstrap":
            _give_loader(spec)
        return spec
    parent_name = fullname.rpartition(".")[0]
    parent_path = None
    if parent_name:
        parent = __import__(parent_name, fromlist=["__path__"])
        try:
            parent_path = parent.__path__
        except AttributeError as e:
            error = ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} while trying to find "
                f"{fullname!r}")
            error.name = fullname
            raise error from e
    found = _pydive.locate_module(fullname, parent_path)
    if found is None:
        return None
    kind, origin, folder = found
    if kind == "builtin":
        spec = _Spec(fullname, BuiltinImporter, "built-in")
        spec.has_location = False
        return spec
    if kind == "namespace":
        spec = _Spec(fullname, _NamespaceLoader(), None, True)
        spec.submodule_search_locations = [folder]
        return spec
    loader = (_EmbeddedLoader if kind == "embedded" else _FileLoader)(fullname, origin)
    spec = _Spec(fullname, loader, origin, folder is not None)
    if folder is not None:
        spec.submodule_search_locations = [folder]
    return spec


def _give_loader(spec):
    """The loader of a spec the VM's import system made (it leaves `loader` None)."""
    origin = spec.origin
    if origin == "built-in":
        spec.loader = BuiltinImporter
    elif origin is None:
        spec.loader = _NamespaceLoader()
    elif origin.startswith("<pydive-lib>/"):
        spec.loader = _EmbeddedLoader(spec.name, origin)
    elif not origin.startswith("<"):
        spec.loader = _FileLoader(spec.name, origin)


class _FileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def create_module(self, spec):
        return None

    def get_source(self, fullname=None):
        with open(self.path) as f:
            return f.read()

    def exec_module(self, module):
        source = self.get_source(module.__name__)
        exec(compile(source, self.path, "exec"), module.__dict__)

    def is_package(self, fullname=None):
        return self.path.rpartition("/")[2] == "__init__.py"

    def get_filename(self, name=None):
        return self.path


_FileLoader.__name__ = _FileLoader.__qualname__ = "SourceFileLoader"
_FileLoader.__module__ = "_frozen_importlib_external"


class _EmbeddedLoader(_FileLoader):
    """pydive's own lib/ modules: their source is inside the executable."""

    def get_source(self, fullname=None):
        return _pydive.embedded_source(self.path.removeprefix("<pydive-lib>/"))


_EmbeddedLoader.__name__ = _EmbeddedLoader.__qualname__ = "SourceFileLoader"
_EmbeddedLoader.__module__ = "_frozen_importlib_external"


# The loader of modules built into the interpreter (pydive's native modules): the VM's
# _frozen_importlib.BuiltinImporter, already in every native module's spec.
BuiltinImporter = sys.__spec__.loader


class _NamespaceLoader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        pass

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ""


_NamespaceLoader.__name__ = _NamespaceLoader.__qualname__ = "NamespaceLoader"
_NamespaceLoader.__module__ = "_frozen_importlib_external"


class _Spec:
    def __init__(self, name, loader, origin=None, is_package=False):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.submodule_search_locations = ([origin.rpartition("/")[0]]
                                           if is_package and origin else None)
        self.loader_state = None
        self.cached = None
        self.has_location = origin is not None
        self.parent = name if is_package else name.rpartition(".")[0]

    def __eq__(self, other):
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin
                    and self.submodule_search_locations == other.submodule_search_locations
                    and self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    __hash__ = None

    def __repr__(self):
        args = [f"name={self.name!r}", f"loader={self.loader!r}"]
        if self.origin is not None:
            args.append(f"origin={self.origin!r}")
        if self.submodule_search_locations is not None:
            args.append(f"submodule_search_locations={self.submodule_search_locations}")
        return f"ModuleSpec({', '.join(args)})"


_Spec.__name__ = _Spec.__qualname__ = "ModuleSpec"
_Spec.__module__ = "_frozen_importlib"


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


# The .pyc naming of PEP 3147/488 (importlib._bootstrap_external's functions in CPython).
_PYCACHE = '__pycache__'
_OPT = 'opt-'


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The path of the .pyc file for the source file `path` (it need not exist)."""
    import os
    if debug_override is not None:
        import warnings
        warnings.warn('the debug_override parameter is deprecated; use '
                      "'optimization' instead", DeprecationWarning)
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    path = os.fspath(path)
    head, tail = os.path.split(path)
    base, sep, rest = tail.rpartition('.')
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    almost_filename = ''.join([(base if base else rest), sep, tag])
    if optimization is None:
        optimization = '' if sys.flags.optimize == 0 else sys.flags.optimize
    optimization = str(optimization)
    if optimization != '':
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        almost_filename = f'{almost_filename}.{_OPT}{optimization}'
    return os.path.join(head, _PYCACHE, almost_filename + '.pyc')


def source_from_cache(path):
    """The source path of the .pyc file `path` named as cache_from_source names them."""
    import os
    if sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    path = os.fspath(path)
    head, pycache_filename = os.path.split(path)
    head, pycache = os.path.split(head)
    if pycache != _PYCACHE:
        raise ValueError(f'{_PYCACHE} not bottom-level directory in {path!r}')
    dot_count = pycache_filename.count('.')
    if dot_count not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    elif dot_count == 3:
        optimization = pycache_filename.rsplit('.', 2)[-2]
        if not optimization.startswith(_OPT):
            raise ValueError("optimization portion of filename does not start "
                             f"with {_OPT!r}")
        opt_level = optimization[len(_OPT):]
        if not opt_level.isalnum():
            raise ValueError(f"optimization level {optimization!r} is not an alphanumeric "
                             "value")
    base_filename = pycache_filename.partition('.')[0]
    return os.path.join(head, base_filename + '.py')
