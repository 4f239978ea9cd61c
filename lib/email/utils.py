"""Helpers for email headers (pydive's subset of email.utils): dates (formatdate,
format_datetime, parsedate, parsedate_tz, parsedate_to_datetime, mktime_tz, localtime),
addresses (parseaddr, formataddr, getaddresses), make_msgid, quote and unquote.
"""

import calendar
import datetime
import os
import random
import re
import time

__all__ = ["collapse_rfc2231_value", "decode_params", "decode_rfc2231", "encode_rfc2231",
           "formataddr", "formatdate", "format_datetime", "getaddresses", "make_msgid",
           "mktime_tz", "parseaddr", "parsedate", "parsedate_tz", "parsedate_to_datetime",
           "quote", "unquote", "localtime"]

COMMASPACE = ", "
EMPTYSTRING = ""
CRLF = "\r\n"

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# characters that make a display name need quotes, and those escaped inside the quotes
specialsre = re.compile(r'[][\\()<>@,:;".]')
escapesre = re.compile(r'[\\"]')


# -- dates --------------------------------------------------------------------------------

def _rfc2822(tt, zone):
    return "%s, %02d %s %04d %02d:%02d:%02d %s" % (
        _DAYS[tt[6]], tt[2], _MONTHS[tt[1] - 1], tt[0], tt[3], tt[4], tt[5], zone)


