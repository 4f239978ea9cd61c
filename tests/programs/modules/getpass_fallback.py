# getpass without a terminal: the fallback reads stdin (no line here: EOFError); getuser
# from the environment.
import getpass
import os
import warnings

print(getpass.__all__, issubclass(getpass.GetPassWarning, UserWarning))
os.environ["LOGNAME"] = "teacher"
print(getpass.getuser())
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        getpass.getpass("Secret: ")
    except EOFError:
        print("EOFError")
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
