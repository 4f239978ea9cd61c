"""Child processes: start them, talk to them through pipes, collect their exit
status (run, Popen, call, check_call, check_output, getoutput, getstatusoutput)."""

# pydive: the children are std::process children owned by crates/vm/src/modules/
# subprocess.rs (a handle per Popen); this file gives them CPython's interface, messages and
# text handling. A stream redirected to a Python file object that is not one of the
# process's own descriptors is captured through a pipe and written to that file when the
# child is waited for.

import os
import sys
import time
import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SIGNAL_NAMES = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP',
                 6: 'SIGABRT', 7: 'SIGBUS', 8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1',
                 11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM',
                 15: 'SIGTERM', 17: 'SIGCHLD', 18: 'SIGCONT', 19: 'SIGSTOP',
                 20: 'SIGTSTP', 21: 'SIGTTIN', 22: 'SIGTTOU', 23: 'SIGURG', 24: 'SIGXCPU',
                 25: 'SIGXFSZ', 26: 'SIGVTALRM', 27: 'SIGPROF', 28: 'SIGWINCH',
                 29: 'SIGIO', 30: 'SIGPWR', 31: 'SIGSYS'}


class SubprocessError(Exception):
    pass


def _get_output(self):
    return self.output


def _set_output(self, value):
    self.output = value


# `stdout` of CalledProcessError and TimeoutExpired: another name for `output`.
_output_alias = property(_get_output, _set_output, doc="The same as .output.")


class CalledProcessError(SubprocessError):
    """A checked command exited with a non-zero status (attributes: cmd,
    returncode, output/stdout, stderr)."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        code = self.returncode
        if code and code < 0:
            name = _SIGNAL_NAMES.get(-code)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -code)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, -code)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, code)

    stdout = _output_alias


class TimeoutExpired(SubprocessError):
    """The child outlived the timeout (attributes: cmd, timeout, output/stdout,
    stderr)."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _output_alias


class CompletedProcess(object):
    """What run() returns: args, returncode, stdout, stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ['args={!r}'.format(self.args),
                 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            parts.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            parts.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(parts))

    __class_getitem__ = classmethod(lambda cls, item: cls)

    def check_returncode(self):
        """CalledProcessError unless the child exited with 0."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _text(data, encoding, errors):
    # text mode reads with universal newlines
    s = data.decode(encoding, errors)
    return s.replace("\r\n", "\n").replace("\r", "\n")


