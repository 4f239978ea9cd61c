from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
from datetime import datetime, timedelta, timezone
import pickle
# a weekly meeting fixed in New York time, seen from other offices across DST changes
ny, paris, sydney, kolkata, dublin = (ZoneInfo(k) for k in ("America/New_York", "Europe/Paris", "Australia/Sydney", "Asia/Kolkata", "Europe/Dublin"))
first = datetime(2024, 3, 4, 10, 0, tzinfo=ny)
for week in range(0, 36, 5):
    m = first + timedelta(weeks=week)
    cells = [f"{m:%a %d %b %H:%M %Z}"] + [f"{m.astimezone(z):%H:%M %Z (%z)}" for z in (paris, sydney, kolkata)]
    print(" | ".join(cells))
# the hour that happens twice, and the one that does not happen
amb = datetime(2024, 11, 3, 1, 30, tzinfo=ny)
print(amb.utcoffset(), amb.replace(fold=1).utcoffset(), amb.tzname(), amb.replace(fold=1).tzname(), amb.dst(), amb.replace(fold=1).dst())
gap = datetime(2024, 3, 31, 2, 30, tzinfo=paris)
print(gap.utcoffset(), gap.replace(fold=1).utcoffset(), gap.astimezone(timezone.utc))
u = datetime(2024, 11, 3, 5, 30, tzinfo=timezone.utc)
for h in range(4):
    local = (u + timedelta(hours=h)).astimezone(ny)
    print(local, local.fold, local.tzname())
w = datetime(2024, 1, 15, 12, tzinfo=dublin); s = datetime(2024, 7, 15, 12, tzinfo=dublin)
print(w.tzname(), w.dst(), s.tzname(), s.dst(), datetime(1950, 6, 1, tzinfo=paris).tzname(), datetime(1890, 1, 1, tzinfo=paris).utcoffset())
print(repr(ny), str(paris), ny.key, ZoneInfo("America/New_York") is ny, ZoneInfo.no_cache("America/New_York") is ny, pickle.loads(pickle.dumps(ny)) is ny)
print(ny.utcoffset(None), ZoneInfo("UTC").utcoffset(None), ZoneInfo("Etc/GMT-3").tzname(None), datetime(2030, 7, 1, tzinfo=sydney).isoformat())
for bad in ("Mars/Olympus", "../etc/passwd", "/abs"):
    try:
        ZoneInfo(bad)
    except (ZoneInfoNotFoundError, ValueError) as e:
        print(type(e).__name__, e)
print(isinstance(ZoneInfoNotFoundError("x"), KeyError), "Europe/Paris" in __import__("zoneinfo").available_timezones())
