//! Segmentation must never panic and every span must slice valid UTF-8 inside its parent.
//! Run: `cargo fuzz run segment` (nightly).
#![no_main]

use kroniek_text::{normalize, segment::segment};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    let text = normalize(&input, 0).text;
    for lang in ["nl", "en", "und"] {
        let seg = segment(&text, lang);
        for t in &seg.tokens {
            assert!(text.get(t.span.start()..t.span.end()).is_some());
        }
        for s in &seg.sentences {
            assert!(text.get(s.span.start()..s.span.end()).is_some());
        }
    }
});
