//! Stage 4: renders documents through a Tera 2 theme (`themes/<name>/templates`) into the
//! in-memory output tree. Page structure lives in the templates; inline text arrives as
//! HTML that was escaped or sanitised in [`html`]. Chrome strings come from the strict
//! `t(key, lang)` template function: a missing message is a build error.

pub mod html;

use crate::diagnostics::Diagnostic;
use crate::i18n::Wording;
use crate::load::text::Lang;
use crate::model::{Block, Document};
use crate::output::OutputTree;
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A loaded theme: compiled templates plus static files.
pub struct Theme {
    tera: tera::Tera,
    /// `themes/<name>/templates`, for diagnostics.
    dir: String,
    statics: Vec<(String, Vec<u8>)>,
}

/// Theme templates and static files, read from disk.
pub fn load_theme(
    root: &Path,
    name: &str,
    wording: Arc<Wording>,
) -> Result<Theme, Vec<Diagnostic>> {
    let dir = root.join("themes").join(name);
    let tdir = dir.join("templates");
    if !tdir.is_dir() {
        return Err(vec![Diagnostic::error(
            "theme/missing",
            format!("theme `{name}` not found (expected {})", tdir.display()),
        )]);
    }
    let mut tera = tera::Tera::new();
    tera.autoescape_on([".html", ".xml"]);
    let w = wording.clone();
    tera.register_function(
        "t",
        move |kwargs: tera::Kwargs, _: &tera::State| -> tera::TeraResult<String> {
            let key: String = kwargs.must_get("key")?;
            let lang: String = kwargs.must_get("lang")?;
            let lang = Lang::parse(&lang)
                .ok_or_else(|| tera::Error::message(format!("unknown language `{lang}`")))?;
            w.format(lang, &key, &[]).map_err(tera::Error::message)
        },
    );
    let mut diags = Vec::new();
    let mut templates = Vec::new();
    let mut statics = Vec::new();
    for entry in walkdir::WalkDir::new(&dir)
        .sort_by_file_name()
        .into_iter()
        .filter_map(Result::ok)
    {
        if !entry.file_type().is_file() {
            continue;
        }
        let p = entry.path();
        let shown = p.strip_prefix(root).unwrap_or(p).to_path_buf();
        if let Ok(rel) = p.strip_prefix(&tdir) {
            match std::fs::read_to_string(p) {
                Ok(src) => templates.push((rel.to_string_lossy().replace('\\', "/"), src, shown)),
                Err(e) => diags.push(Diagnostic::error("theme/io", e.to_string()).file(shown)),
            }
        } else if let Ok(rel) = p.strip_prefix(dir.join("static")) {
            match std::fs::read(p) {
                Ok(b) => statics.push((rel.to_string_lossy().replace('\\', "/"), b)),
                Err(e) => diags.push(Diagnostic::error("theme/io", e.to_string()).file(shown)),
            }
        }
    }
    let by_name: Vec<(String, String)> = templates
        .iter()
        .map(|(n, s, _)| (n.clone(), s.clone()))
        .collect();
    if let Err(e) = tera.add_raw_templates(by_name) {
        diags.push(template_error(&e, &templates));
    }
    if diags.is_empty() {
        Ok(Theme {
            tera,
            statics,
            dir: format!("themes/{name}/templates"),
        })
    } else {
        Err(diags)
    }
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
}

#[derive(Serialize)]
struct SectionView {
    id: String,
    heading: String,
    blocks: Vec<BlockView>,
}

fn block_view(b: &Block) -> BlockView {
    let mut v = BlockView {
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
        Block::Subheading { text } => {
            v.kind = "subheading";
            v.html = html::escape(text);
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
}

fn absolute(base: Option<&str>, path: &str) -> String {
    match base {
        Some(b) => format!("{}/{}", b.trim_end_matches('/'), path),
        None => format!("/{path}"),
    }
}

/// Path of a statement page, relative to the site root.
pub fn statement_path(profile: &str, lang: Lang) -> String {
    format!("{profile}/{}/index.html", lang.code())
}

fn page_url(profile: &str, lang: Lang) -> String {
    format!("{profile}/{}/", lang.code())
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

    /// Renders the statements of one profile (all its languages) into `tree`.
    pub fn render_statements(
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
        let default_doc = docs
            .iter()
            .find(|d| d.lang == default_lang)
            .unwrap_or(first);
        for doc in docs {
            let alternates: Vec<Alternate> = docs
                .iter()
                .map(|d| Alternate {
                    lang: d.lang.code().to_string(),
                    label: wording
                        .format(d.lang, &format!("lang-{}", d.lang.code()), &[])
                        .unwrap_or_default(),
                    href: format!("../{}/", d.lang.code()),
                    absolute: absolute(site.base_url, &page_url(profile, d.lang)),
                    current: d.lang == doc.lang,
                })
                .collect();
            let sections: Vec<SectionView> = doc
                .sections
                .iter()
                .map(|s| SectionView {
                    id: s.id.clone(),
                    heading: s.heading.clone(),
                    blocks: s.blocks.iter().map(block_view).collect(),
                })
                .collect();
            let mut ctx = tera::Context::new();
            ctx.insert("lang", doc.lang.code());
            ctx.insert("meta", &doc.meta);
            ctx.insert("sections", &sections);
            ctx.insert("alternates", &alternates);
            ctx.insert(
                "x_default",
                &absolute(site.base_url, &page_url(profile, default_doc.lang)),
            );
            ctx.insert(
                "canonical",
                &absolute(site.base_url, &page_url(profile, doc.lang)),
            );
            ctx.insert("root", "../../");
            ctx.insert("site_title", site.title);
            let out = self.render("statement.html", &ctx)?;
            tree.insert(statement_path(profile, doc.lang), out);
        }
        Ok(())
    }

    /// The chooser page and the sitemap.
    pub fn render_index(
        &self,
        clinics: &[(String, String, Vec<Lang>)],
        site: &SiteInfo,
        wording: &Wording,
        tree: &mut OutputTree,
    ) -> Result<(), Diagnostic> {
        #[derive(Serialize)]
        struct Entry {
            id: String,
            name: String,
            links: Vec<Alternate>,
        }
        let entries: Vec<Entry> = clinics
            .iter()
            .map(|(id, name, langs)| Entry {
                id: id.clone(),
                name: name.clone(),
                links: langs
                    .iter()
                    .map(|l| Alternate {
                        lang: l.code().to_string(),
                        label: wording
                            .format(*l, &format!("lang-{}", l.code()), &[])
                            .unwrap_or_default(),
                        href: page_url(id, *l),
                        absolute: absolute(site.base_url, &page_url(id, *l)),
                        current: false,
                    })
                    .collect(),
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

/// `sitemap.xml` with an `xhtml:link` alternate for every translation, sorted.
fn sitemap(clinics: &[(String, String, Vec<Lang>)], site: &SiteInfo) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let mut sorted: Vec<_> = clinics.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    for (id, _, langs) in sorted {
        for l in langs {
            out.push_str("  <url>\n");
            out.push_str(&format!(
                "    <loc>{}</loc>\n",
                html::escape(&absolute(site.base_url, &page_url(id, *l)))
            ));
            for alt in langs {
                out.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                    alt.code(),
                    html::escape(&absolute(site.base_url, &page_url(id, *alt)))
                ));
            }
            if let Some(first) = langs.first() {
                out.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n",
                    html::escape(&absolute(site.base_url, &page_url(id, *first)))
                ));
            }
            out.push_str("  </url>\n");
        }
    }
    out.push_str("</urlset>\n");
    out
}
