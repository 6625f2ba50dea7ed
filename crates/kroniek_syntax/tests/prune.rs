#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]
//! Row pruning of the built-in models: smaller tables, deterministic and idempotent files,
//! models that still load and parse.

use kroniek_syntax::{ModelPrune, PruneRule, SyntaxModel, prune_model};

/// Rows of the tagger, transition and label tables, for the first parser and then for each
/// further member of an ensemble (the order of `PruneReport::tables`).
fn rows(m: &SyntaxModel) -> Vec<usize> {
    let first = (&m.tagger, &m.parser);
    let members = m.ensemble.iter().map(|e| (&e.tagger, &e.parser));
    std::iter::once(first)
        .chain(members)
        .flat_map(|(tagger, parser)| {
            let (t, l) = parser.weights();
            [
                tagger.weights().n_features(),
                t.n_features(),
                l.n_features(),
            ]
        })
        .collect()
}

#[test]
fn pruning_built_in_models_is_deterministic_and_idempotent() {
    for (lang, forms) in [
        (
            "nl",
            &[
                "De",
                "burgemeester",
                "opende",
                "gisteren",
                "het",
                "nieuwe",
                "zwembad",
                ".",
            ][..],
        ),
        (
            "en",
            &[
                "The",
                "mayor",
                "opened",
                "the",
                "new",
                "pool",
                "yesterday",
                ".",
            ][..],
        ),
    ] {
        let model = kroniek_syntax::embedded::for_lang(lang).unwrap().unwrap();
        // Above the threshold the committed Dutch model was pruned at (3), so that it bites.
        let spec: ModelPrune = "tagger=0.5,trans=5,labels=1".parse().unwrap();
        let mut a = model.clone();
        let report = prune_model(&mut a, &spec);
        let before = rows(&model);
        let after = rows(&a);
        assert_eq!(report.tables.len(), before.len(), "{lang}");
        for (i, (name, b, x)) in report.tables.iter().enumerate() {
            assert_eq!((b.rows, x.rows), (before[i], after[i]), "{lang} {name}");
            assert!(x.rows <= b.rows && x.bytes <= b.bytes, "{lang} {name}");
        }
        // The transition table loses most of its rows at this threshold.
        assert!(after[1] * 2 < before[1], "{lang}: {before:?} -> {after:?}");
        assert!(after[1] > 0, "{lang}: {before:?} -> {after:?}");
        let bytes = a.to_bytes();
        let mut b = model.clone();
        prune_model(&mut b, &spec);
        assert_eq!(bytes, b.to_bytes(), "{lang}: pruning is deterministic");
        // Read back, the file has the same rows; pruning it again by thresholds changes nothing.
        let mut back = SyntaxModel::from_bytes(&bytes).unwrap();
        assert_eq!(rows(&back), after);
        prune_model(&mut back, &spec);
        assert_eq!(back.to_bytes(), bytes, "{lang}: pruning is idempotent");
        // A kept-fraction rule keeps that share of the rows.
        let mut c = model.clone();
        let half = ModelPrune {
            trans: PruneRule::KeepFraction(0.5),
            ..ModelPrune::default()
        };
        prune_model(&mut c, &half);
        assert_eq!(rows(&c)[1], (before[1] as f64 * 0.5).round() as usize);
        assert_eq!(rows(&c)[0], before[0]);
        // The pruned model still gives one analysis per word and one root.
        let out = back.analyse(forms);
        assert_eq!(out.len(), forms.len());
        assert_eq!(out.iter().filter(|t| t.head == 0).count(), 1, "{out:?}");
    }
}
