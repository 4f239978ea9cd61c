# A student script cut off in the middle of a loop.
scores = [70, 85, 90]
total = 0
for s in scores:
