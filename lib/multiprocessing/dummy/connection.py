"""multiprocessing.dummy.connection: Pipe between threads (a pair of queue.Queue)."""

from queue import Queue

__all__ = ["Client", "Listener", "Pipe"]


class Connection:
    def __init__(self, _in, _out):
        self._out = _out
        self._in = _in
        self.send = self.send_bytes = _out.put
        self.recv = self.recv_bytes = _in.get

    def poll(self, timeout=0.0):
        if self._in.qsize() > 0:
            return True
        if timeout <= 0.0:
            return False
        with self._in.not_empty:
            self._in.not_empty.wait(timeout)
        return self._in.qsize() > 0

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def Pipe(duplex=True):
    a, b = Queue(), Queue()
    return Connection(a, b), Connection(b, a)


def Listener(*args, **kwargs):
    raise NotImplementedError("pydive: multiprocessing.dummy.connection.Listener")


def Client(*args, **kwargs):
    raise NotImplementedError("pydive: multiprocessing.dummy.connection.Client")
