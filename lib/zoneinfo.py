"""IANA time zones for datetime (pydive's zoneinfo).

ZoneInfo reads the compiled TZif files of the system's database (the directories of TZPATH,
as CPython's configuration on Linux: /usr/share/zoneinfo first). The offsets, names, fold
handling and caching behave as CPython 3.12's zoneinfo; the tzdata package is not consulted.
"""

import os
import struct
from bisect import bisect_right
from datetime import datetime, timedelta, tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

_DEFAULT_TZPATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo", "/usr/share/lib/zoneinfo",
                   "/etc/zoneinfo")


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


ZoneInfoNotFoundError.__module__ = "zoneinfo._common"


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


InvalidTZPathWarning.__module__ = "zoneinfo._tzpath"

# -- the search path ---------------------------------------------------------------------------

TZPATH = ()


def _relative_message(paths):
    bad = [p for p in paths if not os.path.isabs(p)]
    return ("Paths should be absolute but found the following relative paths:"
            + "".join("\n    " + p for p in bad))


def reset_tzpath(to=None):
    """Set TZPATH to `to` (absolute paths), or back to PYTHONTZPATH / the default."""
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError("tzpaths must be a list or tuple, not %s: %r" % (type(to), to))
        if not all(os.path.isabs(p) for p in to):
            raise ValueError(_relative_message(to))
        TZPATH = tuple(to)
        return
    env = os.environ.get("PYTHONTZPATH")
    if env is None:
        TZPATH = _DEFAULT_TZPATH
        return
    parts = env.split(os.pathsep) if env else []
    kept = tuple(p for p in parts if os.path.isabs(p))
    if len(kept) != len(parts):
        import warnings
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                      + _relative_message(parts), InvalidTZPathWarning)
    TZPATH = kept


reset_tzpath()


def _check_key(key):
    if os.path.isabs(key):
        raise ValueError("ZoneInfo keys may not be absolute paths, got: %s" % key)
    normal = os.path.normpath(key)
    if len(normal) != len(key):
        raise ValueError("ZoneInfo keys must be normalized relative paths, got: %s" % key)
    if normal == ".." or normal.startswith("../"):
        raise ValueError("ZoneInfo keys must refer to subdirectories of TZPATH, got: %s" % key)


def _find_file(key):
    _check_key(key)
    for root in TZPATH:
        candidate = os.path.join(root, key)
        if os.path.isfile(candidate):
            return candidate
    return None


def available_timezones():
    """The set of keys of every TZif file under TZPATH ('right/', 'posix/' excluded)."""
    found = set()
    for root in TZPATH:
        if not os.path.exists(root):
            continue
        for here, dirs, files in os.walk(root):
            if here == root:
                for skip in ("right", "posix"):
                    if skip in dirs:
                        dirs.remove(skip)
            for name in files:
                full = os.path.join(here, name)
                key = os.path.relpath(full, start=root)
                if not key or key in found:
                    continue
                try:
                    with open(full, "rb") as f:
                        if f.read(4) == b"TZif":
                            found.add(key)
                except Exception:
                    pass
    found.discard("posixrules")
    return found


# -- TZif files --------------------------------------------------------------------------------

def _read_header(f):
    if f.read(4) != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    v = f.read(1)
    version = 1 if v == b"\x00" else int(v)
    f.read(15)
    # isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
    return (version,) + struct.unpack(">6l", f.read(24))


def _read_tzif(f):
    """(transition type indexes, UTC transition times, offsets, isdst flags, abbreviations,
    POSIX TZ footer or None)."""
    version, isut, isstd, leap, ntimes, ntypes, nchars = _read_header(f)
    width, code = 4, "l"
    if version >= 2:
        # the 64-bit data follows the version-1 block: skip that block
        f.seek(ntimes * 5 + ntypes * 6 + nchars + leap * 8 + isstd + isut, 1)
        version, isut, isstd, leap, ntimes, ntypes, nchars = _read_header(f)
        width, code = 8, "q"
    times = struct.unpack(">%d%s" % (ntimes, code), f.read(ntimes * width)) if ntimes else ()
    kinds = struct.unpack(">%dB" % ntimes, f.read(ntimes)) if ntimes else ()
    records = [struct.unpack(">lbb", f.read(6)) for _ in range(ntypes)]
    offsets = tuple(r[0] for r in records)
    dstflags = tuple(r[1] for r in records)
    chars = f.read(nchars)
    names = tuple(chars[r[2]:chars.find(b"\0", r[2])].decode() for r in records)
    footer = None
    if version >= 2:
        f.seek(isut + isstd + leap * 12, 1)
        if f.read(1) != b"\n":
            raise ValueError("Invalid TZif file: footer not found")
        footer = b""
        while True:
            c = f.read(1)
            if c == b"\n" or not c:
                break
            footer += c
    return kinds, times, offsets, dstflags, names, footer


