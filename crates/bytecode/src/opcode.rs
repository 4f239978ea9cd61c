//! The one table of CPython 3.12's instruction set.
//!
//! Every other part of pydive — the compiler, the assembler, `dis`, the `opcode` module, marshal
//! and the VM — reads opcode facts from here. Numbers, cache counts and flags are those of
//! CPython 3.12's `Lib/opcode.py` (magic 3531); `tests/opcode_table.rs` checks them against a
//! golden dump of that module. Pseudo-instructions (256 and up) exist only inside the compiler
//! and are replaced by real ones before assembly, as in CPython's `flowgraph.c`.

/// Flag bits of an instruction, mirroring the `has*` lists of CPython's `opcode` module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpFlags(pub u16);

impl OpFlags {
    pub const NONE: u16 = 0;
    /// Takes an oparg (`opcode.hasarg`).
    pub const ARG: u16 = 1 << 0;
    /// Oparg indexes `co_consts` (`hasconst`).
    pub const CONST: u16 = 1 << 1;
    /// Oparg indexes `co_names` (`hasname`).
    pub const NAME: u16 = 1 << 2;
    /// Relative jump (`hasjrel`).
    pub const JUMP: u16 = 1 << 3;
    /// Oparg indexes the fast locals (`haslocal`).
    pub const LOCAL: u16 = 1 << 4;
    /// Oparg indexes cells and free variables (`hasfree`).
    pub const FREE: u16 = 1 << 5;
    /// Oparg encodes a comparison (`hascompare`).
    pub const COMPARE: u16 = 1 << 6;
    /// Pseudo-instruction that sets up an exception handler (`hasexc`).
    pub const EXC: u16 = 1 << 7;

    pub fn has(self, bit: u16) -> bool {
        self.0 & bit != 0
    }
}

macro_rules! opcode_table {
    (
        |$oparg:ident, $jump:ident|
        $($variant:ident = $num:literal, $name:ident, $caches:literal, $flags:expr,
          ($pops:expr => $pushes:expr), $doc:literal;)*
    ) => {
        /// A CPython 3.12 instruction (real: 0..=255, pseudo: 256..=266).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u16)]
        pub enum Opcode {
            $(#[doc = $doc] $variant = $num,)*
        }

        impl Opcode {
            /// Every instruction in the table, in number order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$variant,)*];

            /// The instruction with this number, if 3.12 defines one.
            pub const fn from_u16(number: u16) -> Option<Opcode> {
                match number {
                    $($num => Some(Opcode::$variant),)*
                    _ => None,
                }
            }

            /// CPython's name for it, as in `opcode.opname`.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Opcode::$variant => stringify!($name),)*
                }
            }

            /// How many 2-byte CACHE entries follow it in `co_code`
            /// (`opcode._inline_cache_entries`).
            pub const fn cache_entries(self) -> u8 {
                match self {
                    $(Opcode::$variant => $caches,)*
                }
            }

            pub const fn flags(self) -> OpFlags {
                #[allow(unused_imports)]
                use self::flag_names::*;
                match self {
                    $(Opcode::$variant => OpFlags($flags),)*
                }
            }

            /// Its meaning in `bytecodes.c`'s `(inputs -- outputs)` notation; `unused/N`
            /// names N CACHE entries, `x[n]` n stack items, `x if (c)` an item present when c.
            pub const fn stack_doc(self) -> &'static str {
                match self {
                    $(Opcode::$variant => $doc,)*
                }
            }

            /// (values popped, values pushed) for this oparg, on the jump edge when `jump`
            /// (`_PyOpcode_num_popped` / `_PyOpcode_num_pushed`); negative = no fixed count.
            #[allow(unused_variables, clippy::identity_op)]
            fn pops_pushes(self, oparg: u32, jump: bool) -> (i64, i64) {
                let $oparg = i64::from(oparg);
                let $jump = jump;
                match self {
                    $(Opcode::$variant => ($pops, $pushes),)*
                }
            }
        }
    };
}

