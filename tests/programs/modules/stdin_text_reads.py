# sys.stdin's text reads count characters (read(3) of "héllo" is "hél"); stdin keeps "\r\n"
# (it is opened with newline="\n"); its buffer reads bytes.
import subprocess
import sys

child = r'''
import sys
print(repr(sys.stdin.read(3)))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read(2)), repr(sys.stdin.readline()))
'''
r = subprocess.run([sys.executable, "-c", child], input=b"h\xc3\xa9llo\r\nw\xc3\xb6rld\r\nx\ry\r\nz",
                   capture_output=True)
print(r.returncode, r.stdout.decode(), r.stderr)
child = r'''
import sys
print(sys.stdin.buffer.read(3), sys.stdin.buffer.readline(), sys.stdin.buffer.read())
'''
r = subprocess.run([sys.executable, "-c", child], input=b"h\xc3\xa9llo\r\nw\xc3\xb6rld",
                   capture_output=True)
print(r.returncode, r.stdout.decode(), r.stderr)
