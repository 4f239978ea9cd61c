//! Frames: one activation of a code object, living on the VM's frame stack.
//!
//! ```text
//!  Frame
//!  ┌──────────────────────────────────────────────────────────────┐
//!  │ code ──▶ PyCode (co_code, co_consts, ...)     shared, immutable │
//!  │ lasti: code unit of the instruction last executed (f_lasti/2)  │
//!  │ localsplus: [ locals (args first) │ cells │ free vars ]        │
//!  │              Option<Value>: None = unbound; a cell slot holds  │
//!  │              Value::Cell after MAKE_CELL / COPY_FREE_VARS       │
//!  │ stack: the value stack, grows up to co_stacksize               │
//!  │   (localsplus and stack are one buffer: [ locals │ stack ])     │
//!  │ globals, builtins: dicts shared with the function              │
//!  │ locals: the mapping of module and class bodies (LOAD_NAME)     │
//!  │ back: the caller (f_back) while this frame runs or is linked   │
//!  └──────────────────────────────────────────────────────────────┘
//! ```
//! The frame owns its locals and value stack; the VM's frame stack (and a suspended
//! generator) owns the frame. A frame object seen from Python (`inspect.currentframe()`)
//! is `Value::Frame` sharing the same `Rc`, so it stays valid after the frame returns.

use std::alloc::{self, Layout};
use std::cell::RefCell;
use std::ops::{Deref, DerefMut, RangeFrom};
use std::ptr::NonNull;
use std::rc::Rc;

use crate::objects::code::PyCode;
use crate::value::{DictRef, Value};

pub type FrameRef = Rc<RefCell<Frame>>;

/// (A new field must also be reset by `recycle` and `Frame::new_ref`, which reuse frames.)
///
/// The fast locals and the value stack are one allocation (the frame's slot buffer, CPython's
/// `localsplus` array that ends in the stack): `co_nlocalsplus` slots of `Option<Value>`,
/// then the value stack's `co_stacksize` slots. A generator's or coroutine's buffer has
/// exactly that many slots, as it stays with the suspended frame; other frames take pooled
/// buffers (at least `MIN_POOLED_SLOTS`).
pub struct Frame {
    pub code: Rc<PyCode>,
    /// Code unit index of the instruction being / last executed (f_lasti = 2 * lasti).
    /// (u32: a code object holds fewer than 2**32 code units; the frame stays small.)
    pub lasti: u32,
    /// Code unit index of the next instruction to execute.
    pub next_instr: u32,
    /// locals, cells and free variables: the start of the slot buffer, which this frame owns.
    pub localsplus: Locals,
    /// The value stack: the rest of the slot buffer.
    pub stack: ValueStack,
    pub globals: DictRef,
    pub builtins: DictRef,
    /// The namespace of module-level and class-body code (`f_locals` there); boxed, as
    /// function frames (most frames, and every generator's) have none.
    pub locals: Option<Box<Value>>,
    pub back: Option<FrameRef>,
    /// Names set by KW_NAMES for the next CALL: the index of their tuple in co_consts, or
    /// `NO_KWNAMES` (an index, not the tuple: the frame stays within 104 bytes).
    pub kwnames: u32,
    /// The function being run, for `super()` without arguments and reprs.
    pub func: Option<Rc<crate::objects::function::Function>>,
    /// The generator that owns this frame, if any.
    pub generator: Option<std::rc::Weak<crate::objects::generator::Generator>>,
    /// `f_trace`, `f_trace_lines`, `f_trace_opcodes` once set (`settrace.rs`).
    pub trace: Option<Box<crate::settrace::FrameTrace>>,
}

/// `Frame::kwnames` when no KW_NAMES is pending.
pub const NO_KWNAMES: u32 = u32::MAX;

// A local slot (`Option<Value>`, None = unbound) and a stack slot (`Value`) are the same size
// and alignment, so one buffer holds both.
const _: () = assert!(
    std::mem::size_of::<Option<Value>>() == std::mem::size_of::<Value>()
        && std::mem::align_of::<Option<Value>>() == std::mem::align_of::<Value>()
);

