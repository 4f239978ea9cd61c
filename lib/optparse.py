"""Command-line option parsing, the older interface (pydive's optparse).

An OptionParser holds Options (``-f FILE``, ``--file=FILE``, flags, counters, ...);
``parse_args()`` returns a Values object with one attribute per destination and the
positional arguments left over. Help and usage text are laid out as CPython's
IndentedHelpFormatter lays them out.
"""

import os
import sys
import textwrap

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values',
           'OptionContainer', 'OptionGroup', 'OptionParser', 'HelpFormatter',
           'IndentedHelpFormatter', 'TitledHelpFormatter', 'OptParseError', 'OptionError',
           'OptionConflictError', 'OptionValueError', 'BadOptionError', 'check_choice']

__version__ = "1.5.3"


def _(text):
    return text


class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """An Option was declared wrongly."""

    def __init__(self, msg, option):
        self.msg, self.option_id = msg, f"{option}"

    def __str__(self):
        return f"option {self.option_id}: {self.msg}" if self.option_id else self.msg


class OptionConflictError(OptionError):
    pass


class OptionValueError(OptParseError):
    pass


class BadOptionError(OptParseError):
    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return f"no such option: {self.opt_str}"


class AmbiguousOptionError(BadOptionError):
    def __init__(self, opt_str, possibilities):
        super().__init__(opt_str)
        self.possibilities = list(possibilities)

    def __str__(self):
        return f"ambiguous option: {self.opt_str} ({', '.join(self.possibilities)}?)"


SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"
NO_DEFAULT = tuple("NO DEFAULT".split())


# --- help layout --------------------------------------------------------------------

class HelpFormatter:
    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width, short_first):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self.parser = None
        self.width = width
        self.indent_increment = indent_increment
        self.max_help_position = min(max_help_position,
                                     max(width - 20, 2 * indent_increment))
        self.help_position = self.max_help_position
        self.current_indent = self.level = 0
        self.help_width = None
        self.short_first = short_first
        self.default_tag = "%" + "default"
        self.option_strings = {}
        self._short_opt_fmt, self._long_opt_fmt = "%s %s", "%s=%s"

    def set_parser(self, parser):
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        if delim != "" and delim != " ":
            raise ValueError(f"invalid metavar delimiter for short options: {delim!r}")
        self._short_opt_fmt = f"%s{delim}%s"

    def set_long_opt_delimiter(self, delim):
        if delim != "=" and delim != " ":
            raise ValueError(f"invalid metavar delimiter for long options: {delim!r}")
        self._long_opt_fmt = f"%s{delim}%s"

    def indent(self):
        self.level += 1
        self.current_indent += self.indent_increment

    def dedent(self):
        self.level -= 1
        self.current_indent -= self.indent_increment
        if self.current_indent < 0:
            raise AssertionError("Indent decreased below 0.")

    def format_usage(self, usage):
        raise NotImplementedError("subclasses must implement")  # IndentedHelpFormatter does

    def format_heading(self, heading):
        raise NotImplementedError("subclasses must implement")  # IndentedHelpFormatter does

    def _format_text(self, text):
        width = max(self.width - self.current_indent, 11)
        pad = " " * self.current_indent
        return textwrap.fill(text, width, initial_indent=pad, subsequent_indent=pad)

    def format_description(self, description):
        return self._format_text(description) + "\n" if description else ""

    def format_epilog(self, epilog):
        return "\n" + self._format_text(epilog) + "\n" if epilog else ""

    def expand_default(self, option):
        if not self.default_tag or self.parser is None:
            return option.help
        value = self.parser.defaults.get(option.dest)
        if value is NO_DEFAULT or value is None:
            value = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(value))

    def format_option(self, option):
        strings = self.option_strings[option]
        room = self.help_position - self.current_indent - 2
        pad = " " * self.current_indent
        if len(strings) > room:
            head = pad + strings + "\n"
            first_indent = self.help_position
        else:
            head = pad + strings.ljust(room) + "  "
            first_indent = 0
        parts = [head]
        if option.help:
            lines = textwrap.wrap(self.expand_default(option), self.help_width)
            parts.append(" " * first_indent + lines[0] + "\n")
            parts.extend(" " * self.help_position + line + "\n" for line in lines[1:])
        elif not head.endswith("\n"):
            parts.append("\n")
        return "".join(parts)

    def store_option_strings(self, parser):
        # Parser options sit one indent in, group options two: the widest decides
        # where help text starts.
        widths = []
        for depth, options in [(1, parser.option_list)] + \
                [(2, g.option_list) for g in parser.option_groups]:
            for each in options:
                text = self.format_option_strings(each)
                self.option_strings[each] = text
                widths.append(len(text) + depth * self.indent_increment)
        self.help_position = min(max(widths, default=0) + 2, self.max_help_position)
        self.help_width = max(11, self.width - self.help_position)

    def format_option_strings(self, option):
        if option.takes_value():
            metavar = option.metavar if option.metavar else option.dest.upper()
            shorts = [self._short_opt_fmt % (s, metavar) for s in option._short_opts]
            longs = [self._long_opt_fmt % (s, metavar) for s in option._long_opts]
        else:
            shorts, longs = option._short_opts, option._long_opts
        ordered = shorts + longs if self.short_first else longs + shorts
        return ", ".join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """Headings flush left with a colon, options indented under them."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return f"Usage: {usage}\n"

    def format_heading(self, heading):
        return " " * self.current_indent + heading + ":\n"


class TitledHelpFormatter(HelpFormatter):
    """Headings underlined with '=' and '-'."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return f"{self.format_heading('Usage')}  {usage}\n"

    def format_heading(self, heading):
        underline = ("=", "-")[self.level] * len(heading)
        return f"{heading}\n{underline}\n"


