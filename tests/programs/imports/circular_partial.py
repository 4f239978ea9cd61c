# "from X import name" on a partially initialized module names the circular import
try:
    import _cyc_x
except ImportError as e:
    print("ImportError:", e)
    print(e.name)
import sys
print(sorted(k for k in sys.modules if k.startswith("_cyc")))
