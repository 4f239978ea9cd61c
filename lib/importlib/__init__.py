"""pydive's importlib: import_module, reload and invalidate_caches over the VM's import
system (`__import__`, `sys.modules`)."""

import sys

__all__ = ["__import__", "import_module", "invalidate_caches", "reload"]

__import__ = __import__


def _resolve_name(name, package, level):
    """The absolute name of a relative import of `name` at `level` dots from `package`."""
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return f"{base}.{name}" if name else base


def import_module(name, package=None):
    """Import a module; `name` may be relative (".mod") to `package`."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            f"import for {name!r}")
        for character in name:
            if character != ".":
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError("Empty module name")
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing is cached between imports besides sys.modules."""


def reload(module):
    """Execute a module's source again in its own namespace."""
    name = getattr(module, "__name__", None)
    if name is None or type(module).__name__ != "module":
        raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    filename = getattr(module, "__file__", None)
    if filename is None or filename.startswith("<"):
        raise NotImplementedError(f"pydive: reload() of module {name!r} without a source file")
    with open(filename) as f:
        source = f.read()
    code = compile(source, filename, "exec")
    exec(code, module.__dict__)
    return sys.modules[name]
