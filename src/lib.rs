//! privgen: from a clinic's YAML profile to a complete, multilingual GDPR privacy statement.
//!
//! The pipeline runs load → check → model → render → output; each stage is a module and
//! never reaches back into an earlier one. The library never prints or exits; the binary
//! (`src/main.rs`) is a thin shell over [`cli`].

pub mod check;
pub mod cli;
pub mod diagnostics;
pub mod law;
pub mod load;
pub mod output;
pub mod site;
pub mod i18n;
pub mod model;
pub mod render;