/// Short names for the flag bits, used only by the table below.
mod flag_names {
    use super::OpFlags;
    pub const NONE: u16 = OpFlags::NONE;
    pub const ARG: u16 = OpFlags::ARG;
    pub const CONST: u16 = OpFlags::CONST;
    pub const NAME: u16 = OpFlags::NAME;
    pub const JUMP: u16 = OpFlags::JUMP;
    pub const LOCAL: u16 = OpFlags::LOCAL;
    pub const FREE: u16 = OpFlags::FREE;
    pub const COMPARE: u16 = OpFlags::COMPARE;
    pub const EXC: u16 = OpFlags::EXC;
}

/// `HAVE_ARGUMENT`: real opcodes at or above it take an oparg.
pub const HAVE_ARGUMENT: u8 = 90;
/// First pseudo-instruction number.
pub const MIN_PSEUDO_OPCODE: u16 = 256;
/// Last pseudo-instruction number.
pub const MAX_PSEUDO_OPCODE: u16 = 266;
/// First instrumented opcode (`opcode.MIN_INSTRUMENTED_OPCODE`).
pub const MIN_INSTRUMENTED_OPCODE: u8 = 237;

// One row per instruction:
//   Variant = number, NAME, cache entries, flags, (pops => pushes), "(inputs -- outputs)";
// `pops`/`pushes` are expressions of `oparg` (and `jump`, the edge to the jump target or
// exception handler), equal to 3.12's `_PyOpcode_num_popped/_pushed` and, for pseudo
// instructions, to `stack_effect()` in `compile.c`; -1 means "no fixed count".
opcode_table! {
    |oparg, jump|
    Cache = 0, CACHE, 0, NONE, (0 => 0), "(--)";
    PopTop = 1, POP_TOP, 0, NONE, (1 => 0), "(value --)";
    PushNull = 2, PUSH_NULL, 0, NONE, (0 => 1), "(-- res)";
    InterpreterExit = 3, INTERPRETER_EXIT, 0, NONE, (1 => 0), "(retval --)";
    EndFor = 4, END_FOR, 0, NONE, (2 => 0), "(second, first --)";
    EndSend = 5, END_SEND, 0, NONE, (2 => 1), "(receiver, value -- value)";
    Nop = 9, NOP, 0, NONE, (0 => 0), "(--)";
    UnaryNegative = 11, UNARY_NEGATIVE, 0, NONE, (1 => 1), "(value -- res)";
    UnaryNot = 12, UNARY_NOT, 0, NONE, (1 => 1), "(value -- res)";
    UnaryInvert = 15, UNARY_INVERT, 0, NONE, (1 => 1), "(value -- res)";
    Reserved = 17, RESERVED, 0, NONE, (0 => 0), "(--)";
    BinarySubscr = 25, BINARY_SUBSCR, 1, NONE, (2 => 1), "(unused/1, container, sub -- res)";
    BinarySlice = 26, BINARY_SLICE, 0, NONE, (3 => 1), "(container, start, stop -- res)";
    StoreSlice = 27, STORE_SLICE, 0, NONE, (4 => 0), "(v, container, start, stop -- )";
    GetLen = 30, GET_LEN, 0, NONE, (1 => 2), "(obj -- obj, len_o)";
    MatchMapping = 31, MATCH_MAPPING, 0, NONE, (1 => 2), "(subject -- subject, res)";
    MatchSequence = 32, MATCH_SEQUENCE, 0, NONE, (1 => 2), "(subject -- subject, res)";
    MatchKeys = 33, MATCH_KEYS, 0, NONE, (2 => 3), "(subject, keys -- subject, keys, values_or_none)";
    PushExcInfo = 35, PUSH_EXC_INFO, 0, NONE, (1 => 2), "(new_exc -- prev_exc, new_exc)";
    CheckExcMatch = 36, CHECK_EXC_MATCH, 0, NONE, (2 => 2), "(left, right -- left, b)";
    CheckEgMatch = 37, CHECK_EG_MATCH, 0, NONE, (2 => 2), "(exc_value, match_type -- rest, match)";
    WithExceptStart = 49, WITH_EXCEPT_START, 0, NONE, (4 => 5), "(exit_func, lasti, unused, val -- exit_func, lasti, unused, val, res)";
    GetAiter = 50, GET_AITER, 0, NONE, (1 => 1), "(obj -- iter)";
    GetAnext = 51, GET_ANEXT, 0, NONE, (1 => 2), "(aiter -- aiter, awaitable)";
    BeforeAsyncWith = 52, BEFORE_ASYNC_WITH, 0, NONE, (1 => 2), "(mgr -- exit, res)";
    BeforeWith = 53, BEFORE_WITH, 0, NONE, (1 => 2), "(mgr -- exit, res)";
    EndAsyncFor = 54, END_ASYNC_FOR, 0, NONE, (2 => 0), "(awaitable, exc -- )";
    CleanupThrow = 55, CLEANUP_THROW, 0, NONE, (3 => 2), "(sub_iter, last_sent_val, exc_value -- none, value)";
    StoreSubscr = 60, STORE_SUBSCR, 1, NONE, (3 => 0), "(unused/1, v, container, sub -- )";
    DeleteSubscr = 61, DELETE_SUBSCR, 0, NONE, (2 => 0), "(container, sub -- )";
    GetIter = 68, GET_ITER, 0, NONE, (1 => 1), "(iterable -- iter)";
    GetYieldFromIter = 69, GET_YIELD_FROM_ITER, 0, NONE, (1 => 1), "(iterable -- iter)";
    LoadBuildClass = 71, LOAD_BUILD_CLASS, 0, NONE, (0 => 1), "(-- bc)";
    LoadAssertionError = 74, LOAD_ASSERTION_ERROR, 0, NONE, (0 => 1), "(-- value)";
    ReturnGenerator = 75, RETURN_GENERATOR, 0, NONE, (0 => 0), "(--)";
    ReturnValue = 83, RETURN_VALUE, 0, NONE, (1 => 0), "(retval --)";
    SetupAnnotations = 85, SETUP_ANNOTATIONS, 0, NONE, (0 => 0), "(--)";
    LoadLocals = 87, LOAD_LOCALS, 0, NONE, (0 => 1), "(-- locals)";
    PopExcept = 89, POP_EXCEPT, 0, NONE, (1 => 0), "(exc_value -- )";
    StoreName = 90, STORE_NAME, 0, ARG | NAME, (1 => 0), "(v -- )";
    DeleteName = 91, DELETE_NAME, 0, ARG | NAME, (0 => 0), "(--)";
    UnpackSequence = 92, UNPACK_SEQUENCE, 1, ARG, (1 => oparg), "(unused/1, seq -- unused[oparg])";
    ForIter = 93, FOR_ITER, 1, ARG | JUMP, (1 => 2), "(unused/1, iter -- iter, next)";
    UnpackEx = 94, UNPACK_EX, 0, ARG, (1 => (oparg & 0xFF) + 1 + (oparg >> 8)), "(seq -- unused[oparg & 0xFF], unused, unused[oparg >> 8])";
    StoreAttr = 95, STORE_ATTR, 4, ARG | NAME, (2 => 0), "(unused/1, unused/3, v, owner --)";
    DeleteAttr = 96, DELETE_ATTR, 0, ARG | NAME, (1 => 0), "(owner --)";
    StoreGlobal = 97, STORE_GLOBAL, 0, ARG | NAME, (1 => 0), "(v --)";
    DeleteGlobal = 98, DELETE_GLOBAL, 0, ARG | NAME, (0 => 0), "(--)";
    Swap = 99, SWAP, 0, ARG, (oparg => oparg), "(bottom, unused[oparg-2], top -- top, unused[oparg-2], bottom)";
    LoadConst = 100, LOAD_CONST, 0, ARG | CONST, (0 => 1), "(-- value)";
    LoadName = 101, LOAD_NAME, 0, ARG | NAME, (0 => 1), "(-- v)";
    BuildTuple = 102, BUILD_TUPLE, 0, ARG, (oparg => 1), "(values[oparg] -- tup)";
    BuildList = 103, BUILD_LIST, 0, ARG, (oparg => 1), "(values[oparg] -- list)";
    BuildSet = 104, BUILD_SET, 0, ARG, (oparg => 1), "(values[oparg] -- set)";
    BuildMap = 105, BUILD_MAP, 0, ARG, (oparg * 2 => 1), "(values[oparg*2] -- map)";
    LoadAttr = 106, LOAD_ATTR, 9, ARG | NAME, (1 => 1 + (oparg & 1)), "(unused/9, owner -- res2 if (oparg & 1), res)";
    CompareOp = 107, COMPARE_OP, 1, ARG | COMPARE, (2 => 1), "(unused/1, left, right -- res)";
    ImportName = 108, IMPORT_NAME, 0, ARG | NAME, (2 => 1), "(level, fromlist -- res)";
    ImportFrom = 109, IMPORT_FROM, 0, ARG | NAME, (1 => 2), "(from -- from, res)";
    JumpForward = 110, JUMP_FORWARD, 0, ARG | JUMP, (0 => 0), "(--)";
    PopJumpIfFalse = 114, POP_JUMP_IF_FALSE, 0, ARG | JUMP, (1 => 0), "(cond -- )";
    PopJumpIfTrue = 115, POP_JUMP_IF_TRUE, 0, ARG | JUMP, (1 => 0), "(cond -- )";
    LoadGlobal = 116, LOAD_GLOBAL, 4, ARG | NAME, (0 => 1 + (oparg & 1)), "(unused/1, unused/1, unused/1, unused/1 -- null if (oparg & 1), v)";
    IsOp = 117, IS_OP, 0, ARG, (2 => 1), "(left, right -- b)";
    ContainsOp = 118, CONTAINS_OP, 0, ARG, (2 => 1), "(left, right -- b)";
    Reraise = 119, RERAISE, 0, ARG, (oparg + 1 => oparg), "(values[oparg], exc -- values[oparg])";
    Copy = 120, COPY, 0, ARG, (oparg => oparg + 1), "(bottom, unused[oparg-1] -- bottom, unused[oparg-1], top)";
    ReturnConst = 121, RETURN_CONST, 0, ARG | CONST, (0 => 0), "(--)";
    BinaryOp = 122, BINARY_OP, 1, ARG, (2 => 1), "(unused/1, lhs, rhs -- res)";
    Send = 123, SEND, 1, ARG | JUMP, (2 => 2), "(unused/1, receiver, v -- receiver, retval)";
    LoadFast = 124, LOAD_FAST, 0, ARG | LOCAL, (0 => 1), "(-- value)";
    StoreFast = 125, STORE_FAST, 0, ARG | LOCAL, (1 => 0), "(value --)";
    DeleteFast = 126, DELETE_FAST, 0, ARG | LOCAL, (0 => 0), "(--)";
    LoadFastCheck = 127, LOAD_FAST_CHECK, 0, ARG | LOCAL, (0 => 1), "(-- value)";
    PopJumpIfNotNone = 128, POP_JUMP_IF_NOT_NONE, 0, ARG | JUMP, (1 => 0), "(value -- )";
    PopJumpIfNone = 129, POP_JUMP_IF_NONE, 0, ARG | JUMP, (1 => 0), "(value -- )";
    RaiseVarargs = 130, RAISE_VARARGS, 0, ARG, (oparg => 0), "(args[oparg] -- )";
    GetAwaitable = 131, GET_AWAITABLE, 0, ARG, (1 => 1), "(iterable -- iter)";
    MakeFunction = 132, MAKE_FUNCTION, 0, ARG, (1 + (oparg & 0x0F).count_ones() as i64 => 1), "(defaults if (oparg & 0x01), kwdefaults if (oparg & 0x02), annotations if (oparg & 0x04), closure if (oparg & 0x08), codeobj -- func)";
    BuildSlice = 133, BUILD_SLICE, 0, ARG, (if oparg == 3 { 3 } else { 2 } => 1), "(start, stop, step if (oparg == 3) -- slice)";
    JumpBackwardNoInterrupt = 134, JUMP_BACKWARD_NO_INTERRUPT, 0, ARG | JUMP, (0 => 0), "(--)";
    MakeCell = 135, MAKE_CELL, 0, ARG | FREE, (0 => 0), "(--)";
    LoadClosure = 136, LOAD_CLOSURE, 0, ARG | FREE, (0 => 1), "(-- value)";
    LoadDeref = 137, LOAD_DEREF, 0, ARG | FREE, (0 => 1), "(-- value)";
    StoreDeref = 138, STORE_DEREF, 0, ARG | FREE, (1 => 0), "(v --)";
    DeleteDeref = 139, DELETE_DEREF, 0, ARG | FREE, (0 => 0), "(--)";
    JumpBackward = 140, JUMP_BACKWARD, 0, ARG | JUMP, (0 => 0), "(--)";
    LoadSuperAttr = 141, LOAD_SUPER_ATTR, 1, ARG | NAME, (3 => 1 + (oparg & 1)), "(unused/1, global_super, class, self -- res2 if (oparg & 1), res)";
    CallFunctionEx = 142, CALL_FUNCTION_EX, 0, ARG, (3 + (oparg & 1) => 1), "(unused, func, callargs, kwargs if (oparg & 1) -- result)";
    LoadFastAndClear = 143, LOAD_FAST_AND_CLEAR, 0, ARG | LOCAL, (0 => 1), "(-- value)";
    ExtendedArg = 144, EXTENDED_ARG, 0, ARG, (0 => 0), "(--)";
    ListAppend = 145, LIST_APPEND, 0, ARG, (oparg + 1 => oparg), "(list, unused[oparg-1], v -- list, unused[oparg-1])";
    SetAdd = 146, SET_ADD, 0, ARG, (oparg + 1 => oparg), "(set, unused[oparg-1], v -- set, unused[oparg-1])";
    MapAdd = 147, MAP_ADD, 0, ARG, (2 => 0), "(key, value --)";
    CopyFreeVars = 149, COPY_FREE_VARS, 0, ARG, (0 => 0), "(--)";
    YieldValue = 150, YIELD_VALUE, 0, ARG, (1 => 1), "(retval -- unused)";
    Resume = 151, RESUME, 0, ARG, (0 => 0), "(--)";
    MatchClass = 152, MATCH_CLASS, 0, ARG, (3 => 1), "(subject, type, names -- attrs)";
    FormatValue = 155, FORMAT_VALUE, 0, ARG, (if oparg & 0x04 != 0 { 2 } else { 1 } => 1), "(value, fmt_spec if ((oparg & FVS_MASK) == FVS_HAVE_SPEC) -- result)";
    BuildConstKeyMap = 156, BUILD_CONST_KEY_MAP, 0, ARG, (oparg + 1 => 1), "(values[oparg], keys -- map)";
    BuildString = 157, BUILD_STRING, 0, ARG, (oparg => 1), "(pieces[oparg] -- str)";
    ListExtend = 162, LIST_EXTEND, 0, ARG, (oparg + 1 => oparg), "(list, unused[oparg-1], iterable -- list, unused[oparg-1])";
    SetUpdate = 163, SET_UPDATE, 0, ARG, (oparg + 1 => oparg), "(set, unused[oparg-1], iterable -- set, unused[oparg-1])";
    DictMerge = 164, DICT_MERGE, 0, ARG, (1 => 0), "(update --)";
    DictUpdate = 165, DICT_UPDATE, 0, ARG, (1 => 0), "(update --)";
    Call = 171, CALL, 3, ARG, (oparg + 2 => 1), "(unused/1, unused/2, method, callable, args[oparg] -- res)";
    KwNames = 172, KW_NAMES, 0, ARG | CONST, (0 => 0), "(--)";
    CallIntrinsic1 = 173, CALL_INTRINSIC_1, 0, ARG, (1 => 1), "(value -- res)";
    CallIntrinsic2 = 174, CALL_INTRINSIC_2, 0, ARG, (2 => 1), "(value2, value1 -- res)";
    LoadFromDictOrGlobals = 175, LOAD_FROM_DICT_OR_GLOBALS, 0, ARG | NAME, (1 => 1), "(mod_or_class_dict -- v)";
    LoadFromDictOrDeref = 176, LOAD_FROM_DICT_OR_DEREF, 0, ARG | FREE, (1 => 1), "(class_dict -- value)";
    InstrumentedLoadSuperAttr = 237, INSTRUMENTED_LOAD_SUPER_ATTR, 0, ARG, (3 => 1 + (oparg & 1)), "(unused/9, unused, unused, unused -- unused if (oparg & 1), unused)";
    InstrumentedPopJumpIfNone = 238, INSTRUMENTED_POP_JUMP_IF_NONE, 0, ARG, (0 => 0), "(unused/1 -- ) pops its value itself";
    InstrumentedPopJumpIfNotNone = 239, INSTRUMENTED_POP_JUMP_IF_NOT_NONE, 0, ARG, (0 => 0), "(unused/1 -- ) pops its value itself";
    InstrumentedResume = 240, INSTRUMENTED_RESUME, 0, ARG, (0 => 0), "(--)";
    InstrumentedCall = 241, INSTRUMENTED_CALL, 0, ARG, (0 => 0), "(unused/3 -- ) then CALL";
    InstrumentedReturnValue = 242, INSTRUMENTED_RETURN_VALUE, 0, ARG, (1 => 0), "(retval --)";
    InstrumentedYieldValue = 243, INSTRUMENTED_YIELD_VALUE, 0, ARG, (1 => 1), "(retval -- unused)";
    InstrumentedCallFunctionEx = 244, INSTRUMENTED_CALL_FUNCTION_EX, 0, ARG, (0 => 0), "( -- ) then CALL_FUNCTION_EX";
    InstrumentedJumpForward = 245, INSTRUMENTED_JUMP_FORWARD, 0, ARG, (0 => 0), "( -- )";
    InstrumentedJumpBackward = 246, INSTRUMENTED_JUMP_BACKWARD, 0, ARG, (0 => 0), "( -- )";
    InstrumentedReturnConst = 247, INSTRUMENTED_RETURN_CONST, 0, ARG, (0 => 0), "( -- )";
    InstrumentedForIter = 248, INSTRUMENTED_FOR_ITER, 0, ARG, (0 => 0), "( -- ) then FOR_ITER";
    InstrumentedPopJumpIfFalse = 249, INSTRUMENTED_POP_JUMP_IF_FALSE, 0, ARG, (0 => 0), "(unused/1 -- ) pops its value itself";
    InstrumentedPopJumpIfTrue = 250, INSTRUMENTED_POP_JUMP_IF_TRUE, 0, ARG, (0 => 0), "(unused/1 -- ) pops its value itself";
    InstrumentedEndFor = 251, INSTRUMENTED_END_FOR, 0, ARG, (2 => 0), "(receiver, value --)";
    InstrumentedEndSend = 252, INSTRUMENTED_END_SEND, 0, ARG, (2 => 1), "(receiver, value -- value)";
    InstrumentedInstruction = 253, INSTRUMENTED_INSTRUCTION, 0, ARG, (0 => 0), "( -- ) then the original instruction";
    InstrumentedLine = 254, INSTRUMENTED_LINE, 0, ARG, (-1 => -1), "( -- ) then the original instruction; no fixed stack effect";
    SetupFinally = 256, SETUP_FINALLY, 0, EXC, (0 => if jump { 1 } else { 0 }), "(--) ; at the handler: (-- exc)";
    SetupCleanup = 257, SETUP_CLEANUP, 0, EXC, (0 => if jump { 2 } else { 0 }), "(--) ; at the handler: (-- lasti, exc)";
    SetupWith = 258, SETUP_WITH, 0, EXC, (0 => if jump { 1 } else { 0 }), "(--) ; at the handler: the __enter__ result replaced by (-- lasti, exc)";
    PopBlock = 259, POP_BLOCK, 0, NONE, (0 => 0), "(--)";
    Jump = 260, JUMP, 0, ARG | JUMP, (0 => 0), "(--)";
    JumpNoInterrupt = 261, JUMP_NO_INTERRUPT, 0, ARG | JUMP, (0 => 0), "(--)";
    LoadMethod = 262, LOAD_METHOD, 0, ARG | NAME, (1 => 2), "(owner -- meth_or_null, self_or_owner) ; becomes LOAD_ATTR with oparg bit 0";
    LoadSuperMethod = 263, LOAD_SUPER_METHOD, 0, ARG | NAME, (3 => 2), "(global_super, class, self -- meth_or_null, self) ; becomes LOAD_SUPER_ATTR";
    LoadZeroSuperMethod = 264, LOAD_ZERO_SUPER_METHOD, 0, ARG | NAME, (3 => 2), "(global_super, class, self -- meth_or_null, self) ; becomes LOAD_SUPER_ATTR";
    LoadZeroSuperAttr = 265, LOAD_ZERO_SUPER_ATTR, 0, ARG | NAME, (3 => 2), "(global_super, class, self -- res) ; CPython 3.12 counts it as -1 all the same";
    StoreFastMaybeNull = 266, STORE_FAST_MAYBE_NULL, 0, ARG | LOCAL, (1 => 0), "(value --) ; becomes STORE_FAST";
}

