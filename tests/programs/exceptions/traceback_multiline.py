# a failing expression spread over several lines
def compute(values):
    return (values[0] +
            values[1] *
            values["two"])
compute([1, 2, 3])
