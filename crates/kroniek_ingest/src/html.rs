//! Main text and metadata of HTML news pages (being written).

use kroniek_core::DocDate;

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
    let _ = html;
    HtmlArticle::default()
}