impl Opcode {
    pub const fn number(self) -> u16 {
        self as u16
    }

    pub const fn is_pseudo(self) -> bool {
        self as u16 >= MIN_PSEUDO_OPCODE
    }

    pub fn has_arg(self) -> bool {
        self.flags().has(OpFlags::ARG)
    }

    pub fn is_jump(self) -> bool {
        self.flags().has(OpFlags::JUMP)
    }

    /// Jumps that go backwards in `co_code` (their oparg counts back from the next instruction).
    pub const fn is_backward_jump(self) -> bool {
        matches!(self, Opcode::JumpBackward | Opcode::JumpBackwardNoInterrupt)
    }

    /// Size of the instruction in code units (2 bytes each), its CACHE entries included,
    /// without any EXTENDED_ARG prefix.
    pub const fn size_units(self) -> usize {
        1 + self.cache_entries() as usize
    }

    /// How many values it pops for this oparg (`None`: no fixed count, `INSTRUMENTED_LINE`).
    pub fn stack_pops(self, oparg: u32, jump: bool) -> Option<u32> {
        let (pops, _) = self.pops_pushes(self.effective_oparg(oparg), jump);
        u32::try_from(pops).ok()
    }

    /// How many values it pushes for this oparg.
    pub fn stack_pushes(self, oparg: u32, jump: bool) -> Option<u32> {
        let (_, pushes) = self.pops_pushes(self.effective_oparg(oparg), jump);
        u32::try_from(pushes).ok()
    }

