#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]
//! Name chains on our own Dutch and English texts, through the real pipeline.

use kroniek_core::{
    Document, EntityLayer, Lang, Metadata, NormalizedText, OffsetMap, Pipeline, Span,
};
use kroniek_ner::NerStage;
use kroniek_text::{LanguageStage, SegmentStage};

fn analyse(lang: &str, text: &str) -> (Document, EntityLayer) {
    let pipeline = Pipeline::builder()
        .stage(LanguageStage::new(Some(Lang(lang.to_string()))))
        .stage(SegmentStage)
        .stage(NerStage::new())
        .build()
        .unwrap();
    let normalized = NormalizedText {
        offsets: OffsetMap::identity(0, text.len()),
        text: text.to_string(),
    };
    let mut doc = Document::new(Metadata::default(), normalized);
    pipeline.run(&mut doc).unwrap();
    let layer = doc.layers().entities().unwrap().clone();
    (doc, layer)
}

/// Inline rendering: `[Amrullah Saleh]PER#0`.
fn render(text: &str, layer: &EntityLayer) -> String {
    let mut out = String::new();
    let mut at = 0;
    for e in &layer.entities {
        out.push_str(&text[at..e.span.start()]);
        out.push_str(&format!(
            "[{}]{}#{}",
            e.span.slice(text),
            e.kind.as_str(),
            e.chain
        ));
        at = e.span.end();
    }
    out.push_str(&text[at..]);
    out
}

/// The chain of the `nth` mention whose text is exactly `s`.
fn chain_of(text: &str, layer: &EntityLayer, s: &str, nth: usize) -> u32 {
    layer
        .entities
        .iter()
        .filter(|e| e.span.slice(text) == s)
        .nth(nth)
        .unwrap_or_else(|| panic!("no mention {s:?} #{nth} in {}", render(text, layer)))
        .chain
}

const NL: &str = "Amrullah Saleh, de vicepresident van Afghanistan, vluchtte vorige week naar de \
Panjshir-vallei. Volgens Saleh's woordvoerder houdt het verzet in de vallei stand.\n\n\
Ahmad Massoud, de zoon van Ahmad Shah Massoud, leidt de strijders in Panjshir. Zijn vader, \
de leeuw van Panjshir, werd in 2001 vermoord. Massoud junior vroeg de Verenigde Naties en de \
Europese Unie om hulp. De VN hebben nog niet gereageerd.\n\n\
Taliban-strijders rukten dinsdag op naar de vallei. Een woordvoerder van de Taliban ontkende \
dat er gevochten werd. Saleh noemt zichzelf de wettige president.";

const EN: &str = "Amrullah Saleh, the vice president of Afghanistan, fled to the Panjshir Valley \
last week. Saleh's spokesman said the resistance there would hold.\n\n\
Ahmad Massoud, the son of Ahmad Shah Massoud, leads the fighters in Panjshir. His father was \
killed in 2001. Massoud junior asked the United Nations and the European Union for help. The UN \
has not responded.\n\n\
Taliban fighters advanced on the valley on Tuesday. A Taliban spokesman in Kabul denied any \
fighting. Saleh calls himself the legitimate president.";

#[test]
fn dutch_chains() {
    let (_, layer) = analyse("nl", NL);
    eprintln!("{}", render(NL, &layer));
    let saleh = chain_of(NL, &layer, "Amrullah Saleh", 0);
    assert_eq!(chain_of(NL, &layer, "Saleh", 0), saleh, "Saleh's → Saleh");
    assert_eq!(chain_of(NL, &layer, "Saleh", 1), saleh);
    let son = chain_of(NL, &layer, "Ahmad Massoud", 0);
    let father = chain_of(NL, &layer, "Ahmad Shah Massoud", 0);
    assert_ne!(son, father);
    assert_eq!(
        chain_of(NL, &layer, "Massoud", 0),
        son,
        "Massoud junior → Ahmad Massoud"
    );
    assert_eq!(
        chain_of(NL, &layer, "VN", 0),
        chain_of(NL, &layer, "Verenigde Naties", 0)
    );
    assert_eq!(
        chain_of(NL, &layer, "Taliban", 0),
        chain_of(NL, &layer, "Taliban", 1),
        "Taliban-strijders → Taliban"
    );
    let chain = &layer.chains[saleh as usize];
    assert_eq!(chain.name, "Amrullah Saleh");
    assert_eq!(chain.kind.as_str(), "PER");
}

