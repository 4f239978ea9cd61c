print("_cycle_a start")
import _cycle_b
A = "a"
print("_cycle_a sees _cycle_b.B =", _cycle_b.B)
