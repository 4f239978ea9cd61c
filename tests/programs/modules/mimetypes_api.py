# mimetypes: guess_type / guess_extension / guess_all_extensions / add_type over CPython's
# built-in tables (MimeTypes() instances do not read the system's mime.types files, so these
# results do not depend on the machine), data: URLs, suffix and encoding maps, readfp.
import io
import mimetypes
import os
import pathlib
import tempfile

db = mimetypes.MimeTypes()
for name in ["a.json", "index.HTML", "x.tar.gz", "x.tgz", "pic.svgz", "archive.tbz2", "a.txz",
             "b.Z", "b.z", "c.br", "noext", ".bashrc", "dir.d/file", "photo.JPG", "song.mp3",
             "code.py", "code.pyc", "style.css", "page.htm", "a.js", "a.mjs", "doc.pdf",
             "sheet.xls", "a.webp", "a.rtf", "a.xul", "a.midi", "x.unknown", "http://h/p/a.png?q=1",
             "http://example.com/dir/", "file:///tmp/a.txt", "data:text/html,<b>x</b>",
             "data:,hello", "data:image/png;base64,AAAA", "data:foo=bar,x", "data:noslash;x,1",
             "data:nocomma", "DATA:text/css,a", "a.WASM", "a.tar.bz2", "a.tar.xz", "a.gz",
             "a.svg.gz", pathlib.PurePosixPath("/x/y.csv")]:
    print(repr(name), db.guess_type(name), db.guess_type(name, strict=False))
for mime in ["text/plain", "TEXT/HTML", "image/jpeg", "application/javascript", "text/javascript",
             "application/json", "image/jpg", "image/pict", "audio/midi", "application/x-unknown",
             "application/octet-stream", "video/mp4", "audio/mpeg", "application/xml", "text/xml"]:
    print(mime, db.guess_extension(mime), db.guess_extension(mime, False),
          db.guess_all_extensions(mime), db.guess_all_extensions(mime, strict=False))
db.add_type("application/x-pydive", ".pyd1")
db.add_type("application/x-pydive", ".pyd2")
db.add_type("application/x-pydive", ".pyd1")
db.add_type("text/x-loose", ".loose", strict=False)
db.add_type("text/x-other", ".json")
print(db.guess_all_extensions("application/x-pydive"), db.guess_type("a.PYD2"))
print(db.guess_type("a.loose"), db.guess_type("a.loose", False), db.guess_type("a.json"))
print(db.guess_all_extensions("application/json"))
db.readfp(io.StringIO("# comment\ntext/x-read  rd1 rd2 # trailing\n\n  \napplication/x-e\n"))
print(db.guess_all_extensions("text/x-read"), db.guess_type("q.rd2"))
print(len(db.types_map[True]) > 100, len(db.types_map[False]), sorted(db.encodings_map.items()))
print(sorted(db.suffix_map.items()))
print(list(mimetypes.types_map.items())[:5], len(mimetypes.common_types))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "my.types")
    with open(path, "w") as f:
        f.write("application/x-fromfile ff1 ff2\ntext/x-second sec\n")
    print(sorted(mimetypes.read_mime_types(path).items())[:3])
    print(mimetypes.read_mime_types(os.path.join(d, "missing")))
    other = mimetypes.MimeTypes([path], strict=False)
    print(other.guess_type("a.ff1"), other.guess_type("a.ff1", False), other.guess_extension("text/x-second", False))

# the module-level functions: results every mime.types file agrees on
print(mimetypes.guess_type("report.pdf"), mimetypes.guess_type("x.tar.gz"), mimetypes.guess_type("z"))
mimetypes.add_type("application/x-pydive-mod", ".pdmod")
print(mimetypes.guess_type("f.pdmod"), mimetypes.guess_extension("application/x-pydive-mod"))
print(mimetypes.inited, "/etc/mime.types" in mimetypes.knownfiles, sorted(mimetypes.__all__))
print(mimetypes.guess_type(pathlib.Path("a/b.png")))
