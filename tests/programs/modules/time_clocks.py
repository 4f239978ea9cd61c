# time.clock_gettime/clock_gettime_ns/clock_getres and the CLOCK_* ids, thread_time, process_time_ns, tzset.
import time
a = time.clock_gettime(time.CLOCK_MONOTONIC); b = time.monotonic()
print(abs(a - b) < 1, time.clock_gettime(time.CLOCK_REALTIME) > 1.6e9, type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)).__name__)
print(time.clock_getres(time.CLOCK_MONOTONIC), time.thread_time() >= 0, time.process_time_ns() >= 0, time.thread_time_ns() >= 0, time.tzset())
try:
    time.clock_gettime(9999)
except OSError as e:
    print("OSError", e)
print([getattr(time, n) for n in ("CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_PROCESS_CPUTIME_ID", "CLOCK_THREAD_CPUTIME_ID", "CLOCK_MONOTONIC_RAW", "CLOCK_BOOTTIME", "CLOCK_TAI")])