def format_datetime(dt, usegmt=False):
    """An RFC 2822 date for a datetime ('-0000' for a naive one, 'GMT' with usegmt)."""
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = "GMT"
    elif dt.tzinfo is None:
        zone = "-0000"
    else:
        zone = dt.strftime("%z")
    return _rfc2822(dt.timetuple(), zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date for a time stamp (now by default): in UTC written '-0000' (or
    'GMT' with usegmt), or in the local zone with localtime."""
    stamp = time.time() if timeval is None else timeval
    dt = datetime.datetime.fromtimestamp(stamp, datetime.timezone.utc)
    if localtime:
        return format_datetime(dt.astimezone())
    return format_datetime(dt if usegmt else dt.replace(tzinfo=None), usegmt)


_ZONES = {"UT": 0, "UTC": 0, "GMT": 0, "Z": 0, "AST": -400, "ADT": -300, "EST": -500,
          "EDT": -400, "CST": -600, "CDT": -500, "MST": -700, "MDT": -600, "PST": -800,
          "PDT": -700}


def _parsedate_tz(data):
    """The 10-tuple of parsedate_tz (its last item None for '-0000' / no zone)."""
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    if words[0].endswith(",") or words[0].lower()[:3] in [d.lower() for d in _DAYS]:
        del words[0]  # the day name is not needed
    else:
        i = words[0].rfind(",")
        if i >= 0:
            words[0] = words[0][i + 1:]
    if len(words) == 3:  # '12-Jan-2020 ...' style
        parts = words[0].split("-")
        if len(parts) == 3:
            words = parts + words[1:]
    if len(words) == 4:
        s = words[3]
        i = s.find("+")
        if i == -1:
            i = s.find("-")
        if i > 0:
            words[3:] = [s[:i], s[i:]]
        else:
            words.append("")
    if len(words) < 5:
        return None
    day, mon, year, clock, zone = words[:5]
    if not mon:
        return None
    mon = mon.lower()
    months = [m.lower() for m in _MONTHS]
    if mon not in months:
        day, mon = mon, day.lower()
        if mon not in months:
            return None
    month = months.index(mon) + 1
    if month > 12:
        month -= 12
    day = day.rstrip(",")
    if ":" in year:
        clock, year = year, clock
    year = year.rstrip(",")
    if not year[:1].isdigit():
        year, zone = zone, year
    clock = clock.rstrip(",")
    hms = clock.split(":")
    if len(hms) == 2:
        hms.append("0")
    elif len(hms) == 1 and "." in hms[0]:
        hms = hms[0].split(".")
        if len(hms) == 2:
            hms.append("0")
    if len(hms) != 3:
        return None
    try:
        year, day = int(year), int(day)
        hh, mm, ss = (int(x) for x in hms)
    except ValueError:
        return None
    if year < 100:
        year += 2000 if year <= 68 else 1900
    offset = None
    zone = zone.upper()
    if zone in _ZONES:
        offset = _ZONES[zone]
    else:
        try:
            offset = int(zone)
        except ValueError:
            pass
        if offset == 0 and zone.startswith("-"):
            offset = None  # '-0000': the zone is unknown
    if offset is not None:
        sign = -1 if offset < 0 else 1
        offset = abs(offset)
        offset = sign * ((offset // 100) * 3600 + (offset % 100) * 60)
    return [year, month, day, hh, mm, ss, 0, 1, -1, offset]


def parsedate_tz(data):
    """Parse an RFC 2822 date: a 10-tuple whose last item is the zone's offset in seconds
    (None when unknown), or None."""
    t = _parsedate_tz(data)
    if t is None:
        return None
    if t[9] is None:
        t[9] = 0
    return tuple(t)


def parsedate(data):
    """Parse an RFC 2822 date into a 9-tuple for time.mktime (no zone), or None."""
    t = _parsedate_tz(data)
    return None if t is None else tuple(t[:9])


def parsedate_to_datetime(data):
    """Parse an RFC 2822 date into a datetime (naive when the zone is '-0000')."""
    t = _parsedate_tz(data)
    if t is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    if t[9] is None:
        return datetime.datetime(*t[:6])
    zone = datetime.timezone(datetime.timedelta(seconds=t[9]))
    return datetime.datetime(*t[:6], tzinfo=zone)


def mktime_tz(data):
    """The UTC time stamp of a parsedate_tz() tuple."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    return calendar.timegm(data) - data[9]


def localtime(dt=None, isdst=None):
    """dt (now by default) as an aware datetime in the local zone."""
    if dt is None:
        dt = datetime.datetime.now(datetime.timezone.utc)
    if dt.tzinfo is not None:
        return dt.astimezone()
    return dt.astimezone()


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID: <time.pid.random[.idstring]@domain>."""
    if domain is None:
        import socket
        getfqdn = getattr(socket, "getfqdn", None)
        domain = getfqdn() if getfqdn else socket.gethostname()
    extra = "" if idstring is None else "." + idstring
    return "<%d.%d.%d%s@%s>" % (int(time.time() * 100), os.getpid(),
                                random.getrandbits(64), extra, domain)


# -- addresses ----------------------------------------------------------------------------

def quote(text):
    """Escape backslashes and double quotes."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


def unquote(text):
    """Remove the double quotes or angle brackets around text."""
    if len(text) > 1:
        if text[0] == '"' and text[-1] == '"':
            return text[1:-1].replace("\\\\", "\\").replace('\\"', '"')
        if text[0] == "<" and text[-1] == ">":
            return text[1:-1]
    return text


def formataddr(pair, charset="utf-8"):
    """'Name <address>' for (name, address), with the name quoted when it needs it (the
    address alone when there is no name)."""
    name, address = pair
    address.encode("ascii")
    if not name:
        return address
    if not name.isascii():
        import base64
        if str(charset).lower() not in ("utf-8", "utf8"):
            raise NotImplementedError("email.utils.formataddr (pydive): charset %r"
                                      % (charset,))
        word = base64.b64encode(name.encode("utf-8")).decode("ascii")
        return "=?utf-8?b?%s?= <%s>" % (word, address)
    q = '"' if specialsre.search(name) else ""
    return "%s%s%s <%s>" % (q, escapesre.sub(r"\\\g<0>", name), q, address)


def _tokens(text):
    """Split an address list into tokens: quoted strings, comments, <...>, specials and
    atoms."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in " \t\r\n":
            i += 1
        elif c == '"':
            j, buf = i + 1, []
            while j < n and text[j] != '"':
                if text[j] == "\\" and j + 1 < n:
                    j += 1
                buf.append(text[j])
                j += 1
            out.append(("quoted", "".join(buf)))
            i = j + 1
        elif c == "(":
            depth, j, buf = 1, i + 1, []
            while j < n and depth:
                if text[j] == "\\" and j + 1 < n:
                    j += 1
                elif text[j] == "(":
                    depth += 1
                elif text[j] == ")":
                    depth -= 1
                    if not depth:
                        break
                buf.append(text[j])
                j += 1
            out.append(("comment", "".join(buf)))
            i = j + 1
        elif c == "<":
            j = text.find(">", i)
            if j < 0:
                j = n
            out.append(("angle", text[i + 1:j].strip()))
            i = j + 1
        elif c in ",:;@.[]":
            out.append(("special", c))
            i += 1
        else:
            j = i
            while j < n and text[j] not in ' \t\r\n"(<,:;@.[]':
                j += 1
            out.append(("atom", text[i:j]))
            i = j
    return out


def _addresses(text):
    """[(name, address)] for a comma-separated address list."""
    result = []
    group = []
    for kind, value in _tokens(text) + [("special", ",")]:
        if (kind, value) in (("special", ","), ("special", ";")):
            if group:
                result.append(_one_address(group))
            group = []
        elif (kind, value) == ("special", ":"):
            group = []  # 'group name:' starts a group
        else:
            group.append((kind, value))
    return result


def _one_address(tokens):
    comments = [v for k, v in tokens if k == "comment"]
    tokens = [(k, v) for k, v in tokens if k != "comment"]
    angles = [v for k, v in tokens if k == "angle"]
    if angles:
        words = []
        for k, v in tokens:
            if k == "angle":
                break
            words.append(v)
        name = " ".join(w for w in words if w not in ".")
        address = angles[0]
        if ":" in address and "@" in address:  # a source route
            address = address.split(":", 1)[1]
        if not name and comments:
            name = comments[0]
        return name, address
    pieces = []
    for k, v in tokens:
        if k == "quoted":
            pieces.append('"%s"' % quote(v) if any(c in v for c in ' "\\') else v)
        else:
            pieces.append(v)
    address = "".join(pieces)
    return (comments[0] if comments else ""), address


def parseaddr(addr):
    """(realname, address) of the first address in addr, or ('', '')."""
    if not isinstance(addr, str):
        addr = str(addr)
    found = _addresses(addr)
    return found[0] if found else ("", "")


def getaddresses(fieldvalues):
    """[(realname, address)] of every address in the header values given."""
    return _addresses(COMMASPACE.join(str(v) for v in fieldvalues))


def decode_rfc2231(s):
    parts = s.split("'", 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    import urllib.parse
    s = urllib.parse.quote(s, safe="", encoding=charset or "ascii")
    if charset is None and language is None:
        return s
    return "%s'%s'%s" % (charset, language or "", s)


def decode_params(params):
    raise NotImplementedError("email.utils.decode_params is not supported by pydive")


def collapse_rfc2231_value(value, errors="replace", fallback_charset="us-ascii"):
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    import urllib.parse
    charset, _, text = value
    raw = urllib.parse.unquote_to_bytes(text)
    try:
        return raw.decode(charset or fallback_charset, errors)
    except LookupError:
        return unquote(text)
