# token and tokenize: TokenInfo reprs, f-strings, indentation, encodings, untokenize, errors
import io
import token
import tokenize

print(token.tok_name[token.OP], token.EXACT_TOKEN_TYPES['**='], token.ISTERMINAL(token.NAME))
print(token.ISNONTERMINAL(token.NT_OFFSET), token.ISEOF(token.ENDMARKER), token.N_TOKENS)

SOURCES = [
    'def f(a, b=1):\n    """doc\n    more"""\n    # comment\n\n    return f"x{a!r:>{b}}y" + rb\'\\n\'  # trailing\nx = (1,\n     2.5e-3j)\nif x:\n  pass\n',
    'f"a{{b}}c{x:>10}{y=}"\n',
    'f"""l1\n{x}\nl3"""\n',
    '  \n\tx\n',
    'if a:\n    b\n  # c\nd\n',
    '0x1F 1_000 1.5j .5 1e3 0o7 0b1 ...\n',
    'a\r\nb\n',
    'x = 1',
    'x\\\n  + 1\n',
    '# only\n',
    'def f():\n    if x:\n        return [\n            1,\n        ]\n    # end\n',
    's = "é" + \'ü\' # ç\n',
    'async def g(): await x; a @= b; c **= 2; d //= 3; e != f; x -> y; (z := 1)\n',
    'print(f"{x!r}" f\'{y:{w}.{p}}\')\n',
    'class C:\n    x = {1: [2, (3,)]}\n\n\n    def m(self): pass\n',
]
for src in SOURCES:
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        print(tok, tok.exact_type)
    print('--')
for tok in tokenize.tokenize(io.BytesIO(b'# -*- coding: latin-1 -*-\nx = "\xe9"\n').readline):
    print(tok)
print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfx = 1\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'#!/usr/bin/env python\n# coding=utf-8\n').readline))
for src in SOURCES:
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    print(tokenize.untokenize(toks) == src, end=' ')
print()
pairs = [(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO('x = 1 + y\nif x:\n    z = "a" "b"\n').readline)]
print(repr(tokenize.untokenize(pairs)))
for bad in ['"abc\n', '"""abc\n', 'if x:\n    a\n  b\n']:
    try:
        list(tokenize.generate_tokens(io.StringIO(bad).readline))
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args[0])
tok = next(tokenize.generate_tokens(io.StringIO('+=').readline))
print(tok.type, tok.exact_type, tokenize.tok_name[tok.exact_type])
