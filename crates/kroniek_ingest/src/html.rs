//! Main text and metadata of HTML news pages.
//!
//! [`extract_html`] reads a saved news page and returns its headline, publication date,
//! canonical URL, language and main text. It is a small readability-style extractor, built on
//! `scraper` (html5ever), so broken and unclosed markup is repaired the way a browser would.
//!
//! **Metadata**, each taking the first source that yields a value:
//!
//! * title: `og:title`, `twitter:title`, the first `<h1>` in the main content, `<title>` without
//!   a trailing site name (`Kabinet valt | NOS` → `Kabinet valt`), the first `<h1>` anywhere;
//!   a suffix equal to `og:site_name` is removed from any of them;
//! * date: `article:published_time`; meta `date`, `pubdate`, `publishdate`, `DC.date.issued`,
//!   `dcterms.created` (by `name`, `property` or `itemprop`); any `itemprop=datePublished`;
//!   JSON-LD `datePublished` (article objects first, `@graph` and nesting followed); a few
//!   less common meta names; the first `<time>` in the main content (its `datetime`, else its
//!   text). Each value is read with [`parse_date`], so the precision is kept;
//! * URL: `<link rel=canonical>`, then `og:url`;
//! * language: `<html lang>` (or `xml:lang`, `content-language`, `og:locale`), reduced to its
//!   primary subtag (`nl-NL` → `nl`) when that is two or three letters.
//!
//! **Main content** is the `<article>` with the most paragraph text; else
//! `[itemprop=articleBody]`, `<main>`, `[role=main]`; and when none of those holds at least half
//! as much paragraph text as the best-scoring block, that block: the element whose child
//! paragraphs (plus half its grandchild paragraphs) hold the most text. Failing all, `<body>`.
//!
//! **Boilerplate** dropped inside it: `nav`, `aside`, `script`, `style`, `noscript`, `template`,
//! `iframe`, `svg`, `figcaption`, `button` and form controls; `form` (unless it holds three or
//! more paragraphs, as ASP.NET pages wrap everything in one); `header` and `footer` outside an
//! `<article>`; hidden elements; ARIA landmarks for navigation, complementary content, site
//! header and footer, dialogs and search; elements whose class or id names cookie or consent
//! banners, comments (`comment`, `reacties`, `disqus`), sharing and social buttons,
//! newsletters, related or "read more" lists, ads, sidebars, breadcrumbs, bylines and
//! screen-reader-only text; and blocks or paragraphs that open with "Lees ook", "Read more",
//! "Related" and the like while consisting mostly of links.
//!
//! **Text layout**: every block element (`p`, headings, `li`, `blockquote`, `div`, …) starts a
//! new paragraph, and paragraphs are separated by one blank line; text inside a block is joined
//! with whitespace collapsed as a browser would; `<br>` is a newline (two in a row end a
//! paragraph); list items start with `- `; table cells are separated by a space. The headline
//! `<h1>` is not repeated in the text.

use std::collections::HashMap;

use kroniek_core::DocDate;
use scraper::{ElementRef, Html};

use crate::date::parse_date;

/// What an HTML page yields.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HtmlArticle {
    /// The headline.
    pub title: Option<String>,
    /// Publication date from meta tags, JSON-LD or `<time>`.
    pub date: Option<DocDate>,
    /// Canonical URL.
    pub url: Option<String>,
    /// `<html lang>`, as ISO 639-1 where it is one.
    pub lang: Option<String>,
    /// Main text: paragraphs separated by a blank line.
    pub text: String,
}

/// Extract the article from an HTML page.
pub fn extract_html(html: &str) -> HtmlArticle {
    let doc = Html::parse_document(html);
    let page = doc.root_element();
    let metas = collect_metas(page);
    let site_name = meta_value(&metas, &["og:site_name", "application-name"]);
    let content = find_content_root(page);
    let title = find_title(page, content, &metas, site_name.as_deref());
    let date = find_date(page, content, &metas);
    let url = find_url(page, &metas);
    let lang = find_lang(page, &metas);
    let text = render_text(content, title.as_deref());
    HtmlArticle {
        title,
        date,
        url,
        lang,
        text,
    }
}

// ---------------------------------------------------------------------------------------------
// Metadata

/// `(key, value)` for every `<meta>` with a `content`: the key is its `property`, `name`,
/// `itemprop` or `http-equiv`, lower-cased.
fn collect_metas(page: ElementRef<'_>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for el in page.descendent_elements() {
        if el.value().name() != "meta" {
            continue;
        }
        let Some(content) = el.attr("content") else {
            continue;
        };
        for key_attr in ["property", "name", "itemprop", "http-equiv"] {
            if let Some(key) = el.attr(key_attr) {
                out.push((key.trim().to_ascii_lowercase(), content.trim().to_string()));
            }
        }
    }
    out
}

/// The first non-empty meta value under any of `keys` (lower case), in the order of `keys`.
fn meta_value(metas: &[(String, String)], keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| {
        metas
            .iter()
            .find(|(key, v)| key == k && !v.is_empty())
            .map(|(_, v)| v.clone())
    })
}

/// Text with runs of whitespace collapsed to one space and trimmed.
fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn element_text(el: ElementRef<'_>) -> String {
    collapse_ws(&el.text().collect::<String>())
}

fn find_title(
    page: ElementRef<'_>,
    content: ElementRef<'_>,
    metas: &[(String, String)],
    site_name: Option<&str>,
) -> Option<String> {
    let clean = |t: String| -> Option<String> {
        let t = strip_site_name(&collapse_ws(&t), site_name);
        (!t.is_empty()).then_some(t)
    };
    if let Some(t) = meta_value(metas, &["og:title", "twitter:title"]).and_then(clean) {
        return Some(t);
    }
    if let Some(t) = first_h1(content).and_then(clean) {
        return Some(t);
    }
    let title_el = page
        .descendent_elements()
        .find(|e| e.value().name() == "title" && !has_ancestor(*e, "svg"));
    if let Some(t) = title_el.map(element_text) {
        let t = strip_title_suffix(&strip_site_name(&t, site_name));
        if !t.is_empty() {
            return Some(t);
        }
    }
    first_h1(page).and_then(clean)
}

