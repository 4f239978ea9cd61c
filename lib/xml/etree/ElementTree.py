"""Lightweight XML support for Python (pydive's ElementTree).

Elements, trees, serialization as CPython writes it, a small path language, and a parser
of pydive's own for well-formed documents (CPython uses expat): elements, attributes,
text, CDATA sections, character and predefined entity references, namespaces, comments
and processing instructions (dropped by the default builder), an XML declaration and a
DOCTYPE without an internal subset.
"""

import io
import re

__all__ = ["Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
           "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
           "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
           "TreeBuilder", "VERSION", "XML", "XMLParser", "register_namespace"]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    pass


def iselement(element):
    """Return True if *element* appears to be an Element."""
    return hasattr(element, 'tag')


class Element:
    """An XML element."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("attrib must be dict, not %s" % (attrib.__class__.__name__,))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        e = self.makeelement(self.tag, self.attrib)
        e.text, e.tail = self.text, self.tail
        e[:] = self
        return e

    def __copy__(self):
        return self.copy()

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        import warnings
        warnings.warn(
            "Testing an element's truth value will always return True in "
            "future versions.  "
            "Use specific 'len(elem)' or 'elem is not None' test instead.",
            DeprecationWarning, stacklevel=2
            )
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            for e in element:
                self._check(e)
        else:
            self._check(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def __iter__(self):
        return iter(self._children)

    def _check(self, e):
        if not isinstance(e, Element):
            raise TypeError('expected an Element, not %s' % type(e).__name__)

    def append(self, subelement):
        self._check(subelement)
        self._children.append(subelement)

    def extend(self, elements):
        for e in elements:
            self._check(e)
            self._children.append(e)

    def insert(self, index, subelement):
        self._check(subelement)
        self._children.insert(index, subelement)

    def remove(self, subelement):
        self._children.remove(subelement)

    def find(self, path, namespaces=None):
        for e in _select(self, path, namespaces):
            return e
        return None

    def findtext(self, path, default=None, namespaces=None):
        e = self.find(path, namespaces)
        if e is None:
            return default
        return e.text or ""

    def findall(self, path, namespaces=None):
        return list(_select(self, path, namespaces))

    def iterfind(self, path, namespaces=None):
        return iter(_select(self, path, namespaces))

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == "*":
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for e in self._children:
            yield from e.iter(tag)

    def itertext(self):
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        if self.text:
            yield self.text
        for e in self:
            yield from e.itertext()
            if e.tail:
                yield e.tail


def SubElement(parent, tag, attrib={}, **extra):
    """Subelement factory which creates an element instance, and appends it
    to an existing parent."""
    e = parent.makeelement(tag, {**attrib, **extra})
    parent.append(e)
    return e


def Comment(text=None):
    """Comment element factory."""
    e = Element(Comment)
    e.text = text
    return e


def ProcessingInstruction(target, text=None):
    """Processing Instruction element factory."""
    e = Element(ProcessingInstruction)
    e.text = target
    if text:
        e.text = e.text + " " + text
    return e


PI = ProcessingInstruction


class QName:
    """Qualified name wrapper."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = "{%s}%s" % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        return self.text == (other.text if isinstance(other, QName) else other)


# ---- paths (ElementPath's common subset) ----

_STEP = re.compile(r"\.\.|\.|\*|//|/|\[[^\]]*\]|\{[^}]*\}[^/\[\]]+|[^/\[\]]+")


def _expand(tag, namespaces):
    if namespaces and ':' in tag and not tag.startswith('{'):
        prefix, local = tag.split(':', 1)
        if prefix not in namespaces:
            raise SyntaxError("prefix %r not found in prefix map" % prefix)
        return "{%s}%s" % (namespaces[prefix], local)
    if namespaces and '' in namespaces and tag not in ('*', '.', '..') and not tag.startswith('{'):
        return "{%s}%s" % (namespaces[''], tag)
    return tag


