"""IANA time zones from the system's TZif files (pydive's zoneinfo).

ZoneInfo(key) reads TZPATH/key: the transitions of its 64-bit data block, and the POSIX TZ
rule of its footer for the times after the last transition; the results (utcoffset, dst,
tzname, fromutc with fold) follow CPython's zoneinfo.
"""

import bisect as _bisect
import os as _os
from datetime import datetime as _datetime, timedelta as _timedelta, tzinfo as _tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

TZPATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo",
          "/etc/zoneinfo")


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


def reset_tzpath(to=None):
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError(f"tzpaths must be a list or tuple, not {type(to)}: {to!r}")
        for p in to:
            if not _os.path.isabs(p):
                raise ValueError(f"Invalid tzpaths: {to!r}")
        TZPATH = tuple(to)


def _validate_key(key):
    if _os.path.isabs(key):
        raise ValueError(f"ZoneInfo keys may not be absolute paths, got: {key}")
    normal = _os.path.normpath(key)
    if len(normal) != len(key):
        raise ValueError(f"ZoneInfo keys must be normalized relative paths, got: {key}")
    if not _os.path.normpath(_os.path.join("_/", normal)).startswith("_/"):
        raise ValueError(f"ZoneInfo keys must refer to subdirectories of TZPATH, got: {key}")


def _find_file(key):
    _validate_key(key)
    for root in TZPATH:
        path = _os.path.join(root, key)
        if _os.path.isfile(path):
            return path
    return None


def available_timezones():
    found = set()
    for root in TZPATH:
        if not _os.path.isdir(root):
            continue
        for dirpath, dirnames, filenames in _os.walk(root):
            if dirpath == root:
                for skip in ("posix", "right"):
                    if skip in dirnames:
                        dirnames.remove(skip)
            for name in filenames:
                path = _os.path.join(dirpath, name)
                key = _os.path.relpath(path, root)
                if key.endswith(".tab") or key.endswith(".zi") or key in ("leapseconds",
                                                                       "tzdata.zi"):
                    continue
                try:
                    with open(path, "rb") as f:
                        if f.read(4) == b"TZif":
                            found.add(key)
                except OSError:
                    pass
    found.discard("posixrules")
    return found


class _TTInfo:
    __slots__ = ("utcoff", "dstoff", "tzname")

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff
        self.dstoff = dstoff
        self.tzname = tzname


def _be(data, signed=True):
    return int.from_bytes(data, "big", signed=signed)


def _load_tzif(data):
    """(transition times, type index per transition, [(utoff, isdst, abbr)], footer)."""
    if data[:4] != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    version = data[4:5]

    def header(at):
        counts = [_be(data[at + 20 + 4 * k:at + 24 + 4 * k], False) for k in range(6)]
        return counts  # isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt

    counts = header(0)
    size = 4
    at = 44
    if version not in (b"", b"\x00"):
        isut, isstd, leap, timecnt, typecnt, charcnt = counts
        at += timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut
        counts = header(at)
        at += 44
        size = 8
    isut, isstd, leap, timecnt, typecnt, charcnt = counts
    times = [_be(data[at + size * k:at + size * (k + 1)]) for k in range(timecnt)]
    at += size * timecnt
    idx = list(data[at:at + timecnt])
    at += timecnt
    types = []
    for k in range(typecnt):
        rec = data[at + 6 * k:at + 6 * k + 6]
        types.append((_be(rec[:4]), rec[4], rec[5]))
    at += 6 * typecnt
    chars = data[at:at + charcnt]
    at += charcnt + leap * (size + 4) + isstd + isut
    ttypes = []
    for utoff, isdst, ai in types:
        end = chars.find(b"\x00", ai)
        ttypes.append((utoff, isdst, chars[ai:end if end >= 0 else len(chars)].decode()))
    footer = None
    if size == 8:
        rest = data[at:]
        if rest.startswith(b"\n"):
            end = rest.find(b"\n", 1)
            footer = rest[1:end].decode() if end > 0 else None
    return times, idx, ttypes, footer


def _dst_offsets(idx, ttypes):
    """dst() of each type: for a DST type, its offset minus the neighbouring standard one
    (as CPython's heuristic: the standard type before or after the transition)."""
    n = len(ttypes)
    dst = [0] * n
    done = [False] * n
    for i, t in enumerate(idx):
        if done[t] or not ttypes[t][1]:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(idx) and not ttypes[idx[j]][1]:
                d = ttypes[t][0] - ttypes[idx[j]][0]
                if d:
                    dst[t] = d
                    done[t] = True
                    break
    for t in range(n):
        if ttypes[t][1] and not dst[t]:
            dst[t] = 3600  # CPython's guess when no neighbour tells
    return dst


