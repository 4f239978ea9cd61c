# A greeting script with an apostrophe inside a single-quoted string.
name = "Sam"
print("Hello, " + name)
print('We can't wait to see you!')
