"""Guess a file's MIME type from its name, and file name extensions from a MIME type.

pydive's mimetypes: the same built-in tables, files and results as CPython 3.12's module
(init() reads the mime.types files of `knownfiles` that exist, as CPython does on POSIX).
"""

import os
import posixpath

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types",
]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

# "type extension" pairs, in the order CPython's tables list them (the first extension
# given for a type is the one guess_extension() answers).
_STANDARD = """
text/javascript js, text/javascript mjs, application/json json
application/manifest+json webmanifest, application/msword doc, application/msword dot
application/msword wiz, application/n-quads nq, application/n-triples nt
application/octet-stream bin, application/octet-stream a, application/octet-stream dll
application/octet-stream exe, application/octet-stream o, application/octet-stream obj
application/octet-stream so, application/oda oda, application/pdf pdf
application/pkcs7-mime p7c, application/postscript ps, application/postscript ai
application/postscript eps, application/trig trig, application/vnd.apple.mpegurl m3u
application/vnd.apple.mpegurl m3u8, application/vnd.ms-excel xls
application/vnd.ms-excel xlb, application/vnd.ms-powerpoint ppt
application/vnd.ms-powerpoint pot, application/vnd.ms-powerpoint ppa
application/vnd.ms-powerpoint pps, application/vnd.ms-powerpoint pwz, application/wasm wasm
application/x-bcpio bcpio, application/x-cpio cpio, application/x-csh csh
application/x-dvi dvi, application/x-gtar gtar, application/x-hdf hdf, application/x-hdf5 h5
application/x-latex latex, application/x-mif mif, application/x-netcdf cdf
application/x-netcdf nc, application/x-pkcs12 p12, application/x-pkcs12 pfx
application/x-pn-realaudio ram, application/x-python-code pyc, application/x-python-code pyo
application/x-sh sh, application/x-shar shar, application/x-shockwave-flash swf
application/x-sv4cpio sv4cpio, application/x-sv4crc sv4crc, application/x-tar tar
application/x-tcl tcl, application/x-tex tex, application/x-texinfo texi
application/x-texinfo texinfo, application/x-troff roff, application/x-troff t
application/x-troff tr, application/x-troff-man man, application/x-troff-me me
application/x-troff-ms ms, application/x-ustar ustar, application/x-wais-source src
application/xml xsl, application/xml rdf, application/xml wsdl, application/xml xpdl
application/zip zip, audio/3gpp 3gp, audio/3gpp 3gpp, audio/3gpp2 3g2, audio/3gpp2 3gpp2
audio/aac aac, audio/aac adts, audio/aac loas, audio/aac ass, audio/basic au
audio/basic snd, audio/mpeg mp3, audio/mpeg mp2, audio/opus opus, audio/x-aiff aif
audio/x-aiff aifc, audio/x-aiff aiff, audio/x-pn-realaudio ra, audio/x-wav wav
image/avif avif, image/bmp bmp, image/gif gif, image/ief ief, image/jpeg jpg, image/jpeg jpe
image/jpeg jpeg, image/heic heic, image/heif heif, image/png png, image/svg+xml svg
image/tiff tiff, image/tiff tif, image/vnd.microsoft.icon ico, image/x-cmu-raster ras
image/x-portable-anymap pnm, image/x-portable-bitmap pbm, image/x-portable-graymap pgm
image/x-portable-pixmap ppm, image/x-rgb rgb, image/x-xbitmap xbm, image/x-xpixmap xpm
image/x-xwindowdump xwd, message/rfc822 eml, message/rfc822 mht, message/rfc822 mhtml
message/rfc822 nws, text/css css, text/csv csv, text/html html, text/html htm, text/n3 n3
text/plain txt, text/plain bat, text/plain c, text/plain h, text/plain ksh, text/plain pl
text/plain srt, text/richtext rtx, text/tab-separated-values tsv, text/vtt vtt
text/x-python py, text/x-setext etx, text/x-sgml sgm, text/x-sgml sgml, text/x-vcard vcf
text/xml xml, video/mp4 mp4, video/mpeg mpeg, video/mpeg m1v, video/mpeg mpa, video/mpeg mpe
video/mpeg mpg, video/quicktime mov, video/quicktime qt, video/webm webm
video/x-msvideo avi, video/x-sgi-movie movie
"""

_NONSTANDARD = """
application/rtf rtf, audio/midi midi, audio/midi mid, image/jpg jpg, image/pict pict
image/pict pct, image/pict pic, image/webp webp, text/xul xul
"""


def _pairs(text):
    out = {}
    for item in text.replace("\n", ",").split(","):
        item = item.strip()
        if item:
            mime, ext = item.split(" ")
            out["." + ext] = mime
    return out


