//! Which record fields hold the id, date, title, text, URL and language.

use crate::error::{Error, Result};

/// Field names to look for, in order of preference, per document property.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldMap {
    /// Id fields.
    pub id: Vec<String>,
    /// Date fields.
    pub date: Vec<String>,
    /// Title fields.
    pub title: Vec<String>,
    /// Text fields.
    pub text: Vec<String>,
    /// URL fields.
    pub url: Vec<String>,
    /// Language fields.
    pub lang: Vec<String>,
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_string()).collect()
}

impl Default for FieldMap {
    fn default() -> Self {
        FieldMap {
            id: names(&["id", "guid", "uuid", "doc_id"]),
            date: names(&[
                "date",
                "published_at",
                "published",
                "publication_date",
                "publish_date",
                "pubdate",
                "datePublished",
                "timestamp",
            ]),
            title: names(&["title", "headline"]),
            text: names(&["text", "body", "content", "article", "maintext"]),
            url: names(&["url", "link", "uri"]),
            lang: names(&["lang", "language"]),
        }
    }
}

impl FieldMap {
    /// Apply a user mapping `NAME=FIELD` (`text=content`): FIELD is looked for first.
    pub fn map(&mut self, spec: &str) -> Result<()> {
        let Some((name, field)) = spec.split_once('=') else {
            return Err(Error::FieldMapping(spec.to_string()));
        };
        let field = field.trim();
        if field.is_empty() {
            return Err(Error::FieldMapping(spec.to_string()));
        }
        let list = match name.trim() {
            "id" => &mut self.id,
            "date" => &mut self.date,
            "title" => &mut self.title,
            "text" => &mut self.text,
            "url" => &mut self.url,
            "lang" => &mut self.lang,
            _ => return Err(Error::FieldMapping(spec.to_string())),
        };
        list.retain(|f| f != field);
        list.insert(0, field.to_string());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapping_goes_first() {
        let mut m = FieldMap::default();
        m.map("text=content").unwrap();
        assert_eq!(m.text[0], "content");
        assert!(m.map("bogus").is_err());
        assert!(m.map("colour=x").is_err());
    }
}
