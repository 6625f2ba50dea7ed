//! Input formats and their detection by extension and content.

use std::str::FromStr;

use crate::error::Error;

/// How an input is read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputFormat {
    /// Decide per file by extension, then by content.
    #[default]
    Auto,
    /// Plain text, optionally with a `date YYYY[-MM[-DD]]` header.
    Text,
    /// One JSON object per line (a `.json` file holding an array also works).
    Jsonl,
    /// Comma- (or, for `.tsv`, tab-) separated values with a header row.
    Csv,
    /// An HTML page.
    Html,
}

impl FromStr for InputFormat {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Ok(InputFormat::Auto),
            "text" | "txt" => Ok(InputFormat::Text),
            "jsonl" | "ndjson" | "json" => Ok(InputFormat::Jsonl),
            "csv" | "tsv" => Ok(InputFormat::Csv),
            "html" | "htm" => Ok(InputFormat::Html),
            _ => Err(Error::Format(s.to_string())),
        }
    }
}

/// Compression of a file, by extension or magic bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    /// None.
    None,
    /// gzip (`.gz`).
    Gzip,
    /// Zstandard (`.zst`).
    Zstd,
}

/// Compression from the file name, then from the first bytes.
pub fn detect_compression(name: &str, head: &[u8]) -> Compression {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".gz") || head.starts_with(&[0x1f, 0x8b]) {
        Compression::Gzip
    } else if lower.ends_with(".zst") || head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Compression::Zstd
    } else {
        Compression::None
    }
}

/// The file name without a compression suffix.
pub fn strip_compression(name: &str) -> &str {
    let lower = name.to_ascii_lowercase();
    for ext in [".gz", ".zst"] {
        if lower.ends_with(ext) {
            return &name[..name.len() - ext.len()];
        }
    }
    name
}

/// The format a file name implies, if any.
pub fn format_from_name(name: &str) -> Option<InputFormat> {
    let name = strip_compression(name).to_ascii_lowercase();
    let ext = name.rsplit_once('.').map(|(_, e)| e)?;
    match ext {
        "jsonl" | "ndjson" | "json" => Some(InputFormat::Jsonl),
        "csv" | "tsv" => Some(InputFormat::Csv),
        "html" | "htm" | "xhtml" => Some(InputFormat::Html),
        "txt" | "text" | "md" => Some(InputFormat::Text),
        _ => None,
    }
}

/// The format the first bytes of a (decompressed) input suggest.
pub fn format_from_content(head: &[u8]) -> InputFormat {
    let text = String::from_utf8_lossy(&head[..head.len().min(4096)]);
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    let lower = trimmed
        .get(..trimmed.len().min(512))
        .unwrap_or("")
        .to_ascii_lowercase();
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        return InputFormat::Jsonl;
    }
    if lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || (lower.starts_with('<')
            && (lower.contains("<html") || lower.contains("<body") || lower.contains("<head")))
    {
        return InputFormat::Html;
    }
    let first_line = trimmed.lines().next().unwrap_or("").to_ascii_lowercase();
    let columns: Vec<&str> = first_line
        .split([',', '\t'])
        .map(|c| c.trim().trim_matches('"'))
        .collect();
    if columns.len() >= 2
        && columns
            .iter()
            .any(|c| matches!(*c, "text" | "body" | "content" | "article"))
    {
        return InputFormat::Csv;
    }
    InputFormat::Text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_name() {
        assert_eq!(format_from_name("a/b.jsonl.gz"), Some(InputFormat::Jsonl));
        assert_eq!(format_from_name("x.HTML"), Some(InputFormat::Html));
        assert_eq!(format_from_name("noext"), None);
        assert_eq!(detect_compression("f.zst", b""), Compression::Zstd);
        assert_eq!(detect_compression("f", &[0x1f, 0x8b, 8]), Compression::Gzip);
    }

    #[test]
    fn by_content() {
        assert_eq!(format_from_content(b"  {\"text\": 1}"), InputFormat::Jsonl);
        assert_eq!(
            format_from_content(b"<!DOCTYPE html><html>"),
            InputFormat::Html
        );
        assert_eq!(
            format_from_content(b"url,date,title,text\n"),
            InputFormat::Csv
        );
        assert_eq!(
            format_from_content(b" date 2021-08 De taliban"),
            InputFormat::Text
        );
    }
}
