import warnings
warnings.simplefilter("error")
try:
    warnings.warn("boom")
except UserWarning as e:
    print("raised", repr(e))
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("always")
for i in range(2):
    warnings.warn("always shown")
warnings.simplefilter("once")
for i in range(2):
    warnings.warn("once shown")
warnings.warn("once shown")
warnings.simplefilter("module")
for i in range(2):
    warnings.warn("module shown")
warnings.warn("module shown")
warnings.filterwarnings("ignore", "ign.*")
warnings.warn("ignore me")
warnings.warn("IGNORE me too")
warnings.warn("but not me")
warnings.filterwarnings("error", category=RuntimeWarning, append=True)
print(len(warnings.filters), warnings.filters[-1][0], warnings.filters[-1][2])
warnings.simplefilter("ignore", lineno=29)
warnings.warn("line 29 ignored")
warnings.warn("line 30 not")
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError", e)
