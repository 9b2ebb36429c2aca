//! Builds the statement: the sections in the order a reader looks for them, each only when
//! the profile has facts for it (controller, purposes, retention, rights and complaints are
//! always there).

use super::parts;
use super::{mail, web, Block, Ctx, Document, DocumentKind, Meta, Rich, Section, Span};
use crate::diagnostics::Diagnostic;
use crate::i18n::{Arg, Wording};
use crate::law::LawData;
use crate::load::profile::Address;
use crate::load::text::Lang;
use crate::load::vocab::*;
use crate::load::LoadedProfile;

/// Builds the statement of `lp` in `lang`. Errors (missing wording or translations) are
/// returned as diagnostics; the document is only returned when there are none.
pub fn build_statement(
    lp: &LoadedProfile,
    law: &LawData,
    wording: &Wording,
    lang: Lang,
) -> Result<Document, Vec<Diagnostic>> {
    let mut cx = Ctx::new(lang, wording, law, lp, DocumentKind::Statement);
    let meta = meta(&mut cx);
    let sections = statement_sections(&mut cx);
    finish(cx, meta, sections)
}

/// Title, version and dates of the document being built.
pub(super) fn meta(cx: &mut Ctx) -> Meta {
    let p = &cx.lp.profile;
    let title = match (cx.kind, &p.document.title, &p.document.reglement_title) {
        (DocumentKind::Statement, Some(t), _) => cx.lt(t, "document.title"),
        (DocumentKind::Reglement, _, Some(t)) => cx.lt(t, "document.reglement_title"),
        (kind, _, _) => cx.t0(&format!("doc-title-{}", kind.key())),
    };
    let effective = cx.date(p.effective);
    let version_line = cx.t(
        "doc-version-line",
        &[
            ("version", (&p.version).into()),
            ("date", effective.clone().into()),
        ],
    );
    let allowed = p
        .allow
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let reason = cx.lt(&a.reason, &format!("allow[{i}].reason"));
            // Safe inside an HTML comment.
            format!(
                "{}: {}",
                a.rule,
                reason.replace("--", "\u{2013}").replace('>', "\u{203a}")
            )
        })
        .collect();
    Meta {
        title,
        controller: p.controller.name.clone(),
        version: p.version.clone(),
        effective,
        effective_iso: p.effective.iso(),
        version_line,
        allowed,
        draft: p.draft,
        register: p.document.address,
    }
}

/// Every section of the statement, in reading order; sections without facts are left out.
pub(super) fn statement_sections(cx: &mut Ctx) -> Vec<Section> {
    let mut sections = Vec::new();
    let builders: [fn(&mut Ctx) -> Option<Section>; 32] = [
        intro,
        controller,
        parts::dpo,
        parts::definitions,
        parts::data,
        parts::sources,
        parts::purposes,
        parts::staff,
        parts::recipients,
        parts::exchange,
        parts::transfers,
        parts::data_flow,
        parts::anonymisation,
        parts::retention,
        parts::deletion,
        parts::file_structure,
        parts::security,
        parts::communication,
        parts::cameras,
        parts::cookies,
        parts::call_recording,
        parts::research,
        parts::marketing,
        parts::minors,
        parts::automated,
        parts::others,
        parts::rights,
        parts::representation,
        parts::requests,
        parts::complaints,
        parts::third_party,
        parts::changes,
    ];
    for b in builders {
        if let Some(s) = b(cx) {
            sections.push(s);
        }
    }
    sections
}

/// Resolves cross-references and returns the document, or every error found.
pub(super) fn finish(
    mut cx: Ctx,
    meta: Meta,
    mut sections: Vec<Section>,
) -> Result<Document, Vec<Diagnostic>> {
    super::xref::resolve(&mut cx, &mut sections);
    if cx.diags.iter().any(Diagnostic::is_error) {
        let mut d = cx.diags;
        d.dedup();
        return Err(d);
    }
    Ok(Document {
        kind: cx.kind,
        lang: cx.lang,
        profile: cx.lp.id.clone(),
        meta,
        sections,
    })
}

