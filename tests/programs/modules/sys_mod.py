import sys
print(sys.argv[1:], sys.maxsize, sys.byteorder, sys.version_info[:2], sys.version_info >= (3, 12), sys.hexversion >> 16)
print(sys.getrecursionlimit(), sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit if False else "")
print(sys.maxunicode, type(sys.path).__name__, type(sys.modules).__name__, sys.stdout.name if hasattr(sys.stdout, "name") else "?")
print(sys.getdefaultencoding(), sys.platform in ("linux", "darwin", "win32"), callable(sys.exit), sys.flags.optimize)
print("sys" in sys.modules, "builtins" in sys.modules, sys.modules[__name__] is sys.modules["__main__"])
print(sys.intern("abc") == "abc", sys.getsizeof(0) > 0, sys.exc_info() == (None, None, None))
print(sys.__name__, sys.stdin is not None, sys.stderr is not sys.stdout)
