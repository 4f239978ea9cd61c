"""A schedule planner with datetime/timedelta arithmetic, formatting and calendar."""
import calendar
from datetime import date, datetime, time, timedelta

start = datetime(2024, 1, 29, 9, 30)
meetings = []
for i in range(6):
    when = start + timedelta(days=i * 3, hours=i % 3, minutes=15 * i)
    if when.weekday() >= 5:
        when += timedelta(days=7 - when.weekday())
    meetings.append(when)
for m in meetings:
    print(m.strftime("%a %Y-%m-%d %H:%M"), m.isoformat(sep=" "), m.date().isocalendar())
gaps = [b - a for a, b in zip(meetings, meetings[1:])]
print([str(g) for g in gaps], sum(gaps, timedelta()), max(gaps), min(gaps) // 2, gaps[0] / timedelta(hours=1))
print(timedelta(days=1, seconds=-1), timedelta(weeks=2, microseconds=5), -timedelta(hours=25), abs(timedelta(days=-2)))
print(timedelta(seconds=3661).total_seconds(), divmod(timedelta(hours=5), timedelta(hours=2)), timedelta(minutes=90) % timedelta(hours=1))
d = date(2024, 2, 29)
print(d.replace(year=2025, day=28), d + timedelta(days=366), d.timetuple().tm_yday, d.isoformat(), d.ctime())
print(date(2023, 12, 25) - date(2023, 1, 1), date.min, date.max, date(2024, 3, 10).strftime("%d/%m/%y %j %U %W %%"))
print(datetime(2024, 5, 17, 14, 5, 9, 123456).strftime("%I:%M:%S.%f %p %B %b %A %y"), repr(datetime(2024, 1, 1, 0, 0)))
print(datetime.fromisoformat("2024-07-04T12:30:45"), datetime.combine(date(2024, 1, 1), time(8, 15)), time(23, 59, 59, 999999).isoformat())
print(datetime.strptime("03/15/24 11PM", "%m/%d/%y %I%p"), datetime(2020, 1, 1) < datetime(2020, 1, 1, 0, 0, 1))
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)
try:
    datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print(e)
try:
    date(2024, 1, 1) + [1]
except TypeError as e:
    print(str(e).split(":")[0])  # pydive's lib date class is named 'date', C's 'datetime.date'

print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1))
print(calendar.month(2024, 2))
print(calendar.month_name[1:4], calendar.day_abbr[0], list(calendar.Calendar().itermonthdays(2024, 2))[:10])
age = lambda born, today: today.year - born.year - ((today.month, today.day) < (born.month, born.day))
print(age(date(1990, 6, 15), date(2024, 6, 14)), age(date(1990, 6, 15), date(2024, 6, 15)))
deadlines = {"report": date(2024, 3, 1), "taxes": date(2024, 4, 15), "trip": date(2024, 2, 20)}
today = date(2024, 2, 18)
for name, due in sorted(deadlines.items(), key=lambda kv: kv[1]):
    left = (due - today).days
    print(f"{name:<8} {due:%b %d} in {left:3d} day{'s' if left != 1 else ''} {'!' * (left < 7)}")
print(f"{datetime(2024, 1, 2, 3, 4, 5):%Y%m%dT%H%M%S} {date(2024, 1, 2):%A}", format(time(7, 5), "%H.%M"))
