//! Embedding: a Rust program runs several Python programs one after another on one thread,
//! each in a fresh `Vm`. Types that modules cache per thread (struct sequences, deque,
//! contextvars, asyncio's native classes) must keep working in the second and later Vms.

use pydive_vm::run::{run, Config, Target};

const PROGRAM: &str = r#"
import os, sys, collections, contextvars, asyncio
st = os.stat('.')
assert isinstance(st, os.stat_result), type(st)
assert type(sys.flags).__name__ == 'flags'
d = collections.deque([1, 2, 3], maxlen=2)
assert list(d) == [2, 3] and isinstance(d, collections.deque)
var = contextvars.ContextVar('var', default=0)
async def child(n):
    var.set(n)
    await asyncio.sleep(0)
    return var.get() * 10
async def main():
    var.set(7)
    got = await asyncio.gather(child(1), child(2))
    return got, var.get(), type(asyncio.current_task()).__name__
assert asyncio.run(main()) == ([10, 20], 7, 'Task'), asyncio.run(main())
ctx = contextvars.copy_context()
assert isinstance(ctx, contextvars.Context)
raise SystemExit(int(sys.argv[1]))
"#;

fn run_once(code: i32) -> i32 {
    let cfg = Config {
        argv: vec!["-c".to_string(), code.to_string()],
        hash_seed: Some(0),
        ..Config::default()
    };
    run(Target::Command(PROGRAM.to_string()), cfg, None)
}

#[test]
fn vms_one_after_another_on_one_thread() {
    assert_eq!(run_once(3), 3);
    assert_eq!(run_once(4), 4);
    assert_eq!(run_once(5), 5);
}
