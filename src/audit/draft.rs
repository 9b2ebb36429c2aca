//! `privgen audit FILE --draft-profile OUT.yaml`: a starting profile with what the statement
//! states that a profile can hold (controller name and addresses, e-mail addresses, phone
//! numbers, the DPO, named processors with their URLs, retention periods with their record
//! types) and a commented `# TODO` for every required fact it could not find.
//!
//! Design: everything written is valid for the loader; a fact that is not found is a YAML
//! comment, never a guessed value. Two required values cannot be left out: the controller's
//! name and the `effective` date. When the text does not give them they are written as the
//! placeholder `TODO`, which the loader reports (a name of `TODO` is refused by
//! `privgen check`; `effective: TODO` is not a date). A processor whose service is not
//! recognised gets `service: TODO` (not a vocabulary term: the loader reports it).

use super::detect::{find, Verdict};
use super::lexicon::{lexicon, DraftWords, LangLexicon};
use super::text::Doc;
use super::Report;
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::sync::OnceLock;

fn re(p: &str) -> Option<Regex> {
    Regex::new(p).ok()
}

struct Res {
    email: Regex,
    url: Regex,
    phone: Regex,
    address: Regex,
    postal: Regex,
    date: Regex,
    salutation: Regex,
}

fn res() -> Option<&'static Res> {
    static R: OnceLock<Option<Res>> = OnceLock::new();
    R.get_or_init(|| {
        Some(Res {
            email: re(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")?,
            url: re(r"https?://[^\s<>()“”'\x22,]+[^\s<>()“”'\x22,.;:]")?,
            phone: re(r"(?i)(?:tel(?:efoon|efon)?|phone|tlf)\.?(?:\s*(?:nr\.?|nummer|number))?\s*:?\s*(\+?[\d(][\d\s()-]{7,18}\d)")?,
            address: re(r"(?P<street>\p{Lu}[\p{L}.'\- ]{2,40}?\s\d{1,4}(?:\s?[a-zA-Z]\b)?(?:\s?-\s?\d+)?)\s*,?\s+(?P<postcode>[1-9]\d{3}\s?[A-Z]{2}|\d{4})\s+(?P<city>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?)")?,
            postal: re(r"(?i)(?P<street>(?:postbus|postboks|p\.?\s?o\.?\s?box)\s+\d[\d ]{0,6}\d?)\s*,?\s+(?P<postcode>[1-9]\d{3}\s?[A-Z]{2}|\d{4})\s+(?P<city>\p{Lu}[\p{L}\-]+)")?,
            date: re(r"\b(?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)[/.-](?P<y>(?:19|20)\d\d)\b")?,
            salutation: re(r"(?i)\b(?P<s>mevr\.?|mevrouw|dhr\.?|de heer|mr\.?|mrs\.?|ms\.?|fru|herr)\s+(?P<name>\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.\-]*){0,3})")?,
        })
    })
    .as_ref()
}

