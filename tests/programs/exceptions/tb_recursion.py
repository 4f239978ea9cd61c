# uncaught: RecursionError folds the repeated frames
import sys
sys.setrecursionlimit(200)
def a(n):
    return b(n + 1)
def b(n):
    return a(n + 1)
a(0)
