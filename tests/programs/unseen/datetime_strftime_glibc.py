# strftime directives glibc adds (%C %g %r %k %l %P), years below 1000 unpadded as on
# 3.12/Linux, and subtracting naive from aware datetimes
from datetime import datetime, date, timezone, timedelta
import time
for d in [datetime(2021, 1, 3, 7, 8, 9), datetime(1999, 12, 31, 0, 5), datetime(2024, 6, 30, 12, 0),
          datetime(2008, 12, 29, 23, 59, 59), datetime(33, 3, 3, 13, 1)]:
    print(d.strftime("%C|%g|%G|%V|%r|%k|%l|%P|%e|%y|%D|%T"))
print(time.strftime("%C %g %r %k %l", time.gmtime(0)))
for y in (3, 33, 333, 999, 1000, 2024):
    d = datetime(y, 5, 5, 17, 30)
    print(d.strftime("%Y|%G|%C|%g|%y|%F|%c|%x"), d.isoformat(), str(d.date()),
          time.strftime("%Y %C", (y, 1, 1, 0, 0, 0, 0, 1, 0)))
print(date(2020, 12, 31).strftime("%G-W%V-%u"), date(2021, 1, 4).strftime("%g/%V %a"))
aware = datetime(2021, 1, 1, 12, tzinfo=timezone(timedelta(hours=2)))
naive = datetime(2021, 1, 1, 12)
print(aware - aware.astimezone(timezone.utc), aware - datetime(2021, 1, 1, tzinfo=timezone.utc))
for a, b in [(naive, aware), (aware, naive)]:
    try:
        print(a - b)
    except TypeError as e:
        print("TypeError:", e)