fn first_h1(scope: ElementRef<'_>) -> Option<String> {
    scope
        .descendent_elements()
        .filter(|e| e.value().name() == "h1" && !in_boilerplate(*e, scope))
        .map(element_text)
        .find(|t| !t.is_empty())
}

fn has_ancestor(el: ElementRef<'_>, name: &str) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| a.value().name() == name)
}

const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "];

/// Remove a site name given by `og:site_name` from either end of a title.
fn strip_site_name(title: &str, site_name: Option<&str>) -> String {
    let Some(site) = site_name.map(collapse_ws).filter(|s| !s.is_empty()) else {
        return title.to_string();
    };
    let lower = title.to_lowercase();
    let site_lower = site.to_lowercase();
    for sep in TITLE_SEPARATORS {
        let suffix = format!("{sep}{site_lower}");
        if lower.ends_with(&suffix)
            && lower.len() > suffix.len()
            && let Some(t) = title.get(..title.len() - suffix.len())
        {
            return t.trim().to_string();
        }
        let prefix = format!("{site_lower}{sep}");
        if lower.starts_with(&prefix)
            && lower.len() > prefix.len()
            && let Some(t) = title.get(prefix.len()..)
        {
            return t.trim().to_string();
        }
    }
    title.to_string()
}

/// Remove a trailing `" | Site"` or `" - Site Name"` when the last part looks like a site name:
/// at most four words and 40 characters, and shorter than what precedes it. ` | ` is preferred
/// to the dashes; only one suffix is removed.
fn strip_title_suffix(title: &str) -> String {
    let title = title.trim();
    for seps in [
        &[" | "][..],
        &[" - ", " – ", " — ", " :: ", " · ", " » "][..],
    ] {
        let best = seps
            .iter()
            .filter_map(|sep| title.rfind(sep).map(|i| (i, sep.len())))
            .max_by_key(|(i, _)| *i);
        if let Some((i, len)) = best {
            let (head, tail) = (title.get(..i), title.get(i + len..));
            if let (Some(head), Some(tail)) = (head, tail) {
                let tail = tail.trim();
                let head = head.trim();
                let words = tail.split_whitespace().count();
                if !head.is_empty()
                    && words <= 4
                    && tail.chars().count() <= 40
                    && tail.chars().count() < head.chars().count()
                {
                    return head.to_string();
                }
            }
            return title.to_string();
        }
    }
    title.to_string()
}

const DATE_METAS: &[&str] = &[
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dcterms.created",
];

const LATE_DATE_METAS: &[&str] = &[
    "og:published_time",
    "article.published",
    "dcterms.issued",
    "dcterms.date",
    "dc.date",
    "sailthru.date",
    "parsely-pub-date",
    "originalpublicationdate",
    "datecreated",
];

fn find_date(
    page: ElementRef<'_>,
    content: ElementRef<'_>,
    metas: &[(String, String)],
) -> Option<DocDate> {
    let from_metas = |keys: &[&str]| {
        keys.iter().find_map(|k| {
            metas
                .iter()
                .filter(|(key, _)| key == k)
                .find_map(|(_, v)| parse_date(v))
        })
    };
    if let Some(d) = from_metas(&["article:published_time"]) {
        return Some(d);
    }
    if let Some(d) = from_metas(DATE_METAS) {
        return Some(d);
    }
    let itemprop = page.descendent_elements().find_map(|e| {
        let prop = e.attr("itemprop")?;
        if !prop
            .split_whitespace()
            .any(|p| p.eq_ignore_ascii_case("datepublished"))
        {
            return None;
        }
        e.attr("content")
            .or_else(|| e.attr("datetime"))
            .and_then(parse_date)
            .or_else(|| parse_date(&element_text(e)))
    });
    if itemprop.is_some() {
        return itemprop;
    }
    if let Some(d) = json_ld_date(page) {
        return Some(d);
    }
    if let Some(d) = from_metas(LATE_DATE_METAS) {
        return Some(d);
    }
    let time_in = |scope: ElementRef<'_>| {
        scope.descendent_elements().find_map(|e| {
            if e.value().name() != "time" {
                return None;
            }
            match e.attr("datetime") {
                Some(v) => parse_date(v),
                None => parse_date(&element_text(e)),
            }
        })
    };
    if let Some(d) = time_in(content) {
        return Some(d);
    }
    page.descendent_elements()
        .filter(|e| e.value().name() == "time" && e.attr("pubdate").is_some())
        .find_map(|e| e.attr("datetime").and_then(parse_date))
}

/// `datePublished` from JSON-LD blocks, preferring objects whose `@type` is an article.
fn json_ld_date(page: ElementRef<'_>) -> Option<DocDate> {
    let mut any: Option<DocDate> = None;
    for el in page.descendent_elements() {
        if el.value().name() != "script"
            || !el
                .attr("type")
                .is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"))
        {
            continue;
        }
        let raw: String = el.text().collect();
        let raw = strip_script_wrappers(&raw);
        let Ok(value) = serde_json::from_str::<serde_json::Value>(raw) else {
            continue;
        };
        let mut stack = vec![&value];
        while let Some(v) = stack.pop() {
            match v {
                serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
                serde_json::Value::Object(map) => {
                    let date = match map.get("datePublished") {
                        Some(serde_json::Value::String(s)) => parse_date(s),
                        Some(serde_json::Value::Array(a)) => {
                            a.iter().filter_map(|x| x.as_str()).find_map(parse_date)
                        }
                        _ => None,
                    };
                    if let Some(d) = date {
                        if is_article_type(map.get("@type")) {
                            return Some(d);
                        }
                        any = any.or(Some(d));
                    }
                    // Children in document order.
                    let children: Vec<_> = map
                        .iter()
                        .filter(|(k, _)| k.as_str() != "datePublished")
                        .map(|(_, v)| v)
                        .filter(|v| v.is_object() || v.is_array())
                        .collect();
                    stack.extend(children.into_iter().rev());
                }
                _ => {}
            }
        }
    }
    any
}

