"""A small DOM (Level 1 core plus the namespace calls) for pydive.

Documents are parsed by pydive's own XML reader below (CPython drives expat): elements,
attributes (values normalized as expat does), text with entity and character references,
CDATA sections, comments, processing instructions and a DOCTYPE (name, public/system id,
internal subset kept as text).  Serialization (toxml/toprettyxml/writexml) writes the same
bytes as CPython's minidom.
"""

import io
import re
import xml.dom
from xml.dom import (Node, EMPTY_NAMESPACE, EMPTY_PREFIX, XMLNS_NAMESPACE,
                     XML_NAMESPACE)

__all__ = ["parse", "parseString", "getDOMImplementation", "Document", "Element",
           "Text", "Comment", "Attr", "CDATASection", "ProcessingInstruction",
           "DocumentType", "DocumentFragment", "NodeList", "NamedNodeMap"]


def _escape(s):
    if s:
        s = (s.replace("&", "&amp;").replace("<", "&lt;")
             .replace('"', "&quot;").replace(">", "&gt;"))
    return s


class NodeList(list):
    __slots__ = ()

    @property
    def length(self):
        return len(self)

    def item(self, index):
        if 0 <= index < len(self):
            return self[index]
        return None


class EmptyNodeList(tuple):
    __slots__ = ()

    @property
    def length(self):
        return 0

    def item(self, index):
        return None


class _Base(Node):
    """What every node shares: tree links and the serializers.

    A node keeps only its parent; its siblings are found in the parent's child list."""
    namespaceURI = None
    parentNode = None
    ownerDocument = None
    prefix = EMPTY_PREFIX
    attributes = None
    nodeValue = None
    localName = None

    def __bool__(self):
        return True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.unlink()

    def _sibling(self, step):
        up = self.parentNode
        if up is None:
            return None
        at = _position(up.childNodes, self) + step
        if 0 <= at < len(up.childNodes):
            return up.childNodes[at]
        return None

    @property
    def nextSibling(self):
        return self._sibling(1)

    @property
    def previousSibling(self):
        return self._sibling(-1)

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml(indent="", newl="", encoding=encoding,
                                standalone=standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        sink = io.StringIO()
        if isinstance(self, Document):
            self.writexml(sink, "", indent, newl, encoding, standalone)
        else:
            self.writexml(sink, "", indent, newl)
        if encoding is None:
            return sink.getvalue()
        return sink.getvalue().encode(encoding, "xmlcharrefreplace")

    def hasChildNodes(self):
        return len(self.childNodes) > 0

    @property
    def firstChild(self):
        kids = self.childNodes
        return kids[0] if kids else None

    @property
    def lastChild(self):
        kids = self.childNodes
        return kids[-1] if kids else None

    def hasAttributes(self):
        return False

    def isSameNode(self, node):
        return node is self

    def _accept(self, node):
        """Detach `node` from where it is after checking it may live under self."""
        if node.nodeType not in self._child_types:
            raise xml.dom.HierarchyRequestErr(
                "%s cannot be child of %s" % (repr(node), repr(self)))
        if node.parentNode is not None:
            node.parentNode.removeChild(node)

    def insertBefore(self, node, before):
        if before is None:
            return self.appendChild(node)
        if node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for moved in list(node.childNodes):
                self.insertBefore(moved, before)
            return node
        self._accept(node)
        at = _position(self.childNodes, before)
        self.childNodes.insert(at, node)
        node.parentNode = self
        return node

    def appendChild(self, node):
        if node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for moved in list(node.childNodes):
                self.appendChild(moved)
            return node
        self._accept(node)
        self.childNodes.append(node)
        node.parentNode = self
        return node

    def replaceChild(self, node, old):
        if node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            after = old.nextSibling
            self.removeChild(old)
            return self.insertBefore(node, after)
        if node is old:
            return None
        at = _position(self.childNodes, old)
        self._accept(node)
        at = _position(self.childNodes, old)
        self.childNodes[at] = node
        node.parentNode = self
        old.parentNode = None
        return old

    def removeChild(self, old):
        del self.childNodes[_position(self.childNodes, old)]
        old.parentNode = None
        return old

    def normalize(self):
        merged = NodeList()
        for kid in self.childNodes:
            if kid.nodeType == Node.TEXT_NODE:
                if kid.data == "":
                    kid.parentNode = None
                    continue
                if merged and merged[-1].nodeType == Node.TEXT_NODE:
                    merged[-1].data += kid.data
                    kid.parentNode = None
                    continue
            elif kid.nodeType == Node.ELEMENT_NODE:
                kid.normalize()
            merged.append(kid)
        self.childNodes[:] = merged

    def cloneNode(self, deep):
        return _clone(self, deep, self.ownerDocument or self)

    def unlink(self):
        for kid in self.childNodes:
            kid.unlink()
        self.childNodes = NodeList()
        self.parentNode = None
        self.ownerDocument = None

    def getUserData(self, key):
        return self.__dict__.get("_user", {}).get(key, (None, None))[0]

    def setUserData(self, key, data, handler):
        store = self.__dict__.setdefault("_user", {})
        before = store.get(key, (None, None))[0]
        if data is None:
            store.pop(key, None)
        else:
            store[key] = (data, handler)
        return before


def _position(seq, node):
    for at, item in enumerate(seq):
        if item is node:
            return at
    raise xml.dom.NotFoundErr()


class _Leaf(_Base):
    """Nodes without children."""
    childNodes = EmptyNodeList()
    _child_types = ()

    def appendChild(self, node):
        raise xml.dom.HierarchyRequestErr(self.nodeName + " nodes cannot have children")

    insertBefore = replaceChild = appendChild

    def removeChild(self, node):
        raise xml.dom.NotFoundErr(self.nodeName + " nodes do not have children")

    def normalize(self):
        pass

    def unlink(self):
        self.ownerDocument = None
        self.parentNode = None


_ELEMENT_CHILDREN = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                     Node.COMMENT_NODE, Node.TEXT_NODE, Node.CDATA_SECTION_NODE,
                     Node.ENTITY_REFERENCE_NODE)


