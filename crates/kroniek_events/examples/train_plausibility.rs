//! Learn the event plausibility model (`kroniek_events::plausibility`) from the judged events
//! of the precision audits, cross-validate it, and score the held-back samples.
//!
//! ```sh
//! cargo run --release -p kroniek_events --example train_plausibility -- \
//!   [--out data/events/plausibility.tsv] [--held-back] [--lambda L]
//! ```
//!
//! Development samples (training data), judged on the rules' events (`--rules` audits):
//! - English Wikinews 2019 A, C, G, I, M and 2020 D, F, H, J, N (`wikinews-en-{A,C,D}-r3.tsv`,
//!   `wikinews-en-F-r4.tsv`, `wikinews-en-{G,H,I,J}-r5.tsv`, `wikinews-en-{M,N}-r6.tsv`);
//! - English Reuters R, K, L (CoNLL-2003 `eng.train`, `conll2003-en-{R,K}-r5.tsv`,
//!   `conll2003-en-L-r6.tsv`);
//! - Dutch De Morgen A, C, D, E (CoNLL-2002 `ned.train`, `conll2002-nl-{A,C}-r2.tsv`,
//!   `conll2002-nl-D-r3.tsv`, `conll2002-nl-E-r5.tsv`).
//!
//! The events are coded again by the current pipeline from `../shared/data` and matched to
//! the judgements by their audit keys; an event judged right in type counts as right. Printed:
//! leave-one-sample-out cross-validation (each development sample scored by a model trained
//! on the others) for each L2 strength: log loss, AUC and precision at thresholds; then the
//! same for the test samples, English T, U and V (Reuters, `eng.testa`), W (Wikinews 2020,
//! judged on session 16's final rules) and Dutch T (De Morgen,
//! `ned.testa`), judged before the model's design was fixed and never trained on, and, with
//! `--held-back`, the held-back samples English B and Dutch B (summary lines only), each
//! scored by the model trained on every development sample. Precision at a threshold counts
//! the events the stage keeps: verbal and cooperative ones at or above it, material ones at
//! or above `MATERIAL_SHARE` of it. `--drop PREFIX` (repeatable) leaves out features by name
//! prefix, `--score-all` holds every type to the whole threshold, `--dump FILE` writes each
//! development event's key, cross-validated probability and features (ablations; the keys
//! show which judged events a rule change removes).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a developer tool"
)]

mod common;

use std::collections::HashMap;
use std::path::Path;

use common::corpora::{article, article_text, fnv, key, read_articles, records};
use kroniek_core::{DocDate, Document};
use kroniek_events::DEFAULT_MIN_PLAUSIBILITY;
use kroniek_events::plausibility::{Plausibility, document_features, threshold_share};

type Features = Vec<(String, f32)>;

/// One judged event: its sample, features and whether its type was judged right.
struct Example {
    sample: &'static str,
    /// The audit key (in `--dump` files, to compare the events two rule sets code).
    key: String,
    /// The share of the threshold its type is held to (`threshold_share`).
    share: f32,
    features: Features,
    right: bool,
}

/// Judgements of one audit file by key: whether the judged type was right, and that type.
fn judgements(file: &str, right: &str) -> HashMap<String, Judged> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../eval-reports/audit")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (k, t, ty) = (col("key"), col("type_ok"), col("type"));
    lines
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            let v = cols.get(t)?;
            matches!(*v, "Y" | "N" | "1" | "0").then(|| {
                let judged = Judged {
                    right: *v == right,
                    kind: cols.get(ty).copied().unwrap_or_default().to_string(),
                };
                (cols[k].to_string(), judged)
            })
        })
        .collect()
}

/// One judged event: whether its type was right, and the type that was judged.
struct Judged {
    right: bool,
    kind: String,
}

