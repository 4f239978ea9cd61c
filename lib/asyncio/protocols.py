"""The protocol interfaces: what a transport calls on the object that handles its data.

Every method does nothing by default; a protocol overrides those it cares about.
"""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol',
           'BufferedProtocol')


class BaseProtocol:
    """Connection start and end, and write flow control."""

    __slots__ = ()

    def connection_made(self, transport):
        """The transport is ready; keep it to talk back."""

    def connection_lost(self, exc):
        """The connection ended: exc is None for a clean close or EOF, else the error."""

    def pause_writing(self):
        """The transport's write buffer went above its high-water mark: stop writing."""

    def resume_writing(self):
        """The write buffer drained below the low-water mark: writing may go on."""


class Protocol(BaseProtocol):
    """A byte stream: data arrives in chunks of any size, then maybe EOF."""

    __slots__ = ()

    def data_received(self, data):
        """A chunk of bytes arrived."""

    def eof_received(self):
        """The peer will send nothing more. Returning a true value keeps our side open."""


class BufferedProtocol(BaseProtocol):
    """A byte stream read into buffers the protocol lends to the transport."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """A writable buffer for the next read (sizehint: a wish, not a rule)."""

    def buffer_updated(self, nbytes):
        """The transport wrote nbytes into the last buffer lent."""

    def eof_received(self):
        """The peer will send nothing more."""


class DatagramProtocol(BaseProtocol):
    """Datagrams, each with its sender's address."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """One datagram from addr."""

    def error_received(self, exc):
        """A send or receive failed with an OSError."""


class SubprocessProtocol(BaseProtocol):
    """A child process's pipes and exit."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """The child wrote data to its stdout (fd 1) or stderr (fd 2)."""

    def pipe_connection_lost(self, fd, exc):
        """One of the child's pipes closed."""

    def process_exited(self):
        """The child process ended."""