class Attr(_Base):
    nodeType = Node.ATTRIBUTE_NODE
    specified = False
    _child_types = (Node.TEXT_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None,
                 prefix=None):
        self.nodeName = self.name = qName
        self.namespaceURI = namespaceURI
        if localName is None:
            localName = qName.split(":", 1)[-1]
        self.localName = localName
        self.prefix = prefix
        self.ownerElement = None
        self.childNodes = NodeList()
        self._value = ""

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = v
        self.childNodes[:] = []

    nodeValue = value

    def __repr__(self):
        return "<DOM Attr %s>" % self.name


class NamedNodeMap:
    """An element's attributes by name (kept in insertion order)."""
    __slots__ = ("_attrs", "_owner")

    def __init__(self, attrs, owner):
        self._attrs = attrs
        self._owner = owner

    @property
    def length(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def item(self, index):
        vals = list(self._attrs.values())
        if 0 <= index < len(vals):
            return vals[index]
        return None

    def items(self):
        return [(a.name, a.value) for a in self._attrs.values()]

    def itemsNS(self):
        return [((a.namespaceURI, a.localName), a.value) for a in self._attrs.values()]

    def keys(self):
        return self._attrs.keys()

    def keysNS(self):
        return [(a.namespaceURI, a.localName) for a in self._attrs.values()]

    def values(self):
        return self._attrs.values()

    def __contains__(self, key):
        if isinstance(key, str):
            return key in self._attrs
        return any((a.namespaceURI, a.localName) == key for a in self._attrs.values())

    def get(self, name, value=None):
        return self._attrs.get(name, value)

    def __getitem__(self, key):
        if isinstance(key, tuple):
            return self.getNamedItemNS(*key)
        return self._attrs[key]

    def __setitem__(self, name, value):
        if isinstance(value, str):
            self._owner.setAttribute(name, value)
        else:
            self.setNamedItem(value)

    def __delitem__(self, name):
        self._owner.removeAttribute(name)

    def getNamedItem(self, name):
        return self._attrs.get(name)

    def getNamedItemNS(self, namespaceURI, localName):
        for a in self._attrs.values():
            if a.namespaceURI == namespaceURI and a.localName == localName:
                return a
        return None

    def setNamedItem(self, node):
        return self._owner.setAttributeNode(node)

    setNamedItemNS = setNamedItem

    def removeNamedItem(self, name):
        a = self._attrs.get(name)
        if a is None:
            raise xml.dom.NotFoundErr()
        self._owner.removeAttributeNode(a)
        return a


class Element(_Base):
    nodeType = Node.ELEMENT_NODE
    _child_types = _ELEMENT_CHILDREN

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None,
                 localName=None):
        self.tagName = self.nodeName = tagName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.localName = localName if localName is not None else tagName.split(":", 1)[-1]
        self.childNodes = NodeList()
        self._attrs = {}

    @property
    def attributes(self):
        return NamedNodeMap(self._attrs, self)

    def hasAttributes(self):
        return bool(self._attrs)

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def getAttribute(self, name):
        a = self._attrs.get(name)
        return a.value if a is not None else ""

    def getAttributeNS(self, uri, local):
        a = self.getAttributeNodeNS(uri, local)
        return a.value if a is not None else ""

    def setAttribute(self, name, value):
        a = self._attrs.get(name)
        if a is None:
            a = Attr(name)
            a.ownerDocument = self.ownerDocument
            a.ownerElement = self
            self._attrs[name] = a
        a.value = value

    def setAttributeNS(self, uri, qname, value):
        prefix, local = _split_qname(qname)
        a = self.getAttributeNodeNS(uri, local)
        if a is None:
            a = Attr(qname, uri, local, prefix)
            a.ownerDocument = self.ownerDocument
            a.ownerElement = self
            self._attrs[qname] = a
        elif a.name != qname:
            del self._attrs[a.name]
            a.name = a.nodeName = qname
            a.prefix = prefix
            self._attrs[qname] = a
        a.value = value

    def getAttributeNode(self, name):
        return self._attrs.get(name, None)

    def getAttributeNodeNS(self, uri, local):
        found = [a for a in self._attrs.values() if (a.namespaceURI, a.localName) == (uri, local)]
        return found[0] if found else None

    def setAttributeNode(self, attr):
        if attr.ownerElement is not None and attr.ownerElement is not self:
            raise xml.dom.InuseAttributeErr("attribute node already owned")
        old = self._attrs.get(attr.name)
        attr.ownerElement = self
        self._attrs[attr.name] = attr
        return old if old is not attr else None

    setAttributeNodeNS = setAttributeNode

    def removeAttribute(self, name):
        if name not in self._attrs:
            raise xml.dom.NotFoundErr()
        self._attrs.pop(name).ownerElement = None

    def removeAttributeNS(self, uri, local):
        self.removeAttributeNode(self.getAttributeNodeNS(uri, local))

    def removeAttributeNode(self, node):
        if node is None or self._attrs.get(node.name) is not node:
            raise xml.dom.NotFoundErr
        del self._attrs[node.name]
        node.ownerElement = None
        return node

    removeAttributeNodeNS = removeAttributeNode

    def hasAttribute(self, name):
        return self._attrs.get(name) is not None

    def hasAttributeNS(self, uri, local):
        return self.getAttributeNodeNS(uri, local) is not None

    def getElementsByTagName(self, tag):
        return _by_tag(self, tag, NodeList())

    def getElementsByTagNameNS(self, uri, local):
        return _by_tag_ns(self, uri, local, NodeList())

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(indent + "<" + self.tagName)
        for name, a in self._attrs.items():
            writer.write(' %s="' % name)
            writer.write(_escape(a.value))
            writer.write('"')
        kids = self.childNodes
        if not kids:
            writer.write("/>%s" % newl)
            return
        writer.write(">")
        if len(kids) == 1 and kids[0].nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            kids[0].writexml(writer, "", "", "")
        else:
            writer.write(newl)
            for child in kids:
                child.writexml(writer, indent + addindent, addindent, newl)
            writer.write(indent)
        writer.write("</%s>%s" % (self.tagName, newl))

    def unlink(self):
        for a in self._attrs.values():
            a.ownerElement = None
        self._attrs = {}
        _Base.unlink(self)

    def setIdAttribute(self, name):
        self._id_attr = name

    setIdAttributeNS = setIdAttributeNode = None


