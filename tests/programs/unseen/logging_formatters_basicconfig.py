import logging, time, io, sys, os, tempfile
rec = logging.makeLogRecord({"name": "svc", "levelno": 20, "levelname": "INFO", "msg": "user %s logged in from %s", "args": ("ann", "10.0.0.1"), "created": 1700000000.123456, "msecs": 123.456})
for fmt, datefmt in [("%(asctime)s %(message)s", None), ("%(asctime)s.%(msecs)03d|%(name)-6s|%(levelname)8s|%(message)s", "%Y-%m-%dT%H:%M:%S"), ("{asctime} {msg} {args}", "%H:%M")]:
    f = logging.Formatter(fmt, datefmt, style="{" if fmt.startswith("{") else "%")
    f.converter = time.gmtime
    print(f.format(rec))
class UTCFormatter(logging.Formatter):
    converter = time.gmtime
    default_msec_format = "%s,%03d"
print(UTCFormatter("%(asctime)s").format(rec), UTCFormatter().formatTime(rec, "%d/%m/%Y"))
class JsonFormatter(logging.Formatter):
    def format(self, record):
        import json
        d = {"level": record.levelname, "msg": record.getMessage(), "logger": record.name}
        if record.exc_info:
            d["exc"] = self.formatException(record.exc_info).splitlines()[-1]
        return json.dumps(d, sort_keys=True)
h = logging.StreamHandler(sys.stdout); h.setFormatter(JsonFormatter())
log = logging.getLogger("json"); log.addHandler(h); log.propagate = False; log.setLevel(logging.DEBUG)
log.info("hello %d", 5)
try:
    {}["missing"]
except KeyError:
    log.exception("lookup failed")
log.warning("extra fields", extra={"user": "bob"})
try:
    log.info("clash", extra={"message": "x"})
except KeyError as e:
    print("KeyError", e)
d = tempfile.mkdtemp(); path = os.path.join(d, "app.log")
logging.basicConfig(filename=path, filemode="w", level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
logging.info("to file %s", 1); logging.getLogger("a.b").warning("nested"); logging.debug("dropped")
logging.basicConfig(level=logging.DEBUG)  # no effect: root already has a handler
logging.debug("still dropped")
for hd in logging.root.handlers:
    hd.flush()
print(open(path).read(), end="")
print(type(logging.root.handlers[0]).__name__, logging.root.handlers[0].baseFilename == path, logging.root.level)
logging.basicConfig(force=True, stream=sys.stdout, format="%(levelname)s|%(message)s|%(filename)s|%(funcName)s|%(lineno)d")
def f(): logging.warning("from f")
f()
logging.warning("stack", stack_info=True)
print(logging.getLevelNamesMapping()["WARN"], logging.WARN, logging.getLogger().name, logging.getLogger("").name, logging.getLogger("x").parent.name)
logging.disable(logging.WARNING); logging.warning("disabled"); logging.error("shown"); logging.disable(logging.NOTSET)
child = logging.getLogger("parent.child"); print(child.getChild("grand").name, logging.getLogger("parent").getChildren() if hasattr(logging.Logger, "getChildren") else None)
logging.root.handlers[0].setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(message)s")); logging.captureWarnings(True)
import warnings; warnings.warn("captured warning")
logging.captureWarnings(False)
import shutil; logging.shutdown(); shutil.rmtree(d)
