"""High-level file operations (pydive's shutil).

Copying files and their permission bits and times, copying and removing trees, moving, which()
get_terminal_size(), disk_usage() and chown(), archives (make_archive/unpack_archive: zip, tar,
gztar; pydive has no bz2/lzma), with CPython 3.12's results, error reports and hook calls.
"""

import fnmatch
import os
import stat
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "move", "rmtree", "Error", "SpecialFileError", "ExecError", "ignore_patterns",
           "which", "get_terminal_size", "SameFileError", "disk_usage", "chown",
           "make_archive", "get_archive_formats", "register_archive_format",
           "unregister_archive_format", "get_unpack_formats", "register_unpack_format",
           "unregister_unpack_format", "unpack_archive"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is
    not supported on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving
    and unpacking registries fails"""


# ---------------------------------------------------------------------------------------------
# Files

def copyfileobj(fsrc, fdst, length=0):
    """Copy everything fsrc.read() gives to fdst.write(), length bytes at a time."""
    step = length or COPY_BUFSIZE
    while True:
        block = fsrc.read(step)
        if not block:
            return
        fdst.write(block)


def _same_file(a, b):
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _path_of(p):
    return p.path if isinstance(p, os.DirEntry) else p


def _stat_of(p, follow=True):
    if isinstance(p, os.DirEntry):
        return p.stat(follow_symlinks=follow)
    return os.stat(p) if follow else os.lstat(p)


def _is_link(p):
    return p.is_symlink() if isinstance(p, os.DirEntry) else os.path.islink(p)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the bytes of src into dst (made or truncated); returns dst. With
    follow_symlinks false a symbolic link src is recreated as a link."""
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for end in (src, dst):
        try:
            mode = _stat_of(end).st_mode
        except OSError:
            continue
        if stat.S_ISFIFO(mode):
            raise SpecialFileError("`%s` is a named pipe" % _path_of(end))
    if not follow_symlinks and _is_link(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as reader:
        try:
            with open(dst, "wb") as writer:
                copyfileobj(reader, writer)
        except IsADirectoryError as problem:
            if os.path.exists(dst):
                raise
            # 'dst/' naming a directory that is not there
            raise FileNotFoundError(f"Directory does not exist: {dst}") from problem
    return dst


def _set_meta(func, *args, **kwargs):
    # pydive's os may lack chmod/utime: the copy then keeps its own mode and times
    try:
        func(*args, **kwargs)
    except NotImplementedError:
        pass


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src."""
    if not follow_symlinks and _is_link(src) and os.path.islink(dst):
        if not hasattr(os, "lchmod"):
            return  # a link's own mode cannot be set here
        _set_meta(os.lchmod, dst, stat.S_IMODE(os.lstat(src).st_mode))
        return
    _set_meta(os.chmod, dst, stat.S_IMODE(_stat_of(src).st_mode))


def copystat(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits and access/modification times of src."""
    follow = follow_symlinks or not (_is_link(src) and os.path.islink(dst))
    if not follow:
        return  # setting a link's own times and mode is not supported here
    info = _stat_of(src)
    if hasattr(info, "st_atime_ns"):
        _set_meta(os.utime, dst, ns=(info.st_atime_ns, info.st_mtime_ns))
    else:
        _set_meta(os.utime, dst, (info.st_atime, info.st_mtime))
    _set_meta(os.chmod, dst, stat.S_IMODE(info.st_mode))


def _into_dir(src, dst):
    # copying into a directory means copying to a file of src's name inside it
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and mode bits ("cp src dst"); returns the file written."""
    dst = _into_dir(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy data and metadata ("cp -p src dst"); returns the file written."""
    dst = _into_dir(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


# ---------------------------------------------------------------------------------------------
# Trees

def ignore_patterns(*patterns):
    """A copytree() ignore callable dropping the names that match any glob pattern."""
    def _ignore_patterns(path, names):
        dropped = set()
        for pattern in patterns:
            dropped.update(fnmatch.filter(names, pattern))
        return dropped
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the tree at src to dst (made, with its parents); returns dst.

    Failures do not stop the copy: they are collected, (src, dst, reason) each, and raised
    together as Error at the end."""
    with os.scandir(src) as listing:
        entries = list(listing)
    skipped = ignore(os.fspath(src), [e.name for e in entries]) if ignore else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    failures = []
    again = (symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
    for entry in entries:
        if entry.name in skipped:
            continue
        here = os.path.join(src, entry.name)
        there = os.path.join(dst, entry.name)
        try:
            if entry.is_symlink():
                target = os.readlink(here)
                if symlinks:
                    os.symlink(target, there)
                    copystat(here, there, follow_symlinks=False)
                    continue
                if ignore_dangling_symlinks and not os.path.exists(target):
                    continue
            if entry.is_dir():
                copytree(here, there, *again)
            else:
                copy_function(here, there)
        except Error as nested:
            failures.extend(nested.args[0])
        except OSError as why:
            failures.append((here, there, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        failures.append((src, dst, str(why)))
    if failures:
        raise Error(failures)
    return dst


def _error_handler(ignore_errors, onerror, onexc):
    """rmtree's single onexc(function, path, exception) from its three options."""
    if ignore_errors:
        return lambda func, path, exc: None
    if onexc is not None:
        return onexc
    if onerror is not None:
        def as_onerror(func, path, exc):
            info = (None, None, None) if exc is None else (type(exc), exc, exc.__traceback__)
            return onerror(func, path, info)
        return as_onerror

    def reraise(func, path, exc):
        raise exc
    return reraise


def _remove_contents(top, report):
    try:
        with os.scandir(top) as listing:
            entries = list(listing)
    except OSError as problem:
        problem.filename = top
        report(os.scandir, top, problem)
        return
    for entry in entries:
        full = os.path.join(top, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _remove_contents(full, report)
            try:
                os.rmdir(full)
            except OSError as problem:
                report(os.rmdir, full, problem)
        else:
            try:
                os.unlink(full)
            except OSError as problem:
                report(os.unlink, full, problem)


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Delete the directory tree at path.

    A failure goes to onexc(function, path, exception) (or the older onerror, given
    exc_info), is dropped with ignore_errors, and is raised otherwise. A symbolic link is
    refused."""
    report = _error_handler(ignore_errors, onerror, onexc)
    if dir_fd is not None:
        raise NotImplementedError("pydive: shutil.rmtree(dir_fd=...) is not supported")
    try:
        info = os.lstat(path)
    except Exception as problem:
        report(os.lstat, path, problem)
        return
    if stat.S_ISLNK(info.st_mode):
        # a link to a directory would let rmtree escape the tree it was given
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError as problem:
            report(os.path.islink, path, problem)
        return
    path = os.fspath(path)
    _remove_contents(path, report)
    try:
        os.rmdir(path)
    except OSError as problem:
        report(os.rmdir, path, problem)


rmtree.avoids_symlink_attacks = True


def _trimmed_basename(path):
    # a trailing separator must not make the name empty
    return os.path.basename(os.fspath(path).rstrip(os.sep + (os.altsep or "")))


def _inside(src, dst):
    src = os.path.join(os.path.abspath(src), "")
    dst = os.path.join(os.path.abspath(dst), "")
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Move src to dst (or into dst when it is a directory) by renaming, or by copying
    then deleting across file systems; returns where it went."""
    target = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            # e.g. a case-only rename on a case-insensitive file system
            os.rename(src, dst)
            return None
        target = os.path.join(dst, _trimmed_basename(src))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)
    return target


# ---------------------------------------------------------------------------------------------
# The environment

def _runnable(candidate, mode):
    return (os.path.exists(candidate) and os.access(candidate, mode)
            and not os.path.isdir(candidate))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The first file named cmd, in PATH's directories (or path's), that mode allows;
    None if there is none. A cmd with a directory part is checked where it says."""
    as_bytes = isinstance(cmd, bytes)
    folder, cmd = os.path.split(cmd)
    if folder:
        places = [folder]
    else:
        if path is None:
            path = os.environ.get("PATH", None)
            if path is None:
                path = os.defpath
        if not path:
            return None
        if as_bytes:
            places = os.fsencode(path).split(os.fsencode(os.pathsep))
        else:
            places = os.fsdecode(path).split(os.pathsep)
    tried = set()
    for place in places:
        key = os.path.normcase(place)
        if key in tried:
            continue
        tried.add(key)
        candidate = os.path.join(place, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


_usage = None


def disk_usage(path):
    """(total, used, free) bytes of the filesystem holding `path`, as a named tuple 'usage'."""
    global _usage
    if _usage is None:
        from collections import namedtuple
        _usage = namedtuple("usage", "total used free")
    st = os.statvfs(path)
    unit = st.f_frsize
    return _usage(st.f_blocks * unit, (st.f_blocks - st.f_bfree) * unit, st.f_bavail * unit)


def _env_size(name):
    try:
        return int(os.environ[name])
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    """(columns, lines): $COLUMNS / $LINES when set, else the terminal's, else fallback."""
    columns, lines = _env_size("COLUMNS"), _env_size("LINES")
    if columns <= 0 or lines <= 0:
        try:
            measured = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            measured = os.terminal_size(fallback)
        if columns <= 0:
            columns = measured.columns or fallback[0]
        if lines <= 0:
            lines = measured.lines or fallback[1]
    return os.terminal_size((columns, lines))


def chown(path, user=None, group=None):
    """Change the owner (a name or uid) and/or group (a name or gid) of `path`."""
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    uid = gid = -1
    if user is not None:
        uid = user if isinstance(user, int) else _id_of("pwd", "getpwnam", user)
        if uid is None:
            raise LookupError("no such user: {!r}".format(user))
    if group is not None:
        gid = group if isinstance(group, int) else _id_of("grp", "getgrnam", group)
        if gid is None:
            raise LookupError("no such group: {!r}".format(group))
    os.chown(path, uid, gid)


# ---------------------------------------------------------------------------------------------
# Archives

def _id_of(module, lookup, name):
    # a user or group name -> its numeric id (None if unknown)
    if name is None:
        return None
    try:
        return getattr(__import__(module), lookup)(name)[2]
    except (ImportError, KeyError):
        return None


def _make_parent(path, logger, dry_run):
    """Create the folder an archive goes into when it is missing (logged, unless dry)."""
    where = os.path.dirname(path)
    if where and not os.path.exists(where):
        if logger is not None:
            logger.info("creating %s", where)
        if not dry_run:
            os.makedirs(where)


def _make_tarball(base_name, base_dir, compress="gzip", verbose=0, dry_run=0,
                  owner=None, group=None, logger=None, root_dir=None):
    """Create base_name.tar (.tar.gz for compress='gzip') of the tree `base_dir`."""
    if compress is None:
        suffix = ""
    elif compress == "gzip":
        suffix = "gz"
    else:
        raise ValueError("bad value for 'compress', or compression format not "
                         "supported : {0}".format(compress))
    import tarfile
    archive_name = base_name + ".tar" + ("." + suffix if compress else "")
    _make_parent(archive_name, logger, dry_run)
    if logger is not None:
        logger.info("Creating tar archive")
    uid = _id_of("pwd", "getpwnam", owner)
    gid = _id_of("grp", "getgrnam", group)

    def owned(info):
        if gid is not None:
            info.gid, info.gname = gid, group
        if uid is not None:
            info.uid, info.uname = uid, owner
        return info

    if not dry_run:
        source = base_dir if root_dir is None else os.path.join(root_dir, base_dir)
        with tarfile.open(archive_name, "w|" + suffix) as tar:
            tar.add(source, base_dir, filter=owned)
    return os.path.abspath(archive_name) if root_dir is not None else archive_name


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None, owner=None,
                  group=None, root_dir=None):
    """Create base_name.zip (deflated) of the tree `base_dir`."""
    import zipfile
    zip_filename = base_name + ".zip"
    _make_parent(base_name, logger, dry_run)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", zip_filename, base_dir)
    if not dry_run:
        with zipfile.ZipFile(zip_filename, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            top_name = os.path.normpath(base_dir)
            top = os.path.normpath(base_dir if root_dir is None
                                   else os.path.join(root_dir, base_dir))
            if top_name != os.curdir:
                zf.write(top, top_name)
                if logger is not None:
                    logger.info("adding '%s'", top)
            for dirpath, dirnames, filenames in os.walk(top):
                inside = dirpath if root_dir is None else os.path.relpath(dirpath, root_dir)
                inside = os.path.normpath(inside)
                for name in sorted(dirnames):
                    zf.write(os.path.join(dirpath, name), os.path.join(inside, name))
                    if logger is not None:
                        logger.info("adding '%s'", os.path.join(dirpath, name))
                for name in filenames:
                    path = os.path.normpath(os.path.join(dirpath, name))
                    if os.path.isfile(path):
                        zf.write(path, os.path.join(inside, name))
                        if logger is not None:
                            logger.info("adding '%s'", path)
    return os.path.abspath(zip_filename) if root_dir is not None else zip_filename


_make_tarball.supports_root_dir = True
_make_zipfile.supports_root_dir = True

# name -> (function, extra keyword arguments, description)
_ARCHIVE_FORMATS = {
    "tar": (_make_tarball, [("compress", None)], "uncompressed tar file"),
    "gztar": (_make_tarball, [("compress", "gzip")], "gzip'ed tar-file"),
    "zip": (_make_zipfile, [], "ZIP file"),
}


def get_archive_formats():
    """[(name, description)] of the formats make_archive() can write, sorted."""
    return sorted((name, entry[2]) for name, entry in _ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=""):
    """Make `function(base_name, base_dir, **kwargs)` the writer of format `name`."""
    extra_args = [] if extra_args is None else extra_args
    if not callable(function):
        raise TypeError("The %s object is not callable" % function)
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError("extra_args needs to be a sequence")
    if any(not isinstance(e, (tuple, list)) or len(e) != 2 for e in extra_args):
        raise TypeError("extra_args elements are : (arg_name, value)")
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0,
                 owner=None, group=None, logger=None):
    """Create an archive of `base_dir` (relative to `root_dir`) named base_name plus the
    format's extension; returns its file name."""
    try:
        function, extra, _ = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    kwargs = {"dry_run": dry_run, "logger": logger, "owner": owner, "group": group}
    kwargs.update(extra)
    if base_dir is None:
        base_dir = os.curdir
    back_to = None
    if root_dir is not None:
        if not stat.S_ISDIR(os.stat(root_dir).st_mode):
            import errno
            raise NotADirectoryError(errno.ENOTDIR, "Not a directory", root_dir)
        if getattr(function, "supports_root_dir", False):
            base_name = os.fspath(base_name)
            kwargs["root_dir"] = root_dir
        else:
            back_to = os.getcwd()
            if logger is not None:
                logger.debug("changing into '%s'", root_dir)
            base_name = os.path.abspath(base_name)
            if not dry_run:
                os.chdir(root_dir)
    try:
        return function(base_name, base_dir, **kwargs)
    finally:
        if back_to is not None:
            if logger is not None:
                logger.debug("changing back to '%s'", back_to)
            os.chdir(back_to)


