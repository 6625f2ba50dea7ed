#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]
//! Training, determinism, model files, CoNLL-U round trips, the stage, and (when the corpora
//! are present) the built-in models' accuracy.

mod common;

use std::path::{Path, PathBuf};

use kroniek_core::{
    Document, Lang, LanguageLayer, Layer, Metadata, NormalizedText, OffsetMap, Segments,
    Sentence as CoreSentence, Span, Stage, Token, TokenKind, TokenSyntax,
};
use kroniek_syntax::conllu::{parse_str, write_sentence};
use kroniek_syntax::model::{add_compound_lemmas, attach_particles};
use kroniek_syntax::{SyntaxModel, SyntaxStage};

// Our own sentences (not from any corpus), including a non-projective tree (sentence 3:
// arc 5→2 crosses 1→4... written to cross on purpose).
const TOY: &str = "# text = De man riep de mensen op .
1\tDe\tde\tDET\t_\t_\t2\tdet\t_\t_
2\tman\tman\tNOUN\t_\t_\t3\tnsubj\t_\t_
3\triep\troepen\tVERB\t_\t_\t0\troot\t_\t_
4\tde\tde\tDET\t_\t_\t5\tdet\t_\t_
5\tmensen\tmens\tNOUN\t_\t_\t3\tobj\t_\t_
6\top\top\tADP\t_\t_\t3\tcompound:prt\t_\t_
7\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

# text = Het leger kwam gisteren aan .
1\tHet\thet\tDET\t_\t_\t2\tdet\t_\t_
2\tleger\tleger\tNOUN\t_\t_\t3\tnsubj\t_\t_
3\tkwam\tkomen\tVERB\t_\t_\t0\troot\t_\t_
4\tgisteren\tgisteren\tADV\t_\t_\t3\tadvmod\t_\t_
5\taan\taan\tADP\t_\t_\t3\tcompound:prt\t_\t_
6\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

# text = Wie heeft hij gezien die hier woont ?
1\tWie\twie\tPRON\t_\t_\t4\tobj\t_\t_
2\theeft\thebben\tAUX\t_\t_\t4\taux\t_\t_
3\thij\thij\tPRON\t_\t_\t4\tnsubj\t_\t_
4\tgezien\tzien\tVERB\t_\t_\t0\troot\t_\t_
5\tdie\tdie\tPRON\t_\t_\t7\tnsubj\t_\t_
6\thier\thier\tADV\t_\t_\t7\tadvmod\t_\t_
7\twoont\twonen\tVERB\t_\t_\t1\tacl:relcl\t_\t_
8\t?\t?\tPUNCT\t_\t_\t4\tpunct\t_\t_

";

fn toy_model(dir: &Path) -> (SyntaxModel, Vec<u8>) {
    let opts = common::toy_options(dir, TOY);
    let (model, summary) = kroniek_syntax::train(&opts).unwrap();
    assert_eq!(summary.sentences, 3);
    assert_eq!(summary.non_projective, 1);
    let bytes = model.to_bytes();
    (model, bytes)
}

fn tmp(name: &str) -> PathBuf {
    common::tmp("syntax", name)
}

#[test]
fn trains_deterministically_and_fits_toy_data() {
    let dir = tmp("toy");
    let (model, bytes) = toy_model(&dir);
    let (_, again) = toy_model(&dir);
    assert_eq!(bytes, again, "training is deterministic");
    let loaded = SyntaxModel::from_bytes(&bytes).unwrap();
    assert_eq!(
        loaded.to_bytes(),
        bytes,
        "quantised weights survive a round trip"
    );
    let sents = parse_str(TOY, Path::new("toy")).unwrap();
    let report = kroniek_syntax::eval_sentences(&loaded, &sents);
    assert_eq!(report.words, 21);
    assert!(report.upos_accuracy() > 0.95, "{report}");
    assert!(report.uas() > 0.8, "{report}");
    let a = model.analyse(&["De", "man", "riep", "de", "mensen", "op", "."]);
    assert_eq!(a[2].lemma, "roepen");
    assert_eq!(a[2].compound_lemma.as_deref(), Some("oproepen"));
    assert!(SyntaxModel::from_bytes(&bytes[..bytes.len() / 2]).is_err());
    assert!(SyntaxModel::from_bytes(b"nonsense").is_err());
}