class _Period:
    """One local time type: UTC offset, DST part of it, abbreviation."""

    __slots__ = ("utcoff", "dstoff", "tzname")

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff
        self.dstoff = dstoff
        self.tzname = tzname

    def __eq__(self, other):
        return (self.utcoff, self.dstoff, self.tzname) == \
            (other.utcoff, other.dstoff, other.tzname)


_NOTHING = _Period(None, None, None)

_deltas = {}


def _delta(seconds):
    d = _deltas.get(seconds)
    if d is None:
        d = _deltas[seconds] = timedelta(seconds=seconds)
    return d


_EPOCH_ORDINAL = datetime(1970, 1, 1).toordinal()


def _seconds(dt):
    """Seconds from 1970-01-01 to dt's wall-clock reading (tzinfo ignored)."""
    return ((dt.toordinal() - _EPOCH_ORDINAL) * 86400 + dt.hour * 3600 + dt.minute * 60
            + dt.second)


def _days_to_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 - _EPOCH_ORDINAL


def _leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


# -- POSIX TZ rules (the footer: what happens after the last transition) ----------------------

class _JulianDay:
    """Jn (1..365, February 29 never counted) or n (0..365, counted)."""

    __slots__ = ("d", "julian", "hour", "minute", "second")

    def __init__(self, d, julian):
        low = 1 if julian else 0
        if not low <= d <= 365:
            raise ValueError("d must be in [%d, 365], not: %d" % (low, d))
        self.d, self.julian = d, julian
        self.hour, self.minute, self.second = 2, 0, 0

    def year_to_epoch(self, year):
        d = self.d
        if self.julian and d >= 59 and _leap(year):
            d += 1
        return (_days_to_year(year) + d) * 86400 + \
            self.hour * 3600 + self.minute * 60 + self.second


