"""Random numbers for managing secrets (pydive's secrets: tokens and choices from
os.urandom, through random.SystemRandom)."""

import base64
import os
from random import SystemRandom

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes", "token_hex",
           "token_urlsafe", "compare_digest"]

from hmac import compare_digest

_system = SystemRandom()
randbits = _system.getrandbits
choice = _system.choice

DEFAULT_ENTROPY = 32  # bytes of a token when no size is given


def randbelow(exclusive_upper_bound):
    """A random int in range(exclusive_upper_bound)."""
    if exclusive_upper_bound > 0:
        return _system._randbelow(exclusive_upper_bound)
    raise ValueError("Upper bound must be positive.")


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY by default)."""
    return os.urandom(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """A random text of hexadecimal digits, two per byte."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """A random URL-safe text, Base64 without the padding."""
    raw = token_bytes(nbytes)
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")