def _select(elem, path, namespaces=None):
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    tokens = _STEP.findall(path)
    current = [elem]
    parents = None
    i = 0
    descend = False
    while i < len(tokens):
        tok = tokens[i]
        i += 1
        if tok == '/':
            continue
        if tok == '//':
            descend = True
            continue
        if tok == '.':
            if descend:
                current = [d for e in current for d in e.iter()]
                descend = False
            continue
        if tok == '..':
            if parents is None:
                parents = {c: p for p in elem.iter() for c in p}
            seen = []
            for e in current:
                p = parents.get(e)
                if p is not None and p not in seen:
                    seen.append(p)
            current = seen
            continue
        if tok.startswith('['):
            current = [e for e in current if _predicate(e, tok[1:-1], namespaces, current)]
            continue
        tag = _expand(tok, namespaces)
        out = []
        for e in current:
            pool = [d for c in e for d in c.iter()] if descend else list(e)
            for c in pool:
                if tag == '*' and isinstance(c.tag, str) or c.tag == tag:
                    out.append(c)
        descend = False
        current = out
    return current


def _predicate(e, pred, namespaces, siblings):
    m = re.fullmatch(r"@([^=\s]+)(?:\s*(!?=)\s*(['\"])(.*)\3)?", pred)
    if m:
        name, op, _, value = m.groups()
        if op is None:
            return e.get(name) is not None
        got = e.get(name)
        return (got == value) if op == '=' else (got is not None and got != value)
    if re.fullmatch(r"\d+", pred):
        return False   # positions are handled by callers in CPython; rare in practice
    m = re.fullmatch(r"([^=\s]+)(?:\s*(!?=)\s*(['\"])(.*)\3)?", pred)
    if m:
        tag, op, _, value = m.groups()
        if tag == '.':
            text = "".join(e.itertext())
            return text == value if op == '=' else text != value
        tag = _expand(tag, namespaces)
        kids = [c for c in e if c.tag == tag]
        if op is None:
            return bool(kids)
        texts = ["".join(c.itertext()) for c in kids]
        return value in texts if op == '=' else any(t != value for t in texts)
    raise SyntaxError("invalid predicate")


