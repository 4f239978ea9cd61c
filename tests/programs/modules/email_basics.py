# email subset: Message / EmailMessage headers and payloads, email.utils, email.parser
import email
import email.message
import email.parser
import email.utils
import datetime

m = email.message.Message()
m["From"] = "Alice <alice@example.com>"
m["To"] = "bob@example.com"
m["Subject"] = "Hello"
m["Received"] = "one"
m["Received"] = "two"
m.set_payload("Body text\n")
print(len(m), m.keys(), "subject" in m, "Cc" in m)
print(m["subject"], m.get("cc"), m.get("cc", "none"), m.get_all("received"), m.get_all("x"))
print(m.get_content_type(), m.get_content_maintype(), m.get_content_subtype(),
      m.get_default_type(), m.is_multipart())
print(repr(m.as_string()))
print(str(m) == m.as_string())
del m["received"]
m.replace_header("Subject", "Changed")
try:
    m.replace_header("X-Nope", "v")
except KeyError as e:
    print("KeyError", e)
print(m.items())
print(m.get_payload(), m.get_payload(decode=True))

m.add_header("Content-Type", "text/html", charset="utf-8")
m.add_header("Content-Disposition", "attachment", filename="a b.txt")
print(m["Content-Type"], m["Content-Disposition"])
print(m.get_content_type(), m.get_content_charset(), m.get_params(), m.get_param("charset"),
      m.get_filename(), m.get_content_disposition())
m.set_param("charset", "latin-1")
print(m["Content-Type"])
m.set_type("text/plain")
print(m["Content-Type"], m.get_charsets())

e = email.message.EmailMessage()
e["Subject"] = "Greetings"
e["From"] = email.utils.formataddr(("Zed Q", "zed@example.org"))
e.set_content("Hi there,\nbye\n")
print(e.get_content_type(), e["Content-Type"], e["Content-Transfer-Encoding"])
print(repr(e.get_content()))
print(e.as_string())

p = email.parser.Parser()
text = ("From: Carol <carol@example.net>\n"
        "To: dave@example.net, Erin <erin@example.net>\n"
        "Subject: a folded\n"
        " subject line\n"
        "Content-Type: text/plain; charset=\"us-ascii\"\n"
        "\n"
        "First line.\n"
        "Second line.\n")
msg = p.parsestr(text)
print(msg["from"], repr(msg["subject"]), msg.get_content_charset(), repr(msg.get_payload()))
print(email.utils.getaddresses(msg.get_all("to")))
hdrs = email.parser.HeaderParser().parsestr(text)
print(hdrs.keys(), repr(hdrs.get_payload()))
print(email.message_from_string("X-A: 1\n\nbody").get_payload())
print(email.message_from_bytes(b"X-B: 2\n\nbytes body\n")["x-b"])

# email.utils
print(email.utils.formatdate(0), email.utils.formatdate(1700000000.5, usegmt=True))
print(email.utils.format_datetime(datetime.datetime(2024, 2, 29, 13, 5, 9)))
print(email.utils.format_datetime(datetime.datetime(2024, 2, 29, 13, 5, 9,
                                                    tzinfo=datetime.timezone.utc), usegmt=True))
for a in ["Alice <alice@example.com>", "alice@example.com", '"Smith, J." <j@x.org>',
          "bob@example.com (Bob B)", "", "<just@angle.com>"]:
    print(repr(a), email.utils.parseaddr(a))
for pair in [("Alice", "a@x.com"), ("Smith, J.", "j@x.org"), ("", "n@x.org"),
             ('Say "hi"', "q@x.org")]:
    print(email.utils.formataddr(pair))
d = "Mon, 20 Nov 2023 22:13:20 -0500"
print(email.utils.parsedate(d))
print(email.utils.parsedate_tz(d))
print(email.utils.parsedate_to_datetime(d))
print(email.utils.parsedate_to_datetime("Tue, 01 Jan 2030 00:00:00 GMT"))
print(email.utils.mktime_tz(email.utils.parsedate_tz(d)))
mid = email.utils.make_msgid(domain="example.com")
print(mid.startswith("<") and mid.endswith("@example.com>"))
print(email.utils.quote('a "b" \\c'), email.utils.unquote('"x \\"y\\""'), email.utils.unquote("<z>"))
