//! Segmentation against the shared UD gold files, when they are present.

use std::path::PathBuf;

use kroniek_eval::{GoldTokens, eval_segment, eval_segment_with};

fn data_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("skipping: ../shared/data not found ({})", dir.display());
        None
    }
}

#[test]
fn dutch_dev_files_reach_the_aims() {
    let Some(data) = data_dir() else { return };
    let files: Vec<PathBuf> = ["nl_alpino-ud-dev.conllu", "nl_lassysmall-ud-dev.conllu"]
        .iter()
        .map(|f| data.join("ud-nl").join(f))
        .filter(|p| p.is_file())
        .collect();
    if files.is_empty() {
        println!("skipping: no Dutch dev files in {}", data.display());
        return;
    }
    let report = eval_segment(&files).unwrap();
    println!("{report}");
    for f in &report.files {
        assert!(
            f.tokens.f1() >= 0.99,
            "token F1 {} for {}",
            f.tokens,
            f.path.display()
        );
        assert!(
            f.boundaries.precision() >= 0.99,
            "sentence-boundary precision {} for {}",
            f.boundaries,
            f.path.display()
        );
        let name = f.path.file_name().unwrap().to_string_lossy();
        // Alpino is news text; LassySmall dev is Wikipedia with many headings and list items
        // that lack final punctuation and are joined into running text by the evaluation.
        let min_sb = if name.starts_with("nl_alpino") {
            0.99
        } else {
            0.90
        };
        assert!(
            f.boundaries.f1() >= min_sb,
            "sentence-boundary F1 {} for {}",
            f.boundaries,
            f.path.display()
        );
    }
    assert!(report.lang_tokens("nl").f1() >= 0.99);
}

#[test]
fn english_dev_file_is_reported() {
    let Some(data) = data_dir() else { return };
    let file = data.join("ud-en/en_ewt-ud-dev.conllu");
    if !file.is_file() {
        println!("skipping: {} not found", file.display());
        return;
    }
    let surface = eval_segment(std::slice::from_ref(&file)).unwrap();
    let words = eval_segment_with(&[file], GoldTokens::Words).unwrap();
    println!("{surface}\n{words}");
    assert!(
        words.total_tokens().f1() >= 0.98,
        "{}",
        words.total_tokens()
    );
    assert!(
        surface.total_tokens().f1() >= 0.97,
        "{}",
        surface.total_tokens()
    );
    assert!(words.total_boundaries().precision() >= 0.98);
    assert!(words.total_boundaries().f1() >= 0.92);
}
