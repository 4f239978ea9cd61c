"""Path operations shared by every os.path flavour (pydive's genericpath: posixpath's own)."""

from posixpath import (commonprefix, exists, getatime, getctime, getmtime, getsize, isdir,
                       isfile, islink, samefile, sameopenfile, samestat)

__all__ = ["commonprefix", "exists", "getatime", "getctime", "getmtime", "getsize", "isdir",
           "isfile", "islink", "samefile", "sameopenfile", "samestat"]
