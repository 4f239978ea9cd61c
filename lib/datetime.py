"""Dates and times (pydive's datetime; the API, arithmetic, str/repr and formatting of
CPython 3.12's datetime module).

Proleptic Gregorian ordinals (day 1 = 0001-01-01) carry the date arithmetic. pydive's
local time is UTC: now()/today()/fromtimestamp() without a tz use UTC.
"""

import time as _time
import math as _math
import sys
try:
    # object.__new__ refuses the C types pydive writes in Python; their __new__ uses this
    from _pydive import alloc as _alloc
except ImportError:
    _alloc = object.__new__

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR",
           "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

# month lengths in a common year, and the days of the year before each month (index 1..12)
_MONTH_LENGTHS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = (0,) + tuple(sum(_MONTH_LENGTHS[1:m]) for m in range(1, 13))

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
               "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July",
                   "August", "September", "October", "November", "December"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = [None, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                 "Sunday"]


def _is_leap(year):
    # every fourth year, except centuries that 400 does not divide
    if year % 100 == 0:
        return year % 400 == 0
    return year % 4 == 0


def _days_before_year(year):
    # days in the years 1 .. year-1 of the proleptic Gregorian calendar
    full = year - 1
    return 365 * full + full // 4 - full // 100 + full // 400


def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _MONTH_LENGTHS[month]


def _days_before_month(year, month):
    extra = 1 if month > 2 and _is_leap(year) else 0
    return _DAYS_BEFORE_MONTH[month] + extra


def _ymd2ord(year, month, day):
    # day 1 is 0001-01-01
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    """(year, month, day) of proleptic Gregorian ordinal n."""
    # 146097 days make 400 years: estimate the year from that, then step to it
    year = (n - 1) * 400 // 146097 + 1
    while _days_before_year(year) >= n:
        year -= 1
    while _days_before_year(year + 1) < n:
        year += 1
    nth = n - _days_before_year(year)  # 1-based day of the year
    month = (nth - 1) // 31 + 1  # no later than the real month: every month has <= 31 days
    while month < 12 and _days_before_month(year, month + 1) < nth:
        month += 1
    return year, month, nth - _days_before_month(year, month)


def _check_int(value):
    # what the C module's "i" argument format accepts: ints and __index__
    if isinstance(value, int):
        return value
    index = getattr(type(value), '__index__', None)
    if index is None or isinstance(value, float):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return index(value)


def _check_date_fields(year, month, day):
    year, month, day = _check_int(year), _check_int(month), _check_int(day)
    if year < MINYEAR or year > MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if month < 1 or month > 12:
        raise ValueError("month must be in 1..12")
    if day < 1 or day > _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


_TIME_FIELD_LIMITS = (("hour", 23), ("minute", 59), ("second", 59), ("microsecond", 999999))


def _check_time_fields(hour, minute, second, microsecond, fold):
    values = tuple(map(_check_int, (hour, minute, second, microsecond)))
    for (label, top), value in zip(_TIME_FIELD_LIMITS, values):
        if value < 0 or value > top:
            raise ValueError(f"{label} must be in 0..{top}")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return values + (fold,)


def _check_tzinfo_arg(tz):
    if tz is None or isinstance(tz, tzinfo):
        return
    raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                    % type(tz).__name__)


# isoformat's timespec: how many of hours, minutes, seconds, and which fraction
_TIMESPECS = {"hours": (1, ""), "minutes": (2, ""), "seconds": (3, ""),
              "milliseconds": (3, "ms"), "microseconds": (3, "us")}


