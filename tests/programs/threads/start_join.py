# Threads run until they block; sleeps with generous gaps order what they print.
import threading
import time


def worker(n):
    time.sleep(0.1 * n)
    print('start', n)
    time.sleep(0.3)
    print('end', n)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('all joined', [t.is_alive() for t in threads])


class Counter(threading.Thread):
    def __init__(self, label, delay):
        super().__init__(name=label)
        self.delay = delay
        self.seen = []

    def run(self):
        for i in range(3):
            time.sleep(self.delay)
            self.seen.append(i)
            print(self.name, i, threading.current_thread().name)


a = Counter('A', 0.1)
b = Counter('B', 0.45)
a.start()
b.start()
a.join()
print('A done, B alive:', b.is_alive())
b.join()
print(a.seen, b.seen)

# a thread that never blocks runs to its end inside start()
out = []
t = threading.Thread(target=out.extend, args=([1, 2, 3],))
t.start()
t.join()
print(out)

# join with a timeout returns while the thread still runs
slow = threading.Thread(target=time.sleep, args=(0.3,))
slow.start()
slow.join(0.05)
print('after short join, alive:', slow.is_alive())
slow.join()
print('after join, alive:', slow.is_alive())

# threads the main program does not join are waited for at exit
def late():
    time.sleep(0.2)
    print('late thread finishes after the main program')


threading.Thread(target=late).start()
print('main program ends')
