"""pydive's importlib.machinery: the names programs check; pydive's import system is native."""

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


from importlib.util import _Spec as ModuleSpec, _FileLoader as SourceFileLoader  # noqa: E402
from importlib.util import BuiltinImporter  # noqa: E402,F401