/// An ensemble of three parsers: trained deterministically, stored and read back whole, its
/// votes a tree, and with one voter exactly the first model's analysis.
#[test]
fn an_ensemble_travels_in_the_model_and_one_voter_is_the_first_parser() {
    let dir = tmp("ensemble");
    let mut opts = common::toy_options(&dir, TOY);
    opts.ensemble = 3;
    let (model, _) = kroniek_syntax::train(&opts).unwrap();
    assert_eq!(model.ensemble.len(), 2);
    let bytes = model.to_bytes();
    assert_eq!(bytes[7], b'0' + kroniek_syntax::model::VERSION);
    assert_eq!(kroniek_syntax::train(&opts).unwrap().0.to_bytes(), bytes);
    let loaded = SyntaxModel::from_bytes(&bytes).unwrap();
    assert_eq!(loaded.ensemble.len(), 2);
    assert_eq!(loaded.to_bytes(), bytes);
    // Each further member is the model that its seed trains alone.
    let mut second = opts.clone();
    second.ensemble = 1;
    second.seed += 1;
    let (alone, _) = kroniek_syntax::train(&second).unwrap();
    let mut member = alone.clone();
    member.tagger = loaded.ensemble[0].tagger.clone();
    member.parser = loaded.ensemble[0].parser.clone();
    member.relabeler = loaded.ensemble[0].relabeler.clone();
    assert_eq!(member.to_bytes(), alone.to_bytes());

    let forms = ["Wie", "heeft", "hij", "gezien", "die", "hier", "woont", "?"];
    let voted = loaded.analyse(&forms);
    assert_eq!(voted.iter().filter(|t| t.head == 0).count(), 1, "{voted:?}");
    let mut first = loaded.clone();
    first.ensemble.clear();
    let mut one = loaded.clone();
    one.voters = 1;
    assert_eq!(one.analyse(&forms), first.analyse(&forms));
}

// Our own cluster file: the toy treebank's words and a few it never saw.
const TOY_CLUSTERS: &str = "de\t50\t1\t1\t1\nhet\t40\t1\t1\t2\nman\t9\t2\t5\t20\n\
    mensen\t8\t2\t5\t21\nleger\t7\t2\t5\t20\nvrouw\t6\t2\t5\t20\n\
    riep\t5\t3\t7\t30\nkwam\t5\t3\t7\t30\nzag\t4\t3\t7\t30\n";

#[test]
fn clusters_become_features_and_travel_in_the_model() {
    let dir = tmp("clusters");
    let mut opts = common::toy_options(&dir, TOY);
    let path = dir.join("clusters.tsv");
    std::fs::write(&path, TOY_CLUSTERS).unwrap();
    opts.clusters = Some(path);
    opts.beam = 4;
    let (model, summary) = kroniek_syntax::train(&opts).unwrap();
    assert_eq!(summary.clusters, 9);
    assert_eq!(model.tagger.clusters().of("vrouw"), Some([2, 5, 20]));
    let bytes = model.to_bytes();
    assert_eq!(bytes[7], b'0' + kroniek_syntax::model::SINGLE_VERSION);
    let again = kroniek_syntax::train(&opts).unwrap().0.to_bytes();
    assert_eq!(bytes, again, "training with clusters is deterministic");
    let loaded = SyntaxModel::from_bytes(&bytes).unwrap();
    assert_eq!(loaded.tagger.clusters(), model.tagger.clusters());
    assert_eq!(loaded.to_bytes(), bytes);
    // The cluster features are used: the same data without clusters gives another model.
    opts.clusters = None;
    let (plain, summary) = kroniek_syntax::train(&opts).unwrap();
    assert_eq!(summary.clusters, 0);
    assert!(plain.tagger.clusters().is_empty());
    assert_ne!(plain.to_bytes(), bytes);
    // A word the treebank never had, in the cluster of its nouns, is read like them.
    let a = loaded.analyse(&["De", "vrouw", "riep", "de", "mensen", "op", "."]);
    assert_eq!(a[1].upos, "NOUN");
    assert_eq!((a[1].head, a[1].deprel.as_str()), (3, "nsubj"));
    let bad = dir.join("bad.tsv");
    std::fs::write(&bad, "de\t1\t1\n").unwrap();
    opts.clusters = Some(bad);
    assert!(kroniek_syntax::train(&opts).is_err());
}