/// A slot buffer of `n` slots, uninitialized (no allocation for none).
#[allow(unsafe_code)]
fn alloc_slots(n: usize) -> NonNull<Value> {
    if n == 0 {
        return NonNull::dangling();
    }
    let layout = Layout::array::<Value>(n).expect("frame slot buffer size");
    // SAFETY: the layout has a non-zero size.
    let p = unsafe { alloc::alloc(layout) } as *mut Value;
    match NonNull::new(p) {
        Some(p) => p,
        None => alloc::handle_alloc_error(layout),
    }
}

/// Free a buffer from `alloc_slots(n)`, whose values were dropped.
///
/// # Safety
/// `p` came from `alloc_slots(n)` with this `n` and is not used again.
#[allow(unsafe_code)]
unsafe fn free_slots(p: NonNull<Value>, n: usize) {
    if n != 0 {
        alloc::dealloc(
            p.as_ptr() as *mut u8,
            Layout::array::<Value>(n).expect("frame slot buffer size"),
        );
    }
}

/// The fast locals of a frame (`localsplus`: locals, cells, free variables), the first `len`
/// slots of its buffer; they deref to `[Option<Value>]`. (Packed: 12 bytes, so the frame
/// stays in jemalloc's 128-byte class with its `Rc` counts and `RefCell` flag.)
#[repr(C, packed)]
pub struct Locals {
    ptr: NonNull<Option<Value>>,
    len: u32,
}

#[allow(unsafe_code)]
impl Deref for Locals {
    type Target = [Option<Value>];
    #[inline]
    fn deref(&self) -> &[Option<Value>] {
        // SAFETY: the first `len` slots of the buffer are initialized locals.
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len as usize) }
    }
}

#[allow(unsafe_code)]
impl DerefMut for Locals {
    #[inline]
    fn deref_mut(&mut self) -> &mut [Option<Value>] {
        // SAFETY: as in `deref`; `&mut self` is the only way to them.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len as usize) }
    }
}

/// `ValueStack::cap`'s flag: the stack outgrew its place in the frame's buffer and moved to
/// a block of its own (never for code whose `co_stacksize` is right).
const SPILLED: u32 = 1 << 31;

/// The value stack of a frame: `len` values from `base`, room for `cap`, in the frame's slot
/// buffer after the locals. It derefs to `[Value]` and has the `Vec` methods the VM uses.
pub struct ValueStack {
    base: NonNull<Value>,
    len: u32,
    /// The room; with `SPILLED`, the stack is in a block of its own: `cap + 1` slots whose
    /// first holds `Value::Int(the stack's room in the frame's buffer)` and `base` the
    /// second.
    cap: u32,
}

#[allow(unsafe_code)]
impl Deref for ValueStack {
    type Target = [Value];
    #[inline]
    fn deref(&self) -> &[Value] {
        // SAFETY: the first `len` slots from `base` are initialized values.
        unsafe { std::slice::from_raw_parts(self.base.as_ptr(), self.len as usize) }
    }
}

#[allow(unsafe_code)]
impl DerefMut for ValueStack {
    #[inline]
    fn deref_mut(&mut self) -> &mut [Value] {
        // SAFETY: as in `deref`.
        unsafe { std::slice::from_raw_parts_mut(self.base.as_ptr(), self.len as usize) }
    }
}

#[allow(unsafe_code)]
impl ValueStack {
    #[inline]
    fn room(&self) -> usize {
        (self.cap & !SPILLED) as usize
    }

    #[inline]
    pub fn push(&mut self, v: Value) {
        if self.len as usize == self.room() {
            self.spill();
        }
        // SAFETY: `len < room`: the slot is inside the buffer and holds no value.
        unsafe { self.base.as_ptr().add(self.len as usize).write(v) };
        self.len += 1;
    }

    #[inline]
    pub fn pop(&mut self) -> Option<Value> {
        if self.len == 0 {
            return None;
        }
        self.len -= 1;
        // SAFETY: the slot held the top value; `len` no longer counts it.
        Some(unsafe { self.base.as_ptr().add(self.len as usize).read() })
    }

