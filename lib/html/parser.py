"""HTMLParser: a tolerant HTML/XHTML tokenizer that calls a handler method per piece."""

# pydive's html.parser: the same events, in the same pieces, as CPython's HTMLParser for
# the markup programs feed it (tags, attributes, text, comments, declarations, processing
# instructions, <script>/<style> raw text, character references), written as a small
# scanner over the buffered input. Input that ends inside a construct waits for more, as
# CPython's does; close() flushes what is left.

import re
from html import unescape

__all__ = ['HTMLParser']

_TAG_START = re.compile(r'<[a-zA-Z]')
# a tag name, then attributes: name, optional "= value" (quoted or bare)
_TAG_NAME = re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
_ATTR = re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*'
    r'(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
_END_TAG_NAME = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_CHARREF = re.compile(r'&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_ENTITYREF = re.compile(r'&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_INCOMPLETE = re.compile(r'&[a-zA-Z#]')
_DECL_NAME = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')


class HTMLParser:
    """Subclass it and override the handle_* methods; feed() text, then close()."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forget the buffered input and start over."""
        self.rawdata = ''
        self.lasttag = '???'
        self.lineno = 1
        self.offset = 0
        self.cdata_elem = None
        self.__starttag_text = None

    def feed(self, data):
        """Parse `data` as far as it goes; an unfinished construct waits for more."""
        self.rawdata += data
        self._run(False)

    def close(self):
        """Parse what is left, unfinished constructs included."""
        self._run(True)

    def getpos(self):
        """Return current line number and offset."""
        return self.lineno, self.offset

    def get_starttag_text(self):
        """The source text of the last start tag."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()

    def clear_cdata_mode(self):
        self.cdata_elem = None

    def _advance(self, i, j):
        if i >= j:
            return j
        chunk = self.rawdata[i:j]
        lines = chunk.count("\n")
        if lines:
            self.lineno += lines
            self.offset = j - (self.rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    def _text(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(unescape(text))
        else:
            self.handle_data(text)

    def _run(self, end):
        raw = self.rawdata
        i = 0
        n = len(raw)
        while i < n:
            # the text up to the next markup
            if self.cdata_elem:
                m = re.compile(r'</%s(?=[\s/>])' % re.escape(self.cdata_elem),
                               re.I).search(raw, i)
                j = m.start() if m else -1
                if j < 0:
                    # keep a possible partial "</scri" for the next feed
                    k = raw.rfind('<', i)
                    j = k if k >= 0 and not end else n
                    if j == i:
                        break
            elif self.convert_charrefs:
                j = raw.find('<', i)
                if j < 0:
                    amp = raw.rfind('&', max(i, n - 34))
                    if amp >= 0 and not re.compile(r'[\s;]').search(raw, amp) and not end:
                        break       # a reference may be cut in two: wait for the rest
                    j = n
            else:
                m = re.compile('[&<]').search(raw, i)
                j = m.start() if m else n
            if i < j:
                self._text(raw[i:j])
            i = self._advance(i, j)
            if i == n:
                break
            if raw.startswith('<', i):
                if _TAG_START.match(raw, i):
                    k = self._start_tag(i)
                elif raw.startswith('</', i):
                    k = self._end_tag(i)
                elif raw.startswith('<!--', i):
                    k = self._comment(i)
                elif raw.startswith('<?', i):
                    k = self._pi(i)
                elif raw.startswith('<!', i):
                    k = self._declaration(i)
                elif i + 1 < n:
                    self.handle_data('<')
                    k = i + 1
                elif end:
                    self.handle_data('<')
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    # unfinished markup at the very end: it is text
                    k = raw.find('>', i + 1)
                    if k < 0:
                        k = raw.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._text(raw[i:k])
                i = self._advance(i, k)
            elif raw.startswith('&#', i):
                m = _CHARREF.match(raw, i)
                if m:
                    name = m.group()[2:-1]
                    self.handle_charref(name)
                    k = m.end()
                    if raw[k - 1] != ';':
                        k -= 1
                    i = self._advance(i, k)
                    continue
                if ';' in raw[i:]:
                    self.handle_data(raw[i:i + 2])
                    i = self._advance(i, i + 2)
                break
            elif raw.startswith('&', i):
                m = _ENTITYREF.match(raw, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if raw[k - 1] != ';':
                        k -= 1
                    i = self._advance(i, k)
                    continue
                m = _INCOMPLETE.match(raw, i)
                if m:
                    if end and m.group() == raw[i:]:
                        k = m.end()
                        if k <= i:
                            k = n
                        i = self._advance(i, i + 1)
                    break
                elif i + 1 < n:
                    self.handle_data('&')
                    i = self._advance(i, i + 1)
                else:
                    break
        if end and i < n and not self.cdata_elem:
            self._text(raw[i:n])
            i = self._advance(i, n)
        self.rawdata = raw[i:]

    # ---- markup ----

    def _tag_end(self, i):
        """Index just past the '>' closing the tag at i (quotes respected), or -1."""
        raw = self.rawdata
        j = i + 1
        quote = None
        n = len(raw)
        while j < n:
            c = raw[j]
            if quote:
                if c == quote:
                    quote = None
            elif c in '"\'' and raw[j - 1] in '= \t\n\r\f':
                quote = c
            elif c == '>':
                return j + 1
            j += 1
        return -1

    def _start_tag(self, i):
        end = self._tag_end(i)
        if end < 0:
            return -1
        raw = self.rawdata
        text = raw[i:end]
        self.__starttag_text = text
        m = _TAG_NAME.match(raw, i + 1)
        tag = m.group(1).lower()
        self.lasttag = tag
        attrs = []
        k = m.end()
        while k < end - 1:
            a = _ATTR.match(raw, k)
            if not a or a.end() > end - 1 or a.end() == k:
                break
            name, rest, value = a.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] == value[-1:] and value[:1] in ('"', "'") and len(value) > 1:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = a.end()
        if text.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return end

    def _end_tag(self, i):
        raw = self.rawdata
        j = raw.find('>', i + 1)
        if j < 0:
            return -1
        m = _END_TAG_NAME.match(raw, i)
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(raw[i:j + 1])
                return j + 1
            inner = raw[i + 2:j]
            name = re.match(r'\s*([a-zA-Z][^\t\n\r\f />\x00]*)', inner)
            if not name:
                if inner == '':
                    return j + 1     # '</>' is dropped
                self.handle_comment(inner)
                return j + 1
            self.handle_endtag(name.group(1).lower())
            return j + 1
        tag = m.group(1).lower()
        if self.cdata_elem is not None and tag != self.cdata_elem:
            self.handle_data(raw[i:j + 1])
            return j + 1
        self.handle_endtag(tag)
        self.clear_cdata_mode()
        return j + 1

    def _comment(self, i):
        raw = self.rawdata
        j = raw.find('-->', i + 4)
        if j < 0:
            return -1
        self.handle_comment(raw[i + 4:j])
        return j + 3

    def _pi(self, i):
        raw = self.rawdata
        j = raw.find('>', i + 2)
        if j < 0:
            return -1
        self.handle_pi(raw[i + 2:j])
        return j + 1

    def _declaration(self, i):
        raw = self.rawdata
        if raw.startswith('<![', i):
            j = raw.find(']]>', i + 3)
            if j < 0:
                return -1
            self.unknown_decl(raw[i + 3:j])
            return j + 3
        j = raw.find('>', i + 2)
        if j < 0:
            return -1
        body = raw[i + 2:j]
        if _DECL_NAME.match(body) or body.lower().startswith('doctype'):
            self.handle_decl(body)
        else:
            self.handle_comment(body)
        return j + 1

    # ---- overridable handlers ----

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
