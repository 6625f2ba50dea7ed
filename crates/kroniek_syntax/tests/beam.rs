#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]
//! The beam-search parser: deterministic training, the beam width stored in the model file,
//! greedy models parsing greedily, and well-formed trees from any width (older model files:
//! `parser::tests`).

mod common;

use std::path::{Path, PathBuf};

use kroniek_syntax::SyntaxModel;
use kroniek_syntax::conllu::parse_str;

// Our own sentences (not from any corpus); the third one has a crossing arc (7 → 1 over 4).
const TOY: &str = "# text = De man riep de mensen op .
1\tDe\tde\tDET\t_\t_\t2\tdet\t_\t_
2\tman\tman\tNOUN\t_\t_\t3\tnsubj\t_\t_
3\triep\troepen\tVERB\t_\t_\t0\troot\t_\t_
4\tde\tde\tDET\t_\t_\t5\tdet\t_\t_
5\tmensen\tmens\tNOUN\t_\t_\t3\tobj\t_\t_
6\top\top\tADP\t_\t_\t3\tcompound:prt\t_\t_
7\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

# text = Het leger kwam gisteren met tanks aan .
1\tHet\thet\tDET\t_\t_\t2\tdet\t_\t_
2\tleger\tleger\tNOUN\t_\t_\t3\tnsubj\t_\t_
3\tkwam\tkomen\tVERB\t_\t_\t0\troot\t_\t_
4\tgisteren\tgisteren\tADV\t_\t_\t3\tadvmod\t_\t_
5\tmet\tmet\tADP\t_\t_\t6\tcase\t_\t_
6\ttanks\ttank\tNOUN\t_\t_\t3\tobl\t_\t_
7\taan\taan\tADP\t_\t_\t3\tcompound:prt\t_\t_
8\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

# text = Wie heeft hij gezien die hier woont ?
1\tWie\twie\tPRON\t_\t_\t4\tobj\t_\t_
2\theeft\thebben\tAUX\t_\t_\t4\taux\t_\t_
3\thij\thij\tPRON\t_\t_\t4\tnsubj\t_\t_
4\tgezien\tzien\tVERB\t_\t_\t0\troot\t_\t_
5\tdie\tdie\tPRON\t_\t_\t7\tnsubj\t_\t_
6\thier\thier\tADV\t_\t_\t7\tadvmod\t_\t_
7\twoont\twonen\tVERB\t_\t_\t1\tacl:relcl\t_\t_
8\t?\t?\tPUNCT\t_\t_\t4\tpunct\t_\t_

# text = De burgemeester opende gisteren de nieuwe brug in de stad .
1\tDe\tde\tDET\t_\t_\t2\tdet\t_\t_
2\tburgemeester\tburgemeester\tNOUN\t_\t_\t3\tnsubj\t_\t_
3\topende\topenen\tVERB\t_\t_\t0\troot\t_\t_
4\tgisteren\tgisteren\tADV\t_\t_\t3\tadvmod\t_\t_
5\tde\tde\tDET\t_\t_\t7\tdet\t_\t_
6\tnieuwe\tnieuw\tADJ\t_\t_\t7\tamod\t_\t_
7\tbrug\tbrug\tNOUN\t_\t_\t3\tobj\t_\t_
8\tin\tin\tADP\t_\t_\t10\tcase\t_\t_
9\tde\tde\tDET\t_\t_\t10\tdet\t_\t_
10\tstad\tstad\tNOUN\t_\t_\t7\tnmod\t_\t_
11\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

";

fn tmp(name: &str) -> PathBuf {
    common::tmp("beam", name)
}

fn toy_model(dir: &Path, beam: usize, max_violation: bool) -> (SyntaxModel, Vec<u8>) {
    let mut opts = common::toy_options(dir, TOY);
    opts.beam = beam;
    opts.max_violation = max_violation;
    let (model, _) = kroniek_syntax::train(&opts).unwrap();
    let bytes = model.to_bytes();
    (model, bytes)
}

/// Every word has one head inside the sentence, exactly one word hangs from the root, and
/// following heads from any word reaches the root (no cycles).
fn assert_tree(a: &[kroniek_core::TokenSyntax]) {
    let n = a.len();
    assert_eq!(a.iter().filter(|t| t.head == 0).count(), 1, "{a:?}");
    for i in 0..n {
        let mut at = i + 1;
        for _ in 0..=n {
            if at == 0 {
                break;
            }
            let h = a[at - 1].head as usize;
            assert!(h <= n, "{a:?}");
            at = h;
        }
        assert_eq!(at, 0, "word {} never reaches the root: {a:?}", i + 1);
    }
}

#[test]
fn beam_training_is_deterministic_fits_toy_data_and_keeps_its_width() {
    let dir = tmp("fit");
    for max_violation in [true, false] {
        let (model, bytes) = toy_model(&dir, 4, max_violation);
        let (_, again) = toy_model(&dir, 4, max_violation);
        assert_eq!(bytes, again, "beam training is deterministic");
        let loaded = SyntaxModel::from_bytes(&bytes).unwrap();
        assert_eq!(loaded.parser.beam(), 4, "the width is stored in the model");
        assert_eq!(loaded.to_bytes(), bytes);
        let sents = parse_str(TOY, Path::new("toy")).unwrap();
        let report = kroniek_syntax::eval_sentences(&loaded, &sents);
        // 34 words, one crossing arc the arc-eager system cannot build.
        assert_eq!(report.words, 34);
        assert!(
            report.uas() > 0.9,
            "max-violation {max_violation}: {report}"
        );
        let a = model.analyse(&["De", "man", "opende", "de", "brug", "."]);
        assert_tree(&a);
        assert_eq!(a[2].head, 0, "{a:?}");
    }
}

