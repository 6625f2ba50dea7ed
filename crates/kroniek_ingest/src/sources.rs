//! Record sources: one per input file, yielding items lazily so that a multi-gigabyte JSON
//! Lines file streams in bounded memory.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};

use crate::decode::{decode_utf8, looks_binary};
use crate::error::Problem;
use crate::header::parse_header;
use crate::html::extract_html;
use crate::options::IngestOptions;
use crate::raw::{Item, RawDocument};
use crate::records::{declared_lang, json_field, record_document};

/// A boxed reader of decompressed input.
pub(crate) type Input = BufReader<Box<dyn Read + Send>>;

/// Yields the items of one input.
pub(crate) trait Source: Send {
    fn next_item(&mut self, opts: &IngestOptions) -> Option<Item>;
}

/// An input that yields one prepared item (or none).
pub(crate) struct Single(pub Option<Item>);

impl Source for Single {
    fn next_item(&mut self, _: &IngestOptions) -> Option<Item> {
        self.0.take()
    }
}

fn skipped(location: &str, message: impl Into<String>) -> Item {
    Item::Skipped(Problem::new(location, message))
}

/// Decode a whole file's bytes, or say why it is skipped.
fn decode_file(
    bytes: &[u8],
    location: &str,
    opts: &IngestOptions,
) -> Result<(String, Vec<String>), Item> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(skipped(location, "empty file, skipped"));
    }
    if looks_binary(bytes) {
        return Err(skipped(
            location,
            "binary file (NUL or control bytes), skipped",
        ));
    }
    let decoded = decode_utf8(bytes);
    let mut notes = Vec::new();
    if let Some(note) = decoded.note(location) {
        if opts.strict {
            return Err(skipped(location, format!("{note} (--strict)")));
        }
        notes.push(note);
    }
    Ok((decoded.text, notes))
}

/// A plain-text article, with an optional `date` header.
pub(crate) fn text_document(bytes: &[u8], location: &str, opts: &IngestOptions) -> Item {
    let (text, notes) = match decode_file(bytes, location, opts) {
        Ok(t) => t,
        Err(item) => return item,
    };
    let bom = if bytes.starts_with(&[0xef, 0xbb, 0xbf]) {
        3
    } else {
        0
    };
    let (date, body_start) = match parse_header(&text) {
        Some((date, at)) => (Some(date), at),
        None => (None, 0),
    };
    let body = &text[body_start..];
    if body.trim().is_empty() {
        return skipped(location, "no text after the date header, skipped");
    }
    let meta = kroniek_core::Metadata {
        source: location.to_string(),
        date: date
            .or(opts.default_date)
            .unwrap_or_else(kroniek_core::DocDate::unknown),
        ..kroniek_core::Metadata::default()
    };
    Item::Document(Box::new(RawDocument {
        meta,
        body: body.to_string(),
        base: (bom + body_start) as u64,
        bytes: bytes.len(),
        notes,
    }))
}

/// An HTML page.
pub(crate) fn html_document(bytes: &[u8], location: &str, opts: &IngestOptions) -> Item {
    let (html, notes) = match decode_file(bytes, location, opts) {
        Ok(t) => t,
        Err(item) => return item,
    };
    let page = extract_html(&html);
    if page.text.trim().is_empty() {
        return skipped(location, "HTML page without main text, skipped");
    }
    let meta = kroniek_core::Metadata {
        id: None,
        source: location.to_string(),
        title: page.title,
        url: page.url,
        date: page
            .date
            .or(opts.default_date)
            .unwrap_or_else(kroniek_core::DocDate::unknown),
        declared_lang: page.lang.as_deref().and_then(declared_lang),
    };
    Item::Document(Box::new(RawDocument {
        meta,
        body: page.text,
        base: 0,
        bytes: bytes.len(),
        notes,
    }))
}

/// JSON Lines, read line by line.
pub(crate) struct JsonLines {
    input: Input,
    location: String,
    line: usize,
    buf: Vec<u8>,
    done: bool,
}

impl JsonLines {
    pub(crate) fn new(input: Input, location: String) -> JsonLines {
        JsonLines {
            input,
            location,
            line: 0,
            buf: Vec::with_capacity(64 * 1024),
            done: false,
        }
    }
}

fn object_document(
    obj: &serde_json::Map<String, serde_json::Value>,
    opts: &IngestOptions,
    location: &str,
    bytes: usize,
) -> Item {
    let get = |name: &str| obj.get(name).and_then(json_field);
    match record_document(get, opts, location, bytes) {
        Ok(raw) => Item::Document(Box::new(raw)),
        Err(p) => Item::Skipped(p),
    }
}

