# The threading API's answers inside and outside threads.
import threading
import time

main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.daemon, main.is_alive())
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.get_ident() == main.ident, isinstance(main.native_id, int))


def job(tag):
    time.sleep(0.05)
    me = threading.current_thread()
    print('in', tag, me.name, me is not threading.main_thread(),
          me.ident == threading.get_ident(), isinstance(me.native_id, int))
    print('count inside', threading.active_count())


t = threading.Thread(target=job, args=('x',))
print(repr(t))
print(t.name, t.ident, t.native_id, t.is_alive(), t.daemon)
t.start()
print('started', t.is_alive(), sorted(x.name for x in threading.enumerate()))
t.join()
print('joined', t.is_alive(), threading.active_count())
print(repr(t).replace(str(t.ident), 'IDENT'))

named = threading.Thread(target=job, args=('y',), name='worker-y', daemon=True)
print(named.name, named.daemon)
named.start()
named.join()


def f():
    pass


t2 = threading.Thread(target=f)
print(t2.name)
print(threading.Thread().name)
t3 = threading.Thread(target=lambda: None)
print(t3.name)

for action in ('join', 'start twice', 'join self', 'daemon after start'):
    t = threading.Thread(target=f)
    try:
        if action == 'join':
            t.join()
        elif action == 'start twice':
            t.start()
            t.start()
        elif action == 'join self':
            threading.current_thread().join()
        else:
            t.start()
            t.daemon = True
    except RuntimeError as e:
        print(action, '->', e)

box = {}


def inner_join():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        box['err'] = str(e)


t = threading.Thread(target=inner_join)
t.start()
t.join()
print(box)
