"""The password database (pydive's pwd): the entries of /etc/passwd."""

__all__ = ["getpwuid", "getpwnam", "getpwall", "struct_passwd"]

_FIELDS = ("pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell")


class struct_passwd(tuple):
    """pwd.struct_passwd: Results from getpw*() routines."""

    n_sequence_fields = n_fields = 7
    n_unnamed_fields = 0
    __match_args__ = _FIELDS

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 7:
            raise TypeError("pwd.struct_passwd() takes a 7-sequence (%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return "pwd.struct_passwd(%s)" % ", ".join(
            "%s=%r" % (k, v) for k, v in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_passwd, (tuple(self),))


for _i, _name in enumerate(_FIELDS):
    setattr(struct_passwd, _name, property(lambda self, _i=_i: self[_i]))
struct_passwd.__module__ = "pwd"


def getpwall():
    """Every entry of the password database."""
    found = []
    try:
        with open("/etc/passwd", encoding="utf-8", errors="replace") as f:
            for line in f:
                parts = line.rstrip("\n").split(":")
                if len(parts) != 7 or line.startswith(("#", "+", "-")):
                    continue
                try:
                    parts[2] = int(parts[2])
                    parts[3] = int(parts[3])
                except ValueError:
                    continue
                found.append(struct_passwd(parts))
    except OSError:
        pass
    return found


def getpwuid(uid):
    """The entry for user id `uid` (KeyError if there is none)."""
    if not isinstance(uid, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(uid).__name__)
    for entry in getpwall():
        if entry[2] == uid:
            return entry
    raise KeyError("getpwuid(): uid not found: %d" % uid)


def getpwnam(name):
    """The entry for user `name` (KeyError if there is none)."""
    if not isinstance(name, str):
        raise TypeError("getpwnam() argument must be str, not %s" % type(name).__name__)
    for entry in getpwall():
        if entry[0] == name:
            return entry
    raise KeyError("getpwnam(): name not found: %r" % name)
