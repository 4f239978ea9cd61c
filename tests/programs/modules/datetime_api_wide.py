# datetime across its API: ordinals and ISO weeks over many dates, field checks, isoformat
# timespecs, UTC offsets, timedelta arithmetic, str/repr.
from datetime import date, datetime, time, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR, UTC


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


# ordinals and ISO calendar: a checksum over many days, and the edges
total = 0
for o in list(range(1, 3000, 7)) + list(range(700000, 740000, 37)) + list(range(3652000, 3652060)):
    d = date.fromordinal(o)
    assert d.toordinal() == o
    y, w, wd = d.isocalendar()
    assert date.fromisocalendar(y, w, wd) == d, d
    total += y * 1000 + w * 10 + wd + d.month * 31 + d.day + d.weekday()
print('checksum', total)
for d in [date(1, 1, 1), date(9999, 12, 31), date(2000, 2, 29), date(1900, 3, 1),
          date(2004, 12, 31), date(2005, 1, 1), date(2008, 12, 29), date(2010, 1, 3),
          date(2020, 12, 31), date(2021, 1, 3), date(1, 1, 7)]:
    print(d, d.toordinal(), d.isocalendar(), d.isoweekday(), d.weekday(), d.timetuple().tm_yday,
          d.ctime(), repr(d.isocalendar()))
attempt('fromordinal 0', lambda: date.fromordinal(0))
attempt('fromordinal max', lambda: date.fromordinal(3652060))
attempt('fromiso week', lambda: date.fromisocalendar(2021, 53, 1))
attempt('fromiso wday', lambda: date.fromisocalendar(2021, 5, 8))
attempt('fromiso year', lambda: date.fromisocalendar(0, 5, 1))
for args in [(0, 1, 1), (10000, 1, 1), (2000, 0, 1), (2000, 13, 1), (2001, 2, 29), (2000, 4, 31),
             (2000, 1, 0), (2000.0, 1, 1), ('2000', 1, 1)]:
    attempt(f'date{args}', lambda: date(*args))
for args in [(24,), (0, 60), (0, 0, 60), (0, 0, 0, 1000000), (-1,), (1.5,)]:
    attempt(f'time{args}', lambda: time(*args))
attempt('fold', lambda: time(fold=2))
attempt('tz arg', lambda: time(tzinfo=5))
attempt('dt tz arg', lambda: datetime(2000, 1, 1, tzinfo='x'))

t = time(1, 2, 3, 4567)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, t.isoformat(spec), time(5).isoformat(spec), datetime(2000, 1, 2, 3, 4, 5, 6).isoformat('T', spec))
attempt('bad spec', lambda: t.isoformat('nanos'))
print(datetime(2000, 1, 2, 3, 4).isoformat(' '), datetime(2000, 1, 2).isoformat('x'))

offsets = [timedelta(0), timedelta(hours=5, minutes=30), -timedelta(hours=5, minutes=30),
           timedelta(hours=1, seconds=1), timedelta(minutes=-1, microseconds=5),
           timedelta(hours=23, minutes=59, seconds=59, microseconds=999999), -timedelta(seconds=1)]
for off in offsets:
    tz = timezone(off)
    dt = datetime(2020, 6, 1, 12, 0, tzinfo=tz)
    print(repr(tz), str(tz), tz.tzname(None), dt.isoformat(), dt.strftime('%z|%Z'),
          time(1, tzinfo=tz).isoformat(), dt.utcoffset(), repr(dt))
attempt('tz range', lambda: timezone(timedelta(hours=24)))
attempt('tz type', lambda: timezone(5))
attempt('tz name', lambda: timezone(timedelta(0), 5))
attempt('tz sub', lambda: timezone(timedelta(seconds=1.5)))
print(timezone(timedelta(hours=2), 'X'), repr(timezone(timedelta(hours=2), 'X')), repr(UTC), UTC)
print(timezone.min, timezone.max, timezone.utc == timezone(timedelta(0)), hash(UTC) == hash(timezone(timedelta(0))))

# timedelta
tds = [timedelta(), timedelta(1), timedelta(-1), timedelta(seconds=-1), timedelta(microseconds=-1),
       timedelta(days=2, hours=3, minutes=4, seconds=5, milliseconds=6, microseconds=7),
       timedelta(weeks=1.5, hours=-0.25), timedelta(seconds=0.5e-6), timedelta(seconds=1.5e-6),
       timedelta(days=-999999999), timedelta.max, timedelta.min, timedelta.resolution]
for td in tds:
    print(repr(td), str(td), td.total_seconds(), td.days, td.seconds, td.microseconds, bool(td), abs(td))
a, b = timedelta(days=1, seconds=7), timedelta(hours=5, microseconds=3)
print(a + b, a - b, b - a, -a, +a, a * 3, 3 * a, a * 0.5, a / 2, a / 0.3, a // 7, a / b, a // b,
      a % b, divmod(a, b), a > b, a == timedelta(seconds=86407), a != b, a <= a, hash(a) == hash(a))