def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec not in _TIMESPECS:
        raise ValueError("Unknown timespec value")
    count, fraction = _TIMESPECS[timespec]
    text = ":".join("%02d" % part for part in (hh, mm, ss)[:count])
    if fraction == "ms":
        text += ".%03d" % (us // 1000)
    elif fraction == "us":
        text += ".%06d" % us
    return text


def _format_offset(off, sep=":"):
    # +HH:MM, then :SS and .ffffff only when they are not zero
    if off is None:
        return ""
    total = off._to_us()
    sign = "-" if total < 0 else "+"
    seconds, micro = divmod(abs(total), 10**6)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = f"{sign}{hours:02d}{sep}{minutes:02d}"
    if seconds or micro:
        text += f"{sep}{seconds:02d}"
        if micro:
            text += f".{micro:06d}"
    return text


def _wrap_strftime(obj, fmt, timetuple):
    """strftime: the C directives, computed here."""
    year, month, day, hour, minute, second, wday, yday = timetuple[:8]
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != "%" or i >= n:
            out.append(ch)
            continue
        ch = fmt[i]
        i += 1
        if ch == "Y":
            out.append("%d" % year)  # glibc: no padding below 1000 (3.12 does not add any)
        elif ch == "y":
            out.append("%02d" % (year % 100))
        elif ch == "m":
            out.append("%02d" % month)
        elif ch == "d":
            out.append("%02d" % day)
        elif ch == "e":
            out.append("%2d" % day)
        elif ch == "H":
            out.append("%02d" % hour)
        elif ch == "I":
            out.append("%02d" % (hour % 12 or 12))
        elif ch == "M":
            out.append("%02d" % minute)
        elif ch == "S":
            out.append("%02d" % second)
        elif ch == "f":
            out.append("%06d" % getattr(obj, "microsecond", 0))
        elif ch == "p":
            out.append("AM" if hour < 12 else "PM")
        elif ch == "a":
            out.append(_DAYNAMES[wday + 1])
        elif ch == "A":
            out.append(_FULLDAYNAMES[wday + 1])
        elif ch == "w":
            out.append("%d" % ((wday + 1) % 7))
        elif ch == "u":
            out.append("%d" % (wday + 1))
        elif ch == "b" or ch == "h":
            out.append(_MONTHNAMES[month])
        elif ch == "B":
            out.append(_FULLMONTHNAMES[month])
        elif ch == "j":
            out.append("%03d" % yday)
        elif ch == "U":
            out.append("%02d" % ((yday + 6 - (wday + 1) % 7) // 7))
        elif ch == "W":
            out.append("%02d" % ((yday + 6 - wday) // 7))
        elif ch == "G" or ch == "V" or ch == "g":
            iso = _isocalendar(year, month, day)
            out.append("%d" % iso[0] if ch == "G" else "%02d" % (iso[1] if ch == "V" else iso[0] % 100))
        elif ch == "C":
            out.append("%d" % (year // 100))
        elif ch == "k":
            out.append("%2d" % hour)
        elif ch == "l":
            out.append("%2d" % (hour % 12 or 12))
        elif ch == "P":
            out.append("am" if hour < 12 else "pm")
        elif ch == "r":
            out.append("%02d:%02d:%02d %s" % (hour % 12 or 12, minute, second,
                                              "AM" if hour < 12 else "PM"))
        elif ch == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(off, "") if off is not None else "")
        elif ch == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            out.append(name or "")
        elif ch == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (
                _DAYNAMES[wday + 1], _MONTHNAMES[month], day, hour, minute, second, year))
        elif ch == "x":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif ch == "X":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif ch == "D":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif ch == "F":
            out.append("%d-%02d-%02d" % (year, month, day))
        elif ch == "T":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif ch == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif ch == "n":
            out.append("\n")
        elif ch == "t":
            out.append("\t")
        elif ch == "%":
            out.append("%")
        else:
            out.append("%" + ch)
    return "".join(out)


def _isocalendar(year, month, day):
    # the ISO year is the one whose week 1 started last
    ordinal = _ymd2ord(year, month, day)
    if ordinal < _isoweek1monday(year):
        year -= 1
    elif ordinal >= _isoweek1monday(year + 1):
        year += 1
    weeks, weekday = divmod(ordinal - _isoweek1monday(year), 7)
    return year, weeks + 1, weekday + 1


def _isoweek1monday(year):
    # ISO week 1 is the week (Monday to Sunday) that holds January 4th; ordinal 1 is a Monday
    jan4 = _ymd2ord(year, 1, 4)
    return jan4 - (jan4 - 1) % 7


def _compare_by_key(cls, key, accepts):
    """Give cls ==, <, <=, >, >= that compare key(self) with key(other) when accepts(other),
    and answer NotImplemented for other operands (as the C types' richcompare slots do)."""
    for name, op in (("__eq__", lambda a, b: a == b), ("__lt__", lambda a, b: a < b),
                     ("__le__", lambda a, b: a <= b), ("__gt__", lambda a, b: a > b),
                     ("__ge__", lambda a, b: a >= b)):
        def compare(self, other, op=op):
            if accepts(other):
                return op(key(self), key(other))
            return NotImplemented
        compare.__name__ = name
        compare.__qualname__ = cls.__qualname__ + "." + name
        setattr(cls, name, compare)


def _us_divmod(a, b, what):
    if b == 0:
        raise ZeroDivisionError(what + " by zero")
    return divmod(a, b)


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), normalized."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        for name, v in (("days", days), ("seconds", seconds),
                        ("microseconds", microseconds), ("milliseconds", milliseconds),
                        ("minutes", minutes), ("hours", hours), ("weeks", weeks)):
            if not isinstance(v, (int, float)):
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(v).__name__))
        # everything in exact microseconds (floats rounded half to even at the end)
        from fractions import Fraction
        total = (Fraction(days) * 86400 * 10**6 + Fraction(weeks) * 7 * 86400 * 10**6
                 + Fraction(hours) * 3600 * 10**6 + Fraction(minutes) * 60 * 10**6
                 + Fraction(seconds) * 10**6 + Fraction(milliseconds) * 1000
                 + Fraction(microseconds))
        us = round(total)
        d, us = divmod(us, 86400 * 10**6)
        s, us = divmod(us, 10**6)
        if not -2**31 <= d < 2**31:  # C reads the days into an int first
            raise OverflowError("Python int too large to convert to C int")
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = _alloc(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    @classmethod
    def _create(cls, d, s, us):
        return cls(days=d, seconds=s, microseconds=us)

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s(%s)" % (_tp_name(self), ", ".join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = ("%d day%s, " % (self._days, plural)) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def total_seconds(self):
        return ((self.days * 86400 + self.seconds) * 10**6 + self.microseconds) / 10**6

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 10**6 + self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(self._days + other._days, self._seconds + other._seconds,
                             self._microseconds + other._microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(self._days - other._days, self._seconds - other._seconds,
                             self._microseconds - other._microseconds)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta(-self._days, -self._seconds, -self._microseconds)

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(self._days * other, self._seconds * other,
                             self._microseconds * other)
        if isinstance(other, float):
            from fractions import Fraction
            return timedelta(microseconds=round(Fraction(self._to_us()) * Fraction(other)))
        return NotImplemented

    __rmul__ = __mul__

    # Division works on whole microseconds; a zero divisor fails as the C module's does.
    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return _us_divmod(self._to_us(), other._to_us(), "integer division or modulo")[0]
        if isinstance(other, int):
            return timedelta(microseconds=_us_divmod(self._to_us(), other,
                                                     "integer division or modulo")[0])
        return NotImplemented

    def __truediv__(self, other):
        from fractions import Fraction
        if isinstance(other, timedelta):
            if not other:
                raise ZeroDivisionError("division by zero")
            return self._to_us() / other._to_us()
        if isinstance(other, (int, float)):
            divisor = Fraction(other)  # (a float's as_integer_ratio() is asked first)
            if not divisor:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta(microseconds=round(Fraction(self._to_us()) / divisor))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            rest = _us_divmod(self._to_us(), other._to_us(), "integer modulo")[1]
            return timedelta(microseconds=rest)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            quotient, rest = _us_divmod(self._to_us(), other._to_us(),
                                        "integer division or modulo")
            return quotient, timedelta(microseconds=rest)
        return NotImplemented

    def _getstate(self):
        return (self._days, self._seconds, self._microseconds)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._getstate())
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), self._getstate())


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)
_compare_by_key(timedelta, timedelta._getstate, lambda other: isinstance(other, timedelta))


