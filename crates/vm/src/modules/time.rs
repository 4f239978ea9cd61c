//! `_time`: clocks and sleep, the native half of `lib/time.py`.

use std::time::{Instant, SystemTime, UNIX_EPOCH};

use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

thread_local! {
    static START: Instant = Instant::now();
}

fn now() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

fn mono() -> f64 {
    START.with(|s| s.elapsed().as_secs_f64()) + 1000.0
}

fn t_time(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Float(now()))
}
fn t_time_ns(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_nanos() as i64)
            .unwrap_or(0),
    ))
}
fn t_mono(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Float(mono()))
}
fn t_mono_ns(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int((mono() * 1e9) as i64))
}
fn t_sleep(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = crate::objects::float::to_f64(vm, a.pos.first().unwrap_or(&Value::Int(0)))?;
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    if crate::threads::others_exist() {
        // green threads (threads.rs): the others run while this one sleeps
        return crate::threads::sleep(vm, s).map(|()| Value::None);
    }
    vm.flush_stdout();
    let end = Instant::now() + std::time::Duration::from_secs_f64(s);
    while Instant::now() < end {
        let left = end - Instant::now();
        std::thread::sleep(left.min(std::time::Duration::from_millis(50)));
        vm.check_interrupt()?;
    }
    Ok(Value::None)
}
/// A CPU-time clock in nanoseconds: the process's (all its threads) or the calling thread's,
/// as CPython's process_time/thread_time read them (clock_gettime).
fn cpu_ns(clock: rustix::time::ClockId) -> i64 {
    let t = rustix::time::clock_gettime(clock);
    t.tv_sec
        .saturating_mul(1_000_000_000)
        .saturating_add(t.tv_nsec)
}

fn t_process_time(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Float(
        cpu_ns(rustix::time::ClockId::ProcessCPUTime) as f64 * 1e-9,
    ))
}
fn t_process_time_ns(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(cpu_ns(rustix::time::ClockId::ProcessCPUTime)))
}
fn t_thread_time(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Float(
        cpu_ns(rustix::time::ClockId::ThreadCPUTime) as f64 * 1e-9,
    ))
}
fn t_thread_time_ns(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(cpu_ns(rustix::time::ClockId::ThreadCPUTime)))
}

pub fn init(vm: &mut Vm, d: &DictRef) -> PyResult<()> {
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("time", t_time),
        ("time_ns", t_time_ns),
        ("monotonic", t_mono),
        ("monotonic_ns", t_mono_ns),
        ("perf_counter", t_mono),
        ("perf_counter_ns", t_mono_ns),
        ("process_time", t_process_time),
        ("process_time_ns", t_process_time_ns),
        ("thread_time", t_thread_time),
        ("thread_time_ns", t_thread_time_ns),
        ("sleep", t_sleep),
    ];
    for (n, f) in fns {
        d.borrow_mut().set_str(n, vm.native(n, *f));
    }
    Ok(())
}
