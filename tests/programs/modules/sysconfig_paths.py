# sysconfig: install schemes, path expansion, configuration variables.
import sysconfig as s, sys, os
print(s.get_python_version(), s.get_platform(), s.get_scheme_names(), s.get_default_scheme(), s.get_path_names())
for sch in s.get_scheme_names():
    print(sch, s.get_paths(sch, expand=False))
p = s.get_paths(vars={"base": "/B", "platbase": "/P", "installed_base": "/I", "installed_platbase": "/IP", "userbase": "/U", "platlibdir": "lib", "abiflags": ""})
print(p)
print(s.get_path("purelib", "posix_user", vars={"userbase": "/home/u"}))
print(s.get_config_var("py_version_short"), s.get_config_var("py_version_nodot"), s.get_config_var("VERSION"), s.get_config_var("EXT_SUFFIX"), s.get_config_var("NOPE"))
print(s.get_config_vars("SOABI", "abiflags", "platlibdir", "SIZEOF_VOID_P", "implementation"))
print(s.get_paths()["purelib"] == s.get_path("purelib"), s.get_paths()["purelib"].startswith(sys.prefix))
print(s.get_path("scripts") == os.path.join(sys.prefix, "bin"))
print(sorted(set(s.get_paths()) ), s.is_python_build())
import io; print(s.parse_config_h(io.StringIO("".join(["#define HAVE_X 1\n", "/* #undef HAVE_Y */\n", "#define NAME \"v\"\n"]))))
try:
    s.get_preferred_scheme("bad")
except KeyError as e:
    print(e)
print(s.get_preferred_scheme("user"), s.get_preferred_scheme("home"))
