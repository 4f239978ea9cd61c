import xml.etree.ElementTree as ET
import io
root = ET.Element("catalog", {"version": "1.0"})
for i, (t, p) in enumerate([("Book A", "10.5"), ("Bök B & <C>", "7")]):
    b = ET.SubElement(root, "book", id=str(i))
    ET.SubElement(b, "title").text = t
    ET.SubElement(b, "price", currency="EUR").text = p
    ET.SubElement(b, "empty")
print(ET.tostring(root))
print(ET.tostring(root, encoding="unicode"))
print(ET.tostring(root, encoding="utf-8"))
print(ET.tostring(root, encoding="unicode", short_empty_elements=False)[:80])
ET.indent(root)
s = ET.tostring(root, encoding="unicode")
print(s)
doc = ET.fromstring(s)
print(doc.tag, doc.attrib, len(doc), [b.get("id") for b in doc.findall("book")])
print([t.text for t in doc.iter("title")], doc.find("book/price").get("currency"), doc.findtext("book/title"))
print([e.tag for e in doc.findall(".//price")], doc.find("book[@id='1']/title").text)
xml = """<?xml version="1.0"?>
<!-- comment -->
<root xmlns="http://example.com/ns" xmlns:x="http://x.org/">
  <x:item a="1 &amp; 2" b='q"t'>Text &lt;here&gt; &#65;&#x42;<![CDATA[<raw>]]></x:item>
  <plain>tail test</plain> after
</root>"""
r = ET.fromstring(xml)
print(r.tag, [c.tag for c in r], r[0].attrib, repr(r[0].text), repr(r[1].tail))
print(ET.tostring(r, encoding="unicode"))
tree = ET.ElementTree(ET.fromstring("<a><b>1</b><b>2</b><c/></a>"))
buf = io.BytesIO()
tree.write(buf, encoding="utf-8", xml_declaration=True)
print(buf.getvalue())
print(ET.tostring(ET.fromstring("<a x='1'>hi<b/>there</a>"), method="text"))
for bad in ["<a><b></a>", "<a>", "<a></a><b/>", "text"]:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print("ParseError:", e, e.position)
e = ET.Element("x"); e.text = "ünï"; print(ET.tostring(e))
ET.dump(ET.fromstring("<r><s k='v'/></r>"))
print([(ev, el.tag) for ev, el in ET.iterparse(io.BytesIO(b"<a><b/><c><d/></c></a>"), events=("start", "end"))])
