"""Configuring logging from a dictionary (dictConfig) or an ini file (fileConfig).

pydive's version: the behaviour CPython 3.12 documents for both, with its error messages
("Unable to configure handler 'x'" chained from the cause); no listen() socket server.
"""

import functools
import io
import re

import logging

__all__ = ["dictConfig", "fileConfig", "valid_ident", "BaseConfigurator", "DictConfigurator",
           "ConvertingDict", "ConvertingList", "ConvertingTuple", "dictConfigClass",
           "DEFAULT_LOGGING_CONFIG_PORT", "RESET_ERROR"]

DEFAULT_LOGGING_CONFIG_PORT = 9030
RESET_ERROR = 104

IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$", re.I)


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError("Not a valid Python identifier: %r" % s)
    return True


def _handlers_module():
    import logging.handlers
    return logging.handlers


# ---------------------------------------------------------------------------------------------
# Containers that turn 'ext://' and 'cfg://' strings (and nested containers) into their values
# when an item is read, as CPython's do

class _Converting:
    configurator = None
    parent = None
    key = None

    def _converted(self, key, raw, store):
        got = self.configurator.convert(raw)
        if got is not raw:
            if store:
                self._store(key, got)
            if type(got) in (ConvertingDict, ConvertingList, ConvertingTuple):
                got.parent = self
                got.key = key
        return got

    def _store(self, key, value):
        pass

    def convert(self, value):
        got = self.configurator.convert(value)
        if got is not value and type(got) in (ConvertingDict, ConvertingList, ConvertingTuple):
            got.parent = self
        return got


class ConvertingDict(dict, _Converting):
    """A dict whose items are converted on access."""

    def _store(self, key, value):
        dict.__setitem__(self, key, value)

    def __getitem__(self, key):
        return self._converted(key, dict.__getitem__(self, key), True)

    def get(self, key, default=None):
        return self._converted(key, dict.get(self, key, default), True)

    def pop(self, key, default=None):
        return self._converted(key, dict.pop(self, key, default), False)


class ConvertingList(list, _Converting):
    """A list whose items are converted on access."""

    def _store(self, key, value):
        list.__setitem__(self, key, value)

    def __getitem__(self, key):
        return self._converted(key, list.__getitem__(self, key), True)

    def pop(self, idx=-1):
        return self.convert(list.pop(self, idx))


class ConvertingTuple(tuple, _Converting):
    """A tuple whose items are converted on access (not stored back)."""

    def __getitem__(self, key):
        return self._converted(key, tuple.__getitem__(self, key), False)


class BaseConfigurator:
    """Resolving dotted names and converting 'ext://' / 'cfg://' values."""

    CONVERT_PATTERN = re.compile(r"^(?P<prefix>[a-z]+)://(?P<suffix>.*)$")
    WORD_PATTERN = re.compile(r"^\s*(\w+)\s*")
    DOT_PATTERN = re.compile(r"^\.\s*(\w+)\s*")
    INDEX_PATTERN = re.compile(r"^\[\s*(\w+)\s*\]\s*")
    DIGIT_PATTERN = re.compile(r"^\d+$")
    value_converters = {"ext": "ext_convert", "cfg": "cfg_convert"}
    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = ConvertingDict(config)
        self.config.configurator = self

    def resolve(self, s):
        """The object a dotted name names, importing modules along the way."""
        parts = s.split(".")
        used = parts[0]
        try:
            found = self.importer(used)
            for part in parts[1:]:
                used = used + "." + part
                if not hasattr(found, part):
                    self.importer(used)
                found = getattr(found, part)
            return found
        except ImportError as e:
            raise ValueError("Cannot resolve %r: %s" % (s, e)) from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        """'cfg://handlers.h1.args[0]': a path into the configuration itself."""
        m = self.WORD_PATTERN.match(value)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        rest = value[m.end():]
        d = self.config[m.group(1)]
        while rest:
            m = self.DOT_PATTERN.match(rest)
            if m:
                d = d[m.group(1)]
            else:
                m = self.INDEX_PATTERN.match(rest)
                if m:
                    idx = m.group(1)
                    if self.DIGIT_PATTERN.match(idx):
                        try:
                            d = d[int(idx)]
                        except TypeError:
                            d = d[idx]
                    else:
                        d = d[idx]
            if not m:
                raise ValueError("Unable to convert %r at %r" % (value, rest))
            rest = rest[m.end():]
        return d

    def convert(self, value):
        wrapped = None
        if isinstance(value, dict) and not isinstance(value, ConvertingDict):
            wrapped = ConvertingDict(value)
        elif isinstance(value, list) and not isinstance(value, ConvertingList):
            wrapped = ConvertingList(value)
        elif (isinstance(value, tuple) and not isinstance(value, ConvertingTuple)
              and not hasattr(value, "_fields")):
            wrapped = ConvertingTuple(value)
        elif isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                name = self.value_converters.get(m.group("prefix"))
                if name:
                    return getattr(self, name)(m.group("suffix"))
            return value
        if wrapped is None:
            return value
        wrapped.configurator = self
        return wrapped

    def configure_custom(self, config):
        """An object made by config['()'] from the other (identifier) keys; '.' sets
        attributes afterwards."""
        factory = config.pop("()")
        if not callable(factory):
            factory = self.resolve(factory)
        kwargs = {k: config[k] for k in config if k != "." and valid_ident(k)}
        result = factory(**kwargs)
        props = config.pop(".", None)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


