//! `sys.monitoring` (PEP 669): tool ids, callbacks, events set for all code (`set_events`)
//! or one code object (`set_local_events`), DISABLE per location. Every event of 3.12 is sent:
//! PY_START, PY_RESUME, PY_RETURN, PY_YIELD, CALL, LINE, INSTRUCTION, JUMP, BRANCH,
//! STOP_ITERATION (a `yield from`/`await` delegate that returned), RAISE, RERAISE,
//! EXCEPTION_HANDLED, PY_UNWIND, PY_THROW, C_RETURN and C_RAISE, from the same places as the
//! settrace events (Python/instrumentation.c). Callbacks run after sys.settrace's and
//! sys.setprofile's (tool ids 7 and 6), highest tool id first, with no events sent while one
//! runs.

use std::collections::HashSet;

use crate::frame::FrameRef;
use crate::objects::function::Args;
use crate::value::{DictRef, Value};
use crate::vm::{PyResult, Vm};

pub const PY_START: usize = 0;
pub const PY_RESUME: usize = 1;
pub const PY_RETURN: usize = 2;
pub const PY_YIELD: usize = 3;
pub const CALL: usize = 4;
pub const LINE: usize = 5;
pub const INSTRUCTION: usize = 6;
pub const JUMP: usize = 7;
pub const BRANCH: usize = 8;
pub const STOP_ITERATION: usize = 9;
pub const RAISE: usize = 10;
pub const EXCEPTION_HANDLED: usize = 11;
pub const PY_UNWIND: usize = 12;
pub const PY_THROW: usize = 13;
pub const RERAISE: usize = 14;
pub const C_RETURN: usize = 15;
pub const C_RAISE: usize = 16;

/// `sys.monitoring.events`, in bit order.
const EVENT_NAMES: [&str; 17] = [
    "PY_START",
    "PY_RESUME",
    "PY_RETURN",
    "PY_YIELD",
    "CALL",
    "LINE",
    "INSTRUCTION",
    "JUMP",
    "BRANCH",
    "STOP_ITERATION",
    "RAISE",
    "EXCEPTION_HANDLED",
    "PY_UNWIND",
    "PY_THROW",
    "RERAISE",
    "C_RETURN",
    "C_RAISE",
];

/// The events pydive sends (the others can be set but never come).
const SUPPORTED: u32 = (1 << PY_START)
    | (1 << PY_RESUME)
    | (1 << PY_RETURN)
    | (1 << PY_YIELD)
    | (1 << CALL)
    | (1 << LINE)
    | (1 << INSTRUCTION)
    | (1 << JUMP)
    | (1 << BRANCH)
    | (1 << STOP_ITERATION)
    | (1 << RAISE)
    | (1 << EXCEPTION_HANDLED)
    | (1 << PY_UNWIND)
    | (1 << PY_THROW)
    | (1 << RERAISE)
    | (1 << C_RETURN)
    | (1 << C_RAISE);

/// Events whose callbacks may return DISABLE (the "local" events).
const LOCAL: u32 = (1 << PY_START)
    | (1 << PY_RESUME)
    | (1 << PY_RETURN)
    | (1 << PY_YIELD)
    | (1 << CALL)
    | (1 << LINE)
    | (1 << INSTRUCTION)
    | (1 << JUMP)
    | (1 << BRANCH);

const TOOLS: usize = 6;

pub struct Monitoring {
    /// The union of the events set by all tools: nothing to do when 0.
    pub all: u32,
    names: [Option<Value>; TOOLS],
    events: [u32; TOOLS],
    callbacks: Vec<Vec<Option<Value>>>,
    /// (code address, code unit, tool, event) where a callback returned DISABLE.
    disabled: HashSet<(usize, usize, usize, usize)>,
    /// `set_local_events`: (code address, tool) -> (the code, kept alive; its events).
    local:
        std::collections::HashMap<(usize, usize), (std::rc::Rc<crate::objects::code::PyCode>, u32)>,
    pub disable: Value,
    pub missing: Value,
}

impl Default for Monitoring {
    fn default() -> Self {
        Monitoring {
            all: 0,
            names: Default::default(),
            events: [0; TOOLS],
            callbacks: Vec::new(),
            disabled: HashSet::new(),
            local: Default::default(),
            disable: Value::None,
            missing: Value::None,
        }
    }
}

