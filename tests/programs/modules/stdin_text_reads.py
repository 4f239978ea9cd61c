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

# input() reads through sys.stdin's own buffer (mixing the two loses nothing) and strips only
# the "\n"; sys.stdin iterates and reads lines from that buffer too.
child = r'''
import sys
print(repr(input()), repr(sys.stdin.readline()), repr(input('p> ')))
print(repr(sys.stdin.read(2)))
for line in sys.stdin:
    print(repr(line))
    break
print(repr(sys.stdin.readlines()))
try:
    input()
except EOFError as e:
    print('EOF', e)
print(repr(sys.stdin.read()), sys.stdin.fileno(), sys.stdin.readable(), sys.stdin.newlines)
'''
r = subprocess.run([sys.executable, "-c", child], input=b"ab\r\ncd\nef\ngh\xc3\xa9ij\nkl\nmn\nop",
                   capture_output=True)
print(r.returncode, r.stdout.decode(), r.stderr)
