//! Curated abbreviation lists for Dutch and English, as static sorted slices.
//!
//! Entries are written without their final period. A lookup tries the word as written, then
//! with a lowercased first letter (sentence-initial `Bijv.`), then (Dutch only) fully
//! lowercased (`DHR.`). Words of the form `o.a.` / `U.S.` / `m.b.t.` need no entry: the
//! tokenizer recognises letter-period patterns generically, and single letters with a period
//! are initials.

/// How an abbreviation behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Class {
    /// Always an abbreviation; never ends a sentence (`dhr.`, `Dr.`, `bijv.`).
    Always,
    /// Often ends a sentence (`etc.`, `enz.`): a sentence ends after it when the next word is
    /// capitalised.
    Ender,
    /// An abbreviation only before a number (`nr. 5`, `No. 5`, `art. 3`).
    BeforeNumber,
    /// A month: an abbreviation after or before a number (`20 aug. 2021`, `Aug. 20`).
    Month,
}

use Class::{Always, BeforeNumber, Ender, Month};

/// Dutch, lowercase, sorted by bytes.
static NL: &[(&str, Class)] = &[
    ("aanv", Always),
    ("adj", Always),
    ("adv", Always),
    ("afb", Always),
    ("afd", Always),
    ("afk", Always),
    ("alg", Always),
    ("apr", Month),
    ("art", BeforeNumber),
    ("aug", Month),
    ("bijv", Always),
    ("bijz", Always),
    ("bk", Always),
    ("blz", Always),
    ("bnr", Always),
    ("bv", Always),
    ("ca", Always),
    ("cf", Always),
    ("chr", Always),
    ("co", Always),
    ("dec", Month),
    ("dhr", Always),
    ("dr", Always),
    ("drs", Always),
    ("ds", Always),
    ("enz", Ender),
    ("etc", Ender),
    ("evt", Always),
    ("excl", Always),
    ("fa", Always),
    ("feb", Month),
    ("fig", Always),
    ("gebr", Always),
    ("gem", Always),
    ("hfd", Always),
    ("hfdst", Always),
    ("hr", Always),
    ("ibid", Always),
    ("incl", Always),
    ("ing", Always),
    ("ir", Always),
    ("jan", Month),
    ("jhr", Always),
    ("jl", Always),
    ("jr", Always),
    ("jul", Month),
    ("jun", Month),
    ("kard", Always),
    ("kol", Always),
    ("lic", Always),
    ("lt", Always),
    ("max", BeforeNumber),
    ("mej", Always),
    ("mevr", Always),
    ("mgr", Always),
    ("min", BeforeNumber),
    ("mld", Always),
    ("mln", Always),
    ("mr", Always),
    ("mrd", Always),
    ("mrt", Month),
    ("mw", Always),
    ("nov", Month),
    ("nr", BeforeNumber),
    ("nrs", BeforeNumber),
    ("okt", Month),
    ("ong", Always),
    ("pag", Always),
    ("plm", Always),
    ("pr", Always),
    ("prof", Always),
    ("prov", Always),
    ("resp", Always),
    ("rk", Always),
    ("sep", Month),
    ("sept", Month),
    ("sr", Always),
    ("st", Always),
    ("tel", Always),
    ("vgl", Always),
    ("vlg", Always),
    ("vnl", Always),
    ("vs", Always),
    ("wo", Always),
    ("zg", Always),
    ("zgn", Always),
];

