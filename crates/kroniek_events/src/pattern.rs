//! Event patterns: one TSV row per pattern, read once when the stage is built.
//!
//! Columns (tab-separated, header first, `#` lines and blank lines ignored):
//! `id  trigger  pos  requires  type  mode  cameo  source  target  control  confidence  example`.
//! `-` marks an empty cell. See `data/events/README.md` for the notation.

use kroniek_core::{ControlEffect, PloverType};

use crate::error::{Error, Result};

/// Which words a trigger may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TriggerPos {
    /// A verb (also a participle tagged as adjective).
    Verb,
    /// A noun ("aanval", "attack").
    Noun,
}

/// A lemma test: alternatives (`wapen|geweer`) or a word class (`@weapons`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LemmaTest {
    /// Any dependent at all.
    Any,
    /// One of these lemmas (lowercase) or word classes of the lexicon (`@weapons`).
    Words(Vec<String>),
}

/// Which dependent a constraint or role looks at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rel {
    /// Subject (active voice).
    Subj,
    /// Direct object (also the subject of a passive).
    Obj,
    /// Indirect object.
    Iobj,
    /// A clausal complement (xcomp, ccomp) with this lemma.
    Comp,
    /// Any dependent.
    Any,
    /// A dependent introduced by this preposition (`om`, `tot`, `against`).
    Prep(String),
    /// Possessor ("Israel's", "zijn").
    Poss,
    /// The noun the trigger modifies (acl, amod) or governs as its object's verb subject.
    Head,
}

/// A required dependent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Constraint {
    /// Which dependent.
    pub rel: Rel,
    /// Its lemma.
    pub lemma: LemmaTest,
}

/// A role: a path of relations from the trigger (`obl:tot>obl:tegen`).
pub type RoleSpec = Vec<Rel>;

/// One pattern.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    /// `nl:veroveren`.
    pub id: String,
    /// Trigger lemmas (lowercase; English phrasal verbs as `call off`).
    pub triggers: Vec<String>,
    /// Verb or noun.
    pub pos: TriggerPos,
    /// Required dependents.
    pub requires: Vec<Constraint>,
    /// PLOVER type.
    pub kind: PloverType,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// CAMEO code.
    pub cameo: String,
    /// Source roles in order of preference.
    pub source: Vec<RoleSpec>,
    /// Target roles in order of preference.
    pub target: Vec<RoleSpec>,
    /// Control effect.
    pub control: Option<ControlEffect>,
    /// Base confidence.
    pub confidence: f32,
    /// A sentence the pattern must code.
    pub example: String,
}

fn cell(s: &str) -> Option<&str> {
    let s = s.trim();
    (!s.is_empty() && s != "-").then_some(s)
}

fn rel(s: &str) -> std::result::Result<Rel, String> {
    let (head, arg) = match s.split_once(':') {
        Some((h, a)) => (h, Some(a)),
        None => (s, None),
    };
    Ok(match (head, arg) {
        ("nsubj" | "subj", None) => Rel::Subj,
        ("obj", None) => Rel::Obj,
        ("iobj", None) => Rel::Iobj,
        ("comp" | "xcomp" | "ccomp", None) => Rel::Comp,
        ("any", None) => Rel::Any,
        ("poss", None) => Rel::Poss,
        ("head", None) => Rel::Head,
        ("obl" | "nmod" | "prep", Some(p)) if !p.is_empty() => Rel::Prep(p.to_lowercase()),
        ("agent", None) => Rel::Prep("door".into()),
        _ => return Err(format!("unknown relation `{s}`")),
    })
}

fn lemma_test(s: &str) -> LemmaTest {
    match s {
        "" | "*" => LemmaTest::Any,
        w => LemmaTest::Words(w.split('|').map(|x| x.trim().to_lowercase()).collect()),
    }
}

fn constraint(s: &str) -> std::result::Result<Constraint, String> {
    // `obj:sanctie`, `om:@weapons`, `tot:strijd|verzet`, `comp:*`
    let (r, l) = s
        .split_once(':')
        .ok_or_else(|| format!("constraint `{s}` needs `relation:lemma`"))?;
    let rel = match r {
        "nsubj" | "subj" | "obj" | "iobj" | "comp" | "xcomp" | "ccomp" | "any" | "poss" => rel(r)?,
        p => Rel::Prep(p.to_lowercase()),
    };
    Ok(Constraint {
        rel,
        lemma: lemma_test(l),
    })
}

fn roles(s: Option<&str>) -> std::result::Result<Vec<RoleSpec>, String> {
    let Some(s) = s else { return Ok(Vec::new()) };
    s.split(',')
        .map(|spec| spec.trim().split('>').map(|r| rel(r.trim())).collect())
        .collect()
}

