# logging: lastResort, basicConfig formats, logger hierarchy and levels, handlers, filters, exception, adapter, disable
import logging, sys, io
log = logging.getLogger("app")
log.warning("no config yet: %s", "lastResort")
log.info("not shown")
logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(lineno)d:%(funcName)s:%(message)s", stream=sys.stdout)
def work():
    log.info("working on %d items", 3)
    logging.getLogger("app.db").debug("hidden")
    logging.getLogger("app.db").error("db error %r", {"code": 5})
work()
logging.info("root info")
print(log.getEffectiveLevel(), logging.getLevelName(logging.WARNING), logging.getLevelName(25), log, logging.getLogger("app.db").parent is log)
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("{name} [{levelname}] {message}", style="{"))
h.setLevel(logging.WARNING)
child = logging.getLogger("app.child")
child.addHandler(h)
child.warning("to both")
child.info("only root")
child.propagate = False
child.error("only buffer")
print(repr(buf.getvalue()))
try:
    1 / 0
except ZeroDivisionError:
    log.exception("failed")
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
log.addFilter(OnlyOdd())
for i in range(4):
    log.warning("n=%d", i)
adapter = logging.LoggerAdapter(logging.getLogger("ad"), {"user": "bob"})
adapter.warning("adapted")
logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
print(logging.getLogger() is logging.root, logging.root.name, logging.getLogger("app") is log, log.hasHandlers())
