//! Family (c), register (issue 16 item 10): each practitioner's number has the form of a
//! number in the register named, and the register belongs to the jurisdiction of the
//! profile. Both come from the law data (`registers.professional` of src/law/<code>.yaml:
//! BIG 11 digits, RIZIV 11 digits or `1-23456-78-901`, HPR 7 to 9 digits).

use super::engine::Checker;

pub fn run(cx: &mut Checker) {
    let practitioners = cx.p.practitioners.clone();
    let j = cx.p.jurisdiction;
    for (i, pr) in practitioners.iter().enumerate() {
        if let Some(form) = pr
            .register
            .number_form(j)
            .filter(|f| !f.accepts(&pr.number))
        {
            cx.fire(
                "profile/register-number-format",
                &format!("practitioners[{i}].number"),
                &[
                    ("number", pr.number.clone()),
                    ("register", pr.register.code().to_string()),
                    ("form", form.describe()),
                ],
            );
        }
        if !pr.register.homes().contains(&j) {
            cx.fire(
                "profile/register-other-jurisdiction",
                &format!("practitioners[{i}].register"),
                &[
                    ("register", pr.register.code().to_string()),
                    ("jurisdiction", j.code().to_string()),
                ],
            );
        }
    }
}

#[cfg(test)]
mod tests {

    fn codes(jurisdiction: &str, practitioners: &str) -> Vec<(String, String)> {
        let src = format!(
            "jurisdiction: {jurisdiction}\nlanguages: [en]\nversion: \"1\"\neffective: 2026-01-01\n\
             controller: {{name: X, email: x@x.example}}\ndata: []\npurposes: []\n\
             retention: [{{record: marketing, period: 1 years}}]\n\
             practitioners: {practitioners}\n"
        );
        crate::check::check_source(src)
            .into_iter()
            .filter(|d| d.code.starts_with("profile/register"))
            .map(|d| (d.code, d.field.unwrap_or_default()))
            .collect()
    }

    #[test]
    fn numbers_are_checked_against_their_register_and_jurisdiction() {
        assert!(codes("NL", "[{name: A, register: big, number: '19012345601'}]").is_empty());
        assert!(codes("BE", "[{name: A, register: riziv, number: 1-23456-78-901}]").is_empty());
        assert_eq!(
            codes("NL", "[{name: A, register: big, number: '1901234560'}]"),
            [(
                "profile/register-number-format".to_string(),
                "practitioners[0].number".to_string()
            )]
        );
        assert_eq!(
            codes("NO", "[{name: A, register: big, number: '19012345601'}]"),
            [(
                "profile/register-other-jurisdiction".to_string(),
                "practitioners[0].register".to_string()
            )]
        );
    }
}
