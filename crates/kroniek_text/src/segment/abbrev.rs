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
const NL: &[(&str, Class)] = &[
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
const EN: &[(&str, Class)] = &[
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

/// A word of at most eight bytes packed big-endian into a `u64`, zero-padded.
const fn pack(w: &[u8]) -> u64 {
    let mut k = 0u64;
    let mut i = 0;
    while i < 8 {
        k <<= 8;
        if i < w.len() {
            k |= w[i] as u64;
        }
        i += 1;
    }
    k
}

/// Slots of an open-addressing hash table of packed keys (a power of two, at least twice the
/// longest list).
const SLOTS: usize = 256;

/// The home slot of a packed key.
#[inline]
const fn slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize % SLOTS
}

/// The list as a hash table with linear probing; key 0 marks an empty slot (entries are
/// non-empty, so their keys are not 0).
const fn table(list: &[(&str, Class)]) -> [(u64, Class); SLOTS] {
    let mut out = [(0u64, Class::Always); SLOTS];
    let mut i = 0;
    while i < list.len() && i < SLOTS / 2 {
        let key = pack(list[i].0.as_bytes());
        let mut h = slot(key);
        while out[h].0 != 0 {
            h = (h + 1) % SLOTS;
        }
        out[h] = (key, list[i].1);
        i += 1;
    }
    out
}

static NL_TABLE: [(u64, Class); SLOTS] = table(NL);
static EN_TABLE: [(u64, Class); SLOTS] = table(EN);

#[inline]
fn find(table: &[(u64, Class); SLOTS], key: u64) -> Option<Class> {
    let mut h = slot(key);
    for _ in 0..SLOTS {
        let &(k, c) = table.get(h)?;
        if k == key {
            return Some(c);
        }
        if k == 0 {
            return None;
        }
        h = (h + 1) % SLOTS;
    }
    None
}

/// Looks `word` (without its period) up for a language: `nl`, `en` or both for others.
pub(super) fn lookup(word: &str, lang: super::Lang) -> Option<Class> {
    let w = word.as_bytes();
    // no entry has a NUL byte, and without them packing keeps words apart
    if w.is_empty() || w.len() > 8 || !w.is_ascii() || w.contains(&0) {
        return None;
    }
    let key = pack(w);
    // ASCII letters lowercase by setting their 0x20 bit
    let lower = if w.iter().all(u8::is_ascii_alphabetic) {
        key | (0x2020_2020_2020_2020u64 << (8 * (8 - w.len())))
    } else {
        lower_slow(w)
    };
    let lower_first = if w.first().is_some_and(u8::is_ascii_alphabetic) {
        key | (0x20 << 56)
    } else {
        key
    };
    match lang {
        super::Lang::Nl => find(&NL_TABLE, lower),
        super::Lang::En => find(&EN_TABLE, key).or_else(|| find(&EN_TABLE, lower_first)),
        super::Lang::Other => find(&EN_TABLE, key)
            .or_else(|| find(&EN_TABLE, lower_first))
            .or_else(|| find(&NL_TABLE, lower)),
    }
}

/// The packed key of the ASCII-lowercased word.
#[cold]
fn lower_slow(w: &[u8]) -> u64 {
    let mut buf = [0u8; 8];
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    pack(buf.get(..w.len()).unwrap_or(&[]))
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
            assert!(list.iter().all(|(w, _)| !w.is_empty() && w.len() <= 8));
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
        assert_eq!(lookup("DHR", Lang::Nl), Some(Always));
        assert_eq!(lookup("MR", Lang::En), None);
        assert_eq!(lookup("Messrs", Lang::En), Some(Always));
        assert_eq!(lookup("mESSRS", Lang::En), None);
        assert_eq!(lookup("ETC", Lang::Other), Some(Ender));
        assert_eq!(lookup("st", Lang::Other), Some(Always));
        assert_eq!(lookup("s1", Lang::Nl), None);
        for (list, table) in [(NL, &NL_TABLE), (EN, &EN_TABLE)] {
            assert!(list.len() <= SLOTS / 2);
            assert_eq!(table.iter().filter(|(k, _)| *k != 0).count(), list.len());
            for (w, c) in list {
                assert_eq!(find(table, pack(w.as_bytes())), Some(*c));
            }
        }
        assert_eq!(lookup("\0", Lang::Nl), None);
        assert_eq!(lookup("al\0", Lang::En), None);
        assert_eq!(find(&NL_TABLE, pack(b"zzz")), None);
    }
}
