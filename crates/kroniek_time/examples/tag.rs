//! Tag sentences: `tag DATE LANG SENTENCE...` prints each time expression with its resolution.
use kroniek_core::{DocDate, Document, Lang, Metadata, Pipeline};
use kroniek_text::{LanguageStage, SegmentStage, normalize};
use kroniek_time::TimeStage;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let date = args.next().unwrap_or_default();
    let lang = args.next().unwrap_or_else(|| "nl".into());
    let parts: Vec<u32> = date.split('-').filter_map(|p| p.parse().ok()).collect();
    let date = match parts.as_slice() {
        [y, m, d] => DocDate::from_ymd(*y as i32, *m as u8, *d as u8)?,
        [y, m] => DocDate::from_year_month(*y as i32, *m as u8)?,
        [y] => DocDate::from_year(*y as i32)?,
        _ => DocDate::unknown(),
    };
    let p = Pipeline::builder()
        .stage(LanguageStage::new(Some(Lang(lang))))
        .stage(SegmentStage)
        .stage(TimeStage::new())
        .build()?;
    for s in args {
        let mut doc = Document::new(
            Metadata {
                date,
                ..Metadata::default()
            },
            normalize(&s, 0),
        );
        p.run(&mut doc)?;
        println!("{s}");
        if let Some(l) = doc.layers().timexes() {
            for t in &l.timexes {
                println!(
                    "  [{}] {:?} {} mod={:?} {:?}..{:?} anchor={:?} freq={:?}",
                    t.span.slice(doc.text()),
                    t.kind,
                    t.value,
                    t.modifier,
                    t.earliest,
                    t.latest,
                    t.anchor,
                    t.freq
                );
            }
        }
    }
    Ok(())
}