/// The toy treebank with a VerbForm feature on its verbs (participle `gezien`, the rest finite).
fn toy_with_verb_forms() -> String {
    TOY.lines()
        .map(|line| {
            let mut cols: Vec<&str> = line.split('\t').collect();
            if cols.len() == 10 && matches!(cols[3], "VERB" | "AUX") {
                cols[5] = if cols[1] == "gezien" {
                    "VerbForm=Part"
                } else {
                    "Tense=Past|VerbForm=Fin"
                };
            }
            cols.join("\t") + "\n"
        })
        .collect()
}

#[test]
fn fine_tags_refine_the_tagger_classes_and_split_back_into_upos_and_feats() {
    let dir = tmp("fine");
    let mut opts = common::toy_options(&dir, &toy_with_verb_forms());
    opts.fine_tags = "VERB,AUX=VerbForm".parse().unwrap();
    let (model, _) = kroniek_syntax::train(&opts).unwrap();
    let tags = model.tagger.tags();
    assert!(tags.iter().any(|t| t == "VERB|VerbForm=Part"), "{tags:?}");
    assert!(tags.iter().any(|t| t == "AUX|VerbForm=Fin"), "{tags:?}");
    assert!(!tags.iter().any(|t| t == "VERB"), "{tags:?}");
    let loaded = SyntaxModel::from_bytes(&model.to_bytes()).unwrap();
    let a = loaded.analyse(&["Wie", "heeft", "hij", "gezien", "die", "hier", "woont", "?"]);
    let upos: Vec<&str> = a.iter().map(|t| t.upos.as_str()).collect();
    assert_eq!(
        upos,
        [
            "PRON", "AUX", "PRON", "VERB", "PRON", "ADV", "VERB", "PUNCT"
        ]
    );
    assert_eq!(a[1].feats.as_deref(), Some("VerbForm=Fin"));
    assert_eq!(a[3].feats.as_deref(), Some("VerbForm=Part"));
    assert_eq!(
        (a[3].lemma.as_str(), a[7].deprel.as_str()),
        ("zien", "punct")
    );
    assert_eq!(a[0].feats, None);
    // Scored as UPOS against the treebank's tags.
    let sents = parse_str(&toy_with_verb_forms(), Path::new("toy")).unwrap();
    let report = kroniek_syntax::eval_sentences(&loaded, &sents);
    assert!(report.upos_accuracy() > 0.95, "{report}");
    // Without fine tags the same treebank gives plain UPOS classes and no feats.
    opts.fine_tags = Default::default();
    let (plain, _) = kroniek_syntax::train(&opts).unwrap();
    assert!(plain.tagger.tags().iter().all(|t| !t.contains('|')));
    assert!(
        plain
            .analyse(&["Het", "leger", "kwam", "aan", "."])
            .iter()
            .all(|t| t.feats.is_none())
    );
}

#[test]
fn conllu_round_trip_keeps_tokenisation() {
    let text = "# sent_id = x\n# text = Don't go.\n1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n1\tDo\tdo\tAUX\t_\t_\t3\taux\t_\t_\n2\tn't\tnot\tPART\t_\t_\t3\tadvmod\t_\t_\n3\tgo\tgo\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\n";
    let s = parse_str(text, Path::new("t")).unwrap();
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].words.len(), 4);
    let mut out = String::new();
    write_sentence(&s[0], &mut out);
    assert_eq!(out, text);
    assert!(parse_str("1\tbad\n", Path::new("t")).is_err());
}

