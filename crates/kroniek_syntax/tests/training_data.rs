#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]
//! The tagger lexicon, document folds for cross-validation, in-domain weighting and report
//! merging, on our own sentences.

use std::path::{Path, PathBuf};

use kroniek_syntax::codec::{Reader, Writer};
use kroniek_syntax::conllu::parse_str;
use kroniek_syntax::crossval::assign_folds;
use kroniek_syntax::lexicon::Lexicon;
use kroniek_syntax::{SyntaxModel, TrainOptions, eval_sentences};

fn tmp(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("kroniek-syntax-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn lexicon_classes_from_columns_latin1_and_damage() {
    let dir = tmp("lex");
    let file = dir.join("cols.txt");
    // latin-1 bytes: "één" as e9 e9 6e; a damaged word with 0x81 and a two-column line.
    let mut bytes =
        b"-DOCSTART- -DOCSTART- O\n\nHet Art O\nhet Pron O\nhet Art O\nhet Art O\n".to_vec();
    bytes.extend_from_slice(b"\xe9\xe9n Num O\nBelgi\x81E N B-LOC\nFranc\x81EN B-LOC\n");
    bytes.extend_from_slice(b"loopt V O\n");
    std::fs::write(&file, &bytes).unwrap();
    let pairs = Lexicon::read_columns(&file, false).unwrap();
    assert_eq!(pairs.len(), 6, "{pairs:?}");
    assert!(pairs.iter().any(|(w, t)| w == "één" && t == "Num"));
    let lex = Lexicon::from_files(&[&file], false).unwrap();
    assert_eq!(lex.class_of("het"), Some("Art|Pron"));
    assert_eq!(lex.class_of("Loopt"), Some("V"));
    assert_eq!(lex.class_of("onbekend"), None);
    assert_eq!(lex.sizes().0, 3);

    let mut w = Writer::default();
    lex.write(&mut w);
    let mut r = Reader::new(&w.buf);
    let back = Lexicon::read(&mut r).unwrap();
    assert!(r.at_end());
    assert_eq!(back.class_of("het"), Some("Art|Pron"));
    assert_eq!(back.class_of("één"), Some("Num"));
}

fn sentence(id: &str, words: &[&str]) -> String {
    let mut s = format!("# sent_id = {id}\n");
    for (i, w) in words.iter().enumerate() {
        let head = if i == 0 { 0 } else { 1 };
        let rel = if i == 0 { "root" } else { "dep" };
        s.push_str(&format!(
            "{}\t{w}\t{w}\tX\t_\t_\t{head}\t{rel}\t_\t_\n",
            i + 1
        ));
    }
    s.push('\n');
    s
}

#[test]
fn folds_keep_documents_whole_and_balanced() {
    let mut text = String::new();
    for (doc, n) in [("A", 3), ("B", 2), ("C", 4), ("D", 3)] {
        for k in 0..n {
            text.push_str(&sentence(&format!("{doc}\\{doc}.p.1.s.{k}"), &["x", "y"]));
        }
    }
    let sents = parse_str(&text, Path::new("t")).unwrap();
    assert_eq!(sents[0].document_id(), Some("A"));
    let folds = assign_folds(&sents, 2);
    // A (0-2) and B (3-4) start in the first half; C starts at 5 of 12 → fold 0; D at 9 → 1.
    assert_eq!(folds, vec![0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
    let three = assign_folds(&sents, 3);
    assert_eq!(three, vec![0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2]);
    for w in three.windows(2) {
        assert!(w[0] <= w[1], "contiguous");
    }
}

const NEWS: &str = "# sent_id = n1\\n1.p.1.s.1
1\tZij\tzij\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tveroverden\tveroveren\tVERB\t_\t_\t0\troot\t_\t_
3\tde\tde\tDET\t_\t_\t4\tdet\t_\t_
4\tstad\tstad\tNOUN\t_\t_\t2\tobj\t_\t_
5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

";

const WIKI: &str = "# sent_id = w1
1\tDe\tde\tDET\t_\t_\t2\tdet\t_\t_
2\tstad\tstad\tNOUN\t_\t_\t3\tnsubj\t_\t_
3\tligt\tliggen\tVERB\t_\t_\t0\troot\t_\t_
4\taan\taan\tADP\t_\t_\t6\tcase\t_\t_
5\tde\tde\tDET\t_\t_\t6\tdet\t_\t_
6\trivier\trivier\tNOUN\t_\t_\t3\tobl\t_\t_
7\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

";

#[test]
fn in_domain_sentences_are_weighted_and_not_excluded_twice() {
    let dir = tmp("domain");
    let (wiki, news) = (dir.join("wiki.conllu"), dir.join("news.conllu"));
    std::fs::write(&wiki, WIKI).unwrap();
    std::fs::write(&news, NEWS).unwrap();
    let mut opts = TrainOptions::new("nl", vec![wiki.clone()]);
    opts.domain.push(news.clone());
    opts.domain_weight = 3;
    opts.jackknife = 0;
    opts.tagger_epochs = 5;
    opts.parser_epochs = 5;
    opts.prune = 0.1;
    opts.min_updates = 1;
    let (model, summary) = kroniek_syntax::train(&opts).unwrap();
    assert_eq!(summary.sentences, 2);
    assert_eq!(summary.domain_sentences, 1);
    let bytes = model.to_bytes();
    assert_eq!(bytes, kroniek_syntax::train(&opts).unwrap().0.to_bytes());
    let back = SyntaxModel::from_bytes(&bytes).unwrap();
    assert_eq!(back.to_bytes(), bytes);
    // Excluding the news file drops it from training.
    opts.exclude.push(news);
    let (_, summary) = kroniek_syntax::train(&opts).unwrap();
    assert_eq!((summary.sentences, summary.duplicates), (1, 1));
}

#[test]
fn reports_merge_and_count_arc_lengths() {
    let gold = parse_str(&format!("{NEWS}{WIKI}"), Path::new("t")).unwrap();
    let dir = tmp("merge");
    let file = dir.join("all.conllu");
    std::fs::write(&file, format!("{NEWS}{WIKI}")).unwrap();
    let mut opts = TrainOptions::new("nl", vec![file]);
    opts.jackknife = 0;
    opts.prune = 0.1;
    opts.min_updates = 1;
    let (model, _) = kroniek_syntax::train(&opts).unwrap();
    let a = eval_sentences(&model, &gold[..1]);
    let b = eval_sentences(&model, &gold[1..]);
    let all = eval_sentences(&model, &gold);
    let mut merged = a.clone();
    merged.merge(&b);
    assert_eq!(
        (merged.words, merged.upos, merged.uas, merged.las),
        (all.words, all.upos, all.uas, all.las)
    );
    assert_eq!(merged.by_length, all.by_length);
    let total: usize = all.by_length.iter().map(|b| b.0).sum();
    assert_eq!(total, 12);
    assert_eq!(all.by_length[0].0, 2, "two roots");
    assert_eq!(all.by_length[4].0, 0, "no arc of 7 or more");
}

#[test]
fn typographic_quotes_and_dashes_read_as_ascii() {
    use kroniek_syntax::tagger::norm;
    assert_eq!(norm("“Kaboel”"), "\"kaboel\"");
    assert_eq!(norm("‘s"), "'s");
    assert_eq!(norm("—"), "-");
    assert_eq!(norm("Charkiv-2022"), "charkiv-0000");
}

#[test]
fn column_sentences_whole_only_drops_damaged_sentences() {
    let dir = tmp("colsents");
    let file = dir.join("cols.txt");
    let mut bytes = b"-DOCSTART- -DOCSTART- O\n\nDe Art O\nstad N O\nviel V O\n\n".to_vec();
    bytes.extend_from_slice(b"In Prep O\nBelgi\x81E N B-LOC\nregent V O\n\n");
    bytes.extend_from_slice(b"Zij Pron O\nwonnen V O\n");
    std::fs::write(&file, &bytes).unwrap();
    let all = Lexicon::read_column_sentences(&file, false, false).unwrap();
    let lens: Vec<usize> = all.iter().map(Vec::len).collect();
    assert_eq!(lens, vec![3, 2, 2], "the damaged word alone is lost");
    let whole = Lexicon::read_column_sentences(&file, false, true).unwrap();
    let firsts: Vec<&str> = whole.iter().map(|s| s[0].0.as_str()).collect();
    assert_eq!(
        firsts,
        vec!["De", "Zij"],
        "the damaged sentence is left out"
    );
    // read_columns is the same words, flattened.
    assert_eq!(Lexicon::read_columns(&file, false).unwrap().len(), 7);
}

#[test]
fn self_training_parses_new_sentences_only() {
    let dir = tmp("selftrain");
    let (wiki, news, raw) = (
        dir.join("wiki.conllu"),
        dir.join("news.conllu"),
        dir.join("raw.txt"),
    );
    std::fs::write(&wiki, WIKI).unwrap();
    std::fs::write(&news, NEWS).unwrap();
    // The first sentence is the news treebank's (left out), the second is too short, the
    // third too long for a maximum of 6 words; two are new.
    let raw_text = "Zij x O\nveroverden x O\nde x O\nstad x O\n. x O\n\n\
                    Ja x O\n. x O\n\n\
                    De x O\nstad x O\nligt x O\naan x O\nde x O\nbrede x O\nrivier x O\n. x O\n\n\
                    Zij x O\nveroverden x O\nde x O\nrivier x O\n. x O\n\n\
                    De x O\nrivier x O\nligt x O\n. x O\n";
    std::fs::write(&raw, raw_text).unwrap();
    let mut opts = TrainOptions::new("nl", vec![wiki.clone()]);
    opts.domain.push(news.clone());
    opts.jackknife = 0;
    opts.prune = 0.1;
    opts.min_updates = 1;
    let (plain, _) = kroniek_syntax::train(&opts).unwrap();
    opts.unlabelled.push(raw);
    opts.unlabelled_max_words = 6;
    let sents = kroniek_syntax::train::load_training(&opts, &mut Default::default()).unwrap();
    let parsed = kroniek_syntax::train::self_training(&opts, &plain, None, &sents).unwrap();
    let texts: Vec<String> = parsed.iter().map(|s| s.text_key()).collect();
    assert_eq!(
        texts,
        vec!["Zij veroverden de rivier .", "De rivier ligt ."]
    );
    for s in &parsed {
        assert_eq!(
            s.words.iter().filter(|w| w.head == 0).count(),
            1,
            "one root"
        );
        assert!(
            s.words
                .iter()
                .all(|w| !w.upos.is_empty() && !w.deprel.is_empty())
        );
    }
    let (model, summary) = kroniek_syntax::train(&opts).unwrap();
    assert_eq!(summary.parsed_sentences, 2);
    assert_eq!(
        summary.sentences, 2,
        "the treebanks alone count as sentences"
    );
    assert_eq!(
        model.to_bytes(),
        kroniek_syntax::train(&opts).unwrap().0.to_bytes()
    );
    // With a second model only the sentences both parse alike stay: all of them when it is
    // the same model, none when it parses otherwise (an untrained model gives no tree).
    let same = kroniek_syntax::train::self_training(&opts, &plain, Some(&plain), &sents).unwrap();
    assert_eq!(same, parsed);
    let untrained = SyntaxModel::default();
    let none = kroniek_syntax::train::self_training(&opts, &plain, Some(&untrained), &sents);
    assert!(none.unwrap().is_empty());
    // Training with a greedy second parser stays deterministic.
    opts.unlabelled_agree = true;
    let (agreed, summary) = kroniek_syntax::train(&opts).unwrap();
    assert!(summary.parsed_sentences <= parsed.len());
    assert_eq!(
        agreed.to_bytes(),
        kroniek_syntax::train(&opts).unwrap().0.to_bytes()
    );
}