fn strip_script_wrappers(raw: &str) -> &str {
    let mut s = raw.trim();
    for prefix in ["//<![CDATA[", "<![CDATA[", "<!--"] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.trim();
        }
    }
    for suffix in ["//]]>", "]]>", "-->"] {
        if let Some(rest) = s.strip_suffix(suffix) {
            s = rest.trim();
        }
    }
    s.trim_end_matches(';').trim()
}

fn is_article_type(t: Option<&serde_json::Value>) -> bool {
    let is_article = |s: &str| {
        let s = s.to_ascii_lowercase();
        s.contains("article") || s.contains("posting") || s == "report"
    };
    match t {
        Some(serde_json::Value::String(s)) => is_article(s),
        Some(serde_json::Value::Array(a)) => a.iter().filter_map(|x| x.as_str()).any(is_article),
        _ => false,
    }
}

fn find_url(page: ElementRef<'_>, metas: &[(String, String)]) -> Option<String> {
    let canonical = page.descendent_elements().find_map(|e| {
        if e.value().name() != "link" {
            return None;
        }
        let rel = e.attr("rel")?;
        if !rel
            .split_whitespace()
            .any(|r| r.eq_ignore_ascii_case("canonical"))
        {
            return None;
        }
        let href = e.attr("href")?.trim();
        (!href.is_empty()).then(|| href.to_string())
    });
    canonical.or_else(|| meta_value(metas, &["og:url"]))
}

fn find_lang(page: ElementRef<'_>, metas: &[(String, String)]) -> Option<String> {
    let attr = page
        .attr("lang")
        .or_else(|| page.attr("xml:lang"))
        .map(str::to_string)
        .filter(|s| !s.trim().is_empty());
    let raw = attr.or_else(|| meta_value(metas, &["content-language", "og:locale"]))?;
    let primary = raw
        .trim()
        .split(['-', '_', ',', ' '])
        .next()?
        .to_ascii_lowercase();
    ((2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_lowercase()))
        .then_some(primary)
}

// ---------------------------------------------------------------------------------------------
// Boilerplate

/// Elements never part of the text.
const SKIP_TAGS: &[&str] = &[
    "head",
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "svg",
    "math",
    "canvas",
    "video",
    "audio",
    "picture",
    "map",
    "nav",
    "aside",
    "figcaption",
    "button",
    "select",
    "textarea",
    "input",
    "label",
    "dialog",
    "menu",
];

const SKIP_ROLES: &[&str] = &[
    "navigation",
    "complementary",
    "contentinfo",
    "banner",
    "dialog",
    "alertdialog",
    "search",
    "menu",
    "menubar",
    "toolbar",
];

/// Substrings of class or id names that mark boilerplate wherever they occur.
const BAD_SUBSTRINGS: &[&str] = &[
    "cookie",
    "consent",
    "gdpr",
    "disqus",
    "newsletter",
    "nieuwsbrief",
    "breadcrumb",
    "readmore",
    "read-more",
    "read_more",
    "leesook",
    "lees-ook",
    "lees_ook",
    "socialmedia",
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "screen-reader",
    "advert",
];

/// Word beginnings that mark boilerplate: `comments`, `commentlist`, `reacties`,
/// `reactieformulier` (but not `commentary`, `commentaar` or `interactieve`).
const BAD_WORD_PREFIXES: &[&str] = &["comment", "reactie"];

/// Words that begin with a [`BAD_WORD_PREFIXES`] entry but name content: opinion pieces.
const GOOD_WORD_PREFIXES: &[&str] = &["commenta"];

/// Whole words (class or id split on `-`, `_` and camelCase) that mark boilerplate.
const BAD_WORDS: &[&str] = &[
    "banner",
    "share",
    "sharing",
    "shares",
    "social",
    "related",
    "gerelateerd",
    "gerelateerde",
    "ad",
    "ads",
    "promo",
    "sidebar",
    "byline",
    "meta",
    "subscribe",
    "signup",
    "popup",
    "modal",
    "recommended",
    "aanbevolen",
    "tags",
    "pagination",
];

