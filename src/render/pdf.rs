//! PDF exports (cargo feature `pdf`): the statement and the reglement typeset by Typst, used
//! as a library. The document model is turned into Typst markup ([`source`]), compiled in a
//! closed [`World`] (one in-memory source file, the Libertinus Serif fonts vendored under
//! `assets/fonts/`, no system fonts, no file or network access, a fixed date) and exported
//! with `typst-pdf`.
//!
//! - Every string from the model is escaped for Typst markup ([`escape`]): all ASCII
//!   punctuation gets a backslash, so `#let x = 1`, `$$`, `*`, `_`, `<a>`, `@ref`, `//` and
//!   `https://…` print literally. Code is only ever written by this module.
//! - Clinic-written markdown keeps emphasis, strong and links (http, https, mailto, tel and
//!   in-document anchors); raw HTML is dropped.
//! - A4, a table of contents with page numbers (`outline`), articles labelled as on the
//!   page (`article-title`, `paragraph-label`), the controller, the version and "Pagina 1 van
//!   4" (`pdf-page`) in the footer, links kept as links, tagged PDF.
//! - Deterministic: the document date and the PDF timestamp come from the profile's
//!   effective date; the PDF identifier from the profile, kind, language and version.

use super::walk::{walk, Writer};
use crate::diagnostics::Diagnostic;
use crate::i18n::{Arg, Wording};
use crate::model::{Block, Document, DocumentKind, Rich, Section, Span};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::OnceLock;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::layout::{Frame, FrameItem};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;

/// The font family every PDF is set in (vendored, see `assets/fonts/OFL.txt`).
pub const FONT_FAMILY: &str = "Libertinus Serif";

const FONT_FILES: [&[u8]; 4] = [
    include_bytes!("../../assets/fonts/LibertinusSerif-Regular.otf"),
    include_bytes!("../../assets/fonts/LibertinusSerif-Bold.otf"),
    include_bytes!("../../assets/fonts/LibertinusSerif-Italic.otf"),
    include_bytes!("../../assets/fonts/LibertinusSerif-BoldItalic.otf"),
];

/// The longest document, in characters of its Typst markup, that gets a PDF. Typesetting
/// time grows with the text (measured in a debug build: 15 s for 60,000 characters of plain
/// text, 29 s for 120,000); the markup of the longest real document of the examples (KEI's
/// French reglement) has about 60,000 characters (`tests/pdf.rs` checks it is under a
/// quarter of the limit), so 250,000 leaves room for any real statement while a hostile
/// 1 MiB profile cannot hold a build for minutes. Counted on the markup, not on the text a
/// reader sees: 250,000 Markdown emphasis markers read as one letter but are typeset as text.
pub const MAX_CHARS: usize = 250_000;

/// The length of the document's Typst markup, in characters (see [`MAX_CHARS`]).
pub fn markup_chars(doc: &Document, wording: &Wording) -> usize {
    source(doc, wording).chars().count()
}

/// Refuses a document too long to typeset (see [`MAX_CHARS`]); `check` calls it as `build`
/// does, since the page links its PDF.
pub fn check_length(doc: &Document, wording: &Wording) -> Result<(), Diagnostic> {
    match markup_chars(doc, wording) {
        chars if chars > MAX_CHARS => Err(too_long(doc, chars)),
        _ => Ok(()),
    }
}

fn too_long(doc: &Document, chars: usize) -> Diagnostic {
    Diagnostic::error(
        "render/pdf-too-long",
        format!(
            "the {} of `{}` in {} is {chars} characters long as PDF markup; a PDF is made for a document of at most {MAX_CHARS}",
            doc.kind.key(),
            doc.profile,
            doc.lang.code()
        ),
    )
    .help("shorten the profile's free texts (a real statement has 10,000 to 40,000 characters), or build without the `pdf` feature")
}

/// Whether a document kind has a PDF export (the notice is a web page only).
pub fn supports(kind: DocumentKind) -> bool {
    matches!(kind, DocumentKind::Statement | DocumentKind::Reglement)
}

