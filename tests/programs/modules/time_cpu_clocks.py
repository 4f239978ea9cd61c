# time.process_time/thread_time are CPU clocks (a sleep adds nothing, a busy loop does), their _ns
# forms are ints, and get_clock_info names each clock's clock_gettime id.
import time
for n in ('time','monotonic','perf_counter','process_time','thread_time'): print(n, time.get_clock_info(n))
p0, t0, w0 = time.process_time(), time.thread_time(), time.perf_counter()
time.sleep(0.3)
p1, t1, w1 = time.process_time(), time.thread_time(), time.perf_counter()
print("sleep costs no CPU:", p1 - p0 < 0.1, t1 - t0 < 0.1, w1 - w0 >= 0.29)
x = 0
p0, n0 = time.process_time(), time.process_time_ns()
while time.process_time() - p0 < 0.2:
    x += 1
p1, n1 = time.process_time(), time.process_time_ns()
print("busy loop counts:", p1 - p0 >= 0.2, (n1 - n0) >= 2 * 10**8, type(n1).__name__, type(time.thread_time_ns()).__name__)
print(abs(time.clock_gettime(time.CLOCK_PROCESS_CPUTIME_ID) - time.process_time()) < 0.05)
