# PEP 263: how a source file's bytes become text. Each case is written to a temporary
# file and run by this interpreter itself; a latin-1 module is also imported.
import os
import subprocess
import sys
import tempfile

CASES = {
    'utf8_plain': 'print("café", len("café"))\n'.encode('utf-8'),
    'utf8_bom': b'\xef\xbb\xbfprint("bom", "\xc3\xa9")\n',
    'latin1_cookie': b'# -*- coding: latin-1 -*-\ns = "caf\xe9"\nprint(s, len(s), ascii(s))\n',
    'cookie_line2': b'#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nprint(ascii("\xe9\xff"))\n',
    'cp1252_cookie': b'# coding=cp1252\nprint(ascii("\x80\x93"))\n',
    'utf8_spelled': b'# coding: UTF_8\nprint(ascii("\xc3\xa9"))\n',
    'cookie_after_code': b'x = 1\n# coding: latin-1\nprint("caf\xe9")\n',
    'no_cookie_latin1_bytes': b'x = 1\ns = "caf\xe9"\nprint(s)\n',
    'unknown_encoding': b'# coding: klingon\nprint(1)\n',
    'not_a_cookie': b'# the encoding and the coding rules\nprint("ok")\n',
    'ascii_cookie_bad_byte': b'# coding: ascii\nprint("\xe9")\n',
    'cp1252_undefined_byte': b'# coding: cp1252\nprint("\x81")\n',
    'utf16_cookie': b'# coding: utf-16\nprint(1)\n',
    'bom_and_latin1_cookie': b'\xef\xbb\xbf# coding: latin-1\nprint(1)\n',
}

with tempfile.TemporaryDirectory() as d:
    for name, data in CASES.items():
        path = os.path.join(d, name + '.py')
        with open(path, 'wb') as f:
            f.write(data)
        r = subprocess.run([sys.executable, path], capture_output=True)
        err = r.stderr.decode('utf-8', 'replace').replace(d, '<tmp>')
        print(f'{name}: rc={r.returncode} out={r.stdout.decode("utf-8", "replace")!r} err={err!r}')
    with open(os.path.join(d, 'latin_mod.py'), 'wb') as f:
        f.write(b'# -*- coding: latin-1 -*-\nWORD = "na\xefve"\n')
    sys.path.insert(0, d)
    import latin_mod
    print(latin_mod.WORD, len(latin_mod.WORD))