/// The words of a class or id name: split on non-alphanumerics and camelCase, lower-cased.
fn name_words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        if !c.is_alphanumeric() {
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        cur.extend(c.to_lowercase());
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

fn bad_name(name: &str) -> bool {
    let lower = name.to_lowercase();
    if BAD_SUBSTRINGS.iter().any(|b| lower.contains(b)) {
        return true;
    }
    let words = name_words(name);
    if words.iter().any(|w| {
        BAD_WORDS.contains(&w.as_str())
            || (BAD_WORD_PREFIXES.iter().any(|p| w.starts_with(p))
                && !GOOD_WORD_PREFIXES.iter().any(|p| w.starts_with(p)))
    }) {
        return true;
    }
    words.windows(2).any(|w| {
        matches!(
            (w[0].as_str(), w[1].as_str()),
            ("lees", "ook") | ("read", "more")
        )
    })
}

/// True when `el` itself is boilerplate; `in_article` says whether it lies inside an
/// `<article>`, where a `header` or `footer` belongs to the story.
fn is_boilerplate(el: ElementRef<'_>, in_article: bool) -> bool {
    let v = el.value();
    let name = v.name();
    if matches!(name, "html" | "body" | "main") {
        return false;
    }
    if SKIP_TAGS.contains(&name) {
        return true;
    }
    if matches!(name, "header" | "footer") && !in_article {
        return true;
    }
    if name == "form" && count_paragraphs(el, 3) < 3 {
        return true;
    }
    if v.attr("hidden").is_some()
        || v.attr("aria-hidden")
            .is_some_and(|a| a.trim().eq_ignore_ascii_case("true"))
        || v.attr("aria-modal").is_some()
    {
        return true;
    }
    if let Some(style) = v.attr("style") {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    if v.attr("role").is_some_and(|role| {
        role.split_whitespace()
            .any(|r| SKIP_ROLES.contains(&r.to_ascii_lowercase().as_str()))
    }) {
        return true;
    }
    let article_body = v.attr("itemprop").is_some_and(|p| {
        p.split_whitespace()
            .any(|t| t.eq_ignore_ascii_case("articleBody"))
    });
    if !article_body && (v.classes().any(bad_name) || v.id().is_some_and(bad_name)) {
        return true;
    }
    is_related_block(el)
}

/// Up to `limit` `<p>` descendants.
fn count_paragraphs(el: ElementRef<'_>, limit: usize) -> usize {
    el.descendent_elements()
        .filter(|e| e.value().name() == "p")
        .take(limit)
        .count()
}

const RELATED_PHRASES: &[&str] = &[
    "lees ook",
    "lees meer",
    "lees verder",
    "meer over",
    "meer nieuws",
    "meest gelezen",
    "bekijk ook",
    "zie ook",
    "ook interessant",
    "gerelateerd",
    "related",
    "read more",
    "read also",
    "also read",
    "more on this",
    "more from",
    "more stories",
    "most read",
    "see also",
    "recommended",
];

/// A block or paragraph that opens with "Lees ook", "Related" and the like and is mostly links
/// (or, for a block, holds a list).
fn is_related_block(el: ElementRef<'_>) -> bool {
    let name = el.value().name();
    let block = matches!(name, "div" | "section" | "ul" | "ol" | "p" | "li" | "dl");
    if !block {
        return false;
    }
    // The first few dozen characters, without walking huge subtrees.
    let mut head = String::new();
    for node in el.descendants().take(200) {
        if let Some(t) = node.value().as_text() {
            head.push_str(t);
            head.push(' ');
            if head.len() > 60 {
                break;
            }
        }
    }
    let head = collapse_ws(&head).to_lowercase();
    let head = head.trim_start_matches(|c: char| !c.is_alphanumeric());
    if !RELATED_PHRASES.iter().any(|p| head.starts_with(p)) {
        return false;
    }
    let has_list = el
        .descendent_elements()
        .take(500)
        .any(|e| matches!(e.value().name(), "ul" | "ol"));
    (has_list && !matches!(name, "p" | "li")) || link_density(el) >= 0.5
}

/// Share of an element's text that sits inside links.
fn link_density(el: ElementRef<'_>) -> f64 {
    let mut total = 0usize;
    let mut linked = 0usize;
    for node in el.descendants().take(2000) {
        let Some(t) = node.value().as_text() else {
            continue;
        };
        let n = t.chars().filter(|c| !c.is_whitespace()).count();
        total += n;
        let in_link = node
            .ancestors()
            .take_while(|a| a.id() != el.id())
            .filter_map(ElementRef::wrap)
            .any(|a| a.value().name() == "a");
        if in_link {
            linked += n;
        }
    }
    if total == 0 {
        0.0
    } else {
        linked as f64 / total as f64
    }
}

/// True when `el` or an ancestor up to (not including) `scope` is boilerplate.
fn in_boilerplate(el: ElementRef<'_>, scope: ElementRef<'_>) -> bool {
    let chain: Vec<ElementRef<'_>> = std::iter::once(el)
        .chain(
            el.ancestors()
                .take_while(|a| a.id() != scope.id())
                .filter_map(ElementRef::wrap),
        )
        .filter(|e| e.id() != scope.id())
        .collect();
    // Walk from the outside in to know whether each element sits inside an <article>.
    let mut in_article = scope.value().name() == "article"
        || scope
            .ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| a.value().name() == "article");
    for e in chain.iter().rev() {
        if is_boilerplate(*e, in_article) {
            return true;
        }
        if e.value().name() == "article" {
            in_article = true;
        }
    }
    false
}

// ---------------------------------------------------------------------------------------------
// Main content

/// Characters of text in the non-boilerplate `<p>` elements under `el`.
fn paragraph_text_len(el: ElementRef<'_>) -> usize {
    el.descendent_elements()
        .filter(|p| p.value().name() == "p" && !in_boilerplate(*p, el))
        .map(|p| element_text(p).chars().count())
        .sum()
}

fn find_content_root(page: ElementRef<'_>) -> ElementRef<'_> {
    let body = page
        .descendent_elements()
        .find(|e| e.value().name() == "body")
        .unwrap_or(page);

    // The block whose paragraphs hold the most text.
    let mut scores: HashMap<_, (ElementRef<'_>, usize)> = HashMap::new();
    for p in body.descendent_elements() {
        if p.value().name() != "p" || in_boilerplate(p, body) {
            continue;
        }
        let len = element_text(p).chars().count();
        if len == 0 {
            continue;
        }
        let mut ancestors = p.ancestors().filter_map(ElementRef::wrap);
        if let Some(parent) = ancestors.next() {
            scores.entry(parent.id()).or_insert((parent, 0)).1 += len;
            if let Some(grand) = ancestors.next() {
                scores.entry(grand.id()).or_insert((grand, 0)).1 += len / 2;
            }
        }
    }
    let best_block = scores
        .values()
        .filter(|(e, _)| !matches!(e.value().name(), "html"))
        .max_by_key(|(e, score)| (*score, std::cmp::Reverse(depth(*e))))
        .copied();
    let best_score = best_block.map_or(0, |(_, s)| s);

    let good_enough = |el: ElementRef<'_>| {
        let len = paragraph_text_len(el);
        (len > 0 && len * 2 >= best_score) || (best_score == 0 && !element_text(el).is_empty())
    };

    let articles = body
        .descendent_elements()
        .filter(|e| e.value().name() == "article" && !in_boilerplate(*e, body))
        .map(|e| (paragraph_text_len(e), e))
        .max_by_key(|(len, e)| (*len, std::cmp::Reverse(depth(*e))));
    if let Some((_, article)) = articles
        && good_enough(article)
    {
        return article;
    }
    let semantic = |pred: &dyn Fn(ElementRef<'_>) -> bool| {
        body.descendent_elements()
            .find(|e| pred(*e) && !in_boilerplate(*e, body))
    };
    let has_token = |e: ElementRef<'_>, attr: &str, token: &str| {
        e.attr(attr)
            .is_some_and(|v| v.split_whitespace().any(|t| t.eq_ignore_ascii_case(token)))
    };
    let candidates = [
        semantic(&|e| has_token(e, "itemprop", "articleBody")),
        semantic(&|e| e.value().name() == "main"),
        semantic(&|e| has_token(e, "role", "main")),
    ];
    for c in candidates.into_iter().flatten() {
        if good_enough(c) {
            return c;
        }
    }
    match best_block {
        Some((el, score)) if score > 0 => el,
        _ => body,
    }
}

fn depth(el: ElementRef<'_>) -> usize {
    el.ancestors().count()
}

// ---------------------------------------------------------------------------------------------
// Text

const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "legend",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];

