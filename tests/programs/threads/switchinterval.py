# sys.getswitchinterval/setswitchinterval (pydive remembers it; its threads switch where they block).
import sys
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
sys.setswitchinterval(1e-9)
print(sys.getswitchinterval())
for bad in (0, -1, 'x'):
    try:
        sys.setswitchinterval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
