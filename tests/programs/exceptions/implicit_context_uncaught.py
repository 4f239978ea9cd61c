# "During handling of the above exception, another exception occurred"
data = [1, 2, 3]
try:
    data[10]
except IndexError:
    print(undefined_name)