#[test]
fn greedy_models_stay_greedy_and_any_width_gives_trees() {
    let dir = tmp("greedy");
    let (mut greedy, bytes) = toy_model(&dir, 1, true);
    assert_eq!(greedy.parser.beam(), 1);
    assert_eq!(SyntaxModel::from_bytes(&bytes).unwrap().parser.beam(), 1);
    let forms = [
        "De",
        "burgemeester",
        "die",
        "gisteren",
        "aankwam",
        ",",
        "opende",
        "de",
        "nieuwe",
        "brug",
        "in",
        "de",
        "stad",
        ".",
    ];
    let greedy_parse = greedy.analyse(&forms);
    assert_tree(&greedy_parse);
    for width in [2, 8, 16] {
        greedy.parser.set_beam(width);
        assert_eq!(greedy.parser.beam(), width);
        let a = greedy.analyse(&forms);
        assert_eq!(a.len(), forms.len());
        assert_tree(&a);
    }
    greedy.parser.set_beam(1);
    assert_eq!(
        greedy.analyse(&forms),
        greedy_parse,
        "width 1 is the greedy parser"
    );
    assert!(greedy.analyse(&[]).is_empty());
    // The built-in models, whatever their width, give trees.
    for model in [
        kroniek_syntax::embedded::dutch().unwrap(),
        kroniek_syntax::embedded::english().unwrap(),
    ] {
        assert_tree(&model.analyse(&forms));
    }
}

/// Our own sentences, then (where `../shared` is present) every sentence of a dev file.
fn sentences(file: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = parse_str(TOY, Path::new("toy"))
        .unwrap()
        .iter()
        .map(|s| s.words.iter().map(|w| w.form.clone()).collect())
        .collect();
    out.push(
        "Gisteren riep de burgemeester , die de brug opende , de mensen op ."
            .split(' ')
            .map(String::from)
            .collect(),
    );
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    let path = shared.join("data").join(file);
    if path.exists() {
        for s in kroniek_syntax::conllu::read_file(&path).unwrap() {
            out.push(s.words.iter().map(|w| w.form.clone()).collect());
        }
    } else {
        eprintln!("skipping {file}: ../shared not found");
    }
    out
}

fn analyse_all(model: &SyntaxModel, sents: &[Vec<String>]) -> Vec<Vec<kroniek_core::TokenSyntax>> {
    sents
        .iter()
        .map(|s| model.analyse(&s.iter().map(String::as_str).collect::<Vec<_>>()))
        .collect()
}

/// The decoder keeps its scratch space from sentence to sentence (per thread): parsing the
/// same sentences in the opposite order on another thread must give the same trees, and a
/// pruning margin larger than any score gap must change nothing.
#[test]
fn reused_scratch_and_wide_margins_leave_parses_unchanged() {
    let dutch = kroniek_syntax::embedded::dutch().unwrap();
    assert_eq!(dutch.parser.prune_margin(), 0.0, "Dutch: the exact beam");
    let english = kroniek_syntax::embedded::english().unwrap();
    assert_eq!(
        english.parser.prune_margin(),
        kroniek_syntax::embedded::ENGLISH_PRUNE_MARGIN
    );
    for (model, file) in [
        (dutch, "ud-nl/nl_lassysmall-ud-dev.conllu"),
        (english, "ud-en/en_ewt-ud-dev.conllu"),
    ] {
        assert_eq!(model.parser.beam(), 8);
        let sents = sentences(file);
        // The exact beam (the English built-in model prunes by default).
        let mut exact = model.clone();
        exact.parser.set_prune_margin(0.0);
        let forward = analyse_all(&exact, &sents);
        let reversed: Vec<Vec<String>> = sents.iter().rev().cloned().collect();
        let backward =
            std::thread::scope(|s| s.spawn(|| analyse_all(&exact, &reversed)).join().unwrap());
        assert!(
            forward.iter().eq(backward.iter().rev()),
            "{file}: the order of sentences changed a parse"
        );
        let mut wide = model.clone();
        wide.parser.set_prune_margin(1e30);
        assert_eq!(wide.parser.prune_margin(), 1e30);
        assert!(
            analyse_all(&wide, &sents) == forward,
            "{file}: a margin no item trails by changed a parse"
        );
        // A narrow margin keeps fewer items (often one): still a tree for every sentence.
        let mut narrow = model.clone();
        narrow.parser.set_prune_margin(1.0);
        for (s, a) in sents.iter().zip(analyse_all(&narrow, &sents)) {
            assert_eq!(s.len(), a.len());
            if !a.is_empty() {
                assert_tree(&a);
            }
        }
        for bad in [0.0, -5.0, f32::NAN] {
            narrow.parser.set_prune_margin(bad);
            assert_eq!(narrow.parser.prune_margin(), 0.0, "{bad} turns pruning off");
        }
    }
}