/// One token's syntax, for the tests that build a parse by hand.
fn tok(upos: &str, lemma: &str, head: u32, deprel: &str) -> TokenSyntax {
    TokenSyntax {
        upos: upos.into(),
        lemma: lemma.into(),
        head,
        deprel: deprel.into(),
        ..TokenSyntax::default()
    }
}

#[test]
fn compound_lemmas_for_separable_verbs() {
    let mut t = vec![
        tok("PRON", "hij", 2, "nsubj"),
        tok("VERB", "komen", 0, "root"),
        tok("ADP", "aan", 2, "compound:prt"),
    ];
    add_compound_lemmas("nl", &mut t);
    assert_eq!(t[1].compound_lemma.as_deref(), Some("aankomen"));
    let mut e = vec![
        tok("PRON", "they", 2, "nsubj"),
        tok("VERB", "give", 0, "root"),
        tok("ADP", "up", 2, "compound:prt"),
    ];
    add_compound_lemmas("en", &mut e);
    assert_eq!(e[1].compound_lemma.as_deref(), Some("give up"));
}

#[test]
fn a_particle_hung_from_a_noun_moves_to_the_verb_above_it() {
    // "Duitsland sprak zijn steun uit": the parser hung `uit` from `steun`.
    let mut t = vec![
        tok("PROPN", "Duitsland", 2, "nsubj"),
        tok("VERB", "spreken", 0, "root"),
        tok("PRON", "zijn", 4, "nmod:poss"),
        tok("NOUN", "steun", 2, "obj"),
        tok("ADP", "uit", 4, "compound:prt"),
    ];
    attach_particles(&mut t);
    assert_eq!(t[4].head, 2);
    add_compound_lemmas("nl", &mut t);
    assert_eq!(t[1].compound_lemma.as_deref(), Some("uitspreken"));
    // With no verb above it, a particle stays where it is; other words never move.
    let mut v = vec![
        tok("NOUN", "steun", 0, "root"),
        tok("ADP", "uit", 1, "compound:prt"),
        tok("ADP", "voor", 1, "case"),
    ];
    attach_particles(&mut v);
    assert_eq!((v[1].head, v[2].head), (1, 1));
}

