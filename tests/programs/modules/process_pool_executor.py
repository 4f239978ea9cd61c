# concurrent.futures.ProcessPoolExecutor (pydive: thread workers): map, submit/as_completed, a
# lambda fails with PicklingError in its future, argument checks.
from concurrent.futures import ProcessPoolExecutor, as_completed
def sq(x): return x * x
if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(sq, range(6))))
        futs = [ex.submit(sq, i) for i in range(4)]
        print(sorted(f.result() for f in as_completed(futs)))
        f = ex.submit(lambda: 1)
        try:
            f.result()
        except Exception as e:
            print(type(e).__name__, str(e).split(" at ")[0])
    for bad in [dict(max_workers=0), dict(max_tasks_per_child=0)]:
        try:
            ProcessPoolExecutor(**bad)
        except ValueError as e:
            print("ValueError", e)
