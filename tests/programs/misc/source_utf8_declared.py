# A file that declares UTF-8 but holds bytes that are not: CPython's tokenizer reports them
# at the token they are in ((unicode error) at a str literal, bytes literal and identifier
# errors), lets them pass in comments, and without a cookie names the line. Each case is
# written to a temporary file and run by this interpreter itself; one is imported.
import os
import subprocess
import sys
import tempfile

H = b'# -*- coding: utf-8 -*-\n'
CASES = {
    'no_cookie': b'x = 1\ns = "ab\xffcd"\n',
    'str_literal': H + b'x = 1\ns = "ab\xffcd"\n',
    'comment_only': H + b'x = 1  # \xff\xfe\nprint("ok")\n',
    'bytes_literal': H + b's = b"ab\xffcd"\n',
    'identifier': H + b'x = \xff\n',
    'second_literal': H + b'def f():\n    return "x" + "\xe9\xe9\xe9"\n',
    'triple_quoted': H + b"s = '''abc\ndef\xffg'''\n",
    'truncated_end': H + b"s = 'abc\xc3'\n",
    'raw_string': H + b"s = r'ab\xe9A'\n",
    'in_tuple': H + b"s = ('ok', 'ab\xff')\n",
    'escapes_and_run': H + b"s = 'a\\n\xc3\xa9\xff'\n",
    'two_bytes_end': H + b"s = 'ab\xe4\xb8'\n",
    'two_bytes_mid': H + b"s = 'ab\xe4\xb8c'\n",
    'valid_then_bad': H + b"s = '\xc3\xa9t\xc3\xa9'\nt = 'x\xf0\x9f'\n",
}

with tempfile.TemporaryDirectory() as d:
    for name, data in CASES.items():
        path = os.path.join(d, name + '.py')
        with open(path, 'wb') as f:
            f.write(data)
        r = subprocess.run([sys.executable, path], capture_output=True)
        err = r.stderr.decode('utf-8', 'replace').replace(d, '<tmp>')
        print(f'{name}: rc={r.returncode} out={r.stdout.decode("utf-8", "replace")!r}')
        print(err)
    with open(os.path.join(d, 'bad_mod.py'), 'wb') as f:
        f.write(H + b'WORD = "na\xefve"\n')
    sys.path.insert(0, d)
    try:
        import bad_mod
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, ascii(e.text))
