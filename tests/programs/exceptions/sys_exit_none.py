# SystemExit(None) and exits inside finally blocks
import sys
try:
    sys.exit()
finally:
    print("finally runs")
