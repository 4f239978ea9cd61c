"""Constants and functions for interpreting os.stat() results (CPython's Lib/stat.py API)."""

ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = S_IFPORT = S_IFWHT = 0

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001


def S_IMODE(mode):
    """The permission bits of a mode."""
    return mode & 0o7777


def S_IFMT(mode):
    """The file type bits of a mode."""
    return mode & 0o170000


def _type_test(name, kind, what):
    # S_ISDIR and its kin: is the file type of mode `kind`?
    def test(mode):
        return (mode & 0o170000) == kind
    test.__name__ = test.__qualname__ = name
    test.__doc__ = f"Return True if mode is from {what}."
    return test


S_ISDIR = _type_test("S_ISDIR", S_IFDIR, "a directory")
S_ISCHR = _type_test("S_ISCHR", S_IFCHR, "a character special device file")
S_ISBLK = _type_test("S_ISBLK", S_IFBLK, "a block special device file")
S_ISREG = _type_test("S_ISREG", S_IFREG, "a regular file")
S_ISFIFO = _type_test("S_ISFIFO", S_IFIFO, "a FIFO (named pipe)")
S_ISLNK = _type_test("S_ISLNK", S_IFLNK, "a symbolic link")
S_ISSOCK = _type_test("S_ISSOCK", S_IFSOCK, "a socket")


def S_ISDOOR(mode):
    return False


def S_ISPORT(mode):
    return False


def S_ISWHT(mode):
    return False


_filemode_table = (
    ((S_IFLNK, "l"), (S_IFSOCK, "s"), (S_IFREG, "-"), (S_IFBLK, "b"), (S_IFDIR, "d"),
     (S_IFCHR, "c"), (S_IFIFO, "p")),
    ((S_IRUSR, "r"),),
    ((S_IWUSR, "w"),),
    ((S_IXUSR | S_ISUID, "s"), (S_ISUID, "S"), (S_IXUSR, "x")),
    ((S_IRGRP, "r"),),
    ((S_IWGRP, "w"),),
    ((S_IXGRP | S_ISGID, "s"), (S_ISGID, "S"), (S_IXGRP, "x")),
    ((S_IROTH, "r"),),
    ((S_IWOTH, "w"),),
    ((S_IXOTH | S_ISVTX, "t"), (S_ISVTX, "T"), (S_IXOTH, "x")),
)


def filemode(mode):
    """'-rwxrwxrwx' for a mode."""
    out = []
    for i, table in enumerate(_filemode_table):
        for bit, char in table:
            if mode & bit == bit:
                out.append(char)
                break
        else:
            # the C _stat.filemode CPython uses says '?' for an unknown file type
            out.append("?" if i == 0 else "-")
    return "".join(out)