# ---------------------------------------------------------------------------------------
# POSIX TZ strings (the footer): 'STDoff[DST[off][,rule,rule]]'

def _parse_name(s, i):
    if s[i:i + 1] == "<":
        j = s.index(">", i)
        return s[i + 1:j], j + 1
    j = i
    while j < len(s) and s[j].isalpha():
        j += 1
    return s[i:j], j


def _parse_offset(s, i):
    sign = 1
    if s[i:i + 1] in ("+", "-"):
        sign = -1 if s[i] == "-" else 1
        i += 1
    parts = []
    while True:
        j = i
        while j < len(s) and s[j].isdigit():
            j += 1
        parts.append(int(s[i:j]))
        i = j
        if s[i:i + 1] == ":" and len(parts) < 3:
            i += 1
            continue
        break
    parts += [0] * (3 - len(parts))
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]), i


def _parse_rule(text):
    date, _, time = text.partition("/")
    secs = _parse_offset(time, 0)[0] if time else 7200
    if date.startswith("M"):
        m, w, d = (int(x) for x in date[1:].split("."))
        return ("M", m, w, d, secs)
    if date.startswith("J"):
        return ("J", int(date[1:]), 0, 0, secs)
    return ("N", int(date), 0, 0, secs)


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _rule_seconds(rule, year):
    """Seconds from the year's start (local wall time) to the rule's moment."""
    kind, a, w, d, secs = rule
    if kind == "J":
        day = a - 1
        if _is_leap(year) and a >= 60:
            day += 1
    elif kind == "N":
        day = a
    else:
        first = _datetime(year, a, 1)
        wd = (first.weekday() + 1) % 7  # Sunday = 0
        mday = 1 + (d - wd) % 7 + 7 * (w - 1)
        mlen = _DAYS[a - 1] + (1 if a == 2 and _is_leap(year) else 0)
        while mday > mlen:
            mday -= 7
        day = (_datetime(year, a, mday) - _datetime(year, 1, 1)).days
    return day * 86400 + secs


class _TZStr:
    def __init__(self, text):
        name, i = _parse_name(text, 0)
        off, i = _parse_offset(text, i)
        self.std = _TTInfo(_timedelta(seconds=-off), _timedelta(0), name)
        self.dst = None
        if i >= len(text):
            return
        dname, i = _parse_name(text, i)
        if i < len(text) and text[i] != ",":
            doff, i = _parse_offset(text, i)
            doff = -doff
        else:
            doff = -off + 3600
        self.dst = _TTInfo(_timedelta(seconds=doff), _timedelta(seconds=doff + off), dname)
        start, end = text[i + 1:].split(",")
        self.start = _parse_rule(start)
        self.end = _parse_rule(end)
        self.std_off = -off
        self.dst_off = doff

    def _year_bounds(self, year):
        """UTC seconds (since 1970) of DST's start and end in that year."""
        base = (_datetime(year, 1, 1) - _datetime(1970, 1, 1)).days * 86400
        start = base + _rule_seconds(self.start, year) - self.std_off
        end = base + _rule_seconds(self.end, year) - self.dst_off
        return start, end

    def _in_dst_utc(self, ts, year):
        start, end = self._year_bounds(year)
        if start < end:
            return start <= ts < end
        return not (end <= ts < start)

    def info_local(self, ts, year, fold):
        """The ttinfo for local (wall) seconds ts: a gap or fold at each change belongs to
        one side or the other by fold, as in CPython."""
        if self.dst is None:
            return self.std
        base = (_datetime(year, 1, 1) - _datetime(1970, 1, 1)).days * 86400
        start = base + _rule_seconds(self.start, year)
        end = base + _rule_seconds(self.end, year)
        diff = self.dst_off - self.std_off
        if fold == (diff >= 0):
            end -= diff
        else:
            start += diff
        if start < end:
            isdst = start <= ts < end
        else:
            isdst = not (end <= ts < start)
        return self.dst if isdst else self.std

    def info_utc(self, ts, year):
        """(ttinfo, fold) for UTC seconds ts."""
        if self.dst is None:
            return self.std, False
        isdst = self._in_dst_utc(ts, year)
        tti = self.dst if isdst else self.std
        start, end = self._year_bounds(year)
        change = abs(self.dst_off - self.std_off)
        # just after the offset goes back, the wall clock repeats: those times have fold=1
        if self.dst_off > self.std_off:
            fold = not isdst and 0 <= ts - end < change
        else:
            fold = isdst and 0 <= ts - start < change
        return tti, fold


_EPOCH = _datetime(1970, 1, 1)
_cache = {}


