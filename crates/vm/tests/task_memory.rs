//! What one suspended asyncio task allocates (issue #4 item 6; docs/PERFORMANCE.md "asyncio"):
//! a counting global allocator keeps the number of live blocks of each requested size; the
//! program marks two moments by allocating a `bytearray` of a marker size, and the
//! difference between the two snapshots over the number of tasks is what each task holds
//! (bench/asyncio_memory.py's shape: tasks suspended in `Event.wait`).
//!
//! `cargo test -p pydive-vm --test task_memory -- --nocapture` prints the table by size
//! (requested bytes and jemalloc's size class, which the pydive binary uses). With
//! `TASKMEM_TRACE=SIZE` (0: every block of `EXACT` bytes or more) it also prints where the
//! blocks of that size alive at the second mark were made, grouped by their first
//! `TASKMEM_FRAMES` (6) frames in pydive_vm: dhat's answer, without valgrind.

use std::alloc::{GlobalAlloc, Layout, System};
use std::backtrace::Backtrace;
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicIsize, AtomicUsize, Ordering};
use std::sync::Mutex;

use pydive_vm::run::{run, Config, Target};

/// Sizes below this are counted one by one; larger ones go to the last bucket.
const EXACT: usize = 2048;
const MARK_A: usize = 987_654;
const MARK_B: usize = 987_655;

struct Counting;

#[allow(clippy::declare_interior_mutable_const)]
const ZERO: AtomicIsize = AtomicIsize::new(0);
static LIVE: [AtomicIsize; EXACT + 1] = [ZERO; EXACT + 1];
/// Bytes of the blocks in the last bucket.
static LARGE_BYTES: AtomicIsize = AtomicIsize::new(0);
static SNAP_A: [AtomicIsize; EXACT + 2] = [ZERO; EXACT + 2];
static SNAP_B: [AtomicIsize; EXACT + 2] = [ZERO; EXACT + 2];
static MARKS: AtomicUsize = AtomicUsize::new(0);

fn bucket(size: usize) -> usize {
    size.min(EXACT)
}

fn count(size: usize, delta: isize) {
    if size == MARK_A || size == MARK_B {
        return;
    }
    LIVE[bucket(size)].fetch_add(delta, Ordering::Relaxed);
    if size >= EXACT {
        LARGE_BYTES.fetch_add(delta * size as isize, Ordering::Relaxed);
    }
}

fn snapshot(size: usize) {
    let snap = if size == MARK_A { &SNAP_A } else { &SNAP_B };
    for (s, l) in snap.iter().zip(LIVE.iter()) {
        s.store(l.load(Ordering::Relaxed), Ordering::Relaxed);
    }
    snap[EXACT + 1].store(LARGE_BYTES.load(Ordering::Relaxed), Ordering::Relaxed);
    MARKS.fetch_add(1, Ordering::Relaxed);
}

/// `TASKMEM_TRACE=SIZE`: where the blocks of that size alive at the second mark were made
/// (a backtrace kept per block made between the marks; printed grouped by call site).
static TRACE_SIZE: AtomicUsize = AtomicUsize::new(usize::MAX);
type Sites = HashMap<usize, (usize, Backtrace)>;
static SITES: Mutex<Option<Sites>> = Mutex::new(None);
static TAKE: AtomicUsize = AtomicUsize::new(6);
static FROZEN: Mutex<Option<Sites>> = Mutex::new(None);

thread_local! {
    static IN_TRACE: Cell<bool> = const { Cell::new(false) };
}

/// Run `f` unless the allocator is already inside a traced step on this thread.
fn traced(f: impl FnOnce()) {
    if IN_TRACE.try_with(|t| t.replace(true)) == Ok(false) {
        f();
        let _ = IN_TRACE.try_with(|t| t.set(false));
    }
}

/// Whether blocks of `size` are traced (`TASKMEM_TRACE=0`: all the larger blocks).
fn traces(size: usize) -> bool {
    let t = TRACE_SIZE.load(Ordering::Relaxed);
    size == t || (t == 0 && size >= EXACT)
}

fn observe(ptr: *mut u8, size: usize) {
    if size == MARK_A || size == MARK_B {
        snapshot(size);
        if size == MARK_B {
            traced(|| *FROZEN.lock().unwrap() = SITES.lock().unwrap().take());
        }
    }
    count(size, 1);
    if traces(size) && MARKS.load(Ordering::Relaxed) == 1 {
        traced(|| {
            let bt = Backtrace::force_capture();
            SITES
                .lock()
                .unwrap()
                .get_or_insert_with(HashMap::new)
                .insert(ptr as usize, (size, bt));
        });
    }
}

