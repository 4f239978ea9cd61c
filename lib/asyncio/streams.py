"""Streams over sockets (CPython 3.12: Lib/asyncio/streams.py). Filled in below."""

__all__ = ()
