# json.tool: main() with the command line's options, over a temporary file.
import io, json.tool, os, sys, tempfile

d = tempfile.mkdtemp()
src = os.path.join(d, "in.json")
with open(src, "w", encoding="utf-8") as f:
    f.write('{"b": [1, 2.5, "x\\u00e9", true], "a": null, "c": {"k": []}}')
lines = os.path.join(d, "in.jsonl")
with open(lines, "w", encoding="utf-8") as f:
    f.write('{"a": 1}\n[2, 3]\n"s"\n')
out = os.path.join(d, "out.json")

class Sink(io.StringIO):
    def close(self):  # json.tool closes its output file, sys.stdout included
        pass


def run(*args):
    sys.argv = ["python -m json.tool", *args]
    saved = sys.stdout
    sys.stdout = Sink()
    try:
        json.tool.main()
        code = 0
    except SystemExit as e:
        code = e.code
    finally:
        text, sys.stdout = sys.stdout.getvalue(), saved
    print([a for a in args if not a.startswith(d)], repr(text), code if not isinstance(code, Exception) else str(code))

run(src)
run("--sort-keys", src)
run("--compact", src)
run("--tab", "--no-ensure-ascii", src)
run("--no-indent", src)
run("--indent", "2", src)
run("--json-lines", "--compact", lines)
with open(src, "w") as f:
    f.write('{"a": ]')
run(src)
run(lines)
with open(lines, "w") as f:
    f.write('[1,2]')
run(lines, out)
with open(out) as f:
    print(repr(f.read()))
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