fn control(s: &str) -> std::result::Result<ControlEffect, String> {
    Ok(match s {
        "captures" => ControlEffect::Captures,
        "loses" => ControlEffect::Loses,
        "falls_to" => ControlEffect::FallsTo,
        "holds" => ControlEffect::Holds,
        "contests" => ControlEffect::Contests,
        "claims" => ControlEffect::Claims,
        _ => return Err(format!("unknown control effect `{s}`")),
    })
}

const HEADER: [&str; 12] = [
    "id",
    "trigger",
    "pos",
    "requires",
    "type",
    "mode",
    "cameo",
    "source",
    "target",
    "control",
    "confidence",
    "example",
];

fn row(cols: &[&str]) -> std::result::Result<Pattern, String> {
    if cols.len() != HEADER.len() {
        return Err(format!("{} columns, expected {}", cols.len(), HEADER.len()));
    }
    let id = cell(cols[0]).ok_or("missing id")?.to_string();
    let triggers: Vec<String> = cell(cols[1])
        .ok_or("missing trigger")?
        .split('|')
        .map(|t| t.trim().to_lowercase())
        .collect();
    let pos = match cols[2].trim() {
        "verb" => TriggerPos::Verb,
        "noun" => TriggerPos::Noun,
        p => return Err(format!("pos `{p}` is not verb or noun")),
    };
    let requires = match cell(cols[3]) {
        Some(r) => r
            .split(',')
            .map(|c| constraint(c.trim()))
            .collect::<std::result::Result<_, _>>()?,
        None => Vec::new(),
    };
    let kind = PloverType::parse(cols[4]).ok_or_else(|| format!("unknown type `{}`", cols[4]))?;
    let cameo = cell(cols[6]).ok_or("missing CAMEO code")?;
    if !cameo.bytes().all(|b| b.is_ascii_digit()) || !(2..=4).contains(&cameo.len()) {
        return Err(format!("CAMEO code `{cameo}` is not 2–4 digits"));
    }
    let confidence: f32 = cols[10]
        .trim()
        .parse()
        .map_err(|_| format!("confidence `{}` is not a number", cols[10]))?;
    if !(0.0..=1.0).contains(&confidence) {
        return Err(format!("confidence {confidence} outside [0, 1]"));
    }
    Ok(Pattern {
        id,
        triggers,
        pos,
        requires,
        kind,
        mode: cell(cols[5]).map(str::to_string),
        cameo: cameo.to_string(),
        source: roles(cell(cols[7]))?,
        target: roles(cell(cols[8]))?,
        control: cell(cols[9]).map(control).transpose()?,
        confidence,
        example: cell(cols[11]).ok_or("missing example")?.to_string(),
    })
}

/// Parse a pattern file; errors name the file and line.
pub fn parse(file: &'static str, text: &str) -> Result<Vec<Pattern>> {
    let err = |line: usize, message: String| Error::Pattern {
        file,
        line,
        message,
    };
    let mut out: Vec<Pattern> = Vec::new();
    let mut header_seen = false;
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if !header_seen {
            if cols.iter().map(|c| c.trim()).ne(HEADER) {
                return Err(err(n, format!("header must be `{}`", HEADER.join("\\t"))));
            }
            header_seen = true;
            continue;
        }
        let p = row(&cols).map_err(|m| err(n, m))?;
        if out.iter().any(|q| q.id == p.id) {
            return Err(err(n, format!("duplicate id `{}`", p.id)));
        }
        out.push(p);
    }
    if !header_seen {
        return Err(err(1, "empty pattern file".into()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]
    use super::*;

    const H: &str = "id\ttrigger\tpos\trequires\ttype\tmode\tcameo\tsource\ttarget\tcontrol\tconfidence\texample\n";

    #[test]
    fn parses_a_row() {
        let t = format!(
            "{H}nl:vragen-wapens\tvragen\tverb\tom:@weapons\tREQUEST\tmilitary-aid\t0232\tnsubj\tobj,obl:aan\t-\t0.9\tZij vroegen de wereld om wapens.\n"
        );
        let p = parse("t.tsv", &t).unwrap();
        assert_eq!(p[0].kind, PloverType::Request);
        assert_eq!(p[0].requires[0].rel, Rel::Prep("om".into()));
        assert_eq!(p[0].target[1], vec![Rel::Prep("aan".into())]);
    }

    #[test]
    fn errors_name_file_and_line() {
        let t = format!("{H}\nx\tvragen\tverb\t-\tNOPE\t-\t010\tnsubj\tobj\t-\t0.9\tx\n");
        let e = parse("t.tsv", &t).unwrap_err().to_string();
        assert!(e.starts_with("t.tsv:3:"), "{e}");
        assert!(
            parse("t.tsv", "id\tx\n")
                .unwrap_err()
                .to_string()
                .contains("t.tsv:1")
        );
    }
}
