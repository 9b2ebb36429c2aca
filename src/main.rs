//! The `privgen` binary: parses arguments, runs the library, maps the outcome to an exit
//! code (0 clean, 1 errors in the input, 2 usage or I/O problems).

fn main() {
    let code = privgen::cli::main_with_args(std::env::args_os());
    std::process::exit(code);
}
