import logging, logging.config, logging.handlers
import io, os, sys, tempfile, queue

pre = logging.getLogger("pre.existing")
pre_child = logging.getLogger("keep.child")
class Upper(logging.Formatter):
    def __init__(self, fmt=None, datefmt=None, prefix=">"):
        super().__init__(fmt, datefmt)
        self.prefix = prefix
    def format(self, record):
        return self.prefix + super().format(record).upper()
def only_short(record):
    return len(record.getMessage()) < 20
class Tagger:
    def __init__(self, tag): self.tag = tag
    def filter(self, record):
        record.tag = self.tag
        return True
tmp = tempfile.mkdtemp()
logfile = os.path.join(tmp, "app.log")
cfg = {
    "version": 1,
    "formatters": {
        "up": {"()": Upper, "fmt": "%(name)s %(message)s", "prefix": "!"},
        "plain": {"format": "%(tag)s|%(levelname)s|%(message)s"},
        "file": {"format": "%(levelname)s:%(message)s"},
    },
    "filters": {"short": {"()": "__main__.Tagger", "tag": "T"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                    "formatter": "plain", "filters": ["short", only_short]},
        "upper": {"class": "logging.StreamHandler", "stream": "cfg://custom.out", "formatter": "up",
                  ".": {"terminator": " <EOL>\n"}},
        "rot": {"class": "logging.handlers.RotatingFileHandler", "filename": logfile,
                "maxBytes": 60, "backupCount": 2, "formatter": "file"},
        "mem": {"class": "logging.handlers.MemoryHandler", "capacity": 3, "target": "upper",
                "flushLevel": 40},
    },
    "custom": {"out": sys.stdout},
    "loggers": {
        "keep": {"handlers": ["console"], "level": "INFO"},
        "files": {"handlers": ["rot"], "level": "DEBUG", "propagate": False},
        "buffered": {"handlers": ["mem"], "level": "DEBUG", "propagate": False},
    },
    "root": {"level": "WARNING", "handlers": ["upper"]},
}
logging.config.dictConfig(cfg)
print(pre.disabled, pre_child.disabled, pre_child.level, sorted(logging.getHandlerNames()))
logging.getLogger("keep").info("short msg")
logging.getLogger("keep").info("a much longer message that is filtered")
logging.getLogger("keep.child").warning("child warn")
pre.warning("never shown")
logging.getLogger("new").warning("root handler")
fl = logging.getLogger("files")
for i in range(8):
    fl.info("line number %d", i)
for name in sorted(os.listdir(tmp)):
    with open(os.path.join(tmp, name)) as f:
        print(name, f.read().splitlines())
b = logging.getLogger("buffered")
b.debug("one"); b.info("two"); print("-- not yet flushed")
b.error("three flushes")
b.info("four"); print("-- before shutdown")
print(type(logging.getHandlerByName("rot")).__name__, logging.getHandlerByName("mem").capacity)
logging.config.dictConfig({"version": 1, "incremental": True, "loggers": {"keep": {"level": "ERROR"}}})
print(logging.getLogger("keep").level, len(logging.getLogger("keep").handlers))
for bad in [{}, {"version": 2},
            {"version": 1, "handlers": {"h": {"class": "logging.NoSuchHandler"}}},
            {"version": 1, "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "zz"}}},
            {"version": 1, "loggers": {"x": {"handlers": ["nope"]}}},
            {"version": 1, "formatters": {"f": {"format": "%(bad", "style": "%"}}},
            {"version": 1, "root": {"level": "LOUD"}},
            {"version": 1, "incremental": True, "handlers": {"ghost": {}}},
            {"version": 1, "handlers": {"h": {"class": "nosuchmod.Handler"}}}]:
    try:
        logging.config.dictConfig(bad)
        print("ok?")
    except Exception as e:
        print(type(e).__name__, e, "<-", type(e.__cause__).__name__, e.__cause__)
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
ql = logging.getLogger("q"); ql.addHandler(qh); ql.propagate = False
ql.warning("to queue %s", "x")
rec = q.get_nowait()
print(rec.msg, rec.args, rec.levelname)
sink = io.StringIO()
lst = logging.handlers.QueueListener(q, logging.StreamHandler(sink))
lst.start(); ql.error("via listener"); lst.stop()
print(repr(sink.getvalue()))
bh = logging.handlers.BufferingHandler(2)
print(bh.shouldFlush(None), repr(bh))
