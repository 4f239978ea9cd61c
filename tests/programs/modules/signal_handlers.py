# signal.signal for signals other than SIGINT: handlers run in the main thread between
# bytecodes; SIG_IGN/SIG_DFL, getsignal, raise_signal, os.kill to self, alarm/setitimer.
import os
import signal
import time

seen = []


def handler(signum, frame):
    seen.append(signum)
    print("handler", signal.Signals(signum).name, type(signum).__name__,
          frame is not None and frame.f_code.co_name)


print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGUSR1))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGPIPE))
old = signal.signal(signal.SIGUSR1, handler)
print("old", old)
print(signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal", seen)

signal.signal(signal.SIGUSR2, handler)
os.kill(os.getpid(), signal.SIGUSR2)
print("after kill", seen)


def work():
    os.kill(os.getpid(), signal.SIGTERM)
    total = 0
    for i in range(1000):
        total += i
    return total


signal.signal(signal.SIGTERM, handler)
print(work(), seen)

print(signal.signal(signal.SIGTERM, signal.SIG_IGN))
signal.raise_signal(signal.SIGTERM)
print("ignored", seen, signal.getsignal(signal.SIGTERM))
print(signal.signal(signal.SIGTERM, signal.SIG_DFL))


class Boom(Exception):
    pass


def raiser(signum, frame):
    raise Boom(f"got {signal.Signals(signum).name}")


signal.signal(signal.SIGUSR1, raiser)
try:
    signal.raise_signal(signal.SIGUSR1)
except Boom as e:
    print("Boom:", e)
try:
    os.kill(os.getpid(), signal.SIGUSR1)
    for _ in range(100):
        pass
    print("not reached")
except Boom as e:
    print("Boom from kill:", e)

# SIGALRM through alarm and setitimer
fired = []
signal.signal(signal.SIGALRM, lambda s, f: fired.append(s))
print(signal.alarm(0))
print(signal.alarm(5))
print(signal.alarm(0))
print(signal.getitimer(signal.ITIMER_REAL))
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.5)
print("fired", fired)
delay, interval = signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
print(delay, interval)
deadline = time.monotonic() + 5
while len(fired) < 4 and time.monotonic() < deadline:
    time.sleep(0.01)
delay, interval = signal.setitimer(signal.ITIMER_REAL, 0)
print("fired", len(fired) >= 4, 0 <= delay <= 0.05, interval)
print(signal.getitimer(signal.ITIMER_REAL))
try:
    signal.setitimer(signal.ITIMER_REAL, -1)
except signal.ItimerError as e:
    print(type(e).__name__, isinstance(e, OSError), e)

# a handler interrupting sleep that does not raise: the sleep goes on
signal.signal(signal.SIGALRM, handler)
signal.setitimer(signal.ITIMER_REAL, 0.05)
time.sleep(0.2)
print("slept", seen[-1] == signal.SIGALRM)

# errors
for args in [(signal.SIGKILL, handler), (0, handler), (99, handler), (signal.SIGUSR1, 5)]:
    try:
        signal.signal(*args)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    signal.getsignal(0)
except ValueError as e:
    print("ValueError", e)
print(signal.strsignal(signal.SIGTERM), signal.strsignal(signal.SIGUSR1))
print(signal.SIGTERM in signal.valid_signals(), len(signal.valid_signals()))
print(signal.Signals.SIGCHLD, signal.Handlers.SIG_IGN, repr(signal.SIGALRM))

# SIG_DFL for SIGCHLD (default: ignore) with a child that exits
signal.signal(signal.SIGCHLD, lambda s, f: seen.append(s))
import subprocess
subprocess.run(["true"])
time.sleep(0.05)
for _ in range(10):
    pass
print("SIGCHLD seen", signal.SIGCHLD in seen)
signal.signal(signal.SIGCHLD, signal.SIG_DFL)
subprocess.run(["true"])
print("done")
# SIG_DFL for SIGTERM ends the process with the signal's status (seen from a parent)
import sys
code = """
import os, signal
signal.signal(signal.SIGTERM, lambda s, f: print('handled'))
os.kill(os.getpid(), signal.SIGTERM)
signal.signal(signal.SIGTERM, signal.SIG_DFL)
print('reset', flush=True)
os.kill(os.getpid(), signal.SIGTERM)
for _ in range(1000):
    pass
print('not reached')
"""
r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
print(repr(r.stdout), r.returncode)