# --- values and type checks -------------------------------------------------------

def _parse_num(text, kind):
    prefix = text[:2].lower()
    if prefix == "0x":
        base = 16
    elif prefix == "0b":
        base, text = 2, text[2:] or "0"
    elif text[:1] == "0":
        base = 8
    else:
        base = 10
    return kind(text, base)


def _parse_int(text):
    return _parse_num(text, int)


_NUMBER_KINDS = {"int": (_parse_int, _("integer")), "long": (_parse_int, _("integer")),
                 "float": (float, _("floating-point")), "complex": (complex, _("complex"))}


def check_builtin(option, opt, value):
    convert, what = _NUMBER_KINDS[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(
            _("option %s: invalid %s value: %r") % (opt, what, value)) from None


def check_choice(option, opt, value):
    if value in option.choices:
        return value  # one of the allowed strings
    listed = ", ".join(map(repr, option.choices))
    raise OptionValueError(
        _("option %s: invalid choice: %r (choose from %s)") % (opt, value, listed))


class Values:
    """The parsed options: one attribute per destination."""

    def __init__(self, defaults=None):
        for attr, val in (defaults or {}).items():
            setattr(self, attr, val)

    def __str__(self):
        return str(self.__dict__)

    def __repr__(self):
        return f"<{type(self).__name__} at 0x{id(self):x}: {self}>"

    def __eq__(self, other):
        mine = vars(self)
        if isinstance(other, Values):
            return mine == vars(other)
        return mine == other if isinstance(other, dict) else NotImplemented

    def _update_careful(self, mapping):
        for attr in dir(self):
            new = mapping.get(attr)
            if new is not None:
                setattr(self, attr, new)

    def _update_loose(self, mapping):
        self.__dict__.update(mapping)

    def _update(self, mapping, mode):
        if mode == "careful":
            self._update_careful(mapping)
        elif mode == "loose":
            self._update_loose(mapping)
        else:
            raise ValueError(f"invalid update mode: {mode!r}")

    def read_module(self, modname, mode="careful"):
        __import__(modname)
        self._update(vars(sys.modules[modname]), mode)

    def read_file(self, filename, mode="careful"):
        scope = {}
        with open(filename) as f:
            exec(f.read(), scope)
        self._update(scope, mode)

    def ensure_value(self, attr, value):
        current = getattr(self, attr, None)
        if current is None:
            setattr(self, attr, value)
            current = value
        return current


# --- options ------------------------------------------------------------------------

class Option:
    """One option: its strings (-f, --file), what it does, where its value goes."""

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices', 'callback',
             'callback_args', 'callback_kwargs', 'help', 'metavar']
    ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
               "append_const", "count", "callback", "help", "version")
    STORE_ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
                     "append_const", "count")
    TYPED_ACTIONS = ("store", "append", "callback")
    ALWAYS_TYPED_ACTIONS = ("store", "append")
    CONST_ACTIONS = ("store_const", "append_const")
    TYPES = tuple("string int long float complex choice".split())
    TYPE_CHECKER = {"int": check_builtin, "long": check_builtin, "float": check_builtin,
                    "complex": check_builtin, "choice": check_choice}
    CHECK_METHODS = None

    def __init__(self, *opts, **attrs):
        self._short_opts, self._long_opts = [], []
        self._set_opt_strings(self._check_opt_strings(opts))
        self._set_attrs(attrs)
        for check in self.CHECK_METHODS:
            check(self)

    def _check_opt_strings(self, opts):
        given = [text for text in opts if text]
        if given:
            return given
        raise TypeError("at least one option string must be supplied")

    def _set_opt_strings(self, opts):
        for text in opts:
            if len(text) < 2:
                raise OptionError(f"invalid option string {text!r}: must be at least two "
                                  "characters long", self)
            short = len(text) == 2
            if short and (text[0] != "-" or text[1] == "-"):
                raise OptionError(f"invalid short option string {text!r}: must be of the "
                                  "form -x, (x any non-dash char)", self)
            if not short and (not text.startswith("--") or text[2] == "-"):
                raise OptionError(f"invalid long option string {text!r}: must start with "
                                  "--, followed by non-dash", self)
            (self._short_opts if short else self._long_opts).append(text)

    def _set_attrs(self, attrs):
        for attr in self.ATTRS:
            if attr in attrs:
                setattr(self, attr, attrs.pop(attr))
            else:
                setattr(self, attr, NO_DEFAULT if attr == 'default' else None)
        if attrs:
            names = sorted(attrs)
            raise OptionError("invalid keyword arguments: %s" % ", ".join(names), self)

    def _check_action(self):
        if self.action is None:
            self.action = "store"
        if self.action not in self.ACTIONS:
            raise OptionError(f"invalid action: {self.action!r}", self)

    def _check_type(self):
        if self.type is None:
            if self.action in self.ALWAYS_TYPED_ACTIONS:
                self.type = "string" if self.choices is None else "choice"
        else:
            name = getattr(self.type, "__name__", self.type) if isinstance(self.type, type) \
                else self.type
            self.type = "string" if name == "str" else name
            if self.type not in self.TYPES:
                raise OptionError(f"invalid option type: {self.type!r}", self)
            if self.action not in self.TYPED_ACTIONS:
                raise OptionError(f"must not supply a type for action {self.action!r}", self)

    def _check_choice(self):
        if self.type != "choice":
            if self.choices is not None:
                raise OptionError(f"must not supply choices for type {self.type!r}", self)
        elif self.choices is None:
            raise OptionError("must supply a list of choices for type 'choice'", self)
        elif not isinstance(self.choices, (tuple, list)):
            kind = type(self.choices).__name__
            raise OptionError(f"choices must be a list of strings ('{kind}' supplied)", self)

    def _check_dest(self):
        if self.dest is not None:
            return
        if self.action in self.STORE_ACTIONS or self.type is not None:
            # --some-name stores to some_name; a short option to its letter.
            self.dest = (self._long_opts[0][2:].replace('-', '_') if self._long_opts
                         else self._short_opts[0][-1])

    def _check_const(self):
        if self.const is not None and self.action not in self.CONST_ACTIONS:
            raise OptionError(f"'const' must not be supplied for action {self.action!r}",
                              self)

    def _check_nargs(self):
        typed = self.action in self.TYPED_ACTIONS
        if typed and self.nargs is None:
            self.nargs = 1
        elif not typed and self.nargs is not None:
            raise OptionError(f"'nargs' must not be supplied for action {self.action!r}",
                              self)

    def _check_callback(self):
        if self.action != "callback":
            for attr in ("callback", "callback_args", "callback_kwargs"):
                if getattr(self, attr) is not None:
                    what = (f"callback supplied ({self.callback!r})" if attr == "callback"
                            else f"{attr} supplied")
                    raise OptionError(f"{what} for non-callback option", self)
            return
        if not callable(self.callback):
            raise OptionError(f"callback not callable: {self.callback!r}", self)
        for attr, kind, name in (("callback_args", tuple, "tuple"),
                                 ("callback_kwargs", dict, "dict")):
            given = getattr(self, attr)
            if given is not None and not isinstance(given, kind):
                raise OptionError(f"{attr}, if supplied, must be a {name}: not {given!r}",
                                  self)

    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest, _check_const,
                     _check_nargs, _check_callback]

    def __str__(self):
        return "/".join([*self._short_opts, *self._long_opts])

    def __repr__(self):
        return f"<{type(self).__name__} at 0x{id(self):x}: {self}>"

    def takes_value(self):
        return not (self.type is None)

    def get_opt_string(self):
        return (self._long_opts or self._short_opts)[0]

    def check_value(self, opt, value):
        check = self.TYPE_CHECKER.get(self.type)
        if check is None:
            return value
        return check(self, opt, value)

    def convert_value(self, opt, value):
        if value is not None and self.nargs == 1:
            return self.check_value(opt, value)
        if value is not None:
            return tuple([self.check_value(opt, item) for item in value])
        return None

    def process(self, opt, value, values, parser):
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        step = _ACTION_STEPS.get(action)
        if step is None:
            raise ValueError(f"unknown action {self.action!r}")
        step(self, dest, opt, value, values, parser)
        return 1


