# fromisoformat of ISO week dates (YYYY-Www-D and friends) and the constructors own range errors after a parse
from datetime import datetime, date, time
for s in ["2021-W01-1", "2021-W01", "2021W011", "2021W01", "2020-W53-7", "2021-W53-1", "2021-W00-1", "2021-W01-8", "2021-W01-1T10:30", "2021W017 08:00", "2021-13-01", "2021-02-30", "2021-01-03T25:00", "2021-01-03T10:61", "2015-W53-5", "2021-W01T12:00"]:
    for cls in (date, datetime):
        try:
            print(cls.__name__, s, "->", cls.fromisoformat(s))
        except ValueError as e:
            print(cls.__name__, s, "ValueError:", e)
for t in ["25:00", "10:60", "10:00:61", "24:00", "07:08:09.5+01:00", "x"]:
    try:
        print(t, time.fromisoformat(t))
    except ValueError as e:
        print(t, "ValueError:", e)
