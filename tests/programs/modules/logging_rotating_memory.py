# logging.handlers: RotatingFileHandler (maxBytes/backupCount, namer/rotator), the timed
# handler's rollover arithmetic and errors,
# BufferingHandler/MemoryHandler flushing, and a lock-free subclass of acquire/release.
import datetime
import logging
import logging.handlers as H
import os
import shutil
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "app.log")
log = logging.getLogger("rot")
log.propagate = False
log.setLevel(logging.DEBUG)
rot = H.RotatingFileHandler(path, maxBytes=40, backupCount=2, encoding="utf-8")
rot.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.addHandler(rot)
for i in range(9):
    log.info("message number %d", i)
rot.close()
log.removeHandler(rot)
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name), encoding="utf-8") as f:
        print(name, repr(f.read()))

# namer and rotator
moves = []
rot2 = H.RotatingFileHandler(os.path.join(d, "b.log"), maxBytes=10, backupCount=1, delay=True)
rot2.namer = lambda name: name + ".bak"
rot2.rotator = lambda src, dst: moves.append((os.path.basename(src), os.path.basename(dst)))
log.addHandler(rot2)
log.warning("a long enough line")
log.warning("another long line")
rot2.close()
log.removeHandler(rot2)
print(moves, rot2.rotation_filename("x"))

# timed rollover arithmetic (utc, fixed times)
t = H.TimedRotatingFileHandler(os.path.join(d, "t.log"), when="midnight", utc=True, delay=True)
base = 1_700_000_000  # 2023-11-14 22:13:20 UTC
print(t.when, t.interval, t.suffix, t.computeRollover(base) - base)
w = H.TimedRotatingFileHandler(os.path.join(d, "w.log"), when="W2", utc=True, delay=True,
                               atTime=datetime.time(6, 30))
print(w.dayOfWeek, w.computeRollover(base) - base)
s = H.TimedRotatingFileHandler(os.path.join(d, "s.log"), when="S", interval=5, delay=True)
print(s.interval, s.computeRollover(base) - base, bool(s.extMatch.fullmatch("2023-11-14_22-13-20")))
for bad in ("W7", "W", "X", "W12"):
    try:
        H.TimedRotatingFileHandler(os.path.join(d, "b.log"), when=bad, delay=True)
    except ValueError as e:
        print("ValueError", e)
for h in (t, w, s):
    h.close()

# buffering and memory handlers
class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.seen = []

    def emit(self, record):
        self.seen.append(record.getMessage())

target = Collect()
mem = H.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log.addHandler(mem)
log.info("m1")
log.info("m2")
print(target.seen, len(mem.buffer))
log.error("boom")
print(target.seen, len(mem.buffer))
log.info("m3")
mem.setTarget(None)
mem.flush()
print(len(mem.buffer))
other = Collect()
mem.setTarget(other)
mem.close()
print(other.seen, mem.target)
log.removeHandler(mem)

buf = H.BufferingHandler(2)
for i in range(5):
    buf.handle(logging.makeLogRecord({"msg": "r%d" % i}))
    print(len(buf.buffer), end=" ")
print(buf.shouldFlush(None))

class Counting(H.BufferingHandler):
    calls = 0

    def acquire(self):
        Counting.calls += 1

    def release(self):
        Counting.calls += 1

c = Counting(1)
c.handle(logging.makeLogRecord({"msg": "x"}))
c.close()
print("acquire/release calls", Counting.calls)
shutil.rmtree(d)
