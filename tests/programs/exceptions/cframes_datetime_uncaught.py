# An error raised inside datetime (C in CPython) adds no traceback entry of its own.
import datetime

def make(y, m, d):
    return datetime.date(y, m, d)

print(make(2024, 2, 29))
make(2023, 2, 29)
