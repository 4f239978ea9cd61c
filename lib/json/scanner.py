"""json.scanner: make_scanner(context) gives the decoder's scan_once(string, idx) ->
(value, end index); the native one from _json when it is there (c_make_scanner), else
the Python scanner of json.decoder (py_make_scanner)."""
from .decoder import _Scanner as py_make_scanner, c_make_scanner, make_scanner

__all__ = ['make_scanner']
