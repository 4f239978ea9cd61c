"""_pickle: CPython's C accelerator of pickle. pydive's pickle.py is that code already; this
module only gives its public names the home CPython's have (PicklingError.__module__ is
'_pickle', so a pickled exception is found here)."""

from pickle import (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler,
                    PickleBuffer, dump, dumps, load, loads)
