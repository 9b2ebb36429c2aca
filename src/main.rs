//! The `privgen` binary: parses arguments, runs the library, maps the outcome to an exit
//! code (0 clean, 1 errors in the input, 2 usage or I/O problems).

/// The pipeline allocates many small strings from several threads; mimalloc takes about a
/// fifth off a large build compared with the system allocator (docs/performance.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let code = privgen::cli::main_with_args(std::env::args_os());
    std::process::exit(code);
}
