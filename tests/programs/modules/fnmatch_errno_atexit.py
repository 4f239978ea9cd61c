# fnmatch patterns, errno names, atexit handlers (last registered runs first, unregister)
import fnmatch, errno, atexit, sys
print(fnmatch.fnmatch("a.py", "*.py"), fnmatch.fnmatch("a.txt", "*.py"), fnmatch.fnmatchcase("A.PY", "*.py"), fnmatch.filter(["x1", "y2", "x3"], "x?"))
print(fnmatch.fnmatch("b", "[abc]"), fnmatch.fnmatch("d", "[!abc]"), fnmatch.fnmatch("[", "["), fnmatch.translate("*.py"), fnmatch.translate("a?[!x]"))
print(errno.ENOENT, errno.errorcode[errno.EEXIST], errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[11])
try:
    open("/nonexistent/file")
except OSError as e:
    print(e.errno == errno.ENOENT, type(e).__name__)
def bye(who):
    print("bye", who)
atexit.register(bye, "first")
@atexit.register
def last():
    print("registered last, runs first")
def boom():
    raise ValueError("in atexit")
atexit.register(boom)
atexit.unregister(boom)
print("main done")