#[test]
fn english_chains() {
    let (_, layer) = analyse("en", EN);
    eprintln!("{}", render(EN, &layer));
    let saleh = chain_of(EN, &layer, "Amrullah Saleh", 0);
    assert_eq!(chain_of(EN, &layer, "Saleh", 0), saleh);
    assert_eq!(chain_of(EN, &layer, "Saleh", 1), saleh);
    let son = chain_of(EN, &layer, "Ahmad Massoud", 0);
    assert_ne!(son, chain_of(EN, &layer, "Ahmad Shah Massoud", 0));
    assert_eq!(chain_of(EN, &layer, "Massoud", 0), son);
    assert_eq!(
        chain_of(EN, &layer, "UN", 0),
        chain_of(EN, &layer, "United Nations", 0)
    );
}

#[test]
fn spans_are_whole_and_valid() {
    for (lang, text) in [("nl", NL), ("en", EN)] {
        let (doc, layer) = analyse(lang, text);
        for e in &layer.entities {
            assert!(Span::new(doc.text(), e.span.start(), e.span.end()).is_ok());
            assert!((0.0..=1.0).contains(&e.confidence));
            assert!(layer.chains[e.chain as usize].kind == e.kind);
        }
        for (i, c) in layer.chains.iter().enumerate() {
            for &m in &c.mentions {
                assert_eq!(layer.entities[m as usize].chain as usize, i);
            }
        }
    }
}

#[test]
fn other_languages_get_a_diagnostic() {
    let (doc, layer) = analyse("de", "Angela Merkel besuchte gestern Berlin.");
    assert!(layer.entities.is_empty());
    assert!(doc.diagnostics().iter().any(|d| d.stage == "entities"));
}

/// The linking rules alone, with mentions given by hand (independent of the tagger).
#[test]
fn linking_rules_with_given_mentions() {
    use kroniek_core::EntityType::{Loc, Misc, Org, Per};
    use kroniek_ner::chains::{Mention, link};
    let text = "Ahmad Shah Massoud stierf in 2001. Zijn zoon Ahmad Massoud leidt nu het verzet. \
Massoud junior sprak met de Noord-Atlantische Verdragsorganisatie (NAVO). Saleh's mannen en \
Taliban-strijders vochten. De Taliban zwijgen. Amrullah Saleh bleef. Massoud senior rust in Bazarak.";
    let (doc, _) = analyse("nl", text);
    let tokens = &doc.layers().segments().unwrap().tokens;
    let at = |s: &str, kind| {
        let start = text.find(s).unwrap();
        Mention {
            span: Span::new(text, start, start + s.len()).unwrap(),
            kind,
            confidence: 0.9,
        }
    };
    let second = |s: &str, kind| {
        let first = text.find(s).unwrap();
        let start = first + 1 + text[first + 1..].find(s).unwrap();
        Mention {
            span: Span::new(text, start, start + s.len()).unwrap(),
            kind,
            confidence: 0.9,
        }
    };
    let mut mentions = vec![
        at("Ahmad Shah Massoud", Per),
        at("Ahmad Massoud", Per),
        at("Massoud junior", Per),
        at("Noord-Atlantische Verdragsorganisatie", Org),
        at("NAVO", Org),
        at("Saleh's", Misc),
        at("Taliban-strijders", Misc),
        second("Taliban", Org),
        at("Amrullah Saleh", Per),
        at("Massoud senior", Per),
        at("Bazarak", Loc),
    ];
    // "Massoud junior" as one mention of two tokens: the tagger may or may not include
    // "junior"; cut it to "Massoud" here.
    mentions[2].span =
        Span::new(text, mentions[2].span.start(), mentions[2].span.start() + 7).unwrap();
    mentions[9].span =
        Span::new(text, mentions[9].span.start(), mentions[9].span.start() + 7).unwrap();
    mentions.sort_by_key(|m| m.span.start());
    let layer = link(text, tokens, &mentions);
    let r = render(text, &layer);
    eprintln!("{r}");
    let father = chain_of(text, &layer, "Ahmad Shah Massoud", 0);
    let son = chain_of(text, &layer, "Ahmad Massoud", 0);
    assert_ne!(father, son);
    assert_eq!(chain_of(text, &layer, "Massoud", 0), son, "junior → son");
    assert_eq!(
        chain_of(text, &layer, "Massoud", 1),
        father,
        "senior → father"
    );
    assert_eq!(
        chain_of(text, &layer, "NAVO", 0),
        chain_of(text, &layer, "Noord-Atlantische Verdragsorganisatie", 0)
    );
    // Saleh's → Saleh, typed as the person it names; Taliban-strijders → Taliban (ORG).
    let saleh = chain_of(text, &layer, "Saleh", 0);
    assert_eq!(saleh, chain_of(text, &layer, "Amrullah Saleh", 0));
    assert_eq!(layer.chains[saleh as usize].kind, Per);
    let taliban = chain_of(text, &layer, "Taliban", 0);
    assert_eq!(taliban, chain_of(text, &layer, "Taliban", 1));
    assert_eq!(layer.chains[taliban as usize].kind, Org);
    assert_eq!(layer.chains[taliban as usize].mentions.len(), 2);
}
