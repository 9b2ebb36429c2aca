//! Topics a clinic may have: communication, cameras, cookies, call recording, research,
//! marketing, children online, automated decisions.

use crate::load::text::Term;
use crate::load::vocab::*;
use crate::model::build::{join_and, list, para, reachable, section};
use crate::model::{link, Block, Ctx, Rich, Section, Span};

pub(in crate::model) fn communication(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    // "Ring oss" only with a number to ring (review-nb M1).
    let g: Vec<Guidance> = p
        .communication
        .iter()
        .copied()
        .filter(|x| *x != Guidance::PhoneForSensitive || reachable(p, Channel::Phone))
        .collect();
    if g.is_empty() {
        return None;
    }
    let items = g.iter().map(|x| Rich::text(cx.t0(&x.msg()))).collect();
    Some(section(cx, "communication", vec![list(items)], &[]))
}

pub(in crate::model) fn cameras(cx: &mut Ctx) -> Option<Section> {
    let c = cx.lp.profile.cameras.as_ref()?;
    let mut blocks = Vec::new();
    let places: Vec<String> = c
        .locations
        .iter()
        .enumerate()
        .map(|(i, l)| cx.lt(l, &format!("cameras.locations[{i}]")))
        .collect();
    let places = join_and(cx, places);
    let purpose = cx.lt(&c.purpose, "cameras.purpose");
    let t = cx.t(
        "cameras-where",
        &[("places", places.into()), ("purpose", purpose.into())],
    );
    blocks.push(para(t));
    if c.stored {
        let t = match c.retention {
            Some(r) => {
                let p = cx.period(r);
                cx.t("cameras-retention", &[("period", p.into())])
            }
            None => cx.t0("cameras-stored"),
        };
        blocks.push(para(t));
        if c.incident_extension {
            let t = cx.t0("cameras-incident");
            blocks.push(para(t));
        }
    } else {
        let t = cx.t0("cameras-not-stored");
        blocks.push(para(t));
    }
    for (i, v) in c.viewers.iter().enumerate() {
        let role = cx.term(&v.role, Role::msg, &format!("cameras.viewers[{i}].role"));
        let id = if v.only_with_cause {
            "cameras-viewer-cause"
        } else {
            "cameras-viewer"
        };
        let t = cx.t(id, &[("role", role.into())]);
        blocks.push(para(t));
    }
    if c.police_on_suspicion {
        let t = cx.t0("cameras-police");
        blocks.push(para(t));
    }
    if let Some(s) = &c.signage {
        let s = cx.lt(s, "cameras.signage");
        let t = cx.t("cameras-signage", &[("signage", s.into())]);
        blocks.push(para(t));
    }
    Some(section(cx, "cameras", blocks, &[]))
}

