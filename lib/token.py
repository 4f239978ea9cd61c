"""Token type numbers of Python 3.12's tokenizer (pydive's token)."""

# Each entry: NAME or NAME=text (the operator text of an exact token type), numbered
# from 0 in this order (Grammar/Tokens).
_TABLE = """
ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT
LPAR=( RPAR=) LSQB=[ RSQB=] COLON=: COMMA=, SEMI=; PLUS=+ MINUS=- STAR=* SLASH=/
VBAR=| AMPER=& LESS=< GREATER=> EQUAL== DOT=. PERCENT=% LBRACE={ RBRACE=}
EQEQUAL=== NOTEQUAL=!= LESSEQUAL=<= GREATEREQUAL=>= TILDE=~ CIRCUMFLEX=^
LEFTSHIFT=<< RIGHTSHIFT=>> DOUBLESTAR=** PLUSEQUAL=+= MINEQUAL=-= STAREQUAL=*=
SLASHEQUAL=/= PERCENTEQUAL=%= AMPEREQUAL=&= VBAREQUAL=|= CIRCUMFLEXEQUAL=^=
LEFTSHIFTEQUAL=<<= RIGHTSHIFTEQUAL=>>= DOUBLESTAREQUAL=**= DOUBLESLASH=//
DOUBLESLASHEQUAL=//= AT=@ ATEQUAL=@= RARROW=-> ELLIPSIS=... COLONEQUAL=:= EXCLAMATION=!
OP AWAIT ASYNC TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD FSTRING_START FSTRING_MIDDLE
FSTRING_END COMMENT NL ERRORTOKEN ENCODING N_TOKENS
""".split()

tok_name = {}
EXACT_TOKEN_TYPES = {}
for _number, _entry in enumerate(_TABLE):
    _name, _, _text = _entry.partition('=')
    globals()[_name] = _number
    tok_name[_number] = _name
    if _text:
        EXACT_TOKEN_TYPES[_text] = _number
EXACT_TOKEN_TYPES = dict(sorted(EXACT_TOKEN_TYPES.items()))
NT_OFFSET = 256
tok_name[NT_OFFSET] = 'NT_OFFSET'
del _number, _entry, _name, _text

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF'] + \
    [e.partition('=')[0] for e in _TABLE] + ['NT_OFFSET']


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