/// Collects paragraphs from a walk over the content tree.
#[derive(Default)]
struct TextBuilder {
    paragraphs: Vec<String>,
    buf: String,
    pending_space: bool,
    list_item: bool,
}

impl TextBuilder {
    fn text(&mut self, t: &str) {
        for c in t.chars() {
            if c.is_whitespace() {
                self.pending_space = true;
                continue;
            }
            if self.pending_space && !self.buf.is_empty() && !self.buf.ends_with('\n') {
                self.buf.push(' ');
            }
            self.pending_space = false;
            self.buf.push(c);
        }
    }

    fn line_break(&mut self) {
        self.buf.push('\n');
        self.pending_space = false;
    }

    fn space(&mut self) {
        self.pending_space = true;
    }

    fn is_empty(&self) -> bool {
        self.paragraphs.is_empty() && self.buf.trim().is_empty()
    }

    /// End the current paragraph; blank lines inside it (from `<br><br>`) split it.
    fn flush(&mut self) {
        let buf = std::mem::take(&mut self.buf);
        self.pending_space = false;
        let mut para = String::new();
        let mut parts = Vec::new();
        for line in buf.split('\n') {
            let line = line.trim();
            if line.is_empty() {
                if !para.is_empty() {
                    parts.push(std::mem::take(&mut para));
                }
            } else {
                if !para.is_empty() {
                    para.push('\n');
                }
                para.push_str(line);
            }
        }
        if !para.is_empty() {
            parts.push(para);
        }
        for p in parts {
            if self.list_item {
                self.paragraphs.push(format!("- {p}"));
                self.list_item = false;
            } else {
                self.paragraphs.push(p);
            }
        }
    }

    fn finish(mut self) -> String {
        self.flush();
        self.paragraphs.join("\n\n")
    }
}