pub(in crate::model) fn cookies(cx: &mut Ctx) -> Option<Section> {
    let c = cx.lp.profile.cookies.as_ref()?;
    let mut blocks = Vec::new();
    if c.none {
        // A website without cookies says so, and nothing about consent or deletion.
        let t = cx.t0("cookies-none");
        blocks.push(para(t));
        return Some(section(cx, "cookies", blocks, &[]));
    }
    let t = cx.t0("cookies-definition");
    blocks.push(para(t));
    if !c.categories.is_empty() {
        let lead = cx.t0("cookies-categories");
        blocks.push(para(lead));
        let items = c
            .categories
            .iter()
            .map(|k| {
                let label = cx.t0(&k.msg());
                let desc = cx.t0(&format!("{}-desc", k.msg()));
                let sep = cx.sep_label();
                Rich(vec![Span::Strong { text: label }]).then(format!("{sep}{desc}"))
            })
            .collect();
        blocks.push(list(items));
    }
    if !c.list.is_empty() {
        let head = vec![
            cx.t0("col-cookie"),
            cx.t0("col-provider"),
            cx.t0("col-category"),
            cx.t0("col-purpose"),
            cx.t0("col-duration"),
        ];
        let mut rows = Vec::new();
        for (i, k) in c.list.iter().enumerate() {
            let cat = cx.t0(&k.category.msg());
            let purpose = cx.lt_rich(&k.purpose, &format!("cookies.list[{i}].purpose"));
            let duration = if k.duration == "session" {
                cx.t0("cookie-session")
            } else {
                match crate::load::text::Period::parse(&k.duration) {
                    Ok(p) => cx.period(p),
                    Err(_) => k.duration.clone(),
                }
            };
            rows.push(vec![
                Rich::text(k.name.clone()),
                Rich::text(k.provider.clone()),
                Rich::text(cat),
                purpose,
                Rich::text(duration),
            ]);
        }
        blocks.push(Block::Table { head, rows });
    }
    // Without a stated consent model the page says nothing about consent (check warns).
    let consent = match c.consent {
        Some(CookieConsent::Banner) => Some(cx.t0("cookies-consent-banner")),
        Some(CookieConsent::NotNeeded) => Some(cx.t0("cookies-consent-not-needed")),
        None => None,
    };
    blocks.extend(consent.map(para));
    if c.not_identifying {
        let t = cx.t0("cookies-not-identifying");
        blocks.push(para(t));
    }
    if c.not_shared {
        let t = cx.t0("cookies-not-shared");
        blocks.push(para(t));
    }
    if !c.opt_out.is_empty() {
        let lead = cx.t0("cookies-opt-out");
        blocks.push(para(lead));
        let items = c
            .opt_out
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let label = cx.lt(&l.label, &format!("cookies.opt_out[{i}].label"));
                Rich(vec![link(label, &l.url)])
            })
            .collect();
        blocks.push(list(items));
    }
    let t = cx.t0("cookies-delete");
    let mut r = Rich::text(t);
    if let Some(h) = &c.deletion_help {
        let label = cx.lt(&h.label, "cookies.deletion_help.label");
        r.push_text(" ").push(link(label, &h.url)).push_text(".");
    }
    blocks.push(Block::Paragraph { text: r });
    Some(section(cx, "cookies", blocks, &[]))
}

pub(in crate::model) fn call_recording(cx: &mut Ctx) -> Option<Section> {
    let c = cx.lp.profile.call_recording.as_ref()?;
    let role = cx.term(&c.staff, Role::msg, "call_recording.staff");
    let mut blocks = vec![para(cx.t("call-recording", &[("role", role.into())]))];
    if c.opt_out {
        let t = cx.t0("call-recording-opt-out");
        blocks.push(para(t));
    }
    let t = cx.t0("call-recording-retention");
    blocks.push(para(t));
    Some(section(cx, "call-recording", blocks, &[]))
}

pub(in crate::model) fn research(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    if p.research.is_none() && p.quality.is_none() {
        return None;
    }
    let mut blocks = Vec::new();
    if let Some(r) = &p.research {
        blocks.push(Block::Subheading {
            text: cx.t0("research-heading"),
            number: None,
        });
        if r.trials {
            let t = cx.t0("research-trials");
            blocks.push(para(t));
        }
        if r.record_based {
            let t = cx.t0("research-record");
            blocks.push(para(t));
        }
        // Research on an objection basis: the national conditions and the right to object
        // (NL: art. 7:458 BW, art. 24 UAVG; GDPR Art. 21(4); review-nl item 13).
        let opt_out = p.purposes.iter().any(|pu| {
            matches!(pu.id, Term::Known(PurposeId::Research))
                && (pu.opt_out || pu.uses_art6(Art6::LegitimateInterest))
        });
        if opt_out {
            if let Some(rc) = cx.law.research_without_consent.clone() {
                let article = cx.cite(&rc.article, &rc.statute);
                let t = cx.t("research-without-consent", &[("article", article.into())]);
                blocks.push(para(t));
            }
        }
        let flags = [
            (r.pseudonymised, "research-pseudonymised"),
            (r.external_researchers, "research-external"),
            (r.confidentiality_signed, "research-confidentiality"),
            (r.publications_non_identifiable, "research-publications"),
        ];
        for (on, id) in flags {
            if on {
                let t = cx.t0(id);
                blocks.push(para(t));
            }
        }
        if !r.programmes.is_empty() {
            let t = cx.t0("research-programmes");
            blocks.push(para(t));
            let items = r
                .programmes
                .iter()
                .enumerate()
                .map(|(i, x)| cx.lt_rich(x, &format!("research.programmes[{i}]")))
                .collect();
            blocks.push(list(items));
        }
    }
    if let Some(q) = &p.quality {
        blocks.push(Block::Subheading {
            text: cx.t0("quality-heading"),
            number: None,
        });
        let t = cx.t0("quality-lead");
        blocks.push(para(t));
        let items = q
            .activities
            .iter()
            .map(|a| Rich::text(cx.t0(&a.msg())))
            .collect();
        blocks.push(list(items));
        if q.reports_encrypted {
            let t = cx.t0("quality-encrypted");
            blocks.push(para(t));
        }
    }
    Some(section(cx, "research", blocks, &[]))
}

