//! One language's syntax model (tagger, lemmatiser, parser) and its file format.

use kroniek_core::TokenSyntax;

use crate::codec::{Reader, Writer};
use crate::ensemble;
use crate::error::{Error, Result};
use crate::finetag;
use crate::infinitive;
use crate::lemma::Lemmatizer;
use crate::names;
use crate::objects;
use crate::parser::Parser;
use crate::particles::Particles;
use crate::perfect;
use crate::relabel::Relabeler;
use crate::separable;
use crate::tagger::{Tagger, Tok};

const MAGIC: &[u8; 7] = b"KRSYNTX";

/// The model format version written: 2 = quantised weights, deflate-compressed body; 3 = and
/// the tagger's external lexicon (version 2 files are still read, with an empty lexicon); 4 =
/// and the parser's transition feature set and the lemmatiser's infix deletion (older files read
/// as feature set 0 and rules without deletion); 5 = and the parser's beam width (older files
/// parse greedily); 6 = and the tagger's word clusters (older files: none, and no cluster
/// features); 7 = and the weights its fine tags share per UPOS ([`crate::groups`]; older
/// files: none); 8 = and the words seen in each closed word class ([`crate::closed`]; older
/// files: no constraint); 9 = and the words that are mostly verb particles
/// ([`crate::particles`]; older files: none); 10 = and the relabeler ([`crate::relabel`];
/// older files: none, the parser's relations stay); 11 = and further parsers that vote with the
/// first ([`crate::ensemble`]; older files: none). The newest version read; a model of one
/// parser is written as version [`SINGLE_VERSION`], so its file stays what it was.
pub const VERSION: u8 = 11;

/// The version a model without an ensemble is written in (the last before ensembles).
pub const SINGLE_VERSION: u8 = 10;

/// A trained model for one language.
#[derive(Clone, Debug, Default)]
pub struct SyntaxModel {
    /// ISO 639-1 code of the language it was trained for.
    pub lang: String,
    /// The UPOS tagger.
    pub tagger: Tagger,
    /// The lemmatiser.
    pub lemmatizer: Lemmatizer,
    /// The dependency parser.
    pub parser: Parser,
    /// The words that are mostly verb particles.
    pub particles: Particles,
    /// The second choice of each relation from the complete tree.
    pub relabeler: Relabeler,
    /// Further taggers and parsers (trained alike with other seeds) whose trees vote with the
    /// first parser's ([`crate::ensemble`]); empty: the first parser's tree stands.
    pub ensemble: Vec<Member>,
    /// How many parsers vote, the first included (not stored; 0 = all of them, 1 = the first
    /// parser alone, the fastest).
    pub voters: usize,
    /// Dutch foreign multiword units joined by `fixed` after parsing ([`crate::foreign`]; not
    /// stored: on unless turned off for measuring).
    pub foreign_fixed: bool,
}

/// A further voter in an ensemble: a tagger, the parser trained on its tags and a relabeler
/// (each parser reads the tags of its own tagger: given another seed's tags, a Dutch parser
/// lost 0.6 UAS). The lemmatiser and the particle list are the first model's: their training
/// does not depend on the seed.
#[derive(Clone, Debug, Default)]
pub struct Member {
    /// The member's tagger.
    pub tagger: Tagger,
    /// The parser trained on that tagger's tags.
    pub parser: Parser,
    /// The member's relabeler.
    pub relabeler: Relabeler,
}

