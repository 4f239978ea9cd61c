# calendar across its API: every first weekday, text and HTML layouts, the iterators at the
# edges of the supported range, errors, timegm, the Day/Month enums.
import calendar
import warnings


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


for fw in range(7):
    tc = calendar.TextCalendar(fw)
    print(tc.formatmonth(2024, 2), end='')
    print(tc.formatweekheader(3), '|', tc.formatweekheader(10), '|', list(tc.iterweekdays()))
print(calendar.TextCalendar(6).formatyear(2023, 2, 1, 6, 3))
print(calendar.TextCalendar().formatyear(2000, w=3, l=2, c=2, m=4))
print(calendar.TextCalendar().formatmonth(1, 1, w=4, l=2))
print(calendar.TextCalendar().formatmonth(9999, 12))
c = calendar.Calendar(3)
print(list(c.itermonthdays(2021, 3)), list(c.itermonthdays2(2021, 3))[:9])
print(list(c.itermonthdays3(1, 1))[:3], list(c.itermonthdays4(9999, 12))[-3:])
print(c.monthdayscalendar(2022, 1), c.monthdatescalendar(2022, 5)[0])
print(len(c.yeardatescalendar(2020, 4)), [len(r) for r in c.yeardayscalendar(2020, 5)], c.yeardays2calendar(2020)[0][0][0])
attempt('dates year 1', lambda: list(calendar.Calendar(6).itermonthdates(1, 1))[:2])
attempt('dates year 9999', lambda: list(calendar.Calendar().itermonthdates(9999, 12))[-2:])
print(calendar.monthrange(2024, 2), calendar.monthrange(1900, 2), calendar.monthrange(2000, 2))
attempt('month 13', lambda: calendar.monthrange(2000, 13))
attempt('month 0', lambda: calendar.monthrange(2000, 0))
attempt('weekday 0', lambda: calendar.setfirstweekday(7))
print(calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2024), calendar.leapdays(1, 2025),
      calendar.leapdays(2025, 1), calendar.leapdays(-400, 400))
print(calendar.weekday(2024, 7, 4), repr(calendar.weekday(1, 1, 1)), calendar.weekday(10000, 1, 1),
      calendar.weekday(-5, 3, 1), calendar.weekday(0, 2, 29))
print(calendar.timegm((2000, 1, 1, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)),
      calendar.timegm((2024, 3, 0, 1, 2, 3)), calendar.timegm((2024, 1, 40, 0, 0, 0)))
print(list(calendar.day_name), list(calendar.day_abbr), list(calendar.month_name)[:3],
      list(calendar.month_abbr)[-2:], len(calendar.month_name), calendar.day_name[-1])
print(calendar.MONDAY, repr(calendar.SUNDAY), calendar.Month(3), repr(calendar.DECEMBER),
      calendar.Day.FRIDAY + 1, list(calendar.Month)[:2], calendar.mdays)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(calendar.January, calendar.February, [str(w.message) for w in caught])
attempt('missing attr', lambda: calendar.March)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2), calendar.month(2024, 9), end='')
print(calendar.monthcalendar(2024, 9))
print(calendar.calendar(2024, 2, 1, 6, 6), end='')
calendar.setfirstweekday(0)
print(calendar.week([(1, 0), (0, 1), (30, 6)], 3), '|')
print(calendar.formatstring(['a', 'bb', 'ccc'], 5, 2), '|')
calendar.format(['x', 'y'], 4, 1)
h = calendar.HTMLCalendar(2)
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 3, withyear=False))
print(h.formatyear(2023, 4)[:600])
page = h.formatyearpage(2023, 6, css=None, encoding='ascii')
print(type(page).__name__, len(page), page[:200])
print(calendar.HTMLCalendar().formatyearpage(2024)[:300])


class Custom(calendar.HTMLCalendar):
    cssclasses = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
    cssclass_noday = 'empty'


print(Custom().formatweek([(0, 0), (5, 1), (6, 2)]), Custom().formatday(0, 3), Custom().formatweekday(6))
tc = calendar.TextCalendar()
print(repr(tc.formatday(0, 0, 4)), repr(tc.formatday(17, 0, 4)), repr(tc.formatweekday(2, 1)),
      repr(tc.formatmonthname(2024, 5, 30)), repr(tc.formatmonthname(2024, 5, 12, False)))
tc.firstweekday = 9
print(tc.firstweekday, tc.getfirstweekday(), list(tc.iterweekdays()))
print(str(calendar.IllegalMonthError(14)), str(calendar.IllegalWeekdayError(-1)),
      issubclass(calendar.IllegalMonthError, ValueError), calendar.error)
