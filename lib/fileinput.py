"""Iterate over the lines of several files (or stdin) as one stream (pydive's fileinput).

``for line in fileinput.input(files): ...`` reads each file in turn ('-' is standard
input); ``filename()``, ``lineno()``, ``filelineno()``, ``isfirstline()`` describe the
line just read. With ``inplace=True`` what the loop prints replaces the file's text.
"""

import io
import os
import sys
import types

__all__ = ("input close nextfile filename lineno filelineno fileno isfirstline isstdin "
           "FileInput hook_compressed hook_encoded").split()

_state = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None,
          encoding=None, errors=None):
    """Start iterating over the lines of files; the FileInput is also module state."""
    global _state
    if _state is not None and _state._stream:
        raise RuntimeError("input() already active")
    made = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                     encoding=encoding, errors=errors)
    _state = made
    return made


def _active():
    if _state is None:
        raise RuntimeError("no active input()")
    return _state


def close():
    """Close the current sequence."""
    global _state
    current, _state = _state, None
    if current is not None:
        current.close()


def nextfile():
    """Skip the rest of the current file."""
    return _active().nextfile()


def filename():
    """Name of the file being read (None before the first line)."""
    return _active().filename()


def lineno():
    """Number of lines read so far, over all files."""
    return _active().lineno()


def filelineno():
    """Number of lines read so far in the current file."""
    return _active().filelineno()


def fileno():
    """File descriptor of the current file (-1 when none is open)."""
    return _active().fileno()


def isfirstline():
    """True if the line just read is the first of its file."""
    return _active().isfirstline()


def isstdin():
    """True if the line just read came from sys.stdin."""
    return _active().isstdin()


class FileInput:
    """The object behind input(): iterate it, or call its methods."""

    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None,
                 encoding=None, errors=None):
        if isinstance(files, str):
            files = (files,)
        elif isinstance(files, bytes):
            files = (files,)
        elif isinstance(files, os.PathLike):
            files = (os.fspath(files),)
        else:
            if files is None:
                files = sys.argv[1:]
            files = tuple(files) if files else ('-',)
        self._pending = files
        self._in_place = inplace
        self._backup_ext = backup
        self._real_stdout = None
        self._rewrite = None
        self._current_name = None
        self._lines_before = 0
        self._in_file = 0
        self._stream = None
        self._from_stdin = False
        self._backup_path = None
        self._enc_name = encoding
        self._err_mode = errors
        if mode != 'r' and mode != 'rb':
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        self._read_mode = mode
        self._out_mode = 'wb' if mode == 'rb' else 'w'
        if openhook is not None:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook in inplace mode")
            elif not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        self._opener = openhook

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._pending = ()

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            line = self._read_line()
            if line:
                self._in_file += 1
                return line
            if not self._stream:
                raise StopIteration
            self.nextfile()

    def nextfile(self):
        saved = self._real_stdout
        self._real_stdout = None
        if saved:
            sys.stdout = saved
        out = self._rewrite
        self._rewrite = None
        try:
            if out:
                out.close()
        finally:
            current = self._stream
            self._stream = None
            try:
                del self._read_line
            except AttributeError:
                pass
            try:
                if current and not self._from_stdin:
                    current.close()
            finally:
                backup = self._backup_path
                self._backup_path = None
                if backup and not self._backup_ext:
                    try:
                        os.unlink(backup)
                    except OSError:
                        pass
                self._from_stdin = False

    def readline(self):
        while True:
            line = self._read_line()
            if line:
                self._in_file += 1
                return line
            if not self._stream:
                return line
            self.nextfile()

    def _read_line(self):
        # Opens the next file, then reads through it (replaced by its readline).
        if not self._pending:
            return b'' if 'b' in self._read_mode else ''
        self._lines_before += self._in_file
        self._current_name, *rest = self._pending
        self._pending = tuple(rest)
        self._in_file = 0
        self._stream = None
        self._from_stdin = False
        self._backup_path = 0
        encoding = self._enc_name
        if encoding is None and 'b' not in self._read_mode:
            encoding = "locale"
        if self._current_name == '-':
            self._current_name = '<stdin>'
            if 'b' in self._read_mode:
                self._stream = sys.stdin.buffer if hasattr(sys.stdin, 'buffer') else sys.stdin
            else:
                self._stream = sys.stdin
            self._from_stdin = True
        elif self._in_place:
            self._backup_path = os.fspath(self._current_name) + (self._backup_ext or ".bak")
            try:
                os.unlink(self._backup_path)
            except OSError:
                pass
            os.rename(self._current_name, self._backup_path)
            self._stream = open(self._backup_path, self._read_mode, encoding=_enc(encoding),
                              errors=self._err_mode)
            self._rewrite = open(self._current_name, self._out_mode, encoding=_enc(encoding),
                                errors=self._err_mode)
            self._real_stdout = sys.stdout
            sys.stdout = self._rewrite
        elif self._opener:
            extra = {} if self._enc_name is None else {'encoding': self._enc_name,
                                                       'errors': self._err_mode}
            self._stream = self._opener(self._current_name, self._read_mode, **extra)
        else:
            self._stream = open(self._current_name, self._read_mode, encoding=_enc(encoding),
                              errors=self._err_mode)
        self._read_line = self._stream.readline
        return self._read_line()

    def filename(self):
        return self._current_name

    def lineno(self):
        return self._in_file + self._lines_before

    def filelineno(self):
        return self._in_file

    def fileno(self):
        if self._stream:
            try:
                fd = self._stream.fileno()
            except ValueError:
                fd = -1
            return fd
        return -1

    def isfirstline(self):
        return 1 == self._in_file

    def isstdin(self):
        return self._from_stdin

    __class_getitem__ = classmethod(types.GenericAlias)


def _enc(encoding):
    return None if encoding == "locale" else encoding


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An openhook reading .gz and .bz2 files through gzip and bz2."""
    if encoding is None and "b" not in mode:
        encoding = "locale"
    if filename.endswith('.gz'):
        import gzip
        stream = gzip.open(filename, mode)
    elif filename.endswith('.bz2'):
        from bz2 import BZ2File
        stream = BZ2File(filename, mode)
    else:
        return open(filename, mode, encoding=_enc(encoding), errors=errors)
    if "b" not in mode:
        stream = io.TextIOWrapper(stream, encoding=_enc(encoding), errors=errors)
    return stream


def hook_encoded(encoding, errors=None):
    """An openhook opening files with the given encoding."""
    def opener(filename, mode):
        return open(filename, mode, encoding=encoding, errors=errors)
    return opener