    /// Drop the values above the first `n`.
    #[inline]
    pub fn truncate(&mut self, n: usize) {
        let old = self.len as usize;
        if n >= old {
            return;
        }
        // (`len` first: a value's drop that panics leaves no value counted twice.)
        self.len = n as u32;
        // SAFETY: the slots `n..old` held values no longer counted.
        unsafe {
            std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(
                self.base.as_ptr().add(n),
                old - n,
            ))
        };
    }

    pub fn clear(&mut self) {
        self.truncate(0);
    }

    /// The values from `range.start` up, taken off the stack in order.
    pub fn drain(&mut self, range: RangeFrom<usize>) -> Drain<'_> {
        let (start, end) = (range.start, self.len as usize);
        assert!(start <= end, "drain of a value stack below its bottom");
        self.len = start as u32;
        Drain {
            // SAFETY: `start <= len`, inside the buffer.
            ptr: unsafe { self.base.as_ptr().add(start) },
            at: 0,
            n: end - start,
            _stack: std::marker::PhantomData,
        }
    }

    /// The values from `at` up, moved into a vector of exactly their number (collect would
    /// give a 1-item drain room for 4: BUILD_LIST's list capacity is getsizeof's).
    pub fn split_off(&mut self, at: usize) -> Vec<Value> {
        let mut v = Vec::with_capacity(self.len().saturating_sub(at));
        v.extend(self.drain(at..));
        v
    }

    /// The room the stack has in its frame's buffer (its own block's header says it once
    /// spilled).
    fn buffer_room(&self) -> usize {
        if self.cap & SPILLED == 0 {
            return self.cap as usize;
        }
        // SAFETY: a spilled stack's block starts with this slot, before `base`.
        match unsafe { &*self.base.as_ptr().sub(1) } {
            Value::Int(n) => *n as usize,
            _ => unreachable!("spilled stack header"),
        }
    }

    /// The stack outgrew its room (never when `co_stacksize` is right): it moves to a block
    /// of its own, twice as large.
    #[cold]
    #[inline(never)]
    fn spill(&mut self) {
        let room = self.buffer_room();
        let new = (self.room() * 2).max(8);
        let block = alloc_slots(new + 1);
        // SAFETY: `block` has `new + 1 > len + 1` slots; the values move (bitwise) from the
        // old place, which no longer counts them; an old block of its own is freed.
        unsafe {
            block.as_ptr().write(Value::Int(room as i64));
            let base = block.as_ptr().add(1);
            std::ptr::copy_nonoverlapping(self.base.as_ptr(), base, self.len as usize);
            self.free_spilled();
            self.base = NonNull::new_unchecked(base);
        }
        self.cap = new as u32 | SPILLED;
    }

    /// Free the stack's own block if it spilled (its values already moved or dropped).
    ///
    /// # Safety
    /// `base` is not used again before it is set.
    unsafe fn free_spilled(&mut self) {
        if self.cap & SPILLED != 0 {
            let block = self.base.as_ptr().sub(1);
            std::ptr::drop_in_place(block);
            free_slots(NonNull::new_unchecked(block), self.room() + 1);
        }
    }
}

impl Extend<Value> for ValueStack {
    fn extend<I: IntoIterator<Item = Value>>(&mut self, iter: I) {
        for v in iter {
            self.push(v);
        }
    }
}

/// `ValueStack::drain`: the values it took, in order (those not taken are dropped with it).
pub struct Drain<'a> {
    ptr: *mut Value,
    at: usize,
    n: usize,
    _stack: std::marker::PhantomData<&'a mut ValueStack>,
}

#[allow(unsafe_code)]
impl Iterator for Drain<'_> {
    type Item = Value;
    #[inline]
    fn next(&mut self) -> Option<Value> {
        if self.at == self.n {
            return None;
        }
        // SAFETY: slots `at..n` hold values no one else counts.
        let v = unsafe { self.ptr.add(self.at).read() };
        self.at += 1;
        Some(v)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.n - self.at, Some(self.n - self.at))
    }
}

impl ExactSizeIterator for Drain<'_> {}

#[allow(unsafe_code)]
impl Drop for Drain<'_> {
    fn drop(&mut self) {
        let rest = self.n - self.at;
        self.at = self.n;
        // SAFETY: the values not taken.
        unsafe {
            std::ptr::drop_in_place(std::ptr::slice_from_raw_parts_mut(
                self.ptr.add(self.n - rest),
                rest,
            ))
        };
    }
}

thread_local! {
    /// Slot buffers of finished frames (pointer, slots), reused by the next frames so a call
    /// does not allocate one anew.
    static POOL: RefCell<Vec<(NonNull<Value>, usize)>> = const { RefCell::new(Vec::new()) };
}

