"""Run Python code as a script or as a module (pydive's runpy: run_path and run_module).

The code is found by its path or, for a module name, on sys.path (packages run their
__main__ submodule), compiled and executed in a fresh namespace whose globals are returned.
With alter_sys=True (and always for run_path), sys.argv[0] names the file and sys.modules
holds a temporary module of the run name while the code runs, as in CPython.
"""

import os
import sys
import types

__all__ = ["run_module", "run_path"]


def _source_of(path):
    with open(path, "rb") as f:
        data = f.read()
    return compile(data, path, "exec", dont_inherit=True)


def _namespace(init_globals, name, path, package, spec=None, loader=None):
    ns = {}
    if init_globals is not None:
        ns.update(init_globals)
    ns.update(__name__=name, __file__=path, __cached__=None, __doc__=None,
              __loader__=loader, __package__=package, __spec__=spec)
    return ns


def _execute(code, ns, name, path, alter_sys):
    if not alter_sys:
        exec(code, ns)
        return ns
    module = types.ModuleType(name)
    module.__dict__.update(ns)
    saved_argv0 = sys.argv[0] if sys.argv else None
    saved_module = sys.modules.get(name, None)
    had_module = name in sys.modules
    sys.modules[name] = module
    if sys.argv:
        sys.argv[0] = path
    try:
        exec(code, module.__dict__)
    finally:
        if sys.argv:
            sys.argv[0] = saved_argv0
        if had_module:
            sys.modules[name] = saved_module
        else:
            sys.modules.pop(name, None)
    # a copy: the module's namespace may be cleared when it goes away
    return dict(module.__dict__)


def _locate(mod_name):
    """(file path, is_package) of a module, searching sys.path or its parent's __path__."""
    if mod_name.startswith("."):
        raise ImportError("Relative module names not supported")
    parent, _, leaf = mod_name.rpartition(".")
    if parent:
        try:
            package = __import__(parent, fromlist=["__path__"])
        except ImportError as e:
            if e.name is None or (e.name != parent and not parent.startswith(e.name + ".")):
                raise
            raise ImportError("Error while finding module specification for %r (%s: %s)"
                              % (mod_name, type(e).__name__, e)) from e
        places = getattr(package, "__path__", None)
        if places is None:
            raise ImportError("Error while finding module specification for %r "
                              "(ModuleNotFoundError: __path__ attribute not found on %r "
                              "while trying to find %r)" % (mod_name, parent, mod_name))
    else:
        places = sys.path
    for place in places:
        base = os.path.join(place or os.getcwd(), leaf)
        init = os.path.join(base, "__init__.py")
        if os.path.isfile(init):
            return init, True
        if os.path.isfile(base + ".py"):
            return base + ".py", False
    raise ImportError("No module named %s" % mod_name)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Execute module `mod_name` (a package: its __main__) and return its globals."""
    path, is_package = _locate(mod_name)
    if is_package:
        if mod_name in ("__main__",) or mod_name.endswith(".__main__"):
            raise ImportError("Cannot use package as __main__ module")
        __import__(mod_name)
        main_name = mod_name + ".__main__"
        try:
            path, _ = _locate(main_name)
        except ImportError:
            raise ImportError("No module named %s; %r is a package and cannot be directly "
                              "executed" % (main_name, mod_name)) from None
        mod_name = main_name
    if run_name is None:
        run_name = mod_name
    package = mod_name.rpartition(".")[0]
    ns = _namespace(init_globals, run_name, path, package)
    return _execute(_source_of(path), ns, run_name, path, alter_sys)


def run_path(path_name, init_globals=None, run_name=None):
    """Execute the script (or directory/zip with __main__.py) at `path_name`; its globals."""
    if run_name is None:
        run_name = "<run_path>"
    path_name = os.fspath(path_name)
    if os.path.isdir(path_name):
        main = os.path.join(path_name, "__main__.py")
        if not os.path.isfile(main):
            raise ImportError("can't find '__main__' module in %r" % path_name)
        sys.path.insert(0, path_name)
        try:
            ns = _namespace(init_globals, run_name, main, "")
            return _execute(_source_of(main), ns, run_name, path_name, True)
        finally:
            try:
                sys.path.remove(path_name)
            except ValueError:
                pass
    ns = _namespace(init_globals, run_name, path_name, "")
    return _execute(_source_of(path_name), ns, run_name, path_name, True)