def _unpack_zipfile(filename, extract_dir):
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as archive:
        for info in archive.infolist():
            name = info.filename
            if name.startswith("/") or ".." in name:
                continue  # never outside extract_dir
            target = os.path.join(extract_dir, *name.split("/"))
            if not target:
                continue
            parent = os.path.dirname(target)
            if not os.path.isdir(parent):
                os.makedirs(parent)
            if not name.endswith("/"):
                with archive.open(name, "r") as source, open(target, "wb") as out:
                    copyfileobj(source, out)


def _unpack_tarfile(filename, extract_dir, *, filter=None):
    import tarfile
    try:
        archive = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError("%s is not a compressed or uncompressed tar file" % filename)
    with archive:
        archive.extractall(extract_dir, filter=filter)


# name -> (extensions, function, extra keyword arguments, description)
_UNPACK_FORMATS = {
    "tar": ([".tar"], _unpack_tarfile, [], "uncompressed tar file"),
    "zip": ([".zip"], _unpack_zipfile, [], "ZIP file"),
    "gztar": ([".tar.gz", ".tgz"], _unpack_tarfile, [], "gzip'ed tar-file"),
}


def get_unpack_formats():
    """[(name, extensions, description)] of the formats unpack_archive() reads, sorted."""
    return sorted((name, entry[0], entry[3]) for name, entry in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=""):
    """Make `function(filename, extract_dir, **kwargs)` the reader of format `name`."""
    taken = {ext: other for other, entry in _UNPACK_FORMATS.items() for ext in entry[0]}
    for ext in extensions:
        if ext in taken:
            raise RegistryError('%s is already registered for "%s"' % (ext, taken[ext]))
    if not callable(function):
        raise TypeError("The registered function must be a callable")
    _UNPACK_FORMATS[name] = (extensions, function, [] if extra_args is None else extra_args,
                             description)


def unregister_unpack_format(name):
    """Removes the pack format from the registry."""
    del _UNPACK_FORMATS[name]


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Unpack archive `filename` into `extract_dir` (the current directory by default);
    the format is guessed from the file name unless given."""
    extract_dir = os.fspath(os.getcwd() if extract_dir is None else extract_dir)
    filename = os.fspath(filename)
    extra = {} if filter is None else {"filter": filter}
    if format is None:
        format = next((name for name, entry in _UNPACK_FORMATS.items()
                       if any(filename.endswith(ext) for ext in entry[0])), None)
        if format is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
        entry = _UNPACK_FORMATS[format]
    else:
        try:
            entry = _UNPACK_FORMATS[format]
        except KeyError:
            raise ValueError("Unknown unpack format '{0}'".format(format)) from None
    entry[1](filename, extract_dir, **dict(entry[2]), **extra)
