from enum import Enum
import re

class State(Enum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    STOPPED = "stopped"

class TransitionError(Exception):
    def __init__(self, state, event):
        self.state, self.event = state, event
        super().__init__(f"cannot {event} while {state.value}")

class Machine:
    transitions = {
        (State.IDLE, "start"): State.RUNNING,
        (State.RUNNING, "pause"): State.PAUSED,
        (State.PAUSED, "resume"): State.RUNNING,
        (State.RUNNING, "stop"): State.STOPPED,
        (State.PAUSED, "stop"): State.STOPPED,
    }
    def __init__(self):
        self.state = State.IDLE
        self.history = []
        self._hooks = {}
    def on(self, state):
        def register(fn):
            self._hooks.setdefault(state, []).append(fn)
            return fn
        return register
    def fire(self, event):
        key = (self.state, event)
        if key not in self.transitions:
            raise TransitionError(self.state, event)
        old, self.state = self.state, self.transitions[key]
        self.history.append(f"{old.name}->{self.state.name}")
        for hook in self._hooks.get(self.state, []):
            hook(old)
        return self

m = Machine()
@m.on(State.RUNNING)
def running(prev):
    print(f"  now running (was {prev.value})")
@m.on(State.STOPPED)
def stopped(prev):
    print("  stopped")
for ev in ["start", "pause", "resume", "pause", "stop", "start"]:
    try:
        m.fire(ev)
        print(ev, "ok ->", m.state)
    except TransitionError as e:
        print(ev, "failed:", e, (e.state, e.event))
print(m.history)

def lexer(text):
    spec = [("NUMBER", r"\d+(?:\.\d+)?"), ("STRING", r'"(?:\\.|[^"\\])*"'), ("IDENT", r"[A-Za-z_]\w*"),
            ("OP", r"[{}\[\]:,]"), ("WS", r"\s+"), ("ERR", r".")]
    rx = re.compile("|".join(f"(?P<{n}>{p})" for n, p in spec))
    for mo in rx.finditer(text):
        kind = mo.lastgroup
        if kind == "WS":
            continue
        if kind == "ERR":
            raise SyntaxError(f"bad char {mo.group()!r} at {mo.start()}")
        yield kind, mo.group()

def parse_value(tokens):
    kind, text = next(tokens)
    if kind == "NUMBER":
        return float(text) if "." in text else int(text)
    if kind == "STRING":
        return text[1:-1].encode().decode("unicode_escape")
    if kind == "IDENT":
        return {"true": True, "false": False, "null": None}[text]
    if text == "[":
        items = []
        for tok in tokens:
            if tok == ("OP", "]"):
                return items
            if tok == ("OP", ","):
                continue
            items.append(parse_value(iter([tok]) if tok[0] != "OP" else _chain(tok, tokens)))
        raise SyntaxError("unterminated list")
    if text == "{":
        obj = {}
        while True:
            k, t = next(tokens)
            if t == "}":
                return obj
            if t == ",":
                continue
            assert next(tokens) == ("OP", ":"), "expected colon"
            obj[t[1:-1]] = parse_value(tokens)
    raise SyntaxError(f"unexpected {text!r}")

def _chain(first, rest):
    yield first
    yield from rest

doc = '{"name": "widget", "sizes": [1, 2.5, [3]], "ok": true, "none": null, "esc": "a\\tb"}'
print(parse_value(lexer(doc)))
for bad in ['{"a" 1}', "[1, 2", "@"]:
    try:
        print(parse_value(lexer(bad)))
    except (SyntaxError, AssertionError, StopIteration, RuntimeError) as e:
        print(type(e).__name__, e)