def _by_tag(parent, name, out):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if name == "*" or node.tagName == name:
                out.append(node)
            _by_tag(node, name, out)
    return out


def _by_tag_ns(parent, ns, local, out):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if (local == "*" or node.localName == local) and (ns == "*" or node.namespaceURI == ns):
                out.append(node)
            _by_tag_ns(node, ns, local, out)
    return out


def _checked(text):
    if isinstance(text, str):
        return text
    raise TypeError("node contents must be a string")


def _split_qname(qname):
    if ":" in qname:
        prefix, local = qname.split(":", 1)
        return prefix, local
    return EMPTY_PREFIX, qname


class CharacterData(_Leaf):
    def __init__(self, data=""):
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, v):
        self.data = v

    @property
    def length(self):
        return len(self.data)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        return '<DOM %s node "%r%s">' % (type(self).__name__, data[:10],
                                         "..." if len(data) > 10 else "")

    def substringData(self, start, count):
        offset = start
        if offset < 0:
            raise xml.dom.IndexSizeErr("offset cannot be negative")
        if not offset < len(self.data):
            raise xml.dom.IndexSizeErr("offset cannot be beyond end of data")
        if count < 0:
            raise xml.dom.IndexSizeErr("count cannot be negative")
        return self.data[offset:offset + count]

    def appendData(self, more):
        self.data += more

    def insertData(self, at, more):
        self.data = self.data[:at] + more + self.data[at:]

    def deleteData(self, at, count):
        self.data = self.data[:at] + self.data[at + count:]

    def replaceData(self, at, count, more):
        self.data = self.data[:at] + more + self.data[at + count:]


