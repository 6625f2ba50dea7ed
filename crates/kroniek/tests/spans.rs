//! Every span of every layer slices valid UTF-8 of the normalised text, for arbitrary input:
//! diacritics, ĳ, emoji, CRLF, NUL, combining marks, invalid bytes.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use kroniek::pipeline::{PipelineOptions, standard};
use kroniek_ingest::{IngestOptions, Ingestor, Item};
use proptest::prelude::*;

fn pieces() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("De taliban".to_string()),
        Just("Kaboel.".to_string()),
        Just(" ".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just("\0".to_string()),
        Just("ĳs".to_string()),
        Just("e\u{301}".to_string()),
        Just("👨\u{200d}👩".to_string()),
        Just("\u{ad}\u{200b}".to_string()),
        Just("o.a.".to_string()),
        Just("150.000".to_string()),
        Just(",,".to_string()),
        Just("“".to_string()),
        Just("'s".to_string()),
        Just("https://x.nl/a?b=c".to_string()),
        Just("date 2021-08 ".to_string()),
        "\\PC{0,12}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check(bytes: Vec<u8>, name: &str) {
    let pipeline = standard(&PipelineOptions::default()).unwrap();
    for item in Ingestor::from_bytes(bytes, name, IngestOptions::default()) {
        if let Item::Document(raw) = item {
            let mut doc = raw.into_document();
            pipeline.run(&mut doc).unwrap();
            let text = doc.text();
            let seg = doc.layers().segments().unwrap();
            for span in doc.layers().all_spans() {
                assert!(
                    text.get(span.start()..span.end()).is_some(),
                    "{span:?} in {text:?}"
                );
            }
            for s in &seg.sentences {
                for t in seg.sentence_tokens(s) {
                    assert!(
                        s.span.contains(t.span),
                        "token {t:?} outside sentence {s:?}"
                    );
                }
            }
            for w in seg.tokens.windows(2) {
                assert!(w[0].span.end() <= w[1].span.start(), "overlapping tokens");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn spans_slice_valid_utf8_for_text(s in pieces()) {
        check(s.into_bytes(), "x.txt");
    }

    #[test]
    fn spans_slice_valid_utf8_for_bytes(b in prop::collection::vec(any::<u8>(), 0..300)) {
        check(b, "x.txt");
    }
}
