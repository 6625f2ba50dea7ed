//! Throughput of the time stage alone, on one thread: `speed [ROUNDS]`.
//!
//! The corpus is the one of `benches/time.rs` (English Wikinews 2019+2020 CSV files, Dutch UD
//! Alpino dev sentences from ../shared/data), segmented beforehand; only
//! `TimeStage::timexes` is timed. Prints, per language, the best and the median of ROUNDS
//! (default 15) runs in MB/s (10^6 bytes) and MiB/s. Also prints the 1-minute load average,
//! since the machine is shared.
use std::path::Path;
use std::time::Instant;

use kroniek_core::DocDate;
use kroniek_time::TimeStage;

fn corpus(lang: &str) -> Option<String> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if lang == "en" {
        let a = std::fs::read_to_string(data.join("wikinews-en/wikinews_2019.csv")).ok()?;
        let b = std::fs::read_to_string(data.join("wikinews-en/wikinews_2020.csv")).ok()?;
        return Some(a + "\n\n" + &b);
    }
    let src = std::fs::read_to_string(data.join("ud-nl/nl_alpino-ud-dev.conllu")).ok()?;
    let mut out = String::new();
    for (i, l) in src
        .lines()
        .filter_map(|l| l.strip_prefix("# text = "))
        .enumerate()
    {
        out.push_str(l);
        out.push_str(if i % 8 == 7 { "\n\n" } else { " " });
    }
    Some(out)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(15);
    let stage = TimeStage::new();
    let date = DocDate::from_ymd(2021, 8, 20)?;
    if let Ok(l) = std::fs::read_to_string("/proc/loadavg") {
        println!(
            "load average: {}",
            l.split_whitespace().next().unwrap_or("?")
        );
    }
    for lang in ["en", "nl"] {
        let Some(text) = corpus(lang) else {
            println!("skipping: ../shared not found");
            return Ok(());
        };
        let seg = kroniek_text::segment::segment(&text, lang);
        let mut secs = Vec::with_capacity(rounds);
        let mut found = 0;
        for _ in 0..rounds {
            let mut diag = Vec::new();
            let t0 = Instant::now();
            found = stage
                .timexes(&text, &seg, lang, &date, &mut diag)?
                .timexes
                .len();
            secs.push(t0.elapsed().as_secs_f64());
        }
        secs.sort_by(f64::total_cmp);
        let best = secs.first().copied().unwrap_or(f64::NAN);
        let median = secs.get(secs.len() / 2).copied().unwrap_or(f64::NAN);
        let mb = text.len() as f64;
        println!(
            "{lang}: {} bytes, {found} expressions; best {:.1} MB/s ({:.1} MiB/s), median {:.1} MB/s",
            text.len(),
            mb / best / 1e6,
            mb / best / 1048576.0,
            mb / median / 1e6
        );
    }
    Ok(())
}