/// English, case as written, sorted by bytes (capitals first).
static EN: &[(&str, Class)] = &[
    ("Adm", Always),
    ("Apr", Month),
    ("Ariz", Always),
    ("Art", BeforeNumber),
    ("Aug", Month),
    ("Ave", Always),
    ("Blvd", Always),
    ("Bros", Always),
    ("Calif", Always),
    ("Capt", Always),
    ("Cmdr", Always),
    ("Co", Always),
    ("Col", Always),
    ("Colo", Always),
    ("Conn", Always),
    ("Corp", Ender),
    ("Cpl", Always),
    ("Dec", Month),
    ("Dept", Always),
    ("Dr", Always),
    ("Feb", Month),
    ("Fig", BeforeNumber),
    ("Fla", Always),
    ("Ft", Always),
    ("Gen", Always),
    ("Gov", Always),
    ("Hon", Always),
    ("Inc", Ender),
    ("Jan", Month),
    ("Jr", Ender),
    ("Jul", Month),
    ("Jun", Month),
    ("Lt", Always),
    ("Ltd", Ender),
    ("Maj", Always),
    ("Mar", Month),
    ("Messrs", Always),
    ("Mich", Always),
    ("Minn", Always),
    ("Mr", Always),
    ("Mrs", Always),
    ("Ms", Always),
    ("Mt", Always),
    ("No", BeforeNumber),
    ("Nos", BeforeNumber),
    ("Nov", Month),
    ("Oct", Month),
    ("Okla", Always),
    ("Pres", Always),
    ("Prof", Always),
    ("Rep", Always),
    ("Rev", Always),
    ("Sen", Always),
    ("Sep", Month),
    ("Sept", Month),
    ("Sgt", Always),
    ("Sr", Ender),
    ("St", Always),
    ("Supt", Always),
    ("Tenn", Always),
    ("Univ", Always),
    ("Vol", BeforeNumber),
    ("Wis", Always),
    ("Wyo", Always),
    ("al", Always),
    ("approx", Always),
    ("ca", Always),
    ("cf", Always),
    ("esp", Always),
    ("etc", Ender),
    ("excl", Always),
    ("fig", BeforeNumber),
    ("incl", Always),
    ("no", BeforeNumber),
    ("pp", BeforeNumber),
    ("viz", Always),
    ("vol", BeforeNumber),
    ("vs", Always),
];

fn find(list: &[(&str, Class)], word: &[u8]) -> Option<Class> {
    list.binary_search_by(|(k, _)| k.as_bytes().cmp(word))
        .ok()
        .and_then(|i| list.get(i))
        .map(|&(_, c)| c)
}

/// Looks `word` (without its period) up for a language: `nl`, `en` or both for others.
pub(super) fn lookup(word: &str, lang: super::Lang) -> Option<Class> {
    let w = word.as_bytes();
    if w.is_empty() || w.len() > 8 || !w.is_ascii() {
        return None;
    }
    let mut buf = [0u8; 8];
    let lower_first = buf.get_mut(..w.len()).map(|b| {
        b.copy_from_slice(w);
        if let Some(f) = b.first_mut() {
            f.make_ascii_lowercase();
        }
        &*b
    })?;
    let mut buf2 = [0u8; 8];
    let lower = buf2.get_mut(..w.len()).map(|b| {
        b.copy_from_slice(w);
        b.make_ascii_lowercase();
        &*b
    })?;
    match lang {
        super::Lang::Nl => find(NL, lower),
        super::Lang::En => find(EN, w).or_else(|| find(EN, lower_first)),
        super::Lang::Other => find(EN, w)
            .or_else(|| find(EN, lower_first))
            .or_else(|| find(NL, lower)),
    }
}

/// English prefixes that keep their hyphen in UD English EWT (`e-mail`, `non-profit`).
pub(super) fn is_en_hyphen_prefix(word: &str) -> bool {
    let w = word.as_bytes();
    if w.is_empty() || w.len() > 7 || !w.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 7];
    let Some(lower) = buf.get_mut(..w.len()) else {
        return false;
    };
    lower.copy_from_slice(w);
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        b"e" | b"non"
            | b"pre"
            | b"anti"
            | b"re"
            | b"mid"
            | b"post"
            | b"co"
            | b"over"
            | b"pro"
            | b"multi"
            | b"ex"
            | b"sub"
            | b"semi"
            | b"neo"
            | b"cross"
            | b"vice"
            | b"un"
            | b"socio"
            | b"micro"
            | b"intra"
            | b"inter"
            | b"counter"
            | b"mis"
            | b"psycho"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted() {
        for list in [NL, EN] {
            for w in list.windows(2) {
                if let [a, b] = w {
                    assert!(a.0.as_bytes() < b.0.as_bytes(), "{} !< {}", a.0, b.0);
                }
            }
        }
    }

    #[test]
    fn lookups() {
        use super::super::Lang;
        assert_eq!(lookup("dhr", Lang::Nl), Some(Always));
        assert_eq!(lookup("Dhr", Lang::Nl), Some(Always));
        assert_eq!(lookup("enz", Lang::Nl), Some(Ender));
        assert_eq!(lookup("Mr", Lang::En), Some(Always));
        assert_eq!(lookup("no", Lang::En), Some(BeforeNumber));
        assert_eq!(lookup("Etc", Lang::En), Some(Ender));
        assert_eq!(lookup("mr", Lang::En), None);
        assert_eq!(lookup("huis", Lang::Nl), None);
        assert_eq!(lookup("verylongword", Lang::Nl), None);
    }
}
