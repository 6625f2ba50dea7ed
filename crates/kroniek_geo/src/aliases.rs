//! Aliases: abbreviations and former names of countries and admin-1 regions
//! (`data/geo/aliases.tsv`), added to the gazetteer's name index when it loads.
//!
//! Format: `#` comment lines, then `alias<TAB>code[<TAB>name]`, where the code is an ISO 3166-1
//! alpha-2 country code ("GB") or the ISO 3166-2 code of an admin-1 region ("AU-NSW"), and the
//! optional name picks one of several gazetteer rows that share a code (Natural Earth splits
//! some regions: Lord Howe Island is filed under AU-NSW too).

use crate::error::{Error, Result};
use kroniek_text::fold;

/// The committed alias file.
pub static ALIASES_TSV: &str = include_str!("../../../data/geo/aliases.tsv");

/// One alias: the folded name and the code it stands for.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    /// The alias folded with [`fold()`] ("u.k.").
    pub key: String,
    /// ISO 3166-1 alpha-2 or ISO 3166-2 code.
    pub code: String,
    /// The entry's preferred name, folded, when the code alone is ambiguous.
    pub name: Option<String>,
}

/// Read an alias file.
pub fn parse(tsv: &str) -> Result<Vec<Alias>> {
    let mut out = Vec::new();
    for (i, l) in tsv.lines().enumerate() {
        if l.starts_with('#') || l.trim().is_empty() {
            continue;
        }
        let bad = |message: &str| Error::Format {
            line: i + 1,
            message: format!("aliases: {message}"),
        };
        let cols: Vec<&str> = l.split('\t').collect();
        let (alias, code, name) = match cols.as_slice() {
            [a, c] => (*a, *c, None),
            [a, c, n] => (*a, *c, Some(fold(n))),
            _ => return Err(bad("expected alias<TAB>code[<TAB>name]")),
        };
        let key = fold(alias);
        if key.is_empty() || code.is_empty() {
            return Err(bad("empty alias or code"));
        }
        out.push(Alias {
            key,
            code: code.to_string(),
            name,
        });
    }
    Ok(out)
}