attempt('td overflow', lambda: timedelta(days=1000000000))
attempt('td type', lambda: timedelta('1'))
attempt('td div0', lambda: a / 0)
attempt('td mul overflow', lambda: timedelta.max * 2)
print(timedelta(hours=1) * 1.1, timedelta(seconds=1) / 3, timedelta(seconds=10) // 3, round(timedelta(seconds=2).total_seconds()))

# date and datetime arithmetic
d = date(2000, 1, 31)
print(d + timedelta(days=30), d - timedelta(days=31), d - date(1999, 1, 1), timedelta(1) + d)
attempt('date overflow', lambda: date.max + timedelta(1))
attempt('date under', lambda: date.min - timedelta(1))
dt = datetime(2000, 2, 28, 23, 59, 59, 999999)
print(dt + timedelta(microseconds=1), dt - timedelta(days=59), dt - datetime(2000, 1, 1), dt.replace(day=1))
print(dt.timetuple(), dt.date(), dt.time(), dt.toordinal(), dt.weekday(), dt.isocalendar(), dt.ctime())
print(datetime.combine(date(2020, 1, 1), time(5, tzinfo=UTC)), datetime.fromordinal(730000))
a1 = datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=3)))
print(a1 - datetime(2020, 1, 1, tzinfo=UTC), a1.astimezone(UTC), a1 == datetime(2019, 12, 31, 21, tzinfo=UTC))
attempt('naive-aware', lambda: a1 - datetime(2020, 1, 1))
attempt('cmp naive-aware', lambda: a1 < datetime(2020, 1, 1))
print(a1 == datetime(2020, 1, 1), datetime(2020, 1, 1) == date(2020, 1, 1), date(2020, 1, 1) < date(2020, 1, 2))
attempt('dt overflow', lambda: datetime.max + timedelta(1))
print(datetime.fromtimestamp(86400 * 365.25, UTC), datetime.fromtimestamp(0, UTC).timestamp(),
      datetime(2000, 1, 1, tzinfo=UTC).timestamp(), datetime.utcfromtimestamp(1e9) if False else '')
for s in ['2020-01-02', '2020-W01-3', '20200102', '2020-01-02T03:04:05.678+05:30', '2020-01-02 03:04',
          '2020-01-02T03:04:05Z', '2020-01-02T24:00']:
    attempt('fromiso ' + s, lambda: datetime.fromisoformat(s))
for s in ['03:04', '03:04:05.1', '030405', '03:04:05+01:00', '25:00', 'x']:
    attempt('time fromiso ' + s, lambda: time.fromisoformat(s))
attempt('date fromiso bad', lambda: date.fromisoformat('2020-13-01'))
attempt('date fromiso type', lambda: date.fromisoformat(5))
print(date(2020, 5, 17).strftime('%Y %y %m %d %j %U %W %a %A %b %B %% %G %V %u %w'))
print(format(date(2020, 5, 17), ''), format(datetime(2020, 5, 17, 1, 2), '%H:%M'), f'{time(3, 4):%I %p}')
attempt('format type', lambda: date(2020, 1, 1).__format__(5))
print(repr(time(1, 2, 3, 4, tzinfo=UTC, fold=1)), repr(time(0)), repr(time(1, 2, 3)), repr(time(1, 0, 0, 5)))
print(repr(datetime(2000, 1, 2, 3, 4, 5, 6, tzinfo=UTC, fold=1)), repr(datetime(2000, 1, 1)), repr(date(5, 6, 7)))
print(hash(datetime(2000, 1, 1)) == hash(datetime(2000, 1, 1)), time(1) < time(2), time(1, tzinfo=UTC) == time(1))


class Fixed(tzinfo):
    def __init__(self, h):
        self.h = h
    def utcoffset(self, dt):
        return timedelta(hours=self.h)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return f'F{self.h}'


f = Fixed(-4)
x = datetime(2021, 3, 4, 5, 6, tzinfo=f)
print(x, x.utctimetuple(), x.astimezone(Fixed(2)), x.tzname(), x.dst(), x.strftime('%z %Z'), f.fromutc(x))
attempt('fromutc type', lambda: f.fromutc(5))
attempt('fromutc tz', lambda: f.fromutc(datetime(2000, 1, 1)))
attempt('tzinfo abstract', lambda: tzinfo().utcoffset(None))
print(MINYEAR, MAXYEAR, date.min, date.max, time.min, time.max, datetime.min, datetime.max, date.resolution)
t1, t2 = time(12, tzinfo=timezone(timedelta(hours=2))), time(10, tzinfo=UTC)
print(t1 == t2, t1 != t2, t1 < time(11, tzinfo=UTC), t1 == time(12), t1 != time(12), time(1) == 5)
attempt('time mixed order', lambda: t1 < time(12))
print(sorted([time(3), time(1), time(2, 30)]), time(5) >= time(5), time(5, 1) > time(5))
