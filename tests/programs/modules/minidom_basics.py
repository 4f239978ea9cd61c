# xml.dom.minidom: parsing, the tree API, and toxml/toprettyxml output.
from xml.dom import minidom, Node
import xml.dom

SRC = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE catalog>
<!-- a catalog -->
<catalog xmlns:b="urn:books" lang="en">
  <b:book id="1" title="Dune &amp; more">
    <author>Herbert</author>
    <price cur='EUR'>9.50</price>
  </b:book>
  <b:book id="2"><author>Le&#71;uin</author><note><![CDATA[<a> & b]]></note></b:book>
  <?render fast?>
  <empty/>
</catalog>"""

doc = minidom.parseString(SRC)
print(doc.toxml())
print(doc.toprettyxml(indent="  "))
root = doc.documentElement
print(root.tagName, root.nodeType == Node.ELEMENT_NODE, root.getAttribute("lang"),
      repr(root.getAttribute("missing")), root.hasAttribute("lang"))
print(list(root.attributes.keys()), root.attributes.length, root.attributes["lang"].value)
for book in doc.getElementsByTagName("b:book"):
    a = book.getElementsByTagName("author")[0]
    print(book.getAttribute("id"), book.getAttribute("title"), a.firstChild.data,
          book.namespaceURI, book.localName, book.prefix)
print(len(doc.getElementsByTagNameNS("urn:books", "*")))
note = doc.getElementsByTagName("note")[0]
print(note.firstChild.nodeType, note.firstChild.nodeName, repr(note.firstChild.data))
print([n.nodeName for n in root.childNodes])
print([n.nodeType for n in doc.childNodes], doc.doctype.name)
pi = [n for n in root.childNodes if n.nodeType == Node.PROCESSING_INSTRUCTION_NODE][0]
print(pi.target, pi.data)
print(doc.toxml(encoding="utf-8")[:60])

# building a tree
impl = minidom.getDOMImplementation()
d2 = impl.createDocument(None, "root", None)
top = d2.documentElement
for i in range(3):
    e = d2.createElement("item")
    e.setAttribute("n", str(i))
    e.setAttribute("q", 'a"b<c>&')
    e.appendChild(d2.createTextNode("value %d <%d>" % (i, i)))
    top.appendChild(e)
top.appendChild(d2.createComment(" end "))
top.insertBefore(d2.createElement("first"), top.firstChild)
print(d2.toxml())
print(d2.toprettyxml())
print(top.toprettyxml(indent=".", newl="|"))
old = top.removeChild(top.childNodes[1])
print(old.getAttribute("n"), old.parentNode, top.childNodes.length)
top.replaceChild(d2.createElement("second"), top.firstChild)
print(top.toxml())
print(top.firstChild.nextSibling.getAttribute("n"), top.lastChild.previousSibling.tagName)
t = top.childNodes[1].firstChild
t.appendData("!")
print(t.data, t.length, len(t), t.wholeText)
top.childNodes[1].appendChild(d2.createTextNode(" more"))
print(len(top.childNodes[1].childNodes))
top.normalize()
print(len(top.childNodes[1].childNodes), repr(top.childNodes[1].firstChild.data))
c = top.cloneNode(True)
print(c.toxml() == top.toxml(), c.parentNode, c.ownerDocument is d2)
frag = d2.createDocumentFragment()
frag.appendChild(d2.createElement("f1"))
frag.appendChild(d2.createElement("f2"))
top.appendChild(frag)
print(top.toxml())
e = top.firstChild
e.setAttribute("x", "1")
e.removeAttribute("x")
print(e.hasAttributes(), e.toxml())
try:
    e.removeAttribute("nope")
except xml.dom.NotFoundErr as ex:
    print("NotFoundErr", ex.code)
try:
    d2.appendChild(d2.createElement("second_root"))
except xml.dom.HierarchyRequestErr as ex:
    print("HierarchyRequestErr", ex)
try:
    d2.createComment("a--b").toxml()
except ValueError as ex:
    print(ex)
try:
    minidom.parseString("<a><b></a>")
except Exception as ex:
    print("parse error", type(ex).__name__)
with minidom.parseString("<x>1</x>") as d3:
    print(d3.documentElement.firstChild.data)
print(minidom.parseString(b"<a  k = 'v' >\xc3\xa9</a>").documentElement.toxml())
print(repr(minidom.parseString("<a>0123456789abc</a>").documentElement.firstChild))
