//! Stage 4: renders documents through a Tera 2 theme (`themes/<name>/templates`) into the
//! in-memory output tree. Page structure lives in the templates; inline text arrives as
//! HTML that was escaped or sanitised in [`html`]. Chrome strings come from the strict
//! `t(key, lang)` template function: a missing message is a build error.

pub mod archive;
pub mod export;
pub mod html;
pub mod minify;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod tidy;
pub mod walk;

use crate::diagnostics::Diagnostic;
use crate::i18n::{Arg, Wording};
use crate::load::text::Lang;
use crate::model::{AddressForm, Block, Document, DocumentKind};
use crate::output::OutputTree;
use serde::Serialize;
use std::path::PathBuf;
use std::sync::Arc;

/// A loaded theme: compiled templates plus static files.
pub struct Theme {
    tera: tera::Tera,
    /// `themes/<name>/templates`, for diagnostics.
    dir: String,
    statics: Vec<(String, Vec<u8>)>,
}

/// Compiles a theme read by [`crate::load::theme::read`]: its templates (with the wording's
/// `t` function) and its static files.
pub fn compile_theme(
    files: crate::load::theme::ThemeFiles,
    wording: Arc<Wording>,
) -> Result<Theme, Vec<Diagnostic>> {
    let mut tera = tera::Tera::new();
    tera.autoescape_on([".html", ".xml"]);
    tera.set_escape_fn(html::escape_write);
    let w = wording.clone();
    tera.register_function(
        "t",
        move |kwargs: tera::Kwargs, _: &tera::State| -> tera::TeraResult<String> {
            let key: String = kwargs.must_get("key")?;
            let lang: String = kwargs.must_get("lang")?;
            let lang = Lang::parse(&lang)
                .ok_or_else(|| tera::Error::message(format!("unknown language `{lang}`")))?;
            // `register` (optional, `formal` by default): the page's form of address, for
            // the messages that select on `$register` as the document's wording does.
            let register: Option<String> = kwargs.get("register")?;
            let register = register.unwrap_or_else(|| AddressForm::Formal.key().to_string());
            w.format_with_implicit(lang, &key, true, &[("register", Arg::Str(register))])
                .map_err(tera::Error::message)
        },
    );
    let by_name: Vec<(String, String)> = files
        .templates
        .iter()
        .map(|(n, s, _)| (n.clone(), s.clone()))
        .collect();
    if let Err(e) = tera.add_raw_templates(by_name) {
        return Err(vec![template_error(&e, &files.templates)]);
    }
    Ok(Theme {
        tera,
        statics: files.statics,
        dir: format!("themes/{}/templates", files.name),
    })
}

fn template_error(e: &tera::Error, templates: &[(String, String, PathBuf)]) -> Diagnostic {
    let mut msg = e.to_string();
    let mut d = Diagnostic::error("theme/template", "");
    if let tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) = e.kind() {
        msg = r.message().to_string();
        if let Some((_, _, shown)) = templates
            .iter()
            .find(|(n, _, _)| n.as_str() == r.filename())
        {
            let span = r.span();
            d = d.file(shown).at(span.start_line, span.start_col + 1);
        }
    }
    d.message = msg;
    d
}

#[derive(Serialize)]
struct BlockView {
    #[serde(rename = "type")]
    kind: &'static str,
    html: String,
    ordered: bool,
    items: Vec<String>,
    head: Vec<String>,
    rows: Vec<Vec<String>>,
    pairs: Vec<(String, String)>,
    /// Anchor of a numbered paragraph (`retention-p2`).
    anchor: String,
}

#[derive(Serialize)]
struct SectionView {
    id: String,
    heading: String,
    /// The heading as shown: "Artikel 14: Bewaartermijnen" in a reglement.
    label: String,
    number: Option<u32>,
    blocks: Vec<BlockView>,
}

