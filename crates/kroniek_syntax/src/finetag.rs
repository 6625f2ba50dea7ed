//! Fine tags: UPOS refined by a few morphological features of the treebank's FEATS column.
//!
//! The tagger may predict `VERB|VerbForm=Part` instead of `VERB`, so that the parser, whose
//! features read the tagger's classes, tells a Dutch clause's finite verb (in second place or,
//! in a subordinate clause, at the end) from the participle or infinitive that closes its
//! verb cluster. A fine tag is the UPOS, then `|` and the chosen features in UD's FEATS form
//! (sorted by name, `Name=Value` joined by `|`): everything before the first `|` is the UPOS,
//! everything after it a valid FEATS value. Models trained without fine tags have plain UPOS
//! classes, which read the same way.

use std::fmt;
use std::str::FromStr;

/// Which features refine which UPOS tags; empty: the tagger predicts plain UPOS.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FineTags {
    rules: Vec<(Vec<String>, Vec<String>)>,
}

impl FineTags {
    /// True when no tag is refined.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// The tagger class of a treebank word: its UPOS, refined by the features that the rule
    /// for that UPOS names and that `feats` (a FEATS value, `_` for none) carries.
    pub fn tag(&self, upos: &str, feats: &str) -> String {
        let Some((_, names)) = self
            .rules
            .iter()
            .find(|(tags, _)| tags.iter().any(|t| t == upos))
        else {
            return upos.to_string();
        };
        let mut kept: Vec<&str> = feats
            .split('|')
            .filter(|f| {
                f.split_once('=')
                    .is_some_and(|(name, _)| names.iter().any(|n| n == name))
            })
            .collect();
        kept.sort_unstable_by_key(|f| f.split_once('=').map_or(*f, |(n, _)| n));
        let mut out = upos.to_string();
        for f in kept {
            out.push('|');
            out.push_str(f);
        }
        out
    }
}

/// A tagger class split into its UPOS and its features (`None` for a plain UPOS).
pub fn split(tag: &str) -> (&str, Option<&str>) {
    match tag.split_once('|') {
        Some((upos, feats)) => (upos, Some(feats)),
        None => (tag, None),
    }
}

/// Error for a malformed fine-tag rule list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadFineTags(String);

impl fmt::Display for BadFineTags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "bad fine-tag rule {:?}: expected UPOS[,UPOS…]=Feature[,Feature…] joined by ';'",
            self.0
        )
    }
}

impl std::error::Error for BadFineTags {}

/// Rules as `VERB,AUX=VerbForm;PRON=PronType` (UPOS tags, `=`, feature names; `;` between
/// rules). The empty string gives no rules.
impl FromStr for FineTags {
    type Err = BadFineTags;

    fn from_str(s: &str) -> Result<FineTags, BadFineTags> {
        let list = |part: &str| -> Vec<String> {
            part.split(',')
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .map(str::to_string)
                .collect()
        };
        let mut rules = Vec::new();
        for rule in s.split(';').map(str::trim).filter(|r| !r.is_empty()) {
            let (tags, names) = rule
                .split_once('=')
                .ok_or_else(|| BadFineTags(rule.to_string()))?;
            let (tags, names) = (list(tags), list(names));
            let well_formed = |x: &String| x.chars().all(|c| c.is_ascii_alphanumeric());
            if tags.is_empty() || names.is_empty() || !tags.iter().chain(&names).all(well_formed) {
                return Err(BadFineTags(rule.to_string()));
            }
            rules.push((tags, names));
        }
        Ok(FineTags { rules })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fine_tag_keeps_the_named_features_sorted_and_splits_back() {
        let fine: FineTags = "VERB,AUX=VerbForm,Number; PRON=PronType".parse().unwrap();
        let t = fine.tag("VERB", "Number=Sing|Tense=Past|VerbForm=Fin");
        assert_eq!(t, "VERB|Number=Sing|VerbForm=Fin");
        assert_eq!(split(&t), ("VERB", Some("Number=Sing|VerbForm=Fin")));
        assert_eq!(fine.tag("AUX", "VerbForm=Inf"), "AUX|VerbForm=Inf");
        assert_eq!(
            fine.tag("PRON", "Person=3|PronType=Rel"),
            "PRON|PronType=Rel"
        );
        // Other tags, and words without the features, stay plain.
        assert_eq!(fine.tag("NOUN", "Number=Plur"), "NOUN");
        assert_eq!(fine.tag("VERB", "_"), "VERB");
        assert_eq!(split("NOUN"), ("NOUN", None));
        assert!(FineTags::default().is_empty());
        assert_eq!(FineTags::default().tag("VERB", "VerbForm=Fin"), "VERB");
    }

    #[test]
    fn malformed_rules_are_refused() {
        for bad in [
            "VERB",
            "=VerbForm",
            "VERB=",
            "VERB=Verb Form",
            "VE|RB=VerbForm",
        ] {
            assert!(bad.parse::<FineTags>().is_err(), "{bad}");
        }
        assert_eq!("".parse::<FineTags>(), Ok(FineTags::default()));
    }
}
