//! Dutch name suffixes repaired after parsing: "Massoud junior", "Emile Masson jr".
//!
//! UD Dutch tags `junior`, `senior`, `jr` and `sr` after a name as an adjective that modifies
//! the name (`amod` of the name's first word, the head of its `flat` words). The tagger and
//! parser see the suffix rarely (a handful of times in the treebanks) and can read it as a noun
//! object or an adverb of the verb: then "vroeg Massoud junior de wereld om wapens" has two
//! objects, and the event coder takes "junior" as the one asked. A suffix right after a proper
//! noun, with no dependents of its own, is hung from the name as the treebank does.

use kroniek_core::TokenSyntax;

/// The name suffixes (lower case, without a final full stop).
const SUFFIXES: [&str; 4] = ["junior", "senior", "jr", "sr"];

/// Repair the name suffixes of one Dutch sentence (see the module documentation). Other
/// languages are left as they are.
pub fn attach_name_suffixes(lang: &str, forms: &[&str], toks: &mut [TokenSyntax]) {
    if lang != "nl" {
        return;
    }
    for i in 1..toks.len().min(forms.len()) {
        let form = forms[i].trim_end_matches('.').to_lowercase();
        if !SUFFIXES.contains(&form.as_str()) || toks[i - 1].upos != "PROPN" {
            continue;
        }
        let has_dependents = toks.iter().any(|t| t.head as usize == i + 1);
        if has_dependents {
            continue;
        }
        // The name's head: the proper noun itself, or the word its `flat` chain hangs from.
        let name = if toks[i - 1].deprel.starts_with("flat") {
            toks[i - 1].head
        } else {
            i as u32
        };
        if name == 0 || name as usize == i + 1 {
            continue;
        }
        let t = &mut toks[i];
        t.head = name;
        t.deprel = "amod".to_string();
        t.upos = "ADJ".to_string();
        t.lemma = form;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{toks, tree};

    #[test]
    fn junior_after_a_name_modifies_the_name() {
        // "vroeg Massoud junior de wereld om wapens": junior read as a second object.
        let forms = ["vroeg", "Massoud", "junior", "de", "wereld", "om", "wapens"];
        let mut t = toks(&[
            ("vroeg", "vragen", "VERB", "", 0, "root"),
            ("Massoud", "Massoud", "PROPN", "", 1, "nsubj"),
            ("junior", "junior", "NOUN", "", 1, "obj"),
            ("de", "de", "DET", "", 5, "det"),
            ("wereld", "wereld", "NOUN", "", 1, "obj"),
            ("om", "om", "ADP", "", 7, "case"),
            ("wapens", "wapen", "NOUN", "", 5, "nmod"),
        ]);
        attach_name_suffixes("nl", &forms, &mut t);
        assert_eq!(tree(&t)[2], (2, "amod"));
        assert_eq!(t[2].upos, "ADJ");
        assert_eq!(tree(&t)[4], (1, "obj"), "the rest is left");
        // English is left alone.
        let mut en = t.clone();
        en[2].head = 1;
        attach_name_suffixes("en", &forms, &mut en);
        assert_eq!(en[2].head, 1);
    }

    #[test]
    fn a_suffix_after_a_flat_name_hangs_from_its_first_word() {
        let forms = ["Emile", "Masson", "jr.", "zei"];
        let mut t = toks(&[
            ("Emile", "Emile", "PROPN", "", 4, "nsubj"),
            ("Masson", "Masson", "PROPN", "", 1, "flat"),
            ("jr.", "jr.", "NOUN", "", 4, "obj"),
            ("zei", "zeggen", "VERB", "", 0, "root"),
        ]);
        attach_name_suffixes("nl", &forms, &mut t);
        assert_eq!(tree(&t)[2], (1, "amod"));
        // Not after a common noun ("de ploeg junior"), and not when the word heads others.
        for rows in [
            [
                ("ploeg", "ploeg", "NOUN", "", 0, "root"),
                ("junior", "junior", "NOUN", "", 1, "nmod"),
                ("twee", "twee", "NUM", "", 2, "nummod"),
            ],
            [
                ("Massoud", "Massoud", "PROPN", "", 0, "root"),
                ("junior", "junior", "NOUN", "", 1, "nmod"),
                ("twee", "twee", "NUM", "", 2, "nummod"),
            ],
        ] {
            let mut t = toks(&rows);
            let forms: Vec<&str> = rows.iter().map(|r| r.0).collect();
            attach_name_suffixes("nl", &forms, &mut t);
            assert_eq!(tree(&t), [(0, "root"), (1, "nmod"), (2, "nummod")]);
        }
    }
}
