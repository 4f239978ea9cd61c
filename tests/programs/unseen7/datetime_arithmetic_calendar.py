from datetime import date, datetime, time, timedelta, timezone
import calendar

d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 2, 28), d.weekday(), d.isoweekday(), d.isocalendar())
dt = datetime(2024, 3, 10, 1, 30, 15, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=" ", timespec="milliseconds"), dt.date(), dt.time())
print(dt + timedelta(hours=23, minutes=45), dt - timedelta(weeks=1, seconds=1), dt.replace(year=2020, day=1))
td = timedelta(days=3, hours=5, minutes=7, seconds=9, microseconds=5)
print(td, repr(td), td.total_seconds(), td // timedelta(hours=1), td / 2, -td, abs(-td), td * 1.5)
print(timedelta(seconds=-1), timedelta(days=-1, seconds=5), timedelta(microseconds=-1), str(timedelta(0)), timedelta(days=400))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f | %a %A %b %B | %j %U %W | %I %p | %y %C %%"), dt.strftime("%e %G-W%V-%u"))
print(datetime.strptime("2023-07-04 14:05", "%Y-%m-%d %H:%M"), datetime.strptime("04/Jul/2023:09:01:02", "%d/%b/%Y:%H:%M:%S"))
tz = timezone(timedelta(hours=5, minutes=30), "IST")
aware = datetime(2024, 1, 1, 12, 0, tzinfo=timezone.utc)
print(aware, aware.astimezone(tz), aware.astimezone(tz).tzname(), aware.utcoffset(), repr(tz), str(timezone(timedelta(hours=-3))))
print(aware.timestamp(), datetime.fromtimestamp(0, timezone.utc), datetime.fromisoformat("2024-05-06T07:08:09+02:00"))
print(aware == aware.astimezone(tz), aware.strftime("%z %Z"), datetime(2024, 1, 1).strftime("[%z][%Z]"))
try:
    aware - datetime(2024, 1, 1)
except TypeError as e:
    print(e)
try:
    aware < datetime(2024, 1, 1)
except TypeError as e:
    print(e)
for bad in ((2023, 2, 29), (2024, 13, 1), (2024, 1, 0), (0, 1, 1)):
    try:
        date(*bad)
    except ValueError as e:
        print(bad, e)
try:
    datetime.strptime("2024-99-01", "%Y-%m-%d")
except ValueError as e:
    print(e)
try:
    datetime.strptime("2024-01-01 extra", "%Y-%m-%d")
except ValueError as e:
    print(e)
print(time(9, 5), time(23, 59, 59, 999999).isoformat(), time(12, 0) < time(13, 0), time(1, 2, 3).strftime("%H|%M|%S"))
print(date.fromordinal(738000), d.toordinal(), date.fromisocalendar(2024, 1, 1), d.ctime(), d.timetuple()[:6])
print(calendar.isleap(2000), calendar.isleap(1900), calendar.monthrange(2024, 2), calendar.leapdays(1900, 2024), calendar.weekday(2024, 7, 4))
print(calendar.month(2024, 2))
print(calendar.month_name[1:4], list(calendar.day_abbr), calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12, w=3))
days = [date(2024, 1, 1) + timedelta(days=i * 45) for i in range(8)]
print([x.strftime("%d %b") for x in days], max(days) - min(days), sorted(days, key=lambda x: x.month)[0])
print(f"{d:%B %-d}" if False else f"{d:%B %d, %Y}", format(dt, "%H:%M"), "{:%x %X}".format(dt), dt.strftime("%c"))
print(datetime.min, datetime.max, date.max - date.min, timedelta.max, timedelta.resolution)
print(dt.timetuple(), hash(d) == hash(date(2024, 2, 28)), d == datetime(2024, 2, 28), d < date(2025, 1, 1))
print(datetime.combine(d, time(8, 30)), (datetime(2024, 3, 1) - datetime(2024, 2, 1)).days, datetime(2024, 1, 31) + timedelta(days=30))
