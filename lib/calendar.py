"""Calendars (pydive's calendar).

Leap years and weekdays, the Calendar iterators over a month's weeks, and the plain-text and
HTML layouts, matching CPython 3.12 character for character. Day and month names are
English (the C locale): the Locale* calendars switch LC_TIME as CPython's do, and pydive's
locale module knows the C/UTF-8 locales only.
"""

import datetime
import enum as _enum
import sys

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday", "firstweekday",
           "isleap", "leapdays", "weekday", "monthrange", "monthcalendar", "prmonth",
           "month", "prcal", "calendar", "timegm", "month_name", "month_abbr", "day_name",
           "day_abbr", "Calendar", "TextCalendar", "HTMLCalendar", "weekheader", "Day",
           "Month", "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST",
           "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "MONDAY", "TUESDAY", "WEDNESDAY",
           "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % self.weekday


def __getattr__(name):
    # the old capitalised names of the first two months still resolve, with a warning
    if name in ("January", "February"):
        import warnings
        message = f"The '{name}' attribute is deprecated, use '{name.upper()}' instead"
        warnings.warn(message, DeprecationWarning, stacklevel=2)
        return 1 if name == "January" else 2
    raise AttributeError(f"module '{__name__}' has no attribute '{name}'")


@_enum.global_enum
class Month(_enum.IntEnum):
    JANUARY = 1
    FEBRUARY = 2
    MARCH = 3
    APRIL = 4
    MAY = 5
    JUNE = 6
    JULY = 7
    AUGUST = 8
    SEPTEMBER = 9
    OCTOBER = 10
    NOVEMBER = 11
    DECEMBER = 12


@_enum.global_enum
class Day(_enum.IntEnum):
    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


# days per month in a common year (index 0 unused)
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTHS = ("January February March April May June July August September October November "
           "December").split()


class _NameTable:
    """A read-only sequence of names, as CPython's locale-aware day/month name objects."""

    def __init__(self, names):
        self._names = names

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return len(self._names)


class _localized_day(_NameTable):
    pass


class _localized_month(_NameTable):
    pass


day_name = _localized_day(_DAYS)
day_abbr = _localized_day([d[:3] for d in _DAYS])
month_name = _localized_month([""] + _MONTHS)
month_abbr = _localized_month([""] + [m[:3] for m in _MONTHS])


def isleap(year):
    """True for leap years of the proleptic Gregorian calendar."""
    if year % 4:
        return False
    return year % 100 != 0 or year % 400 == 0


def leapdays(y1, y2):
    """How many leap years lie in range(y1, y2)."""
    def before(y):  # leap years in 1 .. y-1 (or the negative count going back)
        y -= 1
        return y // 4 - y // 100 + y // 400
    return before(y2) - before(y1)


def weekday(year, month, day):
    """The Day (0 Monday .. 6 Sunday) of a date; years outside 1..9999 wrap every 400."""
    if year < datetime.MINYEAR or year > datetime.MAXYEAR:
        year = 2000 + year % 400  # the calendar repeats itself every 400 years
    return Day((datetime.date(year, month, day).toordinal() + 6) % 7)


def _monthlen(year, month):
    return 29 if month == FEBRUARY and isleap(year) else mdays[month]


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


def monthrange(year, month):
    """(weekday of the month's first day, number of days in the month)."""
    if month < 1 or month > 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _weeks(items):
    items = list(items)
    return [items[i:i + 7] for i in range(0, len(items), 7)]


def _rows(months, width):
    return [months[i:i + width] for i in range(0, len(months), width)]


