"""Memory-mapped files, emulated by pydive without mapping memory.

A map of a file opened with MAP_SHARED (ACCESS_DEFAULT/ACCESS_WRITE) reads and writes the
file itself at each access (os.pread/os.pwrite on a duplicate of the descriptor), so other
readers and writers of the file see the same bytes as through a real shared map.  Anonymous
maps, MAP_PRIVATE and ACCESS_COPY maps keep their bytes in the object.  What differs from
CPython: an anonymous MAP_SHARED map is not shared with a forked child, and an mmap object
does not export the buffer protocol (memoryview(m) raises TypeError).
"""

import os

ACCESS_DEFAULT = 0
ACCESS_READ = 1
ACCESS_WRITE = 2
ACCESS_COPY = 3
MAP_SHARED = 1
MAP_PRIVATE = 2
MAP_DENYWRITE = 2048
MAP_EXECUTABLE = 4096
MAP_ANON = MAP_ANONYMOUS = 32
MAP_POPULATE = 32768
MAP_STACK = 131072
PROT_READ = 1
PROT_WRITE = 2
PROT_EXEC = 4
MADV_NORMAL = 0
MADV_RANDOM = 1
MADV_SEQUENTIAL = 2
MADV_WILLNEED = 3
MADV_DONTNEED = 4
MADV_FREE = 8
MADV_REMOVE = 9
MADV_DONTFORK = 10
MADV_DOFORK = 11
MADV_MERGEABLE = 12
MADV_UNMERGEABLE = 13
MADV_HUGEPAGE = 14
MADV_NOHUGEPAGE = 15
MADV_DONTDUMP = 16
MADV_DODUMP = 17
MADV_HWPOISON = 100

try:
    import _resource
    PAGESIZE = _resource.getpagesize()
except ImportError:
    PAGESIZE = 4096
ALLOCATIONGRANULARITY = PAGESIZE

error = OSError


def _as_index(value):
    if isinstance(value, int):
        return value
    if hasattr(type(value), "__index__"):
        return type(value).__index__(value)
    raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


