# datetime's comparisons: timedelta, date (not equal to a datetime), time with and without
# offsets, ordering and min/max.
from datetime import date, datetime, time, timedelta, timezone
a, b = timedelta(days=1), timedelta(hours=25)
print(a < b, a <= b, a == timedelta(seconds=86400), a != b, a > b, a >= a, a == 1, a != "x")
d1, d2 = date(2024, 1, 1), date(2024, 2, 1)
print(d1 < d2, d1 == date(2024, 1, 1), d1 == datetime(2024, 1, 1), d1 != datetime(2024, 1, 1), sorted([d2, d1]))
t1, t2 = time(1, 2), time(1, 2, tzinfo=timezone(timedelta(hours=1)))
print(t1 < time(2), t1 == time(1, 2), t2 == time(0, 2, tzinfo=timezone.utc), t2 < time(1, 0, tzinfo=timezone.utc))
print(timedelta.__lt__.__name__, date.__eq__.__qualname__, max(time(3), time(1)), min(d1, d2))