impl Source for JsonLines {
    fn next_item(&mut self, opts: &IngestOptions) -> Option<Item> {
        while !self.done {
            self.buf.clear();
            match self.input.read_until(b'\n', &mut self.buf) {
                Ok(0) => self.done = true,
                Ok(n) => {
                    self.line += 1;
                    let location = format!("{}:{}", self.location, self.line);
                    if self.buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    let decoded = decode_utf8(&self.buf);
                    let note = decoded.note(&location);
                    if let (Some(note), true) = (&note, opts.strict) {
                        return Some(skipped(&location, format!("{note} (--strict)")));
                    }
                    let value: serde_json::Value = match serde_json::from_str(&decoded.text) {
                        Ok(v) => v,
                        Err(e) => {
                            return Some(skipped(&location, format!("invalid JSON: {e}")));
                        }
                    };
                    let serde_json::Value::Object(obj) = value else {
                        return Some(skipped(&location, "not a JSON object"));
                    };
                    let mut item = object_document(&obj, opts, &location, n);
                    if let (Item::Document(raw), Some(note)) = (&mut item, note) {
                        raw.notes.push(note);
                    }
                    return Some(item);
                }
                Err(e) => {
                    self.done = true;
                    return Some(skipped(
                        &format!("{}:{}", self.location, self.line + 1),
                        format!("read error: {e}"),
                    ));
                }
            }
        }
        None
    }
}

/// A `.json` file holding an array of article objects.
pub(crate) struct JsonArray {
    values: std::vec::IntoIter<serde_json::Value>,
    location: String,
    index: usize,
}

impl JsonArray {
    pub(crate) fn read(mut input: Input, location: String) -> Result<JsonArray, Item> {
        let mut bytes = Vec::new();
        if let Err(e) = input.read_to_end(&mut bytes) {
            return Err(skipped(&location, format!("read error: {e}")));
        }
        match serde_json::from_slice::<Vec<serde_json::Value>>(&bytes) {
            Ok(values) => Ok(JsonArray {
                values: values.into_iter(),
                location,
                index: 0,
            }),
            Err(e) => Err(skipped(
                &format!("{location}:{}", e.line()),
                format!("invalid JSON array: {e}"),
            )),
        }
    }
}

impl Source for JsonArray {
    fn next_item(&mut self, opts: &IngestOptions) -> Option<Item> {
        let value = self.values.next()?;
        self.index += 1;
        let location = format!("{}[{}]", self.location, self.index - 1);
        Some(match value {
            serde_json::Value::Object(obj) => object_document(&obj, opts, &location, 0),
            _ => skipped(&location, "not a JSON object"),
        })
    }
}

/// CSV or TSV with a header row.
pub(crate) struct Csv {
    reader: csv::Reader<Input>,
    columns: HashMap<String, usize>,
    width: usize,
    location: String,
    record: csv::ByteRecord,
    done: bool,
}

impl Csv {
    pub(crate) fn new(input: Input, location: String, tabs: bool) -> Result<Csv, Item> {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(if tabs { b'\t' } else { b',' })
            .flexible(true)
            .has_headers(true)
            .from_reader(input);
        let headers = match reader.byte_headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                return Err(skipped(
                    &format!("{location}:1"),
                    format!("invalid CSV header: {e}"),
                ));
            }
        };
        let columns = headers
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let name = String::from_utf8_lossy(h)
                    .trim()
                    .trim_start_matches('\u{feff}')
                    .to_string();
                (name, i)
            })
            .collect();
        Ok(Csv {
            reader,
            columns,
            width: headers.len(),
            location,
            record: csv::ByteRecord::new(),
            done: false,
        })
    }

    fn column(&self, name: &str) -> Option<usize> {
        self.columns.get(name).copied().or_else(|| {
            self.columns
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, &i)| i)
        })
    }
}

impl Source for Csv {
    fn next_item(&mut self, opts: &IngestOptions) -> Option<Item> {
        if self.done {
            return None;
        }
        match self.reader.read_byte_record(&mut self.record) {
            Ok(false) => {
                self.done = true;
                None
            }
            Ok(true) => {
                let line = self.record.position().map_or(0, |p| p.line());
                let location = format!("{}:{line}", self.location);
                if self.record.len() != self.width {
                    return Some(skipped(
                        &location,
                        format!(
                            "row has {} fields but the header has {}",
                            self.record.len(),
                            self.width
                        ),
                    ));
                }
                let mut notes = Vec::new();
                let mut values = Vec::with_capacity(self.record.len());
                for field in &self.record {
                    let d = decode_utf8(field);
                    if let Some(n) = d.note(&location) {
                        notes.push(n);
                    }
                    values.push(d.text);
                }
                if opts.strict && !notes.is_empty() {
                    return Some(skipped(
                        &location,
                        format!("{} (--strict)", notes.join("; ")),
                    ));
                }
                let bytes = self.record.as_slice().len();
                let get = |name: &str| self.column(name).and_then(|i| values.get(i).cloned());
                Some(match record_document(get, opts, &location, bytes) {
                    Ok(mut raw) => {
                        raw.notes.extend(notes);
                        Item::Document(Box::new(raw))
                    }
                    Err(p) => Item::Skipped(p),
                })
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                // A broken quote or I/O error leaves the reader in an unknown state: stop here.
                if !matches!(e.kind(), csv::ErrorKind::UnequalLengths { .. }) {
                    self.done = true;
                }
                Some(skipped(
                    &format!("{}:{line}", self.location),
                    format!("invalid CSV: {e}"),
                ))
            }
        }
    }
}