class date:
    """A calendar date: year, month, day."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = _alloc(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, weekday, jday, dst = _time_gmtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            ymd = _parse_isoformat_date(date_string)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        return cls(*ymd)  # its own range errors ('month must be in 1..12')

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if year < MINYEAR or year > MAXYEAR:
            raise ValueError(f"Year is out of range: {year}")
        start = _isoweek1monday(year)
        weeks_in_year = (_isoweek1monday(year + 1) - start) // 7  # 52 or 53
        if week < 1 or week > weeks_in_year:
            raise ValueError(f"Invalid week: {week}")
        if day < 1 or day > 7:
            raise ValueError(f"Invalid day: {day} (range is [1, 7])")
        return cls(*_ord2ymd(start + (week - 1) * 7 + day - 1))

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tp_name(self), self._year, self._month, self._day)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[weekday], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, format):
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _ymd(self):
        return (self._year, self._month, self._day)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        moved = self.toordinal() + other.days
        if moved < 1 or moved > _MAXORDINAL:
            raise OverflowError("date value out of range")
        return type(self).fromordinal(moved)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return _IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


_MAXORDINAL = 3652059

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
# 3.12's date_richcompare compares the date part of any date, a datetime included (a
# datetime on either side of a plain date gets its own comparison first: it is the subclass)
_compare_by_key(date, date._ymd, lambda other: isinstance(other, date))


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return (f"datetime.{self.__class__.__name__}"
                f"(year={self[0]}, week={self[1]}, weekday={self[2]})")


_IsoCalendarDate.__name__ = "IsoCalendarDate"
_IsoCalendarDate.__qualname__ = "IsoCalendarDate"


class _StructTime(tuple):
    _fields = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday",
               "tm_yday", "tm_isdst")

    def __getattr__(self, name):
        try:
            return self[self._fields.index(name)]
        except ValueError:
            raise AttributeError(name) from None

    def __repr__(self):
        return "time.struct_time(" + ", ".join(
            f"{n}={v}" for n, v in zip(self._fields, self)) + ")"


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _days_before_month(y, m) + d
    return _StructTime((y, m, d, hh, mm, ss, wday, dnum, dstflag))


def _time_gmtime(t):
    """(y, m, d, hh, mm, ss, weekday, yday, 0) of a POSIX timestamp, in UTC."""
    days, secs = divmod(int(_math.floor(t)), 86400)
    y, m, d = _ord2ymd(days + _EPOCH_ORDINAL)
    hh, rest = divmod(secs, 3600)
    mm, ss = divmod(rest, 60)
    return y, m, d, hh, mm, ss, (days + 3) % 7, _days_before_month(y, m) + d, 0


_EPOCH_ORDINAL = _ymd2ord(1970, 1, 1)


def _parse_isoformat_date(dtstr):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www-D
    if len(dtstr) == 10 and dtstr[4] == "-" and dtstr[7] == "-":
        return int(dtstr[0:4]), int(dtstr[5:7]), int(dtstr[8:10])
    if len(dtstr) == 8 and dtstr.isdigit():
        return int(dtstr[0:4]), int(dtstr[4:6]), int(dtstr[6:8])
    # ISO week dates: YYYY-Www-D, YYYY-Www, YYYYWwwD, YYYYWww
    week = None
    if len(dtstr) in (8, 10) and dtstr[4:6] == "-W" and (len(dtstr) == 8 or dtstr[8] == "-"):
        week, day = dtstr[6:8], dtstr[9:] or "1"
    elif len(dtstr) in (7, 8) and dtstr[4] == "W":
        week, day = dtstr[5:7], dtstr[7:] or "1"
    if week is not None and dtstr[:4].isdigit() and week.isdigit() and day.isdigit():
        year, week, day = int(dtstr[:4]), int(week), int(day)
        if not (1 <= week <= 52 or (week == 53 and _isocalendar(year, 12, 28)[1] == 53)):
            raise ValueError(f"Invalid week: {week}")
        if not 1 <= day <= 7:
            raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
        return _ord2ymd(_isoweek1monday(year) + (week - 1) * 7 + day - 1)
    raise ValueError("bad date")


def _parse_isoformat_time(tstr):
    """(hour, minute, second, microsecond, tzinfo or None) of an ISO time."""
    tz = None
    for sep in ("+", "-", "Z"):
        pos = tstr.find(sep)
        if pos > 0:
            tzstr = tstr[pos:]
            tstr = tstr[:pos]
            if tzstr == "Z":
                tz = timezone.utc
            else:
                sign = -1 if tzstr[0] == "-" else 1
                parts = _parse_hh_mm_ss_ff(tzstr[1:])
                td = timedelta(hours=parts[0], minutes=parts[1], seconds=parts[2],
                               microseconds=parts[3])
                tz = timezone.utc if not td else timezone(sign * td)
            break
    h, m, s, us = _parse_hh_mm_ss_ff(tstr)
    return h, m, s, us, tz


def _parse_hh_mm_ss_ff(tstr):
    frac = 0
    if "." in tstr or "," in tstr:
        tstr, _, f = tstr.replace(",", ".").partition(".")
        f = (f + "000000")[:6]
        if not f.isdigit():
            raise ValueError("bad fraction")
        frac = int(f)
    if ":" in tstr:
        parts = tstr.split(":")
    else:
        parts = [tstr[i:i + 2] for i in range(0, len(tstr), 2)]
    if not 1 <= len(parts) <= 3 or not all(len(p) == 2 and p.isdigit() for p in parts):
        raise ValueError("bad time")
    vals = [int(p) for p in parts] + [0] * (3 - len(parts))
    return vals[0], vals[1], vals[2], frac


class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results")
        return dt + dtdst


class time:
    """A time of day: hour, minute, second, microsecond, tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_hashcode",
                 "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = _alloc(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _key(self):
        off = self.utcoffset()
        base = self._hour * 3600 + self._minute * 60 + self._second
        if off is not None:
            base -= off // timedelta(seconds=1)
        return (base, self._microsecond)

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s(%d, %d%s)" % (_tp_name(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        tz = _format_offset(self.utcoffset())
        return s + tz

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            s = time_string[1:] if time_string.startswith("T") else time_string
            h, m, sec, us, tz = _parse_isoformat_time(s)
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {time_string!r}") from None
        return cls(h, m, sec, us, tz)

    def strftime(self, format):
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, format, timetuple)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(None)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __bool__(self):
        return True

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond,
                             self._tzinfo))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _time_compare(op, on_mixed):
    # two times compare by their fields when they share a tzinfo or an offset, else by UTC;
    # a naive time against an aware one is on_mixed (==, !=) or a TypeError (ordering)
    def compare(self, other):
        if not isinstance(other, time):
            return NotImplemented
        mine = (self._hour, self._minute, self._second, self._microsecond)
        theirs = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is not other._tzinfo:
            a, b = self.utcoffset(), other.utcoffset()
            if a != b:
                if a is None or b is None:
                    if on_mixed is None:
                        raise TypeError("can't compare offset-naive and offset-aware times")
                    return on_mixed
                mine, theirs = self._key(), other._key()
        return op(mine, theirs)
    return compare


