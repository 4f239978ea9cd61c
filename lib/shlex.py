"""A lexer for shell-like syntax (pydive's shlex): split(), quote(), join() and the
shlex class they use, with CPython's modes (POSIX or classic, whitespace_split,
punctuation_chars), its debug output and its errors."""

import re
import sys

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_WORD = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
_LATIN1_WORD = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')


class shlex:
    """Tokens from a string or stream, read one at a time by get_token() (or by
    iterating). The character classes (wordchars, whitespace, quotes, escape,
    commenters...) are plain attributes to change before reading.

    States while reading: ' ' between tokens, 'a' in a word, 'c' in a run of
    punctuation, a quote character inside that quote, an escape character right after
    it, None at end of input."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            from io import StringIO
            instream = StringIO(instream)
        if instream is None:
            self.instream, self.infile = sys.stdin, None
        else:
            self.instream, self.infile = instream, infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORD + (_LATIN1_WORD if posix else '')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = []
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = []
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars or ''
        if punctuation_chars:
            self._pushback_chars = []  # characters read ahead by a punctuation run
            # characters common in file names and arguments join words; punctuation never
            self.wordchars = ''.join(ch for ch in self.wordchars + '~-./*?='
                                     if ch not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        "Push a token back: the next get_token() returns it."
        self._trace(1, "shlex: pushing token " + repr(tok))
        self.pushback.insert(0, tok)

    def push_source(self, newstream, newfile=None):
        "Read from newstream until it ends, then continue with the current input."
        if isinstance(newstream, str):
            from io import StringIO
            newstream = StringIO(newstream)
        self.filestack.insert(0, (self.infile, self.instream, self.lineno))
        self.infile, self.instream, self.lineno = newfile, newstream, 1
        if self.debug:
            if newfile is not None:
                print('shlex: pushing to file %s' % (self.infile,))
            else:
                print('shlex: pushing to stream %s' % (self.instream,))

    def pop_source(self):
        "Close the current input and go back to the one push_source() interrupted."
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.pop(0)
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = ' '

    def get_token(self):
        "The next token: pushed-back ones first; source inclusion and nesting handled."
        if self.pushback:
            tok = self.pushback.pop(0)
            self._trace(1, "shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:
            # `source FILE` includes FILE here
            while raw == self.source:
                included = self.sourcehook(self.read_token())
                if included:
                    newfile, newstream = included
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        # the end of an included input resumes the one below it
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            if raw != self.eof:
                print("shlex: token=" + repr(raw))
            else:
                print("shlex: token=EOF")
        return raw

    def read_token(self):
        "Read one raw token from the input (no pushback, no source handling)."
        self._quoted = False    # a quote was seen: even '' is a token then (POSIX)
        self._resume = ' '      # the state to return to after an escaped character
        while True:
            if self._punctuation_chars and self._pushback_chars:
                ch = self._pushback_chars.pop()
            else:
                ch = self.instream.read(1)
            if ch == '\n':
                self.lineno += 1
            self._trace(3, "shlex: in state %r I see character: %r" % (self.state, ch))
            state = self.state
            if state is None:
                self.token = ''  # past the end
                break
            if state == ' ':
                done = self._between(ch)
            elif state in self.quotes:
                done = self._in_quotes(ch)
            elif state in self.escape:
                done = self._after_escape(ch)
            elif state in ('a', 'c'):
                done = self._in_word(ch)
            else:
                done = False
            if done:
                break
        result, self.token = self.token, ''
        if self.posix and not self._quoted and result == '':
            result = None
        if self.debug > 1:
            print("shlex: raw token=" + repr(result) if result else "shlex: raw token=EOF")
        return result

    def _trace(self, level, message):
        # debug output: level 1 tokens, 2 raw tokens and decisions, 3 every character
        if self.debug >= level:
            print(message)

    def _token_ready(self):
        # at a separator: end the token if there is one (an empty quoted one counts)
        return bool(self.token or (self.posix and self._quoted))

    def _between(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            self._trace(2, "shlex: I see whitespace in whitespace state")
            return self._token_ready()
        if ch in self.commenters:
            self.instream.readline()
            self.lineno += 1
        elif self.posix and ch in self.escape:
            self._resume = 'a'
            self.state = ch
        elif ch in self.wordchars:
            self.token = ch
            self.state = 'a'
        elif ch in self.punctuation_chars:
            self.token = ch
            self.state = 'c'
        elif ch in self.quotes:
            if not self.posix:
                self.token = ch  # classic mode keeps the quotes
            self.state = ch
        elif self.whitespace_split:
            self.token = ch
            self.state = 'a'
        else:
            self.token = ch  # any other character is a token by itself
            return self._token_ready()
        return False

    def _in_quotes(self, ch):
        self._quoted = True
        if not ch:
            self._trace(2, "shlex: I see EOF in quotes state")
            raise ValueError("No closing quotation")
        if ch == self.state:
            if self.posix:
                self.state = 'a'
                return False
            self.token += ch
            self.state = ' '
            return True
        if self.posix and ch in self.escape and self.state in self.escapedquotes:
            self._resume = self.state
            self.state = ch
        else:
            self.token += ch
        return False

    def _after_escape(self, ch):
        if not ch:
            self._trace(2, "shlex: I see EOF in escape state")
            raise ValueError("No escaped character")
        # inside quotes only the quote itself and the escape character are escapable:
        # before anything else the backslash stays
        if self._resume in self.quotes and ch != self.state and ch != self._resume:
            self.token += self.state
        self.token += ch
        self.state = self._resume
        return False

    def _in_word(self, ch):
        if not ch:
            self.state = None
            return True
        if ch in self.whitespace:
            self._trace(2, "shlex: I see whitespace in word state")
            self.state = ' '
            return self._token_ready()
        if ch in self.commenters:
            self.instream.readline()
            self.lineno += 1
            if not self.posix:
                return False
            self.state = ' '
            return self._token_ready()
        if self.state == 'c':
            # a punctuation run ends at the first other character, which is read again
            if ch in self.punctuation_chars:
                self.token += ch
                return False
            if ch not in self.whitespace:
                self._pushback_chars.append(ch)
            self.state = ' '
            return True
        if self.posix and ch in self.quotes:
            self.state = ch
        elif self.posix and ch in self.escape:
            self._resume = 'a'
            self.state = ch
        elif (ch in self.wordchars or ch in self.quotes
              or (self.whitespace_split and ch not in self.punctuation_chars)):
            self.token += ch
        else:
            # the word ends; the character is read again (or is the next token)
            if self.punctuation_chars:
                self._pushback_chars.append(ch)
            else:
                self.pushback.insert(0, ch)
            self._trace(2, "shlex: I see punctuation in word state")
            self.state = ' '
            return self._token_ready()
        return False

    def sourcehook(self, newfile):
        "(file name, open file) for a `source` request; relative to the current file."
        import os
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        "The start of an error message in the style of C compilers: '\"file\", line N: '."
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """The words of s as a POSIX shell would split them (comments kept as words
    unless comments is true)."""
    if s is None:
        raise ValueError("s argument must not be None")
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


def join(split_command):
    """The inverse of split(): each word quoted as needed, joined by spaces."""
    return ' '.join(map(quote, split_command))


_needs_quoting = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """s made safe as one shell word: as is when harmless, else in single quotes (a
    single quote inside becomes '"'"')."""
    if not s:
        return "''"
    if _needs_quoting(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"
