"""Compare files and directories (pydive's filecmp, CPython 3.12's results and reports).

cmp() compares two files (by their stat signature first when shallow), cmpfiles() a list
of names in two directories, dircmp a pair of directory trees, computing its attributes
on first use.
"""

import os
import stat
from types import GenericAlias

__all__ = ["clear_cache", "cmp", "dircmp", "cmpfiles", "DEFAULT_IGNORES"]

_cache = {}
BUFSIZE = 8 * 1024

DEFAULT_IGNORES = ["RCS", "CVS", "tags", ".git", ".hg", ".bzr", "_darcs", "__pycache__"]


def clear_cache():
    """Clear the filecmp cache."""
    _cache.clear()


def _signature(st):
    return (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime)


def _same_bytes(path1, path2):
    with open(path1, "rb") as one, open(path2, "rb") as two:
        while True:
            a = one.read(BUFSIZE)
            if a != two.read(BUFSIZE):
                return False
            if not a:
                return True


def cmp(f1, f2, shallow=True):
    """True if files f1 and f2 seem equal: same type, size and mtime when `shallow`,
    else the same bytes. Results are cached while the files' stat signatures hold."""
    sig1 = _signature(os.stat(f1))
    sig2 = _signature(os.stat(f2))
    if sig1[0] != stat.S_IFREG or sig2[0] != stat.S_IFREG:
        return False
    if shallow and sig1 == sig2:
        return True
    if sig1[1] != sig2[1]:
        return False
    key = (f1, f2, sig1, sig2)
    result = _cache.get(key)
    if result is None:
        result = _same_bytes(f1, f2)
        if len(_cache) > 100:
            clear_cache()
        _cache[key] = result
    return result


def cmpfiles(a, b, common, shallow=True):
    """(equal, different, not comparable) lists of the names `common` to directories a, b."""
    buckets = ([], [], [])
    for name in common:
        try:
            which = 0 if cmp(os.path.join(a, name), os.path.join(b, name), shallow) else 1
        except OSError:
            which = 2
        buckets[which].append(name)
    return buckets


def _visible(names, skip):
    return [n for n in names if n not in skip]


class dircmp:
    """A comparison of directories a and b (names in `ignore` and `hide` left out:
    by default DEFAULT_IGNORES and os.curdir/os.pardir). Attributes, computed when first
    read: left_list, right_list, common, left_only, right_only, common_dirs, common_files,
    common_funny, same_files, diff_files, funny_files, subdirs. report(),
    report_partial_closure() and report_full_closure() print the differences."""

    def __init__(self, a, b, ignore=None, hide=None):
        self.left = a
        self.right = b
        self.hide = [os.curdir, os.pardir] if hide is None else hide
        self.ignore = DEFAULT_IGNORES if ignore is None else ignore

    def phase0(self):
        # the listings, sorted, without hidden and ignored names
        skip = self.hide + self.ignore
        self.left_list = sorted(_visible(os.listdir(self.left), skip))
        self.right_list = sorted(_visible(os.listdir(self.right), skip))

    def phase1(self):
        # names on both sides, and on one side only
        left = {os.path.normcase(n): n for n in self.left_list}
        right = {os.path.normcase(n): n for n in self.right_list}
        self.common = [left[k] for k in left if k in right]
        self.left_only = [left[k] for k in left if k not in right]
        self.right_only = [right[k] for k in right if k not in left]

    def phase2(self):
        # the common names: directories, files, or neither/mixed ("funny")
        self.common_dirs, self.common_files, self.common_funny = [], [], []
        for name in self.common:
            try:
                kind_a = stat.S_IFMT(os.stat(os.path.join(self.left, name)).st_mode)
                kind_b = stat.S_IFMT(os.stat(os.path.join(self.right, name)).st_mode)
            except OSError:
                self.common_funny.append(name)
                continue
            if kind_a != kind_b:
                self.common_funny.append(name)
            elif stat.S_ISDIR(kind_a):
                self.common_dirs.append(name)
            elif stat.S_ISREG(kind_a):
                self.common_files.append(name)
            else:
                self.common_funny.append(name)

    def phase3(self):
        self.same_files, self.diff_files, self.funny_files = \
            cmpfiles(self.left, self.right, self.common_files)

    def phase4(self):
        # a comparison (of this same class) for each common subdirectory
        self.subdirs = {}
        for name in self.common_dirs:
            self.subdirs[name] = self.__class__(os.path.join(self.left, name),
                                                os.path.join(self.right, name),
                                                self.ignore, self.hide)

    def phase4_closure(self):
        self.phase4()
        for sub in self.subdirs.values():
            sub.phase4_closure()

    def report(self):
        """Print the differences between the two directories (not their subdirectories)."""
        print("diff", self.left, self.right)
        for attr, label in (("left_only", ("Only in", self.left, ":")),
                            ("right_only", ("Only in", self.right, ":")),
                            ("same_files", ("Identical files :",)),
                            ("diff_files", ("Differing files :",)),
                            ("funny_files", ("Trouble with common files :",)),
                            ("common_dirs", ("Common subdirectories :",)),
                            ("common_funny", ("Common funny cases :",))):
            names = getattr(self, attr)
            if names:
                names.sort()
                print(*label, names)

    def report_partial_closure(self):
        """report(), then report() for each common subdirectory."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report()

    def report_full_closure(self):
        """report(), recursively through all common subdirectories."""
        self.report()
        for sub in self.subdirs.values():
            print()
            sub.report_full_closure()

    methodmap = dict(subdirs=phase4, same_files=phase3, diff_files=phase3,
                     funny_files=phase3, common_dirs=phase2, common_files=phase2,
                     common_funny=phase2, common=phase1, left_only=phase1, right_only=phase1,
                     left_list=phase0, right_list=phase0)

    def __getattr__(self, attr):
        if attr not in self.methodmap:
            raise AttributeError(attr)
        self.methodmap[attr](self)
        return getattr(self, attr)

    __class_getitem__ = classmethod(GenericAlias)


def demo():
    import sys
    import getopt
    options, args = getopt.getopt(sys.argv[1:], "r")
    if len(args) != 2:
        raise getopt.GetoptError("need exactly two args", None)
    comparison = dircmp(args[0], args[1])
    if ("-r", "") in options:
        comparison.report_full_closure()
    else:
        comparison.report()


if __name__ == "__main__":
    demo()
