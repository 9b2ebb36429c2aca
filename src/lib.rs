//! privgen: from a clinic's YAML profile to a complete, multilingual GDPR privacy statement.
//!
//! The pipeline runs load → check → model → render → output; each stage is a module and
//! never reaches back into an earlier one. The library never prints or exits; the binary
//! (`src/main.rs`) is a thin shell over [`cli`].

// A `Diagnostic` (file, position, field, help) is the error type of every stage. It is
// returned on the failure path only, so its size does not matter; boxing it would only
// add noise at every call site.
#![allow(clippy::result_large_err)]

pub mod assets;
pub mod audit;
pub mod check;
pub mod cli;
pub mod diagnostics;
pub mod diff;
pub mod i18n;
pub mod init;
pub mod lang;
pub mod law;
pub mod load;
pub mod model;
pub mod output;
pub mod prefilter;
pub mod render;
pub mod schema;
#[cfg(feature = "serve")]
pub mod serve;
pub mod shell;
pub mod site;
pub mod verify;
