# Busy-wait polls of another thread's progress (Event.is_set, Thread.is_alive) end.
import threading, time
ev = threading.Event()
def setter():
    time.sleep(0.1)
    print('setting')
    ev.set()
t = threading.Thread(target=setter); t.start()
n = 0
while not ev.is_set():
    n += 1
print('seen set', n > 0)
t2 = threading.Thread(target=time.sleep, args=(0.1,)); t2.start()
while t2.is_alive():
    pass
print('t2 done')