fn block_view(b: &Block, section: &str, lang: Lang, wording: &Wording) -> BlockView {
    let mut v = BlockView {
        anchor: String::new(),
        kind: "",
        html: String::new(),
        ordered: false,
        items: vec![],
        head: vec![],
        rows: vec![],
        pairs: vec![],
    };
    match b {
        Block::Paragraph { text } => {
            v.kind = "paragraph";
            v.html = html::rich(text);
        }
        Block::Subheading { text, number } => {
            v.kind = "subheading";
            v.html = match number {
                Some(n) => {
                    v.anchor = format!("{section}-p{n}");
                    html::escape(&walk::paragraph_label(wording, lang, *n, text))
                }
                None => html::escape(text),
            };
        }
        Block::List { ordered, items } => {
            v.kind = "list";
            v.ordered = *ordered;
            v.items = items.iter().map(html::rich).collect();
        }
        Block::Table { head, rows } => {
            v.kind = "table";
            v.head = head.iter().map(|h| html::escape(h)).collect();
            v.rows = rows
                .iter()
                .map(|r| r.iter().map(html::rich).collect())
                .collect();
        }
        Block::Definitions { items } => {
            v.kind = "definitions";
            v.pairs = items
                .iter()
                .map(|(a, b)| (html::rich(a), html::rich(b)))
                .collect();
        }
        Block::Address { lines } => {
            v.kind = "address";
            v.items = lines.iter().map(html::rich).collect();
        }
    }
    v
}

/// A link to another language version of the same page.
#[derive(Serialize, Clone)]
pub struct Alternate {
    pub lang: String,
    pub label: String,
    pub href: String,
    pub absolute: String,
    pub current: bool,
}

/// Site-wide facts a page needs.
pub struct SiteInfo<'a> {
    pub base_url: Option<&'a str>,
    pub title: &'a str,
    /// Render each page's skeleton only (its sections, headings and anchors, without their
    /// text) and no exports: what `privgen check` needs to see that the theme renders every
    /// section of every document.
    pub check_only: bool,
    /// Render each page's archived copy under `<id>/archive/<version>/` ([`archive`]).
    pub archive: bool,
}

fn absolute(base: Option<&str>, path: &str) -> String {
    match base {
        Some(b) => format!("{}/{}", b.trim_end_matches('/'), path),
        None => format!("/{path}"),
    }
}

pub use crate::output::paths::{kind_dir, page_path};

fn page_url(profile: &str, lang: Lang, kind: DocumentKind) -> String {
    format!("{profile}/{}/{}", lang.code(), kind_dir(kind))
}

impl Theme {
    fn render(&self, template: &str, ctx: &tera::Context) -> Result<String, Diagnostic> {
        self.tera.render(template, ctx).map_err(|e| {
            let mut d = Diagnostic::error("theme/render", e.to_string());
            if let tera::ErrorKind::RenderingError(r) | tera::ErrorKind::SyntaxError(r) = e.kind() {
                d.message = r.message().to_string();
                let s = r.span();
                d = d
                    .file(format!("{}/{}", self.dir, r.filename()))
                    .at(s.start_line, s.start_col + 1);
            }
            d
        })
    }

