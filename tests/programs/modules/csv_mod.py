# csv: reader (quotes, doubled quotes, embedded newlines, empty lines), writer quoting modes, DictReader/DictWriter, errors
import csv, io
text = 'name,age,quote\r\nalice,30,"hi, there"\r\nbob,25,"say ""yo"""\r\n"multi\nline",1,x\r\n\r\nlast,,\r\n'
rows = list(csv.reader(io.StringIO(text, newline="")))
print(rows)
print(list(csv.reader(["a,b", "c,d"])), list(csv.reader(["x;y;'z;w'"], delimiter=";", quotechar="'")))
print(list(csv.reader(['1,"2",three'], quoting=csv.QUOTE_NONNUMERIC) if False else []), list(csv.reader([' a, b'], skipinitialspace=True)))
out = io.StringIO()
w = csv.writer(out)
w.writerow(["plain", "with,comma", 'with "quote"', "new\nline", 3, 2.5, None, ""])
w.writerows([[1, 2], ["a"]])
w2 = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
w2.writerow(["q", 1])
w3 = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, delimiter="\t")
w3.writerow(["s", 1, 2.0])
print(repr(out.getvalue()))
buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=["id", "name"])
dw.writeheader(); dw.writerow({"id": 1, "name": "ann"}); dw.writerows([{"id": 2}, {"name": "zed", "id": 3}])
print(repr(buf.getvalue()))
buf.seek(0)
dr = csv.DictReader(buf)
print([dict(r) for r in dr], dr.fieldnames, dr.line_num)
print(list(csv.DictReader(["a,b", "1,2,3", "4"], restkey="rest", restval="-")))
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print("Error", e)
try:
    list(csv.reader(['a,"b"c'], strict=True))
except csv.Error as e:
    print("Error", e)
print(csv.list_dialects()[:3], csv.get_dialect("excel").delimiter, list(csv.reader(["1,2"], dialect="excel-tab")))