fn document(text: &str, lang: &str) -> Document {
    let mut doc = Document::new(
        Metadata::default(),
        NormalizedText {
            offsets: OffsetMap::identity(0, text.len()),
            text: text.to_string(),
        },
    );
    let mut tokens = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        match (c == ' ', start) {
            (true, Some(s)) => {
                tokens.push(Token {
                    span: Span::new(text, s, i).unwrap(),
                    kind: TokenKind::Word,
                });
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    let sentence = CoreSentence {
        span: Span::new(text, 0, text.len()).unwrap(),
        first_token: 0,
        end_token: tokens.len() as u32,
    };
    doc.insert_layer(
        "lang",
        Layer::Language(LanguageLayer {
            lang: Lang(lang.to_string()),
            confidence: 1.0,
            paragraphs: vec![],
        }),
    );
    doc.insert_layer(
        "seg",
        Layer::Segments(Segments {
            paragraphs: vec![],
            sentences: vec![sentence],
            tokens,
        }),
    );
    doc
}

#[test]
fn stage_gives_one_analysis_per_token() {
    let (model, _) = toy_model(&tmp("stage"));
    let stage = SyntaxStage::with_models(vec![model]);
    assert_eq!(stage.id(), "syntax");
    let doc = document("Het leger kwam gisteren aan .", "nl");
    let mut diag = Vec::new();
    let Layer::Syntax(layer) = stage.annotate(&doc, &mut diag).unwrap() else {
        panic!("wrong layer");
    };
    assert_eq!(layer.tokens.len(), 6);
    assert!(diag.is_empty());
    assert_eq!(layer.tokens.iter().filter(|t| t.head == 0).count(), 1);
    assert!(layer.tokens.iter().all(|t| t.head <= 6));

    let doc = document("Der Mann kam gestern an .", "de");
    let Layer::Syntax(layer) = stage.annotate(&doc, &mut diag).unwrap() else {
        panic!("wrong layer");
    };
    assert_eq!(layer.tokens.len(), 6);
    assert!(
        layer
            .tokens
            .iter()
            .all(|t| t.upos == "X" && t.head == 0 && t.deprel == "dep")
    );
    assert_eq!(diag.len(), 1);
}

#[test]
fn built_in_models_load_and_parse() {
    for (lang, model) in [
        ("nl", kroniek_syntax::embedded::dutch()),
        ("en", kroniek_syntax::embedded::english()),
    ] {
        let model = model.unwrap_or_else(|e| panic!("built-in {lang} model: {e}"));
        assert_eq!(model.lang, lang);
        let forms = ["De", "burgemeester", "riep", "de", "inwoners", "op", "."];
        let a = model.analyse(&forms);
        assert_eq!(a.len(), forms.len());
        assert_eq!(a.iter().filter(|t| t.head == 0).count(), 1, "{a:?}");
    }
    let nl = kroniek_syntax::embedded::dutch().unwrap();
    let a = nl.analyse(&["De", "taliban", "veroverden", "de", "stad", "."]);
    assert_eq!(a[2].upos, "VERB", "{a:?}");
    assert_eq!(a[2].lemma, "veroveren", "{a:?}");
}

/// A separable verb written as one word in a subordinate clause is a verb, even where the
/// lexicon calls it a noun (CoNLL-2002 tags "samenwerkt" N); a noun made of a particle and a
/// verb form stays a noun in a noun's context.
#[test]
fn particle_verb_compounds_are_tagged_by_their_verb() {
    let nl = kroniek_syntax::embedded::dutch().unwrap();
    let forms = [
        "Het",
        "bedrijf",
        "meldt",
        "dat",
        "het",
        "samenwerkt",
        "met",
        "een",
        "Franse",
        "firma",
        ".",
    ];
    let a = nl.analyse(&forms);
    assert_eq!(a[5].upos, "VERB", "{a:?}");
    assert_eq!(a[5].lemma, "samenwerken", "{a:?}");
    assert_eq!((a[3].head, a[3].deprel.as_str()), (6, "mark"), "{a:?}");
    let a = nl.analyse(&["Het", "voorstel", "werd", "gisteren", "aangenomen", "."]);
    assert_eq!(a[1].upos, "NOUN", "{a:?}");
}

fn data() -> Option<PathBuf> {
    let d = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if d.is_dir() {
        Some(d)
    } else {
        eprintln!("skipping: ../shared/data not found");
        None
    }
}

/// Floors that catch a broken or wrongly embedded model. English EWT dev is held out; Alpino dev
/// is part of the Dutch model's training data (its honest figures come from document-level
/// cross-validation, `train_syntax --folds 2`, in eval-reports/syntax.md), so for Dutch this is
/// a sanity check, not a measurement.
#[test]
fn built_in_models_on_dev_sets() {
    let Some(d) = data() else { return };
    for (model, file, upos, uas) in [
        (
            kroniek_syntax::embedded::dutch().unwrap(),
            "ud-nl/nl_alpino-ud-dev.conllu",
            0.91,
            0.70,
        ),
        (
            kroniek_syntax::embedded::english().unwrap(),
            "ud-en/en_ewt-ud-dev.conllu",
            0.93,
            0.80,
        ),
    ] {
        let r = kroniek_syntax::eval_syntax(&model, &d.join(file)).unwrap();
        assert!(r.upos_accuracy() > upos && r.uas() > uas, "{file}:\n{r}");
    }
}
