"""The W3C DOM's node-type constants, exception classes and namespace URIs (pydive).

xml.dom.minidom holds the implementation; getDOMImplementation() returns it.
"""


class Node:
    """Node-type codes of the DOM (class attributes only)."""
    __slots__ = ()
    ELEMENT_NODE = 1
    ATTRIBUTE_NODE = 2
    TEXT_NODE = 3
    CDATA_SECTION_NODE = 4
    ENTITY_REFERENCE_NODE = 5
    ENTITY_NODE = 6
    PROCESSING_INSTRUCTION_NODE = 7
    COMMENT_NODE = 8
    DOCUMENT_NODE = 9
    DOCUMENT_TYPE_NODE = 10
    DOCUMENT_FRAGMENT_NODE = 11
    NOTATION_NODE = 12


INDEX_SIZE_ERR = 1
DOMSTRING_SIZE_ERR = 2
HIERARCHY_REQUEST_ERR = 3
WRONG_DOCUMENT_ERR = 4
INVALID_CHARACTER_ERR = 5
NO_DATA_ALLOWED_ERR = 6
NO_MODIFICATION_ALLOWED_ERR = 7
NOT_FOUND_ERR = 8
NOT_SUPPORTED_ERR = 9
INUSE_ATTRIBUTE_ERR = 10
INVALID_STATE_ERR = 11
SYNTAX_ERR = 12
INVALID_MODIFICATION_ERR = 13
NAMESPACE_ERR = 14
INVALID_ACCESS_ERR = 15
VALIDATION_ERR = 16


class DOMException(Exception):
    """Base of the DOM's exceptions; each subclass carries its numeric `code`."""

    def __init__(self, *args, **kw):
        if self.__class__ is DOMException:
            raise RuntimeError(
                "DOMException should not be instantiated directly")
        Exception.__init__(self, *args, **kw)

    def _get_code(self):
        return self.code


def _exc(name, code):
    cls = type(name, (DOMException,), {"code": code})
    cls.__module__ = __name__
    return cls


IndexSizeErr = _exc("IndexSizeErr", INDEX_SIZE_ERR)
DomstringSizeErr = _exc("DomstringSizeErr", DOMSTRING_SIZE_ERR)
HierarchyRequestErr = _exc("HierarchyRequestErr", HIERARCHY_REQUEST_ERR)
WrongDocumentErr = _exc("WrongDocumentErr", WRONG_DOCUMENT_ERR)
InvalidCharacterErr = _exc("InvalidCharacterErr", INVALID_CHARACTER_ERR)
NoDataAllowedErr = _exc("NoDataAllowedErr", NO_DATA_ALLOWED_ERR)
NoModificationAllowedErr = _exc("NoModificationAllowedErr", NO_MODIFICATION_ALLOWED_ERR)
NotFoundErr = _exc("NotFoundErr", NOT_FOUND_ERR)
NotSupportedErr = _exc("NotSupportedErr", NOT_SUPPORTED_ERR)
InuseAttributeErr = _exc("InuseAttributeErr", INUSE_ATTRIBUTE_ERR)
InvalidStateErr = _exc("InvalidStateErr", INVALID_STATE_ERR)
SyntaxErr = _exc("SyntaxErr", SYNTAX_ERR)
InvalidModificationErr = _exc("InvalidModificationErr", INVALID_MODIFICATION_ERR)
NamespaceErr = _exc("NamespaceErr", NAMESPACE_ERR)
InvalidAccessErr = _exc("InvalidAccessErr", INVALID_ACCESS_ERR)
ValidationErr = _exc("ValidationErr", VALIDATION_ERR)
del _exc


class UserDataHandler:
    """Operation codes passed to user-data handlers."""
    NODE_CLONED = 1
    NODE_IMPORTED = 2
    NODE_DELETED = 3
    NODE_RENAMED = 4


XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
EMPTY_NAMESPACE = None
EMPTY_PREFIX = None


def getDOMImplementation(name=None, features=()):
    """pydive has one DOM implementation, minidom's."""
    if name not in (None, "minidom", "xml.dom.minidom"):
        raise ImportError("no registered DOM implementation %r" % (name,))
    from xml.dom import minidom
    return minidom.getDOMImplementation()


def registerDOMImplementation(name, factory):
    raise NotImplementedError("pydive: registerDOMImplementation is not supported")
