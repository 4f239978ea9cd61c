"""graphlib for pydive: TopologicalSorter and CycleError, with CPython's ordering (nodes become
ready in the order they were first seen) and its error messages."""

__all__ = ["TopologicalSorter", "CycleError"]

_NODE_OUT = -1
_NODE_DONE = -2
_NO_MORE = object()


class _Node:
    __slots__ = ("node", "npredecessors", "successors")

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] is one cycle found."""


class TopologicalSorter:
    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._npassed = 0
        self._nfinished = 0
        if graph is not None:
            for node, preds in graph.items():
                self.add(node, *preds)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for p in predecessors:
            self._info(p).successors.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.npredecessors == 0]
        loop = self._find_cycle()
        if loop:
            raise CycleError("nodes are in a cycle", loop)

    def _require_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        self._require_prepared()
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].npredecessors = _NODE_OUT
        self._ready.clear()
        self._npassed += len(result)
        return result

    def is_active(self):
        self._require_prepared()
        return self._nfinished < self._npassed or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        self._require_prepared()
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            stat = info.npredecessors
            if stat != _NODE_OUT:
                if stat >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                if stat == _NODE_DONE:
                    raise ValueError(f"node {node!r} was already marked done")
                raise AssertionError(f"node {node!r}: unknown status {stat}")
            info.npredecessors = _NODE_DONE
            for succ in info.successors:
                sinfo = self._nodes[succ]
                sinfo.npredecessors -= 1
                if sinfo.npredecessors == 0:
                    self._ready.append(succ)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first over the successors, roots in the order nodes were added: a successor
        # that is on the current path closes a cycle (the path from it, then it again).
        visited = set()
        for root in self._nodes:
            if root in visited:
                continue
            path, depth_of, pending = [], {}, []
            node = root
            while True:
                if node not in visited:
                    visited.add(node)
                    depth_of[node] = len(path)
                    path.append(node)
                    pending.append(iter(self._nodes[node].successors))
                elif node in depth_of:
                    return path[depth_of[node]:] + [node]
                # go on from the deepest node on the path that has a successor left
                while path:
                    following = next(pending[-1], _NO_MORE)
                    if following is not _NO_MORE:
                        node = following
                        break
                    del depth_of[path.pop()]
                    pending.pop()
                else:
                    break
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            ready = self.get_ready()
            yield from ready
            self.done(*ready)

    __class_getitem__ = classmethod(lambda cls, item: __import__("types").GenericAlias(cls, item))
