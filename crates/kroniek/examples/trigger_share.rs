//! What share of the benchmark's sentences (and words) could hold an event trigger
//! (`kroniek_events::Triggers`), and does every coded event fall in such a sentence?
//!
//! ```sh
//! cargo run --release -p kroniek --example trigger_share [-- --limit N]
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a measuring tool")]

use kroniek::corpus;
use kroniek::pipeline::{PipelineOptions, standard};
use kroniek_events::{PATTERNS_EN, PATTERNS_NL, Triggers};
use kroniek_ingest::{IngestOptions, Ingestor, Item};

fn main() {
    let limit: Option<usize> = std::env::args()
        .skip_while(|a| a != "--limit")
        .nth(1)
        .and_then(|n| n.parse().ok());
    let Some(data) = corpus::shared_data() else {
        println!("skipping: ../shared not found");
        return;
    };
    let mut articles = corpus::articles_of_words(&data, 500);
    if let Some(n) = limit {
        // Keep both languages: the first n/2 Dutch and English articles.
        let (nl, en): (Vec<_>, Vec<_>) = articles.into_iter().partition(|(l, _)| l == "nl");
        articles = nl
            .into_iter()
            .take(n / 2)
            .chain(en.into_iter().take(n / 2))
            .collect();
    }
    let jsonl = corpus::as_jsonl(&articles);
    let pipeline = standard(&PipelineOptions::default()).unwrap();
    let nl = Triggers::new(
        &kroniek_events::parse("patterns-nl.tsv", PATTERNS_NL).unwrap(),
        false,
    );
    let en = Triggers::new(
        &kroniek_events::parse("patterns-en.tsv", PATTERNS_EN).unwrap(),
        true,
    );
    // [lang][candidate?] → (sentences, words, events)
    let mut counts = [[(0usize, 0usize, 0usize); 2]; 2];
    for item in Ingestor::from_bytes(jsonl, "bench.jsonl", IngestOptions::default()) {
        let Item::Document(raw) = item else { continue };
        let mut doc = raw.into_document();
        pipeline.run(&mut doc).unwrap();
        let english = doc.lang().is_some_and(|l| l.as_str() == "en");
        let triggers = if english { &en } else { &nl };
        let layers = doc.layers();
        let (Some(seg), Some(syn)) = (layers.segments(), layers.syntax()) else {
            continue;
        };
        let events = layers.events().map(|e| e.events.as_slice()).unwrap_or(&[]);
        for s in &seg.sentences {
            let range = s.token_range();
            let forms: Vec<&str> = seg
                .sentence_tokens(s)
                .iter()
                .map(|t| t.span.slice(doc.text()))
                .collect();
            let lemmas: Vec<&str> = syn.tokens[range.clone()]
                .iter()
                .map(|t| t.lemma.as_str())
                .collect();
            let upos: Vec<&str> = syn.tokens[range].iter().map(|t| t.upos.as_str()).collect();
            let cand = triggers.sentence_could_trigger(&forms, &lemmas, &upos);
            let n_ev = events.iter().filter(|e| s.span.contains(e.trigger)).count();
            let c = &mut counts[usize::from(english)][usize::from(cand)];
            c.0 += 1;
            c.1 += forms.len();
            c.2 += n_ev;
        }
    }
    for (li, lang) in ["nl", "en"].iter().enumerate() {
        let [no, yes] = counts[li];
        let s = no.0 + yes.0;
        let w = no.1 + yes.1;
        println!(
            "{lang}: {s} sentences, {w} tokens; with a candidate trigger: {} sentences ({:.1}%), {} tokens ({:.1}%), {} events; without: {} sentences, {} events",
            yes.0,
            100.0 * yes.0 as f64 / s.max(1) as f64,
            yes.1,
            100.0 * yes.1 as f64 / w.max(1) as f64,
            yes.2,
            no.0,
            no.2
        );
    }
}
