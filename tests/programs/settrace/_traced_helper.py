# Imported by more_events.py while a trace function is set.
VALUE = 1


def helper(x):
    return x + VALUE


class Thing:
    size = 2