/// The judged events of the English audits (samples by file) in `csv`.
fn english(csv: &Path, samples: &[(&'static str, HashMap<String, Judged>)]) -> Vec<Example> {
    let text = std::fs::read_to_string(csv).unwrap();
    let p = common::rule_based("en");
    let mut out = Vec::new();
    for rec in records(&text).into_iter().skip(1) {
        let [url, date, title, body] = rec.as_slice() else {
            continue;
        };
        let mut doc = article(url, date, title, body);
        p.run(&mut doc).unwrap();
        collect(&doc, samples, &mut out, |_, e| {
            format!(
                "{:016x}",
                fnv(format!("{url}#{}", e.trigger.start()).as_bytes())
            )
        });
    }
    out
}

/// The judged events of the audits of a CoNLL file (De Morgen: Dutch, 3 columns, dated
/// 2000-06; Reuters: English, 4 columns, dated 1996-08), keyed as `audit_nl` keys them.
fn conll(
    file: &Path,
    lang: &str,
    date: DocDate,
    samples: &[(&'static str, HashMap<String, Judged>)],
) -> Vec<Example> {
    let articles = read_articles(file, if lang == "en" { 4 } else { 3 });
    let p = common::rule_based(lang);
    let mut out = Vec::new();
    for sents in &articles {
        let doc = common::run_dated(&p, &article_text(sents), date);
        collect(&doc, samples, &mut out, |doc, e| {
            let sentence = e.sentence.slice(doc.text()).replace(['\t', '\n'], " ");
            let offset = (e.trigger.start() - e.sentence.start()).to_string();
            key(&[&sentence, &offset]).to_string()
        });
    }
    out
}

fn collect(
    doc: &Document,
    samples: &[(&'static str, HashMap<String, Judged>)],
    out: &mut Vec<Example>,
    key_of: impl Fn(&Document, &kroniek_core::Event) -> String,
) {
    let Some(layer) = doc.layers().events() else {
        return;
    };
    let feats = document_features(doc, &layer.events);
    for (e, features) in layer.events.iter().zip(feats) {
        let k = key_of(doc, e);
        // A judgement holds for the type it judged: an event the rules now code as another
        // type ("attacked the proclamation", once ASSAULT, now ACCUSE) is unjudged.
        if let Some((sample, right)) = samples.iter().find_map(|(s, j)| {
            j.get(&k)
                .filter(|j| j.kind == e.kind.as_str())
                .map(|j| (*s, j.right))
        }) {
            out.push(Example {
                sample,
                key: k.clone(),
                share: threshold_share(e.kind),
                features,
                right,
            });
        }
    }
}

/// L2-regularised logistic regression by batch gradient descent (deterministic).
fn train(examples: &[&Example], lambda: f32) -> Plausibility {
    let mut index: HashMap<&str, usize> = HashMap::new();
    for e in examples {
        for (name, _) in &e.features {
            let n = index.len();
            index.entry(name.as_str()).or_insert(n);
        }
    }
    let mut w = vec![0f32; index.len()];
    let rows: Vec<Vec<(usize, f32)>> = examples
        .iter()
        .map(|e| {
            e.features
                .iter()
                .map(|(n, v)| (index[n.as_str()], *v))
                .collect()
        })
        .collect();
    let n = examples.len().max(1) as f32;
    let bias = index.get("bias").copied();
    for _ in 0..3000 {
        let mut grad = vec![0f32; w.len()];
        for (row, e) in rows.iter().zip(examples) {
            let z: f32 = row.iter().map(|(i, v)| w[*i] * v).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let err = p - if e.right { 1.0 } else { 0.0 };
            for (i, v) in row {
                grad[*i] += err * v / n;
            }
        }
        for (i, g) in grad.iter().enumerate() {
            let reg = if Some(i) == bias {
                0.0
            } else {
                lambda * w[i] / n
            };
            w[i] -= 0.5 * (g + reg);
        }
    }
    Plausibility::from_weights(
        index
            .into_iter()
            .map(|(name, i)| (name.to_string(), w[i]))
            .collect(),
    )
}

/// The mean log loss of (probability, right, threshold share) triples.
fn log_loss(scored: &[(f32, bool, f32)]) -> f64 {
    scored
        .iter()
        .map(|&(p, y, _)| {
            let p = f64::from(p).clamp(1e-6, 1.0 - 1e-6);
            if y { -p.ln() } else { -(1.0 - p).ln() }
        })
        .sum::<f64>()
        / scored.len().max(1) as f64
}

/// Log loss, AUC, and (threshold, precision, events kept, right events kept) rows.
fn report(label: &str, scored: &[(f32, bool, f32)]) {
    let n = scored.len().max(1) as f64;
    let loss = log_loss(scored);
    let pos: Vec<f32> = scored.iter().filter(|s| s.1).map(|s| s.0).collect();
    let neg: Vec<f32> = scored.iter().filter(|s| !s.1).map(|s| s.0).collect();
    let mut wins = 0.0f64;
    for &a in &pos {
        for &b in &neg {
            wins += if a > b {
                1.0
            } else if a == b {
                0.5
            } else {
                0.0
            };
        }
    }
    let auc = wins / (pos.len() * neg.len()).max(1) as f64;
    let right = pos.len();
    print!(
        "{label}: n {} right {} precision {:.3} log loss {loss:.3} AUC {auc:.3} |",
        scored.len(),
        right,
        right as f64 / n
    );
    let mut thresholds = vec![0.2f32, 0.25, 0.3, 0.4, 0.5, DEFAULT_MIN_PLAUSIBILITY];
    thresholds.sort_by(f32::total_cmp);
    thresholds.dedup();
    for t in thresholds {
        // As the stage keeps them: at or above the type's share of the threshold.
        let kept: Vec<&(f32, bool, f32)> = scored.iter().filter(|s| s.0 >= t * s.2).collect();
        let good = kept.iter().filter(|s| s.1).count();
        print!(
            " ≥{t}: {:.3} ({good}/{}, {:.0}% of right kept)",
            good as f64 / kept.len().max(1) as f64,
            kept.len(),
            100.0 * good as f64 / right.max(1) as f64
        );
    }
    println!();
    // The stage's default threshold for the verbal and cooperative types, and a share of it
    // for the material types (`share` < 1 here).
    let t = DEFAULT_MIN_PLAUSIBILITY;
    print!("  at {t}, material types held to");
    for tm in [0.0f32, 1.0 / 3.0, 0.5, 2.0 / 3.0, 1.0] {
        let kept: Vec<&(f32, bool, f32)> = scored
            .iter()
            .filter(|s| s.0 >= t * if s.2 < 1.0 { tm } else { 1.0 })
            .collect();
        let good = kept.iter().filter(|s| s.1).count();
        print!(
            " {tm:.2}: {:.3} ({good}/{}, {:.0}%)",
            good as f64 / kept.len().max(1) as f64,
            kept.len(),
            100.0 * good as f64 / right.max(1) as f64
        );
    }
    println!();
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = args
        .iter()
        .position(|a| a == "--out")
        .and_then(|i| args.get(i + 1));
    let held_back = args.iter().any(|a| a == "--held-back");
    let lambdas: Vec<f32> = match args.iter().position(|a| a == "--lambda") {
        Some(i) => vec![args[i + 1].parse().unwrap()],
        None => vec![0.3, 1.0, 3.0, 10.0, 30.0],
    };
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if !data.exists() {
        eprintln!("skipping: ../shared/data not found");
        return;
    }
    // Development samples (training data and cross-validation folds), tests judged after
    // the model's design was fixed, and the held-back samples (summary lines only).
    let mut en_2019 = vec![
        ("en-A", judgements("wikinews-en-A-r3.tsv", "Y")),
        ("en-C", judgements("wikinews-en-C-r3.tsv", "Y")),
        ("en-G", judgements("wikinews-en-G-r5.tsv", "Y")),
        ("en-I", judgements("wikinews-en-I-r5.tsv", "Y")),
        ("en-M", judgements("wikinews-en-M-r6.tsv", "Y")),
    ];
    let mut en_2020 = vec![
        ("en-D", judgements("wikinews-en-D-r3.tsv", "Y")),
        ("en-F", judgements("wikinews-en-F-r4.tsv", "Y")),
        ("en-H", judgements("wikinews-en-H-r5.tsv", "Y")),
        ("en-J", judgements("wikinews-en-J-r5.tsv", "Y")),
        ("en-N", judgements("wikinews-en-N-r6.tsv", "Y")),
        ("en-W", judgements("wikinews-en-W-r6.tsv", "Y")),
    ];
    let mut nl_train = vec![
        ("nl-A", judgements("conll2002-nl-A-r2.tsv", "1")),
        ("nl-C", judgements("conll2002-nl-C-r2.tsv", "1")),
        ("nl-D", judgements("conll2002-nl-D-r3.tsv", "1")),
        ("nl-E", judgements("conll2002-nl-E-r5.tsv", "Y")),
    ];
    if held_back {
        en_2020.push(("en-B", judgements("wikinews-en-B-r3.tsv", "Y")));
        nl_train.push(("nl-B", judgements("conll2002-nl-B-r2.tsv", "1")));
    }
    // A key judged in two samples (C extends A's range) counts for the first.
    for samples in [&mut en_2019, &mut en_2020, &mut nl_train] {
        for i in 1..samples.len() {
            let (earlier, later) = samples.split_at_mut(i);
            if let Some((_, j)) = later.first_mut() {
                j.retain(|k, _| earlier.iter().all(|(_, e)| !e.contains_key(k)));
            }
        }
    }
    let reuters = DocDate::from_year_month(1996, 8).unwrap();
    let de_morgen = DocDate::from_year_month(2000, 6).unwrap();
    let mut examples = Vec::new();
    for (file, samples) in [
        ("wikinews_2019.csv", en_2019),
        ("wikinews_2020.csv", en_2020),
    ] {
        examples.extend(english(&data.join("wikinews-en").join(file), &samples));
    }
    let conll_files = [
        ("conll2002-nl/ned.train", "nl", de_morgen, nl_train),
        (
            "conll2003-en/eng.train",
            "en",
            reuters,
            vec![
                ("en-R", judgements("conll2003-en-R-r5.tsv", "Y")),
                ("en-K", judgements("conll2003-en-K-r5.tsv", "Y")),
                ("en-L", judgements("conll2003-en-L-r6.tsv", "Y")),
            ],
        ),
        (
            "conll2003-en/eng.testa",
            "en",
            reuters,
            vec![
                ("en-T", judgements("conll2003-en-T-r5.tsv", "Y")),
                ("en-U", judgements("conll2003-en-U-r5.tsv", "Y")),
                ("en-V", judgements("conll2003-en-V-r6.tsv", "Y")),
            ],
        ),
        (
            "conll2002-nl/ned.testa",
            "nl",
            de_morgen,
            vec![("nl-T", judgements("conll2002-nl-T-r5.tsv", "Y"))],
        ),
    ];
    for (file, lang, date, samples) in conll_files {
        examples.extend(conll(&data.join(file), lang, date, &samples));
    }
    // Ablations: `--drop PREFIX` leaves out the features whose names start with it;
    // `--score-all` holds every type to the whole threshold.
    let drops: Vec<&String> = args
        .iter()
        .zip(args.iter().skip(1))
        .filter(|(a, _)| *a == "--drop")
        .map(|(_, p)| p)
        .collect();
    let score_all = args.iter().any(|a| a == "--score-all");
    // `--dump FILE`: each development event's cross-validated probability and features.
    let dump_to = args
        .iter()
        .position(|a| a == "--dump")
        .and_then(|i| args.get(i + 1));
    for e in &mut examples {
        e.features
            .retain(|(name, _)| !drops.iter().any(|p| name.starts_with(p.as_str())));
        if score_all {
            e.share = 1.0;
        }
    }
    let dev_samples = [
        "en-A", "en-C", "en-D", "en-F", "en-G", "en-H", "en-I", "en-J", "en-K", "en-L", "en-M",
        "en-N", "en-R", "nl-A", "nl-C", "nl-D", "nl-E",
    ];
    let is_dev = |e: &Example| dev_samples.contains(&e.sample);
    for s in dev_samples {
        let n = examples.iter().filter(|e| e.sample == s).count();
        println!("{s}: {n} judged events coded by the current pipeline");
    }
    // `--score FILE`: score the development events with another weights file (e.g. the model
    // of an earlier commit), for comparison; it may have been trained on some of them.
    if let Some(file) = args
        .iter()
        .position(|a| a == "--score")
        .and_then(|i| args.get(i + 1))
    {
        let other = Plausibility::parse(&std::fs::read_to_string(file).unwrap()).unwrap();
        for (label, keep) in [
            ("development events", &is_dev as &dyn Fn(&Example) -> bool),
            ("test en-U", &|e: &Example| e.sample == "en-U"),
            ("test en-T", &|e: &Example| e.sample == "en-T"),
            ("test nl-T", &|e: &Example| e.sample == "nl-T"),
        ] {
            let scored: Vec<(f32, bool, f32)> = examples
                .iter()
                .filter(|e| keep(e))
                .map(|e| (other.probability(&e.features), e.right, e.share))
                .collect();
            report(&format!("{label} scored by {file}"), &scored);
        }
    }
    let mut best: Option<(f64, f32)> = None;
    for &lambda in &lambdas {
        let mut pooled = Vec::new();
        let mut dump = Vec::new();
        for s in dev_samples {
            let train_set: Vec<&Example> = examples
                .iter()
                .filter(|e| is_dev(e) && e.sample != s)
                .collect();
            let model = train(&train_set, lambda);
            for e in examples.iter().filter(|e| e.sample == s) {
                let p = model.probability(&e.features);
                pooled.push((p, e.right, e.share));
                let names: Vec<&str> = e.features.iter().map(|f| f.0.as_str()).collect();
                dump.push(format!(
                    "{s}\t{}\t{p:.3}\t{}\t{}",
                    e.key,
                    e.right,
                    names.join(" ")
                ));
            }
        }
        if let Some(path) = &dump_to {
            std::fs::write(path, dump.join("\n") + "\n").unwrap();
        }
        report(&format!("cross-validation, lambda {lambda}"), &pooled);
        let loss = log_loss(&pooled);
        if best.is_none_or(|(l, _)| loss < l) {
            best = Some((loss, lambda));
        }
    }
    let lambda = best.map_or(1.0, |b| b.1);
    let dev: Vec<&Example> = examples.iter().filter(|e| is_dev(e)).collect();
    let model = train(&dev, lambda);
    println!(
        "final model: lambda {lambda}, {} development events",
        dev.len()
    );
    // The test samples (judged after the model was fixed), and the held-back ones if asked.
    let tests: &[&str] = if held_back {
        &["en-V", "en-W", "en-U", "en-T", "nl-T", "en-B", "nl-B"]
    } else {
        &["en-V", "en-W", "en-U", "en-T", "nl-T"]
    };
    for &s in tests {
        let scored: Vec<(f32, bool, f32)> = examples
            .iter()
            .filter(|e| e.sample == s)
            .map(|e| (model.probability(&e.features), e.right, e.share))
            .collect();
        report(&format!("test {s}"), &scored);
    }
    if let Some(path) = out {
        let mut text = format!(
            "# Event plausibility weights (kroniek_events::plausibility): logistic regression, L2\n\
             # {lambda}, trained on {} judged development events of the precision audits by\n\
             # cargo run --release -p kroniek_events --example train_plausibility -- --out {path}\n",
            dev.len()
        );
        text.push_str(&model.to_tsv());
        std::fs::write(path, text).unwrap();
        println!("wrote {path}");
    }
}
