"""Read .netrc files: machine/default entries (login, account, password) and macdefs
(pydive; the tokenizer follows CPython's rules for quotes, backslashes and comments)."""

import os
import stat

__all__ = ["netrc", "NetrcParseError"]


class NetrcParseError(Exception):
    """A syntax error in a .netrc file."""

    def __init__(self, msg, filename=None, lineno=None):
        self.filename = filename
        self.lineno = lineno
        self.msg = msg
        super().__init__(msg)

    def __str__(self):
        return f"{self.msg} ({self.filename}, line {self.lineno})"


class _Cursor:
    """Reads tokens (whitespace separated, "quoted", \\-escaped) from the text."""

    SPACE = "\n\t\r "

    def __init__(self, text):
        self.text = text
        self.pos = 0
        self.lineno = 1
        self.pending = []

    def char(self):
        if self.pos >= len(self.text):
            return ""
        c = self.text[self.pos]
        self.pos += 1
        if c == "\n":
            self.lineno += 1
        return c

    def rest_of_line(self):
        end = self.text.find("\n", self.pos)
        end = len(self.text) if end < 0 else end + 1
        line = self.text[self.pos:end]
        self.pos = end
        return line

    def token(self):
        if self.pending:
            return self.pending.pop(0)
        c = self.char()
        while c and c in self.SPACE:
            c = self.char()
        if not c:
            return ""
        out = []
        if c == '"':
            c = self.char()
            while c and c != '"':
                out.append(self.char() if c == "\\" else c)
                c = self.char()
            return "".join(out)
        while c and c not in self.SPACE:
            out.append(self.char() if c == "\\" else c)
            c = self.char()
        return "".join(out)

    def push(self, tok):
        self.pending.append(tok)


class netrc:
    def __init__(self, file=None):
        is_default = file is None
        if file is None:
            file = os.path.join(os.path.expanduser("~"), ".netrc")
        self.hosts = {}
        self.macros = {}
        try:
            with open(file, encoding="utf-8") as fp:
                self._parse(file, fp, is_default)
        except UnicodeDecodeError:
            with open(file, encoding="locale") as fp:
                self._parse(file, fp, is_default)

    def _parse(self, file, fp, is_default):
        cur = _Cursor(fp.read())
        while True:
            line_before = cur.lineno
            word = cur.token()
            if not word:
                return
            if word.startswith("#"):
                # a lone "#" starts a comment running to the end of its line
                if word == "#" and cur.lineno == line_before:
                    cur.rest_of_line()
                continue
            if word == "macdef":
                name = cur.token()
                body = self.macros[name] = []
                while True:
                    line = cur.rest_of_line()
                    if not line:
                        raise NetrcParseError(
                            "Macro definition missing null line terminator.", file,
                            cur.lineno)
                    if line == "\n":
                        break
                    body.append(line)
                continue
            if word == "machine":
                host = cur.token()
            elif word == "default":
                host = "default"
            else:
                raise NetrcParseError("bad toplevel token %r" % word, file, cur.lineno)
            if not host:
                raise NetrcParseError("missing %r name" % word, file, cur.lineno)
            fields = {"login": "", "account": "", "password": ""}
            self.hosts[host] = {}
            while True:
                line_before = cur.lineno
                key = cur.token()
                if key.startswith("#"):
                    if cur.lineno == line_before:
                        cur.rest_of_line()
                    continue
                if key in ("", "machine", "default", "macdef"):
                    cur.push(key)
                    break
                if key == "user":
                    key = "login"
                if key not in fields:
                    raise NetrcParseError("bad follower token %r" % key, file, cur.lineno)
                fields[key] = cur.token()
            self.hosts[host] = (fields["login"], fields["account"], fields["password"])
            self._security_check(fp, is_default, fields["login"])

    def _security_check(self, fp, is_default, login):
        if os.name != "posix" or not is_default or login == "anonymous":
            return
        info = os.fstat(fp.fileno())
        if info.st_uid != os.getuid():
            import pwd

            def who(uid):
                try:
                    return pwd.getpwuid(uid)[0]
                except KeyError:
                    return "uid %s" % uid
            raise NetrcParseError(f"~/.netrc file owner ({who(info.st_uid)}, "
                                  f"{who(os.getuid())}) does not match current user")
        if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise NetrcParseError("~/.netrc access too permissive: access permissions must "
                                  "restrict access to only the owner")

    def authenticators(self, host):
        """(login, account, password) for `host`, else the default entry's, else None."""
        found = self.hosts.get(host)
        if found is None:
            found = self.hosts.get("default")
        return found

    def __repr__(self):
        parts = []
        for host, (login, account, password) in self.hosts.items():
            parts.append(f"machine {host}\n\tlogin {login}\n")
            if account:
                parts.append(f"\taccount {account}\n")
            parts.append(f"\tpassword {password}\n")
        for name, lines in self.macros.items():
            parts.append(f"macdef {name}\n")
            parts.extend(lines)
            parts.append("\n")
        return "".join(parts)
