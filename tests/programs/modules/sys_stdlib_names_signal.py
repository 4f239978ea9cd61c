# sys.stdlib_module_names (CPython 3.12's list); signal.strsignal and valid_signals.
import signal
import sys

names = sys.stdlib_module_names
print(type(names).__name__, len(names))
print(sorted(n for n in names if n.startswith(("a", "_a"))))
print("os" in names, "asyncio" in names, "numpy" in names, "__future__" in names)
print([signal.strsignal(i) for i in (1, 2, 9, 15, 17, 32, 34, 64)])
for bad in (0, 65, -1):
    try:
        signal.strsignal(bad)
    except ValueError as e:
        print("ValueError", e)
valid = signal.valid_signals()
print(type(valid).__name__, len(valid), min(valid), max(valid), 32 in valid, 15 in valid)
