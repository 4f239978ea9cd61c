# modules: abc _collections_abc collections.abc keyword operator
from collections import UserDict, UserList, UserString
import collections, collections.abc
ud = UserDict({"a": 1}, b=2); ud["c"] = 3
print(ud, len(ud), "a" in ud, ud.get("z"), list(ud), ud | {"d": 4}, ud.copy(), type(ud.copy()))
class Miss(UserDict):
    def __missing__(self, k):
        return k * 2
print(Miss()["ab"], UserDict.fromkeys("ab", 1))
ul = UserList([3, 1, 2]); ul.append(0); ul.sort(); print(ul, ul[1:], type(ul[1:]), ul + [9], [8] + ul, ul * 2)
ul.extend(UserList([5])); ul.insert(0, -1); print(ul, ul.pop(), ul.index(2), ul.count(1), ul == [-1, 0, 1, 2, 3])
us = UserString("Hello"); print(us, repr(us), us.upper(), us[1:], us + "!", "x" + us, us * 2, us.split("l"), "ell" in us, len(us))
print(us.find("l"), us.replace("l", "L"), us.center(11, "*"), us == "Hello", us < "Z")
print(collections.abc.Mapping, sorted(collections.__all__))
