import warnings
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12)
reg = {}
warnings.warn_explicit("with reg", UserWarning, "x.py", 1, "mymod", reg)
print(sorted(k for k in reg if k != "version"), "version" in reg)
warnings.warn_explicit("with reg", UserWarning, "x.py", 1, "mymod", reg)
warnings.warn_explicit(DeprecationWarning("dep"), None, "x.py", 2, "__main__")
warnings.warn_explicit(DeprecationWarning("dep"), None, "x.py", 2, "other")
def helper():
    warnings.warn("skipped", stacklevel=1, skip_file_prefixes=("/nonexistent",))
helper()
print("__warningregistry__" in globals())
