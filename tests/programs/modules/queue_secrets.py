# queue (FIFO, LIFO, priority, Empty/Full) and secrets (tokens, randbelow)
import queue, secrets
q = queue.Queue(maxsize=2); q.put(1); q.put(2)
print(q.qsize(), q.full(), q.get(), q.get_nowait(), q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
q.put(3); q.put(4)
try:
    q.put(5, block=False)
except queue.Full:
    print("Full")
pq = queue.PriorityQueue()
for x in [(3, "c"), (1, "a"), (2, "b")]:
    pq.put(x)
print([pq.get() for _ in range(3)])
lq = queue.LifoQueue(); [lq.put(i) for i in range(3)]; print([lq.get() for _ in range(3)])
print(len(secrets.token_hex(8)), len(secrets.token_bytes(5)), 0 <= secrets.randbelow(10) < 10, secrets.choice("abc") in "abc", len(secrets.token_urlsafe(6)), secrets.compare_digest(b"a", b"a"))
print(0 <= secrets.randbits(4) < 16, 0.0 <= secrets.SystemRandom().random() < 1.0)
