# logging's observable contract beyond logging_mod.py: levels and names, records, styles,
# filters, handler/logger reprs, extra/stack_info/stacklevel, adapters, basicConfig errors.
import io
import logging
import sys

print(logging.getLevelName(10), logging.getLevelName("INFO"), logging.getLevelName(33),
      logging.getLevelName("NOPE"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(sorted(logging.getLevelNamesMapping().items()))
print(logging.BASIC_FORMAT, logging.WARN, logging.FATAL, logging.raiseExceptions)
for bad in ("LOUD", 2.5, None):
    try:
        logging.getLogger("x").setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
logging.getLogger("x").setLevel("DEBUG")
print(logging.getLogger("x").level, logging.getLogger("x"))

rec = logging.LogRecord("a.b", 20, "/p/mod.py", 7, "hi %s %d", ("x", 3), None, "fn")
print(rec, rec.getMessage(), rec.levelname, rec.filename, rec.module, rec.funcName)
print(rec.exc_info, rec.exc_text, rec.stack_info, rec.threadName, rec.processName, rec.taskName)
rec2 = logging.LogRecord("n", 30, "p", 1, "%(k)s-%(v)s", ({"k": 1, "v": 2},), None)
print(rec2.args, rec2.getMessage())
rec3 = logging.makeLogRecord({"msg": "made %s", "args": ("it",), "levelno": 40, "name": "mk"})
print(rec3.getMessage(), rec3.levelno, rec3.name, rec3.levelname)
print(logging.getLogRecordFactory() is logging.LogRecord)

def fmt(f, record=rec):
    try:
        print(repr(f.format(record)))
    except Exception as e:
        print(type(e).__name__, e)
fmt(logging.Formatter())
fmt(logging.Formatter("%(levelname)-8s|%(name)s|%(message)s|%(lineno)d"))
fmt(logging.Formatter("{levelname:>8}|{name}|{message}", style="{"))
fmt(logging.Formatter("$levelname|${name}|$message", style="$"))
fmt(logging.Formatter("%(custom)s %(message)s", defaults={"custom": "dflt"}))
fmt(logging.Formatter("%(missing)s"))
fmt(logging.Formatter("{missing}", style="{"))
try:
    logging.Formatter("x", style="!")
except ValueError as e:
    print("ValueError", e)
f = logging.Formatter("%(message)s")
print(f.usesTime(), logging.Formatter("%(asctime)s").usesTime(),
      logging.Formatter("{asctime}", style="{").usesTime(),
      logging.Formatter("$asctime", style="$").usesTime(), f._fmt, f.datefmt)
print(logging.Formatter.default_time_format, logging.Formatter.default_msec_format)
rec4 = logging.LogRecord("s", 20, "p", 1, "with stack", (), None, sinfo="Stack line")
fmt(f, rec4)
try:
    raise KeyError("k")
except KeyError:
    rec5 = logging.LogRecord("e", 40, "p", 1, "boom", (), sys.exc_info())
out = f.format(rec5)
print(out.splitlines()[0], out.splitlines()[-1], rec5.exc_text is not None)

# filters
flt = logging.Filter("a.b")
for name in ("a.b", "a.b.c", "a.bc", "a", "x.a.b"):
    print(name, bool(flt.filter(logging.makeLogRecord({"name": name}))))
print(logging.Filter().filter(rec))

buf = io.StringIO()
h = logging.StreamHandler(buf)
print(h, h.level, h.formatter, h.name)
h.set_name("buf")
print(h.get_name(), h.name)
lg = logging.getLogger("flt")
lg.propagate = False
lg.addHandler(h)
lg.addHandler(h)
print(len(lg.handlers), lg.hasHandlers())
lg.addFilter(lambda r: r.getMessage() != "drop me")
lg.warning("keep me")
lg.warning("drop me")
def upgrade(r):
    r2 = logging.makeLogRecord(r.__dict__)
    r2.msg = "replaced: " + r.msg
    return r2
h.addFilter(upgrade)
lg.error("original")
h.removeFilter(upgrade)
print(repr(buf.getvalue()))
h.setLevel(logging.ERROR)
print(h)
lg.removeHandler(h)
print(lg.hasHandlers(), len(lg.handlers))
print(logging.NullHandler(), logging.StreamHandler(sys.stdout))

# hierarchy
a = logging.getLogger("p.q.r")
b = logging.getLogger("p")
c = logging.getLogger("p.q")
print(a.parent.name, c.parent.name, b.parent.name, b.getChild("q") is c, a)
print(logging.getLogger().getChild("p") is b, logging.root, logging.getLogger("root") is logging.root)
try:
    logging.getLogger(5)
except TypeError as e:
    print("TypeError", e)
b.setLevel(logging.ERROR)
print(a.getEffectiveLevel(), a.isEnabledFor(30), a.isEnabledFor(40))
b.setLevel(logging.NOTSET)
print(a.getEffectiveLevel(), a.isEnabledFor(30))

# records made by loggers: extra, stacklevel, stack_info, exc_info forms
out = io.StringIO()
oh = logging.StreamHandler(out)
oh.setFormatter(logging.Formatter("%(name)s %(levelname)s %(funcName)s %(lineno)d %(message)s"))
rl = logging.getLogger("rec")
rl.propagate = False
rl.setLevel(logging.DEBUG)
rl.addHandler(oh)
def inner():
    rl.info("from inner")
    rl.info("from caller", stacklevel=2)
def outer():
    inner()
outer()
rl.debug("extra %(user)s", {"user": "ann"}, extra={"user": "bob"})
oh.setFormatter(logging.Formatter("%(user)s: %(message)s"))
rl.warning("has extra", extra={"user": "eve"})
for key in ("message", "asctime", "name", "lineno"):
    try:
        rl.warning("x", extra={key: 1})
    except KeyError as e:
        print("KeyError", e)
oh.setFormatter(logging.Formatter("%(message)s"))
rl.log(25, "custom level %d", 25)
try:
    rl.log("WARNING", "bad")
except TypeError as e:
    print("TypeError", e)
err = ValueError("given")
rl.error("with instance", exc_info=err)
rl.error("with tuple", exc_info=(ValueError, err, None))
rl.info("stack", stack_info=True)
lines = out.getvalue().splitlines()
for line in lines:
    if line.startswith(("  File", "    ")):
        continue
    print(line)
print(sum(1 for l in lines if l.startswith("  File")) > 0)

# adapters
class Tagged(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["tag"], msg), kwargs
out.seek(0); out.truncate()
ad = Tagged(rl, {"tag": "T"})
ad.info("hello %s", "there")
ad.debug("dbg")
ad.critical("crit")
plain = logging.LoggerAdapter(rl, {"k": "v"})
oh.setFormatter(logging.Formatter("%(k)s %(message)s"))
plain.warning("plain")
print(repr(out.getvalue()), ad, plain.name, plain.getEffectiveLevel(), plain.isEnabledFor(5))
plain.setLevel(logging.WARNING)
print(rl.level, plain.hasHandlers())
try:
    1 / 0
except ZeroDivisionError:
    out.seek(0); out.truncate()
    plain.exception("oops")
print(out.getvalue().splitlines()[0], out.getvalue().splitlines()[-1])

# disable and root's module-level functions
logging.disable()
print(rl.isEnabledFor(50), logging.root.manager.disable)
logging.disable(logging.NOTSET)
print(rl.isEnabledFor(50))

# basicConfig argument checks
for kw in ({"stream": sys.stdout, "filename": "x.log"},
           {"handlers": [logging.NullHandler()], "stream": sys.stdout},
           {"style": "?"}, {"bogus": 1}):
    try:
        logging.basicConfig(force=True, **kw)
    except ValueError as e:
        print("ValueError", e)
logging.basicConfig(force=True, stream=sys.stdout, format="{levelname}/{message}", style="{",
                    level="INFO")
logging.info("root %s", "info")
logging.debug("root debug hidden")
logging.log(30, "via log")
logging.basicConfig(format="ignored %(message)s")
logging.warning("still braces")
print(logging.root.handlers, logging.root.level)
logging.basicConfig(force=True, stream=sys.stdout, defaults=None) if False else None
logging.basicConfig(force=True, handlers=[logging.StreamHandler(sys.stdout)])
logging.error("default format")
logging.critical("crit %s", "!")
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("exc at root")
logging.shutdown()
print("done")

# format validation, BufferingFormatter, handler names, children, captureWarnings, handleError
for args in (("plain",), ("%(message)",), ("{message!x}", None, "{"), ("{}", None, "{"),
             ("{message:zz}", None, "{"), ("{a.b[c]} {0}", None, "{"), ("no fields", None, "{"),
             ("$", None, "$"), ("$$ only", None, "$"), ("${x} $y", None, "$"),
             ("{{literal}}", None, "{"), ("%(a)5.2f %%", None, "%"), ("bad", None, "%", False)):
    try:
        print(repr(logging.Formatter(*args)._fmt))
    except ValueError as e:
        print("ValueError", e)
bf = logging.BufferingFormatter(logging.Formatter("<%(message)s>"))
print(repr(bf.format([rec, rec2])), repr(bf.format([])),
      repr(logging.BufferingFormatter().format([rec])))
named = logging.StreamHandler(sys.stdout)
named.name = "out"
print(logging.getHandlerByName("out") is named, sorted(logging.getHandlerNames()))
named.close()
print(logging.getHandlerByName("out"), "out" in logging.getHandlerNames())
par = logging.getLogger("fam")
kids = [logging.getLogger(n) for n in ("fam.a", "fam.b", "fam.a.x", "fam.c.d")]
print(sorted(l.name for l in par.getChildren()), sorted(l.name for l in kids[0].getChildren()))
print(sorted(l.name for l in logging.getLogger("fam.c").getChildren()),
      kids[3].parent.name)
import warnings
warnings.simplefilter("always")
wbuf = io.StringIO()
wh = logging.StreamHandler(wbuf)
logging.getLogger("py.warnings").addHandler(wh)
logging.captureWarnings(True)
warnings.warn("captured one", UserWarning)
logging.captureWarnings(False)
print(repr(wbuf.getvalue().split(": ", 1)[1]))
class Broken(logging.Handler):
    def emit(self, record):
        try:
            raise RuntimeError("cannot emit")
        except Exception:
            self.handleError(record)
logging.raiseExceptions = False
bl = logging.getLogger("broken")
bl.addHandler(Broken())
bl.error("lost %s", "quietly")
logging.raiseExceptions = True
ld = logging.getLogger("depr")
ld.addHandler(logging.StreamHandler(sys.stdout))
ld.propagate = False
with warnings.catch_warnings(record=True) as caught:
    ld.warn("old %s", "style")
print([str(w.message) for w in caught])
print(logging.Formatter("%(levelname)s %(message)s").format(
    logging.makeLogRecord({"msg": "m", "levelname": "X", "exc_text": "cached text"})))
