# ArgumentDefaultsHelpFormatter: arguments without help= show no "(default: ...)" text
import argparse

p = argparse.ArgumentParser(prog="sync", formatter_class=argparse.ArgumentDefaultsHelpFormatter,
                            description="Synchronise two folders.")
p.add_argument("src", help="source folder")
p.add_argument("dst")
p.add_argument("--jobs", "-j", type=int, default=4, help="parallel copies")
p.add_argument("--mode", choices=["copy", "move"], default="copy")
p.add_argument("--dry-run", action="store_true")
p.add_argument("--exclude", action="append", help="glob to skip (%(default)s)")
p.add_argument("--retries", type=int, default=3, help=" ")
p.add_argument("--level", nargs="?", default="info", const="debug", help="log level")
p.print_help()
print(p.parse_args(["a", "b", "-j", "2", "--level"]))

q = argparse.ArgumentParser(prog="plain")
q.add_argument("--x", default=1)
q.add_argument("--y", default=2, help="y value, default %(default)s")
q.print_help()
