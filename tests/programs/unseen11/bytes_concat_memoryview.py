# bytes and bytearray concatenate with any buffer on the right (bytes_concat,
# bytearray_iconcat); asyncio's pipe transports do `buffer += memoryview(data)[n:]`.
data = b"abcdef"
view = memoryview(data)[2:]
print(b"xy" + view, bytearray(b"xy") + view, type(bytearray() + view).__name__)
buf = bytearray(b"start:")
alias = buf
buf += view
buf += memoryview(bytearray(b"!"))
print(buf, alias is buf)
for bad in ("text", [1, 2], 3, None):
    for target in (b"b", bytearray(b"ba")):
        try:
            target + bad
        except TypeError as e:
            print("TypeError:", e)
    try:
        b2 = bytearray()
        b2 += bad
    except TypeError as e:
        print("TypeError:", e)
try:
    memoryview(b"m") + b"x"
except TypeError as e:
    print("TypeError:", e)

# array.array exports a buffer too (PEP 688's __buffer__ on pydive's Python array)
import array
arr = array.array('b', [65, 66])
print(b"x" + arr, bytearray(b"y") + arr, b"-".join([arr, b"z", memoryview(b"w")]))
grow = bytearray(b"g")
grow += arr
print(grow, b"AB" in bytes(arr), bytes(arr).find(b"B"))