class ZoneInfo(_tzinfo):
    """A time zone of the IANA database, read from the system's TZif files."""

    def __new__(cls, key):
        if cls is ZoneInfo and key in _cache:
            return _cache[key]
        self = cls._load(key)
        if cls is ZoneInfo:
            _cache[key] = self
        return self

    @classmethod
    def no_cache(cls, key):
        return cls._load(key)

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            _cache.clear()
        else:
            for k in only_keys:
                _cache.pop(k, None)

    @classmethod
    def _load(cls, key):
        path = _find_file(key)
        if path is None:
            raise ZoneInfoNotFoundError(f"No time zone found with key {key}")
        with open(path, "rb") as f:
            data = f.read()
        self = object.__new__(cls)
        self._key = key
        self._file_path = path
        self._setup(data)
        return self

    @classmethod
    def from_file(cls, fobj, /, key=None):
        self = object.__new__(cls)
        self._key = key
        self._file_path = None
        self._setup(fobj.read())
        return self

    def _setup(self, data):
        times, idx, ttypes, footer = _load_tzif(data)
        dst = _dst_offsets(idx, ttypes)
        infos = [_TTInfo(_timedelta(seconds=u), _timedelta(seconds=dst[k]), name)
                 for k, (u, isdst, name) in enumerate(ttypes)]
        self._trans_utc = times
        self._trans_tti = [infos[i] for i in idx]
        # before the first transition: the first standard type (else the first type)
        first = next((infos[k] for k, t in enumerate(ttypes) if not t[1]),
                     infos[0] if infos else None)
        self._tti_before = first
        self._tz_after = _TZStr(footer) if footer else (self._trans_tti[-1] if times
                                                        else first)
        # the wall-clock times of the transitions, for fold 0 and fold 1
        walls = [list(times), list(times)]
        for i in range(len(times)):
            before = self._trans_tti[i - 1].utcoff if i else infos[0].utcoff
            after = self._trans_tti[i].utcoff
            hi, lo = max(before, after), min(before, after)
            walls[0][i] += int(hi.total_seconds())
            walls[1][i] += int(lo.total_seconds())
        self._trans_wall = walls
        after = self._tz_after
        self._fixed = not times and (isinstance(after, _TTInfo) or after.dst is None)
        if self._fixed and isinstance(after, _TZStr):
            self._tz_after = after.std

    @property
    def key(self):
        return self._key

    def _find(self, dt):
        if dt is None:
            return self._tz_after if self._fixed else None
        ts = (dt.replace(tzinfo=None) - _EPOCH) // _timedelta(seconds=1)
        walls = self._trans_wall[dt.fold]
        if walls and ts < walls[0]:
            return self._tti_before
        if not walls or ts > walls[-1]:
            if isinstance(self._tz_after, _TZStr):
                return self._tz_after.info_local(ts, dt.year, dt.fold)
            return self._tz_after
        return self._trans_tti[_bisect.bisect_right(walls, ts) - 1]

    def utcoffset(self, dt):
        tti = self._find(dt)
        return None if tti is None else tti.utcoff

    def dst(self, dt):
        tti = self._find(dt)
        return None if tti is None else tti.dstoff

    def tzname(self, dt):
        tti = self._find(dt)
        return None if tti is None else tti.tzname

    def fromutc(self, dt):
        if not isinstance(dt, _datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        ts = (dt.replace(tzinfo=None) - _EPOCH) // _timedelta(seconds=1)
        times = self._trans_utc
        n = len(times)
        fold = False
        if n and ts < times[0]:
            tti = self._tti_before
        elif (not n or ts > times[-1]) and isinstance(self._tz_after, _TZStr):
            tti, fold = self._tz_after.info_utc(ts, dt.year)
        elif not n:
            tti = self._tz_after
        else:
            i = _bisect.bisect_right(times, ts)
            if n > 1 and i >= n:
                prev, tti = self._trans_tti[-2], self._trans_tti[-1]
            else:
                tti = self._trans_tti[i - 1]
                prev = self._trans_tti[i - 2] if i >= 2 else self._tti_before
            fold = (prev.utcoff - tti.utcoff).total_seconds() > ts - times[i - 1]
        out = dt + tti.utcoff
        return out.replace(fold=1) if fold else out

    def __str__(self):
        return self._key if self._key is not None else repr(self)

    def __repr__(self):
        if self._key is not None:
            return f"{type(self).__module__}.{type(self).__qualname__}(key={self._key!r})"
        return (f"{type(self).__module__}.{type(self).__qualname__}"
                f".from_file({self._file_path!r})")

    def __reduce__(self):
        return (type(self)._unpickle, (self._key,))

    @classmethod
    def _unpickle(cls, key):
        return cls(key)
