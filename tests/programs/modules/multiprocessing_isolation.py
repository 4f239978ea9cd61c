# multiprocessing.Process runs in a real child process (fork): its globals are its own, its pid
# differs, its exit code is the child's exit status, an uncaught exception prints
# "Process NAME:" and the traceback on the child's stderr.
import io
import multiprocessing as mp
import os
import signal
import sys
import time
from multiprocessing.connection import wait

counter = 0
items = []


def bump(n):
    global counter
    counter += n
    items.append(n)
    print("child sees", counter, items, flush=True)


def report(conn):
    me = mp.current_process()
    parent = mp.parent_process()
    conn.send((me.name, me.pid == os.getpid(), os.getpid() != PARENT_PID,
               parent.pid == PARENT_PID, parent.name, os.getppid() == PARENT_PID,
               me.daemon, len(mp.active_children())))
    conn.close()


def exit_with(code):
    sys.exit(code)


def fail_captured(path):
    sys.stderr = open(path, "w")
    raise LookupError("missing thing")


def sleeper():
    time.sleep(30)


def grandchild_names(conn):
    kid = mp.Process(target=lambda: None)
    conn.send(kid.name)
    kid.start()
    kid.join()
    conn.send(kid.exitcode)


if __name__ == "__main__":
    PARENT_PID = os.getpid()
    p = mp.Process(target=bump, args=(5,))
    p.start()
    p.join()
    print("parent sees", counter, items, p.exitcode)

    r, w = mp.Pipe(duplex=False)
    p = mp.Process(target=report, args=(w,), name="reporter")
    p.start()
    w.close()
    print(r.recv())
    p.join()
    print("pid differs:", p.pid != PARENT_PID, "ident is pid:", p.ident == p.pid)

    for code in (None, 0, 3, 255, "a message", [1, 2]):
        p = mp.Process(target=exit_with, args=(code,))
        p.start()
        p.join()
        print("sys.exit(%r) ->" % (code,), p.exitcode)

    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_mp_child_err.txt")
    p = mp.Process(target=fail_captured, args=(path,), name="Failing")
    p.start()
    p.join()
    with open(path) as f:
        lines = f.read().splitlines()
    os.unlink(path)
    print("exitcode", p.exitcode, lines[0], "|", lines[1], "|", lines[-1])

    p = mp.Process(target=sleeper, daemon=True)
    print(p.is_alive(), p.exitcode, p.pid)
    try:
        p.sentinel
    except ValueError as e:
        print("ValueError", e)
    p.start()
    print(p.is_alive(), p.exitcode, wait([p.sentinel], timeout=0.05))
    try:
        p.close()
    except ValueError as e:
        print("ValueError", e)
    p.terminate()
    p.join()
    print(p.is_alive(), p.exitcode, wait([p.sentinel], timeout=5) == [p.sentinel])
    print(repr(p).replace(str(p.pid), "PID").replace(str(PARENT_PID), "PPID"))
    p.close()
    try:
        p.is_alive()
    except ValueError as e:
        print("ValueError", e)
    print(repr(p).replace(str(PARENT_PID), "PPID"))

    p = mp.Process(target=sleeper)
    p.start()
    p.kill()
    p.join(timeout=5)
    print("killed", p.exitcode)

    p = mp.Process(target=sleeper)
    p.start()
    p.join(timeout=0.1)
    print("after join timeout", p.is_alive(), p.exitcode)
    os.kill(p.pid, signal.SIGTERM)
    p.join()
    print("SIGTERM", p.exitcode)

    r, w = mp.Pipe()
    p = mp.Process(target=grandchild_names, args=(w,))
    p.start()
    print(p.name, "made", r.recv(), "exit", r.recv())
    p.join()

    try:
        p.start()
    except AssertionError as e:
        print("AssertionError", e)
    print(mp.current_process().name, mp.parent_process(), mp.active_children())
    print(repr(mp.current_process()))
    sys.stdout.flush()
    print("buffered before start", end="")  # flushed by start(): printed once
    p = mp.Process(target=print, args=(" / child prints",))
    p.start()
    p.join()
