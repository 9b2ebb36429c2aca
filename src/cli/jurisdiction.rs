//! The command line's jurisdiction argument (`init --jurisdiction`, `law`): a code of the
//! law data, case-insensitive, whose possible values `--help`, completions and the manual
//! list from the loaded law data.

fn parse_jurisdiction(s: &str) -> Result<crate::load::profile::Jurisdiction, String> {
    use crate::load::profile::Jurisdiction;
    Jurisdiction::parse(s).ok_or_else(|| {
        format!(
            "unknown jurisdiction `{s}`, expected one of {}",
            Jurisdiction::expected()
        )
    })
}

/// Parses a jurisdiction code, and names the codes of the law data as the possible values
/// in `--help`, completions and the manual (so a new law data file shows up there without a
/// Rust edit).
#[derive(Clone)]
pub(super) struct JurisdictionParser;

impl clap::builder::TypedValueParser for JurisdictionParser {
    type Value = crate::load::profile::Jurisdiction;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Self::Value, clap::Error> {
        let s = value.to_string_lossy();
        parse_jurisdiction(&s).map_err(|message| {
            let name = arg.map(|a| a.to_string()).unwrap_or_default();
            clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!("invalid value '{s}' for '{name}': {message}\n"),
            )
            .with_cmd(cmd)
        })
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        let codes = crate::load::profile::Jurisdiction::all();
        Some(Box::new(
            codes
                .into_iter()
                .map(|j| clap::builder::PossibleValue::new(j.code())),
        ))
    }
}