pub(in crate::model) fn marketing(cx: &mut Ctx) -> Option<Section> {
    let p = &cx.lp.profile;
    if p.marketing.is_none() && p.platforms.is_empty() {
        return None;
    }
    let mut blocks = Vec::new();
    let mut covers = Vec::new();
    if let Some(m) = &p.marketing {
        covers.push("21(4)");
        let channels: Vec<String> = m.channels.iter().map(|c| cx.t0(&c.msg())).collect();
        let channels = join_and(cx, channels);
        let t = cx.t("marketing-lead", &[("channels", channels.into())]);
        blocks.push(para(t));
        if let Some(where_) = &m.preferences_in {
            let t = cx.t("marketing-preferences", &[("portal", where_.into())]);
            blocks.push(para(t));
        }
        let t = cx.t0("marketing-object");
        blocks.push(para(t));
    }
    if !p.platforms.is_empty() {
        let t = cx.t0("platforms-lead");
        blocks.push(para(t));
        let mut items = Vec::new();
        for pl in &p.platforms {
            let kind = cx.t0(&pl.kind.msg());
            let mut r = match &pl.url {
                Some(u) => Rich(vec![link(pl.name.clone(), u)]),
                None => Rich(vec![Span::Strong {
                    text: pl.name.clone(),
                }]),
            };
            let sep = cx.sep_label();
            r.push_text(format!("{sep}{kind}"));
            if pl.booking {
                let b = cx.t0("platform-booking");
                let sep = cx.sep_list();
                r.push_text(format!("{sep}{b}"));
            }
            items.push(r);
        }
        blocks.push(list(items));
    }
    Some(section(cx, "marketing", blocks, &covers))
}

pub(in crate::model) fn minors(cx: &mut Ctx) -> Option<Section> {
    let m = cx.lp.profile.minors.as_ref()?;
    let mut blocks = vec![para(
        cx.t("minors-consent", &[("age", u32::from(m.age).into())]),
    )];
    if m.cannot_verify {
        let t = cx.t("minors-cannot-verify", &[("age", u32::from(m.age).into())]);
        blocks.push(para(t));
    }
    Some(section(cx, "minors", blocks, &[]))
}

pub(in crate::model) fn automated(cx: &mut Ctx) -> Option<Section> {
    let a = cx.lp.profile.automated_decisions.as_ref()?;
    let mut blocks = Vec::new();
    if a.used {
        let t = cx.t0("automated-used");
        blocks.push(para(t));
        if let Some(l) = &a.logic {
            let r = cx.lt_rich(l, "automated_decisions.logic");
            blocks.push(Block::Paragraph { text: r });
        }
    } else {
        let t = cx.t0("automated-none");
        blocks.push(para(t));
    }
    Some(section(cx, "automated", blocks, &["13(2)(f)", "14(2)(g)"]))
}