class Calendar:
    """Iterates over the days of a month in whole weeks starting on firstweekday; days of
    the neighbouring months fill the first and last week."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The weekday numbers of one week, in display order."""
        start = self.firstweekday
        return (day % 7 for day in range(start, start + 7))

    def _padding(self, year, month):
        """(days shown before the 1st, days in the month, days shown after the last)."""
        first, length = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        trail = (self.firstweekday - first - length) % 7
        return lead, length, trail

    def itermonthdays3(self, year, month):
        """(year, month, day) for every day shown, the neighbours' days included."""
        lead, length, trail = self._padding(year, month)
        py, pm = _prevmonth(year, month)
        last = _monthlen(py, pm)
        for d in range(last - lead + 1, last + 1):
            yield py, pm, d
        for d in range(1, length + 1):
            yield year, month, d
        ny, nm = _nextmonth(year, month)
        for d in range(1, trail + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        """As itermonthdays3, with the weekday number added."""
        start = self.firstweekday
        for pos, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (start + pos) % 7

    def itermonthdates(self, year, month):
        for ymd in self.itermonthdays3(year, month):
            yield datetime.date(*ymd)

    def itermonthdays(self, year, month):
        """The day numbers shown, 0 for the neighbours' days."""
        lead, length, trail = self._padding(year, month)
        yield from [0] * lead
        yield from range(1, length + 1)
        yield from [0] * trail

    def itermonthdays2(self, year, month):
        """(day number or 0, weekday number) for every day shown."""
        start = self.firstweekday
        for pos, d in enumerate(self.itermonthdays(year, month)):
            yield d, (start + pos) % 7

    def monthdatescalendar(self, year, month):
        return _weeks(self.itermonthdates(year, month))

    def monthdays2calendar(self, year, month):
        return _weeks(self.itermonthdays2(year, month))

    def monthdayscalendar(self, year, month):
        return _weeks(self.itermonthdays(year, month))

    def yeardatescalendar(self, year, width=3):
        """The year's months (as monthdatescalendar) in rows of `width` months."""
        return _rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return _rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return _rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Months and years laid out as text, `w` columns per day, `l` lines per week."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day, weekday, width):
        return ("%2i" % day if day else "").center(width)

    def formatweek(self, theweek, width):
        return " ".join(self.formatday(d, wd, width) for d, wd in theweek)

    def formatweekday(self, day, width):
        # full names only when they fit
        table = day_name if width >= 9 else day_abbr
        return table[day][:width].center(width)

    def formatweekheader(self, width):
        return " ".join(self.formatweekday(d, width) for d in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title += " " + repr(theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w, gap = max(2, w), "\n" * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                 self.formatweekheader(w)]
        lines += [self.formatweek(wk, w) for wk in self.monthdays2calendar(theyear, themonth)]
        return "".join(line.rstrip() + gap for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w, gap, c = max(2, w), "\n" * max(1, l), max(2, c)
        col = 7 * (w + 1) - 1

        def side_by_side(cells):
            return formatstring(cells, col, c).rstrip() + gap

        out = [repr(theyear).center(col * m + c * (m - 1)).rstrip(), gap]
        names = self.formatweekheader(w)
        for index, row in enumerate(self.yeardays2calendar(theyear, m)):
            numbers = range(m * index + 1, min(m * (index + 1) + 1, 13))
            out.append(gap)
            out.append(side_by_side(self.formatmonthname(theyear, k, col, False)
                                    for k in numbers))
            out.append(side_by_side(names for _ in numbers))
            for j in range(max(len(weeks) for weeks in row)):
                out.append(side_by_side(self.formatweek(weeks[j], w) if j < len(weeks) else ""
                                        for weeks in row))
        return "".join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


class HTMLCalendar(Calendar):
    """Months and years as HTML tables; the CSS class attributes may be overridden."""

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if day:
            return f'<td class="{self.cssclasses[weekday]}">{day:d}</td>'
        return f'<td class="{self.cssclass_noday}">&nbsp;</td>'

    def formatweek(self, theweek):
        return "<tr>%s</tr>" % "".join(self.formatday(d, wd) for d, wd in theweek)

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        return "<tr>%s</tr>" % "".join(self.formatweekday(d) for d in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = "%s %s" % (title, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head,
                                                                  title)

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = [_table_open(self.cssclass_month),
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(wk) for wk in self.monthdays2calendar(theyear, themonth)]
        rows.append("</table>")
        return "".join(r + "\n" for r in rows)

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        out = [_table_open(self.cssclass_year), "\n",
               '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head,
                                                                 theyear)]
        for first in range(1, 13, width):
            cells = ("<td>%s</td>" % self.formatmonth(theyear, k, withyear=False)
                     for k in range(first, min(first + width, 13)))
            out.append("<tr>%s</tr>" % "".join(cells))
        out.append("</table>")
        return "".join(out)

    def formatyearpage(self, theyear, width=3, css="calendar.css", encoding=None):
        """A whole XHTML page holding the year, encoded to bytes."""
        encoding = sys.getdefaultencoding() if encoding is None else encoding
        page = ['<?xml version="1.0" encoding="%s"?>' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                "<html>", "<head>",
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />' % encoding]
        if css is not None:
            page.append('<link rel="stylesheet" type="text/css" href="%s" />' % css)
        page += ["<title>Calendar for %d</title>" % theyear, "</head>", "<body>"]
        text = "".join(p + "\n" for p in page)
        text += self.formatyear(theyear, width) + "</body>\n</html>\n"
        return text.encode(encoding, "xmlcharrefreplace")


def _table_open(cls):
    return '<table border="0" cellpadding="0" cellspacing="0" class="%s">' % cls


# ---------------------------------------------------------------------------------------------
# The module-level functions use one shared TextCalendar

c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if firstweekday < MONDAY or firstweekday > SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.setfirstweekday(firstweekday)


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
class different_locale:
    """Context manager: LC_TIME set to `locale` inside the block, restored after it."""

    def __init__(self, locale):
        self.locale = locale
        self.oldlocale = None

    def __enter__(self):
        import locale as _locale
        self.oldlocale = _locale.setlocale(_locale.LC_TIME, None)
        _locale.setlocale(_locale.LC_TIME, self.locale)

    def __exit__(self, *args):
        import locale as _locale
        _locale.setlocale(_locale.LC_TIME, self.oldlocale)


def _get_default_locale():
    import locale as _locale
    locale = _locale.setlocale(_locale.LC_TIME, None)
    if locale == "C":
        # the environment's locale, as a Locale*Calendar made without one uses
        with different_locale(""):
            locale = _locale.setlocale(_locale.LC_TIME, None)
    return locale


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar whose day and month names come from `locale` (the default one when
    None)."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = _get_default_locale() if locale is None else locale

    def formatweekday(self, day, width):
        with different_locale(self.locale):
            return super().formatweekday(day, width)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, width, withyear)


class LocaleHTMLCalendar(HTMLCalendar):
    """An HTMLCalendar whose day and month names come from `locale`."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = _get_default_locale() if locale is None else locale

    def formatweekday(self, day):
        with different_locale(self.locale):
            return super().formatweekday(day)

    def formatmonthname(self, theyear, themonth, withyear=True):
        with different_locale(self.locale):
            return super().formatmonthname(theyear, themonth, withyear)


weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1  # a month of two-column days
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print the columns centred side by side."""
    print(formatstring(cols, colwidth=colwidth, spacing=spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The columns centred in colwidth and joined by `spacing` spaces."""
    return (" " * spacing).join(text.center(colwidth) for text in cols)


EPOCH = 1970
_EPOCH_ORDINAL = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """The POSIX timestamp of a UTC time tuple (the inverse of time.gmtime)."""
    y, mon, d, h, mi, s = tuple[:6]
    # the day may lie outside the month: count from the month's first day
    days = datetime.date(y, mon, 1).toordinal() - _EPOCH_ORDINAL + (d - 1)
    return ((days * 24 + h) * 60 + mi) * 60 + s
