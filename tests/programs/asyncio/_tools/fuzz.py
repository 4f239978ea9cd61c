"""Random asyncio programs, run with CPython's asyncio and with ours: same output?

    python3.12 fuzz.py [COUNT] [SEED]

Each program is made of workers that print, yield (sleep(0)), await each other,
cancel each other, share futures, queues, locks, events and semaphores, gather and
wait. No timers with real delays, so the order of events is fully determined by the
loop's rules — any difference is a bug in our ordering. A failing program is kept in
/tmp/asyncio_fuzz_fail_SEED.py.
"""

import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = '/root/.pyenv/versions/3.12.1/bin/python3.12'
HARNESS = os.path.join(HERE, 'with_pydive_asyncio.py')

HEADER = '''import asyncio
log = print
fut = {}
tasks = {}
q = None
lock = event = sem = cond = None

async def w_end(name):
    log(name, "end")
    return name
'''


def gen_step(rng, name, workers, depth):
    others = [w for w in workers if w != name]
    kind = rng.choice(['print', 'yield', 'yield', 'await_task', 'cancel', 'setfut', 'awaitfut',
                       'gather', 'wait', 'qput', 'qget', 'lock', 'event_set', 'event_wait',
                       'sem', 'shield', 'wait_for0', 'timeout0', 'taskgroup', 'create'])
    i = rng.randrange(1000)
    if kind == 'print' or not others:
        return [f'log({name!r}, "step {i}")']
    o = rng.choice(others)
    f = f'f{rng.randrange(3)}'
    if kind == 'yield':
        return ['await asyncio.sleep(0)']
    if kind == 'await_task':
        return [f'if {o!r} in tasks and tasks[{o!r}] is not asyncio.current_task():',
                f'    try:',
                f'        log({name!r}, "awaited {o} ->", await asyncio.shield(tasks[{o!r}]))',
                f'    except BaseException as e:',
                f'        log({name!r}, "awaited {o} raised", type(e).__name__)']
    if kind == 'cancel':
        return [f'if {o!r} in tasks:',
                f'    log({name!r}, "cancel {o} ->", tasks[{o!r}].cancel("by {name}"))']
    if kind == 'setfut':
        return [f'if not fut[{f!r}].done():',
                f'    fut[{f!r}].set_result({name!r})',
                f'    log({name!r}, "set {f}")']
    if kind == 'awaitfut':
        return [f'log({name!r}, "got {f}", await fut[{f!r}])']
    if kind == 'gather':
        return [f'log({name!r}, "gather", await asyncio.gather(w_end("{name}-g{i}a"), '
                f'asyncio.sleep(0, "s"), w_end("{name}-g{i}b"), return_exceptions=True))']
    if kind == 'wait':
        return [f'd, p = await asyncio.wait([asyncio.ensure_future(w_end("{name}-w{i}")), '
                f'asyncio.ensure_future(asyncio.sleep(0))], return_when=asyncio.FIRST_COMPLETED)',
                f'log({name!r}, "wait", len(d), len(p))']
    if kind == 'qput':
        return [f'await q.put(({name!r}, {i}))', f'log({name!r}, "put {i}", q.qsize())']
    if kind == 'qget':
        return [f'if not q.empty():', f'    log({name!r}, "qget", await q.get())']
    if kind == 'lock':
        return [f'async with lock:', f'    log({name!r}, "in lock {i}")',
                f'    await asyncio.sleep(0)', f'log({name!r}, "out lock {i}")']
    if kind == 'event_set':
        return [f'event.set()', f'log({name!r}, "event set")']
    if kind == 'event_wait':
        return [f'if event.is_set():', f'    log({name!r}, "event already set")']
    if kind == 'sem':
        return [f'async with sem:', f'    log({name!r}, "in sem {i}")', f'    await asyncio.sleep(0)']
    if kind == 'shield':
        return [f'log({name!r}, "shielded", await asyncio.shield(w_end("{name}-sh{i}")))']
    if kind == 'wait_for0':
        return [f'try:',
                f'    log({name!r}, "wait_for", await asyncio.wait_for(w_end("{name}-wf{i}"), 0))',
                f'except TimeoutError:',
                f'    log({name!r}, "wait_for timeout")']
    if kind == 'timeout0':
        return [f'try:',
                f'    async with asyncio.timeout(0):',
                f'        await asyncio.sleep(0)',
                f'        log({name!r}, "timeout body done")',
                f'except TimeoutError:',
                f'    log({name!r}, "timeout expired")']
    if kind == 'taskgroup':
        return [f'async with asyncio.TaskGroup() as tg:',
                f'    tg.create_task(w_end("{name}-tg{i}a"))',
                f'    tg.create_task(w_end("{name}-tg{i}b"))',
                f'log({name!r}, "taskgroup done")']
    if kind == 'create' and depth < 1:
        return [f'tasks["{name}-c{i}"] = asyncio.create_task(w_end("{name}-c{i}"))']
    return ['await asyncio.sleep(0)']


