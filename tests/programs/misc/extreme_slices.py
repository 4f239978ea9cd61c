# Slice steps and constant folds at the edges of the machine's integers: a step of -2**63 is
# clamped to -(2**63 - 1) (PySlice_Unpack), and the compiler folds `() * 2**62` to `()` but
# leaves a negative count of a non-empty sequence to run time.
print("abc"[::-2**63], [1, 2, 3][::-2**63], b"xyz"[::-2**63], (1, 2)[::-2**63])
print("abc"[::-(2**63 - 1)], "abcdef"[4::-2**70], "abcdef"[::2**70])
print("abcdef"[2**63:], "abcdef"[-2**63:2], [1, 2, 3][-2**70:2**70:2])
print(() * (2**62), "" * 2**62, b"" * -3)
print(-1 * "a", (1,) * -1, [1] * -5)
