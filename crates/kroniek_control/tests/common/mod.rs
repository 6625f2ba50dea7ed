//! Shared helpers: the real upstream stages on texts written for these tests.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use std::sync::OnceLock;

use kroniek_control::{AttributeStage, ControlStage};
use kroniek_core::{
    Attribute, ControlClaim, ControlStatus, DocDate, Document, Lang, Layer, Metadata, Pipeline,
};
use kroniek_text::{LanguageStage, SegmentStage, normalize};

fn syntax() -> kroniek_syntax::SyntaxStage {
    static S: OnceLock<kroniek_syntax::SyntaxStage> = OnceLock::new();
    S.get_or_init(|| kroniek_syntax::SyntaxStage::new().unwrap())
        .clone()
}

/// Parse `YYYY[-MM[-DD]]`.
pub fn date(s: &str) -> DocDate {
    let p: Vec<u32> = s.split('-').filter_map(|x| x.parse().ok()).collect();
    match p.as_slice() {
        [y, m, d] => DocDate::from_ymd(*y as i32, *m as u8, *d as u8).unwrap(),
        [y, m] => DocDate::from_year_month(*y as i32, *m as u8).unwrap(),
        [y] => DocDate::from_year(*y as i32).unwrap(),
        _ => DocDate::unknown(),
    }
}

/// Language (forced), segments, syntax, entities, time and places on a text.
pub fn upstream(text: &str, lang: &str, date_s: &str) -> Document {
    let p = Pipeline::builder()
        .stage(LanguageStage::new(Some(Lang(lang.into()))))
        .stage(SegmentStage)
        .stage(syntax())
        .stage(kroniek_actors::ner_stage().unwrap())
        .stage(kroniek_time::TimeStage::new())
        .stage(kroniek_geo::PlaceStage::new().unwrap())
        .build()
        .unwrap();
    let mut doc = Document::new(
        Metadata {
            date: date(date_s),
            ..Metadata::default()
        },
        normalize(text, 0),
    );
    p.run(&mut doc).unwrap();
    doc
}

/// Run the control and attribute stages on a document that has the upstream layers (and
/// perhaps hand-made actors or events).
pub fn finish(mut doc: Document) -> Document {
    let control = ControlStage::new().unwrap();
    let attrs = AttributeStage::new().unwrap();
    let mut diag = Vec::new();
    let c = control.claims(&doc, &mut diag).unwrap();
    doc.insert_layer("control", Layer::Control(c));
    let a = attrs.attributes(&doc).unwrap();
    doc.insert_layer("attributes", Layer::Attributes(a));
    doc
}

/// Upstream plus control and attributes.
pub fn analyse(text: &str, lang: &str, date_s: &str) -> Document {
    finish(upstream(text, lang, date_s))
}

/// The claims of a document.
pub fn claims(doc: &Document) -> &[ControlClaim] {
    &doc.layers().control().unwrap().claims
}

/// The attributes of a document.
pub fn attributes(doc: &Document) -> &[Attribute] {
    &doc.layers().attributes().unwrap().attributes
}

/// The one claim with this region, actor and status.
pub fn claim<'a>(
    doc: &'a Document,
    region: &str,
    actor: Option<&str>,
    status: ControlStatus,
) -> &'a ControlClaim {
    claims(doc)
        .iter()
        .find(|c| c.region == region && c.actor.as_deref() == actor && c.status == status)
        .unwrap_or_else(|| {
            panic!(
                "no claim {region} {actor:?} {status:?} in {:#?}\nplaces: {:#?}",
                claims(doc),
                doc.layers()
                    .places()
                    .unwrap()
                    .places
                    .iter()
                    .map(|p| (&p.text, &p.iso3166_2))
                    .collect::<Vec<_>>()
            )
        })
}

/// The attribute with this name.
pub fn attribute<'a>(doc: &'a Document, name: &str) -> &'a Attribute {
    attributes(doc)
        .iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| panic!("no {name} in {:#?}", attributes(doc)))
}
