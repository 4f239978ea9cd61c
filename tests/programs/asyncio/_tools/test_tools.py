"""Checks of what goldens cannot show: virtual time is fast, trace events tell the story.

    python3.12 _tools/test_tools.py
"""

import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.dirname(HERE)
PYTHON = '/root/.pyenv/versions/3.12.1/bin/python3.12'
HARNESS = os.path.join(HERE, 'with_pydive_asyncio.py')


def run(program, **env):
    full = dict(os.environ, PYTHONHASHSEED='0', **env)
    t0 = time.monotonic()
    proc = subprocess.run([PYTHON, HARNESS, os.path.join(PROGRAMS, program)],
                          capture_output=True, text=True, env=full, timeout=20)
    return proc, time.monotonic() - t0


def test_virtual_time_is_fast():
    proc, took = run('virtual_time.py', PYDIVE_VIRTUAL_TIME='1')
    with open(os.path.join(PROGRAMS, 'virtual_time.py.out')) as f:
        assert proc.stdout == f.read(), proc.stdout
    assert took < 1.0, f'virtual time run took {took:.2f}s (real time needs 1.6s)'
    proc, took = run('virtual_time.py', PYDIVE_VIRTUAL_TIME='0')
    assert took >= 1.5, f'real time run took only {took:.2f}s'


def test_trace_explains_the_seed():
    # seed_coroutine.py runs forever; with virtual time its story ends in ~0 s.
    full = dict(os.environ, PYTHONHASHSEED='0', PYDIVE_VIRTUAL_TIME='1', PYDIVE_ASYNCIO_TRACE='1')
    try:
        subprocess.run([PYTHON, HARNESS, os.path.join(PROGRAMS, 'seed_coroutine.py')],
                       capture_output=True, text=True, env=full, timeout=2)
        raise AssertionError('run_forever() returned')
    except subprocess.TimeoutExpired as exc:
        err = exc.stderr.decode() if isinstance(exc.stderr, bytes) else exc.stderr
    events = [line.split()[1:3] for line in err.splitlines() if line.startswith('[asyncio]')]
    story = [e for e in events if e[0] in ('task_created', 'task_step', 'task_suspend',
                                           'task_done', 'timer_fired')]
    want = [
        ['task_created', 'task=Task-1'], ['task_created', 'task=Task-2'],
        ['task_step', 'task=Task-1'], ['task_suspend', 'task=Task-1'],
        ['task_step', 'task=Task-2'], ['task_suspend', 'task=Task-2'],
        ['timer_fired', story[6][1]], ['task_step', 'task=Task-1'], ['task_done', 'task=Task-1'],
        ['timer_fired', story[9][1]], ['task_step', 'task=Task-2'], ['task_done', 'task=Task-2'],
    ]
    assert story == want, story
    # The loop ends blocked in the selector with nothing to do (timeout None): idle.
    assert events[-2] == ['loop_iteration', 'ready=0'], events[-2]
    assert events[-1][0] == 'loop_idle', events[-1]


def main():
    failures = 0
    tests = [v for k, v in sorted(globals().items()) if k.startswith('test_')]
    for test in tests:
        try:
            test()
            print('ok  ', test.__name__)
        except AssertionError as e:
            failures += 1
            print('FAIL', test.__name__, e)
    print(f'{len(tests) - failures}/{len(tests)} passed')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