def _defaults():
    global suffix_map, _suffix_map_default, encodings_map, _encodings_map_default
    global types_map, _types_map_default, common_types, _common_types_default
    suffix_map = _suffix_map_default = {
        ".svgz": ".svg.gz", ".tgz": ".tar.gz", ".taz": ".tar.gz", ".tz": ".tar.gz",
        ".tbz2": ".tar.bz2", ".txz": ".tar.xz",
    }
    encodings_map = _encodings_map_default = {
        ".gz": "gzip", ".Z": "compress", ".bz2": "bzip2", ".xz": "xz", ".br": "br",
    }
    types_map = _types_map_default = _pairs(_STANDARD)
    common_types = _common_types_default = _pairs(_NONSTANDARD)


_defaults()


def _scheme(url):
    """('scheme', rest) for 'scheme:rest' (no '/' before the colon), else (None, url)."""
    colon = url.find(":")
    if colon > 0 and "/" not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


class MimeTypes:
    """A table of MIME types and file name extensions, strict and non-strict."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = dict(_encodings_map_default)
        self.suffix_map = dict(_suffix_map_default)
        self.types_map = ({}, {})  # [False]: non-standard, [True]: standard
        self.types_map_inv = ({}, {})
        for ext, mime in _types_map_default.items():
            self.add_type(mime, ext, True)
        for ext, mime in _common_types_default.items():
            self.add_type(mime, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Map extension `ext` to MIME type `type` (replacing what `ext` meant before) and add
        `ext` to the extensions known for `type`."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) for a file name, path-like object or URL; either may be None."""
        url = os.fspath(url)
        scheme, rest = _scheme(url)
        if scheme == "data":
            comma = rest.find(",")
            if comma < 0:
                return None, None
            semi = rest.find(";", 0, comma)
            mime = rest[:semi] if semi >= 0 else rest[:comma]
            if "=" in mime or "/" not in mime:
                mime = "text/plain"
            return mime, None
        stem, ext = posixpath.splitext(rest)
        while ext.lower() in self.suffix_map:
            stem, ext = posixpath.splitext(stem + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)
        if encoding is not None:
            stem, ext = posixpath.splitext(stem)
        ext = ext.lower()
        found = self.types_map[True].get(ext)
        if found is None and not strict:
            found = self.types_map[False].get(ext)
        return found, encoding

    def guess_all_extensions(self, type, strict=True):
        """Every extension known for MIME type `type`, the preferred one first."""
        type = type.lower()
        result = list(self.types_map_inv[True].get(type, ()))
        if not strict:
            for ext in self.types_map_inv[False].get(type, ()):
                if ext not in result:
                    result.append(ext)
        return result

    def guess_extension(self, type, strict=True):
        """The preferred extension for MIME type `type`, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Add the entries of a mime.types file."""
        with open(filename, encoding="utf-8") as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Add the entries of an open mime.types file: 'type ext ext ...' lines, '#' comments."""
        while True:
            line = fp.readline()
            if not line:
                break
            words = []
            for word in line.split():
                if word[0] == "#":
                    break
                words.append(word)
            if words:
                for ext in words[1:]:
                    self.add_type(words[0], "." + ext, strict)

    def read_windows_registry(self, strict=True):
        """Windows only; does nothing here."""
        return None


def guess_type(url, strict=True):
    """(type, encoding) for a file name or URL, from the module's table."""
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """Every extension the module's table knows for MIME type `type`."""
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The preferred extension for MIME type `type` in the module's table, or None."""
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Add a type/extension mapping to the module's table."""
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def init(files=None):
    """(Re)build the module's table: the built-in types plus `knownfiles` (and `files`);
    with `files` once the table exists, only read those into it."""
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The standard-type table read from one mime.types file, or None if it cannot be opened."""
    try:
        fp = open(file, encoding="utf-8")
    except OSError:
        return None
    with fp:
        db = MimeTypes()
        db.readfp(fp, True)
        return db.types_map[True]


def _main():
    import getopt
    import sys
    usage_text = """\
Usage: mimetypes.py [options] type

Options:
    --help / -h       -- print this message and exit
    --lenient / -l    -- additionally search of some common, but non-standard
                         types.
    --extension / -e  -- guess extension instead of type

More than one type argument may be given.
"""

    def usage(code, msg=""):
        print(usage_text)
        if msg:
            print(msg)
        sys.exit(code)

    try:
        opts, args = getopt.getopt(sys.argv[1:], "hle", ["help", "lenient", "extension"])
    except getopt.error as msg:
        usage(1, msg)
    strict = True
    want_ext = False
    for opt, _ in opts:
        if opt in ("-h", "--help"):
            usage(0)
        elif opt in ("-l", "--lenient"):
            strict = False
        elif opt in ("-e", "--extension"):
            want_ext = True
    for name in args:
        if want_ext:
            guess = guess_extension(name, strict)
            if guess:
                print(guess)
            else:
                print("I don't know anything about type", name)
        else:
            guess, encoding = guess_type(name, strict)
            if guess:
                print("type:", guess, "encoding:", encoding)
            else:
                print("I don't know anything about type", name)


if __name__ == "__main__":
    _main()