/// The document as a PDF.
pub fn pdf(doc: &Document, wording: &Wording) -> Result<Vec<u8>, Diagnostic> {
    let (paged, date) = layout(doc, wording)?;
    let options = typst_pdf::PdfOptions {
        ident: Smart::Custom(format!(
            "privgen/{}/{}/{}/{}",
            doc.profile,
            doc.lang.code(),
            doc.kind.key(),
            doc.meta.version
        )),
        timestamp: Some(typst_pdf::Timestamp::new_utc(date)),
        ..typst_pdf::PdfOptions::default()
    };
    let bytes = typst_pdf::pdf(&paged, &options)
        .map_err(|e| error(doc, &format!("PDF export failed: {}", messages(&e, None))))?;
    // Typst memoises across compilations; keep the cache from growing over a large site.
    typst::comemo::evict(10);
    Ok(bytes)
}

/// The text of each page, in reading order (one line per text run): what tests and tools
/// can read without a PDF text extractor.
pub fn page_texts(doc: &Document, wording: &Wording) -> Result<Vec<String>, Diagnostic> {
    let (paged, _) = layout(doc, wording)?;
    Ok(paged
        .pages()
        .iter()
        .map(|p| {
            let mut out = String::new();
            frame_text(&p.frame, &mut out);
            out
        })
        .collect())
}

fn frame_text(frame: &Frame, out: &mut String) {
    for (_, item) in frame.items() {
        match item {
            FrameItem::Group(g) => frame_text(&g.frame, out),
            FrameItem::Text(t) => {
                out.push_str(&t.text);
                out.push('\n');
            }
            _ => {}
        }
    }
}

/// Compiles the document; any Typst error or warning is an error (the markup is ours).
fn layout(doc: &Document, wording: &Wording) -> Result<(PagedDocument, Datetime), Diagnostic> {
    let date = date(&doc.meta.effective_iso).ok_or_else(|| {
        error(
            doc,
            &format!("effective date `{}` is not a date", doc.meta.effective_iso),
        )
    })?;
    let markup = source(doc, wording);
    let chars = markup.chars().count();
    if chars > MAX_CHARS {
        return Err(too_long(doc, chars));
    }
    let world = PdfWorld {
        source: Source::new(main_id(), markup),
        today: date,
    };
    let warned = typst::compile::<PagedDocument>(&world);
    if !warned.warnings.is_empty() {
        return Err(error(doc, &messages(&warned.warnings, Some(&world))));
    }
    let paged = warned
        .output
        .map_err(|e| error(doc, &messages(&e, Some(&world))))?;
    Ok((paged, date))
}

fn error(doc: &Document, msg: &str) -> Diagnostic {
    Diagnostic::error(
        "render/pdf",
        format!(
            "PDF of {}/{} ({}): {msg}",
            doc.profile,
            doc.lang.code(),
            doc.kind.key()
        ),
    )
    .help("this is a bug in privgen's PDF export: please report it with the profile")
}

