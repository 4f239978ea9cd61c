# pickle's dumps/loads are C in CPython.
import pickle

print(pickle.loads(pickle.dumps([1, "a"])))
pickle.loads(b"junk")
