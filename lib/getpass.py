"""getpass: read a password without echo, and the user's login name (pydive's own module).

pydive has no terminal control (termios), so getpass() always takes CPython's fallback path:
it warns that echo cannot be turned off and reads the line from standard input.
"""

import os
import sys
import warnings

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getuser():
    """The login name: $LOGNAME, $USER, $LNAME or $USERNAME, else the password database."""
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        name = os.environ.get(variable)
        if name:
            return name
    # What pwd.getpwuid(os.getuid()) answers, read from the password file itself.
    uid = os.getuid()
    with open("/etc/passwd", encoding="utf-8", errors="replace") as entries:
        for entry in entries:
            fields = entry.split(":")
            if len(fields) > 2 and fields[2] == str(uid):
                return fields[0]
    raise KeyError(f"getpwuid(): uid not found: {uid}")


def getpass(prompt="Password: ", stream=None):
    """Prompt on `stream` (default sys.stderr) and read a line from stdin, without its
    newline; EOF raises EOFError."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning, stacklevel=2)
    stream = stream or sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    stream.write(prompt)
    stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line[:-1] if line.endswith("\n") else line
