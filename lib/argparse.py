"""Command-line parsing (pydive's argparse: the common API of CPython 3.12's argparse —
positionals and options, the usual actions, nargs, type/choices/default/required,
argument groups, mutually exclusive groups, subparsers — with its usage, help and error
texts for those cases)."""

import os as _os
import sys as _sys

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "BooleanOptionalAction",
           "FileType", "HelpFormatter", "ArgumentDefaultsHelpFormatter",
           "RawDescriptionHelpFormatter", "RawTextHelpFormatter",
           "MetavarTypeHelpFormatter", "Namespace", "Action", "ONE_OR_MORE", "OPTIONAL",
           "PARSER", "REMAINDER", "SUPPRESS", "ZERO_OR_MORE"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."


class Namespace:
    """Simple object for storing attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        args = []
        star_args = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                args.append("%s=%r" % (name, value))
            else:
                star_args[name] = value
        if star_args:
            args.append("**%s" % repr(star_args))
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    pass


def _get_action_name(argument):
    if argument is None:
        return None
    if argument.option_strings:
        return "/".join(argument.option_strings)
    if argument.metavar not in (None, SUPPRESS):
        return argument.metavar
    if argument.dest not in (None, SUPPRESS):
        return argument.dest
    return None


class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def __repr__(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices",
                 "required", "help", "metavar"]
        return "%s(%s)" % (type(self).__name__, ", ".join(
            "%s=%r" % (n, getattr(self, n)) for n in names))

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to "
                             "store, actions such as store true or store const may be more "
                             "appropriate")
        super().__init__(option_strings, dest, nargs=nargs, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


def _add_to_list(namespace, dest, new_items):
    # The list actions store a new list each time, so that a list given as the default
    # is never changed in place.
    items = getattr(namespace, dest, None)
    items = [] if items is None else list(items)
    items.extend(new_items)
    setattr(namespace, dest, items)


class _AppendAction(Action):
    def __call__(self, parser, namespace, values, option_string=None):
        _add_to_list(namespace, self.dest, [values])


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        _add_to_list(namespace, self.dest, [self.const])


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        _add_to_list(namespace, self.dest, values)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if so_far is None else so_far + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        parser._print_message(version.replace("%(prog)s", parser.prog) + "\n", _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        # each --flag also answers to --no-flag
        spellings = []
        for flag in option_strings:
            spellings += [flag, "--no-" + flag[2:]] if flag.startswith("--") else [flag]
        super().__init__(spellings, dest, nargs=0, default=default, type=type,
                         choices=choices, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string not in self.option_strings:
            return
        setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


class _SubParsersAction(Action):
    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += " (%s)" % ", ".join(aliases)
            super().__init__(option_strings=[], dest=dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        if "help" in kwargs:
            help = kwargs.pop("help")
            self._choices_actions.append(self._ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        chosen, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, chosen)
        if chosen not in self._name_parser_map:
            known = ", ".join(repr(name) for name in self._name_parser_map)
            raise ArgumentError(self, "invalid choice: %r (choose from %s)" % (chosen, known))
        # the sub-parser fills a namespace of its own, copied over this one
        found, rest = self._name_parser_map[chosen].parse_known_args(rest, None)
        for key, value in vars(found).items():
            setattr(namespace, key, value)
        if rest:
            vars(namespace).setdefault("_UNRECOGNIZED_ARGS_ATTR", []).extend(rest)


_ACTIONS = {None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction,
            "store_true": _StoreTrueAction, "store_false": _StoreFalseAction,
            "append": _AppendAction, "append_const": _AppendConstAction,
            "count": _CountAction, "help": _HelpAction, "version": _VersionAction,
            "extend": _ExtendAction, "parsers": _SubParsersAction}


def _usage_words(text):
    """The words usage wraps between: a bracketed or parenthesized group (up to a run of
    closing brackets followed by a space or the end) stays one word."""
    words = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        end = _group_end(text, i) if text[i] in "([" else None
        if end is None:
            end = i
            while end < n and not text[end].isspace():
                end += 1
        words.append(text[i:end])
        i = end
    return words


def _group_end(text, start):
    # where the group opened at start ends, or None if it never closes properly
    closer = ")" if text[start] == "(" else "]"
    j = start + 1
    while j < len(text) and text[j] != "\n":
        if text[j] != closer:
            j += 1
            continue
        run_end = j
        while run_end < len(text) and text[run_end] == closer:
            run_end += 1
        if run_end == len(text) or text[run_end].isspace():
            return run_end
        j = run_end
    return None


def _fill_rows(words, margin, width, first_offset=None):
    """Greedy line filling for usage: rows of words joined by spaces, each row after the
    first starting with margin; the first row starts after first_offset characters of
    prefix when that is given (and is returned without the margin)."""
    rows, row = [], []
    used = (len(margin) if first_offset is None else first_offset) - 1
    for word in words:
        if row and used + 1 + len(word) > width:
            rows.append(row)
            row, used = [], len(margin) - 1
        row.append(word)
        used += 1 + len(word)
    if row:
        rows.append(row)
    text = [margin + " ".join(r) for r in rows]
    if first_offset is not None and text:
        text[0] = text[0][len(margin):]
    return text


class FileType:
    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode

    def __call__(self, string):
        if string == "-":
            return _sys.stdin if "r" in self._mode else _sys.stdout
        try:
            return open(string, self._mode)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))


# ---- help formatting ----

class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._width = width
        self._max_help_position = min(max_help_position,
                                      max(width - 20, indent_increment * 2))

    def _fill(self, text, width, indent):
        import textwrap
        text = " ".join(text.split())
        return textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        import textwrap
        text = " ".join(text.split())
        return textwrap.wrap(text, width)

    def _format_text(self, text):
        if "%(prog)" in text:
            text = text % dict(prog=self._prog)
        return self._fill(text, max(self._width, 11), "") + "\n\n"

    def _get_help_string(self, action):
        return action.help


class RawDescriptionHelpFormatter(HelpFormatter):
    def _format_text(self, text):
        if "%(prog)" in text:
            text = text % dict(prog=self._prog)
        return text + "\n\n"


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ""
        if "%(default)" not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += " (default: %(default)s)"
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    pass


class _ArgumentGroup:
    def __init__(self, container, title=None, description=None):
        self._container = container
        self.title = title
        self.description = description
        self._group_actions = []

    def add_argument(self, *args, **kwargs):
        action = self._container.add_argument(*args, **kwargs)
        self._container._move_to_group(action, self)
        return action

    def add_argument_group(self, *args, **kwargs):
        return self._container.add_argument_group(*args, **kwargs)

    def add_mutually_exclusive_group(self, **kwargs):
        return self._container.add_mutually_exclusive_group(**kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required

    def add_argument(self, *args, **kwargs):
        action = self._container.add_argument(*args, **kwargs)
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        self._group_actions.append(action)
        return action


class ArgumentParser:
    """Parse command line strings into Python objects."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else "-c"
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.prefix_chars = prefix_chars
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.argument_default = argument_default
        if conflict_handler not in ("error", "resolve"):
            raise ValueError("invalid conflict_resolution value: %r" % (conflict_handler,))
        self.conflict_handler = conflict_handler
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._defaults = {}
        self._positionals = _ArgumentGroup(self, "positional arguments")
        self._optionals = _ArgumentGroup(self, "options")
        self._action_groups = [self._positionals, self._optionals]
        self._mutually_exclusive_groups = []
        self._subparsers = None
        if add_help:
            self.add_argument("-h", "--help", action="help", default=SUPPRESS,
                              help="show this help message and exit")
        for parent in parents:
            for action in parent._actions:
                if isinstance(action, _HelpAction):
                    continue
                self._add_action(action)
            self._defaults.update(parent._defaults)

    # ---- building ----

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][0] not in chars:
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            dest = args[0] if args else kwargs.pop("dest")
            option_strings = []
            if "required" in kwargs:
                raise TypeError("'required' is an invalid argument for positionals")
            nargs = kwargs.get("nargs")
            kwargs["required"] = not (nargs in (OPTIONAL, ZERO_OR_MORE)
                                      or (nargs == ZERO_OR_MORE))
            if nargs == ZERO_OR_MORE and "default" not in kwargs:
                # as CPython: a '*' positional without a default is required (it is only
                # reported when nothing reached it)
                kwargs["required"] = True
        else:
            option_strings = list(args)
            for o in option_strings:
                if o[0] not in chars:
                    raise ValueError("invalid option string %r: must start with a character "
                                     "%r" % (o, chars))
            dest = kwargs.pop("dest", None)
            if dest is None:
                long_opts = [o for o in option_strings if len(o) > 1 and o[1] in chars]
                dest = (long_opts[0] if long_opts else option_strings[0]).lstrip(chars)
                dest = dest.replace("-", "_")
        if "default" not in kwargs:
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_name = kwargs.pop("action", None)
        action_class = _ACTIONS.get(action_name, action_name) if isinstance(action_name, str) \
            or action_name is None else action_name
        if isinstance(action_class, str):
            raise ValueError('unknown action "%s"' % (action_class,))
        type_func = kwargs.get("type")
        if type_func is not None and not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        action = action_class(option_strings=option_strings, dest=dest, **kwargs)
        return self._add_action(action)

    def _add_action(self, action):
        clashes = [(o, other) for o in action.option_strings for other in self._actions
                   if o in other.option_strings]
        if clashes and self.conflict_handler != "resolve":
            raise ArgumentError(action, "conflicting option string%s: %s" % (
                "s" if len(clashes) > 1 else "", ", ".join(o for o, _ in clashes)))
        # conflict_handler='resolve': the older action loses the strings; with none left, it goes
        for o, other in clashes:
            other.option_strings.remove(o)
            if not other.option_strings:
                self._actions.remove(other)
                for g in self._action_groups + self._mutually_exclusive_groups:
                    if other in g._group_actions:
                        g._group_actions.remove(other)
        self._actions.append(action)
        group = self._optionals if action.option_strings else self._positionals
        group._group_actions.append(action)
        return action

    def _move_to_group(self, action, group):
        for g in self._action_groups:
            if action in g._group_actions:
                g._group_actions.remove(action)
        group._group_actions.append(action)

    def add_argument_group(self, title=None, description=None, **kwargs):
        group = _ArgumentGroup(self, title, description)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False):
        group = _MutuallyExclusiveGroup(self, required)
        self._mutually_exclusive_groups.append(group)
        return group

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            raise ArgumentError(None, "cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        title = kwargs.pop("title", None)
        description = kwargs.pop("description", None)
        if title or description:
            group = self.add_argument_group(title or "subcommands", description)
        else:
            group = None
        if kwargs.get("prog") is None:
            positionals = [a for a in self._actions if not a.option_strings]
            parts = [self.prog] + [self._metavar_usage(a) for a in positionals]
            kwargs["prog"] = " ".join(parts)
        action = _SubParsersAction(option_strings=[], **kwargs)
        self._add_action(action)
        if group is not None:
            self._move_to_group(action, group)
        self._subparsers = action
        return action

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # ---- parsing ----

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            msg = "unrecognized arguments: %s"
            self.error(msg % " ".join(argv))
        return args

    def parse_intermixed_args(self, args=None, namespace=None):
        """parse_args() where positionals may come between the options (-x 1 A -y 2 B)."""
        args, argv = self.parse_known_intermixed_args(args, namespace)
        if argv:
            self.error("unrecognized arguments: %s" % " ".join(argv))
        return args

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Two passes: first the options (positionals set aside), then the positionals
        among what is left (options no longer required)."""
        positionals = [a for a in self._actions if not a.option_strings]
        for a in positionals:
            if a.nargs in (PARSER, REMAINDER):
                raise TypeError("parse_intermixed_args: positional arg with nargs=%s" % a.nargs)
        for group in self._mutually_exclusive_groups:
            if any(a in positionals for a in group._group_actions):
                raise TypeError("parse_intermixed_args: positional in mutuallyExclusiveGroup")
        usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[len("usage: "):].rstrip("\n")  # full, in errors
            kept = [(a, a.nargs, a.default) for a in positionals]
            try:
                for a in positionals:
                    a.nargs = a.default = SUPPRESS
                namespace, left = self.parse_known_args(args, namespace)
                for a in positionals:
                    if hasattr(namespace, a.dest) and getattr(namespace, a.dest) == []:
                        from warnings import warn
                        warn("Do not expect %s in %s" % (a.dest, namespace))
                        delattr(namespace, a.dest)
            finally:
                for a, nargs, default in kept:
                    a.nargs, a.default = nargs, default
            optionals = [a for a in self._actions if a.option_strings]
            was = [(a, a.required) for a in optionals + self._mutually_exclusive_groups]
            try:
                for a, _ in was:
                    a.required = False
                namespace, extras = self.parse_known_args(left, namespace)
            finally:
                for a, required in was:
                    a.required = required
        finally:
            self.usage = usage
        return namespace, extras

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        try:
            namespace, args = self._parse_known_args(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        if hasattr(namespace, "_UNRECOGNIZED_ARGS_ATTR"):
            args.extend(getattr(namespace, "_UNRECOGNIZED_ARGS_ATTR"))
            delattr(namespace, "_UNRECOGNIZED_ARGS_ATTR")
        return namespace, args

    def _find_option(self, arg):
        """(action, option string, explicit value) for an option-looking argument."""
        if "=" in arg:
            opt, _, value = arg.partition("=")
        else:
            opt, value = arg, None
        for action in self._actions:
            if opt in action.option_strings:
                return action, opt, value
        if len(arg) > 2 and arg[1] not in self.prefix_chars:
            short = arg[:2]
            for action in self._actions:
                if short in action.option_strings:
                    return action, short, arg[2:]
        if self.allow_abbrev and arg.startswith("--"):
            matches = [(a, o) for a in self._actions for o in a.option_strings
                       if o.startswith(opt)]
            if len(matches) == 1:
                return matches[0][0], matches[0][1], value
            if len(matches) > 1:
                options = ", ".join(o for a, o in matches)
                raise ArgumentError(None, "ambiguous option: %s could match %s"
                                    % (opt, options))
        return None, None, None

    def _looks_like_option(self, arg):
        if not arg or arg[0] not in self.prefix_chars or arg == "-":
            return False
        if arg == "--":
            return True
        try:
            float(arg)
            return any(o[1:2].isdigit() for a in self._actions for o in a.option_strings)
        except ValueError:
            return True

    def _read_args_from_files(self, arg_strings):
        """'@file' arguments replaced by the file's lines (each through
        convert_arg_line_to_args), recursively."""
        out = []
        for arg in arg_strings:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                out.append(arg)
                continue
            try:
                with open(arg[1:], encoding=_sys.getfilesystemencoding(),
                          errors=_sys.getfilesystemencodeerrors()) as f:
                    found = []
                    for line in f.read().splitlines():
                        found.extend(self.convert_arg_line_to_args(line))
                out.extend(self._read_args_from_files(found))
            except OSError as err:
                self.error(str(err))
        return out

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)
        extras = []
        positionals = []
        seen = set()
        seen_non_default = set()
        conflicts = {}
        for group in self._mutually_exclusive_groups:
            for i, a in enumerate(group._group_actions):
                conflicts.setdefault(a, []).extend(
                    group._group_actions[:i] + group._group_actions[i + 1:])

        def take_action(action, values, option_string=None):
            seen.add(action)
            argument_values = self._get_values(action, values)
            if argument_values is not action.default:
                seen_non_default.add(action)
                for conflict in conflicts.get(action, []):
                    if conflict in seen_non_default:
                        raise ArgumentError(action, "not allowed with argument %s"
                                            % _get_action_name(conflict))
            if argument_values is not SUPPRESS:
                action(self, namespace, argument_values, option_string)

        # Positionals are consumed as CPython's _parse_known_args does: each run of
        # positional strings is matched, when met, against the positional actions not yet
        # used (as many of them as can match, each as greedy as its nargs pattern), so a
        # '*' positional matched empty before an option stays matched.
        pos_actions = [a for a in self._actions if not a.option_strings]

        def kind(k, strings):
            # 'O' option, '-' the first '--', 'A' anything else
            dd = strings.index("--") if "--" in strings else len(strings)
            if k == dd:
                return "-"
            if k > dd:
                return "A"
            return "O" if self._looks_like_option(strings[k]) else "A"

        def consume_positionals(k):
            pattern = "".join(kind(m, arg_strings) for m in range(k, len(arg_strings)))
            counts = self._match_partial(pos_actions, pattern)
            for action, count in zip(pos_actions, counts):
                args = arg_strings[k:k + count]
                k += count
                if action.nargs not in (PARSER, REMAINDER) and "--" in args:
                    args.remove("--")
                take_action(action, args)
            del pos_actions[:len(counts)]
            return k

        i = 0
        n = len(arg_strings)
        while i < n:
            arg = arg_strings[i]
            if kind(i, arg_strings) != "O":
                k = consume_positionals(i)
                if k > i:
                    i = k
                    continue
                # no positional action takes these: extras up to the next option
                while i < n and kind(i, arg_strings) != "O":
                    extras.append(arg_strings[i])
                    i += 1
                continue
            action, opt, explicit = self._find_option(arg)
            if action is None:
                extras.append(arg)
                i += 1
                continue
            i += 1
            nargs = action.nargs
            if explicit is not None:
                if nargs == 0:
                    if opt[1:2] not in self.prefix_chars and len(opt) == 2 and explicit:
                        # combined short flags: -vq
                        take_action(action, [], opt)
                        rest = "-" + explicit
                        arg_strings = arg_strings[:i] + [rest] + arg_strings[i:]
                        n = len(arg_strings)
                        continue
                    raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                take_action(action, [explicit], opt)
                continue
            values = []
            if nargs is None:
                if i < n and kind(i, arg_strings) == "A":
                    values = [arg_strings[i]]
                    i += 1
                else:
                    raise ArgumentError(action, "expected one argument")
            elif nargs == OPTIONAL:
                if i < n and kind(i, arg_strings) == "A":
                    values = [arg_strings[i]]
                    i += 1
            elif nargs in (ZERO_OR_MORE, ONE_OR_MORE):
                while i < n and kind(i, arg_strings) == "A":
                    values.append(arg_strings[i])
                    i += 1
                if nargs == ONE_OR_MORE and not values:
                    raise ArgumentError(action, "expected at least one argument")
            elif nargs == REMAINDER:
                values = arg_strings[i:]
                i = n
            elif isinstance(nargs, int) and nargs > 0:
                while i < n and len(values) < nargs and kind(i, arg_strings) == "A":
                    values.append(arg_strings[i])
                    i += 1
                if len(values) < nargs:
                    raise ArgumentError(action, "expected %s argument%s"
                                        % (nargs, "s" if nargs != 1 else ""))
            take_action(action, values, opt)
        # positionals still unmatched take what their patterns allow from nothing
        # (a '*' or '?' gets its default), as CPython's final consume_positionals
        consume_positionals(n)
        required = [_get_action_name(a) for a in self._actions
                    if a.required and a not in seen]
        if required:
            raise ArgumentError(None, "the following arguments are required: %s"
                                % ", ".join(required))
        for group in self._mutually_exclusive_groups:
            if group.required and not any(a in seen_non_default for a in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                raise ArgumentError(None, "one of the arguments %s is required"
                                    % " ".join(names))
        # string defaults go through type, as CPython does for actions not seen
        for action in self._actions:
            if action not in seen and isinstance(action.default, str) and \
                    action.dest is not SUPPRESS and \
                    getattr(namespace, action.dest, None) is action.default:
                setattr(namespace, action.dest, self._get_value(action, action.default))
        return namespace, extras

    def _nargs_pattern(self, action):
        nargs = action.nargs
        if nargs is None:
            return "(-*A-*)"
        if nargs == OPTIONAL:
            return "(-*A?-*)"
        if nargs == ZERO_OR_MORE:
            return "(-*[A-]*)"
        if nargs == ONE_OR_MORE:
            return "(-*A[A-]*)"
        if nargs == REMAINDER:
            return "([-AO]*)"
        if nargs == PARSER:
            return "(-*A[-AO]*)"
        if nargs == SUPPRESS:
            return "(-*-*)"
        return "(-*%s-*)" % "-*".join("A" * nargs)

    def _match_partial(self, actions, pattern):
        import re
        for k in range(len(actions), 0, -1):
            m = re.match("".join(self._nargs_pattern(a) for a in actions[:k]), pattern)
            if m is not None:
                return [len(g) for g in m.groups()]
        return []

    def _positionals_before_sub(self, count):
        before = 0
        for a in self._actions:
            if a.option_strings:
                continue
            if a is self._subparsers:
                return count >= before
            before += max(self._min_args(a), 0)
        return False

    def _min_args(self, action):
        nargs = action.nargs
        if nargs is None or nargs == PARSER:
            return 1
        if nargs in (OPTIONAL, ZERO_OR_MORE, REMAINDER):
            return 0
        if nargs == ONE_OR_MORE:
            return 1
        return nargs

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs == SUPPRESS:  # parse_intermixed_args' first pass over positionals
            return SUPPRESS
        if not action.option_strings and isinstance(arg_strings, str):
            value = self._get_value(action, arg_strings)
            self._check_value(action, value)
            return value
        if nargs == 0:
            return action.const if isinstance(action, (_StoreConstAction,)) else None \
                if not isinstance(action, _StoreConstAction) else action.const
        if nargs == OPTIONAL and not arg_strings:
            if action.option_strings:
                value = action.const
            else:
                value = action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if nargs is None and len(arg_strings) == 1 or nargs == OPTIONAL:
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
            return value
        if nargs == ZERO_OR_MORE and not arg_strings and not action.option_strings:
            value = action.default if action.default is not None else []
            return value
        if nargs == REMAINDER:
            return [self._get_value(action, v) for v in arg_strings]
        if nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
            return value
        value = [self._get_value(action, v) for v in arg_strings]
        for v in value:
            self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = action.type
        if type_func is None:
            return arg_string
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(type_func, "__name__", repr(type_func))
            raise ArgumentError(action, "invalid %s value: %r" % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            args = {"value": value, "choices": ", ".join(map(repr, action.choices))}
            raise ArgumentError(action, "invalid choice: %(value)r (choose from %(choices)s)"
                                % args)

    # ---- usage and help ----

    def _metavar_usage(self, action):
        if action.metavar is not None:
            m = action.metavar
        elif action.choices is not None:
            m = "{%s}" % ",".join(map(str, action.choices))
        elif action.option_strings:
            m = action.dest.upper()
        else:
            m = action.dest
        if isinstance(m, tuple):
            parts = list(m)
        else:
            parts = None
        nargs = action.nargs
        if nargs is None:
            return m if parts is None else parts[0]
        if nargs == OPTIONAL:
            return "[%s]" % m
        if nargs == ZERO_OR_MORE:
            return "[%s ...]" % m
        if nargs == ONE_OR_MORE:
            return "%s [%s ...]" % (m, m)
        if nargs == REMAINDER:
            return "..."
        if nargs == PARSER:
            return "%s ..." % m
        if nargs == 0:
            return ""
        return " ".join([m] * nargs) if parts is None else " ".join(parts)

    def _usage_parts(self):
        opt_parts = []
        pos_parts = []
        grouped = {}
        for group in self._mutually_exclusive_groups:
            for a in group._group_actions:
                grouped[a] = group
        done_groups = set()
        for action in self._actions:
            if action.help is SUPPRESS:
                continue
            if action.option_strings:
                if action in grouped:
                    group = grouped[action]
                    if id(group) in done_groups:
                        continue
                    done_groups.add(id(group))
                    inner = []
                    for a in group._group_actions:
                        inner.append(self._option_usage(a, bracket=False))
                    text = " | ".join(inner)
                    opt_parts.append(("(%s)" if group.required else "[%s]") % text)
                    continue
                opt_parts.append(self._option_usage(action, bracket=not action.required))
            else:
                part = self._metavar_usage(action)
                if part:
                    pos_parts.append(part)
        return opt_parts, pos_parts

    def _option_usage(self, action, bracket=True):
        if action.nargs == 0:
            part = action.format_usage()
        else:
            part = "%s %s" % (action.option_strings[0], self._metavar_usage(action))
        return "[%s]" % part if bracket else part

    def format_usage(self):
        return self._format_usage_text() + "\n"

    def _format_usage_text(self):
        prefix = "usage: "
        if self.usage is not None:
            return prefix + self.usage.replace("%(prog)s", self.prog)
        opt_parts, pos_parts = self._usage_parts()
        formatter = self.formatter_class(prog=self.prog)
        text_width = formatter._width
        usage = " ".join([self.prog] + opt_parts + pos_parts)
        if len(prefix) + len(usage) <= text_width:
            return prefix + usage

        # Too long for one line: wrap the words, optionals first, then positionals. A
        # short prog keeps the first words beside it and aligns the rest under them; a
        # long one goes on a line of its own with the words under it.
        opt_words = _usage_words(" ".join(opt_parts))
        pos_words = _usage_words(" ".join(pos_parts))
        prog = self.prog
        if len(prefix) + len(prog) <= 0.75 * text_width:
            margin = " " * (len(prefix) + len(prog) + 1)
            if not opt_words and not pos_words:
                rows = [prog]
            elif opt_words:
                rows = (_fill_rows([prog] + opt_words, margin, text_width, len(prefix))
                        + _fill_rows(pos_words, margin, text_width))
            else:
                rows = _fill_rows([prog] + pos_words, margin, text_width, len(prefix))
        else:
            margin = " " * len(prefix)
            rows = _fill_rows(opt_words + pos_words, margin, text_width)
            if len(rows) > 1:
                rows = (_fill_rows(opt_words, margin, text_width)
                        + _fill_rows(pos_words, margin, text_width))
            rows = [prog] + rows
        return prefix + "\n".join(rows)

    def _invocation(self, action):
        if not action.option_strings:
            # a positional shows its bare metavar (no nargs decoration)
            if action.metavar is not None:
                return action.metavar
            if action.choices is not None:
                return "{%s}" % ",".join(map(str, action.choices))
            return action.dest
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        args = self._metavar_usage(action)
        return ", ".join("%s %s" % (o, args) for o in action.option_strings)

    def format_help(self):
        formatter = self.formatter_class(prog=self.prog)
        width = formatter._width
        out = [self._format_usage_text(), "\n\n"]
        if self.description:
            out.append(formatter._format_text(self.description))
        groups = []
        for group in self._action_groups:
            actions = [a for a in group._group_actions if a.help is not SUPPRESS]
            if actions or group.description:
                groups.append((group, actions))
        entries = []
        for group, actions in groups:
            for a in actions:
                entries.append(self._invocation(a))
                if isinstance(a, _SubParsersAction):
                    entries.extend(s.metavar for s in a._get_subactions())
        max_len = max([len(e) + 2 for e in entries] + [0])
        help_position = min(max_len + 2, formatter._max_help_position)
        help_width = max(width - help_position, 11)
        action_width = help_position - 2 - 2

        def entry(invocation, help_text, indent=2):
            lines = []
            if not help_text or not help_text.strip():
                if help_text and len(invocation) + indent <= help_position - 2:
                    # blank help (" "): CPython pads the invocation to the help column
                    invocation = invocation.ljust(help_position - indent - 2) + "  "
                lines.append(" " * indent + invocation + "\n")
                return lines
            if len(invocation) + indent <= help_position - 2:
                first = " " * indent + invocation.ljust(help_position - indent - 2) + "  "
                wrapped = formatter._split_lines(help_text, help_width)
                lines.append(first + wrapped[0] + "\n")
                for w in wrapped[1:]:
                    lines.append(" " * help_position + w + "\n")
            else:
                lines.append(" " * indent + invocation + "\n")
                for w in formatter._split_lines(help_text, help_width):
                    lines.append(" " * help_position + w + "\n")
            return lines

        for group, actions in groups:
            section = ["%s:\n" % group.title]
            if group.description:
                section.append(formatter._fill(group.description, max(width - 2, 11), "  ")
                               + "\n\n")
            for a in actions:
                # as CPython's _format_action: an action without help text shows none, even
                # under ArgumentDefaultsHelpFormatter
                help_text = formatter._get_help_string(a) if a.help and a.help.strip() else a.help
                if help_text:
                    params = dict(vars(a), prog=self.prog)
                    for name in list(params):
                        if params[name] is SUPPRESS:
                            del params[name]
                        elif hasattr(params[name], "__name__"):
                            params[name] = params[name].__name__
                    if params.get("choices") is not None:
                        params["choices"] = ", ".join(str(c) for c in params["choices"])
                    help_text = help_text % params
                section.extend(entry(self._invocation(a), help_text))
                if isinstance(a, _SubParsersAction):
                    for sub in a._get_subactions():
                        section.extend(entry(sub.metavar, sub.help, indent=4))
            out.append("".join(section) + "\n")
        if self.epilog:
            out.append(formatter._format_text(self.epilog))
        # as CPython's formatter: runs of blank lines (a raw description's own trailing
        # newline, say) collapse to one
        import re
        text = re.sub("\n\n\n+", "\n\n", "".join(out))
        return text.strip("\n") + "\n"

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file or _sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file or _sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            file = file or _sys.stderr
            file.write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, "%(prog)s: error: %(message)s\n" % {"prog": self.prog,
                                                         "message": message})
