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