def _run_callback(option, dest, opt, value, values, parser):
    extra_args = option.callback_args or ()
    extra_kwargs = option.callback_kwargs or {}
    option.callback(option, opt, value, parser, *extra_args, **extra_kwargs)


def _show_and_exit(show):
    def step(option, dest, opt, value, values, parser):
        getattr(parser, show)()
        parser.exit()
    return step


def _append_to(values, dest, item):
    values.ensure_value(dest, []).append(item)


# What each action does: (option, dest, opt, value, values, parser) -> None.
_ACTION_STEPS = {
    "store": lambda o, d, opt, v, vals, p: setattr(vals, d, v),
    "store_const": lambda o, d, opt, v, vals, p: setattr(vals, d, o.const),
    "store_true": lambda o, d, opt, v, vals, p: setattr(vals, d, True),
    "store_false": lambda o, d, opt, v, vals, p: setattr(vals, d, False),
    "append": lambda o, d, opt, v, vals, p: _append_to(vals, d, v),
    "append_const": lambda o, d, opt, v, vals, p: _append_to(vals, d, o.const),
    "count": lambda o, d, opt, v, vals, p: setattr(vals, d, vals.ensure_value(d, 0) + 1),
    "callback": _run_callback,
    "help": _show_and_exit("print_help"),
    "version": _show_and_exit("print_version"),
}