class _MonthWeekDay:
    """Mm.w.d: weekday d (0 = Sunday) of week w (5 = last) of month m."""

    __slots__ = ("m", "w", "d", "hour", "minute", "second")
    _BEFORE = (-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

    def __init__(self, m, w, d):
        if not 1 <= m <= 12:
            raise ValueError("m must be in [1, 12]")
        if not 1 <= w <= 5:
            raise ValueError("w must be in [1, 5]")
        if not 0 <= d <= 6:
            raise ValueError("d must be in [0, 6]")
        self.m, self.w, self.d = m, w, d
        self.hour, self.minute, self.second = 2, 0, 0

    def year_to_epoch(self, year):
        import calendar
        first, length = calendar.monthrange(year, self.m)  # first: Monday = 0
        day = (self.d - (first + 1)) % 7 + 1 + 7 * (self.w - 1)
        if day > length:
            day -= 7
        days = _days_to_year(year) + self._BEFORE[self.m] + (self.m > 2 and _leap(year)) + day
        return days * 86400 + self.hour * 3600 + self.minute * 60 + self.second


class _Rule:
    """Standard time with a yearly DST period (the TZ string's two dates)."""

    __slots__ = ("std", "dst", "start", "end", "dst_diff")

    def __init__(self, std_name, std_off, dst_name, dst_off, start, end):
        self.dst_diff = dst_off - std_off
        self.std = _Period(_delta(std_off), _delta(0), std_name)
        self.dst = _Period(_delta(dst_off), _delta(self.dst_diff), dst_name)
        self.start, self.end = start, end

    def get_trans_info(self, ts, year, fold):
        begin = self.start.year_to_epoch(year)
        finish = self.end.year_to_epoch(year)
        # the ambiguous or missing hour goes to the side `fold` asks for
        if fold == (self.dst_diff >= 0):
            finish -= self.dst_diff
        else:
            begin += self.dst_diff
        if begin < finish:
            summer = begin <= ts < finish
        else:
            summer = not (finish <= ts < begin)
        return self.dst if summer else self.std

    def get_trans_info_fromutc(self, ts, year):
        begin = self.start.year_to_epoch(year) - self.std.utcoff.total_seconds()
        finish = self.end.year_to_epoch(year) - self.dst.utcoff.total_seconds()
        if begin < finish:
            summer = begin <= ts < finish
        else:
            summer = not (finish <= ts < begin)
        if self.dst_diff > 0:
            repeat_from, repeat_to = finish, finish + self.dst_diff
        else:
            repeat_from, repeat_to = begin, begin - self.dst_diff
        return (self.dst if summer else self.std), repeat_from <= ts < repeat_to


def _clock(text, limit, what):
    """'[+-]hh[:mm[:ss]]' -> (sign, h, m, s); ValueError when malformed."""
    sign = 1
    body = text
    if body[:1] in ("+", "-"):
        sign = -1 if body[0] == "-" else 1
        body = body[1:]
    parts = body.split(":")
    if not (1 <= len(parts) <= 3 and 1 <= len(parts[0]) <= 3
            and all(len(p) == 2 for p in parts[1:])
            and all(p.isdigit() and p.isascii() for p in parts)):
        raise ValueError("Invalid %s: %s" % (what, text))
    h, m, s = (int(p) for p in parts + ["0"] * (3 - len(parts)))
    if h > limit:
        raise ValueError("%s must be in [0, %d]: %s" % (
            "Hour" if what == "time" else "Offset hours", limit, text))
    return sign, h, m, s


def _take_name(text, at):
    """(name, end) of a TZ abbreviation at `at`: <...> quoted or letters; None if absent."""
    if text.startswith("<", at):
        close = text.find(">", at)
        inner = text[at + 1:close] if close > 0 else ""
        if close < 0 or not inner or not all(c.isascii() and (c.isalnum() or c in "+-")
                                              for c in inner):
            return None, at
        return inner, close + 1
    end = at
    while end < len(text) and text[end] not in "0123456789:.+-,<":
        end += 1
    return (text[at:end], end) if end > at else (None, at)


def _take_offset(text, at):
    end = at
    if end < len(text) and text[end] in "+-":
        end += 1
    while end < len(text) and (text[end].isdigit() or text[end] == ":"):
        end += 1
    return text[at:end], end


def _parse_rule(tz):
    head, _, dates = tz.partition(",")
    std, at = _take_name(head, 0)
    if std is None:
        raise ValueError("%s is not a valid TZ string" % tz)
    std_text, at = _take_offset(head, at)
    dst, dst_text = None, ""
    if at < len(head):
        dst, at = _take_name(head, at)
        if dst is None:
            raise ValueError("%s is not a valid TZ string" % tz)
        dst_text, at = _take_offset(head, at)
    if at != len(head) or (dst is not None and not std_text):
        raise ValueError("%s is not a valid TZ string" % tz)

    def offset(text, which):
        try:
            sign, h, m, s = _clock(text, 24, "offset")
        except ValueError as e:
            raise ValueError("Invalid %s offset in %s" % (which, tz)) from e
        return -sign * (h * 3600 + m * 60 + s)  # POSIX counts west of Greenwich

    std_off = offset(std_text, "STD") if std_text else 0
    if dst is None:
        if dates or _:
            raise ValueError("Transition rule present without DST: %s" % tz)
        return _Period(_delta(std_off), _delta(0), std)
    dst_off = offset(dst_text, "DST") if dst_text else std_off + 3600
    if not _:
        raise ValueError("Missing transition rules: %s" % tz)
    try:
        start, end = (_parse_date(piece) for piece in dates.split(",", 1))
    except ValueError as e:
        raise ValueError("Invalid TZ string: %s" % tz) from e
    return _Rule(std, std_off, dst, dst_off, start, end)


def _parse_date(text):
    day, _, when = text.partition("/")
    if day[:1] == "M":
        pieces = day[1:].split(".")
        if len(pieces) != 3 or not all(p.isdigit() and p.isascii() for p in pieces) \
                or len(pieces[0]) > 2 or len(pieces[1]) != 1 or len(pieces[2]) != 1:
            raise ValueError("Invalid dst start/end date: %s" % text)
        rule = _MonthWeekDay(*(int(p) for p in pieces))
    elif day[:1] == "J":
        rule = _JulianDay(int(day[1:]), True)
    else:
        rule = _JulianDay(int(day), False)
    if _:
        sign, h, m, s = _clock(when, 167, "time")
        rule.hour, rule.minute, rule.second = sign * h, sign * m, sign * s
    return rule


# -- ZoneInfo ---------------------------------------------------------------------------------

class ZoneInfo(tzinfo):
    """A time zone of the IANA database: ZoneInfo('Europe/Paris')."""

    _strong_cache_size = 8
    _strong_cache = None
    _weak_cache = None
    __module__ = "zoneinfo"

    def __init_subclass__(cls):
        cls._strong_cache = None
        cls._weak_cache = None

    @classmethod
    def _caches(cls):
        if cls.__dict__.get("_weak_cache") is None:
            import weakref
            from collections import OrderedDict
            cls._strong_cache = OrderedDict()
            cls._weak_cache = weakref.WeakValueDictionary()
        return cls._strong_cache, cls._weak_cache

    def __new__(cls, key):
        strong, weak = cls._caches()
        zone = weak.get(key, None)
        if zone is None:
            zone = weak.setdefault(key, cls._new_instance(key))
            zone._from_cache = True
        # the last few zones used stay alive even without other references
        strong[key] = strong.pop(key, zone)
        if len(strong) > cls._strong_cache_size:
            strong.popitem(last=False)
        return zone

    @classmethod
    def no_cache(cls, key):
        """A new ZoneInfo, bypassing (and not entering) the cache."""
        zone = cls._new_instance(key)
        zone._from_cache = False
        return zone

    @classmethod
    def _new_instance(cls, key):
        zone = super().__new__(cls)
        zone._key = key
        zone._file_path = zone._find_tzfile(key)
        if zone._file_path is None:
            raise ZoneInfoNotFoundError("No time zone found with key %s" % key)
        with open(zone._file_path, "rb") as f:
            zone._load_file(f)
        return zone

    @classmethod
    def from_file(cls, fobj, /, key=None):
        """A ZoneInfo read from a binary TZif file object (not cached)."""
        zone = super().__new__(cls)
        zone._key = key
        zone._file_path = None
        zone._load_file(fobj)
        zone._file_repr = repr(fobj)
        zone.__reduce__ = zone._file_reduce
        return zone

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        """Forget cached zones (all, or those of `only_keys`)."""
        strong, weak = cls._caches()
        if only_keys is None:
            weak.clear()
            strong.clear()
            return
        for key in only_keys:
            weak.pop(key, None)
            strong.pop(key, None)

    @property
    def key(self):
        return self._key

    def utcoffset(self, dt):
        return self._find_trans(dt).utcoff

    def dst(self, dt):
        return self._find_trans(dt).dstoff

    def tzname(self, dt):
        return self._find_trans(dt).tzname

    def fromutc(self, dt):
        """Convert from datetime in UTC to datetime in local time"""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        ts = _seconds(dt)
        trans = self._trans_utc
        count = len(trans)
        fold = False
        if count and ts < trans[0]:
            period = self._tti_before
        elif (not count or ts > trans[-1]) and isinstance(self._tz_after, _Rule):
            period, fold = self._tz_after.get_trans_info_fromutc(ts, dt.year)
        elif not count:
            period = self._tz_after
        else:
            i = bisect_right(trans, ts)
            if count > 1 and ts >= trans[1]:
                before, period = self._ttinfos[i - 2:i]
            elif ts > trans[-1]:
                before, period = self._ttinfos[-1], self._tz_after
            else:
                before, period = self._tti_before, self._ttinfos[0]
            # inside the repeated hour after a backward shift: the second reading
            fold = (before.utcoff - period.utcoff).total_seconds() > ts - trans[i - 1]
        dt += period.utcoff
        return dt.replace(fold=1) if fold else dt

    def _find_trans(self, dt):
        if dt is None:
            return self._tz_after if self._fixed_offset else _NOTHING
        ts = _seconds(dt)
        wall = self._trans_local[dt.fold]
        if wall and ts < wall[0]:
            return self._tti_before
        if not wall or ts > wall[-1]:
            after = self._tz_after
            if isinstance(after, _Rule):
                return after.get_trans_info(ts, dt.year, dt.fold)
            return after
        return self._ttinfos[bisect_right(wall, ts) - 1]

    def __str__(self):
        return self._key if self._key is not None else repr(self)

    def __repr__(self):
        # the C type's name is qualified; a subclass shows its own __name__
        name = "zoneinfo.ZoneInfo" if type(self) is ZoneInfo else type(self).__name__
        if self._key is not None:
            return "%s(key=%r)" % (name, self._key)
        return "%s.from_file(%s)" % (name, self._file_repr)

    def __reduce__(self):
        return (type(self)._unpickle, (self._key, int(self._from_cache)))

    def _file_reduce(self):
        import pickle
        raise pickle.PicklingError("Cannot pickle a ZoneInfo file created from a file stream.")

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        return cls(key) if from_cache else cls.no_cache(key)

    def _find_tzfile(self, key):
        return _find_file(key)

    def _load_file(self, fobj):
        kinds, trans_utc, offsets, dstflags, names, footer = _read_tzif(fobj)
        dst_parts = _dst_parts(kinds, offsets, dstflags)
        periods = [_Period(_delta(off), _delta(part), name)
                   for off, part, name in zip(offsets, dst_parts, names)]
        self._trans_utc = trans_utc
        self._trans_local = _wall_times(kinds, trans_utc, offsets)
        self._ttinfos = [periods[k] for k in kinds]
        # before the first transition: the first standard-time type
        standard = [p for p, flag in zip(periods, dstflags) if not flag]
        if standard:
            self._tti_before = standard[0]
        else:
            self._tti_before = self._ttinfos[0] if self._ttinfos else None
        if footer:
            self._tz_after = _parse_rule(footer.decode())
        elif self._ttinfos:
            self._tz_after = self._ttinfos[-1]
        elif periods:
            self._tz_after = periods[-1]
        else:
            raise ValueError("No time zone information found.")
        if len(periods) > 1 or isinstance(self._tz_after, _Rule):
            self._fixed_offset = False
        else:
            self._fixed_offset = not periods or periods[0] == self._tz_after


def _dst_parts(kinds, offsets, dstflags):
    """Seconds of DST in each type's offset: TZif files only flag DST, so it is read from
    the neighbouring standard-time transitions (an hour when nothing tells)."""
    parts = [0] * len(dstflags)
    wanted = sum(dstflags)
    done = 0
    for i in range(1, len(kinds)):
        if done == wanted:
            break
        k = kinds[i]
        if not dstflags[k] or parts[k]:
            continue
        part = 0
        previous = kinds[i - 1]
        if not dstflags[previous]:
            part = offsets[k] - offsets[previous]
        if not part and k < len(dstflags) - 1:
            following = kinds[i + 1]
            if dstflags[following]:
                continue
            part = offsets[k] - offsets[following]
        if part:
            done += 1
            parts[k] = part
    else:
        for k, flag in enumerate(dstflags):
            if flag and not parts[k]:
                parts[k] = 3600
    return parts


def _wall_times(kinds, trans_utc, offsets):
    """The transitions as local wall-clock seconds: [for fold=0, for fold=1] (the later
    and the earlier of the offsets around each transition)."""
    if not trans_utc:
        return [[], []]
    first, second = list(trans_utc), list(trans_utc)
    for i in range(len(kinds)):
        if i == 0:
            if len(offsets) > 1:
                a, b = offsets[0], offsets[kinds[0]]
            else:
                a = b = offsets[0]
        else:
            a, b = offsets[kinds[i - 1]], offsets[kinds[i]]
        first[i] += max(a, b)
        second[i] += min(a, b)
    return [first, second]


def __dir__():
    return sorted(list(globals()) + ["TZPATH"])
