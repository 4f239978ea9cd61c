"""Identifying the platform (pydive's platform: what a program asks most often)."""

import os
import sys

__all__ = ["system", "machine", "node", "release", "version", "platform", "processor",
           "python_version", "python_version_tuple", "python_implementation",
           "architecture", "uname", "python_compiler", "python_build"]


def _uname_field(i, default=""):
    try:
        with open("/proc/sys/kernel/" + ("ostype", "hostname", "osrelease", "version")[i]) as f:
            return f.read().strip()
    except OSError:
        return default


def system():
    return "Linux" if sys.platform.startswith("linux") else sys.platform.capitalize()


def node():
    return _uname_field(1)


def release():
    return _uname_field(2)


def version():
    return _uname_field(3)


def machine():
    return "x86_64"


def processor():
    return ""


class uname_result(tuple):
    _fields = ("system", "node", "release", "version", "machine", "processor")

    def __new__(cls, *args):
        return tuple.__new__(cls, args + (processor(),))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    processor = property(lambda self: self[5])

    def __repr__(self):
        return "uname_result(%s)" % ", ".join(
            "%s=%r" % (k, v) for k, v in zip(self._fields, self))


def uname():
    return uname_result(system(), node(), release(), version(), machine())


def platform(aliased=False, terse=False):
    if terse:
        return "%s-%s" % (system(), release())
    return "%s-%s-%s-with-glibc" % (system(), release(), machine())


def python_version():
    return "%d.%d.%d" % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_implementation():
    return "CPython"


def python_compiler():
    return "pydive"


def python_build():
    return ("main", "")


def architecture(executable=sys.executable, bits="", linkage=""):
    return ("64bit", "ELF")