# ---- serialization ----

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    """Register a namespace prefix."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _escape_text(s):
    if not isinstance(s, str):
        raise TypeError("cannot serialize %r (type %s)" % (s, type(s).__name__))
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attr(s):
    s = _escape_text(s).replace('"', "&quot;")
    return s.replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#09;")


def _qnames(root, default_namespace):
    names = {None: None}
    uris = {}
    if default_namespace:
        uris[default_namespace] = ""

    def add(q):
        if q[:1] == "{":
            uri, local = q[1:].rsplit("}", 1)
            prefix = uris.get(uri)
            if prefix is None:
                prefix = _namespace_map.get(uri)
                if prefix is None:
                    prefix = "ns%d" % len(uris)
                if prefix != "xml":
                    uris[uri] = prefix
            names[q] = "%s:%s" % (prefix, local) if prefix else local
        else:
            if default_namespace:
                raise ValueError("cannot use non-qualified names with "
                                 "default_namespace option")
            names[q] = q

    for e in root.iter():
        tag = e.tag
        if isinstance(tag, QName):
            tag = tag.text
        if isinstance(tag, str):
            if tag not in names:
                add(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            raise TypeError("cannot serialize %r (type %s)" % (tag, type(tag).__name__))
        for k, v in e.items():
            k = k.text if isinstance(k, QName) else k
            if k not in names:
                add(k)
            if isinstance(v, QName) and v.text not in names:
                add(v.text)
        if isinstance(e.text, QName) and e.text.text not in names:
            add(e.text.text)
    return names, uris


def _write_xml(out, e, names, uris, short_empty):
    tag = e.tag
    text = e.text
    if tag is Comment:
        out.append("<!--%s-->" % text)
    elif tag is ProcessingInstruction:
        out.append("<?%s?>" % text)
    else:
        tag = names[tag.text if isinstance(tag, QName) else tag]
        if tag is None:
            if text:
                out.append(_escape_text(text))
            for c in e:
                _write_xml(out, c, names, None, short_empty)
        else:
            out.append("<" + tag)
            if uris:
                for uri, prefix in sorted(uris.items(), key=lambda x: x[1]):
                    if prefix:
                        prefix = ":" + prefix
                    out.append(' xmlns%s="%s"' % (prefix, _escape_attr(uri)))
            for k, v in e.items():
                k = names[k.text if isinstance(k, QName) else k]
                v = names[v.text] if isinstance(v, QName) else _escape_attr(v)
                out.append(' %s="%s"' % (k, v))
            if text or len(e) or not short_empty:
                out.append(">")
                if text:
                    out.append(_escape_text(text.text if isinstance(text, QName) else text))
                for c in e:
                    _write_xml(out, c, names, None, short_empty)
                out.append("</" + tag + ">")
            else:
                out.append(" />")
    if e.tail:
        out.append(_escape_text(e.tail))


_HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img",
               "input", "isindex", "link", "meta", "param", "source", "track", "wbr"}


def _write_html(out, e, names, uris):
    tag = e.tag
    text = e.text
    if tag is Comment:
        out.append("<!--%s-->" % _escape_text(text))
    elif tag is ProcessingInstruction:
        out.append("<?%s?>" % _escape_text(text))
    else:
        tag = names[tag]
        if tag is None:
            if text:
                out.append(_escape_text(text))
            for c in e:
                _write_html(out, c, names, None)
        else:
            out.append("<" + tag)
            if uris:
                for uri, prefix in sorted(uris.items(), key=lambda x: x[1]):
                    out.append(' xmlns%s="%s"' % (":" + prefix if prefix else "",
                                                  _escape_attr(uri)))
            for k, v in e.items():
                out.append(' %s="%s"' % (names[k], _escape_text(v).replace('"', "&quot;")))
            out.append(">")
            low = tag.lower()
            if text:
                out.append(text if low in ("script", "style") else _escape_text(text))
            for c in e:
                _write_html(out, c, names, None)
            if low not in _HTML_EMPTY:
                out.append("</" + tag + ">")
    if e.tail:
        out.append(_escape_text(e.tail))


def _serialize(root, encoding, xml_declaration, default_namespace, method,
               short_empty_elements):
    method = method or "xml"
    if method not in ("xml", "html", "text"):
        raise ValueError("unknown method %r" % method)
    enc = encoding or "us-ascii"
    out = []
    if method == "xml" and (xml_declaration or (xml_declaration is None and
                                                enc.lower() not in ("utf-8", "us-ascii",
                                                                    "unicode"))):
        decl = enc if enc.lower() != "unicode" else "utf-8"
        out.append("<?xml version='1.0' encoding='%s'?>\n" % decl)
    if method == "text":
        out.append("".join(root.itertext()))
    else:
        names, uris = _qnames(root, default_namespace)
        if method == "html":
            _write_html(out, root, names, uris)
        else:
            _write_xml(out, root, names, uris, short_empty_elements)
    s = "".join(out)
    if enc.lower() == "unicode":
        return s
    return s.encode(enc, "xmlcharrefreplace")


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """Generate string representation of XML element."""
    return _serialize(element, encoding, xml_declaration, default_namespace, method,
                      short_empty_elements)


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    """Write element tree or element structure to sys.stdout."""
    import sys
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    tail = elem.getroot().tail
    if not tail or tail[-1] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indent an XML document by inserting newlines and indentation space
    after elements."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return

    def walk(e, depth):
        inner = "\n" + space * (depth + 1)
        if not e.text or not e.text.strip():
            e.text = inner
        last = None
        for c in e:
            if len(c):
                walk(c, depth + 1)
            if not c.tail or not c.tail.strip():
                c.tail = inner
            last = c
        if not last.tail.strip():
            last.tail = "\n" + space * depth

    walk(tree, level)


class ElementTree:
    """An XML element hierarchy."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        if hasattr(source, "read"):
            data = source.read()
        else:
            with open(source, "rb") as f:
                data = f.read()
        p = parser or XMLParser()
        p.feed(data)
        self._root = p.close()
        return self._root

    def iter(self, tag=None):
        return self._root.iter(tag)

    def find(self, path, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.find(path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.findtext(path, default, namespaces)

    def findall(self, path, namespaces=None):
        if path[:1] == "/":
            path = "." + path
        return self._root.findall(path, namespaces)

    def iterfind(self, path, namespaces=None):
        return iter(self.findall(path, namespaces))

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        enc = encoding or "us-ascii"
        data = _serialize(self._root, enc, xml_declaration, default_namespace, method,
                          short_empty_elements)
        if hasattr(file_or_filename, "write"):
            f = file_or_filename
            if isinstance(data, str):
                f.write(data)
            else:
                try:
                    f.write(data)
                except TypeError:
                    f.write(data.decode(enc))
        else:
            mode = "w" if isinstance(data, str) else "wb"
            kw = {"encoding": "utf-8"} if mode == "w" else {}
            with open(file_or_filename, mode, **kw) as f:
                f.write(data)

    def write_c14n(self, file):
        raise NotImplementedError("pydive does not support ElementTree.write_c14n yet")


# ---- parsing ----

_NAME = r"[A-Za-z_:\u00c0-\uffff][-A-Za-z0-9_:.\u00b7\u00c0-\uffff]*"
_TOKEN = re.compile(
    r"<!--(?P<comment>.*?)-->"
    r"|<!\[CDATA\[(?P<cdata>.*?)\]\]>"
    r"|<\?(?P<pi>.*?)\?>"
    r"|<!DOCTYPE(?P<doctype>[^>\[]*(?:\[.*?\])?\s*)>"
    r"|</(?P<end>" + _NAME + r")\s*>"
    r"|<(?P<start>" + _NAME + r")(?P<attrs>(?:\s+" + _NAME +
    r"\s*=\s*(?:\"[^\"<]*\"|'[^'<]*'))*)\s*(?P<empty>/?)>"
    r"|(?P<text>[^<]+)",
    re.S)
_ATTR = re.compile(r"(" + _NAME + r")\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_REF = re.compile(r"&(#[0-9]+|#x[0-9a-fA-F]+|" + _NAME + r");")
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}


class TreeBuilder:
    """Generic element structure builder."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._data = []
        self._elem = []
        self._last = None
        self._root = None
        self._tail = None
        self._factory = element_factory or Element
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or PI
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis

    def close(self):
        assert len(self._elem) == 0, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        self._last = e = self._factory(tag, attrs)
        if self._elem:
            self._elem[-1].append(e)
        elif self._root is None:
            self._root = e
        self._elem.append(e)
        self._tail = 0
        return e

    def end(self, tag):
        self._flush()
        self._last = self._elem.pop()
        self._tail = 1
        return self._last

    def comment(self, text):
        return self._special(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._special(self._pi_factory, self.insert_pis, target, text)

    def _special(self, factory, insert, *args):
        e = factory(*args)
        if insert:
            self._flush()
            self._last = e
            if self._elem:
                self._elem[-1].append(e)
            self._tail = 1
        return e


def _position(text, index):
    line = text.count("\n", 0, index) + 1
    col = index - (text.rfind("\n", 0, index) + 1)
    return line, col


class XMLParser:
    """Element structure builder for XML source data (pydive's own parser)."""

    def __init__(self, *, target=None, encoding=None):
        self.target = target if target is not None else TreeBuilder()
        self._encoding = encoding
        self._chunks = []
        self.entity = {}
        self.version = "pydive"

    def feed(self, data):
        self._chunks.append(data)

    def _error(self, msg, text, index, code):
        line, col = _position(text, index)
        err = ParseError("%s: line %d, column %d" % (msg, line, col))
        err.code = code
        err.position = (line, col)
        raise err

    def _decode(self):
        parts = self._chunks
        if not parts:
            return ""
        if isinstance(parts[0], str):
            return "".join(parts)
        raw = b"".join(parts)
        enc = self._encoding
        m = re.match(rb"<\?xml[^>]*encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']", raw)
        if enc is None:
            enc = m.group(1).decode("ascii") if m else "utf-8"
        return raw.decode(enc)

    def _unescape(self, s, text, index):
        def ref(m):
            name = m.group(1)
            if name[0] == "#":
                return chr(int(name[2:], 16) if name[1] == "x" else int(name[1:]))
            if name in _PREDEFINED:
                return _PREDEFINED[name]
            if name in self.entity:
                return self.entity[name]
            self._error("undefined entity &%s;" % name, text, index, 11)
        if "&" not in s:
            return s
        return _REF.sub(ref, s)

    def _expand_name(self, name, scopes, is_attr=False):
        if name.startswith("xmlns"):
            return name
        if ":" in name:
            prefix, local = name.split(":", 1)
            if prefix == "xml":
                return "{http://www.w3.org/XML/1998/namespace}" + local
            for scope in reversed(scopes):
                if prefix in scope:
                    return "{%s}%s" % (scope[prefix], local)
            return name
        if is_attr:
            return name
        for scope in reversed(scopes):
            if "" in scope:
                return "{%s}%s" % (scope[""], name) if scope[""] else name
        return name

    def close(self):
        text = self._decode()
        target = self.target
        stack = []
        scopes = []
        pos = 0
        n = len(text)
        seen_root = False
        while pos < n:
            m = _TOKEN.match(text, pos)
            if m is None:
                self._error("not well-formed (invalid token)", text, pos, 4)
            kind = m.lastgroup
            if kind == "attrs" or kind == "empty":
                kind = "start"
            if m.group("text") is not None:
                chunk = m.group("text")
                if not stack:
                    if chunk.strip():
                        self._error("syntax error" if not seen_root else
                                    "junk after document element", text, pos,
                                    2 if not seen_root else 9)
                else:
                    chunk = chunk.replace("\r\n", "\n")
                    if hasattr(target, "data"):
                        target.data(self._unescape(chunk, text, pos))
            elif m.group("cdata") is not None:
                if stack and hasattr(target, "data"):
                    target.data(m.group("cdata"))
            elif m.group("comment") is not None:
                if hasattr(target, "comment"):
                    target.comment(m.group("comment"))
            elif m.group("pi") is not None:
                body = m.group("pi")
                if not body.startswith("xml ") and body != "xml" and hasattr(target, "pi"):
                    parts = body.split(None, 1)
                    target.pi(parts[0], parts[1] if len(parts) > 1 else "")
            elif m.group("doctype") is not None:
                pass
            elif m.group("end") is not None:
                name = m.group("end")
                if not stack or stack[-1] != name:
                    # expat points at the name after '</'
                    self._error("mismatched tag", text, pos + 2, 7)
                stack.pop()
                if hasattr(target, "end"):
                    target.end(self._expand_name(name, scopes))
                scopes.pop()
            else:
                name = m.group("start")
                if not stack and seen_root:
                    self._error("junk after document element", text, pos, 9)
                seen_root = True
                raw_attrs = _ATTR.findall(m.group("attrs") or "")
                scope = {}
                for k, v1, v2 in raw_attrs:
                    v = v1 if v1 or not v2 else v2
                    if k == "xmlns":
                        scope[""] = v
                    elif k.startswith("xmlns:"):
                        scope[k[6:]] = v
                scopes.append(scope)
                attrs = {}
                for k, v1, v2 in raw_attrs:
                    if k == "xmlns" or k.startswith("xmlns:"):
                        continue
                    v = self._unescape(v1 if v1 or not v2 else v2, text, pos)
                    v = v.replace("\r\n", " ").replace("\n", " ").replace("\t", " ").replace("\r", " ")
                    attrs[self._expand_name(k, scopes, True)] = v
                tag = self._expand_name(name, scopes)
                if hasattr(target, "start"):
                    target.start(tag, attrs)
                if m.group("empty"):
                    if hasattr(target, "end"):
                        target.end(tag)
                    scopes.pop()
                else:
                    stack.append(name)
            pos = m.end()
        if stack or not seen_root:
            self._error("no element found", text, n, 3)
        if hasattr(target, "close"):
            return target.close()
        return None


def XML(text, parser=None):
    """Parse XML document from string constant."""
    p = parser or XMLParser(target=TreeBuilder())
    p.feed(text)
    return p.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    p = parser or XMLParser(target=TreeBuilder())
    for s in sequence:
        p.feed(s)
    return p.close()


def parse(source, parser=None):
    """Parse XML document into element tree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


def iterparse(source, events=None, parser=None):
    """Incrementally parse XML document into ElementTree (pydive: the whole document
    is parsed first, then the events are replayed)."""
    events = events or ("end",)
    tree = parse(source, parser)
    out = []

    def walk(e):
        if "start" in events:
            out.append(("start", e))
        for c in e:
            walk(c)
        if "end" in events:
            out.append(("end", e))
    walk(tree.getroot())
    return iter(out)
