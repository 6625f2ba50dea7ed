//! Annotate documents and write TimeML: `timeml MANIFEST OUTDIR`.
//!
//! Each manifest line is `id<TAB>lang<TAB>date<TAB>path` (date `YYYY[-MM[-DD]]` or empty);
//! the text of `path` is annotated with the document date and written to `OUTDIR/id.tml` as
//! `<TimeML>` with inline `<TIMEX3>` tags at the original offsets. Prints the documents, bytes,
//! words and the seconds spent in the pipeline (language + segmentation + time), so that
//! `bench/heideltime_bench.py` can compare kroniek and HeidelTime on the same inputs.
use std::fmt::Write as _;
use std::time::Instant;

use kroniek_core::{DocDate, Document, Lang, Metadata, Pipeline, TimexType};
use kroniek_text::{LanguageStage, SegmentStage, normalize};
use kroniek_time::TimeStage;

fn date(s: &str) -> Result<DocDate, Box<dyn std::error::Error>> {
    let p: Vec<u32> = s.split('-').filter_map(|x| x.parse().ok()).collect();
    Ok(match p.as_slice() {
        [y, m, d] => DocDate::from_ymd(*y as i32, *m as u8, *d as u8)?,
        [y, m] => DocDate::from_year_month(*y as i32, *m as u8)?,
        [y] => DocDate::from_year(*y as i32)?,
        _ => DocDate::unknown(),
    })
}

fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [manifest, outdir] = args.as_slice() else {
        return Err("usage: timeml MANIFEST OUTDIR".into());
    };
    let mut pipelines = Vec::new();
    for lang in ["en", "nl"] {
        let p = Pipeline::builder()
            .stage(LanguageStage::new(Some(Lang(lang.into()))))
            .stage(SegmentStage)
            .stage(TimeStage::new())
            .build()?;
        pipelines.push((lang, p));
    }
    let (mut docs, mut bytes, mut words, mut secs) = (0usize, 0usize, 0usize, 0f64);
    for line in std::fs::read_to_string(manifest)?.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let [id, lang, dct, path] = f.as_slice() else {
            return Err(format!("bad manifest line: {line}").into());
        };
        let text = std::fs::read_to_string(path)?;
        let Some((_, pipeline)) = pipelines.iter().find(|(l, _)| l == lang) else {
            return Err(format!("unsupported language {lang}").into());
        };
        let t0 = Instant::now();
        let mut doc = Document::new(
            Metadata {
                date: date(dct)?,
                ..Metadata::default()
            },
            normalize(&text, 0),
        );
        pipeline.run(&mut doc)?;
        secs += t0.elapsed().as_secs_f64();
        docs += 1;
        bytes += text.len();
        words += text.split_whitespace().count();
        let mut out = String::from("<TimeML>");
        let mut at = 0usize;
        if let Some(layer) = doc.layers().timexes() {
            for (n, t) in layer.timexes.iter().enumerate() {
                let s = doc.offsets().to_original(t.span.start()) as usize;
                let e = doc.offsets().to_original(t.span.end()) as usize;
                let (Some(before), Some(inside)) = (text.get(at..s), text.get(s..e)) else {
                    continue;
                };
                escape(before, &mut out);
                let kind = match t.kind {
                    TimexType::Date => "DATE",
                    TimexType::Time => "TIME",
                    TimexType::Duration => "DURATION",
                    TimexType::Set => "SET",
                };
                write!(
                    out,
                    "<TIMEX3 tid=\"t{}\" type=\"{kind}\" value=\"{}\">",
                    n + 1,
                    t.value
                )?;
                escape(inside, &mut out);
                out.push_str("</TIMEX3>");
                at = e;
            }
        }
        escape(text.get(at..).unwrap_or(""), &mut out);
        out.push_str("</TimeML>\n");
        std::fs::write(std::path::Path::new(outdir).join(format!("{id}.tml")), out)?;
    }
    println!("kroniek docs={docs} bytes={bytes} words={words} seconds={secs:.4}");
    Ok(())
}