impl Vm {
    /// Send event `ev` of `frame` at code unit `unit`: each tool with the event on gets
    /// `callback(*args)` (`args` start with the code object).
    pub(crate) fn monitor(
        &mut self,
        frame: &FrameRef,
        ev: usize,
        unit: usize,
        args: Vec<Value>,
    ) -> PyResult<()> {
        let m = &self.sys_trace.monitoring;
        if m.all & (1 << ev) == 0 || m.callbacks.is_empty() {
            return Ok(());
        }
        let code = frame.borrow().code.clone();
        let key = std::rc::Rc::as_ptr(&code) as usize;
        for tool in (0..TOOLS).rev() {
            let m = &self.sys_trace.monitoring;
            let local = m.local.get(&(key, tool)).map_or(0, |l| l.1);
            if (m.events[tool] | local) & (1 << ev) == 0
                || m.disabled.contains(&(key, unit, tool, ev))
            {
                continue;
            }
            let Some(cb) = m.callbacks[tool][ev].clone() else {
                continue;
            };
            let mut all = vec![Value::Code(code.clone())];
            all.extend(args.iter().cloned());
            self.sys_trace.tracing += 1;
            let r = self.call(&cb, all);
            self.sys_trace.tracing -= 1;
            let r = r?;
            let m = &mut self.sys_trace.monitoring;
            if r.is(&m.disable) && LOCAL & (1 << ev) != 0 {
                m.disabled.insert((key, unit, tool, ev));
            }
        }
        Ok(())
    }

    fn monitoring_recount(&mut self) {
        let m = &mut self.sys_trace.monitoring;
        let local = m.local.values().fold(0, |a, l| a | l.1);
        m.all = (m.events.iter().fold(0, |a, e| a | e) | local) & SUPPORTED;
        let st = &mut self.sys_trace;
        st.on = st.trace.is_some() || st.profile.is_some() || st.monitoring.all != 0;
    }
}

fn tool_arg(vm: &mut Vm, a: &Args) -> PyResult<usize> {
    let id = match a.pos.first() {
        Some(Value::Int(i)) => *i,
        _ => return Err(vm.type_error("an integer is required")),
    };
    if !(0..TOOLS as i64).contains(&id) {
        return Err(vm.value_error(format!("invalid tool {id} (must be between 0 and 5)")));
    }
    Ok(id as usize)
}

fn check_in_use(vm: &mut Vm, tool: usize) -> PyResult<()> {
    if vm.sys_trace.monitoring.names[tool].is_none() {
        return Err(vm.value_error(format!("tool {tool} is not in use")));
    }
    Ok(())
}

fn m_use_tool_id(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let tool = tool_arg(vm, &a)?;
    let name = a.pos.get(1).cloned().unwrap_or(Value::None);
    if name.as_str().is_none() {
        return Err(vm.value_error("tool name must be a str"));
    }
    if vm.sys_trace.monitoring.names[tool].is_some() {
        return Err(vm.value_error(format!("tool {tool} is already in use")));
    }
    vm.sys_trace.monitoring.names[tool] = Some(name);
    Ok(Value::None)
}

fn m_free_tool_id(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let tool = tool_arg(vm, &a)?;
    let m = &mut vm.sys_trace.monitoring;
    m.names[tool] = None;
    m.events[tool] = 0;
    if let Some(cbs) = m.callbacks.get_mut(tool) {
        cbs.iter_mut().for_each(|c| *c = None);
    }
    m.disabled.retain(|k| k.2 != tool);
    m.local.retain(|k, _| k.1 != tool);
    vm.monitoring_recount();
    Ok(Value::None)
}

fn m_get_tool(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let tool = tool_arg(vm, &a)?;
    Ok(vm.sys_trace.monitoring.names[tool]
        .clone()
        .unwrap_or(Value::None))
}

fn event_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<u32> {
    match v {
        Some(Value::Int(e)) if (0..1 << EVENT_NAMES.len()).contains(e) => Ok(*e as u32),
        Some(Value::Int(e)) => Err(vm.value_error(format!("invalid event set 0x{e:x}"))),
        _ => Err(vm.type_error("an integer is required")),
    }
}

fn m_register_callback(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let tool = tool_arg(vm, &a)?;
    let ev = event_arg(vm, a.pos.get(1))?;
    if ev.count_ones() != 1 {
        return Err(vm.value_error("The callback can only be set for one event at a time"));
    }
    let func = a.pos.get(2).cloned().unwrap_or(Value::None);
    let m = &mut vm.sys_trace.monitoring;
    if m.callbacks.is_empty() {
        m.callbacks = vec![vec![None; EVENT_NAMES.len()]; TOOLS];
    }
    let slot = &mut m.callbacks[tool][ev.trailing_zeros() as usize];
    let old = std::mem::replace(slot, (!func.is_none()).then_some(func));
    Ok(old.unwrap_or(Value::None))
}

