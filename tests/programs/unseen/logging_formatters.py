import logging, sys, io
root = logging.getLogger()
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(funcName)s:%(lineno)d:%(module)s: %(message)s"))
root.addHandler(h); root.setLevel(logging.DEBUG)
def work():
    logging.info("from function %s", "work")
work()
log = logging.getLogger("svc.db")
log.debug("dict arg %(x)s", {"x": 42})
log.warning("pct %d%%", 50)
log.log(25, "custom level"); logging.addLevelName(25, "NOTICE"); log.log(25, "named level")
print(logging.getLevelName(25), logging.getLevelName(99), logging.WARNING, logging.getLogger("svc").name, log.parent.name, log.parent.parent is root)
try:
    {}["k"]
except KeyError:
    log.exception("lookup failed")
log.error("with exc_info", exc_info=False)
f2 = logging.Formatter("[%(levelname).1s] %(message)-10s| %(name)s", style="%")
h.setFormatter(f2); log.info("short"); log.critical("crit")
h.setFormatter(logging.Formatter("${levelname} ${message}", style="$")); log.warning("dollar style")
h.setFormatter(logging.Formatter("{levelname:>8} {message!r}", style="{")); log.warning("brace style")
class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs): return f"[{self.extra['req']}] {msg}", kwargs
Ctx(log, {"req": "r-1"}).info("adapted")
h.setFormatter(logging.Formatter("%(message)s %(user)s")); log.info("extra", extra={"user": "bob"}); h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.setLevel(logging.ERROR); log.warning("suppressed"); log.error("not suppressed"); print(log.isEnabledFor(logging.WARNING), log.level)
logging.disable(logging.CRITICAL); log.critical("disabled"); logging.disable(logging.NOTSET); log.critical("enabled")
buf = io.StringIO(); bh = logging.StreamHandler(buf); bh.setLevel(logging.WARNING); root.addHandler(bh)
logging.warning("to both"); logging.info("only stdout"); print(repr(buf.getvalue()))
print(root.handlers[0].level, len(root.handlers), logging.getLogger("svc.db") is log, logging.root is root)
class Upper(logging.Formatter):
    def format(self, record): return super().format(record).upper()
h.setFormatter(Upper("%(levelname)s %(message)s")); logging.error("shout")
rec = logging.LogRecord("n", logging.INFO, "/p/x.py", 7, "m %s", ("a",), None)
print(rec.getMessage(), rec.levelname, rec.lineno, rec.filename, rec.module)
logging.shutdown()