class _ChildPipe:
    """One end of a pipe to or from the child: what Popen.stdin/stdout/stderr share."""

    _reads = True

    def __init__(self, proc, which, text, encoding, errors):
        self._proc = proc
        self._which = which
        self._text = text
        self.encoding = encoding if text else None
        self.errors = errors if text else None
        self.closed = False
        self.mode = ('r' if self._reads else 'w') + ('' if text else 'b')

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def fileno(self):
        raise OSError("pydive: a subprocess pipe has no descriptor number")

    def readable(self):
        return self._reads

    def writable(self):
        return not self._reads

    def close(self):
        if not self.closed:
            self.closed = True
            if self._proc._handle is not None:
                if self._reads:
                    _subprocess.close_output(self._proc._handle, self._which)
                else:
                    _subprocess.close_stdin(self._proc._handle)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _ChildOutput(_ChildPipe):
    """Popen.stdout / Popen.stderr: the reading end of a pipe from the child."""

    def _conv(self, data):
        return _text(data, self.encoding, self.errors) if self._text else data

    def read(self, size=-1):
        self._check()
        n = -1 if size is None else size
        return self._conv(_subprocess.read(self._proc._handle, self._which, n, False))

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check()
        line = _subprocess.read(self._proc._handle, self._which, -1, True)
        if self._text and line.endswith(b'\r'):
            # a '\r\n' split... the '\n' is the next line's first byte: rare; keep '\n'
            line = line[:-1] + b'\n'
        return self._conv(line)

    def readlines(self, hint=-1):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class _ChildInput(_ChildPipe):
    """Popen.stdin: the writing end of a pipe to the child."""

    _reads = False

    def write(self, data):
        self._check()
        if self._text:
            if not isinstance(data, str):
                raise TypeError("write() argument must be str, not %s"
                                % type(data).__name__)
            n = len(data)
            data = data.encode(self.encoding, self.errors)
        else:
            if isinstance(data, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            n = len(data)
        _subprocess.write(self._proc._handle, data)
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check()


def _fs(arg):
    if isinstance(arg, bytes):
        return os.fsdecode(arg)
    if isinstance(arg, str):
        return arg
    if hasattr(arg, '__fspath__'):
        return _fs(os.fspath(arg))
    raise TypeError("expected str, bytes or os.PathLike object, not %s"
                    % type(arg).__name__)


def _std_fd(f):
    """The process descriptor behind one of sys's standard streams, else None."""
    for n, name in ((0, 'stdin'), (1, 'stdout'), (2, 'stderr')):
        if f is getattr(sys, name, None) or f is getattr(sys, '__%s__' % name, None):
            return n
    return None


class Popen:
    """A running child program and its pipes."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self._handle = None
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self._communication_started = False
        self._redirects = []
        self._feed = None
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if preexec_fn is not None or user is not None or group is not None \
                or extra_groups is not None or umask != -1:
            raise NotImplementedError("pydive does not support subprocess.Popen's "
                                      "preexec_fn/user/group/umask yet")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if (text is not None and universal_newlines is not None
                and bool(universal_newlines) != bool(text)):
            raise SubprocessError('Cannot disambiguate when both text '
                                  'and universal_newlines are supplied but '
                                  'different. Pass one or omit both.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if self.text_mode and encoding is None:
            encoding = 'utf-8'
        self.encoding = encoding
        self.errors = errors
        self.universal_newlines = universal_newlines
        self.pipesize = pipesize

        if isinstance(args, (str, bytes)):
            argv = [args]
        elif hasattr(args, '__fspath__'):
            argv = [args]
        else:
            argv = list(args)
        if shell:
            if isinstance(args, (str, bytes)):
                argv = ['/bin/sh', '-c', args]
            else:
                argv = ['/bin/sh', '-c'] + argv
            if executable:
                argv[0] = executable
        argv = tuple(_fs(a) for a in argv)
        if not argv:
            raise IndexError("list index out of range")
        prog = _fs(executable) if executable is not None else None
        cwd_s = _fs(cwd) if cwd is not None else None
        env_pairs = None
        if env is not None:
            env_pairs = tuple((_fs(k), _fs(v)) for k, v in env.items())
            for k, _ in env_pairs:
                if '=' in k:
                    raise ValueError("illegal environment variable name")

        specs = []
        for i, s in enumerate((stdin, stdout, stderr)):
            if s is None or isinstance(s, int):
                if s == STDOUT and i != 2:
                    raise ValueError("STDOUT can only be used for stderr")
                specs.append(s)
                continue
            fd = _std_fd(s)
            if fd is not None:
                specs.append(fd)
            elif i == 0:
                # a Python file as input: its bytes go down a pipe
                data = s.read()
                if isinstance(data, str):
                    data = data.encode()
                self._feed = data
                specs.append(PIPE)
            else:
                self._redirects.append((i, s))
                specs.append(PIPE)

        if cwd_s is not None and not os.path.isdir(cwd_s):
            err = 20 if os.path.exists(cwd_s) else 2
            raise OSError(err, os.strerror(err), cwd_s)
        try:
            self._handle, self.pid = _subprocess.spawn(
                argv, prog, cwd_s, env_pairs, specs[0], specs[1], specs[2],
                bool(start_new_session or process_group == 0))
        except OSError as e:
            name = executable if executable is not None else (
                args if isinstance(args, (str, bytes)) and not shell else argv[0])
            if shell:
                name = argv[0]
            raise OSError(e.errno, e.strerror, name) from None

        t, enc, errs = self.text_mode, encoding, errors or 'strict'
        redirected = {i for i, _ in self._redirects}
        if stdin == PIPE:
            self.stdin = _ChildInput(self, 0, t, enc, errs)
        if stdout == PIPE:
            self.stdout = _ChildOutput(self, 1, t, enc, errs)
        if stderr == PIPE:
            self.stderr = _ChildOutput(self, 2, t, enc, errs)
        if self._feed is not None:
            _subprocess.write(self._handle, self._feed)
            _subprocess.close_stdin(self._handle)
        self._redirected = redirected

    def __repr__(self):
        r = "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode,
                                                self.args)
        if len(r) > 80:
            r = r[:76] + "...>"
        return r

    __class_getitem__ = classmethod(lambda cls, item: cls)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type is not KeyboardInterrupt:
                self.wait()

    def __del__(self):
        h = self._handle
        if h is not None and self.returncode is not None:
            self._handle = None
            _subprocess.free(h)

    def _finish(self, code):
        """The child was reaped: copy captured redirects into their files."""
        if code is not None and self.returncode is None:
            self.returncode = code
        if code is not None and self._redirects:
            jobs, self._redirects = self._redirects, []
            for i, f in jobs:
                data = _subprocess.read(self._handle, i, -1, False)
                try:
                    f.write(data)
                except TypeError:
                    f.write(data.decode(getattr(f, 'encoding', None) or 'utf-8'))
        return self.returncode

    def poll(self):
        """The exit status if the child has ended, else None."""
        if self.returncode is None:
            self._finish(_subprocess.poll(self._handle))
        return self.returncode

    def wait(self, timeout=None):
        """Block until the child ends (TimeoutExpired after `timeout`); its status."""
        if self.returncode is not None:
            return self.returncode
        if self._redirects:
            # drain the captured streams first, or a full pipe would stall the child
            out, err, done = _subprocess.communicate(self._handle, None, timeout)
            if not done:
                raise TimeoutExpired(self.args, timeout)
            for i, f in self._redirects:
                data = out if i == 1 else err
                if data:
                    try:
                        f.write(data)
                    except TypeError:
                        f.write(data.decode(getattr(f, 'encoding', None) or 'utf-8'))
            self._redirects = []
        code = _subprocess.wait(self._handle, timeout)
        if code is None:
            raise TimeoutExpired(self.args, timeout)
        return self._finish(code)

    def communicate(self, input=None, timeout=None):
        """Write `input` to the child's stdin and close it, read its stdout and stderr
        to the end, wait for it; (stdout, stderr)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if input is not None and self.stdin is not None and self.text_mode:
            if not isinstance(input, str):
                raise TypeError("input must be str in text mode")
            input = input.encode(self.encoding, self.errors or 'strict')
        if self.stdin is not None and not self._communication_started:
            if self.stdin.closed:
                input = None
            self.stdin.closed = True
        for f in (self.stdout, self.stderr):
            if f is not None and f.closed:
                raise ValueError("I/O operation on closed file.")
        self._communication_started = True
        piped = (self.stdin, self.stdout, self.stderr) != (None, None, None) or \
            self._redirects
        # with no pipe to serve CPython goes straight to wait(), whose TimeoutExpired
        # carries the time that was left
        left = timeout if timeout is None or piped else timeout - 1e-6
        out, err, done = _subprocess.communicate(self._handle, input, timeout)
        if not done:
            # POSIX CPython's TimeoutExpired holds the bytes read so far
            raise TimeoutExpired(self.args, left, output=out, stderr=err)
        redirected = dict(self._redirects)
        self._redirects = []
        for i, f in redirected.items():
            data = out if i == 1 else err
            if data:
                try:
                    f.write(data)
                except TypeError:
                    f.write(data.decode(getattr(f, 'encoding', None) or 'utf-8'))
        out = out if self.stdout is not None else None
        err = err if self.stderr is not None else None
        if self.text_mode:
            errs = self.errors or 'strict'
            if out is not None:
                out = _text(out, self.encoding, errs)
            if err is not None:
                err = _text(err, self.encoding, errs)
        for f in (self.stdout, self.stderr):
            if f is not None:
                f.closed = True
        self._finish(_subprocess.wait(self._handle, None))
        return (out, err)

    def send_signal(self, sig):
        """Deliver signal `sig` to the child if it still runs."""
        self.poll()
        if self.returncode is None:
            _subprocess.signal(self._handle, int(sig))

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(15)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(9)


def call(*popenargs, timeout=None, **kwargs):
    """Start the command, wait for it, return its exit status."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """call(), raising CalledProcessError for a non-zero status; else 0."""
    code = call(*popenargs, **kwargs)
    if code:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(code, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    r"""Run command with arguments and return its output."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError('%s argument not allowed, it will be overridden.' % kw)
    if 'input' in kwargs and kwargs['input'] is None:
        text = kwargs.get('universal_newlines') or kwargs.get('text') or \
            kwargs.get('encoding') or kwargs.get('errors')
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False,
        **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used '
                             'with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        code = process.poll()
        if check and code:
            raise CalledProcessError(code, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, code, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT,
                            encoding=encoding, errors=errors)
        code = 0
    except CalledProcessError as ex:
        data = ex.output
        code = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return code, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """Translate a sequence of arguments into a command line string (MS C runtime
    rules)."""
    out = []
    for arg in map(os.fsdecode, seq):
        quote = (" " in arg) or ("\t" in arg) or not arg
        piece = []
        slashes = 0
        for c in arg:
            if c == '\\':
                slashes += 1
                continue
            if c == '"':
                piece.append('\\' * (slashes * 2 + 1) + '"')
            else:
                piece.append('\\' * slashes + c)
            slashes = 0
        tail = '\\' * (slashes * 2 if quote else slashes)
        s = ''.join(piece) + tail
        out.append('"%s"' % s if quote else s)
    return ' '.join(out)
