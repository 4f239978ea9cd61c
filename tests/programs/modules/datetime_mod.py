# datetime: date/time/timedelta/datetime/timezone arithmetic, str/repr, strftime, isoformat, strptime
import datetime as dt
from datetime import date, time, datetime, timedelta, timezone
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.strftime("%Y/%m/%d %a %A %b %B %j %U %W %y"), f"{d:%d.%m.%Y}", d.replace(day=1), d.toordinal(), date.fromordinal(738000))
print(date.fromisoformat("2021-03-04"), d.ctime(), d > date(2024, 1, 1), d == date(2024, 2, 28), hash(d) == hash(date(2024, 2, 28)))
t = time(13, 5, 9, 250)
print(t, repr(t), t.isoformat("milliseconds"), t.strftime("%I:%M %p"), time(7), repr(time(7, 30)), time.fromisoformat("10:20:30.5"))
td = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(td, repr(td), td.total_seconds(), -td, abs(-td), td * 2, td / 2, td // timedelta(hours=1), td % timedelta(hours=1))
print(timedelta(0), repr(timedelta(0)), timedelta(weeks=1, milliseconds=1), timedelta(microseconds=-1), repr(timedelta(seconds=-1)))
print(timedelta(hours=25) > timedelta(days=1), divmod(timedelta(hours=25), timedelta(days=1)), timedelta(seconds=0.5) * 3, timedelta(days=-1, seconds=5))
x = datetime(2024, 3, 10, 14, 30, 0, 123456)
print(x, repr(x), x.date(), x.time(), x + timedelta(hours=12), x - datetime(2024, 1, 1), x.isoformat(), x.isoformat(" ", "seconds"))
print(x.strftime("%Y-%m-%d %H:%M:%S.%f"), x.replace(year=2000), x.timetuple()[:6], datetime.combine(d, t), x.ctime())
u = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
e = datetime(2024, 1, 1, 8, tzinfo=timezone(timedelta(hours=-4), "EDT"))
print(u, repr(u), e, u == e, u - e, e.utcoffset(), e.tzname(), u.astimezone(timezone(timedelta(hours=2))), u.timestamp())
print(timezone.utc, repr(timezone(timedelta(hours=5, minutes=30))), timezone(timedelta(hours=-3)), datetime.fromtimestamp(0, timezone.utc))
print(datetime.fromisoformat("2011-11-04T00:05:23+04:00"), datetime.fromisoformat("2011-11-04 00:05:23.283"), datetime.strptime("2024-05-06 07:08:09", "%Y-%m-%d %H:%M:%S"))
print(datetime.strptime("06/May/2024:07:08 PM", "%d/%b/%Y:%I:%M %p"), datetime(2024,1,1) < datetime(2024,1,2), sorted([date(2020,1,2), date(2019,5,5)]))
print(dt.MINYEAR, dt.MAXYEAR, date.max, datetime.min, timedelta.max, dt.UTC is timezone.utc, isinstance(x, date))
for bad in [(2023, 2, 29), (2024, 13, 1), (0, 1, 1)]:
    try:
        date(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    datetime(2024, 1, 1) < u
except TypeError as e:
    print("TypeError", e)
print(f"{datetime(2024, 1, 5):%Y/%m/%d}", format(date(2024, 1, 5), ""), str(time(1, 2, 3, tzinfo=timezone.utc)))
