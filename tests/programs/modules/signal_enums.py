# signal.Signals and signal.Handlers: IntEnums over the signal numbers, returned by
# signal.signal and getsignal.
import signal

print(signal.Signals.SIGINT, repr(signal.SIGINT), signal.SIGTERM == 15, signal.Signals(2).name)
print(isinstance(signal.SIGINT, int), type(signal.SIGINT).__name__, signal.strsignal(signal.SIGINT))
print(repr(signal.getsignal(signal.SIGTERM)), signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.signal(signal.SIGINT, signal.SIG_IGN)), repr(signal.getsignal(signal.SIGINT)))
print(signal.signal(signal.SIGINT, signal.default_int_handler) == signal.SIG_IGN)
print(signal.getsignal(2) is signal.default_int_handler)
print(sorted(signal.Signals.__members__)[:6], len(signal.Signals.__members__), list(signal.Handlers))
print([(m.name, m.value) for m in signal.Signals][:8])
print(signal.Signals(6).name, signal.Signals(17).name, signal.Signals(29).name, signal.SIGIOT)
print(signal.SIGRTMIN, signal.SIGRTMAX, signal.NSIG)
valid = signal.valid_signals()
print(signal.SIGTERM in valid, sorted(valid)[:3])
