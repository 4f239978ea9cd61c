"""multiprocessing.dummy.connection: connections between threads of one process.

Each direction of a connection is a queue.Queue; a Listener's "address" is the queue on
which Client() drops the pair of queues of a new connection for accept() to pick up."""

from queue import Queue

__all__ = ["Client", "Listener", "Pipe"]

families = [None]


class Connection:
    """One end of a thread connection: objects sent here come out of the other end."""

    def __init__(self, _in, _out):
        self._in = _in
        self._out = _out
        # Sending and receiving are the queues' own methods, bound once.
        self.send_bytes = self.send = _out.put
        self.recv_bytes = self.recv = _in.get

    def poll(self, timeout=0.0):
        """Whether something can be received, waiting up to `timeout` seconds for it."""
        inbox = self._in
        if inbox.qsize() == 0 and timeout > 0.0:
            with inbox.not_empty:
                inbox.not_empty.wait(timeout)
        return inbox.qsize() != 0

    def close(self):
        """Nothing to release: the queues go away with the last reference."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Pipe(duplex=True):
    """Two connected Connection objects (always two-way, as in CPython's dummy module)."""
    left_to_right = Queue()
    right_to_left = Queue()
    return (Connection(right_to_left, left_to_right),
            Connection(left_to_right, right_to_left))


class Listener:
    """Accepts connections made by Client(listener.address)."""

    def __init__(self, address=None, family=None, backlog=1):
        self._pending = Queue(backlog)

    @property
    def address(self):
        return self._pending

    def accept(self):
        inbox, outbox = self._pending.get()
        return Connection(inbox, outbox)

    def close(self):
        self._pending = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, exc_tb):
        self.close()


def Client(address):
    """Connect to the Listener whose address is `address` (its queue)."""
    to_server = Queue()
    from_server = Queue()
    address.put((to_server, from_server))
    return Connection(from_server, to_server)
