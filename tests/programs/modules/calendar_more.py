# calendar's contract: boundaries of the iterators, every firstweekday, text layouts with
# widths/spacing, HTML output, name tables, errors, module-level helpers.
import calendar
import sys
import warnings

print(calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(-4), calendar.isleap(0))
print(calendar.leapdays(2000, 2000), calendar.leapdays(1, 10000), calendar.leapdays(2024, 1900),
      calendar.leapdays(-400, 400))
print(calendar.weekday(1, 1, 1), calendar.weekday(9999, 12, 31), calendar.weekday(12000, 1, 1),
      calendar.weekday(-5, 3, 3), repr(calendar.weekday(2024, 7, 4)))
print(calendar.monthrange(1, 1), calendar.monthrange(9999, 12), calendar.monthrange(2100, 2))
for bad in (0, 13):
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, e.month, isinstance(e, ValueError))
for bad in (-1, 7):
    try:
        calendar.setfirstweekday(bad)
    except calendar.IllegalWeekdayError as e:
        print(type(e).__name__, e, e.weekday)
print(calendar.error is ValueError, calendar.mdays, calendar.EPOCH)
print(len(calendar.month_name), calendar.month_name[0] == "", calendar.month_name[1:4],
      list(calendar.month_abbr)[-1], list(calendar.day_name), calendar.day_abbr[-1],
      type(calendar.day_name).__name__, type(calendar.month_abbr).__name__)
print(list(calendar.Month)[:3], calendar.JANUARY, calendar.SUNDAY, repr(calendar.MAY),
      calendar.Day(3), calendar.Month(12).name)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(calendar.January, calendar.February)
print([str(w.message) for w in caught])
try:
    calendar.March
except AttributeError as e:
    print("AttributeError", e)

for fw in range(7):
    cal = calendar.Calendar(fw)
    print(fw, list(cal.iterweekdays()), list(cal.itermonthdays(2024, 2))[:9],
          list(cal.itermonthdays2(2024, 2))[-3:])
cal = calendar.Calendar(firstweekday=9)
print(cal.firstweekday, cal.getfirstweekday())
cal.setfirstweekday(13)
print(cal.firstweekday)
c0 = calendar.Calendar()
print(list(c0.itermonthdays3(1, 1))[:3], list(c0.itermonthdays4(9999, 12))[-5:])
print(list(c0.itermonthdates(2024, 3))[0], len(c0.monthdatescalendar(2024, 3)))
for y, m in ((1, 1), (9999, 12)):
    try:
        list(c0.itermonthdates(y, m))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(c0.monthdayscalendar(2021, 2))
print(c0.monthdays2calendar(2015, 2)[0])
print(len(c0.yeardatescalendar(2024)), [len(r) for r in c0.yeardays2calendar(2024, 5)],
      [len(r) for r in c0.yeardayscalendar(2024, 12)], c0.yeardayscalendar(2023, 4)[2][3][-1])

tc = calendar.TextCalendar(6)
print(tc.formatmonth(2024, 2, 4, 2))
print(tc.formatmonth(1999, 12, 0, 0))
print(repr(tc.formatweekheader(9)), repr(tc.formatweekheader(1)), repr(tc.formatweekday(3, 12)))
print(repr(tc.formatmonthname(2024, 5, 20)), repr(tc.formatmonthname(2024, 5, 5, False)))
print(repr(tc.formatday(0, 1, 4)), repr(tc.formatday(7, 1, 4)))
print(repr(tc.formatweek([(0, 6), (1, 0), (2, 1)], 3)))
print(calendar.TextCalendar(2).formatyear(2024, w=3, l=2, c=3, m=4))
print(calendar.TextCalendar().formatyear(1, 2, 1, 1, 5))
tc.prmonth(2024, 6)
tc.prweek([(1, 0), (2, 1)], 2)
print()
tc.pryear(2000, m=6)

hc = calendar.HTMLCalendar(firstweekday=6)
print(hc.formatmonth(2024, 2))
print(hc.formatmonth(2024, 3, withyear=False))
print(hc.formatyear(2023, 4)[:600])
print(len(hc.formatyear(2023)), len(hc.formatyear(2023, 0)))
page = hc.formatyearpage(2024, 6, css=None, encoding="ascii")
print(type(page).__name__, page[:400].decode(), page[-30:])
print(hc.formatyearpage(2024)[:120])
class Fancy(calendar.HTMLCalendar):
    cssclasses = ["a", "b", "c", "d", "e", "f", "g"]
    cssclass_noday = "empty"
    cssclass_month_head = "head"
print(Fancy().formatmonth(2024, 9))

print(calendar.firstweekday(), calendar.weekheader(2), calendar.weekheader(10))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 4))
print(calendar.month(2024, 4))
print(repr(calendar.week([(5, 6), (6, 0)], 2)))
calendar.prmonth(2023, 11)
calendar.setfirstweekday(0)
print(repr(calendar.formatstring(["a", "bb"], 5, 2)))
calendar.format(["x", "y"], 3, 1)
calendar.format(["left"])
print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 23, 59, 59, 3, 60, 0)),
      calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm((2000, 1, 40, 0, 0, 0)))
print(sorted(calendar.__all__) == sorted(set(calendar.__all__)))
