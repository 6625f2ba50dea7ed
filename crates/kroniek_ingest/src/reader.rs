//! The ingestor: expands paths, opens, decompresses and detects each input, and yields items.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::error::Problem;
use crate::format::{
    Compression, InputFormat, detect_compression, format_from_content, format_from_name,
    strip_compression,
};
use crate::options::IngestOptions;
use crate::raw::Item;
use crate::sources::{
    Csv, Input, JsonArray, JsonLines, Single, Source, html_document, text_document,
};

/// An input named on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputPath {
    /// Standard input (`-`).
    Stdin,
    /// A file or directory.
    Path(PathBuf),
}

impl InputPath {
    /// `-` is standard input; anything else a path.
    pub fn parse(arg: &str) -> InputPath {
        if arg == "-" {
            InputPath::Stdin
        } else {
            InputPath::Path(PathBuf::from(arg))
        }
    }
}

/// Reads every input in order and yields documents and skipped records.
pub struct Ingestor {
    opts: IngestOptions,
    pending: VecDeque<InputPath>,
    current: Option<Box<dyn Source>>,
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

/// All files below a directory, sorted, hidden ones left out.
fn walk(dir: &Path, out: &mut Vec<PathBuf>, problems: &mut Vec<Problem>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            problems.push(Problem::new(
                dir.display().to_string(),
                format!("cannot read directory: {e}"),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| !is_hidden(p))
        .collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            walk(&p, out, problems);
        } else {
            out.push(p);
        }
    }
}

impl Ingestor {
    /// An ingestor over `inputs` (files, directories, `-`), read in the order given; files in
    /// a directory in sorted order.
    pub fn new(inputs: &[InputPath], opts: IngestOptions) -> Ingestor {
        Ingestor {
            opts,
            pending: inputs.iter().cloned().collect(),
            current: None,
        }
    }

    /// An ingestor over bytes held in memory (an upload, a fuzz input); `name` guides format
    /// detection by extension and names the input in problems.
    pub fn from_bytes(bytes: Vec<u8>, name: &str, opts: IngestOptions) -> Ingestor {
        let mut ingestor = Ingestor::new(&[], opts);
        let reader: Box<dyn Read + Send> = Box::new(std::io::Cursor::new(bytes));
        let file_name = Path::new(name)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        ingestor.current = Some(ingestor.source_for(reader, name, &file_name));
        ingestor
    }

    fn open(&mut self, input: InputPath) -> Box<dyn Source> {
        match input {
            InputPath::Stdin => {
                let stdin: Box<dyn Read + Send> = Box::new(std::io::stdin());
                self.source_for(stdin, "<stdin>", "")
            }
            InputPath::Path(path) => {
                let location = path.display().to_string();
                if path.is_dir() {
                    let mut files = Vec::new();
                    let mut problems = Vec::new();
                    walk(&path, &mut files, &mut problems);
                    for f in files.into_iter().rev() {
                        self.pending.push_front(InputPath::Path(f));
                    }
                    let first = problems.into_iter().next().map(Item::Skipped);
                    return Box::new(Single(first));
                }
                match File::open(&path) {
                    Ok(f) => {
                        let name = path
                            .file_name()
                            .and_then(|n| n.to_str())
                            .unwrap_or("")
                            .to_string();
                        self.source_for(Box::new(f), &location, &name)
                    }
                    Err(e) => Box::new(Single(Some(Item::Skipped(Problem::new(
                        location,
                        format!("cannot open: {e}"),
                    ))))),
                }
            }
        }
    }

    fn source_for(&self, raw: Box<dyn Read + Send>, location: &str, name: &str) -> Box<dyn Source> {
        let fail = |msg: String| -> Box<dyn Source> {
            Box::new(Single(Some(Item::Skipped(Problem::new(location, msg)))))
        };
        let mut peek = BufReader::with_capacity(64 * 1024, raw);
        let head = match peek.fill_buf() {
            Ok(h) => h.to_vec(),
            Err(e) => return fail(format!("read error: {e}")),
        };
        let decompressed: Box<dyn Read + Send> = match detect_compression(name, &head) {
            Compression::None => Box::new(peek),
            Compression::Gzip => Box::new(flate2::read::MultiGzDecoder::new(peek)),
            Compression::Zstd => match ruzstd::decoding::StreamingDecoder::new(peek) {
                Ok(d) => Box::new(d),
                Err(e) => return fail(format!("invalid zstd data: {e}")),
            },
        };
        let mut input: Input = BufReader::with_capacity(64 * 1024, decompressed);
        let head = match input.fill_buf() {
            Ok(h) => h.to_vec(),
            Err(e) => return fail(format!("cannot decompress: {e}")),
        };
        let format = match self.opts.format {
            InputFormat::Auto => {
                format_from_name(name).unwrap_or_else(|| format_from_content(&head))
            }
            f => f,
        };
        let location = location.to_string();
        match format {
            InputFormat::Jsonl => {
                let first = head.iter().find(|b| !b.is_ascii_whitespace());
                if first == Some(&b'[') {
                    match JsonArray::read(input, location) {
                        Ok(s) => Box::new(s),
                        Err(item) => Box::new(Single(Some(item))),
                    }
                } else {
                    Box::new(JsonLines::new(input, location))
                }
            }
            InputFormat::Csv => {
                let tabs = strip_compression(name)
                    .to_ascii_lowercase()
                    .ends_with(".tsv");
                match Csv::new(input, location, tabs) {
                    Ok(s) => Box::new(s),
                    Err(item) => Box::new(Single(Some(item))),
                }
            }
            InputFormat::Text | InputFormat::Html | InputFormat::Auto => {
                let mut bytes = Vec::new();
                if let Err(e) = input.read_to_end(&mut bytes) {
                    return fail(format!("read error: {e}"));
                }
                let item = if format == InputFormat::Html {
                    html_document(&bytes, &location, &self.opts)
                } else {
                    text_document(&bytes, &location, &self.opts)
                };
                Box::new(Single(Some(item)))
            }
        }
    }
}

impl Iterator for Ingestor {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(source) = &mut self.current {
                if let Some(item) = source.next_item(&self.opts) {
                    return Some(item);
                }
                self.current = None;
            }
            let next = self.pending.pop_front()?;
            let source = self.open(next);
            self.current = Some(source);
        }
    }
}
