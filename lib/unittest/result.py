"""TestResult: what a run of tests found (failures, errors, skips, ...), with the
formatted tracebacks, optionally capturing the tests' output (buffer)."""

import functools
import io
import sys
import traceback

from . import util

__unittest = True

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def failfast(method):
    """Stop the run after this kind of outcome when the result's failfast is set."""
    @functools.wraps(method)
    def stop_first(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return stop_first


class TestResult(object):
    """The outcomes of a run: `failures` and `errors` hold (test, formatted traceback),
    `skipped` (test, reason), `expectedFailures`, `unexpectedSuccesses`, and testsRun."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures, self.unexpectedSuccesses = [], []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = self._stderr_buffer = None
        self._original_stdout, self._original_stderr = sys.stdout, sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        """The runner calls this once the tests have run (TextTestResult prints here)."""

    def startTest(self, test):
        """A test starts: count it, and capture its output when buffering."""
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if not self.buffer:
            return
        if self._stdout_buffer is None:
            self._stdout_buffer, self._stderr_buffer = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = self._stdout_buffer, self._stderr_buffer

    def startTestRun(self):
        """The run starts (before the first test)."""

    def stopTest(self, test):
        """A test has ended: give the output streams back."""
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            # a failed test's captured output is shown after all
            for captured, stream, template in ((sys.stdout, self._original_stdout, STDOUT_LINE),
                                               (sys.stderr, self._original_stderr, STDERR_LINE)):
                text = captured.getvalue()
                if text:
                    if not text.endswith('\n'):
                        text += '\n'
                    stream.write(template % text)
        sys.stdout, sys.stderr = self._original_stdout, self._original_stderr
        for captured in (self._stdout_buffer, self._stderr_buffer):
            if captured is not None:
                captured.seek(0)
                captured.truncate()

    def stopTestRun(self):
        """The run has ended (after the last test)."""

    @failfast
    def addError(self, test, err):
        """A test raised something other than its failureException; `err` is
        sys.exc_info()'s triple."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        """A test failed (raised its failureException); `err` as for addError."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """Called at the end of a subtest; `err` is None when it passed."""
        if err is None:
            return
        if getattr(self, 'failfast', False):
            self.stop()
        bucket = self.failures if issubclass(err[0], test.failureException) else self.errors
        bucket.append((subtest, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        """A test passed."""

    def addSkip(self, test, reason):
        """A test was skipped, for `reason`."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """A test marked expectedFailure failed, as expected."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """A test marked expectedFailure passed."""
        self.unexpectedSuccesses.append(test)

    def addDuration(self, test, elapsed):
        """Called when a test finished, with its time in seconds (cleanups included)."""
        durations = getattr(self, "collectedDurations", None)
        if durations is not None:
            durations.append((str(test), elapsed))

    def wasSuccessful(self):
        """True when nothing failed, errored or passed unexpectedly."""
        if self.failures or self.errors:
            return False
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        """Ask the suite to run no further tests."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback text of `err` without unittest's own frames (and the captured
        output when buffering)."""
        exctype, value, tb = err
        tb = self._clean_tracebacks(exctype, value, tb, test)
        formatted = traceback.TracebackException(exctype, value, tb,
                                                 capture_locals=self.tb_locals, compact=True)
        lines = list(formatted.format())
        if self.buffer:
            for text, template in ((sys.stdout.getvalue(), STDOUT_LINE),
                                   (sys.stderr.getvalue(), STDERR_LINE)):
                if text:
                    if not text.endswith('\n'):
                        text += '\n'
                    lines.append(template % text)
        return ''.join(lines)

    def _clean_tracebacks(self, exctype, value, tb, test):
        # For the exception and each one chained to it: skip the leading unittest frames
        # (the runner), and for a failure also cut the trailing ones (the assert method).
        # The first traceback is returned; the chained ones are put back on their exceptions.
        cleaned = None
        outermost = True
        pending = [(exctype, value, tb)]
        seen = {id(value)}   # chains can loop
        while pending:
            exctype, value, tb = pending.pop()
            while tb and self._is_relevant_tb_level(tb):
                tb = tb.tb_next
            if exctype is test.failureException:
                self._remove_unittest_tb_frames(tb)
            if outermost:
                cleaned, outermost = tb, False
            else:
                value.__traceback__ = tb
            if value is None:
                continue
            for chained in (value.__cause__, value.__context__):
                if chained is not None and id(chained) not in seen:
                    pending.append((type(chained), chained, chained.__traceback__))
                    seen.add(id(chained))
        return cleaned

    def _is_relevant_tb_level(self, tb):
        return '__unittest' in tb.tb_frame.f_globals

    def _remove_unittest_tb_frames(self, tb):
        # keep the user's frames up to the first unittest one
        last_user = None
        while tb and not self._is_relevant_tb_level(tb):
            last_user = tb
            tb = tb.tb_next
        if last_user is not None:
            last_user.tb_next = None

    def __repr__(self):
        return (f"<{util.strclass(self.__class__)} run={self.testsRun} "
                f"errors={len(self.errors)} failures={len(self.failures)}>")
