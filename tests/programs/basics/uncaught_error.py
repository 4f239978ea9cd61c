print("start")
x = 1 / 0
