from html.parser import HTMLParser
import html

class P(HTMLParser):
    def handle_starttag(self, tag, attrs): print("start", tag, attrs, self.get_starttag_text())
    def handle_endtag(self, tag): print("end", tag)
    def handle_startendtag(self, tag, attrs): print("startend", tag, attrs)
    def handle_data(self, data): print("data", repr(data))
    def handle_comment(self, data): print("comment", repr(data))
    def handle_decl(self, decl): print("decl", repr(decl))
    def handle_pi(self, data): print("pi", repr(data))
    def handle_entityref(self, name): print("entityref", name)
    def handle_charref(self, name): print("charref", name)

docs = [
    "<!DOCTYPE html><html><head><title>Test &amp; more</title></head>"
    "<body><h1 class='x' id=main>Parse me!</h1><p>a<br/>b<br>c</p>"
    "<!-- a comment --><img src=\"a.png\" alt='A &lt; B' hidden>"
    "<a HREF=\"/x?a=1&amp;b=2\">link</a></body></html>",
    "<script>if (a < b && c > d) { x = '</p>'; }</script><style>p > a {}</style>done",
    "<?xml version=\"1.0\"?><root><item n=\"1\"/>text &#65;&#x42; &copy; tail",
    "<div\n  data-a=\"1\"\n  data-b>line1\nline2</div>",
    "a < b and c > d & e",
]
for d in docs:
    p = P()
    p.feed(d)
    p.close()
    print("pos", p.getpos())
    print("--")
p = P(convert_charrefs=False)
p.feed("x &amp; y &#65; z<b>q</b>")
p.close()
p = P()
for chunk in ["<p cla", "ss='a'>hel", "lo</p", "> wor", "ld"]:
    p.feed(chunk)
p.close()
print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&gt;&amp;&quot;&#39;&#x41;&eacute;&notanentity;"))
for t in ["&amp;&lt;&gt;&quot;&apos;&nbsp;|", "&eacute;&Eacute;&notin;&not &notx; &amp &ampx", "&#0;&#1;&#128;&#x80;&#xD800;&#x110000;&#65&#x41 &#;&#x;", "&bogus; & &; &#9731;&#x1F600;", "&AMP;&LT&Zopf;&fjlig;&NotEqualTilde;"]:
    print(ascii(html.unescape(t)))
import html.entities as he
print(len(he.html5), len(he.name2codepoint), he.codepoint2name[0x3b1], he.entitydefs["copy"], he.html5["gt;"])
