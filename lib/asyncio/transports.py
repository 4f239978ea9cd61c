"""The transport interfaces: what a protocol may ask of the connection it was given.

Only the shapes matter here (the selector loop's TCP transport implements them); every
method that is not spelled out raises NotImplementedError, as CPython 3.12's do.
"""

__all__ = ('BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport',
           'DatagramTransport', 'SubprocessTransport')


def _unimplemented(cls, *names):
    # Give `cls` one method per name, each raising NotImplementedError.
    for name in names:
        def method(self, *args, **kwargs):
            raise NotImplementedError
        method.__name__ = name
        method.__qualname__ = f'{cls.__name__}.{name}'
        setattr(cls, name, method)
    return cls


class BaseTransport:
    """What every transport offers: extra info, closing, its protocol."""

    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        """One item of the transport's extra information ('peername', 'socket', ...)."""
        return self._extra.get(name, default)


class ReadTransport(BaseTransport):
    """The receiving side: reading can be paused and resumed."""
    __slots__ = ()


class WriteTransport(BaseTransport):
    """The sending side: write(), buffer limits, EOF, abort."""
    __slots__ = ()

    def writelines(self, list_of_data):
        """write() each item in turn."""
        for chunk in list_of_data:
            self.write(chunk)


class Transport(ReadTransport, WriteTransport):
    """Both sides at once: a stream connection such as TCP."""
    __slots__ = ()


class DatagramTransport(BaseTransport):
    """Datagrams (UDP): sendto() and abort()."""
    __slots__ = ()


class SubprocessTransport(BaseTransport):
    """A child process: its pid, pipes, return code and signals."""
    __slots__ = ()


_unimplemented(BaseTransport, 'is_closing', 'close', 'set_protocol', 'get_protocol')
_unimplemented(ReadTransport, 'is_reading', 'pause_reading', 'resume_reading')
_unimplemented(WriteTransport, 'set_write_buffer_limits', 'get_write_buffer_size',
               'get_write_buffer_limits', 'write', 'write_eof', 'can_write_eof', 'abort')
_unimplemented(DatagramTransport, 'sendto', 'abort')
_unimplemented(SubprocessTransport, 'get_pid', 'get_returncode', 'get_pipe_transport',
               'send_signal', 'terminate', 'kill')
