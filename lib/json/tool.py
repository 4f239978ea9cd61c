"""`python -m json.tool [infile [outfile]]`: validate a JSON document and pretty-print it
(pydive's version of CPython's command-line tool, same options and output)."""

import argparse
import json
import sys


def _parser():
    p = argparse.ArgumentParser(
        prog="python -m json.tool",
        description="A simple command line interface for json module to validate and "
                    "pretty-print JSON objects.")
    p.add_argument("infile", nargs="?", help="a JSON file to be validated or pretty-printed",
                   default=None)
    p.add_argument("outfile", nargs="?", help="write the output of infile to outfile",
                   default=None)
    p.add_argument("--sort-keys", action="store_true", default=False,
                   help="sort the output of dictionaries alphabetically by key")
    p.add_argument("--no-ensure-ascii", dest="ensure_ascii", action="store_false",
                   help="disable escaping of non-ASCII characters")
    p.add_argument("--json-lines", action="store_true", default=False,
                   help="parse input using the JSON Lines format. Use with --no-indent or "
                        "--compact to produce valid JSON Lines output.")
    layout = p.add_mutually_exclusive_group()
    layout.add_argument("--indent", default=4, type=int,
                        help="separate items with newlines and use this number of spaces "
                             "for indentation")
    layout.add_argument("--tab", action="store_const", dest="indent", const="\t",
                        help="separate items with newlines and use tabs for indentation")
    layout.add_argument("--no-indent", action="store_const", dest="indent", const=None,
                        help="separate items with spaces rather than newlines")
    layout.add_argument("--compact", action="store_true",
                        help="suppress all whitespace separation (most compact)")
    return p


def main():
    opts = _parser().parse_args()
    settings = {"sort_keys": opts.sort_keys, "indent": opts.indent,
                "ensure_ascii": opts.ensure_ascii}
    if opts.compact:
        settings["indent"] = None
        settings["separators"] = (",", ":")
    source = sys.stdin
    if opts.infile is not None:
        try:
            source = open(opts.infile, encoding="utf-8")
        except OSError as e:
            _parser().error(f"argument infile: can't open '{opts.infile}': {e}")
    try:
        with source:
            if opts.json_lines:
                docs = [json.loads(line) for line in source]
            else:
                docs = [json.load(source)]
        target = sys.stdout
        if opts.outfile is not None:
            target = open(opts.outfile, "w", encoding="utf-8")
        with target:
            for doc in docs:
                json.dump(doc, target, **settings)
                target.write("\n")
    except ValueError as e:
        raise SystemExit(e)


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
