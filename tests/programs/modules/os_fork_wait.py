# os.fork / waitpid / wait status macros / _exit / register_at_fork: a child is a real process
# (its globals are its own, its pid differs, its exit status reaches the parent).
import os
import signal
import sys
import threading

counter = 10
parent_pid = os.getpid()

calls = []
os.register_at_fork(before=lambda: calls.append("before1"),
                     after_in_parent=lambda: calls.append("parent1"),
                     after_in_child=lambda: calls.append("child1"))
os.register_at_fork(before=lambda: calls.append("before2"),
                     after_in_child=lambda: calls.append("child2"))

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    counter += 5
    msg = "%d %s %s %s" % (counter, os.getpid() != parent_pid, os.getppid() == parent_pid, calls)
    os.write(w, msg.encode())
    os._exit(7)
os.close(w)
data = b""
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    data += chunk
os.close(r)
got, status = os.waitpid(pid, 0)
print("child said:", data.decode())
print("parent:", counter, got == pid, calls)
print("status", status, os.WIFEXITED(status), os.WEXITSTATUS(status),
      os.WIFSIGNALED(status), os.waitstatus_to_exitcode(status))

# sys.exit, an uncaught exception, a normal end: the child's status
for how in ("exit", "raise", "end", "exit-str"):
    pid = os.fork()
    if pid == 0:
        sys.stderr.flush()
        if how == "exit":
            sys.exit(42)
        if how == "raise":
            raise KeyError("in child")
        if how == "exit-str":
            sys.exit("bye from child")
        break_out = True
    else:
        _, status = os.waitpid(pid, 0)
        print(how, os.waitstatus_to_exitcode(status))
        continue
    break
else:
    # a killed child
    pid = os.fork()
    if pid == 0:
        import time
        time.sleep(30)
        os._exit(0)
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    print("killed", os.WIFSIGNALED(status), os.WTERMSIG(status) == signal.SIGKILL,
          os.waitstatus_to_exitcode(status))
    try:
        os.waitpid(pid, 0)
    except ChildProcessError as e:
        print(type(e).__name__, e)
    pid = os.fork()
    if pid == 0:
        os._exit(3)
    got, status = os.wait()
    print("wait", got == pid, os.waitstatus_to_exitcode(status))
    print(os.waitpid(-1, os.WNOHANG) if False else "no children left")
    try:
        os.wait()
    except ChildProcessError as e:
        print(type(e).__name__, e)
    for bad in (0x7f, 0x137f):
        try:
            os.waitstatus_to_exitcode(bad)
        except ValueError as e:
            print(e)
    try:
        os.register_at_fork()
    except TypeError as e:
        print(e)
    try:
        os.register_at_fork(before=1)
    except TypeError as e:
        print(e)
    print("threads in parent:", threading.active_count())
    print("end of parent")
    sys.exit(0)
# only a child that ended normally ("end") gets here
print("child ends normally, counter", counter)
