//! The `pydive` command: like `python`, plus the views that make the machine visible.
//!
//! ```text
//! pydive FILE.py [ARGS...]        run a script (also: pydive -c CODE, pydive -m MODULE)
//! pydive FILE.pyc                 run CPython 3.12 bytecode
//! pydive compile FILE.py [-o X]   write a CPython 3.12 .pyc
//! pydive dis FILE.py              the same listing as `python3.12 -m dis FILE.py`
//! pydive trace FILE.py            step through: instruction, value stack, frames, tasks
//! ```
//!
//! The subcommands are parsed with clap; the python-like form is parsed by hand in `run`,
//! because python's rule (options stop at the script name, the rest is `sys.argv`) is not
//! clap's.

mod alloc;
mod compile_cmd;
mod dis_cmd;
mod run;
mod trace_cmd;
mod trace_loop;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[global_allocator]
static ALLOCATOR: alloc::Guarded = alloc::Guarded;

#[derive(Parser)]
#[command(
    name = "pydive",
    about = "A Python 3.12 VM that makes the machine visible"
)]
struct Views {
    #[command(subcommand)]
    view: View,
}

#[derive(Subcommand)]
enum View {
    /// Write a CPython 3.12 .pyc for FILE.py.
    Compile {
        file: String,
        /// Output path (default: __pycache__/NAME.cpython-312.pyc beside the source).
        #[arg(short = 'o')]
        output: Option<String>,
    },
    /// Print the same listing as `python3.12 -m dis FILE` (FILE.py or FILE.pyc).
    Dis { file: String },
    /// Run FILE.py and show each instruction, the value stack after it, and frame pushes/pops.
    Trace {
        file: String,
        /// Emit JSON Lines instead of the human-readable view.
        #[arg(long)]
        json: bool,
        /// Also step through library code (pydive's lib/: asyncio, dis, ...).
        #[arg(long)]
        all: bool,
        /// Show only the asyncio event loop's decisions (iterations, timers, task steps).
        #[arg(long = "loop")]
        loop_only: bool,
        /// asyncio jumps its clock to the next timer instead of sleeping.
        #[arg(long)]
        virtual_time: bool,
        /// Arguments passed to the script as sys.argv[1:].
        args: Vec<String>,
    },
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let code = match args.get(1).map(String::as_str) {
        Some("compile" | "dis" | "trace") => match Views::parse().view {
            View::Compile { file, output } => compile_cmd::main(&file, output.as_deref()),
            View::Dis { file } => dis_cmd::main(&file),
            View::Trace {
                file,
                json,
                all,
                loop_only,
                virtual_time,
                args,
            } => trace_cmd::main_with(
                &file,
                trace_cmd::Options {
                    json,
                    all,
                    loop_only,
                    virtual_time,
                },
                &args,
            ),
        },
        _ => run::main(&args[1..]),
    };
    ExitCode::from(code)
}