    /// Renders every document of one profile (all kinds, all languages) into `tree`: the HTML
    /// page and the Markdown, text and JSON exports.
    pub fn render_documents(
        &self,
        docs: &[Document],
        default_lang: Lang,
        site: &SiteInfo,
        wording: &Wording,
        tree: &mut OutputTree,
    ) -> Result<(), Diagnostic> {
        let Some(first) = docs.first() else {
            return Ok(());
        };
        let profile = &first.profile;
        // What the reader sees: empty columns, definitions and lists left out (tidy.rs).
        // The JSON export keeps the model as it is.
        let raw = docs;
        let shown: Vec<Document> = docs.iter().map(tidy::document).collect();
        let docs = &shown[..];
        for (doc, raw_doc) in docs.iter().zip(raw) {
            let kind = doc.kind;
            let same_kind: Vec<&Document> = docs.iter().filter(|d| d.kind == kind).collect();
            let default_doc = same_kind
                .iter()
                .find(|d| d.lang == default_lang)
                .copied()
                .unwrap_or(same_kind[0]);
            let up = if kind == DocumentKind::Statement {
                "../"
            } else {
                "../../"
            };
            let alternates: Vec<Alternate> = same_kind
                .iter()
                .map(|d| Alternate {
                    lang: d.lang.code().to_string(),
                    // Each language by its name in itself (its language.toml).
                    label: d.lang.name(),
                    href: format!("{up}{}/{}", d.lang.code(), kind_dir(kind)),
                    absolute: absolute(site.base_url, &page_url(profile, d.lang, kind)),
                    current: d.lang == doc.lang,
                })
                .collect();
            // The clinic's other documents in this language.
            let siblings: Vec<Alternate> = docs
                .iter()
                .filter(|d| d.lang == doc.lang)
                .map(|d| Alternate {
                    lang: d.lang.code().to_string(),
                    label: d.meta.title.clone(),
                    href: {
                        let to_lang = if kind == DocumentKind::Statement {
                            ""
                        } else {
                            "../"
                        };
                        match format!("{to_lang}{}", kind_dir(d.kind)) {
                            h if h.is_empty() => "./".to_string(),
                            h => h,
                        }
                    },
                    absolute: absolute(site.base_url, &page_url(profile, d.lang, d.kind)),
                    current: d.kind == kind,
                })
                .collect();
            let sections: Vec<SectionView> = doc
                .sections
                .iter()
                .map(|s| SectionView {
                    id: s.id.clone(),
                    heading: s.heading.clone(),
                    label: walk::section_heading(wording, doc.lang, s.number, &s.heading),
                    number: s.number,
                    blocks: if site.check_only {
                        Vec::new()
                    } else {
                        s.blocks
                            .iter()
                            .map(|b| block_view(b, &s.id, doc.lang, wording))
                            .collect()
                    },
                })
                .collect();
            let base = export::base_name(kind);
            let mut ctx = tera::Context::new();
            ctx.insert("lang", doc.lang.code());
            ctx.insert("kind", kind.key());
            ctx.insert("register", doc.meta.register.key());
            ctx.insert("meta", &doc.meta);
            ctx.insert("sections", &sections);
            ctx.insert("alternates", &alternates);
            ctx.insert("documents", &siblings);
            // The footer offers patients the PDF of the statement and the reglement (with the
            // `pdf` feature, render/pdf.rs), made for printing. The Markdown, text and JSON
            // exports are written beside the page for webmasters (docs/output.md), not linked.
            let has_pdf = cfg!(feature = "pdf") && kind != DocumentKind::Notice;
            ctx.insert("pdf", &has_pdf);
            ctx.insert("pdf_href", &format!("{base}.pdf"));
            ctx.insert(
                "x_default",
                &absolute(site.base_url, &page_url(profile, default_doc.lang, kind)),
            );
            ctx.insert(
                "canonical",
                &absolute(site.base_url, &page_url(profile, doc.lang, kind)),
            );
            ctx.insert("root", &format!("{up}../"));
            ctx.insert("site_title", site.title);
            let version = archive::segment(&doc.meta.version).filter(|_| site.archive);
            if version.is_some() {
                ctx.insert("archive_index", &format!("{up}../{profile}/archive/"));
            }
            let out = self.render("statement.html", &ctx)?;
            let dir = format!("{profile}/{}/{}", doc.lang.code(), kind_dir(kind));
            tree.insert(format!("{dir}index.html"), out);
            if let Some(v) = version {
                // The archived copy of this version: the same page two folders deeper, with
                // a banner that points to the current version, kept out of search indexes.
                let at = |lang: &str, k: DocumentKind| {
                    format!("{profile}/archive/{v}/{lang}/{}", kind_dir(k))
                };
                let root = format!("{up}../../../");
                let alternates: Vec<Alternate> = alternates
                    .iter()
                    .map(|a| Alternate {
                        absolute: absolute(site.base_url, &at(&a.lang, kind)),
                        ..a.clone()
                    })
                    .collect();
                ctx.insert("alternates", &alternates);
                ctx.insert("pdf", &false);
                ctx.insert(
                    "x_default",
                    &absolute(site.base_url, &at(default_doc.lang.code(), kind)),
                );
                ctx.insert(
                    "canonical",
                    &absolute(site.base_url, &at(doc.lang.code(), kind)),
                );
                ctx.insert("root", &root);
                ctx.insert("archive_index", &format!("{root}{profile}/archive/"));
                ctx.insert(
                    "archived",
                    &archive::Banner {
                        current: format!("{root}{}", page_url(profile, doc.lang, kind)),
                        version: doc.meta.version.clone(),
                    },
                );
                let copy = self.render("statement.html", &ctx)?;
                tree.insert(format!("{}index.html", at(doc.lang.code(), kind)), copy);
            }
            // A document too long to typeset is an error in `check` as in `build` (the page
            // links its PDF, so it cannot be left out); `build` finds it in `pdf::pdf`.
            #[cfg(feature = "pdf")]
            if site.check_only && pdf::supports(kind) {
                pdf::check_length(doc, wording)?;
            }
            if site.check_only {
                continue;
            }
            tree.insert(format!("{dir}{base}.md"), export::markdown(doc, wording));
            tree.insert(format!("{dir}{base}.txt"), export::text(doc, wording));
            tree.insert(format!("{dir}{base}.json"), export::json(raw_doc));
            #[cfg(feature = "pdf")]
            if pdf::supports(kind) {
                tree.insert(format!("{dir}{base}.pdf"), pdf::pdf(doc, wording)?);
            }
        }
        if site.archive {
            if let Some(entry) = archive::Entry::of(docs) {
                tree.insert(entry.manifest_path(profile), entry.to_json());
            }
        }
        Ok(())
    }