const POOL_MAX: usize = 64;
const POOL_MAX_SLOTS: usize = 256;
/// The smallest buffer a frame that is not a generator's takes, so pooled buffers fit most
/// frames.
const MIN_POOLED_SLOTS: usize = 16;

/// A buffer of at least `need` slots (`exact`: just that many, for a generator's frame, not
/// pooled), and its size.
#[allow(unsafe_code)]
fn take_buffer(need: usize, exact: bool) -> (NonNull<Value>, usize) {
    if exact {
        return (alloc_slots(need), need);
    }
    let pooled = POOL
        .try_with(|p| p.try_borrow_mut().ok().and_then(|mut p| p.pop()))
        .ok()
        .flatten();
    if let Some((p, n)) = pooled {
        if n >= need {
            return (p, n);
        }
        // SAFETY: a pooled buffer holds no values.
        unsafe { free_slots(p, n) };
    }
    let n = need.max(MIN_POOLED_SLOTS);
    (alloc_slots(n), n)
}

/// Give back a buffer that holds no values: to the pool, or freed.
#[allow(unsafe_code)]
fn give_buffer(p: NonNull<Value>, n: usize) {
    if (MIN_POOLED_SLOTS..=POOL_MAX_SLOTS).contains(&n) {
        let kept = POOL
            .try_with(|pool| match pool.try_borrow_mut() {
                Ok(mut pool) if pool.len() < POOL_MAX => {
                    pool.push((p, n));
                    true
                }
                _ => false,
            })
            .unwrap_or(false);
        if kept {
            return;
        }
    }
    // SAFETY: the buffer holds no values and is not used again.
    unsafe { free_slots(p, n) };
}

/// Whether frames of this code belong to a generator, coroutine or async generator (their
/// buffers are sized exactly).
#[inline]
fn generator_code(code: &PyCode) -> bool {
    use pydive_bytecode::code::co_flags;
    code.co.flags & (co_flags::GENERATOR | co_flags::COROUTINE | co_flags::ASYNC_GENERATOR) != 0
}

impl Drop for Frame {
    fn drop(&mut self) {
        // The values go first (their own drops may free other frames into the pool).
        self.drop_values();
        let (p, n) = self.release_buffer();
        give_buffer(p, n);
    }
}

thread_local! {
    /// Finished frames nobody referred to any more, their references dropped (`recycle`),
    /// reused whole by `Frame::new_ref`: a call then allocates no frame.
    static FREE: RefCell<Vec<FrameRef>> = const { RefCell::new(Vec::new()) };
    /// What a recycled frame holds instead of its code and namespaces (an empty module's
    /// code and an empty dict), so it keeps nothing of the program alive.
    static PLACEHOLDER: Option<(Rc<PyCode>, DictRef)> = {
        pydive_compiler::compile("", "<frame>", pydive_compiler::Mode::Exec)
            .ok()
            .map(|co| {
                (
                    Rc::new(crate::objects::code::new_pycode(co, Vec::new())),
                    Rc::new(RefCell::new(crate::objects::dict::Dict::new())),
                )
            })
    };
}

const FREE_MAX: usize = 32;

/// Keep `frame`, which has finished, for `Frame::new_ref` when nothing else refers to it (no
/// frame object, traceback or generator); otherwise it is simply dropped. Its values are
/// dropped here, with no borrow of it held (a finalizer may run).
pub fn recycle(frame: FrameRef) {
    if Rc::strong_count(&frame) != 1 || Rc::weak_count(&frame) != 0 {
        return;
    }
    let Some((code, dict)) = PLACEHOLDER.with(|p| p.clone()) else {
        return;
    };
    {
        // Nothing else refers to the frame, so a finalizer run by the drops below cannot
        // reach it: its fields are emptied in place, under this one borrow.
        let Ok(mut f) = frame.try_borrow_mut() else {
            return;
        };
        if f.stack.cap & SPILLED != 0 || f.buffer_slots() > POOL_MAX_SLOTS {
            return;
        }
        f.drop_values();
        f.code = code;
        f.globals = dict.clone();
        f.builtins = dict;
        // (Tested first: most are empty already, and a store drops the old value out of
        // line.)
        if f.locals.is_some() {
            f.locals = None;
        }
        f.back = None;
        f.kwnames = NO_KWNAMES;
        f.func = None;
        if f.generator.is_some() {
            f.generator = None;
        }
        if f.trace.is_some() {
            f.trace = None;
        }
    }
    let _ = FREE.try_with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            if p.len() < FREE_MAX {
                p.push(frame);
            }
        }
    });
}

