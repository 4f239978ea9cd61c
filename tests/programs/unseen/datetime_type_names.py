# Errors that name datetime/decimal types use CPython's C type names ('datetime.date');
# a date subclass compares with a datetime by the date part (3.12's date_richcompare).
import datetime as d
import decimal


class X:
    pass


class MyDate(d.date):
    pass


checks = [
    ("date < datetime", lambda: d.date(2024, 1, 1) < d.datetime(2024, 1, 1)),
    ("datetime < date", lambda: d.datetime(2024, 1, 1) < d.date(2024, 1, 1)),
    ("date < int", lambda: d.date(2024, 1, 1) < 3),
    ("timedelta + int", lambda: d.timedelta(1) + 1),
    ("date - float", lambda: d.date(2024, 1, 1) - 1.5),
    ("datetime < X", lambda: d.datetime(2024, 1, 1) < X()),
    ("time < datetime", lambda: d.time(1) < d.datetime(2024, 1, 1)),
    ("timedelta < int", lambda: d.timedelta(1) < 1),
    ("Decimal + str", lambda: decimal.Decimal(1) + "a"),
    ("date.foo", lambda: d.date(2024, 1, 1).foo),
    ("MyDate + int", lambda: MyDate(2024, 1, 1) + 1),
    ("int - timedelta", lambda: 1 - d.timedelta(1)),
    ("timezone + int", lambda: d.timezone.utc + 1),
    ("len(date)", lambda: len(d.date(2024, 1, 1))),
    ("datetime[0]", lambda: d.datetime(2024, 1, 1)[0]),
    ("Context + int", lambda: decimal.getcontext() + 1),
    ("sum(timedeltas)", lambda: sum([d.timedelta(1)])),
    ("datetime * 2", lambda: d.datetime(2024, 1, 1) * 2),
    ("MyDate < datetime", lambda: MyDate(2024, 1, 1) < d.datetime(2024, 1, 2)),
    ("datetime > MyDate", lambda: d.datetime(2024, 1, 2) > MyDate(2024, 1, 1)),
    ("MyDate == datetime", lambda: MyDate(2024, 1, 1) == d.datetime(2024, 1, 1, 5)),
    ("date == datetime", lambda: d.date(2024, 1, 1) == d.datetime(2024, 1, 1)),
    ("iter(timedelta)", lambda: iter(d.timedelta(3))),
    ("abs(date)", lambda: abs(d.date(2024, 1, 1))),
]
for label, check in checks:
    try:
        print(f"{label:20} -> {check()!r}")
    except (TypeError, AttributeError) as e:
        print(f"{label:20} !! {type(e).__name__}: {e}")
print(repr(d.date(2024, 1, 1)), type(d.date(2024, 1, 1)), d.date, MyDate(2024, 1, 1))
print(sorted([MyDate(2024, 3, 1), MyDate(2023, 5, 5)]), max(d.timedelta(1), d.timedelta(hours=30)))


class Stamp(d.datetime):
    pass


class Span(d.timedelta):
    pass


class Clock(d.time):
    pass


print(repr(Stamp(2024, 1, 1)), repr(Span(1)), repr(Clock(1)), repr(Stamp(2024, 1, 1, tzinfo=d.timezone.utc)))
print(repr(d.timezone(d.timedelta(hours=1), "CET")), repr(d.time(1, 2, 3, 4)), repr(d.timedelta(0, 5)))
