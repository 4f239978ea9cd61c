# json.scanner: the native make_scanner and the Python one give the same results
import json.scanner, json.decoder
d = json.decoder.JSONDecoder()
for mk in (json.scanner.make_scanner, json.scanner.py_make_scanner):
    s = mk(d)
    print(s('[1, {"a": "b"}] x', 0))
    try:
        s('  1', 0)
    except StopIteration as e:
        print('StopIteration', e.value)
print(json.scanner.__all__, json.scanner.c_make_scanner is not None)
