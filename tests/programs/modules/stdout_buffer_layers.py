# sys.stdout is a TextIOWrapper over a binary buffer over fd 1: bytes written to the buffer go
# out as they are (b"\xff" too, seen in the children's output). Under -u (as the recording
# runs) the buffer is a FileIO and
# writes keep their order; a child without -u shows CPython's buffered order (bytes written to
# sys.stdout.buffer go ahead of text still pending in sys.stdout).
import os
import subprocess
import sys

out = sys.stdout
print(type(out).__name__, type(out.buffer).__name__, out.fileno(), out.buffer.fileno())
print(out.buffer is out.buffer, out.line_buffering, out.write_through, sys.stderr.write_through)
print(out.encoding, out.errors, sys.stderr.errors, sys.stdin.errors, out.buffer.mode, out.mode)
out.buffer.write("\u00e9 raw bytes\n".encode())
print("text after bytes")
out.write("partial ")
out.buffer.write(b"BUF ")
out.write("more\n")
out.flush()
sys.stderr.buffer.write("err \u00e9\n".encode())
sys.stderr.flush()

child = r'''
import sys
print(type(sys.stdout.buffer).__name__, sys.stdout.line_buffering, sys.stdout.write_through)
sys.stdout.buffer.write(b"\xff bytes 1\n")
print("text 1")
sys.stdout.write("partial ")
sys.stdout.buffer.write(b"BUF ")
sys.stdout.buffer.flush()
sys.stdout.write("more\n")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes 2\n")
print("text 2")
getattr(sys.stdout.buffer, "raw", sys.stdout.buffer).write(b"RAW\n")
print("text 3")
sys.stderr.buffer.write(b"err \xfe\n")
'''
env = dict(os.environ)
env.pop("PYTHONUNBUFFERED", None)
r = subprocess.run([sys.executable, "-c", child], capture_output=True, env=env)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run([sys.executable, "-u", "-c", child], capture_output=True, env=env)
print(r.returncode, r.stdout, r.stderr)
