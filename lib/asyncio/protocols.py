"""Protocol interfaces: what a transport calls back (CPython 3.12: Lib/asyncio/protocols.py)."""

__all__ = (
    'BaseProtocol', 'Protocol', 'DatagramProtocol',
    'SubprocessProtocol', 'BufferedProtocol',
)


class BaseProtocol:
    """connection_made / connection_lost, and write flow control."""

    __slots__ = ()

    def connection_made(self, transport):
        """Called when a connection is made."""

    def connection_lost(self, exc):
        """Called when the connection is lost or closed (exc None on EOF/close)."""

    def pause_writing(self):
        """Called when the transport's buffer goes over the high-water mark."""

    def resume_writing(self):
        """Called when the transport's buffer drains below the low-water mark."""


class Protocol(BaseProtocol):
    """Interface for a stream protocol: data_received() and eof_received()."""

    __slots__ = ()

    def data_received(self, data):
        """Called when some data is received."""

    def eof_received(self):
        """Called when the other end sent EOF; a true result keeps the transport open."""


class BufferedProtocol(BaseProtocol):
    """Stream protocol that manages its own receive buffer."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """Return a writable buffer for incoming data."""

    def buffer_updated(self, nbytes):
        """Called when the buffer got nbytes of data."""

    def eof_received(self):
        """Called when the other end sent EOF."""


class DatagramProtocol(BaseProtocol):
    """Interface for datagram protocol."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """Called when some datagram is received."""

    def error_received(self, exc):
        """Called when a send or receive operation raises an OSError."""


class SubprocessProtocol(BaseProtocol):
    """Interface for protocol for subprocess calls."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """Called when the subprocess writes data into stdout/stderr pipe."""

    def pipe_connection_lost(self, fd, exc):
        """Called when a file descriptor associated with the child process is closed."""

    def process_exited(self):
        """Called when subprocess has exited."""
