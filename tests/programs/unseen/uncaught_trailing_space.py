class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
    def __str__(self):
        return f"bad config key {self.key!r}: {self.args[1]}"

def parse(text):
    out = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        key, _, value = line.partition("=")
        try:
            out[key.strip()] = int(value)
        except ValueError as exc:
            raise ConfigError(key.strip(), f"line {lineno}") from exc
    return out

def load():
    try:
        return parse("a = 1\nb = two\n")
    except ConfigError as e:
        e.add_note("while loading defaults")
        raise RuntimeError("cannot start") 

print(parse("x=1\ny = 2"))
load()
