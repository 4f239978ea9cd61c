"""Process resource limits and usage (pydive: getrlimit/setrlimit/prlimit over rustix,
getrusage and getpagesize over the C library; see crates/vm/src/modules/posix_extra.rs)."""

import _resource

RLIMIT_CPU = 0
RLIMIT_FSIZE = 1
RLIMIT_DATA = 2
RLIMIT_STACK = 3
RLIMIT_CORE = 4
RLIMIT_RSS = 5
RLIMIT_NPROC = 6
RLIMIT_NOFILE = 7
RLIMIT_OFILE = RLIMIT_NOFILE
RLIMIT_MEMLOCK = 8
RLIMIT_AS = 9
RLIMIT_LOCKS = 10
RLIMIT_SIGPENDING = 11
RLIMIT_MSGQUEUE = 12
RLIMIT_NICE = 13
RLIMIT_RTPRIO = 14
RLIMIT_RTTIME = 15
RLIM_INFINITY = -1
RUSAGE_SELF = 0
RUSAGE_CHILDREN = -1
RUSAGE_THREAD = 1

error = OSError

_RUSAGE_FIELDS = ("ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss",
                  "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock",
                  "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw")


class struct_rusage(tuple):
    """struct_rusage: Result from getrusage."""
    n_sequence_fields = 16
    n_fields = 16
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if len(seq) != 16:
            raise TypeError("resource.struct_rusage() takes a 16-sequence (%d-sequence given)"
                            % len(seq))
        return tuple.__new__(cls, seq)

    def __repr__(self):
        shown = ", ".join(f"{n}={v!r}" for n, v in zip(_RUSAGE_FIELDS, self))
        return f"resource.struct_rusage({shown})"

    def __reduce__(self):
        return (struct_rusage, (tuple(self),))


for _i, _n in enumerate(_RUSAGE_FIELDS):
    setattr(struct_rusage, _n, property(lambda self, _i=_i: self[_i]))
del _i, _n


def _index(value):
    if isinstance(value, int):
        return value
    if hasattr(type(value), "__index__"):
        return type(value).__index__(value)
    raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")


def getrlimit(resource):
    """(soft, hard) limits of `resource`; RLIM_INFINITY (-1) is no limit."""
    return _resource.getrlimit(_index(resource))


def _limits(limits):
    try:
        pair = tuple(limits)
    except TypeError:
        raise ValueError("expected a tuple of 2 integers") from None
    if len(pair) != 2:
        raise ValueError("expected a tuple of 2 integers")
    return _index(pair[0]), _index(pair[1])


def setrlimit(resource, limits):
    """Set the (soft, hard) limits of `resource`."""
    resource = _index(resource)
    if not 0 <= resource <= 15:
        raise ValueError("invalid resource specified")
    soft, hard = _limits(limits)
    try:
        _resource.setrlimit(resource, soft, hard)
    except OSError as e:
        if e.errno == 22:
            raise ValueError("current limit exceeds maximum limit") from None
        if e.errno == 1:
            raise ValueError("not allowed to raise maximum limit") from None
        raise


def prlimit(pid, resource, limits=None):
    """getrlimit/setrlimit of process `pid`; pydive supports only this process (0 or its id)."""
    import os
    if pid not in (0, os.getpid()):
        raise NotImplementedError("pydive: resource.prlimit of another process")
    old = getrlimit(resource)
    if limits is not None:
        setrlimit(resource, limits)
    return old


def getrusage(who):
    """Resource usage of this process (RUSAGE_SELF), its children or this thread."""
    return struct_rusage(_resource.getrusage(_index(who)))


def getpagesize():
    return _resource.getpagesize()
