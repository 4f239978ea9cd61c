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
    ($($variant:ident = $num:literal, $name:ident, $caches:literal, $flags:expr;)*) => {
        /// A CPython 3.12 instruction (real: 0..=255, pseudo: 256..=266).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u16)]
        pub enum Opcode {
            $($variant = $num,)*
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

opcode_table! {
    Cache = 0, CACHE, 0, NONE;
    PopTop = 1, POP_TOP, 0, NONE;
    PushNull = 2, PUSH_NULL, 0, NONE;
    InterpreterExit = 3, INTERPRETER_EXIT, 0, NONE;
    EndFor = 4, END_FOR, 0, NONE;
    EndSend = 5, END_SEND, 0, NONE;
    Nop = 9, NOP, 0, NONE;
    UnaryNegative = 11, UNARY_NEGATIVE, 0, NONE;
    UnaryNot = 12, UNARY_NOT, 0, NONE;
    UnaryInvert = 15, UNARY_INVERT, 0, NONE;
    Reserved = 17, RESERVED, 0, NONE;
    BinarySubscr = 25, BINARY_SUBSCR, 1, NONE;
    BinarySlice = 26, BINARY_SLICE, 0, NONE;
    StoreSlice = 27, STORE_SLICE, 0, NONE;
    GetLen = 30, GET_LEN, 0, NONE;
    MatchMapping = 31, MATCH_MAPPING, 0, NONE;
    MatchSequence = 32, MATCH_SEQUENCE, 0, NONE;
    MatchKeys = 33, MATCH_KEYS, 0, NONE;
    PushExcInfo = 35, PUSH_EXC_INFO, 0, NONE;
    CheckExcMatch = 36, CHECK_EXC_MATCH, 0, NONE;
    CheckEgMatch = 37, CHECK_EG_MATCH, 0, NONE;
    WithExceptStart = 49, WITH_EXCEPT_START, 0, NONE;
    GetAiter = 50, GET_AITER, 0, NONE;
    GetAnext = 51, GET_ANEXT, 0, NONE;
    BeforeAsyncWith = 52, BEFORE_ASYNC_WITH, 0, NONE;
    BeforeWith = 53, BEFORE_WITH, 0, NONE;
    EndAsyncFor = 54, END_ASYNC_FOR, 0, NONE;
    CleanupThrow = 55, CLEANUP_THROW, 0, NONE;
    StoreSubscr = 60, STORE_SUBSCR, 1, NONE;
    DeleteSubscr = 61, DELETE_SUBSCR, 0, NONE;
    GetIter = 68, GET_ITER, 0, NONE;
    GetYieldFromIter = 69, GET_YIELD_FROM_ITER, 0, NONE;
    LoadBuildClass = 71, LOAD_BUILD_CLASS, 0, NONE;
    LoadAssertionError = 74, LOAD_ASSERTION_ERROR, 0, NONE;
    ReturnGenerator = 75, RETURN_GENERATOR, 0, NONE;
    ReturnValue = 83, RETURN_VALUE, 0, NONE;
    SetupAnnotations = 85, SETUP_ANNOTATIONS, 0, NONE;
    LoadLocals = 87, LOAD_LOCALS, 0, NONE;
    PopExcept = 89, POP_EXCEPT, 0, NONE;
    StoreName = 90, STORE_NAME, 0, ARG | NAME;
    DeleteName = 91, DELETE_NAME, 0, ARG | NAME;
    UnpackSequence = 92, UNPACK_SEQUENCE, 1, ARG;
    ForIter = 93, FOR_ITER, 1, ARG | JUMP;
    UnpackEx = 94, UNPACK_EX, 0, ARG;
    StoreAttr = 95, STORE_ATTR, 4, ARG | NAME;
    DeleteAttr = 96, DELETE_ATTR, 0, ARG | NAME;
    StoreGlobal = 97, STORE_GLOBAL, 0, ARG | NAME;
    DeleteGlobal = 98, DELETE_GLOBAL, 0, ARG | NAME;
    Swap = 99, SWAP, 0, ARG;
    LoadConst = 100, LOAD_CONST, 0, ARG | CONST;
    LoadName = 101, LOAD_NAME, 0, ARG | NAME;
    BuildTuple = 102, BUILD_TUPLE, 0, ARG;
    BuildList = 103, BUILD_LIST, 0, ARG;
    BuildSet = 104, BUILD_SET, 0, ARG;
    BuildMap = 105, BUILD_MAP, 0, ARG;
    LoadAttr = 106, LOAD_ATTR, 9, ARG | NAME;
    CompareOp = 107, COMPARE_OP, 1, ARG | COMPARE;
    ImportName = 108, IMPORT_NAME, 0, ARG | NAME;
    ImportFrom = 109, IMPORT_FROM, 0, ARG | NAME;
    JumpForward = 110, JUMP_FORWARD, 0, ARG | JUMP;
    PopJumpIfFalse = 114, POP_JUMP_IF_FALSE, 0, ARG | JUMP;
    PopJumpIfTrue = 115, POP_JUMP_IF_TRUE, 0, ARG | JUMP;
    LoadGlobal = 116, LOAD_GLOBAL, 4, ARG | NAME;
    IsOp = 117, IS_OP, 0, ARG;
    ContainsOp = 118, CONTAINS_OP, 0, ARG;
    Reraise = 119, RERAISE, 0, ARG;
    Copy = 120, COPY, 0, ARG;
    ReturnConst = 121, RETURN_CONST, 0, ARG | CONST;
    BinaryOp = 122, BINARY_OP, 1, ARG;
    Send = 123, SEND, 1, ARG | JUMP;
    LoadFast = 124, LOAD_FAST, 0, ARG | LOCAL;
    StoreFast = 125, STORE_FAST, 0, ARG | LOCAL;
    DeleteFast = 126, DELETE_FAST, 0, ARG | LOCAL;
    LoadFastCheck = 127, LOAD_FAST_CHECK, 0, ARG | LOCAL;
    PopJumpIfNotNone = 128, POP_JUMP_IF_NOT_NONE, 0, ARG | JUMP;
    PopJumpIfNone = 129, POP_JUMP_IF_NONE, 0, ARG | JUMP;
    RaiseVarargs = 130, RAISE_VARARGS, 0, ARG;
    GetAwaitable = 131, GET_AWAITABLE, 0, ARG;
    MakeFunction = 132, MAKE_FUNCTION, 0, ARG;
    BuildSlice = 133, BUILD_SLICE, 0, ARG;
    JumpBackwardNoInterrupt = 134, JUMP_BACKWARD_NO_INTERRUPT, 0, ARG | JUMP;
    MakeCell = 135, MAKE_CELL, 0, ARG | FREE;
    LoadClosure = 136, LOAD_CLOSURE, 0, ARG | FREE;
    LoadDeref = 137, LOAD_DEREF, 0, ARG | FREE;
    StoreDeref = 138, STORE_DEREF, 0, ARG | FREE;
    DeleteDeref = 139, DELETE_DEREF, 0, ARG | FREE;
    JumpBackward = 140, JUMP_BACKWARD, 0, ARG | JUMP;
    LoadSuperAttr = 141, LOAD_SUPER_ATTR, 1, ARG | NAME;
    CallFunctionEx = 142, CALL_FUNCTION_EX, 0, ARG;
    LoadFastAndClear = 143, LOAD_FAST_AND_CLEAR, 0, ARG | LOCAL;
    ExtendedArg = 144, EXTENDED_ARG, 0, ARG;
    ListAppend = 145, LIST_APPEND, 0, ARG;
    SetAdd = 146, SET_ADD, 0, ARG;
    MapAdd = 147, MAP_ADD, 0, ARG;
    CopyFreeVars = 149, COPY_FREE_VARS, 0, ARG;
    YieldValue = 150, YIELD_VALUE, 0, ARG;
    Resume = 151, RESUME, 0, ARG;
    MatchClass = 152, MATCH_CLASS, 0, ARG;
    FormatValue = 155, FORMAT_VALUE, 0, ARG;
    BuildConstKeyMap = 156, BUILD_CONST_KEY_MAP, 0, ARG;
    BuildString = 157, BUILD_STRING, 0, ARG;
    ListExtend = 162, LIST_EXTEND, 0, ARG;
    SetUpdate = 163, SET_UPDATE, 0, ARG;
    DictMerge = 164, DICT_MERGE, 0, ARG;
    DictUpdate = 165, DICT_UPDATE, 0, ARG;
    Call = 171, CALL, 3, ARG;
    KwNames = 172, KW_NAMES, 0, ARG | CONST;
    CallIntrinsic1 = 173, CALL_INTRINSIC_1, 0, ARG;
    CallIntrinsic2 = 174, CALL_INTRINSIC_2, 0, ARG;
    LoadFromDictOrGlobals = 175, LOAD_FROM_DICT_OR_GLOBALS, 0, ARG | NAME;
    LoadFromDictOrDeref = 176, LOAD_FROM_DICT_OR_DEREF, 0, ARG | FREE;
    InstrumentedLoadSuperAttr = 237, INSTRUMENTED_LOAD_SUPER_ATTR, 0, ARG;
    InstrumentedPopJumpIfNone = 238, INSTRUMENTED_POP_JUMP_IF_NONE, 0, ARG;
    InstrumentedPopJumpIfNotNone = 239, INSTRUMENTED_POP_JUMP_IF_NOT_NONE, 0, ARG;
    InstrumentedResume = 240, INSTRUMENTED_RESUME, 0, ARG;
    InstrumentedCall = 241, INSTRUMENTED_CALL, 0, ARG;
    InstrumentedReturnValue = 242, INSTRUMENTED_RETURN_VALUE, 0, ARG;
    InstrumentedYieldValue = 243, INSTRUMENTED_YIELD_VALUE, 0, ARG;
    InstrumentedCallFunctionEx = 244, INSTRUMENTED_CALL_FUNCTION_EX, 0, ARG;
    InstrumentedJumpForward = 245, INSTRUMENTED_JUMP_FORWARD, 0, ARG;
    InstrumentedJumpBackward = 246, INSTRUMENTED_JUMP_BACKWARD, 0, ARG;
    InstrumentedReturnConst = 247, INSTRUMENTED_RETURN_CONST, 0, ARG;
    InstrumentedForIter = 248, INSTRUMENTED_FOR_ITER, 0, ARG;
    InstrumentedPopJumpIfFalse = 249, INSTRUMENTED_POP_JUMP_IF_FALSE, 0, ARG;
    InstrumentedPopJumpIfTrue = 250, INSTRUMENTED_POP_JUMP_IF_TRUE, 0, ARG;
    InstrumentedEndFor = 251, INSTRUMENTED_END_FOR, 0, ARG;
    InstrumentedEndSend = 252, INSTRUMENTED_END_SEND, 0, ARG;
    InstrumentedInstruction = 253, INSTRUMENTED_INSTRUCTION, 0, ARG;
    InstrumentedLine = 254, INSTRUMENTED_LINE, 0, ARG;
    SetupFinally = 256, SETUP_FINALLY, 0, EXC;
    SetupCleanup = 257, SETUP_CLEANUP, 0, EXC;
    SetupWith = 258, SETUP_WITH, 0, EXC;
    PopBlock = 259, POP_BLOCK, 0, NONE;
    Jump = 260, JUMP, 0, ARG | JUMP;
    JumpNoInterrupt = 261, JUMP_NO_INTERRUPT, 0, ARG | JUMP;
    LoadMethod = 262, LOAD_METHOD, 0, ARG | NAME;
    LoadSuperMethod = 263, LOAD_SUPER_METHOD, 0, ARG | NAME;
    LoadZeroSuperMethod = 264, LOAD_ZERO_SUPER_METHOD, 0, ARG | NAME;
    LoadZeroSuperAttr = 265, LOAD_ZERO_SUPER_ATTR, 0, ARG | NAME;
    StoreFastMaybeNull = 266, STORE_FAST_MAYBE_NULL, 0, ARG | LOCAL;
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
