# A shopping list written over several lines, with one comma typed twice.
items = [
    "apples",
    "bread",,
    "milk",
]
print(len(items))
