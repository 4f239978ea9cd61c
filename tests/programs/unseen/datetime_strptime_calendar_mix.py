from datetime import datetime, date, time, timedelta, timezone
import calendar
d = datetime(2024, 12, 30, 0, 0, 5)
for fmt in ["%G-W%V-%u", "%U %W %j", "%-d" if False else "%d", "%e" if False else "%D" if False else "%y%m%d", "%I:%M %p", "%Z|%z", "%A %d %B %Y", "%H%%"]:
    print(fmt, "->", d.strftime(fmt))
aware = datetime(2024, 3, 31, 1, 30, tzinfo=timezone(timedelta(hours=-7), "MST"))
print(aware.strftime("%Z %z %H:%M"), aware.isoformat(), aware.timetz(), aware.utctimetuple()[:6])
print(datetime(1, 1, 1).strftime("%Y|%C" if False else "%Y"), date(900, 5, 6).isoformat(), date.max, date.min, datetime.max)
for s, f in [("2024-02-29", "%Y-%m-%d"), ("29 Feb 24", "%d %b %y"), ("Thursday, March 07 2024", "%A, %B %d %Y"), ("12/31/99 11:59 PM", "%m/%d/%y %I:%M %p"), ("2024-060", "%Y-%j"), ("1:2:3.5", "%H:%M:%S.%f"), ("2024-01-01T00:00:00Z", "%Y-%m-%dT%H:%M:%S%z"), ("+05:30", "%z")]:
    try:
        r = datetime.strptime(s, f)
        print(repr(r))
    except ValueError as e:
        print("ValueError:", e)
for bad in [("2023-02-29", "%Y-%m-%d"), ("25:00", "%H:%M"), ("abc", "%d"), ("2024", "%Y-%m")]:
    try:
        datetime.strptime(*bad)
    except ValueError as e:
        print("ValueError:", e)
print(date.fromisoformat("20240115"), datetime.fromisoformat("2024-01-15 10:20:30.123"), time.fromisoformat("10:20:30.5+02:00"), date.fromisocalendar(2024, 1, 1))
for bad in ["2024-1-5", "2024-01-15T25:00", ""]:
    try:
        datetime.fromisoformat(bad)
    except ValueError as e:
        print("ValueError:", e)
start = date(2024, 1, 31)
months = []
for i in range(4):
    y, m = divmod(start.month - 1 + i, 12)
    last = calendar.monthrange(start.year + y, m + 1)[1]
    months.append(start.replace(year=start.year + y, month=m + 1, day=min(start.day, last)))
print(months)
print([(d.strftime("%a"), d.day) for d in (date(2024, 7, 1) + timedelta(days=i) for i in range(0, 14, 3))])
print(timedelta(weeks=2, days=-3, hours=25, minutes=-1, seconds=3601, milliseconds=1001, microseconds=-1))
print(str(timedelta(seconds=-1)), repr(timedelta(0)), timedelta(days=1) > timedelta(hours=23), -timedelta(hours=1), timedelta.max, timedelta.resolution)
print(timedelta(seconds=3661).total_seconds(), divmod(timedelta(hours=25), timedelta(days=1)), timedelta(hours=1) * 0.1, timedelta(days=1) / 3)
print((datetime(2024, 3, 10, 12) - datetime(2024, 1, 1)).days, date(2024, 12, 25) - date.fromordinal(1), datetime.combine(date(2024, 1, 1), time(9, 30)))
print(time(12, 0) < time(13, 0), time(0).isoformat("seconds"), time(1, 2, 3, 4000).isoformat("milliseconds"), time(23, 59, 59, 999999).replace(hour=0))
print(datetime(2024, 1, 1).timetuple(), datetime(2024, 5, 5).toordinal(), datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp())
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(86400 * 365.25 * 30, tz=timezone.utc), datetime(2000, 1, 1, tzinfo=timezone.utc) == datetime(2000, 1, 1, 5, tzinfo=timezone(timedelta(hours=5))))
print(calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)], calendar.leapdays(2000, 2025), list(calendar.Calendar(firstweekday=6).iterweekdays()))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 9, w=3))
print(calendar.monthcalendar(2024, 2)[0], calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.prmonth if False else "")
cal = calendar.TextCalendar().formatyear(2024, 2, 1, 1, 4)
print(cal.splitlines()[:4])