class Text(CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write(_escape("%s%s%s" % (indent, self.data, newl)))

    def splitText(self, at):
        offset = at
        if not 0 <= offset <= len(self.data):
            raise xml.dom.IndexSizeErr("illegal offset value")
        rest = type(self)(self.data[offset:])
        rest.ownerDocument = self.ownerDocument
        self.data = self.data[0:offset]
        if self.parentNode is not None:
            self.parentNode.insertBefore(rest, self.nextSibling)
        return rest

    @property
    def wholeText(self):
        parts = [self.data]
        n = self.previousSibling
        while n is not None and n.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            parts.insert(0, n.data)
            n = n.previousSibling
        n = self.nextSibling
        while n is not None and n.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
            parts.append(n.data)
            n = n.nextSibling
        return "".join(parts)

    @property
    def isWhitespaceInElementContent(self):
        return False


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "]]>" in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write("<![CDATA[%s]]>" % self.data)


class Comment(CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def writexml(self, writer, indent="", addindent="", newl=""):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write("%s<!--%s-->%s" % (indent, self.data, newl))


class ProcessingInstruction(_Leaf):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = self.nodeName = target
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, v):
        self.data = v

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("%s<?%s %s?>%s" % (indent, self.target, self.data, newl))


class DocumentType(_Leaf):
    nodeType = Node.DOCUMENT_TYPE_NODE
    name = None
    publicId = None
    systemId = None
    internalSubset = None

    def __init__(self, qualifiedName):
        self.entities = _ReadOnlyMap()
        self.notations = _ReadOnlyMap()
        if qualifiedName:
            self.name = self.nodeName = qualifiedName

    def writexml(self, writer, indent="", addindent="", newl=""):
        writer.write("<!DOCTYPE ")
        writer.write(self.name)
        if self.publicId:
            writer.write("%s  PUBLIC '%s'%s  '%s'"
                         % (newl, self.publicId, newl, self.systemId))
        elif self.systemId:
            writer.write("%s  SYSTEM '%s'" % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(" [")
            writer.write(self.internalSubset)
            writer.write("]")
        writer.write(">" + newl)


class _ReadOnlyMap:
    def __init__(self):
        self._seq = []

    def __len__(self):
        return len(self._seq)

    length = property(__len__)

    def item(self, i):
        return self._seq[i] if 0 <= i < len(self._seq) else None

    def getNamedItem(self, name):
        for n in self._seq:
            if n.nodeName == name:
                return n
        return None


class DocumentFragment(_Base):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    _child_types = _ELEMENT_CHILDREN

    def __init__(self):
        self.childNodes = NodeList()

    def writexml(self, writer, indent="", addindent="", newl=""):
        for child in self.childNodes:
            child.writexml(writer, indent, addindent, newl)


class DOMImplementation:
    _features = [("core", "1.0"), ("core", "2.0"), ("core", None), ("xml", "1.0"),
                 ("xml", "2.0"), ("xml", None), ("ls-load", "3.0"), ("ls-load", None)]

    def hasFeature(self, feature, version):
        if version == "":
            version = None
        return (feature.lower(), version) in self._features

    def createDocumentType(self, qualifiedName, publicId, systemId):
        dt = DocumentType(qualifiedName)
        dt.publicId = publicId
        dt.systemId = systemId
        return dt

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        if doctype is not None and doctype.parentNode is not None:
            raise xml.dom.WrongDocumentErr("doctype object owned by another DOM tree")
        doc = Document()
        if doctype is None and namespaceURI is None and qualifiedName is None:
            return doc
        if not qualifiedName:
            raise xml.dom.InvalidCharacterErr("Element with no name")
        prefix, local = _split_qname(qualifiedName)
        if prefix == "xml" and namespaceURI != XML_NAMESPACE:
            raise xml.dom.NamespaceErr("illegal use of 'xml' prefix")
        if prefix and not namespaceURI:
            raise xml.dom.NamespaceErr("illegal use of prefix without namespaces")
        elem = doc.createElementNS(namespaceURI, qualifiedName)
        if doctype is not None:
            doc.appendChild(doctype)
        doc.appendChild(elem)
        if doctype is not None:
            doctype.ownerDocument = doc
        doc.doctype = doctype
        doc.implementation = self
        return doc

    def getInterface(self, feature):
        return self if self.hasFeature(feature, None) else None


class Document(_Base):
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    doctype = None
    actualEncoding = None
    encoding = None
    standalone = None
    version = None
    strictErrorChecking = False
    errorHandler = None
    documentURI = None
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE,
                    Node.COMMENT_NODE, Node.DOCUMENT_TYPE_NODE)

    def __init__(self):
        self.childNodes = NodeList()
        self.implementation = _implementation

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def appendChild(self, node):
        if node.nodeType not in self._child_types and \
                node.nodeType != Node.DOCUMENT_FRAGMENT_NODE:
            raise xml.dom.HierarchyRequestErr(
                "%s cannot be child of %s" % (repr(node), repr(self)))
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise xml.dom.HierarchyRequestErr("two document elements disallowed")
        return _Base.appendChild(self, node)

    def removeChild(self, oldChild):
        child = _Base.removeChild(self, oldChild)
        if child is self.doctype:
            self.doctype = None
        return child

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createDocumentFragment(self, *no_args):
        return self._own(DocumentFragment())

    def createElement(self, tag):
        return self._own(Element(tag))

    def createTextNode(self, text):
        return self._own(Text(_checked(text)))

    def createCDATASection(self, text):
        return self._own(CDATASection(_checked(text)))

    def createComment(self, text):
        return self._own(Comment(text))

    def createProcessingInstruction(self, target, text):
        return self._own(ProcessingInstruction(target, text))

    def createAttribute(self, name):
        return self._own(Attr(name))

    def createElementNS(self, uri, qname):
        prefix, local = _split_qname(qname)
        return self._own(Element(qname, uri, prefix, local))

    def createAttributeNS(self, uri, qname):
        prefix, local = _split_qname(qname)
        return self._own(Attr(qname, uri, local, prefix))

    def getElementsByTagName(self, tag):
        return _by_tag(self, tag, NodeList())

    def getElementsByTagNameNS(self, uri, local):
        return _by_tag_ns(self, uri, local, NodeList())

    def getElementById(self, elementId):
        for node in _by_tag(self, "*", []):
            name = getattr(node, "_id_attr", None)
            if name is not None and node.getAttribute(name) == elementId:
                return node
        return None

    def importNode(self, other, deep):
        node = other
        if node.nodeType in (Node.DOCUMENT_NODE, Node.DOCUMENT_TYPE_NODE):
            raise xml.dom.NotSupportedErr("cannot import document nodes")
        return _clone(node, deep, self)

    def cloneNode(self, deep):
        doc = Document()
        if deep:
            for child in self.childNodes:
                c = _clone(child, True, doc)
                doc.childNodes.append(c)
                c.parentNode = doc
                if child is self.doctype:
                    doc.doctype = c
        return doc

    def unlink(self):
        self.doctype = None
        _Base.unlink(self)

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None,
                 standalone=None):
        decl = []
        if encoding:
            decl.append('encoding="%s"' % encoding)
        if standalone is not None:
            decl.append('standalone="%s"' % ("yes" if standalone else "no"))
        writer.write('<?xml version="1.0" %s?>%s' % (" ".join(decl), newl))
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)

    def __repr__(self):
        return "<xml.dom.minidom.Document object at %#x>" % id(self)


