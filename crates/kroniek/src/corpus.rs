//! The benchmark corpus: Dutch and English running text assembled from `../shared/data`.
//!
//! Dutch: the `# text` lines of the UD Dutch dev and train files, 25 sentences to an article.
//! English: the Wikinews articles (CSV). Each becomes a JSON Lines record, so a benchmark
//! measures ingestion as users run it. Held-out test splits are not used.

use std::path::{Path, PathBuf};

/// The shared data folder, found next to the workspace (`../shared/data`).
pub fn shared_data() -> Option<PathBuf> {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let candidate = here.join("../../../shared/data");
    candidate.is_dir().then_some(candidate)
}

fn ud_articles(path: &Path, per_article: usize, out: &mut Vec<(String, String)>) {
    let Ok(content) = std::fs::read_to_string(path) else {
        return;
    };
    let sentences: Vec<&str> = content
        .lines()
        .filter_map(|l| l.strip_prefix("# text = "))
        .collect();
    for chunk in sentences.chunks(per_article) {
        out.push(("nl".to_string(), chunk.join(" ")));
    }
}

/// `(language, text)` articles for the benchmark; empty when the data is absent.
pub fn articles(data: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for f in [
        "ud-nl/nl_alpino-ud-dev.conllu",
        "ud-nl/nl_lassysmall-ud-dev.conllu",
        "ud-nl/nl_lassysmall-ud-train-2017-02.conllu",
    ] {
        ud_articles(&data.join(f), 25, &mut out);
    }
    for f in [
        "wikinews-en/wikinews_2019.csv",
        "wikinews-en/wikinews_2020.csv",
    ] {
        let Ok(mut reader) = csv::Reader::from_path(data.join(f)) else {
            continue;
        };
        for record in reader.records().flatten() {
            if let Some(text) = record.get(3) {
                out.push(("en".to_string(), text.to_string()));
            }
        }
    }
    out
}

/// Articles of about `words` words for the whole-pipeline benchmark: Dutch UD sentences
/// (Alpino and LassySmall dev, LassySmall train) joined until an article has `words` words,
/// and the English Wikinews articles as published.
pub fn articles_of_words(data: &Path, words: usize) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for f in [
        "ud-nl/nl_alpino-ud-dev.conllu",
        "ud-nl/nl_lassysmall-ud-dev.conllu",
        "ud-nl/nl_lassysmall-ud-train-2017-02.conllu",
    ] {
        let Ok(content) = std::fs::read_to_string(data.join(f)) else {
            continue;
        };
        let mut article = String::new();
        let mut n = 0usize;
        for sentence in content.lines().filter_map(|l| l.strip_prefix("# text = ")) {
            if !article.is_empty() {
                article.push(' ');
            }
            article.push_str(sentence);
            n += sentence.split_whitespace().count();
            if n >= words {
                out.push(("nl".to_string(), std::mem::take(&mut article)));
                n = 0;
            }
        }
    }
    out.extend(articles(data).into_iter().filter(|(lang, _)| lang == "en"));
    out
}

/// The articles as JSON Lines with ids and a date.
pub fn as_jsonl(articles: &[(String, String)]) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, (lang, text)) in articles.iter().enumerate() {
        let record = serde_json::json!({
            "id": format!("bench-{i}"),
            "date": "2021-08",
            "lang_hint": lang,
            "text": text,
        });
        out.extend_from_slice(record.to_string().as_bytes());
        out.push(b'\n');
    }
    out
}
