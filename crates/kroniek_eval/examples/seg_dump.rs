//! Prints a fingerprint of the segmentation of CoNLL-U running text, of the raw files and of
//! seeded random texts, for checking that a change to the segmenter keeps its output identical.
//!
//! `cargo run --release -p kroniek_eval --example seg_dump -- FILE...`
//!
//! Each line names an input and a language and gives token, sentence and paragraph counts and a
//! hash of all spans and kinds. Compare the output before and after a change with `diff`.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::PathBuf;

use kroniek_eval::conllu::read_conllu;
use kroniek_eval::segment_eval::{GoldTokens, gold_text};

fn fingerprint(name: &str, text: &str) {
    for lang in ["nl", "en", "fr"] {
        let seg = kroniek_text::segment::segment(text, lang);
        let mut h = DefaultHasher::new();
        for t in &seg.tokens {
            (t.span.start(), t.span.end(), format!("{:?}", t.kind)).hash(&mut h);
        }
        for s in &seg.sentences {
            (s.span.start(), s.span.end(), s.first_token, s.end_token).hash(&mut h);
        }
        for p in &seg.paragraphs {
            (p.start(), p.end()).hash(&mut h);
        }
        println!(
            "{name} {lang}: {} tokens {} sentences {} paragraphs {:016x}",
            seg.tokens.len(),
            seg.sentences.len(),
            seg.paragraphs.len(),
            h.finish()
        );
    }
}

/// A small deterministic generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

/// Random text from pieces that exercise the tokenizer's rules.
fn random_text(seed: u64, pieces: usize) -> String {
    const PIECES: &[&str] = &[
        " ",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "\t",
        "\r\n",
        "\u{a0}",
        "\u{200b}",
        "\u{feff}",
        "\u{2028}",
        "a",
        "b",
        "Z",
        "é",
        "É",
        "ß",
        "ñ",
        "ĳ",
        "и",
        "Ж",
        "中",
        "\u{301}",
        "\u{ad}",
        "\u{200c}",
        "\u{200d}",
        "0",
        "1",
        "7",
        "12",
        "2021",
        "¹",
        "½",
        "٣",
        ".",
        "..",
        "...",
        "…",
        ",",
        ";",
        ":",
        "!",
        "?",
        "!?",
        "'",
        "''",
        "\"",
        "`",
        "``",
        ",,",
        "’",
        "‘",
        "ʼ",
        "“",
        "”",
        "«",
        "»",
        "‹",
        "›",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "-",
        "--",
        "‐",
        "‑",
        "–",
        "—",
        "/",
        "\\",
        "@",
        "#",
        "_",
        "&",
        "%",
        "$",
        "€",
        "£",
        "°",
        "©",
        "+",
        "=",
        "<",
        ">",
        "|",
        "~",
        "^",
        "*",
        "•",
        "·",
        "▪",
        "😀",
        "👍",
        "🏻",
        "\u{fe0f}",
        "🇳",
        "🇱",
        "☺",
        "⌚",
        "\u{20e3}",
        "\u{e0067}",
        ":-)",
        ";)",
        ":D",
        ":P",
        ":(",
        "http://",
        "https://",
        "www.",
        "ftp://",
        "x.com",
        "a@b.nl",
        "info@",
        ".nl",
        ".pdf",
        ".com",
        "o.a.",
        "A.S.",
        "U.S.",
        "Ph.D.",
        "Dr.",
        "dr.",
        "Dhr.",
        "DHR.",
        "bijv.",
        "Bijv.",
        "enz.",
        "etc.",
        "Etc.",
        "Inc.",
        "Jr.",
        "nr.",
        "No.",
        "no.",
        "art.",
        "aug.",
        "Aug.",
        "jan.",
        "mrt.",
        "e.d.",
        "e.a.",
        "v.Chr.",
        "n.Chr.",
        "St.-",
        "O.L.V.-",
        "'s",
        "'t",
        "'n",
        "'S",
        "'ie",
        "'em",
        "'er",
        "'re",
        "'ve",
        "'ll",
        "'d",
        "'m",
        "n't",
        "cannot",
        "gonna",
        "Gonna",
        "wanna",
        "gotta",
        "outta",
        "e-",
        "non-",
        "anti-",
        "-ie",
        "zo'n",
        "'30",
        "'60s",
        "1e",
        "2de",
        "3ste",
        "4er",
        "1st",
        "2nd",
        "3rd",
        "4th",
        "14.30",
        " uur",
        " u.",
        " h ",
        "09:15",
        "20-08-2021",
        "9/11",
        "1,000.50",
        "3,5",
        "150.000",
        "3D",
        "20-jarige",
        "20%",
        "en/of",
        "land- en",
        "AT&T",
        "R&D",
        "'s-Hertogenbosch",
        "- ",
        "* ",
        "• ",
        "– ",
        "1. ",
        "12) ",
        "Kaboel",
        "Massoud",
        "de",
        "het",
        "The",
        "kwam",
        "Hij",
        "was",
        "don",
        "Taliban",
        "e-mail",
        "co-",
        "@user",
        "#tag",
        "##",
        "==",
        "**",
        "__",
        "~~",
        "++",
        "<<",
        ">>",
        "$$",
        "//",
        "\\\\",
        "||",
        "^^",
        "\u{0}",
        "\u{7f}",
        "\u{1}",
        "\u{85}",
        "\u{200e}",
        "\u{2060}",
        "AAA",
        "a.b",
        "a.b.c.d.e",
        "abcdefghij.",
        "x.",
        "X.",
        "é.",
        "É.",
        "ж.",
        "1.",
        "12.",
        "a.1",
    ];
    let mut r = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut s = String::new();
    for _ in 0..pieces {
        s.push_str(r.pick(PIECES));
    }
    s
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    for p in std::env::args().skip(1).map(PathBuf::from) {
        let name = p
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let g = gold_text(&read_conllu(&p)?, GoldTokens::Surface);
        fingerprint(&format!("{name}:gold"), &g.text);
        let raw = std::fs::read_to_string(&p)?;
        fingerprint(&format!("{name}:raw"), &raw);
    }
    for seed in 0..2000u64 {
        let t = random_text(seed, 5 + (seed as usize % 200));
        fingerprint(&format!("random{seed}"), &t);
    }
    let big: String = (0..200u64).map(|s| random_text(s + 10_000, 5000)).collect();
    fingerprint("random-big", &big);
    Ok(())
}
