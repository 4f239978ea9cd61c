import dis
src = '''
import os
from sys import path as p
X = 1
class K(Base, metaclass=M):
    attr = 2
    def m(self):
        return super().m()
del X
global_list = [X for X in range(3)]
'''
dis.dis(compile(src, "<src>", "exec"))
