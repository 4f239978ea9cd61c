"""Reading and reporting profiler statistics (pydive).

Stats holds {(file, line, function): (primitive calls, calls, own time, cumulative time,
callers)} merged from Profile objects or files written by dump_stats (marshal), and prints
CPython's report layout.
"""

import marshal
import os
import re
import sys
import time
from enum import StrEnum

__all__ = ["Stats", "SortKey", "FunctionProfile", "StatsProfile"]


class SortKey(StrEnum):
    CALLS = "calls", "ncalls"
    CUMULATIVE = "cumulative", "cumtime"
    FILENAME = "filename", "module"
    LINE = "line"
    NAME = "name"
    NFL = "nfl"
    PCALLS = "pcalls"
    STDNAME = "stdname"
    TIME = "time", "tottime"

    def __new__(cls, *values):
        member = str.__new__(cls, values[0])
        member._value_ = values[0]
        for alias in values[1:]:
            cls._value2member_map_[alias] = member
        return member


class FunctionProfile:
    def __init__(self, ncalls, tottime, percall_tottime, cumtime, percall_cumtime,
                 file_name, line_number):
        self.ncalls = ncalls
        self.tottime = tottime
        self.percall_tottime = percall_tottime
        self.cumtime = cumtime
        self.percall_cumtime = percall_cumtime
        self.file_name = file_name
        self.line_number = line_number

    def __repr__(self):
        return ("FunctionProfile(ncalls=%r, tottime=%r, percall_tottime=%r, cumtime=%r, "
                "percall_cumtime=%r, file_name=%r, line_number=%r)"
                % (self.ncalls, self.tottime, self.percall_tottime, self.cumtime,
                   self.percall_cumtime, self.file_name, self.line_number))


class StatsProfile:
    def __init__(self, total_tt, func_profiles):
        self.total_tt = total_tt
        self.func_profiles = func_profiles

    def __repr__(self):
        return "StatsProfile(total_tt=%r, func_profiles=%r)" % (self.total_tt,
                                                                 self.func_profiles)


# column index (or the key function) and direction of each sort key
_SORTS = {
    "calls": ((1, -1),), "ncalls": ((1, -1),),
    "cumtime": ((3, -1),), "cumulative": ((3, -1),),
    "filename": ((4, 1),), "file": ((4, 1),), "module": ((4, 1),),
    "pcalls": ((0, -1),),
    "line": ((5, 1),),
    "name": ((6, 1),),
    "nfl": ((6, 1), (4, 1), (5, 1)),
    "stdname": ((7, 1),),
    "time": ((2, -1),), "tottime": ((2, -1),),
}
_LEGACY = {-1: "stdname", 0: "calls", 1: "time", 2: "cumulative"}
_DESCRIPTIONS = {
    "calls": "call count", "ncalls": "call count", "cumtime": "cumulative time",
    "cumulative": "cumulative time", "filename": "file name", "file": "file name",
    "module": "file name", "pcalls": "primitive call count", "line": "line number",
    "name": "function name", "nfl": "name/file/line", "stdname": "standard name",
    "time": "internal time", "tottime": "internal time",
}


class _Reversed:
    """Sorts the other way round (for descending numeric columns)."""
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return other.v < self.v

    def __eq__(self, other):
        return self.v == other.v


