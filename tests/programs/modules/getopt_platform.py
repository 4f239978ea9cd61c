# getopt (short/long options, gnu_getopt, errors) and platform basics
import getopt, platform
print(getopt.getopt(["-a", "-bval", "-c", "x", "--long", "--opt=1", "rest", "-a"], "ab:c:", ["long", "opt="]))
print(getopt.gnu_getopt(["file", "-a", "--opt", "2", "more"], "a", ["opt="]))
for bad in (["-q"], ["--nope"], ["-c"], ["--opt"], ["--long=x"]):
    try:
        getopt.getopt(bad, "ac:", ["long", "opt="])
    except getopt.GetoptError as e:
        print("GetoptError", e, e.opt)
print(platform.python_version(), platform.python_version_tuple(), platform.system(), platform.python_implementation(), len(platform.uname()))
