def report(rows):
    for row in rows:
        if row:
    print("done")
