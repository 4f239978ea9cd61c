# An exception that ends a thread goes to threading.excepthook; SystemExit is silent.
import sys
import threading


def boom():
    raise ValueError('boom')


def custom_hook(args):
    print('hook:', args.exc_type.__name__, args.exc_value, args.thread.name,
          args.exc_traceback.tb_frame.f_code.co_name if args.exc_traceback else None)


threading.excepthook = custom_hook
t = threading.Thread(target=boom)
t.start()
t.join()
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
print('still running')
threading.excepthook = threading.__excepthook__


class Quiet(threading.Thread):
    def run(self):
        raise SystemExit


q = Quiet()
q.start()
q.join()
print('done')
