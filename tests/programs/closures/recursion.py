# recursion and RecursionError
import sys
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(100) % 10**9)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(900 < d <= sys.getrecursionlimit())
def forever(n): return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
def even(n): return True if n == 0 else odd(n - 1)
def odd(n): return False if n == 0 else even(n - 1)
print(even(500), odd(501))
sys.setrecursionlimit(200)
try:
    fact(300)
except RecursionError as e:
    print("limit 200:", e)
print(sys.getrecursionlimit())
