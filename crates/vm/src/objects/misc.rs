//! Small object types: slice, range, property, super, traceback.

use num_bigint::BigInt;
use std::cell::RefCell;
use std::rc::Rc;

use crate::frame::FrameRef;
use crate::objects::typeobj::Type;
use crate::value::Value;

/// `slice(start, stop, step)`.
pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// `range(start, stop, step)` over machine ints (larger bounds raise OverflowError).
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// The exact bounds when one of them does not fit 64 bits (`range(10**20)`); the i64
    /// fields then hold saturated stand-ins, right for iterating from a small start, and
    /// everything else (len, indexing, `in`, repr, attributes, ==) reads these.
    pub big: Option<Rc<BigBounds>>,
}

pub struct BigBounds {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl Range {
    /// start, stop and step, exactly.
    pub fn exact(&self) -> (BigInt, BigInt, BigInt) {
        match &self.big {
            Some(b) => (b.start.clone(), b.stop.clone(), b.step.clone()),
            None => (self.start.into(), self.stop.into(), self.step.into()),
        }
    }

    /// The length, exactly (`compute_range_length`).
    pub fn exact_len(&self) -> BigInt {
        let (lo, hi, step) = self.exact();
        let zero = BigInt::from(0);
        let one = BigInt::from(1);
        if step > zero && lo < hi {
            (hi - lo - &one) / step + one
        } else if step < zero && lo > hi {
            (lo - hi - &one) / (-step) + one
        } else {
            zero
        }
    }

    /// The item at a valid index `i`, exactly.
    pub fn exact_item(&self, i: &BigInt) -> BigInt {
        let (start, _, step) = self.exact();
        start + i * step
    }

    /// The length, at most `i64::MAX` (`len_i128` tells when it is longer).
    pub fn len(&self) -> i64 {
        self.len_i128().min(i64::MAX as i128) as i64
    }

    pub fn len_i128(&self) -> i128 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        if step > 0 {
            if lo < hi {
                (hi - lo - 1) / step + 1
            } else {
                0
            }
        } else if lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn item(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

/// A range from exact bounds: machine ints when all three fit (and the length too), else
/// saturated stand-ins with the exact values in `big` (as `range()` builds them).
pub fn range_from_exact(start: BigInt, stop: BigInt, step: BigInt) -> Range {
    let small = |b: &BigInt| {
        i64::try_from(b)
            .ok()
            .filter(|v| v.unsigned_abs() < (1u64 << 62))
    };
    if let (Some(a), Some(b), Some(c)) = (small(&start), small(&stop), small(&step)) {
        return Range {
            start: a,
            stop: b,
            step: c,
            big: None,
        };
    }
    let stand_in = |b: &BigInt| {
        i64::try_from(b).unwrap_or(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        })
    };
    Range {
        start: stand_in(&start),
        stop: stand_in(&stop),
        step: stand_in(&step),
        big: Some(Rc::new(BigBounds { start, stop, step })),
    }
}

/// `property(fget, fset, fdel, doc)`.
pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    /// `__doc__`: writable (a plain member in CPython; `del` makes it None).
    pub doc: RefCell<Value>,
    pub name: RefCell<Value>,
}

/// `super(type, obj)`: attribute lookup starting after `thisclass` in `type(obj).__mro__`.
pub struct Super {
    pub thisclass: Rc<Type>,
    /// The instance (or class, for classmethods) the lookup binds to.
    pub obj: Value,
    /// `type(obj)` or obj itself when obj is a class.
    pub obj_type: Rc<Type>,
}

/// A traceback entry (`types.TracebackType`): a frame and where in it the exception passed.
pub struct Traceback {
    pub frame: FrameRef,
    /// Byte offset of the instruction (`tb_lasti`).
    pub lasti: usize,
    pub lineno: i64,
    pub next: RefCell<Option<Rc<Traceback>>>,
}

/// `types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)` (tb_new).
pub fn traceback_new(
    vm: &mut crate::vm::Vm,
    a: crate::objects::function::Args,
) -> crate::vm::PyResult<Value> {
    let names = ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"];
    let mut args: Vec<Option<Value>> = a.pos.iter().cloned().map(Some).collect();
    if args.len() > 4 {
        return Err(vm.type_error(format!(
            "traceback() takes at most 4 arguments ({} given)",
            args.len()
        )));
    }
    args.resize(4, None);
    for (k, v) in &a.kw {
        match names.iter().position(|n| **n == **k) {
            Some(i) => args[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "traceback() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    if let Some(i) = args.iter().position(|x| x.is_none()) {
        return Err(vm.type_error(format!(
            "traceback() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    let args: Vec<Value> = args.into_iter().flatten().collect();
    let next = match &args[0] {
        Value::None => None,
        Value::Traceback(t) => Some(t.clone()),
        other => {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("expected traceback object or None, got '{tn}'")));
        }
    };
    let Value::Frame(frame) = &args[1] else {
        let tn = vm.type_name(&args[1]);
        return Err(vm.type_error(format!(
            "TracebackType() argument 'tb_frame' must be frame, not {tn}"
        )));
    };
    let lasti = vm.index_value(&args[2])?;
    let lineno = vm.index_value(&args[3])?;
    Ok(Value::Traceback(Rc::new(Traceback {
        frame: frame.clone(),
        lasti: usize::try_from(lasti).unwrap_or(0),
        lineno,
        next: RefCell::new(next),
    })))
}
