//! Writing the rows of the actor, event, place, control and attribute layers.
//!
//! Called by [`Store::write_batch`](crate::Store::write_batch) inside its transaction, after the
//! document row: a document and all its rows are stored together or not at all. Replacing a
//! document deletes its row first; `ON DELETE CASCADE` and the triggers of the schema remove the
//! old rows, the R*Tree entries and the actor counts with it.

use kroniek_core::{Event, Participant};
use rusqlite::{Transaction, params};

use crate::error::Result;
use crate::prepared::PreparedDocument;

fn int(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Insert the layer rows of one document.
pub(crate) fn insert_layers(tx: &Transaction<'_>, d: &PreparedDocument) -> Result<()> {
    if !d.actors.is_empty() {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO actors (doc_id, idx, actor, name, kind, country, sector, affiliation,
                role, former, mentions) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        )?;
        for (i, a) in d.actors.iter().enumerate() {
            stmt.execute(params![
                d.id,
                int(i),
                a.id,
                a.name,
                a.kind.as_str(),
                a.country,
                a.sector,
                a.affiliation,
                a.role,
                a.former,
                int(a.mentions.len()),
            ])?;
        }
    }
    for (i, e) in d.events.iter().enumerate() {
        insert_event(tx, d, i, e)?;
    }
    if !d.places.is_empty() {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO places (doc_id, idx, start, end, text, name, kind, country, admin1,
                iso3166_2, lat, lon, geonameid, adjectival)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        )?;
        for (i, p) in d.places.iter().enumerate() {
            stmt.execute(params![
                d.id,
                int(i),
                int(p.span.start()),
                int(p.span.end()),
                p.text,
                p.name,
                p.kind.as_str(),
                p.country,
                p.admin1,
                p.iso3166_2,
                p.lat,
                p.lon,
                p.geonameid,
                p.adjectival,
            ])?;
        }
    }
    if !d.control.is_empty() {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO control (doc_id, idx, region, region_name, actor, actor_name, status,
                from_value, to_value, earliest, latest, exceptions, historical, evidence_start,
                evidence_end, evidence_spans, events, confidence)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
        )?;
        for (i, c) in d.control.iter().enumerate() {
            let actor_name = c
                .actor
                .as_deref()
                .and_then(|id| d.actors.iter().find(|a| a.id == id))
                .map(|a| a.name.as_str());
            let spans: Vec<[usize; 2]> = c.evidence.iter().map(|s| [s.start(), s.end()]).collect();
            let first = c.evidence.first();
            stmt.execute(params![
                d.id,
                int(i),
                c.region,
                c.region_name,
                c.actor,
                actor_name,
                c.status.as_str(),
                c.from,
                c.to,
                c.earliest,
                c.latest,
                json(&c.exceptions),
                c.historical,
                first.map(|s| int(s.start())),
                first.map(|s| int(s.end())),
                json(&spans),
                json(&c.events),
                f64::from(c.confidence),
            ])?;
        }
    }
    if !d.attributes.is_empty() {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO attributes (doc_id, idx, name, value, approximate, subject_text,
                subject_start, subject_end, subject_place, subject_actor, start, end)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )?;
        for (i, a) in d.attributes.iter().enumerate() {
            stmt.execute(params![
                d.id,
                int(i),
                a.name,
                a.value,
                a.approximate,
                a.subject.text,
                int(a.subject.span.start()),
                int(a.subject.span.end()),
                a.subject.place,
                a.subject.actor,
                int(a.span.start()),
                int(a.span.end()),
            ])?;
        }
    }
    Ok(())
}

fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "[]".to_string())
}

fn insert_event(tx: &Transaction<'_>, d: &PreparedDocument, i: usize, e: &Event) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO events (doc_id, idx, type, mode, context, cameo, quad,
            source_actor, source_text, source_country, source_sector,
            target_actor, target_text, target_country, target_sector,
            date_value, earliest, latest, place_name, country, admin1, iso3166_2, lat, lon,
            sentence_start, sentence_end, trigger_start, trigger_end,
            negated, historical, modality, control, confidence, pattern)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
            ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34)",
    )?;
    let (src, tgt) = (e.sources.first(), e.targets.first());
    let place = e.place.as_ref();
    stmt.execute(params![
        d.id,
        int(i),
        e.kind.as_str(),
        e.mode,
        e.context,
        e.cameo,
        e.kind.quad(),
        src.and_then(|p| p.actor.as_deref()),
        src.map(|p| p.text.as_str()),
        src.and_then(|p| p.country.as_deref()),
        src.and_then(|p| p.sector.as_deref()),
        tgt.and_then(|p| p.actor.as_deref()),
        tgt.map(|p| p.text.as_str()),
        tgt.and_then(|p| p.country.as_deref()),
        tgt.and_then(|p| p.sector.as_deref()),
        e.date.value,
        e.date.earliest.as_deref().unwrap_or(""),
        e.date.latest.as_deref().unwrap_or(""),
        place.map(|p| p.name.as_str()),
        place.map(|p| p.country.as_str()),
        place.and_then(|p| p.admin1.as_deref()),
        place.and_then(|p| p.iso3166_2.as_deref()),
        place.map(|p| p.lat),
        place.map(|p| p.lon),
        int(e.sentence.start()),
        int(e.sentence.end()),
        int(e.trigger.start()),
        int(e.trigger.end()),
        e.negated,
        e.historical,
        modality(e),
        e.control.map(|c| json(&c).trim_matches('"').to_string()),
        f64::from(e.confidence),
        e.pattern,
    ])?;
    let event_id = tx.last_insert_rowid();
    let mut part = tx.prepare_cached(
        "INSERT INTO event_actors (event_id, role, pos, actor, text, country, sector, earliest,
            latest) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    let sides: [(&str, &[Participant]); 2] = [("source", &e.sources), ("target", &e.targets)];
    for (role, parts) in sides {
        for (pos, p) in parts.iter().enumerate() {
            part.execute(params![
                event_id,
                role,
                int(pos),
                p.actor,
                p.text,
                p.country,
                p.sector,
                e.date.earliest.as_deref().unwrap_or(""),
                e.date.latest.as_deref().unwrap_or(""),
            ])?;
        }
    }
    Ok(())
}

fn modality(e: &Event) -> &'static str {
    match e.modality {
        kroniek_core::Modality::Asserted => "asserted",
        kroniek_core::Modality::Reported => "reported",
        kroniek_core::Modality::Possible => "possible",
        kroniek_core::Modality::Intended => "intended",
    }
}
