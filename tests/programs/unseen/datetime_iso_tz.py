from datetime import datetime, date, time, timedelta, timezone
import time as _time
d = datetime(2024, 2, 28, 13, 5, 9, 123456)
print(d, repr(d))
print(d.strftime("%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %p %I %y %w %U %W %%"))
print(d.isoformat(), d.isoformat(sep=" ", timespec="minutes"), d.date().isoformat())
print(d + timedelta(days=2), d - timedelta(hours=25, minutes=1))
td = timedelta(days=1, hours=3, minutes=4, seconds=5, microseconds=6)
print(td, repr(td), td.total_seconds(), -td, td * 2, td / 3, td // timedelta(hours=1), td % timedelta(hours=1))
print(timedelta(seconds=-1), timedelta(weeks=2), abs(timedelta(days=-3)), timedelta(0), timedelta(milliseconds=1500))
print(datetime.fromisoformat("2024-03-10T08:30:00+02:00"), date.fromisoformat("2024-12-31"))
print(datetime.fromisoformat("2024-03-10 08:30"), time.fromisoformat("10:20:30.5"))
a = datetime(2024, 1, 1); b = datetime(2024, 3, 1, 12)
print(b - a, (b - a).days, (b - a).seconds, a < b, max(a, b))
print(date(2024, 2, 29).weekday(), date(2024, 2, 29).isoweekday(), date(2024, 2, 29).isocalendar())
print(date(2024, 1, 31).replace(month=2, day=29), date.fromordinal(738000), date(2024, 1, 1).toordinal())
tz = timezone(timedelta(hours=-5), "EST")
dt = datetime(2024, 6, 1, 12, tzinfo=timezone.utc)
print(dt, dt.astimezone(tz), dt.astimezone(tz).strftime("%Z %z"), dt.tzname(), dt.utcoffset())
print(timezone(timedelta(hours=5, minutes=30)), repr(timezone.utc), repr(tz))
print(datetime.strptime("2023-07-04 09:15", "%Y-%m-%d %H:%M"), datetime.strptime("04/Jul/2023", "%d/%b/%Y"))
try:
    datetime.strptime("2023-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.fromisoformat("2023/01/01")
except ValueError as e:
    print("ValueError:", e)
print(f"{d:%d.%m.%Y}", "{:%H:%M}".format(d), format(date(2020, 5, 17), "%A"))
print(_time.strftime("%Y-%m-%d", _time.gmtime(0)), _time.gmtime(86400 * 365).tm_year)
st = _time.strptime("2020-02-03", "%Y-%m-%d")
print(st.tm_yday, st.tm_wday, tuple(st)[:6])
print(datetime(2024, 1, 1).timestamp() - datetime(2023, 1, 1).timestamp())
print(datetime(2000, 1, 1, tzinfo=timezone.utc).timestamp(), datetime.fromtimestamp(0, timezone.utc))
print(sorted([date(2024, 5, 1), date(2023, 1, 9), date(2024, 1, 2)]))
print(time(14, 30).strftime("%I:%M %p"), time(0, 0, 1, 5), repr(time(1, 2)))
print(timedelta(days=1) == timedelta(hours=24), hash(timedelta(0)) == hash(timedelta(0)), bool(timedelta(0)))
print(date.min, date.max, datetime.min, timedelta.max, timedelta.resolution)
print(datetime(2024, 1, 1, 12, 0).ctime(), date(2024, 1, 1).ctime())
