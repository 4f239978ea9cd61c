# An exception raised in a nested frame, unwound to the caller's handler (exception table),
# then handled; and one that a `finally` re-raises.
def fail(n):
    return 10 // n

def safe(n):
    try:
        return fail(n)
    except ZeroDivisionError as e:
        return -1
    finally:
        n = 0

print(safe(0))
