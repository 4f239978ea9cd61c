# What site.py adds to builtins, as CPython's _sitebuiltins objects: exit/quit (Quitter),
# copyright/credits/license (_Printer), help (_Helper): their reprs, types and calls.
import builtins

print(repr(exit))
print(repr(quit))
print(str(exit), f"{quit}")
print(type(exit).__name__, type(exit).__module__, type(exit).__qualname__)
print(exit.name, exit.eof, quit.name)
print(type(copyright).__name__, type(copyright).__module__)
print(repr(copyright))
print(repr(credits))
print(repr(license))
print(repr(help))
print(type(help).__name__, type(help).__module__)
print(builtins.exit is exit, callable(exit), callable(help), callable(license))

for args in ((), (3,), ("bye",), (None,)):
    try:
        exit(*args)
    except SystemExit as e:
        print("exit", args, "->", repr(e.code), e.args)
try:
    quit(code=5)
except SystemExit as e:
    print("quit code=5 ->", e.code)
try:
    exit(1, 2)
except TypeError as e:
    print("TypeError:", e)
credits()
