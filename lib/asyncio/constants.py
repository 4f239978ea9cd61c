"""Numbers asyncio tunes itself with (CPython 3.12's values; several only matter for I/O)."""

# Warn about write() on a lost connection after this many calls.
LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5

# Seconds before accept() is tried again after running out of file descriptors.
ACCEPT_RETRY_DELAY = 1

# Frames recorded (debug mode) where a future, task or handle was made.
DEBUG_STACK_DEPTH = 10

# TLS handshake and shutdown limits in seconds (no ssl in pydive: for the API only).
SSL_HANDSHAKE_TIMEOUT = 60.0
SSL_SHUTDOWN_TIMEOUT = 30.0

# Read size of sendfile's fallback, copying through user space.
SENDFILE_FALLBACK_READBUFFER_SIZE = 256 * 1024

# TLS flow-control high-water marks, in KiB.
FLOW_CONTROL_HIGH_WATER_SSL_READ = 256
FLOW_CONTROL_HIGH_WATER_SSL_WRITE = 512

# Seconds shutdown_default_executor() waits for the executor's threads.
THREAD_JOIN_TIMEOUT = 300
