"""The group database (pydive's grp): the entries of /etc/group."""

__all__ = ["getgrgid", "getgrnam", "getgrall", "struct_group"]

_FIELDS = ("gr_name", "gr_passwd", "gr_gid", "gr_mem")


class struct_group(tuple):
    """grp.struct_group: Results from getgr*() routines."""

    n_sequence_fields = n_fields = 4
    n_unnamed_fields = 0
    __match_args__ = _FIELDS

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError("grp.struct_group() takes a 4-sequence (%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return "grp.struct_group(%s)" % ", ".join(
            "%s=%r" % (k, v) for k, v in zip(_FIELDS, self))

    def __reduce__(self):
        return (struct_group, (tuple(self),))


for _i, _name in enumerate(_FIELDS):
    setattr(struct_group, _name, property(lambda self, _i=_i: self[_i]))
struct_group.__module__ = "grp"


def getgrall():
    """Every entry of the group database."""
    found = []
    try:
        with open("/etc/group", encoding="utf-8", errors="replace") as f:
            for line in f:
                parts = line.rstrip("\n").split(":")
                if len(parts) != 4 or line.startswith(("#", "+", "-")):
                    continue
                try:
                    parts[2] = int(parts[2])
                except ValueError:
                    continue
                parts[3] = [m for m in parts[3].split(",") if m]
                found.append(struct_group(parts))
    except OSError:
        pass
    return found


def getgrgid(id):
    """The entry for group id `id` (KeyError if there is none)."""
    if not isinstance(id, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(id).__name__)
    for entry in getgrall():
        if entry[2] == id:
            return entry
    raise KeyError("getgrgid(): gid not found: %d" % id)


def getgrnam(name):
    """The entry for group `name` (KeyError if there is none)."""
    if not isinstance(name, str):
        raise TypeError("getgrnam() argument must be str, not %s" % type(name).__name__)
    for entry in getgrall():
        if entry[0] == name:
            return entry
    raise KeyError("getgrnam(): name not found: %r" % name)
