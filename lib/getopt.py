"""Command-line option parsing in the manner of C's getopt(3) (pydive's getopt).

getopt() stops at the first argument that is not an option; gnu_getopt() lets
options and other arguments mix (unless shortopts starts with '+' or POSIXLY_CORRECT
is set). Short options are letters in shortopts, a ':' after one meaning it takes an
argument; long options are names in longopts, a trailing '=' meaning the same. A long
option may be abbreviated to any unambiguous prefix.
"""

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A bad command line: msg says what is wrong, opt names the option."""
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError  # the old name


def _as_list(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """getopt(args, shortopts, longopts=[]) -> (list of (option, value), other args)

    Options are read until the first non-option argument or '--'."""
    longopts = _as_list(longopts)
    found = []
    while args and args[0][:1] == '-' and args[0] != '-':
        head, args = args[0], args[1:]
        if head == '--':
            break
        if head[:2] == '--':
            found, args = do_longs(found, head[2:], longopts, args)
        else:
            found, args = do_shorts(found, head[1:], shortopts, args)
    return found, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options may come after other arguments; those are collected
    in order. A '+' before shortopts, or POSIXLY_CORRECT in the environment, restores
    stopping at the first non-option."""
    longopts = _as_list(longopts)
    stop_early = shortopts[:1] == '+'
    if stop_early:
        shortopts = shortopts[1:]
    else:
        import os
        stop_early = bool(os.environ.get("POSIXLY_CORRECT"))
    found, rest = [], []
    while args:
        head = args[0]
        if head == '--':
            rest.extend(args[1:])
            break
        if head[:2] == '--':
            found, args = do_longs(found, head[2:], longopts, args[1:])
        elif head[:1] == '-' and head != '-':
            found, args = do_shorts(found, head[1:], shortopts, args[1:])
        elif stop_early:
            rest.extend(args)
            break
        else:
            rest.append(head)
            args = args[1:]
    return found, rest


def do_longs(opts, opt, longopts, args):
    """Record the long option opt ('name' or 'name=value', without the dashes), taking
    its value from args when it needs one; returns (opts, the args left)."""
    name, eq, value = opt.partition('=')
    takes_value, name = long_has_args(name, longopts)
    if not eq:
        value = None
    if takes_value:
        if value is None:
            if not args:
                raise GetoptError('option --%s requires argument' % name, name)
            value, args = args[0], args[1:]
    elif value is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value or ''))
    return opts, args


def long_has_args(opt, longopts):
    """(whether it takes a value, the full name) of the long option that opt names
    exactly or abbreviates."""
    matches = [spec for spec in longopts if spec.startswith(opt)]
    if not matches:
        raise GetoptError('option --%s not recognized' % opt, opt)
    # an exact name wins over longer names it is a prefix of
    if opt in matches:
        return False, opt
    if opt + '=' in matches:
        return True, opt
    if len(matches) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    spec = matches[0]
    if spec.endswith('='):
        return True, spec[:-1]
    return False, spec


def do_shorts(opts, optstring, shortopts, args):
    """Record the short options clustered in optstring ('-' removed); one that takes a
    value takes the rest of optstring, or else the next argument."""
    while optstring:
        letter, optstring = optstring[0], optstring[1:]
        value = ''
        if short_has_arg(letter, shortopts):
            if not optstring:
                if not args:
                    raise GetoptError('option -%s requires argument' % letter, letter)
                optstring, args = args[0], args[1:]
            value, optstring = optstring, ''
        opts.append(('-' + letter, value))
    return opts, args


def short_has_arg(opt, shortopts):
    """Whether the short option letter opt takes a value (a ':' follows it)."""
    for i, ch in enumerate(shortopts):
        if ch == opt and ch != ':':
            return shortopts[i + 1:i + 2] == ':'
    raise GetoptError('option -%s not recognized' % opt, opt)