class mmap:
    """mmap(fileno, length[, flags[, prot[, access[, offset]]]])"""

    def __init__(self, fileno, length, flags=MAP_SHARED, prot=PROT_WRITE | PROT_READ,
                 access=ACCESS_DEFAULT, offset=0):
        length = _as_index(length)
        offset = _as_index(offset)
        if length < 0:
            raise OverflowError("memory mapped length must be positive")
        if offset < 0:
            raise OverflowError("memory mapped offset must be positive")
        if access not in (ACCESS_DEFAULT, ACCESS_READ, ACCESS_WRITE, ACCESS_COPY):
            raise ValueError("mmap invalid access parameter.")
        if access != ACCESS_DEFAULT and (flags != MAP_SHARED or
                                         prot != PROT_WRITE | PROT_READ):
            raise ValueError("mmap can't specify both access and flags, prot.")
        if access == ACCESS_READ:
            flags, prot = MAP_SHARED, PROT_READ
        elif access == ACCESS_COPY:
            flags = MAP_PRIVATE
        if offset % ALLOCATIONGRANULARITY:
            raise OSError(22, "Invalid argument")
        self._closed = False
        self._pos = 0
        self._offset = offset
        self._readonly = not prot & PROT_WRITE
        self._access = access
        self._fd = -1
        self._bytes = None
        if fileno == -1:
            if length == 0:
                raise OSError(22, "Invalid argument")
            self._bytes = bytearray(length)
            return
        size = os.fstat(fileno).st_size
        if length == 0:
            if size == 0:
                raise ValueError("cannot mmap an empty file")
            if offset >= size:
                raise ValueError("mmap offset is greater than file size")
            length = size - offset
        elif offset > size or size - offset < length:
            raise ValueError("mmap length is greater than file size")
        self._fd = os.dup(fileno)
        if flags & MAP_PRIVATE:
            self._bytes = bytearray(self._pread(offset, length))
        self._length = length

    # -- storage -----------------------------------------------------------------------

    def _pread(self, at, n):
        data = os.pread(self._fd, n, at)
        return data + bytes(n - len(data))

    def _size(self):
        return len(self._bytes) if self._bytes is not None else self._length

    def _get(self, start, stop):
        if stop <= start:
            return b""
        if self._bytes is not None:
            return bytes(self._bytes[start:stop])
        return self._pread(self._offset + start, stop - start)

    def _put(self, start, data):
        if self._bytes is not None:
            self._bytes[start:start + len(data)] = data
        else:
            os.pwrite(self._fd, data, self._offset + start)

    def _live(self):
        if self._closed:
            raise ValueError("mmap closed or invalid")

    def _writable(self):
        self._live()
        if self._readonly:
            raise TypeError("mmap can't modify a readonly memory map.")

    # -- sequence protocol ---------------------------------------------------------------

    def __len__(self):
        self._live()
        return self._size()

    def __getitem__(self, key):
        self._live()
        n = self._size()
        if isinstance(key, slice):
            start, stop, step = key.indices(n)
            if step == 1:
                return self._get(start, stop)
            whole = self._get(0, n)
            return whole[key]
        i = _as_index(key)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("mmap index out of range")
        return self._get(i, i + 1)[0]

    def __setitem__(self, key, value):
        self._writable()
        n = self._size()
        if isinstance(key, slice):
            start, stop, step = key.indices(n)
            data = bytes(memoryview(value))
            count = len(range(start, stop, step))
            if len(data) != count:
                raise IndexError("mmap slice assignment is wrong size")
            if step == 1:
                self._put(start, data)
            else:
                for i, b in zip(range(start, stop, step), data):
                    self._put(i, bytes((b,)))
            return
        i = _as_index(key)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("mmap index out of range")
        if not isinstance(value, int):
            raise TypeError("mmap item value must be an int")
        if not 0 <= value < 256:
            raise ValueError("mmap item value must be in range(0, 256)")
        self._put(i, bytes((value,)))

    def __iter__(self):
        self._live()
        return iter([bytes((b,)) for b in self._get(0, self._size())])

    def __contains__(self, sub):
        return self.find(sub) != -1

    def __enter__(self):
        self._live()
        return self

    def __exit__(self, *exc):
        self.close()

    def __getstate__(self):
        raise TypeError("cannot pickle 'mmap.mmap' object")

    # -- file-like methods -----------------------------------------------------------------

    @property
    def closed(self):
        return self._closed

    def close(self):
        if self._closed:
            return
        self._closed = True
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        self._bytes = None

    def size(self):
        self._live()
        if self._fd >= 0:
            return os.fstat(self._fd).st_size
        raise OSError(9, "Bad file descriptor")  # fstat(-1), as CPython does

    def tell(self):
        self._live()
        return self._pos

    def seek(self, pos, whence=0):
        self._live()
        base = {0: 0, 1: self._pos, 2: self._size()}.get(whence)
        if base is None:
            raise ValueError("unknown seek type")
        target = base + pos
        if not 0 <= target <= self._size():
            raise ValueError("seek out of range")
        self._pos = target
        return None

    def read(self, n=None):
        self._live()
        left = max(self._size() - self._pos, 0)
        if n is None or n < 0 or n > left:
            n = left
        data = self._get(self._pos, self._pos + n)
        self._pos += n
        return data

    def read_byte(self):
        self._live()
        if self._pos >= self._size():
            raise ValueError("read byte out of range")
        b = self._get(self._pos, self._pos + 1)[0]
        self._pos += 1
        return b

    def readline(self):
        self._live()
        rest = self._get(self._pos, self._size())
        cut = rest.find(b"\n")
        line = rest if cut < 0 else rest[:cut + 1]
        self._pos += len(line)
        return line

    def write(self, data):
        self._writable()
        data = bytes(memoryview(data))
        if self._pos > self._size() or self._size() - self._pos < len(data):
            raise ValueError("data out of range")
        self._put(self._pos, data)
        self._pos += len(data)
        return len(data)

    def write_byte(self, byte):
        self._writable()
        if self._pos >= self._size():
            raise ValueError("write byte out of range")
        self._put(self._pos, bytes((byte,)))
        self._pos += 1

    def _bounds(self, start, end):
        n = self._size()
        start = self._pos if start is None else start
        end = n if end is None else end
        if start < 0:
            start = max(start + n, 0)
        if end < 0:
            end = max(end + n, 0)
        return min(start, n), min(end, n)

    def find(self, sub, start=None, end=None):
        self._live()
        start, end = self._bounds(start, end)
        hit = self._get(start, end).find(bytes(memoryview(sub)))
        return hit if hit < 0 else hit + start

    def rfind(self, sub, start=None, end=None):
        self._live()
        start, end = self._bounds(start, end)
        hit = self._get(start, end).rfind(bytes(memoryview(sub)))
        return hit if hit < 0 else hit + start

    def flush(self, offset=0, size=None):
        self._live()
        if offset < 0 or (size is not None and (size < 0 or offset + size > self._size())):
            raise ValueError("flush values out of range")
        if self._fd >= 0 and self._bytes is None and self._access != ACCESS_READ:
            os.fsync(self._fd)

    def madvise(self, option, start=0, length=None):
        self._live()
        if not 0 <= start < self._size():
            raise ValueError("madvise start out of bounds")
        if length is not None and length < 0:
            raise ValueError("madvise length invalid")

    def move(self, dest, src, count):
        self._writable()
        n = self._size()
        if (dest < 0 or src < 0 or count < 0 or dest + count > n or src + count > n):
            raise ValueError("source, destination, or count out of range")
        self._put(dest, self._get(src, src + count))

    def resize(self, newsize):
        self._writable()
        if self._access not in (ACCESS_DEFAULT, ACCESS_WRITE) or (
                self._fd >= 0 and self._bytes is not None):
            raise TypeError("mmap can't resize a readonly or copy-on-write memory map.")
        if newsize < 0:
            raise ValueError("new size out of range")
        if self._fd < 0:
            grown = bytearray(newsize)
            grown[:min(newsize, len(self._bytes))] = self._bytes[:newsize]
            self._bytes = grown
        else:
            os.ftruncate(self._fd, self._offset + newsize)
            self._length = newsize
        if self._pos > newsize:
            self._pos = newsize


# A C type in CPython: named 'mmap.mmap' in messages, its class immutable, object.__new__ of
# it not safe.
try:
    import _pydive
    _pydive.set_tp_name(mmap, 'mmap.mmap')
    _pydive.set_immutable(mmap)
    del _pydive
except ImportError:
    pass
