raise RuntimeError("not a test module: discovery must not import it")