def _clearExistingHandlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    """Loggers the new configuration does not name: children of named ones are reset,
    the others disabled (if asked)."""
    table = logging.root.manager.loggerDict
    for name in existing:
        logger = table[name]
        if name not in child_loggers:
            logger.disabled = disable_existing
        elif not isinstance(logger, logging.PlaceHolder):
            logger.setLevel(logging.NOTSET)
            logger.handlers = []
            logger.propagate = True


def _wrap(what, name, func, *args):
    try:
        return func(*args)
    except Exception as e:
        raise ValueError("Unable to configure %s%s" % (what, "" if name is None
                                                       else " %r" % (name,))) from e


class DictConfigurator(BaseConfigurator):
    """Configures logging from a dictionary (schema version 1)."""

    def configure(self):
        config = self.config
        if "version" not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config["version"] != 1:
            raise ValueError("Unsupported version: %s" % config["version"])
        incremental = config.pop("incremental", False)
        if incremental:
            self._configure_incremental(config)
            return
        disable_existing = config.pop("disable_existing_loggers", True)
        _clearExistingHandlers()
        formatters = config.get("formatters", {})
        for name in formatters:
            formatters[name] = _wrap("formatter", name, self.configure_formatter,
                                     formatters[name])
        filters = config.get("filters", {})
        for name in filters:
            filters[name] = _wrap("filter", name, self.configure_filter, filters[name])
        # handlers in name order; one whose target handler is not made yet waits a round
        handlers = config.get("handlers", {})
        waiting = []
        for name in sorted(handlers):
            try:
                handler = self.configure_handler(handlers[name])
            except Exception as e:
                if " not configured yet" in str(e.__cause__):
                    waiting.append(name)
                    continue
                raise ValueError("Unable to configure handler %r" % (name,)) from e
            handler.name = name
            handlers[name] = handler
        for name in waiting:
            handler = _wrap("handler", name, self.configure_handler, handlers[name])
            handler.name = name
            handlers[name] = handler
        # loggers: the ones that exist already and are not named are disabled, except the
        # children of named ones
        existing = sorted(logging.root.manager.loggerDict)
        child_loggers = []
        loggers = config.get("loggers", {})
        for name in loggers:
            if name in existing:
                prefix = name + "."
                at = existing.index(name)
                child_loggers.extend(n for n in existing[at + 1:] if n.startswith(prefix))
                existing.remove(name)
            _wrap("logger", name, self.configure_logger, name, loggers[name])
        _handle_existing_loggers(existing, child_loggers, disable_existing)
        root = config.get("root", None)
        if root:
            _wrap("root logger", None, self.configure_root, root)

    def _configure_incremental(self, config):
        handlers = config.get("handlers", {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError("No handler found with name %r" % (name,))
            try:
                level = handlers[name].get("level", None)
                if level:
                    logging._handlers[name].setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError("Unable to configure handler %r" % (name,)) from e
        loggers = config.get("loggers", {})
        for name in loggers:
            _wrap("logger", name, self.configure_logger, name, loggers[name], True)
        root = config.get("root", None)
        if root:
            _wrap("root logger", None, self.configure_root, root, True)

    def configure_formatter(self, config):
        if "()" in config:
            factory = config["()"]
            try:
                return self.configure_custom(config)
            except TypeError as e:
                if "'format'" not in str(e):
                    raise
                # older factories take 'fmt'
                config["fmt"] = config.pop("format")
                config["()"] = factory
                return self.configure_custom(config)
        cname = config.get("class", None)
        cls = _resolve(cname) if cname else logging.Formatter
        args = [config.get("format", None), config.get("datefmt", None),
                config.get("style", "%")]
        if "validate" in config:
            args.append(config["validate"])
        defaults = config.get("defaults", None)
        if defaults is not None:
            return cls(*args, defaults=defaults)
        return cls(*args)

    def configure_filter(self, config):
        if "()" in config:
            return self.configure_custom(config)
        return logging.Filter(config.get("name", ""))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, "filter", None)):
                    found = f
                else:
                    found = self.config["filters"][f]
                filterer.addFilter(found)
            except Exception as e:
                raise ValueError("Unable to add filter %r" % (f,)) from e

    def configure_handler(self, config):
        saved = dict(config)  # restored when the handler has to wait for its target
        formatter = config.pop("formatter", None)
        if formatter:
            try:
                formatter = self.config["formatters"][formatter]
            except Exception as e:
                raise ValueError("Unable to set formatter %r" % (formatter,)) from e
        level = config.pop("level", None)
        filters = config.pop("filters", None)
        if "()" in config:
            factory = config.pop("()")
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            cname = config.pop("class")
            factory = cname if callable(cname) else self.resolve(cname)
            handlers = _handlers_module()
            if issubclass(factory, handlers.MemoryHandler) and "target" in config:
                target = config["target"]
                try:
                    got = self.config["handlers"][target]
                    if not isinstance(got, logging.Handler):
                        config.update(saved)
                        raise TypeError("target not configured yet")
                    config["target"] = got
                except Exception as e:
                    raise ValueError("Unable to set target handler %r" % (target,)) from e
            elif issubclass(factory, handlers.QueueHandler):
                factory = self._queue_handler_factory(factory, config, saved)
        kwargs = {k: config[k] for k in config if k != "." and valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as e:
            if "'stream'" not in str(e):
                raise
            kwargs["strm"] = kwargs.pop("stream")
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        props = config.pop(".", None)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def _queue_handler_factory(self, klass, config, saved):
        import queue
        handlers = _handlers_module()
        if "handlers" not in config:
            raise ValueError("No handlers specified for a QueueHandler")
        if "queue" in config:
            spec = config["queue"]
            if not isinstance(spec, queue.Queue):
                if isinstance(spec, str) and callable(self.resolve(spec)):
                    config["queue"] = self.resolve(spec)()
                elif isinstance(spec, dict) and "()" in spec:
                    config["queue"] = self.configure_custom(dict(spec))
                else:
                    raise TypeError("Invalid queue specifier %r" % (spec,))
        if "listener" in config:
            spec = config["listener"]
            if isinstance(spec, str):
                spec = self.resolve(spec)
            elif isinstance(spec, dict) and "()" in spec:
                spec = self.configure_custom(dict(spec))
            if not callable(spec) or (isinstance(spec, type)
                                      and not issubclass(spec, handlers.QueueListener)):
                raise TypeError("Invalid listener specifier %r" % (config["listener"],))
            config["listener"] = spec
        found = []
        name = None
        try:
            for name in config["handlers"]:
                h = self.config["handlers"][name]
                if not isinstance(h, logging.Handler):
                    config.update(saved)
                    raise TypeError("Required handler %r is not configured yet" % (name,))
                found.append(h)
        except Exception as e:
            raise ValueError("Unable to set required handler %r" % (name,)) from e
        config["handlers"] = found
        return functools.partial(self._configure_queue_handler, klass)

    def _configure_queue_handler(self, klass, **kwargs):
        import queue
        q = kwargs["queue"] if "queue" in kwargs else queue.Queue()
        listener_class = kwargs.get("listener", _handlers_module().QueueListener)
        listener = listener_class(q, *kwargs["handlers"],
                                  respect_handler_level=kwargs.get("respect_handler_level",
                                                                   False))
        handler = klass(q)
        handler.listener = listener
        return handler

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config["handlers"][h])
            except Exception as e:
                raise ValueError("Unable to add handler %r" % (h,)) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get("level", None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if incremental:
            return
        for h in list(logger.handlers):
            logger.removeHandler(h)
        handlers = config.get("handlers", None)
        if handlers:
            self.add_handlers(logger, handlers)
        filters = config.get("filters", None)
        if filters:
            self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get("propagate", None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from a dictionary."""
    dictConfigClass(config).configure()


# ---------------------------------------------------------------------------------------------
# fileConfig: the older ini-file format

def _resolve(name):
    parts = name.split(".")
    used = parts[0]
    found = __import__(used)
    for part in parts[1:]:
        used = used + "." + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


def _strip_spaces(items):
    return [x.strip() for x in items]


def _create_formatters(cp):
    names = cp["formatters"]["keys"]
    if not len(names):
        return {}
    made = {}
    for name in _strip_spaces(names.split(",")):
        section = cp["formatter_" + name]
        fmt = section.get("format", None, raw=True)
        datefmt = section.get("datefmt", None, raw=True)
        style = section.get("style", "%", raw=True)
        cls = logging.Formatter
        cname = section.get("class")
        if cname:
            cls = _resolve(cname)
        defaults = section.get("defaults", None, raw=True)
        if defaults is not None:
            made[name] = cls(fmt, datefmt, style, defaults=defaults)
        else:
            made[name] = cls(fmt, datefmt, style)
    return made


def _install_handlers(cp, formatters):
    names = cp["handlers"]["keys"]
    if not len(names):
        return {}
    made = {}
    targets = []
    for name in _strip_spaces(names.split(",")):
        section = cp["handler_%s" % name]
        cname = section["class"]
        fmt = section.get("formatter", "")
        try:
            cls = eval(cname, vars(logging))
        except (AttributeError, NameError):
            cls = _resolve(cname)
        args = eval(section.get("args", "()"), vars(logging))
        kwargs = eval(section.get("kwargs", "{}"), vars(logging))
        handler = cls(*args, **kwargs)
        handler.name = name
        if "level" in section:
            handler.setLevel(section["level"])
        if len(fmt):
            handler.setFormatter(formatters[fmt])
        if issubclass(cls, _handlers_module().MemoryHandler):
            target = section.get("target", "")
            if len(target):
                targets.append((handler, target))
        made[name] = handler
    for handler, target in targets:
        handler.setTarget(made[target])
    return made


def _install_loggers(cp, handlers, disable_existing):
    names = _strip_spaces(cp["loggers"]["keys"].split(","))
    if "root" in names:
        names.remove("root")
    section = cp["logger_root"]
    root = logging.root
    if "level" in section:
        root.setLevel(section["level"])
    for h in list(root.handlers):
        root.removeHandler(h)
    hlist = section["handlers"]
    if len(hlist):
        for hand in _strip_spaces(hlist.split(",")):
            root.addHandler(handlers[hand])
    existing = sorted(root.manager.loggerDict)
    child_loggers = []
    for name in names:
        section = cp["logger_%s" % name]
        qn = section["qualname"]
        propagate = section.getint("propagate", fallback=1)
        logger = logging.getLogger(qn)
        if qn in existing:
            prefix = qn + "."
            at = existing.index(qn)
            child_loggers.extend(n for n in existing[at + 1:] if n.startswith(prefix))
            existing.remove(qn)
        if "level" in section:
            logger.setLevel(section["level"])
        for h in list(logger.handlers):
            logger.removeHandler(h)
        logger.propagate = propagate
        logger.disabled = 0
        hlist = section["handlers"]
        if len(hlist):
            for hand in _strip_spaces(hlist.split(",")):
                logger.addHandler(handlers[hand])
    _handle_existing_loggers(existing, child_loggers, disable_existing)


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from a configparser-format file (a path, a file object or a
    RawConfigParser)."""
    import configparser
    if isinstance(fname, str):
        import os
        if not os.path.exists(fname):
            raise FileNotFoundError(f"{fname} doesn't exist")
        if not os.path.getsize(fname):
            raise RuntimeError(f"{fname} is an empty file")
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        try:
            cp = configparser.ConfigParser(defaults)
            if hasattr(fname, "readline"):
                cp.read_file(fname)
            else:
                encoding = io.text_encoding(encoding)
                cp.read(fname, encoding=encoding)
        except configparser.ParsingError as e:
            raise RuntimeError(f"{fname} is invalid: {e}")
    formatters = _create_formatters(cp)
    _clearExistingHandlers()
    handlers = _install_handlers(cp, formatters)
    _install_loggers(cp, handlers, disable_existing_loggers)


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    raise NotImplementedError("logging.config.listen is not supported by pydive")


def stopListening():
    pass