/// A section with its heading from message `heading-<id>`.
pub(super) fn section(
    cx: &mut Ctx,
    id: &str,
    blocks: Vec<Block>,
    covers: &[&'static str],
) -> Section {
    Section {
        id: id.to_string(),
        number: None,
        heading: cx.t0(&format!("heading-{id}")),
        blocks,
        covers: covers.to_vec(),
    }
}

/// A paragraph; its first letter is capitalised (a sentence may open with a label such as
/// "de hoofdarts").
pub(super) fn para(text: String) -> Block {
    let mut chars = text.chars();
    let text = match chars.next() {
        Some(c) if c.is_lowercase() => c.to_uppercase().chain(chars).collect(),
        _ => text,
    };
    Block::Paragraph {
        text: Rich::text(text),
    }
}

/// A bulleted list. Items written as clauses ending in ";" end the list with "." (and the
/// no-break space French writes before ";" goes with it: "…données\u{a0};" → "…données.").
pub(super) fn list(mut items: Vec<Rich>) -> Block {
    if let Some(last) = items.last_mut() {
        if let Some(Span::Text { text }) = last.0.last_mut() {
            if text.ends_with(';') {
                text.pop();
                let kept = text.trim_end_matches(NO_BREAK_SPACES).len();
                text.truncate(kept);
                text.push('.');
            }
        }
    }
    Block::List {
        ordered: false,
        items,
    }
}

/// The no-break spaces French typography puts before ";" ":" "?" "!" (U+00A0, narrow U+202F).
pub(super) const NO_BREAK_SPACES: [char; 2] = ['\u{a0}', '\u{202f}'];

pub(super) fn address_lines(cx: &mut Ctx, a: &Address, field: &str) -> Vec<Rich> {
    let mut lines = Vec::new();
    if let Some(att) = &a.attention {
        let t = cx.lt(att, &format!("{field}.attention"));
        lines.push(Rich::text(t));
    }
    lines.push(Rich::text(a.street.clone()));
    lines.push(Rich::text(format!("{} {}", a.postcode, a.city)));
    match &a.country {
        Some(c) => {
            let own = cx.lp.profile.jurisdiction.code();
            if !c.eq_ignore_ascii_case(own) {
                let name = cx.t0(&format!("country-{}", c.to_ascii_lowercase()));
                lines.push(Rich::text(name));
            } else if let Some(name) = cx.country_line() {
                lines.push(Rich::text(name));
            }
        }
        // A page read from abroad names the country (review-nb M14).
        None => {
            if let Some(name) = cx.country_line() {
                lines.push(Rich::text(name));
            }
        }
    }
    lines
}

/// One-line form of an address: "Hoofdweg 60, 3067 GH Rotterdam".
pub(super) fn address_inline(a: &Address) -> String {
    format!("{}, {} {}", a.street, a.postcode, a.city)
}

/// E-mail, phone and website lines.
pub(super) fn contact_lines(
    cx: &mut Ctx,
    email: Option<&str>,
    phone: Option<&str>,
    website: Option<&str>,
) -> Vec<(Rich, Rich)> {
    let mut out = Vec::new();
    if let Some(e) = email {
        out.push((Rich::text(cx.t0("label-email")), Rich(vec![mail(e)])));
    }
    if let Some(p) = phone {
        out.push((Rich::text(cx.t0("label-phone")), Rich(vec![cx.phone(p)])));
    }
    if let Some(w) = website {
        out.push((Rich::text(cx.t0("label-website")), Rich(vec![web(w)])));
    }
    out
}

fn intro(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    let mut blocks = Vec::new();
    if let Some(t) = &p.document.intro {
        blocks.push(Block::Paragraph {
            text: cx.lt_rich(t, "document.intro"),
        });
    }
    let audience: Vec<String> = if p.document.audience.is_empty() {
        vec![cx.t0(&Audience::Patients.msg())]
    } else {
        p.document
            .audience
            .iter()
            .map(|a| a.msg())
            .collect::<Vec<_>>()
            .iter()
            .map(|m| cx.t0(m))
            .collect()
    };
    let audience = join_and(cx, audience);
    let we = cx.we();
    let text = cx.t(
        "intro-statement",
        &[("controller", we.into()), ("audience", audience.into())],
    );
    blocks.push(para(text));
    if !p.document.principles.is_empty() {
        let lead = cx.t0("intro-principles");
        blocks.push(para(lead));
        let items = p
            .document
            .principles
            .iter()
            .map(|pr| Rich::text(cx.t(&pr.msg(), &[("controller", cx.we().into())])))
            .collect();
        blocks.push(list(items));
    }
    if let Some(url) = &p.document.url {
        let lead = cx.t0("intro-latest-version");
        blocks.push(Block::Paragraph {
            text: Rich::text(format!("{lead} ")).with(web(url)).then("."),
        });
    }
    Some(section(cx, "introduction", blocks, &[]))
}

/// Whether the profile gives the address a channel needs: a sentence never sends the reader
/// to e-mail, post or the phone when the profile has no e-mail address, postal address or
/// number behind it (review-nb M1).
pub(super) fn reachable(p: &crate::load::profile::Profile, ch: Channel) -> bool {
    let c = &p.controller;
    let dpo = p.dpo.as_ref();
    match ch {
        Channel::Email => {
            c.email.is_some() || dpo.is_some_and(|d| d.email.is_some()) || p.rights.email.is_some()
        }
        Channel::Letter | Channel::SignedLetter => {
            c.postal_address.is_some()
                || c.visiting_address.is_some()
                || dpo.is_some_and(|d| d.address.is_some())
        }
        Channel::Phone => c.phone.is_some() || dpo.is_some_and(|d| d.phone.is_some()),
        Channel::InPerson => c.visiting_address.is_some() || !p.locations.is_empty(),
        Channel::Dpo => dpo.is_some(),
        Channel::Website => c.website.is_some() || p.document.url.is_some(),
        Channel::PatientPortal
        | Channel::Reception
        | Channel::AdmissionForm
        | Channel::WelcomeBrochure => true,
    }
}

/// "a, b en c" / "a, b og c" / "a, b and c".
pub(super) fn join_and(cx: &mut Ctx, items: Vec<String>) -> String {
    match items.len() {
        0 => String::new(),
        1 => items.into_iter().next().unwrap_or_default(),
        n => {
            let last = items[n - 1].clone();
            let head = items[..n - 1].join(", ");
            cx.t("join-and", &[("head", head.into()), ("last", last.into())])
        }
    }
}

fn controller(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    let c = &p.controller;
    let mut blocks = Vec::new();
    let kind = c.kind.map(|k| cx.t0(&k.msg()));
    let lead = match kind {
        Some(k) => cx.t(
            "controller-is-kind",
            &[("name", (&c.name).into()), ("kind", k.into())],
        ),
        None => cx.t("controller-is", &[("name", (&c.name).into())]),
    };
    blocks.push(para(lead));
    let mut items: Vec<(Rich, Rich)> = Vec::new();
    if let Some(r) = &c.registration {
        let label = r.scheme.name(cx.lang, p.jurisdiction);
        items.push((Rich::text(label), Rich::text(r.number.clone())));
    }
    if let Some(a) = &c.visiting_address {
        let label = cx.t0("label-visiting-address");
        let lines = address_lines(cx, a, "controller.visiting_address");
        items.push((Rich::text(label), join_lines(lines)));
    }
    if let Some(a) = &c.postal_address {
        let label = cx.t0("label-postal-address");
        let lines = address_lines(cx, a, "controller.postal_address");
        items.push((Rich::text(label), join_lines(lines)));
    }
    let contacts = contact_lines(
        cx,
        c.email.as_deref(),
        c.phone.as_deref(),
        c.website.as_deref(),
    );
    items.extend(contacts);
    // Without contact details there is nothing to list (the check reports the gap).
    if !items.is_empty() {
        blocks.push(Block::Definitions { items });
    }
    if !p.locations.is_empty() {
        let lead = cx.t("controller-locations", &[("n", p.locations.len().into())]);
        blocks.push(para(lead));
        let items = p
            .locations
            .iter()
            .map(|l| {
                let mut r = Rich(vec![Span::Strong {
                    text: l.name.clone(),
                }]);
                if let Some(k) = l.kind {
                    r.push_text(format!(", {}", cx.t0(&k.msg())));
                }
                if let Some(a) = &l.address {
                    r.push_text(format!(", {}", address_inline(a)));
                }
                r
            })
            .collect();
        blocks.push(list(items));
    }
    // Practitioners with their register number (issue 16 item 10).
    if !p.practitioners.is_empty() {
        let lead = cx.t0("controller-practitioners");
        blocks.push(para(lead));
        let items = p
            .practitioners
            .iter()
            .map(|pr| {
                let register = pr.register.name(cx.lang, p.jurisdiction);
                Rich(vec![Span::Strong {
                    text: pr.name.clone(),
                }])
                .then(format!(", {register} {}", pr.number.trim()))
            })
            .collect();
        blocks.push(list(items));
    }
    if !c.representatives.is_empty() {
        let names: Vec<String> = c
            .representatives
            .iter()
            .enumerate()
            .map(|(i, r)| cx.term(r, Role::msg, &format!("controller.representatives[{i}]")))
            .collect();
        let names = join_and(cx, names);
        let text = cx.t("controller-representatives", &[("roles", names.into())]);
        blocks.push(para(text));
    }
    for (i, m) in c.mandataries.iter().enumerate() {
        let role = cx.term(
            &m.role,
            Role::msg,
            &format!("controller.mandataries[{i}].role"),
        );
        let text = cx.t("controller-mandatary", &[("role", role.into())]);
        blocks.push(para(text));
        let mut items: Vec<Rich> = m
            .scope
            .iter()
            .map(|s| Rich::text(cx.t0(&s.msg())))
            .collect();
        if let Some(st) = &m.statute {
            let name = cx.statute_full_ref(st);
            let src = cx.t("controller-mandatary-basis", &[("statute", name.into())]);
            items.push(Rich::text(src));
        }
        blocks.push(list(items));
    }
    if let Some(cc) = &c.central_contact {
        let role = cx.term(cc, Role::msg, "controller.central_contact");
        let text = cx.t("controller-central-contact", &[("role", role.into())]);
        blocks.push(para(text));
    }
    // Who stands behind the practice and how it is organised (issue 16 item 4).
    if let Some(r) = &c.responsible {
        let role = r
            .role
            .as_ref()
            .map(|t| cx.term(t, Role::msg, "controller.responsible.role"));
        let text = match role {
            Some(role) => cx.t(
                "controller-responsible-role",
                &[
                    ("controller", cx.we().into()),
                    ("name", (&r.name).into()),
                    ("role", role.into()),
                ],
            ),
            None => cx.t(
                "controller-responsible",
                &[("controller", cx.we().into()), ("name", (&r.name).into())],
            ),
        };
        blocks.push(para(text));
    }
    if let Some(g) = &c.group {
        let text = cx.t(
            "controller-group",
            &[("controller", cx.we().into()), ("group", (&g.name).into())],
        );
        blocks.push(para(text));
    }
    // A statement published by several controllers (issue 16 item 4): who they are, and
    // whether they are joint controllers with the essence of their arrangement (Art. 26(2)).
    if !c.co_controllers.is_empty() {
        let id = if c.joint_arrangement.is_some() {
            "controller-co-controllers-joint"
        } else {
            "controller-co-controllers"
        };
        let text = cx.t(id, &[("controller", cx.we().into())]);
        blocks.push(para(text));
        let items = c
            .co_controllers
            .iter()
            .map(|o| {
                let mut r = Rich(vec![Span::Strong {
                    text: o.name.clone(),
                }]);
                if let Some(k) = o.kind {
                    r.push_text(format!(", {}", cx.t0(&k.msg())));
                }
                if o.public_body {
                    r.push_text(format!(" ({})", cx.t0("controller-public-body")));
                }
                r
            })
            .collect();
        blocks.push(list(items));
        if let Some(a) = &c.joint_arrangement {
            let label = cx.t0("controller-joint-arrangement");
            let t = cx.lt(a, "controller.joint_arrangement");
            blocks.push(Block::Paragraph {
                text: labelled(label, " ", t),
            });
        }
    }
    if c.practitioners_control_records {
        let text = cx.t(
            "controller-practitioners-control-records",
            &[("controller", cx.we().into())],
        );
        blocks.push(para(text));
    }
    if c.responsible_for_processors {
        let text = cx.t(
            "controller-responsible-processors",
            &[("controller", cx.we().into())],
        );
        blocks.push(para(text));
    }
    Some(section(cx, "controller", blocks, &["13(1)(a)", "14(1)(a)"]))
}

/// "a, b of c" / "a, b eller c" / "a, b or c".
pub(super) fn join_or(cx: &mut Ctx, items: Vec<String>) -> String {
    match items.len() {
        0 => String::new(),
        1 => items.into_iter().next().unwrap_or_default(),
        n => {
            let last = items[n - 1].clone();
            let head = items[..n - 1].join(", ");
            cx.t(
                "join-or-list",
                &[("head", head.into()), ("last", last.into())],
            )
        }
    }
}

/// A bold label followed by the clinic's own text: "**label:** text".
pub(super) fn labelled(label: String, sep: &str, text: String) -> Rich {
    Rich(vec![
        Span::Strong { text: label },
        Span::Text {
            text: sep.to_string(),
        },
        Span::Markdown { text },
    ])
}

/// Address lines shown as one cell, separated by line breaks in HTML (", " in text).
pub(super) fn join_lines(lines: Vec<Rich>) -> Rich {
    let text = lines.iter().map(Rich::plain).collect::<Vec<_>>().join(", ");
    Rich::text(text)
}

pub(super) fn arg(s: impl Into<String>) -> Arg {
    Arg::Str(s.into())
}
