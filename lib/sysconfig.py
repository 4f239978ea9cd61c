"""Installation paths and build configuration, as pydive reports them.

The install schemes and their path templates are CPython 3.12's (so tools that compute
where a package would go get the same answers).  The configuration variables are those a
program can use: the install locations derived from sys.prefix, the version strings, the
platform tags.  pydive is not built by CPython's Makefile, so compiler/linker variables
(CC, CFLAGS, LDFLAGS, LIBDIR's libpython, ...) are absent: get_config_var() answers None for
them, as CPython does for any unknown name.  EXT_SUFFIX and SOABI keep CPython's spelling
(pydive's cache tag is cpython-312) although pydive cannot load C extension modules.
"""

import os
import sys

__all__ = ["get_config_h_filename", "get_config_var", "get_config_vars",
           "get_makefile_filename", "get_path", "get_path_names", "get_paths",
           "get_platform", "get_python_version", "get_scheme_names", "parse_config_h",
           "get_default_scheme", "get_preferred_scheme", "is_python_build"]


def _scheme(lib_std, lib_plat, site, site_plat, inc, inc_plat, scripts, data="{base}"):
    names = ("stdlib", "platstdlib", "purelib", "platlib", "include", "platinclude",
             "scripts", "data")
    paths = (lib_std, lib_plat, site, site_plat, inc, inc_plat, scripts, data)
    return {k: v for k, v in zip(names, paths) if v is not None}


_PATH_NAMES = ("stdlib", "platstdlib", "purelib", "platlib", "include", "scripts", "data")

_VER = "python{py_version_short}"
_POSIX = _scheme("{installed_base}/{platlibdir}/" + _VER,
                 "{platbase}/{platlibdir}/" + _VER,
                 "{base}/lib/" + _VER + "/site-packages",
                 "{platbase}/{platlibdir}/" + _VER + "/site-packages",
                 "{installed_base}/include/" + _VER + "{abiflags}",
                 "{installed_platbase}/include/" + _VER + "{abiflags}",
                 "{base}/bin")
_NT = _scheme("{installed_base}/Lib", "{base}/Lib", "{base}/Lib/site-packages",
              "{base}/Lib/site-packages", "{installed_base}/Include",
              "{installed_base}/Include", "{base}/Scripts")
_HOME = _scheme("{installed_base}/lib/python", "{base}/lib/python", "{base}/lib/python",
                "{base}/lib/python", "{installed_base}/include/python",
                "{installed_base}/include/python", "{base}/bin")
_USER_POSIX = _scheme("{userbase}/{platlibdir}/" + _VER,
                      "{userbase}/{platlibdir}/" + _VER,
                      "{userbase}/lib/" + _VER + "/site-packages",
                      "{userbase}/lib/" + _VER + "/site-packages",
                      "{userbase}/include/" + _VER, None,
                      "{userbase}/bin", "{userbase}")
_USER_NT = _scheme("{userbase}/Python{py_version_nodot_plat}",
                   "{userbase}/Python{py_version_nodot_plat}",
                   "{userbase}/Python{py_version_nodot_plat}/site-packages",
                   "{userbase}/Python{py_version_nodot_plat}/site-packages",
                   "{userbase}/Python{py_version_nodot_plat}/Include",
                   None,
                   "{userbase}/Python{py_version_nodot_plat}/Scripts", "{userbase}")
_USER_OSX = _scheme("{userbase}/lib/python", "{userbase}/lib/python",
                    "{userbase}/lib/python/site-packages",
                    "{userbase}/lib/python/site-packages",
                    "{userbase}/include/python{py_version_short}",
                    None, "{userbase}/bin", "{userbase}")

_INSTALL_SCHEMES = {
    "posix_prefix": _POSIX, "posix_home": _HOME, "nt": _NT,
    "posix_venv": dict(_POSIX), "nt_venv": dict(_NT),
    "posix_user": _USER_POSIX, "nt_user": _USER_NT, "osx_framework_user": _USER_OSX,
}
_INSTALL_SCHEMES["venv"] = _INSTALL_SCHEMES["nt_venv" if os.name == "nt" else "posix_venv"]

_PY_VERSION = "%d.%d.%d" % sys.version_info[:3]
_PY_VERSION_SHORT = "%d.%d" % sys.version_info[:2]
_PY_VERSION_NODOT = "%d%d" % sys.version_info[:2]
_CONFIG_VARS = None


def is_python_build(check_home=None):
    """pydive is never run from a CPython source tree."""
    return False


def get_python_version():
    return _PY_VERSION_SHORT


def get_path_names():
    return _PATH_NAMES


def get_scheme_names():
    return tuple(sorted(_INSTALL_SCHEMES))


def get_preferred_scheme(key):
    if os.name == "nt":
        table = {"prefix": "nt", "home": "posix_home", "user": "nt_user"}
    else:
        table = {"prefix": "posix_prefix", "home": "posix_home", "user": "posix_user"}
        if sys.platform == "darwin" and getattr(sys, "_framework", None):
            table["user"] = "osx_framework_user"
    if sys.prefix != sys.base_prefix:
        table["prefix"] = "venv"
    return table[key]


def get_default_scheme():
    return get_preferred_scheme("prefix")


def _user_base():
    env = os.environ.get("PYTHONUSERBASE")
    if env:
        return env
    if os.name == "nt":
        return os.path.join(os.environ.get("APPDATA") or "~", "Python")
    return os.path.expanduser("~/.local")