def _clone(node, deep, doc):
    t = node.nodeType
    if t == Node.ELEMENT_NODE:
        c = Element(node.tagName, node.namespaceURI, node.prefix, node.localName)
        for a in node._attrs.values():
            na = Attr(a.name, a.namespaceURI, a.localName, a.prefix)
            na.value = a.value
            na.specified = a.specified
            na.ownerDocument = doc
            na.ownerElement = c
            c._attrs[a.name] = na
    elif t == Node.ATTRIBUTE_NODE:
        c = Attr(node.name, node.namespaceURI, node.localName, node.prefix)
        c.value = node.value
        c.specified = True
    elif t in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE, Node.COMMENT_NODE):
        c = type(node)(node.data)
    elif t == Node.PROCESSING_INSTRUCTION_NODE:
        c = ProcessingInstruction(node.target, node.data)
    elif t == Node.DOCUMENT_FRAGMENT_NODE:
        c = DocumentFragment()
    elif t == Node.DOCUMENT_TYPE_NODE:
        c = DocumentType(node.name)
        c.publicId, c.systemId = node.publicId, node.systemId
        c.internalSubset = node.internalSubset
    elif t == Node.DOCUMENT_NODE:
        return node.cloneNode(deep)
    else:
        raise xml.dom.NotSupportedErr("cannot clone node %r" % (node,))
    c.ownerDocument = doc
    if deep and t in (Node.ELEMENT_NODE, Node.DOCUMENT_FRAGMENT_NODE):
        for child in node.childNodes:
            k = _clone(child, True, doc)
            c.childNodes.append(k)
            k.parentNode = c
    return c


