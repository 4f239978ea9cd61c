# heapq's heappush is C in CPython, but the user's __lt__ it calls keeps its own frame.
import heapq


class Job:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        if self.n == 3:
            raise RuntimeError("cannot order job 3")
        return self.n < other.n


heap = []
for n in (5, 1, 3):
    heapq.heappush(heap, Job(n))