    /// Net change of the value stack: CPython 3.12's `stack_effect(opcode, oparg, jump)` in
    /// `compile.c`, which the compiler uses for `co_stacksize`. `jump` selects the edge to the
    /// jump target (for SETUP_* pseudo-instructions: the handler); `None` when 3.12 reports
    /// the effect as invalid.
    pub fn stack_effect(self, oparg: u32, jump: bool) -> Option<i32> {
        let (pops, pushes) = self.pops_pushes(self.effective_oparg(oparg), jump);
        if pops < 0 || pushes < 0 {
            return None;
        }
        i32::try_from(pushes - pops).ok()
    }

    /// `dis.stack_effect(op, oparg)` with `jump=None`: the larger of the two edges' effects.
    pub fn stack_effect_max(self, oparg: u32) -> Option<i32> {
        let not_taken = self.stack_effect(oparg, false)?;
        let taken = self.stack_effect(oparg, true)?;
        Some(not_taken.max(taken))
    }

    /// Instructions without an argument ignore whatever oparg they carry.
    fn effective_oparg(self, oparg: u32) -> u32 {
        if self.has_arg() {
            oparg
        } else {
            0
        }
    }
}

/// `opcode._nb_ops`: BINARY_OP's oparg names and symbols, in oparg order.
pub const NB_OPS: &[(&str, &str)] = &[
    ("NB_ADD", "+"),
    ("NB_AND", "&"),
    ("NB_FLOOR_DIVIDE", "//"),
    ("NB_LSHIFT", "<<"),
    ("NB_MATRIX_MULTIPLY", "@"),
    ("NB_MULTIPLY", "*"),
    ("NB_REMAINDER", "%"),
    ("NB_OR", "|"),
    ("NB_POWER", "**"),
    ("NB_RSHIFT", ">>"),
    ("NB_SUBTRACT", "-"),
    ("NB_TRUE_DIVIDE", "/"),
    ("NB_XOR", "^"),
    ("NB_INPLACE_ADD", "+="),
    ("NB_INPLACE_AND", "&="),
    ("NB_INPLACE_FLOOR_DIVIDE", "//="),
    ("NB_INPLACE_LSHIFT", "<<="),
    ("NB_INPLACE_MATRIX_MULTIPLY", "@="),
    ("NB_INPLACE_MULTIPLY", "*="),
    ("NB_INPLACE_REMAINDER", "%="),
    ("NB_INPLACE_OR", "|="),
    ("NB_INPLACE_POWER", "**="),
    ("NB_INPLACE_RSHIFT", ">>="),
    ("NB_INPLACE_SUBTRACT", "-="),
    ("NB_INPLACE_TRUE_DIVIDE", "/="),
    ("NB_INPLACE_XOR", "^="),
];

