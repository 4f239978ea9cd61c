# sched with a fake clock: ordering, priorities, cancel, non-blocking run, queue, errors
import sched

class Clock:
    def __init__(self):
        self.now = 0.0
        self.log = []
    def time(self):
        return self.now
    def sleep(self, d):
        self.log.append(("sleep", d))
        self.now += d

clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
out = []
def act(name, *rest, **kw):
    out.append((name, clock.now, rest, kw))

e1 = s.enter(10, 1, act, ("ten-1",))
e2 = s.enter(5, 1, act, ("five",), {"k": 1})
e3 = s.enter(10, 0, act, ("ten-0",))
e4 = s.enterabs(7, 1, act, argument=("abs7",))
e5 = s.enter(10, 1, act, ("ten-1b", 99))
print(e2._replace(action=act.__name__))
print(e2.time, e2.priority, e2.argument, e2.kwargs, e2.action is act)
print([e.argument[0] for e in s.queue])
print(s.empty(), len(s.queue), type(s.queue) is list)
s.cancel(e4)
print([e.argument[0] for e in s.queue])
try:
    s.cancel(e4)
except ValueError as e:
    print("ValueError", e)
print(s.run(blocking=False))
clock.now = 5
print(s.run(False), out)
s.run()
print(out)
print(clock.log)
print(s.empty(), s.run(), s.run(False))
print(sched.Event._fields)
print(e1 < e5, e3 < e1, sorted([e5, e1, e3]) == [e3, e1, e5])
print(sched.__all__)

# actions that schedule more work, and one that raises
clock2 = Clock()
s2 = sched.scheduler(clock2.time, clock2.sleep)
def tick(n):
    out2.append(n)
    if n < 3:
        s2.enter(1, 1, tick, (n + 1,))
out2 = []
s2.enter(0, 1, tick, (0,))
s2.run()
print(out2, clock2.now)
def boom():
    raise RuntimeError("boom")
s2.enter(1, 1, boom)
s2.enter(2, 1, tick, (5,))
try:
    s2.run()
except RuntimeError as e:
    print("RuntimeError", e, len(s2.queue))
s2.run()
print(out2)

# the real clock, with zero delays
import time
s3 = sched.scheduler(time.monotonic, time.sleep)
order = []
for i in range(3):
    s3.enter(0, 3 - i, order.append, (i,))
s3.run()
print(order)