impl SyntaxModel {
    /// Analyse one sentence given as word forms: UPOS, lemma, compound lemma, head, deprel.
    pub fn analyse(&self, forms: &[&str]) -> Vec<TokenSyntax> {
        let mut out = self.tree(&self.tagger, &self.parser, &self.relabeler, forms);
        let voters = match self.voters {
            0 => self.ensemble.len() + 1,
            k => k.min(self.ensemble.len() + 1),
        };
        if voters > 1 {
            let arcs = |t: &[TokenSyntax]| -> Vec<(usize, String)> {
                t.iter()
                    .map(|w| (w.head as usize, w.deprel.clone()))
                    .collect()
            };
            // A member votes only where its tagger finds the verbs the first one found: the
            // output keeps the first tagger's tags, and a tree built around other verbs does
            // not fit them ("prees" read as a noun made "De Europese Commissie prees …" a name).
            let verbs = |t: &[TokenSyntax]| -> Vec<bool> {
                t.iter()
                    .map(|w| matches!(w.upos.as_str(), "VERB" | "AUX"))
                    .collect()
            };
            let first_verbs = verbs(&out);
            let mut trees = vec![arcs(&out)];
            for m in self.ensemble.iter().take(voters - 1) {
                let tree = self.tree(&m.tagger, &m.parser, &m.relabeler, forms);
                if verbs(&tree) == first_verbs {
                    trees.push(arcs(&tree));
                }
            }
            let voted = match trees.len() {
                1 => None,
                n => ensemble::vote(&trees, &vec![1.0; n]),
            };
            if let Some(voted) = voted {
                for (t, (head, deprel)) in out.iter_mut().zip(voted) {
                    t.head = head as u32;
                    t.deprel = deprel;
                    t.compound_lemma = None;
                }
                add_compound_lemmas(&self.lang, &mut out);
            }
        }
        out
    }

    /// One tagger's and parser's analysis, with the relabeler and the repairs after parsing.
    fn tree(
        &self,
        tagger: &Tagger,
        parser: &Parser,
        relabeler: &Relabeler,
        forms: &[&str],
    ) -> Vec<TokenSyntax> {
        let toks: Vec<Tok> = tagger.toks(forms);
        let mut tags = tagger.tag(&toks);
        separable::retag(&self.lang, tagger, forms, &mut tags);
        let tags = &tags[..];
        let (mut heads, labels) = parser.parse(&toks, tags);
        let tagset = tagger.tags();
        attach_punctuation(&mut heads, forms, tags, tagset);
        // The first word after any opening punctuation (quotes, dashes) begins the sentence.
        let first_word = toks.iter().position(|t| !t.punct).unwrap_or(0);
        let labelset = parser.labels();
        let mut out: Vec<TokenSyntax> = forms
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let (upos, feats) = tags
                    .get(i)
                    .and_then(|&t| tagset.get(t))
                    .map_or(("X", None), |t| finetag::split(t));
                TokenSyntax {
                    upos: upos.to_string(),
                    xpos: None,
                    feats: feats.map(str::to_string),
                    lemma: self.lemmatizer.lemma_in_sentence(f, upos, i == first_word),
                    compound_lemma: None,
                    head: heads.get(i).copied().unwrap_or(0) as u32,
                    deprel: labels
                        .get(i)
                        .and_then(|&l| labelset.get(l as usize))
                        .cloned()
                        .unwrap_or_else(|| "dep".to_string()),
                }
            })
            .collect();
        relabeler.relabel(&toks, tags, &mut out);
        if self.foreign_fixed {
            crate::foreign::fix_foreign_units(&self.lang, &mut out);
        }
        perfect::attach_perfects(&self.lang, &mut out);
        perfect::attach_copular_perfects(&self.lang, &mut out);
        names::attach_name_suffixes(&self.lang, forms, &mut out);
        infinitive::attach_infinitives(&self.lang, forms, &mut out);
        objects::attach_second_objects(&self.lang, &mut out);
        self.particles.reclaim(forms, &mut out);
        attach_particles(&mut out);
        add_compound_lemmas(&self.lang, &mut out);
        out
    }

    /// Encode as bytes: the magic, the version digit, and the deflate-compressed body.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.str(&self.lang);
        self.tagger.write(&mut w);
        self.lemmatizer.write(&mut w);
        self.parser.write(&mut w);
        self.particles.write(&mut w);
        self.relabeler.write(&mut w);
        let version = if self.ensemble.is_empty() {
            SINGLE_VERSION
        } else {
            w.u32(self.ensemble.len() as u32);
            for m in &self.ensemble {
                m.tagger.write(&mut w);
                m.parser.write(&mut w);
                m.relabeler.write(&mut w);
            }
            VERSION
        };
        let mut out = MAGIC.to_vec();
        out.push(b'0' + version);
        out.extend_from_slice(&miniz_oxide::deflate::compress_to_vec(&w.buf, 9));
        out
    }

    /// Decode from bytes written by [`SyntaxModel::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<SyntaxModel> {
        if bytes.get(..7) != Some(MAGIC.as_slice()) {
            return Err(Error::Model(
                "not a kroniek syntax model (bad magic)".into(),
            ));
        }
        let body;
        let mut r = match bytes.get(7) {
            Some(b'1') => {
                let mut r = Reader::new(&bytes[8..]);
                r.version = 1;
                r
            }
            Some(&v) if (b'2'..=b'0' + VERSION).contains(&v) => {
                body = miniz_oxide::inflate::decompress_to_vec_with_limit(&bytes[8..], 1 << 30)
                    .map_err(|e| Error::Model(format!("cannot decompress: {e}")))?;
                let mut r = Reader::new(&body);
                r.version = v - b'0';
                r
            }
            _ => return Err(Error::Model("unknown model format version".into())),
        };
        let mut model = SyntaxModel {
            lang: r.str()?,
            tagger: Tagger::read(&mut r)?,
            lemmatizer: Lemmatizer::read(&mut r)?,
            parser: Parser::read(&mut r)?,
            particles: Particles::read(&mut r)?,
            relabeler: Relabeler::read(&mut r)?,
            ensemble: Vec::new(),
            voters: 0,
            foreign_fixed: true,
        };
        if r.version >= 11 {
            for _ in 0..r.u32()? {
                model.ensemble.push(Member {
                    tagger: Tagger::read(&mut r)?,
                    parser: Parser::read(&mut r)?,
                    relabeler: Relabeler::read(&mut r)?,
                });
            }
        }
        if !r.at_end() {
            return Err(Error::Model("trailing bytes".into()));
        }
        Ok(model)
    }
}

