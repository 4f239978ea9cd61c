print("_cycle_b start")
import _cycle_a
B = "b"
print("_cycle_b sees _cycle_a has A:", hasattr(_cycle_a, "A"))
