import logging, logging.config, io, sys, tempfile, os, json
ini = """
[loggers]
keys=root,app

[handlers]
keys=out,err

[formatters]
keys=simple,brace

[logger_root]
level=WARNING
handlers=out

[logger_app]
level=DEBUG
handlers=err
qualname=app.core
propagate=0

[handler_out]
class=StreamHandler
level=DEBUG
formatter=simple
args=(sys.stdout,)

[handler_err]
class=logging.StreamHandler
formatter=brace
args=(sys.stdout,)

[formatter_simple]
format=%(levelname)s in %(name)s: %(message)s

[formatter_brace]
format={levelname:<5}|{name}|{message}
style={
"""
d = tempfile.mkdtemp()
path = os.path.join(d, "log.ini")
with open(path, "w") as f:
    f.write(ini)
old = logging.getLogger("old.one")
logging.config.fileConfig(path)
logging.getLogger("app.core").debug("debug from core")
logging.getLogger("app.core.sub").info("sub propagates to core")
logging.getLogger("other").warning("warning from other")
logging.getLogger("other").info("hidden")
old.error("old is disabled: %s", old.disabled)
print(old.disabled)
logging.config.fileConfig(io.StringIO(ini.replace("DEBUG\nhandlers=err", "INFO\nhandlers=err")), disable_existing_loggers=False)
logging.getLogger("app.core").debug("now hidden")
logging.getLogger("app.core").info("info shown")
try:
    logging.config.fileConfig(os.path.join(d, "missing.ini"))
except Exception as e:
    print(type(e).__name__, str(e).replace(d, "<d>"))
open(os.path.join(d, "empty.ini"), "w").close()
try:
    logging.config.fileConfig(os.path.join(d, "empty.ini"))
except Exception as e:
    print(type(e).__name__, str(e).replace(d, "<d>"))
with open(os.path.join(d, "cfg.json"), "w") as f:
    json.dump({"version": 1, "formatters": {"f": {"format": "json-cfg %(message)s"}},
               "handlers": {"h": {"class": "logging.StreamHandler", "formatter": "f", "stream": "ext://sys.stdout"}},
               "root": {"handlers": ["h"], "level": "INFO"}}, f, indent=1)
with open(os.path.join(d, "cfg.json")) as f:
    logging.config.dictConfig(json.load(f))
logging.info("configured from %s", "json")
print(logging.config.valid_ident("abc"))
try:
    logging.config.valid_ident("1abc")
except ValueError as e:
    print(e)
