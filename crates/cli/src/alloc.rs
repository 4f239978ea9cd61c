//! The process's allocator: jemalloc, behind a guard that refuses what Linux refuses to
//! glibc.
//!
//! jemalloc spends about 30% less CPU than glibc's malloc on the VM's many small objects
//! (docs/PERFORMANCE.md, "allocator"). But it takes address space with `mmap` under the
//! kernel's overcommit, so a request for 100 GB succeeds and fails only when the pages are
//! touched (the process is killed), where glibc's `mmap` of it is refused and pydive raises
//! MemoryError as CPython does (`format(1, "99999999999")`, `bytes(2**40)`: the fallible
//! paths use `try_reserve`). The guard refuses a single allocation as Linux's heuristic
//! overcommit (`vm.overcommit_memory` 0, `__vm_enough_memory`) does: larger than physical
//! RAM plus swap; in mode 2 (never overcommit) larger than `CommitLimit`; in mode 1
//! (always) nothing. The limit is read from `/proc` the first time a request of 1 GiB or
//! more is made, without allocating; small requests only pay one comparison.

use std::alloc::{GlobalAlloc, Layout};
use std::io::Read;
use std::sync::atomic::{AtomicUsize, Ordering};

use tikv_jemallocator::Jemalloc;

pub struct Guarded;

/// Requests below this are never checked.
const CHECK_FROM: usize = 1 << 30;

/// The largest single allocation the kernel would grant (0: not read yet).
static LIMIT: AtomicUsize = AtomicUsize::new(0);

/// Read `path` into `buf` (no allocation: the path is short enough for std's stack
/// buffer); the bytes read.
fn read_small(path: &str, buf: &mut [u8]) -> usize {
    let Ok(mut f) = std::fs::File::open(path) else {
        return 0;
    };
    let mut n = 0;
    while n < buf.len() {
        match f.read(&mut buf[n..]) {
            Ok(0) | Err(_) => break,
            Ok(k) => n += k,
        }
    }
    n
}

/// The value in kB of the `/proc/meminfo` line starting with `key`.
fn meminfo_kb(text: &[u8], key: &[u8]) -> Option<usize> {
    let at = text.windows(key.len()).position(|w| w == key)?;
    let digits = text[at + key.len()..]
        .iter()
        .skip_while(|b| !b.is_ascii_digit())
        .take_while(|b| b.is_ascii_digit());
    let mut v: usize = 0;
    for &d in digits {
        v = v.saturating_mul(10).saturating_add((d - b'0') as usize);
    }
    Some(v)
}

#[cold]
fn read_limit() -> usize {
    let mut mode = [0u8; 8];
    let n = read_small("/proc/sys/vm/overcommit_memory", &mut mode);
    let mode = if n > 0 { mode[0] } else { b'0' };
    let mut buf = [0u8; 8192];
    let n = read_small("/proc/meminfo", &mut buf);
    let text = &buf[..n];
    let kb = match mode {
        b'1' => None,
        b'2' => meminfo_kb(text, b"CommitLimit:"),
        _ => meminfo_kb(text, b"MemTotal:")
            .map(|m| m.saturating_add(meminfo_kb(text, b"SwapTotal:").unwrap_or(0))),
    };
    kb.filter(|&k| k > 0)
        .map_or(usize::MAX, |k| k.saturating_mul(1024))
}

#[inline]
fn too_big(size: usize) -> bool {
    if size < CHECK_FROM {
        return false;
    }
    let mut limit = LIMIT.load(Ordering::Relaxed);
    if limit == 0 {
        limit = read_limit();
        LIMIT.store(limit, Ordering::Relaxed);
    }
    size > limit
}

// SAFETY: every method forwards to jemalloc's own implementation of the same method with
// the same arguments, or returns null (a refusal, which the `GlobalAlloc` contract allows)
// before calling it; `dealloc` only ever sees pointers jemalloc returned.
#[allow(unsafe_code)]
unsafe impl GlobalAlloc for Guarded {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if too_big(layout.size()) {
            return std::ptr::null_mut();
        }
        Jemalloc.alloc(layout)
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if too_big(layout.size()) {
            return std::ptr::null_mut();
        }
        Jemalloc.alloc_zeroed(layout)
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        Jemalloc.dealloc(ptr, layout)
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if too_big(new_size) {
            return std::ptr::null_mut();
        }
        Jemalloc.realloc(ptr, layout, new_size)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meminfo_fields() {
        let text = b"MemTotal:       24683772 kB\nMemFree: 1 kB\nSwapTotal:             0 kB\n";
        assert_eq!(meminfo_kb(text, b"MemTotal:"), Some(24_683_772));
        assert_eq!(meminfo_kb(text, b"SwapTotal:"), Some(0));
        assert_eq!(meminfo_kb(text, b"CommitLimit:"), None);
    }

    #[test]
    fn small_requests_pass_and_absurd_ones_fail() {
        assert!(!too_big(1 << 20));
        // More than any machine's RAM and swap (the guard is off only in overcommit mode 1).
        if read_limit() != usize::MAX {
            assert!(too_big(1 << 62));
        }
        let mut v: Vec<u8> = Vec::new();
        assert!(v.try_reserve_exact(1 << 20).is_ok());
    }
}