    /// `<id>/archive/index.html`: every version of a clinic's documents in the archive
    /// (`entries`, newest first), in the clinic's first language.
    pub fn render_archive_index(
        &self,
        clinic: &Clinic,
        entries: &[archive::Entry],
        site: &SiteInfo,
        tree: &mut OutputTree,
    ) -> Result<(), Diagnostic> {
        // A clinic has at least one language (the check refuses an empty list).
        let Some(lang) = clinic.langs.first().copied() else {
            return Ok(());
        };
        let mut ctx = tera::Context::new();
        ctx.insert("lang", lang.code());
        ctx.insert("controller", &clinic.name);
        ctx.insert("register", clinic.register.key());
        ctx.insert("versions", &archive::views(entries, lang));
        ctx.insert(
            "current",
            &format!(
                "../{}/{}",
                lang.code(),
                kind_dir(
                    clinic
                        .kinds
                        .first()
                        .copied()
                        .unwrap_or(DocumentKind::Statement)
                )
            ),
        );
        ctx.insert("root", "../../");
        ctx.insert("site_title", site.title);
        ctx.insert(
            "canonical",
            &absolute(site.base_url, &format!("{}/archive/", clinic.id)),
        );
        let out = self.render("archive.html", &ctx)?;
        tree.insert(format!("{}/archive/index.html", clinic.id), out);
        Ok(())
    }

    /// The chooser page and the sitemap.
    pub fn render_index(
        &self,
        clinics: &[Clinic],
        site: &SiteInfo,
        tree: &mut OutputTree,
    ) -> Result<(), Diagnostic> {
        #[derive(Serialize)]
        struct Entry {
            id: String,
            name: String,
            /// The clinic's first language: the language of its name.
            lang: String,
            links: Vec<Alternate>,
        }
        let entries: Vec<Entry> = clinics
            .iter()
            .map(|c| {
                let kind = c.kinds.first().copied().unwrap_or(DocumentKind::Statement);
                Entry {
                    id: c.id.clone(),
                    name: c.name.clone(),
                    lang: c
                        .langs
                        .first()
                        .map(|l| l.code())
                        .unwrap_or("nl")
                        .to_string(),
                    links: c
                        .langs
                        .iter()
                        .map(|l| Alternate {
                            lang: l.code().to_string(),
                            label: l.name(),
                            href: page_url(&c.id, *l, kind),
                            absolute: absolute(site.base_url, &page_url(&c.id, *l, kind)),
                            current: false,
                        })
                        .collect(),
                }
            })
            .collect();
        let mut ctx = tera::Context::new();
        ctx.insert("clinics", &entries);
        ctx.insert("site_title", site.title);
        ctx.insert("root", "");
        ctx.insert("canonical", &absolute(site.base_url, ""));
        let out = self.render("index.html", &ctx)?;
        tree.insert("index.html", out);
        let sitemap = sitemap(clinics, site);
        tree.insert("sitemap.xml", sitemap);
        for (path, bytes) in &self.statics {
            tree.insert(path.clone(), bytes.clone());
        }
        Ok(())
    }
}

/// One clinic of the site: what the index and the sitemap list.
#[derive(Debug, Clone)]
pub struct Clinic {
    pub id: String,
    pub name: String,
    pub langs: Vec<Lang>,
    pub kinds: Vec<DocumentKind>,
    /// The form of address of its pages (`document.address`), for the archive page.
    pub register: AddressForm,
}

/// `sitemap.xml` with an `xhtml:link` alternate for every translation, sorted.
fn sitemap(clinics: &[Clinic], site: &SiteInfo) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let mut sorted: Vec<&Clinic> = clinics.iter().collect();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    for c in sorted {
        for kind in &c.kinds {
            for l in &c.langs {
                let url = |lang: Lang| {
                    html::escape(&absolute(site.base_url, &page_url(&c.id, lang, *kind)))
                };
                out.push_str("  <url>\n");
                out.push_str(&format!("    <loc>{}</loc>\n", url(*l)));
                for alt in &c.langs {
                    out.push_str(&format!(
                        "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                        alt.code(),
                        url(*alt)
                    ));
                }
                if let Some(first) = c.langs.first() {
                    out.push_str(&format!(
                        "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n",
                        url(*first)
                    ));
                }
                out.push_str("  </url>\n");
            }
        }
    }
    out.push_str("</urlset>\n");
    out
}