/// The text of `root` with boilerplate left out, laid out as described in the module notes.
fn render_text(root: ElementRef<'_>, title: Option<&str>) -> String {
    let mut out = TextBuilder::default();
    let title_norm = title.map(|t| collapse_ws(t).to_lowercase());
    let mut headline_dropped = false;
    let root_in_article = root.value().name() == "article"
        || root
            .ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| a.value().name() == "article");
    // (node, closing, inside an <article>) on an explicit stack: pages nest deeply.
    let mut stack = Vec::new();
    for child in root.children().rev() {
        stack.push((child, false, root_in_article));
    }
    while let Some((node, closing, in_article)) = stack.pop() {
        if let Some(t) = node.value().as_text() {
            out.text(t);
            continue;
        }
        let Some(el) = ElementRef::wrap(node) else {
            continue;
        };
        let name = el.value().name();
        let block = BLOCK_TAGS.contains(&name);
        if closing {
            match name {
                "td" | "th" => out.space(),
                "li" => {
                    out.flush();
                    out.list_item = false;
                }
                _ if block => out.flush(),
                _ => {}
            }
            continue;
        }
        if is_boilerplate(el, in_article) {
            continue;
        }
        match name {
            "br" => {
                out.line_break();
                continue;
            }
            "h1" if !headline_dropped => {
                let text = element_text(el).to_lowercase();
                if title_norm.as_deref() == Some(text.as_str()) || out.is_empty() {
                    headline_dropped = true;
                    out.flush();
                    continue;
                }
            }
            "td" | "th" => out.space(),
            _ => {}
        }
        if block {
            out.flush();
        }
        if name == "li" {
            out.list_item = true;
        }
        stack.push((node, true, in_article));
        let child_in_article = in_article || name == "article";
        for child in node.children().rev() {
            stack.push((child, false, child_in_article));
        }
    }
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(html: &str) -> String {
        extract_html(html).text
    }

    #[test]
    fn empty_and_trivial() {
        assert_eq!(extract_html(""), HtmlArticle::default());
        assert_eq!(text_of("hello"), "hello");
        assert_eq!(text_of("<p>a</p><p>b</p>"), "a\n\nb");
    }

    #[test]
    fn inline_spacing_and_breaks() {
        assert_eq!(
            text_of("<p>Een <b>vet</b>te zin,   met\n <a href='#'>link</a> .</p>"),
            "Een vette zin, met link ."
        );
        assert_eq!(
            text_of("<p>regel één<br>regel twee</p>"),
            "regel één\nregel twee"
        );
        assert_eq!(text_of("<div>een<br><br>twee</div>"), "een\n\ntwee");
        assert_eq!(
            text_of("<p>a&amp;b &lt;c&gt; &eacute;&nbsp;x</p>"),
            "a&b <c> é x"
        );
    }

    #[test]
    fn blocks_and_lists() {
        let html = "<article><div>Intro <span>tekst</span><p>Alinea</p>staart</div>\
                    <ul><li>een</li><li>twee <ul><li>sub</li></ul></li></ul>\
                    <blockquote>citaat</blockquote><h2>Kop</h2></article>";
        assert_eq!(
            text_of(html),
            "Intro tekst\n\nAlinea\n\nstaart\n\n- een\n\n- twee\n\n- sub\n\ncitaat\n\nKop"
        );
    }

    #[test]
    fn tables() {
        assert_eq!(
            text_of("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>"),
            "a b\n\nc d"
        );
    }

    #[test]
    fn title_suffixes() {
        assert_eq!(strip_title_suffix("Kabinet valt | NOS"), "Kabinet valt");
        assert_eq!(
            strip_title_suffix("Taliban nemen Kabul in - De Volkskrant"),
            "Taliban nemen Kabul in"
        );
        assert_eq!(
            strip_title_suffix("A long headline about things | Section | The Site"),
            "A long headline about things | Section"
        );
        // The tail is too long to be a site name.
        assert_eq!(
            strip_title_suffix("Kort - een veel langere tweede helft van de kop"),
            "Kort - een veel langere tweede helft van de kop"
        );
        assert_eq!(strip_title_suffix("Geen scheiding"), "Geen scheiding");
        assert_eq!(
            strip_site_name("NOS | Kabinet valt", Some("NOS")),
            "Kabinet valt"
        );
        assert_eq!(
            strip_site_name("Kabinet valt - nos", Some("NOS")),
            "Kabinet valt"
        );
    }

    #[test]
    fn class_words() {
        assert_eq!(name_words("cookieBanner"), ["cookie", "banner"]);
        assert_eq!(
            name_words("article__share-buttons"),
            ["article", "share", "buttons"]
        );
        assert!(bad_name("cookieBar"));
        assert!(bad_name("js-share"));
        assert!(bad_name("lees-ook"));
        assert!(bad_name("comments"));
        assert!(bad_name("ad"));
        assert!(!bad_name("article-body"));
        assert!(!bad_name("header"));
        assert!(!bad_name("shadow"));
        assert!(!bad_name("readable"));
        assert!(!bad_name("leading"));
        assert!(bad_name("commentlist"));
        assert!(bad_name("reactieFormulier"));
        assert!(bad_name("reacties"));
        assert!(!bad_name("commentary"));
        assert!(!bad_name("commentaar"));
        assert!(!bad_name("interactieve-kaart"));
        assert!(!bad_name("paywall-content"));
    }

    #[test]
    fn lang_forms() {
        assert_eq!(
            extract_html("<html lang='nl-NL'>").lang.as_deref(),
            Some("nl")
        );
        assert_eq!(
            extract_html("<html lang='EN_us'>").lang.as_deref(),
            Some("en")
        );
        assert_eq!(extract_html("<html lang=''>").lang, None);
        assert_eq!(extract_html("<html lang='x'>").lang, None);
        assert_eq!(
            extract_html("<html><head><meta property='og:locale' content='nl_BE'></head>")
                .lang
                .as_deref(),
            Some("nl")
        );
    }

    #[test]
    fn json_ld_graph() {
        let html = r##"<script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"X","datePublished":"2001-01-01"},
          {"@type":"WebPage","isPartOf":{"@id":"#w"},
           "mainEntity":{"@type":["NewsArticle"],"datePublished":"2021-08-20T09:15:00+02:00"}}]}
        </script>"##;
        assert_eq!(
            extract_html(html).date.map(|d| d.to_string()).as_deref(),
            Some("2021-08-20T09:15:00+02:00")
        );
        let html = r#"<script type="application/ld+json">[{"@type":"Thing"},
            {"@type":"Organization","datePublished":"2019-03"}]</script>"#;
        assert_eq!(
            extract_html(html).date.map(|d| d.to_string()).as_deref(),
            Some("2019-03")
        );
        let html = r#"<script type="application/ld+json">{broken</script>"#;
        assert_eq!(extract_html(html).date, None);
    }

    #[test]
    fn date_precedence() {
        let html = r#"<head>
            <meta name="date" content="2020-01-01">
            <meta property="article:published_time" content="2021-08-20T14:30:00Z">
            </head><body><article><time datetime="2019-05-05">5 mei</time><p>x</p></article>"#;
        assert_eq!(
            extract_html(html).date.map(|d| d.to_string()).as_deref(),
            Some("2021-08-20T14:30:00Z")
        );
        let html = r#"<meta name="DC.date.issued" content="garbage">
            <span itemprop="datePublished" content="2021-08-19">gisteren</span>"#;
        assert_eq!(
            extract_html(html).date.map(|d| d.to_string()).as_deref(),
            Some("2021-08-19")
        );
        let html = r#"<article><p>x</p><time>20 augustus 2021</time></article>"#;
        assert_eq!(
            extract_html(html).date.map(|d| d.to_string()).as_deref(),
            Some("2021-08-20")
        );
    }

    #[test]
    fn url_sources() {
        let html = r#"<link rel="Canonical" href=" https://a.example/x ">
            <meta property="og:url" content="https://b.example/y">"#;
        assert_eq!(
            extract_html(html).url.as_deref(),
            Some("https://a.example/x")
        );
        let html = r#"<meta property="og:url" content="https://b.example/y">"#;
        assert_eq!(
            extract_html(html).url.as_deref(),
            Some("https://b.example/y")
        );
    }

    #[test]
    fn headline_not_repeated() {
        let html = "<title>Kop | Site</title><article><h1>Kop</h1><p>Tekst.</p>\
                    <h1>Tweede kop</h1></article>";
        let a = extract_html(html);
        assert_eq!(a.title.as_deref(), Some("Kop"));
        assert_eq!(a.text, "Tekst.\n\nTweede kop");
    }

    #[test]
    fn inline_lees_ook_paragraph_dropped() {
        let html = "<article><p>Eerste alinea.</p>\
                    <p><strong>Lees ook:</strong> <a href='/x'>Ander artikel over iets</a></p>\
                    <p>Tweede alinea.</p></article>";
        assert_eq!(text_of(html), "Eerste alinea.\n\nTweede alinea.");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = "<div>".repeat(3_000) + "diep" + &"</div>".repeat(3_000);
        let a = extract_html(&html);
        assert_eq!(a.text, "diep");
        let html = "<b>".repeat(5_000) + "vet";
        assert_eq!(extract_html(&html).text, "vet");
    }

    fn date_of(a: &HtmlArticle) -> Option<String> {
        a.date.map(|d| d.to_string())
    }

    #[test]
    fn fixture_dutch_news_page() {
        let a = extract_html(include_str!("../tests/fixtures/html/nl_nieuws.html"));
        assert_eq!(
            a.title.as_deref(),
            Some("Dijk bij Hoogwoud hersteld na storm")
        );
        // JSON-LD: the NewsArticle's date, not the WebPage's or the byline's <time>.
        assert_eq!(date_of(&a).as_deref(), Some("2021-11-03T07:45:00+01:00"));
        assert_eq!(
            a.url.as_deref(),
            Some("https://www.westfriesdagblad.example/regio/dijk-hoogwoud-hersteld")
        );
        assert_eq!(a.lang.as_deref(), Some("nl"));
        let expected = "\
HOOGWOUD \u{2013} Het hoogheemraadschap heeft de beschadigde dijk bij Hoogwoud binnen twee dagen \
hersteld. Bewoners van de Westerstraat mogen vanavond terug naar huis.

De dijk raakte zondagnacht beschadigd toen storm Arwen met windstoten tot 110 kilometer per uur \
over West-Friesland trok. Over een lengte van veertig meter spoelde grond weg.

Zandzakken

Vrijwilligers vulden maandag ruim 2.000 zandzakken.
\u{2018}Het was echt een gezamenlijke klus\u{2019}, zegt dijkgraaf Piet Zwaan.

\u{201e}Zonder de hulp van het dorp hadden we dit nooit zo snel gered.\u{201d}

Het waterschap neemt de komende weken nog drie maatregelen:

- extra inspecties van de dijk;

- het ophogen van het pad aan de Westerstraat;

- een nieuw meetpunt bij het gemaal.

De kosten van het herstel worden geschat op 150.000 euro.

Dit artikel is bijgewerkt om 9.12 uur.";
        assert_eq!(a.text, expected);
    }

    #[test]
    fn fixture_english_news_page() {
        let a = extract_html(include_str!("../tests/fixtures/html/en_news.html"));
        // og:title with the og:site_name suffix removed.
        assert_eq!(
            a.title.as_deref(),
            Some("Harbour bridge reopens after six-month repair")
        );
        // article:published_time wins over meta name=date.
        assert_eq!(date_of(&a).as_deref(), Some("2019-03-14T06:00:00-04:00"));
        assert_eq!(
            a.url.as_deref(),
            Some("https://dailycourier.example/news/2019/03/harbour-bridge-reopens")
        );
        assert_eq!(a.lang.as_deref(), Some("en"));
        let expected = "\
PORTSMOUTH \u{2014} The harbour bridge reopened to traffic on Wednesday morning, six months after \
inspectors found cracks in two of its steel supports.

\"We're glad to have it back,\" said Mayor Linda Ortiz, who drove across with city engineers \
shortly after 7 a.m.

What changed

Crews replaced both supports and resurfaced the deck. The work cost $4.2 million, slightly under \
budget.

- New steel supports

- Resurfaced deck

- LED lighting

Tolls will be waived until the end of the month.";
        assert_eq!(a.text, expected);
    }

    #[test]
    fn fixture_page_without_article() {
        let a = extract_html(include_str!("../tests/fixtures/html/no_article.html"));
        assert_eq!(
            a.title.as_deref(),
            Some("Council approves new library plans")
        );
        assert_eq!(date_of(&a).as_deref(), Some("2022-06-07T18:05:00"));
        assert_eq!(a.url, None);
        assert_eq!(a.lang.as_deref(), Some("en"));
        let expected = "\
The town council on Tuesday approved plans for a new library on the site of the old bus depot, \
ending a debate that lasted more than two years.

Councillors voted 9 to 4 in favour. The building will have three floors, a children\u{2019}s wing \
and a caf\u{e9}.

Construction is due to start next spring.

Opponents said the \u{a3}6m cost was too high at a time when other services face cuts.";
        assert_eq!(a.text, expected);
    }

    #[test]
    fn fixture_broken_page() {
        let a = extract_html(include_str!("../tests/fixtures/html/broken.html"));
        // No og:title and no <h1> in the main block: <title> without " | Omroep Oost".
        assert_eq!(a.title.as_deref(), Some("Brand in pakhuis"));
        assert_eq!(date_of(&a).as_deref(), Some("2021-08-20"));
        assert_eq!(a.url, None);
        assert_eq!(a.lang, None);
        let expected = "\
ZWOLLE - Een pakhuis aan de Kanaalweg is vrijdagnacht volledig afgebrand.

De brandweer rukte met zes wagens uit & de rook was in de hele stad te ruiken.

Volgens een woordvoerder raakte niemand gewond. De oorzaak is nog onbekend \u{2013} de politie doet \
onderzoek

Omwonenden werden gevraagd ramen en deuren gesloten te houden.Het NL-Alert is inmiddels ingetrokken.";
        assert_eq!(a.text, expected);
    }

    #[test]
    fn article_body_and_main_fallbacks() {
        let html = "<body><div class='x'><p>Kort.</p></div>\
                    <div itemprop='articleBody'><p>De eigenlijke tekst van het stuk.</p>\
                    <p>Nog een alinea.</p></div></body>";
        assert_eq!(
            text_of(html),
            "De eigenlijke tekst van het stuk.\n\nNog een alinea."
        );
        let html = "<body><header><p>Site</p></header><main><h2>Kop</h2>\
                    <section><p>Tekst in main.</p></section></main><footer>Voet</footer></body>";
        assert_eq!(text_of(html), "Kop\n\nTekst in main.");
    }

    #[test]
    fn teaser_articles_lose_to_a_long_block() {
        let long = "Dit is een lange alinea met veel woorden over het onderwerp. ".repeat(5);
        let html = format!(
            "<div id='lijst'><article><p>Teaser een</p></article><article><p>Twee</p></article></div>\
             <div id='verhaal'><p>{long}</p><p>{long}</p></div>"
        );
        let text = text_of(&html);
        assert!(text.starts_with("Dit is een lange alinea"), "{text}");
        assert!(!text.contains("Teaser"));
    }

    #[test]
    fn boilerplate_inside_article() {
        let html = r#"<article>
            <div class="cookieConsent">Accepteer cookies</div>
            <p>Tekst.</p>
            <p hidden>Verborgen</p>
            <p style="display: none">Ook verborgen</p>
            <span class="sr-only">Voor schermlezers</span>
            <div class="social-buttons"><a>Deel</a></div>
            <div id="disqus_thread"><p>Reactie</p></div>
            <div class="ad-slot">Advertentie</div>
            <section><h3>Lees ook</h3><ul><li><a href="/a">Ander stuk</a></li></ul></section>
            <p>Slot.</p>
            <footer>Bron: ANP</footer>
        </article>"#;
        assert_eq!(text_of(html), "Tekst.\n\nSlot.\n\nBron: ANP");
    }

    #[test]
    fn aspnet_form_wrapping_the_page_is_kept() {
        let html = "<body><form id='aspnetForm'><input type='hidden' value='x'>\
                    <div><p>Een.</p><p>Twee.</p><p>Drie.</p></div></form></body>";
        assert_eq!(text_of(html), "Een.\n\nTwee.\n\nDrie.");
        let html = "<article><p>Tekst.</p><form><p>Meld je aan</p><input></form></article>";
        assert_eq!(text_of(html), "Tekst.");
    }

    #[test]
    fn svg_title_is_not_the_page_title() {
        let html = "<body><svg><title>icoon</title></svg><p>x</p></body>";
        assert_eq!(extract_html(html).title, None);
        let html = "<title>  Alleen een titel  </title>";
        assert_eq!(
            extract_html(html).title.as_deref(),
            Some("Alleen een titel")
        );
    }

    #[test]
    fn article_body_is_never_boilerplate() {
        let html = "<article><div itemprop='articleBody' class='body has-comments'>\
                    <p>Tekst.</p></div><div class='comments'><p>Reactie.</p></div></article>";
        assert_eq!(text_of(html), "Tekst.");
        let html = "<article class='commentaar'><p>Een opiniestuk.</p></article>";
        assert_eq!(text_of(html), "Een opiniestuk.");
    }

    #[test]
    fn h1_title_when_no_meta() {
        let html = "<title>Iets anders | Site</title><article><h1>De kop</h1><p>x</p></article>";
        let a = extract_html(html);
        assert_eq!(a.title.as_deref(), Some("De kop"));
        assert_eq!(a.text, "x");
    }

    mod props {
        use super::super::*;
        use proptest::prelude::*;

        fn tag_soup() -> impl Strategy<Value = String> {
            let piece = prop_oneof![
                Just("<p>".to_string()),
                Just("</p>".to_string()),
                Just("<div class='cookie'>".to_string()),
                Just("<div>".to_string()),
                Just("</div>".to_string()),
                Just("<article>".to_string()),
                Just("</article>".to_string()),
                Just("<br>".to_string()),
                Just("<li>".to_string()),
                Just("<ul>".to_string()),
                Just("<h1>".to_string()),
                Just("</h1>".to_string()),
                Just("<table><tr><td>".to_string()),
                Just("<script type='application/ld+json'>{\"datePublished\":".to_string()),
                Just("</script>".to_string()),
                Just("<meta property='og:title' content='x'>".to_string()),
                Just("<time datetime='2021-08-20'>".to_string()),
                Just("<!--".to_string()),
                Just("&amp;".to_string()),
                Just("<p>Lees ook <a>x</a>".to_string()),
                "[a-zé \n<>/&;\"']{0,8}",
            ];
            proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
        }

        proptest! {
            #[test]
            fn never_panics_on_strings(s in "\\PC{0,200}") {
                let _ = extract_html(&s);
            }

            #[test]
            fn never_panics_on_tag_soup(s in tag_soup()) {
                let a = extract_html(&s);
                prop_assert!(!a.text.contains("\n\n\n"));
                prop_assert_eq!(a.text.trim(), a.text.as_str());
            }
        }
    }
}
