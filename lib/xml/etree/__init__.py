# pydive: the ElementTree package (ElementTree.py)
