"""CSV file reading and writing (pydive's csv, written in Python: reader, writer, DictReader,
DictWriter, dialects excel/excel-tab/unix, quoting modes, Sniffer)."""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS",
           "QUOTE_NOTNULL", "Error", "Dialect", "excel", "excel_tab", "unix_dialect",
           "field_size_limit", "reader", "writer", "register_dialect", "get_dialect",
           "list_dialects", "unregister_dialect", "DictReader", "DictWriter", "Sniffer"]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE, QUOTE_STRINGS, QUOTE_NOTNULL = range(6)

_field_limit = 128 * 1024


class Error(Exception):
    pass


class Dialect:
    """Describe a CSV dialect."""
    _name = ""
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    _dialects[name] = _Params(dialect or excel, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if args:
        _field_limit = args[0]
    return old


class _Params:
    def __init__(self, dialect, fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in ("delimiter", "quotechar", "escapechar", "doublequote",
                     "skipinitialspace", "lineterminator", "quoting", "strict"):
            setattr(self, name, fmtparams.get(name, getattr(dialect, name, None)))
        if self.doublequote is None:
            self.doublequote = True
        if self.quoting is None:
            self.quoting = QUOTE_MINIMAL
        if self.lineterminator is None:
            self.lineterminator = "\r\n"
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quoting != QUOTE_NONE and self.quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")


_EOL = object()


class _Reader:
    """The record state machine of CPython's Modules/_csv.c (parse_process_char)."""

    def __init__(self, f, dialect, fmtparams):
        self._it = iter(f)
        self.dialect = _Params(dialect, fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def _save(self):
        value = "".join(self._field)
        if len(value) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        if self._numeric and value:
            value = float(value)
        self._fields.append(value)
        self._field = []
        self._numeric = False

    def _start_field_numeric(self):
        self._numeric = self.dialect.quoting == QUOTE_NONNUMERIC

    def _process(self, c):
        d = self.dialect
        st = self._state
        if st == "start_record":
            if c is _EOL:
                return
            if c in "\n\r":
                self._state = "eat_crnl"
                return
            self._state = st = "start_field"
        if st == "start_field":
            self._start_field_numeric()
            if c is _EOL or c in "\n\r":
                self._save()
                self._state = "start_record" if c is _EOL else "eat_crnl"
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._numeric = False
                self._state = "in_quoted"
            elif c == d.escapechar:
                self._state = "escaped"
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save()
            else:
                self._field.append(c)
                self._state = "in_field"
        elif st == "escaped":
            if c is not _EOL and c in "\n\r":
                self._field.append(c)
                self._state = "after_escaped_crnl"
                return
            self._field.append("\n" if c is _EOL else c)
            self._state = "in_field"
        elif st in ("after_escaped_crnl", "in_field"):
            if st == "after_escaped_crnl" and c is _EOL:
                return
            self._state = "in_field"
            if c is _EOL or c in "\n\r":
                self._save()
                self._state = "start_record" if c is _EOL else "eat_crnl"
            elif c == d.escapechar:
                self._state = "escaped"
            elif c == d.delimiter:
                self._save()
                self._state = "start_field"
            else:
                self._field.append(c)
        elif st == "in_quoted":
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = "escape_in_quoted"
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = "quote_in_quoted" if d.doublequote else "in_field"
            else:
                self._field.append(c)
        elif st == "escape_in_quoted":
            self._field.append("\n" if c is _EOL else c)
            self._state = "in_quoted"
        elif st == "quote_in_quoted":
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._field.append(c)
                self._state = "in_quoted"
            elif c == d.delimiter:
                self._save()
                self._state = "start_field"
            elif c is _EOL or c in "\n\r":
                self._save()
                self._state = "start_record" if c is _EOL else "eat_crnl"
            elif not d.strict:
                self._field.append(c)
                self._state = "in_field"
            else:
                raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
        elif st == "eat_crnl":
            if c is _EOL:
                self._state = "start_record"
            elif c not in "\n\r":
                raise Error("new-line character seen in unquoted field - do you need to "
                            "open the file with newline=''?")

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = "start_record"
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if self._fields or self._field or self._state not in ("start_record",):
                    if self.dialect.strict and self._state in ("in_quoted",
                                                               "escape_in_quoted"):
                        raise Error("unexpected end of data")
                    if self._state != "start_record":
                        self._save()
                    return self._fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be "
                            "opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                if c == "\0":
                    raise Error("line contains NUL")
                self._process(c)
            self._process(_EOL)
            if self._state == "start_record":
                return self._fields


def reader(f, dialect="excel", **fmtparams):
    return _Reader(f, dialect, fmtparams)


def _is_number(v):
    # PyNumber_Check: the type converts to a number
    t = type(v)
    return any(hasattr(t, n) for n in ("__index__", "__int__", "__float__", "__complex__"))


class _Writer:
    def __init__(self, f, dialect, fmtparams):
        try:
            self._write = f.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self._f = f
        self.dialect = _Params(dialect, fmtparams)

    def _quote(self, field):
        d = self.dialect
        if field is None:
            if d.quoting == QUOTE_NOTNULL or d.quoting == QUOTE_STRINGS:
                return ""
            s = ""
            # None is no number: QUOTE_NONNUMERIC quotes it (_csv.c join_append)
            must = d.quoting in (QUOTE_ALL, QUOTE_NONNUMERIC)
        else:
            is_str = isinstance(field, str)
            s = field if is_str else str(field) if not isinstance(field, float) \
                else repr(field)
            must = (d.quoting == QUOTE_ALL or (d.quoting == QUOTE_NONNUMERIC and not _is_number(field))
                    or (d.quoting in (QUOTE_STRINGS, QUOTE_NOTNULL) and is_str)
                    or (d.quoting == QUOTE_NOTNULL))
        if d.quoting == QUOTE_NONE:
            out = []
            for c in s:
                if c in (d.delimiter, d.quotechar, "\r", "\n") or (d.escapechar and
                                                                   c == d.escapechar):
                    if not d.escapechar:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
                out.append(c)
            return "".join(out)
        special = (d.delimiter in s or (d.quotechar and d.quotechar in s) or "\r" in s
                   or "\n" in s or (d.escapechar and d.escapechar in s)
                   or (s[:1] == " " and False))
        if special or must or (s == "" and False):
            if d.quotechar in s:
                if d.doublequote:
                    s = s.replace(d.quotechar, d.quotechar * 2)
                elif d.escapechar:
                    s = s.replace(d.quotechar, d.escapechar + d.quotechar)
                else:
                    raise Error("need to escape, but no escapechar set")
            return d.quotechar + s + d.quotechar
        return s

    def writerow(self, row):
        try:
            row = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        d = self.dialect
        fields = [self._quote(f) for f in row]
        if len(fields) == 1 and fields[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            fields = [d.quotechar * 2]
        line = d.delimiter.join(fields) + d.lineterminator
        return self._write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(f, dialect="excel", **fmtparams):
    return _Writer(f, dialect, fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        extrasaction = extrasaction.lower()
        if extrasaction not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


# The Sniffer's first guess: text between two identical quotes with the same character
# around it. Tried in this order; the first pattern that matches anything decides.
_QUOTED_PATTERNS = (
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
    r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
)


class Sniffer:
    """Guesses the dialect of CSV text (sniff) and whether its first row is a header."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing `sample`; Error if no delimiter can be found."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        import re
        found = []
        for text in _QUOTED_PATTERNS:
            pattern = re.compile(text, re.DOTALL | re.MULTILINE)
            found = pattern.findall(data)
            if found:
                break
        if not found:
            return ("", False, None, 0)
        slots = pattern.groupindex
        quote_at = slots["quote"] - 1
        quotes, delims, spaced = {}, {}, 0
        for groups in found:
            # (one group only: findall gives the match text, whose first char is the quote)
            q = groups[quote_at]
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            if "delim" not in slots:
                continue
            d = groups[slots["delim"] - 1]
            if d and (delimiters is None or d in delimiters):
                delims[d] = delims.get(d, 0) + 1
            if "space" in slots and groups[slots["space"] - 1]:
                spaced += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaced
            if delim == "\n":  # one column, most likely
                delim = ""
        else:
            delim, skipinitialspace = "", 0
        # a doubled quote inside a quoted field means doublequote
        d = re.escape(delim)
        doubled = re.compile(
            r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)"
            % (d, quotechar, d, quotechar, d, quotechar, d), re.MULTILINE)
        return (quotechar, bool(doubled.search(data)), delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        # A delimiter occurs about as often on every line: per character, the most common
        # per-line count ("mode") and how many lines have it, less the lines that do not;
        # lines are examined ten at a time until a single character stands out.
        lines = [line for line in data.split("\n") if line]
        step = min(10, len(lines))
        seen = {}   # char -> {count on a line: number of lines}
        modes = {}  # char -> (count, lines with it minus lines without)
        chosen = {}
        rounds = 0
        start = 0
        while start < len(lines):
            rounds += 1
            for line in lines[start:start + step]:
                for code in range(127):
                    ch = chr(code)
                    table = seen.setdefault(ch, {})
                    n = line.count(ch)
                    table[n] = table.get(n, 0) + 1
            for ch, table in seen.items():
                pairs = list(table.items())
                if len(pairs) == 1 and pairs[0][0] == 0:
                    continue
                best = pairs[0]
                for pair in pairs[1:]:
                    if pair[1] > best[1]:
                        best = pair
                others = sum(p[1] for p in pairs) - best[1]
                modes[ch] = (best[0], best[1] - others)
            total = float(min(step * rounds, len(lines)))
            wanted = 1.0
            while not chosen and wanted >= 0.9:
                for ch, (count, lines_with) in modes.items():
                    if count > 0 and lines_with > 0 and lines_with / total >= wanted \
                            and (delimiters is None or ch in delimiters):
                        chosen[ch] = (count, lines_with)
                wanted -= 0.01
            if len(chosen) == 1:
                delim = next(iter(chosen))
                return (delim, lines[0].count(delim) == lines[0].count(delim + " "))
            start += step
        if not chosen:
            return ("", 0)
        if len(chosen) > 1:
            for d in self.preferred:
                if d in chosen:
                    return (d, lines[0].count(d) == lines[0].count(d + " "))
        delim = max((v, k) for k, v in chosen.items())[1]
        return (delim, lines[0].count(delim) == lines[0].count(delim + " "))

    def has_header(self, sample):
        """Guess whether the first row of `sample` names the columns: it does when its
        cells differ in type (or length) from what the column holds below."""
        from io import StringIO
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = dict.fromkeys(range(width))  # column -> complex, or a fixed length
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if isinstance(kind, int):
                same = len(header[col]) == kind
            else:
                try:
                    kind(header[col])
                    same = True
                except (ValueError, TypeError):
                    same = False
            votes += -1 if same else 1
        return votes > 0


# What is C in CPython adds no traceback entry and no trace event (lib/NATIVE.md).
try:
    from _pydive import hide_module as _hide_module
except ImportError:
    pass
else:
    _hide_module(globals(), exclude=('Dialect', 'excel', 'excel_tab', 'unix_dialect', 'DictReader', 'DictWriter', 'Sniffer', 'Error'))
    del _hide_module
