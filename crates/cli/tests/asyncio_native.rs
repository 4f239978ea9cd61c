//! Ctrl-C while asyncio's loop waits in epoll: CPython prints a traceback ending in
//! `KeyboardInterrupt` and dies of SIGINT (a shell sees 130). pydive must do the same, and the
//! wait must not spin the CPU.

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const PROGRAM: &str = "\
import asyncio
def ready():
    print('ready', flush=True)
loop = asyncio.new_event_loop()
loop.call_soon(ready)
loop.run_forever()
";

fn send_sigint(pid: u32) {
    // The shell's builtin kill: no procps needed.
    let status = Command::new("sh")
        .args(["-c", "kill -INT \"$0\"", &pid.to_string()])
        .status()
        .expect("run sh -c kill");
    assert!(status.success(), "kill -INT failed");
}

#[test]
fn sigint_stops_run_forever_with_keyboard_interrupt() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pydive"))
        .args(["-c", PROGRAM])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start pydive");
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    out.read_line(&mut line).expect("read ready line");
    assert_eq!(line, "ready\n");
    // Give the loop time to block in epoll_wait, then interrupt it.
    std::thread::sleep(Duration::from_millis(300));
    send_sigint(child.id());
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("pydive did not stop after SIGINT");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("read stderr");
    assert_eq!(status.code(), Some(130), "stderr: {err}");
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(err.contains("in run_forever\n"), "{err}");
    assert!(err.ends_with("\nKeyboardInterrupt\n"), "{err}");
}

/// `pydive --virtual-time`: a program that sleeps for minutes finishes at once, with the
/// output (and `loop.time()` arithmetic) of a real-time run.
#[test]
fn virtual_time_skips_long_sleeps() {
    const SLEEPY: &str = "\
import asyncio
async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(name, 'woke after', delay)
    return delay
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    r = await asyncio.gather(sleeper('hour', 3600), sleeper('minute', 60), sleeper('second', 1))
    print(r, round(loop.time() - t0))
    try:
        await asyncio.wait_for(asyncio.sleep(86400), 600)
    except TimeoutError:
        print('timed out at', round(loop.time() - t0))
asyncio.run(main())
";
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_pydive"))
        .args(["--virtual-time", "-c", SLEEPY])
        .stdin(Stdio::null())
        .output()
        .expect("run pydive");
    assert!(
        start.elapsed() < Duration::from_secs(30),
        "virtual time took {:?}",
        start.elapsed()
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "second woke after 1\nminute woke after 60\nhour woke after 3600\n\
         [3600, 60, 1] 3600\ntimed out at 4200\n"
    );
    assert_eq!(out.status.code(), Some(0));
}
