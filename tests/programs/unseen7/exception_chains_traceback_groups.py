import traceback
import sys

class AppError(Exception):
    """Base error."""

class ConfigError(AppError):
    def __init__(self, key, msg="missing"):
        super().__init__(key, msg)
        self.key = key
    def __str__(self):
        return f"config key {self.key!r}: {self.args[1]}"

def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(key) from e

def parse_port(cfg):
    try:
        return int(load(cfg, "port"))
    except ValueError:
        raise AppError("bad port")

def run(cfg):
    try:
        return parse_port(cfg)
    finally:
        print("cleanup for", sorted(cfg))

for cfg in ({"port": "80"}, {}, {"port": "eighty"}):
    try:
        print("port", run(cfg))
    except AppError as e:
        print("caught:", repr(e), "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))
        print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["k"]
except KeyError as e:
    print(traceback.format_exc().replace(__file__, "FILE"))
    print(traceback.format_exception_only(type(e), e))

def gen():
    yield 1
    raise RuntimeError("gen broke")

try:
    list(gen())
except RuntimeError:
    exc_type, exc, tb = sys.exc_info()
    print(exc_type.__name__, exc, [f.name for f in traceback.extract_tb(tb)])
    for fs in traceback.extract_tb(tb):
        print(fs.lineno, fs.name, fs.line)

e = ValueError("with note")
e.add_note("note one")
e.add_note("note two")
print("".join(traceback.format_exception(e)), end="")
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError("t"), ExceptionGroup("inner", [KeyError("k")])])
except* ValueError as eg:
    print("values:", eg.exceptions)
except* (TypeError, KeyError) as eg:
    print("others:", repr(eg))
    print("".join(traceback.format_exception(eg)).replace(__file__, "FILE"))

try:
    raise AppError("suppressed") from None
except AppError as e:
    print(e.__suppress_context__, e.__cause__, e.__context__)

class Resource:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit with", et.__name__ if et else None)
        return et is KeyError

with Resource():
    raise KeyError("swallowed")
print("after with")

def deep(n):
    if n == 0:
        raise ConfigError("deep", "too deep")
    deep(n - 1)

try:
    deep(3)
except ConfigError:
    traceback.print_exc(limit=2, file=sys.stdout)
print(str(ConfigError("x")), ConfigError("x").args)
sys.stdout.flush()
cfg = {"name": "svc"}
run(cfg)
