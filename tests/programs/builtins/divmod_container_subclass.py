# divmod() of a dict/list subclass: "unsupported operand type(s) for divmod()" with the tp_name.
import collections
class L(list): pass
class D(dict): pass
class F(float): pass
class I(int): pass
for a, b in [(collections.OrderedDict(), 1), (1, collections.defaultdict(int)), (L(), 2), (D(), D()), (F(7.5), 2), (7, I(2)), (I(7), F(2.0)), (collections.OrderedDict(), L())]:
    try: print(divmod(a, b))
    except TypeError as e: print(e)
