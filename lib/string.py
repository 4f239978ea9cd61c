"""A collection of string constants, capwords(), Template and Formatter (pydive's string)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
           "hexdigits", "octdigits", "printable", "punctuation", "whitespace",
           "Formatter", "Template"]

# Character classes of the C locale.
whitespace = ' \t\n\r\v\f'
ascii_lowercase = ''.join(map(chr, range(ord('a'), ord('z') + 1)))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
octdigits = digits[:8]
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    s.split(sep), each word capitalized, joined again by sep (a single space when sep
    is None, so runs of whitespace collapse and the ends are trimmed)."""
    words = [w.capitalize() for w in s.split(sep)]
    return (sep or ' ').join(words)


# ---------------------------------------------------------------------------
# Template: $-substitution

_sentinel_dict = {}
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


class _DefaultPattern:
    """Template.pattern where a class keeps the default placeholder syntax: the
    equivalent regex, compiled on first access only (substitution scans by hand)."""

    def __get__(self, obj, cls=None):
        cls = type(obj) if cls is None else cls
        compiled = cls.__dict__.get('_default_regex')
        if compiled is None:
            compiled = _compile_template_pattern(cls)
            cls._default_regex = compiled
        return compiled


class Template:
    """A string with $name / ${name} placeholders, filled by substitute()."""

    delimiter = '$'
    # r'[a-z]' matches to non-ASCII letters when used with IGNORECASE, but
    # without the ASCII flag.  We can't add re.ASCII to flags because of
    # backward compatibility.  So we use the ?a local flag and [a-z] pattern.
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    pattern = _DefaultPattern()
    flags = None  # re.IGNORECASE, set lazily when re is needed

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' in cls.__dict__ or cls.idpattern != _DEFAULT_IDPATTERN \
                or cls.braceidpattern is not None or cls.flags is not None:
            cls.pattern = _compile_template_pattern(cls)

    def __init__(self, template):
        self.template = template

    # -- the default pattern, scanned by hand (no regex engine needed)
    def _scan(self):
        """Yield (start, end, kind, name) for each delimiter occurrence:
        kind is 'escaped', 'named', 'braced' or 'invalid'."""
        text = self.template
        delim = self.delimiter
        i = 0
        n = len(text)
        dl = len(delim)
        while True:
            j = text.find(delim, i)
            if j < 0 or not dl:
                return
            k = j + dl
            if text.startswith(delim, k):
                yield j, k + dl, 'escaped', None
                i = k + dl
                continue
            m = _ident_end(text, k)
            if m > k:
                yield j, m, 'named', text[k:m]
                i = m
                continue
            if k < n and text[k] == '{':
                m = _ident_end(text, k + 1)
                if m > k + 1 and m < n and text[m] == '}':
                    yield j, m + 1, 'braced', text[k + 1:m]
                    i = m + 1
                    continue
            yield j, k, 'invalid', k
            i = k

    def _matches(self):
        # a class's own compiled pattern wins; the default syntax is scanned by hand
        pattern = next(k.__dict__['pattern'] for k in type(self).__mro__ if 'pattern' in k.__dict__)
        if isinstance(pattern, _DefaultPattern):
            yield from self._scan()
            return
        for mo in pattern.finditer(self.template):
            if mo.group('escaped') is not None:
                yield mo.start(), mo.end(), 'escaped', None
            elif mo.group('named') is not None:
                yield mo.start(), mo.end(), 'named', mo.group('named')
            elif mo.group('braced') is not None:
                yield mo.start(), mo.end(), 'braced', mo.group('braced')
            elif mo.group('invalid') is not None:
                yield mo.start(), mo.end(), 'invalid', mo.start('invalid')
            else:
                raise ValueError('Unrecognized named group in pattern',
                                 pattern)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _substitute(self, mapping, safe):
        out = []
        last = 0
        for start, end, kind, name in self._matches():
            out.append(self.template[last:start])
            last = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind in ('named', 'braced'):
                if safe:
                    try:
                        out.append(str(mapping[name]))
                    except KeyError:
                        out.append(self.template[start:end])
                else:
                    out.append(str(mapping[name]))
            else:
                if safe:
                    out.append(self.template[start:end])
                else:
                    self._invalid(name)
        out.append(self.template[last:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        return self._substitute(mapping, safe=False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        return self._substitute(mapping, safe=True)

    def is_valid(self):
        for start, end, kind, name in self._matches():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name in self._matches():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


def _ident_end(text, i):
    # End of an ASCII identifier ([_a-zA-Z][_a-zA-Z0-9]*) starting at i (i if none).
    n = len(text)
    if i < n and (text[i] == '_' or ('a' <= text[i].lower() <= 'z' and text[i].isascii())):
        i += 1
        while i < n and (text[i] == '_' or (text[i].isascii() and text[i].isalnum())):
            i += 1
    return i


def _compile_template_pattern(cls):
    # A subclass customised the pattern pieces: build the regex as CPython does.
    import re
    own = cls.__dict__.get('pattern')
    if own is not None and not isinstance(own, _DefaultPattern):
        pattern = own
    else:
        delim = re.escape(cls.delimiter)
        id = cls.idpattern
        bid = cls.braceidpattern or cls.idpattern
        pattern = fr"""
        {delim}(?:
          (?P<escaped>{delim})  |   # the delimiter twice: a literal delimiter
          (?P<named>{id})       |   # the delimiter, then an identifier
          {{(?P<braced>{bid})}} |   # the delimiter, then an identifier in braces
          (?P<invalid>)             # anything else after a delimiter
        )
        """
    flags = cls.flags if cls.flags is not None else re.IGNORECASE
    if isinstance(pattern, str):
        return re.compile(pattern, flags | re.VERBOSE)
    return pattern


# ---------------------------------------------------------------------------
# Formatter: str.format() in Python, with hooks

def _parse_format(format_string):
    """Split a format string into (literal, field_name, format_spec, conversion)
    tuples, with str.format()'s rules and error messages."""
    s = format_string
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = None
        while i < n:
            c = s[i]
            i += 1
            if c in '{}':
                break
        else:
            c = None
        if c is None:
            yield s[start:i], None, None, None
            return
        at_end = i >= n
        if c == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if c == '{' and at_end:
            raise ValueError("Single '{' encountered in format string")
        if s[i] == c:
            # doubled brace: a literal brace, no field follows
            i += 1
            yield s[start:i - 1], None, None, None
            continue
        literal = s[start:i - 1]
        # the field name runs to ':', '!' or '}'; a [...] key may hold any of them
        field_start = i
        while i < n:
            c = s[i]
            if c == '[':
                j = s.find(']', i)
                i = n if j < 0 else j + 1
                continue
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c in ':!}':
                break
            i += 1
        else:
            raise ValueError("expected '}' before end of string")
        name = s[field_start:i]
        conversion = None
        if s[i] == '!':
            if i + 1 >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[i + 1]
            i += 2
            if i < n and s[i] not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        spec = ''
        if i < n and s[i] == ':':
            i += 1
            # the spec may nest replacement fields: count braces to the closing '}'
            spec_start = i
            count = 1
            while i < n:
                c = s[i]
                if c == '{':
                    count += 1
                elif c == '}':
                    count -= 1
                    if count == 0:
                        break
                i += 1
            else:
                raise ValueError("unmatched '{' in format spec")
            spec = s[spec_start:i]
        elif i >= n:
            raise ValueError("unmatched '{' in format spec")
        i += 1  # the closing '}'
        yield literal, name, spec, conversion


def _field_name_split(field_name):
    """(first, [(is_attribute, key), ...]) for 'a.b[0]'-style field names."""
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit() and first.isascii():
        first = int(first)
    rest = []
    while i < n:
        c = field_name[i]
        i += 1
        if c == '.':
            j = i
            while i < n and field_name[i] not in '.[':
                i += 1
            name = field_name[j:i]
            if not name:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name))
        elif c == '[':
            j = field_name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            if key.isdigit() and key.isascii():
                key = int(key)
            rest.append((False, key))
            i = j + 1
            if i < n and field_name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, iter(rest)


class Formatter:
    """str.format() written in Python, with each step a method to override: parse()
    splits the string, get_field()/get_value() find each value, convert_field() applies
    !s/!r/!a, format_field() formats it, check_unused_args() may object to leftovers."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index: the next automatic field number, or False once a numbered
        # field was seen (the two styles cannot be mixed); a format spec may itself hold
        # fields, formatted one level deeper
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if name is None:
                continue
            if name == '' or name.isdigit():
                automatic = name == ''
                mixing = (auto_arg_index is False) if automatic else bool(auto_arg_index)
                if mixing:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                if automatic:
                    name = str(auto_arg_index)
                    auto_arg_index += 1
                else:
                    auto_arg_index = False
            value, key = self.get_field(name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1, auto_arg_index)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    _CONVERSIONS = {None: lambda v: v, 's': str, 'r': repr, 'a': ascii}

    def convert_field(self, value, conversion):
        convert = self._CONVERSIONS.get(conversion)
        if convert is None:
            raise ValueError(f"Unknown conversion specifier {conversion!s}")
        return convert(value)

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each piece."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """(the value field_name names, its first part: the key get_value used)"""
        first, rest = _field_name_split(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attr, part in rest:
            value = getattr(value, part) if is_attr else value[part]
        return value, first