def get_platform():
    """The platform tag wheels use: 'linux-x86_64', 'macosx-<ver>-<arch>', 'win-amd64'."""
    if os.name == "nt":
        return "win-amd64" if sys.maxsize > 2 ** 32 else "win32"
    u = os.uname()
    system = u.sysname.lower().replace("/", "")
    machine = u.machine.replace(" ", "_").replace("/", "-")
    if system == "linux":
        return f"{system}-{machine}"
    if system == "darwin":
        release = ".".join(u.release.split(".")[:2])
        return f"macosx-{release}-{machine}"
    return f"{system}-{u.release}-{machine}"


def _build_vars():
    prefix = os.path.normpath(sys.prefix)
    exec_prefix = os.path.normpath(sys.exec_prefix)
    base_prefix = os.path.normpath(sys.base_prefix)
    base_exec = os.path.normpath(getattr(sys, "base_exec_prefix", sys.exec_prefix))
    abiflags = getattr(sys, "abiflags", "")
    multiarch = "x86_64-linux-gnu"
    if sys.platform == "linux":
        machine = os.uname().machine
        multiarch = f"{machine}-linux-gnu"
    soabi = f"cpython-{_PY_VERSION_NODOT}{abiflags}-{multiarch}"
    v = {
        "prefix": prefix, "exec_prefix": exec_prefix,
        "base": prefix, "platbase": exec_prefix,
        "installed_base": base_prefix, "installed_platbase": base_exec,
        "projectbase": os.path.dirname(os.path.abspath(sys.executable or ".")),
        "py_version": _PY_VERSION, "py_version_short": _PY_VERSION_SHORT,
        "py_version_nodot": _PY_VERSION_NODOT, "py_version_nodot_plat": "",
        "abiflags": abiflags, "platlibdir": getattr(sys, "platlibdir", "lib"),
        "userbase": _user_base(),
        "VERSION": _PY_VERSION_SHORT, "SOABI": soabi, "EXT_SUFFIX": f".{soabi}.so",
        "SHLIB_SUFFIX": ".so", "MULTIARCH": multiarch, "MACHDEP": sys.platform,
        "SIZEOF_VOID_P": 8 if sys.maxsize > 2 ** 32 else 4, "Py_DEBUG": 0,
        "Py_ENABLE_SHARED": 0, "WITH_DOC_STRINGS": 1, "WITH_PYMALLOC": 0,
        "HAVE_FORK": 1 if hasattr(os, "fork") else 0,
        "BINDIR": os.path.join(exec_prefix, "bin"),
        "LIBDEST": os.path.join(base_prefix, "lib", "python" + _PY_VERSION_SHORT),
        "BINLIBDEST": os.path.join(base_exec, "lib", "python" + _PY_VERSION_SHORT),
        "INCLUDEPY": os.path.join(base_prefix, "include", "python" + _PY_VERSION_SHORT
                                  + abiflags),
        "TZPATH": "/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo",
    }
    v["srcdir"] = v["projectbase"]
    return v


def get_config_vars(*names):
    """All configuration variables as a dict, or the values of `names` as a list."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        _CONFIG_VARS = _build_vars()
    if names:
        return [_CONFIG_VARS.get(n) for n in names]
    return _CONFIG_VARS


def get_config_var(name):
    """One configuration variable; None when pydive does not know it."""
    return get_config_vars().get(name)


def _expand(template, values):
    out = []
    rest = template
    while "{" in rest:
        before, _, after = rest.partition("{")
        key, _, rest = after.partition("}")
        out.append(before)
        if key in values:
            out.append(str(values[key]))
        elif key in os.environ:
            out.append(os.environ[key])
        else:
            raise AttributeError(f"{{{key}}}")
    out.append(rest)
    return "".join(out)


def get_paths(scheme=None, vars=None, expand=True):
    """The install paths of `scheme` (default: get_default_scheme())."""
    if scheme is None:
        scheme = get_default_scheme()
    templates = _INSTALL_SCHEMES[scheme]
    if not expand:
        return dict(templates)
    values = dict(get_config_vars())
    if vars:
        values.update(vars)
    out = {}
    for key, template in templates.items():
        path = _expand(template, values)
        if os.name == "posix":
            path = os.path.normpath(os.path.expanduser(path))
        out[key] = path
    return out


def get_path(name, scheme=None, vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def get_makefile_filename():
    return os.path.join(get_path("stdlib"), f"config-{_PY_VERSION_SHORT}"
                        f"{get_config_var('abiflags')}-{get_config_var('MULTIARCH')}",
                        "Makefile")


def get_config_h_filename():
    return os.path.join(get_path("platinclude"), "pyconfig.h")


def parse_config_h(fp, vars=None):
    """Read `#define NAME value` / `/* #undef NAME */` lines of a pyconfig.h into a dict."""
    vars = {} if vars is None else vars
    for line in iter(fp.readline, ""):
        words = line.split()
        if len(words) >= 2 and words[0] == "#define":
            value = words[2] if len(words) > 2 else "1"
            try:
                value = int(value)
            except ValueError:
                pass
            vars[words[1]] = value
        elif len(words) >= 3 and words[:2] == ["/*", "#undef"]:
            vars[words[2]] = 0
    return vars


def _main():
    print(f'Platform: "{get_platform()}"')
    print(f'Python version: "{get_python_version()}"')
    print(f'Current installation scheme: "{get_default_scheme()}"')
    print()
    print("Paths: ")
    for key, value in sorted(get_paths().items()):
        print(f'\t{key} = "{value}"')
    print()
    print("Variables: ")
    for key, value in sorted(get_config_vars().items()):
        print(f'\t{key} = "{value}"')


if __name__ == "__main__":
    _main()
