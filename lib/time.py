"""Time access and conversions (pydive's time): the clocks and sleep of the native `_time`,
plus struct_time, gmtime/localtime, mktime, asctime/ctime and strftime/strptime.

pydive's local time is UTC (timezone 0, tzname ('UTC', 'UTC')).
"""

from _time import *  # noqa: F401,F403  time, time_ns, monotonic, perf_counter, sleep, ...
import _time

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
           "tm_yday", "tm_isdst")


class struct_time(tuple):
    """The time value as returned by gmtime(), localtime() and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        try:
            seq = tuple(seq)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        # structseq_new_impl: 9 sequence fields, 11 in all (tm_zone, tm_gmtoff)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)"
                            % len(seq))
        if len(seq) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)"
                            % len(seq))
        if dict is not None and not isinstance(dict, type({})):
            raise TypeError("time.struct_time() takes a dict as second arg, if any")
        self = tuple.__new__(cls, seq[:9])
        extra = dict or {}
        self._zone = seq[9] if len(seq) > 9 else extra.get("tm_zone")
        self._gmtoff = seq[10] if len(seq) > 10 else extra.get("tm_gmtoff")
        return self

    def __repr__(self):
        return "time.struct_time(" + ", ".join(
            "%s=%r" % (name, value) for name, value in zip(_FIELDS, self)) + ")"

    def __reduce__(self):
        return (struct_time, (tuple(self), {"tm_zone": self._zone, "tm_gmtoff": self._gmtoff}))

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = property(lambda self: self._zone)
    tm_gmtoff = property(lambda self: self._gmtoff)


_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_from_civil(y, m, d):
    """Days since 1970-01-01 of a proleptic Gregorian date."""
    y1 = y - 1
    days = y1 * 365 + y1 // 4 - y1 // 100 + y1 // 400
    days += _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d
    return days - 719163


def _civil_from_days(n):
    """(year, month, day) of day n since 1970-01-01."""
    z = n + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + 1 if m <= 2 else y), m, d


def gmtime(secs=None):
    """struct_time in UTC of a POSIX timestamp (default: now)."""
    if secs is None:
        secs = _time.time()
    secs = int(secs // 1) if isinstance(secs, float) else int(secs)
    days, rem = divmod(secs, 86400)
    y, m, d = _civil_from_days(days)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    wday = (days + 3) % 7
    yday = _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d
    return struct_time((y, m, d, hh, mm, ss, wday, yday, 0, "GMT", 0))


def localtime(secs=None):
    """struct_time in local time (UTC for pydive)."""
    t = gmtime(secs)
    return struct_time(tuple(t) + ("UTC", 0))


# CPython's C functions do not bind as methods when stored on a class, and programs rely on
# it (logging.Formatter.converter = time.gmtime); a callable staticmethod does the same.
gmtime = staticmethod(gmtime)
localtime = staticmethod(localtime)


def mktime(t):
    """The POSIX timestamp of a local-time struct_time (or 9-tuple), as a float."""
    if len(t) < 9:
        raise TypeError("mktime(): illegal time tuple argument")
    y, m, d, hh, mm, ss = (int(x) for x in tuple(t)[:6])
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    return float(_days_from_civil(y, m, 1) * 86400 + (d - 1) * 86400 + hh * 3600 + mm * 60 + ss)


_DAYNAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
               "Nov", "Dec")


def asctime(t=None):
    if t is None:
        t = localtime()
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYNAMES[t[6]], _MONTHNAMES[t[1]], t[2], t[3],
                                            t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


def strftime(format, t=None):
    """Format a struct_time (default: localtime()) with the C directives."""
    if t is None:
        t = localtime()
    if len(t) != 9 and not isinstance(t, struct_time):
        raise TypeError("strftime(): illegal time tuple argument")
    import datetime
    zone = getattr(t, "tm_zone", None) or "UTC"

    class _Fields:
        microsecond = 0

        def utcoffset(self):
            return datetime.timedelta(0)

        def tzname(self):
            return zone
    return datetime._wrap_strftime(_Fields(), format, tuple(t))


def strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    import datetime
    dt = datetime.datetime.strptime(data_string, format)
    return struct_time(dt.timetuple())


def get_clock_info(name):
    import types
    if name not in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
        raise ValueError("unknown clock")
    clock = {"time": "REALTIME", "process_time": "PROCESS_CPUTIME_ID",
             "thread_time": "THREAD_CPUTIME_ID"}.get(name, "MONOTONIC")
    return types.SimpleNamespace(
        implementation=f"clock_gettime(CLOCK_{clock})",
        monotonic=name != "time", adjustable=name == "time", resolution=1e-09)


# clock_gettime() and its clock ids (Linux values). threading's threads are green threads on
# the VM's one OS thread, so the thread CPU clock counts all of them, as the process's does
# without the launcher thread.
CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
CLOCK_MONOTONIC_RAW = 4
CLOCK_BOOTTIME = 7
CLOCK_TAI = 11

_CLOCKS = {CLOCK_REALTIME: _time.time, CLOCK_MONOTONIC: _time.monotonic,
           CLOCK_MONOTONIC_RAW: _time.monotonic, CLOCK_BOOTTIME: _time.monotonic,
           CLOCK_TAI: _time.time, CLOCK_PROCESS_CPUTIME_ID: _time.process_time,
           CLOCK_THREAD_CPUTIME_ID: _time.thread_time}


def _clock(clk_id):
    if not isinstance(clk_id, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(clk_id).__name__)
    try:
        return _CLOCKS[clk_id]
    except KeyError:
        raise OSError(22, "Invalid argument") from None


def clock_gettime(clk_id, /):
    """The time of clock `clk_id` in seconds (a float)."""
    return _clock(clk_id)()


def clock_gettime_ns(clk_id, /):
    """The time of clock `clk_id` in nanoseconds (an int)."""
    return int(_clock(clk_id)() * 1e9)


def clock_getres(clk_id, /):
    """The resolution of clock `clk_id`."""
    _clock(clk_id)
    return 1e-09


thread_time = _time.thread_time
thread_time_ns = _time.thread_time_ns
process_time_ns = _time.process_time_ns


def tzset():
    """pydive's local time is UTC: nothing to reset."""


# What is C in CPython adds no traceback entry and no trace event (lib/NATIVE.md).
try:
    from _pydive import hide_module as _hide_module
except ImportError:
    pass
else:
    _hide_module(globals())
    del _hide_module
