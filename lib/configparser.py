"""INI-style configuration files (pydive's configparser).

A ConfigParser holds sections of options (a DEFAULT section supplies fallbacks to all
of them), reads files and strings with ``[section]`` headers and ``key = value`` /
``key: value`` lines (indented lines continue a value), interpolates ``%(name)s``
references, and writes the same format back.
"""

import io
import itertools
import os
import re
import sys
import collections as _collections
import collections.abc as _abc

__all__ = tuple("""NoSectionError DuplicateOptionError DuplicateSectionError NoOptionError
    InterpolationError InterpolationDepthError InterpolationMissingOptionError
    InterpolationSyntaxError ParsingError MissingSectionHeaderError ConfigParser
    RawConfigParser Interpolation BasicInterpolation ExtendedInterpolation
    LegacyInterpolation SectionProxy ConverterMapping DEFAULTSECT
    MAX_INTERPOLATION_DEPTH""".split())

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


# --- errors ----------------------------------------------------------------------

def _keep_args(exc, *values):
    # CPython's exceptions here keep their constructor arguments as args.
    exc.args = values


class Error(Exception):
    """What every configparser error derives from."""

    def __init__(self, msg=''):
        self.message = msg
        super().__init__(msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    def __init__(self, section):
        Error.__init__(self, f'No section: {section!r}')
        self.section = section
        _keep_args(self, section,)


class DuplicateSectionError(Error):
    def __init__(self, section, source=None, lineno=None):
        where = ''
        if source is not None:
            where = f'While reading from {source!r}'
            if lineno is not None:
                where += ' [line {0:2d}]'.format(lineno)
            where += ': section '
            msg = f'{where}{section!r} already exists'
        else:
            msg = f'Section {section!r} already exists'
        Error.__init__(self, msg)
        self.section = section
        self.source = source
        self.lineno = lineno
        _keep_args(self, section, source, lineno)


class DuplicateOptionError(Error):
    def __init__(self, section, option, source=None, lineno=None):
        if source is not None:
            where = f'While reading from {source!r}'
            if lineno is not None:
                where += ' [line {0:2d}]'.format(lineno)
            msg = f'{where}: option {option!r} in section {section!r} already exists'
        else:
            msg = f'Option {option!r} in section {section!r} already exists'
        Error.__init__(self, msg)
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        _keep_args(self, section, option, source, lineno)


class NoOptionError(Error):
    def __init__(self, option, section):
        Error.__init__(self, f'No option {option!r} in section: {section!r}')
        self.option = option
        self.section = section
        _keep_args(self, option, section)


class InterpolationError(Error):
    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        _keep_args(self, option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    def __init__(self, option, section, raw_value, reference):
        msg = (f"Bad value substitution: option {option!r} in section {section!r} contains "
               f"an interpolation key {reference!r} which is not a valid option name. "
               f"Raw value: {raw_value!r}")
        super().__init__(option, section, msg)
        self.reference = reference
        _keep_args(self, option, section, raw_value, reference)


class InterpolationSyntaxError(InterpolationError):
    pass


class InterpolationDepthError(InterpolationError):
    def __init__(self, option, section, raw_value):
        msg = (f"Recursion limit exceeded in value substitution: option {option!r} in "
               f"section {section!r} contains an interpolation key which cannot be "
               f"substituted in {MAX_INTERPOLATION_DEPTH} steps. Raw value: {raw_value!r}")
        super().__init__(option, section, msg)
        _keep_args(self, option, section, raw_value)


class ParsingError(Error):
    def __init__(self, source):
        Error.__init__(self, f'Source contains parsing errors: {source!r}')
        self.source = source
        self.errors = []
        _keep_args(self, source,)

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r' %
                       (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.errors = []
        _keep_args(self, filename, lineno, line)


# --- interpolation -----------------------------------------------------------------

_UNSET = object()


def _bad_syntax(option, section, msg):
    return InterpolationSyntaxError(option, section, msg)


class Interpolation:
    """No interpolation: values are used as written."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _MarkedInterpolation(Interpolation):
    """What Basic and Extended interpolation share: `_MARK` doubled is itself, `_MARK`
    followed by `_OPEN` starts a reference `_REF` matches, which `_resolve` looks up."""

    def before_get(self, parser, section, option, value, defaults):
        parts = []
        self._expand(parser, option, parts, value, section, defaults, 1)
        return ''.join(parts)

    def before_set(self, parser, section, option, value):
        mark = self._MARK
        stripped = self._REF.sub('', value.replace(mark + mark, ''))
        if mark in stripped:
            raise ValueError("invalid interpolation syntax in %r at position %d" %
                             (value, stripped.find(mark)))
        return value

    def _expand(self, parser, option, out, rest, section, mapping, depth):
        mark = self._MARK
        raw_value = parser.get(section, option, raw=True, fallback=rest)
        if MAX_INTERPOLATION_DEPTH < depth:
            raise InterpolationDepthError(option, section, raw_value)
        while rest:
            cut = rest.find(mark)
            if cut < 0:
                out.append(rest)
                return
            if cut > 0:
                out.append(rest[:cut])
                rest = rest[cut:]
            nxt = rest[1:2]
            if nxt == mark:
                out.append(mark)
                rest = rest[2:]
            elif nxt == self._OPEN:
                m = self._REF.match(rest)
                if m is None:
                    raise _bad_syntax(option, section,
                                      f"bad interpolation variable reference {rest!r}")
                rest = rest[m.end():]
                value, opt, sect, inner = self._resolve(parser, option, section, mapping,
                                                        raw_value, m.group(1), rest)
                if mark in value:
                    if inner is None:  # Extended: the referenced section's raw options
                        inner = dict(parser.items(sect, raw=True))
                    self._expand(parser, opt, out, value, sect, inner, depth + 1)
                else:
                    out.append(value)
            else:
                raise _bad_syntax(
                    option, section,
                    f"'{mark}' must be followed by '{mark}' or '{self._OPEN}', found: {rest!r}")


class BasicInterpolation(_MarkedInterpolation):
    """'%(name)s' is the value of option name in the same section; '%%' is '%'."""

    _MARK, _OPEN = '%', '('
    _REF = re.compile(r"%\(([^)]+)\)s")

    def _resolve(self, parser, option, section, mapping, raw_value, ref, rest):
        name = parser.optionxform(ref)
        try:
            return mapping[name], option, section, mapping
        except KeyError:
            raise InterpolationMissingOptionError(option, section, raw_value,
                                                  name) from None


class ExtendedInterpolation(_MarkedInterpolation):
    """'${name}' (same section) and '${section:name}'; '$$' is '$'."""

    _MARK, _OPEN = '$', '{'
    _REF = re.compile(r"\$\{([^}]+)\}")

    def _resolve(self, parser, option, section, mapping, raw_value, ref, rest):
        path = ref.split(':')
        try:
            if len(path) == 1:
                opt = parser.optionxform(path[0])
                return mapping[opt], opt, section, None
            if len(path) == 2:
                sect, opt = path[0], parser.optionxform(path[1])
                return parser.get(sect, opt, raw=True), opt, sect, None
            raise _bad_syntax(option, section, f"More than one ':' found: {rest!r}")
        except (NoSectionError, NoOptionError, KeyError):
            raise InterpolationMissingOptionError(option, section, raw_value,
                                                  ':'.join(path)) from None


class LegacyInterpolation(Interpolation):
    """Old-style '%(name)s' substitution repeated until nothing changes."""

    _REF = re.compile(r"%\(([^)]*)\)s|.")

    def before_get(self, parser, section, option, value, vars):
        raw_value = value
        for _ in range(MAX_INTERPOLATION_DEPTH):
            if value and "%(" in value:
                def sub(m):
                    s = m.group(1)
                    if s is None:
                        return m.group()
                    s = parser.optionxform(s)
                    try:
                        return vars[s]
                    except KeyError:
                        raise InterpolationMissingOptionError(option, section, raw_value,
                                                              s) from None
                value = self._REF.sub(sub, value)
            else:
                break
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, raw_value)
        return value


# --- the parsers ----------------------------------------------------------------------

class RawConfigParser(_abc.MutableMapping):
    """A ConfigParser without interpolation by default."""

    _SECT_RE = re.compile(r"\[(?P<header>.+)\]")
    _DEFAULT_INTERPOLATION = Interpolation()
    BOOLEAN_STATES = {**dict.fromkeys(('1', 'yes', 'true', 'on'), True),
                      **dict.fromkeys(('0', 'no', 'false', 'off'), False)}

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_UNSET, converters=_UNSET):
        self._mapping_type = dict_type
        self._secs = self._mapping_type()
        self._fallbacks = self._mapping_type()
        self._getters = ConverterMapping(self)
        self._views = self._mapping_type()
        self._views[default_section] = SectionProxy(self, default_section)
        self._delims = tuple(delimiters)
        delims = '|'.join(re.escape(d) for d in delimiters)
        if allow_no_value:
            self._option_re = re.compile(r"(?P<option>.*?)\s*(?:(?P<vi>" + delims +
                                      r")\s*(?P<value>.*))?$")
        else:
            self._option_re = re.compile(r"(?P<option>.*?)\s*(?P<vi>" + delims +
                                      r")\s*(?P<value>.*)$")
        self._full_comments = tuple(comment_prefixes or ())
        self._inline_comments = tuple(inline_comment_prefixes or ())
        self._no_duplicates = strict
        self._bare_keys = allow_no_value
        self._blank_lines_ok = empty_lines_in_values
        self.default_section = default_section
        self._interp = interpolation
        if self._interp is _UNSET:
            self._interp = self._DEFAULT_INTERPOLATION
        if self._interp is None:
            self._interp = Interpolation()
        if converters is not _UNSET:
            self._getters.update(converters)
        if defaults:
            self._load_defaults(defaults)

    def defaults(self):
        return self._fallbacks

    def sections(self):
        """The section names, DEFAULT excluded."""
        return list(self._secs.keys())

    def add_section(self, section):
        if section == self.default_section:
            raise ValueError(f'Invalid section name: {section!r}')
        if section in self._secs:
            raise DuplicateSectionError(section)
        self._secs[section] = self._mapping_type()
        self._views[section] = SectionProxy(self, section)

    def has_section(self, section):
        return section in self._secs

    def options(self, section):
        try:
            names = self._secs[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        names.update(self._fallbacks)
        return list(names.keys())

    def read(self, filenames, encoding=None):
        """Read the files that exist among filenames; the list of those read."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        encoding = io.text_encoding(encoding) if hasattr(io, 'text_encoding') else encoding
        done = []
        for name in filenames:
            try:
                with open(name, encoding=encoding) as fp:
                    self._read(fp, name)
            except OSError:
                continue
            if isinstance(name, os.PathLike):
                name = os.fspath(name)
            done.append(name)
        return done

    def read_file(self, f, source=None):
        if source is None:
            try:
                source = f.name
            except AttributeError:
                source = '<???>'
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        seen_sections = set()
        seen_options = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (ValueError, DuplicateSectionError):
                if self._no_duplicates and section in seen_sections:
                    raise
            seen_sections.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._no_duplicates and (section, key) in seen_options:
                    raise DuplicateOptionError(section, key, source)
                seen_options.add((section, key))
                self.set(section, key, value)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        try:
            d = self._lookup_chain(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = d[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section) from None
            return fallback
        if raw or value is None:
            return value
        return self._interp.before_get(self, section, option, value, d)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _converted(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET,
                  **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoOptionError, NoSectionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._converted(section, option, int, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._converted(section, option, float, raw=raw, vars=vars, fallback=fallback,
                              **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET,
                   **kwargs):
        return self._converted(section, option, self._as_bool, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        """(name, proxy) pairs of every section, or (option, value) pairs of one."""
        if section is _UNSET:
            return super().items()
        d = self._fallbacks.copy()
        try:
            d.update(self._secs[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
        keys = list(d.keys())
        if vars:
            for k, v in vars.items():
                name = self.optionxform(k)
                d[name] = v
                if name not in keys:
                    keys.append(name)
        if raw:
            return [(k, d[k]) for k in keys]
        return [(k, self._interp.before_get(self, section, k, d[k], d)) for k in keys]

    def popitem(self):
        for key in self.sections():
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        if not section or section == self.default_section:
            return self.optionxform(option) in self._fallbacks
        if section not in self._secs:
            return False
        option = self.optionxform(option)
        return option in self._secs[section] or option in self._fallbacks

    def _target(self, section):
        """The option dict of section (the defaults' for '' or the default name)."""
        if not section or section == self.default_section:
            return self._fallbacks
        found = self._secs.get(section)
        if found is None:
            raise NoSectionError(section)
        return found

    def set(self, section, option, value=None):
        if value:
            value = self._interp.before_set(self, section, option, value)
        self._target(section)[self.optionxform(option)] = value

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration in .ini format to the text file fp."""
        d = " {} ".format(self._delims[0]) if space_around_delimiters \
            else self._delims[0]
        if self._fallbacks:
            self._write_section(fp, self.default_section, self._fallbacks.items(), d)
        for section in self._secs:
            self._write_section(fp, section, self._secs[section].items(), d)

    def _write_section(self, fp, name, items, delimiter):
        fp.write(f"[{name}]\n")
        for key, value in items:
            value = self._interp.before_write(self, name, key, value)
            if value is not None or not self._bare_keys:
                value = delimiter + str(value).replace('\n', '\n\t')
            else:
                value = ""
            fp.write(f"{key}{value}\n")
        fp.write("\n")

    def remove_option(self, section, option):
        target = self._target(section)
        return target.pop(self.optionxform(option), _UNSET) is not _UNSET

    def remove_section(self, section):
        present = section in self._secs
        if present:
            del self._secs[section]
            del self._views[section]
        return present

    # -- the mapping protocol: parser[section] is a SectionProxy -------------------------

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._views[key]

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._fallbacks.clear()
        elif key in self._secs:
            self._secs[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._secs) + 1

    def __iter__(self):
        return itertools.chain((self.default_section,), self._secs.keys())

    # -- reading ----------------------------------------------------------------------

    def _read(self, fp, source_name):
        """Parse the lines of fp into sections and options."""
        current = None
        header = None
        key_name = None
        value_indent = 0
        errors = None
        seen = {}
        for lineno, line in enumerate(fp, 1):
            # Where a comment starts, if anywhere.
            cut = len(line)
            inline = {p: -1 for p in self._inline_comments}
            while cut == len(line) and inline:
                next_inline = {}
                for prefix, at in inline.items():
                    at = line.find(prefix, at + 1)
                    if at == -1:
                        continue
                    next_inline[prefix] = at
                    if at == 0 or (at > 0 and line[at - 1].isspace()):
                        cut = min(cut, at)
                inline = next_inline
            if line.strip().startswith(self._full_comments) if self._full_comments \
                    else False:
                cut = 0
            value = line[:cut].strip()
            if not value:
                if self._blank_lines_ok:
                    if (cut == len(line) and current is not None and key_name and
                            current[key_name] is not None):
                        current[key_name].append('')
                else:
                    value_indent = sys.maxsize
                continue
            cur_indent = len(line) - len(line.lstrip())
            if current is not None and key_name and cur_indent > value_indent:
                # A continuation of the value above.
                if current[key_name] is None:
                    current[key_name] = [value]
                else:
                    current[key_name].append(value)
                continue
            value_indent = cur_indent
            m = self._SECT_RE.match(value)
            if m:
                header = m.group('header')
                if header in self._secs:
                    if self._no_duplicates and header in seen:
                        raise DuplicateSectionError(header, source_name, lineno)
                    current = self._secs[header]
                    seen.setdefault(header, set())
                elif header == self.default_section:
                    current = self._fallbacks
                else:
                    current = self._mapping_type()
                    self._secs[header] = current
                    self._views[header] = SectionProxy(self, header)
                    seen[header] = set()
                key_name = None
                continue
            if current is None:
                raise MissingSectionHeaderError(source_name, lineno, line)
            m = self._option_re.match(value)
            if not m:
                errors = errors or ParsingError(source_name)
                errors.append(lineno, repr(line))
                continue
            key_name, vi, optval = m.group('option', 'vi', 'value')
            if not key_name:
                errors = errors or ParsingError(source_name)
                errors.append(lineno, repr(line))
                continue
            key_name = self.optionxform(key_name.rstrip())
            options = seen.setdefault(header, set())
            if self._no_duplicates and key_name in options:
                raise DuplicateOptionError(header, key_name, source_name, lineno)
            options.add(key_name)
            if optval is not None:
                current[key_name] = [optval.strip()]
            else:
                current[key_name] = None
        self._finish_values()
        if errors:
            raise errors

    def _finish_values(self):
        everything = [(self.default_section, self._fallbacks)] + list(self._secs.items())
        for section, options in everything:
            for name, val in options.items():
                if isinstance(val, list):
                    while val and val[-1] == '':
                        val.pop()
                    val = '\n'.join(val).rstrip()
                options[name] = self._interp.before_read(self, section, name, val)

    def _load_defaults(self, defaults):
        self.read_dict(dict.fromkeys([self.default_section], defaults))

    def _lookup_chain(self, section, vars):
        own = {}
        try:
            own = self._secs[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
        extra = {}
        if vars:
            for k, v in vars.items():
                extra[self.optionxform(k)] = v if v is None else str(v)
        return _collections.ChainMap(extra, own, self._fallbacks)

    def _as_bool(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError(f'Not a boolean: {value}')
        return state

    def _check_types(self, *, section="", option="", value=""):
        checks = [(section, "section names"), (option, "option keys")]
        if value or not self._bare_keys:
            checks.append((value, "option values"))
        for item, what in checks:
            if not isinstance(item, str):
                raise TypeError(f"{what} must be strings")

    @property
    def converters(self):
        return self._getters


class ConfigParser(RawConfigParser):
    """A RawConfigParser with '%(name)s' interpolation and checked value types."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._check_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._check_types(section=section)
        super().add_section(section)

    def _load_defaults(self, defaults):
        hold = self._interp
        self._interp = Interpolation()
        try:
            self.read_dict(dict.fromkeys([self.default_section], defaults))
        finally:
            self._interp = hold


class SafeConfigParser(ConfigParser):
    pass


class SectionProxy(_abc.MutableMapping):
    """One section of a parser, as a mapping of its options."""

    def __init__(self, parser, name):
        self._owner = parser
        self._name = name
        for conv in parser.converters:
            key = 'get' + conv
            getter = lambda option, fallback=None, *, raw=False, vars=None, _impl=getattr(
                parser, key), **kwargs: _impl(self._name, option, raw=raw, vars=vars,
                                              fallback=fallback, **kwargs)
            setattr(self, key, getter)

    def __repr__(self):
        return f'<Section: {self._name}>'

    def __getitem__(self, key):
        if not self._owner.has_option(self._name, key):
            raise KeyError(key)
        return self._owner.get(self._name, key)

    def __setitem__(self, key, value):
        self._owner._check_types(option=key, value=value)
        return self._owner.set(self._name, key, value)

    def __delitem__(self, key):
        if not (self._owner.has_option(self._name, key) and
                self._owner.remove_option(self._name, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._owner.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        if self._name != self._owner.default_section:
            return self._owner.options(self._name)
        return list(self._owner.defaults())

    @property
    def parser(self):
        return self._owner

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        if not _impl:
            _impl = self._owner.get
        return _impl(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(_abc.MutableMapping):
    """The get* converters of a parser: name -> function (getint is 'int', ...)."""

    def __init__(self, parser):
        self._owner = parser
        self._data = {}
        for getter in ('getint', 'getfloat', 'getboolean'):
            self._data[getter[3:]] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            k = 'get' + key
        except TypeError:
            raise ValueError(f'Incompatible key: {key} (type: {type(key)})') from None
        if k == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')  # noqa
        self._data[key] = value
        func = lambda section, option, **kw: self._owner._converted(section, option, value,
                                                                     **kw)
        func.converter = value
        setattr(self._owner, k, func)
        for proxy in self._owner.values():
            getter = lambda option, fallback=None, *, raw=False, vars=None, _p=proxy, **kw: \
                func(_p._name, option, raw=raw, vars=vars, fallback=fallback, **kw)
            setattr(proxy, k, getter)

    def __delitem__(self, key):
        try:
            k = 'get' + (key or None)
        except TypeError:
            raise KeyError(key) from None
        del self._data[key]
        for inst in itertools.chain((self._owner,), self._owner.values()):
            try:
                delattr(inst, k)
            except AttributeError:
                continue

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
