# zoneinfo: offsets/dst/names around transitions (fold), fromutc via astimezone/fromtimestamp,
# caching, pickling (bound-method reduce), key errors, from_file; the system's tz database.
import pickle
import zoneinfo
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

keys = ["America/New_York", "Europe/London", "Europe/Berlin", "Asia/Tokyo", "Australia/Sydney",
        "Asia/Kolkata", "America/Sao_Paulo", "Pacific/Chatham", "Europe/Dublin", "UTC",
        "Etc/GMT+5", "America/St_Johns", "Africa/Casablanca", "Australia/Lord_Howe"]
moments = [datetime(1900, 1, 1), datetime(1970, 1, 1), datetime(2000, 6, 15, 12),
           datetime(2021, 3, 14, 2, 30), datetime(2021, 11, 7, 1, 30),
           datetime(2021, 11, 7, 1, 30, fold=1), datetime(2023, 3, 26, 1, 30),
           datetime(2023, 10, 29, 1, 30), datetime(2023, 10, 29, 1, 30, fold=1),
           datetime(2038, 7, 1), datetime(2100, 12, 31, 23, 59)]
for key in keys:
    z = ZoneInfo(key)
    print(key, repr(z), str(z), z.key)
    for m in moments:
        local = m.replace(tzinfo=z)
        print("  ", m.isoformat(), m.fold, local.utcoffset(), local.dst(), local.tzname())
    for ts in [0, 1e9, 1616900000, 1636264800, 1700000000, 2.5e9, 4.2e9]:
        d = datetime.fromtimestamp(ts, z)
        print("   ts", ts, d.isoformat(), d.fold, d.tzname())
utc = datetime(2021, 11, 7, 5, 30, tzinfo=timezone.utc)
ny = ZoneInfo("America/New_York")
for h in range(4):
    t = (utc + timedelta(hours=h)).astimezone(ny)
    print(t, t.fold, t.tzname(), t.astimezone(timezone.utc))
print(ZoneInfo("Europe/Paris") is ZoneInfo("Europe/Paris"), ZoneInfo.no_cache("Europe/Paris") is ZoneInfo("Europe/Paris"))
p = pickle.loads(pickle.dumps(ny))
print(p is ny, p)
for bad in ["Nowhere/Land", "../etc/passwd", "/abs/path", "a//b"]:
    try:
        ZoneInfo(bad)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(zoneinfo.ZoneInfoNotFoundError, KeyError), zoneinfo.TZPATH[0])
zs = zoneinfo.available_timezones()
print("America/New_York" in zs, "posixrules" in zs, "UTC" in zs)
with open("/usr/share/zoneinfo/Asia/Tokyo", "rb") as f:
    z = ZoneInfo.from_file(f, key="tokyo-file")
print(z, datetime(2020, 1, 1, tzinfo=z).utcoffset())
with open("/usr/share/zoneinfo/Asia/Tokyo", "rb") as f:
    z2 = ZoneInfo.from_file(f)
print(str(z2).startswith("ZoneInfo.from_file("), z2.key)
ZoneInfo.clear_cache()
ZoneInfo.clear_cache(only_keys=["Europe/Paris"])
print(datetime(2024, 7, 4, 12, tzinfo=ny).strftime("%Y-%m-%d %H:%M %Z %z"))
print(ny.utcoffset(None), ZoneInfo("UTC").utcoffset(None), ZoneInfo("Etc/GMT+5").tzname(None))

import zoneinfo
class A:
    def m(self): return 5
    @classmethod
    def c(cls): return 6
print(pickle.dumps(zoneinfo.ZoneInfo("UTC")))
print(pickle.dumps(A.c, protocol=2), pickle.loads(pickle.dumps(A.c))())
for proto in range(0, 6):
    print(proto, pickle.dumps(zoneinfo.ZoneInfo("UTC"), protocol=proto))
