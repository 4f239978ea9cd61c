import logging
import logging
import logging.config
import io
import sys

buf = io.StringIO()
config = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "brief": {"format": "%(levelname)-8s %(name)s: %(message)s"},
        "detail": {"format": "[%(levelname)s|%(module)s|L%(lineno)d] %(funcName)s %(message)s"},
        "curly": {"format": "{levelname:>7} {name} {message}", "style": "{"},
        "dollar": {"format": "$levelname $name $message", "style": "$"},
    },
    "filters": {"onlyapp": {"name": "app"}},
    "handlers": {
        "out": {"class": "logging.StreamHandler", "formatter": "brief", "stream": "ext://sys.stdout", "level": "DEBUG"},
        "mem": {"class": "logging.StreamHandler", "formatter": "curly", "stream": buf, "filters": ["onlyapp"]},
        "err": {"class": "logging.StreamHandler", "formatter": "dollar", "stream": "ext://sys.stdout", "level": "ERROR"},
    },
    "loggers": {
        "app": {"handlers": ["out", "mem"], "level": "DEBUG", "propagate": False},
        "app.db": {"level": "WARNING"},
        "lib": {"handlers": ["err"], "level": "INFO"},
    },
    "root": {"handlers": ["out"], "level": "WARNING"},
}
logging.config.dictConfig(config)
log = logging.getLogger("app")
log.debug("starting %s with %d workers", "server", 4)
log.info("ready")
logging.getLogger("app.db").info("hidden")
logging.getLogger("app.db").warning("slow query: %.2fs", 1.23456)
logging.getLogger("lib").info("lib info")
logging.getLogger("lib").error("lib error %r", {"a": 1})
logging.getLogger("other").warning("root warn")
logging.getLogger("other").info("root info hidden")

def work():
    logging.getLogger("detail").warning("inside work")

h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter(config["formatters"]["detail"]["format"]))
dl = logging.getLogger("detail"); dl.addHandler(h); dl.propagate = False
work()
try:
    1 / 0
except ZeroDivisionError:
    log.exception("division failed")
print("mem buffer:")
print(buf.getvalue(), end="")
print(logging.getLevelName(25), logging.getLevelName("ERROR"), logging.getLevelName(10))
logging.addLevelName(25, "NOTICE")
log.log(25, "notice level")
print(log.getEffectiveLevel(), logging.getLogger("app.db").getEffectiveLevel(), logging.getLogger("app.db.x").getEffectiveLevel())
print(log.isEnabledFor(logging.DEBUG), logging.getLogger("app.db").isEnabledFor(logging.INFO))
print(repr(log), repr(logging.getLogger("app.db")), repr(logging.root))
class Ctx(logging.Filter):
    def filter(self, record):
        record.user = "alice"
        return True
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter("%(user)s:%(levelno)d:%(message)s"))
h2.addFilter(Ctx())
x = logging.getLogger("ctx"); x.addHandler(h2); x.propagate = False; x.setLevel(1)
x.info("hello")
adapter = logging.LoggerAdapter(x, {"user": "bob"})
adapter.warning("from adapter")
print(repr(h2))
