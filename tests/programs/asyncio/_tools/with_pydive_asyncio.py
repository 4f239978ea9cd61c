"""Run a program under CPython 3.12 with pydive's asyncio (lib/asyncio) in place of CPython's.

    python3.12 with_pydive_asyncio.py PROGRAM.py [ARGS...]

`import asyncio` (and `asyncio.*`) in the program then loads /work/main/lib/asyncio,
under its real name, so reprs and warnings read exactly as they will under pydive.
Everything else is CPython's own standard library. Used by check.py to compare our
asyncio's output with CPython's recorded goldens before the VM can run it.
"""

import importlib.machinery
import importlib.util
import os
import runpy
import sys
import traceback

LIB = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                    '..', '..', '..', '..', 'lib'))
# Optional: PYDIVE_OWN_MODULES=contextvars,heapq loads those from lib/ too.
OWN = {'asyncio'} | {m for m in os.environ.get('PYDIVE_OWN_MODULES', '').split(',') if m}


class _LibFinder:
    """Finds `asyncio` and `asyncio.*` (and PYDIVE_OWN_MODULES) in pydive's lib/."""

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        top = name.partition('.')[0]
        if top not in OWN:
            return None
        return importlib.machinery.PathFinder.find_spec(name, [LIB] if '.' not in name else path)


def _install():
    for name in list(sys.modules):
        if name.partition('.')[0] in OWN:
            del sys.modules[name]
    sys.meta_path.insert(0, _LibFinder)


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    program = sys.argv[1]
    sys.argv = sys.argv[1:]
    sys.path[0] = os.path.dirname(os.path.abspath(program))
    _install()
    try:
        runpy.run_path(program, run_name='__main__')
    except SystemExit:
        raise
    except BaseException as exc:
        # Print the traceback from the program's own frames on, as `python3.12 PROGRAM`.
        tb = exc.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != os.path.abspath(program) \
                and tb.tb_frame.f_code.co_filename != program:
            tb = tb.tb_next
        traceback.print_exception(type(exc), exc, tb if tb is not None else exc.__traceback__)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
