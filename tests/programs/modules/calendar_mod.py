# calendar: leap years, monthrange (Day enum), month/year text layouts, Calendar iterators
import calendar
print(calendar.isleap(2024), calendar.leapdays(1900, 2024), calendar.weekday(2024, 3, 1), calendar.monthrange(2024, 2), calendar.monthrange(2023, 12))
print(calendar.month(2024, 2))
print(calendar.month(2024, 9, w=3, l=1))
print(calendar.monthcalendar(2024, 3))
print(calendar.month_name[1], calendar.day_abbr[0], list(calendar.day_name)[-1], calendar.timegm((2024, 1, 1, 0, 0, 0)))
tc = calendar.TextCalendar(firstweekday=6)
print(tc.formatmonth(2025, 1))
print(calendar.calendar(2024))
print(list(calendar.Calendar().itermonthdays(2024, 2))[:10], calendar.weekheader(3))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
