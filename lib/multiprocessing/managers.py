"""multiprocessing.managers for pydive (see SyncManager)."""


class SyncManager:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("pydive: multiprocessing.Manager (a server process)")
