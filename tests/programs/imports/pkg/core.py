print("pkg.core runs, __name__ =", __name__)
def greet(who):
    return f"hello {who} from {__name__}"
