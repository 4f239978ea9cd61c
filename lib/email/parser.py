"""Parse messages from text (pydive's email.parser): headers, an empty line, the body.
Multipart bodies are kept as text (not split into parts)."""

from io import StringIO, TextIOWrapper

__all__ = ["Parser", "HeaderParser", "BytesParser", "BytesHeaderParser", "FeedParser",
           "BytesFeedParser"]


def _parse_text(text, factory, headersonly):
    msg = factory()
    lines = text.splitlines(keepends=True)
    i = 0
    if lines and lines[0].startswith("From "):
        msg.set_unixfrom(lines[0].rstrip("\r\n"))
        i = 1
    name, value = None, []
    while i < len(lines):
        line = lines[i]
        bare = line.rstrip("\r\n")
        if not bare:
            i += 1
            break
        if bare[:1] in (" ", "\t") and name is not None:
            value.append(bare)
        else:
            colon = bare.find(":")
            if colon <= 0:
                # not a header: the body starts here (a defect CPython records)
                break
            if name is not None:
                msg.set_raw(name, "\n".join(value))
            name = bare[:colon].rstrip()
            value = [bare[colon + 1:].lstrip(" \t")]
        i += 1
    if name is not None:
        msg.set_raw(name, "\n".join(value))
    body = "".join(lines[i:])
    if headersonly:
        msg.set_payload(body)
    elif body or i < len(lines) or text.endswith("\n\n"):
        msg.set_payload(body)
    else:
        msg.set_payload("")
    return msg


def _default_factory(policy):
    if policy is not None and getattr(policy, "message_factory", None) is not None:
        return policy.message_factory
    from email.message import Message
    return Message


class Parser:
    def __init__(self, _class=None, *, policy=None):
        self._class = _class if _class is not None else _default_factory(policy)
        self.policy = policy

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        return _parse_text(text, self._class, headersonly)


class HeaderParser(Parser):
    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        return self.parser.parsestr(text.decode("ascii", "surrogateescape"), headersonly)


class BytesHeaderParser(BytesParser):
    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, True)


class FeedParser:
    """Collects text given to feed(); close() parses it."""

    def __init__(self, _factory=None, *, policy=None):
        self._factory = _factory if _factory is not None else _default_factory(policy)
        self._parts = []

    def feed(self, data):
        self._parts.append(data)

    def close(self):
        return _parse_text("".join(self._parts), self._factory, False)


class BytesFeedParser(FeedParser):
    def feed(self, data):
        FeedParser.feed(self, data.decode("ascii", "surrogateescape"))