make_option = Option


class OptionContainer:
    """What OptionParser and OptionGroup share: a list of options and lookup tables."""

    def __init__(self, option_class, conflict_handler, description):
        self._create_option_list()
        self.option_class = option_class
        self.set_conflict_handler(conflict_handler)
        self.set_description(description)

    def _create_option_mappings(self):
        # option string -> Option, for short and long strings; dest -> default.
        self._short_opt, self._long_opt, self.defaults = {}, {}, {}

    def _share_option_mappings(self, parser):
        self._short_opt, self._long_opt = parser._short_opt, parser._long_opt
        self.defaults = parser.defaults

    def set_conflict_handler(self, handler):
        if handler in ("error", "resolve"):
            self.conflict_handler = handler
        else:
            raise ValueError(f"invalid conflict_resolution value {handler!r}")

    def set_description(self, description):
        self.description = description

    def get_description(self):
        return self.description

    def destroy(self):
        del self._short_opt, self._long_opt, self.defaults

    def _table_for(self, text):
        return self._long_opt if text.startswith("--") else self._short_opt

    def _check_conflict(self, option):
        strings = option._short_opts + option._long_opts
        clashes = [(text, self._table_for(text)[text]) for text in strings
                   if text in self._table_for(text)]
        if not clashes:
            return
        if self.conflict_handler == "error":
            names = ", ".join(text for text, _ in clashes)
            raise OptionConflictError(f"conflicting option string(s): {names}", option)
        # "resolve": the older option gives up the strings the new one takes.
        for text, older in clashes:
            (older._long_opts if text.startswith("--") else older._short_opts).remove(text)
            del self._table_for(text)[text]
            if not older._short_opts and not older._long_opts:
                older.container.option_list.remove(older)

    def add_option(self, *args, **kwargs):
        """Add an Option (or build one from option strings and keyword attributes)."""
        first = args[0]
        if isinstance(first, str):
            option = self.option_class(*args, **kwargs)
        elif len(args) != 1 or kwargs:
            raise TypeError("invalid arguments")
        elif isinstance(first, Option):
            option = first
        else:
            raise TypeError(f"not an Option instance: {first!r}")
        self._check_conflict(option)
        self.option_list.append(option)
        option.container = self
        for text in option._short_opts + option._long_opts:
            self._table_for(text)[text] = option
        dest = option.dest
        if dest is not None:
            if option.default is not NO_DEFAULT:
                self.defaults[dest] = option.default
            else:
                self.defaults.setdefault(dest, None)
        return option

    def add_options(self, option_list):
        for each in option_list:
            self.add_option(each)

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        return self.get_option(opt_str) is not None

    def remove_option(self, opt_str):
        found = self.get_option(opt_str)
        if found is None:
            raise ValueError(f"no such option {opt_str!r}")
        for text in found._short_opts + found._long_opts:
            self._table_for(text).pop(text, None)
        found.container.option_list.remove(found)

    def format_option_help(self, formatter):
        shown = [opt for opt in self.option_list if opt.help is not SUPPRESS_HELP]
        return "".join(map(formatter.format_option, shown))

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        pieces = []
        if self.description:
            pieces.append(self.format_description(formatter))
        if self.option_list:
            pieces.append(self.format_option_help(formatter))
        return "\n".join(pieces)


