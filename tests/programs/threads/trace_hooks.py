# sys.settrace is per thread; threading.settrace sets the hook of threads started later.
import sys, threading, time
def tr(frame, event, arg):
    if event == 'call' and frame.f_code.co_filename.endswith('trace_hooks.py'):
        print('call', frame.f_code.co_name, threading.current_thread().name)
    return None
def w(): time.sleep(0.05); helper()
def helper(): pass
threading.settrace(tr)
t = threading.Thread(target=w); t.start(); helper(); t.join()
threading.settrace(None)
def w2():
    sys.settrace(tr); time.sleep(0.1); helper()
t = threading.Thread(target=w2); t.start(); time.sleep(0.05); helper(); t.join()
print('ok')