fn m_set_events(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let tool = tool_arg(vm, &a)?;
    let ev = event_arg(vm, a.pos.get(1))?;
    check_in_use(vm, tool)?;
    if ev & !SUPPORTED != 0 {
        let names: Vec<&str> = (0..EVENT_NAMES.len())
            .filter(|i| ev & !SUPPORTED & (1 << i) != 0)
            .map(|i| EVENT_NAMES[i])
            .collect();
        return Err(vm.not_implemented(&format!("sys.monitoring events {}", names.join(", "))));
    }
    let m = &mut vm.sys_trace.monitoring;
    if m.callbacks.is_empty() {
        m.callbacks = vec![vec![None; EVENT_NAMES.len()]; TOOLS];
    }
    // Events turned off lose their DISABLEd locations (CPython removes that instrumentation
    // and puts it back whole when the event is set again).
    let removed = m.events[tool] & !ev;
    m.disabled
        .retain(|k| !(k.2 == tool && removed & (1 << k.3) != 0));
    m.events[tool] = ev;
    vm.monitoring_recount();
    Ok(Value::None)
}

fn m_get_events(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let tool = tool_arg(vm, &a)?;
    Ok(Value::Int(vm.sys_trace.monitoring.events[tool] as i64))
}

fn m_restart_events(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    vm.sys_trace.monitoring.disabled.clear();
    Ok(Value::None)
}

fn code_arg(vm: &mut Vm, a: &Args) -> PyResult<std::rc::Rc<crate::objects::code::PyCode>> {
    match a.pos.get(1) {
        Some(Value::Code(c)) => Ok(c.clone()),
        _ => Err(vm.type_error("code must be a code object")),
    }
}

/// `set_local_events(tool, code, events)`: events of one code object only.
fn m_set_local_events(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let tool = tool_arg(vm, &a)?;
    let code = code_arg(vm, &a)?;
    let ev = event_arg(vm, a.pos.get(2))?;
    if ev & !LOCAL != 0 {
        return Err(vm.value_error(format!("invalid local event set 0x{ev:x}")));
    }
    check_in_use(vm, tool)?;
    let m = &mut vm.sys_trace.monitoring;
    if m.callbacks.is_empty() {
        m.callbacks = vec![vec![None; EVENT_NAMES.len()]; TOOLS];
    }
    let key = (std::rc::Rc::as_ptr(&code) as usize, tool);
    let removed = m.local.get(&key).map_or(0, |l| l.1) & !ev;
    m.disabled
        .retain(|k| !(k.0 == key.0 && k.2 == tool && removed & (1 << k.3) != 0));
    if ev == 0 {
        m.local.remove(&key);
    } else {
        m.local.insert(key, (code, ev));
    }
    vm.monitoring_recount();
    Ok(Value::None)
}

fn m_get_local_events(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let tool = tool_arg(vm, &a)?;
    let code = code_arg(vm, &a)?;
    let key = (std::rc::Rc::as_ptr(&code) as usize, tool);
    let ev = vm.sys_trace.monitoring.local.get(&key).map_or(0, |l| l.1);
    Ok(Value::Int(ev as i64))
}

/// `sys.monitoring`: a module object held by `sys` (CPython's is a namespace module too).
pub fn init(vm: &mut Vm, sys: &DictRef) {
    let (module, d) = vm.new_module("sys.monitoring");
    let fns: &[(&str, crate::objects::function::NativeFn)] = &[
        ("use_tool_id", m_use_tool_id),
        ("free_tool_id", m_free_tool_id),
        ("get_tool", m_get_tool),
        ("register_callback", m_register_callback),
        ("set_events", m_set_events),
        ("get_events", m_get_events),
        ("set_local_events", m_set_local_events),
        ("get_local_events", m_get_local_events),
        ("restart_events", m_restart_events),
    ];
    for (n, f) in fns {
        let v = vm.native(n, *f);
        d.borrow_mut().set_str(n, v);
    }
    let (events, ed) = vm.new_module("sys.monitoring.events");
    for (i, n) in EVENT_NAMES.iter().enumerate() {
        ed.borrow_mut().set_str(n, Value::Int(1 << i));
    }
    ed.borrow_mut().set_str("NO_EVENTS", Value::Int(0));
    d.borrow_mut().set_str("events", events);
    for (n, v) in [
        ("DEBUGGER_ID", 0),
        ("COVERAGE_ID", 1),
        ("PROFILER_ID", 2),
        ("OPTIMIZER_ID", 5),
    ] {
        d.borrow_mut().set_str(n, Value::Int(v));
    }
    let object = vm.types.object.clone();
    let disable = crate::ops::new_instance(vm, &object);
    let missing = crate::ops::new_instance(vm, &object);
    d.borrow_mut().set_str("DISABLE", disable.clone());
    d.borrow_mut().set_str("MISSING", missing.clone());
    vm.sys_trace.monitoring.disable = disable;
    vm.sys_trace.monitoring.missing = missing;
    sys.borrow_mut().set_str("monitoring", module);
}
