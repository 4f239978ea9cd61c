# time: struct_time, gmtime/localtime (UTC), mktime, asctime/ctime, strftime, strptime
import time
print(time.gmtime(0))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %z", time.gmtime(86400 * 365.25 * 30)))
print(time.asctime(time.gmtime(0)), time.ctime(0), time.timezone, time.tzname, time.mktime(time.localtime(100)))
print(repr(time.gmtime(0).tm_zone), time.gmtime(0).tm_gmtoff, len(time.gmtime(0)), time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0)))
t = time.gmtime(1700000000.5); print(t.tm_year, t.tm_yday, t.tm_wday, t[:6], time.mktime(t))
print(time.strptime("2024-03-05", "%Y-%m-%d")[:3], isinstance(time.time(), float), time.time_ns() > 0, time.monotonic() <= time.monotonic())
print(time.gmtime(-86400)[:3], time.gmtime(951782400)[:3], time.localtime(0).tm_zone)
time.sleep(0)
print(time.get_clock_info("monotonic").monotonic)