time.__eq__ = _time_compare(lambda a, b: a == b, False)
time.__ne__ = _time_compare(lambda a, b: a != b, True)
time.__lt__ = _time_compare(lambda a, b: a < b, None)
time.__le__ = _time_compare(lambda a, b: a <= b, None)
time.__gt__ = _time_compare(lambda a, b: a > b, None)
time.__ge__ = _time_compare(lambda a, b: a >= b, None)
for _name in ("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"):
    getattr(time, _name).__name__ = _name
    getattr(time, _name).__qualname__ = "time." + _name
del _name


class datetime(date):
    """A date and a time of day (with an optional tzinfo)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = _alloc(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        frac, t = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        y, m, d, hh, mm, ss, weekday, jday, dst = _time_gmtime(t)
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None and not utc:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

    @classmethod
    def fromtimestamp(cls, timestamp, tz=None):
        _check_tzinfo_arg(tz)
        return cls._fromtimestamp(timestamp, tz is None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("date argument must be a date instance")
        if not isinstance(time, _time_class):
            raise TypeError("time argument must be a time instance")
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if date_string[4:6] == "-W":
                n = 10 if date_string[8:9] == "-" else 8
            elif date_string[4:5] == "W":
                n = 8 if date_string[7:8].isdigit() else 7
            else:
                n = 10 if len(date_string) >= 10 and date_string[4] == "-" else 8
            dstr = date_string[:n]
            rest = date_string[len(dstr):]
            y, m, d = _parse_isoformat_date(dstr)
            if rest:
                if rest[0] not in "T ":
                    raise ValueError("bad separator")
                h, mi, s, us, tz = _parse_isoformat_time(rest[1:])
            else:
                h = mi = s = us = 0
                tz = None
        except (ValueError, IndexError):
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        return cls(y, m, d, h, mi, s, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _build_struct_time(self.year, self.month, self.day, self.hour, self.minute,
                                  self.second, dst)

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _build_struct_time(self.year, self.month, self.day, self.hour, self.minute,
                                  self.second, 0)

    def timestamp(self):
        if self._tzinfo is None:
            return (self - _EPOCH_NAIVE).total_seconds()
        return (self - _EPOCH).total_seconds()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self.hour, self.minute, self.second, self.microsecond, fold=self.fold)

    def timetz(self):
        return time(self.hour, self.minute, self.second, self.microsecond, self._tzinfo,
                    fold=self.fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self.year
        if month is None:
            month = self.month
        if day is None:
            day = self.day
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self.fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        elif not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        mytz = self.tzinfo
        if mytz is None:
            mytz = timezone.utc
            myoffset = timedelta(0)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                myoffset = timedelta(0)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[weekday], _MONTHNAMES[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        s = ("%04d-%02d-%02d%c" % (self._year, self._month, self._day, sep) +
             _format_time(self._hour, self._minute, self._second, self._microsecond,
                          timespec))
        off = self.utcoffset()
        tz = _format_offset(off)
        if tz:
            s += tz
        return s

    def __repr__(self):
        # trailing zero microsecond and second are left out; fold comes before tzinfo
        fields = [self._year, self._month, self._day, self._hour, self._minute]
        if self._second or self._microsecond:
            fields.append(self._second)
        if self._microsecond:
            fields.append(self._microsecond)
        shown = [str(f) for f in fields]
        if self._fold:
            shown.append("fold=1")
        if self._tzinfo is not None:
            shown.append(f"tzinfo={self._tzinfo!r}")
        return f"{_tp_name(self)}({', '.join(shown)})"

    def __str__(self):
        return self.isoformat(sep=" ")

    def strftime(self, format):
        return _wrap_strftime(self, format, self.timetuple())

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(self)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(self)

    def _naive_us(self):
        days = self.toordinal()
        secs = self._hour * 3600 + self._minute * 60 + self._second
        return (days * 86400 + secs) * 10**6 + self._microsecond

    def _cmpkey(self, other):
        if (self._tzinfo is None) != (other._tzinfo is None) and \
                (self.utcoffset() is None) != (other.utcoffset() is None):
            return None
        a, b = self._naive_us(), other._naive_us()
        if self._tzinfo is not other._tzinfo:
            oa, ob = self.utcoffset(), other.utcoffset()
            if oa is not None:
                a -= oa._to_us()
            if ob is not None:
                b -= ob._to_us()
        return a, b

    def __eq__(self, other):
        if isinstance(other, datetime):
            k = self._cmpkey(other)
            return False if k is None else k[0] == k[1]
        if isinstance(other, date):
            return False
        return NotImplemented

    def _order(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                raise TypeError("can't compare %s to %s" % (_tp_name(self), _tp_name(other)))
            return NotImplemented
        k = self._cmpkey(other)
        if k is None:
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return op(k[0], k[1])

    def __lt__(self, other):
        return self._order(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._order(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._order(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._order(other, lambda a, b: a >= b)

    def __hash__(self):
        off = self.utcoffset()
        us = self._naive_us() - (off._to_us() if off is not None else 0)
        return hash(us)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        delta = timedelta(self.toordinal(), hours=self._hour, minutes=self._minute,
                          seconds=self._second, microseconds=self._microsecond)
        delta += other
        hour, rem = divmod(delta.seconds, 3600)
        minute, second = divmod(rem, 60)
        if delta.days < 1 or delta.days > _MAXORDINAL:
            raise OverflowError("date value out of range")
        return type(self).combine(date.fromordinal(delta.days),
                                  time(hour, minute, second, delta.microseconds,
                                       tzinfo=self._tzinfo))

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        days1 = self.toordinal()
        days2 = other.toordinal()
        secs1 = self._second + self._minute * 60 + self._hour * 3600
        secs2 = other._second + other._minute * 60 + other._hour * 3600
        base = timedelta(days1 - days2, secs1 - secs2, self._microsecond - other._microsecond)
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute,
                             self._second, self._microsecond, self._tzinfo))


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """A fixed offset from UTC."""

    __slots__ = ("_offset", "_name")

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not cls._Omitted and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if offset < cls._minoffset or offset > cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r." % (offset,))
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = _alloc(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_tp_name(self), self._offset)
        return "%s(%r, %r)" % (_tp_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        return self._offset

    def tzname(self, dt):
        if self._name is None:
            return self._name_from_offset(self._offset)
        return self._name

    def dst(self, dt):
        return None

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None")

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        if delta < timedelta(0):
            sign = "-"
            delta = -delta
        else:
            sign = "+"
        hours, rest = divmod(delta, timedelta(hours=1))
        minutes, rest = divmod(rest, timedelta(minutes=1))
        seconds = rest.seconds
        microseconds = rest.microseconds
        if microseconds:
            return f"UTC{sign}{hours:02d}:{minutes:02d}:{seconds:02d}.{microseconds:06d}"
        if seconds:
            return f"UTC{sign}{hours:02d}:{minutes:02d}:{seconds:02d}"
        return f"UTC{sign}{hours:02d}:{minutes:02d}"


UTC = timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_NAIVE = datetime(1970, 1, 1)


def _strptime(cls, data_string, format):
    """A strptime for the C locale's directives (%Y %m %d %H %M %S %f %y %j %b %B %a %A %p %z
    %Z %U %W %w %u %G %V %c %x %X %%)."""
    # the C locale's composite directives, spelled out first
    for k, v in (("%c", "%a %b %d %H:%M:%S %Y"), ("%x", "%m/%d/%y"), ("%X", "%H:%M:%S")):
        if k in format and "%" + k not in format:
            format = format.replace(k, v)
    weekday = week = week_start = iso_year = iso_week = None
    fields = {"year": 1900, "month": 1, "day": 1, "hour": 0, "minute": 0, "second": 0,
              "microsecond": 0}
    tz = None
    pm = None
    i = j = 0
    s = data_string
    while i < len(format):
        c = format[i]
        if c != "%":
            if c.isspace():
                while j < len(s) and s[j].isspace():
                    j += 1
            elif j < len(s) and s[j] == c:
                j += 1
            else:
                break
            i += 1
            continue
        d = format[i + 1] if i + 1 < len(format) else ""
        i += 2

        def take_digits(lo, hi):
            nonlocal j
            k = j
            while k < len(s) and k - j < hi and s[k].isdigit():
                k += 1
            if k - j < lo:
                raise ValueError("time data %r does not match format %r" % (data_string, format))
            v = int(s[j:k])
            j = k
            return v

        def take_ranged(most, lo, hi):
            # as _strptime's alternations: the longest run of digits whose value is in range
            nonlocal j
            k = j
            while k < len(s) and k - j < most and s[k].isdigit():
                k += 1
            for n in range(k - j, 0, -1):
                v = int(s[j:j + n])
                if lo <= v <= hi:
                    j += n
                    return v
            raise ValueError("time data %r does not match format %r" % (data_string, format))

        def take_name(names):
            nonlocal j
            for idx, name in sorted(enumerate(names), key=lambda p: -len(p[1] or "")):
                if name and s[j:j + len(name)].lower() == name.lower():
                    j += len(name)
                    return idx
            raise ValueError("time data %r does not match format %r" % (data_string, format))

        if d == "Y":
            fields["year"] = take_digits(4, 4)
            fields["_year"] = True
        elif d == "y":
            y = take_digits(2, 2)
            fields["year"] = y + (2000 if y < 69 else 1900)
            fields["_year"] = True
        elif d == "G":
            iso_year = take_digits(4, 4)
        elif d == "V":
            iso_week = take_ranged(2, 0, 53)
        elif d == "U" or d == "W":
            week = take_ranged(2, 0, 53)
            week_start = 6 if d == "U" else 0
        elif d == "u":
            weekday = take_ranged(1, 1, 7) - 1
        elif d == "w":
            weekday = (take_ranged(1, 0, 6) - 1) % 7
        elif d == "Z":
            import time as _time
            take_name(["UTC", "GMT"] + [n for n in _time.tzname if n])
        elif d == "m":
            fields["month"] = take_ranged(2, 1, 12)
        elif d == "d":
            if s[j:j + 1] == " ":
                j += 1
            fields["day"] = take_ranged(2, 1, 31)
        elif d == "H":
            fields["hour"] = take_ranged(2, 0, 23)
        elif d == "I":
            fields["hour"] = take_ranged(2, 1, 12) % 12
        elif d == "M":
            fields["minute"] = take_ranged(2, 0, 59)
        elif d == "S":
            fields["second"] = take_ranged(2, 0, 61)
        elif d == "f":
            k = j
            v = take_digits(1, 6)
            fields["microsecond"] = v * 10 ** (6 - (j - k))
        elif d == "j":
            yday = take_ranged(3, 1, 366)
            fields["_yday"] = yday
        elif d == "b" or d == "h":
            fields["month"] = take_name(_MONTHNAMES)
        elif d == "B":
            fields["month"] = take_name(_FULLMONTHNAMES)
        elif d == "a":
            weekday = (take_name(_DAYNAMES) - 1) % 7
        elif d == "A":
            weekday = (take_name(_FULLDAYNAMES) - 1) % 7
        elif d == "p":
            pm = take_name(["AM", "PM"]) == 1
        elif d == "z":
            if s[j:j + 1] == "Z":
                j += 1
                tz = timezone.utc
            else:
                sign = -1 if s[j:j + 1] == "-" else 1
                j += 1
                hh = take_digits(2, 2)
                if s[j:j + 1] == ":":
                    j += 1
                mm = take_digits(2, 2)
                tz = timezone(sign * timedelta(hours=hh, minutes=mm))
        elif d == "%":
            if s[j:j + 1] != "%":
                raise ValueError("time data %r does not match format %r" % (data_string, format))
            j += 1
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
    if i < len(format):
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if j < len(s):
        raise ValueError("unconverted data remains: %s" % s[j:])
    if pm is not None:
        fields["hour"] = fields["hour"] % 12 + (12 if pm else 0)
    yday = fields.pop("_yday", None)
    year_given = fields.pop("_year", False)
    if not year_given and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive "
                             "'%V' and a weekday directive ('%A', '%a', '%w', or '%u').")
        if yday is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year "
                             "directive '%G'. Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive "
                             "'%G' and a weekday directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive "
                         "'%Y'. Use the ISO year '%G' instead.")
    if yday is None and weekday is not None:
        if week is not None:
            # day of the year from a %U (weeks start Sunday) or %W (Monday) week number
            first = date(fields["year"], 1, 1).weekday()
            wd = weekday
            if week_start == 6:
                first, wd = (first + 1) % 7, (wd + 1) % 7
            if week == 0:
                yday = 1 + wd - first
            else:
                yday = 1 + (7 - first) % 7 + 7 * (week - 1) + wd
        elif iso_year is not None and iso_week is not None:
            found = date.fromisocalendar(iso_year, iso_week, weekday + 1)
            fields["year"], fields["month"], fields["day"] = found.year, found.month, found.day
        if yday is not None and yday <= 0:
            fields["year"] -= 1
            yday += 366 if _is_leap(fields["year"]) else 365
    if yday is not None:
        y, m, d = _ord2ymd(_ymd2ord(fields["year"], 1, 1) + yday - 1)
        fields["year"], fields["month"], fields["day"] = y, m, d
    return cls(fields["year"], fields["month"], fields["day"], fields["hour"],
               fields["minute"], fields["second"], fields["microsecond"], tz)


def _tp_name(obj):
    """The name CPython's error messages give type(obj): the C types' 'datetime.date'."""
    cls = type(obj)
    if cls in (date, time, datetime, timedelta, tzinfo, timezone):
        return "datetime." + cls.__name__
    return cls.__name__


try:
    import _pydive
    for _cls in (date, time, datetime, timedelta, tzinfo, timezone):
        _pydive.set_tp_name(_cls, "datetime." + _cls.__name__)
        _pydive.set_immutable(_cls)
    del _cls, _pydive
except ImportError:
    pass


# What is C in CPython adds no traceback entry and no trace event (lib/NATIVE.md).
try:
    from _pydive import hide_module as _hide_module
except ImportError:
    pass
else:
    _hide_module(globals())
    del _hide_module
