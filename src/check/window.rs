//! Family (c), sections with a validity window (issue 16 item 11): every entry whose
//! `valid_from` / `valid_until` does not include the profile's `effective` date is left out
//! of the pages (src/load/window.rs), and reported here at the date that excludes it. A
//! window that ends before it begins is an error. The build date plays no part: a statement
//! speaks as of its `effective` date.

use super::engine::Checker;
use crate::load::window::{entries, standing, Standing};

pub fn run(cx: &mut Checker) {
    let date = cx.p.effective;
    let effective = date.to_string();
    for w in entries(cx.p) {
        if let (Some(f), Some(u)) = (w.from, w.until) {
            if f > u {
                cx.fire(
                    "window/inverted",
                    &format!("{}.valid_until", w.field),
                    &[
                        ("field", w.field.clone()),
                        ("from", f.to_string()),
                        ("until", u.to_string()),
                    ],
                );
                continue;
            }
        }
        match standing(w.from, w.until, date) {
            Standing::InForce => {}
            Standing::Expired => cx.fire(
                "window/expired",
                &format!("{}.valid_until", w.field),
                &[
                    ("field", w.field.clone()),
                    ("until", w.until.map(|u| u.to_string()).unwrap_or_default()),
                    ("effective", effective.clone()),
                ],
            ),
            Standing::NotYet => cx.fire(
                "window/not-yet-valid",
                &format!("{}.valid_from", w.field),
                &[
                    ("field", w.field.clone()),
                    ("from", w.from.map(|f| f.to_string()).unwrap_or_default()),
                    ("effective", effective.clone()),
                ],
            ),
        }
    }
}