fn messages(diags: &[SourceDiagnostic], world: Option<&PdfWorld>) -> String {
    diags
        .iter()
        .map(|d| {
            let mut m = d.message.to_string();
            for h in &d.hints {
                m.push_str(&format!(" (hint: {})", h.v));
            }
            if let Some(w) = world {
                if let Some(r) = w.range(d.span) {
                    let text = w.source.text();
                    let start = text[..r.start].rfind('\n').map_or(0, |i| i + 1);
                    let end = text[r.end..].find('\n').map_or(text.len(), |i| r.end + i);
                    let line = text[..r.start].matches('\n').count() + 1;
                    let snippet: String = text[start..end].chars().take(200).collect();
                    m.push_str(&format!(" at generated line {line}: {snippet}"));
                }
            }
            m
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `2026-01-01` → a Typst date.
fn date(iso: &str) -> Option<Datetime> {
    let mut it = iso.splitn(3, '-');
    let y = it.next()?.parse().ok()?;
    let m = it.next()?.parse().ok()?;
    let d = it.next()?.parse().ok()?;
    Datetime::from_ymd(y, m, d)
}

// ---------------------------------------------------------------- the closed world

fn main_id() -> FileId {
    static ID: OnceLock<FileId> = OnceLock::new();
    *ID.get_or_init(|| {
        let vpath = VirtualPath::new("/privgen.typ").expect("a valid virtual path");
        RootedPath::new(VirtualRoot::Project, vpath).intern()
    })
}

fn library() -> &'static LazyHash<Library> {
    static LIB: OnceLock<LazyHash<Library>> = OnceLock::new();
    LIB.get_or_init(|| LazyHash::new(<Library as LibraryExt>::default()))
}

fn fonts() -> &'static (LazyHash<FontBook>, Vec<Font>) {
    static FONTS: OnceLock<(LazyHash<FontBook>, Vec<Font>)> = OnceLock::new();
    FONTS.get_or_init(|| {
        let fonts: Vec<Font> = FONT_FILES
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
    })
}

/// Characters of `text` the bundled font has no glyph for.
pub fn uncovered(text: &str) -> BTreeSet<char> {
    let fonts = &fonts().1;
    text.chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .filter(|c| !fonts.iter().any(|f| f.info().coverage.contains(*c as u32)))
        .collect()
}

struct PdfWorld {
    source: Source,
    today: Datetime,
}

impl World for PdfWorld {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &fonts().0
    }
    fn main(&self) -> FileId {
        self.source.id()
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.source.id() {
            Ok(self.source.clone())
        } else {
            Err(FileError::NotFound(PathBuf::from(format!("{id:?}"))))
        }
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.source(id).map(Bytes::from_string)
    }
    fn font(&self, index: usize) -> Option<Font> {
        fonts().1.get(index).cloned()
    }
    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

// ---------------------------------------------------------------- escaping

/// Escapes text for Typst markup: it prints literally. Every ASCII punctuation character is
/// escaped with a backslash (so no markup, shorthand, comment, label, reference, math, code
/// or automatic link can start); line breaks and tabs become spaces, other control
/// characters are dropped.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 4);
    for c in s.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
            out.push(c);
        } else if matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}') {
            // A no-break space stays one: Typst never breaks a line there.
            out.push(c);
        } else if c.is_whitespace() {
            out.push(' ');
        } else if !c.is_control() {
            out.push(c);
        }
    }
    out
}

/// A Typst string literal (for code: document metadata, link targets).
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_whitespace() => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Whether an id can be a Typst label (`<retention>`).
fn label_ok(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
}

// ---------------------------------------------------------------- markup

/// Labels of the document (section ids and numbered-paragraph anchors): in-document links
/// to anything else stay plain text.
fn labels(doc: &Document) -> BTreeSet<String> {
    let mut all = Vec::new();
    for s in doc.sections.iter().filter(|s| label_ok(&s.id)) {
        all.push(s.id.clone());
        for b in &s.blocks {
            if let Block::Subheading {
                number: Some(n), ..
            } = b
            {
                all.push(format!("{}-p{n}", s.id));
            }
        }
    }
    // A label given twice could not be linked to: such anchors get no label at all.
    let unique = |l: &String| all.iter().filter(|x| *x == l).count() == 1;
    all.iter().filter(|l| unique(l)).cloned().collect()
}

/// The target of a link as Typst code, if the link is allowed.
fn target(href: &str, labels: &BTreeSet<String>) -> Option<String> {
    if let Some(id) = href.strip_prefix('#') {
        return labels.contains(id).then(|| format!("<{id}>"));
    }
    crate::model::safe_href(href).map(|h| string(&h))
}

/// Rich text as Typst markup.
fn rich(r: &Rich, labels: &BTreeSet<String>) -> String {
    let mut out = String::new();
    for s in &r.0 {
        match s {
            Span::Text { text } => out.push_str(&escape(text)),
            Span::Strong { text } => out.push_str(&format!("#strong[{}]", escape(text))),
            Span::Link { text, href } => match target(href, labels) {
                Some(t) => out.push_str(&format!("#link({t})[{}]", escape(text))),
                None => out.push_str(&escape(text)),
            },
            Span::Markdown { text } => out.push_str(&markdown(text, labels)),
            Span::Ref { target } => out.push_str(&escape(target)),
        }
    }
    out
}

