# tb_next is writable, as unittest uses it to cut its own frames off a failure's traceback
import traceback

def inner():
    raise ValueError("deep")

def middle():
    inner()

def outer():
    middle()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    t = tb
    while t is not None:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print("chain:", names)
    # cut after middle(): the printed traceback stops there
    tb.tb_next.tb_next.tb_next = None
    print("".join(traceback.format_exception(type(e), e, tb)), end="")
    # skip middle(): outer's entry points straight at nothing, then back
    saved = tb.tb_next
    tb.tb_next = None
    print("".join(traceback.format_tb(tb)), end="")
    tb.tb_next = saved
    print(len(traceback.extract_tb(tb)))
    try:
        saved.tb_next = tb
    except ValueError as err:
        print("ValueError:", err)
    try:
        tb.tb_next = 5
    except TypeError as err:
        print("TypeError:", err)