_implementation = DOMImplementation()


def getDOMImplementation(features=None):
    return _implementation


# ---- the reader ------------------------------------------------------------------------

class ExpatError(Exception):
    """Raised for a document that is not well-formed (xml.parsers.expat's name)."""


_NAME = r"[^\s/>=<!?\"'&;]+"
_ATTR_RE = re.compile(r"\s*(%s)\s*=\s*(?:\"([^\"<]*)\"|'([^'<]*)')" % _NAME)
_REF_RE = re.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.\-]*);")
_PREDEF = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


class _Reader:
    def __init__(self, text):
        self.text = text.replace("\r\n", "\n").replace("\r", "\n")
        self.pos = 0
        self.doc = Document()
        self.entities = {}

    def error(self, msg, pos=None):
        p = self.pos if pos is None else pos
        line = self.text.count("\n", 0, p) + 1
        col = p - (self.text.rfind("\n", 0, p) + 1)
        raise ExpatError("%s: line %d, column %d" % (msg, line, col))

    def refs(self, s, pos):
        def sub(m):
            r = m.group(1)
            if r[0] == "#":
                return chr(int(r[2:], 16) if r[1] == "x" else int(r[1:]))
            if r in _PREDEF:
                return _PREDEF[r]
            if r in self.entities:
                return self.entities[r]
            self.error("undefined entity", pos)
        if "&" not in s:
            return s
        return _REF_RE.sub(sub, s)

    def parse(self):
        t = self.text
        doc = self.doc
        stack = [doc]
        nsstack = [{"xml": XML_NAMESPACE}]
        n = len(t)
        if t.startswith("<?xml"):
            end = t.find("?>")
            if end < 0:
                self.error("unclosed token")
            decl = t[5:end]
            for m in _ATTR_RE.finditer(decl):
                v = m.group(2) if m.group(2) is not None else m.group(3)
                if m.group(1) == "version":
                    doc.version = v
                elif m.group(1) == "encoding":
                    doc.encoding = v
                elif m.group(1) == "standalone":
                    doc.standalone = v == "yes"
            self.pos = end + 2
        text_buf = []
        while self.pos < n:
            i = self.pos
            lt = t.find("<", i)
            if lt < 0:
                lt = n
            if lt > i:
                chunk = t[i:lt]
                if len(stack) == 1:
                    if chunk.strip():
                        self.error("syntax error", i)
                else:
                    text_buf.append(self.refs(chunk, i))
                self.pos = lt
                continue
            if text_buf:
                self.add_text(stack[-1], "".join(text_buf))
                text_buf = []
            if t.startswith("<!--", i):
                end = t.find("-->", i + 4)
                if end < 0:
                    self.error("unclosed token", i)
                node = self.doc.createComment(t[i + 4:end])
                stack[-1].appendChild(node)
                self.pos = end + 3
            elif t.startswith("<![CDATA[", i):
                end = t.find("]]>", i + 9)
                if end < 0:
                    self.error("unclosed CDATA section", i)
                stack[-1].appendChild(self.doc.createCDATASection(t[i + 9:end]))
                self.pos = end + 3
            elif t.startswith("<!DOCTYPE", i):
                self.doctype(i)
            elif t.startswith("<?", i):
                end = t.find("?>", i + 2)
                if end < 0:
                    self.error("unclosed token", i)
                body = t[i + 2:end]
                target, _, data = body.partition(" ")
                if not data:
                    target, _, data = body.partition("\n")
                stack[-1].appendChild(
                    self.doc.createProcessingInstruction(target, data.lstrip()))
                self.pos = end + 2
            elif t.startswith("</", i):
                end = t.find(">", i)
                if end < 0:
                    self.error("unclosed token", i)
                name = t[i + 2:end].strip()
                if len(stack) == 1 or stack[-1].tagName != name:
                    self.error("mismatched tag", i)
                stack.pop()
                nsstack.pop()
                self.pos = end + 1
            else:
                self.start_tag(i, stack, nsstack)
        if text_buf:
            self.add_text(stack[-1], "".join(text_buf))
        if len(stack) > 1:
            self.error("no element found", n)
        if doc.documentElement is None:
            self.error("no element found", n)
        return doc

    def add_text(self, parent, data):
        last = parent.childNodes[-1] if parent.childNodes else None
        if last is not None and last.nodeType == Node.TEXT_NODE:
            last.data = last.data + data
        else:
            parent.appendChild(self.doc.createTextNode(data))

    def start_tag(self, i, stack, nsstack):
        t = self.text
        m = re.compile(_NAME).match(t, i + 1)
        if m is None:
            self.error("not well-formed (invalid token)", i)
        name = m.group(0)
        p = m.end()
        attrs = []
        while True:
            am = _ATTR_RE.match(t, p)
            if am is None:
                break
            v = am.group(2) if am.group(2) is not None else am.group(3)
            v = self.refs(v.replace("\t", " ").replace("\n", " "), p)
            attrs.append((am.group(1), v))
            p = am.end()
        while p < len(t) and t[p] in " \t\n":
            p += 1
        if t.startswith("/>", p):
            empty = True
            p += 2
        elif t.startswith(">", p):
            empty = False
            p += 1
        else:
            self.error("not well-formed (invalid token)", p)
        if len(stack) == 1 and self.doc.documentElement is not None:
            self.error("junk after document element", i)
        ns = dict(nsstack[-1])
        for an, av in attrs:
            if an == "xmlns":
                ns[None] = av or None
            elif an.startswith("xmlns:"):
                ns[an[6:]] = av
        prefix, local = _split_qname(name)
        if prefix is not None and prefix not in ns:
            self.error("unbound prefix", i)
        elem = self.doc.createElementNS(ns.get(prefix), name)
        for an, av in attrs:
            if an in elem._attrs:
                self.error("duplicate attribute", i)
            ap, al = _split_qname(an)
            if an == "xmlns" or ap == "xmlns":
                a = Attr(an, XMLNS_NAMESPACE, al if ap else "xmlns", ap)
            elif ap is not None:
                if ap not in ns:
                    self.error("unbound prefix", i)
                a = Attr(an, ns[ap], al, ap)
            else:
                a = Attr(an, EMPTY_NAMESPACE, an, None)
            a.ownerDocument = self.doc
            a.ownerElement = elem
            a.value = av
            a.specified = True
            elem._attrs[an] = a
        stack[-1].appendChild(elem)
        self.pos = p
        if not empty:
            stack.append(elem)
            nsstack.append(ns)

    def doctype(self, i):
        t = self.text
        p = i + 9
        m = re.compile(r"\s+(%s)\s*" % _NAME).match(t, p)
        if m is None:
            self.error("syntax error", i)
        dt = DocumentType(m.group(1))
        p = m.end()
        idm = re.compile(r"(PUBLIC)\s+(\"[^\"]*\"|'[^']*')\s+(\"[^\"]*\"|'[^']*')\s*|"
                         r"(SYSTEM)\s+(\"[^\"]*\"|'[^']*')\s*").match(t, p)
        if idm is not None:
            if idm.group(1):
                dt.publicId = idm.group(2)[1:-1]
                dt.systemId = idm.group(3)[1:-1]
            else:
                dt.systemId = idm.group(5)[1:-1]
            p = idm.end()
        if t.startswith("[", p):
            end = t.find("]", p)
            while end >= 0 and not re.compile(r"\]\s*>").match(t, end):
                end = t.find("]", end + 1)
            if end < 0:
                self.error("unclosed token", i)
            subset = t[p + 1:end]
            dt.internalSubset = subset.strip()
            for em in re.finditer(r"<!ENTITY\s+(%s)\s+(\"[^\"]*\"|'[^']*')\s*>" % _NAME,
                                  subset):
                self.entities.setdefault(em.group(1), em.group(2)[1:-1])
            p = t.find(">", end) + 1
        else:
            if not t.startswith(">", p):
                self.error("syntax error", p)
            p += 1
        self.doc.appendChild(dt)
        dt.ownerDocument = self.doc
        self.doc.doctype = dt
        self.pos = p


def parseString(string, parser=None):
    """Parse a document from a str or bytes object."""
    if parser is not None:
        raise NotImplementedError("pydive: minidom.parseString with a SAX parser")
    if isinstance(string, (bytes, bytearray)):
        enc = "utf-8"
        m = re.match(rb"<\?xml[^>]*encoding=[\"']([A-Za-z0-9._\-]+)[\"']", string)
        if m:
            enc = m.group(1).decode("ascii")
        string = bytes(string).decode(enc)
        if string.startswith("\ufeff"):
            string = string[1:]
    return _Reader(string).parse()


def parse(file, parser=None, bufsize=None):
    """Parse a document from a file name or a binary/text file object."""
    if isinstance(file, str) or hasattr(file, "__fspath__"):
        with open(file, "rb") as f:
            data = f.read()
    else:
        data = file.read()
    return parseString(data, parser)