fn forget(ptr: *mut u8, size: usize) {
    count(size, -1);
    if traces(size) {
        traced(|| {
            if let Some(m) = SITES.lock().unwrap().as_mut() {
                m.remove(&(ptr as usize));
            }
        });
    }
}

/// The traced blocks alive at the second mark, grouped by their first frames in pydive.
fn print_sites() {
    let Some(sites) = FROZEN.lock().unwrap().take() else {
        return;
    };
    let mut groups: HashMap<String, usize> = HashMap::new();
    for (size, bt) in sites.values() {
        let text = bt.to_string();
        let frames: Vec<&str> = text
            .lines()
            .filter(|l| {
                l.trim_start()
                    .split(' ')
                    .nth(1)
                    .is_some_and(|f| f.starts_with("pydive_vm"))
            })
            .map(|l| l.trim())
            .take(TAKE.load(Ordering::Relaxed))
            .collect();
        *groups.entry(frames.join("\n    ")).or_default() += *size;
    }
    let mut groups: Vec<_> = groups.into_iter().collect();
    groups.sort_by_key(|g| std::cmp::Reverse(g.1));
    for (site, n) in groups.iter().take(8) {
        println!("{:.1} bytes per task:\n    {site}", *n as f64 / N as f64);
    }
}

// SAFETY: every method forwards to the system allocator with the same arguments and returns
// its answer, so the blocks and their layouts are System's own. The counting beside it only
// touches atomics; the optional tracing (TASKMEM_TRACE) allocates, but only inside the
// per-thread IN_TRACE guard, so the allocator never re-enters itself through it.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        observe(p, layout.size());
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        observe(p, layout.size());
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        forget(ptr, layout.size());
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        forget(ptr, layout.size());
        let p = System.realloc(ptr, layout, new_size);
        observe(p, new_size);
        p
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// jemalloc's size class for a small request (what a block really takes in pydive).
fn jemalloc_class(size: usize) -> usize {
    if size <= 8 {
        return 8;
    }
    if size <= 128 {
        return size.div_ceil(16) * 16;
    }
    // Four classes per doubling above 128.
    let mut base = 128;
    loop {
        let step = base / 4;
        if size <= base * 2 {
            return size.div_ceil(step) * step;
        }
        base *= 2;
    }
}

const N: usize = 2000;

fn program() -> String {
    format!(
        r#"
import asyncio
N = {N}
async def waiter(event):
    await event.wait()
async def main():
    event = asyncio.Event()
    await asyncio.sleep(0)
    tasks = [None] * N
    marker_a = bytearray({MARK_A})
    for i in range(N):
        tasks[i] = asyncio.create_task(waiter(event))
    await asyncio.sleep(0)
    marker_b = bytearray({MARK_B})
    event.set()
    await asyncio.gather(*tasks)
    assert all(t.done() for t in tasks)
asyncio.run(main())
"#
    )
}

#[test]
fn allocations_per_suspended_task() {
    if let Some(s) = std::env::var("TASKMEM_TRACE")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        TRACE_SIZE.store(s, Ordering::Relaxed);
    }
    if let Some(s) = std::env::var("TASKMEM_FRAMES")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        TAKE.store(s, Ordering::Relaxed);
    }
    let cfg = Config {
        argv: vec!["-c".to_string()],
        hash_seed: Some(0),
        ..Config::default()
    };
    assert_eq!(run(Target::Command(program()), cfg, None), 0);
    assert_eq!(MARKS.load(Ordering::Relaxed), 2, "both markers seen");
    let (mut blocks, mut requested, mut classed) = (0.0, 0.0, 0.0);
    println!("size  class  blocks per task");
    for size in 0..EXACT {
        let d = SNAP_B[size].load(Ordering::Relaxed) - SNAP_A[size].load(Ordering::Relaxed);
        let per = d as f64 / N as f64;
        if per.abs() >= 0.05 {
            println!("{size:4}  {:5}  {per:6.2}", jemalloc_class(size));
        }
        blocks += per;
        requested += per * size as f64;
        classed += per * jemalloc_class(size) as f64;
    }
    print_sites();
    let large = (SNAP_B[EXACT + 1].load(Ordering::Relaxed)
        - SNAP_A[EXACT + 1].load(Ordering::Relaxed)) as f64
        / N as f64;
    println!(
        "per task: {blocks:.2} blocks under {EXACT} bytes, {requested:.0} bytes requested, \
         {classed:.0} in jemalloc's classes; {large:.0} bytes in larger blocks (growing vectors)"
    );
    // What a task costs only ever goes down: fail on a regression (the figures at the time of
    // writing are in docs/PERFORMANCE.md "asyncio").
    assert!(blocks <= 16.5, "{blocks:.2} blocks per task");
    assert!(classed <= 1550.0, "{classed:.0} bytes per task");
}
