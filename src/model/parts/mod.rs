//! Section builders, one per topic of the statement. Each returns `None` when the profile
//! states nothing on the topic, except the sections the law always requires.

mod erasure;
mod exchange;
mod others;
mod purposes;
mod representation;
mod retention;
mod rights;
mod topics;
mod who;

pub(super) use exchange::*;
pub(super) use others::*;
pub(super) use purposes::*;
pub(super) use representation::*;
pub(super) use retention::*;
pub(super) use rights::*;
pub(super) use topics::*;
pub(super) use who::*;

use super::Ctx;

pub(in crate::model) fn national_id_name(cx: &Ctx) -> String {
    cx.law.national_id.name.get(cx.lang).to_string()
}