/// Clinic-written markdown as Typst markup: emphasis, strong, links and line breaks are
/// kept; raw HTML is dropped; anything else becomes its text.
fn markdown(src: &str, labels: &BTreeSet<String>) -> String {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut out = String::new();
    // Whether each open link was written (and so needs its closing bracket).
    let mut links: Vec<bool> = Vec::new();
    let mut paragraphs = 0;
    let mut items = 0;
    for ev in Parser::new(src) {
        match ev {
            Event::Text(t) | Event::Code(t) => out.push_str(&escape(&t)),
            Event::Html(_) | Event::InlineHtml(_) => {}
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push_str("#linebreak()"),
            Event::Start(Tag::Emphasis) => out.push_str("#emph["),
            Event::Start(Tag::Strong) | Event::Start(Tag::Heading { .. }) => {
                out.push_str("#strong[")
            }
            Event::End(TagEnd::Emphasis) | Event::End(TagEnd::Strong) => out.push(']'),
            Event::End(TagEnd::Heading(_)) => out.push_str("] "),
            Event::Start(Tag::Link { dest_url, .. }) => match target(&dest_url, labels) {
                Some(t) => {
                    out.push_str(&format!("#link({t})["));
                    links.push(true);
                }
                None => links.push(false),
            },
            Event::End(TagEnd::Link) => {
                let written = links.pop() == Some(true);
                out.push_str(if written { "]" } else { "" });
            }
            Event::Start(Tag::Paragraph) => {
                if paragraphs > 0 && items == 0 {
                    out.push_str("#parbreak()");
                }
                paragraphs += 1;
            }
            Event::Start(Tag::Item) => {
                if !out.is_empty() {
                    out.push_str("#linebreak()");
                }
                out.push_str("• ");
                items += 1;
            }
            Event::End(TagEnd::Item) => items -= 1,
            _ => {}
        }
    }
    out.trim().to_string()
}

/// The Typst markup of each part of the document; `labels` are the anchors that exist
/// exactly once.
struct Typst<'a> {
    out: String,
    labels: &'a BTreeSet<String>,
}

impl Typst<'_> {
    fn rich(&self, x: &Rich) -> String {
        rich(x, self.labels)
    }
}

impl Writer for Typst<'_> {
    fn section(&mut self, s: &Section, heading: &str) {
        self.out
            .push_str(&format!("#heading(level: 1)[{}]", escape(heading)));
        if self.labels.contains(&s.id) {
            self.out.push_str(&format!(" <{}>", s.id));
        }
        self.out.push_str("\n\n");
    }

    fn subheading(&mut self, s: &Section, number: Option<u32>, shown: &str) {
        self.out.push_str(&format!(
            "#heading(level: 2, outlined: false)[{}]",
            escape(shown)
        ));
        let section = &s.id;
        match number {
            Some(n) if self.labels.contains(&format!("{section}-p{n}")) => {
                self.out.push_str(&format!(" <{section}-p{n}>\n\n"))
            }
            _ => self.out.push_str("\n\n"),
        }
    }

    fn paragraph(&mut self, text: &Rich) {
        let t = self.rich(text);
        self.out.push_str(&t);
        self.out.push_str("\n\n");
    }

    fn list(&mut self, ordered: bool, items: &[Rich]) {
        if items.is_empty() {
            return;
        }
        let f = if ordered { "enum" } else { "list" };
        let items: Vec<String> = items
            .iter()
            .map(|i| format!("[{}]", self.rich(i)))
            .collect();
        self.out
            .push_str(&format!("#{f}({})\n\n", items.join(", ")));
    }

    fn table(&mut self, head: &[String], rows: &[Vec<Rich>]) {
        let n = head.len().max(1);
        let mut cells: Vec<String> = Vec::new();
        for row in rows {
            for i in 0..n {
                let c = row.get(i).map(|x| self.rich(x)).unwrap_or_default();
                cells.push(format!("[{c}]"));
            }
        }
        let head: Vec<String> = head.iter().map(|h| format!("[{}]", escape(h))).collect();
        self.out.push_str(&format!(
            "#table(columns: (1fr,) * {n}, table.header({}), {})\n\n",
            head.join(", "),
            cells.join(", ")
        ));
    }

    fn definitions(&mut self, items: &[(Rich, Rich)]) {
        if items.is_empty() {
            return;
        }
        let items: Vec<String> = items
            .iter()
            .map(|(a, b)| format!("terms.item([{}], [{}])", self.rich(a), self.rich(b)))
            .collect();
        self.out
            .push_str(&format!("#terms({})\n\n", items.join(", ")));
    }

    fn address(&mut self, lines: &[Rich]) {
        let lines: Vec<String> = lines.iter().map(|l| self.rich(l)).collect();
        self.out
            .push_str(&format!("#block[{}]\n\n", lines.join(" #linebreak() ")));
    }
}