/// Punctuation where today's UD convention puts it, given the parsed rest of the tree
/// ([`crate::punct`]): the parser's own choice for a mark is right less often (Dutch, Alpino
/// dev cross-validated: 79.9% → 81.2% of marks, UAS +0.15; English EWT dev +0.09 UAS).
fn attach_punctuation(heads: &mut [usize], forms: &[&str], tags: &[usize], tagset: &[String]) {
    let punct: Vec<bool> = tags
        .iter()
        .map(|&t| {
            tagset
                .get(t)
                .is_some_and(|s| finetag::split(s).0 == "PUNCT")
        })
        .collect();
    let mut h: Vec<u32> = heads.iter().map(|&h| h as u32).collect();
    crate::punct::attach_punctuation(&mut h, forms, &punct);
    for (a, b) in heads.iter_mut().zip(h) {
        *a = b as usize;
    }
}

/// A verb particle (`compound:prt`) hangs from a verb (every one of Alpino and LassySmall dev's
/// 349 does): one the parser hangs from another word ("sprak … steun uit" with `uit` under
/// `steun`) moves to the nearest verb above that word, so that the verb keeps its particle.
/// An ancestor is never a descendant, so the tree stays a tree.
pub fn attach_particles(toks: &mut [TokenSyntax]) {
    for i in 0..toks.len() {
        if toks[i].deprel != "compound:prt" {
            continue;
        }
        let mut h = toks[i].head as usize;
        let mut steps = 0;
        while h != 0 && steps < toks.len() {
            match toks.get(h - 1) {
                Some(t) if t.upos == "VERB" => break,
                Some(t) => h = t.head as usize,
                None => h = 0,
            }
            steps += 1;
        }
        if h != 0 && h != i + 1 && steps < toks.len() {
            toks[i].head = h as u32;
        }
    }
}

/// Recombine separable verbs: a particle attached to a verb with `compound:prt` gives the verb a
/// compound lemma (Dutch `riep … op` → `oproepen`; English `gave … up` → `give up`).
pub fn add_compound_lemmas(lang: &str, toks: &mut [TokenSyntax]) {
    for i in 0..toks.len() {
        if toks[i].deprel != "compound:prt" || toks[i].head == 0 {
            continue;
        }
        let h = toks[i].head as usize - 1;
        if h == i || !matches!(toks.get(h).map(|t| t.upos.as_str()), Some("VERB" | "AUX")) {
            continue;
        }
        let particle = toks[i].lemma.to_lowercase();
        let verb = toks[h].lemma.clone();
        let compound = if lang == "nl" {
            if verb.starts_with(&particle) {
                continue;
            }
            format!("{particle}{verb}")
        } else {
            format!("{verb} {particle}")
        };
        toks[h].compound_lemma = Some(compound);
    }
}
