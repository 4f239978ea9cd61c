"""The few helpers of CPython's `test.support` that the extracted doctests use, written for
pydive's runner (not a copy of CPython's): sortdict, gc_collect, HAVE_DOCSTRINGS and
catch_unraisable_exception."""
import gc
import sys

# Builtins carry their docstrings in pydive as in CPython built without -OO.
HAVE_DOCSTRINGS = True


def sortdict(mapping):
    """The repr of a dict with its items in sorted key order."""
    items = sorted(mapping.items())
    return "{" + ", ".join(repr(k) + ": " + repr(v) for k, v in items) + "}"


def gc_collect():
    """Collects garbage a few times, as CPython's test.support does for finalizers."""
    gc.collect()
    gc.collect()
    gc.collect()


class catch_unraisable_exception:
    """Context manager: while active, sys.unraisablehook stores its argument in .unraisable."""

    def __init__(self):
        self.unraisable = None
        self._saved = None

    def _hook(self, unraisable):
        self.unraisable = unraisable

    def __enter__(self):
        self._saved = sys.unraisablehook
        sys.unraisablehook = self._hook
        return self

    def __exit__(self, *exc_info):
        sys.unraisablehook = self._saved
        self.unraisable = None
