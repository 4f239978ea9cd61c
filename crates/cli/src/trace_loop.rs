//! How `pydive trace` shows asyncio's event-loop decisions (the events of lib/NATIVE.md's
//! asyncio table, reported through `_pydive.trace_event`): one readable line each.
//!
//! An iteration of `_run_once` opens with a `--- loop iteration N` line; what happens in it
//! (timers due, callbacks run, task steps, suspensions) follows, indented. For the seed's
//! coroutine.py the story reads: both tasks' first steps run in iteration 2 and stop at their
//! sleeps' futures; the 1 s timer comes due first, finishing a future whose done-callback
//! (Task-1's wake-up) runs in the next iteration; then the 2 s timer, the same for Task-2.

/// One line (without newline) for an event; unknown kinds show as `[asyncio] kind k=v ...`.
pub fn render(kind: &str, fields: &[(String, String)]) -> String {
    let get = |k: &str| {
        fields
            .iter()
            .find(|(n, _)| n == k)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    };
    let task = get("task");
    match kind {
        "loop_iteration" => {
            let ready = get("ready");
            let timers = get("timers");
            let wait = match get("timeout") {
                "None" => "then wait for I/O with no time limit".to_string(),
                "0" | "0.0" => "no waiting".to_string(),
                t => format!("then wait up to {} s for I/O or the next timer", seconds(t)),
            };
            format!(
                "--- loop iteration {}: {} ready, {} timer{} pending; {wait}",
                get("iteration"),
                ready,
                timers,
                if timers == "1" { "" } else { "s" }
            )
        }
        "loop_idle" => "    loop: idle: nothing ready, no timers, no I/O to watch; run_forever() \
                        would wait forever (only a signal can wake it), so the trace stops here"
            .to_string(),
        "virtual_time_jump" => format!(
            "    clock: virtual time jumps {} s ahead instead of sleeping",
            seconds(get("by"))
        ),
        "timer_fired" => format!(
            "    timer due (t={}): moves to the ready queue: {}",
            seconds(get("when")),
            get("handle")
        ),
        "timer_scheduled" => format!(
            "    timer scheduled for t={} (in {} s): {}",
            seconds(get("when")),
            seconds(get("delay")),
            get("handle")
        ),
        "callback_run" => format!("    run {}", get("handle")),
        "task_created" => format!(
            "    {task} created for {}; its first step is scheduled (call_soon)",
            get("coro")
        ),
        "task_step" => format!("    {task}: step: coroutine resumed with {}", get("resume")),
        "task_suspend" => format!(
            "    {task}: suspended{}, waiting on {}",
            at(get("at")),
            get("waiting_on")
        ),
        "task_yield" => format!(
            "    {task}: yielded{} (sleep(0)): next step scheduled behind what is ready",
            at(get("at"))
        ),
        "task_done" => {
            let exc = get("exception");
            if exc.is_empty() {
                format!("    {task}: done ({})", get("state"))
            } else {
                format!("    {task}: done ({}) with {exc}", get("state"))
            }
        }
        "task_cancel" => format!("    {task}: cancel() requested (msg={})", get("msg")),
        "future_done" => {
            let n = get("callbacks");
            format!(
                "    future done: {}; {n} done-callback{} scheduled",
                get("future"),
                if n == "1" { "" } else { "s" }
            )
        }
        _ => {
            let f: Vec<String> = fields.iter().map(|(k, v)| format!("{k}={v}")).collect();
            format!("[asyncio] {kind} {}", f.join(" "))
        }
    }
}

fn at(where_: &str) -> String {
    if where_.is_empty() || where_ == "None" {
        String::new()
    } else {
        format!(" in {where_}")
    }
}

/// A number of seconds with millisecond precision (the trace's clock is in seconds).
fn seconds(s: &str) -> String {
    match s.parse::<f64>() {
        Ok(v) => format!("{v:.3}"),
        Err(_) => s.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::render;

    fn f(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn renders_known_and_unknown_kinds() {
        assert_eq!(
            render(
                "loop_iteration",
                &f(&[
                    ("ready", "2"),
                    ("timers", "1"),
                    ("timeout", "0"),
                    ("iteration", "3")
                ])
            ),
            "--- loop iteration 3: 2 ready, 1 timer pending; no waiting"
        );
        assert_eq!(
            render(
                "task_step",
                &f(&[("task", "Task-1"), ("resume", "send(None)")])
            ),
            "    Task-1: step: coroutine resumed with send(None)"
        );
        assert_eq!(
            render("mystery", &f(&[("a", "1")])),
            "[asyncio] mystery a=1"
        );
    }
}