def gen_program(seed):
    rng = random.Random(seed)
    n = rng.randint(2, 5)
    workers = [f'w{k}' for k in range(n)]
    lines = [HEADER]
    for name in workers:
        lines.append(f'async def {name}():')
        lines.append('    try:')
        for _ in range(rng.randint(2, 8)):
            for line in gen_step(rng, name, workers, 0):
                lines.append('        ' + line)
        lines.append(f'        log({name!r}, "done")')
        lines.append(f'        return {name!r}')
        lines.append('    except asyncio.CancelledError as e:')
        lines.append(f'        log({name!r}, "cancelled", e.args)')
        lines.append('        raise')
    lines.append('async def main():')
    lines.append('    global q, lock, event, sem')
    lines.append(f'    q = asyncio.Queue({rng.randint(0, 2)})')
    lines.append('    lock = asyncio.Lock(); event = asyncio.Event(); sem = asyncio.Semaphore(2)')
    lines.append('    loop = asyncio.get_running_loop()')
    lines.append('    for k in range(3):')
    lines.append('        fut[f"f{k}"] = loop.create_future()')
    for name in workers:
        lines.append(f'    tasks[{name!r}] = asyncio.create_task({name}(), name={name!r})')
    lines.append('    for _ in range(50):')
    lines.append('        await asyncio.sleep(0)')
    lines.append('    for k in range(3):')
    lines.append('        if not fut[f"f{k}"].done():')
    lines.append('            fut[f"f{k}"].set_result("main")')
    lines.append('    while not q.empty():')
    lines.append('        log("main drains", q.get_nowait())')
    lines.append('    event.set()')
    lines.append('    res = await asyncio.gather(*tasks.values(), return_exceptions=True)')
    lines.append('    log("results", [type(r).__name__ if isinstance(r, BaseException) else r for r in res])')
    lines.append('asyncio.run(main())')
    return '\n'.join(lines) + '\n'


def run(argv):
    try:
        p = subprocess.run(argv, capture_output=True, text=True, timeout=20,
                           env=dict(os.environ, PYTHONHASHSEED='0'))
        return p.stdout, p.stderr, p.returncode
    except subprocess.TimeoutExpired:
        return '', 'timeout', 124


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    base = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    failures = 0
    path = '/tmp/asyncio_fuzz_program.py'
    for seed in range(base, base + count):
        with open(path, 'w') as f:
            f.write(gen_program(seed))
        want = run([PYTHON, path])
        got = run([PYTHON, HARNESS, path])
        if want != got:
            failures += 1
            keep = f'/tmp/asyncio_fuzz_fail_{seed}.py'
            with open(keep, 'w') as f:
                f.write(gen_program(seed))
            print(f'seed {seed}: DIFFERENT (kept {keep})')
    print(f'{count - failures}/{count} programs identical')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