/// Typst's page counter, substituted into the `pdf-page` message.
const PAGE: char = '\u{E000}';
const PAGES: char = '\u{E001}';

/// The whole document as Typst markup.
pub fn source(doc: &Document, wording: &Wording) -> String {
    let labels = labels(doc);
    let (lang, region) = match doc.lang.code().split_once('-') {
        Some((l, r)) => (l.to_string(), Some(r.to_string())),
        None => (doc.lang.code().to_string(), None),
    };
    let date = date(&doc.meta.effective_iso);
    let page = wording
        .format(
            doc.lang,
            "pdf-page",
            &[
                ("page", Arg::Str(PAGE.to_string())),
                ("pages", Arg::Str(PAGES.to_string())),
            ],
        )
        .unwrap_or_else(|_| format!("{PAGE} / {PAGES}"));
    let page = escape(&page)
        .replace(PAGE, "#counter(page).display()")
        .replace(PAGES, "#counter(page).final().first()");
    let toc = wording
        .format(doc.lang, "toc-heading", &[])
        .unwrap_or_default();
    let footer = format!("{} · {}", doc.meta.controller, doc.meta.version_line);

    let mut out = String::new();
    out.push_str("// Generated by privgen from the document model; every text is escaped.\n");
    out.push_str(&format!(
        "#set document(title: {}, author: ({},), date: {})\n",
        string(&format!("{} · {}", doc.meta.title, doc.meta.controller)),
        string(&doc.meta.controller),
        match date {
            Some(d) => format!(
                "datetime(year: {}, month: {}, day: {})",
                d.year().unwrap_or(1970),
                d.month().unwrap_or(1),
                d.day().unwrap_or(1)
            ),
            None => "none".to_string(),
        }
    ));
    out.push_str(&format!(
        "#set text(font: {}, size: 10.5pt, lang: {}{})\n",
        string(FONT_FAMILY),
        string(&lang.to_lowercase()),
        region
            .map(|r| format!(", region: {}", string(&r.to_uppercase())))
            .unwrap_or_default()
    ));
    out.push_str(&format!(
        "#set page(paper: \"a4\", margin: (x: 2.2cm, top: 2.4cm, bottom: 2.6cm), footer: context {{\n  \
         set text(size: 8pt)\n  \
         grid(columns: (1fr, auto), column-gutter: 1.5em, align: (left, right), [{}], [{}])\n}})\n",
        escape(&footer),
        page
    ));
    let sep = wording
        .format(doc.lang, "sep-label", &[])
        .unwrap_or_else(|_| ": ".to_string());
    out.push_str(&format!(
        "#set terms(separator: [{}], hanging-indent: 1.2em)\n",
        escape(&sep)
    ));
    out.push_str(
        "#set par(justify: true, spacing: 0.9em)\n\
         #show heading.where(level: 1): it => block(above: 1.6em, below: 0.9em, sticky: true, text(size: 13pt, it.body))\n\
         #show heading.where(level: 2): it => block(above: 1.1em, below: 0.7em, sticky: true, text(size: 10.5pt, it.body))\n\
         #show heading: set text(hyphenate: false)\n\
         #show table: set par(justify: false)\n\
         #show outline: set text(hyphenate: false)\n\
         #show link: set text(fill: rgb(\"#1f4e8c\"))\n\
         #set table(stroke: 0.4pt + luma(170), inset: 5pt, align: left)\n\
         #show table.cell.where(y: 0): set text(weight: \"bold\")\n\
         #show outline.entry.where(level: 1): set block(above: 0.55em)\n\n",
    );
    out.push_str(&format!(
        "#align(center)[\n  #text(size: 20pt, weight: \"bold\")[{}]\n\n  #text(size: 12pt)[{}]\n\n  {}\n]\n\n",
        escape(&doc.meta.title),
        escape(&doc.meta.controller),
        escape(&doc.meta.version_line)
    ));
    out.push_str(&format!(
        "#v(1em)\n#outline(title: [{}], target: heading.where(level: 1), depth: 1, indent: 0pt)\n#pagebreak(weak: true)\n\n",
        escape(&toc)
    ));
    let mut w = Typst {
        out,
        labels: &labels,
    };
    walk(doc, wording, &mut w);
    w.out
}