impl Frame {
    /// A new frame behind its `Rc`, reusing a recycled one when there is one.
    pub fn new_ref(
        code: Rc<PyCode>,
        globals: DictRef,
        builtins: DictRef,
        locals: Option<Value>,
    ) -> FrameRef {
        let free = FREE
            .try_with(|p| p.try_borrow_mut().ok().and_then(|mut p| p.pop()))
            .ok()
            .flatten();
        let Some(rc) = free else {
            return Rc::new(RefCell::new(Frame::new(code, globals, builtins, locals)));
        };
        let old = {
            let mut f = rc.borrow_mut();
            // A recycled frame holds no values (`recycle`).
            let (n, depth) = (code.co.nlocalsplus(), code.co.stacksize as usize);
            let exact = generator_code(&code);
            let have = f.buffer_slots();
            if have < n + depth || (exact && have != n + depth) {
                let (p, slots) = f.release_buffer();
                give_buffer(p, slots);
                let (p, slots) = take_buffer(n + depth, exact);
                f.set_buffer(p, slots, n);
            } else {
                // (Its first `localsplus.len` slots are unbound already: `drop_values`.)
                let p = f.localsplus.ptr.cast::<Value>();
                let unbound = f.localsplus.len as usize;
                f.set_buffer_from(p, have, n, unbound);
            }
            f.lasti = 0;
            f.next_instr = 0;
            // A recycled frame has no namespace (`recycle` dropped it).
            if let Some(l) = locals {
                f.locals = Some(Box::new(l));
            }
            (
                std::mem::replace(&mut f.code, code),
                std::mem::replace(&mut f.globals, globals),
                std::mem::replace(&mut f.builtins, builtins),
            )
        };
        drop(old);
        rc
    }

    pub fn new(
        code: Rc<PyCode>,
        globals: DictRef,
        builtins: DictRef,
        locals: Option<Value>,
    ) -> Frame {
        let (n, depth) = (code.co.nlocalsplus(), code.co.stacksize as usize);
        let (p, slots) = take_buffer(n + depth, generator_code(&code));
        let mut f = Frame {
            lasti: 0,
            next_instr: 0,
            localsplus: Locals {
                ptr: p.cast(),
                len: 0,
            },
            stack: ValueStack {
                base: p,
                len: 0,
                cap: slots as u32,
            },
            code,
            globals,
            builtins,
            locals: locals.map(Box::new),
            back: None,
            kwnames: NO_KWNAMES,
            func: None,
            generator: None,
            trace: None,
        };
        f.set_buffer(p, slots, n);
        f
    }

    /// Make the buffer `p` of `slots` slots (holding no values) the frame's, with `n` unbound
    /// locals and an empty stack.
    fn set_buffer(&mut self, p: NonNull<Value>, slots: usize, n: usize) {
        self.set_buffer_from(p, slots, n, 0);
    }

    /// `set_buffer` for a buffer whose first `unbound` slots hold `None` already.
    #[allow(unsafe_code)]
    #[inline]
    fn set_buffer_from(&mut self, p: NonNull<Value>, slots: usize, n: usize, unbound: usize) {
        debug_assert!(n <= slots && unbound <= slots);
        let locals = p.cast::<Option<Value>>();
        for i in unbound.min(n)..n {
            // SAFETY: slot `i < n <= slots` of the buffer, holding no value.
            unsafe { locals.as_ptr().add(i).write(None) };
        }
        self.localsplus = Locals {
            ptr: locals,
            len: n as u32,
        };
        self.stack = ValueStack {
            // SAFETY: `n <= slots`: at most one past the buffer's end.
            base: unsafe { NonNull::new_unchecked(p.as_ptr().add(n)) },
            len: 0,
            cap: (slots - n) as u32,
        };
    }

    /// The slots of the frame's buffer.
    fn buffer_slots(&self) -> usize {
        self.localsplus.len as usize + self.stack.buffer_room()
    }

