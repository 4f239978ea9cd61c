import os
os.getcwd() = 1