class OptionGroup(OptionContainer):
    """A titled group of options in the help."""

    def __init__(self, parser, title, description=None):
        self.parser = parser
        OptionContainer.__init__(self, parser.option_class, parser.conflict_handler,
                                 description)
        self.title = title

    def _create_option_list(self):
        self._share_option_mappings(self.parser)
        self.option_list = []

    def set_title(self, title):
        self.title = title

    def destroy(self):
        super().destroy()
        del self.option_list

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        try:
            return heading + super().format_help(formatter)
        finally:
            formatter.dedent()


class OptionParser(OptionContainer):
    """Parses a command line into a Values object and the remaining arguments."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler="error", description=None, formatter=None,
                 add_help_option=True, prog=None, epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler, description)
        self.set_usage(usage)
        self.prog = prog
        self.version = version
        self.allow_interspersed_args = self.process_default_values = True
        self.formatter = formatter or IndentedHelpFormatter()
        self.formatter.set_parser(self)
        self.epilog = epilog
        self._populate_option_list(option_list, add_help=add_help_option)
        self._init_parsing_state()

    def destroy(self):
        OptionContainer.destroy(self)
        for each in self.option_groups:
            each.destroy()
        del self.option_list, self.option_groups, self.formatter

    def _create_option_list(self):
        self.option_list, self.option_groups = [], []
        self._create_option_mappings()

    def _add_help_option(self):
        text = "show this help message and exit"
        self.add_option("-h", "--help", action="help", help=text)

    def _add_version_option(self):
        text = "show program's version number and exit"
        self.add_option("--version", action="version", help=text)

    def _populate_option_list(self, option_list, add_help=True):
        for extra in (self.standard_option_list, option_list):
            if extra:
                self.add_options(extra)
        if self.version:
            self._add_version_option()
        if add_help:
            self._add_help_option()

    def _init_parsing_state(self):
        self.rargs = None
        self.largs = None
        self.values = None

    def set_usage(self, usage):
        if usage is SUPPRESS_USAGE:
            usage = None
        elif usage is None:
            usage = "%prog [options]"
        elif usage[:7].lower() == "usage: ":
            usage = usage[7:]
        self.usage = usage

    def enable_interspersed_args(self):
        """Options may follow positional arguments (the default)."""
        self._interspersed(True)

    def disable_interspersed_args(self):
        """The first positional argument ends option processing."""
        self._interspersed(False)

    def _interspersed(self, allowed):
        self.allow_interspersed_args = allowed

    def set_process_default_values(self, process):
        self.process_default_values = process

    def set_default(self, dest, value):
        self.defaults[dest] = value

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def _get_all_options(self):
        return self.option_list + [o for g in self.option_groups for o in g.option_list]

    def get_default_values(self):
        start = dict(self.defaults)
        if self.process_default_values:
            # String defaults go through the option's type, as given values do.
            for each in self._get_all_options():
                given = start.get(each.dest)
                if isinstance(given, str):
                    start[each.dest] = each.check_value(each.get_opt_string(), given)
        return Values(start)

    def add_option_group(self, *args, **kwargs):
        first = args[0]
        if isinstance(first, str):
            group = OptionGroup(self, *args, **kwargs)
        elif len(args) != 1 or kwargs:
            raise TypeError("invalid arguments")
        elif not isinstance(first, OptionGroup):
            raise TypeError(f"not an OptionGroup instance: {first!r}")
        elif first.parser is not self:
            raise ValueError("invalid OptionGroup (wrong parser)")
        else:
            group = first
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        found = self.get_option(opt_str)
        owner = found.container if found else None
        return owner if owner is not self else None

    def _get_args(self, args):
        return list(sys.argv[1:] if args is None else args)

    def parse_args(self, args=None, values=None):
        """(values, positional arguments) of args (default sys.argv[1:])."""
        pending = self._get_args(args)
        result = self.get_default_values() if values is None else values
        self.rargs, self.largs, self.values = pending, [], result
        try:
            self._process_args(self.largs, pending, result)
        except (OptionValueError, BadOptionError) as problem:
            self.error(str(problem))
        return self.check_values(result, self.largs + pending)

    def check_values(self, values, args):
        return values, args

    def _process_args(self, largs, rargs, values):
        # Consume rargs from the front; positionals go to largs.
        while rargs:
            head = rargs[0]
            if head == "--":
                rargs.pop(0)
                break
            if head[:2] == "--":
                self._process_long_opt(rargs, values)
            elif head[:1] == "-" and head != "-":
                self._process_short_opts(rargs, values)
            elif not self.allow_interspersed_args:
                break
            else:
                largs.append(rargs.pop(0))

    def _match_long_opt(self, opt):
        return _match_abbrev(opt, self._long_opt)

    def _take_values(self, option, opt, rargs):
        count = option.nargs
        if len(rargs) < count:
            if count == 1:
                self.error(f"{opt} option requires 1 argument")
            self.error(f"{opt} option requires {count} arguments")
        taken = rargs[:count]
        del rargs[:count]
        return taken[0] if count == 1 else tuple(taken)

    def _process_long_opt(self, rargs, values):
        name, eq, given = rargs.pop(0).partition("=")
        if eq:
            rargs.insert(0, given)
        name = self._match_long_opt(name)
        target = self._long_opt[name]
        value = None
        if target.takes_value():
            value = self._take_values(target, name, rargs)
        elif eq:
            self.error(f"{name} option does not take a value")
        target.process(name, value, values, self)

    def _process_short_opts(self, rargs, values):
        cluster = rargs.pop(0)
        for pos, letter in enumerate(cluster[1:], 2):
            flag = "-" + letter
            target = self._short_opt.get(flag)
            if target is None:
                raise BadOptionError(flag)
            if not target.takes_value():
                target.process(flag, None, values, self)
                continue
            # The rest of the cluster, if any, is this option's value.
            if cluster[pos:]:
                rargs.insert(0, cluster[pos:])
            target.process(flag, self._take_values(target, flag, rargs), values, self)
            return

    def get_prog_name(self):
        if self.prog is None:
            return os.path.basename(sys.argv[0])
        return self.prog

    def expand_prog_name(self, s):
        return s.replace("%prog", self.get_prog_name())

    def get_description(self):
        text = self.description
        return self.expand_prog_name(text) if text else text

    def exit(self, status=0, msg=None):
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        """Print the usage and msg to stderr, then exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.get_prog_name()}: error: {msg}\n")

    def get_usage(self):
        if not self.usage:
            return ""
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_usage(self, file=None):
        if self.usage:
            print(self.get_usage(), file=file)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ""

    def print_version(self, file=None):
        if self.version:
            print(self.get_version(), file=file)

    def format_option_help(self, formatter=None):
        fmt = formatter or self.formatter
        fmt.store_option_strings(self)
        blocks = []
        heading = fmt.format_heading("Options")
        fmt.indent()
        if self.option_list:
            blocks.append(OptionContainer.format_option_help(self, fmt))
        blocks.extend(group.format_help(fmt) for group in self.option_groups)
        fmt.dedent()
        if not blocks:
            return ""
        return heading + "\n".join(blocks)

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        fmt = formatter or self.formatter
        text = self.get_usage() + "\n" if self.usage else ""
        if self.description:
            text += self.format_description(fmt) + "\n"
        return text + self.format_option_help(fmt) + self.format_epilog(fmt)

    def print_help(self, file=None):
        (file or sys.stdout).write(self.format_help())


def _match_abbrev(s, wordmap):
    """The one key of wordmap that s is (or uniquely abbreviates)."""
    if s in wordmap:
        return s
    candidates = [word for word in wordmap.keys() if word.startswith(s)]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise BadOptionError(s)
    candidates.sort()
    raise AmbiguousOptionError(s, candidates)
