# circular imports see partially initialized modules
import _cycle_a
print("done", _cycle_a.A)
