"""Email messages (pydive's subset): headers kept in order as (name, value) pairs, looked up
without regard to case, and a payload (a str, or a list of messages once attach() is used).

Header values are kept as given (no RFC 2047 decoding, no folding on output).
"""

__all__ = ["Message", "EmailMessage"]


def _split_params(value):
    """'text/html; charset="utf-8"' -> ['text/html', ('charset', 'utf-8')]"""
    parts = []
    cur, quoted = [], False
    for ch in value:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    out = [parts[0].strip()]
    for p in parts[1:]:
        p = p.strip()
        if not p:
            continue
        if "=" in p:
            k, _, v = p.partition("=")
            out.append((k.strip().lower(), v.strip()))
        else:
            out.append((p.lower(), ""))
    return out


def _unquote(v):
    if len(v) > 1 and v[0] == v[-1] == '"':
        return v[1:-1].replace('\\\\', '\\').replace('\\"', '"')
    if len(v) > 1 and v[0] == "<" and v[-1] == ">":
        return v[1:-1]
    return v


def _quote_param(name, value):
    # parameters given to add_header/set_param are always written quoted
    if value is None or value == "":
        return name
    return '%s="%s"' % (name, value.replace("\\", "\\\\").replace('"', '\\"'))


class Message:
    """A message: ordered headers (case-insensitive names, repeats allowed) and a payload."""

    def __init__(self, policy=None):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = "text/plain"

    # -- output ---------------------------------------------------------------------------

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The message as text: 'Name: value' lines, an empty line, then the payload."""
        lines = []
        if unixfrom and self._unixfrom:
            lines.append(self._unixfrom + "\n")
        for name, value in self._headers:
            lines.append("%s: %s\n" % (name, value))
        lines.append("\n")
        payload = self._payload
        if isinstance(payload, list):
            boundary = self.get_boundary()
            if boundary is None:
                raise NotImplementedError("email (pydive): a multipart message without a "
                                          "boundary parameter cannot be written")
            if self.preamble is not None:
                lines.append(self.preamble + "\n")
            for part in payload:
                lines.append("--%s\n" % boundary)
                lines.append(part.as_string())
                lines.append("\n")
            lines.append("--%s--\n" % boundary)
            if self.epilogue is not None:
                lines.append(self.epilogue)
        elif payload is not None:
            lines.append(payload)
        return "".join(lines)

    def __str__(self):
        return self.as_string()

    def as_bytes(self, unixfrom=False, policy=None):
        return self.as_string(unixfrom).encode("utf-8", "surrogateescape")

    def __bytes__(self):
        return self.as_bytes()

    # -- payload --------------------------------------------------------------------------

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        if self._payload is None:
            self._payload = [payload]
        elif isinstance(self._payload, list):
            self._payload.append(payload)
        else:
            raise TypeError("Attach is not valid on a message with a non-multipart payload")

    def get_payload(self, i=None, decode=False):
        payload = self._payload
        if isinstance(payload, list):
            if decode:
                return None
            return payload if i is None else payload[i]
        if i is not None:
            raise TypeError("Expected list, got %s" % type(payload))
        if not decode:
            return payload
        if payload is None:
            return None
        if isinstance(payload, bytes):
            return payload
        cte = str(self.get("content-transfer-encoding", "")).lower()
        raw = payload.encode("ascii", "surrogateescape") if payload.isascii() else \
            payload.encode(self.get_content_charset("utf-8"), "replace")
        if cte == "base64":
            import binascii
            try:
                return binascii.a2b_base64(raw)
            except binascii.Error:
                return raw
        if cte == "quoted-printable":
            import quopri
            return quopri.decodestring(raw)
        if cte in ("x-uuencode", "uuencode", "uue", "x-uue"):
            raise NotImplementedError("email (pydive): uuencoded payloads")
        return raw

    def set_payload(self, payload, charset=None):
        if isinstance(payload, bytes):
            payload = payload.decode("ascii", "surrogateescape")
        self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        if charset is None:
            self.del_param("charset")
            self._charset = None
            return
        name = str(charset).lower()
        self._charset = name
        if "MIME-Version" not in self:
            self.add_header("MIME-Version", "1.0")
        if "Content-Type" not in self:
            self.add_header("Content-Type", "text/plain", charset=name)
        else:
            self.set_param("charset", name)
        if "Content-Transfer-Encoding" not in self:
            if name in ("us-ascii", "ascii"):
                self.add_header("Content-Transfer-Encoding", "7bit")
            elif name == "utf-8":
                import base64
                data = (self._payload or "").encode("utf-8", "surrogateescape")
                self._payload = base64.encodebytes(data).decode("ascii")
                self.add_header("Content-Transfer-Encoding", "base64")
            else:
                self.add_header("Content-Transfer-Encoding", "8bit")

    def get_charset(self):
        return self._charset

    # -- headers as a mapping -------------------------------------------------------------

    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        # adds a header (a repeated name is kept twice), as CPython's Message does
        self._headers.append((name, val))

    def __delitem__(self, name):
        low = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != low]

    def __contains__(self, name):
        low = name.lower()
        return any(k.lower() == low for k, _ in self._headers)

    def __iter__(self):
        return iter([k for k, _ in self._headers])

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        return [v for _, v in self._headers]

    def items(self):
        return list(self._headers)

    def raw_items(self):
        return iter(list(self._headers))

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def get(self, name, failobj=None):
        low = name.lower()
        for k, v in self._headers:
            if k.lower() == low:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        low = name.lower()
        found = [v for k, v in self._headers if k.lower() == low]
        return found if found else failobj

    def add_header(self, _name, _value, **_params):
        pieces = [] if _value is None else [_value]
        for k, v in _params.items():
            pieces.append(_quote_param(k.replace("_", "-"), v))
        self._headers.append((_name, "; ".join(pieces)))

    def replace_header(self, _name, _value):
        low = _name.lower()
        for i, (k, _) in enumerate(self._headers):
            if k.lower() == low:
                self._headers[i] = (k, _value)
                return
        raise KeyError(low)

    # -- content type and parameters ------------------------------------------------------

    def get_content_type(self):
        value = self.get("content-type")
        if value is None:
            return self.get_default_type()
        ctype = _split_params(str(value))[0].lower()
        if ctype.count("/") != 1:
            return "text/plain"
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split("/")[0]

    def get_content_subtype(self):
        return self.get_content_type().split("/")[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def get_params(self, failobj=None, header="content-type", unquote=True):
        value = self.get(header)
        if value is None:
            return failobj
        parts = _split_params(str(value))
        out = [(parts[0], "")]
        for k, v in parts[1:]:
            out.append((k, _unquote(v) if unquote else v))
        return out

    def get_param(self, param, failobj=None, header="content-type", unquote=True):
        params = self.get_params(None, header, unquote)
        if params is None:
            return failobj
        low = param.lower()
        for k, v in params[1:]:
            if k == low:
                return v
        return failobj

    def set_param(self, param, value, header="Content-Type", requote=True, charset=None,
                  language="", replace=False):
        current = self.get(header)
        if current is None:
            parts = ["text/plain"] if header.lower() == "content-type" else [""]
        else:
            parts = _split_params(str(current))
        low = param.lower()
        pieces = [parts[0]]
        done = False
        for k, v in parts[1:]:
            if k == low:
                pieces.append(_quote_param(param, value))
                done = True
            else:
                pieces.append("%s=%s" % (k, v))
        if not done:
            pieces.append(_quote_param(param, value))
        new = "; ".join(p for p in pieces if p)
        if current is None:
            self[header] = new
        else:
            self.replace_header(header, new)

    def del_param(self, param, header="content-type", requote=True):
        current = self.get(header)
        if current is None:
            return
        parts = _split_params(str(current))
        low = param.lower()
        keep = [parts[0]] + ["%s=%s" % (k, v) for k, v in parts[1:] if k != low]
        self.replace_header(header, "; ".join(keep))

    def set_type(self, type, header="Content-Type", requote=True):
        if type.count("/") != 1:
            raise ValueError
        current = self.get(header)
        if current is None:
            self[header] = type
            return
        parts = _split_params(str(current))
        self.replace_header(header, "; ".join([type] + ["%s=%s" % kv for kv in parts[1:]]))

    def get_filename(self, failobj=None):
        name = self.get_param("filename", None, "content-disposition")
        if name is None:
            name = self.get_param("name", None, "content-type")
        return failobj if name is None else name.strip()

    def get_boundary(self, failobj=None):
        b = self.get_param("boundary", None)
        return failobj if b is None else b.rstrip()

    def set_boundary(self, boundary):
        if self.get("content-type") is None:
            from email.errors import HeaderParseError
            raise HeaderParseError("No Content-Type header found")
        self.set_param("boundary", boundary)

    def get_content_charset(self, failobj=None):
        cs = self.get_param("charset", None)
        if cs is None:
            return failobj
        return cs.lower()

    def get_charsets(self, failobj=None):
        if isinstance(self._payload, list):
            return [p.get_content_charset(failobj) for p in self.walk()]
        return [self.get_content_charset(failobj)]

    def get_content_disposition(self):
        value = self.get("content-disposition")
        if value is None:
            return None
        return _split_params(str(value))[0].lower()

    def walk(self):
        yield self
        if isinstance(self._payload, list):
            for part in self._payload:
                yield from part.walk()


class EmailMessage(Message):
    """The modern message class: set_content()/get_content() for text bodies."""

    def __init__(self, policy=None):
        Message.__init__(self, policy)

    def __str__(self):
        return self.as_string()

    def set_content(self, content, subtype="plain", charset="utf-8", cte=None,
                    disposition=None, filename=None, cid=None, params=None, headers=None):
        if not isinstance(content, str):
            raise NotImplementedError("EmailMessage.set_content (pydive): only str content")
        if not content.endswith("\n"):
            content += "\n"
        ascii_only = content.isascii()
        self.clear_content()
        self.add_header("Content-Type", "text/" + subtype, charset=charset)
        if cte is None:
            cte = "7bit" if ascii_only else "8bit"
        if cte not in ("7bit", "8bit"):
            raise NotImplementedError("EmailMessage.set_content (pydive): cte=%r" % (cte,))
        self["Content-Transfer-Encoding"] = cte
        if disposition is not None or filename is not None:
            self.add_header("Content-Disposition", disposition or "attachment",
                            **({"filename": filename} if filename else {}))
        self._payload = content
        if "MIME-Version" not in self:
            self["MIME-Version"] = "1.0"

    def get_content(self):
        if self.get_content_maintype() != "text":
            raise NotImplementedError("EmailMessage.get_content (pydive): only text parts")
        data = self.get_payload(decode=True)
        if data is None:
            return ""
        return data.decode(self.get_content_charset("ascii"), "replace")

    def is_attachment(self):
        return self.get_content_disposition() == "attachment"

    def iter_parts(self):
        if isinstance(self._payload, list):
            yield from self._payload

    def clear(self):
        self._headers = []
        self._payload = None

    def clear_content(self):
        self._headers = [(k, v) for k, v in self._headers
                         if not k.lower().startswith("content-")]
        self._payload = None