fn q(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// Sentences near a DPO mention (the mention itself and up to 4 below it in its paragraph).
fn dpo_sentences(doc: &Doc, l: &LangLexicon) -> BTreeSet<usize> {
    let mut out = BTreeSet::new();
    if let Some(f) = l.facets.get("dpo") {
        for e in find(doc, f) {
            out.insert(e.sentence);
            let s = &doc.sentences[e.sentence];
            if s.label {
                for k in 1..=4 {
                    let j = e.sentence + k;
                    match doc.sentences.get(j) {
                        Some(t)
                            if t.block == s.block
                                || (s.text.ends_with(':') && t.block == s.block + 1) =>
                        {
                            out.insert(j);
                        }
                        _ => break,
                    }
                }
            }
        }
    }
    out
}

fn authority_block(text: &str) -> bool {
    let t = text.to_lowercase();
    [
        "autoriteit persoonsgegevens",
        "datatilsynet",
        "gegevensbeschermingsautoriteit",
        "postbus 93374",
        "drukpersstraat",
    ]
    .iter()
    .any(|a| t.contains(a))
}

#[derive(Default)]
struct Address {
    street: String,
    postcode: String,
    city: String,
    line: usize,
}

fn address_yaml(out: &mut String, indent: &str, a: &Address) {
    let _ = writeln!(out, "{indent}street: {}  # line {}", q(&a.street), a.line);
    let _ = writeln!(out, "{indent}postcode: {}", q(&a.postcode));
    let _ = writeln!(out, "{indent}city: {}", q(&a.city));
}

/// The controller's name: a lexicon pattern, else the most frequent capitalised name.
fn controller_name(doc: &Doc, w: &DraftWords) -> Option<(String, usize)> {
    for p in &w.controller_name {
        let Some(r) = re(&format!("(?i){p}")) else {
            continue;
        };
        for s in &doc.sentences {
            if let Some(c) = r.captures(&s.text) {
                if let Some(m) = c.name("name") {
                    let n = clean_name(m.as_str());
                    if n.chars().count() >= 2 {
                        return Some((n, s.line));
                    }
                }
            }
        }
    }
    // frequency of capitalised 1–4 word names
    let cap = re(r"\b\p{Lu}[\p{L}&\-]+(?:\s\p{Lu}[\p{L}&\-]+){0,3}")?;
    let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let skip = [
        "Autoriteit",
        "Functionaris",
        "Inspectie",
        "Wet",
        "Verordening",
        "Algemene",
        "Datatilsynet",
        "Recht",
        "Artikel",
        "Privacy",
        "Wij",
        "We",
        "Uw",
        "De",
        "Het",
        "Dit",
        "Deze",
        "Binnen",
        "Bij",
        "Voor",
        "Als",
        "Om",
        "In",
        "Op",
        "Na",
        "Met",
        "Vi",
        "Du",
        "Our",
        "The",
        "This",
        "You",
        "Your",
        "GDPR",
        "AVG",
        "BSN",
        "FG",
        "DPO",
        "Personvern",
        "Persoonsgegevens",
        "Gegevensbeschermingsautoriteit",
        "Cookies",
        "Contact",
        "Contactgegevens",
        "Postbus",
        "Bezoekadres",
        "Postadres",
        "Personvernerklæring",
        "Privacyverklaring",
        "Privacyreglement",
        "Informasjonskapsler",
    ];
    // paragraphs that hold an address: a name in them is likely the controller's
    let addr = res().map(|x| x.address.clone());
    let mut with_address: BTreeSet<usize> = BTreeSet::new();
    let mut blocks: BTreeMap<usize, String> = BTreeMap::new();
    for s in &doc.sentences {
        let b = blocks.entry(s.block).or_default();
        b.push_str(&s.text);
        b.push_str(", ");
    }
    for (k, t) in &blocks {
        if addr.as_ref().is_some_and(|a| a.is_match(t)) && !authority_block(t) {
            with_address.insert(*k);
        }
    }
    for s in &doc.sentences {
        for m in cap.find_iter(&s.text) {
            let n = m.as_str();
            let first = n.split_whitespace().next().unwrap_or("");
            if skip.contains(&first)
                || n.chars().count() < 3
                || n.chars().all(|c| c.is_uppercase()) && n.len() < 4
            {
                continue;
            }
            let e = counts.entry(n.to_string()).or_insert((0, s.line));
            e.0 += if with_address.contains(&s.block) {
                3
            } else {
                1
            };
        }
    }
    counts
        .into_iter()
        .filter(|(n, (c, _))| {
            *c >= 3 && (n.contains(' ') || n.chars().skip(1).any(char::is_uppercase))
        })
        .max_by_key(|(n, (c, _))| (*c, n.len()))
        .map(|(n, (_, l))| (n, l))
}

fn clean_name(s: &str) -> String {
    let s = s.split(',').next().unwrap_or(s).trim();
    let s = s.trim_start_matches(|c: char| c == '§' || c.is_ascii_digit() || c == '.' || c == ' ');
    let lower = s.to_lowercase();
    let s = ["het ", "de ", "the "]
        .iter()
        .find(|a| lower.starts_with(*a))
        .map_or(s, |a| &s[a.len()..]);
    s.trim().trim_end_matches(['.', ':']).to_string()
}

/// `20 jaar` → `20 years` with the lexicon's number and unit words.
fn period(text: &str, w: &DraftWords) -> Option<String> {
    let r = re(r"(?i)(?P<a>\d+|\p{L}+)(?:\s*(?:-|–|tot|til|to)\s*(?P<b>\d+))?\s*(?P<u>\p{L}+)")?;
    for c in r.captures_iter(text) {
        let a = c.name("a")?.as_str().to_lowercase();
        let n = a.parse::<u32>().ok().or_else(|| w.numbers.get(&a).copied());
        let Some(n) = n else { continue };
        let u = c.name("u")?.as_str().to_lowercase();
        let Some(unit) = w
            .units
            .iter()
            .find(|(k, _)| u == **k)
            .map(|(_, v)| v.clone())
        else {
            continue;
        };
        return Some(
            match c.name("b").and_then(|b| b.as_str().parse::<u32>().ok()) {
                Some(b) if b > n => format!("{n}-{b} {unit}"),
                _ => format!("{n} {unit}"),
            },
        );
    }
    None
}

/// Writes the draft profile for `r`.
pub fn draft(r: &Report) -> String {
    let mut y = String::new();
    let Ok(lex) = lexicon() else {
        return "# the audit lexicon could not be read\n".into();
    };
    let Ok(l) = lex.for_lang(r.language.value) else {
        return "# the audit lexicon could not be read\n".into();
    };
    let Some(x) = res() else { return String::new() };
    let doc = &r.doc;
    let w = &l.draft;
    let dpo_near = dpo_sentences(doc, l);
    let todo = |y: &mut String, what: &str| {
        let _ = writeln!(y, "# TODO {what}");
    };

    let _ = writeln!(
        y,
        "# Draft profile written by `privgen audit` from {}.",
        r.file.display()
    );
    let _ = writeln!(
        y,
        "# It holds only what the statement states; every `# TODO` is a required fact the"
    );
    let _ = writeln!(y, "# audit did not find. Complete them, then run `privgen check` (reference: docs/profile.md).");
    let _ = writeln!(y, "jurisdiction: {}", r.jurisdiction.value.code());
    let _ = writeln!(y, "languages: [{}]", r.language.value.code());
    let _ = writeln!(
        y,
        "version: \"0.1\"  # TODO the version of the new statement"
    );
    let date = doc.sentences.iter().find_map(|s| {
        let c = x.date.captures(&s.text)?;
        let d: u8 = c.name("d")?.as_str().parse().ok()?;
        let m: u8 = c.name("m")?.as_str().parse().ok()?;
        let yy: u16 = c.name("y")?.as_str().parse().ok()?;
        let iso = format!("{yy:04}-{m:02}-{d:02}");
        crate::load::text::Date::parse(&iso)
            .ok()
            .map(|_| (iso, s.line))
    });
    match date {
        Some((iso, line)) => {
            let _ = writeln!(y, "effective: {iso}  # date on line {line} of the old statement; TODO the date the new one takes effect");
        }
        None => {
            let _ = writeln!(
                y,
                "effective: TODO  # TODO the date the statement takes effect (YYYY-MM-DD)"
            );
        }
    }

    // Controller
    y.push_str("\ncontroller:\n");
    match controller_name(doc, w) {
        Some((n, line)) => {
            let _ = writeln!(
                y,
                "  name: {}  # line {line}; TODO check it is the legal entity",
                q(&n)
            );
        }
        None => {
            let _ = writeln!(
                y,
                "  name: TODO  # TODO Art. 13(1)(a): the controller's legal name was not found"
            );
        }
    }
    let mut visiting: Option<Address> = None;
    let mut postal: Option<Address> = None;
    let mut dpo_addr: Option<Address> = None;
    // An address on one sentence, else across the lines of a paragraph (an address block);
    // never one of the supervisory authority.
    let mut units: Vec<(String, usize, bool)> = doc
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| (s.text.clone(), s.line, dpo_near.contains(&i)))
        .collect();
    let mut blocks: BTreeMap<usize, (String, usize, bool)> = BTreeMap::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        let e = blocks
            .entry(s.block)
            .or_insert((String::new(), s.line, false));
        e.0.push_str(&s.text);
        e.0.push_str(", ");
        e.2 |= dpo_near.contains(&i) && s.label;
    }
    units.extend(blocks.into_values());
    for (text, line, dpo) in &units {
        if authority_block(text) {
            continue;
        }
        for (r_, is_postal) in [(&x.postal, true), (&x.address, false)] {
            if let Some(c) = r_.captures(text) {
                let a = Address {
                    street: c["street"].trim().trim_start_matches(", ").to_string(),
                    postcode: c["postcode"].to_string(),
                    city: c["city"].to_string(),
                    line: *line,
                };
                let slot = if *dpo {
                    &mut dpo_addr
                } else if is_postal {
                    &mut postal
                } else {
                    &mut visiting
                };
                if slot.is_none() {
                    *slot = Some(a);
                }
                break;
            }
        }
    }
    for (key, a) in [("visiting_address", &visiting), ("postal_address", &postal)] {
        if let Some(a) = a {
            let _ = writeln!(y, "  {key}:");
            address_yaml(&mut y, "    ", a);
        }
    }
    if visiting.is_none() && postal.is_none() {
        todo(&mut y, "Art. 13(1)(a): the controller's address (controller.visiting_address or postal_address) was not found");
    }
    let mut emails: Vec<(String, usize, bool)> = Vec::new();
    let mut phones: Vec<(String, usize, bool)> = Vec::new();
    for (i, s) in doc.sentences.iter().enumerate() {
        if authority_block(&s.text) {
            continue;
        }
        for m in x.email.find_iter(&s.text) {
            if crate::check::email_address(m.as_str()) && !emails.iter().any(|e| e.0 == m.as_str())
            {
                emails.push((m.as_str().to_string(), s.line, dpo_near.contains(&i)));
            }
        }
        for c in x.phone.captures_iter(&s.text) {
            let p = c[1].trim().to_string();
            if !phones.iter().any(|e| e.0 == p) {
                phones.push((p, s.line, dpo_near.contains(&i)));
            }
        }
    }
    let ctrl_email = emails.iter().find(|e| !e.2).or(emails.first());
    match ctrl_email {
        Some((e, line, _)) => {
            let _ = writeln!(y, "  email: {}  # line {line}", q(e));
        }
        None => todo(
            &mut y,
            "Art. 13(1)(a): the controller's e-mail address (controller.email) was not found",
        ),
    }
    match phones.iter().find(|p| !p.2) {
        Some((p, line, _)) => {
            let _ = writeln!(y, "  phone: {}  # line {line}", q(p));
        }
        None => todo(
            &mut y,
            "the controller's phone number (controller.phone) was not found",
        ),
    }

    // DPO
    let dpo_item = r.item("dpo").map(|i| i.verdict);
    if matches!(dpo_item, Some(Verdict::Present | Verdict::Partial)) {
        y.push_str("\ndpo:\n");
        let named = doc
            .sentences
            .iter()
            .enumerate()
            .filter(|(i, _)| dpo_near.contains(i))
            .find_map(|(_, s)| x.salutation.captures(&s.text).map(|c| (c, s.line)));
        if let Some((c, line)) = named {
            let sal = c["s"].to_lowercase();
            let sal = if ["mevr", "mevrouw", "mrs", "ms", "fru"]
                .iter()
                .any(|p| sal.starts_with(p))
            {
                "ms"
            } else {
                "mr"
            };
            let _ = writeln!(y, "  salutation: {sal}");
            let _ = writeln!(
                y,
                "  name: {}  # line {line}",
                q(c["name"].trim().trim_end_matches('.'))
            );
        }
        let mut any = false;
        if let Some((e, line, _)) = emails.iter().find(|e| e.2) {
            let _ = writeln!(y, "  email: {}  # line {line}", q(e));
            any = true;
        }
        if let Some((p, line, _)) = phones.iter().find(|p| p.2) {
            let _ = writeln!(y, "  phone: {}  # line {line}", q(p));
            any = true;
        }
        if let Some(a) = &dpo_addr {
            y.push_str("  address:\n");
            address_yaml(&mut y, "    ", a);
            any = true;
        }
        if !any {
            todo(&mut y, "Art. 13(1)(b): the DPO is named but no contact details were found (dpo.email, dpo.phone or dpo.address)");
        }
    } else {
        y.push('\n');
        todo(
            &mut y,
            "Art. 13(1)(b): no DPO was found; add `dpo:` with contact details if one is appointed",
        );
    }

    // What the profile needs and a text states in prose: left to the author.
    y.push_str("\ndata: []\n");
    todo(
        &mut y,
        "Art. 14(1)(d): the categories of personal data (data[].category)",
    );
    y.push_str("purposes: []\n");
    todo(
        &mut y,
        "Art. 13(1)(c): every purpose with its legal basis (purposes[].id, basis.art6, basis.art9)",
    );
    // relied on (not only: the text gives no basis, so whether it is relied on is unknown)
    if r.item("legitimate_interest").is_some_and(|i| {
        matches!(
            i.verdict,
            Verdict::Present | Verdict::Partial | Verdict::Missing
        ) && !i.silent
    }) {
        todo(&mut y, "Art. 13(1)(d): the text relies on legitimate interest; name it (purposes[].legitimate_interest)");
    }
    if !matches!(
        r.item("source").map(|i| i.verdict),
        Some(Verdict::NotApplicable) | None
    ) {
        todo(
            &mut y,
            "Art. 14(2)(f): where data come from (sources[].source)",
        );
    }

    // Processors: a URL whose domain names a word of its paragraph.
    let own: BTreeSet<String> = emails
        .iter()
        .filter_map(|e| e.0.split('@').nth(1).map(str::to_lowercase))
        .collect();
    let mut procs: Vec<(String, String, usize, Option<String>)> = Vec::new();
    for s in &doc.sentences {
        for m in x.url.find_iter(&s.text) {
            let url = m.as_str().to_string();
            let host = url
                .split("://")
                .nth(1)
                .unwrap_or("")
                .split('/')
                .next()
                .unwrap_or("")
                .to_lowercase();
            let host = host.trim_start_matches("www.").to_string();
            let label = host.split('.').next().unwrap_or("").to_string();
            if label.len() < 3
                || own
                    .iter()
                    .any(|o| o.ends_with(&host) || host.ends_with(o.as_str()))
                || authority_block(&url)
            {
                continue;
            }
            let block: String = doc
                .sentences
                .iter()
                .filter(|t| t.block == s.block)
                .map(|t| t.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let name = block
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .find(|wd| {
                    wd.to_lowercase() == label && wd.chars().next().is_some_and(char::is_uppercase)
                });
            let Some(name) = name else { continue };
            let lower = block.to_lowercase();
            let service = w
                .services
                .iter()
                .find(|(_, ts)| ts.iter().any(|t| lower.contains(&t.to_lowercase())))
                .map(|(k, _)| k.clone());
            if !procs.iter().any(|p| p.0 == name) && crate::check::web_url(&url) {
                procs.push((name.to_string(), url, s.line, service));
            }
        }
    }
    if procs.is_empty() {
        y.push('\n');
        todo(
            &mut y,
            "Art. 13(1)(e): no processor was named with its website; list them under `processors:`",
        );
    } else {
        y.push_str("\nprocessors:\n");
        for (name, url, line, service) in &procs {
            let _ = writeln!(y, "  - name: {}  # line {line}", q(name));
            match service {
                Some(sv) => {
                    let _ = writeln!(y, "    service: {sv}  # TODO check");
                }
                None => {
                    let _ = writeln!(y, "    service: TODO  # TODO what {name} does for the clinic (docs/profile.md, processors)");
                }
            }
            let _ = writeln!(y, "    policy: {}", q(url));
        }
    }
    if !matches!(
        r.item("recipients").map(|i| i.verdict),
        Some(Verdict::Present)
    ) {
        todo(&mut y, "Art. 13(1)(e): the recipients (recipients[].kind)");
    }

    // Retention
    let mut rows: Vec<(String, String, &'static str, usize, String)> = Vec::new();
    if let Some(f) = l.facets.get("period") {
        for e in find(doc, f) {
            let s = &doc.sentences[e.sentence];
            let ctx = match s.intro.and_then(|i| doc.sentences.get(i)) {
                Some(intro) => format!("{} {}", intro.text, s.text),
                None => s.text.clone(),
            };
            let lower = ctx.to_lowercase();
            let Some(record) = w
                .records
                .iter()
                .find(|(_, ts)| {
                    ts.iter()
                        .any(|t| s.text.to_lowercase().contains(&t.to_lowercase()))
                })
                .map(|(k, _)| k.clone())
            else {
                continue;
            };
            let Some(p) = period(&e.matched, w) else {
                continue;
            };
            let qual = if p.contains('-') {
                "exactly"
            } else if w.at_least.iter().any(|t| lower.contains(&t.to_lowercase())) {
                "at_least"
            } else if w.at_most.iter().any(|t| lower.contains(&t.to_lowercase())) {
                "at_most"
            } else {
                "exactly"
            };
            if !rows.iter().any(|r| r.0 == record) {
                rows.push((record, p, qual, s.line, e.quote.clone()));
            }
        }
    }
    if rows.is_empty() {
        y.push_str("\nretention: []\n");
        todo(
            &mut y,
            "Art. 13(2)(a): a retention period (or criterion) per kind of record",
        );
    } else {
        y.push_str("\nretention:\n");
        for (record, p, qual, line, quote) in &rows {
            let _ = writeln!(
                y,
                "  # line {line}: {}",
                quote
                    .replace('\n', " ")
                    .chars()
                    .take(160)
                    .collect::<String>()
            );
            let _ = writeln!(y, "  - record: {record}");
            let _ = writeln!(y, "    period: {p}");
            if *qual != "exactly" {
                let _ = writeln!(y, "    qualifier: {qual}");
            }
            let _ = writeln!(
                y,
                "    # TODO from: the event the period runs from; statute: the law that sets it"
            );
        }
        if !rows
            .iter()
            .any(|r| matches!(r.0.as_str(), "medical_record" | "patient_journal"))
        {
            todo(
                &mut y,
                "Art. 13(2)(a): the retention period of the medical record / patient journal",
            );
        }
    }

    // The other items, as the audit judged them.
    y.push('\n');
    for it in &r.items {
        if matches!(it.verdict, Verdict::Missing | Verdict::Partial)
            && ![
                "controller",
                "dpo",
                "purposes",
                "retention",
                "recipients",
                "categories",
                "source",
                "legitimate_interest",
            ]
            .contains(&it.id.as_str())
        {
            let what = match it.id.as_str() {
                "rights" => "rights.channels and the rights the statement lists",
                "complaint" => "complaints: the complaint to the supervisory authority is rendered from the law data; check `complaints:`",
                "provision" => "provision: whether providing data is required, and the consequence",
                "withdraw_consent" => "the right to withdraw consent (purposes on consent)",
                "transfers" => "transfers: outside_eea and list[] with mechanism and safeguard_url",
                "automated_decisions" => "automated_decisions: used, logic",
                _ => it.title.as_str(),
            };
            todo(
                &mut y,
                &format!("Art. {} ({}): {what}", it.article, it.verdict.key()),
            );
        }
    }
    y
}