class Stats:
    """Stats(*profiles_or_files, stream=None)"""

    sort_arg_dict_default = {k: (v, _DESCRIPTIONS[k]) for k, v in _SORTS.items()}

    def __init__(self, *args, stream=None):
        self.stream = stream or sys.stdout
        self.files = []
        self.fcn_list = None
        self.total_tt = 0
        self.total_calls = 0
        self.prim_calls = 0
        self.max_name_len = 0
        self.top_level = set()
        self.stats = {}
        self.sort_type = {}
        if args:
            self.load_stats(args[0])
            self.add(*args[1:])

    def init(self, arg):
        self.__init__(arg, stream=self.stream)

    def load_stats(self, arg):
        if arg is None:
            self.stats = {}
            return
        if isinstance(arg, str):
            with open(arg, "rb") as f:
                data = f.read()
            if data[:1] == b"\x80":  # written by pydive's profile (pickle protocol 2)
                import pickle
                self.stats = pickle.loads(data)
            else:
                self.stats = marshal.loads(data)
            try:
                stamp = time.ctime(os.stat(arg).st_mtime) + "    "
            except OSError:
                stamp = ""
            self.files = [stamp + arg]
        elif hasattr(arg, "create_stats"):
            arg.create_stats()
            self.stats = dict(arg.stats)
            arg.stats = {}
        if not self.stats:
            raise TypeError("Cannot create or construct a %r object from %r"
                            % (self.__class__, arg))
        self.get_top_level_stats()

    def get_top_level_stats(self):
        for fn, (cc, nc, tt, ct, who) in self.stats.items():
            self.total_calls += nc
            self.prim_calls += cc
            self.total_tt += tt
            if ("jprofile", 0, "profiler") in who:
                self.top_level.add(fn)
            self.max_name_len = max(self.max_name_len, len(func_std_string(fn)))

    def add(self, *arg_list):
        if not arg_list:
            return self
        for item in reversed(arg_list):
            other = item if type(self) is type(item) else Stats(item)
            self.files += other.files
            self.total_calls += other.total_calls
            self.prim_calls += other.prim_calls
            self.total_tt += other.total_tt
            self.top_level |= other.top_level
            self.max_name_len = max(self.max_name_len, other.max_name_len)
            self.fcn_list = None
            for func, stat in other.stats.items():
                mine = self.stats.get(func, (0, 0, 0, 0, {}))
                self.stats[func] = add_func_stats(mine, stat)
        return self

    def dump_stats(self, filename):
        from profile import _write_stats
        _write_stats(self.stats, filename)

    def get_sort_arg_defs(self):
        return self.sort_arg_dict_default

    def sort_stats(self, *field):
        if not field:
            self.fcn_list = 0
            return self
        if len(field) == 1 and isinstance(field[0], int):
            field = (_LEGACY[field[0]],)
        elif len(field) >= 2 and any(isinstance(f, int) for f in field):
            raise TypeError("Cannot take both integer and string arguments")
        spec = []
        names = []
        for f in field:
            key = f.value if isinstance(f, SortKey) else f
            if key not in _SORTS:
                matches = [k for k in _SORTS if k.startswith(key)]
                if len(matches) != 1:
                    raise KeyError(key)
                key = matches[0]
            spec.extend(_SORTS[key])
            names.append(_DESCRIPTIONS[key])
        rows = []
        for fn, (cc, nc, tt, ct, who) in self.stats.items():
            fields = (cc, nc, tt, ct, fn[0], fn[1], fn[2], func_std_string(fn))
            rows.append((tuple(fields[i] if d > 0 else _Reversed(fields[i])
                               for i, d in spec), fn))
        rows.sort(key=lambda r: r[0])
        self.fcn_list = [func for _, func in rows]
        self.sort_type = ", ".join(names)
        return self

    def reverse_order(self):
        if self.fcn_list:
            self.fcn_list.reverse()
        return self

    def strip_dirs(self):
        stripped = {}
        width = 0
        for fn, (cc, nc, tt, ct, who) in self.stats.items():
            short = func_strip_path(fn)
            width = max(width, len(func_std_string(short)))
            new_callers = {func_strip_path(c): v for c, v in who.items()}
            if short in stripped:
                stripped[short] = add_func_stats(stripped[short], (cc, nc, tt, ct, new_callers))
            else:
                stripped[short] = (cc, nc, tt, ct, new_callers)
        self.stats = stripped
        self.top_level = {func_strip_path(f) for f in self.top_level}
        self.max_name_len = width
        self.fcn_list = None
        self.all_callees = None
        return self

    def calc_callees(self):
        if getattr(self, "all_callees", None):
            return
        self.all_callees = callees = {}
        for fn, (cc, nc, tt, ct, who) in self.stats.items():
            callees.setdefault(fn, {})
            for caller, stat in who.items():
                callees.setdefault(caller, {})[fn] = stat

    def eval_print_amount(self, sel, selected, msg):
        chosen = selected
        if isinstance(sel, str):
            try:
                pattern = re.compile(sel)
            except re.error:
                msg += "   <Invalid regular expression %r>\n" % sel
                return chosen, msg
            chosen = [f for f in chosen if pattern.search(func_std_string(f))]
        else:
            count = len(chosen)
            if isinstance(sel, float) and 0.0 <= sel < 1.0:
                count = int(count * sel + 0.5)
                chosen = chosen[:count]
            elif isinstance(sel, int) and 0 <= sel < count:
                chosen = chosen[:sel]
        if len(selected) != len(chosen):
            msg += "   List reduced from %r to %r due to restriction <%r>\n" % (
                len(selected), len(chosen), sel)
        return chosen, msg

    def get_print_list(self, sel_list):
        width = self.max_name_len
        if self.fcn_list:
            funcs = self.fcn_list[:]
            msg = "   Ordered by: " + self.sort_type + "\n"
        else:
            funcs = list(self.stats)
            msg = "   Random listing order was used\n"
        for sel in sel_list:
            funcs, msg = self.eval_print_amount(sel, funcs, msg)
        if not funcs:
            return 0, funcs
        print(msg, file=self.stream)
        if len(funcs) < len(self.stats):
            width = max(len(func_std_string(f)) for f in funcs)
        return width + 2, funcs

    def get_stats_profile(self):
        funcs = self.fcn_list[:] if self.fcn_list else list(self.stats)
        profiles = {}
        for func in funcs:
            cc, nc, tt, ct, _ = self.stats[func]
            ncalls = str(nc) if nc == cc else "%d/%d" % (nc, cc)
            profiles[func[2]] = FunctionProfile(
                ncalls, round(tt, 3), round(tt / nc, 3) if nc else 0, round(ct, 3),
                round(ct / cc, 3) if cc else 0, func[0], func[1])
        return StatsProfile(round(self.total_tt, 3), profiles)

    def print_stats(self, *amount):
        out = self.stream
        for name in self.files:
            print(name, file=out)
        if self.files:
            print(file=out)
        indent = " " * 8
        for func in self.top_level:
            print(indent, func_get_function_name(func), file=out)
        print(indent, self.total_calls, "function calls", end=" ", file=out)
        if self.total_calls != self.prim_calls:
            print("(%d primitive calls)" % self.prim_calls, end=" ", file=out)
        print("in %.3f seconds" % self.total_tt, file=out)
        print(file=out)
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_title()
            for func in funcs:
                self.print_line(func)
            print(file=out)
            print(file=out)
        return self

    def print_callees(self, *amount):
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.calc_callees()
            self.print_call_heading(width, "called...")
            for func in funcs:
                self.print_call_line(width, func, self.all_callees.get(func, {}))
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_callers(self, *amount):
        width, funcs = self.get_print_list(amount)
        if funcs:
            self.print_call_heading(width, "was called by...")
            for func in funcs:
                self.print_call_line(width, func, self.stats[func][4], "<-")
            print(file=self.stream)
            print(file=self.stream)
        return self

    def print_call_heading(self, name_size, column_title):
        print("Function ".ljust(name_size) + column_title, file=self.stream)  # heading
        if any(isinstance(v, tuple) for *_, callers in self.stats.values()
               for v in callers.values()):
            print(" " * name_size + "    ncalls  tottime  cumtime", file=self.stream)

    def print_call_line(self, name_size, source, call_dict, arrow="->"):
        out = self.stream
        print(func_std_string(source).ljust(name_size) + arrow, end=" ", file=out)
        if not call_dict:
            print(file=out)
            return
        first = True
        for func in sorted(call_dict):
            name = func_std_string(func)
            value = call_dict[func]
            if isinstance(value, tuple):
                nc, cc, tt, ct = value
                calls = "%d/%d" % (nc, cc) if nc != cc else "%d" % nc
                # continuation lines get two more columns, as in CPython's layout
                text = "%s %s %s  %s" % (calls.rjust(7 if first else 9), f8(tt), f8(ct), name)
                lead = name_size + 1
            else:
                text = "%s(%r) %s" % (name, value, f8(self.stats[func][3]))
                lead = name_size + 3
            print(("" if first else " " * lead) + text, file=out)
            first = False

    def print_title(self):
        print("   ncalls  tottime  percall  cumtime  percall", end=" ", file=self.stream)
        print("filename:lineno(function)", file=self.stream)

    def print_line(self, func):
        out = self.stream
        cc, nc, tt, ct = self.stats[func][:4]
        calls = str(nc) if nc == cc else str(nc) + "/" + str(cc)
        print(calls.rjust(9), end=" ", file=out)
        print(f8(tt), end=" ", file=out)
        print("        " if nc == 0 else f8(tt / nc), end=" ", file=out)
        print(f8(ct), end=" ", file=out)
        print("        " if cc == 0 else f8(ct / cc), end=" ", file=out)
        print(func_std_string(func), file=out)


def f8(x):
    return "%8.3f" % x


def func_strip_path(func_name):
    return (os.path.basename(func_name[0]),) + tuple(func_name[1:])


def func_get_function_name(func):
    return func[2]


def func_std_string(func_name):
    where, line, name = func_name
    if (where, line) == ("~", 0):
        if name.startswith("<") and name.endswith(">"):
            return "{%s}" % name[1:-1]
        return name
    return "%s:%d(%s)" % (where, line, name)


def add_func_stats(target, source):
    sums = tuple(a + b for a, b in zip(source[:4], target[:4]))
    return sums + (add_callers(target[4], source[4]),)


def add_callers(target, source):
    merged = dict(target)
    for func, value in source.items():
        if func in merged:
            old = merged[func]
            if isinstance(value, tuple):
                merged[func] = tuple(a + b for a, b in zip(value, old))
            else:
                merged[func] = value + old
        else:
            merged[func] = value
    return merged


def count_calls(callers):
    return sum(v[0] if isinstance(v, tuple) else v for v in callers.values())