/// `opcode.cmp_op`: COMPARE_OP's comparison names; the oparg is `index << 4 | flags`.
pub const CMP_OP: &[&str] = &["<", "<=", "==", "!=", ">", ">="];

/// `opcode._intrinsic_1_descs`, in oparg order.
pub const INTRINSIC_1: &[&str] = &[
    "INTRINSIC_1_INVALID",
    "INTRINSIC_PRINT",
    "INTRINSIC_IMPORT_STAR",
    "INTRINSIC_STOPITERATION_ERROR",
    "INTRINSIC_ASYNC_GEN_WRAP",
    "INTRINSIC_UNARY_POSITIVE",
    "INTRINSIC_LIST_TO_TUPLE",
    "INTRINSIC_TYPEVAR",
    "INTRINSIC_PARAMSPEC",
    "INTRINSIC_TYPEVARTUPLE",
    "INTRINSIC_SUBSCRIPT_GENERIC",
    "INTRINSIC_TYPEALIAS",
];

/// `opcode._intrinsic_2_descs`, in oparg order.
pub const INTRINSIC_2: &[&str] = &[
    "INTRINSIC_2_INVALID",
    "INTRINSIC_PREP_RERAISE_STAR",
    "INTRINSIC_TYPEVAR_WITH_BOUND",
    "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
    "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip() {
        for &op in Opcode::ALL {
            assert_eq!(Opcode::from_u16(op.number()), Some(op));
        }
    }

    #[test]
    fn real_opcodes_take_args_from_have_argument_on() {
        for &op in Opcode::ALL {
            if op.is_pseudo() {
                continue;
            }
            assert_eq!(
                op.has_arg(),
                op.number() >= HAVE_ARGUMENT as u16,
                "{}",
                op.name()
            );
        }
    }
}