    /// Drop the values of the locals and the stack (the slots stay, holding none).
    fn drop_values(&mut self) {
        self.stack.clear();
        // One pass, each slot emptied before its value goes (a panicking drop leaves no
        // value counted twice); values held inline need no call of the drop glue.
        for slot in self.localsplus.iter_mut() {
            match slot.take() {
                Some(v)
                    if !matches!(
                        v,
                        Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)
                    ) =>
                {
                    drop(v)
                }
                other => std::mem::forget(other),
            }
        }
    }

    /// Take the frame's buffer (its values dropped) out: its pointer and slots. The frame is
    /// left with no slots.
    #[allow(unsafe_code)]
    fn release_buffer(&mut self) -> (NonNull<Value>, usize) {
        self.stack.clear();
        let slots = self.buffer_slots();
        // SAFETY: the stack holds no values; `base` is set below.
        unsafe { self.stack.free_spilled() };
        let p = self.localsplus.ptr.cast::<Value>();
        self.localsplus = Locals {
            ptr: NonNull::dangling(),
            len: 0,
        };
        self.stack = ValueStack {
            base: NonNull::dangling(),
            len: 0,
            cap: 0,
        };
        (p, slots)
    }

    /// The values of the locals and the stack, moved out (`frame.clear()`: the caller drops
    /// them with no borrow of the frame held).
    pub fn take_values(&mut self) -> (Vec<Option<Value>>, Vec<Value>) {
        let locals = self.localsplus.iter_mut().map(Option::take).collect();
        (locals, self.stack.drain(0..).collect())
    }

    /// The tuple of names KW_NAMES set for the next CALL, if any.
    #[inline]
    pub fn kwnames_tuple(&self) -> Option<&Value> {
        if self.kwnames == NO_KWNAMES {
            return None;
        }
        self.code.consts.get(self.kwnames as usize)
    }

    /// `f_lineno`: the line of the current instruction.
    pub fn lineno(&self) -> i64 {
        match self.code.line_at(self.lasti as usize) {
            Some(l) => l as i64,
            None => self.code.co.firstlineno as i64,
        }
    }

    /// `f_lasti` as Python reports it: a byte offset (-1 before the first instruction).
    pub fn f_lasti(&self) -> i64 {
        self.lasti as i64 * 2
    }
}

#[cfg(all(test, target_pointer_width = "64"))]
mod tests {
    use super::{alloc_slots, free_slots, ValueStack, SPILLED};
    use crate::value::Value;
    use std::rc::Rc;

    /// A stack pushed past its room moves to a block of its own and keeps its values in
    /// order; drain and truncate drop what they take off.
    #[test]
    #[allow(unsafe_code)]
    fn value_stack_spills_and_drains() {
        let s: Rc<str> = Rc::from("x");
        let p = alloc_slots(2);
        let mut st = ValueStack {
            base: p,
            len: 0,
            cap: 2,
        };
        for i in 0..20 {
            st.push(Value::Int(i));
            st.push(Value::Str(s.clone()));
        }
        assert!(st.cap & SPILLED != 0 && st.buffer_room() == 2 && st.len() == 40);
        assert_eq!(Rc::strong_count(&s), 21);
        assert!(matches!(st[38], Value::Int(19)));
        assert!(matches!(st.pop(), Some(Value::Str(_))));
        let mut d = st.drain(30..);
        assert!(matches!(d.next(), Some(Value::Int(15))));
        drop(d);
        assert_eq!(st.len(), 30);
        assert_eq!(Rc::strong_count(&s), 16);
        let v = st.split_off(28);
        assert!(matches!(v[..], [Value::Int(14), Value::Str(_)]));
        st.truncate(1);
        drop(v);
        assert_eq!(Rc::strong_count(&s), 1);
        st.clear();
        // SAFETY: the stack holds no values; its own block and then the buffer are freed once.
        unsafe {
            st.free_spilled();
            free_slots(p, 2);
        }
    }

    /// What every suspended coroutine and every instance costs (asyncio keeps one of each
    /// per task): these sizes only ever go down; see docs/PERFORMANCE.md "memory and scaling".
    #[test]
    fn layouts_stay_small() {
        use std::mem::size_of;
        // With the Rc counts (and the frame's RefCell flag): 128 and 96 bytes, jemalloc's
        // 128- and 96-byte classes (160 and 128 before; 192 and 160 before that).
        assert!(size_of::<super::Frame>() <= 104);
        assert!(size_of::<crate::objects::generator::Generator>() <= 80);
        assert!(size_of::<crate::objects::instance::Instance>() <= 96);
        assert!(size_of::<crate::objects::dict::Dict>() <= 72);
    }
}
