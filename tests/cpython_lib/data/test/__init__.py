"""Stands in for CPython's `test` package when the doctests of data/ run (the data folder is
the script's folder, so it comes first on sys.path, for pydive and CPython alike)."""
